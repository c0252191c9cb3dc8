-- sources: who is cited, how often, in how many documents, with how many figures
--
-- usage: lunette report sources [--limit N] [--format table|csv|tsv|jsonl|json|md|html] [-o FILE]
-- Runs the sources and figures extractors where they have not run yet; a
-- source is counted under its canonical name (the alias table of
-- lunette.extract.sources: NIS = Service national de renseignement = ...).
local lunette = require "lunette"
local extract = require "lunette.extract"
local output = require "lunette.output"
local argparse = require "argparse"

local p = argparse("lunette report sources", "Who is cited, how often, with how many figures.")
p:option("--limit", "Sources to show (0: all).", "0"):convert(tonumber)
p:option("-o --output", "Write to this file (HTML).")
local args = p:parse(arg)

local corpus <close> = lunette.must(lunette.open(nil, { must_exist = true }))
extract.run(corpus, { "sources", "figures" })
local by = {}
local function entry(name)
  by[name] = by[name] or { source = name, citations = 0, docs = {}, figures = 0, cues = {} }
  return by[name]
end
for _, s in ipairs(extract.records(corpus, "sources")) do
  local e = entry(s.source)
  e.citations = e.citations + 1
  e.docs[s.doc] = true
  local cue = lunette.fold(s.cue, "case")
  e.cues[cue] = (e.cues[cue] or 0) + 1
end
for _, f in ipairs(extract.records(corpus, "figures")) do
  if f.source then entry(f.source).figures = entry(f.source).figures + 1 end
end
local rows = {}
for _, e in pairs(by) do
  local nd, cues = 0, {}
  for _ in pairs(e.docs) do nd = nd + 1 end
  for c, n in pairs(e.cues) do cues[#cues + 1] = { c, n } end
  table.sort(cues, function(a, b) return a[2] > b[2] or (a[2] == b[2] and a[1] < b[1]) end)
  local list = {}
  for i = 1, math.min(3, #cues) do list[i] = cues[i][1] end
  rows[#rows + 1] = { source = e.source, citations = e.citations, documents = nd, figures = e.figures,
                      cues = table.concat(list, ", ") }
end
table.sort(rows, function(a, b)
  if a.citations ~= b.citations then return a.citations > b.citations end
  if a.figures ~= b.figures then return a.figures > b.figures end
  return a.source < b.source
end)
output.limit(rows, args.limit)
local cols = { "source", "citations", "documents", "figures", "cues" }
if output.format == "html" then
  local page = require("lunette.report").page("Sources cited", ("%d sources"):format(#rows))
  page:table(rows, cols)
  page:write(args.output)
else
  output.print(rows, cols, { max_width = 60 })
end
