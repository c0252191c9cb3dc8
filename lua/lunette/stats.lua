--- lunette.stats: corpus statistics (word lists, n-grams, collocates, keyness).
--- Counting is done in C (analyzer counters, n-grams, co-occurrence windows);
--- this module chooses documents, adds up and applies the formulas.
---
--- Formulas, for a 2x2 contingency table
---            w        not w
---   A      O11       O12       R1 = O11 + O12
---   B      O21       O22       R2
---           C1        C2        N
--- with expected counts Eij = Ri * Cj / N:
---   log-likelihood  LL = 2 * sum Oij * ln(Oij / Eij)      (terms with Oij = 0 are 0)
---   PMI             log2(O11 / E11)
---   log ratio       log2((O11 / R1) / (O21 / R2)), with 0.5 added to a zero count
--- Collocates: A = the window slots around the node word, B = every other
--- token of the corpus. Keyness: A = the chosen documents, B = the rest.
local analyzer = require "lunette.analyzer"

local M = {}

local function ll2x2(o11, o12, o21, o22)
  local n = o11 + o12 + o21 + o22
  local r1, r2, c1, c2 = o11 + o12, o21 + o22, o11 + o21, o12 + o22
  local function term(o, e) return (o > 0 and e > 0) and o * math.log(o / e) or 0 end
  return 2 * (term(o11, r1 * c1 / n) + term(o12, r1 * c2 / n) + term(o21, r2 * c1 / n) + term(o22, r2 * c2 / n))
end
M.ll2x2 = ll2x2

local function log_ratio(a, r1, b, r2)
  if a == 0 then a = 0.5 end
  if b == 0 then b = 0.5 end
  return math.log((a / r1) / (b / r2), 2)
end
M.log_ratio = log_ratio

