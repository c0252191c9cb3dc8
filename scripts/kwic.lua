-- kwic: every occurrence of a term with its left and right context, aligned (lunette kwic TERM)
--
-- usage: lunette kwic TERM [--width N] [--sort 1L|1R|2L|2R|doc] [--limit N]
-- TERM matches like search does: case, accents and inflection folded
-- (coreen finds Coréens); a phrase ("Corée du Nord") matches token by token.
local lunette = require "lunette"
local output = require "lunette.output"
local argparse = require "argparse"

local p = argparse("lunette kwic", "Keyword in context: every hit, aligned.")
p:argument("term", "A word or a phrase.")
p:option("--width", "Characters of context on each side.", "40"):convert(tonumber)
p:option("--sort", "Order: doc (default), 1L, 2L, 1R, 2R (by the words left or right).", "doc")
  :choices{ "doc", "1L", "2L", "3L", "1R", "2R", "3R" }
p:option("--limit", "Stop after this many hits (0: all).", "0"):convert(tonumber)
local args = p:parse(arg)

local corpus <close> = assert(lunette.open(nil, { readonly = true }))
local an = lunette.analyzer{ lang = "fr", stem = true }

-- the query's terms, as the index makes them
local want = {}
for _, _, ty, term in an:tokens(args.term, true) do
  if ty ~= "punct" and ty ~= "symbol" then want[#want + 1] = term end
end
if #want == 0 then io.stderr:write("lunette: kwic: nothing to look for in '", args.term, "'\n"); os.exit(2) end

-- candidate documents from the index, then every hit verified token by token
local phrase = '"' .. args.term:gsub('"', '""') .. '"'
local hits = {}
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
    if ok then
      local s, e = toks[i][1], toks[i + #want - 1][2]
      local words_left, words_right = {}, {}
      for k = 1, 3 do
        words_left[k] = toks[i - k] and toks[i - k][3] or ""
        words_right[k] = toks[i + #want - 1 + k] and toks[i + #want - 1 + k][3] or ""
      end
      hits[#hits + 1] = { doc = doc.id, start = s - 1, ["end"] = e,
        left = doc.body:sub(1, s - 1), hit = doc.body:sub(s, e), right = doc.body:sub(e + 1),
        L = words_left, R = words_right }
    end
  end
end

if args.sort ~= "doc" then
  local side, n = args.sort:sub(2, 2), tonumber(args.sort:sub(1, 1))
  table.sort(hits, function(a, b)
    local x, y = (side == "L" and a.L or a.R)[n], (side == "L" and b.L or b.R)[n]
    if x ~= y then return x < y end
    return a.doc < b.doc or (a.doc == b.doc and a.start < b.start)
  end)
end
if args.limit > 0 then for i = args.limit + 1, #hits do hits[i] = nil end end

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

local fmt = output.default("table")
if fmt == "table" then
  for _, h in ipairs(hits) do
    io.write(("%4d %6d  %s  %s  %s\n"):format(h.doc, h.start, tail(h.left, args.width),
      h.hit:gsub("%s+", " "), head(h.right, args.width)))
  end
  io.stderr:write(("%d hits\n"):format(#hits))
else
  for _, h in ipairs(hits) do
    h.left, h.right = tail(h.left, args.width):gsub("^ +", ""), head(h.right, args.width)
  end
  output.print(hits, { "doc", "start", "end", "left", "hit", "right" }, { format = fmt })
end
