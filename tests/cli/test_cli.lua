-- test_cli.lua: end-to-end tests of the lunette command on corpus/ and on bad
-- input, each with its exact output, message and exit status.
-- usage: lua5.4 tests/cli/test_cli.lua [LUNETTE]   (run from the repository root)
local H = dofile("tests/lua/helper.lua")
local BIN = arg[1] or "./lunette"
local ROOT = io.popen("pwd"):read("l")
if BIN:sub(1, 1) ~= "/" then BIN = ROOT .. "/" .. BIN end
print("testing cli with " .. BIN)

local dir = H.tmpdir()
local DB = dir .. "/t.db"
local function q(s) return "'" .. s:gsub("'", "'\\''") .. "'" end
local function readf(p) local f = io.open(p, "rb"); if not f then return nil end local s = f:read("a"); f:close(); return s end

--- run a shell command line (BIN and DB substituted); returns status, stdout, stderr
local function run(cmd, stdin, env)
  cmd = cmd:gsub("%$BIN", q(BIN)):gsub("%$DB", q(DB)):gsub("%$DIR", q(dir))
  if stdin then H.write(dir .. "/stdin", stdin) end
  local line = ("cd %s && (%s %s) < %s > %s/out 2> %s/err"):format(q(ROOT), env or "", cmd,
    stdin and q(dir .. "/stdin") or "/dev/null", q(dir), q(dir))
  local _, _, status = os.execute(line)
  return status, readf(dir .. "/out"), readf(dir .. "/err")
end

local function case(id, cmd, want, stdin, env)
  local status, out, err = run(cmd, stdin, env)
  local ok = true
  if want.exit and status ~= want.exit then ok = false end
  if want.out and out ~= want.out then ok = false end
  if want.err and err ~= want.err then ok = false end
  for _, s in ipairs(want.out_has or {}) do if not out:find(s, 1, true) then ok = false end end
  for _, s in ipairs(want.err_has or {}) do if not err:find(s, 1, true) then ok = false end end
  if want.golden then
    local g = readf("tests/golden/" .. want.golden)
    if os.getenv("LUNETTE_GOLDEN") == "write" then H.write("tests/golden/" .. want.golden, out); g = out end
    if out ~= g then ok = false end
  end
  H.check(id, ok, ("%s\n  exit %s\n  stdout: %s\n  stderr: %s"):format(cmd, tostring(status),
    (out or ""):sub(1, 600), (err or ""):sub(1, 600)))
  return out, err
end

-- 1: ingest, idempotent, and what the corpus holds
case("1.1 ingest", "$BIN --db $DB ingest corpus", { exit = 0, out = "5 added, 0 updated, 0 unchanged, 0 skipped\n", err = "" })
case("1.2 ingest again", "$BIN ingest --db $DB corpus/", { exit = 0, out = "0 added, 0 updated, 5 unchanged, 0 skipped\n" })
case("1.3 LUNETTE_DB", "$BIN ingest corpus/002_7b5495d69e18ed18.txt",
     { exit = 0, out = "0 added, 0 updated, 1 unchanged, 0 skipped\n" }, nil, "LUNETTE_DB=" .. q(DB))
case("1.4 extract meta from the database", "$BIN --db $DB extract meta --format jsonl", { exit = 0, golden = "extract_meta.jsonl" })
case("1.5 extract meta from files", "$BIN extract meta corpus/000_45b0a500611b074f.txt corpus/002_7b5495d69e18ed18.txt --format csv",
     { exit = 0, golden = "extract_meta_files.csv" })
case("1.6 overview", "$BIN --db $DB report overview", { exit = 0, golden = "overview.txt" })
case("1.7 search", "$BIN --db $DB search coreen --format jsonl --limit 3", { exit = 0, golden = "search_coreen.jsonl" })
case("1.8 search a grouped number", "$BIN search '\"11 000\"' --db $DB --format csv", { exit = 0, golden = "search_11000.csv" })
case("1.9 kwic", "$BIN --db $DB kwic coreen --width 30 --format tsv", { exit = 0, golden = "kwic_coreen.tsv" })
case("1.10 kwic sorted, phrase", "$BIN kwic 'Corée du Nord' --db $DB --sort 1R --limit 5 --width 20",
     { exit = 0, golden = "kwic_coree_du_nord.txt", err = "5 hits\n" })
case("1.11 report kwic", "$BIN --db $DB report kwic nis --format jsonl", { exit = 0, golden = "kwic_nis.jsonl" })
case("1.12 list", "$BIN list", { exit = 0, out_has = { "kwic", "overview", "documents, words, sentences" } })
case("1.13 tokens", "$BIN tokens - --format jsonl", { exit = 0, golden = "tokens.jsonl" },
     "L’armée a-t-elle envoyé 11 000 soldats le 27/01/2025 ?")
