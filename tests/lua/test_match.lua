-- test_match.lua: regex, phrase dictionaries, token patterns and statistics:
-- cases as data with exact spans and captures; errors; lifecycle.
local H = dofile((arg[0]:match("^(.*)/") or ".") .. "/helper.lua")
local lunette = require "lunette"
local regex = require "lunette.regex"
local stats = require "lunette.stats"
print("testing match")

-- 1: regex, rows of { id, pattern, flags, subject, expected find() results }
local FIND = {
  { "1.1", "(\\d+) soldats", "", "plus de 11 soldats", { 9, 18, "11" } },
  { "1.2", "soldats", "i", "SOLDATS", { 1, 7 } },
  { "1.3", "coree du nord", "ia", "la CORÉE du Nord", { 4, 17 } },
  { "1.4", "[ée]t[ée]", "", "un été", { 4, 8 } },
  { "1.5", "ete", "a", "un été", { 4, 8 } },
  { "1.6", "(?<n>\\d+)(?: (?<u>%))?", "", "à 60 %", { 4, 7, "60", "%" } },
  { "1.7", "^b", "m", "a\nb", { 3, 3 } },
  { "1.8", "a.b", "s", "a\nb", { 1, 3 } },
  { "1.9", "x", "", "a\255\254x", { 4, 4 } },                 -- invalid UTF-8 before the match
  { "1.10", "\\p{Lu}\\p{Ll}+", "", "la Corée", { 4, 9 } },
  { "1.11", "(a)|(b)", "", "b", { 1, 1, false, "b" } },
  { "1.12", "z", "", "abc", { nil } },
}
for _, c in ipairs(FIND) do
  H.eq(c[1] .. " find " .. c[2], table.pack(regex.new(c[2], c[3]):find(c[4])), table.pack(table.unpack(c[5], 1, #c[5] > 0 and #c[5] or 1)))
end
local re = lunette.regex("(?<n>\\d+(?:\\s\\d{3})*)\\s(?<unit>soldats|obus)")
local m, s, e = re:match("envoyé 11 000 soldats et 8 obus")
H.eq("1.13 match, named captures", { m[0], m[1], m.n, m[2], m.unit, s, e },
     { "11 000 soldats", "11 000", "11 000", "soldats", "soldats", 9, 22 })
local got = {}
for st, en, n, u in re:gmatch("11 000 soldats, 8 obus, 3 soldats") do got[#got + 1] = { st, en, n, u } end
H.eq("1.14 gmatch with offsets and captures", got, { { 1, 14, "11 000", "soldats" }, { 17, 22, "8", "obus" }, { 25, 33, "3", "soldats" } })
H.eq("1.15 count", lunette.regex("\\d+"):count("1 22 333"), 3)
H.eq("1.16 count with empty matches", lunette.regex("x*"):count("axxb"), 4)
H.eq("1.17 gsub string", { lunette.regex("(\\d+) (soldats)"):gsub("11 soldats, 3 soldats", "%2 (%1)") }, { "soldats (11), soldats (3)", 2 })
H.eq("1.18 gsub table", (lunette.regex("NIS|KCNA"):gsub("le NIS et KCNA", { NIS = "renseignement" })), "le renseignement et KCNA")
H.eq("1.19 gsub function, n", { lunette.regex("\\d+"):gsub("1 2 3", function(d) return d * 10 end, 2) }, { "10 20 3", 2 })
H.eq("1.20 split", lunette.regex("\\s*[,;]\\s*"):split("a, b ;c,"), { "a", "b", "c", "" })
H.eq("1.21 gmatch from init", (lunette.regex("\\d"):gmatch("1a2b3", 3)()), 3)
H.check("1.22 cached", lunette.regex("\\d+") == lunette.regex("\\d+"))
H.check("1.23 jit", lunette.regex("\\d+"):info().jit == true)
local n = 0
for _ in lunette.regex("."):gmatch(("x"):rep(100)) do n = n + 1; if n == 3 then break end end
H.eq("1.24 break out of gmatch", n, 3)

-- 2: errors and limits
H.check_error("2.1 bad pattern names the offset", "bad pattern at 4: missing closing parenthesis", lunette.regex, "ab(c")
H.check_error("2.2 unknown flag", "unknown regex flag 'q'", lunette.regex, "x", "q")
local runaway = regex.new("(a+)+$")
H.check_error("2.3 runaway pattern stops at a limit", "limit", runaway.find, runaway, ("a"):rep(100000) .. "b")
local subject = ("a"):rep(16) .. "b"        -- 2^16 steps: fine by default, not under 1000
H.eq("2.5 default limits let it finish", regex.new("(a+)+$", "m"):find(subject), nil)
local small = regex.new("(a+)+$", "m"):set_limits{ match = 1000 }
H.check_error("2.6 limits set from Lua", "match limit exceeded", small.find, small, subject)
H.eq("2.9 try returns nil, message", { regex.try("(", "") }, { nil, "bad pattern at 1: missing closing parenthesis" })
local c = lunette.core.regex("x")
c:close()
H.check_error("2.7 use after close", "attempt to use a closed lunette.Regex", c.find, c, "x")
do local d <close> = lunette.core.regex("y"); H.eq("2.8 <close>", d:count("yy"), 2) end

-- 3: phrase dictionaries
local ph = lunette.phrases{
  { "Corée du Nord", type = "place" }, { "Corée", type = "place" },
  { "Kim Jong-un", type = "person", id = "Q56226" }, { "du Nord", type = "other" }, "État-major interarmées",
}
local text = "La CORÉE DU NORD et Kim Jong-un ; la Coree du nord. L'état-major interarmées."
local found = {}
for st, en, entry in ph:gmatch(text) do found[#found + 1] = { text:sub(st, en), entry.type or "-", st, en } end
H.eq("3.1 leftmost-longest, folded", found, { { "CORÉE DU NORD", "place", 4, 17 }, { "Kim Jong-un", "person", 22, 32 },
  { "Coree du nord", "place", 39, 51 }, { "état-major interarmées", "-", 56, 79 } })
H.eq("3.2 overlapping", #ph:find_all(text, { overlapping = true }), 8)
H.eq("3.3 count", ph:count(text), 4)
H.eq("3.4 entry data", ph:find_all("Kim Jong-un")[1].entry.id, "Q56226")
do  -- over a text analyzed already (lunette.Doc): the same occurrences
  local doc = lunette.analyzer{ lang = "fr" }._c:doc(text)
  H.eq("3.4b find_doc equals find_all", ph:find_doc(doc), ph:find_all(text))
  H.eq("3.4c find_doc, overlapping", ph:find_doc(doc, { overlapping = true }), ph:find_all(text, { overlapping = true }))
end
do  -- a phrase with a mark in it: the mark must match, and only it
  local marks = lunette.phrases{ { "Paris - Berlin", type = "line" }, { "A + B" } }
  H.eq("3.4d phrase with a punctuation mark", #marks:find_all("le train Paris - Berlin part"), 1)
  H.eq("3.4e another mark in its place", #marks:find_all("le train Paris , Berlin part"), 0)
  H.eq("3.4f a symbol", #marks:find_all("A + B = C"), 1)
end
do  -- words searched are cached as written: an entry added later must still be found
  local grow = lunette.phrases{ { "Séoul" } }
  local t = "À Séoul et à Pyongyang, PYONGYANG dit"
  H.eq("3.4g before the entry", #grow:find_all(t), 1)
  grow:add{ "Pyongyang", type = "place" }
  H.eq("3.4h after the entry", #grow:find_all(t), 3)
  H.eq("3.4i same ids after more searches", #grow:find_all(t), 3)
end
local bad = lunette.phrases{ { "..." }, { "" } }
H.eq("3.5 phrases with no token are reported", #bad.skipped, 1)
local dir = H.tmpdir()
H.write(dir .. "/g.tsv", "phrase\ttype\tid\tvalue\nOTAN\torg\tQ7184\t\nNations unies\torg\t\t\n")
H.write(dir .. "/g.csv", 'phrase,type,id,value\n"Séoul, Corée du Sud",place,,\nNIS,org,,"Service national"\n')
H.eq("3.6 TSV", lunette.phrases(dir .. "/g.tsv"):find_all("l'Otan et les nations unies")[2].entry[1], "Nations unies")
H.eq("3.7 CSV with quotes", lunette.phrases(dir .. "/g.csv"):find_all("à Séoul, Corée du Sud selon le NIS")[2].entry.value,
     "Service national")
local big = {}
for i = 1, 100000 do big[i] = { ("entité numéro %d"):format(i), id = i } end
local bigph = lunette.phrases(big)
H.eq("3.8 100 000 entries", { bigph:size(), bigph:find_all("selon l'entité numéro 99999 hier")[1].entry.id }, { 100000, 99999 })
os.execute("rm -rf '" .. dir .. "'")

-- 4: token patterns: { id, pattern, text, matched texts }
local PAT = {
  { "4.1", '[type=number] [term~"^(soldats?|militaires?|hommes|troupes)$"]',
    "Pyongyang a envoyé 11 000 soldats, puis quelque 3 000 autres et 500 militaires.", { "11 000 soldats", "500 militaires" } },
  { "4.2", '"selon" ([upper] | [term="le"|"la"|"les"])+', "Selon le NIS, et selon les services, selon eux.",
    { "Selon le NIS", "selon les" } },
  { "4.3", '[type=number & value>=1000]', "3 soldats, 11 000 hommes et 2,5 millions", { "11 000" } },
  { "4.4", '[lower="corée"] "du" ("nord" | "sud")', "La Corée du Sud et la CORÉE du Nord", { "Corée du Sud", "CORÉE du Nord" } },
  { "4.5", '[stem="soldat"]{2}', "soldats soldat soldats", { "soldats soldat" } },
  { "4.6", '"plus" "de"? [type=number]', "plus de 10 000 et plus 20", { "plus de 10 000", "plus 20" } },
  { "4.7", '[type=number] [] [type=word]', "Il y en a 3. Autres.", { "3. Autres" } },
  { "4.7b", '[type=number] [] [type=word] within sentence', "Il y en a 3. Autres.", {} },
  { "4.8", '[word~"^[A-Z]{2,}$"]', "Le NIS et l'OTAN", { "NIS", "OTAN" } },
  { "4.9", '[allcaps & !type=punct]', "Le NIS et KCNA", { "NIS", "KCNA" } },
  { "4.10", '[type="date"]', "le 27/01/2025", { "27/01/2025" } },
}
for _, row in ipairs(PAT) do
  local texts = {}
  for mt in lunette.pattern(row[2]):gmatch(row[3]) do texts[#texts + 1] = mt.text end
  H.eq(row[1] .. " " .. row[2], texts, row[4])
end
local mt = lunette.pattern('n:[type=number] u:[type=word]{1,2} within sentence'):find_all("Environ 11 000 soldats nord-coréens. 3.")[1]
H.eq("4.11 captures", { mt.captures.n.text, mt.captures.u.text, mt.captures.u.first, mt.captures.u.last }, { "11 000", "soldats nord-coréens", 3, 4 })
H.check("4.12 explain, match", lunette.pattern('"selon" [upper]'):explain("Hier, selon Séoul."):find("match tokens 3-4: selon Séoul", 1, true))
H.check("4.13 explain, no match",
  lunette.pattern('"selon" [upper]+'):explain("Selon des sources."):find('stopped at token 2 "des" (type=word term=des stem=de), which fails [upper]', 1, true))
H.check_error("4.14 bad pattern", "bad token pattern at 2: unknown attribute 'bogus'", lunette.pattern, "[bogus=1]")
H.check_error("4.15 bad regex inside", "bad token pattern at 7: bad pattern at 1: missing closing parenthesis", lunette.pattern, '[term~"("]')
H.check_error("4.16 unbalanced", "bad token pattern at 9: expected ']'", lunette.pattern, '[type=x ')
H.check_error("4.17 bad repetition", "bad repetition {3,1}", lunette.pattern, '[]{3,1}')

local explode = lunette.pattern('([]+)+ "zzz"')
local long = ("mot "):rep(300)
H.check_error("4.18 an exploding pattern stops at a limit", "match limit exceeded", explode.find_all, explode, long)

-- 4b: the same patterns as Lua tables
local TPAT = {
  { "4.20", { { type = "number" }, { term_re = "^(soldats?|militaires?|hommes|troupes)$" } },
    "Pyongyang a envoyé 11 000 soldats, puis quelque 3 000 autres et 500 militaires.", { "11 000 soldats", "500 militaires" } },
  { "4.21", { { term = "selon" }, { any = { { { upper = true } }, { { term = { "le", "la", "les" } } } }, op = "+" } },
    "Selon le NIS, et selon les services, selon eux.", { "Selon le NIS", "selon les" } },
  { "4.22", { { type = "number", value = { min = 1000 } } }, "3 soldats, 11 000 hommes", { "11 000" } },
  { "4.23", { { lower = "corée" }, { term = "du" }, { term = { "nord", "sud" } } }, "La Corée du Sud et la CORÉE du Nord",
    { "Corée du Sud", "CORÉE du Nord" } },
  { "4.24", { { term = "plus" }, { term = "de", op = "?" }, { type = "number" } }, "plus de 10 000 et plus 20",
    { "plus de 10 000", "plus 20" } },
  { "4.25", { { type = "number" }, {}, { type = "word" }, within = true }, "Il y en a 3. Autres.", {} },
}
for _, row in ipairs(TPAT) do
  local texts = {}
  for hit in lunette.pattern(row[2]):gmatch(row[3]) do texts[#texts + 1] = hit.text end
  H.eq(row[1] .. " table pattern", texts, row[4])
end
local tm = lunette.pattern{ { type = "number", name = "n" }, { type = "word", op = "{1,2}", name = "u" } }:find_all("Environ 11 000 soldats nord-coréens.")[1]
H.eq("4.26 table captures", { tm.captures.n.text, tm.captures.u.text }, { "11 000", "soldats nord-coréens" })
H.check_error("4.27 table: unknown key", "bad token pattern at 1.2: unknown key 'colour'", lunette.pattern, { { type = "number" }, { colour = "red" } })
H.check_error("4.28 table: bad regex", "bad token pattern at 1.1: bad pattern at 1", lunette.pattern, { { term_re = "(" } })

-- 5: statistics formulas against values computed independently (Python)
H.check("5.1 LL", math.abs(stats.ll2x2(10, 90, 20, 880) - 12.64901579080787) < 1e-9)
H.check("5.2 LL with a zero cell", math.abs(stats.ll2x2(5, 0, 1, 100) - 34.893629919087175) < 1e-9)
H.check("5.3 log ratio", math.abs(stats.log_ratio(10, 100, 20, 900) - 2.169925001442312) < 1e-12)
H.eq("5.4 cooc", { lunette.analyzer{}._c:cooc("a b c soldats d e. f soldats g", "soldats", 2) },
     { { b = 1, c = 1, d = 1, e = 2, f = 1, g = 1 }, 2, 7 })

-- {====== grep -c over a file, streamed, with threads reading parts of it
-- 2 MB of lines of every length, a match on every 7th, a 700 KB line across the
-- part boundaries with its match at its end, and a last line without "\n".
do
  local lines = {}
  for i = 1, 9000 do
    if i == 2500 then lines[#lines + 1] = ("x"):rep(700000) .. " 11 000 soldats" end
    lines[#lines + 1] = ("ligne %d %s%s"):format(i, ("y"):rep(i * 37 % 300),
      i % 7 == 0 and " 11 000 soldats" or "")
  end
  lines[#lines + 1] = "fin 11 000 soldats"
  local body = table.concat(lines, "\n")
  local want = 0
  for _, l in ipairs(lines) do if l:find("11 000 soldats", 1, true) then want = want + 1 end end
  local path = os.tmpname()
  local f = assert(io.open(path, "wb"))
  f:write(body)
  f:close()
  local lre = lunette.regex("\\d+ 000 soldats")
  H.eq("6.1 lines(text, true)", lre:lines(body, true), want)
  for _, k in ipairs({ 1, 2, 3, 5, 8 }) do
    H.eq("6.2 count_file, threads " .. k, lre:count_file(path, k), want)
  end
  H.eq("6.3 count_file, no match", lunette.regex("zorglub"):count_file(path, 3), 0)
  local none, err = lre:count_file(path .. ".missing", 2)
  H.check("6.4 count_file, missing file", none == nil and err:find("missing", 1, true) ~= nil, err)
  os.remove(path)
end
-- }======

os.exit(H.report("test_match"))
