-- test_corpus.lua: the corpus API: schema, ingest, documents, query, search,
-- annotate, transactions, migrations, lifecycle; decoding of bad input.
local H = dofile((arg[0]:match("^(.*)/") or ".") .. "/helper.lua")
local lunette = require "lunette"
local ingest = require "lunette.ingest"
print("testing corpus")

local root = (arg[0]:match("^(.*)/tests/lua/") or ".")
local dir = H.tmpdir()
local dbpath = dir .. "/t.db"

-- 1: schema and first ingest
local c = assert(lunette.open(dbpath))
H.eq("1.1 user_version", c:one("PRAGMA user_version").user_version, 2)
H.eq("1.2 WAL", c:one("PRAGMA journal_mode").journal_mode, "wal")
local counts = c:ingest({ root .. "/corpus" })
H.eq("1.3 counts", counts, { added = 5, updated = 0, unchanged = 0, skipped = 0 })
H.eq("1.4 again: unchanged", c:ingest({ root .. "/corpus" }),
     { added = 0, updated = 0, unchanged = 5, skipped = 0 })
local raw = c:one("SELECT raw FROM documents WHERE id = 1").raw
local f = assert(io.open(root .. "/corpus/000_45b0a500611b074f.txt", "rb"))
H.check("1.5 raw kept exactly", raw == f:read("a"))
f:close()