case("1.14 tokens --count", "$BIN tokens --count corpus/000_45b0a500611b074f.txt corpus/001_0dc4f03766a95fab.txt",
     { exit = 0, out = "907 tokens, 5100 bytes\n" })
case("1.14b tokens --count, a missing file", "$BIN tokens --count $DIR/none.txt",
     { exit = 1, err = "lunette: " .. dir .. "/none.txt: No such file or directory\n" })
case("1.15 search table", "$BIN --db $DB search 'NIS AND drones' --format table",
     { exit = 0, out_has = { "doc  published  title", "[NIS]" } })

-- 1b: matching and statistics (corpus/ only: a fresh database)
local CDB = dir .. "/c.db"
run("$BIN --db " .. q(CDB) .. " ingest corpus")
local C = "$BIN --db " .. q(CDB) .. " "
case("1.16 freq", C .. "freq --stop --limit 12 --format tsv", { exit = 0, golden = "freq.tsv" })
case("1.17 freq, stems", C .. "freq --stem --stop --limit 8 --format csv", { exit = 0, golden = "freq_stem.csv" })
case("1.18 ngrams", C .. "ngrams 3 --limit 10 --format tsv", { exit = 0, golden = "ngrams3.tsv" })
do  -- a limit sorts only the most frequent (from a histogram of the counts): the first rows of all
  local function first(text, n)
    local lines = {}
    for l in text:gmatch("[^\n]+") do if #lines <= n then lines[#lines + 1] = l end end
    return table.concat(lines, "\n")
  end
  for _, c in ipairs{ "ngrams 2", "ngrams 1 --min 1", "freq", "freq --stop" } do
    local _, all = run(C .. c .. " --limit 0 --format tsv")
    for _, n in ipairs{ 1, 7, 40 } do
      local _, top = run(C .. c .. " --limit " .. n .. " --format tsv")
      H.eq("1.18b " .. c .. " --limit " .. n .. " is the top of --limit 0", first(top, n), first(all, n))
    end
  end
end
case("1.19 collocates", C .. "collocates soldats --stop --limit 10 --format tsv", { exit = 0, golden = "collocates_soldats.tsv" })
case("1.20 keyness", C .. "keyness --where 'author IS NULL' --stop --limit 10 --format tsv", { exit = 0, golden = "keyness.tsv" })
case("1.21 kwic regex", C .. "kwic '/\\d+(?:\\s\\d{3})+ (?:soldats|hommes|militaires)/' --format tsv", { exit = 0, golden = "kwic_regex.tsv" })
case("1.22 kwic token pattern", C .. "kwic '\"selon\" ([upper] | [term=\"le\"|\"la\"|\"les\"])+' --format tsv --sort 1R",
     { exit = 0, golden = "kwic_pattern.tsv" })
case("1.23 kwic bad regex", C .. "kwic '/a(/'", { exit = 2, err = "lunette: kwic: bad pattern at 2: missing closing parenthesis\n" })
case("1.24 kwic bad token pattern", C .. "kwic '[bogus=1]'",
     { exit = 2, err = "lunette: kwic: bad token pattern at 2: unknown attribute 'bogus' (in \"[bogus=1]\")\n" })
case("1.25 keyness needs --where", C .. "keyness",
     { exit = 2, err = "lunette: keyness: choose the documents with where= (SQL on documents)\n" })
case("1.26 collocates --help has the formulas", "$BIN collocates --help", { exit = 0, out_has = { "pmi       = log2(O11 / E11)" } })

case("1.32 extract figures", C .. "extract figures --format jsonl", { exit = 0, golden = "extract_figures.jsonl" })
case("1.33 extract sources, csv", C .. "extract sources --format csv", { exit = 0, golden = "extract_sources.csv" })
case("1.34 extract dates", C .. "extract dates --format tsv", { exit = 0, golden = "extract_dates.tsv" })
case("1.35 extract entities of a file", "$BIN extract entities corpus/003_f65f4b272ae20413.txt --format tsv",
     { exit = 0, golden = "extract_entities_003.tsv" })
case("1.36 extract all of a file", "$BIN extract all corpus/004_6af0ef2c71c73676.txt --format jsonl",
     { exit = 0, golden = "extract_all_004.jsonl" })
case("1.37 extract again does no work", "sqlite3 " .. q(CDB) .. " 'SELECT count(*) FROM annotations' && "
     .. C .. "extract figures --format jsonl > /dev/null && sqlite3 " .. q(CDB) .. " 'SELECT count(*) FROM annotations'",
     { exit = 0, out = "59\n59\n" })
case("1.37b eval all of the database against its own records (extract all, metadata passed over)",
     C .. "extract all --format jsonl > $DIR/all.jsonl && " .. C .. "eval all $DIR/all.jsonl --format csv",
     { exit = 0, out = "kind,gold,found,matched,precision,recall,f1\nfigures,18,18,18,1.000,1.000,1.000\n"
       .. "dates,12,12,12,1.000,1.000,1.000\nsources,29,29,29,1.000,1.000,1.000\n"
       .. "entities,171,171,171,1.000,1.000,1.000\n" })
