--- lunette.corpus: the corpus database (one SQLite file, WAL).
---
--- Schema (PRAGMA user_version = 2):
---   documents(id, key UNIQUE, path, hash UNIQUE, title, author, published, url, lang,
---             encoding, raw BLOB, body, ingested_at)
---   documents_fts  FTS5(title, body), external content = documents, tokenizer lunette
---   annotations(id, doc, kind, start, end, sent_start, sent_end, text, value JSON,
---               extractor, version, run)
---   runs(id, script, hash, params, started_at, ended_at, status)
---   settings(key, value)   analyzer version and FTS language
---   extractions(doc, extractor, version, run)   what the extractors have done
local core = require "lunette.core"
local cjson = require "cjson"

local M = {}

---@class Corpus
---@field path string
---@field db userdata lunette.Db
local Corpus = {}
Corpus.__index = Corpus

--- every open corpus, so that a failed script can have them all rolled back
local open_corpora = setmetatable({}, { __mode = "k" })

local MIGRATIONS = {
  -- 1: the first schema
  [[
  CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,   -- absolute path, + "#id" or ":line" for JSONL records
    path        TEXT NOT NULL,          -- the path as it was given
    hash        TEXT NOT NULL UNIQUE,   -- XXH3-128 of raw
    title       TEXT,
    author      TEXT,
    published   TEXT,                   -- ISO 8601 at the precision known
    url         TEXT,
    lang        TEXT,
    encoding    TEXT NOT NULL,          -- utf-8, windows-1252, utf-8 (repaired)
    raw         BLOB NOT NULL,          -- the bytes as read, nothing lost
    body        TEXT NOT NULL,          -- cleaned text; annotation offsets point here
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
  );
  CREATE TABLE runs (
    id         INTEGER PRIMARY KEY,
    script     TEXT NOT NULL,
    hash       TEXT,
    params     TEXT,
    started_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ended_at   TEXT,
    status     TEXT
  );
  CREATE TABLE annotations (
    id         INTEGER PRIMARY KEY,
    doc        INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    start      INTEGER NOT NULL,        -- 0-based byte offsets into body, end exclusive
    "end"      INTEGER NOT NULL,
    sent_start INTEGER,
    sent_end   INTEGER,
    text       TEXT,
    value      TEXT,                    -- JSON
    extractor  TEXT NOT NULL,
    version    TEXT NOT NULL,
    run        INTEGER REFERENCES runs(id) ON DELETE SET NULL
  );
  CREATE INDEX annotations_doc ON annotations(doc, kind);
  CREATE INDEX annotations_kind ON annotations(kind, extractor, version);
  CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);
  ]],
  -- 2: which extractor (and version) has run on which document, so that a
  -- re-run skips them even when they found nothing
  [[
  CREATE TABLE extractions (
    doc       INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    extractor TEXT NOT NULL,
    version   TEXT NOT NULL,
    run       INTEGER REFERENCES runs(id) ON DELETE SET NULL,
    PRIMARY KEY (doc, extractor)
  );
  ]],
}
M.schema_version = #MIGRATIONS

local function fts_sql(lang)
  return ("CREATE VIRTUAL TABLE documents_fts USING fts5(title, body, content='documents', "
    .. "content_rowid='id', tokenize='lunette %s accents stem')"):format(lang)
end

local function check(ok, err, code)
  if not ok then error(err, 3) end
  return ok, err, code
end

