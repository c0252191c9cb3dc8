-- bench_extract.lua: every extractor over a corpus file, beside SQLite's own
-- FTS5 insert of the same texts, in the same run.
-- usage: lunette run tools/bench_extract.lua FILE [MAX_DOCS] [split]   (documents separated by \30)
-- split: also the time of the shared analysis and of each extractor alone, on the same documents
local lunette = require "lunette"
local extract = require "lunette.extract"
local all = assert(lunette.core.readfile(arg[1]))
local max = tonumber(arg[2] or "") or math.huge
local docs, bytes = {}, 0
for d in all:gmatch("[^\30]+") do
  if #docs >= max then break end
  docs[#docs + 1] = d
  bytes = bytes + #d
end
local mb = bytes / 1e6
local t0 = os.clock()
local n = 0
for _, d in ipairs(docs) do
  local r = extract.all(d, { lang = "fr", published = "2021-01-01" })
  n = n + #r.figures + #r.dates + #r.sources + #r.entities
end
local dt = os.clock() - t0
print(("%-34s %8.2f MB/s %8.1f docs/s  %d records"):format("extractors (all kinds)", mb / dt, #docs / dt, n))
if arg[3] == "split" then       -- where the time goes: the analysis, then each extractor on it
  local kinds = { "sources", "figures", "dates", "entities" }
  local spent = { analysis = 0 }
  for _, k in ipairs(kinds) do spent[k] = 0 end
  for _, d in ipairs(docs) do
    local t = os.clock()
    local ctx = extract.context(d, { lang = "fr", published = "2021-01-01" })
    local _ = ctx.tokens[1]
    spent.analysis = spent.analysis + os.clock() - t
    for _, k in ipairs(kinds) do
      t = os.clock()
      extract.modules[k].extract(d, ctx)
      spent[k] = spent[k] + os.clock() - t
    end
  end
  local total = spent.analysis
  for _, k in ipairs(kinds) do total = total + spent[k] end
  for _, k in ipairs{ "analysis", table.unpack(kinds) } do
    print(("  %-32s %8.2f s %5.1f %%"):format(k, spent[k], 100 * spent[k] / total))
  end
end
-- SQLite FTS5 insert of the same texts, default tokenizer, in memory
local db = lunette.core.open(":memory:")
assert(db:exec("CREATE VIRTUAL TABLE t USING fts5(body)"))
local st = assert(db:prepare("INSERT INTO t(body) VALUES (?)"))
t0 = os.clock()
db:exec("BEGIN")
for _, d in ipairs(docs) do st:bind(d); st:step() end
db:exec("COMMIT")
dt = os.clock() - t0
st:close()
db:close()
print(("%-34s %8.2f MB/s %8.1f docs/s"):format("sqlite FTS5 insert (unicode61)", mb / dt, #docs / dt))
