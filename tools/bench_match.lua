-- bench_match.lua: a phrase dictionary of 100 000 entries over a corpus file.
-- usage: lunette run tools/bench_match.lua FILE   (documents separated by \30)
-- The entries are word pairs and triples taken from the text itself (so they
-- occur), plus generated names that do not: what a gazetteer of people,
-- places and organisations looks like to the matcher.
local lunette = require "lunette"
local all = assert(lunette.core.readfile(arg[1]))
local docs = {}
for d in all:gmatch("[^\30]+") do docs[#docs + 1] = d end

local entries, seen = {}, {}
local words = {}
for w in all:sub(1, 4000000):gmatch("[%a\128-\255][%a\128-\255'-]+") do words[#words + 1] = w end
local i = 1
while #entries < 50000 and i + 2 <= #words do
  local p = words[i] .. " " .. words[i + 1] .. (i % 3 == 0 and (" " .. words[i + 2]) or "")
  if not seen[p] then seen[p] = true; entries[#entries + 1] = { p, type = "found" } end
  i = i + 7
end
local n = 0
while #entries < 100000 do
  n = n + 1
  entries[#entries + 1] = { ("Organisation Numéro %d de Zorglub"):format(n), type = "org" }
end

local t0 = os.clock()
local ph = lunette.phrases(entries)
local t1 = os.clock()
local best, hits = math.huge, 0
for _ = 1, 3 do
  local t = os.clock()
  hits = 0
  for _, d in ipairs(docs) do hits = hits + ph:count(d) end
  best = math.min(best, os.clock() - t)
end
print(("%-28s %9.1f MB/s %10d matches  (%d entries loaded in %.2fs)"):format(
  "phrase dictionary, 100k", #all / 1e6 / best, hits, ph:size(), t1 - t0))
