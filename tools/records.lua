-- records.lua: review extraction changes on real text, record by record.
--
--   lunette run tools/records.lua dump CORPUS OUT [PUBLISHED]
--       every record of every document of CORPUS (documents separated by \30, as
--       build/bench/fresada-fr-news.txt), one line each: kind, document number,
--       start, end, then the fields of its kind
--   lunette run tools/records.lua diff CORPUS A B [KIND]
--       the records of B that A lacks, each with 60 bytes of context around it
--       (swap A and B for the records that went)
--   lunette run tools/records.lua sample CORPUS KIND SEED N
--       the records of KIND in N documents drawn with SEED, in context
--   lunette run tools/records.lua quotes CORPUS [N] [WORD]
--       the N words (60) most often after a closing quote where no attribution starts, with an
--       example each: verbs of saying the rules miss (a recall probe over the whole corpus);
--       with WORD (folded), N examples of that word there
--   lunette run tools/records.lua misses CORPUS KIND SEED N
--       what KIND may have missed in N documents drawn with SEED (a recall probe): sources,
--       sentences holding a word that often cues one and no record; figures, numbers that are
--       in no figure nor date; dates, month and weekday names in no date
--
-- The way rule changes were reviewed: dump before, change, dump after, read both
-- diffs in full (see the notes in the issue tracker).
local lunette = require "lunette"
local extract = require "lunette.extract"

local FIELDS = { figures = { "low", "high", "approx", "unit", "source" }, dates = { "value", "resolved", "zone" },
                 sources = { "source", "cue" }, entities = { "type", "name" } }

