--- lunette.evaluate: precision, recall and F1 of extracted records against records
--- a person annotated, in the fields of `lunette extract KIND --format jsonl`
--- ({"doc","start","end","text", ...}; `doc` as extract gives it: the file path as
--- named on the command line, or the document id with --db).
---
---   local evaluate = require "lunette.evaluate"
---   local s = evaluate.score("figures", gold, found)
---   print(s.precision, s.recall, s.f1)     -- s.misses: gold records not found, s.extras: the reverse
---
--- A found record matches a gold record of the same document whose byte span overlaps
--- its own and whose fields listed in M.rules.keys are equal (a field the gold record
--- leaves out or null is not compared: a date annotated with its value only is matched
--- on the value). Each record matches once, gold records taken in order.
local M = {}

M.rules = {
  keys = { figures = { "low", "high" }, dates = { "value", "resolved" }, sources = {}, entities = { "type" } },
}

local function overlaps(a, b) return a.start < b["end"] and b.start < a["end"] end

local function equal(g, v)
  if type(g) == "number" and type(v) == "number" then
    return math.abs(g - v) <= 1e-9 * math.max(1, math.abs(g))
  end
  return g == v
end

local function agrees(g, f, keys)
  for _, k in ipairs(keys) do
    local gv = g[k]
    if gv ~= nil and type(gv) ~= "userdata" and not equal(gv, f[k]) then return false end   -- (cjson.null)
  end
  return true
end

local function ratio(a, b) if b == 0 then return nil end return a / b end

-- a document's key: ids read from JSON (1.0) and from the database (1) alike
local function doc_key(d) return type(d) == "number" and ("%.15g"):format(d) or tostring(d) end

--- Scores of found against gold for kind (figures, dates, sources, entities):
--- { gold, found, matched, precision, recall, f1, misses = {...}, extras = {...} }
--- (precision nil when nothing was found, recall nil when there is no gold record).
function M.score(kind, gold, found)
  local keys = M.rules.keys[kind] or {}
  local by_doc = {}
  for i, r in ipairs(found) do
    local d = doc_key(r.doc)
    by_doc[d] = by_doc[d] or {}
    table.insert(by_doc[d], i)
  end
  local used, misses, matched = {}, {}, 0
  for _, g in ipairs(gold) do
    local hit
    for _, i in ipairs(by_doc[doc_key(g.doc)] or {}) do
      if not used[i] and overlaps(g, found[i]) and agrees(g, found[i], keys) then hit = i; break end
    end
    if hit then used[hit], matched = true, matched + 1 else misses[#misses + 1] = g end
  end
  local extras = {}
  for i, r in ipairs(found) do if not used[i] then extras[#extras + 1] = r end end
  local p, r = ratio(matched, #found), ratio(matched, #gold)
  local f1 = p and r and (p + r > 0 and 2 * p * r / (p + r) or 0) or nil
  return { gold = #gold, found = #found, matched = matched, precision = p, recall = r, f1 = f1,
           misses = misses, extras = extras }
end

return M
