-- figures: the ledger of reported figures: value or range, hedge, counted noun, who said it, when, where
--
-- usage: lunette report figures [--unit WORD] [--min N] [--format table|csv|tsv|jsonl|json|md|html] [-o FILE]
-- Runs the figures and sources extractors where they have not run yet (the
-- results are stored as annotations), then lists every figure by counted
-- noun and date. With --format html: one page, a timeline per noun.
local lunette = require "lunette"
local extract = require "lunette.extract"
local output = require "lunette.output"
local argparse = require "argparse"

local p = argparse("lunette report figures", "Every reported figure, with its source and date.")
p:option("--unit", "Only figures counting this noun (soldat finds soldats).")
p:option("--min", "HTML: nouns with at least this many figures get a section.", "1"):convert(tonumber)
p:option("-o --output", "Write to this file (HTML reports).")
local args = p:parse(arg)

local corpus <close> = lunette.must(lunette.open(nil, { must_exist = true }))
extract.run(corpus, { "figures", "sources" })
local stem = lunette.analyzer{ lang = "fr", stem = true }
local want = args.unit and stem:term(args.unit)
local docs = {}
for d in corpus:documents{ columns = "id, title, published, path" } do docs[d.id] = d end
local rows = {}
for _, f in ipairs(extract.records(corpus, "figures")) do
  local d = docs[f.doc]
  local key = f.unit and (f.unit == "%" and "%" or stem:term(f.unit)) or "?"
  if not want or key == want then
    rows[#rows + 1] = { published = d.published, doc = f.doc, title = d.title or d.path:match("[^/]*$"),
      text = f.text, low = f.low, high = f.high, approx = f.approx, unit = f.unit, source = f.source,
      key = key, start = f.start }
  end
end
table.sort(rows, function(a, b)
  if a.key ~= b.key then return a.key < b.key end
  if (a.published or "~") ~= (b.published or "~") then return (a.published or "~") < (b.published or "~") end
  return a.doc < b.doc or (a.doc == b.doc and a.start < b.start)
end)

local columns = { "published", "doc", "text", "low", "high", "approx", "unit", "source", "title" }
if (output.format or "table") ~= "html" then
  output.print(rows, columns, { max_width = 50 })
  return
end

-- HTML: a section per noun, most reported first
local report = require "lunette.report"
local groups, order = {}, {}
for _, r in ipairs(rows) do
  if not groups[r.key] then groups[r.key] = {}; order[#order + 1] = r.key end
  table.insert(groups[r.key], r)
end
table.sort(order, function(a, b) return #groups[a] > #groups[b] or (#groups[a] == #groups[b] and a < b) end)
local ndocs = 0
for _ in pairs(docs) do ndocs = ndocs + 1 end
local page = report.page("Figures reported", ("%d figures in %d documents of %s"):format(#rows, ndocs,
  corpus.path:match("[^/]*$")))
for _, key in ipairs(order) do
  local g = groups[key]
  if #g >= args.min then
    local label = key == "?" and "(no counted noun)" or (g[1].unit or key)
    page:heading(("%s (%d)"):format(label, #g), "unit-" .. key)
    local points = {}
    for _, r in ipairs(g) do
      points[#points + 1] = { date = r.published, low = r.low, high = r.high,
                              label = r.text .. (r.source and (" — " .. r.source) or "") }
    end
    page:svg(report.timeline(points, { unit = label }))
    page:table(g, { "published", "text", "low", "high", "approx", "source", "title" }, { class = "figures" })
  end
end
page:write(args.output)
