--- lunette.regex: PCRE2 regular expressions (UTF, Unicode properties, JIT,
--- limits), compiled once and cached.
---
---   local re = lunette.regex("(?<n>\\d+) soldats?", "i")
---   for s, e, n in re:gmatch(text) do ... end      -- 1-based inclusive positions
---   re:gsub(text, "<%0>"), re:split(text), re:count(text), re:match(text).n
---
--- Flags (a string): i caseless, m multiline, s dotall, x extended, a accent-
--- insensitive (each letter also matches its accented forms: "coree" finds
--- "Corée"). Limits (lunette.regex.limits, or per regex with :set_limits)
--- stop runaway patterns with an error containing "limit".
local core = require "lunette.core"

local M = {}

--- Default limits for every new regex: backtracking steps, depth, heap KiB.
M.limits = { match = 10000000, depth = 100000, heap = 65536 }

local FLAG_BITS = { i = core.regex_flags.caseless, m = core.regex_flags.multiline,
                    s = core.regex_flags.dotall, x = core.regex_flags.extended, a = 0 }

-- {====== accent-insensitive patterns

local variants     -- letter -> every letter that folds to it, same case

local function build_variants()
  variants = {}
  local function add(cp)
    local ch = utf8.char(cp)
    local base = core.fold(ch, "accents")
    if #base ~= 1 or not base:find("%a") then return end
    local upper = core.fold(ch, "case") ~= ch
    local key = upper and base:upper() or base
    variants[key] = variants[key] or { key }
    if ch ~= key then table.insert(variants[key], ch) end
  end
  for cp = 0xC0, 0x24F do add(cp) end
  for cp = 0x1E00, 0x1EFF do add(cp) end
  for k, list in pairs(variants) do
    for _, ch in ipairs(list) do if ch ~= k then variants[ch] = list end end
  end
end

--- Rewrite a pattern so that each letter matches its accented forms too.
--- Escapes, classes' ranges, group names and (?flags) are left as they are.
function M.accent_insensitive(pat)
  if not variants then build_variants() end
  local out, i, n, in_class = {}, 1, #pat, false
  local function char_at(k)
    local c = pat:byte(k)
    local len = c < 0x80 and 1 or c >= 0xF0 and 4 or c >= 0xE0 and 3 or c >= 0xC0 and 2 or 1
    return pat:sub(k, k + len - 1)
  end
  while i <= n do
    local ch = char_at(i)
    if ch == "\\" then
      local nx = pat:sub(i + 1, i + 1)
      if nx == "Q" then                                  -- \Q...\E: literal, copied
        local e = pat:find("\\E", i + 2, true) or n
        out[#out + 1] = pat:sub(i, e + 1)
        i = e + 2
      elseif nx:find("[pPxNkgo]") and pat:sub(i + 2, i + 2) == "{" then
        local e = pat:find("}", i + 3, true) or n
        out[#out + 1] = pat:sub(i, e)
        i = e + 1
      else
        out[#out + 1] = pat:sub(i, i + 1)
        i = i + 2
      end
    elseif not in_class and ch == "(" and pat:sub(i + 1, i + 1) == "?" then
      -- (?<name>, (?P<name>, (?'name', (?flags) and (?flags: copied whole
      local head = pat:match("^%(%?P?<[%a_][%w_]*>", i) or pat:match("^%(%?'[%a_][%w_]*'", i)
        or pat:match("^%(%?[%a%-^]*[:)]", i) or pat:match("^%(%?[=!<>|#]?", i)
      out[#out + 1] = head
      i = i + #head
    elseif not in_class and ch == "{" and pat:match("^{%d*,?%d*}", i) then
      local q = pat:match("^{%d*,?%d*}", i)
      out[#out + 1] = q
      i = i + #q
    elseif ch == "[" and not in_class then
      in_class = true
      local head = pat:match("^%[%^?%]?", i)               -- [ or [^ and a leading ]
      out[#out + 1] = head
      i = i + #head
    elseif ch == "]" and in_class then
      in_class = false
      out[#out + 1] = ch
      i = i + 1
    elseif in_class and pat:sub(i + 1, i + 1) == "-" and pat:sub(i + 2, i + 2) ~= "]" then
      out[#out + 1] = pat:sub(i, i + 2)                    -- a range: as written
      i = i + 3
    else
      local v = variants[ch]
      if v then
        out[#out + 1] = in_class and table.concat(v) or ("[" .. table.concat(v) .. "]")
      else
        out[#out + 1] = ch
      end
      i = i + #ch
    end
  end
  return table.concat(out)
end

-- }======

---@class Regex
local Regex = {}
Regex.__index = Regex

local cache = setmetatable({}, { __mode = "v" })

--- Compile (or take from the cache) a pattern. Raises "bad pattern at N: why"
--- (N the byte offset in the pattern as given) for a malformed pattern.
---@param pattern string
---@param flags string|nil "imsxa"
---@return Regex
function M.new(pattern, flags)
  flags = flags or ""
  local key = flags .. "\0" .. pattern
  local re = cache[key]
  if re then return re end
  local bits = 0
  for f in flags:gmatch(".") do
    local b = FLAG_BITS[f]
    if not b then error(("unknown regex flag '%s' (i m s x a)"):format(f), 2) end
    bits = bits | b
  end
  local src = flags:find("a", 1, true) and M.accent_insensitive(pattern) or pattern
  local ok, c = pcall(core.regex, src, bits)
  if not ok then
    if src ~= pattern then     -- report against the pattern the user wrote
      ok, c = pcall(core.regex, pattern, bits)
      if ok then error("bad pattern: " .. tostring(c), 2) end
    end
    error(c, 2)
  end
  c:set_limits(M.limits)
  re = setmetatable({ pattern = pattern, flags = flags, _c = c }, Regex)
  cache[key] = re
  return re
end

--- Compile a pattern that comes from data: returns the regex, or nil and the message.
function M.try(pattern, flags)
  local ok, re = pcall(M.new, pattern, flags)
  if ok then return re end
  return nil, (tostring(re):gsub("^.-:%d+: ", ""))
end

function Regex:find(s, init) return self._c:find(s, init) end
function Regex:match(s, init) return self._c:match(s, init) end
function Regex:gmatch(s, init) return self._c:gmatch(s, init) end
function Regex:count(s) return self._c:count(s) end
--- Lines of a file with a match, streamed (grep -c); nil, message on failure.
--- threads (default 1) search the parts of each block of the file at once.
function Regex:count_file(path, threads) return self._c:count_file(path, threads) end
--- Line numbers with a match (or their number, with count_only), as grep.
function Regex:lines(s, count_only) return self._c:lines(s, count_only) end
function Regex:info() return self._c:info() end
function Regex:set_limits(lim) self._c:set_limits(lim); return self end

--- Replace matches: repl is a string (%0 the match, %1-%9 captures, %% a
--- percent sign), a table (looked up by the first capture, else the match) or
--- a function (called with the captures, else the match; false or nil keeps
--- the match). n limits the replacements. Returns the new string and the count.
function Regex:gsub(s, repl, n)
  local out, last, count = {}, 1, 0
  local rt = type(repl)
  for st, e, c1, c2, c3, c4, c5, c6, c7, c8, c9 in self._c:gmatch(s) do
    if n and count >= n then break end
    local whole = s:sub(st, e)
    local caps = { c1, c2, c3, c4, c5, c6, c7, c8, c9 }
    local r
    if rt == "string" then
      r = repl:gsub("%%([%d%%])", function(d)
        if d == "%" then return "%" end
        local v = d == "0" and whole or caps[tonumber(d)]
        return v or ""
      end)
    elseif rt == "table" then
      r = repl[c1 or whole]
    elseif rt == "function" then
      if c1 ~= nil then r = repl(c1, c2, c3, c4, c5, c6, c7, c8, c9) else r = repl(whole) end
    else
      error("gsub: replacement must be a string, a table or a function", 2)
    end
    if r == nil or r == false then r = whole end
    out[#out + 1] = s:sub(last, st - 1)
    out[#out + 1] = tostring(r)
    last = e + 1
    count = count + 1
  end
  out[#out + 1] = s:sub(last)
  return table.concat(out), count
end

--- The pieces of s between matches (empty matches do not split).
function Regex:split(s)
  local out, last = {}, 1
  for st, e in self._c:gmatch(s) do
    if e >= st then
      out[#out + 1] = s:sub(last, st - 1)
      last = e + 1
    end
  end
  out[#out + 1] = s:sub(last)
  return out
end

M.Regex = Regex
setmetatable(M, { __call = function(_, pattern, flags) return M.new(pattern, flags) end })
return M