local function documents(path)
  local all = assert(lunette.core.readfile(path))
  local docs = {}
  for d in all:gmatch("[^\30]+") do docs[#docs + 1] = d end
  return docs
end

local function line(kind, n, r)
  local parts = { kind, n, r.start, r["end"] }
  for _, f in ipairs(FIELDS[kind]) do parts[#parts + 1] = f .. "=" .. tostring(r[f]) end
  return table.concat(parts, "\t")
end

local function context(d, s, e)
  return ((d:sub(math.max(1, s - 59), s) .. "[[" .. d:sub(s + 1, e) .. "]]" .. d:sub(e + 1, e + 60))
          :gsub("[\r\n]", " "))
end

-- N documents of the corpus file drawn with SEED (the same ones for the same seed)
local function drawn(path, seed, n)
  local docs = documents(path)
  math.randomseed(tonumber(seed) or 1)
  local out = {}
  for k = 1, tonumber(n) or 20 do out[k] = docs[math.random(#docs)] end
  return out
end

-- does one of the records start at or before token t and end after its start?
local function covered(recs, t)
  for _, r in ipairs(recs) do
    if t.start - 1 >= r.start and t.start - 1 < r["end"] then return true end
  end
  return false
end

local cmd = arg[1]
if cmd == "dump" then
  local out = assert(io.open(arg[3], "w"))
  for n, d in ipairs(documents(arg[2])) do
    local r = extract.all(d, { lang = "fr", published = arg[4] or "2021-01-01" })
    for _, k in ipairs(extract.kinds) do
      for _, rec in ipairs(r[k]) do out:write(line(k, n, rec), "\n") end
    end
  end
  out:close()
elseif cmd == "diff" then
  local docs = documents(arg[2])
  local function load(f)
    local t = {}
    for l in io.lines(f) do if not arg[5] or l:sub(1, #arg[5] + 1) == arg[5] .. "\t" then t[l] = true end end
    return t
  end
  local a, b = load(arg[3]), load(arg[4])
  local rows = {}
  for l in pairs(b) do if not a[l] then rows[#rows + 1] = l end end
  table.sort(rows)
  for _, l in ipairs(rows) do
    local _, n, s, e, rest = l:match("^(%S+)\t(%d+)\t(%d+)\t(%d+)\t?(.*)$")
    print(context(docs[tonumber(n)], tonumber(s), tonumber(e)) .. " | " .. rest)
  end
  io.stderr:write(#rows, " records\n")
elseif cmd == "sample" then
  local kind = arg[3]
  for _, d in ipairs(drawn(arg[2], arg[4], arg[5])) do
    for _, r in ipairs(extract.all(d, { lang = "fr", published = "2021-01-01" })[kind] or {}) do
      print(context(d, r.start, r["end"]) .. " | " .. line(kind, 0, r):gsub("^%S+\t0\t%d+\t%d+\t", ""))
    end
  end
elseif cmd == "misses" then
  local kind = arg[3]
  -- (folded words that often cue an attribution)
  local cues = { "selon", "d'apres", "declar", "affirm", "estim", "expliqu", "indiqu", "precis", "ajout", "annonc",
                 "assur", "soulign", "confi", "rappel", " dit", "said", "told", "according" }
  for _, d in ipairs(drawn(arg[2], arg[4], arg[5])) do
    local ctx = extract.context(d, { lang = "fr", published = "2021-01-01" })
    if kind == "sources" then
      local attributed = {}
      for _, r in ipairs(extract.modules.sources.extract(d, ctx)) do attributed[r.sentence] = true end
      for si, sent in ipairs(ctx.sentences) do
        if not attributed[si] then
          local txt = d:sub(sent[1], sent[2])
          local folded = lunette.core.fold(txt:lower(), "accents")
          for _, c in ipairs(cues) do
            if folded:find(c, 1, true) then print("- " .. (txt:gsub("[\r\n]", " "))); break end
          end
        end
      end
    elseif kind == "figures" then
      local spans = {}
      for _, k in ipairs{ "figures", "dates" } do
        for _, r in ipairs(extract.modules[k].extract(d, ctx)) do spans[#spans + 1] = r end
      end
      for _, t in ipairs(ctx.tokens) do
        if (t.type == "number" or t.type == "percent") and not covered(spans, t) then
          print(context(d, t.start - 1, t.stop))
        end
      end
    elseif kind == "dates" then
      local dates = require "lunette.extract.dates"
      local recs = extract.modules.dates.extract(d, ctx)
      for _, t in ipairs(ctx.tokens) do
        if t.type == "word" and (dates.rules.months[t.term] or dates.rules.weekdays[t.term])
           and not covered(recs, t) then
          print(context(d, t.start - 1, t.stop))
        end
      end
    else
      io.stderr:write("misses: sources, figures or dates\n")
      os.exit(2)
    end
  end
elseif cmd == "quotes" then
  -- the words that follow a closing quote (and a comma) where no attribution starts in the next five
  -- tokens, counted over the whole corpus, most frequent first, each with one example: the verbs of
  -- saying the rules miss show up at the top (and the noise of quoted titles: et, de, qui...)
  local sources = require "lunette.extract.sources"
  local counts, example, word, every = {}, {}, arg[4], {}
  for _, d in ipairs(documents(arg[2])) do
    local ctx = extract.context(d, { lang = "fr", published = "2021-01-01" })
    local toks = ctx.tokens
    local starts = {}
    for _, r in ipairs(extract.modules.sources.extract(d, ctx)) do starts[r.start] = true end
    for i, t in ipairs(toks) do
      if sources.rules.closing_quotes[t.word] and t.word ~= "'" then
        local k = i + 1
        if toks[k] and toks[k].word == "," then k = k + 1 end
        local w = toks[k]
        if w and w.type == "word" and w.flags & 1 == 0 then
          local hit = false
          for q = k, math.min(k + 5, #toks) do if starts[toks[q].start - 1] then hit = true; break end end
          if not hit then
            counts[w.term] = (counts[w.term] or 0) + 1
            if w.term == word or not example[w.term] then
              local seen = context(d, w.start - 1, w.stop)
              example[w.term] = example[w.term] or seen
              if w.term == word then every[#every + 1] = seen end
            end
          end
        end
      end
    end
  end
  if word then                           -- (one word's examples, N of them)
    for k = 1, math.min(tonumber(arg[3]) or 60, #every) do print(every[k]) end
    return
  end
  local words = {}
  for w in pairs(counts) do words[#words + 1] = w end
  table.sort(words, function(a, b) return counts[a] > counts[b] or (counts[a] == counts[b] and a < b) end)
  for k = 1, math.min(tonumber(arg[3]) or 60, #words) do
    print(("%6d  %-16s %s"):format(counts[words[k]], words[k], example[words[k]]))
  end
else
  io.stderr:write("usage: lunette run tools/records.lua dump|diff|sample|misses|quotes ...\n")
  os.exit(2)
end