-- the HTML report, opened in headless Chromium: the DOM it builds is checked
case("1.38 figures report", C .. "report figures --unit soldat --format tsv", { exit = 0, golden = "report_figures_soldats.tsv" })
case("1.39 figures report, HTML", C .. "report figures --format html -o " .. q(dir .. "/figures.html"), { exit = 0, out = "" })
local chrome = "chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking "
  .. "--disable-component-update --disable-sync --user-data-dir=" .. q(dir .. "/chrome")
local dom = case("1.40 Chromium opens it", "timeout 120 " .. chrome .. " --dump-dom " .. q("file://" .. dir .. "/figures.html")
  .. " 2>/dev/null", { exit = 0, out_has = { "<h1>Figures reported</h1>", "18 figures in 5 documents", "25 000 à 30 000 soldats",
  '<svg xmlns="http://www.w3.org/2000/svg" class="timeline"', "certaines informations" } })
local _, rows = (dom or ""):gsub('<table class="figures">.-</table>', function(t) local _, n = t:gsub("<tr>", ""); return tostring(n) end)
local trs = 0
for tbl in (dom or ""):gmatch('<table class="figures">(.-)</table>') do for _ in tbl:gmatch("<tr>") do trs = trs + 1 end end
H.eq("1.41 one table row per figure and a header per noun", { trs, rows }, { 18 + 11, 11 })
case("1.42 Chromium renders it", "timeout 120 " .. chrome .. " --window-size=1200,1600 --screenshot=" .. q(dir .. "/figures.png")
  .. " " .. q("file://" .. dir .. "/figures.html") .. " >/dev/null 2>&1 && test -s " .. q(dir .. "/figures.png"), { exit = 0 })
case("1.43 sources report", C .. "report sources --format tsv", { exit = 0, golden = "report_sources.tsv" })
case("1.44 dupes report", C .. "report dupes --min-similarity 0.2 --format tsv", { exit = 0, golden = "report_dupes.tsv" })
case("1.45 entities report", C .. "report entities --limit 15 --format tsv", { exit = 0, golden = "report_entities.tsv" })
case("1.46 entities report, people", C .. "report entities --type person --format csv", { exit = 0, golden = "report_entities_person.csv" })
case("1.47 extract, nothing readable", "$BIN extract dates $DIR/none.txt",
     { exit = 1, out = "", err = "lunette: skipped " .. dir .. "/none.txt: no such file or folder\n" })
case("1.48 extract, one file read without dates, one skipped", "$BIN extract dates corpus/004_6af0ef2c71c73676.txt $DIR/none.txt --format jsonl",
     { exit = 0, out = "", err = "lunette: skipped " .. dir .. "/none.txt: no such file or folder\n" })
case("1.27 grep", "$BIN grep -a -i 'coree du nord' corpus/001_0dc4f03766a95fab.txt",
     { exit = 0, out_has = { "5:La Corée du Nord enverra plus d'armes et de troupes à la Russie\n" } })
case("1.28 grep -c, several files", "$BIN grep -c 'soldats' corpus/000_45b0a500611b074f.txt corpus/003_f65f4b272ae20413.txt",
     { exit = 0, out = "corpus/000_45b0a500611b074f.txt:1\ncorpus/003_f65f4b272ae20413.txt:0\n" })
case("1.29 grep, no match", "$BIN grep 'zorglub' corpus/000_45b0a500611b074f.txt", { exit = 1, out = "" })
case("1.30 grep, runaway pattern", "$BIN grep -c '(a+)+$' -", { exit = 1, err_has = { "match limit exceeded" } },
     ("a"):rep(100000) .. "b")
do  -- grep -c with threads: a 1.5 MB file, 4000 matching lines, then a runaway line at the end
  local lines = {}
  for i = 1, 20000 do lines[i] = ("ligne %d%s %s"):format(i, i % 5 == 0 and " soldats" or "", ("x"):rep(i % 120)) end
  H.write(dir .. "/big.txt", table.concat(lines, "\n") .. "\n")
  H.write(dir .. "/runaway.txt", table.concat(lines, "\n") .. "\n" .. ("a"):rep(100000) .. "b\n")
