--- lunette.cli: the `lunette` command line (on lua-argparse).
---
--- Exit codes: 0 success, 1 a failed run, 2 bad usage. Every command takes
--- --db FILE (default $LUNETTE_DB or ./lunette.db) and --help.
local argparse = require "argparse"
local lunette = require "lunette"
local output = require "lunette.output"
local core = require "lunette.core"

local M = {}

local function say(fmt, ...) io.stderr:write("lunette: ", fmt:format(...), "\n") end

--- Failures inside a command: raise M.fail(code, msg); main prints msg and exits with code.
--- Scripts raise the same with lunette.fail / lunette.must.
local Failure = lunette.Failure
local function fail(code, fmt, ...)
  lunette.fail(fmt:format(...), code)
end
M.fail = fail

local function open_corpus(args, readonly)
  local c, err = lunette.open(args.db, { readonly = readonly, lang = args.lang })
  if not c then fail(1, "%s", err) end
  return c
end

-- {====== script runner (run, report, kwic)

--- Where bundled and user report scripts live: $LUNETTE_SCRIPTS (':'-separated),
--- then the bundled folder.
function M.script_dirs()
  local dirs = {}
  for d in (os.getenv("LUNETTE_SCRIPTS") or ""):gmatch("[^:]+") do dirs[#dirs + 1] = d end
  local bundled = package.lunette_scripts
  if not bundled then   -- plain Lua: scripts/ beside lua/ in the tree that holds lunette
    local init = package.searchpath("lunette", package.path)
    bundled = init and init:gsub("[^/]*/[^/]*/init%.lua$", "../scripts") or "scripts"
  end
  dirs[#dirs + 1] = bundled
  return dirs
end

local function find_report(name)
  for _, d in ipairs(M.script_dirs()) do
    local p = d .. "/" .. name .. ".lua"
    local f = io.open(p, "r")
    if f then f:close(); return p end
  end
end

--- Run a Lua script file with args, as lua5.4 would (arg global, ... = args).
--- A Lua error prints FILE:LINE: message and a traceback; every corpus the
--- script opened is closed, so its unfinished transaction is rolled back.
function M.run_script(path, args)
  local chunk, err = loadfile(path)
  if not chunk then io.stderr:write(err, "\n"); return 1 end   -- FILE:LINE: message
  _G.arg = table.move(args, 1, #args, 1, { [0] = path })
  local res = table.pack(xpcall(chunk, function(e)
    if getmetatable(e) == Failure then return e end
    return debug.traceback(tostring(e), 2)
  end, table.unpack(args)))
  if not res[1] then
    require("lunette.corpus").close_all()
    local e = res[2]
    if getmetatable(e) == Failure then say("%s", e.msg); return e.code end
    io.stderr:write(tostring(e), "\n")
    return 1
  end
  return math.type(res[2]) == "integer" and res[2] or 0
end

-- options lunette takes out of a script's arguments (the script sees the rest)
local SCRIPT_OPTS = { ["--db"] = "db", ["--format"] = "format" }

local function script_command(words)
  local cmd, rest, i = words[1], {}, 2
  while i <= #words do
    local w = words[i]
    local k, v = w:match("^(%-%-%w+)=(.*)$")
    if SCRIPT_OPTS[k or w] then
      local val = v or words[i + 1]
      if not val then say("%s needs a value", w); return 2 end
      if SCRIPT_OPTS[k or w] == "db" then lunette.default_db = val else output.format = val end
      i = i + (v and 1 or 2)
    else
      rest[#rest + 1] = w
      i = i + 1
    end
  end
  if cmd == "kwic" then return M.run_script(find_report("kwic"), rest) end
  local name = table.remove(rest, 1)
  if not name or name == "--help" or name == "-h" then
    io.stdout:write(cmd == "run" and table.concat({
        "Usage: lunette run [--db FILE] SCRIPT.lua [ARG...]", "",
        'Run a Lua script with the lunette library (local lunette = require "lunette");',
        "arg and ... hold its arguments, as in lua5.4.", "" }, "\n")
      or "Usage: lunette report [--db FILE] NAME [ARG...]\n\nRun a bundled report script; `lunette list` shows them.\n")
    return name and 0 or 2
  end
  if cmd == "run" then
    local f = io.open(name, "r")
    if not f then say("cannot open script %s", name); return 2 end
    f:close()
    return M.run_script(name, rest)
  end
  local path = find_report(name)
  if not path then say("no report named '%s' (lunette list shows them)", name); return 2 end
  return M.run_script(path, rest)
end

-- }======

-- {====== commands

local commands = {}

function commands.ingest(args)
  local ingest = require "lunette.ingest"
  if args.max_size then ingest.max_size = args.max_size end
  local c = open_corpus(args)
  local tty = output.is_tty(2)
  local clock = require("lunette.core").clock
  local t0, last = clock(), 0
  local ok, counts = pcall(c.ingest, c, args.paths, {
    batch = args.batch,
    on_skip = function(where, reason) say("skipped %s: %s", where, reason) end,
    on_warn = function(where, msg) say("warning: %s: %s", where, msg) end,
    on_progress = function(done, total, bytes)
      local now = clock()
      if tty and total > 20 and (now - last > 0.2 or done == total) then
        last = now
        local rate = bytes / math.max(now - t0, 1e-6)
        local eta = (total - done) * (now - t0) / done
        io.stderr:write(("\r%d/%d files  %.1f MB/s  ETA %.0fs   "):format(done, total, rate / 1e6, eta))
        if done == total then io.stderr:write("\n") end
      end
    end,
  })
  if not ok then c:close(); fail(1, "%s", require("lunette.corpus").explain(counts, args.db)) end
  c:close()
  print(("%d added, %d updated, %d unchanged, %d skipped"):format(
    counts.added, counts.updated, counts.unchanged, counts.skipped))
  return (counts.added + counts.updated + counts.unchanged == 0 and counts.skipped > 0) and 1 or 0
end

function commands.search(args)
  local c = open_corpus(args, true)
  local fmt = output.default("jsonl")
  local hl = fmt == "table" and output.is_tty(1)
  local hits, err = c:search(args.query, { limit = args.limit,
    open = hl and "\27[1m" or "[", close = hl and "\27[0m" or "]" })
  c:close()
  if not hits then fail(2, "search: bad query %q: %s", args.query, err) end
  for _, h in ipairs(hits) do h.doc = h.id; h.score = -h.score end
  output.print(hits, { "doc", "published", "title", "snippet", "score" },
               { format = fmt, max_width = 80 })
  return 0
end

local function read_input(path)
  if not path or path == "-" then return io.read("a"), "-" end
  local s, err = require("lunette.core").readfile(path)
  if not s then fail(1, "%s", err) end
  return s, path
end

function commands.tokens(args)
  local an = lunette.analyzer{ lang = args.lang or "fr", fold = args.fold, stem = args.stem }
  if args.count then
    -- streamed: 1 MiB blocks, each with the rest of its last line (no token
    -- spans a line end), so memory stays the same whatever the size of the
    -- input (a line longer than that is read whole)
    local files = #args.files > 0 and args.files or { "-" }
    local ntok, nbytes, level = 0, 0, args.stem and 3 or 2
    for _, path in ipairs(files) do
      local f, err
      if path == "-" then f = io.stdin else f, err = io.open(path, "rb") end
      if not f then fail(1, "%s", err) end
      while true do
        local block, rest = f:read(1 << 20, "L")
        if not block then break end
        if rest then block = block .. rest end
        nbytes = nbytes + #block
        ntok = ntok + an._c:measure(block, level)
      end
      if f ~= io.stdin then f:close() end
    end
    print(("%d tokens, %d bytes"):format(ntok, nbytes))
    return 0
  end
  if #args.files > 1 then fail(2, "tokens: one file at a time (or --count)") end
  local text = read_input(args.files[1])
  local stemmer = lunette.analyzer{ lang = args.lang or "fr", fold = args.fold, stem = true }
  local rows = {}
  for s, e, ty, term in an:tokens(text, true) do
    rows[#rows + 1] = { start = s - 1, ["end"] = e, type = ty, text = text:sub(s, e), term = term,
                        stem = ty == "word" and stemmer:term(text:sub(s, e)) or require("cjson").null }
  end
  local fmt = output.default("jsonl")
  output.print(rows, fmt == "table" and { "start", "end", "type", "text", "term", "stem" }
                     or { "start", "end", "type", "term", "stem" }, { format = fmt })
  return 0
end

-- the records of the kinds in want, from args.files or the database: kind -> records
-- (nil when none of the files could be read)
local function extracted(args, want, command)
  local extract = require "lunette.extract"
  local out = {}        -- kind -> records
  -- documents in a language the rules are not written for: said, not silently empty
  local no_rules = {}
  local function say_no_rules()
    local parts, rules = {}, {}
    for lang, n in pairs(no_rules) do parts[#parts + 1] = ("%d in %s"):format(n, lang) end
    if #parts == 0 then return end
    for lang in pairs(extract.rules_language) do rules[#rules + 1] = lang end
    table.sort(parts)
    table.sort(rules)
    say("%s: nothing extracted from documents in a language without rules (%s; rules: %s)",
        command, table.concat(parts, ", "), table.concat(rules, ", "))
  end
  for _, k in ipairs(want) do out[k] = {} end
  -- an extractor that fails on a document: said with the document, its records of that kind left out,
  -- the others kept (out.failed counts them: the command exits 1)
  out.failed = 0
  local function broke(f)
    out.failed = out.failed + 1
    say("%s: %s", command, extract.failure_text(f))
  end
  local runnable = {}   -- the extractors' kinds (meta is the documents' own)
  for _, k in ipairs(want) do if k ~= "meta" then runnable[#runnable + 1] = k end end
  if #args.files > 0 then
    local ingest, clean = require "lunette.ingest", require "lunette.clean"
    local failed, read = false, 0
    local function skip(where, reason) failed = true; say("skipped %s: %s", where, reason) end
    ingest.walk(args.files, function(path, kind)
      ingest.file(path, kind, function(rec)
        read = read + 1
        local body, meta = clean.article(rec.text, rec.meta)
        local doc = rec.path .. (rec.id and ("#" .. rec.id) or "")
        meta.doc = doc
        if out.meta then table.insert(out.meta, meta) end
        local ctx = extract.context(body, { lang = meta.lang, published = meta.published })
        if ctx.no_rules and #runnable > 0 then no_rules[ctx.no_rules] = (no_rules[ctx.no_rules] or 0) + 1 end
        for _, k in ipairs(runnable) do
          local ok, recs = xpcall(extract[k], debug.traceback, body, ctx)
          if not ok then broke{ where = doc, kind = k, error = recs } end
          for _, r in ipairs(ok and recs or {}) do r.doc = doc; table.insert(out[k], r) end
        end
      end, skip, function(where, msg) say("warning: %s: %s", where, msg) end)
    end, skip)
    if failed and read == 0 then return nil end         -- nothing could be read
  else
    local c = open_corpus(args)
    if #runnable > 0 then
      local ok, err = pcall(extract.run, c, runnable, { where = args.where, params = args.param,
                                                        on_failure = broke })
      if not ok then c:close(); fail(1, "%s: %s", command, require("lunette.corpus").explain(err, args.db)) end
      for d in c:query("SELECT lang, count(*) AS n FROM documents" .. (args.where and (" WHERE " .. args.where) or "")
                       .. " GROUP BY lang", table.unpack(args.param or {})) do
        if not extract.rules_for(d.lang) then no_rules[d.lang] = d.n end
      end
    end
    for _, k in ipairs(want) do
      if k == "meta" then
        for d in c:documents{ columns = "id, title, author, published, url, lang", where = args.where,
                              params = args.param } do
          d.doc = d.id
          table.insert(out.meta, d)
        end
      else
        out[k] = extract.records(c, k, { where = args.where, params = args.param })
      end
    end
    c:close()
  end
  say_no_rules()
  return out
end

local EXTRACT_KINDS = "meta, figures, dates, sources, entities, all"

-- the kinds a KIND argument names, or nil
local function kinds_of(kind, with_meta)
  local extract = require "lunette.extract"
  if kind == "all" then
    local all = { table.unpack(extract.kinds) }
    if with_meta then table.insert(all, 1, "meta") end
    return all
  end
  if kind == "meta" then return with_meta and { "meta" } or nil end
  for _, k in ipairs(extract.kinds) do if k == kind then return { k } end end
  return nil
end

function commands.extract(args)
  local extract = require "lunette.extract"
  local want = kinds_of(args.kind, true)
  if not want then fail(2, "extract: unknown kind '%s' (%s)", args.kind, EXTRACT_KINDS) end
  local fmt = output.default("jsonl")
  local out = extracted(args, want, "extract")
  if not out then return 1 end
  for _, k in ipairs(want) do
    local cols = extract.fields[k]
    if #want > 1 then
      for _, r in ipairs(out[k]) do r.kind = k end
      cols = table.move(cols, 1, #cols, 2, { "kind" })
      if fmt ~= "jsonl" and fmt ~= "json" then io.write(#want > 1 and ("== " .. k .. "\n") or "") end
    end
    output.print(out[k], cols, { format = fmt, max_width = 60 })
  end
  return out.failed > 0 and 1 or 0
end

-- lunette eval KIND GOLD [FILE...]: precision, recall and F1 against annotated records
function commands.eval(args)
  local evaluate, cjson = require "lunette.evaluate", require "cjson"
  local want = kinds_of(args.kind, false)
  if not want then fail(2, "eval: unknown kind '%s' (figures, dates, sources, entities, all)", args.kind) end
  local f, err = io.open(args.gold, "rb")
  if not f then fail(1, "eval: cannot read %s", err) end
  local gold, n = {}, 0
  for _, k in ipairs(want) do gold[k] = {} end
  for line in f:lines() do
    n = n + 1
    if line:find("%S") then
      local ok, r = pcall(cjson.decode, line)
      if ok and type(r) == "table" and r.kind == "meta" then goto next end     -- (extract all's metadata)
      if not ok or type(r) ~= "table" or type(r.start) ~= "number" or type(r["end"]) ~= "number" or r.doc == nil then
        f:close()
        fail(1, "eval: %s:%d: not a record with doc, start and end: %s", args.gold, n, line:sub(1, 60))
      end
      local k = #want == 1 and want[1] or r.kind
      if not gold[k] then
        f:close()
        fail(1, "eval: %s:%d: a record of all kinds needs its kind (figures, dates, sources, entities)", args.gold, n)
      end
      table.insert(gold[k], r)
    end
    ::next::
  end
  f:close()
  local out = extracted(args, want, "eval")
  if not out then return 1 end
  local rows, wrong = {}, {}
  local function fmt3(x) return x and ("%.3f"):format(x) or "" end
  for _, k in ipairs(want) do
    local sc = evaluate.score(k, gold[k], out[k])
    rows[#rows + 1] = { kind = k, gold = sc.gold, found = sc.found, matched = sc.matched,
                        precision = fmt3(sc.precision), recall = fmt3(sc.recall), f1 = fmt3(sc.f1) }
    if args.misses then
      for _, r in ipairs(sc.misses) do wrong[#wrong + 1] = { what = "missed", kind = k, record = r } end
      for _, r in ipairs(sc.extras) do wrong[#wrong + 1] = { what = "extra", kind = k, record = r } end
    end
  end
  local fmt = output.default("table")
  output.print(rows, { "kind", "gold", "found", "matched", "precision", "recall", "f1" }, { format = fmt })
  if args.misses then
    local list = {}
    for _, w in ipairs(wrong) do
      local r = w.record
      local fields = {}
      for _, key in ipairs(evaluate.rules.keys[w.kind]) do
        local v = r[key]
        if type(v) == "number" then v = ("%.15g"):format(v) end
        if v ~= nil and type(v) ~= "userdata" then fields[#fields + 1] = key .. "=" .. tostring(v) end
      end
      list[#list + 1] = { what = w.what, kind = w.kind, doc = r.doc, start = r.start, ["end"] = r["end"],
                          text = r.text, fields = table.concat(fields, " ") }
    end
    if fmt == "table" then io.write("\n") end
    output.print(list, { "what", "kind", "doc", "start", "end", "text", "fields" }, { format = fmt, max_width = 60 })
  end
  return out.failed > 0 and 1 or 0
end

local function stat_opts(args)
  return { stop = args.stop, stem = args.stem, surface = args.surface, numbers = args.numbers,
           where = args.where, params = args.param, min = args.min, lang = args.lang, limit = args.limit }
end

function commands.freq(args)
  local c = open_corpus(args, true)
  local rows = require("lunette.stats").freq(c, stat_opts(args))
  c:close()
  output.print(output.limit(rows, args.limit), { "term", "count", "docs" })
  return 0
end

function commands.ngrams(args)
  local c = open_corpus(args, true)
  local rows = require("lunette.stats").ngrams(c, args.n, stat_opts(args))
  c:close()
  output.print(output.limit(rows, args.limit), { "ngram", "count" })
  return 0
end

function commands.collocates(args)
  local c = open_corpus(args, true)
  local o = stat_opts(args)
  o.window, o.measure = args.window, args.measure
  local rows, info = require("lunette.stats").collocates(c, args.term, o)
  c:close()
  if info.hits == 0 then say("collocates: '%s' (term %s) does not occur", args.term, info.node) end
  output.print(output.limit(rows, args.limit), { "term", "count", "freq", "ll", "pmi", "log_ratio" })
  return 0
end

function commands.keyness(args)
  local c = open_corpus(args, true)
  local o = stat_opts(args)
  local ok, rows = pcall(require("lunette.stats").keyness, c, o)
  c:close()
  if not ok then fail(2, "%s", (tostring(rows):gsub("^.-:%d+: ", ""))) end
  output.print(output.limit(rows, args.limit), { "term", "count", "rest", "ll", "log_ratio" })
  return 0
end

function commands.grep(args)
  local regex = require "lunette.regex"
  if args.match_limit then regex.limits.match = args.match_limit end
  local re, err = regex.try(args.pattern, (args.i and "i" or "") .. (args.a and "a" or ""))
  if not re then fail(2, "grep: %s", err) end
  local files = #args.files > 0 and args.files or { "-" }
  local total, failed = 0, false
  for _, path in ipairs(files) do
    local text, name
    if args.count and path ~= "-" then             -- streamed, as grep -c
      local ok, res, ferr = pcall(re.count_file, re, path, args.jobs or core.cpus())
      if not ok then fail(1, "grep: %s: %s", path, tostring(res):gsub("^.-:%d+: ", "")) end
      if not res then say("grep: %s", ferr); failed = true; goto continue end
      total = total + res
      io.write(#files > 1 and (path .. ":") or "", res, "\n")
      goto continue
    end
    if path == "-" then text, name = io.read("a"), "(standard input)"
    else
      local ferr
      text, ferr = require("lunette.core").readfile(path)
      if not text then say("grep: %s", ferr); failed = true; goto continue end
      name = path
    end
    do
      local ok, res = pcall(re.lines, re, text, args.count)
      if not ok then fail(1, "grep: %s: %s", name, tostring(res):gsub("^.-:%d+: ", "")) end
      if args.count then
        total = total + res
        io.write(#files > 1 and (name .. ":") or "", res, "\n")
      else
        local want, lineno = {}, 0
        for _, l in ipairs(res) do want[l] = true end
        total = total + #res
        for line in require("lunette.clean").lines(text) do
          lineno = lineno + 1
          if want[lineno] then io.write(#files > 1 and (name .. ":") or "", lineno, ":", line, "\n") end
        end
      end
    end
    ::continue::
  end
  return failed and 2 or (total > 0 and 0 or 1)
end

function commands.list()
  local seen, rows = {}, {}
  for _, d in ipairs(M.script_dirs()) do
    local ok, iter, state = pcall(require("lfs").dir, d)
    if ok then
      local names = {}
      for f in iter, state do if f:match("%.lua$") then names[#names + 1] = f end end
      table.sort(names)
      for _, f in ipairs(names) do
        local name = f:gsub("%.lua$", "")
        if not seen[name] then
          seen[name] = true
          local fh = io.open(d .. "/" .. f)
          local first = fh and fh:read("l") or ""
          if fh then fh:close() end
          rows[#rows + 1] = { report = name, description = first:match("^%-%-+%s*[%w_%-]+:%s*(.*)") or "" }
        end
      end
    end
  end
  output.print(rows, { "report", "description" }, { format = output.format or "table", max_width = 100 })
  return 0
end

function commands.repl(args)
  lunette.default_db = args.db
  _G.lunette = lunette
  io.stdout:write(lunette._VERSION, " (", _VERSION, ")  `lunette` is loaded; lunette.open() opens ",
                  args.db, "\n")
  while true do
    io.stdout:write("> ")
    io.stdout:flush()
    local line = io.read("l")
    if not line then io.stdout:write("\n"); return 0 end
    local chunk, err = load("return " .. line, "=repl")
    if not chunk then chunk, err = load(line, "=repl") end
    if not chunk then
      print(err)
    else
      local res = table.pack(xpcall(chunk, debug.traceback))
      if not res[1] then print(res[2])
      elseif res.n > 1 then
        local parts = {}
        for i = 2, res.n do parts[#parts + 1] = tostring(res[i]) end
        print(table.concat(parts, "\t"))
      end
    end
  end
end

-- }======

-- The options every command takes, before the command (lunette --db x ingest)
-- or after it (lunette ingest --db x).
local function common(cmd, prefix)
  cmd:option("--db", "Database file (default $LUNETTE_DB, else ./lunette.db).")
    :target((prefix or "") .. "db")
  cmd:option("--format", "Output format: table, csv, tsv, jsonl, json, md, html.")
    :choices(output.formats):target((prefix or "") .. "format")
  return cmd
end

local function stat_common(cmd)
  common(cmd)
  cmd:flag("--stop", "Leave stopwords out.")
  cmd:flag("--stem", "Count Snowball stems.")
  cmd:flag("--surface", "Count surface forms (no folding).")
  cmd:flag("--numbers", "Count numbers, dates and other non-words too.")
  cmd:option("--where", "SQL condition on documents (e.g. \"published >= '2025'\").")
  cmd:option("--param", "A value for a ? in --where."):count("*")
  cmd:option("--limit", "Rows to show (0: all).", "50"):convert(tonumber)
  cmd:option("--lang", "Language of the analyzer.", "fr")
  return cmd
end

local COLLOCATE_FORMULAS = table.concat({
  "Counts: O11 the word within the window of TERM, R1 the window slots around TERM, C1 the word's",
  "corpus frequency, N the corpus tokens; O12 = R1 - O11, O21 = C1 - O11, O22 = N - R1 - O21;",
  "Eij = Ri * Cj / N.",
  "  ll        = 2 * sum Oij * ln(Oij / Eij)  (log-likelihood, G2)",
  "  pmi       = log2(O11 / E11)",
  "  log_ratio = log2((O11 / R1) / (O21 / (N - R1)))  (0.5 for a zero count)" }, "\n")

-- Each command's options, in the order --help lists them.
local COMMANDS = {
  { "ingest", function(p)
    local c = common(p:command("ingest", "Add files and folders (.txt .md .html .jsonl) to the corpus."))
    c:argument("paths", "Files or folders."):args("+")
    c:option("--batch", "Records per transaction.", "200"):convert(tonumber)
    c:option("--max-size", "Skip files larger than this many bytes."):convert(tonumber)
    c:option("--lang", "Language of a new database's search index.", "fr")
  end },
  { "search", function(p)
    local c = common(p:command("search", "Full-text search (FTS5 syntax), best first."))
    c:argument("query", 'An FTS5 query: words, "a phrase", a AND b, pref*, NEAR(a b).')
    c:option("--limit", "Hits to show.", "20"):convert(tonumber)
  end },
  { "tokens", function(p)
    local c = common(p:command("tokens", "Show the analysis of a text, one token per row."))
    c:argument("files", "A file, or - for standard input."):args("*")
    c:flag("--count", "Print only the token and byte counts of the files.")
    c:option("--lang", "Language rules and stemmer.", "fr")
    c:option("--fold", "Folding: none, case, accents.", "accents"):choices{ "none", "case", "accents" }
    c:flag("--stem", "Stem the terms (Snowball).")
  end },
  { "extract", function(p)
    local c = common(p:command("extract", "Extract records from files or the database (stored as annotations)."))
    c:argument("kind", "meta, figures, dates, sources, entities or all")
    c:argument("files", "Files or folders; without them, the database."):args("*")
    c:option("--where", "SQL condition on documents (database only).")
    c:option("--param", "A value for a ? in --where."):count("*")
  end },
  { "eval", function(p)
    local c = common(p:command("eval", "Precision, recall and F1 of extraction against annotated records.")
      :epilog("GOLD: JSON lines with the fields of `extract KIND --format jsonl` (doc, start, end, and\n"
        .. "low/high for figures, value/resolved for dates, type for entities; kind when KIND is all).\n"
        .. "A found record matches a gold one of the same doc whose span overlaps and whose given\n"
        .. "fields are equal; each matches once."))
    c:argument("kind", "figures, dates, sources, entities or all")
    c:argument("gold", "The annotated records (JSON lines).")
    c:argument("files", "The annotated files or folders; without them, the database."):args("*")
    c:flag("--misses", "Also list the records missed and the extra ones.")
    c:option("--where", "SQL condition on documents (database only).")
    c:option("--param", "A value for a ? in --where."):count("*")
  end },
  { "freq", function(p)
    local c = stat_common(p:command("freq", "Word list: terms by frequency, with document counts."))
    c:option("--min", "Minimum count.", "1"):convert(tonumber)
  end },
  { "ngrams", function(p)
    local c = stat_common(p:command("ngrams", "n-grams (n <= 5) by frequency; they do not cross punctuation."))
    c:argument("n", "Length, 1 to 5."):convert(tonumber)
    c:option("--min", "Minimum count.", "2"):convert(tonumber)
  end },
  { "collocates", function(p)
    local c = stat_common(p:command("collocates", "Words that occur near TERM, ranked by an association measure.")
      :epilog(COLLOCATE_FORMULAS))
    c:argument("term", "The node word.")
    c:option("--window", "Tokens on each side.", "5"):convert(tonumber)
    c:option("--measure", "Ranking: ll, pmi, log_ratio.", "ll"):choices{ "ll", "pmi", "log_ratio" }
    c:option("--min", "Minimum co-occurrences.", "2"):convert(tonumber)
  end },
  { "keyness", function(p)
    local c = stat_common(p:command("keyness", "Keywords of documents chosen by --where against all the others.")
      :epilog("ll = log-likelihood of the 2x2 table (chosen vs rest, word vs other words), negative when\n"
        .. "the word is rarer in the chosen documents; log_ratio = log2((a / Na) / (b / Nb)), 0.5 for a zero count."))
    c:option("--min", "Minimum count in the chosen documents.", "3"):convert(tonumber)
  end },
  { "grep", function(p)
    local c = common(p:command("grep", "Lines of files that match a PCRE2 pattern (exit 1 when none does)."))
    c:argument("pattern", "A PCRE2 pattern (UTF-8, Unicode properties).")
    c:argument("files", "Files, or - for standard input."):args("*")
    c:flag("-c --count", "Print only the number of matching lines.")
    c:flag("-i", "Ignore case.")
    c:flag("-a", "Ignore accents: e matches é è ê ë.")
    c:option("--match-limit", "Backtracking steps before giving up."):convert(tonumber)
    c:option("-j --jobs", "Threads searching each file with -c (default: the processors)."):convert(tonumber)
  end },
  { "list", function(p) common(p:command("list", "List the bundled reports.")) end },
  { "repl", function(p) common(p:command("repl", "Interactive Lua with the library loaded.")) end },
  -- shown in --help; their arguments are handled by the script runner
  { "run", function(p) p:command("run", "Run a Lua script with the library loaded: run SCRIPT.lua [ARG...]") end },
  { "report", function(p) p:command("report", "Run a bundled report: report NAME [ARG...]") end },
  { "kwic", function(p) p:command("kwic", "Concordance: kwic TERM [--width N] [--sort 1L|1R|2L|2R]") end },
}

-- The parser; with only, just that command's options (the others are not
-- built: a command line names one, and building them all costs a millisecond).
local function build_parser(only)
  local p = argparse("lunette", "Text analysis for news coverage: ingest, search, concordance, extraction.")
    :epilog("Commands run, report and kwic pass their arguments to a Lua script.\n"
      .. "lunette run SCRIPT.lua [ARG...] | lunette report NAME [ARG...] | lunette kwic TERM [--width N]\n"
      .. "Exit status: 0 success, 1 failed run, 2 bad usage.")
  p:command_target("command")
  p:require_command(false)
  common(p, "root_")
  p:flag("--version", "Print the version.")
  for _, c in ipairs(COMMANDS) do
    if not only or c[1] == only then c[2](p) end
  end
  return p
end

--- Entry point: args is the global arg table. Returns the exit code.
function M.main(args)
  local words = table.move(args, 1, #args, 1, {})
  -- global options before a script command: lunette --db x.db report overview
  local i = 1
  while words[i] and words[i]:sub(1, 2) == "--" and SCRIPT_OPTS[words[i]:match("^[^=]+")] do
    i = i + (words[i]:find("=") and 1 or 2)
  end
  local w = words[i]
  if w == "run" or w == "report" or w == "kwic" then
    local pre = table.move(words, 1, i - 1, 1, {})
    local rest = table.move(words, i, #words, 1, {})
    table.move(pre, 1, #pre, #rest + 1, rest)   -- leading options go after the command
    return script_command(rest)
  end
  -- the first word that names a command (after the root options) picks it
  local only
  for _, word in ipairs(words) do
    for _, c in ipairs(COMMANDS) do if c[1] == word then only = word; break end end
    if only or word:sub(1, 1) ~= "-" then break end
  end
  local parser = build_parser(only)
  local ok, parsed = parser:pparse(words)
  if not ok and only then                       -- the message as the whole parser gives it
    parser = build_parser()
    ok, parsed = parser:pparse(words)
  end
  if not ok then
    io.stderr:write(parser:get_usage(), "\n\nlunette: ", parsed, "\n")
    return 2
  end
  if parsed.version then print(lunette._VERSION); return 0 end
  if not parsed.command then io.stdout:write(parser:get_help(), "\n"); return 2 end
  parsed.db = parsed.db or parsed.root_db or lunette.default_db
  lunette.default_db = parsed.db
  output.format = parsed.format or parsed.root_format
  local res = table.pack(xpcall(commands[parsed.command], function(e)
    if getmetatable(e) == Failure then return e end
    return debug.traceback(tostring(e), 2)
  end, parsed))
  if not res[1] then
    local e = res[2]
    if getmetatable(e) == Failure then say("%s", e.msg); return e.code end
    say("internal error: %s", tostring(e))
    return 1
  end
  io.stdout:flush()
  return res[2] or 0
end

return M
