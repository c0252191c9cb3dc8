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

return M
