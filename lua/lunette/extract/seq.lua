--- lunette.extract.seq: term sequences indexed by their first term, so that a
--- rule list (hedges, cues, relative dates) costs one table lookup per token.
local M = {}

--- A set (word -> true) from a list of words.
function M.set(list)
  local s = {}
  for _, w in ipairs(list) do s[w] = true end
  return s
end

--- Index a list of rows; seq_of(row) gives the row's term sequence
--- (default: the row itself). Returns first term -> rows.
function M.index(rows, seq_of)
  local idx = {}
  for _, row in ipairs(rows) do
    local seq = seq_of and seq_of(row) or row
    local first = seq[1]
    idx[first] = idx[first] or {}
    table.insert(idx[first], row)
  end
  return idx
end

--- Does seq match the terms of toks from i? Returns the index after it.
function M.at(toks, i, seq)
  for k, w in ipairs(seq) do
    local t = toks[i + k - 1]
    if not t or t.term ~= w then return nil end
  end
  return i + #seq
end

--- The longest row of idx matching at i: row, next index.
function M.longest(idx, toks, i, seq_of)
  local t = toks[i]
  local rows = t and idx[t.term]
  if not rows then return nil end
  local best, bj
  for _, row in ipairs(rows) do
    local j = M.at(toks, i, seq_of and seq_of(row) or row)
    if j and (not bj or j > bj) then best, bj = row, j end
  end
  return best, bj
end

--- The tokens, sentences and lunette.Doc an extractor works on: opts.tokens,
--- opts.sentences and opts.doc when given (lunette.extract.context), else the
--- text's, made on demand (lunette.pattern.lazy_tokens).
function M.tokens_of(text, opts)
  if opts.tokens then return opts.tokens, opts.sentences, opts.doc end
  return require("lunette.pattern").lazy_tokens(text, opts.lang)
end

--- The indexes (ascending) of the tokens a rule can start at: term a key of
--- spec.terms, type a key of spec.types, one of the bits spec.flags, term
--- starting with one of spec.prefixes, or (spec.hyphen) holding a hyphen.
--- Asked of doc (a lunette.Doc, in C) when there is one, else by a pass over toks.
function M.candidates(toks, doc, spec)
  if doc then return doc:candidates(spec) end
  local out = {}
  local terms, types, flags = spec.terms or {}, spec.types or {}, spec.flags or 0
  for i = 1, #toks do
    local t = toks[i]
    local term = t.term or ""
    local hit = terms[term] or types[t.type] or (t.flags or 0) & flags ~= 0
      or (spec.hyphen and term:find("-", 1, true))
    for _, p in ipairs(spec.prefixes or {}) do
      if hit then break end
      hit = term:sub(1, #p) == p
    end
    if hit then out[#out + 1] = i end
  end
  return out
end

--- The positions of starts (ascending) that lie at most back tokens before an
--- anchor (ascending), or on one: where a rule that must reach an anchor can start.
function M.near(starts, anchors, back)
  local out, k = {}, 1
  for _, p in ipairs(starts) do
    while anchors[k] and anchors[k] < p do k = k + 1 end
    if anchors[k] and anchors[k] - p <= back then out[#out + 1] = p end
  end
  return out
end

return M
