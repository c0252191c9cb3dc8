-- test_analyzer.lua: the analyzer from Lua: positions, terms, bulk calls, lifecycle.
local H = dofile((arg[0]:match("^(.*)/") or ".") .. "/helper.lua")
local lunette = require "lunette"
local core = lunette.core
print("testing analyzer")

local an = lunette.analyzer{ lang = "fr", stem = true }
local text = "L'armée nord-coréenne a envoyé 11 000 soldats."

-- 1: the iterator: 1-based inclusive positions; terms only when asked
local got = {}
for s, e, ty, term, v in an:tokens(text, true) do got[#got + 1] = { s, e, ty, term, v } end
H.eq("1.1", got, {
  { 1, 2, "word", "l'" }, { 3, 8, "word", "arme" }, { 10, 23, "word", "nord-coreen" },
  { 25, 25, "word", "a" }, { 27, 33, "word", "envoi" }, { 35, 40, "number", "11000", 11000 },
  { 42, 48, "word", "soldat" }, { 49, 49, "punct", "." } })
local s, e, ty, term = an:tokens(text)()
H.eq("1.2 no term unless asked", { s, e, ty, term }, { 1, 2, "word", nil })
H.eq("1.3 sub of a token", text:sub(got[3][1], got[3][2]), "nord-coréenne")
local n = 0
for _ in an:tokens(text) do n = n + 1; if n == 2 then break end end
H.eq("1.4 break out of the iterator", n, 2)

-- 2: stopwords
local stop = lunette.analyzer{ lang = "fr", stop = true }
local words = {}
for _, _, _, t in stop:tokens("Les troupes de la Corée du Nord", true) do words[#words + 1] = t end
H.eq("2.1 stopwords dropped", words, { "troupes", "coree", "nord" })
local extra = lunette.analyzer{ lang = "fr", stop = true, stopwords = { "Corée" } }
words = {}
for _, _, _, t in extra:tokens("Les troupes de la Corée du Nord", true) do words[#words + 1] = t end
H.eq("2.2 user stopwords", words, { "troupes", "nord" })

-- 3: bulk calls
H.eq("3.1 count", an:count("Les soldats, le soldat et les soldats", { stop = true }), { soldat = 3 })
H.eq("3.2 count, surface forms", lunette.analyzer{ lang = "fr" }:count("Soldats soldats soldat"),
     { soldats = 2, soldat = 1 })
H.eq("3.3 ngrams stop at punctuation",
     lunette.analyzer{ lang = "fr" }:ngrams("la Corée du Nord. la Corée", 2),
     { ["la coree"] = 2, ["coree du"] = 1, ["du nord"] = 1 })
local into = { coree = 10 }
lunette.analyzer{ lang = "fr" }:count("Corée", {}, into)
H.eq("3.4 count into a table", into, { coree = 11 })
H.eq("3.5 sentences", an:sentences("Selon M. Kim, oui. Non ! Fin"),
     { { 1, 18 }, { 20, 24 }, { 26, 28 } })
H.eq("3.6 stats", { an:stats("Deux phrases ici. Et 3 000 autres.") }, { 8, 5, 2 })
H.eq("3.7 term", an:term("Coréens"), "coreen")
H.eq("3.8 fold", lunette.fold("CORÉE Straße"), "coree strasse")
H.eq("3.9 token list", an:token_list("3 000 obus")[2],
     { start = 7, stop = 10, type = "word", term = "obus", stem = "obus" })

local k = lunette.analyzer{ lang = "fr" }:counter{ stop = true }
k:add("Les soldats et les soldats"):add("Un soldat, des SOLDATS.")
H.eq("3.10 counter", k:table(), { soldats = 3, soldat = 1 })
H.eq("3.11 counter totals", { k:total() }, { 2, 4 })
k:close()
H.check_error("3.12 counter after close", "attempt to use a closed lunette.Counter", k.add, k, "x")
do  -- a counter caches words as written (slot of its map); its counts stay those
    -- of an:count while its map grows and cache slots change hands
  local fr = lunette.analyzer{ lang = "fr" }
  local parts = {}
  for i = 1, 3000 do parts[i] = ("Mot%d l'armée Été %d"):format(i % 700, i) end
  local long = table.concat(parts, " ")
  local kc = fr:counter()
  kc:add(long):add(long)
  local want = {}
  fr:count(long, nil, want)
  fr:count(long, nil, want)
  H.eq("3.13 counter equals count, twice over 3 703 distinct terms", kc:table(), want)
  parts = {}   -- more distinct words than the cache has slots (32 768): slots change hands
  for i = 1, 60000 do parts[i] = ("w%d le la"):format((i * 7919) % 40000) end
  local wide = table.concat(parts, " ")
  kc:add(wide)
  local d1, n1 = kc:total()              -- read in the middle: counts held back are added
  kc:add(wide)
  fr:count(wide, nil, want)
  fr:count(wide, nil, want)
  local occ = 0
  for _, c in pairs(want) do occ = occ + c end
  H.eq("3.14 counter equals count over 43 705 distinct terms, read between adds", kc:table(), want)
  H.eq("3.15 totals in the middle", { d1, n1 }, { 3703 + 40002, 2 * 3000 * 5 + 60000 * 3 })
  H.eq("3.16 totals at the end", { kc:total() }, { 3703 + 40002, occ })
end

do  -- an n-gram counter counts what an:ngrams gives, over several texts; table(min) keeps the frequent
  local fr = lunette.analyzer{ lang = "fr" }
  local a, b = "la Corée du Nord. la Corée du Sud", "La Corée du Nord, la Corée du Sud et la Russie"
  local kn = fr:counter{ n = 2 }
  kn:add(a):add(b)
  local want = {}
  fr:ngrams(a, 2, nil, want)
  fr:ngrams(b, 2, nil, want)
  H.eq("3.17 n-gram counter equals ngrams", kn:table(), want)
  H.eq("3.18 n-gram counter, min 3", kn:table(3), { ["la coree"] = 4, ["coree du"] = 4 })
  H.eq("3.19 trigram counter, min 2", fr:counter{ n = 3 }:add(a):add(b):table(2),
       { ["la coree du"] = 4, ["coree du nord"] = 2, ["coree du sud"] = 2 })
  H.check_error("3.20 n out of range", "n must be 1 to 5", fr.counter, fr, { n = 6 })
end

do  -- a list of texts in one add, counted by several threads: the counts of one add a text
  local sa = lunette.analyzer{ lang = "fr", stem = true, stopwords = { "obus" } }
  local texts = {}
  for i = 1, 300 do
    texts[i] = ("L'armée a tiré %d obus le %d mars ; les Soldats%d, l'État et Été%d."):format(i, i % 28 + 1,
      i % 37, (i * 7919) % 1000)
  end
  local function each(kc) for _, t in ipairs(texts) do kc:add(t) end; return kc end
  local want = each(sa:counter{ stop = true })
  for _, th in ipairs{ 1, 2, 3, 7 } do
    local kt = sa:counter{ stop = true }:add(texts, th)
    H.eq("3.19b list counted by " .. th .. " thread(s), stopwords of the analyzer's own, stems",
         kt:table(), want:table())
    H.eq("3.19c totals, " .. th .. " thread(s)", { kt:total() }, { want:total() })
  end
  H.eq("3.19d 'obus' is a stopword in every thread", sa:counter{ stop = true }:add(texts, 3):table().obus, nil)
  -- a stopword is known by its folded term, not by its stem (armées: arme)
  local st = lunette.analyzer{ lang = "fr", stem = true, stop = true, stopwords = { "Armées" } }
  H.eq("3.19i stopwords before stems: count", st:count("Les armées et l'armée"), { arme = 1 })
  H.eq("3.19j stopwords before stems: counter", st:counter():add("Les armées et l'armée"):table(), { arme = 1 })
  H.eq("3.19k stopwords before stems: n-grams", st:ngrams("les soldats des armées rentrent", 2), { ["soldat rentrent"] = 1 })
  local left = {}
  for _, _, _, tm in st:tokens("Les armées et l'armée", true) do left[#left + 1] = tm end
  H.eq("3.19l stopwords before stems: tokens", left, { "arme" })
  -- words cached from a first add stay right when the merge of the threads' counts grows the map
  local kl, ref = sa:counter(), sa:counter()
  local wide = {}
  for i = 1, 2000 do wide[i] = ("le mot%d autre%d"):format(i, i * 3) end
  kl:add("le mot obus"):add(wide, 2):add("le mot obus")
  ref:add("le mot obus"):add(table.concat(wide, " ")):add("le mot obus")
  H.eq("3.19e a list between two adds, the map grown by the merge", kl:table(), ref:table())
  local kn = sa:counter{ n = 2 }:add(texts, 3)
  local wn = sa:counter{ n = 2 }
  for _, t in ipairs(texts) do wn:add(t) end
  H.eq("3.19f n-gram counter, a list in 3 threads", kn:table(), wn:table())
  H.eq("3.19g an empty list", { sa:counter():add({}, 4):total() }, { 0, 0 })
  H.check_error("3.19h an item that is no string", "item 2 of the list is a boolean, not a string",
                sa:counter().add, sa:counter(), { "a", true })
end

H.eq("3.21 count_stops: stopwords as many times as listed, words without numbers",
     { lunette.analyzer{ lang = "", fold = "case", stopwords = { "le", "La", "le" } }:count_stops("Le chat et la souris, 3 fois.") },
     { 3, 6 })
do  -- weights, and several lists read over the same words in one pass
  local p = lunette.analyzer{ lang = "", fold = "case", stopwords = {} }
  p:add_stopwords({ "la" }, 3)
  p:add_stopwords({ "les", "la" })
  local q = lunette.analyzer{ lang = "", fold = "case", stopwords = { "guerre", "paix", "paix" } }
  local r = lunette.analyzer{ lang = "", fold = "case", stopwords = {} }
  H.eq("3.22 count_stops: weights, and other lists over the same words",
       { p:count_stops("La guerre, les armées, la paix.", { q, r }) }, { 9, 6, 3, 0 })
  local shared = lunette.analyzer{ lang = "fr" }
  H.check_error("3.23 a shared analyzer takes no stopwords", "a shared analyzer", shared.add_stopwords, shared, { "x" })
  H.check_error("3.24 weights are positive", "weight must be positive", p.add_stopwords, p, { "x" }, 0)
end
do  -- the languages beyond French and English: their stopwords and abbreviations
  local seen = {}
  for _, c in ipairs{ { "de", "der", "Laut Dr. Müller kamen z.B. rund 300 Soldaten. Sie blieben." },
                      { "es", "los", "Según el Sr. Pérez llegaron unos 300 soldados. Se quedaron." },
                      { "it", "della", "Secondo il Dott. Rossi sono arrivati 300 soldati. Sono rimasti." },
                      { "pt", "pelos", "Segundo o Sr. Silva chegaram 300 soldados. Ficaram." },
                      { "nl", "het", "Volgens dhr. Jansen kwamen er 300 soldaten. Ze bleven." } } do
    local la = lunette.analyzer{ lang = c[1] }
    seen[#seen + 1] = { c[1], la:is_stop(c[2]), la:is_stop("soldaten"), #la:sentences(c[3]) }
  end
  H.eq("3.25 de, es, it, pt, nl: stopwords, and a title's period ends no sentence", seen,
       { { "de", true, false, 2 }, { "es", true, false, 2 }, { "it", true, false, 2 }, { "pt", true, false, 2 },
         { "nl", true, false, 2 } })
end

-- 4: errors and lifecycle
H.check_error("4.1 unknown stemmer", "no Snowball stemmer for language 'xx'",
              lunette.analyzer, { lang = "xx", stem = true })
H.check_error("4.2 bad fold", "invalid option 'loud'", core.analyzer, "fr", "loud")
local c = core.analyzer("fr", "case", false)
c:close()
c:close()   -- idempotent
H.check_error("4.3 use after close", "attempt to use a closed lunette.Analyzer", c.tokens, c, "x")
do local d <close> = core.analyzer("en", "none", true); H.check("4.6 <close>", d:term("Running", true) == "run") end
local it = core.analyzer("fr", "case", false):tokens("gc keeps the analyzer alive")
collectgarbage()
collectgarbage()
H.eq("4.4 iterator keeps its analyzer", select(3, it()), "word")
H.check_error("4.5 ngram size", "n must be 1 to 5", an._c.ngrams, an._c, "a b", 6)

-- 5: no letter falls between two tokens, whatever spaces, marks and joiners stand around it
-- (U+202F, the narrow no-break space, once dropped the word after it)
do
  local root = (arg[0]:match("^(.*)/tests/") or ".")
  local texts = { "«\u{202F}Nous partons\u{202F}», dit-il\u{202F}: oui\u{202F}! a\u{202F}b",
                  "a\u{00A0}b\u{2007}c\u{2009}d\u{2060}e\u{200D}f\u{00AD}g\u{FEFF}h\u{3000}i_j\u{203F}k",
                  "1,2 \u{202F}milliard 11\u{202F}000 soldats", "l'\u{202F}armée, qu’\u{00A0}il" }
  for name in io.popen("ls '" .. root .. "/corpus'"):lines() do
    texts[#texts + 1] = assert(lunette.core.readfile(root .. "/corpus/" .. name))
  end
  local gaps = {}
  for ti, body in ipairs(texts) do
    local last = 0
    for ts, te in an:tokens(body) do
      local gap = body:sub(last + 1, ts - 1)
      if utf8.len(gap) and gap:find("[%a\195-\201]") then gaps[#gaps + 1] = ti .. ": " .. gap end
      last = te
    end
    local tail = body:sub(last + 1)
    if tail:find("%a") then gaps[#gaps + 1] = ti .. " (end): " .. tail end
  end
  H.eq("5.1 every letter is in a token", gaps, {})
end

os.exit(H.report("test_analyzer"))