end
case("1.32 grep -c -j 3 over a large file", "$BIN grep -c -j 3 soldats $DIR/big.txt", { exit = 0, out = "4000\n" })
case("1.33 grep -c -j 1 over the same file", "$BIN grep -c -j 1 soldats $DIR/big.txt", { exit = 0, out = "4000\n" })
-- tokens --count streams the file in blocks of 1 MiB and the rest of their line: 20 000 "ligne",
-- 20 000 numbers, 4 000 "soldats", 19 834 runs of x (none when i % 120 == 0), from a file or stdin
case("1.33b tokens --count over blocks", "$BIN tokens --count $DIR/big.txt", { exit = 0, out = "63834 tokens, 1469374 bytes\n" })
case("1.33c tokens --count from stdin", "$BIN tokens --count - < $DIR/big.txt",
     { exit = 0, out = "63834 tokens, 1469374 bytes\n" })
case("1.34 grep -c -j 2, runaway pattern in the last part", "$BIN grep -c -j 2 '(a+)+$' $DIR/runaway.txt",
     { exit = 1, err_has = { "match limit exceeded" } })
case("1.31 grep, bad pattern", "$BIN grep 'a(' corpus", { exit = 2, err = "lunette: grep: bad pattern at 2: missing closing parenthesis\n" })

-- 2: usage
case("2.1 no command", "$BIN", { exit = 2, out_has = { "Usage: lunette" } })
case("2.2 unknown command", "$BIN frobnicate", { exit = 2, err_has = { "unknown command 'frobnicate'" } })
case("2.3 ingest without paths", "$BIN ingest", { exit = 2, err_has = { "missing argument 'paths'" } })
for _, c in ipairs{ "ingest", "search", "tokens", "extract", "list", "repl" } do
  case("2.4 " .. c .. " --help", "$BIN " .. c .. " --help", { exit = 0, out_has = { "Usage: lunette " .. c, "--db" } })
end
case("2.5 run --help", "$BIN run --help", { exit = 0, out_has = { "Usage: lunette run" } })
case("2.6 report kwic --help", "$BIN report kwic --help", { exit = 0, out_has = { "Usage: lunette kwic" } })
case("2.7 unknown report", "$BIN report nope", { exit = 2, err = "lunette: no report named 'nope' (lunette list shows them)\n" })
case("2.8 bad format", "$BIN search x --format xml", { exit = 2, err_has = { "argument for option '--format' must be one of" } })
case("2.9 extract: unknown kind", "$BIN extract colours --db $DB",
     { exit = 2, err = "lunette: extract: unknown kind 'colours' (meta, figures, dates, sources, entities, all)\n" })
case("2.10 version", "$BIN --version", { exit = 0, out = "lunette 0.1.0\n" })
-- eval: precision, recall and F1 against annotated records (one gold value changed, one gold
-- record dropped, one made up: 7 of 9 either way)
case("2.11 eval figures against a gold file", "$BIN eval figures tests/data/eval_figures_002.jsonl "
     .. "corpus/002_7b5495d69e18ed18.txt --misses",
     { exit = 0, out = "kind     gold  found  matched  precision  recall  f1\n"
       .. "figures     9      9        7  0.778      0.778   0.778\n\n"
       .. "what    kind     doc                              start  end  text                     fields\n"
       .. "missed  figures  corpus/002_7b5495d69e18ed18.txt    348  370  environ 11 000 soldats   low=999 high=11000\n"
       .. "missed  figures  corpus/002_7b5495d69e18ed18.txt      5    9  Nord                     low=1 high=1\n"
       .. "extra   figures  corpus/002_7b5495d69e18ed18.txt     96  120  25 000 à 30 000 soldats  low=25000 high=30000\n"
       .. "extra   figures  corpus/002_7b5495d69e18ed18.txt    348  370  environ 11 000 soldats   low=11000 high=11000\n" })
case("2.12 eval: a gold line that is no record", "printf '{\"doc\":1}\\n' > $DIR/bad.jsonl && "
     .. "$BIN eval dates $DIR/bad.jsonl corpus/002_7b5495d69e18ed18.txt",
     { exit = 1, err = "lunette: eval: " .. dir .. "/bad.jsonl:1: not a record with doc, start and end: {\"doc\":1}\n" })
case("2.13 eval: unknown kind", "$BIN eval meta $DIR/bad.jsonl",
     { exit = 2, err = "lunette: eval: unknown kind 'meta' (figures, dates, sources, entities, all)\n" })

-- 3: bad input never loses data
os.execute("mkdir -p " .. q(dir .. "/in/empty-folder"))
H.write(dir .. "/in/empty.txt", "")
H.write(dir .. "/in/binary.txt", "abc\0def")
H.write(dir .. "/in/bad-utf8.txt", "Titre\n\nUn caf\195\169 \255 et la suite.")
H.write(dir .. "/in/latin1.txt", "Titre\n\nUn caf\233 \224 Montr\233al.")
H.write(dir .. "/in/crlf.txt", "\239\187\191Titre\r\n\r\nLigne un.\r\nLigne deux.\r\n")
H.write(dir .. "/in/lines.jsonl", '{"text": "Texte un."}\n{pas du json}\n{"text": "Texte deux.", "id": "b"}\n')
H.write(dir .. "/in/notes.pdf", "%PDF")
local before = select(2, run("sqlite3 $DB 'SELECT count(*) FROM documents'"))
case("3.1 missing path", "$BIN --db $DB ingest $DIR/nope.txt",
     { exit = 1, out = "0 added, 0 updated, 0 unchanged, 1 skipped\n", err = "lunette: skipped " .. dir .. "/nope.txt: no such file or folder\n" })