-- Bodies handed to counters in lists of about 4 MB, each list counted by as many
-- threads as processors, memory bounded whatever the corpus: add(k, body)
-- queues a body for counter k, add() counts what is queued.
local function batcher()
  local lists, order = {}, {}
  local function flush(k)
    if #lists[k] > 0 then k:add(lists[k]) end
    lists[k] = { bytes = 0 }
  end
  return function(k, body)
    if not body then
      for _, c in ipairs(order) do flush(c) end
      return
    end
    local l = lists[k]
    if not l then l = { bytes = 0 }; lists[k] = l; order[#order + 1] = k end
    l[#l + 1] = body
    l.bytes = l.bytes + #body
    if l.bytes >= 4e6 then flush(k) end
  end
end

--- The analyzer a statistic uses: folded terms, or stems, or surface forms.
function M.analyzer(opts)
  opts = opts or {}
  return analyzer.new{ lang = opts.lang or "fr", stem = opts.stem, fold = opts.surface and "none" or "accents" }
end

local function docs(corpus, opts)
  return corpus:documents{ where = opts.where, params = opts.params, columns = "id, body" }
end

-- the entries of map (key -> count) of count min or more, most frequent first (then by key); with
-- limit (> 0), at least the first limit of them: those whose count reaches the limit-th largest,
-- found from a histogram of the counts, so that a top 50 sorts no more than it needs
local function sorted(map, key, min, limit)
  min = min or 1
  if limit and limit > 0 then
    local hist, counts = {}, {}
    for _, v in pairs(map) do
      if v >= min then
        if not hist[v] then hist[v] = 0; counts[#counts + 1] = v end
        hist[v] = hist[v] + 1
      end
    end
    table.sort(counts, function(a, b) return a > b end)
    local seen = 0
    for _, v in ipairs(counts) do
      seen = seen + hist[v]
      if seen >= limit then min = v; break end
    end
  end
  local out = {}
  for k, v in pairs(map) do if v >= min then out[#out + 1] = { [key] = k, count = v } end end
  table.sort(out, function(a, b) return a.count > b.count or (a.count == b.count and a[key] < b[key]) end)
  return out
end

--- Word list: { {term, count, docs} } most frequent first. opts: stop (leave
--- stopwords out), stem, surface, numbers (default false: words only), where,
--- params, min, limit (the rows wanted: at least those are returned, sorted).
function M.freq(corpus, opts)
  opts = opts or {}
  local an = M.analyzer(opts)
  local total, df = {}, {}
  for d in docs(corpus, opts) do
    local c = an:count(d.body, { stop = opts.stop, numbers = opts.numbers or false })
    for t, n in pairs(c) do
      total[t] = (total[t] or 0) + n
      df[t] = (df[t] or 0) + 1
    end
  end
  local out = sorted(total, "term", opts.min, opts.limit)
  for _, r in ipairs(out) do r.docs = df[r.term] end
  return out
end

--- n-grams (n = 1..5): { {ngram, count} }; opts as for freq, min default 2.
function M.ngrams(corpus, n, opts)
  opts = opts or {}
  local an = M.analyzer(opts)
  local k <close> = an:counter{ n = n, stop = opts.stop, numbers = opts.numbers }   -- (counted in C)
  local add = batcher()
  for d in docs(corpus, opts) do add(k, d.body) end
  add()
  return sorted(k:table(opts.min or 2), "ngram", opts.min or 2, opts.limit)
end

--- Collocates of a word: { {term, count, freq, ll, pmi, log_ratio} } sorted by
--- opts.measure ("ll", default; "pmi"; "log_ratio"). opts: window (5), min (2),
--- stop (leave stopwords out), stem, where, params.
function M.collocates(corpus, word, opts)
  opts = opts or {}
  local an = M.analyzer(opts)
  local node = an:term(word)
  local co, freq = {}, {}
  local hits, slots, n = 0, 0, 0
  local copts = { skip_stop = opts.stop, stem = an.stem, numbers = opts.numbers or false }
  for d in docs(corpus, opts) do
    local _, h, s = an._c:cooc(d.body, node, opts.window or 5, copts, co)
    hits, slots = hits + h, slots + s
    an._c:count(d.body, copts, freq)
  end
  for _, c in pairs(freq) do n = n + c end
  local out = {}
  for t, o11 in pairs(co) do
    if o11 >= (opts.min or 2) and t ~= node then
      local c1 = freq[t] or o11
      local o12, o21 = slots - o11, c1 - o11
      local o22 = n - slots - o21
      local e11 = slots * c1 / n
      out[#out + 1] = { term = t, count = o11, freq = c1,
        ll = ll2x2(o11, o12, o21, math.max(o22, 0)), pmi = math.log(o11 / e11, 2),
        log_ratio = log_ratio(o11, slots, o21, math.max(n - slots, 1)) }
    end
  end
  local key = opts.measure or "ll"
  table.sort(out, function(a, b) return a[key] > b[key] or (a[key] == b[key] and a.term < b.term) end)
  return out, { node = node, hits = hits, slots = slots, tokens = n }
end

--- Keyness of the documents chosen by opts.where (SQL on documents) against
--- all the others: { {term, count, rest, ll, log_ratio} }, positive keywords
--- first by LL. opts: stop, stem, surface, numbers, min (3).
function M.keyness(corpus, opts)
  opts = opts or {}
  if not opts.where then error("keyness: choose the documents with where= (SQL on documents)", 2) end
  local an = M.analyzer(opts)
  local cnt = { stop = opts.stop, numbers = opts.numbers or false }
  local a, b = an:counter(cnt), an:counter(cnt)
  local chosen = {}
  for d in corpus:documents{ where = opts.where, params = opts.params, columns = "id" } do chosen[d.id] = true end
  local add = batcher()
  for d in corpus:documents{ columns = "id, body" } do add(chosen[d.id] and a or b, d.body) end
  add()
  local ta, tb = a:table(), b:table()
  local _, na = a:total()
  local _, nb = b:total()
  local out = {}
  for t, o11 in pairs(ta) do
    if o11 >= (opts.min or 3) then
      local o21 = tb[t] or 0
      local ll = ll2x2(o11, na - o11, o21, nb - o21)
      local lr = log_ratio(o11, na, o21, math.max(nb, 1))
      out[#out + 1] = { term = t, count = o11, rest = o21, ll = lr >= 0 and ll or -ll, log_ratio = lr }
    end
  end
  table.sort(out, function(x, y) return x.ll > y.ll or (x.ll == y.ll and x.term < y.term) end)
  return out, { documents = (function() local k = 0; for _ in pairs(chosen) do k = k + 1 end; return k end)(),
                tokens = na, rest = nb }
end

return M
