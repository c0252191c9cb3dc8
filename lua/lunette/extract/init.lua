--- lunette.extract: figures, dates, sources (attributions), entities and
--- metadata, from a text or over the whole database with provenance.
---
---   local extract = require "lunette.extract"
---   for _, f in ipairs(extract.figures(body, { published = "2025-01-27" })) do
---     print(f.text, f.low, f.high, f.approx, f.unit, f.source)
---   end
---   extract.run(corpus, { "figures", "sources" })   -- annotations, skipping done work
---
--- Records (start, end: 0-based byte offsets into the body, end exclusive):
---   figure  { start, end, text, low, high, approx, unit, sentence, source }
---   date    { start, end, text, value, resolved, zone }
---   source  { start, end, text, source, cue }
---   entity  { start, end, text, type, name }   (name: the gazetteer's for what it knows --
---           "nord-coréens", "North Korea" -> Corée du Nord --, else the text)
local pattern = require "lunette.pattern"
local seq = require "lunette.extract.seq"

local M = {}

M.modules = {
  figures = require "lunette.extract.figures",
  dates = require "lunette.extract.dates",
  sources = require "lunette.extract.sources",
  entities = require "lunette.extract.entities",
}
M.kinds = { "figures", "dates", "sources", "entities" }
--- the annotation kind of each extractor, and the fields of its records
M.kind_of = { figures = "figure", dates = "date", sources = "source", entities = "entity" }
M.fields = {
  meta = { "doc", "title", "author", "published", "url", "lang" },
  figures = { "doc", "start", "end", "text", "low", "high", "approx", "unit", "sentence" },
  dates = { "doc", "start", "end", "text", "value", "resolved", "zone" },
  sources = { "doc", "start", "end", "text", "source", "cue" },
  entities = { "doc", "start", "end", "text", "type" },
}

--- The rules a document's language is read with. The extractors' grammar is French
--- and English; a document in another language (German, Spanish...: `lang` from
--- its metadata or from detection) has no rules of its own, and they find nothing
--- in it rather than read it with French grammar (German nouns as names). A script
--- may lend one the rules of another: extract.rules_language.es = "fr". A document
--- of unknown language (nil, "other", "und"): French.
M.rules_language = { fr = "fr", en = "en" }
M.default_language = "fr"
local UNKNOWN = { other = true, und = true, [""] = true }

--- The rules language of a document language (nil: none; "fr-FR", "EN" read as fr, en).
function M.rules_for(lang)
  if type(lang) ~= "string" then return M.default_language end
  local primary = lang:lower():match("^%a*")
  if UNKNOWN[primary] then return M.default_language end
  return M.rules_language[primary]
end

--- One analysis of a text shared by every extractor. ctx.lang: the rules language;
--- ctx.no_rules: the document's language when it has none (nothing is extracted).
function M.context(text, opts)
  opts = opts or {}
  local lang = M.rules_for(opts.lang)
  if not lang then
    return { tokens = {}, sentences = {}, no_rules = opts.lang, published = opts.published }
  end
  local toks, sents, doc = pattern.lazy_tokens(text, lang)
  return { tokens = toks, sentences = sents, doc = doc, lang = lang, published = opts.published }
end

-- (once per context: figures read the sources of their text, which a run over the database also
-- stores; the second ask gets the same records)
local function run_one(kind, text, ctx)
  local done = ctx.results or {}
  ctx.results = done
  done[kind] = done[kind] or (ctx.no_rules and {}) or M.modules[kind].extract(text, ctx)
  return done[kind]
end

-- the shared analysis: opts itself when it is one (from M.context), else a new one
local function ctx_of(text, opts) return opts and opts.tokens and opts or M.context(text, opts) end

--- Sources of a text.
function M.sources(text, opts) return run_one("sources", text, ctx_of(text, opts)) end
--- Dates of a text (opts.published resolves relative ones).
function M.dates(text, opts) return run_one("dates", text, ctx_of(text, opts)) end
--- Entities of a text.
function M.entities(text, opts) return run_one("entities", text, ctx_of(text, opts)) end