case("3.2 empty file", "$BIN --db $DB ingest $DIR/in/empty.txt",
     { exit = 1, err = "lunette: skipped " .. dir .. "/in/empty.txt: empty file\n" })
case("3.3 binary file", "$BIN --db $DB ingest $DIR/in/binary.txt",
     { exit = 1, err = "lunette: skipped " .. dir .. "/in/binary.txt: binary file (NUL byte at byte offset 3)\n" })
case("3.4 folder with no text files", "$BIN --db $DB ingest $DIR/in/empty-folder",
     { exit = 1, err = "lunette: skipped " .. dir .. "/in/empty-folder: no text files (.txt .md .html .jsonl) in this folder\n" })
case("3.5 unknown file type", "$BIN --db $DB ingest $DIR/in/notes.pdf",
     { exit = 1, err = "lunette: skipped " .. dir .. "/in/notes.pdf: not a known text file type (.txt .md .html .jsonl)\n" })
case("3.6 invalid UTF-8", "$BIN --db $DB ingest $DIR/in/bad-utf8.txt",
     { exit = 0, out = "1 added, 0 updated, 0 unchanged, 0 skipped\n",
       err = "lunette: warning: " .. dir .. "/in/bad-utf8.txt: 1 invalid UTF-8 sequence replaced by U+FFFD (first at byte offset 16)\n" })
case("3.7 repaired body, raw kept", "sqlite3 $DB \"SELECT body, hex(raw), encoding FROM documents WHERE path LIKE '%bad-utf8.txt'\"",
     { out = "Un café \239\191\189 et la suite.|54697472650A0A556E20636166C3A920FF206574206C612073756974652E|utf-8 (repaired)\n" })
case("3.8 Latin-1", "$BIN --db $DB ingest $DIR/in/latin1.txt",
     { exit = 0, err = "lunette: warning: " .. dir .. "/in/latin1.txt: not UTF-8 (first non-UTF-8 byte at offset 13): read as Windows-1252\n" })
case("3.9 transcoded", "sqlite3 $DB \"SELECT body, encoding FROM documents WHERE path LIKE '%latin1.txt'\"",
     { out = "Un café à Montréal.|windows-1252\n" })
case("3.10 CRLF and BOM", "$BIN --db $DB ingest $DIR/in/crlf.txt && sqlite3 $DB \"SELECT title || '/' || body FROM documents WHERE path LIKE '%crlf.txt'\"",
     { exit = 0, out = "1 added, 0 updated, 0 unchanged, 0 skipped\nTitre/Ligne un.\nLigne deux.\n" })
case("3.11 JSONL with a bad line", "$BIN --db $DB ingest $DIR/in/lines.jsonl",
     { exit = 0, out = "2 added, 0 updated, 0 unchanged, 1 skipped\n",
       err_has = { "lunette: skipped " .. dir .. "/in/lines.jsonl:2: not a JSON object: Expected object key string but found invalid token at character 2" } })
case("3.11b huge file", "$BIN --db $DB ingest --max-size 20 $DIR/in/latin1.txt",
     { exit = 1, err = "lunette: skipped " .. dir .. "/in/latin1.txt: too large (26 bytes; the limit is 20, see --max-size)\n" })
case("3.12 folder walk", "$BIN --db $DB ingest $DIR/in",
     { exit = 0, out = "0 added, 0 updated, 5 unchanged, 3 skipped\n" })
case("3.14 nothing lost", "sqlite3 $DB 'SELECT count(*) FROM documents'", { out = tostring(tonumber(before) + 5) .. "\n" })
-- an extractor's Lua error on one document (a rule, or a user's): that document and kind said, the rest
-- printed and stored, exit 1 (a script breaks the sources extractor on a text holding BOOM, then runs the CLI)
H.write(dir .. "/boom.txt", "Titre\n\nBOOM. Selon le NIS, 4 000 soldats.")
H.write(dir .. "/calm.txt", "Titre\n\nSelon le NIS, 5 000 soldats.")
H.write(dir .. "/boom.lua", [[
local m = require("lunette.extract").modules.sources
local orig = m.extract
m.extract = function(text, ctx) if text:find("BOOM") then error("rule broke") end return orig(text, ctx) end
os.exit(require("lunette.cli").main(arg))
]])
case("3.15 an extractor failing on a file", "$BIN run $DIR/boom.lua extract sources $DIR/boom.txt $DIR/calm.txt",
     { exit = 1, out_has = { '{"doc":"' .. dir .. '/calm.txt","start":0,"end":12,"text":"Selon le NIS","source":"NIS"' },
       err_has = { "lunette: extract: " .. dir .. "/boom.txt: the sources extractor failed, its records left out: ",
                   "rule broke" } })