-- 2: documents, query, one, rows
local ids = {}
for d in c:documents{ where = "published >= ?", params = { "2025-01-01" } } do ids[#ids + 1] = d.id end
H.eq("2.1 documents where", ids, { 1 })
local n = 0
for d in c:documents() do
  n = n + 1
  if d.id == 2 then break end
end
H.eq("2.2 break from documents", n, 2)
H.eq("2.3 query with parameters", c:rows("SELECT id FROM documents WHERE author = ? ORDER BY id",
     "Peter van Halteren"), { { id = 1 }, { id = 2 } })
H.check_error("2.4 bad SQL", "no such table: nope", c.rows, c, "SELECT * FROM nope")

-- 3: search: the index and the analyzer agree
local function hit_ids(q)
  local hits, err = c:search(q)
  if not hits then return err end
  local out = {}
  for _, h in ipairs(hits) do out[#out + 1] = h.id end
  table.sort(out)
  return out
end
H.eq("3.1 coreen finds Coréens", hit_ids("coreen"), { 1, 2, 3, 4, 5 })
H.eq("3.2 grouped number", hit_ids('"11 000"'), { 1, 3 })
H.eq("3.3 phrase", hit_ids('"quelque 3 000 autres"'), { 3 })
H.eq("3.4 AND", hit_ids("NIS AND drones"), { 4, 5 })
H.eq("3.5 title column", hit_ids("title:enverra"), { 2 })
H.check("3.6 syntax error", tostring(hit_ids("AND (")):find("fts5: syntax error", 1, true))
local hits = c:search("Halteren OR Kovalenko", { limit = 1 })
H.eq("3.7 limit", #hits, 1)
H.check("3.8 snippet highlights", c:search("Kovalenko")[1].snippet:find("[Kovalenko]", 1, true))

-- 4: annotations and transactions
local run = c:start_run("test", "h", { x = 1 })
local aid = c:annotate(3, "figure", 10, 16, { low = 11000 }, { text = "11 000", extractor = "t", version = "1", run = run })
c:finish_run(run)
H.eq("4.1 annotation stored", c:one("SELECT kind, start, \"end\", value, run FROM annotations WHERE id = ?", aid),
     { kind = "figure", start = 10, ["end"] = 16, value = '{"low":11000}', run = run })
H.check_error("4.2 rollback on error", "boom", c.transaction, c, function()
  c:annotate(3, "figure", 1, 2, nil)
  error("boom")
end)
H.eq("4.3 nothing kept", c:one("SELECT count(*) AS n FROM annotations").n, 1)
c:transaction(function()
  c:annotate(3, "date", 1, 2, "2025")
  pcall(c.transaction, c, function() c:annotate(3, "date", 3, 4, "x"); error("inner") end)
end)
H.eq("4.4 nested savepoint", c:rows("SELECT value FROM annotations WHERE kind = 'date'"), { { value = "2025" } })

-- 5: a changed file replaces its old version (and its stale annotations)
local copy = dir .. "/a.txt"
H.write(copy, "Titre\n\nLe texte de 11 000 mots.")
H.eq("5.1 added", c:ingest({ copy }).added, 1)
local id = c:one("SELECT id FROM documents WHERE path = ?", copy).id
c:annotate(id, "figure", 0, 1, nil)
H.write(copy, "Titre\n\nLe texte change : 12 000 mots.")
H.eq("5.2 updated", c:ingest({ copy }), { added = 0, updated = 1, unchanged = 0, skipped = 0 })
H.eq("5.3 same id, new body", c:one("SELECT id, body FROM documents WHERE path = ?", copy),
     { id = id, body = "Le texte change : 12 000 mots." })
H.eq("5.4 stale annotations gone", c:one("SELECT count(*) AS n FROM annotations WHERE doc = ?", id).n, 0)
H.eq("5.5 index follows", hit_ids('"12 000 mots"'), { id })
H.eq("5.6 old text out of the index", hit_ids('"11 000 mots"'), {})
local skipped = {}
H.write(dir .. "/dup.txt", "Titre\n\nLe texte change : 12 000 mots.")
c:ingest({ dir .. "/dup.txt" }, { on_skip = function(_, r) skipped[#skipped + 1] = r end })
H.eq("5.7 duplicate content", skipped, { "same content as " .. copy })

-- 6: lifecycle and migrations
c:exec("UPDATE settings SET value = '0' WHERE key = 'analyzer_version'")
c:exec("INSERT INTO documents_fts(documents_fts) VALUES ('delete-all')")
c:close()
c:close()
H.check_error("6.1 use after close", "attempt to use a closed corpus", c.rows, c, "SELECT 1")
do
  local c2 <close> = assert(lunette.open(dbpath))
  H.eq("6.2 old analyzer index rebuilt", #c2:search("coreen"), 5)
end
local ro = assert(lunette.open(dbpath, { readonly = true }))
H.check_error("6.3 readonly refuses writes", "readonly", ro.exec, ro, "DELETE FROM documents")
ro:close()
local none, err = lunette.open(dir .. "/absent.db", { readonly = true })
H.check("6.4 missing database", none == nil and err:find("no such database", 1, true), err)
H.write(dir .. "/junk.db", ("x"):rep(4096))
none, err = lunette.open(dir .. "/junk.db")
H.check("6.5 not a database", none == nil and err:find("not a lunette (SQLite) database", 1, true), err)
local newer = assert(lunette.open(dir .. "/new.db"))
newer:exec("PRAGMA user_version = 99")
newer:close()
none, err = lunette.open(dir .. "/new.db")
H.check("6.6 newer schema", none == nil and err:find("made by a newer lunette (schema 99", 1, true), err)

-- 7: decoding
local DECODE = {
  { "7.1 NUL", "ab\0cd", nil, "binary file (NUL byte at byte offset 2)" },
  { "7.2 invalid UTF-8", "é\255x", "é\239\191\189x", "utf-8 (repaired)",
    "1 invalid UTF-8 sequence replaced by U+FFFD (first at byte offset 2)" },
  { "7.3 Windows-1252", "caf\233 \128 \146", "café € ’", "windows-1252",
    "not UTF-8 (first non-UTF-8 byte at offset 3): read as Windows-1252" },
  { "7.4 BOM and CRLF", "\239\187\191a\r\nb\rc", "a\nb\nc", "utf-8" },
}
for _, d in ipairs(DECODE) do
  local text, enc, warnings = ingest.decode(d[2])
  H.eq(d[1], { text, enc, warnings and warnings[1] }, { d[3], d[4], d[5] })
end

-- 8: JSON Lines
local jl = dir .. "/a.jsonl"
H.write(jl, '{"id": 7, "text": "Premier texte.", "title": "Un", "published": "2025-02-01"}\n'
  .. 'pas du json\n\n{"title": "sans texte"}\n{"text": "Deuxième texte."}\n')
local recs, skips = {}, {}
ingest.file(jl, "jsonl", function(r) recs[#recs + 1] = { r.key:match("[#:]%w+$"), r.text, r.meta.title } end,
  function(w, r) skips[#skips + 1] = w:match(":%d+$") .. " " .. r:gsub(":.*", "") end, function() end)
H.eq("8.1 records", recs, { { "#7", "Premier texte.", "Un" }, { ":5", "Deuxième texte." } })
H.eq("8.2 bad lines skipped with their number", skips, { ":2 not a JSON object", ':4 no "text" string field' })

os.execute("rm -rf '" .. dir .. "'")
os.exit(H.report("test_corpus"))
