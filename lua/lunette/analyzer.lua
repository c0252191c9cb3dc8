--- lunette.analyzer: analyzers with their language data loaded.
---
--- The C analyzer (lunette.core) does the per-token work; this module picks
--- the language data (lunette.lang.<code>), applies the options, and caches
--- analyzers by their settings.
local core = require "lunette.core"

local M = {}

---@class Analyzer
---@field lang string
---@field fold string
---@field stem boolean
---@field stop boolean  true: stopwords are dropped by tokens() and count()
---@field _c userdata   the lunette.Analyzer from lunette.core
local Analyzer = {}
Analyzer.__index = Analyzer

local cache = setmetatable({}, { __mode = "v" })

--- Language data for a code, or an empty set.
function M.language(lang)
  local ok, data = pcall(require, "lunette.lang." .. (lang or ""))
  if ok and type(data) == "table" then return data end
  return { stopwords = {}, abbreviations = {} }
end

--- New analyzer (cached when it has no extra words).
---@param opts table|nil { lang=, fold=, stem=, stop=, stopwords=, abbreviations= }
---@return Analyzer
function M.new(opts)
  opts = opts or {}
  local lang = opts.lang or "fr"
  if lang == "other" or lang == "und" then lang = "" end
  local fold = opts.fold or "accents"
  local stem = opts.stem and true or false
  local stop = opts.stop and true or false
  local key = table.concat({ lang, fold, tostring(stem), tostring(stop) }, "\0")
  if not opts.stopwords and not opts.abbreviations and cache[key] then return cache[key] end
  local ok, c = pcall(core.analyzer, lang, fold, stem)
  if not ok then error(c, 2) end
  local data = M.language(lang)
  c:add_stopwords(data.stopwords or {})
  c:add_abbrevs(data.abbreviations or {})
  if opts.stopwords then c:add_stopwords(opts.stopwords) end
  if opts.abbreviations then c:add_abbrevs(opts.abbreviations) end
  local an = setmetatable({ lang = lang, fold = fold, stem = stem, stop = stop, _c = c }, Analyzer)
  if not opts.stopwords and not opts.abbreviations then cache[key], an.shared = an, true end
  return an
end

--- Iterate over the tokens of text: start, stop (1-based, inclusive), type;
--- with terms true also term, value (numbers, dates) and flags (1 upper,
--- 2 all caps, 4 compound, 8 elision).
--- With stop set, stopwords are skipped (terms are then always computed; a
--- stopword is known by its folded term, not by its stem).
---@param text string
---@param terms boolean|nil
function Analyzer:tokens(text, terms)
  local c, stem = self._c, self.stem
  if not self.stop then return c:tokens(text, terms, stem) end
  local nxt = c:tokens(text, true, stem)
  return function()
    while true do
      local s, e, ty, term, v, f = nxt()
      if not s then return nil end
      if not (ty == "word" and (f & 8 ~= 0 or c:is_stop(stem and c:term(text:sub(s, e), false) or term))) then
        return s, e, ty, terms and term or nil, v, f
      end
    end
  end
end

--- All tokens as a list of records {start=, stop=, type=, term=, value=, stem=}.
function Analyzer:token_list(text)
  local out = {}
  local stemmer = self.stem and self or M.new{ lang = self.lang, fold = self.fold, stem = self.lang ~= "" }
  for s, e, ty, term, v in self:tokens(text, true) do
    local rec = { start = s, stop = e, type = ty, term = term, value = v }
    if ty == "word" and stemmer.lang ~= "" then rec.stem = stemmer._c:term(text:sub(s, e), true) end
    out[#out + 1] = rec
  end
  return out
end

--- The term of one word, as this analyzer makes it.
function Analyzer:term(word) return self._c:term(word, self.stem) end

--- The word tokens of text that are stopwords (each as many times as the lists hold it),
--- and all its word tokens: two integers, counted in C. With others (a list of analyzers),
--- then the stopwords of each of them among the same tokens (one pass for all).
function Analyzer:count_stops(text, others)
  if not others then return self._c:count_stops(text) end
  local cs = {}
  for i, o in ipairs(others) do cs[i] = o._c end
  return self._c:count_stops(text, cs)
end

--- Add stopwords, each with weight (a positive integer, 1 by default: what count_stops adds
--- for each occurrence), to an analyzer made with words of its own (opts.stopwords or
--- opts.abbreviations): an analyzer made without them is shared, and refuses.
function Analyzer:add_stopwords(words, weight)
  if self.shared then error("add_stopwords: a shared analyzer (make one with opts.stopwords)", 2) end
  self._c:add_stopwords(words, weight)
end

--- Is term (already folded) a stopword?
function Analyzer:is_stop(term) return self._c:is_stop(term) end

--- Term counts of text: { term = n }. opts: stop (drop stopwords; default
--- self.stop), numbers (default true), stem (default self.stem); into: a table to add to.
function Analyzer:count(text, opts, into)
  opts = opts or {}
  local stop = opts.stop
  if stop == nil then stop = self.stop end
  local stem = opts.stem
  if stem == nil then stem = self.stem end
  return self._c:count(text, { skip_stop = stop, stem = stem, numbers = opts.numbers }, into)
end

--- A counter that accumulates term counts over many texts in C:
---   local k = an:counter{ stop = true }; for d in corpus:documents() do k:add(d.body) end
---   local counts = k:table()
--- opts as for count, and n (1 to 5, default 1): counts of n-grams as ngrams gives them.
function Analyzer:counter(opts)
  opts = opts or {}
  local stop = opts.stop
  if stop == nil then stop = self.stop end
  local stem = opts.stem
  if stem == nil then stem = self.stem end
  return self._c:counter{ skip_stop = stop, stem = stem, numbers = opts.numbers, n = opts.n }
end

--- n-gram counts (n = 1..5) of text: { ["t1 t2"] = n }; n-grams stop at punctuation.
function Analyzer:ngrams(text, n, opts, into)
  opts = opts or {}
  local stop = opts.stop
  if stop == nil then stop = self.stop end
  return self._c:ngrams(text, n, { skip_stop = stop, stem = opts.stem or self.stem,
                                   numbers = opts.numbers }, into)
end

--- Sentence spans: a list of { start, stop } pairs (1-based, inclusive).
function Analyzer:sentences(text)
  local flat, out = self._c:sentences(text), {}
  for i = 1, #flat, 2 do out[#out + 1] = { flat[i], flat[i + 1] } end
  return out
end

--- tokens, words, sentences of text, counted in C.
function Analyzer:stats(text) return self._c:stats(text) end

M.Analyzer = Analyzer
return M
