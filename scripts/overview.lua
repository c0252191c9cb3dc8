-- overview: documents, words, sentences, date range, languages and top terms, per corpus and per document
--
-- usage: lunette report overview [--top N] [--docs N]
local lunette = require "lunette"
local output = require "lunette.output"
local argparse = require "argparse"

local p = argparse("lunette report overview", "What the corpus holds, at a glance.")
p:option("--top", "Top terms to show.", "15"):convert(tonumber)
p:option("--docs", "Documents to list (0 for all).", "0"):convert(tonumber)
local args = p:parse(arg)

local corpus <close> = lunette.must(lunette.open(nil, { readonly = true }))
local total = { docs = 0, words = 0, sentences = 0, tokens = 0 }
local langs, per_doc, counters = {}, {}, {}
local first, last
local known = {}            -- the languages with data of their own (stopwords): the others read as French
for _, l in ipairs(require("lunette.clean").rules.languages) do known[l] = true end

for doc in corpus:documents() do
  local an = lunette.analyzer{ lang = known[doc.lang] and doc.lang or "fr" }
  local tokens, words, sentences = an:stats(doc.body)
  total.docs = total.docs + 1
  total.words, total.sentences, total.tokens = total.words + words, total.sentences + sentences,
    total.tokens + tokens
  langs[doc.lang or "?"] = (langs[doc.lang or "?"] or 0) + 1
  if doc.published then
    if not first or doc.published < first then first = doc.published end
    if not last or doc.published > last then last = doc.published end
  end
  -- top terms: words only, stopwords out, surface forms folded; counted in C
  counters[an] = counters[an] or an:counter{ stop = true, numbers = false }
  counters[an]:add(doc.body)
  per_doc[#per_doc + 1] = { doc = doc.id, published = doc.published, lang = doc.lang,
                            words = words, sentences = sentences,
                            title = doc.title or doc.path:match("[^/]*$") }
end

local lang_list = {}
for l, n in pairs(langs) do lang_list[#lang_list + 1] = ("%s %d"):format(l, n) end
table.sort(lang_list)

print("Corpus " .. corpus.path:match("[^/]*$"))
output.print({
  { what = "documents", value = total.docs },
  { what = "words", value = total.words },
  { what = "sentences", value = total.sentences },
  { what = "tokens", value = total.tokens },
  { what = "dates", value = first and (first .. " to " .. last) or "none known" },
  { what = "languages", value = table.concat(lang_list, ", ") },
}, { "what", "value" })

local terms = {}
for _, k in pairs(counters) do
  for t, n in pairs(k:table()) do terms[t] = (terms[t] or 0) + n end
end
local top = {}
for t, n in pairs(terms) do if utf8.len(t) and utf8.len(t) > 1 then top[#top + 1] = { term = t, count = n } end end
table.sort(top, function(a, b) return a.count > b.count or (a.count == b.count and a.term < b.term) end)
for i = args.top + 1, #top do top[i] = nil end
print("\nTop terms (stopwords left out)")
output.print(top, { "term", "count" })

print("\nDocuments")
output.limit(per_doc, args.docs)
output.print(per_doc, { "doc", "published", "lang", "words", "sentences", "title" })
