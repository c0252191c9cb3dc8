-- dupes: passages copied from one article to another: near-identical sentences across documents
--
-- usage: lunette report dupes [--min-similarity 0.5] [--shingle 4] [--format ...]
-- Each sentence becomes the set of its word n-grams (shingles, terms folded
-- like search); two sentences of different documents are reported when the
-- Jaccard similarity of their sets reaches --min-similarity. Sentences of
-- fewer than 2 shingles are left out.
--
-- Two passes over the corpus keep memory small: the first marks in a bit
-- table every shingle seen twice (a shingle is an integer: a hash of its
-- words' ids); the second keeps, for each sentence, only the shingles the
-- first marked, for only they can be shared. Most shingles occur once and
-- are never stored.
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

-- each(doc, span, text, shingles, n): the sentences of k + 1 words or more, with the set of their
-- shingles (hash -> true) and its size
local ids, nids = {}, 0               -- term -> a small integer
local P = 1000003
local top = 1                         -- P^(k-1)
for _ = 2, k do top = top * P end
local function sentences_of(each)
  for d in corpus:documents{ columns = "id, body" } do
    for _, span in ipairs(an:sentences(d.body)) do
      local text = d.body:sub(span[1], span[2])
      local words = {}
      for _, _, ty, term in an:tokens(text, true) do
        if ty ~= "punct" and ty ~= "symbol" then
          local id = ids[term]
          if not id then nids = nids + 1; id = nids; ids[term] = id end
          words[#words + 1] = id
        end
      end
      if #words >= k + 1 then
        -- (a rolling hash: h = sum of words[i + j] * P^(k-1-j), in 64-bit integers that wrap)
        local set, n, h = {}, 0, 0
        for j = 1, k do h = h * P + words[j] end
        for i = 1, #words - k + 1 do
          if i > 1 then h = (h - words[i - 1] * top) * P + words[i + k - 1] end
          if not set[h] then set[h] = true; n = n + 1 end
        end
        each(d, span, text, set, n)
      end
    end
  end
end

-- pass 1: the shingles seen more than once, in two bit tables of 2^26 bits (a shingle that only
-- shares its bits with another is kept too: it is counted below, never wrongly)
local BITS = 26
local once, twice = {}, {}
local function bit(h) local x = h & ((1 << BITS) - 1); return x >> 6, 1 << (x & 63) end
sentences_of(function(_, _, _, set)
  for h in pairs(set) do
    local w, m = bit(h)
    local o = once[w] or 0
    if o & m ~= 0 then twice[w] = (twice[w] or 0) | m else once[w] = o | m end
  end
end)

-- pass 2: each sentence with its shared shingles; the index of those shingles
local sentences, index = {}, {}       -- index: shingle -> list of sentence numbers
sentences_of(function(d, span, text, set, n)
  local shared = {}
  for h in pairs(set) do
    local w, m = bit(h)
    if (twice[w] or 0) & m ~= 0 then shared[#shared + 1] = h end
  end
  if #shared == 0 then return end
  local id = #sentences + 1
  sentences[id] = { doc = d.id, start = span[1] - 1, text = text:gsub("%s+", " "), shared = shared, n = n }
  for _, h in ipairs(shared) do
    local list = index[h]
    if not list then list = {}; index[h] = list end
    list[#list + 1] = id
  end
end)

-- candidate pairs share a shingle; score each once
local rows = {}
for a, s in ipairs(sentences) do
  local inter = {}
  for _, h in ipairs(s.shared) do
    for _, b in ipairs(index[h]) do
      if b > a and sentences[b].doc ~= s.doc then inter[b] = (inter[b] or 0) + 1 end
    end
  end
  for b, common in pairs(inter) do
    local t = sentences[b]
    local sim = common / (s.n + t.n - common)
    if sim >= args.min_similarity then
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
