-- kwic: every occurrence of a term, /regex/ or token pattern with its left and right context, aligned
--
-- usage: lunette kwic TERM|/REGEX/flags|PATTERN [--width N] [--sort doc|1L|2L|3L|1R|2R|3R] [--limit N]
--   TERM     a word or phrase, matched like search (coreen finds Coréens, nord-coréens)
--   /REGEX/  PCRE2 on the text as written; flags after the slash: i m s x a (a: accents)
--   PATTERN  a token pattern: [type=number] "soldats", see lunette.pattern
local lunette = require "lunette"
local output = require "lunette.output"
local argparse = require "argparse"

local p = argparse("lunette kwic", "Keyword in context: every hit, aligned.")
p:argument("query", "A word or phrase, /regex/flags, or a token pattern ([...] \"word\" ...).")
p:option("--width", "Characters of context on each side.", "40"):convert(tonumber)
p:option("--sort", "Order: doc (default), 1L, 2L, 3L, 1R, 2R, 3R (by the words left or right).", "doc")
  :choices{ "doc", "1L", "2L", "3L", "1R", "2R", "3R" }
p:option("--limit", "Stop after this many hits (0: all).", "0"):convert(tonumber)
p:option("--match-limit", "Regex: backtracking steps before giving up.", "10000000"):convert(tonumber)
local args = p:parse(arg)

local corpus <close> = lunette.must(lunette.open(nil, { readonly = true }))
local an = lunette.analyzer{ lang = "fr", stem = true }
local q = args.query
local hits = {}
local function hit(doc, s, e) hits[#hits + 1] = { doc = doc.id, body = doc.body, s = s, e = e } end

local re_src, re_flags = q:match("^/(.+)/([imsxa]*)$")
if re_src then
  local regex = require "lunette.regex"
  regex.limits.match = args.match_limit
  local re, err = regex.try(re_src, re_flags)
  if not re then io.stderr:write("lunette: kwic: ", err, "\n"); os.exit(2) end
  for doc in corpus:documents{ columns = "id, body" } do
    local ok, e = pcall(function() for s, e2 in re:gmatch(doc.body) do if e2 >= s then hit(doc, s, e2) end end end)
    if not ok then
      io.stderr:write(("lunette: kwic: document %d: %s\n"):format(doc.id, tostring(e):gsub("^.-:%d+: ", "")))
      os.exit(1)
    end
  end
elseif q:find("[%[%]]") or q:find('^"') or q:find("%swithin%s") then
  local ok, pat = pcall(lunette.pattern, q)
  if not ok then io.stderr:write("lunette: kwic: ", tostring(pat), "\n"); os.exit(2) end
  pat:scan(corpus, function(doc, m) hit(doc, m.start, m.stop) end)
else
  -- the query's terms, as the index makes them; candidates from the index
  local want = {}
  for _, _, ty, term in an:tokens(q, true) do
    if ty ~= "punct" and ty ~= "symbol" then want[#want + 1] = term end
  end
  if #want == 0 then io.stderr:write("lunette: kwic: nothing to look for in '", q, "'\n"); os.exit(2) end
  local phrase = '"' .. q:gsub('"', '""') .. '"'
  for doc in corpus:query([[SELECT d.id, d.body FROM documents_fts JOIN documents d
                            ON d.id = documents_fts.rowid WHERE documents_fts MATCH ? ORDER BY d.id]], phrase) do
    local toks = {}
    for s, e, ty, term, _, flags in an:tokens(doc.body, true) do
      if ty ~= "punct" and ty ~= "symbol" then
        local tok = { s, e, term }
        if flags & 4 ~= 0 and #want == 1 then   -- a hyphenated word: its parts match one word
          local a = s
          for part, b in doc.body:sub(s, e):gmatch("([^-]+)()") do
            if an:term(part) == want[1] then tok = { a, a + #part - 1, want[1] } end
            a = s + b
          end
        end
        toks[#toks + 1] = tok
      end
    end
    for i = 1, #toks - #want + 1 do
      local ok = true
      for k = 1, #want do if toks[i + k - 1][3] ~= want[k] then ok = false; break end end
      if ok then hit(doc, toks[i][1], toks[i + #want - 1][2]) end
    end
  end
end

-- the words around each hit, for sorting
local plain = lunette.analyzer{ lang = "fr" }
local function words(s)
  local out = {}
  for _, _, ty, term in plain:tokens(s, true) do if ty ~= "punct" and ty ~= "symbol" then out[#out + 1] = term end end
  return out
end
if args.sort ~= "doc" then
  local side, n = args.sort:sub(2, 2), tonumber(args.sort:sub(1, 1))
  for _, h in ipairs(hits) do
    if side == "L" then
      local w = words(h.body:sub(1, h.s - 1):sub(-200))
      h.key = w[#w - n + 1] or ""
    else
      h.key = words(h.body:sub(h.e + 1, h.e + 200))[n] or ""
    end
  end
  table.sort(hits, function(a, b)
    if a.key ~= b.key then return a.key < b.key end
    return a.doc < b.doc or (a.doc == b.doc and a.s < b.s)
  end)
end
output.limit(hits, args.limit)

-- the last / first `width` characters of a context, on one line
local function tail(s, w)
  s = s:gsub("%s+", " ")
  local n = utf8.len(s) or #s
  if n <= w then return (" "):rep(w - n) .. s end
  return s:sub(utf8.offset(s, n - w + 1) or 1)
end
local function head(s, w)
  s = s:gsub("%s+", " ")
  local n = utf8.len(s) or #s
  if n <= w then return s end
  return s:sub(1, (utf8.offset(s, w + 1) or #s + 1) - 1)
end

-- a slice of s on character boundaries: [a, b] moved inwards off continuation bytes
local function slice(s, a, b)
  a, b = math.max(a, 1), math.min(b, #s)
  while a <= b and (s:byte(a) or 0) & 0xC0 == 0x80 do a = a + 1 end
  while b >= a and b < #s and (s:byte(b + 1) or 0) & 0xC0 == 0x80 do b = b - 1 end
  return s:sub(a, b)
end

local fmt = output.default("table")
local rows = {}
for _, h in ipairs(hits) do
  rows[#rows + 1] = { doc = h.doc, start = h.s - 1, ["end"] = h.e,
    left = tail(slice(h.body, h.s - 4 * args.width, h.s - 1), args.width),
    hit = (h.body:sub(h.s, h.e):gsub("%s+", " ")),
    right = head(slice(h.body, h.e + 1, h.e + 4 * args.width), args.width) }
end
if fmt == "table" then
  for _, r in ipairs(rows) do io.write(("%4d %6d  %s  %s  %s\n"):format(r.doc, r.start, r.left, r.hit, r.right)) end
  io.stderr:write(("%d hits\n"):format(#rows))
else
  for _, r in ipairs(rows) do r.left = r.left:gsub("^ +", "") end
  output.print(rows, { "doc", "start", "end", "left", "hit", "right" }, { format = fmt })
end
