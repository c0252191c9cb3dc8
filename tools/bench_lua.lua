-- bench_lua.lua: Lua-side speed: lunette's iterator and bulk counts against
-- the pure-Lua tokenizer a user would otherwise write (gmatch).
-- usage: lunette run tools/bench_lua.lua FILE   (documents separated by \30)
local lunette = require "lunette"
local core = require "lunette.core"
local clock = core.clock
local f = assert(io.open(arg[1], "rb"))
local all = f:read("a")
f:close()
local docs = {}
for d in all:gmatch("[^\30]+") do docs[#docs + 1] = d end
local mb = #all / 1e6
local an = lunette.analyzer{ lang = "fr" }

local function run(name, fn)
  local best, n = math.huge, 0
  for _ = 1, 5 do
    collectgarbage()              -- each round starts without the garbage of the one before
    local t0 = clock()            -- wall clock: one thread or several
    n = fn()
    best = math.min(best, clock() - t0)
  end
  print(("%-28s %9.1f MB/s %8.2f Mtok/s %10d tokens"):format(name, mb / best, n / best / 1e6, n))
end

run("lua gmatch tokenizer", function()
  local n = 0
  for _, d in ipairs(docs) do for _ in d:gmatch("[%w\128-\255]+") do n = n + 1 end end
  return n
end)
run("lunette iterator (Lua)", function()
  local n = 0
  for _, d in ipairs(docs) do for _ in an:tokens(d) do n = n + 1 end end
  return n
end)
run("lunette iterator + terms", function()
  local n = 0
  for _, d in ipairs(docs) do for _ in an:tokens(d, true) do n = n + 1 end end
  return n
end)
run("lua gmatch + table counts", function()
  local counts, n = {}, 0
  for _, d in ipairs(docs) do
    for w in d:gmatch("[%w\128-\255]+") do
      w = w:lower()
      counts[w] = (counts[w] or 0) + 1
    end
  end
  for _, c in pairs(counts) do n = n + c end
  return n
end)
local function bulk(add)
  return function()
    local k = an:counter()
    add(k)
    local counts, n = k:table(), 0
    for _, c in pairs(counts) do n = n + c end
    return n
  end
end
run("lunette bulk counts", bulk(function(k) for _, d in ipairs(docs) do k:add(d) end end))
-- the list in one call, counted by as many threads as processors (the same counts)
local cpus = core.cpus()
run(("lunette bulk counts, %d thr"):format(cpus), bulk(function(k) k:add(docs, cpus) end))
