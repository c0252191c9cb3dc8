--- lunette.extract.seq: term sequences indexed by their first term, so that a
--- rule list (hedges, cues, relative dates) costs one table lookup per token.
local M = {}
local pattern = require "lunette.pattern"
local columns = pattern.columns

--- The agreed forms of a participle (folded): estime, estimee, estimes, estimees.
function M.agreed_forms(p) return { p, p .. "e", p .. "s", p .. "es" } end

--- The set of the agreed forms of a list of participles.
function M.agreed(list)
  local out = {}
  for _, p in ipairs(list) do for _, f in ipairs(M.agreed_forms(p)) do out[f] = true end end
  return out
end

--- Does s hold a match of one of the Lua patterns of list (word endings, line shapes)?
function M.matches(list, s)
  for _, pat in ipairs(list) do
    if s:find(pat) then return true end
  end
  return false
end

--- A set (word -> true) from a list of words.
function M.set(list, ...)   -- (and the keys of the sets after the list: a set that adds to others)
  local s = {}
  for _, w in ipairs(list) do s[w] = true end
  for _, other in ipairs{ ... } do
    for w in pairs(other) do s[w] = true end
  end
  return s
end

local ROW = {}          -- the key, in a node, of the row whose sequence ends there

--- What make(rows, ...) derives from a list of rows (an index, a set), made
--- once per rows table and again when rows are added or removed: the same
--- table from call to call meanwhile (a set passed to candidates stays the one
--- kept in C). make is the cache's key with rows: a function defined once.
local derived = setmetatable({}, { __mode = "k" })   -- make -> rows -> { n = #rows, value = }
local function cache_of(make)
  local per = derived[make]
  if not per then per = setmetatable({}, { __mode = "k" }); derived[make] = per end
  return per
end
function M.derived(rows, make, arg)       -- (arg: one more argument to make)
  local per = cache_of(make)
  local b = per[rows]
  if b and b.n == #rows then return b.value end
  local value = make(rows, arg)
  per[rows] = { n = #rows, value = value }
  return value
end

--- A set made of the gazetteer's names (lunette.extract.gazetteer): each(set, row, name, an) adds what
--- it makes of one (an: a French analyzer)
function M.from_gazetteer(gazetteer, each)
  local out = {}
  local an = require("lunette.analyzer").new{ lang = "fr" }
  for _, row in ipairs(gazetteer) do
    for n = 2, #row do
      if type(row[n]) == "string" then each(out, row, row[n], an) end
    end
  end
  return out
end

-- the first words of the gazetteer's places (any: of all its names, organisations too), folded
local function make_place_names(gazetteer, any)
  return M.from_gazetteer(gazetteer, function(out, row, w, an)
    if (row[1] == "place" or any) and w:find("^[%u\195]") then out[an:term(w:match("^[^%s]+"))] = true end
  end)
end
local function make_known_names(gazetteer) return make_place_names(gazetteer, true) end
--- The first words of the gazetteer's places, folded ("maroc", "coree", "londres"): a name after au / à
--- that is one is where a title holds, not whom one speaks to; after millions de, no counted noun
function M.place_names() return M.derived(require "lunette.extract.gazetteer", make_place_names) end
--- The first words of every name the gazetteer knows, places and organisations, folded
function M.known_names() return M.derived(require "lunette.extract.gazetteer", make_known_names) end

local function make_index(rows, seq_of)
  local root = {}
  for _, row in ipairs(rows) do
    local node = root
    for _, w in ipairs(seq_of and seq_of(row) or row) do
      node[w] = node[w] or {}
      node = node[w]
    end
    if node ~= root and node[ROW] == nil then node[ROW] = row end   -- the first of equal rows
  end
  return root
end

--- Index a list of rows; seq_of(row) gives the row's term sequence (default:
--- the row itself). Returns a trie: first term -> node, node[term] -> node;
--- its keys are the first terms. Built once per rows table (again when rows
--- are added or removed).
local indexes = cache_of(make_index)      -- (read here first: rules look their index up per token)
function M.index(rows, seq_of)
  local b = indexes[rows]
  if b and b.n == #rows then return b.value end
  return M.derived(rows, make_index, seq_of)
end

local function make_firsts(rows, seq_of)
  local set = {}
  for _, row in ipairs(rows) do set[(seq_of and seq_of(row) or row)[1]] = true end
  return set
end

--- The set of the first terms of a list of rows (sequences), or of seq_of(row)
--- (the same table while the list keeps its length, see M.derived).
function M.firsts(rows, seq_of) return M.derived(rows, make_firsts, seq_of) end

--- Does seq match the terms of toks from i? Returns the index after it.
function M.at(toks, i, seq)
  for k, w in ipairs(seq) do
    local t = toks[i + k - 1]
    if not t or t.term ~= w then return nil end
  end
  return i + #seq
end

--- The terms, sentence numbers, starts, flags and types of toks as lists,
--- indexed as toks: read there, a neighbour's field builds no record
--- (lunette.pattern.columns); for a plain list of records, lists that read them.
local read_records = setmetatable({}, { __mode = "k" })     -- a plain list -> its columns
function M.columns(toks)
  local c = toks.columns
  if c then return c[1], c[2], c[3], c[4], c[5] end
  local terms, sents, starts, flags, types = columns(toks)
  if terms then return terms, sents, starts, flags, types end
  c = read_records[toks]
  if not c then
    local function field(k)
      return setmetatable({}, { __index = function(_, i) local t = toks[i]; return t and t[k] end })
    end
    c = { field("term"), field("sentence"), field("start"), field("flags"), field("type") }
    read_records[toks] = c
  end
  return c[1], c[2], c[3], c[4], c[5]
end

--- The longest row of idx (M.index) matching the terms of toks at i: row, next index.
--- (from the term column of a lazy token list: no record built)
function M.longest(idx, toks, i)
  local node, best, bj = idx, nil, nil
  local k = i
  local c = toks.columns
  local terms = c and c[1] or M.columns(toks)         -- (a plain list: a column that reads its records)
  while true do
    local w = terms[k]
    node = w and node[w]
    if not node then break end
    k = k + 1
    if node[ROW] then best, bj = node[ROW], k end
  end
  return best, bj
end

--- The anchors of an index (M.index): the terms that end its sequences (the
--- rarer words: "dernier", not "le"), and the length of its longest sequence.
--- A match starting at p holds an anchor at most (length - 1) tokens after p.
local anchored = setmetatable({}, { __mode = "k" })   -- idx -> { terms, depth }
function M.anchors(idx)
  local a = anchored[idx]
  if a then return a[1], a[2] end
  local terms, depth = {}, 1
  local function walk(node, d)
    for w, child in pairs(node) do
      if type(w) == "string" then
        if child[ROW] then terms[w] = true end
        if d > depth then depth = d end
        walk(child, d + 1)
      end
    end
  end
  walk(idx, 1)
  anchored[idx] = { terms, depth }
  return terms, depth
end

--- The first of cands (ascending) at or after position i, the cursor ci moved
--- to it: ci, position (nil when none is left). A rule loop visits only those:
---   local i, ci = 1, 1
---   while true do ci, i = seq.next_start(cands, ci, i); if not i then break end ... end
function M.next_start(cands, ci, i)
  while cands[ci] and cands[ci] < i do ci = ci + 1 end
  return ci, cands[ci]
end

--- The tokens, sentences and lunette.Doc an extractor works on: opts.tokens,
--- opts.sentences and opts.doc when given (lunette.extract.context), else the
--- text's, made on demand (lunette.pattern.lazy_tokens).
function M.tokens_of(text, opts)
  if opts.tokens then return opts.tokens, opts.sentences, opts.doc end
  return pattern.lazy_tokens(text, opts.lang)
end

-- tokens of toks matching spec, in Lua: hit[i] = true
-- a set, or the union of a list of sets
local function union(sets)
  if type(sets[1]) ~= "table" then return sets end
  local u = {}
  for _, set in ipairs(sets) do for w in pairs(set) do u[w] = true end end
  return u
end

local function mark(toks, spec)
  local hit = {}
  local terms, types, flags = union(spec.terms or {}), spec.types or {}, spec.flags or 0
  local except = union(spec.except or {})
  local firsts = type(spec.hyphen) == "table" and union(spec.hyphen)    -- (hyphen: the first parts allowed)
  for i = 1, #toks do
    local t = toks[i]
    local term = t.term or ""
    local h = terms[term] or types[t.type] or (t.flags or 0) & flags ~= 0
      or (spec.hyphen and term:find("-", 1, true) and (not firsts or firsts[term:match("^[^-]*")]))
    for _, p in ipairs(spec.prefixes or {}) do
      if h then break end
      h = term:sub(1, #p) == p
    end
    for _, p in ipairs(spec.suffixes or {}) do
      if h then break end
      h = #term >= #p and term:sub(-#p) == p
    end
    hit[i] = h and not except[term] or nil
  end
  return hit
end

--- The indexes (ascending) of the tokens a rule can start at: those matching
--- one of the specs (see lunette.Doc candidates: terms, types, flags, prefixes,
--- hyphen (true, or the sets of the first parts allowed), except, and near = spec,
--- back = n for an anchor the rule must reach, or
--- near = spec, through = spec for one reached past such tokens only).
--- Asked of doc (in C) when there is one, else by passes over toks.
function M.candidates(toks, doc, ...)
  if doc then return doc:candidates(...) end
  local any = {}
  for _, spec in ipairs({ ... }) do
    local hit = mark(toks, spec)
    local anc = spec.near and mark(toks, spec.near)
    local thr = anc and spec.through and mark(toks, spec.through)
    local next_anchor
    for i = #toks, 1, -1 do
      if thr then                         -- reach: the first anchor past through-tokens from i + 1
        if hit[i] and next_anchor then any[i] = true end
        if anc[i] then next_anchor = i elseif not thr[i] then next_anchor = nil end
      else
        if anc and anc[i] then next_anchor = i end
        if hit[i] and (not anc or (next_anchor and next_anchor - i <= (spec.back or 0))) then any[i] = true end
      end
    end
  end
  local out = {}
  for i = 1, #toks do if any[i] then out[#out + 1] = i end end
  return out
end

return M