-- what opens a clause that contrasts with the one before it, after a comma: an attribution
-- there speaks for its own clause, not for a figure before it ("Il y avait 300 000 personnes,
-- mais les syndicats ont dit 800 000"; "put the number at 1.2 million, while unions claimed")
-- (and a relative clause: "près de 200 pays doivent s'accorder sur un objectif, que les pays en
-- développement chiffrent à 1 000 milliards": theirs is the figure after the verb, not the 200)
-- (and a relative of the subject after a comma: "won 54% of the vote in the election, which the
-- opposition says was rigged")
M.contrasts = { "mais", "tandis que", "tandis qu'", "alors que", "alors qu'", "but", "while", "whereas", "whilst",
                "que", "qu'", "which", "qui" }
-- of those, what opens a clause after an attribution that closes its own with a comma, the figures of that clause
-- not the attribution's ("..., the Lebanese health ministry said, while about 80 Israeli soldiers were killed,
-- according to Israeli figures"; "..., a indiqué le ministère, tandis que 82 soldats ..."); not a relative, whose
-- figures are ("a indiqué le ministère, qui a recensé 300 morts"), nor mais, which goes on with what is said
-- ("affirmant avoir non pas une, mais plusieurs dizaines d'idées")
M.contrasts_after = { "tandis que", "tandis qu'", "alors que", "alors qu'", "while", "whereas", "whilst" }
-- and what joins a clause after such an attribution, whose figures are the attribution's after them when there is
-- one ("..., according to USDA data, and 36 people have tested positive, the CDC said"), else the one before
M.coordinators_after = { "and", "et" }
-- (Lua patterns on the cue in lower case: the cues that open what they attribute)
M.opening_cues = { "^selon", "^d.après", "^d’après", "^according", "^pour", "^à en croire", "^as " }
-- and what opens a clause of a time before or after it (Lua patterns, lower case, at the clause's
-- start): "Chevron agreed to buy Hess for $53 billion, weeks after rival Exxon Mobil announced"
-- (and a when-clause: "le nombre de régions passerait de 22 à 13, quand François Hollande en prévoyait 14", "More
-- than 400 people have been detained, when the government said it would suspend talks")
M.time_clauses = { "^after ", "^before ", "^since ", "^%a+ after ", "^%a+ before ", "^a %a+ after ",
                   "^a %a+ before ", "^just %a+ after ", "^après qu", "^avant qu", "^depuis qu",
                   "^[%a\128-\255]+ [%a\128-\255]+ après qu", "^quand ", "^lorsque? ", "^lorsqu'", "^when " }

-- does the clause that holds byte b of text (0-based) open with a contrast or a time after a comma, that
-- comma after byte a? (the clause: from the last comma before b; "..., mais les syndicats ont
-- dit" is one, "..., mais ce n'est pas l'objectif", assure un conseiller" is not, nor "« ...,
-- mais pas Varsovie » a expliqué le directeur")
-- (with contrasts, those words only, no time: M.contrasts_after)
local function contrast_between(text, a, b, contrasts)
  local seg = text:sub(a + 1, b):lower():gsub("’", "'")
  local comma = seg:match(".*(),")
  if not comma then return false end
  local clause = seg:sub(comma + 1):match("^%s*(.*)$")
  -- (a quotation closed on the way: the attribution after it speaks for the whole quotation)
  if clause:find("\194\187") or clause:find("\226\128\157") or clause:find('"') then return false end
  for _, w in ipairs(contrasts or M.contrasts) do
    if clause:sub(1, #w) == w and (w:find("'$") or not clause:sub(#w + 1, #w + 1):find("[%w\128-\255]")) then
      return true
    end
  end
  return not contrasts and seq.matches(M.time_clauses, clause)
end

-- is the speaker a count's noun after its determiner and an adjective or none ("Le dernier bilan")?
local function count_speaker(name)
  local words, rules = {}, M.modules.sources.rules
  for w in (name or ""):lower():gmatch("[^%s']+") do words[#words + 1] = w end
  local k = rules.count_adjectives[words[2]] and 3 or 2
  return rules.figure_nouns[words[k] or ""] ~= nil
end

-- each figure gets an attribution of its sentence (.source): the nearest one,
-- so that "4 500 selon la police, 12 000 selon les syndicats" gives each its own
-- (not one after a contrast the figure is before)
local function link_sources(figs, sources, text)
  local by_sentence = {}
  for _, s in ipairs(sources) do
    local list = by_sentence[s.sentence_start] or {}
    by_sentence[s.sentence_start] = list
    list[#list + 1] = s
  end
  local function inside(f, s) return s.speaker_start and f.start < s.speaker_end and f["end"] > s.speaker_start end
  -- what an attribution is to the figures of its sentence, read in one pass over them:
  -- (shares: a speaker holding a share is a poll's respondents, "41% of Americans believe ..., up from 24% in
  -- 2022" is no source of the 24%, the poll is)
  -- (bound: an attribution by a participle and its agent right after a figure is that figure's only, "3 000
  -- selon la police, contre 10 000 annoncés par les organisateurs", "99 %, au-delà des 74 % annoncés par")
  -- (held: an attribution that holds figures in its own span, a passive's "est estimé à 13,2 milliards par EDF", is
  -- theirs before another of the sentence, "..., et à 23,7 milliards en incluant les frais, selon la Cour des
  -- comptes" is the Court's; alone it is the sentence's, "qui en a déjà récupéré 1,1 million")
  -- (closes: an attribution that closes its own clause with a comma, not one opening what it attributes, "Selon le
  -- gouvernement, ..., tandis que 1 500 ...": a contrast after it takes its figures from it, M.contrasts_after)
  local shares, bound, held, closes = {}, {}, {}, {}
  for _, s in ipairs(sources) do
    -- (an opening cue after a comma closes the clause before it too: "..., according to USDA data, and ...")
    closes[s] = text:find("^%s*,", s["end"] + 1) ~= nil
      and (not seq.matches(M.opening_cues, s.cue:lower()) or text:sub(1, s.start):find(",%s*$") ~= nil)
  end
  for _, f in ipairs(figs) do
    for _, s in ipairs(by_sentence[f.sentence_start] or {}) do
      local within = inside(f, s)
      if within and f.unit == "%" then shares[s] = true end
      if s.start >= f["end"] and s.start - f["end"] <= 1 and s.cue:find(" par$") then bound[s] = f end
      -- (and one right before à and the figure: "chiffré par le journal l'Agefi à un million d'euros")
      if f.start >= s["end"] and s.cue:find(" par$") and text:sub(s["end"] + 1, f.start):find("^%s*à%s*$") then
        bound[s] = f
      end
      if not within and f.start >= s.start and f["end"] <= s["end"] then
        held[s] = held[s] or {}
        held[s][f] = true
      end
    end
  end
  -- (a speaker that is a count's noun is the figure itself, beside another speaker of its sentence: "Le
  -- bilan provisoire fait état de 14 morts et de 250 blessés, a indiqué le ministère" is the ministry's)
  local counts = {}
  for _, list in pairs(by_sentence) do
    if #list > 1 then
      for _, s in ipairs(list) do counts[s] = count_speaker(s.source) end
    end
  end
  -- (an agent after its participle, not bound to the figure, says what the participle's noun is: "70 personnes ont
  -- été tuées dans une attaque revendiquée par le JNIM, selon des sources sécuritaires" are the sources'; alone in
  -- its sentence it is the figure's: "12 000 manifestants, un chiffre avancé par la police")
  local function agent(s) return s.cue:find(" par$") or s.cue:find(" by$") end
  -- (an attribution whose speaker stands before its cue, after a comma and a coordinator: what it says follows it,
  -- the figure before is the clause's before, "held the cash rate at 4.35 per cent, and Governor Michele Bullock
  -- said the board ...", "a maintenu son taux à 4,35 %, et le gouverneur a déclaré que ...")
  local function joined_after(f, s)
    return s.start >= f["end"] and s.speaker_end ~= nil and s.speaker_end <= s["end"] - #s.cue
      and contrast_between(text, f["end"], s.start, M.coordinators_after)
  end
  -- (later: an attribution other than an agent stands after the figure in its sentence)
  local function nearest(f, later, others_held, agents)
    local best, gap
    for _, s in ipairs(by_sentence[f.sentence_start] or {}) do
      local g = s.start >= f["end"] and s.start - f["end"] or math.max(0, f.start - s["end"])
      -- (not the speaker the figure is part of: "60 % des Français estiment", said by the poll)
      if not inside(f, s) and not shares[s] and not counts[s] and (not gap or g < gap)
         and (agents or bound[s] == f or not agent(s))
         and (bound[s] == nil or bound[s] == f) and (others_held or not held[s] or held[s][f])
         and not (s.start >= f["end"] and contrast_between(text, f["end"], s.start)) and not joined_after(f, s)
         and not (closes[s] and s["end"] <= f.start
                  and (contrast_between(text, s["end"], f.start, M.contrasts_after)
                       or (later and contrast_between(text, s["end"], f.start, M.coordinators_after)))) then
        best, gap = s, g
      end
    end
    return best
  end
  for _, f in ipairs(figs) do
    local later = false
    for _, s in ipairs(by_sentence[f.sentence_start] or {}) do
      if s.start >= f["end"] and not agent(s) then later = true end
    end
    local best = nearest(f, later, false, false) or nearest(f, later, true, false) or nearest(f, later, false, true)
      or nearest(f, later, true, true)
    f.source = best and best.source
  end
  return figs
end

-- the quotations of a text: { {first byte, last byte}, ... } (0-based, « » and “ ” paired in order)
local OPEN = { ["\194\171"] = "\194\187", ["\226\128\156"] = "\226\128\157" }
local function quotations(text)
  local out, pos = {}, 1
  while true do
    local a, b = text:find("\194\171", pos, true)
    local c, d = text:find("\226\128\156", pos, true)
    if c and (not a or c < a) then a, b = c, d end
    if not a then break end
    local close = OPEN[text:sub(a, b)]
    local e, f = text:find(close, b + 1, true)
    if not e then break end
    out[#out + 1] = { a - 1, f }
    pos = f + 1
  end
  return out
end

-- a figure with no attribution in its sentence, inside a quotation of several sentences: the
-- attribution right after the quotation ("« ... 300 soldats. La situation est grave », a
-- déclaré le ministre") or right before it ("Le général a dit : « ... »")
local QUOTE_REACH = 40                  -- bytes between the quotation and its attribution
local function link_quotes(figs, sources, text)
  local quotes
  for _, f in ipairs(figs) do
    if f.source == nil then
      quotes = quotes or quotations(text)
      for _, q in ipairs(quotes) do
        if f.start >= q[1] and f["end"] <= q[2] then
          local best
          -- (after a quotation inside a sentence, no sentence's end between them: "a reproché d'avoir accumulé
          -- « plus de 50 milliards de déficits » depuis 2020. Selon l'Institut du Québec" is another sentence's)
          local before = text:sub(1, q[1]):gsub("%s+$", "")
          local inside = not (before == "" or before:find("[%.!?:\"]$") or before:find("»$") or before:find("…$"))
          for _, s in ipairs(sources) do
            if s.start >= q[2] and s.start - q[2] <= QUOTE_REACH
               and not (inside and text:sub(q[2] + 1, s.start):find("[%.!?]%s")) then
              best = s
              break
            end
            if s["end"] <= q[1] and q[1] - s["end"] <= QUOTE_REACH then best = s end
          end
          f.source = best and best.source
          break
        end
      end
    end
  end
  return figs
end

-- the figures of a text linked to its attributions said (in its sentence, else around its quotation)
local function sourced_figures(text, ctx, said)
  return link_quotes(link_sources(run_one("figures", text, ctx), said, text), said, text)
end

--- Figures of a text, each linked to the attribution of its sentence (.source).
function M.figures(text, opts)
  local ctx = ctx_of(text, opts)
  return sourced_figures(text, ctx, run_one("sources", text, ctx))
end

--- Every kind: { figures = ..., dates = ..., sources = ..., entities = ... },
--- from one analysis, the sources found once.
function M.all(text, opts)
  local ctx = M.context(text, opts)
  local out = { sources = run_one("sources", text, ctx) }
  out.figures = sourced_figures(text, ctx, out.sources)
  out.dates = run_one("dates", text, ctx)
  out.entities = run_one("entities", text, ctx)
  return out
end

-- {====== over the database

local cjson = require "cjson"
local core = require "lunette.core"

-- the rules as text: keys sorted, each table once (a digest's input)
local function serialize(v, out, seen)
  local ty = type(v)
  if ty ~= "table" then out[#out + 1] = ty == "function" and "fn" or tostring(v); return end
  if seen[v] then out[#out + 1] = "@"; return end
  seen[v] = true
  local keys = {}
  for k in pairs(v) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  out[#out + 1] = "{"
  for _, k in ipairs(keys) do
    out[#out + 1] = tostring(k) .. "="
    serialize(v[k], out, seen)
    out[#out + 1] = ","
  end
  out[#out + 1] = "}"
end

--- A digest of the extractors' code and of every rule table as it is now (one for
--- all kinds: M.version takes it so that a run reads the code once).
function M.digest()
  local parts = {}
  for _, name in ipairs{ "init", "figures", "dates", "sources", "entities", "numbers", "seq", "gazetteer", "names" } do
    local path = package.searchpath("lunette.extract." .. name, package.path)
    local f = path and io.open(path, "rb")
    if f then parts[#parts + 1] = f:read("a"); f:close() end
  end
  local seen = {}
  for _, k in ipairs(M.kinds) do serialize(M.modules[k].rules or {}, parts, seen) end
  serialize(require("lunette.extract.numbers"), parts, seen)
  serialize(require("lunette.extract.gazetteer"), parts, seen)
  serialize(require("lunette.extract.names"), parts, seen)
  serialize({ M.rules_language, M.default_language }, parts, seen)   -- (which documents get rules)
  parts[#parts + 1] = "analyzer " .. core.analyzer_version   -- (its tokens are what the rules read)
  return core.hash(table.concat(parts)):sub(1, 12)
end

--- The version stored with an extractor's annotations: its version number and the
--- digest of the code and rules (M.digest(), or the one given), so that an upgrade,
--- or a script that extends the rules, does the documents again (and the same code
--- and rules do no work twice).
function M.version(kind, digest)
  return M.modules[kind].version .. "." .. (digest or M.digest())
end

local VALUE_FIELDS = {
  figures = { "low", "high", "approx", "unit", "source" },
  dates = { "value", "resolved", "zone" },
  sources = { "source", "cue", "speaker", "speaker_start", "speaker_end" },
  entities = { "type", "name" },
}

--- A failure of extract.run (or f.where in place of its document) in one line: "document 12 (/a.txt):
--- the sources extractor failed, its records left out: <the error's first line>".
function M.failure_text(f)
  return ("%s: the %s extractor failed, its records left out: %s"):format(
    f.where or ("document %d (%s)"):format(f.doc, f.path or "?"), f.kind, tostring(f.error):match("^[^\n]*"))
end

--- Run extractors over the documents (opts.where / opts.params choose them),
--- storing annotations (kind, span, sentence span, JSON value, extractor,
--- version, run). A document already done by the same extractor version is
--- skipped: re-running does no work. Returns { done = n, skipped = n, records = n,
--- no_rules = { [language] = documents done with nothing found: no rules for it },
--- failed = { { doc =, path =, kind =, error = }, ... } }: an extractor that
--- fails on a document (a Lua error in its rules or a user's) leaves that
--- document's records of that kind as they were and is tried again next run;
--- the other documents and kinds go on. Each failure is told to
--- opts.on_failure(f) as it comes, by default a line on standard error.
function M.run(corpus, kinds, opts)
  opts = opts or {}
  local counts = { done = 0, skipped = 0, records = 0, no_rules = {}, failed = {} }
  local run = corpus:start_run("extract", nil, { kinds = kinds, where = opts.where })
  local versions, digest = {}, M.digest()
  for _, k in ipairs(kinds) do versions[k] = M.version(k, digest) end
  local tell = opts.on_failure or function(f) io.stderr:write("lunette: ", M.failure_text(f), "\n") end
  local todo = {}
  for d in corpus:documents{ where = opts.where, params = opts.params, columns = "id, path, body, lang, published" } do
    local need = {}
    for _, k in ipairs(kinds) do
      local m = M.modules[k]
      if not corpus:one("SELECT 1 AS x FROM extractions WHERE doc = ? AND extractor = ? AND version = ?",
                        d.id, "lunette." .. m.name, versions[k]) then need[#need + 1] = k end
    end
    if #need > 0 then todo[#todo + 1] = { doc = d, kinds = need } else counts.skipped = counts.skipped + 1 end
  end
  local batch = opts.batch or 100
  for b = 1, #todo, batch do
    corpus:transaction(function()
      for i = b, math.min(b + batch - 1, #todo) do
        local d, need = todo[i].doc, todo[i].kinds
        local ctx = M.context(d.body, { lang = d.lang, published = d.published })
        if ctx.no_rules then counts.no_rules[ctx.no_rules] = (counts.no_rules[ctx.no_rules] or 0) + 1 end
        for _, k in ipairs(need) do
          local m = M.modules[k]
          local name = "lunette." .. m.name
          local ok, recs = xpcall(M[k], debug.traceback, d.body, ctx)
          if ok then
            corpus:exec("DELETE FROM annotations WHERE doc = ? AND extractor = ?", d.id, name)
            for _, r in ipairs(recs) do
              local value = {}
              for _, f in ipairs(VALUE_FIELDS[k]) do value[f] = r[f] end
              corpus:annotate(d.id, M.kind_of[k], r.start, r["end"], value, { text = r.text, extractor = name,
                version = versions[k], run = run, sentence = { r.sentence_start, r.sentence_end } })
              counts.records = counts.records + 1
            end
            corpus:exec("INSERT OR REPLACE INTO extractions (doc, extractor, version, run) VALUES (?, ?, ?, ?)",
                        d.id, name, versions[k], run)
          else
            local f = { doc = d.id, path = d.path, kind = k, error = recs }
            counts.failed[#counts.failed + 1] = f
            tell(f)
          end
        end
        counts.done = counts.done + 1
      end
    end)
  end
  corpus:finish_run(run, #counts.failed == 0 and "ok" or "failed")
  return counts
end

--- The stored records of one kind, as the CLI prints them (doc = id).
function M.records(corpus, kind, opts)
  opts = opts or {}
  local m = M.modules[kind]
  -- (a figure's sentence cut out of its body by SQLite, in bytes: no body copied per record)
  local sentence = kind == "figures" and [[, CAST(substr(CAST(d.body AS BLOB), a.sent_start + 1,
    a.sent_end - a.sent_start) AS TEXT) AS sentence]] or ""
  local sql = [[SELECT a.doc, a.start, a."end", a.text, a.value]] .. sentence .. [[
    FROM annotations a JOIN documents d ON d.id = a.doc
    WHERE a.kind = ? AND a.extractor = ?]] .. (opts.where and (" AND a.doc IN (SELECT id FROM documents WHERE "
    .. opts.where .. ")") or "") .. " ORDER BY a.doc, a.start"
  local out = {}
  for row in corpus:query(sql, M.kind_of[kind], "lunette." .. m.name, table.unpack(opts.params or {})) do
    local r = { doc = row.doc, start = row.start, ["end"] = row["end"], text = row.text }
    for k, v in pairs(cjson.decode(row.value or "{}")) do
      if v ~= cjson.null then r[k] = type(v) == "number" and math.tointeger(v) or v end
    end
    r.sentence = row.sentence
    out[#out + 1] = r
  end
  return out
end

-- }======

return M