case("3.16 ... and on a stored document", "$BIN --db $DIR/boom.db ingest $DIR/boom.txt $DIR/calm.txt > /dev/null && "
     .. "$BIN run $DIR/boom.lua --db $DIR/boom.db extract sources",
     { exit = 1, out_has = { '{"doc":2,"start":0,"end":12,"text":"Selon le NIS","source":"NIS"' },
       err_has = { "lunette: extract: document 1 (" .. dir .. "/boom.txt): the sources extractor failed" } })
case("3.17 ... tried again when it works", "$BIN --db $DIR/boom.db extract sources --format csv",
     { exit = 0, out_has = { "1,6,18,Selon le NIS,NIS,Selon", "2,0,12,Selon le NIS,NIS,Selon" } })

-- 4: scripts
H.write(dir .. "/syntax.lua", "local x = \nlocal = 3\n")
H.write(dir .. "/boom.lua", table.concat({
  'local lunette = require "lunette"',
  "local c = assert(lunette.open())",
  "c:exec(\"INSERT INTO runs (script) VALUES ('boom')\")",
  "c:transaction(function()",
  "  c:annotate(1, 'figure', 0, 1, nil)",
  "  error('the script failed')",
  "end)" }, "\n"))
H.write(dir .. "/ok.lua", 'local lunette = require "lunette"\nlocal c <close> = assert(lunette.open())\n'
  .. 'print(select("#", ...), arg[0]:match("[^/]*$"), arg[1], c:count())\n')
case("4.1 script", "$BIN --db $DB run $DIR/ok.lua a b", { exit = 0, out = "2\tok.lua\ta\t10\n" })
case("4.2 syntax error", "$BIN run $DIR/syntax.lua",
     { exit = 1, err = dir .. "/syntax.lua:2: unexpected symbol near 'local'\n" })
case("4.3 runtime error", "$BIN run --db $DB $DIR/boom.lua",
     { exit = 1, err_has = { dir .. "/boom.lua:6: the script failed\nstack traceback:", "boom.lua:4: in main chunk" } })
case("4.4 nothing kept from the failed transaction",
     "sqlite3 $DB \"SELECT count(*) FROM annotations; SELECT count(*) FROM runs WHERE script = 'boom'\"",
     { out = "0\n1\n" })
case("4.5 FTS syntax error", "$BIN --db $DB search 'AND ('",
     { exit = 2, out = "", err = 'lunette: search: bad query "AND (": fts5: syntax error near "AND"\n' })
case("4.6 repl", "$BIN --db $DB repl", { exit = 0, out_has = { "> 2\n", "> 10\n" } },
     "return 1 + 1\nreturn lunette.open():count()\n")
case("4.7b a report needs a database", "$BIN --db $DIR/none2.db report figures; s=$?; test ! -e $DIR/none2.db && exit $s",
     { exit = 1, err = "lunette: " .. dir .. "/none2.db: no such database (lunette ingest creates it; --db or LUNETTE_DB choose another)\n" })
case("4.7c so does the overview", "$BIN --db $DIR/none2.db report overview",
     { exit = 1, err = "lunette: " .. dir .. "/none2.db: no such database (lunette ingest creates it; --db or LUNETTE_DB choose another)\n" })
do  -- a German article: told German at ingest, its top terms read without German stopwords
  os.execute("mkdir -p " .. q(dir .. "/de"))
  H.write(dir .. "/de/truppen.txt", "Die Soldaten der Armee und die Truppen der Region sind seit dem Herbst in "
    .. "Russland. Die Soldaten kämpfen an der Front, sagte der Sprecher. Die Truppen bleiben.\n")
  local out = case("4.7d a German article's language and top terms",
                   "$BIN --db $DIR/de.db ingest $DIR/de >/dev/null && $BIN --db $DIR/de.db report overview --top 2",
                   { exit = 0, out_has = { "languages  de 1", "soldaten      2\n", "truppen       2\n" } })
  H.eq("4.7e no German stopword among them", (out or ""):find("\n%s*die%s") or (out or ""):find("\n%s*der%s"), nil)
  -- the extractors' grammar is French and English: a German article gets no records read
  -- with it (its nouns as names), and the user is told why it has none
  case("4.7f no entities from French rules in a German article, and why",
       "$BIN --db $DIR/de.db extract entities --format jsonl",
       { exit = 0, out = "", err = "lunette: extract: nothing extracted from documents in a language without rules "
         .. "(1 in de; rules: en, fr)\n" })
  local all = case("4.7g the same from the file: its metadata only", "$BIN extract all $DIR/de/truppen.txt --format jsonl",
                   { exit = 0, out_has = { '"kind":"meta"', '"lang":"de"' }, err_has = { "(1 in de; rules: en, fr)" } })
  H.eq("4.7h one record, the metadata", select(2, (all or ""):gsub("\n", "")), 1)
