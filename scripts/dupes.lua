-- dupes: passages copied from one article to another: near-identical sentences across documents
--
-- usage: lunette report dupes [--min-similarity 0.5] [--shingle 4] [--format ...]
-- Each sentence becomes the set of its word n-grams (shingles, terms folded
-- like search); two sentences of different documents are reported when the
-- Jaccard similarity of their sets reaches --min-similarity. Sentences of
-- fewer than 2 shingles are left out.
local lunette = require "lunette"
local output = require "lunette.output"
local argparse = require "argparse"

local p = argparse("lunette report dupes", "Near-identical sentences across documents.")
p:option("--min-similarity", "Jaccard similarity of the shingle sets, 0 to 1.", "0.5"):convert(tonumber)
p:option("--shingle", "Words per shingle.", "4"):convert(tonumber)
p:option("--limit", "Pairs to show (0: all).", "0"):convert(tonumber)
local args = p:parse(arg)

local corpus <close> = lunette.must(lunette.open(nil, { readonly = true }))
local an = lunette.analyzer{ lang = "fr" }
local k = args.shingle
local sentences, index = {}, {}       -- index: shingle -> list of sentence numbers
for d in corpus:documents{ columns = "id, body" } do
  for _, span in ipairs(an:sentences(d.body)) do
    local text = d.body:sub(span[1], span[2])
    local terms = {}
    for _, _, ty, term in an:tokens(text, true) do
      if ty ~= "punct" and ty ~= "symbol" then terms[#terms + 1] = term end
    end
    if #terms >= k + 1 then
      local set, n = {}, 0
      for i = 1, #terms - k + 1 do
        local sh = table.concat(terms, " ", i, i + k - 1)
        if not set[sh] then set[sh] = true; n = n + 1 end
      end
      local id = #sentences + 1
      sentences[id] = { doc = d.id, start = span[1] - 1, text = text:gsub("%s+", " "), set = set, n = n }
      for sh in pairs(set) do
        index[sh] = index[sh] or {}
        table.insert(index[sh], id)
      end
    end
  end
end
-- candidate pairs share a shingle; score them once
local rows, seen = {}, {}
for a, s in ipairs(sentences) do
  local shared = {}
  for sh in pairs(s.set) do
    for _, b in ipairs(index[sh]) do
      if b > a and sentences[b].doc ~= s.doc then shared[b] = (shared[b] or 0) + 1 end
    end
  end
  for b, inter in pairs(shared) do
    local t = sentences[b]
    local sim = inter / (s.n + t.n - inter)
    local key = a .. ":" .. b
    if sim >= args.min_similarity and not seen[key] then
      seen[key] = true
      rows[#rows + 1] = { doc_a = s.doc, start_a = s.start, doc_b = t.doc, start_b = t.start,
                          similarity = math.floor(sim * 1000 + 0.5) / 1000, text_a = s.text, text_b = t.text }
    end
  end
end
table.sort(rows, function(x, y)
  if x.similarity ~= y.similarity then return x.similarity > y.similarity end
  return x.doc_a < y.doc_a or (x.doc_a == y.doc_a and (x.start_a < y.start_a or
    (x.start_a == y.start_a and (x.doc_b < y.doc_b or (x.doc_b == y.doc_b and x.start_b < y.start_b)))))
end)
output.limit(rows, args.limit)
output.print(rows, { "similarity", "doc_a", "start_a", "doc_b", "start_b", "text_a", "text_b" }, { max_width = 70 })
