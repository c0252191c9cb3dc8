-- entities: the people, organisations and places that dominate, with how many documents name them
--
-- usage: lunette report entities [--type person|org|place|other] [--limit N] [--format ...]
-- Runs the entities extractor where it has not run yet; mentions are grouped
-- by their name folded (OTAN, l'Otan and OTAN count together; so do Corée du Nord,
-- nord-coréens and North Korea, the gazetteer's names of one place).
local lunette = require "lunette"
local extract = require "lunette.extract"
local output = require "lunette.output"
local argparse = require "argparse"

local p = argparse("lunette report entities", "The entities named most, by type.")
p:option("--type", "Only this type."):choices{ "person", "org", "place", "other" }
p:option("--limit", "Entities to show (0: all).", "30"):convert(tonumber)
local args = p:parse(arg)

local corpus <close> = lunette.must(lunette.open(nil, { must_exist = true }))
extract.run(corpus, { "entities" })
local by, order = {}, {}
for _, e in ipairs(extract.records(corpus, "entities")) do
  if not args.type or e.type == args.type then
    local name = e.name or e.text
    local key = e.type .. "\0" .. lunette.fold(name)
    local r = by[key]
    if not r then
      r = { entity = name, type = e.type, mentions = 0, docs = {}, forms = {} }
      by[key] = r
      order[#order + 1] = r
    end
    r.mentions = r.mentions + 1
    r.docs[e.doc] = true
    r.forms[name] = (r.forms[name] or 0) + 1
  end
end
for _, r in ipairs(order) do
  local n, best, bestn = 0, r.entity, 0
  for _ in pairs(r.docs) do n = n + 1 end
  for form, c in pairs(r.forms) do
    if c > bestn or (c == bestn and form < best) then best, bestn = form, c end
  end
  r.documents, r.entity = n, best                 -- the form written most
end
table.sort(order, function(a, b)
  if a.mentions ~= b.mentions then return a.mentions > b.mentions end
  if a.documents ~= b.documents then return a.documents > b.documents end
  return a.entity < b.entity
end)
output.limit(order, args.limit)
output.print(order, { "entity", "type", "mentions", "documents" })
