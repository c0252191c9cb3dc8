--- lunette.pattern: token patterns, in the manner of CQP (CWB) and spaCy's Matcher.
---
--- A pattern is a sequence of token descriptions:
---   [pred]            one token; [] any token
---   "word"            shorthand for [term="word"] (the word is folded like terms)
---   ( ... )           a group; a | b alternation inside a group or at top level
---   ? * + {n} {n,m} {n,}   repetition of a token or a group
---   name:[...]  name:( ... )   a named capture
---   ... within s      matches may not cross a sentence boundary
--- Predicates: attr=value, attr!=value, attr~"regex" (PCRE2, flags "i" after it:
--- ~"x"i), attr="a"|"b" (one of), value<N, value<=N, value>N, value>=N;
--- flags upper, lower, allcaps, compound, elision; combined with &, |, ! and ().
--- Attributes: term (case and accent folded), lower (case folded), word (as
--- written), stem (Snowball), type (word, number, percent, ordinal, date, url,
--- email, mention, hashtag, punct, symbol), value (numbers).
---
---   local p = lunette.pattern('[type=number] [term~"^(soldats?|militaires?|hommes|troupes)$"]')
---   for m in p:gmatch(text) do print(m.start, m.stop, text:sub(m.start, m.stop)) end
---   print(p:explain("Selon les services, 3 000 soldats."))
---
--- The pattern is compiled to a backtracking matcher over the analyzer's tokens
--- (leftmost, then longest). Tokens come from C in one pass per text.
local analyzer = require "lunette.analyzer"
local regex = require "lunette.regex"

local M = {}