local function migrate(c, lang)
  local db = c.db
  local version = c:one("PRAGMA user_version")["user_version"]
  if version > #MIGRATIONS then
    return nil, ("%s: made by a newer lunette (schema %d; this one knows %d)"):format(
      c.path, version, #MIGRATIONS)
  end
  if version < #MIGRATIONS then
    local ok, err = pcall(c.transaction, c, function()
      for v = version + 1, #MIGRATIONS do
        check(db:exec(MIGRATIONS[v]))
        if v == 1 then
          check(db:exec(fts_sql(lang or "fr")))
          c:exec("INSERT INTO settings VALUES ('fts_lang', ?)", lang or "fr")
        end
        check(db:exec("PRAGMA user_version = " .. v))
      end
    end)
    if not ok then return nil, err end
  end
  -- an index made by another analyzer version is rebuilt (nothing else changes)
  local row = c:one("SELECT value FROM settings WHERE key = 'analyzer_version'")
  if not row or tonumber(row.value) ~= core.analyzer_version then
    local ok, err = pcall(c.transaction, c, function()
      c:exec("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")
      c:exec("INSERT OR REPLACE INTO settings VALUES ('analyzer_version', ?)", tostring(core.analyzer_version))
    end)
    if not ok then return nil, err end
  end
  return true
end

--- Open a corpus database, creating it and bringing its schema up to date.
---@param path string
---@param opts table|nil { readonly = bool, must_exist = bool (do not create), busy_ms = integer,
---                        lang = "fr" (for a new index) }
---@return Corpus|nil, string|nil
function M.open(path, opts)
  opts = opts or {}
  if opts.must_exist and not opts.readonly then
    local f = io.open(path, "rb")
    if not f then
      return nil, path .. ": no such database (lunette ingest creates it; --db or LUNETTE_DB choose another)"
    end
    f:close()
  end
  local busy = opts.busy_ms or tonumber(os.getenv("LUNETTE_BUSY_MS") or "") or 5000
  local db, err = core.open(path, opts.readonly, busy)
  if not db then
    if opts.readonly and not io.open(path, "rb") then
      return nil, path .. ": no such database (lunette ingest creates it; --db or LUNETTE_DB choose another)"
    end
    return nil, M.explain(err, path)
  end
  local c = setmetatable({ path = path, db = db, _stmts = {} }, Corpus)
  if not opts.readonly then
    local ok, merr = migrate(c, opts.lang)
    if not ok then db:close(); return nil, M.explain(merr, path) end
  end
  open_corpora[c] = true
  return c
end

--- A readable message for SQLite failures (locked databases above all).
function M.explain(msg, path)
  msg = tostring(msg)
  if msg:find("database is locked") or msg:find("database is busy") then
    return ("%s: database is locked: another process is writing to it; try again when it has finished"
      .. " (LUNETTE_BUSY_MS sets how long to wait)"):format(path)
  end
  if msg:find("file is not a database") then return path .. ": not a lunette (SQLite) database" end
  return msg
end

--- Close every open corpus (a failed script's transactions are rolled back).
function M.close_all()
  for c in pairs(open_corpora) do c:close() end
end

function Corpus:close()
  if not self.db then return end
  for _, st in pairs(self._stmts) do st:close() end
  self._stmts = {}
  if not self.db:autocommit() then self.db:exec("ROLLBACK") end
  self.db:close()
  self.db = nil
  open_corpora[self] = nil
end
Corpus.__close = Corpus.close
Corpus.__gc = Corpus.close

local function db_of(c)
  if not c.db then error("attempt to use a closed corpus", 3) end
  return c.db
end

-- a cached prepared statement with its parameters bound
function Corpus:_stmt(sql, ...)
  local db = db_of(self)
  local st = self._stmts[sql]
  if not st then
    local err
    st, err = db:prepare(sql)
    if not st then error(M.explain(err, self.path), 3) end
    self._stmts[sql] = st
  end
  local ok, err = st:bind(...)
  if not ok then error(err, 3) end
  return st
end

--- Run a statement that returns no rows; returns the number of rows changed.
---@param sql string with ? or :name parameters
function Corpus:exec(sql, ...)
  local st = self:_stmt(sql, ...)
  local ok, err = st:step()
  st:reset()
  if ok == nil then error(M.explain(err, self.path), 2) end
  return db_of(self):changes()
end

--- Iterate over the rows of a query (tables keyed by column name). Values are
--- bound parameters only: never build SQL from data.
---@param sql string
function Corpus:query(sql, ...)
  local db = db_of(self)
  local st, err = db:prepare(sql)
  if not st then error(M.explain(err, self.path), 2) end
  local ok, berr = st:bind(...)
  if not ok then st:close(); error(berr, 2) end
  local function nxt()
    local has, serr = st:step()
    if has == nil then st:close(); error(M.explain(serr, self.path), 2) end
    if not has then st:close(); return nil end
    return st:row()
  end
  return nxt, nil, nil, st       -- the 4th value closes the statement on break
end

--- The first row of a query, or nil.
function Corpus:one(sql, ...)
  local nxt, _, _, st = self:query(sql, ...)
  local row = nxt()
  st:close()
  return row
end

--- All rows of a query as a list.
function Corpus:rows(sql, ...)
  local out = {}
  for row in self:query(sql, ...) do out[#out + 1] = row end
  return out
end

--- Iterate over documents. opts: where (SQL condition), params (its values),
--- columns (default all but raw), order (default id).
---@param opts table|nil
function Corpus:documents(opts)
  opts = opts or {}
  local cols = opts.columns or "id, key, path, hash, title, author, published, url, lang, encoding, body, ingested_at"
  local sql = "SELECT " .. cols .. " FROM documents"
  if opts.where then sql = sql .. " WHERE " .. opts.where end
  sql = sql .. " ORDER BY " .. (opts.order or "id")
  return self:query(sql, table.unpack(opts.params or {}))
end

--- Run fn inside a transaction: committed when fn returns, rolled back when it
--- raises (the error goes on). Nested calls use savepoints.
function Corpus:transaction(fn, ...)
  local db = db_of(self)
  local outer = db:autocommit()
  local ok, err = db:exec(outer and "BEGIN IMMEDIATE" or "SAVEPOINT lunette")
  if not ok then error(M.explain(err, self.path), 2) end
  local res = table.pack(pcall(fn, ...))
  if res[1] then
    ok, err = db:exec(outer and "COMMIT" or "RELEASE lunette")
    if ok then return table.unpack(res, 2, res.n) end
    res = { false, M.explain(err, self.path) }
  end
  if outer then db:exec("ROLLBACK") else db:exec("ROLLBACK TO lunette; RELEASE lunette") end
  error(res[2], 0)
end

--- Full-text search (FTS5 syntax, bm25 ranking, title weighted 5x).
--- Returns a list of hits { id, title, published, path, snippet, score } or
--- nil and a message for a bad query.
---@param q string
---@param opts table|nil { limit = 20, offset = 0, open = "[", close = "]", tokens = 12 }
function Corpus:search(q, opts)
  opts = opts or {}
  local sql = [[
    SELECT d.id, d.title, d.published, d.path, d.key, d.lang,
           snippet(documents_fts, 1, ?, ?, '…', ?) AS snippet,
           bm25(documents_fts, 5.0, 1.0) AS score
    FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
    WHERE documents_fts MATCH ? ORDER BY score LIMIT ? OFFSET ?]]
  local ok, res = pcall(self.rows, self, sql, opts.open or "[", opts.close or "]",
                        opts.tokens or 12, q, opts.limit or 20, opts.offset or 0)
  if not ok then
    local msg = tostring(res):gsub("^.-:%d+: ", "")
    return nil, msg
  end
  return res
end

--- Record an annotation: a span of a document's body (0-based byte offsets,
--- end exclusive) with a kind and a value (a table is stored as JSON).
---@param doc integer document id
---@param kind string
---@param start integer
---@param stop integer
---@param value any
---@param opts table|nil { text=, extractor=, version=, run=, sentence = { s, e } }
function Corpus:annotate(doc, kind, start, stop, value, opts)
  opts = opts or {}
  if type(value) ~= "string" and value ~= nil then value = cjson.encode(value) end
  local sent = opts.sentence or {}
  self:exec([[INSERT INTO annotations (doc, kind, start, "end", sent_start, sent_end, text,
              value, extractor, version, run) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)]],
            doc, kind, start, stop, sent[1], sent[2], opts.text, value,
            opts.extractor or "user", opts.version or "0", opts.run)
  return db_of(self):last_id()
end

--- Start a run (a script's execution); returns its id. finish_run closes it.
function Corpus:start_run(script, hash, params)
  self:exec("INSERT INTO runs (script, hash, params) VALUES (?, ?, ?)", script, hash,
            params and cjson.encode(params) or nil)
  return db_of(self):last_id()
end

function Corpus:finish_run(id, status)
  self:exec("UPDATE runs SET ended_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), status = ? WHERE id = ?",
            status or "ok", id)
end

--- Counts of the corpus: documents, and the store's own numbers.
function Corpus:count()
  return self:one("SELECT count(*) AS n FROM documents").n
end

local function vals_with(vals, last)
  local t = table.move(vals, 1, 10, 1, {})
  t[11] = last
  return t
end

--- Store one record from lunette.ingest: "added", "updated", "unchanged", or
--- "duplicate" plus the key of the document that has the same content.
function Corpus:put(rec)
  local clean = require "lunette.clean"
  local hash = core.hash(rec.raw)
  local old = self:one("SELECT id, hash, title, body FROM documents WHERE key = ?", rec.key)
  if old and old.hash == hash then return "unchanged" end
  local same = self:one("SELECT key FROM documents WHERE hash = ?", hash)
  if same then return "duplicate", same.key end
  local body, meta = clean.article(rec.text, rec.meta)
  local vals = { rec.path, hash, meta.title, meta.author, meta.published, meta.url, meta.lang,
                 rec.encoding, rec.raw, body }
  local id
  if old then
    self:exec("INSERT INTO documents_fts(documents_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
              old.id, old.title, old.body)
    self:exec("DELETE FROM annotations WHERE doc = ?", old.id)   -- their spans are stale
    self:exec("DELETE FROM extractions WHERE doc = ?", old.id)
    self:exec([[UPDATE documents SET path = ?, hash = ?, title = ?, author = ?, published = ?,
                url = ?, lang = ?, encoding = ?, raw = CAST(? AS BLOB), body = ?,
                ingested_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?]],
              table.unpack(vals_with(vals, old.id), 1, 11))
    id = old.id
  else
    self:exec([[INSERT INTO documents (key, path, hash, title, author, published, url, lang,
                encoding, raw, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS BLOB), ?)]],
              rec.key, table.unpack(vals, 1, 10))
    id = db_of(self):last_id()
  end
  self:exec("INSERT INTO documents_fts(rowid, title, body) VALUES (?, ?, ?)", id, meta.title, body)
  return old and "updated" or "added", id
end

--- Ingest files and folders. Commits every opts.batch records (default 200),
--- so a killed ingest keeps what it committed and a re-run completes it.
--- opts: on_skip(where, reason), on_warn(where, msg), on_progress(done, bytes), batch.
--- Returns counts { added, updated, unchanged, skipped }.
function Corpus:ingest(paths, opts)
  opts = opts or {}
  local ingest = require "lunette.ingest"
  local counts = { added = 0, updated = 0, unchanged = 0, skipped = 0 }
  local skip = function(where, reason)
    counts.skipped = counts.skipped + 1
    if opts.on_skip then opts.on_skip(where, reason) end
  end
  local warn = opts.on_warn or function() end
  local pending, batch, done, bytes = {}, opts.batch or 200, 0, 0
  local function flush()
    if #pending == 0 then return end
    local list = pending
    pending = {}
    self:transaction(function()
      for _, rec in ipairs(list) do
        local status, other = self:put(rec)
        if status == "duplicate" then
          skip(rec.path .. (rec.id and ("#" .. rec.id) or ""), "same content as " .. other)
        else
          counts[status] = counts[status] + 1
        end
      end
    end)
  end
  local files = {}
  ingest.walk(paths, function(path, kind) files[#files + 1] = { path, kind } end, skip)
  for _, f in ipairs(files) do
    ingest.file(f[1], f[2], function(rec)
      pending[#pending + 1] = rec
      bytes = bytes + #rec.raw
      if #pending >= batch then flush() end
    end, skip, warn)
    done = done + 1
    if opts.on_progress then opts.on_progress(done, #files, bytes) end
  end
  flush()
  return counts
end

M.Corpus = Corpus
return M