end
case("4.7 no database", "$BIN --db $DIR/none.db search x",
     { exit = 1, err = "lunette: " .. dir .. "/none.db: no such database (lunette ingest creates it; --db or LUNETTE_DB choose another)\n" })

-- 5: a database locked by another writer: wait, then a clear message
H.write(dir .. "/hold.lua", 'local lunette = require "lunette"\nlocal c = assert(lunette.open())\n'
  .. 'c:transaction(function() c:exec("INSERT INTO runs (script) VALUES (\'hold\')")\n'
  .. '  io.open(arg[1], "w"):close(); os.execute("sleep 4") end)\n')
os.execute(("cd %s && %s --db %s run %s %s >/dev/null 2>&1 &"):format(q(ROOT), q(BIN), q(DB),
  q(dir .. "/hold.lua"), q(dir .. "/held")))
for _ = 1, 100 do if readf(dir .. "/held") then break end os.execute("sleep 0.05") end
H.write(dir .. "/new.txt", "Titre\n\nNouveau texte.")
case("5.1 locked", "$BIN --db $DB ingest $DIR/new.txt",
     { exit = 1, err = "lunette: " .. DB .. ": database is locked: another process is writing to it; "
       .. "try again when it has finished (LUNETTE_BUSY_MS sets how long to wait)\n" }, nil, "LUNETTE_BUSY_MS=300")
os.execute("sleep 4")
case("5.2 free again", "$BIN --db $DB ingest corpus", { exit = 0, out = "0 added, 0 updated, 5 unchanged, 0 skipped\n" })

-- 5b: a killed ingest: what was committed stays consistent, a re-run completes it
os.execute("mkdir -p " .. q(dir .. "/many"))
for i = 1, 1500 do
  H.write(("%s/many/%04d.txt"):format(dir, i), ("Titre %d\n\nLe texte numéro %d parle de %d soldats."):format(i, i, i * 7))
end
local kdb = dir .. "/killed.db"
os.execute(("cd %s && (%s --db %s ingest --batch 1 %s >/dev/null 2>&1 & echo $! > %s)"):format(
  q(ROOT), q(BIN), q(kdb), q(dir .. "/many"), q(dir .. "/pid")))
local pid = readf(dir .. "/pid"):match("%d+")
for _ = 1, 200 do   -- wait for the first commits, then kill -9 in the middle
  local n = tonumber(select(2, run("sqlite3 " .. q(kdb) .. " 'SELECT count(*) FROM documents' 2>/dev/null")) or "")
  if n and n >= 10 then break end
  os.execute("sleep 0.02")
end
os.execute("kill -9 " .. pid .. " 2>/dev/null; sleep 0.2")
local kept = tonumber((select(2, run("sqlite3 " .. q(kdb) .. " 'SELECT count(*) FROM documents'"))))
H.check("5.3 killed mid-way", kept and kept >= 10 and kept < 1500, "kept " .. tostring(kept))
case("5.4 consistent after the kill", "sqlite3 " .. q(kdb) .. " 'PRAGMA integrity_check'", { out = "ok\n" })
case("5.5 the re-run completes it", "$BIN --db " .. q(kdb) .. " ingest $DIR/many",
     { exit = 0, out = ("%d added, 0 updated, %d unchanged, 0 skipped\n"):format(1500 - (kept or 0), kept or 0) })
case("5.6 no duplicate, index complete", "sqlite3 " .. q(kdb) .. " 'SELECT count(*), count(DISTINCT key) FROM documents' && "
     .. "$BIN --db " .. q(kdb) .. " search 'soldats' --limit 5000 --format csv | wc -l", { out = "1500|1500\n1501\n" })

-- 5c: a progress line when stderr is a terminal (script gives the command a pseudo-terminal)
case("5.7 progress on a terminal", "script -qec " .. q(q(BIN) .. " --db " .. q(dir .. "/prog.db") .. " ingest " .. q(dir .. "/many"))
     .. " /dev/null", { exit = 0, out_has = { "1500/1500 files", "MB/s  ETA 0s", "1500 added, 0 updated, 0 unchanged, 0 skipped" } })
case("5.8 no progress line into a pipe", "$BIN --db " .. q(dir .. "/prog2.db") .. " ingest " .. q(dir .. "/many"),
     { exit = 0, err = "", out = "1500 added, 0 updated, 0 unchanged, 0 skipped\n" })

