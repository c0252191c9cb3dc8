-- helper.lua: check, eq, check_error and the summary line for Lua tests.
local H = { passed = 0, failed = 0 }

local function show(v)
  if type(v) == "table" then
    local ok, cjson = pcall(require, "cjson")
    if ok then local s = pcall(cjson.encode, v) and cjson.encode(v); if s then return s end end
  end
  return tostring(v)
end

function H.check(id, cond, msg)
  if cond then H.passed = H.passed + 1
  else
    H.failed = H.failed + 1
    io.stderr:write("FAIL ", id, msg and (": " .. msg) or "", "\n")
  end
end

local function deep_eq(a, b)
  if type(a) ~= type(b) then return false end
  if type(a) ~= "table" then return a == b end
  for k, v in pairs(a) do if not deep_eq(v, b[k]) then return false end end
  for k in pairs(b) do if a[k] == nil then return false end end
  return true
end
H.deep_eq = deep_eq

function H.eq(id, got, want)
  H.check(id, deep_eq(got, want), "want " .. show(want) .. ", got " .. show(got))
end

--- f(...) must raise an error whose message contains pattern (plain text)
function H.check_error(id, pattern, f, ...)
  local ok, err = pcall(f, ...)
  H.check(id, not ok and tostring(err):find(pattern, 1, true) ~= nil,
          ok and "no error" or ("error was: " .. tostring(err)))
end

function H.tmpdir()
  local p = os.tmpname()
  os.remove(p)
  assert(os.execute("mkdir -p '" .. p .. "'"))
  return p
end

function H.write(path, bytes)
  local f = assert(io.open(path, "wb"))
  f:write(bytes)
  f:close()
end

function H.report(name)
  print(("%s: %d passed, %d failed"):format(name, H.passed, H.failed))
  return H.failed == 0 and 0 or 1
end

return H