-- {====== tokens of a text, with every attribute a predicate may ask for

--- The tokens of text as records { start, stop, type, term, word, value, flags,
--- sentence }, plus lower (case folded) and stem, computed when first read;
--- and the sentence spans ({ {s, e}, ... }) the sentence numbers refer to.
local lazy = {}
local function lazy_meta(lang)
  if lazy[lang] then return lazy[lang] end
  local low = analyzer.new{ lang = lang, fold = "case" }
  local stemmer = analyzer.new{ lang = lang, stem = true }
  lazy[lang] = { __index = function(t, k)
    local v
    if k == "lower" then v = t.type == "word" and low:term(t.word) or t.term
    elseif k == "stem" then v = t.type == "word" and stemmer:term(t.word) or t.term
    else return nil end
    rawset(t, k, v)
    return v
  end }
  return lazy[lang]
end

function M.tokens(text, lang)
  lang = lang or "fr"
  local doc, sents = analyzer.new{ lang = lang }._c:doc(text)
  return doc:records(lazy_meta(lang)), sents
end

--- The same tokens made on demand: toks[i] builds the record of token i when
--- first read (#toks and ipairs work); doc (lunette.Doc) answers
--- doc:candidates{ terms =, types =, flags =, prefixes =, hyphen = } with the
--- indexes of the tokens a rule can start at, without building records.
--- Returns toks, sentences, doc.
function M.lazy_tokens(text, lang)
  lang = lang or "fr"
  local doc, sents = analyzer.new{ lang = lang }._c:doc(text)
  local toks = doc:tokens(lazy_meta(lang))
  rawset(toks, "doc", doc)                 -- (toks.doc: the list's own doc, for its columns)
  return toks, sents, doc
end

--- The terms, sentence numbers, starts, flags and types of the tokens of a list
--- from lazy_tokens, as lists (made once per list): what a rule reads of a
--- neighbour without building its record. nil for other lists. The lists are
--- kept in the token list itself, as toks.columns ({terms, sentences, starts,
--- flags, types}): a rule reads them there with no call (and nothing that lives
--- longer than the text points to them, which the generational collector wants).
function M.columns(toks)
  local c = rawget(toks, "columns")
  if c then return c[1], c[2], c[3], c[4], c[5] end
  local doc = rawget(toks, "doc")
  if not doc then return nil end
  c = { doc:columns() }
  rawset(toks, "columns", c)
  return c[1], c[2], c[3], c[4], c[5]
end

-- }======

-- {====== parser: pattern string -> tree

local FLAGS = { upper = 1, allcaps = 2, compound = 4, elision = 8 }
local ATTRS = { term = true, lower = true, word = true, stem = true, type = true, value = true }

local function perr(src, pos, msg)
  error(("bad token pattern at %d: %s (in %q)"):format(pos, msg, src), 0)
end

local function parser(src, fold)
  local pos = 1
  local function skip() pos = src:find("[^%s]", pos) or #src + 1 end
  local function peek(p) skip(); return src:find("^" .. p, pos) end
  local function take(p, what)
    skip()
    local a, b, cap = src:find("^(" .. p .. ")", pos)
    if not a then perr(src, pos, "expected " .. what) end
    pos = b + 1
    return cap
  end
  local function string_lit()
    skip()
    local q = src:sub(pos, pos)
    if q ~= '"' and q ~= "'" then perr(src, pos, "expected a quoted string") end
    local buf, i = {}, pos + 1
    while i <= #src do
      local c = src:sub(i, i)
      if c == "\\" then buf[#buf + 1] = src:sub(i, i + 1); i = i + 2
      elseif c == q then break
      else buf[#buf + 1] = c; i = i + 1 end
    end
    if i > #src then perr(src, pos, "unterminated string") end
    pos = i + 1
    -- \" and \' unescape; other escapes stay for regexes
    return (table.concat(buf):gsub("\\([\"'])", "%1"))
  end

  local pred_or
  local function pred_atom()
    skip()
    if peek("!") then pos = pos + 1; local p = pred_atom(); return function(t) return not p(t) end, "!(" end
    if peek("%(") then
      pos = pos + 1
      local p = pred_or()
      take("%)", "')'")
      return p
    end
    local name = take("[%a_]+", "an attribute or a flag")
    if FLAGS[name] then
      local bit = FLAGS[name]
      return function(t) return t.flags and t.flags & bit ~= 0 end
    end
    if name == "lower" and not peek("[=!~<>]") then     -- the flag: no capital
      return function(t) return t.type == "word" and t.flags & 1 == 0 end
    end
    if not ATTRS[name] then perr(src, pos - #name, "unknown attribute '" .. name .. "'") end
    skip()
    local op = take("[!=~<>]=?", "an operator (= != ~ < <= > >=)")
    if name == "value" and op:find("[<>]") or name == "value" and (op == "=" or op == "!=") and peek("[%d%-]") then
      local n = tonumber(take("%-?[%d%.]+", "a number"))
      local cmp = ({ ["<"] = function(v) return v < n end, ["<="] = function(v) return v <= n end,
                     [">"] = function(v) return v > n end, [">="] = function(v) return v >= n end,
                     ["="] = function(v) return v == n end, ["!="] = function(v) return v ~= n end })[op]
      if not cmp then perr(src, pos, "bad operator for value") end
      return function(t) return t.value ~= nil and cmp(t.value) end
    end
    if op == "~" then
      local at = pos
      local pat = string_lit()
      local flags = src:match("^[imsxa]+", pos) or ""
      pos = pos + #flags
      local re, rerr = regex.try(pat, flags)
      if not re then perr(src, at, rerr) end
      return function(t) local v = t[name]; return v ~= nil and re:find(tostring(v)) ~= nil end
    end
    if op ~= "=" and op ~= "!=" then perr(src, pos, "bad operator '" .. op .. "' for " .. name) end
    local set = {}
    repeat
      local v
      skip()
      if src:find("^[\"']", pos) then v = string_lit() else v = take("[%w_%.%-]+", "a value") end
      if name == "term" then v = fold(v) elseif name == "lower" then v = fold(v, "case") end
      set[v] = true
    until not (peek("|%s*[\"']") and (function() pos = src:find("|", pos, true) + 1; return true end)())
    if op == "=" then return function(t) return set[t[name]] == true end end
    return function(t) return not set[t[name]] end
  end
  local function pred_and()
    local p = pred_atom()
    while peek("&") do
      pos = pos + 1
      local a, b = p, pred_atom()
      p = function(t) return a(t) and b(t) end
    end
    return p
  end
  pred_or = function()
    local p = pred_and()
    while peek("|") and not peek("|%s*[\"']") do
      pos = pos + 1
      local a, b = p, pred_and()
      p = function(t) return a(t) or b(t) end
    end
    return p
  end

  local alternatives
  local function item()
    skip()
    local start = pos
    local name = src:match("^([%a_][%w_]*):[%[%(\"]", pos)
    if name then pos = pos + #name + 1 end
    local node
    if peek("%[") then
      pos = pos + 1
      if peek("%]") then node = { kind = "tok", pred = function() return true end, src = "[]" }
      else
        local p = pred_or()
        node = { kind = "tok", pred = p }
      end
      take("%]", "']'")
      node.src = node.src or src:sub(start + (name and #name + 1 or 0), pos - 1)
    elseif peek("[\"']") then
      local w = string_lit()
      local terms = {}
      for _, _, ty, term in analyzer.new{ lang = "fr" }:tokens(w, true) do
        if ty ~= "punct" or #terms == 0 then terms[#terms + 1] = term end
      end
      if #terms == 0 then perr(src, start, "empty word") end
      local items = {}
      for i, t in ipairs(terms) do
        items[i] = { kind = "tok", pred = function(tok) return tok.term == t end, src = ('"%s"'):format(t) }
      end
      node = #items == 1 and items[1] or { kind = "seq", items = items }
    elseif peek("%(") then
      pos = pos + 1
      node = alternatives()
      take("%)", "')'")
    else
      perr(src, pos, "expected [ ] , \"word\" or (")
    end
    -- quantifier
    skip()
    local q = src:match("^[%?%*%+]", pos) or src:match("^{%d*,?%d*}", pos)
    if q then
      pos = pos + #q
      local lo, hi
      if q == "?" then lo, hi = 0, 1 elseif q == "*" then lo, hi = 0, math.huge
      elseif q == "+" then lo, hi = 1, math.huge
      else
        local a, comma, b = q:match("{(%d*)(,?)(%d*)}")
        lo = tonumber(a) or 0
        hi = comma == "" and lo or (tonumber(b) or math.huge)
        if hi < lo then perr(src, pos - #q, "bad repetition " .. q) end
      end
      node = { kind = "rep", item = node, min = lo, max = hi }
    end
    if name then node = { kind = "cap", name = name, item = node } end
    return node
  end
  local function sequence()
    local items = {}
    while true do
      skip()
      if pos > #src or peek("[|%)]") or peek("within%s") or peek("within$") then break end
      items[#items + 1] = item()
    end
    if #items == 0 then perr(src, pos, "empty pattern") end
    return #items == 1 and items[1] or { kind = "seq", items = items }
  end
  alternatives = function()
    local alts = { sequence() }
    while peek("|") do pos = pos + 1; alts[#alts + 1] = sequence() end
    return #alts == 1 and alts[1] or { kind = "alt", items = alts }
  end
  local tree = alternatives()
  local within = nil
  if peek("within") then
    pos = pos + 6
    within = take("[%a]+", "sentence")
    if within ~= "sentence" and within ~= "s" then perr(src, pos, "only 'within sentence' is known") end
  end
  skip()
  if pos <= #src then perr(src, pos, "unexpected '" .. src:sub(pos, pos) .. "'") end
  return tree, within ~= nil
end

-- }======

-- {====== matcher

--- Token tests one text may cost before the match stops with an error that
--- contains "limit" (nested repetitions can explode, as in any backtracker).
M.step_limit = 1000000
local steps = 0

-- match node at token i; k(i2, caps) continues; trace records the furthest failure
local function match(node, toks, i, caps, k, trace, limit)
  local kind = node.kind
  if kind == "tok" then
    steps = steps + 1
    if steps > M.step_limit then
      error(("token pattern: match limit exceeded (%d token tests; lunette.pattern.step_limit)")
        :format(M.step_limit), 0)
    end
    local t = toks[i]
    if t and i <= limit and node.pred(t) then return k(i + 1, caps) end
    -- the attempt that went furthest from its start is the one worth telling
    if trace and i - trace.from > trace.best then
      trace.best, trace.at, trace.start, trace.src = i - trace.from, i, trace.from, { node.src }
    elseif trace and i - trace.from == trace.best and trace.at == i and trace.start == trace.from then
      local known = false
      for _, s in ipairs(trace.src) do known = known or s == node.src end
      if not known then table.insert(trace.src, node.src) end
    end
    return false
  elseif kind == "seq" then
    local items = node.items
    local function step(n, j, c)
      if n > #items then return k(j, c) end
      return match(items[n], toks, j, c, function(j2, c2) return step(n + 1, j2, c2) end, trace, limit)
    end
    return step(1, i, caps)
  elseif kind == "alt" then
    for _, it in ipairs(node.items) do
      if match(it, toks, i, caps, k, trace, limit) then return true end
    end
    return false
  elseif kind == "rep" then
    local function rep(n, j, c)
      -- greedy: one more if allowed (and progress is made), else stop here
      if n < node.max and match(node.item, toks, j, c, function(j2, c2)
            return j2 > j and rep(n + 1, j2, c2) end, trace, limit) then
        return true
      end
      return n >= node.min and k(j, c)
    end
    return rep(0, i, caps)
  elseif kind == "cap" then
    return match(node.item, toks, i, caps, function(j, c)
      local c2 = setmetatable({ [node.name] = { i, j - 1 } }, { __index = c })
      return k(j, c2)
    end, trace, limit)
  end
end

-- {====== patterns as Lua tables
--
--   lunette.pattern{ { type = "number" }, { term = { "soldats", "militaires" } } }
--   lunette.pattern{ { term = "selon" },
--                    { any = { { { upper = true } }, { { term = { "le", "la", "les" } } } }, op = "+" } }
-- A pattern is a list (a sequence). An element is a token description, whose
-- keys are predicates all of which must hold:
--   term, lower, word, stem, type = "x" or { "x", "y" } (one of);
--   term_re, lower_re, word_re, stem_re = "regex" (PCRE2; flags in re_flags);
--   value = { min = N, max = M };  upper, allcaps, compound, elision = true | false
-- or a group: { seq = { ... } } (a sub-sequence), { any = { seq1, seq2, ... } }
-- (alternatives, each a list). Any element takes op = "?" | "*" | "+" |
-- "{n,m}"
-- and name = "capture".

local TABLE_KEYS = { term = true, lower = true, word = true, stem = true, type = true }

local function table_pred(spec, fold, where)
  local preds = {}
  for k, v in pairs(spec) do
    if TABLE_KEYS[k] then
      local set = {}
      for _, x in ipairs(type(v) == "table" and v or { v }) do
        x = tostring(x)
        if k == "term" then x = fold(x) elseif k == "lower" then x = fold(x, "case") end
        set[x] = true
      end
      preds[#preds + 1] = function(t) return set[t[k]] == true end
    elseif k:match("_re$") and TABLE_KEYS[k:sub(1, -4)] then
      local attr = k:sub(1, -4)
      local re, err = regex.try(v, spec.re_flags or "")
      if not re then error(("bad token pattern at %s: %s"):format(where, err), 0) end
      preds[#preds + 1] = function(t) return t[attr] ~= nil and re:find(tostring(t[attr])) ~= nil end
    elseif k == "value" then
      local lo, hi = v.min or -math.huge, v.max or math.huge
      preds[#preds + 1] = function(t) return t.value ~= nil and t.value >= lo and t.value <= hi end
    elseif FLAGS[k] then
      local bit, want = FLAGS[k], v and true or false
      preds[#preds + 1] = function(t) return ((t.flags or 0) & bit ~= 0) == want end
    elseif k ~= "op" and k ~= "name" and k ~= "re_flags" then
      error(("bad token pattern at %s: unknown key '%s'"):format(where, tostring(k)), 0)
    end
  end
  return function(t)
    for _, p in ipairs(preds) do if not p(t) then return false end end
    return true
  end
end

local function table_tree(list, fold, where)
  local items = {}
  for i, el in ipairs(list) do
    local at = where .. "." .. i
    if type(el) ~= "table" then error(("bad token pattern at %s: an element must be a table"):format(at), 0) end
    local node
    if el.seq then
      node = table_tree(el.seq, fold, at)
    elseif el.any then
      local alts = {}
      for k, alt in ipairs(el.any) do alts[k] = table_tree(alt, fold, at .. ".any." .. k) end
      node = { kind = "alt", items = alts }
    else
      node = { kind = "tok", pred = table_pred(el, fold, at), src = "element " .. at }
    end
    if el.op then
      local lo, hi
      if el.op == "?" then lo, hi = 0, 1 elseif el.op == "*" then lo, hi = 0, math.huge
      elseif el.op == "+" then lo, hi = 1, math.huge
      else
        local a, comma, b = tostring(el.op):match("^{(%d*)(,?)(%d*)}$")
        if not a then error(("bad token pattern at %s: bad op '%s'"):format(at, tostring(el.op)), 0) end
        lo = tonumber(a) or 0
        hi = comma == "" and lo or (tonumber(b) or math.huge)
      end
      node = { kind = "rep", item = node, min = lo, max = hi }
    end
    if el.name then node = { kind = "cap", name = el.name, item = node } end
    items[#items + 1] = node
  end
  if #items == 0 then error(("bad token pattern at %s: empty sequence"):format(where), 0) end
  return #items == 1 and items[1] or { kind = "seq", items = items }
end

-- }======

---@class Pattern
local Pattern = {}
Pattern.__index = Pattern

--- Compile a pattern: a string, or a list of element tables (see above).
--- Raises "bad token pattern at N: why".
---@param src string|table
---@param opts table|nil { within = true (sentence), lang = "fr" }
function M.compile(src, opts)
  opts = opts or {}
  local fold = require("lunette.core").fold
  local tree, within
  if type(src) == "table" then
    tree, within = table_tree(src, fold, "1"), src.within
    src = "(table pattern)"
  else
    tree, within = parser(src, fold)
  end
  return setmetatable({ src = src, tree = tree, within = within or opts.within, lang = opts.lang or "fr" }, Pattern)
end

local function collect(caps, names)
  local out = {}
  for _, n in ipairs(names) do if caps[n] then out[n] = caps[n] end end
  return out
end

local function cap_names(node, out)
  out = out or {}
  if node.kind == "cap" then out[#out + 1] = node.name end
  if node.item then cap_names(node.item, out) end
  for _, it in ipairs(node.items or {}) do cap_names(it, out) end
  return out
end

--- All matches over a token list (M.tokens), leftmost then longest, not
--- overlapping: { first, last (token indexes), start, stop (bytes), captures }.
function Pattern:match_tokens(toks, trace)
  local names = cap_names(self.tree)
  steps = 0
  local out, i = {}, 1
  while i <= #toks do
    local best, bestcaps
    local limit = #toks
    if self.within then
      limit = i
      while toks[limit + 1] and toks[limit + 1].sentence == toks[i].sentence do limit = limit + 1 end
    end
    if trace then trace.from = i end
    match(self.tree, toks, i, {}, function(j, caps)
      if j > i and (not best or j > best) then best, bestcaps = j, caps end
      return false                       -- keep looking for a longer one
    end, trace, limit)
    if best then
      local caps = {}
      for n, span in pairs(collect(bestcaps, names)) do
        caps[n] = { start = toks[span[1]] and toks[span[1]].start, stop = toks[span[2]] and toks[span[2]].stop,
                    first = span[1], last = span[2] }
      end
      out[#out + 1] = { first = i, last = best - 1, start = toks[i].start, stop = toks[best - 1].stop,
                        captures = caps }
      i = best
    else
      i = i + 1
    end
  end
  return out
end

--- Matches in a text (see match_tokens); each also has .text.
function Pattern:find_all(text)
  local toks = M.tokens(text, self.lang)
  local ms = self:match_tokens(toks)
  for _, m in ipairs(ms) do
    m.text = text:sub(m.start, m.stop)
    for _, c in pairs(m.captures) do c.text = c.start and text:sub(c.start, c.stop) or "" end
  end
  return ms
end

--- Iterator over the matches of a text.
function Pattern:gmatch(text)
  local ms, i = self:find_all(text), 0
  return function() i = i + 1; return ms[i] end
end

--- Why the pattern does or does not match text: a readable report.
function Pattern:explain(text)
  local toks = M.tokens(text, self.lang)
  local trace = { at = 0, best = -1, from = 1 }
  local ms = self:match_tokens(toks, trace)
  local lines = { ("pattern: %s"):format(self.src), ("tokens: %d"):format(#toks) }
  for _, m in ipairs(ms) do
    local parts = {}
    for k = m.first, m.last do parts[#parts + 1] = toks[k].word end
    lines[#lines + 1] = ("match tokens %d-%d: %s"):format(m.first, m.last, table.concat(parts, " "))
    for n, c in pairs(m.captures) do lines[#lines + 1] = ("  %s = tokens %d-%d"):format(n, c.first, c.last) end
  end
  if #ms == 0 then
    local t = toks[trace.at]
    local from = toks[trace.start]
    if t then
      lines[#lines + 1] = ("no match: the attempt from token %d %q went furthest; it stopped at token %d %q "
        .. "(type=%s term=%s stem=%s%s), which fails %s"):format(trace.start, from and from.word or "",
        trace.at, t.word, t.type, t.term, t.stem, t.value and (" value=" .. t.value) or "",
        table.concat(trace.src or { "?" }, " and "))
    else
      lines[#lines + 1] = ("no match: the attempt from token %d %q reached the end of the text")
        :format(trace.start or 0, from and from.word or "")
    end
  end
  return table.concat(lines, "\n")
end

--- Words every match must contain (for choosing candidate documents by FTS).
function Pattern:required_words()
  local out = {}
  local function walk(node)
    if node.kind == "tok" and node.src and node.src:match('^"(.*)"$') then
      out[#out + 1] = node.src:match('^"(.*)"$')
    elseif node.kind == "seq" then for _, it in ipairs(node.items) do walk(it) end
    elseif node.kind == "cap" then walk(node.item)
    elseif node.kind == "rep" and node.min > 0 then walk(node.item) end
  end
  walk(self.tree)
  return out
end

--- Matches over a corpus: candidates from the full-text index when the
--- pattern has required words, every candidate verified. Calls fn(doc, match);
--- fn returning false stops the scan.
function Pattern:scan(corpus, fn)
  local words = self:required_words()
  local iter
  if #words > 0 then
    local q = {}
    for i, w in ipairs(words) do q[i] = '"' .. w:gsub('"', '""') .. '"' end
    iter = corpus:query([[SELECT d.id, d.body, d.lang FROM documents_fts JOIN documents d
      ON d.id = documents_fts.rowid WHERE documents_fts MATCH ? ORDER BY d.id]], table.concat(q, " AND "))
  else
    iter = corpus:query("SELECT id, body, lang FROM documents ORDER BY id")
  end
  for doc in iter do
    for _, m in ipairs(self:find_all(doc.body)) do
      if fn(doc, m) == false then return end
    end
  end
end

M.Pattern = Pattern
return M