-- 5d: hostile files: each is ingested (or skipped) and never hangs; timeout turns a hang into
-- a failure (exit 124), it is no measure of speed
os.execute("mkdir -p " .. q(dir .. "/hostile"))
local HOSTILE = {
  { "nospace.txt", ("a"):rep(2000000) }, { "spacerun.txt", "x" .. (" "):rep(2000000) .. "x\n" },
  { "brackets.txt", ("["):rep(1000000) }, { "links.txt", ("[a]("):rep(200000) }, { "stars.txt", ("*"):rep(1000000) },
  { "marks.txt", ("e\204\129"):rep(300000) }, { "digits.txt", ("1. "):rep(300000) }, { "bullets.txt", ("- a\n"):rep(200000) },
  { "commas.txt", ("Paris, le 3 " .. ("x, "):rep(50000) .. "\n"):rep(3) },
}
for k, h in ipairs(HOSTILE) do
  H.write(dir .. "/hostile/" .. h[1], h[2])
  case("5.9." .. k .. " hostile " .. h[1], "timeout 120 $BIN --db " .. q(dir .. "/hostile.db") .. " ingest " .. q(dir .. "/hostile/" .. h[1])
       .. " && timeout 120 $BIN --db " .. q(dir .. "/hostile.db") .. " extract figures --format jsonl > /dev/null",
       { exit = 0, out_has = { "1 added" } })
end

-- 6: plain Lua and install
case("6.1 plain lua5.4", "LUA_PATH='./lua/?.lua;./lua/?/init.lua;;' LUA_CPATH='./build/?.so;;' lua5.4 -e "
  .. q('local l = require "lunette"; local c = assert(l.open(os.getenv("DB"))); print(c:count(), l.analyzer{}:term("Coréens"))'),
  { exit = 0, out = "10\tcoreens\n" }, nil, "DB=" .. q(DB))
local dest = dir .. "/dest"
case("6.2 make install", "make -s install DESTDIR=" .. q(dest) .. " PREFIX=/opt/lt", { exit = 0 })
case("6.3 installed lunette finds its files", "cd / && env -u LUNETTE_HOME " .. q(dest .. "/opt/lt/bin/lunette") .. " list",
     { exit = 0, out_has = { "overview" } })
case("6.4 man page", "test -s " .. q(dest .. "/opt/lt/share/man/man1/lunette.1"), { exit = 0 })
case("6.4b bytecode installed", "test -s " .. q(dest .. "/opt/lt/share/lunette/luac/lunette/cli.luac"), { exit = 0 })
-- the bytecode of a module is used only when it is not older than its source,
-- and a bytecode file Lua refuses falls back to the source
do
  local tree = dir .. "/tree"
  os.execute("mkdir -p " .. q(tree .. "/build") .. " && cp -R lua " .. q(tree .. "/lua") .. " && cp -R build/luac " .. q(tree .. "/build/luac"))
  local home = "LUNETTE_HOME=" .. q(tree)
  local init, luac = q(tree .. "/lua/lunette/init.lua"), q(tree .. "/build/luac/lunette/init.luac")
  case("6.4c bytecode", "$BIN --version", { exit = 0, out = "lunette 0.1.0\n" }, nil, home)
  os.execute("sed -i 's/_VERSION = \"lunette 0.1.0\"/_VERSION = \"lunette edited\"/' " .. init .. " && touch -d '+1 minute' " .. init)
  case("6.4d an edited module is read from source", "$BIN --version", { exit = 0, out = "lunette edited\n" }, nil, home)
  os.execute("touch -d '+2 minutes' " .. luac)
  case("6.4e newer bytecode is used", "$BIN --version", { exit = 0, out = "lunette 0.1.0\n" }, nil, home)
  os.execute("printf '\\033Lua\\001junk' > " .. luac .. " && touch -d '+3 minutes' " .. luac)
  case("6.4f bytecode Lua refuses: the source", "$BIN --version", { exit = 0, out = "lunette edited\n" }, nil, home)
end

-- an unreadable file: as root, the installed copy runs as nobody (the
-- checkout itself may be unreadable to nobody)
os.execute("mkdir -p " .. q(dir .. "/in2") .. " && printf 'Titre\\n\\nSecret.' > " .. q(dir .. "/in2/secret.txt")
  .. " && chmod 000 " .. q(dir .. "/in2/secret.txt") .. " && chmod 777 " .. q(dir) .. " " .. q(dir .. "/in2"))
local asuser = io.popen("id -u"):read("l") == "0" and "setpriv --reuid=65534 --regid=65534 --clear-groups " or ""
case("6.5 unreadable file", "env -u LUNETTE_HOME " .. asuser .. q(dest .. "/opt/lt/bin/lunette") .. " --db $DIR/nobody.db ingest $DIR/in2/secret.txt",
     { exit = 1, err = "lunette: skipped " .. dir .. "/in2/secret.txt: cannot read: Permission denied\n" })
os.execute("rm -rf " .. q(dir))
os.exit(H.report("test_cli"))
