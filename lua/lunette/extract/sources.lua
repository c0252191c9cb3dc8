--- lunette.extract.sources: who a statement is attributed to.
---
--- sources(text, opts) -> records { start, end, text, source, cue, speaker_start,
--- speaker_end, sentence_start, sentence_end }. Both orders are found:
---   "selon X", "d'après X", "according to X", "cité par X"      (cue, then speaker)
---   "X a déclaré (que)", "X ont signalé", "X said"                (speaker, then cue)
---   "..., a déclaré X", "ce qu'indique X", "told X"                (cue, then speaker)
--- The cue lexicon and the alias table (M.rules.aliases: canonical name ->
--- the ways outlets write it) are data that a script extends.
local analyzer = require "lunette.analyzer"

local M = { name = "sources", version = "1" }

local set = require("lunette.extract.seq").set
local dates = require "lunette.extract.dates"   -- its months, read when used (rules are data)
local numbers = require "lunette.extract.numbers"  -- its number words (a verb before an amount)
local first_names = require "lunette.extract.names"      -- first names (and shared lists of titles)

-- the verbs in -er that report only with their speaker after a quote, written once ("« ... », lance
-- X", "a ironisé X"; not "Pyongyang a lancé deux missiles"): their participle is their present, folded
-- (ironisé, ironise); M.rules takes them as participles, as verbs and as inverted_only, with their forms
local QUOTED_ER = { "lance", "glisse", "souffle", "tranche", "resume", "commente", "ironise", "lache", "tacle",
  "raille", "tempere", "abonde", "enchaine", "plaisante", "soupire", "fustige", "assene", "claironne", "tonne",
  "hurle", "crie", "murmure", "chuchote", "grommele", "grommelle", "confesse", "clame", "proclame", "cingle",
  -- (they take an object: "a exprimé sa colère", "demande la démission", "termine son discours",
  -- "continue son travail", "proteste contre la loi", "a analysé les données", "a rassuré les marchés")
  "exprime", "certifie", "proteste", "demande", "termine", "continue", "espere", "propose", "decrypte", "suggere",
  "commence", "salue", "analyse", "gronde", "bafouille", "supplie", "implore", "rassure" }

-- verbs that name their object, reporting what they call it in quotes after it (M.rules.naming_verbs;
-- M.rules.verbs takes them too): "a qualifié cette décision de « scandaleuse »"
local NAMING = { "qualifie", "called", "calls" }

-- the verbs of saying whose participle is their present, folded (affirmé, affirme; dit), and English
-- pasts (said, told), written once: M.rules takes them as participles and as verbs, with their forms
local SAID = {
  "declare", "affirme", "rapporte", "indique", "annonce", "estime", "confirme", "signale", "constate", "souligne",
  "precise", "explique", "ajoute", "assure", "dit", "revele", "juge", "martele", "insiste", "repete", "ecrit",
  "note", "observe", "mentionne", "avance", "rappelle", "confie", "raconte", "denonce", "retorque", "releve",
  "detaille", "temoigne", "argue", "plaide", "reitere", "concede", "avoue", "nie", "deplore", "regrette",
  "considere", "predit", "remarque", "relate", "conteste", "refute", "jure", "reaffirme", "said", "told", "reported",
  "stated", "announced", "warned", "confirmed", "estimated", "claimed", "added", "noted", "explained", "revendique",
  "insisted", "argued", "acknowledged", "admitted", "asserted", "revealed", "indicated", "tweeted", "denied",
  "replique", "rajoute", "justifie", "argumente", "decrit", "redit", "enonce", "stressed", "emphasized",
  "emphasised", "cautioned", "conceded", "contended", "countered", "remarked", "recalled", "disclosed", "declared",
  "concluded", "replied", "testified", "alleged", "complained", "lamented", "joked", "quipped", "reiterated",
  "underlined", "alerte" }

-- English presents of SAID's pasts ("Prosecutors allege that", "The report notes that"), not the
-- plural's where it is a noun as often (stress, note, recall, underline); M.rules.verbs and
-- M.rules.english take them (english: never a cue in French text, "les notes"; so not declare and
-- concede, French déclare and concède folded, in SAID)
local PRESENTS_EN = {
  "stresses", "indicates", "indicate", "reveals", "reveal", "recalls", "notes", "emphasizes", "emphasize",
  "emphasises", "emphasise", "admits", "alleges", "allege", "contends", "contend", "asserts", "assert",
  "underlines", "concedes", "cautions", "discloses", "disclose", "declares", "testifies",
  "testify", "complains", "complain", "laments", "reiterates", "reiterate", "replies", "counters" }

-- s with its typographic apostrophes straight, for byte patterns: "['’]" is a class of four bytes,
-- and "^%a['’]" would cut "L’homme" inside its apostrophe
local function straight(s) return (s:gsub("’", "'")) end

-- a sentence's final mark: . ! ? or … (not [.!?…], a class of bytes that takes the first of "—")
local function stop_mark(w) return w:find("^[.!?]") ~= nil or w:sub(1, 3) == "…" end

-- is token t an acronym, two capitals or more ("the WHO", "the UN": no stopword's, no count's)?
local function acronym(t) return t.flags & 2 ~= 0 and #t.word > 1 end

-- the term of the first word of s ("Ces chiffres": ces; "D'après": d')
local function first_term(an, s) return an:term(s:match("^[^%s']+'?") or "") end

-- a list of lists' words, in order
local function joined(...)
  local out = {}
  for _, list in ipairs{ ... } do
    for _, w in ipairs(list) do out[#out + 1] = w end
  end
  return out
end

-- adverbs that invert a statement's subject (M.rules.inversion_openers, and inversion_leads with more)
-- verbs that give a figure after a preposition, right after them or after their object, with it
-- (M.rules.figure_verbs and figure_prep_verbs)
local FIGURE_PREP, FIGURE_PREP_VERBS = {}, {}
for _, row in ipairs{
  { "a", "chiffre", "chiffrent", "chiffrait", "chiffraient", "evalue", "evaluent", "evaluait", "evaluaient",
    "estime", "estiment", "estimait", "estimaient" },
  { "sur", "table", "tablent", "tablait", "tablaient", "mise", "misent", "misait", "misaient" },
  -- (a poll credits a list with its share: "Le sondage crédite la liste de Jordan Bardella de 31 %")
  { "de", "credite", "creditent", "creditait", "creditaient" },
  -- (and one that speaks of a figure: "La direction parle, elle, de 150 postes")
  { "de", "parle", "parlent", "parlait", "parlaient" },
  { "at", "put", "puts", "putting", "pegged", "pegs", "placed", "places" } } do
  for k = 2, #row do
    FIGURE_PREP[row[k]] = row[1]
    FIGURE_PREP_VERBS[#FIGURE_PREP_VERBS + 1] = row[k]
  end
end

-- verbs of forecast, of M.rules.figure_verbs (and forecast_verbs): a figure after a noun of
-- change or level ("Le FMI prévoit une croissance de 2,9 %", "expected a loss of 700,000")
-- (not attendre, a wait as often: "attendaient 3 heures")
local FORECASTS = { "prevoit", "prevoient", "prevoyait", "prevoyaient", "anticipe", "anticipent", "anticipait",
  "anticipaient", "expect", "expects", "expected", "forecast", "forecasts", "forecasted", "projected", "projects",
  "anticipate", "anticipates", "anticipated" }

-- what a document shows, written once (a cue, M.rules.document_cues and needs_que): "Les données de
-- l'Insee montrent que", "Data showed that"
local SHOWS = { "montre", "montrent", "montrait", "montraient", "montrera", "montreront", "montrerait",
                "montreraient", "show", "shows", "showed" }

local INVERSION_OPENERS = { "ainsi", "aussi", "peut-etre", "encore", "doute", "peine", "moins", "toujours" }

-- (no plural where it is another verb's: "les recettes abondent", "relèvent du fantasme")
local NO_PLURAL = { abonde = true, releve = true }
-- a verb and, when in -e, its present plural, imperfect, past historic, future and conditional
-- (dénonce -> dénoncent, affirme -> affirmait, affirmaient, affirma, affirmera, affirmerait)
local function forms_of(w)
  local out = { w }
  if w:find("[^e]e$") then
    if not NO_PLURAL[w] then out[#out + 1] = w .. "nt" end
    -- (after g an e stays: "interrogeait", "jugea")
    local stem = w:sub(1, -2) .. (w:find("ge$") and "e" or "")
    out[#out + 1] = stem .. "ait"
    out[#out + 1] = stem .. "aient"
    -- the past historic of the verbs in -er, as narratives write it: "estima-t-il", "déclarèrent"
    out[#out + 1] = stem .. "a"
    out[#out + 1] = w:sub(1, -2) .. "erent"
    -- the future and the conditional: "nous confiera-t-elle plus tard", "affirmerait X"
    for _, e in ipairs{ "ra", "ront", "rait", "raient" } do out[#out + 1] = w .. e end
  end
  return out
end

-- a set of verbs and their forms_of
local function with_forms(list)
  local out = {}
  for _, w in ipairs(list) do
    for _, f in ipairs(forms_of(w)) do out[#out + 1] = f end
  end
  return set(out)
end

-- what one states in, masculine and feminine, with their determiners and the adjectives that may
-- come first ("a commenté dans un court communiqué la direction")
local STATEMENTS = {
  { nouns = { "communique", "entretien", "tweet", "message", "courrier", "post", "courriel", "rapport", "avis",
              "livre", "ouvrage", "blog", "billet", "editorial", "document", "discours", "essai", "bilan",
              "memoire", "arret", "jugement" },
    determiners = { "un", "son", "leur", "ce" },
    adjectives = { "court", "bref", "long", "nouveau", "dernier", "recent" } },
  { nouns = { "interview", "declaration", "lettre", "video", "tribune", "note", "etude", "chronique", "publication",
              "reponse", "decision", "enquete", "circulaire", "ordonnance" },
    determiners = { "une", "sa", "leur", "cette" },
    adjectives = { "courte", "breve", "longue", "nouvelle", "derniere", "recente" } } }
-- time rows and "dans" + a determiner + a statement, each determiner: "souligne dans un
-- communiqué le Conseil", "indique dans son communiqué le porte-parole"
local function with_statements(rows)
  for _, g in ipairs(STATEMENTS) do
    for _, noun in ipairs(g.nouns) do
      for _, det in ipairs(g.determiners) do
        rows[#rows + 1] = { "dans", det, noun }
        for _, adj in ipairs(g.adjectives) do rows[#rows + 1] = { "dans", det, adj, noun } end
      end
    end
  end
  return rows
end

-- the rows verb + des + précisions, explications, détails for each of verbs, added to rows: giving
-- details reports ("a apporté des précisions : « ... »", "le ministère donne des explications sur")
local function with_details(verbs, rows)
  for _, v in ipairs(verbs) do
    for _, n in ipairs{ "precisions", "explications", "details" } do rows[#rows + 1] = { v, "des", n } end
  end
  return rows
end

-- phrase rows and the pluperfect of the reflexive past ones: s'est dit -> s'était dit,
-- se sont dits -> s'étaient dits
local function with_pluperfect(rows)
  local n = #rows
  for k = 1, n do
    local r = rows[k]
    if #r == 3 and r[1] == "s'" and r[2] == "est" then rows[#rows + 1] = { "s'", "etait", r[3] } end
    if #r == 3 and r[1] == "se" and r[2] == "sont" then rows[#rows + 1] = { "s'", "etaient", r[3] } end
  end
  return rows
end

-- the rows of a reflexive verb: its present forms after se or s', its participle after s'est and
-- se sont ({ "s'", "indigne" }, { "s'", "est", "indignee" }, { "se", "sont", "indignes" })
local function reflexive_rows(forms, participle)
  local clitic = participle:find("^[aeiouyh]") and "s'" or "se"
  local rows = {}
  for _, f in ipairs(forms) do rows[#rows + 1] = { clitic, f } end
  for _, f in ipairs{ participle, participle .. "e" } do rows[#rows + 1] = { "s'", "est", f } end
  for _, f in ipairs{ participle .. "s", participle .. "es" } do rows[#rows + 1] = { "se", "sont", f } end
  return rows
end

-- rows "FORM PREP INFINITIVE" for each form (a word, or a row of words) and each infinitive (de
-- elided before a vowel), added to rows
local function with_infinitive(prep, infinitives)
  return function(forms, rows)
    for _, f in ipairs(forms) do
      for _, v in ipairs(infinitives) do
        local row = {}
        if type(f) == "table" then table.move(f, 1, #f, 1, row) else row[1] = f end
        row[#row + 1] = prep == "de" and v:find("^[aeiouy]") and "d'" or prep
        for w in v:gmatch("%S+") do row[#row + 1] = w end
        rows[#rows + 1] = row
      end
    end
    return rows
  end
end

-- tenir à + an infinitive of saying: "a tenu à préciser", "tiennent à rajouter"
local with_tenir = with_infinitive("a", {
  "preciser", "rappeler", "souligner", "dire", "affirmer", "rassurer", "saluer", "denoncer", "expliquer",
  "indiquer", "annoncer", "assurer", "insister", "repondre", "nuancer", "temoigner", "confirmer", "dementir",
  "reagir", "ajouter", "rajouter", "reaffirmer", "repeter", "redire", "signaler", "prevenir" })

-- tenter de + an infinitive of explaining: "« ... », a tenté d'expliquer le jeune homme", "tente de se
-- justifier le directeur" (not those that take a thing as often: "tente de minimiser l'affaire")
local with_tenter = with_infinitive("de", { "expliquer", "justifier", "dementir", "repondre", "se justifier",
                                            "se defendre" })

-- venir de + an infinitive of saying, the recent past: "Air France vient d'annoncer un plan", "le
-- ministre venait de déclarer que"
local with_venir = with_infinitive("de", {
  "annoncer", "declarer", "confirmer", "affirmer", "indiquer", "preciser", "expliquer", "reveler", "devoiler",
  "reconnaitre", "denoncer", "dementir", "assurer", "rappeler", "souligner", "estimer", "avertir", "publier" })

-- se borner à, se contenter de + an infinitive of saying: "« ... », se borne-t-on à répéter à
-- l'Élysée", "se contentent de constater les pouvoirs publics", "s'est contenté d'indiquer X"
local SAY_ONLY = { "repeter", "commenter", "constater", "indiquer", "rappeler", "dire", "affirmer", "preciser",
                   "expliquer", "souligner", "declarer", "assurer", "repondre", "noter", "confirmer" }
local with_borner = with_infinitive("a", SAY_ONLY)
local with_contenter = with_infinitive("de", SAY_ONLY)

-- ne cesser de + an infinitive of saying, a repeated saying: "le ministre ne cesse de répéter que",
-- "« ... », n'a cessé de marteler le maire" (only negated, the ne before them part of the cue:
-- rules.negated_cues; "il cesse de répéter" stops)
-- prendre soin de + an infinitive of saying: "avait pris soin de préciser que", "le projet prend soin de
-- rappeler que"
local with_soin = with_infinitive("de", { "preciser", "rappeler", "souligner", "dire", "dementir", "repondre",
                                          "affirmer", "expliquer", "indiquer", "assurer" })
local SOIN = { { "prend", "soin" }, { "prennent", "soin" }, { "prenait", "soin" }, { "prenaient", "soin" } }

local with_cesser = with_infinitive("de", { "repeter", "dire", "affirmer", "rappeler", "marteler", "clamer",
                                            "souligner", "denoncer", "assurer", "expliquer", "proclamer" })
local CESSER = { "cesse", "cessent", "cessait", "cessaient" }

-- where a text is read, after a quote, with an inverted on: "», peut-on lire dans le rapport",
-- "», pouvait-on lire sur le site du Monde" (the place after it is the source: on_places; lire is
-- inverted_only; not entendre, which "laisse entendre" reports before its object)
local function with_reading(rows)
  for _, f in ipairs{ "peut", "pouvait", "pourra", "pourrait" } do
    rows[#rows + 1] = { f, "lire" }
  end
  return rows
end

-- reflexive verbs of saying, which report only after a quote ("« ... », s'indigne le maire", "se sont
-- réjouis les organisateurs"): a verb in -er by its present (its forms_of; the participle is the
-- same word folded: indigné), the others by their forms and their participle
local REFLEXIVE_SAYING = {
  "indigne", "exclame", "interroge", "inquiete", "etonne", "felicite", "insurge", "emporte", "agace", "alarme",
  "amuse", "offusque", "esclaffe", "justifie", "lamente", "enthousiasme", "enerve", "desole", "irrite",
  "impatiente", "exaspere", "etrangle", "moque", "epanche", "emerveille", "ecrie", "marre", "desespere",
  "demande", "resigne", "ravise", "vante", "confie", "questionne", "targue", "revolte", "morfond", "rememore",
  "repete", "explique",
  { "rappelle", "rappellent", "rappelait", "rappelaient", "rappellera", "rappellerait", participle = "rappele" },
  -- (the verbs among them that report on their own too, "X confie que", "rappelle X": their forms
  -- are no words of inverted_only; true: reflexive, they report inverted only, "se rappelle X", not
  -- "le policier se rappelle que", a memory; false: in any order, "X se confie au Parisien")
  -- ("present": in their present only, "s'explique" being "is explained by", "Ce chiffre s'explique par
  -- la crise", but "X s'est expliqué sur Twitter")
  plain = { confie = false, rappelle = true, repete = true, explique = "present" },
  { "rejouit", "rejouissent", "rejouissait", "rejouissaient", "rejouira", "rejouirait", participle = "rejoui" },
  { "defend", "defendent", "defendait", "defendaient", "defendra", "defendrait", participle = "defendu" },
  { "plaint", "plaignent", "plaignait", "plaignaient", "plaindra", "plaindrait", participle = "plaint" },
  { "emeut", "emeuvent", "emouvait", "emouvaient", participle = "emu" },
  { "souvient", "souviennent", "souvenait", "souvenaient", participle = "souvenu" } }
-- their rows (reflexive_rows), their verbs' words (inverted_only), and those of the plain ones that
-- report inverted only when reflexive
local function reflexive_saying()
  local rows, words, plain = {}, {}, {}             -- (plain: word -> true or "present")
  for _, v in ipairs(REFLEXIVE_SAYING) do
    local forms, pp = v, v.participle
    if type(v) == "string" then forms, pp = forms_of(v), v end
    local own = REFLEXIVE_SAYING.plain[forms[1]]
    for _, row in ipairs(reflexive_rows(forms, pp)) do
      rows[#rows + 1] = row
      if own == nil then words[#words + 1] = row[#row] elseif own then plain[row[#row]] = own end
    end
  end
  return rows, words, plain
end
local REFLEXIVE_ROWS, REFLEXIVE_WORDS, REFLEXIVE_PLAIN = reflexive_saying()

-- each row followed by de, du, des or d' ("au micro de", "au micro d'"), added to out (a new list
-- when none)
local function with_de(rows, out)
  out = out or {}
  for _, r in ipairs(rows) do
    for _, de in ipairs{ "de", "du", "des", "d'" } do out[#out + 1] = { table.unpack(r) }; out[#out][#r + 1] = de end
  end
  return out
end

-- a participle (folded) with its agreements (estime, estimee, estimes, estimees), and their set
local agreed_forms, agreed_set = require("lunette.extract.seq").agreed_forms, require("lunette.extract.seq").agreed
-- participles of making public, agreed, that name their agent as the one who speaks, after a
-- criterion's noun (published_participles) and after a content noun (content_nouns.made_en): "les
-- résultats annoncés lundi par la commission", "des éléments chiffrés fournis par son équipe"
local MADE_PUBLIC = agreed_set{ "annonce", "proclame", "fourni" }

-- the rows participle + par of these participles, agreed ("recensés par la police", "des chiffres
-- communiqués par la préfecture", "des propos rapportés par Le Parisien"), added to out
-- (and those of a figure, with it after their agent: AGENT_AT, M.rules.agent_at: "la mesure, chiffrée par
-- Bercy à 3 milliards", "le coût, estimé par le ministère à 2 milliards"; not "très estimé par ses pairs")
local AGENT_AT = { "chiffre", "evalue", "estime" }
local AGENT_PARTICIPLES = { "cite", "recense", "denombre", "comptabilise", "communique", "rapporte", "relaye",
                            "revendique", table.unpack(AGENT_AT) }
-- (and participles that tell who gave a figure right before them only: "contre 10 000 annoncés par les
-- organisateurs"; not "la réforme annoncée par le gouvernement")
local FIGURE_SAID = { "annonce", "avance", "evoque", "declare", "affiche" }
local function agent_rows(out)
  for _, list in ipairs{ FIGURE_SAID, AGENT_PARTICIPLES } do
    for _, p in ipairs(list) do
      for _, f in ipairs(agreed_forms(p)) do out[#out + 1] = { f, "par" } end
    end
  end
  return out
end

M.rules = {
  -- participles (agent_rows) that also tell money earned, after an amount
  earned = agreed_set{ "rapporte" },
  -- participles (agent_rows) that report only after a figure (FIGURE_SAID)
  figure_said = agreed_set(FIGURE_SAID),
  -- participles (agent_rows) that report only with a figure after their agent and à (AGENT_AT)
  agent_at = agreed_set(AGENT_AT),
  money_nouns = set{ "millions", "milliards", "euros", "dollars", "sommes", "recettes", "gains", "benefices",
                     "revenus", "profits" },
  -- folded term sequences after which the speaker comes
  prepositions = agent_rows{
    { "selon" }, { "d'", "apres" }, { "according", "to" }, { "aux", "dires" }, { "a", "en", "croire" },
    { "de", "source" }, { "de", "sources" }, { "source", ":" }, { "sources", ":" },
    { "de", "l'", "aveu" }, { "de", "l'", "aveu", "meme" }, { "pour" }, { "dixit" },
    -- (comme and a participle of saying before its agent: "et non 74,4 % comme annoncé par le gouvernement")
    { "comme", "annonce", "par" }, { "comme", "indique", "par" }, { "comme", "revele", "par" },
    { "comme", "rapporte", "par" }, { "comme", "precise", "par" }, { "comme", "affirme", "par" },
    { "as", "reported", "by" }, { "as", "announced", "by" }, { "as", "stated", "by" },
    examples = {
    { "La femme de lettres cite comme exemple une petite annonce publiée sur un site.", {} },
    { "Le ministère a publié un bref rappel des règles en vigueur.", {} },
      { "Selon le NIS, Moscou fournit du pétrole.", { source = "NIS", cue = "Selon" } },
      { "D’après certains experts, Pyongyang pourrait agir.", { source = "certains experts", cue = "D’après" } },
      { "According to the Pentagon, 3,000 troops moved.", { source = "the Pentagon", cue = "According to" }, "en" },
      { "De source diplomatique, on indique que l'accord est proche.",
        { source = "source diplomatique", cue = "De source" } },
      { "On voit, avec les traumatismes d'après guerre, qu'il y a des soldats blessés.", {} },
    },
    -- rows that attribute only opening a sentence and before a comma and a quote: "Pour le
    -- politologue Jérôme Fourquet, « la fracture est profonde »" (not "pour les enfants, c'est")
    quote_only = set{ "pour" },
    -- (the head of what follows "pour": "pour autant", "pour le moment", "pour sa part" attribute nothing)
    not_after_pour = set{ "autant", "rappel", "memoire", "info", "information", "mieux", "preuve", "exemple",
                          "moment", "instant", "part", "heure", "coup", "fois", "cela", "ca", "toujours", "combien",
                          "quoi", "qui", "tout", "rien", "l'heure", "l'instant" },
    -- rows then de / du and the speaker: "de l'aveu même du ministre" (kept out of the rows, whose
    -- last words are the anchors the scan starts from: "de" would be one)
    then_of = set{ "aveu", "meme", "dires" },
    of = set{ "de", "d'", "du", "des" },
    -- rows whose last word is also the speaker's first: "de source diplomatique"
    keep_last = set{ "source", "sources" },
    -- a word after a cue that makes it none: "en fin d'après midi", "selon que vous l'aimiez", the
    -- compounds of après written without their hyphen ("les traumatismes d'après guerre", "le
    -- service d'après vente")
    not_before = set{ "midi", "que", "qu'", "guerre", "vente", "ski", "match", "crise", "rasage", "soleil",
                     "mandat", "course", "spectacle", "bac", "shampoing", "shampooing", "covid", "confinement" },
    -- words written so that folding makes a cue of them: "après d'âpres négociations"
    -- (and "on cite par exemple": no "cité par"; "il communique par les livres", "on relaye par")
    not_written = set{ "âpres", "cites", table.unpack(AGENT_PARTICIPLES) },
  },
  -- se bornant à, se contentant de, se limitant à + an infinitive of saying (say_only)
  saying_only_participles = { bornant = "a", contentant = "de", limitant = "a" },
  say_only = set(SAY_ONLY),
  -- present participles of saying after a comma or en, before what is said (see extract)
  saying_participles = set{ "affirmant", "declarant", "expliquant", "assurant", "estimant", "rappelant",
    "precisant", "soulignant", "ajoutant", "annoncant", "indiquant", "arguant", "martelant", "insistant",
    "reconnaissant", "denoncant", "confirmant", "avertissant", "prevenant", "regrettant", "deplorant",
    "ironisant", "plaidant", "jugeant", "assenant", "saying", "adding", "noting", "arguing", "warning",
    "claiming", "explaining", "insisting", "stressing" },
  -- English participles of saying whose clause needs no "that" (", saying it would create 2 million
  -- jobs", ", saying Ukraine needed"), and what opens such a clause: a subject pronoun, a determiner,
  -- a name (not "saying goodbye", "saying a prayer", "saying nothing")
  clause_participles_en = set{ "saying" },
  participle_clause_heads_en = set{ "it", "he", "she", "they", "we", "i", "there", "the", "his", "her", "its",
                                    "their", "this", "these", "those" },
  -- infinitives that tell, after "Et X de" (see extract): "Et le ministre d'ajouter"
  narrative_infinitives = set{ "ajouter", "preciser", "expliquer", "souligner", "conclure", "affirmer", "declarer",
    "rappeler", "rencherir", "insister", "poursuivre", "assurer", "lancer", "ironiser", "nuancer", "temperer",
    "marteler", "enchainer", "repondre", "retorquer", "confier", "raconter", "commenter", "resumer", "detailler",
    "regretter", "deplorer", "denoncer", "estimer", "trancher", "glisser", "reconnaitre", "admettre", "avertir",
    "prevenir", "noter", "observer", "indiquer", "annoncer", "confirmer", "temoigner", "plaisanter", "soupirer",
    "surencherir", "railler", "fustiger", "exclamer", "indigner", "feliciter", "interroger", "justifier",
    "defendre", "inquieter", "emporter" },
  -- verbs of saying: participles (after an auxiliary) and conjugated forms
  participles = set(joined({
    "averti", "prevenu", "dementi", "reconnu", "admis", "communique", "publie", "cite", "rappele", "accuse",
    "tweete", "repondu", "soutenu", "fait valoir", "poursuivi", "conclu", "promis", "written",
    -- (English forecasts after an auxiliary: "Economists polled by Reuters had forecast the CPI would")
    "forecast", "forecasted", "projected",
    -- who gave a figure: "la police a dénombré 12 000 manifestants", "a chiffré à 3 000"
    "evoque", "chiffre", "recense", "denombre", "comptabilise", "evalue", "calcule",   -- (calcule: see quote_only_that)
    -- only after a quote (see inverted_only; and QUOTED_ER): « ... », a renchéri X
    "rencheri", "nuance", "souri", "reagi", "poste", "repris", "critique", "convenu", "garanti", "maintenu",
    "signifie", "defendu" }, QUOTED_ER, SAID)),
  -- (with their forms: affirme -> affirment, affirmait, affirma, affirmera; QUOTED_ER and SAID too)
  verbs = with_forms(joined({
    -- (French verbs whose present is no participle, and the forms with_forms does not make of them)
    "avertit", "previent", "dement", "reconnait", "repond", "poursuit", "conclut", "admet", "redoute", "disent",
    "avertissent", "previennent", "repondent", "ecrivent", "poursuivent", "concluent", "decrivent", "decrivait",
    "decrivaient", "redisent", "redisait", "redisaient", "disait", "disaient", "ecrivait", "reconnaissait",
    "prevenait", "dementait", "avertissait", "admettait", "reconnaissent", "reconnaissaient", "admettent",
    "admettaient", "dementent", "dementaient", "repondait", "rappelait", "rappelaient",
    -- (the past historic of the others: répondit, écrivit, reconnut, admit, prévint)
    "repondit", "repondirent", "ecrivit", "ecrivirent", "reconnut", "reconnurent", "admit", "admirent", "prevint",
    "previnrent", "promit", "promirent", "soutint", "soutinrent", "dementit", "dementirent",
    -- opinions and forecasts, before que only (que_only): "Certaines associations considèrent que"
    "pense", "croit", "croient", "croyait", "croyaient", "soutient", "soutiennent", "soutenait", "craint",
    "craignent", "craignait", "promet", "promettent", "promettait", "promettaient", "predisent",
    -- only after a quote (see inverted_only; and QUOTED_ER)
    -- (not critique, a noun and an adjective as often: "la lecture critique")
    "rencherit", "sourit", "surencherit", "reagit", "rencherissent", "reagissent", "sourient", "reprend",
    "reprennent", "reprenait", "reprenaient", "reprit", "interroge", "garantit", "garantissent", "garantissait",
    "garantissaient", "maintient", "maintiennent", "maintenait", "maintenaient",
    "defend", "defendent", "defendait", "defendaient",       -- (« ... », défend le ministre; se défend: reflexive)
    -- English presents and pasts that are no participles
    "says", "say", "report", "reports", "states", "claims", "wrote", "estimate", "estimates", "believe", "believes",
    "insist",
    "insists", "warn", "warns", "explain", "explains", "confirm", "confirms", "adds", "acknowledge",
    "acknowledges", "argues", "announce", "announces", "predicted", "predict", "predicts", "tells", "writes",
    "found", "finds", "concluded", "concludes", "denies", "deny", "forecast", "forecasts", "forecasted",
    table.unpack(PRESENTS_EN) }, SHOWS, NAMING,
    QUOTED_ER, SAID)),
  -- verbs that report speech only with the speaker after them (« ... », a lancé X):
  -- "Pyongyang a lancé deux missiles" reports nothing
  -- (alerte too: "a alerté les secours" warns no one of anything; "« ... », alerte l'OMS")
  inverted_only = with_forms{ "alerte", "poursuit", "poursuivi", "conclut", "conclu", "tweete", "rencheri", "rencherit",
                       "nuance", "souri", "sourit", "surencherit", "surencheri",
                       "reagi", "reagit",   -- « ... », a réagi X (not "Hulot a réagi en annonçant")
                       "poste",             -- « ... », a-t-elle posté (not "a posté une photo")
                       "poursuivent", "concluent", "rencherissent", "reagissent", "sourient",
                       "reprend", "reprennent", "reprenait", "reprenaient", "reprit", "repris", "interroge",
                       "critique", "defendu",           -- « ... », a défendu X (not "a défendu son bilan")
                       "lire",                          -- (with_reading: "», peut-on lire dans")
                       table.unpack(QUOTED_ER) },
                       -- (and the reflexive ones: REFLEXIVE_WORDS, added below)
  -- of the verbs that report only inverted, those whose object is a person as often: after a comma
  -- with no quote, the one after them is greeted, mocked ("..., salua à peine Horace", "..., fustige le
  -- maire"), not the speaker
  person_objects = with_forms{ "salue", "fustige", "raille", "tacle", "rassure", "supplie", "implore", "interpelle" },
  -- verbs that take an object: after them, a speaker only right after a quote ("qui, en 2011,
  -- avait accusé Rama Yade de lui emprunter", "a avancé un nom"); before them, as any
  quoted_inverted = set{ "accuse", "accusent", "accusait", "accusaient", "avance", "avancent", "mentionne",
                         "mentionnent", "mentionnait", "mentionnaient",
                         -- "a publié sur son compte Twitter un drôle de dessin"
                         "publie", "publient", "publiait", "publiaient",
                         -- "X, chef de la brigade, décrit la scène", "Martine Aubry, redoutait cette défaite"
                         "decrit", "decrivent", "decrivait", "decrivaient", "redoute", "redoutent", "redoutait",
                         "redoutaient" },
  closing_quotes = set{ "»", "\"", "”", "'", "›" },
  -- verbs that report only a quote right before them, in any order, or (that) a que clause after
  -- them: "« ... » propose un chercheur", "», a suggéré le président", "les auteurs suggèrent que"
  -- (not "ce que propose le Front national", "propose-t-il sérieusement une alliance ?", "la
  -- situation justifie que", "commence par cette citation")
  -- (nor "garantit la sécurité", "a maintenu sa position"; signifier only as a participle, "a
  -- signifié la direction": "signifie" means)
  -- (défendre too: "« ... », a défendu le ministre", "», défend-il"; not "il défend qu'on batte ses esclaves",
  -- "la ligne qu'elle défend :")
  quote_only = with_forms{ "justifie", "commence", "signifie", "enonce", "defend", "defendent", "defendait",
                           "defendaient", "defendu" },
  quote_only_that = with_forms{ "propose", "suggere", "garanti", "garantit", "garantissent", "garantissait",
                                "garantissaient", "maintenu", "maintient", "maintiennent", "maintenait",
                                "maintenaient", "calcule" },
  -- of those, the ones a figure in the clause before them and its comma reports as a quote does: "85
  -- euros par an, a calculé l'adjointe", "Plus de 200 candidats s'étaient désistés, a calculé Le Monde"
  -- (not "il avait calculé son approvisionnement", "Il avait bien calculé.")
  figure_reported = set{ "calcule", "calcules", "calculee", "calculees" },
  -- what ends an exclamation or a question in a quote or a dialogue: "– Achtung ! cria-t-il"
  sentence_ends = set{ "?", "!", "…" },
  -- the articles of a noun phrase set beside a clause, after the comma that closes an English verb ending it
  apposition_dets_en = set{ "the", "a", "an" },
  -- what opens a time after an English verb that ends its sentence: "data showed on Tuesday", "last week"
  time_openers_en = set{ "on", "last", "this", "late", "early", "earlier", "yesterday", "today", "week", "month",
                         "year", "weekend", "night", "morning", "afternoon", "evening" },
  -- of those, the ones that make a time of the others before a verb (see time_before_en): "last week"
  time_units_en = set{ "week", "month", "year", "weekend" },
  -- a bracket before a verb closes an aside of its subject: "X dans sa biographie (Folio, 2006)
  -- souligne la lecture de Shakespeare" (no inverted speaker after it)
  closing_brackets = set{ ")", "]", "-", "–", "—" },    -- (and a dash closing an aside: "Serge Aurier- annonçait")
  dashes = set{ "-", "–", "—" },                  -- (between a live report's time and its speaker)
  opening_quotes = set{ "«", "\"", "“", "‹" },
  auxiliaries = set{ "a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "auront", "has", "have", "had" },
  -- a title followed by the name of who holds it, no comma between (see titled_name): the
  -- source is the name. org: any capitalised name after them; person: a surname, not an
  -- acronym (le député PS) nor a name with an article (un député Les Républicains)
  name_titles = {
    org = set{ "journal", "quotidien", "hebdomadaire", "mensuel", "magazine", "site", "agence",
               "cabinet", "chaine", "radio", "ong", "association", "label", "parti", "syndicat", "sondage",
               "organisation", "collectif",
               -- (a company's trade: "le fabricant de pneumatiques Michelin", "le géant de l'énergie
               -- TotalEnergies", "le constructeur automobile Renault")
               "groupe", "fabricant", "constructeur", "geant", "distributeur", "operateur", "equipementier",
               "laboratoire", "assureur", "transporteur", "armateur", "editeur", "producteur", "exploitant",
               "compagnie", "entreprise", "societe", "banque", "institut", "office", "organisme", "chimiste",
               "petrolier", "siderurgiste",
               "barometre", "etude", "enquete", "newspaper", "agency", "daily", "weekly",
               "network", "broadcaster", "group", "firm", "pollster", "poll", "survey", "study" },
    person = set({ "president", "presidente", "ministre", "depute", "deputee", "senateur", "senatrice", "maire",
                  "professeur", "docteur", "general", "colonel", "commandant", "capitaine", "lieutenant",
                  "commissaire", "haut-commissaire", "haute-commissaire", "juge", "maitre", "procureur", "chancelier",
                  "chanceliere", "avocat",
                  "avocate", "sociologue", "economiste", "historien", "historienne", "chercheur",
                  "chercheuse", "philosophe", "politologue", "psychiatre", "psychologue", "chef",
                  "gouverneur", "president-elect", "senator", "governor", "mayor", "minister", "secretary", "professor",
                  "dr", "judge", "spokesman", "spokeswoman", "chancellor", "prime",
                  "entraineur", "entraineuse", "selectionneur", "directeur", "directrice", "patron", "patronne",
                  "fondateur", "fondatrice", "conseiller", "conseillere", "porte-parole", "ambassadeur",
                  "ambassadrice", "prefet", "prefete", "ecrivain", "ecrivaine", "journaliste", "realisateur",
                  "realisatrice", "president-directeur", "secretaire", "adjoint", "adjointe", "coach",
                  "vice-president", "vice-presidente" },
                 first_names.title_acronyms),                  -- (son PDG Stéphane Israël, le DG, sa DRH)
    -- English titles before a name (capitalised), and the words inside one (Secretary of State)
    en = set({ "president", "minister", "secretary", "chancellor", "senator", "governor", "general", "spokesman",
              "spokeswoman", "ambassador", "commander", "mayor", "judge", "prosecutor", "sen", "gov", "gen", "rep",
              "mr", "mrs", "ms", "dr", "state", "affairs", "chief", "director", "leader", "representative",
              -- (in lower case too: "chief executive Jane Miller", "Senior analyst John Smith")
              "executive", "analyst", "economist", "strategist", "spokesperson", "founder", "chairman",
              "chairwoman", "ceo", "lawyer", "attorney", "researcher", "scientist", "commissioner", "adviser",
              "advisor", "envoy", "editor", "historian", "activist", "manager", "officer", "deputy", "chair",
              "negotiator", "mediator", "pollster", "consultant", "trader", "broker", "diplomat",
              "chairperson", "president-elect", "premier", "speaker", "head", "justice", "inspector",
              "superintendent", "sheriff", "marshal", "coroner", "delegate", "treasurer", "comptroller",
              "auditor", "forecaster",
              -- (and who one is on the spot: "resident Maria Papadopoulou said", "witness John Smith")
              "resident", "witness", "eyewitness", "farmer", "student", "teacher", "volunteer", "survivor",
              "neighbour", "neighbor", "nurse", "doctor", "shopkeeper", "owner", "worker", "official", "expert",
              "lawmaker", "legislator", "protester", "engineer", "pilot", "fisherman", "paramedic", "firefighter" },
             first_names.offices_en),
    en_links = set{ "of", "for", "the" },
    en_inner = set{ "state", "affairs" },
    -- adjectives written with a capital after a title: "le sénateur Démocrate"
    not_surnames = set{ "democrate", "republicain", "republicaine", "socialiste", "ecologiste", "centriste",
                        "communiste", "insoumis", "insoumise", "conservateur", "conservatrice", "travailliste",
                        "liberal", "liberale", "democrat", "republican", "conservative", "labour" },
  },
  definites = set{ "the", "le", "la", "l'", "les" },
  -- what someone said or published: after it, de and its author is the source (content_author)
  content_nouns = {
    said = set{ "propos", "termes", "mots", "dires", "declarations", "declaration", "aveu", "aveux",
                "temoignage", "temoignages", "confidences", "explications", "formule", "expression",
                "phrase", "paroles", "mot" },
    data = set{ "informations", "information", "chiffres", "donnees", "estimations", "estimation", "calculs", "calcul",
                "etude", "etudes", "enquete", "enquetes", "rapport", "rapports", "sondage", "sondages",
                "communique", "bilan", "analyse", "decompte", "comptage", "statistiques", "previsions",
                "recensement", "barometre", "note", "document", "documents", "article", "travaux", "releves",
                "projections", "projection", "prevision", "simulation", "simulations", "modelisation",
                "decomptes", "comptages", "bilans", "evaluation", "evaluations", "resultats", "conclusions",
                "denombrement", "denombrements", "inventaire", "releve", "palmares", "cartographie", "atlas",
                "panorama", "indicateur", "indicateurs", "bulletin", "bulletins",
                "investigations", "constatations", "expertise", "expertises", "recherches", "audit", "audits",
                "report", "reports", "study", "studies", "survey", "poll", "analysis", "estimate", "estimates",
                "figures", "data", "assessment", "statement", "review", "investigation", "count" },
    -- the participle between the noun and its author, the word before the author: "a report
    -- published Tuesday by X", "une étude menée par l'Inserm", "un sondage réalisé par l'Ifop"
    made_en = set({ "published", "released", "conducted", "commissioned", "issued", "compiled", "carried",
                    "publie", "publiee", "publies", "publiees", "mene", "menee", "menes", "menees", "realise",
                    "realisee", "realises", "realisees", "commande", "commandee", "conduit", "conduite",
                    "diffuse", "diffusee", "effectue", "effectuee", "redige", "redigee", "etabli", "etablie",
                    "diffuses", "diffusees", "communiques", "communiquee", "communiquees", "rendu", "rendue",
                    "rendus", "rendues", "presente", "presentee", "presentes", "presentees", "actualise",
                    "actualisee", "employes", "tenus", "prononces", "announced" }, MADE_PUBLIC),
    by_en = set{ "by", "from", "par" },
    -- (and the ones that stand bare in the singular: "according to data from Adobe Analytics")
    mass = set{ "data" },
  },
  -- first and second persons: "Tu aurais dit", "j'ai dit", "nous avons dit" name no speaker
  other_persons = set{ "ai", "as", "avons", "avez", "avais", "avions", "aviez", "aurais", "aurions", "auriez",
                       "je", "j'", "tu", "nous", "vous", "suis", "es", "sommes", "etes" },
  -- the other finite forms of avoir and être: a clause, no noun phrase, holds one
  be_have = set{ "ai", "as", "avons", "avez", "avais", "avions", "aviez", "aura", "auront", "suis", "es", "sommes",
                 "etes", "etais", "etait", "etions", "etiez", "etaient", "sera", "seront", "serait", "seraient",
                 "fut", "furent" },
  -- words between an auxiliary and its participle
  adverbs = set{ "egalement", "aussi", "encore", "deja", "recemment", "par", "ailleurs", "notamment", "ainsi", "donc",
                 "officiellement", "publiquement", "lui-meme", "elle-meme", "meme", "pourtant", "toutefois",
                 "cependant", "ensuite", "enfin", "also", "recently", "officially", "publicly", "further",
                 "already", "previously", "later", "earlier", "again", "repeatedly",
                 "toujours", "souvent", "parfois", "longtemps", "alors", "bien", "exemple",
                 "aujourd'hui", "desormais", "maintenant", "today", "now", "surtout", "neanmoins", "plutot",
                 "aussitot", "volontiers", "seulement", "tres", "vite",
                 "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier",
                 "matin", "soir", "midi", "apres-midi",
                 "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday" },
  -- adverbs after a speaker's noun end it: "explique le jeune homme | très en colère", "répond le
  -- ministre | plus tard", "selon ce décompte | non encore définitif"
  speaker_end_adverbs = set{ "tres", "trop", "assez", "plus", "moins", "si", "tard", "tot", "aussitot", "ensuite",
                             "encore", "deja", "alors", "toujours", "souvent", "parfois", "aussi", "egalement",
                             "pourtant", "toutefois", "cependant", "enfin", "ainsi", "d'ailleurs", "juste", "very",
                             "later" },
  -- and a lower-case word in -ment before an adjective ("le ministre | visiblement agacé"; not
  -- "selon le dernier recensement", "repris notamment par"): the adjective's endings, as written
  adjective_ends = { "é[e]?s?$", "[ui]e?s?$", "i[st]e?s?$", "i[fv]e?s?$", "bles?$", "eaux?$", "ales?$", "aux$",
                     "elle?s?$", "euse?s?$", "eux$", "ante?s?$", "ente?s?$", "iques?$", "aires?$", "ivres?$" },
  -- words that end a speaker after the cue
  -- the first word of an organisation's name that may run on through "pour", "et", "en" up to
  -- its acronym (at most max_org_name words on)
  org_heads = set{ "institut", "organisation", "comite", "fonds", "centre", "conseil", "agence", "observatoire",
                   "haut-commissariat", "programme", "mouvement", "association", "fondation", "ligue", "union",
                   "alliance", "coalition", "collectif", "bureau", "commission", "office", "reseau", "federation",
                   "confederation", "syndicat", "societe", "chambre", "chamber", "cour", "tribunal", "autorite",
                   "direction", "service", "systeme", "institute", "organization", "committee", "fund", "center",
                   "council", "agency", "system" },
  max_org_name = 12,
  -- cues of a source that says nothing itself: a pronoun after a quote is no such source's (see
  -- resolve_pronouns)
  according_cues = set{ "selon", "d'après", "d’après", "according to" },
  -- words before que that make it no clause said (see extract): "alors que", "sans savoir que", "à ce que"
  que_locutions = set{ "alors", "tandis", "bien", "pendant", "avant", "apres", "parce", "des", "sans", "pour",
                       "afin", "sorte", "lors", "tant", "sitot", "aussitot", "encore", "ce", "savoir" },
  speaker_end = set{ "que", "qu'", "le", "la", "les", "l'", "that", "on", "in", "en", "dans", "lors", "a",
                     "avec", "sans", "mais", "et", "car", "pour", "afin", "lundi", "mardi", "mercredi", "jeudi",
                     "vendredi", "samedi", "dimanche", "hier", "aujourd'hui", "avant", "apres", "pendant", "alors",
                     "tandis", "qui", "dont", "ou", "quand", "lorsque", "lorsqu'", "puisque", "parce", "comme",
                     "si", "entre", "depuis", "sur", "devant", "durant", "selon", "who", "which", "before", "after",
                     "when", "while", "sous", "face", "aupres", "malgre", "vers" },
  -- a verb (être, avoir and the common modals, finite or not) or "bien" in lower case
  -- ends a speaker after the cue where a comma is missing: "qui selon plusieurs sources
  -- serait explicable", "pourrait selon de récents travaux être une posture"
  verb_ends = set{ "est", "sont", "etait", "etaient", "sera", "seront", "serait", "seraient", "fut", "furent",
                   "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "etre", "avoir",
                   "peut", "peuvent", "pourrait", "pourraient", "pourra", "doit", "doivent", "devrait",
                   "devraient", "devra", "semble", "semblent", "semblerait", "va", "vont", "irait", "bien",
                   "ne", "n'", "ayant", "etant" },                 -- explique un jeune | ayant fait le déplacement
  -- "se dit" / "se déclare" followed by what one declares oneself (prêt, inquiet), not by que
  said_self = set{ "dit", "disent", "disait", "disaient", "declare", "declarent", "declarait", "dite", "dits",
                   "dites", "declaree", "declares" },
  -- (nor by a state one declares, no claim: "35 % des conducteurs se sont déclarés grévistes", "le
  -- tribunal s'est déclaré incompétent"; a candidacy, a victory are claims)
  said_self_not = set{ "que", "qu'", "bonjour", "adieu", "au", "a", "souvent", "parfois", "beaucoup",
                       "greviste", "grevistes", "forfait", "malade", "malades", "positif", "positive", "positifs",
                       "positives", "incompetent", "incompetente", "incompetents", "incompetentes" },
  -- what breaks out (se déclarer of them says nothing): "Un violent incendie s'est déclaré dimanche"
  outbreaks = set{ "incendie", "incendies", "feu", "feux", "epidemie", "epidemies", "foyer", "foyers", "sinistre",
                   "maladie", "pandemie", "infection", "panne", "guerre", "crise", "tempete", "orage", "fuite",
                   "grippe", "contamination", "explosion" },
  -- que as the tokenizer gives it (qu'"il: qu, then the quote)
  que_forms = set{ "que", "qu'", "qu" },
  -- what opens what is said, right after a verb: que, a colon, a quote
  said_marks = set{ "que", "qu'", "qu’", ":", "«", "\"", "“" },
  -- determiners before which a verb of saying is a noun: "l'estime", "le juge"
  -- the determiners of what a speaker inside a quotation takes up, no source of the text's (see extract)
  -- the first words of the cues that name a source before it, to which a content noun yields (see
  -- content_yields): selon, d'après, according to
  named_cues = set{ "selon", "d'", "according" },
  quoted_demonstratives = set{ "ce", "cet", "cette", "ces", "these", "this" },
  noun_determiners = set{ "l'", "le", "la", "les", "un", "une", "des", "du", "sa", "son", "ses",
                          "ce", "cette", "cet", "ces", "mon", "ma", "mes", "notre", "votre", "nos", "vos" },
  -- the determiners that open an object after its verb ("signe | la victoire"; not du, des: "le
  -- directeur des ventes")
  object_determiners = set{ "l'", "le", "la", "les", "un", "une", "sa", "son", "ses", "ce", "cette", "cet", "ces",
                            "mon", "ma", "mes", "notre", "votre", "nos", "vos" },
  -- capitalised first words of titles: "le Premier ministre", "la Première dame", "le Secrétaire général", "le
  -- Président de la République"
  capital_titles = set{ "premier", "premiere", "secretaire", "procureur", "garde", "president", "presidente" },
  superlatives = set{ "plus", "moins", "mieux", "moindre", "pire" },
  -- adjectives that go before their noun, between an indefinite or possessive determiner and a verb
  -- of saying made a noun: "une petite annonce", "sa nouvelle estime", "un bref rappel", "une telle
  -- annonce" (not "ce dernier dit", "l'autre affirme", "la petite raconte": pronouns, a noun)
  noun_adjectives = set{ "petit", "petite", "petits", "petites", "grand", "grande", "grands", "grandes",
                         "nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles", "bref", "breve", "brefs", "breves",
                         "seul", "seule", "simple", "simples", "long", "longue", "longs", "longues", "vague", "vagues",
                         "vrai", "vraie", "vrais", "vraies", "faux", "fausse", "fausses", "double", "doubles", "ultime",
                         "enieme", "mauvais", "mauvaise", "mauvaises", "bon", "bonne", "bons", "bonnes", "gros",
                         "grosse", "grosses", "tel", "telle", "tels", "telles" },
  -- ordinals, a noun after them: alone before a cue that opens its sentence, the cue is that noun
  -- ("Première annonce : ...", "Dernière annonce en date"; "un troisième déclarait" speaks)
  ordinals = set{ "premier", "premiere", "premiers", "premieres", "dernier", "derniere", "derniers", "dernieres",
                  "second", "seconde", "deuxieme", "troisieme" },
  adjective_determiners = set{ "un", "une", "des", "sa", "son", "ses", "leur", "leurs", "notre", "votre", "nos",
                               "vos", "mon", "ma", "mes" },
  -- (the articles that are also object pronouns need a preposition, a gerund or a clause start before)
  object_articles = set{ "l'", "le", "la", "les" },
  -- words in -er, -ir, -re that are no infinitives (see infinitive_like)
  not_infinitives = set{ "ministre", "membre", "membres", "maitre", "libre", "propre", "hier", "soir", "avenir",
                         "plaisir", "premier", "dernier", "entier", "cher", "fier", "hiver", "mer", "fer", "super",
                         "enfer", "loisir", "desir", "empire", "pire", "centre", "cadre", "ordre", "lettre", "titre",
                         "livre", "nombre", "chiffre", "guerre", "terre", "pierre", "verre", "ombre", "offre",
                         "encore", "outre", "lire", "rire", "sire", "cuir", "noir", "espoir", "miroir", "devoir",
                         "pouvoir", "savoir", "manoir", "couloir", "trottoir", "tiroir", "soir", "desormais" },
  -- verbs of saying only when what is said follows (que, a quote, a colon): "a soutenu un projet"
  -- ("a relevé ses critères", "relève le défi"; "relève que", "comme le relève X" report)
  -- a verb's (last word's) objects, right after it or after a determiner, that make an idiom of it
  idiom_objects_of = { valoir = set{ "droit", "droits", "talent", "talents", "charmes", "atouts" } },
  -- verbs that back what follows them as often as they maintain it: no cue before their object ("soutient la
  -- reprise :"; see extract)
  backing_verbs = set{ "soutient", "soutiennent", "soutenait", "soutenaient" },
  -- cues whose speaker is a document (pronoun_kinds.things, things_en), never a person or a fact:
  -- "Une étude de l'Inserm montre que", not "Cette affaire montre que"
  document_cues = set(SHOWS),
  needs_que = set(joined({
    "soutenu", "releve", "relevait", "relevaient", "relevent", "found", "finds", "concluded", "concludes",
    "considere", "predit", "remarque", "conteste", "refute", "promis", "jure",
    -- (rajouter adds things too: "a rajouté une couche", "sa voix")
    "rajoute", "rajoutent", "rajoutait", "rajoutaient", "convenu" }, SHOWS)),
  -- of those, the ones that add things: a comma before them closes an apposition of their subject,
  -- not a quote, unless a quote mark comes right before it ("Baptiste, 31 ans, a rajouté de l'huile")
  adds_too = set{ "rajoute", "rajoutent", "rajoutait", "rajoutaient" },
  -- English verbs of saying that add things too, and what opens their object ("added 150,000 jobs")
  adds_things_en = set{ "added", "adds", "add" },
  object_determiners_en = set{ "a", "an", "the", "some", "another", "more", "its", "their", "his", "her", "about",
                               "nearly", "almost", "roughly", "around", "over", "fewer", "less", "just", "only" },
  -- verbs that attest rather than tell before de, or after en: "son itinéraire en témoigne", "il
  -- a témoigné de son soutien" (but "elle témoigne que", "« ... », témoigne X")
  attest_verbs = with_forms{ "temoigne" },
  attest_objects = set{ "de", "d'", "du", "des" },
  -- and before a possessive, whoever the subject: "La Warner a témoigné son intérêt", "témoigner sa
  -- gratitude" show a feeling
  attest_possessives = set{ "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos" },
  attest_persons = set{ "il", "elle", "ils", "elles", "on", "je", "j'", "nous", "vous", "tu" },
  -- a verb of saying, yes or no, then to: a vote, a consent, no report ("Les Suisses ont dit oui à la
  -- 13e rente", "a dit non au projet", "said yes to the deal")
  answers = set{ "oui", "non", "yes", "no" },
  answered = set{ "a", "au", "aux", "to" },
  -- verbs of opinion that report only before que (or croire savoir que): "il pense partir",
  -- "il croit en Dieu", "elle craint le pire" report nothing
  que_only = with_forms{ "considere", "considerent", "pense", "pensent", "croit", "croient", "croyait",
                             "croyaient", "craint", "craignent", "craignait", "craignaient" },
  -- nouns that "avec" goes on from inside a speaker: "le ministre chargé des relations avec le Parlement"
  with_links = set{ "relations", "lien", "liens", "rapports", "contact", "contacts", "partenariat", "cooperation" },
  be_finite = set{ "est", "sont", "etait", "etaient", "sera", "seront", "fut", "furent", "is", "are", "was", "were" },
  speaker_never_ends = set{ "et", "ou", "mais", "and", "or", "but", "entre", "among" },
  -- nouns in -rait that are no conditional (the rule above verb_ends' use)
  rait_nouns = set{ "portrait", "portraits", "extrait", "extraits", "retrait", "retraits", "attrait", "attraits",
                    "trait", "traits", "abstrait", "distrait", "soustrait" },
  -- phrases that end a speaker after its cue
  speaker_end_phrases = { { "par", "rapport" }, { "au", "sujet" }, { "en", "raison" }, { "a", "propos" },
                          { "sous", "couvert" }, { "sous", "le", "couvert" }, { "on", "condition" },
                          { "sous", "le", "choc" }, { "encore", "sous" },
                          { "au", "cours" }, { "a", "l'", "occasion" }, { "in", "response" },
                          -- the manner: "a ajouté votre boulangère | d'un air dégoûté"
                          { "d'", "un", "air" }, { "d'", "un", "ton" }, { "d'", "une", "voix" },
                          { "sur", "un", "ton" },
                          -- examples of the speaker: "selon des critiques | tels que Patricia Hill Collins"
                          { "tels", "que" }, { "telles", "que" }, { "tel", "que" }, { "telle", "que" },
                          -- the means: "relate Pauline | par téléphone", "a confirmé le groupe | par communiqué"
                          { "par", "telephone" }, { "par", "mail" }, { "par", "e-mail" }, { "par", "courriel" },
                          { "par", "sms" }, { "par", "ecrit" }, { "par", "communique" }, { "par", "message" },
                          { "par", "la", "voix" }, { "par", "visioconference" }, { "by", "phone" },
                          { "by", "telephone" }, { "by", "email" } },
  -- words after which a determiner stays inside a noun phrase ("le ministre de la Défense")
  -- heads of a noun phrase before ", qui" that speak for none: "l'opinion de la ministre, qui estimait"
  not_antecedents = set{ "opinion", "avis", "attaque", "attaques", "position", "propos", "declaration",
                         "declarations", "critique", "critiques", "idee", "decision", "choix", "gaffe", "reponse",
                         "annonce", "discours", "tribune", "lettre", "message", "parole", "paroles", "colere" },
  -- nouns that are what is said or felt, not who says it: after an inverted verb, its object
  -- ("a confirmé sa participation", "a réaffirmé son soutien", "a exprimé sa colère")
  object_heads = set{ "independance", "participation", "intention", "soutien", "volonte", "refus", "opposition",
                      "inquietude", "inquietudes", "desaccord", "decision", "candidature", "demission", "depart",
                      "accord", "engagement", "position", "souhait", "envie", "confiance", "colere", "indignation",
                      "satisfaction", "regret", "regrets", "tristesse", "joie", "attachement", "solidarite",
                      "determination", "presence", "absence", "venue", "retour", "retrait", "ambition", "crainte",
                      "craintes", "espoir", "disponibilite", "choix", "avis", "version", "analyse", "hostilite",
                      "preference", "interet", "innocence", "culpabilite", "mecontentement", "agacement", "surprise",
                      "emotion", "admiration", "gratitude", "reconnaissance", "fierte", "amitie", "rejet",
                      "condamnation", "verite", "information", "informations", "chiffre", "profil",
                      "importance", "necessite", "role", "contexte", "principe", "enjeu", "enjeux", "risque",
                      "risques", "danger", "dangers", "limites", "difficulte", "difficultes", "tenue", "creation",
                      "lancement", "ouverture", "fermeture", "suppression", "fin", "arrivee", "sortie",
                      "publication", "signature", "adoption", "annulation", "suspension", "hausse", "baisse",
                      "chiffres", "bilan", "mort", "deces", "arrestation", "nomination", "existence", "presence",
                      -- (a word one puts forward: "suggère de son côté le terme « activaction »")
                      "terme", "termes", "mot", "mots", "expression", "formule", "slogan", "vocable",
                      "neologisme", "qualificatif", "nom" },
  -- what joins a noun to its complement inside a noun phrase
  of_links = set{ "de", "du", "des", "d'", "of" },
  noun_links = set{ "de", "du", "des", "d'", "a", "au", "aux", "en", "par", "pour", "sur", "sous", "dans", "avec",
                    "chez", "entre", "contre", "vers", "selon", "of", "in", "for", "on", "at", "with", "from",
                    "by", "to" },
  -- a plural subject: no speaker of a verb with a singular auxiliary ("a observé des réductions")
  plural_starts = set{ "les", "des", "ces", "plusieurs", "certains", "certaines", "quelques", "nombreux",
                       "nombreuses", "leurs", "mes", "tes", "ses", "nos", "vos" },
  -- a singular subject: no speaker of a plural verb ("soulignent l'aspect de ce choix"),
  -- unless coordinated ("ajoutent le maire et son adjoint")
  singular_starts = set{ "le", "la", "l'", "un", "une", "son", "sa", "ce", "cet", "cette", "mon", "ma", "notre",
                         "votre", "leur" },
  -- nouns of a part or a number, plural in sense: "ont noté la plupart des commentateurs"
  collectives = set{ "plupart", "majorite", "minorite", "moitie", "totalite", "partie", "tiers", "quart",
                     "dizaine", "douzaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine", "centaine",
                     "millier", "certain", "groupe", "foule", "poignee", "serie", "collectif", "ensemble" },
  -- verbs of saying in -ent that are singular (the others are plural: affirment, disaient)
  singular_ent = set{ "dement", "previent" },
  -- lower-case words inside a name: Jean de La Fontaine, Ministère de l'Intérieur
  -- capitalised words that join a name's parts (Ziyed Ben Belgacem, Mohamed Ould Abdel Aziz)
  name_links = set{ "ben", "bin", "ibn", "ould", "abu", "abou", "bou" },
  name_particles = set{ "de", "du", "d'", "des", "la", "l'", "van", "von", "der", "den", "di", "da", "del" },
  -- particles joined to a surname by a hyphen: "Nasser al-Khelaïfi", "Ahmed el-Tayeb"
  joined_particles = set{ "al", "el", "ul", "ad", "ash", "as", "ben", "bin", "abu", "abou" },
  -- what makes the first name after it a place's name: "Saint Nicolas du Chardonnet"
  saints = set{ "saint", "sainte", "st", "ste", "san", "santa", "sao" },
  -- words that start a clause (the subject before a verb starts after them)
  clause_start = set{ "mais", "car", "or", "donc", "puis", "que", "qu'", "but", "while", "si", "if", "comme",
                      "quand", "lorsque", "lorsqu'", "auquel", "auxquels", "auxquelles", "laquelle", "lequel",
                      "lesquels", "dont", "ou", "qui", "quoi", "where", "when", "as", "puisque", "puisqu'",
                      "parce", "because", "since",
                      -- English conjunctions that open a clause ("Shares fell after the company
                      -- reported", "Prices rose before the minister said")
                      "after", "before", "although", "though", "unless", "until", "whereas", "whether" },
  -- after a conjugated French verb with no auxiliary, a reported clause must follow
  -- (or an infinitive of être / avoir: "l'armée affirme avoir tué")
  -- (and an infinitive: "Antoine déclare vouloir continuer", "affirme ignorer")
  -- (qu' before a straight quote is analysed qu and ': "explique qu'"il ne s'agit pas"")
  reported = set{ "que", "qu'", "qu", ":", "«", "\"", "that", "avoir", "etre", "vouloir", "pouvoir", "devoir", "savoir",
                  "ignorer", "regretter", "souhaiter", "croire", "penser", "esperer", "preferer", "compter", "refuser",
                  "craindre", "attendre", "comprendre", "connaitre", "continuer", "assumer", "accepter", "agir",
                  "subir", "travailler", "rester", "etudier", "envisager", "disposer", "detenir", "posseder",
                  -- an indirect question: "explique pourquoi elle a quitté le PS", "raconte comment"
                  "pourquoi", "comment", "combien", "quel", "quelle", "quels", "quelles", "why", "how" },
  negations = set{ "pas", "plus", "jamais", "rien", "guere", "point" },
  -- what opens an infinitive's phrase: "L'occasion de livrer", "prêt à partir"
  infinitive_links = set{ "de", "d'", "a", "pour" },
  -- a subject that denies its verb, with ne before it: "Aucun ministre n'a confirmé", "Personne n'a
  -- dit", "Jamais Mohamed n'avait dit", "Ni le ministre ni son porte-parole n'ont confirmé"
  negative_subjects = set{ "aucun", "aucune", "nul", "nulle", "personne", "ni", "jamais", "rien" },
  -- and in English, with no other mark: "No official confirmed", "Nobody said", "Neither side said"
  no_one = set{ "no", "nobody", "none", "neither", "never" },
  -- conjunctions that open a subordinate clause
  subordinators = set{ "si", "quand", "lorsque", "lorsqu'", "puisque", "puisqu'", "parce", "car", "mais", "donc",
                       "if", "when", "because", "since", "while", "but" },
  -- words no noun phrase holds, a clause's: a negation, an elided pronoun ("T'en fais pas")
  clause_marks = set{ "pas", "ne", "n'", "j'", "t'", "s'", "m'" },
  -- English verbs whose object is who is told, never their speaker
  told = set{ "told", "tells", "tell" },
  -- an object pronoun between a quote and its inverted verb: "» nous précise le commandant"
  object_clitics = set{ "nous", "me", "m'", "lui", "leur", "vous" },
  -- English verbs of saying stand without "that" (X said on Monday, X told reporters)
  english = set{ "said", "says", "say", "told", "reported", "report", "reports", "stated", "states", "announced",
                 "warned",
                 "insisted", "argued", "acknowledged", "admitted", "asserted",
                 "maintained", "maintains",
                 "confirmed", "estimated", "claimed", "claims", "added", "noted", "wrote", "explained",
                 "estimate", "estimates", "believe", "believes", "insist", "insists", "warn", "warns", "explain",
                 "explains", "confirm", "confirms", "adds", "acknowledge", "acknowledges", "argues",
                 "announce", "announces", "predicted", "predict", "predicts", "tells", "writes", "showed", "shows",
                 "show", "cautioned", "conceded", "replied", "quipped", "joked", "complained", "lamented",
                 "reiterated", "found", "finds", "concluded", "concludes", table.unpack(PRESENTS_EN) },
  -- of those, plural nouns too, and what follows the noun, never the verb: "urged member states to
  -- speed up", "news reports are", "estimates of" (not "the report states that", "he claims to")
  noun_cues_en = set{ "states", "report", "reports", "estimates", "estimate", "claims", "notes", "recalls" },
  -- what makes one of those a noun before it (noun_cue_en): a preposition ("above estimates", "in line
  -- with estimates", "amid reports"), or a modifier ("analysts' average estimate", "Unconfirmed reports
  -- say", "conflicting claims")
  noun_cue_preps_en = set{ "above", "below", "beyond", "with", "than", "of", "in", "on", "by", "for", "from",
                           "to", "under", "over", "about", "against", "despite", "amid", "after", "following",
                           "behind", "ahead", "into", "between", "among" },
  noun_cue_modifiers_en = set{ "average", "consensus", "own", "official", "preliminary", "initial", "early",
                               "earlier", "latest", "recent", "previous", "unconfirmed", "conflicting",
                               "conservative", "independent", "new", "first", "final", "annual", "quarterly",
                               "monthly", "weekly", "daily", "internal", "separate", "similar", "such",
                               "several", "many", "multiple", "numerous", "some", "most", "other", "these",
                               "those", "no", "any", "all", "both", "further", "widespread", "unverified",
                               "anecdotal", "false", "exaggerated", "rough", "best", "worst", "higher", "lower" },
  after_plural_en = set{ "to", "and", "or", "of", "are", "were", "have", "had", "will", "would", "must",
                         "should", "can", "could", "do", "did", "may", "might" },
  -- what joins a verb to one before it that shares its subject: "X a salué le travail, puis a affirmé
  -- que", "le porte-parole a démenti l'information, ou a assuré que" (coordinated_subject)
  verb_coordinators = set{ "et", "mais", "ou", "puis" },
  -- a multi-word cue
  -- (a tenu à préciser: with_tenir)
  -- ("avait pris soin de préciser que": with_soin)
  phrase_cues = with_cesser({ "cesse" }, with_tenter({ "tente" }, with_tenir({ "tenu" },
                with_soin({ { "pris", "soin" } }, with_details({ "apporte", "donne", "fourni" }, {
                  { "mis", "en", "garde" }, { "fait", "savoir" }, { "fait", "etat" }, { "laisse", "entendre" },
                  { "fait", "valoir" }, { "fait", "part" }, { "cru", "savoir" } }))))),
  -- the first words of cues that report only negated, ne or n' before them the cue's (with_cesser)
  negated_cues = set(CESSER),
  -- the same, conjugated, on their own: "Le NIS fait état d'une centaine de morts", "le service, qui
  -- faisait état de 100 morts"
  -- (and "tient à préciser", "tiennent à rajouter": with_tenir; "tente d'expliquer": with_tenter)
  phrase_verbs = with_cesser(CESSER, with_reading(with_borner(reflexive_rows(forms_of("borne"), "borne"),
                 with_contenter(reflexive_rows(forms_of("contente"), "contente"),
                 with_venir({ "vient", "viennent", "venait", "venaient" },
                 with_tenter({ "tente", "tentent", "tentait", "tentaient" },
                 with_tenir({ "tient", "tiennent", "tenait", "tenaient" }, with_soin(SOIN,
                 with_details({ "apporte", "apportent", "apportait", "apportaient", "donne", "donnent", "donnait",
                                "donnaient", "fournit", "fournissent", "fournissait", "fournissaient" },
                 with_pluperfect{
                   { "fait", "etat" }, { "faisait", "etat" }, { "font", "etat" },
                   { "faisaient", "etat" },
                   { "fait", "savoir" }, { "faisait", "savoir" }, { "font", "savoir" }, { "met", "en", "garde" },
                   { "mettent", "en", "garde" }, { "mettait", "en", "garde" }, { "laisse", "entendre" },
                   { "laissent", "entendre" }, { "laissait", "entendre" },
                   { "fait", "valoir" }, { "font", "valoir" }, { "faisait", "valoir" }, { "fait", "part" },
                   { "font", "part" }, { "faisait", "part" },
                   -- (what one believes to know: "reviendrait à Bruno Retailleau, croit savoir Le Figaro")
                   { "croit", "savoir" }, { "croient", "savoir" }, { "croyait", "savoir" }, { "croyaient", "savoir" },
                   -- "le ministre se dit prêt", "les syndicats se disent inquiets"
                   { "se", "dit" }, { "se", "disent" }, { "se", "disait" }, { "se", "disaient" }, { "se", "declare" },
                   { "se", "declarent" }, { "se", "declarait" },
                   -- the same in the past: "le maire s'est dit choqué", "« ... », s'est indigné X"
                   { "s'", "est", "dit" }, { "s'", "est", "dite" }, { "se", "sont", "dits" }, { "se", "sont", "dites" },
                   { "s'", "est", "declare" }, { "s'", "est", "declaree" }, { "se", "sont", "declares" },
                   { "s'", "est", "explique" }, { "s'", "est", "expliquee" }, { "se", "sont", "expliques" },
                   -- reflexive verbs, only after a quote (inverted_only): « ... », s'indigne le maire
                   table.unpack(REFLEXIVE_ROWS) }))))))))),
  -- être in a reflexive past (s'est dit, s'était dit)
  reflexive_be = set{ "est", "sont", "etait", "etaient" },
  -- canonical name -> how outlets write it
  aliases = {
    NIS = { "NIS", "Service national de renseignement", "Service national du renseignement",
            "renseignement sud-coréen", "services de renseignement sud-coréens",
            "services nationaux de renseignement", "National Intelligence Service",
            "South Korea's spy agency", "South Korean spy agency", "Seoul's spy agency",
            "South Korea's intelligence agency", "South Korean intelligence" },
    ["État-major interarmées sud-coréen"] = { "État-major interarmées", "état-major interarmées de Corée du Sud",
            "JCS", "Joint Chiefs of Staff" },
    KCNA = { "KCNA", "agence KCNA", "Korean Central News Agency", "agence officielle nord-coréenne" },
  },
  -- adverbs that invert a statement's subject: "Ainsi a-t-il annoncé", "Aussi dit-il"
  inversion_openers = set(INVERSION_OPENERS),
  -- the words of the adverbs that invert, before the subject of a complex inversion ("Tout juste le
  -- sélectionneur se borne-t-il", "À peine le président aura-t-il répondu"; a question's too)
  inversion_leads = set(joined(INVERSION_OPENERS, { "sans", "a", "au", "du", "mieux", "tout", "juste", "sinon",
                                                    "pourquoi", "comment", "et", "mais", "rarement", "vainement",
                                                    "en", "vain" })),
  -- a pronoun speaker is the pronoun alone ("selon lui, les routes...")
  pronouns = set{ "lui", "elle", "eux", "elles", "moi", "toi", "nous", "vous", "il", "ils", "on",
                  "celui-ci", "celle-ci", "ceux-ci", "celles-ci", "celui-la", "celle-la", "ceux-la", "quelqu'un",
                  "him", "her", "them", "he", "she", "they", "we", "it" },
  -- what a present participle ending a speaker introduces: "les études portant sur"
  -- words in -ant that are nouns or adjectives after a noun, not participles: "le maire
  -- sortant", "le personnel soignant"
  ant_nouns = set{ "sortant", "entrant", "soignant", "enseignant", "dirigeant", "militant", "manifestant",
                   "habitant", "etudiant", "suppleant", "participant", "intervenant", "combattant", "plaignant",
                   "requerant", "commercant", "survivant", "resident", "gerant", "mendiant", "fabricant",
                   "representant", "commandant", "president", "important", "puissant", "constant", "gagnant",
                   "perdant", "partant", "marchand", "volant", "adjoint", "restant", "suivant",
                   "courant", "brillant", "croyant", "debutant", "consultant", "assistant", "lieutenant",
                   "sergent", "descendant", "ascendant", "occupant", "opposant", "exposant", "correspondant",
                   "charmant", "touchant", "passant", "migrant", "trafiquant", "negociant", "officiant" },
  -- participles of where one is, whose place a speaker holds: "le groupe basé à Toulouse"
  located = set{ "base", "basee", "bases", "basees", "installe", "installee", "installes", "installees", "etabli",
                 "etablie", "etablis", "etablies", "implante", "implantee", "implantes", "implantees", "situe",
                 "situee", "situes", "situees", "domicilie", "domiciliee", "based", "headquartered" },
  -- (des scientifiques | soulignant que, une évaluation | figurant au dossier)
  participle_ends = set{ "sur", "a", "en", "dans", "que", "qu'", "sous", "au", "aux", "parmi", "chez" },
  -- prepositions that open a participle's complement (see add: "un communiqué publié | sur le site")
  cut_complements = set{ "sur", "par", "dans", "lors", "pendant", "depuis", "aupres" },
  -- what opens the place an inverted "on" speaks from: "explique-t-on | à la RATP",
  -- "du côté du | cabinet du maire", "chez | Ifop", "dans | son entourage", "de | source judiciaire"
  -- (the first list's rows each followed by de, du, des, d': "s'alarme-t-on au sein du | PS", "dans
  -- les rangs de | la majorité", "a-t-on appris auprès du | ministère de l'Intérieur")
  on_places = with_de({ { "du", "cote" }, { "au", "sein" }, { "dans", "les", "rangs" }, { "aupres" } },
                      { { "a" }, { "au" }, { "aux" }, { "chez" }, { "dans" }, { "sur" }, { "de", "source" },
                        { "de", "sources" } }),
  -- streets that name who sits there, after an inverted "on": "indique-t-on place Beauvau"
  street_nouns = set{ "place", "quai", "rue", "avenue", "boulevard" },
  -- a speaker that names the source said before ("selon la même source"), or follows an inverted "on"
  -- ("indique-t-on de même source"): folded
  same_source = set{ "la meme source", "meme source", "de meme source", "cette meme source", "cette source",
                     "de la meme source", "les memes sources", "ces memes sources", "memes sources",
                     "de memes sources", "the same source", "same source", "this source", "that source",
                     "the same sources" },
  -- the circles of people a place before "on" may name: "Dans l'entourage du ministre, on assure"
  circles = set{ "entourage", "camp", "cabinet", "equipe", "rangs", "majorite", "opposition", "gouvernement",
                 "ministere", "direction", "syndicat", "syndicats", "parti", "proches", "famille", "services",
                 "administration", "mairie", "prefecture", "parquet", "etat-major", "armee", "police",
                 "gendarmerie", "ambassade", "presidence", "commission", "staff", "clan" },
  -- verbs of publishing, and what they publish that states something: "a publié un
  -- communiqué" attributes, "a publié des photos" does not
  publish = set{ "publie", "publient", "publiait", "published", "publishes" },
  statements = set{ "communique", "communiques", "etude", "etudes", "rapport", "rapports", "enquete",
                    "enquetes", "sondage", "sondages", "chiffres", "bilan", "statistiques", "donnees", "note",
                    "lettre", "courrier", "tribune", "message", "tweet", "avis", "declaration", "resultats",
                    "correctif", "dementi", "mise", "precision", "precisions", "billet", "post", "texte",
                    "classement", "estimation", "estimations", "analyse", "releve", "statement", "report",
                    "study", "survey", "figures", "data", "documents", "guide" },
  -- hedges that open a figure after a speaker whose comma is missing
  number_hedges = set{ "environ", "quelque", "pres", "approximativement", "about", "around", "nearly" },
  -- what joins a noun to the name after it in a relative's antecedent: "le ministère de l'Intérieur qui",
  -- "Charlotte de Montpellier, économiste chez ING, qui table", "Mathieu Plane, économiste à l'OFCE, qui"
  -- (à as written: its term is the verb's)
  antecedent_preps = set{ "de", "du", "d'", "des", "chez", "au", "aux", "à" },
  -- pronouns that open a clause inside what looked like a speaker
  clause_pronouns = set{ "je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles" },
  -- subject pronouns: right before a verb (its clitics aside), the subject alone
  subject_pronouns = set{ "il", "elle", "ils", "elles", "on", "he", "she", "they", "it" },
  -- one of a group: "L'un d'eux", "Chacune d'entre elles", "One of them" (the head, de, the pronoun)
  partitive_heads = set{ "un", "une", "chacun", "chacune", "certains", "certaines", "plusieurs", "one", "each",
                         "some", "several", "many", "most" },
  partitive_of = set{ "d'", "de", "of" },
  partitive_pronouns = set{ "eux", "elles", "them" },
  -- a manner phrase between an inverted verb and its speaker: "explique avec
  -- pédagogie Romain", "a déclaré sans détour le ministre"
  -- where what is said is written, before que: "affirme dans ses offres d'emploi que" (see skip_asides)
  written_in = set{ "dans", "in" },
  manner = set{ "avec", "sans", "with", "without" },
  -- a tone there: "a souligné d'un air amusé X", "lance sur un ton sec le ministre"
  tones = { { "d'", "un", "air" }, { "d'", "un", "ton" }, { "d'", "une", "voix" }, { "sur", "un", "ton" },
            { "avec", "un", "sourire" }, { "d'", "un", "geste" }, { "in", "a", "tone" },
            -- "explique dans un sourire X", "dit dans un français hésitant Abdulaziz", "explique à mots
            -- couverts un membre du conseil", "a lâché avec la plus grande froideur X", "explique à
            -- notre antenne Me X"
            { "dans", "un", "sourire" }, { "dans", "un", "soupir" }, { "dans", "un", "souffle" },
            { "dans", "un", "francais" }, { "dans", "un", "anglais" }, { "dans", "un", "elan" },
            { "a", "mots", "couverts" }, { "avec", "la", "plus", "grande" }, { "a", "notre", "antenne" },
            { "a", "notre", "micro" }, { "au", "micro" }, { "a", "l'", "antenne" } },
  -- articles that, after a capitalised name, start another phrase: "Selon Marine
  -- Le Pen le parti a..." (a comma missing)
  after_name = set{ "le", "la", "les", "l'", "un", "une", "the", "a", "an" },
  -- ce samedi, cette semaine, ce matin: a time phrase before an inverted speaker
  time_det = set{ "ce", "cet", "cette", "this" },
  time_nouns = set{ "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "matin", "soir",
                    "midi", "apres-midi", "nuit", "week-end", "semaine", "mois", "annee", "morning", "week",
                    "evening", "afternoon", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                    "sunday" },
  -- adverbial phrases before an inverted speaker: "assure de son côté Roger Fussien"
  locutions = { { "de", "son", "cote" }, { "de", "leur", "cote" }, { "de", "notre", "cote" },
                { "de", "mon", "cote" }, { "de", "nouveau" }, { "a", "nouveau" }, { "pour", "sa", "part" },
                { "pour", "leur", "part" },
                { "pour", "ma", "part" }, { "quant", "a", "lui" }, { "quant", "a", "elle" },
                { "quant", "a", "eux" }, { "quant", "a", "elles" }, { "d'", "emblee" }, { "a", "son", "tour" },
                -- a stressed pronoun and aussi: "ont eux aussi fait part", "a elle aussi affirmé"
                { "lui", "aussi" }, { "elle", "aussi" }, { "eux", "aussi" }, { "elles", "aussi" },
                -- (or alone between commas: "Le gouvernement table, lui, sur 114,7 %", "estime, elle, que")
                { ",", "lui", "," }, { ",", "elle", "," }, { ",", "eux", "," }, { ",", "elles", "," },
                { "a", "leur", "tour" }, { "en", "substance" }, { "en", "effet" }, { "for", "his", "part" },
                { "for", "her", "part" }, { "for", "their", "part" }, { "tout", "de", "meme" }, { "quand", "meme" },
                { "dans", "un", "premier", "temps" }, { "dans", "un", "second", "temps" }, { "au", "passage" },
                { "en", "revanche" }, { "en", "outre" }, { "par", "ailleurs" }, { "une", "fois", "de", "plus" },
                { "a", "plusieurs", "reprises" }, { "a", "maintes", "reprises" }, { "dans", "la", "foulee" },
                { "plusieurs", "fois" }, { "une", "nouvelle", "fois" }, { "encore", "une", "fois" },
                { "d'", "entree" }, { "en", "riant" }, { "en", "souriant" }, { "d'", "une", "seule", "voix" },
                { "en", "choeur" }, { "en", "chœur" }, { "de", "concert" }, { "a", "l'", "unisson" }, { "d'", "abord" },
                { "tout", "d'", "abord" }, { "en", "premier", "lieu" }, { "en", "moyenne" } },
  -- a time of day, a place of speaking: "a déclaré en fin d'après-midi la procureure",
  -- "a indiqué devant la presse Julien Bargeton" (before a speaker, as the locutions above;
  -- not between "X estime" and its "que": "son livre écrit dans la nuit « ... »")
  -- a topic opening a speaker's span is no part of it: "À propos de François Hollande
  -- qui se dit prêt" (the speaker is François Hollande)
  topics = { { "a", "propos", "de" }, { "a", "propos", "du" }, { "a", "propos", "des" }, { "au", "sujet", "de" },
             { "au", "sujet", "du" }, { "s'agissant", "de" }, { "s'agissant", "du" }, { "concernant" },
             { "quant", "a" }, { "quant", "au" }, { "as", "for" }, { "regarding" },
             -- "à l'image de Christine Boutin, qui a jugé": like her, she speaks
             { "l'", "image", "de" }, { "l'", "image", "du" }, { "l'", "image", "des" } },
  -- adverbs opening a sentence before its subject, with no comma: "Plus loin le président
  -- précise", "Ensuite le ministre a ajouté"
  time_units = set{ "jours", "jour", "heures", "heure", "minutes", "semaines", "mois", "ans", "annees", "days",
                    "hours", "weeks", "months", "years" },
  time_after = set{ "apres", "plus", "auparavant", "avant", "later", "after", "before", "earlier", "ago" },
  -- participles of being reached, then par: "explique le président | joint par téléphone"
  reached = set{ "joint", "jointe", "joints", "jointes", "contacte", "contactee", "contactes", "contactees",
                 "interroge", "interrogee", "interroges", "interrogees", "sollicite", "sollicitee", "questionne",
                 "questionnee", "interviewe", "interviewee", "reached", "contacted", "interviewed" },
  -- and the words that count them without a number: "quelques heures après", "several days later"
  time_counts = set{ "quelques", "plusieurs", "some", "several", "few" },
  leads = { { "plus", "loin" }, { "ensuite" }, { "puis" }, { "enfin" }, { "alors" }, { "par", "ailleurs" },
            { "en", "outre" }, { "de", "plus" }, { "aussi" }, { "depuis" }, { "desormais" }, { "aujourd'hui" },
            { "hier" }, { "finalement" }, { "pourtant" }, { "cependant" }, { "toutefois" }, { "neanmoins" },
            { "de", "son", "cote" }, { "de", "leur", "cote" }, { "de", "notre", "cote" }, { "pour", "sa", "part" },
            { "pour", "leur", "part" }, { "a", "son", "tour" }, { "a", "leur", "tour" }, { "de", "leurs", "cotes" },
            { "de", "nouveau" }, { "a", "nouveau" }, { "une", "fois", "de", "plus" }, { "en", "effet" },
            { "d'", "un", "cote" }, { "de", "l'", "autre", "cote" }, { "la", "aussi" }, { "la", "encore" },
            { "ici", "aussi" }, { "ici", "encore" }, { "encore", "une", "fois" } },
  time_locutions = with_statements{
                { "sur", "place" }, { "en", "fin", "d'", "apres-midi" }, { "en", "debut", "d'", "apres-midi" },
                { "un", "peu", "plus", "tot" }, { "un", "peu", "plus", "tard" }, { "plus", "tot" }, { "plus", "tard" },
                { "peu", "apres" }, { "peu", "avant" },
                { "tout", "a", "l'", "heure" }, { "a", "l'", "epoque" }, { "il", "y", "a", "peu" },
                { "en", "fin", "de", "matinee" }, { "en", "debut", "de", "matinee" }, { "en", "fin", "de", "journee" },
                { "en", "debut", "de", "soiree" }, { "en", "fin", "de", "soiree" }, { "en", "soiree" },
                { "en", "milieu", "d'", "apres-midi" }, { "en", "milieu", "de", "journee" },
                -- where it was said: "souligne dans un communiqué le Conseil", "a annoncé à la tribune
                -- de l'Assemblée la vice-présidente"
                { "a", "la", "tribune" }, { "a", "la", "tribune", "de", "l'", "assemblee" },
                { "a", "la", "tribune", "du", "senat" }, { "a", "la", "tribune", "de", "l'", "onu" },

                { "in", "a", "statement" }, { "in", "an", "interview" },
                { "en", "milieu", "de", "matinee" }, { "en", "debut", "de", "journee" },
                { "en", "matinee" }, { "dans", "la", "soiree" }, { "dans", "la", "matinee" }, { "dans", "la", "nuit" },
                { "dans", "la", "journee" }, { "devant", "la", "presse" }, { "devant", "les", "journalistes" },
                { "devant", "les", "deputes" }, { "devant", "les", "senateurs" }, { "face", "a", "la", "presse" },
                { "face", "aux", "journalistes" },
                -- ("a lancé sous les applaudissements la députée", "sous les huées")
                { "sous", "les", "applaudissements" }, { "sous", "les", "huees" }, { "sous", "les", "sifflets" },
                { "sous", "les", "vivats" }, { "sous", "les", "acclamations" },
                -- how it was said: "a déclaré par téléphone à l'AFP une porte-parole"
                { "par", "telephone" }, { "au", "telephone" }, { "par", "ecrit" }, { "par", "courriel" },
                { "par", "mail" }, { "par", "e-mail" }, { "par", "sms" }, { "en", "direct" }, { "sur", "twitter" },
                { "sur", "facebook" }, { "sur", "son", "compte", "twitter" }, { "sur", "son", "compte", "facebook" },
                { "sur", "son", "blog" }, { "sur", "son", "site" }, { "sur", "son", "site", "internet" },
                { "sur", "son", "site", "web" }, { "sur", "sa", "page", "facebook" }, { "sur", "leur", "site" },
                { "sur", "leur", "site", "internet" }, { "sur", "son", "compte", "instagram" },
                -- ("explique sur les réseaux sociaux un travailleur humanitaire", "sur son compte X")
                { "sur", "les", "reseaux", "sociaux" }, { "sur", "instagram" }, { "sur", "linkedin" },
                { "sur", "tiktok" }, { "sur", "youtube" }, { "sur", "son", "compte", "linkedin" },
                { "by", "phone" }, { "by", "telephone" }, { "on", "twitter" }, { "on", "social", "media" },
                { "on", "facebook" }, { "on", "instagram" }, { "on", "linkedin" },
                { "on", "youtube" } },
  -- a time between an inverted verb and its speaker: "regrettait l'an dernier Georges
  -- Mothron" (after selon it is no speaker: "fixé selon la veille")
  time_phrases = { { "l'", "an", "dernier" }, { "l'", "an", "passe" }, { "l'", "annee", "derniere" },
                   { "l'", "annee", "passee" }, { "la", "semaine", "derniere" }, { "la", "semaine", "passee" },
                   { "le", "mois", "dernier" }, { "le", "mois", "passe" }, { "la", "veille" }, { "le", "lendemain" },
                   { "hier", "soir" }, { "hier", "matin" }, { "en", "debut", "de", "semaine" },
                   { "en", "fin", "de", "semaine" }, { "dans", "la", "foulee" }, { "last", "year" }, { "last", "week" },
                   { "last", "month" } },
  -- "de" opens an inverted speaker before these: "ont expliqué de nombreux commentateurs"
  de_quantities = set{ "nombreux", "nombreuses", "hauts", "hautes", "grands", "simples", "jeunes", "anciens",
                        "anciennes", "autres", "nouveaux", "nouvelles", "proches" },
  -- relative pronouns: "selon lesquelles ..." attributes nothing
  relatives = set{ "lequel", "laquelle", "lesquels", "lesquelles", "quoi", "qui", "which", "whom" },
  -- what an inverted speaker starts with, besides a capital, a pronoun or a number:
  -- "a expliqué un cadre", not "déclare soutenir la réforme"
  -- déclarer + an attribute is a verdict, not a statement: "les résultats ont déclaré
  -- vainqueur l'ancienne ministre", "il a été déclaré coupable", "a déclaré forfait"
  verdict_verbs = set{ "declare", "declaree", "declares", "declarees", "declarer", "declarent", "declarait",
                       "declaraient", "declara", "declarerent", "declared", "declares" },
  -- words that open a relative clause
  relative_openers = set{ "que", "qu'", "qui", "that", "which", "who" },
  -- what one declares into being after those (see extract): "declares martial law", "l'état d'urgence"
  declared_things = set{ "martial", "war", "state", "emergency", "independence", "bankruptcy", "victory",
                         "guerre", "etat", "independance", "faillite", "victoire", "couvre-feu", "curfew" },
  -- verbs that judge the one after them: "ont reconnu X coupable" (a verdict past its object)
  verdict_objects_verbs = set{ "reconnu", "reconnue", "reconnus", "reconnues", "reconnait", "reconnaissent",
                               "reconnaissait", "reconnaissaient", "reconnut", "reconnurent", "juge", "jugee",
                               "juges", "jugees", "jugent", "jugeait" },
  -- verbs that also mean to earn: "a rapporté 3 millions", "rapporte gros" report nothing
  earn_verbs = set{ "rapporte", "rapportent", "rapportait", "rapportaient" },
  -- what such a verb brings in, counted: "a rapporté 3 points", "rapporte 12 sièges", "8 000 francs" (see
  -- reported_count; money_nouns too)
  earned_nouns = set{ "points", "pts", "sieges", "voix", "medailles", "titres", "buts", "victoires", "trophees",
                      "dividendes", "francs", "livres", "roubles", "yuans", "yens", "sous", "centimes", "ecus",
                      "interets" },
  -- verbs that report a figure they take as object: "les syndicats revendiquent 1,2 million de
  -- manifestants", "la police en a compté 780 000", "la CGT évoque 15 000 postes" (not "il compte
  -- partir", "revendique la victoire", "évoque la crise")
  -- (compter only after "en": "la France compte 67 millions d'habitants" has them, "il compte
  -- partir" intends; see counted_verbs)
  figure_verbs = set(joined({ "revendique", "revendiquent", "revendiquait", "revendiquaient", "compte", "comptent",
                      "comptait", "comptaient", "evoque", "evoquent", "evoquait", "evoquaient", "claim", "claims",
                      "claimed",
                      -- (and counting: "l'OMS recense 198 cancers", "la préfecture dénombre 3 000
                      -- manifestants"; not comptabiliser, which has as often: "le club comptabilise 12 victoires")
                      "recense", "recensent", "recensait", "recensaient", "denombre", "denombrent", "denombrait",
                      "denombraient",
                      -- (and reporting a count: "l'INSPQ rapportait 3 512 cas", "la préfecture signale 12 blessés";
                      -- not an amount earned, see earn_verbs)
                      "rapporte", "rapportent", "rapportait", "rapportaient", "signale", "signalent", "signalait",
                      "signalaient",
                      -- (and putting forward: "les organisateurs avancent le chiffre de 50 000")
                      "avance", "avancent", "avancait", "avancaient" }, FIGURE_PREP_VERBS, FORECASTS)),
  -- nouns that name the figure such a verb gives past de: "avancent le chiffre de 50 000", "revendique un
  -- total de 12 000"
  figure_nouns = set{ "chiffre", "nombre", "total", "bilan", "figure", "number", "toll", "tally" },
  -- adjectives before such a noun as a speaker ("Le dernier bilan fait état de"; see lunette.extract's
  -- link_sources)
  count_adjectives = set{ "dernier", "nouveau", "premier", "latest", "new", "first", "final" },
  -- a count of times after a number: no figure ("avançait deux fois plus vite") and no speaker ("dit quatre
  -- fois Fédik")
  repeats = set{ "fois", "times" },
  -- nouns of an act whose count such a verb gives past de: "revendique la destruction de 70 drones"
  figure_act_nouns = set{ "destruction", "elimination", "mort", "capture", "prise", "suppression", "creation",
                          "perte", "interception", "neutralisation", "arrestation", "deaths", "death", "loss",
                          "killing", "downing" },
  -- of those, the ones that give their figure after a preposition (verb -> it), right after them or
  -- after their object: "Valeurs actuelles chiffre à près de 300 000 euros les frais", "la police
  -- évalue le nombre de manifestants à 2 000", "les États-Unis estimaient ce contingent à près de 11 000
  -- militaires", "Le Pentagone table sur 15 000 hommes", "Police put the number of protesters at
  -- 5,000" (not "le chiffre de 3 000", "estime que", "put the blame on")
  figure_prep_verbs = FIGURE_PREP,
  -- of those, the ones that forecast: their figure measures a noun before it (figure_at), one of these
  forecast_verbs = set(FORECASTS),
  -- texts that provide for what they hold, no forecasters (see forecast_verbs)
  plan_nouns = set{ "budget", "plan", "loi", "texte", "accord", "projet", "contrat", "programme", "reforme",
                    "convention", "traite", "decret", "amendement", "protocole", "calendrier", "cahier", "bill",
                    "deal", "agreement", "law", "contract", "treaty", "budgets", "accords", "textes" },
  -- (and an object of that many words at most, to and a verb of change, then the figure, after the
  -- prepositions of change: "had expected inflation to drop to 1.9%")
  forecast_object_words = 5,
  change_preps_en = set{ "to", "by", "at" },
  -- and the particles before them: "to come in at", "to tick up to", "to slow down to"
  change_particles_en = set{ "in", "up", "down", "out", "back" },
  -- their pasts, that make a word of saying before them a noun, their subject (noun_cue_en)
  change_pasts_en = set{ "fell", "rose", "grew", "dropped", "climbed", "increased", "decreased", "declined",
                         "jumped", "surged", "slipped", "eased", "edged", "slowed", "soared", "plunged", "reached",
                         "hit", "topped", "exceeded", "remained", "stayed", "totaled", "totalled", "averaged" },
  change_verbs_en = set{ "drop", "fall", "rise", "grow", "slow", "climb", "increase", "decrease", "decline", "reach",
                         "hit", "ease", "edge", "remain", "stay", "accelerate", "jump", "surge", "slip", "dip",
                         "shrink", "expand", "contract", "rebound", "tick", "hold", "peak", "top", "exceed",
                         "average", "total", "come", "soar", "plunge", "slide", "cool", "moderate" },
  measure_nouns = set{ "croissance", "hausse", "baisse", "recul", "progression", "augmentation", "diminution",
                       "chute", "deficit", "excedent", "benefice", "perte", "pertes", "ventes", "inflation", "taux",
                       "chomage", "dette", "resultat", "marge", "rendement", "contraction", "repli", "avance",
                       "ecart", "remontee", "rebond", "ralentissement", "acceleration", "niveau", "envolee", "flambee",
                       "growth", "rise", "increase", "decline", "decrease", "drop", "fall", "loss", "losses", "profit",
                       "profits", "revenue", "revenues", "sales", "earnings", "surplus", "rate", "unemployment",
                       "debt", "gain", "gains", "shortfall", "income", "rebound", "slowdown", "level" },
  -- what opens the figure after a noun of measure (measure_at)
  measure_links = set{ "de", "d'", "of", "entre", "between" },
  figure_prep_adverbs = set{ "desormais", "deja", "aujourd'hui", "encore", "toujours", "aussi", "ainsi", "meme",
                             "now", "already", "also", "still", "even" },
  counted_verbs = set{ "compte", "comptent", "comptait", "comptaient" },
  -- the crowds those count as a source does, with no en before them ("La police a compté 6500 manifestants")
  crowd_nouns = set{ "manifestants", "participants", "grevistes", "marcheurs" },
  -- what may stand between them and the figure: hedges ("plus de", "près de", "environ", "quelque", "entre"),
  -- "même", "even", an opening quotation mark ("La CGT évoque même « plus de 15 000 postes »")
  figure_hedges = set{ "plus", "moins", "pres", "de", "d'", "environ", "quelque", "au", "pas", "jusqu'", "a",
                       "meme", "\194\171", "\226\128\156", "\"", "over", "about", "nearly", "almost", "more",
                       "than", "some", "at", "least", "even", "fewer", "less", "around", "roughly", "approximately",
                       "under", "up", "to", "autour", "proche", "entre", "between" },
  -- participles that report only with "on" inverted before them, or after "ce qu'a": "a-t-on appris
  -- auprès du ministère", "selon ce qu'a appris La Presse"
  on_only = set{ "appris" },
  learned_leads = set{ "selon", "apres", "est" },          -- (selon, d'après, c'est | ce qu'a appris X)
  -- common finite verbs that open the clause a coordinated verb of saying shares its subject with:
  -- "Le ministre était à Lyon et a déclaré", "Philippe Baumel se refuse à parler ... et assure que"
  clause_verbs = set{ "est", "etait", "sont", "etaient", "sera", "seront", "reste", "restent", "restait",
                      "refuse", "refusent", "refusait", "veut", "veulent", "voulait", "peut", "peuvent", "pouvait",
                      "doit", "doivent", "devait", "va", "vont", "allait", "fait", "font", "faisait", "vient",
                      "viennent", "venait", "semble", "semblent", "semblait", "tient", "tiennent",
                      -- frequent verbs of a first clause: "L'équipe accuse le coup et assure refuser"
                      "prend", "prennent", "met", "mettent", "donne", "donnent", "recoit", "recoivent", "perd",
                      "perdent", "gagne", "gagnent", "accuse", "accusent", "demande", "demandent", "propose",
                      "proposent", "souhaite", "souhaitent", "appelle", "appellent", "salue", "saluent",
                      "defend", "defendent", "reclame", "reclament", "lance", "lancent", "publie", "publient",
                      -- (and of a scene: "Le ministre arrive et déclare")
                      "arrive", "arrivent", "sort", "sortent", "entre", "entrent", "revient", "reviennent",
                      "monte", "montent" },
  -- what "par" before a passive's agent may count by: "évalué à 100 milliards par an par une commission"
  rate_units = set{ "an", "jour", "mois", "semaine", "heure", "minute", "annee", "habitant", "personne", "tete",
                    "salarie", "eleve", "foyer", "menage", "kilo", "litre", "tonne" },
  -- how far after a passive's participle its agent's "par" may come (see extract), and the
  -- participles whose agent speaks ("a été confirmée par l'entourage"; not "a été soutenu par",
  -- "a été lancée par", "a été poursuivi par")
  agent_reach = 8,
  -- what makes the participle after it a passive, and what brings its agent: "a été annoncé par",
  -- "were reported by local media", "was confirmed by officials" (no speaker before them)
  passive_marks = set{ "ete", "was", "were", "been", "being", "is", "are", "be" },
  -- (not confirmer, démentir, écrire after a finite être: corroborated or authored, "est
  -- confirmé par ce sentiment", "est démenti par l'expérience", "est écrit par R. Ménard")
  present_passive_not = set{ "confirme", "dementi", "ecrit" },
  -- and a finite être: "est estimé à 15 millions d'euros par la FFA", "sont chiffrées par l'Insee"
  -- (not "s'est estimé lésé": reflexive, whose subject speaks)
  passive_marks_fr = set{ "est", "sont", "etait", "etaient", "sera", "seront", "serait", "seraient",
                          "fut", "furent" },
  agent_words = set{ "par", "by" },
  passive_cues = set{ "annonce", "confirme", "dementi", "revele", "indique", "precise", "declare", "affirme",
                      "rapporte", "signale", "evoque", "explique", "souligne", "rappele", "denonce", "mentionne",
                      "ecrit", "estime", "evalue", "chiffre", "recense", "denombre", "comptabilise", "avance",
                      "reported", "confirmed", "announced", "denied", "stated", "estimated", "revealed", "disclosed",
                      "put", "pegged", "placed" },
  -- verbs that report what they take as object, with their subject before them: "La police dément
  -- toute implication", "Le ministère confirme l'information" (the others need que; annoncer a
  -- figure, "Le gouvernement annonce 3 000 suppressions de postes", or anything when its subject is
  -- someone, "La CGT annonce la poursuite de la grève", not "les prophéties annoncent la fin")
  object_verbs = with_forms{ "confirme", "confirment", "dement", "dementent", "denonce", "denoncent",
                                 "reconnait", "reconnaissent", "admet", "admettent", "reaffirme", "reaffirment",
                                 "denies", "deny", "denied", "confirms", "confirmed", "acknowledges", "acknowledged" },
  figure_object_verbs = with_forms{ "annonce", "annoncent" },
  -- verbs that name their object, reporting what they call it in quotes after it: "a qualifié cette
  -- décision de « scandaleuse »", "called the approach "a recipe for chaos"" (not "a qualifié
  -- l'équipe pour la finale", "They called the police")
  naming_verbs = with_forms(NAMING),
  -- assurer with an object (after one of noun_determiners) ensures: "assurent le relais" (see extract)
  ensure_verbs = with_forms{ "assure", "assurent" },
  ensure_not_after = set{ "qu'", "que", "l'", "le", "la", "les" },
  -- confier with its subject before it and a thing as object entrusts: "a confié les rênes à un
  -- inspecteur", "lui a confié une photo", "auquel ils avaient confié l'organisation"; what one
  -- confides is felt, thought or lived ("a confié son inquiétude", "ses doutes", "un dilemme : «")
  entrust_verbs = with_forms{ "confie", "confient" },
  confided = set{ "inquietude", "inquietudes", "joie", "admiration", "desarroi", "interrogation", "interrogations",
                  "dilemme", "secret", "secrets", "sentiment", "sentiments", "doute", "doutes", "peur", "peurs",
                  "angoisse", "angoisses", "espoirs", "envies", "desir", "desirs", "reve", "reves", "souvenir",
                  "souvenirs", "impression", "impressions", "emotions", "amour", "passion", "histoire",
                  "experience", "opinion", "honte", "malaise", "souffrance", "douleur", "chagrin", "soulagement",
                  "bonheur", "plaisir", "etonnement", "deception", "lassitude", "frustration", "amertume",
                  "desespoir", "detresse", "preoccupation", "preoccupations", "ambitions", "projet", "projets",
                  "intentions", "vecu", "quotidien", "parcours", "confidences", "reflexion", "reflexions",
                  "pensee", "pensees", "stupeur", "incomprehension", "emoi", "enthousiasme", "optimisme",
                  "pessimisme", "scepticisme", "tourments", "obsession", "faiblesse", "faiblesses", "blessure",
                  "blessures", "fatigue", "epuisement", "solitude", "anxiete", "hesitation", "hesitations",
                  "reticences", "etat", "ressenti", "ressentiment", "rancoeur", "nostalgie", "mal-etre",
                  "trac", "stress", "espoir", "envie", "vie", "difficulte", "difficultes" },
  -- the object pronouns of an interview before it: "nous confie sa joie", "m'a confié son projet"
  interview_clitics = set{ "nous", "me", "m'", "vous" },
  -- the words before "pour" + an infinitive of saying that make its subject speak (see extract)
  speaking_occasions = set{ "profite", "profitent", "profitait", "profitaient", "occasion", "parole", "silence",
                            "creneau", "micro", "antenne", "plateau", "tribune", "media", "medias", "presse" },
  -- what a verb of saying reports after an aside between commas (see skip_asides)
  after_aside = set{ "que", "qu'", "avoir", "etre", "ne", "n'" },
  -- nouns that open a phrase put before the subject: "Côté FN, Gilbert Collard, député du Gard, a dit"
  fronted_nouns = set{ "cote", "side" },
  -- the conjunction that opens what is reported
  that = set{ "que", "qu'", "that" },
  -- the forms of "il y a" (see there_is_at)
  there_is = set{ "a", "avait", "aura", "aurait", "eut" },
  -- verbs that also move: "les troupes ont avancé de dix kilomètres", "a avancé vers la
  -- tribune", "les négociations avancent.", "a avancé la date du scrutin" report nothing (with
  -- the speaker before them; "« ... », avance le ministre" is a report)
  move_verbs = set{ "avance", "avancent", "avancait", "avancaient" },
  -- what follows them then: a direction, a manner, a thing moved, the end of the clause
  moves = set{ "vers", "dans", "sur", "jusqu'", "en", "au", "aux", "vite", "lentement", "doucement", "peu",
               "beaucoup", "bien", "mal", "masque", "masques", "date", "dates", "heure", "calendrier", "echeance",
               "echeances", "pion", "pions", "horloge", "montre", "frais", "toward", "towards", "into" },
  -- before them, words that make them a noun: "on sait d'avance", "en avance sur son temps"
  move_nouns_after = set{ "d'", "en" },
  -- after de: a measure ("d'un pas", "de quelques mètres", "de deux places")
  move_measures = set{ "un", "une", "quelques", "plusieurs", "deux", "trois", "dix", "cent" },
  -- (then millions, milliers: "plusieurs millions", "un million"; "un" alone is an article)
  earnings = set{ "plusieurs", "des", "quelques", "un", "une" },
  -- "en dire long": a thing shows, no one speaks ("le CV de X en dit long sur", "cela en dit beaucoup")
  says_much = set{ "long", "beaucoup", "assez", "trop", "davantage" },
  verdicts = set{ "vainqueur", "vainqueurs", "gagnant", "gagnante", "gagnants", "coupable", "coupables",
                  "innocent", "innocente", "innocents", "forfait", "irrecevable", "irrecevables", "recevable",
                  "recevables", "inapte", "inaptes", "apte", "aptes", "caduc", "caduque", "nul", "nulle", "nuls",
                  "ouvert", "ouverte", "ouverts", "clos", "close", "mort", "morte", "morts", "elu", "elue", "elus",
                  "illegal", "illegale", "conforme", "conformes", "persona", "winner", "guilty", "dead", "bankrupt",
                  "faillite" },
  -- nouns of locutions that look like a title before a name: "pour sa part Sophie",
  -- "de son côté Pierre", "à son tour Marie"
  locution_nouns = set{ "part", "cote", "tour", "avis", "sens", "yeux", "egard" },
  -- determiners of speaker_starts that are words of another kind in French (a = has)
  english_only = set{ "a", "an", "the", "his", "her", "their", "its", "our", "my", "some", "one", "two", "three" },
  speaker_starts = set{ "le", "la", "les", "l'", "un", "une", "des", "son", "sa", "ses", "leur", "leurs",
                        "notre", "nos", "votre", "vos", "mon", "ma", "mes", "ce", "cet", "cette", "ces",
                        "plusieurs", "certains", "certaines", "quelques", "tout", "toute", "tous", "chaque",
                        "aucun", "aucune", "the", "a", "an", "his", "her", "their", "its", "our", "my",
                        "some", "several", "many", "one", "two", "three", "bon", "nombre" },
  -- lower-case titles and demonstratives that open a speaker: "a expliqué maître
  -- Klyni", "a déclaré celui qui refusait", "selon ceux de mes parents"
  feasts = set{ "noel", "paques", "toussaint", "halloween", "pentecote", "ramadan", "nouvel", "saint-valentin" },
  -- nouns of people who give their view (after "Pour ...,": "Pour les experts, ...")
  speaker_nouns = set{ "experts", "expert", "analyste", "analystes", "specialiste", "specialistes",
                       "observateurs", "observateur", "syndicats", "syndicat", "opposition", "ong", "auteurs",
                       "auteur", "enqueteurs", "chercheurs", "economistes", "avocat", "avocats", "avocate",
                       "porte-parole", "gouvernement", "ministere", "police", "parquet", "elus", "elu",
                       -- (whose trade is a view: "Pour les magistrats, ...", "Pour les médecins, ...")
                       "magistrats", "magistrat", "juges", "medecins", "medecin", "scientifiques", "scientifique",
                       "historiens", "sociologues", "politologues", "psychologues", "psychiatres", "juristes",
                       "juriste", "constitutionnalistes", "epidemiologistes", "climatologues", "sondeurs",
                       "commentateurs", "editorialistes", "organisateurs", "associations", "association",
                       "autorites", "policiers", "manifestants", "militants", "ecologistes", "defenseurs",
                       "benevole", "benevoles", "proprietaire", "proprietaires" },
  -- bodies in lower case that write or count, after a document's "de la" ("un rapport de la
  -- commission d'enquête", "une étude de l'université de Stanford")
  author_bodies = set{ "commission", "mission", "delegation", "universite", "gendarmerie", "cour", "direction",
                       "caisse", "federation", "fondation", "agence", "banque", "institut", "mairie", "prefecture",
                       "region", "ville",
                       "justice", "douane", "douanes", "armee", "defense", "chambre", "confederation", "haute",
                       "office", "organisation", "inspection", "administration", "assemblee", "municipalite",
                       "majorite", "famille", "victime", "ambassade", "societe", "equipe", "faculte",
                       "entreprise", "compagnie", "firme", "groupe", "ministere", "service", "services", "communaute",
                       "cabinet", "observatoire", "conseil", "syndicat", "cgt", "cfdt", "site", "journal",
                       "quotidien", "hebdomadaire", "magazine", "media", "radio", "chaine", "organisme",
                       "association", "institution", "instance", "autorite", "departement" },
  -- what joins a participle to an earlier one that shares its auxiliary ("a salué ... et estimé que")
  shared_links = set{ "et", "puis", "mais", "and", "but", "then" },
  -- the words a restrictive relative's noun phrase may follow (see restrictive_ok)
  witness_preps = set{ "par", "parmi", "selon", "et", "mais", "or", "dont", "comme", "by", "among", "and" },
  -- and those it does not follow: whom one tells, answers, writes for (see restrictive_ok)
  relative_not_after = set{ "a", "au", "aux", "pour", "avec", "sur", "dans", "en", "to", "for", "with", "on", "in" },
  -- people who tell what they saw or know, as the antecedent of a relative with no comma
  -- ("plusieurs témoins de la scène qui affirment que")
  witnesses = set{ "temoins", "temoin", "habitants", "habitant", "riverains", "riverain", "salaries", "salarie",
                   "parents", "proches", "sources", "source", "responsables", "responsable", "dirigeants",
                   "dirigeant", "membres", "membre", "voisins", "voisin", "employes", "employe", "eleves",
                   "etudiants", "victimes", "victime", "familles", "patients", "clients", "usagers",
                   "internautes", "sondes", "francais", "citoyens", "electeurs", "soldats", "officiers",
                   "diplomates", "diplomate", "chercheurs", "chercheur", "candidats", "candidat", "candidate",
                   "candidates", "survivants", "survivantes", "rescapes", "rescapees", "passagers", "manifestants",
                   "participants", "witnesses", "residents", "survivors", "officials", "sources" },
  -- participles after a content that another relays: "une étude Ifop citée par L'Express"
  relayed = set{ "cite", "citee", "cites", "citees", "relaye", "relayee", "relayes", "relayees", "repris", "reprise",
                 "reprises", "quoted", "cited",
                 -- (and what a newsroom read: "une note de l'Unédic consultée par Les Échos")
                 "consulte", "consultee", "consultes", "consultees", "obtenu", "obtenue", "obtenus", "obtenues",
                 "seen", "obtained", "reviewed" },
  lower_titles = set{ "maitre", "docteur", "professeur", "monsieur", "madame", "mademoiselle", "celui", "celle",
                      "ceux", "celles" },
  -- clitic pronouns (dates.rules.future.clitics) and auxiliaries between a subject and its verb:
  -- "quelqu'un me dit", "mes parents m'ont toujours dit"
  clitics = set({ "est", "sont",
                  "suis", "etait", "etaient", "a", "ont", "avait", "avaient", "ai", "as", "avons", "avez",
                  "etais", "sommes", "etes", "avais",
                  "has", "have", "had", "will", "would", "is", "are", "was", "were" }, dates.rules.future.clitics),
  -- English prepositions: no speaker starts with one after its verb ("claimed on Monday")
  -- English auxiliaries and modals: after a noun phrase, they make it a subject (english_verb_at)
  -- English auxiliaries of the future (a report to come: add)
  future_en = set{ "will", "shall", "won't" },
  finite_en = set{ "would", "could", "will", "may", "might", "should", "can", "must", "is", "are", "was", "were",
                   "has", "have", "had", "did", "does", "do" },
  -- English verbs before "to" and a cue: who refuses to say says nothing; the others, and the
  -- participles in -ed, stand between the subject and its cue ("went on to say", "is expected to
  -- announce", "was quick to add")
  refusals_en = set{ "declined", "declines", "decline", "declining", "refused", "refuses", "refuse", "refusing",
                     "unable", "unwilling", "reluctant" },
  infinitive_heads_en = set{ "went", "goes", "go", "going", "on", "want", "wants", "plan", "plans", "hope",
                             "hopes", "is", "was", "are", "were", "be", "been", "set", "due", "quick", "continue",
                             "continues", "tries", "try", "seems", "seem", "appears", "appear", "likely", "able",
                             "also", "later", "then", "has", "have", "had", "will", "would", "used" },
  -- English relatives that open an object clause before its subject ("which critics say")
  object_relatives_en = set{ "which", "that", "whom" },
  -- English verbs that take a clause with no "that": no subject runs back past them
  clause_verbs_en = set{ "said", "says", "say", "told", "tells", "added", "noted", "warned", "stated", "claimed",
                         "reported", "announced", "confirmed", "explained", "insisted", "argued", "wrote",
                         "believed", "believes", "thinks", "think", "thought", "insists", "suggested", "estimated" },
  -- what opens a verb's object or clause after an English past in -ed
  clause_heads_en = set{ "the", "a", "an", "that", "this", "these", "those", "it", "he", "she", "they", "his",
                         "her", "their", "its" },
  preps_en = set{ "on", "in", "at", "to", "for", "with", "from", "after", "before", "during", "over",
                  "about", "into", "since" },
  -- English determiners: a verb of saying after one is a noun ("denied the reports")
  determiners_en = set{ "the", "a", "an", "its", "his", "her", "their", "these", "those", "such", "this", "that" },
  -- abbreviations whose period stays inside a speaker: "M. Castaner a annoncé"
  -- (lunette.extract.names' titles, and St: "St. Louis Post-Dispatch")
  title_abbrevs = set({ "st" }, first_names.title_abbrevs),
  -- participles that make a criterion's noun a source (see extract)
  published_participles = set({ "publie", "publies", "publiee", "publiees", "diffuse", "diffuses", "diffusee",
                                "diffusees", "communique", "communiques", "communiquee", "communiquees", "rendus",
                                "rendu", "rendue", "rendues", "publicized", "published", "released", "announced" },
                              MADE_PUBLIC),
  -- "selon la coutume", "selon les moyens de la famille": selon + a criterion, no source
  not_sources = set{ "coutume", "coutumes", "tradition", "moyens", "cas", "regles", "regle", "modalites", "epoque",
                     "epoques", "periode", "periodes", "saison", "saisons", "age", "ages",
                     "droit", "code", "constitution", "legislation", "reglementation", "jurisprudence", "bareme",
                     "besoins", "saison", "saisons", "age", "criteres", "niveau", "niveaux", "type", "taille",
                     "humeur", "circonstances", "situation", "conditions", "envies", "gouts", "methode",
                     "principe", "principes", "loi", "lois", "usage", "usages", "calendrier", "horaires",
                     "profil", "profils", "region", "regions", "pays", "disponibilites", "resultats",
                     "appartenance", "appartenances", "categorie", "categories", "tranche", "tranches", "sexe",
                     "sexes", "periode", "periodes", "zones", "scenario", "scenarios", "hypothese", "hypotheses",
                     -- (what varies with the kind: "de 8 % à 10 % selon les titres", "selon les communes")
                     "titres", "produits", "modeles", "formules", "offres", "secteurs", "filieres", "territoires",
                     "departements", "communes", "quartiers", "metiers",
                     "affinites", "sensibilites", "preferences", "vraisemblance", "probabilite", "souhait",
                     "volonte", "prix", "ordre", "instructions", "consignes", "couleur", "composition",
                     "projet", "indication", "strategie", "nature", "forme", "poids", "duree", "quantite",
                     "degre", "gravite", "importance", "contexte", "lieu", "endroit", "moment", "rythme",
                     "rang", "statut", "option", "recette", "logique", "dynamique", "dynamiques", "schema",
                     "schemas", "trajectoire", "trajectoires", "origine", "subjectivite", "vecu",
                     "approche", "voeu", "voeux", "convenance", "sensibilite", "theorie", "theories",
                     "jours", "semaines", "annees", "heures", "moments", "lieux", "endroits", "versions",
                     "variantes", "modeles", "quartiers", "secteurs",
                     "vouloir", "activites", "test", "tests", "vœu", "vœux", "classification", "classifications",
                     "nationalite", "genre", "religion", "classe", "revenus", "ressources", "capacites",
                     "competences", "merite", "demande", "revenu", "envie", "gout", "inspiration", "temps", "terrain",
                     "theme", "secteur", "domaine", "filiere", "formation", "diplome", "experience",
                     "anciennete", "grade", "fonction", "valeur", "mode", "procedure", "protocole", "norme",
                     "bareme", "tarif", "besoin", "frequence", "intensite", "saisonnalite", "localisation",
                     "objectif", "budget", "technique", "sens", "optique", "optiques", "perspective",
                     "perspectives", "vraisemblances", "vision", "procede", "mecanisme", "chaleur",
                     "temperature", "temperatures", "climat", "altitude", "distance", "vitesse",
                     "systeme", "regime", "schema", "dispositif", "position", "positions", "posture", "abreviation",
                     -- (how a name is written: "JNIM selon son acronyme arabe")
                     "acronyme", "acronymes", "sigle", "sigles", "appellation", "orthographe", "graphie",
                     "transcription", "translitteration", "prononciation",
                     "proximite", "proximites", "variante", "variantes",
                     -- (a product's: "Chaque tir coûte entre 75 et 115 millions d'euros selon la version")
                     -- (not formule, modèle: "selon la formule de l'historien Benjamin Stora", "Selon leur
                     -- modèle mathématique" have their source)
                     "version", "configuration", "configurations", "gamme", "gammes", "finition", "finitions",
                     "motorisation", "motorisations", "puissance", "options",
                     "offre", "offres", "forfait", "forfaits", "abonnement", "abonnements", "quartier", "zone" },
  -- words between selon's determiner and a criterion: "selon les différentes saisons"
  -- (the head noun decides: "selon différentes sources" stays a source)
  criterion_adjectives = set{ "different", "differents", "differente", "differentes", "divers", "diverses",
                              "propre", "propres", "nombreux", "nombreuses", "grands", "grandes", "petits",
                              "memes", "meme", "nouvelle", "nouveau", "nouvelles", "nouveaux", "toute", "toutes" },
  -- a criterion's noun with these after it tells a count made by someone: "selon les résultats
  -- officiels", "selon des résultats partiels" (not "selon les résultats de l'entreprise")
  counted_adjectives = set{ "officiel", "officiels", "officielle", "officielles", "provisoire", "provisoires",
                            "partiel", "partiels", "partielle", "partielles", "definitif", "definitifs",
                            "definitive", "definitives", "preliminaire", "preliminaires" },
  -- verbs and adjectives of variation before selon: "les prix varient selon les
  -- pays", "agissez selon les indications": selon means depending on, no source
  -- (and verification before de source: "Ces chiffres ne peuvent être vérifiés de source indépendante")
  -- ("un chiffre invérifiable de source indépendante")
  -- (the words before "de sources" where they are what a thing comes from: "produite à partir de sources
  -- renouvelables", "des revenus issus de sources diverses")
  origin_before = set{ "partir", "issu", "issue", "issus", "issues", "provenant", "provient", "proviennent",
                       "provenir", "venant", "vient", "viennent", "tire", "tiree", "tires", "tirees", "tirent",
                       "produit", "produite", "produits", "produites", "alimente", "alimentee", "alimentes",
                       "alimentees", "diversifier", "diversification", "eau", "energie", "electricite",
                       -- (and what holds sources, no one speaking: "un vaste réseau de sources dans le pays",
                       -- "par recoupement de sources")
                       "reseau", "reseaux", "multitude", "foule", "variete", "diversite", "recoupement",
                       "croisement", "carnet" },
  vary_before = set{ "verifie", "verifies", "verifiee", "verifiees", "verifier", "verifiable", "verifiables",
                     "inverifiable", "inverifiables",
                     "varie", "varient", "variait", "variaient", "varier", "variera", "varieront", "variable",
                     "variables", "differe", "different", "differer", "change", "changent", "changer", "evolue",
                     "evoluent", "evoluer", "fluctue", "fluctuent", "oscille", "oscillent", "adapte", "adaptee",
                     "adaptes", "adaptees", "adapter", "adaptent", "agir", "agit", "agissent", "agissez", "agissons",
                     "module", "moduler", "modulee", "modules", "modulees", "modulable", "modulables", "classe",
                     "classes", "classee", "classees", "classer", "trie", "tries", "triees", "trier", "reparti",
                     "repartis", "reparties", "repartir", "calcule", "calculee", "calcules", "calculees",
                     "calculer", "ajuste", "ajustee", "ajuster", "organise", "organisee", "organises",
                     "organiser", "decline", "declinee", "declines", "declinent", "depend", "dependent",
                     "personnalise", "personnalisee", "vary", "varies", "varied", "depending",
                     -- nouns: "des variations selon les sociétés", "des écarts selon les régions"
                     "variation", "variations", "difference", "differences", "ecart", "ecarts", "disparites",
                     "fluctuations", "nuances", "variantes" },
  -- participles of a measure before selon, as written (their folded forms are nouns: "des mesures
  -- selon le gouvernement"): "Mesurée selon l'indice harmonisé, l'inflation atteint 1,5 %"
  -- (not "exprimés": "des suffrages exprimés selon l'estimation d'Elabe"; nor "corrigé": "corrigées des
  -- variations saisonnières selon l'Insee")
  measured_before = set{ "mesuré", "mesurée", "mesurés", "mesurées", "pondéré", "pondérée", "pondérés", "pondérées",
                        "ventilé", "ventilée", "ventilés", "ventilées" },
  -- words in -ment that are no adverbs of manner ("raconte comment", "a commencement")
  -- what makes a word in -ment after it a noun, right after or past an adjective written before its noun
  -- ("le dernier recensement"; not "le plus rapidement", "le ministre visiblement agacé")
  ment_determiners = set{ "le", "la", "l'", "un", "une", "du", "au", "ce", "cet", "cette", "son", "sa", "mon", "ma",
                          "ton", "ta", "notre", "votre", "leur", "chaque", "quel", "quelle", "aucun", "aucune" },
  ment_adjectives = set{ "dernier", "derniere", "premier", "premiere", "nouveau", "nouvel", "nouvelle", "seul", "seule",
                         "grand", "grande", "petit", "petite", "prochain", "prochaine", "ancien", "ancienne", "meme",
                         "autre", "vaste", "gros", "grosse", "bon", "bonne", "mauvais", "mauvaise", "long", "longue",
                         "simple", "veritable", "vrai", "vraie", "deuxieme", "troisieme", "enieme", "recent",
                         "recente", "important", "importante" },
  ment_nouns = set{ "comment", "gouvernement", "commencement", "parlement", "departement", "document", "evenement",
                    "mouvement", "traitement", "batiment", "argument", "element", "moment", "jugement",
                    "developpement", "enseignement", "financement", "changement", "comportement", "reglement",
                    "lancement", "logement", "sentiment", "investissement", "engagement", "classement",
                    "etablissement", "fonctionnement", "recrutement", "licenciement", "amendement", "complement",
                    "supplement", "equipement", "armement", "deploiement", "renseignement", "arrondissement",
                    -- (English ones: the consonant before -ment tells most, "government", "investment")
                    "statement", "agreement", "settlement", "movement", "announcement", "management", "retirement",
                    "requirement", "achievement", "enforcement", "replacement", "improvement", "involvement",
                    "placement", "advertisement", "endorsement", "procurement", "basement", "parliament",
                    "employment", "unemployment", "payment", "payments", "deployment" },
  -- where a title holds, after au: "le président du groupe LR au Sénat" (not whom one speaks to)
  title_places = set{ "senat", "parlement", "congres", "conseil", "gouvernement", "maghreb", "quai", "palais",
                      "tribunal", "ministere", "cabinet", "bureau", "comite" },
  -- prepositions that open a clause's adverbial phrase, when no comma closes it
  opening_preps = set{ "dans", "sur", "en", "apres", "avant", "lors", "pendant", "durant", "depuis", "avec", "sans",
                       "sous", "par", "pour", "chez", "malgre", "in", "during", "after", "before", "despite" },
  -- of those, the English ones that also join a clause to the one before
  conjunction_preps = set{ "after", "before" },
  -- "il y a deux mois": what ends the time before a subject
  ago_units = set{ "jour", "jours", "semaine", "semaines", "mois", "an", "ans", "annee", "annees", "heure", "heures",
                   "minutes", "decennies", "siecles" },
  -- what ends a subject before its verb, no part of it: "Marcelo Bielsa | ayant fait savoir",
  -- "La candidate l'a d' | ailleurs fait savoir"
  subject_trailers = set{ "ayant", "etant", "d'", "having" },
  -- verbs of saying written as their past participles: "son livre écrit dans la nuit"
  participle_verbs = set{ "dit", "ecrit" },
  -- times that open an apposition before a title ("X, alors directrice de ..., a dit"), and
  -- the words of a former title ("X, ancien ministre, ...")
  apposition_times = { { "alors" }, { "a", "l'", "epoque" }, { "desormais" }, { "aujourd'hui" }, { "actuellement" },
                       { "jusqu'alors" }, { "jusque-la" }, { "naguere" }, { "encore" }, { "then" }, { "now" },
                       { "at", "the", "time" } },
  former = set{ "ancien", "ancienne", "ex", "future", "futur", "former" },
  subject_links = set{ "et", "and", "mais", "cependant", "pourtant", "toutefois", "neanmoins", "d'ailleurs", "ainsi",
                       "enfin", "alors", "puis", "donc", "but", "however" },
  -- prepositions that open an adverbial phrase, no subject: "Après cette réunion, le
  -- député Philippe Doucet, a relevé" (the subject is between the commas)
  openers = set{ "apres", "avant", "lors", "pendant", "durant", "dans", "en", "au", "aux", "pour", "depuis",
                 "selon", "malgre", "avec", "sans", "sur", "sous", "par", "vers", "face", "after", "before",
                 "during", "in", "on", "at", "for", "since", "with", "without", "despite", "à",
                 "suite", "concernant", "quant", "outre", "faute", "grace", "lors",
                 -- participial phrases: "Interrogé par franceinfo, le maire, Jean Dupont, a déploré"
                 "interroge", "interrogee", "interroges", "interrogees", "contacte", "contactee", "contactes",
                 "joint", "jointe", "sollicite", "sollicitee", "questionne", "questionnee", "interviewe",
                 "interviewee", "invite", "invitee", "asked", "interviewed", "contacted", "speaking",
                 -- times and links: "Tôt ce matin, Margot Kersivien, la mère du candidat, a déclaré"
                 "tot", "hier", "aujourd'hui", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                 "dimanche", "ensuite", "puis", "enfin", "ainsi", "mais", "or", "cependant", "pourtant",
                 "toutefois", "neanmoins", "d'ailleurs", "sinon", "bref", "donc", "alors", "certes", "surtout",
                 "finalement", "desormais", "aussitot", "entretemps", "yesterday", "today", "however" },
  -- an identifier inside a speaker: "la numéro 3 du gouvernement"
  number_signs = set{ "numero", "n°", "no" },
  -- titles whose charge follows au / aux in lower case: "l'adjointe aux finances", "le délégué aux sports"
  -- (not conseiller, commissaire: "souligne un conseiller | au bord de la crise de nerfs", "dit le commissaire |
  -- aux badauds")
  delegate_titles = set{ "adjoint", "adjointe", "adjoints", "adjointes", "delegue", "deleguee", "delegues",
                         "deleguees" },
  -- bodies whose field follows after à, au, aux ("le Haut-Commissariat des Nations unies aux droits de
  -- l'homme"), and titles whose field does when capitalised ("la commissaire à la Justice", not "dit le
  -- commissaire aux badauds")
  portfolio_bodies = set{ "haut-commissariat", "commissariat", "secretariat", "delegation" },
  portfolio_titles = set{ "commissaire", "haut-commissaire", "haute-commissaire" },
  -- how many tokens after a comma a body's name listing its fields may run to its acronym (see listed_name_end)
  listed_name_reach = 14,
  -- an addressee after an inverted verb, left out: "explique à L'Opinion Gérard Filoche"
  addressee = set{ "à", "À", "au", "aux", "to" },
  -- whom one tells, in lower case: "affirme aux journalistes que"
  addressees = set{ "journalistes", "juges", "enqueteurs", "policiers", "deputes", "senateurs", "elus", "salaries",
                    "militants", "habitants", "lecteurs", "auditeurs", "telespectateurs", "medias", "presse",
                    "reporters", "reporter", "journaliste", "reporters" },
  near_of = set{ "de", "du", "des", "d'" },        -- auprès de / du / des: an addressee too
  -- the words that open an occasion, before de / du / des: after an inverted verb of saying, the
  -- occasion, then the speaker ("a déclaré lors d'un point presse le député X", "a indiqué en
  -- marge du sommet le président", "a déclaré à la sortie de la préfecture Marcel Thébault")
  occasions = { { "lors" }, { "au", "cours" }, { "a", "l'", "issue" }, { "en", "marge" }, { "au", "sortir" },
                { "a", "la", "sortie" }, { "a", "la", "fin" }, { "au", "terme" }, { "a", "l'", "occasion" },
                { "en", "ouverture" }, { "en", "cloture" }, { "au", "lendemain" }, { "a", "la", "veille" },
                { "a", "l'", "ouverture" }, { "au", "debut" }, { "en", "fin" }, { "en", "debut" },
                { "a", "la", "suite" }, { "au", "moment" }, { "a", "l'", "approche" } },
  -- adjectives after an outlet's name: "au HuffPost américain", "à la radio publique"
  outlet_adjectives = set{ "americain", "americaine", "britannique", "allemand", "allemande", "belge", "suisse",
                           "canadien", "canadienne", "italien", "italienne", "espagnol", "espagnole", "francais",
                           "francaise", "quebecois", "russe", "chinois", "japonais", "israelien", "israelienne",
                           "public", "publique", "local", "locale", "regional", "regionale", "economique",
                           "gratuit", "dominical", "hebdomadaire", "quotidien", "satirique", "britannique" },
  -- before a name between an inverted cue and its speaker: the channel spoken on or for, the place
  -- spoken from ("a estimé sur BFMTV la députée", "a déclaré pour Le Monde X", "a déclaré depuis
  -- Paris la ministre")
  spoken_on = set{ "sur", "pour", "depuis" },
  max_speaker = 12,
  stressed_subjects = set{ "lui", "eux", "lui-meme", "elle-meme", "eux-memes", "elles-memes" },
  non_speakers = set{ "proverbe", "proverbes", "adage", "dicton", "maxime", "loi", "lois", "video", "videos",
                      "photo", "photos", "image", "images", "visite", "chanson", "film", "films",
                      -- (and the senses one believes: "il n'en croyait pas ses oreilles, ses yeux")
                      "oreilles", "yeux",
                      -- (by us: "signalée aux autorités par nos soins")
                      "soins",
                      -- what is told: "raconte l'histoire de", "retrace le parcours de"
                      "histoire", "histoires", "anecdote", "anecdotes", "aventure", "parcours", "vie",
                      "destin", "genese", "epopee", "odyssee", "calvaire", "enfance", "jeunesse",
                      -- what breaks out: "Un incendie s'est déclaré dans la nuit"
                      "incendie", "incendies", "feu", "feux", "epidemie", "pandemie", "sinistre", "maladie",
                      "infection", "foyer", "foyers" },
  -- an object that makes a verb of saying an idiom, no statement: "a accusé réception"
  idiom_objects = set{ "reception" },
  -- what joins a share to the group it is of: "60 % des Français", "40% of respondents"
  share_hedges = set{ "moins", "plus", "pres" },
  share_links = set{ "des", "de", "d'", "du", "of" },
  media_preps = set{ "sur", "dans", "au" },
  -- outlets whose name is written in lower case, after those: "a estimé sur franceinfo le professeur X"
  -- (lunette.clean's list, folded)
  lower_outlets = set(require("lunette.clean").rules.lower_outlets),
  -- where one speaks in an outlet, before its name: "a expliqué au micro de | RTL | le ministre",
  -- "sur le plateau de BFMTV", "dans les colonnes du Parisien", "sur les ondes de France Inter"
  media_places = with_de{ { "au", "micro" }, { "sur", "le", "plateau" }, { "dans", "les", "colonnes" },
                          { "sur", "les", "ondes" }, { "a", "l'", "antenne" }, { "sur", "l'", "antenne" },
                          { "dans", "l'", "emission" }, { "sur", "le", "site" } },
  -- an outlet named by what it is, then its name or an adjective: "confie au journal azuréen | le
  -- jeune homme", "a indiqué au quotidien Libération | le maire"
  outlet_places = { { "au", "journal" }, { "au", "quotidien" }, { "a", "l'", "hebdomadaire" }, { "au", "magazine" },
                    { "au", "site" }, { "a", "la", "radio" }, { "a", "la", "chaine" }, { "au", "mensuel" },
                    { "au", "media" },
                    { "dans", "le", "journal" }, { "dans", "le", "quotidien" }, { "dans", "l'", "hebdomadaire" },
                    { "dans", "le", "magazine" }, { "a", "l'", "agence" }, { "to", "the", "newspaper" },
                    -- ("écrit sur son compte X le ministre")
                    { "sur", "son", "compte" }, { "sur", "leur", "compte" }, { "sur", "sa", "page" } },
  quantifier_speakers = set{ "certains", "certaines", "plusieurs" },
  colon_reach = 15,        -- a colon at most this many tokens after a verb of saying opens what is said
  -- words in -ez that are no imperatives (see noun_after); words before "dit" that make no
  -- report ("autrement dit", "soit dit en passant")
  not_imperatives = set{ "chez", "assez", "nez", "rez" },
  not_before_dit = set{ "autrement", "soit", "proprement", "ci-dessus", "sus" },
  -- a relative clause between commas after a subject: "X, qui ..., a dit" (up to this many tokens)
  max_relative = 32,
  relatives_subject = set{ "qui", "dont" },
  -- c'est X qui, ce sont X qui (X at most max_cleft words)
  cleft_verbs = set{ "est", "etait", "sont", "etaient", "fut" },
  max_cleft = 8,
  -- after a participle, a time shows a clause of its own (selon une étude | menée en 2017,
  -- publiée ce mardi); not its agent or place, which name the source (menée par l'INSERM,
  -- évoqué dans Libération)
  -- participles in -u that the rule above reads like those in -é (selon le sondage Ifop | paru dimanche)
  u_participles = set{ "paru", "parue", "parus", "parues", "rendu", "rendue", "rendus", "rendues", "tenu", "tenue",
                       "tenus", "tenues", "prevu", "prevue", "prevus", "prevues", "recu", "recue", "recus", "recues",
                       "obtenu", "obtenue", "entendu", "entendue", "lu", "lue", "lus", "lues", "vu", "vue", "vus",
                       "vues", "connu", "connue", "vendu", "vendue", "retenu", "retenue",
                       -- (and in -i, -is, -it: "un décompte établi vendredi par", "les chiffres fournis par")
                       "etabli", "etablie", "etablis", "etablies", "fourni", "fournie", "fournis", "fournies",
                       "transmis", "transmise", "transmises", "remis", "remise", "remises", "ecrit", "ecrite",
                       "ecrits", "ecrites", "recueilli", "recueillie", "recueillis", "recueillies" },
  -- adjectives after a title, before its holder's name: "le vice-président sortant Mahamudu Bawumia"
  title_adjectives = set{ "sortant", "sortante", "delegue", "deleguee", "adjoint", "adjointe", "general", "generale",
                          "actuel", "actuelle", "interimaire", "demissionnaire", "elu", "elue", "designe",
                          "designee", "honoraire", "fondateur", "fondatrice" },
  -- and the prefixes, the endings of a camp's or a people's adjective there ("la présidente pro-occidentale
  -- Salomé Zourabichvili", "le président ukrainien Volodymyr Zelensky": see title_adjective)
  title_adjective_prefixes = set{ "pro-", "anti-", "ex-", "ultra-", "neo-" },
  title_adjective_ends = { "ien", "ienne", "ais", "aise", "ain", "aine", "ois", "oise" },
  past_participle_ends = set{ "en", "lors", "depuis", "apres", "avant", "pendant", "durant", "le", "la", "ce", "cette",
                              "hier", "lundi", "mardi", "mercredi",
                              "jeudi", "vendredi", "samedi", "dimanche", "mi-", "recemment", "in", "on", "last",
                              -- "un décret paru dans le JO", "une étude menée auprès de", "publié aujourd'hui"
                              "dans", "aupres", "aujourd'hui", "cette", "debut", "fin", "mi",
                              -- "un sondage réalisé pour le Figaro" (not "sur le site TMZ": the outlet)
                              "pour", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                              "yesterday", "today", "this" },
  max_antecedent = 7,
  -- what opens a verb's object rather than an inverted speaker: "a révélé | son visage"
  object_starts = set{ "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "notre", "nos", "votre",
                       "vos" },
  -- the longest apposition between a subject and its verb, in tokens ("X, aux 2,7 millions
  -- d'abonnés sur sa chaîne YouTube, a révélé")
  max_apposition = 12,
  -- and the longest after a subject that names no one (named_opening): "Marie, jeune patiente, raconte"
  short_apposition = 8,
  -- a pronoun speaker takes the source of the last speaker that agrees with it, at most
  -- this many sentences back: "Marine Le Pen a dénoncé ... « ... », a-t-elle ajouté"
  pronoun_reach = 2,
  -- how far back (tokens) a quotation's opening mark is looked for from its closing one (and from a cue
  -- that may stand in a quotation: inside_quote)
  quote_reach = 400,
  -- a subject a pronoun may take up (see opening_subject): singular determiners, then adjectives
  subject_determiners = set{ "le", "la", "l'", "un", "une", "ce", "cet", "cette", "son", "sa" },
  -- words after such a subject that are not its verb, nor the adjective its verb follows
  subject_not_verbs = set{ "et", "ou", "qui", "que", "qu'", "dont", "a", "au", "aux", "en", "dans", "pour", "par",
                           "sur", "avec", "sans", "chez", "entre", "contre", "vers", "selon", "lors", "pendant",
                           "depuis", "avant", "apres", "comme", "mais", "ni", "de", "du", "des", "d'", "le", "la",
                           "les", "l'", "un", "une", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "ces" },
  fronted_preps = set{ "parmi", "dans", "chez", "entre", "avec", "pour", "sur", "among" },
  subject_adjectives = set{ "ancien", "ancienne", "ex", "ex-", "nouveau", "nouvel", "nouvelle", "jeune",
                            "premier", "premiere", "actuel", "actuelle", "futur", "future", "celebre" },
  pronoun_kinds = {
    pronouns = { il = "m", lui = "m", elle = "f", ils = "plural", eux = "plural", elles = "plural",
                 ["lui-meme"] = "m", ["elle-meme"] = "f", ["eux-memes"] = "plural", ["elles-memes"] = "plural",
                 he = "m", him = "m", she = "f", her = "f", they = "plural", them = "plural",
                 it = "body",          -- (a body or a thing: "The ministry said ... It added")
                 -- demonstratives take up the one named last as a pronoun does
                 ["ce dernier"] = "m", ["cette derniere"] = "f", ["ces derniers"] = "plural",
                 ["ces dernieres"] = "plural", ["celui-ci"] = "m", ["celle-ci"] = "f", ["ceux-ci"] = "plural",
                 ["celles-ci"] = "plural", ["the latter"] = "sing" },
    -- what may come before a name that is a subject: "Hier soir Nicolas Demorand"
    subject_leads = set{ "hier", "soir", "matin", "aujourd'hui", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
                         "samedi", "dimanche", "puis", "ensuite", "alors", "mais", "et", "enfin", "donc", "or",
                         "desormais", "depuis", "finalement", "ainsi" },
    -- English he / she take up people only: bodies are "it" ("The ministry confirmed ... She added")
    persons_en = set{ "he", "him", "she", "her" },
    bodies_en = set{ "ministry", "department", "government", "agency", "company", "court", "police", "army",
                     "office", "committee", "council", "firm", "group", "party", "administration", "embassy",
                     "commission", "union", "organization", "organisation", "authority", "authorities",
                     "country", "state", "city", "military", "board", "bank", "campaign", "team", "white", "treasury",
                     "observatory", "institute", "center", "centre", "service", "watchdog", "regulator", "bureau",
                     "foundation", "association", "federation", "university", "hospital", "network", "broadcaster",
                     "airline", "league", "club", "monitor", "charity", "coalition", "parliament", "senate",
                     "congress", "cabinet", "secretariat", "fund", "programme", "program" },
    -- English plural heads, bare or after adjectives ("Officials, who ..., said", "U.S. officials said"):
    -- no he or she takes them up
    plural_en = set{ "officials", "sources", "analysts", "experts", "residents", "witnesses", "authorities",
                     "lawmakers", "investigators", "researchers", "scientists", "prosecutors", "police", "protesters",
                     "doctors", "diplomats", "observers", "critics", "activists", "leaders", "people", "officers",
                     "soldiers", "troops", "militants", "rebels", "separatists", "economists", "executives",
                     "spokespeople", "parents", "students", "workers", "families", "volunteers", "organizers",
                     "organisers", "journalists", "reporters", "legislators", "senators", "ministers", "rescuers" },
    demonstratives = set{ "ce dernier", "cette derniere", "celui-ci", "celle-ci", "the latter" },
    plural = set{ "les", "des", "ces", "leurs", "plusieurs", "certains", "certaines", "nombre", "de", "nos", "vos",
                  "mes", "tes", "ses" },
    feminine = set{ "la", "une", "cette", "mme", "madame", "mlle", "mademoiselle", "sa" },
    masculine = set{ "le", "un", "ce", "cet", "m", "monsieur", "mr" },
    -- determiners that tell no gender ("son compagnon", "l'avocate"): the noun after them tells it
    ungendered = set{ "son", "l", "leur", "notre", "votre" },
    masculine_nouns = set{ "compagnon", "mari", "epoux", "fils", "frere", "pere", "oncle", "neveu", "cousin",
                           "grand-pere", "beau-pere", "beau-frere", "ami", "copain", "fiance", "president", "directeur",
                           "avocat", "conseiller", "patron", "fondateur", "entraineur", "senateur", "chercheur",
                           "acteur", "chanteur", "realisateur", "createur", "animateur", "homme", "garcon", "roi",
                           "prince", "pretre", "depute", "candidat", "procureur", "redacteur", "collaborateur",
                           "proprietaire", "papa", "coureur", "joueur", "nageur", "skieur", "boxeur", "attaquant",
                           "defenseur", "gardien", "champion", "vainqueur", "gagnant", "leader",
                           -- (and the adjectives that come first: "l'ancien président", "l'actuel ministre")
                           "ancien", "actuel", "interesse", "eternel" },
    feminine_nouns = set{ "compagne", "femme", "epouse", "fille", "soeur", "mere", "tante", "niece", "cousine",
                          "grand-mere", "belle-mere", "belle-soeur", "amie", "copine", "fiancee", "presidente",
                          "directrice", "avocate", "conseillere", "patronne", "fondatrice", "entraineuse", "senatrice",
                          "chercheuse", "actrice", "chanteuse", "realisatrice", "creatrice", "animatrice", "dame",
                          "reine", "princesse", "deputee", "candidate", "procureure", "redactrice", "collaboratrice",
                          "maman", "ancienne", "actuelle", "interessee", "eternelle", "coureuse", "joueuse",
                          "nageuse", "skieuse", "boxeuse", "attaquante", "gardienne", "championne", "gagnante" },
    -- beyond those lists, a lower-case noun's ending tells its gender, folded ("l'huissier",
    -- "l'adjointe", "l'association"): grammatical gender, which is what a pronoun agrees with
    feminine_endings = { "euse", "rice", "iere", "ienne", "enne", "onne", "esse", "nte", "ee", "aise",
                         "oise", "ette", "tion", "sion", "ence", "ance" },
    masculine_endings = { "eur", "ier", "ien", "ant", "ent", "at", "ais", "ois", "ard", "if", "al" },
    -- nouns in -s or -x that are singular too (a first word with no determiner)
    invariable = set{ "pays", "fils", "corps", "temps", "avis", "dos", "bas", "choix", "prix", "voix", "poids",
                      "cas", "bras", "mois", "fois", "procès", "proces", "discours", "secours", "concours", "palais",
                      "francais", "anglais", "chinois", "japonais", "quebecois", "suisse", "jesus" },
    -- a speaker in someone's own words is no one the text goes on about: "« Mon père m'avait dit
    -- de reprendre l'entreprise » Très ému, il raconte" (il: the one quoted, not his father)
    -- (and notre, votre with no name in them: "notre mouvement", not "notre chroniqueur X")
    own = set{ "mon", "ma", "mes", "ton", "ta", "tes" },
    -- indefinite pronouns: no noun a pronoun before it stands for (see cataphora)
    indefinites = set{ "tout", "tous", "rien", "cela", "ca", "ce", "c'", "chacun", "chacune", "personne", "on",
                       "certains", "certaines", "aucun", "aucune" },
    -- words that open a subordinate clause at a sentence's start (see cataphora: "S'il", "Alors qu'elle")
    cataphora_openers = set{ "si", "s'", "quand", "lorsque", "lorsqu'", "alors", "que", "qu'", "bien", "meme",
                             "puisque", "puisqu'", "tandis", "if", "when", "while", "although", "though" },
    our = set{ "notre", "nos", "votre", "vos" },
    -- speakers no "il" or "elle" takes up: "on a affirmé ... il a affirmé"
    not_antecedents = set{ "on", "je", "j'", "tu", "nous", "vous", "moi", "toi", "i", "we", "you" },
    -- first names tell the gender of a name speaker (folded): "Maurice Godelier" is no "elle"
    -- (the sets of lunette.extract.names)
    male_names = first_names.male,
    female_names = first_names.female,
    -- (English ones: no he or she takes up "a United Nations report released Tuesday")
    things_en = set{ "report", "reports", "study", "studies", "statement", "survey", "poll", "data", "figures",
                     "analysis", "assessment", "estimate", "estimates", "document", "documents", "memo", "filing",
                     "release", "article", "letter", "post", "tweet", "video", "review", "audit", "census", "records",
                     "tool", "tracker", "index", "website", "database", "model", "chart", "map", "count", "tally" },
    -- (of those, the pronouns, no determiner before them)
    thing_pronouns = set{ "celui", "celle", "ceux", "celles" },
    things = set{ "travail", "etude", "etudes", "rapport", "sondage", "enquete", "communique", "document",
                  "documents", "chiffres", "donnees", "article", "texte", "decret", "loi", "bilan", "estimation",
                  "calcul", "propos", "dires", "mots", "termes", "informations", "estimations",
                  "agenda", "journal", "carnet", "lettre", "courrier", "courriel", "mail", "message", "note",
                  "compte", "livre", "ouvrage", "memoires", "biographie", "entourage", "temoignage", "version",
                  "avis", "analyse", "experience", "enquetes", "rapports", "sondages", "resultats", "statistiques",
                  "celui", "celle", "ceux", "celles",
                  "report", "study", "statement", "survey", "poll", "document", "documents", "article", "paper",
                  "analysis", "data", "figures", "findings", "assessment", "update", "memo", "letter", "filing" },
  },
  examples = {
    { "Le CIO doit agir, selon son président Thomas Bach, avant mardi.", { source = "Thomas Bach", cue = "selon" } },
    -- (a word put forward is the verb's object; a way of doing is no source)
    { "Anne Martin, fondatrice de BeInnovActiv', suggère de son coté le terme \"activaction\".", {} },
    { "Elles détruisent une proie selon une dynamique de meute.", {} },
    -- (le in lower case between a first name and a surname: the name's particle)
    { "« C'est atroce », se souvient Karine le Marchand.", { source = "Karine le Marchand", cue = "se souvient" } },
    { "Son itinéraire en témoigne : banquier, puis ministre.", {} },
    { "Des centaines de personnes affirment aujourd'hui avoir signé un contrat.",
      { source = "Des centaines de personnes", cue = "affirment" } },
    { "Les deux juges reconnaissent avoir menti.", { source = "Les deux juges", cue = "reconnaissent" } },
    { "Marine Le Pen en a profité pour déclarer que ce sera l'islamisme.",
      { source = "Marine Le Pen", cue = "pour déclarer" } },
    { "Il reste trois épisodes aux scénaristes pour expliquer comment.", {} },
    { "Ils n'ont rien entendu, comme le décrit Sébastien Thoën : « On leur a dit. »",
      { source = "Sébastien Thoën", cue = "décrit" } },
    { "« Il n'aura pas pu en profiter », se lamente un fan.", { source = "un fan", cue = "se lamente" } },
    { "Dans les enquêtes, les \"Millennials\" reconnaissent volontiers leur narcissisme.",
      { source = "les \"Millennials\"", cue = "reconnaissent" } },
    { "Les « gilets jaunes » affirment que rien ne change.", { source = "Les « gilets jaunes »", cue = "affirment" } },
    { "Le collectif « FreeCampoFormio » a même lancé un ultimatum à la RATP.", {} },
    { "« J'ai eu l'idée d'appeler ce service « messageos » explique Julien.", { source = "Julien", cue = "explique" } },
    { "L'ancien locataire de Matignon redoute « un FN très haut ».",
      { source = "L'ancien locataire de Matignon", cue = "redoute" } },
    { "Edouard Girond, chef de la brigade, décrit la scène de crime comme l'une des pires.",
      { source = "Edouard Girond", cue = "décrit" } },
    { "Elle déplore surtout que les services n'ont jamais travaillé.", { source = "Elle", cue = "déplore" } },
    { "Le journal Le Parisien indique, de son côté, avoir contacté la ministre.",
      { source = "Le Parisien", cue = "indique" } },
    { "« Cessons les polémiques », a-t-elle posté.", { source = "elle", cue = "a-t-elle posté" } },
    { "« Il doit rassurer », argue Eric Bonnet, de l'institut BVA.", { source = "Eric Bonnet", cue = "argue" } },
    { "L'équipe accuse le coup et assure refuser de baisser les bras.", { source = "L'équipe", cue = "assure" } },
    { "À la demande générale, Marco répète sa phrase et confirme qu'il a dit « buzz ».",
      { source = "Marco", cue = "confirme" } },
    { "Selon des résultats publiés le 10 mars par l'EMA, rien ne change.", { source = "l'EMA", cue = "Selon" } },
    { "Les membres tiennent à rajouter une précision : « Nous démentons. »",
      { source = "Les membres", cue = "tiennent à rajouter" } },
    { "La gendarmerie a assuré la sécurité du site ; les coursiers assurent déjà le relais.", {} },
    { "Emmanuel Macron a assuré une nouvelle fois qu'il n'y a pas de malaise.",
      { source = "Emmanuel Macron", cue = "a assuré" } },
    { "Son côté séducteur témoigne de sa complicité avec le public.", {} },
    { "La Warner a notamment témoigné son intérêt, invoquant le caractère radical du film.", {} },
    { "« On a tous été surpris », témoigne sa fille.", { source = "sa fille", cue = "témoigne" } },
    { "Le président a témoigné sa solidarité : « Nous sommes avec vous ».",
      { source = "Le président", cue = "a témoigné" } },
    { "Luc Ferry a témoigné de son scepticisme sur Europe 1 : « Est-ce utile ? »",
      { source = "Luc Ferry", cue = "a témoigné" } },
    { "Selon le journal Le Monde, la réforme est prête.", { source = "Le Monde", cue = "Selon" } },
    { "« C'est fait », a expliqué le professeur Lantier.", { source = "Lantier", cue = "a expliqué" } },
    { "Selon la députée FI Danièle Obono, rien n'a changé.", { source = "Danièle Obono", cue = "Selon" } },
    { "Le conseiller d'Alain Juppé a précisé que la mairie décidait.",
      { source = "Le conseiller d'Alain Juppé", cue = "a précisé" } },
    { "« Non », a déclaré le président du parti Les Républicains.",
      { source = "le président du parti Les Républicains", cue = "a déclaré" } },
    { "« Non », a déclaré le sénateur Démocrate.", { source = "le sénateur Démocrate", cue = "a déclaré" } },
    { "« C'est un projet », expliquait Jean-François Lamour soulignant le rôle du président.",
      { source = "Jean-François Lamour", cue = "expliquait" } },
    { "Selon les chiffres de la police, ils étaient 3 000.", { source = "la police", cue = "Selon" } },
    { "Selon une récente étude de l'Insee, le chômage baisse.", { source = "l'Insee", cue = "Selon" } },
    { "Selon l'aveu de plusieurs critiques, tout est faux.", { source = "plusieurs critiques", cue = "Selon" } },
    { "Selon une étude du CNRS, la mer monte.", { source = "CNRS", cue = "Selon" } },
    { "Selon les informations du Parisien, il a démissionné.",
      { source = "Le Parisien", cue = "Selon" } },
    { "Selon une étude de plusieurs centaines de singes, la mémoire baisse.",
      { source = "une étude de plusieurs centaines de singes", cue = "Selon" } },
    { "« Non », a déclaré mercredi soir le gouverneur démocrate Roy Cooper.",
      { source = "Roy Cooper", cue = "a déclaré" } },
    { "Selon le droit français, la mère est la femme qui accouche.", {} },
    { "« Il faut agir », rappelle le ministre.", { source = "le ministre", cue = "rappelle" } },
    { "« C'est un scandale », s'indigne le maire.", { source = "le maire", cue = "s'indigne" } },
    { "« Non », a ironisé le ministre.", { source = "le ministre", cue = "a ironisé" } },
    { "« C'est fou », lâche un ouvrier.", { source = "un ouvrier", cue = "lâche" } },
    { "Le maire s'indigne de la situation ; le groupe a lâché ses actions.", {} },
    { "Comme l'écrivait Victor Hugo avec un mépris à peine déguisé, la populace gronde.",
      { source = "Victor Hugo", cue = "écrivait" } },
    { "« C'est fait », a annoncé le ministre des Relations avec le Parlement Alain Vidalies.",
      { source = "Alain Vidalies", cue = "a annoncé" } },
    { "Selon une étude Insee menée auprès des services d'état civil, les prénoms changent.",
      { source = "Insee", cue = "Selon" } },
    { "Malgré cela, Antoine déclare vouloir continuer.", { source = "Antoine", cue = "déclare" } },
    { "« Nous étions là pour les rassurer » - assure Rosa Rebrab, conseillère municipale.",
      { source = "Rosa Rebrab", cue = "assure" } },
    { "« Non », a répliqué le ministre.", { source = "le ministre", cue = "a répliqué" } },
    { "Le ministre se dit « très inquiet » de la situation.", { source = "Le ministre", cue = "se dit" } },
    { "Le maire s'est dit choqué par la décision.", { source = "Le maire", cue = "s'est dit" } },
    { "« C'est un scandale », s'est indigné le maire.", { source = "le maire", cue = "s'est indigné" } },
    { "Il s'est dit que tout irait bien ; le maire s'est indigné de la situation.", {} },
    { "Les gens se disent que ça peut marcher ; tous les habitants se disent bonjour ; il se dit que non.", {} },
    { "Le syndicat fait valoir que les salaires baissent.", { source = "Le syndicat", cue = "fait valoir" } },
    { "Le ministre a tenu à préciser que rien n'était décidé.", { source = "Le ministre", cue = "a tenu à préciser" } },
    { "De l'aveu même du ministre, la réforme a échoué.", { source = "ministre", cue = "De l'aveu même du" } },
    { "On condamne les propos de Marine Le Pen, selon qui tout va bien.", { source = "Marine Le Pen", cue = "selon" } },
    { "Analysts say the move signals a shift.", { source = "Analysts", cue = "say" }, "en" },
    { "Secretary of State Antony Blinken warned that it was dangerous.",
      { source = "Antony Blinken", cue = "warned" }, "en" },
    { "The State Department said that it was dangerous.", { source = "The State Department", cue = "said" }, "en" },
    { "\"S'il était là, je n'y resterais pas\", assurait par exemple dimanche à l'AFP le député Gilbert Collard.",
      { source = "Gilbert Collard", cue = "assurait" } },
    { "Les États membres ont récemment soutenu un projet pour les femmes.", {} },
    { "« Non », a soutenu le ministre.", { source = "le ministre", cue = "a soutenu" } },
    { "Depuis deux mois, Alexandre, 19 ans, enchaînait sans succès les démarches.", {} },
    { "Rejetant les accusations, Manuel Valls a poursuivi : « C'est le symbole de ma détermination. »",
      { source = "Manuel Valls", cue = "a poursuivi" } },
    { "Le chercheur s'étonne qu'une telle croyance se soit répandue.", { source = "Le chercheur", cue = "s'étonne" } },
    { "Pour le politologue Jérôme Fourquet, « la fracture est profonde ».",
      { source = "Jérôme Fourquet", cue = "Pour" } },
    { "Pour les enfants, c'est la fête ; il a fait cela pour le ministre.", {} },
    { "Ce sont des accusations selon lesquelles le président a menti.", {} },
    { "C'est une biographie qui, loin des clichés habituels, raconte la trajectoire d'une famille.", {} },
    { "Christian Troadec, maire de Carhaix qui affirme que le gouvernement se tait, a quitté la salle.",
      { source = "Christian Troadec", cue = "affirme" } },
    { "Le sénateur EELV, qui a dit assumer être pour l'écotaxe, a conclu.",
      { source = "Le sénateur EELV", cue = "a dit" } },
    { "Le président de la région Paca qui avait déjà dit son hostilité a cédé.",
      { source = "Le président de la région Paca", cue = "avait déjà dit" } },
    { "On notera la réponse très surprenante de l'attaquant Brandao qui déclare qu'il se donne à fond.",
      { source = "l'attaquant Brandao", cue = "déclare" } },
    { "Macron a refusé la démission de son ministre de l'Intérieur, qui avait dit son intention de partir.",
      { source = "son ministre de l'Intérieur", cue = "avait dit" } },
    { "Thierry Solère \"regrette les fausses informations répandues\" sur lui.", {} },
    { "Les résultats, dévoilés lundi, ont déclaré vainqueur l'ancienne ministre.", {} },
    { "« Nous avons perdu », regrettait l'an dernier Georges Mothron, le maire de la ville.",
      { source = "Georges Mothron", cue = "regrettait" } },
    { "Joseph Macé-Scaron, qui, en 2011, avait accusé Rama Yade de lui emprunter ses techniques.",
      { source = "Joseph Macé-Scaron", cue = "avait accusé" } },
    { "Selon une étude Cleva Consulting menée en 2017, 34% des femmes hésitent.",
      { source = "Cleva Consulting", cue = "Selon" } },
    { "Son refus ne relève-t-il pas d'abord de la paresse intellectuelle ?", {} },
    { "Ceci explique-t-il cela ? Le ministre a-t-il dit la vérité ?", {} },
    { "Ainsi a-t-il annoncé sa démission.", { source = "il", cue = "a-t-il annoncé" } },
    { "Après d'âpres négociations, nous sortons essorés.", {} },
    { "Selon l'Organisation pour la sécurité et la coopération en Europe (OSCE), 300 civils sont morts.",
      { source = "l'Organisation pour la sécurité et la coopération en Europe (OSCE)", cue = "Selon" } },
    { "Selon le Conseil pour la paix, 3 morts.", { source = "le Conseil pour la paix", cue = "Selon" } },
    { "Selon le Conseil pour ce faire, 3 morts.", { source = "le Conseil", cue = "Selon" } },
    { "Le Pentagone estime pour sa part qu'un millier de soldats ont été tués.",
      { source = "Le Pentagone", cue = "estime" } },
    { "A Noisy-le-Grand, Manuel Valls affirme devant la presse que rien n'est joué.",
      { source = "Manuel Valls", cue = "affirme" } },
    { "Eric Brunet distribue au Louvre des exemplaires de son livre écrit dans la nuit « Pourquoi Macron va gagner ».",
      {} },
    { "Le NIS, qui faisait état d'une centaine de morts, se tait.", { source = "NIS", cue = "faisait état" } },
    { "Ces chiffres dépassent ceux du service de renseignement sud-coréen, qui faisait état de 100 morts.",
      { source = "NIS", cue = "faisait état" } },
    { "Il ne partage pas l'opinion de la ministre, qui estimait « légitime » la colère.",
      { source = "la ministre", cue = "estimait" } },
    { "Macron a essuyé les attaques de son adversaire, qui l'a accusé de complaisance.",
      { source = "son adversaire", cue = "a accusé" } },
    { "Nadine Morano, invitée de BFMTV ce vendredi matin, qui a réitéré sa proposition.", {} },
    { "Le ministre de l'Economie, Benoît Hamon, met en garde les manifestants qui défilent.",
      { source = "Benoît Hamon", cue = "met en garde" } },
    { "« Cela serait fatal », met en garde Benoît Hamon.", { source = "Benoît Hamon", cue = "met en garde" } },
    { "Jacques Toubon, Défenseur des Droits, a mis en garde la gauche contre un risque de sectarisme.",
      { source = "Jacques Toubon", cue = "a mis en garde" } },
    { "Quelque 11 000 soldats auraient été dépêchés, d'après Kiev et Séoul.",
      { source = "Kiev et Séoul", cue = "d'après" } },
    { "Il y a deux mois Jean-Luc Mélenchon avait annoncé qu'il avait obtenu des prêts.",
      { source = "Jean-Luc Mélenchon", cue = "avait annoncé" } },
    { "Mi-juin, le député des Yvelines, avait déjà indiqué qu'il réfléchissait.",
      { source = "le député des Yvelines", cue = "avait déjà indiqué" } },
    { "Il sera largué au-dessus des îles, rapporte Europe 1.", { source = "Europe 1", cue = "rapporte" } },
    { "Dans une courte annonce sur le site de sa société Jean-François Peyrat a dit être fatigué.",
      { source = "Jean-François Peyrat", cue = "a dit" } },
    { "Dans l’immédiat la police annonce avoir rouvert les enquêtes.", { source = "la police", cue = "annonce" } },
    { "« J’ai hésité », raconte Thomas 28 ans.", { source = "Thomas", cue = "raconte" } },
    { "« C'est grave », a déclaré à l'AFP un responsable militaire sous couvert d'anonymat.",
      { source = "un responsable militaire", cue = "a déclaré" } },
    { "Pékin a donné son feu vert, selon un expert s'exprimant sous couvert d'anonymat.",
      { source = "un expert", cue = "selon" } },
    { "Europe 1 n'a pas su faire venir de talents, a confié Arnaud Lagardère au Monde.",
      { source = "Arnaud Lagardère", cue = "a confié" } },
    { "« L'échec est constaté », avait affirmé le président du groupe PS au Sénat, Patrick Kanner.",
      { source = "Patrick Kanner", cue = "avait affirmé" } },
    { "According to a U.S. official, the troops arrived.", { source = "a U.S. official", cue = "According to" }, "en" },
    { "U.S. officials told Reuters that 1,000 troops died.", { source = "U.S. officials", cue = "told" }, "en" },
    { "C'est dans ce contexte que le président de la République, Emmanuel Macron, a annoncé une loi de moralisation.",
      { source = "Emmanuel Macron", cue = "a annoncé" } },
    { "La comparaison se fera mois après mois, et aussi année après année, a détaillé François Clanché.",
      { source = "François Clanché", cue = "a détaillé" } },
    { "Un jeune homme, qui devrait être interrogé, est le fils de l'écrivain, a affirmé la police.",
      { source = "la police", cue = "a affirmé" } },
    { "« Les Jedi sont citoyens » souligne dans un communiqué le Conseil Jedi.",
      { source = "le Conseil Jedi", cue = "souligne" } },
    { "\"C'est d'usage\" explique pour BFMTV.com le politologue Thomas Guénolé.",
      { source = "Thomas Guénolé", cue = "explique" } },
    { "Outre la langue, le jeune homme précise s’intéresser à la culture française.",
      { source = "le jeune homme", cue = "précise" } },
    { "Il veut convaincre Ailein de donner naissance à son fils selon sa toute nouvelle méthode.", {} },
    { "Le youtubeur Marc, aux 2,7 millions d'abonnés sur sa chaîne YouTube, a révélé son visage ce samedi.",
      { source = "Le youtubeur Marc", cue = "a révélé" } },
    -- (a trade's noun before a name of two words: the name; not an adjective, l'ancien Premier ministre)
    { "« Le pic n'est pas encore atteint », prévient l'épidémiologiste Mircea Sofonea.",
      { source = "Mircea Sofonea", cue = "prévient" } },
    { "Selon l'ancien Premier Ministre, les bruits ne font pas de doute.",
      { source = "l'ancien Premier Ministre", cue = "Selon" } },
    { "L'ambassadeur de France aux Etats-Unis, Gérard Araud, a publié un correctif.",
      { source = "Gérard Araud", cue = "a publié" } },
    { "« Tout va bien », a déclaré le porte-parole du Kremlin, Dmitri Peskov.",
      { source = "Dmitri Peskov", cue = "a déclaré" } },
    { "Selon le porte-parole du Kremlin, Dmitri Peskov, tout va bien.", { source = "Dmitri Peskov", cue = "Selon" } },
    { "Selon le ministère, Paris, Londres et Berlin ont signé.", { source = "le ministère", cue = "Selon" } },
    { "Selon les sources policières, Nicolas Sarkozy, l'ancien président, était visé.",
      { source = "les sources policières", cue = "Selon" } },
    { "Ils se parleront mercredi, ont précisé l'Elysée et Matignon.",
      { source = "l'Elysée et Matignon", cue = "ont précisé" } },
    { "« Je me sens trahi », explique l’un des témoins encore sous le choc.",
      { source = "l’un des témoins", cue = "explique" } },
    { "Le ministre Sergueï Lavrov a, quant à lui, démenti toute implication.",
      { source = "Sergueï Lavrov", cue = "a, quant à lui, démenti" } },
    { "La députée Danielle Auroi, signataire de l'amendement, explique à Europe 1 que la loi ne le permet pas.",
      { source = "Danielle Auroi", cue = "explique" } },
    { "Le ministre commence à embarrasser tout le monde, comme le précise Pierre Dupont, chef de service.",
      { source = "Pierre Dupont", cue = "précise" } },
    { "« C'est simple » nous précise le commandant Potignon.", { source = "Potignon", cue = "précise" } },
    { "Il a agressé le proviseur, a précisé en milieu d'après-midi la préfecture des Alpes-Maritimes.",
      { source = "la préfecture des Alpes-Maritimes", cue = "a précisé" } },
    { "Contactée par téléphone, la jeune femme déclare ne vouloir rien commenter.",
      { source = "la jeune femme", cue = "déclare" } },
    { "« Ils pourraient se loger », a estimé ce lundi matin sur BFMTV et RMC la députée FI Danièle Obono.",
      { source = "Danièle Obono", cue = "a estimé" } },
    { "Attention à un écueil majeur, met en garde Mathieu Collet.",
      { source = "Mathieu Collet", cue = "met en garde" } },
    { "C'est Michel Sapin, le ministre en charge de l'emploi, qui a confirmé cette prévision.", {} },
    { "Une hypothèse peu probable, Marcelo Bielsa ayant fait savoir que sa décision était définitive.",
      { source = "Marcelo Bielsa", cue = "fait savoir" } },
    { "La candidate l'a d'ailleurs fait savoir, mercredi.",
      { source = "La candidate", cue = "a d'ailleurs fait savoir" } },
    { "Les douanes font état de 34 millions de dollars d'échanges.", { source = "Les douanes", cue = "font état" } },
    { "Cependant des rumeurs affirment aussi que le leader pourrait partir.",
      { source = "des rumeurs", cue = "affirment" } },
    { "Un autre filloniste, dont le nom n'est pas cité, indique que Laurent Wauquiez peut poursuivre.",
      { source = "Un autre filloniste", cue = "indique" } },
    { "Vous mettrez un t-shirt où il y a écrit le mot « SURF ».", {} },
    { "On l'a déjà assez dit : l'élection n'est pas une course.", {} },
    { "Pour les punks qui ne passeraient pas leur vie sur Instagram, je précise que le projet est bon.", {} },
    { "Selon le sondage Ifop paru dimanche, tout va.", { source = "Ifop", cue = "Selon" } },
    { "La loi passe. Quant à Nadine Morano, elle a affirmé lundi soir qu'elle voterait contre.",
      { source = "Nadine Morano", cue = "a affirmé" } },
    { "Tu aurais dit que tu étais pour. On attend également de bons reports de voix.", {} },
    { "Sa biographie (Folio, 2006) souligne la lecture de Shakespeare par Brecht.", {} },
    { "Cette précarisation qui, selon les syndicats de salariés ferait le bonheur du patronat, grandit.",
      { source = "les syndicats de salariés", cue = "selon" } },
    { "Je vais te parler coeur à coeur, selon mon vécu et ma seule subjectivité.", {} },
    { "« Sa voix est une imposture » a déclaré dans la foulée le chanteur Mika.",
      { source = "le chanteur Mika", cue = "a déclaré" } },
    { "Le Président, qui portait au moment des faits un seau en guise de casque, a expliqué qu'il était là.",
      { source = "Le Président", cue = "a expliqué" } },
    { "Tôt ce matin, Margot Kersivien, la mère du candidat du PS à la présidentielle, a déclaré qu'elle votera.",
      { source = "Margot Kersivien", cue = "a déclaré" } },
    { "Guy Oseary, le manager de la star, a publié ce matin un communiqué dans lequel il exprime sa joie.",
      { source = "Guy Oseary", cue = "a publié" } },
    { "« Aucun ordre n'a été donné », a affirmé ce samedi 4 mars son porte-parole.",
      { source = "son porte-parole", cue = "a affirmé" } },
    { "« La Russie se doit d'agir », a expliqué ce matin Vladimir Poutine.",
      { source = "Vladimir Poutine", cue = "a expliqué" } },
    { "La présidente de la région, opposante au projet, déclare ainsi soutenir la réforme.",
      { source = "La présidente de la région", cue = "déclare" } },
    { "« C'est un scandale », raconte M. Dupont.", { source = "M. Dupont", cue = "raconte" } },
    { "« Nous sommes prêts », a-t-il déclaré.", { source = "il", cue = "a-t-il déclaré" } },
    { "« C'est inacceptable », estime-t-elle.", { source = "elle", cue = "estime" } },
    { "La situation, indique-t-on au ministère, est grave.", { source = "ministère", cue = "indique" } },
    { "« Y'a eu des coups », raconte t-il.", { source = "il", cue = "raconte" } },
    { "Il a beaucoup été dit que vos motifs seraient flous.", {} },
    { "« Ce n'est pas remarquable », a dit le leader du Front de gauche sur France Inter.",
      { source = "le leader du Front de gauche", cue = "a dit" } },
    { "Dan Quigley, 38 ans, professeur au MIT et son élève, Sergueï Zaïev, affirment pouvoir le prouver.", {} },
    { "Le NIS, le service de renseignement sud-coréen, a affirmé que 3 000 soldats étaient morts.",
      { source = "NIS", cue = "a affirmé" } },
    { "21h15 #Direct Jean-Luc Mélenchon annonce qu'il attendra.", { source = "Jean-Luc Mélenchon", cue = "annonce" } },
    { "500 décès, selon une étude publiée ce mardi 18 juillet.", { source = "une étude", cue = "selon" } },
    { "Il a, selon de nombreux témoignages tenté de raisonner les fauves.",
      { source = "de nombreux témoignages", cue = "selon" } },
    { "Selon un sondage Elabe réalisé pour BFMTV, tout va.", { source = "Elabe", cue = "Selon" } },
    { "« Nous ne reculerons pas », a lancé le président ukrainien Volodymyr Zelensky.",
      { source = "Volodymyr Zelensky", cue = "a lancé" } },
    { "« C'est une bonne nouvelle », a réagi auprès de l'AFP Eric Heyer, économiste à l'OFCE.",
      { source = "Eric Heyer", cue = "a réagi" } },
    { "Nicolas Hulot a réagi en annonçant une loi.", {} },
    { "Selon le site américain TMZ, Ciara conduisait.", { source = "TMZ", cue = "Selon" } },
    { "La vente des bières a déjà rapporté plusieurs millions de dollars.", {} },
    { "Le Monde rapporte que le ministre démissionne.", { source = "Le Monde", cue = "rapporte" } },
    { "Emmanuel Macron : « Nous sommes en guerre ».", { source = "Emmanuel Macron", cue = ":" } },
    { "Objectif : « zéro déchet ».", {} },
    { "Pour le ministre de l'Intérieur, la menace reste élevée.",
      { source = "le ministre de l'Intérieur", cue = "Pour" } },
    { "Pour Noël, tout est fermé.", {} },
    { "Le coût s'élevait, pour l'État italien, à 9,5 millions d'euros.", {} },
    { "Pour les enfants, c'est la fête.", {} },
    { "« On ne voit que ça », a ajouté la boulangère d'un air dégoûté.",
      { source = "la boulangère", cue = "a ajouté" } },
    { "Un passé qui ne passe pas, selon la formule de l'historien Benjamin Stora.",
      { source = "Benjamin Stora", cue = "selon" } },
    { "« Sors », a raconté l'adjoint de l'entraîneur Laurent Blanc.",
      { source = "l'adjoint de l'entraîneur Laurent Blanc", cue = "a raconté" } },
    { "« Non », a indiqué dans un communiqué le ministre en charge du Brexit David Davis.",
      { source = "David Davis", cue = "a indiqué" } },
    { "Le rapport publié hier affirme que non.", { source = "Le rapport", cue = "affirme" } },
    { "L'Europe a drastiquement relevé ses critères.", {} },
    { "Odoxa relève enfin que l'avance se réduit.", { source = "Odoxa", cue = "relève" } },
    { "Comme le relève Le Monde, tout va.", { source = "Le Monde", cue = "relève" } },
    { "Le chômage a baissé de 2 %, selon les chiffres publiés mardi par l'Insee.",
      { source = "l'Insee", cue = "selon" } },
    { "« Non », s'est indigné le numéro un de la CGT Philippe Martinez, fustigeant une déclaration.",
      { source = "Philippe Martinez", cue = "s'est indigné" } },
    { "Ancien de la LCR : le CV de Christophe Aguiton en dit long sur l'homme : convictions ancrées.", {} },
    { "D'ailleurs Christiane Taubira a elle-même dit que la parole s'était exprimée.",
      { source = "Christiane Taubira", cue = "a elle-même dit" } },
    { "Chaque membre de la famille, selon la coutume, mange une part.", {} },
    { "Chaque tir coûte entre 75 et 115 millions d'euros selon la version. Il fait 1 °C selon la zone.",
      {} },
    { "TF1 a annoncé qu'elle annulait l'émission.", { source = "TF1", cue = "a annoncé" } },
    { "Plus tard, France 2 a indiqué que le match était reporté.", { source = "France 2", cue = "a indiqué" } },
    { "En 2021 21h15 a annoncé que", {} },
    { "Il a appelé en vain Harlem Désir, qui a affirmé que rien n'était à vendre.",
      { source = "Harlem Désir", cue = "a affirmé" } },
    { "C'est Jean de La Fontaine qui a écrit que la raison du plus fort est la meilleure.",
      { source = "Jean de La Fontaine", cue = "a écrit" } },
    { "C'est lui qui a dit que tout allait bien.", {} },
    { "Mi-mars, l'armée israélienne affirmait avoir tué 13 000 combattants.",
      { source = "l'armée israélienne", cue = "affirmait" } },
    { "La hausse est de 12 % sur un an, a-t-elle fait savoir mardi.",
      { source = "elle", cue = "a-t-elle fait savoir" } },
    { "Et plusieurs commentateurs, notamment Guy Birenbaum, estiment que c'est fini.",
      { source = "plusieurs commentateurs", cue = "estiment" } },
    { "Interrogé par franceinfo, le maire de la commune, Jean Dupont, a déploré « un acte inqualifiable ».",
      { source = "Jean Dupont", cue = "a déploré" } },
    { "Pyongyang lançait deux missiles.", {} },
    { "De son côté, Nathalie Loiseau, tête de liste LREM a déclaré : « Non. »",
      { source = "Nathalie Loiseau", cue = "a déclaré" } },
    { "Suite aux incidents, le ministre de l'Intérieur, Gérard Collomb, a déclaré que tout irait bien.",
      { source = "Gérard Collomb", cue = "a déclaré" } },
    { "« Je suis fort » a déclaré celui qui refusait d'ôter sa couronne.", { source = "celui", cue = "a déclaré" } },
    { "« Toute la lumière » a expliqué maître Klyni devant les micros.",
      { source = "maître Klyni", cue = "a expliqué" } },
    { "« C'est un échec », avait affirmé le 21 juin le président du groupe PS.",
      { source = "le président du groupe PS", cue = "avait affirmé" } },
    { "Claire, d'après les 14 associations qui la soutiennent, est menottée.",
      { source = "les 14 associations", cue = "d'après" } },
    { "« Quel mépris », a regretté, à l'issue d'un long discours, la responsable du parti Danielle Simonnet.",
      { source = "Danielle Simonnet", cue = "a regretté" } },
    { "Ce que raconte Sapir ne tient pas la route.", { source = "Sapir", cue = "raconte" } },
    { "La police a dénombré 12 000 manifestants à Paris.", { source = "La police", cue = "a dénombré" } },
    { "Le président, cité par l'agence, a évoqué « 10 000 soldats ».", { source = "l'agence", cue = "cité par" } },
    { "Le ministère a chiffré à 3 000 le nombre de victimes.", { source = "Le ministère", cue = "a chiffré" } },
    { "Le ministre a laissé entendre qu'il partirait.", { source = "Le ministre", cue = "a laissé entendre" } },
    { "Selon l'interprétation des juges l'acte de naissance serait mensonger.",
      { source = "l'interprétation des juges", cue = "Selon" } },
    { "Selon tous les experts, la crise est finie.", { source = "tous les experts", cue = "Selon" } },
    { "Selon le journal la Provence, la crise est finie.", { source = "le journal la Provence", cue = "Selon" } },
    { "En Angleterre, selon une étude de l'Université de Birmingham publiée la semaine dernière.",
      { source = "l'Université de Birmingham", cue = "selon" } },
    { "D'après les chiffres du ministère par rapport aux estimations, tout baisse.",
      { source = "ministère", cue = "D'après" } },
    { "Le chercheur, à l'université, a observé des réductions de volume.",
      { source = "Le chercheur", cue = "a observé" } },
    { "Un nouveau concept de logements dit « adaptable » a été défini.", {} },
    { "Le ministre dit « Nous verrons bien ce qui arrivera demain ».", { source = "Le ministre", cue = "dit" } },
    { "Je m'étais toujours dit que ce serait facile.", {} },
    { "Et ces derniers disent avoir calqué leur décision.", { source = "ces derniers", cue = "disent" } },
    { "Certains nous racontaient qu'ils avaient vu la mer.", { source = "Certains", cue = "racontaient" } },
    { "L'homme qui prétendait avoir trouvé du travail a reconnu avoir menti.",
      { source = "L'homme", cue = "a reconnu" } },
    { "Ramzy, qui avait présenté la version française a déclaré : « Non. »", { source = "Ramzy", cue = "a déclaré" } },
    { "Le ministre a rencontré l'homme qui a déclaré que tout allait bien.", {} },
    { "Une étude qui a fait bondir les chercheurs qui ont annoncé une réplique.", {} },
    { "Une annonce qui fera bondir les opposants, même si beaucoup estiment que non.", {} },
    { "Le coureur, qui courait derrière les vedettes, est positif comme l'a confirmé l'agence.",
      { source = "l'agence", cue = "a confirmé" } },
    { "Nicolas Sarkozy a refusé de se dédouaner et a annoncé qu'il reconnaissait les faits.",
      { source = "Nicolas Sarkozy", cue = "a annoncé" } },
    { "Ce dernier s'est montré choqué et a déclaré ne pas comprendre.", { source = "Ce dernier", cue = "a déclaré" } },
    { "Le parti demande à ses adhérents de voter et souligne que rien n'est joué.",
      { source = "Le parti", cue = "souligne" } },
    { "Face à la presse, le patron d'Apple, Tim Cook, a affirmé vouloir répondre à la demande.",
      { source = "Tim Cook", cue = "a affirmé" } },
    { "Il cite le ministère de l'Intérieur qui a constaté que les vols baissaient.",
      { source = "le ministère de l'Intérieur", cue = "a constaté" } },
    { "Les symptômes varient selon les situations.", {} },
    { "Il y a des variations selon les sociétés et les époques.", {} },
    { "« Certains ont combattu », a déclaré lors d'un point presse le député Lee Seong-kweun.",
      { source = "Lee Seong-kweun", cue = "a déclaré" } },
    { "La famille a annoncé ce matin lors d'une conférence de presse le report de la fête.",
      { source = "La famille", cue = "a annoncé" } },
    { "« Rien ne change », a déclaré à la sortie de la préfecture Marcel Thébault, un agriculteur.",
      { source = "Marcel Thébault", cue = "a déclaré" } },
    { "« Rien ne change », a indiqué en marge du sommet de l'OTAN le président français.",
      { source = "le président français", cue = "a indiqué" } },
    { "« Nous avançons », a déclaré à l'issue de la réunion le ministre de l'Agriculture.",
      { source = "le ministre de l'Agriculture", cue = "a déclaré" } },
    { "Le maire a annoncé à la fin du conseil municipal la fermeture de l'école.",
      { source = "Le maire", cue = "a annoncé" } },
    { "Ce genre d'erreur reste néanmoins très rare et la direction de la SNCF assure qu'il n'est pas"
      .. " nécessaire de réviser.",
      { source = "la direction de la SNCF", cue = "assure" } },
    { "L'islam, d'après certains, ne serait pas compatible.", { source = "certains", cue = "d'après" } },
    { "« Cela cause des déformations », souligne sur le Guardian Craig Downs, l'un des auteurs.",
      { source = "Craig Downs", cue = "souligne" } },
    { "Claude Bartolone affirme ce mercredi dans Le Parisien que Barroso est dépassé.",
      { source = "Claude Bartolone", cue = "affirme" } },
    { "Thibault Duchemin affirme au HuffPost qu'il n'y a plus de souci.",
      { source = "Thibault Duchemin", cue = "affirme" } },
    { "« Petit à petit, l'oiseau fait son nid », dit le proverbe.", {} },
    { "Plusieurs élus ont réagi, à l'image de Christine Boutin qui a jugé ces propos irresponsables.",
      { source = "Christine Boutin", cue = "a jugé" } },
    { "Kremlin spokesman Dmitry Peskov told reporters that no troops were sent.",
      { source = "Dmitry Peskov", cue = "told" }, "en" },
    { "« Oui », a confirmé un conseiller de l'Elysée auprès du Figaro.",
      { source = "un conseiller de l'Elysée", cue = "a confirmé" } },
    { "« Oui », a expliqué Damon Lindelof visiblement très heureux.",
      { source = "Damon Lindelof", cue = "a expliqué" } },
    { "Selon les époques, la barbe a été à la mode.", {} },
    { "Il gagne un point, selon un sondage BVA réalisé après les annonces du chef de l'Etat.",
      { source = "BVA", cue = "selon" } },
    { "Un vecteur, « une sentinelle » affirmait même Libération il y a quelques années.",
      { source = "Libération", cue = "affirmait" } },
    { "Le premier secrétaire, arrivé lundi, a annoncé la tenue d'États généraux.",
      { source = "Le premier secrétaire", cue = "a annoncé" } },
    { "Lui-même assure « ne pas aimer se mettre en position de groupie ».", { source = "Lui-même", cue = "assure" } },
    { "Le maire est venu et lui a dit que non.", { source = "Le maire", cue = "a dit" } },
    { "Benoit Dupont, cyber criminologue et directeur du Centre International de Criminologie Comparée de"
      .. " l'université de Montréal, estime que 90 % des sites sont cachés.",
      { source = "Benoit Dupont", cue = "estime" } },
    { "Jean-Michel Blanquer affirme au sujet de la première dame, ancienne professeure : « Je la perçois »",
      { source = "Jean-Michel Blanquer", cue = "affirme" } },
    { "Si des extraterrestres nous observaient, ils finiraient par dire : « Ils sont pleins »", {} },
    { "Autrement dit, les Français auraient le choix.", {} },
    { "Les sondages, dont une étude CSA pour BFMTV, annonce d'ailleurs un FN devant l'UMP.",
      { source = "Les sondages", cue = "annonce" } },
    { "« Non », affirme d'ailleurs l'intéressé.", { source = "l'intéressé", cue = "affirme" } },
    { "Cela relève du président, selon l'article 15 de la Constitution.", {} },
    { "Dans le texte, il est écrit que tout va bien.", {} },
    { "L'avocat de MM. Benzema et Zenati auprès de la Cour de cassation, Me Patrice Spinosi, estime que non.",
      { source = "Me Patrice Spinosi", cue = "estime" } },
    { "« Je constate », a déclaré sur BFM TV Hervé Morin.", { source = "Hervé Morin", cue = "a déclaré" } },
    { "« Non », a déclaré sur place le préfet de police.", { source = "le préfet de police", cue = "a déclaré" } },
    { "Son entourage est confiant et nous a indiqué qu'il travaillait dur.",
      { source = "Son entourage", cue = "a indiqué" } },
    { "Plus loin le président précise que les eaux sont riches.", { source = "le président", cue = "précise" } },
    { "De nombreux membres de l'UMP ont clairement dit qu'ils comprenaient.",
      { source = "De nombreux membres de l'UMP", cue = "ont clairement dit" } },
    { "« Non », confiait un jeune locataire au Figaro.", { source = "un jeune locataire", cue = "confiait" } },
    { "« Non », a déclaré l'ambassadeur au Maroc.", { source = "l'ambassadeur au Maroc", cue = "a déclaré" } },
    { "Le chanteur raconte comment il s'est retrouvé en conflit.", { source = "Le chanteur", cue = "raconte" } },
    { "Officials estimate that the war has cost Russia more than $200 billion.",
      { source = "Officials", cue = "estimate" }, "en" },
    { "Selon une étude menée par l'Inserm, les prix montent.", { source = "l'Inserm", cue = "Selon" } },
    { "Shells were shipped, according to a report published Tuesday by the Royal United Services Institute.",
      { source = "the Royal United Services Institute", cue = "according to" }, "en" },
    { "Un cofondateur, Guy Alvès, a confirmé sa participation à une fraude.",
      { source = "Guy Alvès", cue = "a confirmé" } },
    { "Selon une évaluation figurant au dossier, 18 millions manquent.", { source = "une évaluation", cue = "Selon" } },
    { "Emmanuel Macron s'est quant à lui dit en désaccord.",
      { source = "Emmanuel Macron", cue = "s'est quant à lui dit" } },
    { "Le ministre a de nouveau affirmé que tout va bien.", { source = "Le ministre", cue = "a de nouveau affirmé" } },
    { "Il s'est alors dit que tout irait bien.", {} },
    { "Charles Beigbeder, évincé d'une place éligible au Conseil de Paris au profit du député Pierre"
      .. " Lellouche, a estimé que c'était la défaite.",
      { source = "Charles Beigbeder", cue = "a estimé" } },
    { "Cette fois, c'est un téléspectateur qui affirme attendre un cadeau.",
      { source = "un téléspectateur", cue = "affirme" } },
    { "C'est ce qui explique que tout va bien.", {} },
    { "C'est la culpabilité qui ronge la mariée qui estime qu'elle aurait dû venir.", {} },
    { "« C'est la même », souligne auprès du HuffPost américain Dustin Silvka, l'un des auteurs.",
      { source = "Dustin Silvka", cue = "souligne" } },
    { "« Non », a déploré auprès de l'AFP le premier adjoint.", { source = "le premier adjoint", cue = "a déploré" } },
    { "« C'est faux », ajoute le journal citant des sources proches de l'enquête.",
      { source = "le journal", cue = "ajoute" } },
    { "« Aucun doute », a expliqué un médecin se tenant le visage.", { source = "un médecin", cue = "a expliqué" } },
    { "« Non », a dit le personnel soignant de l'hôpital.",
      { source = "le personnel soignant de l'hôpital", cue = "a dit" } },
    { "À propos de François Hollande qui se dit prêt à fournir des armes, rien.",
      { source = "François Hollande", cue = "se dit" } },
    { "Marie, jeune patiente, raconte le dénigrement subi.", { source = "Marie", cue = "raconte" } },
    { "« Oui », a déclaré en fin d'après-midi la procureure de Grasse, Fabienne Atzori.",
      { source = "Fabienne Atzori", cue = "a déclaré" } },
    { "La hausse est de 1,1%, a annoncé lundi 24 juillet l'Observatoire national (ONISR).",
      { source = "l'Observatoire national (ONISR)", cue = "a annoncé" } },
    { "« C'est trop », estime Jean-Jacques Urvoas (PS).", { source = "Jean-Jacques Urvoas", cue = "estime" } },
    { "« Non », a indiqué devant la presse Julien Bargeton, adjoint.",
      { source = "Julien Bargeton", cue = "a indiqué" } },
    { "« Non », a déclaré dans la soirée le ministre.", { source = "le ministre", cue = "a déclaré" } },
    { "Des réactions qui, du sourire au rejet, soulignent l'aspect transgressif de ce choix.", {} },
    { "« C'est fini », confirment les deux élus.", { source = "les deux élus", cue = "confirment" } },
    { "« Plusieurs décès », ont précisé la Direction générale de la santé, la DGT et Santé publique France.",
      { source = "la Direction générale de la santé", cue = "ont précisé" } },
    { "« C'est faux », ont noté la plupart des commentateurs.",
      { source = "la plupart des commentateurs", cue = "ont noté" } },
    { "« C'est faux », ont affirmé les avocats.", { source = "les avocats", cue = "ont affirmé" } },
    { "La Fédération des entreprises de l’eau (FP2E), qui représente le secteur, admettait 100 000 cas.",
      { source = "La Fédération des entreprises de l’eau (FP2E)", cue = "admettait" } },
    { "Enfin nous avons compris, j’ai compris, dit le ministre.", { source = "le ministre", cue = "dit" } },
    { "Ken Farley a dû répondre à une question, posée par le sénateur, rapporte le site Space.",
      { source = "Space", cue = "rapporte" } },
    { "Le maillot jaune, qui a passé la matinée à visionner les vidéos, avoue à son tour avoir des doutes.",
      { source = "Le maillot jaune", cue = "avoue" } },
    { "Michel Arlot, président de la société, témoigne.", { source = "Michel Arlot", cue = "témoigne" } },
    { "Lassés, de nombreux fumeurs jetteront l'éponge, note la ministre.", { source = "la ministre", cue = "note" } },
    { "Il faut partir, raconte Marie, jeune patiente.", { source = "Marie", cue = "raconte" } },
    { "Pour lui, la guerre est finie, affirme Marie.", { source = "Marie", cue = "affirme" } },
    { "Non pas que la langue qui porte le roman soit faible, ciselée, précise, et capable de tout.", {} },
    { "Ce qui explique que les prix montent.", {} },
    { "Selon une étude de Ernst & Young publiée mardi, la France attire.",
      { source = "Ernst & Young", cue = "Selon" } },
    { "Les tarifs sont fixés selon la composition de votre famille.", {} },
    { "Agissez selon les indications de votre médecin.", {} },
    { "Le cahier est découpé selon les différentes saisons de l'année.", {} },
    { "Le prix change selon le vendeur.", {} },
    { "La hausse est forte, selon différentes sources proches du dossier.",
      { source = "différentes sources proches du dossier", cue = "selon" } },
    { "Selon ses proches, il va bien.", { source = "ses proches", cue = "Selon" } },
    { "A en croire vos propres écrits vous cherchez la guerre.",
      { source = "vos propres écrits", cue = "A en croire" } },
    { "Un accord selon le sens des mots.", {} },
    { "« C'est une erreur », explique-t-on à la RATP.", { source = "la RATP", cue = "explique" } },
    { "« Rien n'est décidé », indique-t-on du côté du cabinet du maire.",
      { source = "cabinet du maire", cue = "indique" } },
    { "« Il va mieux », assure-t-on dans son entourage.", { source = "son entourage", cue = "assure" } },
    { "« Non », explique-t-on de source gouvernementale.", { source = "source gouvernementale", cue = "explique" } },
    { "Mais on dit que la guerre est finie.", {} },
    { "Si le Brésil, qui traverse une crise, confirme sa sortie de récession, tout ira mieux.",
      { source = "le Brésil", cue = "confirme" } },
    { "Plusieurs tabloïds avaient même publié des photos explicites.", {} },
    { "La Ligue des droits de l'homme a publié un rapport accablant.",
      { source = "La Ligue des droits de l'homme", cue = "a publié" } },
    { "Sur le terrain, on estime que la guerre est finie.", {} },
    { "Dans le même temps, on constate que les prix montent.", {} },
    { "À Matignon, on assure que la réforme passera.", { source = "Matignon", cue = "assure" } },
    { "« Non », dit-on ici et là.", { source = "on", cue = "dit" } },
    { "D’après ses estimations environ 400 médecins ont été visés.", { source = "ses estimations", cue = "D’après" } },
    { "Selon leur modèle mathématique, ce composé est le candidat parfait.",
      { source = "leur modèle mathématique", cue = "Selon" } },
    { "Selon toute vraisemblance, le bateau prend l'eau.", {} },
    { "Selon toutes vraisemblances, il venait de taguer le mur.", {} },
    { "Les violences n'ont pas baissé, écrit un tweet vingt jours après les faits.",
      { source = "un tweet", cue = "écrit" } },
    { "Cette loi issue d'un collectif dit \"Collectif Abolition 2012\" a abrogé le délit.", {} },
    { "Le long-métrage nommé \"Deux\" raconte l'histoire de sœurs jumelles.", {} },
    { "A study published Tuesday found that 2 million people had fled.", { source = "A study", cue = "found" }, "en" },
    { "Police found 3 bodies near the river.", {}, "en" },
    { "De son côté, l'État hébreu a accusé réception des propos.", {} },
    { "En quelques mois, notre gauche a avancé d'un pas de géant.", {} },
    { "Les troupes ont avancé de dix kilomètres vers Koursk.", {} },
    { "Les négociations ont bien avancé.", {} },
    { "Le gouvernement a avancé la date du scrutin.", {} },
    { "Le ministère avance que 3 000 soldats sont morts.", { source = "Le ministère", cue = "avance" } },
    { "J'avoue ne pas voir l'intérêt, vu qu'on sait d'avance comment ça va finir.", {} },
    { "« Je n'avais pas le choix » explique le jeune homme très en colère.",
      { source = "le jeune homme", cue = "explique" } },
    { "« Non », répond le ministre plus tard dans la soirée.", { source = "le ministre", cue = "répond" } },
    { "« Non », répond le ministre visiblement agacé.", { source = "le ministre", cue = "répond" } },
    { "« Non », répond le plus jeune des ministres.", { source = "le plus jeune des ministres", cue = "répond" } },
    { "Les syndicats revendiquent 1,2 million de manifestants.", { source = "Les syndicats", cue = "revendiquent" } },
    { "La police en a compté 780 000.", { source = "La police", cue = "a compté" } },
    { "La préfecture en a compté plus de 5 000.", { source = "La préfecture", cue = "a compté" } },
    { "L'hebdomadaire Valeurs actuelles chiffre à près de 300.000 euros les frais d'avion de François Fillon.",
      { source = "L'hebdomadaire Valeurs actuelles", cue = "chiffre" } },
    { "Le ministère évalue à 2 000 le nombre de victimes.", { source = "Le ministère", cue = "évalue" } },
    { "Le chiffre de 3 000 morts est contesté.", {} },
    { "Il compte partir demain et revendique la victoire.", {} },
    { "La France compte 67 millions d'habitants ; le gouvernement a compté jusqu'à 40 ministres.", {} },
    { "Les organisateurs en comptent 3 000.", { source = "Les organisateurs", cue = "comptent" } },
    { "La collecte a dépassé les 850 millions d'euros, s'est félicitée la Fondation du patrimoine.",
      { source = "la Fondation du patrimoine", cue = "s'est félicitée" } },
    { "La ministre, qui a pris ce parti il y a plusieurs années, s'est félicitée des bons chiffres.", {} },
    { "La croissance atteindra 1,4 %, a annoncé le ministre de l'Économie, Bruno Le Maire.",
      { source = "Bruno Le Maire", cue = "a annoncé" } },
    { "« Je suis fatigué », dit Luc Pernas. Il est venu selon ses propres dires.",
      { source = "Luc Pernas", cue = "dit" }, { source = "Luc Pernas", cue = "selon" } },
    { "Selon une enquête du Monde, il aurait renoncé.", { source = "Le Monde", cue = "Selon" } },
    { "Un article du Parisien rapporte que les échanges ont été vifs.", { source = "Le Parisien", cue = "rapporte" } },
    { "Certaines associations considèrent que le plan n'est pas à la hauteur.",
      { source = "Certaines associations", cue = "considèrent" } },
    { "Le Canard enchaîné croit savoir que le ministre va démissionner.",
      { source = "Le Canard enchaîné", cue = "croit savoir" } },
    { "Il pense partir demain ; elle craint le pire ; ils croient en Dieu.", {} },
    { "Le ministre était à Lyon et a déclaré que la réforme passera.", { source = "Le ministre", cue = "a déclaré" } },
    { "Philippe Baumel se refuse à parler de campagne et assure que l'ex-ministre réfléchit.",
      { source = "Philippe Baumel", cue = "assure" } },
    { "Le renouvellement a été annoncé, dans le même discours, par le Président de la République.",
      { source = "le Président de la République", cue = "a été annoncé" } },
    { "La nouvelle a été confirmée par le ministère de l'Intérieur.",
      { source = "le ministère de l'Intérieur", cue = "a été confirmée" } },
    { "Il a été dit que tout allait bien.", {} },
    { "Comme l'ont souligné d'anciens responsables américains, dépenser moins renforcerait la sécurité.",
      { source = "d'anciens responsables américains", cue = "ont souligné" } },
    { "La police dément toute implication.", { source = "La police", cue = "dément" } },
    { "Le jeune homme, qui avoue vivre dans une cabane, rit.", { source = "Le jeune homme", cue = "avoue" } },
    { "Selon \"Quotidien\", ses filles ont commencé à travailler.", { source = "Quotidien", cue = "Selon" } },
    { "D'après « Libération », le ministre a menti.", { source = "Libération", cue = "D'après" } },
    { "Elle a 95 voix, a annoncé à la tribune de l'Assemblée la vice-présidente Carole Bureau-Bonnard.",
      { source = "Carole Bureau-Bonnard", cue = "a annoncé" } },
    { "« C'est fini », a tonné le ministre.", { source = "le ministre", cue = "a tonné" } },
    { "« Non ! » s'est écrié le président.", { source = "le président", cue = "s'est écrié" } },
    { "« C'est vrai », confesse l'ancien ministre.", { source = "l'ancien ministre", cue = "confesse" } },
    { "Le chien hurle à la mort ; la foule crie son nom.", {} },
    { "En tout cas, c'est ce que m'a dit mon mari.", { source = "mon mari", cue = "a dit" } },
    { "C'est ce que nous a confié le ministre.", { source = "le ministre", cue = "a confié" } },
    { "Il a obtenu 53,72% des voix, selon des résultats définitifs publiés sur le site du ministère.",
      { source = "des résultats définitifs", cue = "selon" } },
    { "Des témoignages ont été adressés au sénateur John McCain, 80 ans, qui a annoncé souffrir d'un cancer.",
      { source = "John McCain", cue = "a annoncé" } },
    { "Le ministre a refusé de commenter mais a assuré que tout allait bien.",
      { source = "Le ministre", cue = "a assuré" } },
    { "La présidente du FN explique lundi qu'\"il ne s'agit pas d'une banque d'Etat\".",
      { source = "La présidente du FN", cue = "explique" } },
    { "Marine Le Pen explique donc qu'elle n'a pas eu d'autre choix.", { source = "Marine Le Pen", cue = "explique" } },
    { "Mais Nicolas Sarkozy, qui reconnaît quelques erreurs, a parlé.",
      { source = "Nicolas Sarkozy", cue = "reconnaît" } },
    { "Le gouvernement annonce 3 000 suppressions de postes.", { source = "Le gouvernement", cue = "annonce" } },
    { "L'annonce a surpris ; une annonce du maire est attendue.", {} },
    { "Gérard Bapt souligne le fait que la proposition vient de la droite.",
      { source = "Gérard Bapt", cue = "souligne" } },
    { "Barack Obama et François Hollande ont réaffirmé mardi leur volonté d'intensifier les frappes.",
      { source = "Barack Obama et François Hollande", cue = "ont réaffirmé" } },
    { "En effet, moins d'un tiers (29 %) affirment souhaiter y travailler.",
      { source = "moins d'un tiers (29 %)", cue = "affirment" } },
    { "Moins d'un Français sur deux (46%) se déclare choqué par l'interpellation.",
      { source = "Moins d'un Français sur deux (46%)", cue = "se déclare" } },
    { "Comme le mentionne Le Figaro, ses proches l'attendent.", { source = "Le Figaro", cue = "mentionne" } },
    { "La ministre a tenu à expliquer que la réforme serait appliquée.",
      { source = "La ministre", cue = "a tenu à expliquer" } },
    { "« Il n'est pas net », pense Rémi. « C'est fini », pense-t-il. Pascal pensait avoir gagné.", {} },
    { "Le ministre a considéré que la réforme était indispensable.", { source = "Le ministre", cue = "a considéré" } },
    { "« C'est un succès », se sont réjouis les organisateurs.",
      { source = "les organisateurs", cue = "se sont réjouis" } },
    { "Au total, 312 personnes ont été interpellées, a-t-on appris auprès du ministère de l'Intérieur.",
      { source = "ministère de l'Intérieur", cue = "a-t-on appris" } },
    { "Il a démissionné, a-t-on appris jeudi après-midi auprès de son entourage.",
      { source = "son entourage", cue = "a-t-on appris" } },
    { "Il a démissionné, a-t-on appris ce lundi.", {} },
    { "Selon des informations des Échos, il aurait renoncé.", { source = "Les Échos", cue = "Selon" } },
    { "« Non », a dit l'avocat. Selon elle, le dossier est vide.", { source = "l'avocat", cue = "a dit" },
      { source = "elle", cue = "Selon" } },
    { "« Non », a dit son avocate. Selon elle, le dossier est vide.", { source = "son avocate", cue = "a dit" },
      { source = "son avocate", cue = "Selon" } },
    { "Le taux est de 12 %, selon le dernier recensement.", { source = "le dernier recensement", cue = "selon" } },
    { "Selon ce décompte non encore définitif, il gagne.", { source = "ce décompte", cue = "Selon" } },
    { "« Non », avait tweeté un peu plus tôt la chef du parti Marine Le Pen.",
      { source = "Marine Le Pen", cue = "avait tweeté" } },
    { "Sur la page, il y avait écrit le mot confiance.", {} },
    { "Sur la porte, il y a écrit que l'entrée est interdite.", {} },
    { "La liste \"Avec vous Toulouse avance\" arrive en tête.", {} },
    { "Le ministre a avancé de nouveaux arguments.", { source = "Le ministre", cue = "a avancé" } },
    { "De son côté les médias de la région ajoutent que tout va bien.",
      { source = "les médias de la région", cue = "ajoutent" } },
    { "Ces films sont relus selon une optique féministe.", {} },
    { "La cible est atteinte plus vite selon la position choisie.", {} },
    { "Les demandeurs d'emploi, ou DE, selon l'abréviation consacrée, attendent.", {} },
    { "Fabienne Bothy-Chesneau, alors directrice de la communication de BF, a évoqué une première réunion.",
      { source = "Fabienne Bothy-Chesneau", cue = "a évoqué" } },
    { "Jean Martin, à l'époque ministre de l'Intérieur, a évoqué un accord secret.",
      { source = "Jean Martin", cue = "a évoqué" } },
    { "Une situation qui selon plusieurs sources serait explicable.", { source = "plusieurs sources", cue = "selon" } },
    { "Elle pourrait selon de récents travaux être une posture de défi.",
      { source = "de récents travaux", cue = "selon" } },
    { "Selon l'Est républicain, la route est coupée.", { source = "l'Est républicain", cue = "Selon" } },
    { "« Tout va bien », a dit le jeune homme durant la conférence de presse.",
      { source = "le jeune homme", cue = "a dit" } },
    { "Mes parents m’ont toujours dit que c’était un devoir.", { source = "Mes parents", cue = "ont toujours dit" } },
    { "Le 15 mars 2019, M. Castaner avait annoncé une réflexion.", { source = "M. Castaner", cue = "avait annoncé" } },
    { "« Ce n'est pas fini » explique S. Dumont, porte-parole du ministère.",
      { source = "S. Dumont", cue = "explique" } },
    { "« We will stay », said John F. Kennedy.", { source = "John F. Kennedy", cue = "said" }, "en" },
    { "Le ministère russe de la Défense a revendiqué la prise de deux villages.",
      { source = "Le ministère russe de la Défense", cue = "a revendiqué" } },
    { "The governor insisted that 40 people were rescued.", { source = "The governor", cue = "insisted" }, "en" },
    { "Ukraine's military intelligence (HUR) claimed on Monday that 50 soldiers died.",
      { source = "Ukraine's military intelligence (HUR)", cue = "claimed" }, "en" },
    { "Le service de renseignement (NIS) a affirmé que 3 000 soldats sont morts.",
      { source = "NIS", cue = "a affirmé" } },                  -- the alias table names it
    { "« Valls serait battu », explique à L'Opinion Gérard Filoche.", { source = "Gérard Filoche", cue = "explique" } },
    { "« Rien ne change », a expliqué à l'AFP la principale intéressée.",
      { source = "la principale intéressée", cue = "a expliqué" } },
    { "La croissance a été de 1,1 %, a annoncé ce 24 mars l'Insee dans un communiqué.",
      { source = "l'Insee", cue = "a annoncé" } },
    { "« Tout va bien », assure de son côté Roger Fussien.", { source = "Roger Fussien", cue = "assure" } },
    { "« C'est une erreur », ont expliqué de nombreux commentateurs.",
      { source = "de nombreux commentateurs", cue = "ont expliqué" } },
    { "« Je ne regrette rien », précise d’emblée le rappeur.", { source = "le rappeur", cue = "précise" } },
    { "Les routes, selon lui d'une dangerosité rare, ferment.", { source = "lui", cue = "selon" } },
    { "Selon Marine Le Pen le parti a atteint 65 000 adhérents.", { source = "Marine Le Pen", cue = "Selon" } },
    { "« Il faut avancer », explique avec pédagogie Romain.", { source = "Romain", cue = "explique" } },
    { "« Tout est prêt », assure le porte-parole du Palais des Congrès de Paris.",
      { source = "le porte-parole du Palais des Congrès de Paris", cue = "assure" } },
    { "« Rien n'est décidé », a déclaré sans détour le ministre.", { source = "le ministre", cue = "a déclaré" } },
    { "Un livre, écrit il y a un siècle, ressort.", {} },
    { "Après cette réunion, le député Philippe Doucet, a relevé qu'on est à 45 %.",
      { source = "Philippe Doucet", cue = "a relevé" } },
    { "« J'avais acheté mon cadeau », a confié la numéro 3 du gouvernement.",
      { source = "la numéro 3 du gouvernement", cue = "a confié" } },
    { "Thomas Thévenoud, ancien secrétaire d'Etat, débarqué du gouvernement neuf jours après sa nomination "
      .. "pour avoir oublié de déclarer ses impôts l'a martelé.", {} },
    { "Le ministre l'a répété devant les députés.", { source = "Le ministre", cue = "a répété" } },
    { "Il devrait annoncer en fin d’après midi la dépénalisation de l’évasion fiscale.", {} },
    { "Mais la personne qui a été en charge de la commande a écrit « Lakastan ».",
      { source = "la personne", cue = "a écrit" } },
    { "En 2016, de nombreux journaux ont souligné son rôle.",
      { source = "de nombreux journaux", cue = "ont souligné" } },
    { "Interrogé, celui-ci estime qu'il n'y a aucun rapport.", { source = "celui-ci", cue = "estime" } },
    { "Mais bon nombre de citoyens disent qu'ils sont las.", { source = "bon nombre de citoyens", cue = "disent" } },
    { "Le chirurgien va m’opérer et il m’a assuré que tout irait bien.", { source = "il", cue = "a assuré" } },
    { "Les familles souffrent et elle confirme que l'aide manque.", { source = "elle", cue = "confirme" } },
    { "Selon que vous l'aimiez mollet ou dur, la cuisson change.", {} },
    { "« C’est une tradition, raconte le père de l’un d’entre eux.",
      { source = "le père de l’un d’entre eux", cue = "raconte" } },
    { "Sa traversée du désert lui a permis de changer et a dit regretter la controverse.", {} },
    { "La DGCCRF (Direction de la Répression des Fraudes) poursuit toujours son enquête.", {} },
    { "« C'est fini », poursuit le ministre.", { source = "le ministre", cue = "poursuit" } },
    { "C'est un geste politique selon vous ?", {} },
    { "Il faut agir. Ce à quoi Marine Le Pen a répondu en déplorant la réponse.",
      { source = "Marine Le Pen", cue = "a répondu" } },
    { "L'étude des réponses selon les appartenances politiques révèle un écart.", {} },
    { "Il est troisième selon les études portant sur les intentions de vote.",
      { source = "les études", cue = "selon" } },
    { "« Que faire ? » a constaté le représentant de l’Opus Dei au sortir de la réunion.",
      { source = "le représentant de l’Opus Dei", cue = "a constaté" } },
    { "« Feu ! » a précisé le commandant lors de l'assaut.", { source = "le commandant", cue = "a précisé" } },
    { "« Rien n'est prêt », a déclaré le secrétaire d'État aux Transports.",
      { source = "le secrétaire d'État aux Transports", cue = "a déclaré" } },
    { "« L'argent n'est pas un problème », a raconté Dominique Strauss-Kahn ce matin.",
      { source = "Dominique Strauss-Kahn", cue = "a raconté" } },
    { "La Corée du Nord se prépare, a déclaré l'armée sud-coréenne le 24 janvier.",
      { source = "l'armée sud-coréenne", cue = "a déclaré" } },
    { "L'état-major interarmées a également averti que la Corée était prête.",
      { source = "État-major interarmées sud-coréen", cue = "a également averti" } },
    { "C’est ce qu’indique The Chosun Daily.", { source = "The Chosun Daily", cue = "indique" } },
    { "The army said on Monday that troops moved.", { source = "The army", cue = "said" }, "en" },
    { "Some 1,500 people attended, police said.", { source = "police", cue = "said" }, "en" },
    { "Washington has said the figure could rise.", { source = "Washington", cue = "has said" }, "en" },
    -- (a cue in the infinitive: the subject of the verb before "to"; who declines to say says nothing)
    { "He went on to say that the plan worked.", { source = "He", cue = "say" }, "en" },
    { "The official declined to say how many soldiers had died.", {}, "en" },
    -- (what a document shows; never a person or a fact; a document "de la" what it studies is its own source)
    { "Les données de l'Insee montrent que le chômage a reculé.", { source = "l'Insee", cue = "montrent" } },
    { "L'étude de la proximité des candidats montre que Mélenchon est en tête.",
      { source = "L'étude de la proximité des candidats", cue = "montre" } },
    { "Cette affaire montre que la justice est lente. Il vous montrera comment faire.", {} },
    { "Data from the World Health Organization showed that cases rose.",
      { source = "Data from the World Health Organization", cue = "showed" }, "en" },
    -- (insisted, argued, admitted stand without "that"; an adverb between an apposition and its verb)
    { "Officials insisted the measures were temporary.", { source = "Officials", cue = "insisted" }, "en" },
    { "The mayor, Anne Hidalgo, later wrote that 300 people had fled.", { source = "Anne Hidalgo", cue = "wrote" },
      "en" },
    -- (English titles in lower case before a name; a title alone is no name)
    { "Senior analyst John Smith said prices would rise.", { source = "John Smith", cue = "said" }, "en" },
    { "The Chief Executive said prices would rise.", { source = "The Chief Executive", cue = "said" }, "en" },
    -- (after / before inside a clause opens another: its subject only)
    { "Shares fell 3 percent after the company reported a loss.", { source = "the company", cue = "reported" }, "en" },
    { "Prices rose before the central bank said it would act.", { source = "the central bank", cue = "said" }, "en" },
    { "Pyongyang denied the reports on Friday.", { source = "Pyongyang", cue = "denied" }, "en" },   -- (as « dément »)
    { "Three deaths were reported by local media.", { source = "local media", cue = "reported" }, "en" },
    { "Media reports of 300 dead were denied.", {}, "en" },
    { "Kaja Kallas urged member states to speed up deliveries of air defense systems.", {}, "en" },
    { "The report states that 3,000 troops arrived.", { source = "The report", cue = "states" }, "en" },
  },
}
-- the reflexive verbs' words report only after a quote
for _, w in ipairs(REFLEXIVE_WORDS) do M.rules.inverted_only[w] = true end
-- the forms of those that report alone too, inverted only after se or s' ("se rappelle X", not "le
-- policier se rappelle que"; but "rappelle X", "X rappelle que")
-- ("present": in the present only, se and the verb, "s'explique X")
M.rules.reflexive_inverted_only = REFLEXIVE_PLAIN

local alias_dict
local function canonical(text)
  if not alias_dict then
    local entries = {}
    for name, list in pairs(M.rules.aliases) do
      for _, a in ipairs(list) do entries[#entries + 1] = { a, canonical = name } end
    end
    alias_dict = require("lunette.phrases").new(entries)
  end
  local hit = alias_dict:find_all(text)[1]
  return hit and hit.entry.canonical or nil
end
--- Forget the alias dictionary (after changing M.rules.aliases).
function M.reset() alias_dict = nil end

local seq = require "lunette.extract.seq"
local function relative_seq(row) return row[1] end      -- dates.rules.relative rows: { terms, unit, n }

-- Is the folded verb form in the third person plural (affirment, avaient, ont, sont)?
local function third_plural(term)
  return term:find("ent$") ~= nil or term == "ont" or term == "sont"
end

-- Is the folded term an English participle's form ("driven", "adding", "fuelled")?
local function participle_en(term)
  return term:find("..ed$") ~= nil or term:find("..ing$") ~= nil or term:find("..en$") ~= nil
end

-- Is t a past participle that ends a noun phrase ("publié", "menées", "paru"; not "majorité")?
local function past_participle(t)
  return (t.lower:find("é[e]?s?$") and not t.lower:find("ité[e]?s?$")) or M.rules.u_participles[t.term] ~= nil
    or t.lower:find("...ed$") ~= nil                                   -- (English: "a study published Tuesday")
end

--- Is the folded term a first name the rules know (pronoun_kinds: Marine, Maurice)?
function M.first_name(term)
  local k = M.rules.pronoun_kinds
  return (k.male_names[term] or k.female_names[term] or first_names.unisex[term]) ~= nil
end

-- Is token a a determiner in lower case, or capitalised opening its sentence before a lower-case
-- word (not in capitals)? Not the article of a name: "Le Monde", "Les Républicains"
local function determiner_at(toks, a)
  local t, n, p = toks[a], toks[a + 1], toks[a - 1]
  -- (a title's capitalised first word is no name: "Le Premier ministre", "Le Secrétaire général")
  local lower_next = n ~= nil and (n.flags & 1 == 0 or (M.rules.capital_titles[n.term] and toks[a + 2] ~= nil
                                                        and toks[a + 2].flags & 1 == 0))
  return M.rules.speaker_starts[t.term] ~= nil
    and (t.flags & 1 == 0 or (lower_next and t.flags & 2 == 0 and (not p or p.sentence ~= t.sentence)))
end

-- Does token i open a noun phrase (a speaker's first word)? A capital, a
-- determiner, a pronoun, "de" before a quantity (de nombreux), or no word.
local function opens_noun_phrase(toks, i)
  local f = toks[i]
  return f.type ~= "word" or f.flags & 1 ~= 0 or M.rules.speaker_starts[f.term] or M.rules.pronouns[f.term]
    or M.rules.lower_titles[f.term]
    -- (a count: "Cette année, onze villes ont annoncé", "Lundi, deux ministres ont dit")
    or (numbers.words[f.term] ~= nil and toks[i + 1] ~= nil and toks[i + 1].type == "word")
    or ((f.term == "de" or f.term == "d'") and toks[i + 1] and M.rules.de_quantities[toks[i + 1].term])
    -- (a hedged share: "moins d'un tiers affirment", "plus de la moitié des sondés estiment")
    or (M.rules.share_hedges[f.term] and toks[i + 1] ~= nil and (toks[i + 1].term == "de" or toks[i + 1].term == "d'"))
end

-- "Ernst & Young", "Procter & Gamble": an ampersand between capitalised words
-- (at j) stays inside a name
local function amp_join(toks, j)
  local t, p, n = toks[j], toks[j - 1], toks[j + 1]
  return t.word == "&" and p and n and p.sentence == t.sentence and n.sentence == t.sentence
    and p.flags & 1 ~= 0 and n.flags & 1 ~= 0 and p.type == "word" and n.type == "word"
end

-- Is the token at k a part of a month or a year in lower case, its month or year after it ("début octobre", "fin
-- 2023"), or a month's middle ("mi-octobre")? How many tokens the time takes (2, 1), or nil
local function month_part(toks, k)
  local t, n = toks[k], toks[k + 1]
  if not (t.flags & 1 == 0 and n) then return nil end
  if dates.rules.parts[t.term] and (dates.rules.months[n.term] or n.word:find("^[12]%d%d%d$")) then return 2 end
  if t.term:find("^mi%-") and dates.rules.months[t.term:sub(4)] then return 1 end
  return nil
end

-- is t a day's number: digits, or the first written as an ordinal ("1er")?
local function day_number(t) return t ~= nil and (t.type == "number" or t.term == "1e") end

-- after a day and month at i ("4 mars", "1er octobre", "24 juillet 2017"): the index past them, or i
local function after_day_month(toks, i)
  local d, mo = toks[i], toks[i + 1]
  if not (day_number(d) and mo and mo.type == "word" and mo.flags & 1 == 0
          and dates.rules.months[mo.term]) then
    return i
  end
  i = i + 2
  if toks[i] and toks[i].type == "number" and toks[i].word:match("^%d%d%d%d$") then i = i + 1 end
  return i
end

local from_gazetteer, place_names, known_names = seq.from_gazetteer, seq.place_names, seq.known_names
-- (and the adjectives of its places, folded: "suisse", "americaine")
local function make_place_adjectives(gazetteer)
  return from_gazetteer(gazetteer, function(out, row, w, an)
    if row[1] == "place" and w:find("^%l") then out[an:term(w)] = true end
  end)
end
local function place_adjectives() return seq.derived(require "lunette.extract.gazetteer", make_place_adjectives) end

-- the gazetteer's names written with Le / Les, folded without it -> the name ("monde" -> "Le Monde"):
-- what du / des contract ("une enquête du Monde", "selon les informations des Échos")
local function make_article_names(gazetteer)
  return from_gazetteer(gazetteer, function(out, row, w, an)
    local rest = w:match("^Le (.+)$") or w:match("^Les (.+)$")
    if rest then out[an:term(rest)] = out[an:term(rest)] or row[2] end
  end)
end
local function article_names() return seq.derived(require "lunette.extract.gazetteer", make_article_names) end

-- Is the participle w, or w without the agreement of a passive (-e, -s, -es: "confirmée",
-- "annoncés"), a key of the set?
local function agreed_in(words, w)
  return words[w] or words[(w:gsub("e?s?$", "", 1))] or words[(w:gsub("s$", "", 1))]
end

-- is d a determiner of t's sentence that makes a word in -ment after it a noun (rules.ment_determiners)?
local function ment_determiner(d, t) return d and d.sentence == t.sentence and M.rules.ment_determiners[d.term] end

-- Is the token at k a lower-case word in -ment that is no noun, an adverb ("clairement", "visiblement";
-- not "le gouvernement", nor after a determiner, past an adjective: "le dernier recensement réalisé
-- par l'Insee"; not "le plus rapidement")?
local function ment_adverb(toks, k, opening)
  local t = toks[k]
  -- (a French adverb's -ment after a vowel, or -amment, -emment: not "government", "investment")
  if not (t and t.type == "word" and (opening or t.flags & 1 == 0) and #t.term > 6 and t.term:find("[aeiouym]ment$"))
     or M.rules.ment_nouns[t.term]
     or M.rules.verbs[t.term] or M.rules.object_verbs[t.term] then   -- (affirment, estiment, confirment)
    return false
  end
  local p = toks[k - 1]
  return not (ment_determiner(p, t) or (p and p.sentence == t.sentence and M.rules.ment_adjectives[p.term]
                                        and ment_determiner(toks[k - 2], t)))
end

-- Is t an infinitive (a lower-case word in -er, -ir, -re that is no stopword nor a known noun)?
-- After a verb of saying it reports: "affirme toujours calculer", "dit regretter"
local function infinitive_like(t, an)
  local w = t and t.type == "word" and t.flags & 1 == 0 and t.term
  return w and #w >= 4 and not an:is_stop(w) and not M.rules.be_have[w] and not M.rules.not_infinitives[w]
    and (w:find("[^e]er$") or w:find("ir$") or w:find("re$")) and true or false
end

-- does the verb of saying at c attest rather than tell (rules.attest_verbs)? After en; before
-- de with no quotation after it in the sentence, when the word before the verb (at s) is no name
-- nor personal pronoun: "son côté séducteur témoigne de sa complicité" (but "Luc Ferry a témoigné
-- de son scepticisme", "Johanna témoigne de sa propre expérience : « ... »"); before a possessive
-- after a word of its sentence with no quotation after it, whoever speaks ("La Warner a témoigné
-- son intérêt"; not "« ... », témoigne sa fille")
local function attests(toks, c, s)
  local t, n, p = toks[c], toks[c + 1], toks[c - 1]
  if not M.rules.attest_verbs[t.term] then return false end
  if p and p.term == "en" and p.sentence == t.sentence then return true end
  -- (after a word of its sentence: "», témoigne sa fille" has its subject after it)
  local shows = n and n.sentence == t.sentence and M.rules.attest_possessives[n.term]
    and p and p.sentence == t.sentence and p.type == "word"
  if not (n and n.sentence == t.sentence and (shows or M.rules.attest_objects[n.term])) then return false end
  local w = toks[s]
  if not shows and w and w.sentence == t.sentence and (w.flags & 1 ~= 0 or M.rules.attest_persons[w.term]) then
    return false
  end
  for k = c + 2, #toks do
    local x = toks[k]
    if x.sentence ~= t.sentence then break end
    if x.word == ":" or M.rules.opening_quotes[x.word] then return false end
  end
  return true
end

-- Does the verb at c say yes or no to something (M.rules.answers, answered)?
local function answers(toks, c)
  local n, nn = toks[c + 1], toks[c + 2]
  return n ~= nil and nn ~= nil and nn.sentence == toks[c].sentence and M.rules.answers[n.term] ~= nil
    and M.rules.answered[nn.term] ~= nil and n.flags & 1 == 0
end

-- Does what follows the verb at c make it no report: a witness's object (attests: s is the subject's
-- last token), or a yes or a no to something (answers)?
local function no_report(toks, c, s) return attests(toks, c, s) or answers(toks, c) end

-- Does que follow the verb at v, past asides (or croire savoir que)? An opinion reports only then:
-- "X pense que", "X croit savoir que"; not "il pense partir", "« ... », pense-t-il"
local function que_after(toks, v)
  local r = v + 1
  while toks[r] and toks[r].sentence == toks[v].sentence and (M.rules.adverbs[toks[r].term] or ment_adverb(toks, r))
        and r - v <= 3 do
    r = r + 1
  end
  if toks[r] and toks[r].term == "savoir" then r = r + 1 end
  return toks[r] ~= nil and (toks[r].term == "que" or toks[r].term == "qu'")
end

-- a noun of change or level at k, its article first ("une croissance de", "a loss of"), two lower-case
-- words at most ("une croissance annuelle de"; with wide, four, see below); with nouns, no article
-- needed and the first word one of nouns ("growth of"; not "le déploiement de"): the index after its
-- de / of, or nil
local function measure_at(toks, k, sent, nouns, wide)
  local d = toks[k]
  if not (d and d.sentence == sent) then return nil end
  local a = k
  if d.term == "une" or d.term == "un" or d.term == "a" or d.term == "an" then a = k + 1
  elseif not nouns then return nil end
  if nouns and not (toks[a] and nouns[toks[a].term]) then
    -- (its words before it, two at most, no determiner: "forecast vehicle sales growth of 20%", "prévoit
    -- une forte croissance de 2 %")
    local h = a
    while h < a + 2 and toks[h] and toks[h].sentence == sent and toks[h].type == "word" and toks[h].flags & 1 == 0
          and not nouns[toks[h].term] and not M.rules.noun_determiners[toks[h].term]
          and not M.rules.determiners_en[toks[h].term] do
      h = h + 1
    end
    if not (toks[h] and toks[h].sentence == sent and nouns[toks[h].term]) then return nil end
    a = h
  end
  -- (what it measures between them, a word, or with wide three words: "une croissance du PIB de", "une
  -- hausse des prix de", "une progression du PIB comprise entre 0,6 % et 1 %")
  if not toks[a] or toks[a].type ~= "word" or toks[a].flags & 1 ~= 0 then return nil end
  for x = a + 1, a + (wide and 4 or 2) do
    local tx, pv = toks[x], toks[x - 1]
    if not (tx and tx.sentence == sent) then return nil end
    if M.rules.measure_links[tx.term] then return x + 1 end
    if tx.lower == "à" then return x + 1 end      -- (the level it reaches: "une remontée du chômage à 7,9 %")
    -- (or a hedge, a quote: "une inflation moyenne « autour de 2,5 % »"; figure_at reads past them)
    if M.rules.figure_hedges[tx.term] then return x end
    if tx.type ~= "word" then return nil end
    if tx.flags & 1 ~= 0 and pv.term ~= "du" and pv.term ~= "des" and pv.term ~= "of" then return nil end
  end
  return nil
end

-- Is the token at a the preposition prep of a figure (à: entre too; de only before a number, a hedge
-- or a noun of measure: "crédite la liste de Jordan Bardella | de 31 %", "d'une avance de 15 points")?
local function at_prep(toks, a, prep)
  local t = toks[a]
  if prep ~= "de" then return t.term == prep or (prep == "a" and t.term == "entre") end
  local n, m = toks[a + 1], toks[a + 2]
  return (t.term == "de" or t.term == "d'") and n ~= nil
    and (n.type == "number" or n.type == "percent" or M.rules.figure_hedges[n.term] ~= nil
         or ((n.term == "un" or n.term == "une") and m ~= nil and M.rules.measure_nouns[m.term] ~= nil))
end

-- Does a figure start at k, past hedges ("1,2 million", "plus de 5 000", "deux cents", "un millier")?
-- (after compter, only with "en" before the verb at v: "la police en a compté 780 000"; after
-- chiffrer, évaluer, only past à)
-- an object, to, a verb of change and its figure after a forecast's verb at v (from k): "had expected
-- consumer price inflation to drop to 1.9%", "forecast the economy to grow by 2.5%": the figure's index, or nil
local function forecast_infinitive(toks, k, v)
  local sent = toks[v].sentence
  for q = k + 1, k + M.rules.forecast_object_words do
    local t = toks[q]
    if not t or t.sentence ~= sent or t.type ~= "word" then return nil end
    if t.term == "to" and t.flags & 1 == 0 and toks[q + 1] and M.rules.change_verbs_en[toks[q + 1].term] then
      local f = q + 2
      -- (a particle first: "to come in at 1.7 per cent", "to tick up to 2%")
      if toks[f] and M.rules.change_particles_en[toks[f].term] and toks[f + 1]
         and M.rules.change_preps_en[toks[f + 1].term] then
        f = f + 1
      end
      if toks[f] and M.rules.change_preps_en[toks[f].term] then f = f + 1 end
      local x = toks[f]
      return x and x.sentence == sent and (x.type == "number" or x.type == "percent") and f or nil
    end
  end
  return nil
end

-- the index past the hedges that open a figure at k, four at most, in k's sentence ("plus de", "environ")
local function past_hedges(toks, k)
  local sent, h = toks[k] and toks[k].sentence, k
  while toks[h] and toks[h].sentence == sent and M.rules.figure_hedges[toks[h].term] and h - k < 4 do h = h + 1 end
  return h
end

-- Is the number at h a count that a verb also meaning to earn reports (rules.earn_verbs), no amount earned: digits,
-- then a plural noun that is no money, no scale, no thing won ("l'INSPQ rapportait 3 512 cas"; not "rapportait
-- 2 000 euros", "a rapporté 3 points", "20 pour cent")
local function reported_count(toks, h)
  local t, n = toks[h], toks[h + 1]
  return t ~= nil and t.type == "number" and n ~= nil and n.sentence == t.sentence and n.type == "word"
    and n.flags & 1 == 0 and n.term:find("..[sx]$") ~= nil and not numbers.scales[n.term]
    and not M.rules.earned_nouns[n.term] and not M.rules.money_nouns[n.term]
end

local agent_subject   -- (defined with agent_like)
local function figure_at(toks, k, v, an)
  local prep = v and M.rules.figure_prep_verbs[toks[v].term]
  -- (adverbs after the verb: "table désormais sur", "L'OFCE anticipe ainsi 0,8 %", "recense déjà 300 cas")
  while v and toks[k] and toks[k].sentence == toks[v].sentence
        and (M.rules.figure_prep_adverbs[toks[k].term] or ment_adverb(toks, k)) do
    k = k + 1
  end
  if prep then                        -- évalue (le nombre de manifestants) à | 2 000; put (the number) at | 5,000
    local a, sent = k, toks[v].sentence
    -- (then an object its determiner opens: not "estimaient envisageable de limiter à +2°C")
    local d = toks[a] and toks[a].term
    -- (in English a bare noun too: "puts growth at 3.2%", "pegged losses at $3 billion")
    -- (and after créditer a name: "crédite Jordan Bardella de 31 %")
    if d and d ~= prep and (M.rules.noun_determiners[d] or M.rules.determiners_en[d] or d == "it"
                            or (prep == "at" and toks[a].type == "word" and toks[a].flags & 1 == 0)
                            or (prep == "de" and toks[a].type == "word" and toks[a].flags & 1 ~= 0)) then
      while toks[a] and toks[a].sentence == sent and toks[a].type == "word" and not at_prep(toks, a, prep)
            and a - k < 8 do
        a = a + 1
      end
    end
    if not (toks[a] and at_prep(toks, a, prep) and toks[a].sentence == sent) then return false end
    -- (a noun of change or level before the figure: "table sur une croissance de 1,1 %", "estime à
    -- une hausse de 3 % la progression")
    k = measure_at(toks, a + 1, sent, nil, true) or a + 1
  end
  -- a forecast gives a measure of something, never a bare count: "Le FMI prévoit une croissance de
  -- 2,9 %", "Analysts had expected a loss of about 700,000 subscribers", "forecast growth of 2%", or a
  -- rate right after it: "expected 2% growth" (not "Le plan prévoit 2,3 Md€ d'investissements", what a
  -- text provides)
  if v and M.rules.forecast_verbs[toks[v].term] then
    local m = forecast_infinitive(toks, k, v) or measure_at(toks, k, toks[v].sentence, M.rules.measure_nouns)
    -- (or a count forecast by someone, an: "La Fnaim anticipe entre 800 000 et 820 000 ventes"; not by a text)
    if not m and not (toks[k] and toks[k].type == "percent") and not (an and agent_subject(toks, v, an)) then
      return false
    end
    k = m or k
  end
  if v and M.rules.earn_verbs[toks[v].term] and not reported_count(toks, past_hedges(toks, k)) then return false end
  if v and M.rules.counted_verbs[toks[v].term] then
    local a = toks[v - 1] and M.rules.auxiliaries[toks[v - 1].term] and v - 2 or v - 1
    -- (or a crowd counted: "La police a compté quelque 6500 participants"; not "le club compte 12 victoires")
    local h = past_hedges(toks, k)
    local crowd = toks[h] and toks[h].type == "number" and toks[h + 1] and M.rules.crowd_nouns[toks[h + 1].term]
    if not (toks[a] and toks[a].term == "en") and not crowd then return false end
  end
  -- (an act's noun before it, its article first: "Kiev revendique la destruction de 70 drones", "la CGT
  -- évoque la suppression de 15 000 postes", "claimed the destruction of 70 drones")
  local det, act, link = toks[k], toks[k + 1], toks[k + 2]
  if v and not prep and det and (M.rules.definites[det.term] or det.term == "un" or det.term == "a") and act
     and (M.rules.figure_act_nouns[act.term] or M.rules.figure_nouns[act.term]) and link
     and (link.term == "de" or link.term == "d'" or link.term == "of") and link.sentence == toks[v].sentence then
    k = k + 3
  end
  local sent = toks[k] and toks[k].sentence
  local h = past_hedges(toks, k)
  local t, n = toks[h], toks[h + 1]
  if not t or t.sentence ~= sent then return false end
  -- (not a multiple nor a repetition: "le tableau avançait deux fois plus vite", "a évoqué trois fois la question")
  if n and M.rules.repeats[n.term] then return false end
  -- (not a year, a plural noun after it or none: "évoque déjà 2015 comme un bon timing"; but "évoque
  -- 2000 morts")
  if t.type == "number" and t.word:find("^[12]%d%d%d$") and t.value >= 1800 and t.value <= 2100 then
    return n ~= nil and n.sentence == sent and n.type == "word" and n.term:find("[sx]$") ~= nil
  end
  if t.type == "number" or t.type == "percent" then return true end
  if t.type == "symbol" and n and n.type == "number" and n.start == t.stop + 1 then return true end   -- ($3 billion)
  if numbers.words[t.term] and t.term ~= "un" and t.term ~= "une" and t.term ~= "one" then return true end
  return (t.term == "un" or t.term == "une" or t.term == "des") and n ~= nil
    and (numbers.scales[n.term] ~= nil or numbers.approx_nouns[n.term] ~= nil)
end

-- Is t a lower-case word written as an adjective ends, or a degree adverb ("visiblement | très ému")?
local function adjective_like(t)
  if not (t and t.type == "word" and t.flags & 1 == 0) then return false end
  return M.rules.speaker_end_adverbs[t.term] ~= nil or seq.matches(M.rules.adjective_ends, t.lower)
end

-- past a preposition at k and an article, the capitalised words after them (four at most): the
-- index of the first and the one after the last ("sur | LCI |", "à l'| AFP |")
-- (a number after a capitalised word is the name's: "sur France 2", "au micro d'Europe 1"; a first
-- name after the first word opens who speaks: "sur France Info | François d'Orcival")
local function capitals_after(toks, k)
  local m = k + 1
  if toks[m] and M.rules.definites[toks[m].term] then m = m + 1 end
  local n0 = m
  while toks[m] and m - n0 < 4 and toks[m].sentence == toks[k].sentence
        and ((toks[m].type == "word" and toks[m].flags & 1 ~= 0 and not (m > n0 and M.first_name(toks[m].term)))
             or (m > n0 and toks[m].type == "number" and toks[m - 1].type == "word")) do
    m = m + 1
  end
  return n0, m
end

-- an outlet where one speaks from k ("au micro de RTL", "au journal azuréen"): the index after it, or nil
local function media_place(toks, k)
  local _, e = seq.longest(seq.index(M.rules.media_places), toks, k)
  if e then
    local n0, m = capitals_after(toks, e - 1)
    return m > n0 and m or nil
  end
  _, e = seq.longest(seq.index(M.rules.outlet_places), toks, k)
  if not e then return nil end
  -- (adjectives, two at most: "au quotidien régional (Le Progrès)", "au quotidien économique russe que")
  local j, sent = e, toks[k].sentence
  while j - e < 2 and toks[j] and toks[j].type == "word" and toks[j].flags & 1 == 0 and toks[j].sentence == sent
        and #toks[j].term >= 4 do
    j = j + 1
  end
  local nx = toks[j]
  if j > e and nx and nx.sentence == sent
     and (M.rules.definites[nx.term] or M.rules.that[nx.term] or (nx.type == "word" and nx.flags & 1 ~= 0)) then
    e = j
  end
  local n0, m = capitals_after(toks, e - 1)
  -- (a first name is who speaks, not the outlet's name: "indique au journal | Thierry Solère")
  if m > n0 and not M.first_name(toks[n0].term) then return m end
  return e
end

-- English people with no determiner, at i: a plural of pronoun_kinds.plural_en after two lower-case
-- words at most ("said officials", "said senior military officials")
local function bare_plural_en(toks, i, sent)
  for k = i, i + 2 do
    local t = toks[k]
    if not (t and t.sentence == sent and t.type == "word" and t.flags & 1 == 0) then return false end
    if M.rules.pronoun_kinds.plural_en[t.term] then return true end
  end
  return false
end

-- Is toks[k] le or la right after a capitalised first name, a surname's particle ("Marine Le Pen",
-- "Karine le Marchand")?
local function first_name_particle(toks, k)
  local t, p = toks[k], toks[k - 1]
  return (t.term == "le" or t.term == "la") and p ~= nil and p.flags & 1 ~= 0 and M.first_name(p.term)
end

-- Is the token at a inside a capitalised name of sentence sent, past its first word: a capitalised word after
-- another or after a link between two ("Monetary Authority", "Authority of Singapore"), or that link (of_links,
-- "for")? (Not "and", "et", which may join two names: "leur petite Harriet et Sarah Drew a insisté")
local function name_inner(toks, a, sent)
  local t, p, n = toks[a], toks[a - 1], toks[a + 1]
  local function cap(x) return x and x.sentence == sent and x.type == "word" and x.flags & 1 ~= 0 end
  local function link(x) return x ~= nil and x.flags & 1 == 0 and (M.rules.of_links[x.term] or x.term == "for") end
  if cap(t) then return cap(p) or (link(p) and cap(toks[a - 2])) or false end
  return t.type == "word" and link(t) and cap(p) and cap(n) or false
end

-- speaker after the cue: from i, until punctuation, a speaker_end word (after
-- at least one word) or max_speaker tokens; skips leading time words
local speaker_after
-- does a segment opening a sentence name someone; is it put before the subject (see there)
local named_opening, fronted
-- may a token be part of an apposition (defined with apposed_subject)
local apposition_word
-- the index after the words that open an occasion at i ("lors", "à l'issue": de follows), or nil
local function occasion_at(toks, i)
  if toks[i].word == "a" or toks[i].word == "A" then return nil end     -- (à, not the verb a)
  return select(2, seq.longest(seq.index(M.rules.occasions), toks, i))
end

-- Is toks[k] a slash glued to two capitalised words, two names one name: "un sondage Ipsos/Sopra Steria",
-- "l'Observatoire Crédit Logement/CSA"?
local function slash_glued(toks, k)
  local t, p, n = toks[k], toks[k - 1], toks[k + 1]
  return t.word == "/" and p ~= nil and n ~= nil and p.type == "word" and p.flags & 1 ~= 0 and p.stop + 1 == t.start
    and n.type == "word" and n.flags & 1 ~= 0 and n.start == t.stop + 1 and n.sentence == t.sentence
end

-- the index of a name after an organisation's kind in lower case, one to three words from k to b at most
-- ("rating agency S&P Global", "weather agency AEMET", "tracking site Layoffs.fyi"), or nil
local function org_kind_name(toks, k, b)
  local z = k
  while z < b and z - k < 3 and toks[z].type == "word" and toks[z].flags & 1 == 0 do z = z + 1 end
  if z > k and z <= b and toks[z].flags & 1 ~= 0 and M.rules.name_titles.org[toks[z - 1].term] then return z end
  return nil
end

local function counted_time(toks, k)           -- "deux heures", "quelques jours", "20 years"
  local t, u = toks[k], toks[k + 1]
  return t ~= nil and u ~= nil and (numbers.words[t.term] or t.type == "number" or M.rules.time_counts[t.term])
    and M.rules.time_units[u.term]
end

-- the token after a span of time at i, or nil: "quelques jours plus tôt", "deux heures après", "il y
-- a deux semaines", "(dimanche) dernier", "two days later"
local function time_span_end(toks, i, sent)
  local k = i
  if toks[k + 2] and toks[k].term == "il" and toks[k + 1].term == "y" and toks[k + 2].term == "a" then k = k + 3 end
  local t, u, a = toks[k], toks[k + 1], toks[k + 2]
  if not (t and u and u.sentence == sent) then return nil end
  if (t.term == "dernier" or t.term == "prochain") and toks[i - 1] and dates.rules.weekdays[toks[i - 1].term] then
    return i + 1                                                   -- dimanche | dernier (the day an adverb)
  end
  -- (a count of times: "dit quatre fois Fédik", "a répété deux fois le ministre")
  if k == i and (numbers.words[t.term] or t.type == "number") and M.rules.repeats[u.term]
     and a and a.sentence == sent and a.type == "word" then
    return k + 2
  end
  if not counted_time(toks, k) then return nil end
  if k > i then return k + 2 end                                  -- il y a | deux semaines
  if not (a and a.sentence == sent and M.rules.time_after[a.term]) then return nil end
  if a.term ~= "plus" then return k + 3 end                        -- deux heures | après
  local b = toks[k + 3]                                            -- quelques jours | plus tôt
  return b and (b.term == "tot" or b.term == "tard") and k + 4 or nil
end

-- Is the figure at a a count of people who can tell (witnesses: "quatre survivants", "two officials")?
-- Its first lower-case word after the number, within three tokens, says: its index, or nil.
local function counted_witnesses(toks, a)
  for k = a + 1, a + 3 do
    local t = toks[k]
    if not t or t.sentence ~= toks[a].sentence then break end
    if t.type == "word" and t.flags & 1 == 0 and t.term ~= "de" and t.term ~= "d'" and not numbers.words[t.term] then
      return M.rules.witnesses[t.term] and k or nil
    end
  end
  return nil
end
-- Does a title's portfolio follow token k, after à, au or aux: a delegate's ("le ministre délégué à l'Industrie")
-- or a secretary of state's ("le Secrétariat d'État à l'économie", "la secrétaire d'État aux Transports")?
local function portfolio_at(toks, k)
  local t = toks[k]
  return M.rules.delegate_titles[t.term] or (t.term == "etat" and toks[k - 1] and toks[k - 1].term == "d'")
end

-- the index of the closing bracket of a body's acronym that ends its name listing its fields from the comma at c on
-- ("la Direction de l'animation de la recherche, | des études et des statistiques (Dares)": lower-case words, de,
-- et and commas up to it, the acronym's first letter the name's first capital's), or nil
local function listed_name_end(toks, a, c, sent)
  local first
  for k = a, c - 1 do
    if toks[k].type == "word" and toks[k].flags & 1 ~= 0 then first = toks[k].word:gsub("^%a['’]", ""); break end
  end
  if not first then return nil end
  local listed = false
  for q = c + 1, c + M.rules.listed_name_reach do
    local t = toks[q]
    if not t or t.sentence ~= sent then return nil end
    if t.word == "(" then
      local acr, close = toks[q + 1], toks[q + 2]
      return listed and acr and acr.flags & 1 ~= 0 and close and close.word == ")"
        and acr.word:sub(1, 1):lower() == first:sub(1, 1):lower() and q + 2 or nil
    end
    if t.term == "et" then listed = true end
    if not (t.word == "," or (t.type == "word" and t.flags & 1 == 0)) then return nil end
  end
  return nil
end

-- is one of toks[a..b] a body whose field follows after à (M.rules.portfolio_bodies), or a title whose
-- field does, capitalised after its article, at f (M.rules.portfolio_titles; au, aux at f - 1 hold theirs;
-- not a name after à: "demanda le commissaire à Saniel")
local function body_between(toks, a, b, f)
  local article = toks[f - 1].word ~= "à"
  if toks[f] and toks[f + 1] and (toks[f].term == "l'" or toks[f].term == "la") then f, article = f + 1, true end
  local capital = article and toks[f] and toks[f].flags & 1 ~= 0
  for k = a, b do
    if M.rules.portfolio_bodies[toks[k].term] or (capital and M.rules.portfolio_titles[toks[k].term]) then
      return true
    end
  end
  return false
end

function speaker_after(toks, i, sent, inverted)
  -- adverbs first: the listed ones, and lower-case words in -ment ("explique calmement Anis");
  -- after a verb, time phrases too: ce samedi (4 mars), ce matin
  while toks[i] and toks[i].sentence == sent do
    local t = toks[i]
    local _, lj = seq.longest(seq.index(M.rules.locutions), toks, i)
    if not lj then _, lj = seq.longest(seq.index(M.rules.time_locutions), toks, i) end
    local tj
    if inverted then _, tj = seq.longest(seq.index(M.rules.time_phrases), toks, i) end
    -- (the index after the words of an occasion: "lors | d'un point presse")
    local oc = inverted and t.flags & 1 == 0 and not lj and not tj and occasion_at(toks, i)
    local span = inverted and time_span_end(toks, i, sent)   -- (a affirmé quelques jours plus tôt X)
    if not lj and (M.rules.adverbs[t.term]
                   or (ment_adverb(toks, i) and toks[i + 1] and toks[i + 1].type == "word")) then
      i = i + 1                                   -- (a locution first: "par téléphone", not the adverb par)
    elseif t.term == "d'" and toks[i + 1] and M.rules.adverbs[toks[i + 1].term] then
      i = i + 2                                   -- affirme d'ailleurs l'intéressé
    elseif inverted and t.flags & 1 == 0 and (t.term == "tout" or t.term == "toute" or t.term == "tous"
           or t.term == "toutes") and adjective_like(toks[i + 1]) and toks[i + 2]
           and toks[i + 2].sentence == sent and opens_noun_phrase(toks, i + 2) then
      i = i + 2                                   -- déclare toute contente cette cliente
    elseif oc then
      -- "a déclaré lors d'un point presse le député X", "a déclaré à la sortie de la préfecture
      -- Marcel Thébault": the occasion, then the speaker
      if not (toks[oc] and M.rules.near_of[toks[oc].term]) then break end   -- (lors | de, à l'issue | de)
      local from = oc + 1                                    -- past de and its determiner
      if toks[from] and M.rules.speaker_starts[toks[from].term] then from = from + 1 end
      -- (then someone: a determiner and a title or a name, or a known first name and a name; not
      -- a complement after de, "en marge du sommet de | l'OTAN", nor the verb's object: "a
      -- annoncé lors d'une conférence de presse | le report de la fête")
      local function speaker_at(q)
        local w, who = toks[q], toks[q + 1]
        if not who or who.sentence ~= sent or M.rules.near_of[toks[q - 1].term] then return false end
        if M.rules.speaker_starts[w.term] and w.flags & 1 == 0 then
          return who.flags & 1 ~= 0 or M.rules.name_titles.person[who.term] or M.rules.lower_titles[who.term]
        end
        return w.type == "word" and w.flags & 1 ~= 0 and M.first_name(w.term) and who.type == "word"
          and who.flags & 1 ~= 0
      end
      local found
      for q = from + 1, from + 6 do                          -- (within six words, in the clause)
        local w = toks[q]
        if not w or w.sentence ~= sent or w.type == "punct" then break end
        if speaker_at(q) then found = q; break end
      end
      if not found then break end
      i = found
    elseif lj and toks[lj - 1].sentence == sent then
      i = lj
    elseif tj and toks[tj - 1].sentence == sent then
      i = tj
    elseif span then
      i = span
    elseif inverted and (M.rules.time_det[t.term] or ((t.term == "le" or t.term == "l'") and toks[i + 2]
           and toks[i + 2].type == "word" and dates.rules.months[toks[i + 2].term]))
           and toks[i + 1] and (M.rules.time_nouns[toks[i + 1].term] or day_number(toks[i + 1])) then
      i = i + (day_number(toks[i + 1]) and 1 or 2)      -- ce samedi (4 mars), ce 24 mars, le 21 juin, le 1er octobre
      i = after_day_month(toks, i)
    elseif inverted and t.term == "en" and t.flags & 1 == 0 and toks[i + 1] and toks[i + 1].sentence == sent
           and (toks[i + 1].word:find("^[12]%d%d%d$") or dates.rules.months[toks[i + 1].term]) then
      i = i + 2                                               -- expliquait en 2015 (en mars, en mars 2015)
      if toks[i] and toks[i - 1].type == "word" and toks[i].word:find("^[12]%d%d%d$") then i = i + 1 end
    elseif inverted and toks[i + 1] and toks[i + 1].sentence == sent and month_part(toks, i) then
      i = i + month_part(toks, i)                             -- avait affirmé début octobre (2024), fin 2023
      if toks[i] and toks[i - 1].type == "word" and toks[i].word:find("^[12]%d%d%d$") then i = i + 1 end
    elseif inverted and toks[i - 1] and dates.rules.weekdays[toks[i - 1].term] and after_day_month(toks, i) > i then
      i = after_day_month(toks, i)                            -- lundi 24 juillet (2017)
    elseif inverted and t.flags & 1 == 0 and media_place(toks, i) then
      i = media_place(toks, i)                                -- "au micro de RTL", "au journal azuréen"
    elseif inverted and M.rules.spoken_on[t.term] and t.flags & 1 == 0 and toks[i + 1]
           and M.rules.lower_outlets[toks[i + 1].term] and toks[i + 2] and toks[i + 2].sentence == sent
           and opens_noun_phrase(toks, i + 2) then
      i = i + 2                                               -- "a estimé sur franceinfo le professeur X"
    elseif inverted and M.rules.spoken_on[t.term] and t.flags & 1 == 0 and toks[i + 1]
           and (toks[i + 1].flags & 1 ~= 0
                or (M.rules.definites[toks[i + 1].term] and toks[i + 2] and toks[i + 2].flags & 1 ~= 0)) then
      -- "a estimé sur BFMTV et RMC la députée": the channel spoken on ("sur le Guardian" too), the
      -- place spoken from ("depuis Paris la ministre")
      local k = i + 1
      if toks[k].flags & 1 == 0 then k = k + 1 end
      local k0 = k                -- (a known first name after the channel's first word opens the speaker)
      while toks[k] and toks[k].sentence == sent and not (k > k0 and M.first_name(toks[k].term))
            and ((toks[k].type == "word" and toks[k].flags & 1 ~= 0)
            or (toks[k].type == "number" and toks[k].word:find("^%d%d?$"))
            or (toks[k].term == "et" and toks[k + 1] and toks[k + 1].flags & 1 ~= 0)) do
        k = k + 1
      end
      if not (toks[k] and toks[k].sentence == sent and toks[k].type ~= "punct" and opens_noun_phrase(toks, k)) then
        -- "a déclaré sur BFM TV Hervé Morin": a run of three capitalised words or more ending
        -- the clause ends on the speaker's name (its last two)
        -- (from a known first name when there is one: "sur BFMTV Marion Maréchal-Le Pen")
        if k - (i + 1) >= 3 and (not toks[k] or toks[k].sentence ~= sent or toks[k].type == "punct")
           and toks[k - 1].type == "word" and toks[k - 2].type == "word" then
          local split = k - 2
          for f = i + 2, k - 2 do
            if M.first_name(toks[f].term) then split = f; break end
          end
          i = split
        end
        break
      end
      i = k
    else
      break
    end
  end
  -- à l'AFP, à L'Opinion, aux journalistes: the addressee, then the speaker
  local ad = toks[i]
  -- (auprès de / du / des: "souligne auprès du HuffPost américain Dustin Silvka")
  local near = inverted and ad and ad.term == "aupres" and ad.flags & 1 == 0 and toks[i + 1]
    and M.rules.near_of[toks[i + 1].term] and toks[i + 2]
    and (toks[i + 2].flags & 1 ~= 0 or toks[i + 2].term == "l'" or toks[i + 2].term == "la")
  -- (not a tone that opens with à: "à mots couverts", "à notre antenne")
  if inverted and ad and (M.rules.addressee[ad.word] or near) and ad.sentence == sent
     and not seq.longest(seq.index(M.rules.tones), toks, i) then
    local k = i + 1
    if near then k = k + 1 end
    if toks[k] and (toks[k].term == "l'" or toks[k].term == "la" or toks[k].term == "le"
                    or toks[k].term == "les") then k = k + 1 end
    local n0 = k
    while toks[k] and toks[k].sentence == sent and ((toks[k].type == "word" and toks[k].flags & 1 ~= 0)
                                                    or (k > n0 and toks[k].type == "number"
                                                        and toks[k].word:find("^%d%d?$"))) do   -- à Europe 1
      k = k + 1
    end
    -- an outlet's adjective, then the speaker's name: "au HuffPost américain | Dustin Silvka"
    local adj = toks[k]
    if k > n0 and adj and adj.type == "word" and adj.flags & 1 == 0 and M.rules.outlet_adjectives[adj.term]
       and toks[k + 1] and toks[k + 1].flags & 1 ~= 0 and toks[k + 1].type == "word" then
      i = k + 1
      goto addressed
    end
    if k - n0 >= 3 then
      -- (the name from its first name, the last one before its surname: "à l'AFP | Jean Di Giacomo",
      -- "à Radio France | Julie Martin"; else from a particle before its last word, "au Monde |
      -- Flavio Di Giacomo"; else the last two words, "à L'Opinion | Gérard Filoche")
      local f = k - 2
      while f > n0 and not M.first_name(toks[f].term) do f = f - 1 end
      if f > n0 then k = f
      elseif k - 3 > n0 and M.rules.name_particles[toks[k - 2].term] then k = k - 3
      else k = k - 2 end
    elseif k - n0 == 2 and toks[n0].flags & 2 ~= 0 and M.first_name(toks[n0 + 1].term) then
      k = n0 + 1                                                  -- à l'AFP | Inès (not "au NRC Handelsblad")
    elseif k == n0 and toks[k] and toks[k].type == "word" then k = k + 1 end   -- aux journalistes
    if toks[k] and toks[k].sentence == sent and toks[k].type == "word" then i = k end
    -- (then a time, alone or between commas: "a déclaré à l'AFP samedi le général X", "à l'AFP,
    -- samedi 8 juillet, le général X")
    local after_comma = toks[k] and toks[k].word == "," and toks[k + 1]
    if after_comma and after_comma.sentence == sent and after_comma.type == "word" and after_comma.flags & 1 ~= 0
       and not dates.rules.weekdays[after_comma.term] and not dates.rules.months[after_comma.term] then
      return speaker_after(toks, k + 1, sent, inverted)          -- (a confié au Gorafi, Rebecca Miller, sa femme)
    elseif after_comma and toks[k].sentence == sent then
      for c = k + 2, k + 8 do
        local tc = toks[c]
        if not tc or tc.sentence ~= sent or (tc.type == "punct" and tc.word ~= ",") then break end
        if tc.word == "," then
          local nx = toks[c + 1]
          if nx and nx.sentence == sent and nx.type == "word"
             and (nx.flags & 1 ~= 0 or M.rules.speaker_starts[nx.term]) then
            return speaker_after(toks, c + 1, sent, inverted)
          end
          break
        end
      end
    elseif i == k and k > n0 then
      return speaker_after(toks, k, sent, inverted)
    end
  end
  ::addressed::
  -- avec pédagogie, sans détour: a manner phrase before the speaker
  local m = toks[i]
  local _, tone = seq.longest(seq.index(M.rules.tones), toks, i)
  if tone then
    -- "a souligné d'un air plein de malice Hervé Mariton", "lance d'un ton sec le ministre": the
    -- tone's words, lower-case, up to a name or a determiner
    local k = tone
    while toks[k] and toks[k].sentence == sent and toks[k].type == "word" and toks[k].flags & 1 == 0
          and not M.rules.speaker_starts[toks[k].term] and k - tone < 4 do
      k = k + 1
    end
    if toks[k] and toks[k].sentence == sent and toks[k].type == "word"
       and (toks[k].flags & 1 ~= 0 or M.rules.speaker_starts[toks[k].term]) then
      i = k
    end
  elseif m and M.rules.manner[m.term] and toks[i + 1] and toks[i + 1].type == "word" and toks[i + 1].flags & 1 == 0
     and toks[i + 2] and toks[i + 2].sentence == sent and toks[i + 2].type == "word" then
    i = i + 2
  end
  local f = toks[i]
  if f and M.rules.relatives[f.term] and f.flags & 1 == 0 then return nil end
  if f and M.rules.preps_en[f.term] and f.flags & 1 == 0 then return nil end
  if inverted and f and not opens_noun_phrase(toks, i) and not bare_plural_en(toks, i, sent) then
    return nil                                  -- déclare soutenir la réforme: no speaker there
  end
  local p = toks[i]
  if p and p.sentence == sent and M.rules.pronouns[p.term] then
    if toks[i + 1] and toks[i + 1].term == "y" then return nil end      -- il y a: no speaker
    return i, i
  end
  local j = i
  -- (past max_speaker, a name goes on to its last capitalised word: "the U.S. Attorney's Office for the
  -- Southern District of New York")
  local function name_goes_on(k)
    return k - i < M.rules.max_speaker + 4 and toks[k].type == "word" and toks[k].flags & 1 ~= 0
      and toks[k - 1].type == "word" and toks[k - 1].flags & 1 ~= 0 and toks[k - 1].stop + 2 == toks[k].start
  end
  -- (tokens past max_speaker a name of two fields may take, and where its "et" stands: the name ends
  -- there if it runs on past them)
  local stretch, two_fields = 0, nil
  -- (so may an author after what he published: "le dernier bilan de | la mission de surveillance des droits de
  -- l'homme des Nations unies", content_author)
  local contents = M.rules.content_nouns
  for k = i + 1, i + 2 do
    local w = toks[k] and toks[k].sentence == sent and toks[k].term
    if w and (contents.said[w] or contents.data[w]) and M.rules.speaker_starts[toks[i].term] then stretch = 4; break end
  end
  while toks[j] and toks[j].sentence == sent and (j - i < M.rules.max_speaker + stretch or name_goes_on(j)) do
    local t = toks[j]
    if j > i and slash_glued(toks, j) then                -- (Ipsos/Sopra Steria)
      j = j + 2
      goto next
    end
    -- "l'Observatoire national (ONISR)": the acronym in brackets after a name stays in it
    -- (its first letter the name's: not "Hervé Mariton (UMP)", "la police du Queensland (Australie)")
    if t.word == "(" and j > i and toks[j + 2] and toks[j + 2].word == ")" and toks[j + 1].type == "word"
       and toks[j + 1].flags & 1 ~= 0 and toks[j + 2].sentence == sent then
      -- (or its letters are those of the name's words in another order: "l'Agence spatiale européenne
      -- (ESA)")
      local first, initials
      for k = i, j - 1 do
        if toks[k].flags & 1 ~= 0 and toks[k].type == "word" then first = first or k end
        if first and toks[k].type == "word" then
          initials = (initials or "") .. toks[k].word:gsub("^%a['’]", ""):sub(1, 1):lower()
        end
      end
      local w = first and toks[first].word:gsub("^%a'", ""):gsub("^%a’", "")
      local acr = toks[j + 1].word
      if w and (w:sub(1, 1) == acr:sub(1, 1)
                or #acr >= 3 and acr:find("^%u+$") and not acr:lower():find("[^" .. initials .. "]")) then
        j = j + 3
        goto next
      end
    end
    -- (a comma inside a body's name that its acronym in brackets closes: "la Direction de la recherche, des études,
    -- de l'évaluation et des statistiques (Drees)")
    if t.word == "," and j > i then
      local e = listed_name_end(toks, i, j, sent)
      if e then
        j = e + 1
        goto next
      end
    end
    -- (a dotted acronym's last period: "a U.S. official")
    local dotted = t.word == "." and j > i and toks[j - 1].stop + 1 == t.start and toks[j - 1].type == "word"
      and toks[j - 1].word:find("^%u%.%u[%.%u]*$") and toks[j + 1] and toks[j + 1].sentence == sent
    if t.type == "punct" and not amp_join(toks, j) and not dotted
       and not (t.word == "." and j > i and toks[j - 1].stop + 1 == t.start
                and (M.rules.title_abbrevs[toks[j - 1].term]
                     or (#toks[j - 1].word == 1 and toks[j - 1].flags & 1 ~= 0))
                and toks[j + 1] and (toks[j + 1].flags & 1 ~= 0
                                     or (M.rules.name_particles[toks[j + 1].term] and toks[j + 2]
                                         and toks[j + 2].flags & 1 ~= 0 and toks[j + 2].sentence == sent))) then
      break                                      -- but M. Castaner, S. Dumont, M. de Jaucourt: a title, an initial
    end
    -- (a part of a month or a year after it is a time, no part of the name: "a annoncé la Dares fin octobre",
    -- "mi-octobre")
    if j > i and month_part(toks, j) then break end
    -- (a title's portfolio after à, au or aux goes on: "le ministre délégué à l'Industrie", "le secrétaire d'État
    -- aux Transports")
    -- (or a body's, named before: "le Haut-Commissariat des Nations unies aux droits de l'homme"; not whom it
    -- tells: "a déclaré la commissaire européenne aux journalistes")
    if j > i and (t.word == "à" or t.word == "au" or t.word == "aux") and toks[j + 1]
       and (portfolio_at(toks, j - 1)
            or (body_between(toks, i, j - 1, j + 1) and not M.rules.addressees[toks[j + 1].term]))
       and toks[j + 1].sentence == sent and toks[j + 1].type == "word" then
      j = j + 1
      goto next
    end
    -- (but le, la in lower case between a first name and a capitalised word are a particle: "se
    -- souvient Karine le Marchand", "Jean la Fontaine"; not "affirme Pierre le matin")
    if j > i and M.rules.after_name[t.term] and t.flags & 1 == 0 and toks[j - 1].flags & 1 ~= 0
       and toks[j - 1].type == "word"
       and not (j - 1 == i and first_name_particle(toks, j) and toks[j + 1]
                and toks[j + 1].type == "word" and toks[j + 1].flags & 3 == 1 and toks[j + 1].sentence == sent
                and t.stop + 2 == toks[j + 1].start) then
      break
    end
    if j > i and M.rules.verb_ends[t.term] and t.flags & 1 == 0 then break end
    -- a conditional ends it too: "selon les syndicats de salariés | ferait le bonheur"
    if j > i + 1 and t.type == "word" and t.flags & 1 == 0 and #t.term > 5
       and (t.term:find("rait$") or t.term:find("raient$"))
       and not M.rules.rait_nouns[t.term] and toks[j - 1].type == "word" then
      break
    end
    local n1, n2 = toks[j + 1], toks[j + 2]
    local pa = toks[j - 1]
    if j > i + 1 and t.type == "word" and t.flags & 1 == 0 and pa.type == "word"
       and not M.rules.speaker_starts[pa.term] and not M.rules.noun_links[pa.term]
       and (M.rules.speaker_end_adverbs[t.term]
            or (t.term == "non" and n1 and M.rules.speaker_end_adverbs[n1.term])
            or (ment_adverb(toks, j) and adjective_like(n1))) then
      break
    end
    -- a hedge before a number opens the figure: "d'après ses estimations | environ 400 médecins", "selon
    -- l'Insee | environ un tiers des habitants"
    if j > i and M.rules.number_hedges[t.term] and t.flags & 1 == 0 and n1
       and (n1.type == "number" or numbers.words[n1.term] or (n1.term == "de" and n2 and n2.type == "number")) then
      break
    end
    -- a present participle after a noun, then its object, ends the speaker: "ajoute le
    -- journal | citant des sources", "selon l'ONG | dénonçant la" (not "le commandant des",
    -- "le personnel soignant de", "les militants": a determiner before, or a noun of the list)
    -- (a participle of saying ends it with no object too: "a détaillé le ministre | affirmant avoir")
    if j > i and t.flags & 1 == 0 and M.rules.saying_participles[t.term] and toks[j - 1].type == "word" then break end
    local pj = j > i + 1 and M.rules.clitics[toks[j - 1].term] and j - 2 or j - 1    -- (un médecin | se tenant)
    if pj > i and t.type == "word" and t.flags & 1 == 0 and t.term:find("...ant$") and n1
       and (M.rules.participle_ends[n1.term] or (M.rules.speaker_starts[n1.term] and n1.term ~= "leur"))
       and n1.flags & 1 == 0 and toks[pj].type == "word" and not M.rules.speaker_starts[toks[pj].term]
       and not M.rules.noun_links[toks[pj].term] and not M.rules.ant_nouns[t.term] then
      j = pj + 1
      break
    end
    -- a participle after a noun, then what it was done by, when or where, ends the speaker:
    -- "selon une étude Cleva Consulting | menée en 2017", "selon un sondage BVA | publié dimanche"
    -- (not "le ministre délégué aux Transports", "une étude menée par l'INSERM")
    -- (or de and an infinitive: "selon de nombreux témoignages | tenté de raisonner")
    -- (a person's name holds no participle: "a indiqué Jean-Marc Ayrault | interrogé sur sa
    -- popularité", "selon Marine Le Pen | invitée de RTL")
    -- (but a title is: "Marie-Noëlle Lienemann députée européenne")
    if j > i + 1 and t.type == "word" and t.flags & 1 == 0 and past_participle(t) and toks[i].flags & 1 ~= 0
       and M.first_name(toks[i].term) and not M.rules.name_titles.person[t.term] and toks[j - 1].flags & 1 ~= 0 then
      local name = true
      for k = i + 1, j - 1 do
        if toks[k].type ~= "word" or (toks[k].flags & 1 == 0 and not M.rules.name_particles[toks[k].term]) then
          name = false
          break
        end
      end
      if name then break end
    end
    local inf = toks[j + 2]
    local to_verb = n1 and (n1.term == "de" or n1.term == "d'") and inf and inf.type == "word" and inf.flags & 1 == 0
      and inf.term:find("..[eio]r$") ~= nil and inf.sentence == sent
    if j > i + 1 and t.type == "word" and t.flags & 1 == 0 and past_participle(t) and n1   -- (not "majorité avant")
       and (M.rules.past_participle_ends[n1.term] or to_verb) and n1.flags & 1 == 0
       and (toks[j - 1].type == "word" or toks[j - 1].word == ")")                   -- (du COR (COR) | publié jeudi)
       and not (M.rules.located[t.term] and n1.term == "en" and n2 and n2.type == "word"
                and n2.flags & 1 ~= 0) then                                     -- (installée | en Bretagne)
      local k = j - 1                            -- a name the participle ends: "Le Canard enchaîné mercredi"
      while k >= i and toks[k].flags & 1 ~= 0 and toks[k].type == "word" do k = k - 1 end
      -- (unless "par" and its author follow a few words on: "les chiffres publiés mardi | par l'Insee")
      local by
      for q = j + 1, j + 4 do
        local tq = toks[q]
        if not tq or tq.sentence ~= sent or tq.type == "punct" then break end
        if tq.term == "par" and tq.flags & 1 == 0 then by = q; break end
      end
      if by then
        j = by + 1                               -- (past the time words, and par itself)
        goto next
      end
      if k >= i then break end
    end
    -- a subject pronoun after a noun opens the clause where a comma is missing
    -- ("à en croire vos propres écrits vous cherchez à")
    if j > i + 1 and M.rules.clause_pronouns[t.term] and t.flags & 1 == 0 and toks[j - 1].type == "word"
       and not M.rules.noun_links[toks[j - 1].term] and not M.rules.clitics[toks[j - 1].term] then
      break
    end
    -- a determiner right after a noun starts another phrase where a comma is missing
    -- ("selon l'interprétation des juges l'acte de naissance ..."; not after de, à, tous)
    local pw = toks[j - 1]
    if j > i + 1 and M.rules.after_name[t.term] and t.flags & 1 == 0 and pw.type == "word" and pw.flags & 1 == 0
       and #pw.term > 3 and not M.rules.speaker_starts[pw.term] and not M.rules.noun_links[pw.term]
       and not M.rules.number_signs[pw.term]                          -- (le numéro un)
       and not (toks[j + 1] and toks[j + 1].flags & 1 ~= 0) then      -- but: le journal la Provence
      break
    end
    -- "par rapport à", "la semaine dernière", "hier": no part of a speaker
    if j > i and (seq.longest(seq.index(M.rules.speaker_end_phrases), toks, j)
                  or seq.longest(seq.index(dates.rules.relative, relative_seq), toks, j)) then
      break
    end
    -- a person's name, then to whom: "affirme le président d'Elabe Bernard Sananès | aux Échos" (two
    -- capitalised words before à: not a portfolio, "le secrétaire d'État aux Transports")
    if j > i + 1 and M.rules.addressee[t.word] and toks[j - 1].type == "word" and toks[j - 1].flags & 1 ~= 0
       and toks[j - 2].type == "word" and toks[j - 2].flags & 1 ~= 0 and toks[j + 1] and toks[j + 1].sentence == sent
       and (toks[j + 1].flags & 1 ~= 0 or (M.rules.definites[toks[j + 1].term] and toks[j + 2]
                                          and toks[j + 2].flags & 1 ~= 0)) then
      break
    end
    -- a participle and its agent end the speaker: one of being reached ("le président | joint par
    -- téléphone"), or any after a name, the speaker, which the agent only handled ("selon les données de
    -- Santé Québec | compilées par La Presse", "selon le Wall Street Journal | repris par l'AFP"; not "une
    -- étude menée par l'Inserm", no name before)
    if j > i and t.flags & 1 == 0 and toks[j + 1] and (toks[j + 1].term == "par" or toks[j + 1].term == "by")
       and (M.rules.reached[t.term] or (t.type == "word" and past_participle(t) and toks[j - 1].type == "word"
                                        and toks[j - 1].flags & 1 ~= 0)) then
      break
    end
    -- "écrit un tweet | vingt jours après", "a déclaré le ministre | deux heures plus tard": a time
    if j > i and counted_time(toks, j) and M.rules.time_after[toks[j + 2] and toks[j + 2].term or ""] then
      break
    end
    -- "d'après Kiev et Séoul", "selon Washington and Seoul": two names joined, both speak
    if j > i and (t.term == "et" or t.term == "and") and t.flags & 1 == 0 then
      local names = true                 -- (after a determiner too: "l'Elysée et Matignon")
      local first = (M.rules.speaker_starts[toks[i].term] and j - 1 > i) and i + 1 or i
      for k = first, j - 1 do if toks[k].flags & 1 == 0 or toks[k].type ~= "word" then names = false; break end end
      local n = toks[j + 1]
      local after = toks[j + 2]
      local ends = not after or after.sentence ~= sent or after.type == "punct"
      if names and n and n.sentence == sent and n.type == "word" and n.flags & 1 ~= 0 and ends then
        j = j + 2
        goto next
      end
      -- (one lower-case word after et, then the clause's end: a name's or a title's last word, "le
      -- ministre de la Transition écologique et solidaire", "le ministre et député")
      if n and n.sentence == sent and n.type == "word" and n.flags & 1 == 0 and ends
         and not M.rules.speaker_starts[n.term] and not M.rules.pronouns[n.term] and #n.term > 3 then
        j = j + 2
        goto next
      end
      -- (a portfolio of two: "le ministère de l'Économie et des Finances", "le ministre de l'Intérieur
      -- et des Outre-mer": de and a capital before et, de and a capital after it, then the clause's end)
      local bp, bd = toks[j - 1], toks[j - 2]
      local c = n and M.rules.of_links[n.term] and n.flags & 1 == 0 and j + 2 or nil
      if c and toks[c] and (toks[c].term == "la" or toks[c].term == "l'") then c = c + 1 end
      -- (the second's adjective too: "le ministère de la Santé et des Services sociaux")
      local cw, cn = c and toks[c], c and toks[c + 1]
      local last = c
      if cn and cn.sentence == sent and cn.type == "word" and cn.flags & 1 == 0 and adjective_like(cn)
         and not M.rules.speaker_end_adverbs[cn.term] then
        last = c + 1
        cn = toks[c + 2]
      end
      if cw and cw.sentence == sent and cw.type == "word" and cw.flags & 1 ~= 0 and bp.type == "word"
         and bp.flags & 1 ~= 0 and bd and (M.rules.of_links[bd.term] or bd.term == "l'" or bd.term == "la")
         and (not cn or cn.sentence ~= sent or cn.type == "punct") then
        j = last + 1
        goto next
      end
    end
    -- "l'Institut pour l'étude de la guerre (ISW)", "l'Organisation pour la sécurité et la coopération
    -- en Europe (OSCE)": an organisation's name runs on to its acronym in brackets
    if j > i and M.rules.speaker_end[t.term] and t.flags & 1 == 0 then
      local head
      for k = i, j - 1 do if toks[k].flags & 1 ~= 0 and toks[k].type == "word" then head = toks[k]; break end end
      -- (or in lower case right after the determiner: "la chambre de commerce et d'industrie")
      local first = M.rules.speaker_starts[toks[i].term] and toks[i + 1] or toks[i]
      if first ~= head and first.type == "word" and M.rules.org_heads[first.term] then head = first end
      local hw = head and straight(head.word):gsub("^%a'", "")
      local ht = head and head.term:gsub("^%a'", "")
      -- (in the plural too: "les Centres de contrôle et de prévention des maladies")
      if head and (M.rules.org_heads[ht] or M.rules.org_heads[ht:match("^(.-)s$") or ""]) then
        for k = j + 1, j + M.rules.max_org_name do
          local tk = toks[k]
          if not tk or tk.sentence ~= sent or (tk.type == "punct" and tk.word ~= "(") then break end
          if tk.word == "(" then
            local a, c = toks[k + 1], toks[k + 2]
            -- (an acronym after a word of another language: "le Centre africain de contrôle et de prévention
            -- des maladies (Africa CDC)")
            local shut = k + 2
            if a and c and c.word:find("^%u%u+$") and a.flags & 1 ~= 0 and toks[k + 3] and toks[k + 3].word == ")" then
              a, c, shut = c, toks[k + 3], k + 3
            end
            -- (an acronym written as a word too: "l'Institut national de la statistique et des études
            -- économiques (Insee)")
            if a and c and c.word == ")" and (a.word:find("^%u%u+$") or (a.word:find("^%u%l+$") and #a.word <= 6))
               and a.word:sub(1, 1) == hw:sub(1, 1) then
              j = shut + 1
              goto next
            end
            break
          end
        end
        -- (its aim after pour, right after it, an article and words to the clause's end: "le Comité pour la paix et
        -- le développement, une organisation locale", "l'Organisation pour l'interdiction des armes chimiques")
        -- (after a complement naming the nations or a country: "le Haut-Commissariat des Nations unies pour les
        -- réfugiés", "le Programme des Nations unies pour le développement")
        local pour_after = toks[j - 1]
        if t.term == "pour" and pour_after ~= head then
          local b = toks[j - 1] and toks[j - 1].term == "unies" and j - 2 or j - 1
          local b0 = b
          while toks[b] and toks[b].type == "word" and toks[b].flags & 1 ~= 0 and toks[b] ~= head and b0 - b < 3 do
            b = b - 1
          end
          if b < b0 and toks[b] and M.rules.of_links[toks[b].term] and toks[b - 1] == head then pour_after = head end
          -- (or after its adjectives, two at most: "l'Organisation internationale pour les migrations")
          local a = j - 1
          local adjectives = first_names.institution_adjectives
          while a >= j - 2 and toks[a] and toks[a].flags & 1 == 0 and adjectives[toks[a].term] do a = a - 1 end
          if a < j - 1 and toks[a] == head then pour_after = head end
        end
        if t.term == "pour" and pour_after == head and head.flags & 1 ~= 0 and toks[j + 1]
           and M.rules.definites[toks[j + 1].term] then
          local k = j + 1
          while toks[k] and toks[k].sentence == sent and toks[k].type == "word" and k - j <= M.rules.max_org_name
                and (not M.rules.speaker_end[toks[k].term] or M.rules.definites[toks[k].term] or toks[k].term == "et")
                and not M.rules.verb_ends[toks[k].term] do
            k = k + 1
          end
          if k - j <= M.rules.max_org_name and (not toks[k] or toks[k].sentence ~= sent or toks[k].type == "punct") then
            j = k
            goto next
          end
        end
        -- (a name of two fields, de before et and after it: "la Chambre de commerce et d'industrie", "le
        -- Centre de contrôle et de prévention des maladies"; not "et de nombreux experts")
        local of_before = false
        for k = i, j - 1 do if M.rules.of_links[toks[k].term] then of_before = true; break end end
        if t.term == "et" and of_before and n1 and n2 and n1.flags & 1 == 0 and M.rules.of_links[n1.term]
           and n2.sentence == sent and n2.type == "word" and toks[j - 1].type == "word"
           and not M.rules.speaker_starts[n2.term] and not M.rules.quantifier_speakers[n2.term]
           and not M.rules.de_quantities[n2.term] then
          j, stretch, two_fields = j + 1, 4, j
          goto next
        end
      end
    end
    -- (where it is, after a participle of place: "a annoncé le groupe basé à Toulouse", "la start-up
    -- installée en Bretagne")
    if j > i + 1 and (t.word == "à" or t.term == "en") and M.rules.located[toks[j - 1].term] and toks[j + 1]
       and toks[j + 1].sentence == sent and toks[j + 1].type == "word" and toks[j + 1].flags & 1 ~= 0 then
      j = j + 2
      goto next
    end
    if j > i and M.rules.speaker_end[t.term] and not (t.term == "le" or t.term == "la" or t.term == "les"
       or t.term == "l'") and not (t.term == "entre" and toks[j - 1].term == "d'")     -- l'un d'entre eux
       and not (t.term == "avec" and M.rules.with_links[toks[j - 1].term])
       and not M.rules.number_signs[toks[j - 1].term]                                  -- le numéro un de
       and not (t.term == "en" and toks[j + 1] and toks[j + 1].term == "charge"      -- le ministre en charge
                and toks[j - 1].flags & 1 == 0) then break end                       -- du Brexit (not "X en charge")
    if j > i and (t.term == "le" or t.term == "l'") and toks[j + 1] and toks[j + 1].type == "number" then break end
    local channel = t.type == "number" and j > i and t.word:find("^%d%d?$") and toks[j - 1].type == "word"
      and toks[j - 1].flags & 1 ~= 0 and not dates.rules.months[toks[j - 1].term]   -- rapporte Europe 1, France 2
      and not (toks[j + 1] and (toks[j + 1].term == "ans" or toks[j + 1].term == "years"))   -- (not Thomas 28 ans)
    if (t.type == "number" and not channel
        and not (j > i and (M.rules.number_signs[toks[j - 1].term]       -- la numéro 3
                            or M.rules.speaker_starts[toks[j - 1].term]))  -- les 14 assos
        and not (j == i and counted_witnesses(toks, i)))                     -- (ont raconté 4 survivants)
       or t.type == "date" or t.type == "percent" then break end
    if j > i and M.rules.time_det[t.term] and toks[j + 1]
       and (M.rules.time_nouns[toks[j + 1].term]
            or (toks[j + 1].type == "number" and toks[j + 2] and dates.rules.months[toks[j + 2].term])) then
      break                                      -- X ce matin, X ce 15 mars: a time, after the speaker
    end
    if j > i and (t.term == "au" or t.term == "aux") and toks[j + 1] and toks[j + 1].type == "word"
       and toks[j + 1].flags & 1 == 0
       and not (M.rules.delegate_titles[toks[j - 1].term] and not M.rules.addressees[toks[j + 1].term]) then
      break                                      -- X au sortir de, aux côtés de (but: aux Transports, and
    end                                          -- l'adjointe aux finances)
    -- "a confié Arnaud Lagardère au Monde": after a name, au / à and a name are whom it was said to
    -- (but a title's place: "le président du groupe PS au Sénat", "Al-Qaïda au Maghreb islamique")
    if j > i and (t.term == "au" or t.word == "à") and t.flags & 1 == 0 and toks[j - 1].flags & 1 ~= 0
       and toks[j - 1].type == "word" and toks[j + 1] and toks[j + 1].flags & 1 ~= 0
       and not M.rules.title_places[toks[j + 1].term] then
      break
    end
    -- after a name, "auprès de" (whom it was said to) or an adverb in -ment ("Damon Lindelof |
    -- visiblement très heureux") ends the speaker
    if j > i and t.flags & 1 == 0 and t.type == "word" and toks[j - 1].flags & 1 ~= 0 and toks[j - 1].type == "word"
       and (t.term == "aupres" or ment_adverb(toks, j)) then
      break
    end
    -- "confiait un jeune locataire au Figaro", "explique le diplomate à l'AFP": after a common
    -- noun too, when the name ends the clause and is no place ("l'ambassadeur au Maroc" stays)
    if inverted and j > i + 1 and (t.term == "au" or t.word == "à") and t.flags & 1 == 0
       and toks[j - 1].type == "word" and toks[j - 1].flags & 1 == 0
       and not M.rules.speaker_starts[toks[j - 1].term] then
      local n = j + 1
      if toks[n] and M.rules.definites[toks[n].term] and toks[n].flags & 1 == 0 and t.word == "à" then n = n + 1 end
      local nm = toks[n]
      if nm and nm.sentence == sent and nm.type == "word" and nm.flags & 1 ~= 0
         and not M.rules.title_places[nm.term] and not place_names()[nm.term] then
        local e = n
        while toks[e] and toks[e].sentence == sent and toks[e].type == "word" and toks[e].flags & 1 ~= 0 do
          e = e + 1
        end
        if not toks[e] or toks[e].sentence ~= sent or toks[e].type == "punct" then break end
      end
    end
    j = j + 1
    ::next::
  end
  if two_fields and toks[j] and toks[j].sentence == sent and toks[j].type == "word"
     and j - i >= M.rules.max_speaker + stretch then
    j = two_fields
  end
  -- "selon une étude publiée ce mardi": a determiner left at the end goes;
  -- "selon les études portant sur": so does a present participle
  while j - 1 >= i and (M.rules.speaker_starts[toks[j - 1].term] or M.rules.noun_links[toks[j - 1].term]
                        or (j - 1 > i and M.rules.adverbs[toks[j - 1].term]))      -- (dit la jeune fille | encore)
        and toks[j - 1].flags & 1 == 0
        and not (j - 1 == i and M.rules.quantifier_speakers[toks[i].term]) do   -- (d'après certains)
    j = j - 1                                   -- (and a preposition: "sa décision de | ne plus")
  end
  -- (or right after a name: "expliquait Jean-François Lamour | soulignant le rôle")
  if j - 2 >= i and toks[j - 1].type == "word" and toks[j - 1].flags & 1 == 0 and toks[j - 1].term:find("..ants?$")
     and not M.rules.speaker_starts[toks[j - 2].term] and not M.rules.ant_nouns[toks[j - 1].term]
     and ((toks[j] and toks[j].sentence == sent and M.rules.participle_ends[toks[j].term])
          or (toks[j - 2].type == "word" and toks[j - 2].flags & 1 ~= 0 and toks[j - 1].term:find("ant$"))) then
    j = j - 1                                   -- (le commandant en chef, un habitant à Paris: kept)
    if j - 1 > i and M.rules.clitics[toks[j - 1].term] then j = j - 1 end   -- un expert | s'exprimant
  end
  if j == i then return nil end
  return i, j - 1
end

-- Is t a word that opens an adverbial phrase (rules.openers, as folded or in lower case: à)?
local function is_opener(t)
  return M.rules.openers[t.term] or M.rules.openers[t.lower] or false
end

-- Does the comma-separated segment that ends before token c open with an
-- adverbial word ("Face à la presse,", "Interrogé par franceinfo,")?
local function opened_segment(toks, c, sent)
  local p = c - 1
  while p >= 1 and toks[p].sentence == sent and toks[p].type ~= "punct" do p = p - 1 end
  local first, second = toks[p + 1], toks[p + 2]
  -- (or a time: "Ce lundi, le mouvement X, le courant ..., a annoncé")
  local time = M.rules.time_det[first.term] and second and p + 2 < c and M.rules.time_nouns[second.term]
  return is_opener(first) or time or false
end

-- does "mais aussi" at k join two names in sentence sent ("François Hollande mais aussi Laurent
-- Fabius ont assuré")?
local function names_joined(toks, k, sent)
  local m, n, p = toks[k], toks[k + 1], toks[k - 1]
  return m.term == "mais" and m.flags & 1 == 0 and n ~= nil and n.term == "aussi" and p ~= nil and p.sentence == sent
    and p.type == "word" and p.flags & 1 ~= 0 and toks[k + 2] ~= nil and toks[k + 2].flags & 1 ~= 0
end

-- the first index of the words (no punctuation) of sentence sent that end at k
local function segment_start(toks, k, sent)
  while k > 1 and toks[k - 1].sentence == sent and toks[k - 1].type ~= "punct" do k = k - 1 end
  return k
end

-- Does the segment from s to before c (a comma) name someone: a known first name, a determiner
-- that opens no time ("Le porte-parole", not "La semaine dernière", "Le 21 décembre"), or names in
-- capitals ("Frédéric Oudéa"; not "Côté FN", nor a word of the language, "Sinon", nor a participle,
-- "Désavoué")?
function named_opening(toks, s, c, an)
  if M.rules.title_abbrevs[toks[s].term] and toks[s].flags & 1 ~= 0 and s + 1 < c then   -- (M. Loignon)
    s = toks[s + 1].word == "." and s + 2 or s + 1
    if s >= c then return false end
  end
  local t, n = toks[s], toks[s + 1]
  if t.flags & 1 ~= 0 and M.first_name(t.term) then return true end
  if M.rules.speaker_starts[t.term] then
    return not (n and (M.rules.time_nouns[n.term] or n.type == "number" or dates.rules.months[n.term]))
  end
  if M.rules.fronted_nouns[t.term] or is_opener(t) or an:is_stop(t.term)
     or (c == s + 1 and t.lower:find("é[e]?s?$")) then
    return false
  end
  for k = s, c - 1 do
    if toks[k].type ~= "word" or toks[k].flags & 1 == 0 then return false end
  end
  return true
end

-- Is the segment before the comma at c, opening the sentence, a phrase put before a subject rather
-- than a subject: "De son côté, Roland Dumas, proche de Mitterrand, assure", "Côté FN, Gilbert
-- Collard, député du Gard, a déclaré", "La semaine dernière, le patron de X, filiale de Y, annonçait"
function fronted(toks, c, sent, an)
  local s = segment_start(toks, c - 1, sent)
  if toks[s - 1] and toks[s - 1].sentence == sent or c - s > M.rules.max_speaker then return false end
  return not named_opening(toks, s, c, an)
end

-- "À Matignon, on assure", "Chez Renault, on explique": the place before the comma
-- that precedes "on" at o, opening its clause: first and last index, or nil
local function fronted_place(toks, o, sent)
  local c = o - 1
  if not (toks[c] and toks[c].word == "," and toks[c].sentence == sent) then return nil end
  local a = c - 1
  while a >= 1 and toks[a].sentence == sent and toks[a].type ~= "punct" and c - a <= 8 do a = a - 1 end
  a = a + 1
  local _, e = seq.longest(seq.index(M.rules.on_places), toks, a)
  if not e or e >= c then return nil end
  for k = e, c - 1 do                            -- a name: not "Dans le même temps, on constate"
    if toks[k].flags & 1 ~= 0 and toks[k].type == "word" then return e, c - 1 end
  end
  -- (or a circle of people: "Dans l'entourage du ministre, on assure", "Dans son camp, on dit")
  for k = e, math.min(e + 2, c - 1) do
    if M.rules.circles[toks[k].term] and toks[k].flags & 1 == 0 then return e, c - 1 end
  end
  return nil
end

-- Is the folded term a particle that may stand inside a name ("Charles de Courson", "Marine Le Pen")?
local function inner_particle(term)
  return M.rules.name_particles[term] ~= nil or term == "le"
end

-- Are tokens a to b a person's name, set off by commas after a title: one to three
-- capitalised words, or a title's abbreviation and up to three ("Dmitri Peskov", "Me Patrice
-- Spinosi")?
-- the index past a title before a name at k (k when there is none): an abbreviation ("Me Jacques
-- Martin", "M. Dupont") or a determiner and a rank ("le chef d'état-major, le général Oumar Diarra")
local function past_title(toks, k)
  local t = toks[k]
  if t and M.rules.title_abbrevs[t.term] and t.flags & 1 ~= 0 then
    k = k + 1
    if toks[k] and toks[k].word == "." and toks[k].start == t.stop + 1 then k = k + 1 end
  elseif t and M.rules.definites[t.term] and t.flags & 1 == 0 and toks[k + 1] and toks[k + 1].flags & 1 == 0
         and M.rules.name_titles.person[toks[k + 1].term] and toks[k + 2] and toks[k + 2].flags & 1 ~= 0 then
    k = k + 2
  end
  return k
end

-- Does t open on a particle joined to a surname ("le président Nasser al-Khelaïfi", "Ali al-Hassan")?
local function particled(t) return M.rules.joined_particles[t.word:match("^(%l+)%-%u") or ""] ~= nil end

local function apposed_name_at(toks, a, b, an)
  a = past_title(toks, a)
  -- (a party's acronym in brackets after the name: "Grégory Doucet (EELV)"; the name ends before it)
  if b - 3 >= a and toks[b].word == ")" and toks[b - 2].word == "(" and toks[b - 1].flags & 2 ~= 0 then b = b - 3 end
  if b < a or b - a > 2 then return false end
  for k = a, b do                       -- (a particle inside: "Marine Le Pen", "Amélie de Montchalin")
    local w = toks[k]
    local inner = k > a and k < b and inner_particle(w.term)
    if w.type ~= "word" or (w.flags & 1 == 0 and not inner and not (k > a and particled(w)))
       or (an:is_stop(w.term) and not inner) then
      return false
    end
  end
  return b
end

-- the "(" that opens the bracket closing at c, at most reach tokens back in its sentence and with at
-- least inside tokens in it (none when not given), or nil
local function bracket_opening(toks, c, reach, inside)
  for o = c - 1 - (inside or 0), math.max(1, c - reach), -1 do
    if toks[o].sentence ~= toks[c].sentence or toks[o].word == ")" then return nil end
    if toks[o].word == "(" then return o end
  end
  return nil
end

-- the index at or before k past the object pronouns in lower case ("et | nous a dit")
local function before_object_clitics(toks, k)
  -- (an elided l' or les right before an auxiliary is its object too: "X, l'un des initiateurs, l'a annoncé")
  if toks[k] and (toks[k].term == "l'" or toks[k].term == "les") and toks[k].flags & 1 == 0 and toks[k + 1]
     and M.rules.auxiliaries[toks[k + 1].term] and toks[k + 1].flags & 1 == 0 then
    k = k - 1
  end
  while toks[k] and M.rules.object_clitics[toks[k].term] and toks[k].flags & 1 == 0 do k = k - 1 end
  return k
end

-- The token that opens the quotation whose closing mark is at q, at most quote_reach tokens back and
-- not before sentence lo (when given), or nil: another closing mark on the way ends the search, and
-- a straight quote is closed by a straight one only; with outer, the first opening mark back,
-- past quotes inside the quotation ("« ... un « J'aime » de ma copine », dit-il")
local function quote_opening(toks, q, lo, outer)
  local close = toks[q].word
  for o = q - 1, math.max(1, q - M.rules.quote_reach), -1 do
    local w = toks[o].word
    if lo and toks[o].sentence < lo then return nil end
    if M.rules.opening_quotes[w] and (outer or w ~= '"' or close == '"') then return o end
    if M.rules.closing_quotes[w] and w ~= "'" and not outer then return nil end
  end
  return nil
end

-- speaker before a verb at v: from the clause start (sentence start, last
-- comma or a clause word) to the auxiliary or verb, adverbs left out; it
-- needs one word that is no stopword ("Il a dit", "tout indique": none)
-- Is toks[k] a verb as its neighbours show one: a lower-case word after a noun (no stop word) and
-- before a determiner (no clitic: "le ministre le lui a dit"; no superlative: "l'élu le plus
-- connu"; no time: "publiée ce matin") with a lower-case word after it, all before the verb at v
-- ("Ce ralliement signe | la victoire")? Not a participle nor an infinitive, that a subject holds
-- with their object ("Les ONG défendant les droits", "un Parisien parti passer le week-end")
local function verb_between(toks, k, v, an)
  local t, p, d, n = toks[k], toks[k - 1], toks[k + 1], toks[k + 2]
  return k + 2 < v and t.type == "word" and t.flags & 1 == 0 and #t.term > 2 and not an:is_stop(t.term)
    and p and p.sentence == t.sentence and p.type == "word" and not an:is_stop(p.term)
    and d.flags & 1 == 0 and M.rules.object_determiners[d.term]
    and n.type == "word" and n.flags & 1 == 0 and not M.rules.clitics[n.term]
    and not M.rules.superlatives[n.term] and not M.rules.time_nouns[n.term]
    and not past_participle(t) and not infinitive_like(t, an) and not t.term:find("ant$") or false
end

-- An adverb in -ment or a lead (rules.leads) at a opening its clause with no comma, before a noun
-- phrase ("Effectivement | certains modèles", "De leur côté | la police"; French only: "Government
-- officials"): the index of that noun phrase, or nil
local function lead_end(toks, a, an)
  local p = toks[a - 1]
  if an.lang == "en" or (p and p.sentence == toks[a].sentence and p.type == "word") then return nil end
  local _, past = seq.longest(seq.index(M.rules.leads), toks, a)
  -- (a French adverb's ending: not "Entertainment Weekly")
  past = past or ment_adverb(toks, a, true) and toks[a].term:find("[eiu]ment$") and a + 1
  return past and toks[past] and toks[past].sentence == toks[a].sentence and opens_noun_phrase(toks, past)
    and past or nil
end

-- an English finite verb at k, in sentence sent: an auxiliary or a modal, or a lower-case word in
-- -ed before a determiner or a pronoun ("believed the", "warned that")
local function english_verb_at(toks, k, sent)
  local t, n = toks[k], toks[k + 1]
  if not (t and t.sentence == sent and t.type == "word" and t.flags & 1 == 0) then return false end
  if M.rules.finite_en[t.term] then return true end
  return t.term:find("..ed$") ~= nil and n ~= nil and n.sentence == sent and M.rules.clause_heads_en[n.term] ~= nil
end

-- The first index of an English time that ends at k between a subject and its verb ("Disney | on
-- Wednesday | said", "late on Tuesday", "on Monday night", "last week", "earlier this month"): up to
-- four words that open or make a time (time_openers_en, a weekday), the first of them no weekday
-- ("A study published Tuesday found"), one of them a weekday or a week, month, year; or nil
local function time_before_en(toks, k, sent)
  local q, day = k, false
  while q > k - 4 and toks[q] and toks[q].sentence == sent
        and ((M.rules.time_openers_en[toks[q].term] and toks[q].flags & 1 == 0)
             or dates.rules.weekdays_en[toks[q].term]
             -- (a month after in: "A poll by Abacus Data in September found")
             or (dates.rules.months[toks[q].term] and toks[q].flags & 1 ~= 0 and toks[q - 1]
                 and toks[q - 1].term == "in" and toks[q - 1].flags & 1 == 0)
             or (toks[q].term == "in" and toks[q + 1] and dates.rules.months[toks[q + 1].term] and q < k)) do
    day = day or dates.rules.weekdays_en[toks[q].term] ~= nil or M.rules.time_units_en[toks[q].term] ~= nil
      or dates.rules.months[toks[q].term] ~= nil
    q = q - 1
  end
  local first = toks[q + 1]
  return q < k and day and not dates.rules.weekdays_en[first.term] and q + 1 or nil
end

-- Where a subject coordinated by et / and that ends at b starts when names between commas open the
-- sentence before it, its verb plural at v: "La CFDT, | Force ouvrière et la CFTC ont fait savoir",
-- "Paris, | Berlin et Rome ont annoncé" (each named as a subject that opens a sentence is: not "Selon
-- lui, | X et Y ont dit", "Devant la presse, | X et Y ont annoncé")
local function listed_before(toks, a, b, v, sent, an)
  if an.lang ~= "en" and not third_plural(toks[v].term) then return a end
  local coordinated = false
  for k = a + 1, b - 1 do
    if (toks[k].term == "et" or toks[k].term == "and") and toks[k].flags & 1 == 0 then coordinated = true end
  end
  local s = a
  while coordinated and toks[s - 1] and toks[s - 1].word == "," and toks[s - 1].sentence == sent do
    local q = s - 2
    while q >= 1 and s - 1 - q <= 4 and toks[q].sentence == sent and toks[q].type == "word" do q = q - 1 end
    local f = M.rules.definites[toks[q + 1].term] and q + 2 or q + 1          -- (its word after the article
    if f > s - 2 or not named_opening(toks, q + 1, s - 1, an) or an:is_stop(toks[f].term) then return a end  -- : Dès)
    s = q + 1
    if not toks[q] or toks[q].sentence ~= sent then return s end
    if toks[q].word ~= "," then return a end
  end
  return a
end

local function speaker_before(toks, v, sent, an, from)
  -- (past the verb's clitics to the comma: "Sophie, chômeuse de 43 ans, nous raconte")
  local cl = before_object_clitics(toks, v - 1)
  -- (and its adverbs: "The mayor, Anne Hidalgo, later wrote")
  while cl > v - 3 and toks[cl] and toks[cl].flags & 1 == 0 and toks[cl].sentence == sent
        and (M.rules.adverbs[toks[cl].term] or (an.lang == "en" and toks[cl].term:find("...ly$"))) do
    cl = cl - 1
  end
  -- (and an English time: "Disney on Wednesday said", "Police last week said")
  local tm = an.lang == "en" and not from and time_before_en(toks, cl, sent)
  if tm and toks[tm - 1] and toks[tm - 1].sentence == sent and toks[tm - 1].type == "word" then
    return speaker_before(toks, tm, sent, an)
  end
  if not from and cl < v - 1 and toks[cl] and toks[cl].word == "," then
    return speaker_before(toks, cl + 1, sent, an)
  end
  -- (before an aside in brackets of more than a word: "Caitlyn Jenner (née Bruce Jenner, ancienne
  -- championne) avait déclaré"; one word stays in the speaker: "the intelligence (HUR) claimed")
  if not from and toks[v - 1] and toks[v - 1].word == ")" and toks[v - 1].sentence == sent then
    local o = bracket_opening(toks, v - 1, M.rules.max_relative + 1, 2)
    if o and toks[o - 1] and toks[o - 1].sentence == sent and toks[o - 1].type == "word" then
      return speaker_before(toks, o, sent, an)
    end
  end
  -- "Le NIS, le service de renseignement sud-coréen, a affirmé": the subject
  -- before the apposition (from: the comma it starts after, when it is none)
  -- (a relative clause between the commas may be longer: "Le Président, qui portait au
  -- moment des faits un seau sur la tête, a expliqué")
  if not from and toks[v - 1] and toks[v - 1].word == "," then
    local p = v - 2
    while p >= 1 and toks[p].sentence == sent and toks[p].word ~= "," and v - p <= M.rules.max_relative do
      p = p - 1
    end
    local seg = toks[p + 1]
    -- (a subordinate clause is no apposition: "Les clients semblent satisfaits, même si un couple
    -- ..., nous a confié")
    local s1 = seg and (seg.term == "meme" or seg.term == "even") and toks[p + 2] or seg
    if s1 and M.rules.subordinators[s1.term] and s1.flags & 1 == 0 then return nil end
    local long = v - p > M.rules.max_speaker + 1
    -- (a name opening the sentence takes a long apposition too: "Benoit Dupont, cyber
    -- criminologue et directeur du Centre ... de l'université de Montréal, estime")
    local named = false
    if long and p >= 2 then
      local s0 = p - 1
      while s0 > p - 4 and toks[s0 - 1] and toks[s0 - 1].sentence == sent and toks[s0 - 1].type == "word"
            and toks[s0 - 1].flags & 1 ~= 0 do
        s0 = s0 - 1
      end
      named = toks[s0].type == "word" and toks[s0].flags & 1 ~= 0 and not an:is_stop(toks[s0].term)
        and not (toks[s0 - 1] and toks[s0 - 1].sentence == sent) and toks[p - 1].flags & 1 ~= 0
    end
    if p >= 1 and toks[p].word == "," and toks[p].sentence == sent
       -- (X, comme Y, a dit)
       and (not long or named or (seg and (M.rules.relatives_subject[seg.term] or seg.term == "comme"
                                  -- (or a participle: "Charles Beigbeder, évincé d'une place ... au
                                  -- profit du député Pierre Lellouche, a estimé")
                                  or (seg.type == "word" and seg.flags & 1 == 0 and #seg.term > 3
                                      and (seg.lower:find("é[e]?s?$") or M.rules.u_participles[seg.term]
                                           -- (in English, -ing: "Officials, speaking on condition of
                                           -- anonymity, told Reuters")
                                           or (an.lang == "en" and seg.lower:find("..ing$"))))))) then
      local a, b = speaker_before(toks, p, sent, an)
      -- before a long relative clause, a short noun phrase only: not "Et les choses avancent
      -- plutôt bien pour la société française, qui vient de ..., ont annoncé X"
      if a and long and b - a >= M.rules.max_antecedent then a = nil end
      -- (a link word then a noun phrase is that noun phrase: "Enfin des élus, comme X, ont annoncé")
      local past_lead = a and select(2, seq.longest(seq.index(M.rules.leads), toks, a))
      -- (at the sentence's start, or after punctuation but a comma: not "X, alors PDG de Y, a dit")
      local function opens_at(c0)
        local pc = toks[c0 - 1]
        return not pc or pc.sentence ~= sent or (pc.type == "punct" and pc.word ~= ",")
      end
      local led = past_lead and past_lead <= b and opens_noun_phrase(toks, past_lead) and opens_at(a)
      if led then a = past_lead end
      if a and not led then                                  -- (or left out of it already)
        for c0 = a - 1, math.max(1, a - 3), -1 do
          if toks[c0].sentence ~= sent then break end
          local _, e = seq.longest(seq.index(M.rules.leads), toks, c0)
          if e == a and opens_at(c0) then
            led = true
            break
          end
        end
      end
      local ta = a and toks[a]
      if a and (is_opener(ta) or dates.rules.weekdays[ta.term]
                or dates.rules.months[ta.term] or dates.rules.months[ta.term:gsub("^mi%-", "")]) then
        return speaker_before(toks, v - 1, sent, an, p)    -- Après cette réunion, <subject>, a dit
      end
      local before = a and toks[a - 1]
      if before and (before.term == "et" or before.term == "and") then before = toks[a - 2] end   -- Et X, Y, ont
      -- only a subject that opens its clause: "Dan Quigley, 38 ans, professeur..., X, affirment" is none;
      -- "Face à la presse, le patron d'Apple, Tim Cook, a affirmé": after an adverbial phrase it does
      if a and (led or not before or before.sentence ~= sent or M.rules.clause_start[before.term]
                or (before.type == "punct" and before.word ~= ",")
                or (before.word == "," and (opened_segment(toks, a - 1, sent) or fronted(toks, a - 1, sent, an)))) then
        -- "Le porte-parole du Kremlin, Dmitri Peskov, a déclaré": a title, then the name of the one
        -- who holds it: the speaker is both, the source the name (third value: where it starts)
        local ne = M.rules.speaker_starts[toks[a].term] ~= nil and apposed_name_at(toks, p + 1, v - 2, an)
        if ne then return a, ne, p + 1 end
        return a, b
      end
      -- (a subject too long to be taken whole, opening the sentence with its determiner, then
      -- a name between commas: "L'avocat à la Cour de cassation de MM. Benzema et Zenati, Me
      -- Patrice Spinosi, estime": the name)
      local ne = not long and apposed_name_at(toks, p + 1, v - 2, an)
      if ne then
        -- (one noun phrase before, or two: "Le directeur du conseil du Waqf, l'organisme chargé de la
        -- gestion des biens musulmans, Abdel Azim Salhab, estime")
        local s0, commas = p, 0
        while true do
          while toks[s0 - 1] and toks[s0 - 1].sentence == sent and toks[s0 - 1].word ~= "," do s0 = s0 - 1 end
          if commas == 1 or not (toks[s0 - 1] and toks[s0 - 1].sentence == sent)
             or not M.rules.speaker_starts[toks[s0].term] then
            break
          end
          s0, commas = s0 - 1, commas + 1
        end
        if M.rules.speaker_starts[toks[s0].term] and not (toks[s0 - 1] and toks[s0 - 1].sentence == sent)
           and p - s0 <= M.rules.max_relative then
          return p + 1, ne
        end
      end
      -- (two appositions after a subject that names someone: "Thierry, cariste de 52 ans,
      -- trente-deux ans de boîte, précise"; neither with a verb; not before a plural verb: "Dan
      -- Quigley, 38 ans, professeur, X, affirment" lists people)
      local vt = toks[v].term
      local q = segment_start(toks, p - 1, sent)
      if not long and q < p and toks[q - 1] and toks[q - 1].word == "," and toks[q - 1].sentence == sent
         and not third_plural(vt) then
        local plain = true
        for k = q, v - 2 do
          if k ~= p and not apposition_word(toks[k], true) then plain = false; break end
        end
        local s0 = segment_start(toks, q - 2, sent)
        local opens = not toks[s0 - 1] or toks[s0 - 1].sentence ~= sent
        if plain and opens and named_opening(toks, s0, q - 1, an) then
          local a1, b1, c1 = speaker_before(toks, p + 1, sent, an)
          if a1 == s0 then return a1, b1, c1 end
        end
      end
    end
    return nil
  end
  -- "... lui a permis de changer et a dit", "certains ... et disent": the subject is
  -- that of the clause before, not what stands before "et"
  local w = before_object_clitics(toks, v - 1)             -- (et nous a dit)
  if toks[w] and (toks[w].term == "et" or toks[w].term == "and") then return nil end
  local a, verb_at = v - 1, nil
  -- (the tokens of words in brackets and those inside a name past its first word are not counted in the
  -- length: "data from the Monetary Authority of Singapore (MAS) and the Ministry of Trade and Industry (MTI)
  -- showed")
  local bracketed = 0
  local reflexive                         -- (the first reflexive pronoun walked through: a clause's)
  while a >= 1 and a ~= from and toks[a].sentence == sent
        -- (an acronym is no clause's word: "the WHO estimates")
        and (not M.rules.clause_start[toks[a].term] or names_joined(toks, a, sent) or acronym(toks[a]))
        and v - a - bracketed <= M.rules.max_speaker do
    local ta = toks[a]
    if (ta.term == "se" or ta.term == "s'") and ta.flags & 1 == 0 then reflexive = a end
    if name_inner(toks, a, sent) then bracketed = bracketed + 1 end
    -- "Ukraine's military intelligence (HUR) claimed": a word in brackets stays in the subject
    -- (and a share: "Moins d'un Français sur deux (46 %) se déclare choqué")
    if ta.word == ")" and a - 2 >= 1 and toks[a - 2].word == "(" and toks[a - 2].sentence == sent
       and (toks[a - 1].type == "word" or toks[a - 1].type == "percent") then
      -- (an acronym's or a name's brackets apart from the word before are not counted: "(MAS)", not "éjecté(e)")
      local glued = toks[a - 3] and toks[a - 3].stop + 1 == toks[a - 2].start
      if toks[a - 1].flags & 1 ~= 0 and not glued then bracketed = bracketed + 3 end
      a = a - 3
      goto next
    end
    -- a word or two in quotes after a determiner stay in the subject: 'les "Millennials"', 'les «
    -- gilets jaunes » affirment'
    if M.rules.closing_quotes[ta.word] and ta.word ~= "'" then
      local o = quote_opening(toks, a)
      local d = o and toks[o - 1]
      if o and a - o <= 4 and d and d.sentence == sent and M.rules.noun_determiners[d.term] then
        local words = true
        for k = o + 1, a - 1 do if toks[k].type ~= "word" then words = false end end
        if words then a = o - 1; goto next end
      end
    end
    if ta.type == "punct" and not amp_join(toks, a) and not (ta.word == "." and toks[a - 1]
       and (M.rules.title_abbrevs[toks[a - 1].term] or toks[a - 1].word:find("^%u%.%u[%.%u]*$"))   -- (U.S. officials)
       and toks[a - 1].stop + 1 == ta.start)
       -- (an English plural's possessive: "The United Nations' humanitarian office estimated")
       and not (an.lang == "en" and (ta.word == "'" or ta.word == "’") and toks[a - 1] and a + 1 < v
                and toks[a - 1].stop + 1 == ta.start and toks[a - 1].word:find("s$")
                and toks[a - 1].sentence == sent and toks[a + 1].start > ta.stop + 1) then
      break
    end
    -- a time (21h15), a hashtag, a number: no part of a subject; but TF1, M6, G7 and
    -- France 2, Europe 1 (a number of two digits after a capitalised word) are names
    local channel = ta.type == "number" and ta.word:find("^%d%d?$") and toks[a - 1] and toks[a - 1].type == "word"
      and toks[a - 1].flags & 1 ~= 0 and toks[a - 1].sentence == sent and not an:is_stop(toks[a - 1].term)
      and not dates.rules.months[toks[a - 1].term]
    -- (an age is: "Le candidat de 52 ans assure", "une femme de 30 ans raconte")
    channel = channel or (ta.type == "number" and ta.word:find("^%d%d?%d?$") and toks[a + 1]
                          and (toks[a + 1].term == "ans" or toks[a + 1].term == "an") and toks[a - 1]
                          and (toks[a - 1].term == "de" or toks[a - 1].term == "d'") and a + 1 < v)
    -- (and a count opening the clause: "Cette année, 11 villes ont annoncé", "3 000 salariés ont dit")
    -- (after a comma or opening the sentence, before a noun: not "les 18-75 ans déclarent", "2000-2015 les
    -- sondages", "60 millions de consommateurs")
    channel = channel or (ta.type == "number" and toks[a + 1] and a + 1 < v and toks[a + 1].type == "word"
                          and toks[a + 1].flags & 1 == 0 and not an:is_stop(toks[a + 1].term)
                          and not M.rules.ago_units[toks[a + 1].term] and not numbers.scales[toks[a + 1].term]
                          and (not toks[a - 1] or toks[a - 1].sentence ~= sent or toks[a - 1].word == ","))
    if ta.type ~= "punct" and not channel and (ta.type ~= "word" or ta.word:find("^%d")
                                               or (ta.word:find("%d") and ta.flags & 1 == 0)) then
      break
    end
    if not verb_at and verb_between(toks, a, v, an) then verb_at = a end
    a = a - 1
    ::next::
  end
  local capped = toks[a] and toks[a].sentence == sent and v - a - bracketed > M.rules.max_speaker
  a = a + 1
  -- (a long name cut by the limit right after its article takes it: "En 2023, l'|Agence nationale de la
  -- sécurité des systèmes d'information (Anssi) a recensé")
  local det = toks[a - 1]
  if capped and det and M.rules.definites[det.term] and toks[a].flags & 1 ~= 0 and toks[a].type == "word"
     and (not toks[a - 2] or toks[a - 2].sentence ~= sent or toks[a - 2].type == "punct") then
    a = a - 1
  end
  -- (a walk cut by the length limit went through a clause: the subject starts after its last
  -- "et" before a noun phrase: "Ce genre d'erreur reste très rare et | la direction de la SNCF assure"; so
  -- does one through a reflexive pronoun before that "et", or before a name after it: "Les parents se
  -- retrouvent séparés de leur petite Harriet et | Sarah Drew a insisté")
  -- (a walk the words in brackets or names made longer than the limit counts as cut: "Felix Baumgartner a d'ores
  -- et déjà repris l'entraînement et | certains détracteurs dénoncent")
  capped = capped or v - a > M.rules.max_speaker
  if capped or reflexive then
    for q = v - 2, a, -1 do
      local tq, n = toks[q], toks[q + 1]
      local through = reflexive ~= nil and reflexive < q          -- (a reflexive before the et)
      if (tq.term == "et" or tq.term == "mais") and tq.flags & 1 == 0 and q + 1 < v
         and ((M.rules.speaker_starts[n.term] and n.flags & 1 == 0
               and n.term ~= "des")                             -- (not inside a name: "de X et des Y")
              or (through and n.type == "word" and n.flags & 1 ~= 0)) then
        if capped or through then a = q + 1 end
        break
      end
    end
  end
  -- "Et ces derniers", "Cependant des rumeurs affirment": a link word opens the clause, not the subject
  -- (written in two tokens: "D'ailleurs Christiane Taubira a dit")
  if toks[a] and toks[a + 1] and M.rules.subject_links[toks[a].term .. toks[a + 1].term] and a < v - 2 then
    a = a + 2
  elseif toks[a] and M.rules.subject_links[toks[a].term] and a < v - 1 then
    a = a + 1
  end
  -- so do an adverb in -ment and an adverbial locution with no comma, before a noun phrase
  -- ("Effectivement | certains modèles indiquent", "De leur côté | les milliardaires ont réaffirmé")
  local led = toks[a] and lead_end(toks, a, an)
  if led and led < v then a = led end
  -- a participle of being reached opens the sentence, its comma left out: "Contacté | le maire a répondu"
  if toks[a] and M.rules.reached[toks[a].term] and toks[a].flags & 1 ~= 0 and toks[a + 1] and a + 1 < v
     and M.rules.speaker_starts[toks[a + 1].term] then
    a = a + 1
  end
  -- "Lui assure que", "Lui-même assure": a stressed pronoun alone before the verb is its subject
  -- (opening the sentence: "et lui a dit", "qui lui disait" have "lui" for object)
  if a == v - 1 and M.rules.stressed_subjects[toks[a].term] and toks[a].flags & 1 ~= 0
     and not (toks[a - 1] and toks[a - 1].sentence == sent and toks[a - 1].type ~= "punct") then
    return a, a
  end
  local b = v - 1
  -- (a short word in capitals is none of them, an acronym: "Mistral AI a annoncé"; not "MICHEL AVAIT ... écrit")
  while b >= a and (toks[b].flags & 2 == 0 or #toks[b].word > 3)
        and (M.rules.adverbs[toks[b].term] or M.rules.clitics[toks[b].term]
             or M.rules.subject_trailers[toks[b].term]) do
    b = b - 1
  end
  -- a participle that the time words ended goes with them: "le sondage Ifop | paru dimanche | confirme"
  local tb = toks[b]
  local tw = toks[b + 1]
  -- (and one before an English time cut off already: "A YouGov survey released | on Tuesday found")
  if b > a + 1 and tb.type == "word" and tb.flags & 1 == 0 and past_participle(tb)
     and (b < v - 1 and (M.rules.time_nouns[tw.term] or tw.term == "hier" or tw.term == "yesterday")
          or an.lang == "en" and tw and M.rules.time_openers_en[tw.term] and tw.flags & 1 == 0) then
    b = b - 1
  end
  if b < a then return nil end
  -- (an English adverb alone is none: "higher than the 740,000 | originally estimated")
  if a == b and an.lang == "en" and toks[a].flags & 1 == 0 and toks[a].term:find("...ly$") then return nil end
  if M.rules.other_persons[toks[b].term] and toks[b].flags & 1 == 0 then return nil end   -- Tu aurais | dit
  -- "il m'a assuré", "... et elle confirme": a subject pronoun just before the verb is the subject
  -- ("on" alone says nothing of who speaks; "À Matignon, on assure": the place does)
  if toks[b].term == "on" then return fronted_place(toks, b, sent) end
  if toks[a].term == "on" and toks[a].flags & 1 ~= 0 then return nil end   -- "On l'a déjà assez dit"
  -- one of a group named before: "L'un d'eux a estimé", "L'une d'entre elles raconte", "Trois d'entre
  -- eux ont affirmé", "One of them said" (not "elles" alone: the pronoun is no subject after de)
  local po = b - 1
  if toks[po] and (toks[po].term == "entre" or toks[po].term == "among") then po = po - 1 end
  if M.rules.partitive_pronouns[toks[b].term] and po > a and M.rules.partitive_of[toks[po].term]
     and (M.rules.partitive_heads[toks[po - 1].term] or numbers.words[toks[po - 1].term])
     and toks[po - 1].flags & 1 == 0 == (po - 1 > a) then
    return a, b
  end
  -- (opening the sentence too: "Il a précisé que ...", resolved as the inverted ones)
  if M.rules.subject_pronouns[toks[b].term] and (toks[b].flags & 1 == 0 or (b == a and toks[b].term ~= "on")) then
    if b > a and M.rules.partitive_of[toks[b - 1].term] then return nil end      -- (les élèves d'elles)
    -- "Quant à Nadine Morano, elle a affirmé": the topic is the speaker
    local c = b - 1
    if toks[c] and toks[c].word == "," then
      for q = c - 2, math.max(1, c - 8), -1 do
        local tq, tn = toks[q], toks[q + 1]
        if tq.sentence ~= sent then break end
        if tq.term == "quant" and tn and (tn.term == "a" or tn.term == "au" or tn.term == "aux") then
          local na = q + 2
          if toks[na] and toks[na].flags & 1 ~= 0 and toks[na].type == "word" and na < c then   -- a name
            return na, c - 1
          end
          break
        end
      end
    end
    return b, b
  end
  -- (an English participle in lower case opens no subject: ", citing intelligence estimates")
  if an.lang == "en" and toks[a].flags & 1 == 0 and toks[a].term:find("...ing$") then return nil end
  -- a subject opens as a noun phrase: a capital, a determiner, a pronoun
  -- ("neuf jours après sa nomination ... l'a martelé": none)
  -- (English subjects are often bare plurals: "officials said", "police said")
  if an.lang ~= "en" and (not opens_noun_phrase(toks, a)
                          or (toks[a].flags & 1 == 0 and M.rules.auxiliaries[toks[a].term])) then
    -- "Nathalie Loiseau, tête de liste LREM a déclaré": a name before an apposition
    -- that has no closing comma
    local c = a - 1
    if not from and toks[c] and toks[c].word == "," and toks[c].sentence == sent then
      local n = c - 1
      while n >= 1 and c - n <= 4 and toks[n].sentence == sent and toks[n].type == "word"
            and toks[n].flags & 1 ~= 0 do
        n = n - 1
      end
      local before = toks[n]
      if n < c - 2 and (not before or before.sentence ~= sent or before.type == "punct") then   -- two words
        return n + 1, c - 1
      end
    end
    return nil                                  -- "la personne qui a été en charge ... a écrit": none
  end
  -- "Il y a deux mois Jean-Luc Mélenchon avait annoncé": a time before the subject, no comma
  if toks[a].term == "il" and toks[a + 1] and toks[a + 1].term == "y" and toks[a + 2] and toks[a + 2].term == "a" then
    local k = a + 3
    while k <= b and k <= a + 6 and not M.rules.ago_units[toks[k].term] do k = k + 1 end
    if k >= b or not M.rules.ago_units[toks[k].term] then return nil end
    a = k + 1
  end
  -- a preposition opening the clause with no comma: the subject after its phrase ("Dans
  -- l'immédiat | la police annonce", "Sur ce point | Thierry Solère a assuré"), else the name that
  -- ends the phrase ("Dans une courte annonce sur le site de sa société | Jean-François Peyrat a
  -- dit"), else none
  local o = M.rules.opening_preps[toks[a].term] and a or a - 1
  local op = toks[o]
  local mid = op and toks[o - 1] and toks[o - 1].sentence == sent and toks[o - 1].type == "word"
  if op and op.sentence == sent and op.type == "word" and M.rules.opening_preps[op.term]
     -- (English after / before inside a clause is a conjunction: "Shares fell after the company
     -- reported", the company)
     and not (mid and M.rules.conjunction_preps[op.term])
     and not (toks[b + 1] and toks[b + 1].word == ",") then   -- ("Après cette réunion, X, a relevé": X)
    local p = o + 1
    if toks[p] and M.rules.speaker_starts[toks[p].term] then p = p + 1 end
    p = p + 1
    local tp = toks[p]
    if tp and p <= b and (M.rules.speaker_starts[tp.term] or (tp.flags & 1 ~= 0 and tp.type == "word")) then
      a = p
    else
      local n = b
      while n >= a and toks[n].flags & 1 ~= 0 and toks[n].type == "word" do n = n - 1 end
      if n < a or b - n < 2 then return nil end
      a = n + 1
    end
  end
  local ok = false
  for k = a, b do
    local t = toks[k]
    -- (an acronym is a word of its own, stopword or not: "the WHO")
    if t.type == "word" and (not an:is_stop(t.term) or acronym(t)) and t.flags & 8 == 0 then
      ok = true
    end
  end
  if not ok then return nil end
  -- a verb of its own in the subject's place ("Ce ralliement signe la victoire de X, ..., estime Y"):
  -- a clause, no subject
  if verb_at and verb_at >= a then return nil end
  return listed_before(toks, a, b, v, sent, an), b
end

-- a finite form of avoir or être in lower case (a, ont, avait, est, sont)
local function finite_aux(t)
  return t.flags & 1 == 0 and (M.rules.auxiliaries[t.term] or t.term == "est" or t.term == "sont")
    and t.word ~= "à"                                                   -- (folded, à is a)
end

-- is a token in lower case an imperfect by its ending ("bloquaient", "relevait"; not "vrai")?
local function imperfect_like(t)
  return t.flags & 1 == 0 and (t.term:find("[^a]ait$") or t.term:find("aient$")) ~= nil
end

-- a subject's verb opening at t: an auxiliary, être, a clitic, a negation, a verb known or imperfect
local function verb_opening(t)
  return t.flags & 1 == 0
    and (finite_aux(t) or M.rules.be_finite[t.term] or M.rules.verbs[t.term]
         or (M.rules.clitics[t.term] and not M.rules.definites[t.term])            -- (not l'Éducation)
         or imperfect_like(t))
end

-- Can t be a word of an apposition (no verb, no clause)? A verb in the segment: "Lassés, de nombreux
-- fumeurs jetteront"; "X, il tient des propos, nous raconte". (numbers: "cariste de 52 ans", when
-- numbers may be there)
function apposition_word(t, numbers_too)
  return (t.type == "word" or (numbers_too and t.type == "number"))
    and not (finite_aux(t) or M.rules.be_have[t.term])                 -- (finite_aux: not "à l'époque")
    and not M.rules.clause_start[t.term]
    and not (M.rules.subject_pronouns[t.term] and t.flags & 1 == 0)
    and not (t.flags & 1 == 0 and (t.term:find("ront$") or t.term:find("aient$") or t.term:find("rait$")))
end

-- Is t a finite verb as the rules know one: a lower-case auxiliary, être, a verb of saying?
local function finite_verb(t)
  return t.flags & 1 == 0 and (finite_aux(t) or M.rules.be_finite[t.term] or M.rules.verbs[t.term]) or false
end

-- Do the tokens of sentence sent before the comma at c hold another comma and no sign of a verb
-- (an auxiliary, être, a verb known, imperfect or future, a subject pronoun, se, qui, a negation, an
-- infinitive after de, à or pour) nor a quote, colon or bracket: a subject and its apposition, no
-- clause said?
local function no_clause_before(toks, c, sent, an)
  local commas = 0
  for k = c - 1, 1, -1 do
    local t = toks[k]
    if t.sentence ~= sent then break end
    local term, lower = t.term, t.flags & 1 == 0
    local before = toks[k - 1]
    if t.word == "," then
      commas = commas + 1
    elseif t.type == "punct" or M.rules.clause_marks[term] or M.rules.subject_pronouns[term]
           or term == "se" or term == "qui"
           or finite_verb(t) or imperfect_like(t)
           or (lower and (term:find("..ra$") or term:find("..ront$")))
           or (before and before.sentence == sent and M.rules.infinitive_links[before.term]
               and infinitive_like(t, an)) then
      return false
    end
  end
  return commas >= 1
end

-- Does the noun phrase from a to b name someone (a name, a pronoun, a title, a trade, a word that
-- says a doer: -eur, -rice, -iste, -ien, -ant)? Its determiners and adjectives set aside.
local ROLE_ENDS = { "eurs?$", "euses?$", "rices?$", "istes?$", "iens?$", "iennes?$", "logues?$" }
-- is the word a trade's or a doer's by its ending (chercheur, épidémiologiste, historien)?
local function role_like(w) return seq.matches(ROLE_ENDS, w) end
local function agent_like(toks, a, b, bodies)   -- (bodies: a body in lower case too, "la préfecture")
  local k = a
  -- (a capital that opens the sentence is no name's: "Les prophéties")
  while k < b and (toks[k].flags & 1 == 0 or k == a)
        and (M.rules.speaker_starts[toks[k].term] or M.rules.noun_adjectives[toks[k].term]
             or M.rules.former[toks[k].term]) do
    k = k + 1
  end
  local h = toks[k]
  local w = h.term
  if h.flags & 1 ~= 0 or h.type ~= "word" or M.rules.pronouns[w] or M.rules.name_titles.person[w]
     or M.rules.name_titles.org[w] or M.rules.speaker_nouns[w] or M.rules.witnesses[w] or M.rules.org_heads[w]
     or (bodies and M.rules.author_bodies[w]) then
    return true
  end
  return role_like(w) or w:find("ants?$") ~= nil
end

-- Is the subject before the verb at v someone (agent_like)? "La CGT annonce", not "Les prophéties
-- de la Bible annoncent"
function agent_subject(toks, v, an)
  local a, b = speaker_before(toks, v, toks[v].sentence, an)
  return a ~= nil and agent_like(toks, a, b)
end

-- Is the word at k, right after a quote closed and a comma (its auxiliary at a, else a == k), the verb of
-- an incise, whatever verb it is, with someone right after it: "« ... », a savouré l'entraîneur Éric Roy",
-- "« ... », grimace un habitant"? Then that one's span (first, last token), else nil. The construction
-- says the verb reports (French: an English incise has said, told and the like)
local function incise_at(toks, a, k, an)
  if an.lang == "en" then return nil end
  local c, q, w = toks[a - 1], toks[a - 2], toks[k]
  -- (no stopword nor subordinator: ", comme il dit", ", même le ministre", ", lorsque les services"; and no
  -- verb the rules know, read by them: "», pense Rémi" reports nothing, by que_only)
  if not (c and c.word == "," and q and M.rules.closing_quotes[q.word] and q.word ~= "'" and w
          and w.type == "word" and w.flags & 1 == 0 and #w.term >= 4 and w.sentence == c.sentence)
     or an:is_stop(w.term) or M.rules.subordinators[w.term] or M.rules.clause_start[w.term]
     or M.rules.verbs[w.term] or M.rules.participles[w.term] then
    return nil
  end
  -- (a present or an imperfect, "grimace", "sourit", "lâchait"; after an auxiliary a participle,
  -- "savouré", "réagi", "répondu")
  if a == k and not (w.lower:find("[^é]e$") or w.lower:find("[aiu]t$"))
     or a ~= k and not (w.lower:find("é$") or w.lower:find("[iu]$")) then
    return nil
  end
  -- (a name or a determiner right after it: not "chère à Lacan", "dévore tout Maupassant")
  local n = toks[k + 1]
  if not (n and n.sentence == w.sentence and n.type == "word"
          and (n.flags & 1 ~= 0 or M.rules.noun_determiners[n.term])) then
    return nil
  end
  local sa, sb = speaker_after(toks, k + 1, w.sentence, true)
  if sa and agent_like(toks, sa, sb, true) then return sa, sb end
  return nil
end

-- Is there a finite verb (or an imperfect) in the clause of sentence sent before token k, back to
-- a mark or a word that opens a clause?
local function verb_before(toks, k, sent)
  for x = k, 1, -1 do
    local t = toks[x]
    if t.sentence ~= sent or t.type == "punct" or M.rules.clause_start[t.term] then return false end
    if finite_verb(t) or imperfect_like(t) then return true end
    -- (a subject pronoun or a modal opens a clause: "Il doit remettre sa démission au président, qui")
    if (M.rules.subject_pronouns[t.term] or M.rules.verb_ends[t.term]) and t.term ~= "bien" then return true end
  end
  return false
end

-- "Marie, jeune patiente, | raconte": a subject opening its clause, then an
-- apposition without a verb, between commas before the verb at v: true or false (and a second
-- result: a relative clause between commas after an object, which the verb at v may follow
-- inverted, see extract)
local function apposed_subject(toks, v, sent, an, loose)
  if not (toks[v - 1] and toks[v - 1].word == ",") then return false end
  -- "Si le Brésil, qui traverse une crise, confirme sa sortie": a relative clause between
  -- commas, after its antecedent
  for q = v - 2, math.max(1, v - 16), -1 do
    local tq = toks[q]
    if tq.sentence ~= sent or (tq.type == "punct" and tq.word ~= ",") then break end
    if tq.word == "," then
      local r, n = toks[q + 1], toks[q - 1]
      -- (not when a verb before the antecedent makes it its object: "Les agriculteurs bloquaient le pont
      -- de l'Europe, qui relie la France à l'Allemagne, a constaté un journaliste de l'AFP")
      if (r.term == "qui" or r.term == "who" or r.term == "which") and r.flags & 1 == 0 and n and n.sentence == sent
         and n.type == "word" then
        if verb_before(toks, q - 1, sent) then return false, true end
        return true
      end
      -- (or "dont" and no verb: "Les sondages, dont une étude CSA, annonce"; not "les intermittents,
      -- dont l'activité est précaire, a indiqué le ministre")
      -- (nor a part of a figure: "prévoit 60 milliards, dont 40 milliards de baisse, a détaillé le ministre")
      local part = toks[q + 2] and (toks[q + 2].type == "number" or toks[q + 2].type == "percent")
      if r.term == "dont" and r.flags & 1 == 0 and n and n.sentence == sent and n.type == "word" and not part then
        local verb = false                 -- (no verb in the aside, nor before it: a bare subject)
        local x = v - 2
        while toks[x] and toks[x].sentence == sent do
          local tx = toks[x]
          if finite_aux(tx) or M.rules.be_have[tx.term] or M.rules.be_finite[tx.term] or M.rules.verbs[tx.term]
             or (tx.flags & 1 == 0 and (tx.term:find("..aient$") or tx.term:find("..ait$"))) then
            verb = true
            break
          end
          x = x - 1
        end
        -- (nor a sentence that opens on a preposition, its subject after its verb: "Parmi les inculpés
        -- figurent 25 militaires, dont plusieurs généraux, a rapporté le quotidien")
        if not verb and toks[x + 1] and M.rules.fronted_preps[toks[x + 1].term] then verb = true end
        if not verb then return true end
      end
      break
    end
  end
  local p = v - 2
  -- (loose: longer, a number in it, opening on a preposition: "X, aux 2,7 millions d'abonnés
  -- sur sa chaîne YouTube, a révélé son visage"; asked only when the verb's object follows)
  local reach = M.rules.max_apposition
  while p >= 1 and toks[p].sentence == sent and toks[p].word ~= "," and v - p <= reach + 3 do   -- (+3: a time lead)
    if not apposition_word(toks[p], loose) then return false end
    -- (names around et, ou end a list of names, no apposition: "Nvidia, Samsung et Cisco, a précisé X")
    if (toks[p].term == "et" or toks[p].term == "ou") and toks[p].flags & 1 == 0 and toks[p - 1]
       and toks[p - 1].flags & 1 ~= 0 and toks[p + 1].flags & 1 ~= 0 and toks[p + 1].type == "word" then
      return false
    end
    p = p - 1
  end
  -- (a time before a title opens an apposition too: "X, alors directrice de la communication,
  -- a évoqué", "X, à l'époque ministre, a confié")
  local s = p + 1
  local _, past_time = seq.longest(seq.index(M.rules.apposition_times), toks, s)
  if past_time and past_time < v - 1 and (M.rules.name_titles.person[toks[past_time].term]
                                           or M.rules.former[toks[past_time].term]) then
    s = past_time
  end
  if not (p >= 1 and toks[p].word == "," and toks[p].sentence == sent and p < v - 2) or v - p > reach + s - p
     or (loose and M.rules.of_links or M.rules.noun_links)[toks[s].term]
     or M.rules.subject_links[toks[s].term] then
    return false                          -- "de nombreux fumeurs", "..., et aussi année après année, a détaillé X"
  end
  local a, b = speaker_before(toks, p, sent, an)
  if not a or b ~= p - 1 or is_opener(toks[a]) then return false end
  -- (a long apposition after a name only: "Stéphane Séjourné, le directeur de campagne du parti de la
  -- majorité, dénonce"; not "Il grandit paisiblement, allaité par sa maman dans la nursery du parc,
  -- explique le site du zoo")
  -- (nor an infinitive's phrase: "L'occasion de livrer ses esquisses, bâti autour de ..., rapporte Le Figaro")
  if not loose and v - s > M.rules.short_apposition then
    if not named_opening(toks, a, b + 1, an) then return false end
    for k = a + 1, b do
      if (toks[k - 1].term == "de" or toks[k - 1].term == "d'") and infinitive_like(toks[k], an) then return false end
    end
  end
  for k = a, b do                          -- "Enfin nous avons compris, j'ai compris, dit": a clause
    -- (an imperfect too: "L'épicentre se situait à dix kilomètres, près de X, a précisé l'USGS")
    if finite_aux(toks[k]) or (M.rules.be_have[toks[k].term] and toks[k].flags & 1 == 0)
       or imperfect_like(toks[k])
       or M.rules.clause_marks[toks[k].term] then                     -- "T'en fais pas, Moussa, lui a dit"
      return false
    end
  end
  local before = toks[a - 1]
  return not before or before.sentence ~= sent or M.rules.clause_start[before.term]
    or (before.type == "punct" and before.word ~= ",")
end

-- Is the French verb of forecast at i inverted after a comma or a quote, its speaker after it, a
-- capital or an article ("Le pic est attendu jeudi, prévoit Météo-France", "..., anticipe l'Insee";
-- not "Le plan prévoit la construction", what a text provides: forward, a figure verb's; nor after a
-- subject's apposition)?
local function forecast_inverted(toks, i, an)
  local p, n = toks[i - 1], toks[i + 1]
  return an.lang ~= "en" and M.rules.forecast_verbs[toks[i].term] ~= nil and p ~= nil and n ~= nil
    and p.sentence == toks[i].sentence and n.sentence == p.sentence
    and (p.word == "," or M.rules.closing_quotes[p.word] ~= nil)
    and (n.flags & 1 ~= 0 or M.rules.definites[n.term] ~= nil)
    and not apposed_subject(toks, i, p.sentence, an)              -- (not "Le plan, adopté mardi, prévoit")
end

-- A subject at most three words long that opens its clause (at the sentence
-- start or after punctuation) and ends before token e: its first index, or nil
local function short_subject(toks, e, sent, an)
  local a = e - 1
  while a >= 1 and e - a <= 3 and toks[a].sentence == sent and toks[a].type == "word" do a = a - 1 end
  a = a + 1
  local before = toks[a - 1]
  if a >= e or (before and before.sentence == sent and before.type ~= "punct") then return nil end
  if M.rules.clause_start[toks[a].term] or toks[a].term == "et" then a = a + 1 end   -- Mais la personne
  for k = a, e - 1 do                                                 -- C'est lui: a verb, no subject
    if finite_aux(toks[k]) or toks[k].term == "c'" then return nil end
  end
  if a >= e then return nil end
  if not opens_noun_phrase(toks, a) or M.rules.subject_pronouns[toks[a].term] then return nil end
  for k = a, e - 1 do
    if not an:is_stop(toks[k].term) or toks[k].flags & 1 ~= 0 then return a end
  end
  return nil
end

-- "L'homme qui prétendait avoir menti a reconnu", "Ramzy, qui avait présenté
-- l'émission a déclaré": a subject followed by its relative clause before the
-- verb at v: first and last index, or nil
local function relative_subject(toks, v, sent, an)
  local w = v - 1           -- right before the verb: no determiner (à cette annonce), no "comme l'a dit"
  while toks[w] and toks[w].sentence == sent and M.rules.clitics[toks[w].term] and toks[w].flags & 1 == 0 do
    w = w - 1
  end
  if not toks[w] or (M.rules.speaker_starts[toks[w].term] and toks[w].flags & 1 == 0)
     or (M.rules.clause_start[toks[w].term] and toks[w].term ~= "qui") then
    return nil
  end
  for q = v - 1, math.max(1, v - 16), -1 do
    local t = toks[q]
    if t.sentence ~= sent or (t.type == "punct" and t.word ~= ",")
       or (M.rules.clause_start[t.term] and t.term ~= "qui") then
      return nil
    end
    if t.term == "qui" and t.flags & 1 == 0 then
      -- the relative clause holds more than the verb's auxiliary ("c'est lui qui a dit": the verb's own)
      local k = q + 1
      while k < v and (M.rules.auxiliaries[toks[k].term] or M.rules.adverbs[toks[k].term]
                       or M.rules.clitics[toks[k].term]) do k = k + 1 end
      if k == v then return nil end
      local e = toks[q - 1] and toks[q - 1].word == "," and q - 1 or q
      local a = short_subject(toks, e, sent, an)
      if a then return a, e - 1 end
      return nil
    end
  end
  return nil
end

-- is token k a quote that opens (« “, or " glued to the word after it and not to
-- the one before): Thierry Solère "regrette les fausses informations"
local function opening_quote(toks, k)
  local q = toks[k]
  if not (q and M.rules.opening_quotes[q.word]) then return false end
  if not M.rules.closing_quotes[q.word] then return true end
  local n, p = toks[k + 1], toks[k - 1]
  return n ~= nil and n.start == q.stop + 1 and not (p and p.stop + 1 == q.start)
end

-- a quotation opening within the object after a verb that names it (M.rules.naming_verbs), from r:
-- after de in French ("cette décision de « scandaleuse »"), anywhere in English (an_en)
local function naming_quote(toks, r, sent, an_en)
  for q = r, r + 8 do
    local tq = toks[q]
    if not tq or tq.sentence ~= sent then return false end
    if opening_quote(toks, q) then
      local p = toks[q - 1]
      return q > r and (p.term == "de" or p.term == "d'" or (an_en and p.term:find("^%a+$") ~= nil))
    end
    if tq.type == "punct" then return false end
  end
  return false
end

-- is the j-th of the terms the verb of "il y a", "il y avait" (il, y, then one of there_is)?
local function there_is_at(terms, j)
  return M.rules.there_is[terms[j]] and terms[j - 1] == "y" and terms[j - 2] == "il"
end

-- "Nicolas Sarkozy a refusé de se dédouaner et a annoncé que": the subject of a
-- verb after "et" (at v - 1) is the sentence's, before its first auxiliary
local coordinated_from

local PRONOUN_NUMBER = { il = "singular", elle = "singular", on = "singular", ils = "plural", elles = "plural" }
local function coordinated_subject(toks, v, sent, an)
  local cue = v
  v = before_object_clitics(toks, v - 1) + 1                  -- (et nous a indiqué)
  local link = toks[v - 1]
  if not (link and M.rules.verb_coordinators[link.term] and link.flags & 1 == 0 and link.sentence == sent) then
    return nil
  end
  -- (from the sentence's start, or a colon or semicolon that opens another clause: "X en prend pour
  -- son grade : dans Die Zeit, Macron donne raison à Merkel et salue"; not one that opens a quote)
  -- (nor one in brackets: "indique « ... » [NDLR: 700.000] mais précise")
  local x0, closed = v - 2, false
  while x0 >= 1 and toks[x0].sentence == sent
        and not ((toks[x0].word == ":" or toks[x0].word == ";") and not closed and not opening_quote(toks, x0 + 1)) do
    if toks[x0].word == "]" or toks[x0].word == ")" then closed = true
    elseif toks[x0].word == "[" or toks[x0].word == "(" then closed = false end
    x0 = x0 - 1
  end
  local a, b, na = coordinated_from(toks, v, sent, an, x0)
  -- (an adverb is no subject: "Toujours est-il que le chef de l'État s'est dit préoccupé et a
  -- annoncé" coordinates in the que clause; else the main clause's subject speaks: "X a
  -- assuré que le récit était faux et a estimé")
  if a and a == b and (M.rules.adverbs[toks[a].term] or M.rules.inversion_openers[toks[a].term]) then
    local q = v - 2
    while q > x0 and not ((toks[q].term == "que" or toks[q].term == "qu'") and toks[q].flags & 1 == 0) do
      q = q - 1
    end
    if q > x0 then return coordinated_from(toks, v, sent, an, q) end
    return nil
  end
  -- (a pronoun that the verb does not agree with is another clause's: "Il est étonnant que des gens
  -- vivent ainsi, ... et espèrent")
  local number = a and a == b and PRONOUN_NUMBER[toks[a].term]
  if number then
    local k = cue                                              -- (the verb past its clitics: s'étonnent)
    while toks[k + 1] and M.rules.clitics[toks[k].term] and not M.rules.be_have[toks[k].term]
          and not finite_aux(toks[k]) do
      k = k + 1
    end
    local verb = toks[k].term
    if (third_plural(verb) and not M.rules.singular_ent[verb] and "plural" or "singular") ~= number then return nil end
  end
  return a, b, na
end

-- coordinated_subject's subject of the clause from token x + 1 to the link before v: its span, and
-- where the name in it starts (as speaker_before's)
function coordinated_from(toks, v, sent, an, x)
  local first
  for k = x + 1, v - 2 do
    local t = toks[k]
    local pt = toks[k - 1]
    if finite_aux(t) or (M.rules.clause_verbs[t.term] and t.flags & 1 == 0 and k > x + 1
                         and not M.rules.speaker_starts[pt.term])             -- (à la demande: a noun)
       -- (any word after a reflexive se past the subject is a verb: "La ministre se lève et dit"; not an
       -- infinitive's after a preposition: "Pour s'amuser il aurait mélangé")
       or (k > x + 2 and (pt.term == "se" or pt.term == "s'") and pt.flags & 1 == 0 and t.type == "word"
           and t.flags & 1 == 0 and not M.rules.subject_not_verbs[toks[k - 2].term])
       or (M.rules.verbs[t.term] and t.type == "word" and t.flags & 1 == 0
           and not t.lower:find("é[es]*$") and pt and pt.sentence == sent
           and not M.rules.speaker_starts[pt.term]                              -- (l'annonce: a noun)
           and not M.rules.noun_links[pt.term]) then
      first = k                                  -- (or a verb of saying: "le rapport dénonce X et souligne que")
      break
    end
  end
  -- (not a verb inside a quote: "« la justice va mal » et estimait" has its subject elsewhere)
  local quoted = false
  for k = x + 1, (first or x + 1) - 1 do
    if opening_quote(toks, k) then quoted = true
    elseif M.rules.closing_quotes[toks[k].word] then quoted = false end
  end
  if quoted then return nil end
  local e = first
  while e and toks[e - 1] and M.rules.clitics[toks[e - 1].term] and toks[e - 1].flags & 1 == 0 do
    e = e - 1                                          -- Ce dernier s'est dit, Samsung n'a pas
  end
  -- (speaker_before's subject of the verb at e, when it opens the clause at x + 1)
  -- (or past a short opener and its comma, no verb in it: "Plus encore, François Hollande, ... s'était
  -- rendu en Irak, et avait affirmé", "En 2017, X ...")
  local function opening_subject()
    local a, b, na = speaker_before(toks, e, sent, an)
    if a == x + 1 then return a, b, na end
    if not a or a - x > 6 or a - x < 3 or toks[a - 1].word ~= "," then return nil end
    -- (one word alone: a word that opens sentences, not a name: "Cependant, X", not "Mahomet, le
    -- prophète ...")
    if a - x == 3 and not (M.rules.openers[toks[x + 1].term] or past_participle(toks[x + 1])) then return nil end
    for k = x + 1, a - 2 do
      local t = toks[k]
      if t.type == "punct" or finite_verb(t) then return nil end
    end
    return a, b, na
  end
  if e and x > 0 and toks[x].sentence == sent then            -- (after que: the subject before the verb)
    return opening_subject()
  end
  local a = e and short_subject(toks, e, sent, an)
  if a then return a, e - 1 end
  -- (or a subject that opens the sentence with an apposition: "Akhenaton, l'un des leaders du
  -- groupe, confesse son mal-être et explique que")
  -- (not "Il y a quelques jours, ...", a time; nor when another clause with its own subject comes
  -- between: "Le nom de X avait beau circuler, ce dernier n'a jamais rebondi et a démenti"; nor
  -- a subject acting on someone named by "lui" or "leur", who then speaks: "Sa traversée du désert
  -- lui a permis de changer et a dit regretter")
  local own_subject = false
  for k = e and e + 1 or v, v - 3 do
    local nx = toks[k + 1]
    if toks[k].word == "," and (M.rules.speaker_starts[nx.term] or M.rules.subject_pronouns[nx.term])
       and nx.flags & 1 == 0 then
      own_subject = true
      break
    end
  end
  if e and toks[e].term ~= "lui" and toks[e].term ~= "leur" and not own_subject then
    local sa, sb, na = opening_subject()
    if sa and not there_is_at(seq.columns(toks), sa + 2) then return sa, sb, na end
  end
  -- (or a subject pronoun opening its clause, resolved as any: "quand il est revenu et nous a annoncé")
  local pr = e and toks[e - 1]
  local pb = e and toks[e - 2]
  if pr and pr.sentence == sent and M.rules.subject_pronouns[pr.term] and pr.term ~= "on"
     and (not pb or pb.sentence ~= sent or pb.type == "punct" or M.rules.clause_start[pb.term])
     and not (toks[e].term == "y" and toks[e + 1] and M.rules.there_is[toks[e + 1].term]) then   -- (il y a)
    return e - 1, e - 1
  end
  return nil
end

-- Is a word of money (rules.money_nouns) among the n tokens from k, in k's sentence ("plus de 70 millions
-- d'euros": money earned; not "plus de 4000 personnes arrêtées")?
local function money_within(toks, k, n)
  for x = k, k + n - 1 do
    if not toks[x] or toks[x].sentence ~= toks[k].sentence then return false end
    if M.rules.money_nouns[toks[x].term] or toks[x].word == "€" or toks[x].word == "$" then return true end
  end
  return false
end

-- the index after an adverb at k ("également", "d'ailleurs"), or nil
local function after_adverb(toks, k)
  local t = toks[k]
  if not t then return nil end
  if M.rules.adverbs[t.term] then return k + 1 end
  -- (a lower-case word in -ment: "ont clairement dit", "a longuement expliqué")
  if ment_adverb(toks, k) then return k + 1 end
  if t.term == "d'" and toks[k + 1] and M.rules.adverbs[toks[k + 1].term] then return k + 2 end
  return nil
end

-- is a verb's term a future of a verb of saying in -er ("plaidera", "préciseront")?
local function future_form(term)
  local w = term:match("^(.-)ra$") or term:match("^(.-)ront$")
  return w ~= nil and w:find("e$") ~= nil and M.rules.verbs[w] ~= nil
end

-- the token after the adverbs and adverbial phrases from k on (de son côté, pour sa part;
-- with time, dans la soirée, devant la presse too)
local function skip_asides(toks, k, time)
  local locs, times = seq.index(M.rules.locutions), time and seq.index(M.rules.time_locutions)
  local phrases = time and seq.index(M.rules.time_phrases)
  while toks[k] do
    local _, lj = seq.longest(locs, toks, k)
    if not lj and time then _, lj = seq.longest(times, toks, k) end
    if not lj and time then _, lj = seq.longest(phrases, toks, k) end       -- l'an dernier
    -- ("ce mercredi matin", "mardi soir")
    if not lj and time and M.rules.time_det[toks[k].term] and toks[k + 1]
       and M.rules.time_nouns[toks[k + 1].term] then
      lj = k + 2
    elseif not lj and time and dates.rules.weekdays[toks[k].term] and toks[k].flags & 1 == 0 then
      lj = k + 1
    end
    if lj and toks[lj] and M.rules.time_nouns[toks[lj].term] and toks[lj].flags & 1 == 0 then lj = lj + 1 end
    -- (a span of time: "a conclu il y a deux ans que", "a affirmé deux jours plus tard que")
    if not lj and time then lj = time_span_end(toks, k, toks[k].sentence) end
    -- (and where it was said: "sur LCI", "dans Le Parisien", "au Figaro")
    if not lj and time then lj = media_place(toks, k) end        -- (au micro de RTL, au journal azuréen)
    if not lj and time and M.rules.media_preps[toks[k].term] and toks[k].flags & 1 == 0 then
      local n0, m = capitals_after(toks, k)
      if m > n0 then lj = m
      elseif toks[k + 1] and M.rules.lower_outlets[toks[k + 1].term] then lj = k + 2 end   -- ("sur franceinfo")
    end
    -- (to whom: "précise à l'AFP que", "affirme aux journalistes que")
    if not lj and time and M.rules.addressee[toks[k].word]
       and toks[k].sentence == (toks[k - 1] or toks[k]).sentence then
      local n0, m = capitals_after(toks, k)
      -- (or a noun phrase in lower case, three words at most: "affirme aux journalistes que", "indique
      -- aux jeunes cuistots que")
      if m == n0 then
        while m - n0 < 3 and toks[m] and toks[m].sentence == toks[k].sentence and toks[m].type == "word"
              and toks[m].flags & 1 == 0 and toks[m].term ~= "que" and toks[m].term ~= "qu'"
              and not M.rules.verbs[toks[m].term] do
          m = m + 1
        end
        -- (its complement a name: "explique au mari de Kim Kardashian que")
        if m > n0 and M.rules.of_links[toks[m - 1].term] then
          local _, mc = capitals_after(toks, m - 1)
          m = mc
        end
      end
      if m > n0 and toks[m] and (toks[m].term == "que" or toks[m].term == "qu'") then lj = m end
    end
    -- (a manner before que: "affirme avec force que", "explique sans détour qu'", "said with
    -- confidence that"; or where it is written, "affirme dans ses offres d'emploi que"; four
    -- lower-case words at most, then que)
    if not lj and (M.rules.manner[toks[k].term] or (time and M.rules.written_in[toks[k].term]))
       and toks[k].flags & 1 == 0 then
      local m = k + 1
      while m - k <= 4 and toks[m] and toks[m].sentence == toks[k].sentence and toks[m].type == "word"
            and toks[m].flags & 1 == 0 and not M.rules.that[toks[m].term] do
        m = m + 1
      end
      if m > k + 1 and toks[m] and toks[m].sentence == toks[k].sentence and M.rules.that[toks[m].term] then
        lj = m
      end
    end
    -- (an aside between commas before que or a past infinitive: "affirme par ailleurs, ce mercredi 15
    -- mars, que", "indique, de son côté, avoir contacté")
    if not lj and time and toks[k].word == "," then
      for c = k + 2, k + 9 do
        local tc = toks[c]
        if not tc or tc.sentence ~= toks[k].sentence or (tc.type == "punct" and tc.word ~= ",") then break end
        if tc.word == "," then
          if toks[c + 1] and M.rules.after_aside[toks[c + 1].term] then lj = c + 1 end
          break
        end
      end
    end
    local ak = after_adverb(toks, k)
    if ak then k = ak elseif lj then k = lj else break end
  end
  return k
end

-- Is the verb of saying at i a noun after its determiner? "par le juge", "tout en restaurant
-- l'estime", "Le juge a dit", "une note"; not "il le souligne", "Pierre Gattaz l'affirme"
local function noun_after(toks, i)
  local terms = seq.columns(toks)
  -- (a determiner and an adjective that goes before its noun: "une petite annonce", "un bref rappel")
  if M.rules.noun_adjectives[terms[i - 1]] and M.rules.adjective_determiners[terms[i - 2]] then return true end
  if not M.rules.noun_determiners[terms[i - 1]] then return false end
  local d, p = toks[i - 1], toks[i - 2]
  if not M.rules.object_articles[d.term] then return true end
  -- (a lower-case object after a subject's acronym in brackets: "L'Office ... (OFB) l'estime à")
  local aside = p and p.word == ")" and d.flags & 1 == 0 and bracket_opening(toks, i - 2, 6)
  if aside and toks[aside - 1] and toks[aside - 1].sentence == d.sentence and toks[aside - 1].type == "word" then
    return false
  end
  return not p or p.sentence ~= d.sentence or p.type == "punct" or M.rules.noun_links[p.term]
    or (p.flags & 1 == 0 and p.term:find("..ant$") ~= nil)
    -- (a verb of the second person plural, an imperative: "Retrouvez la note", "lisez le communiqué")
    or (p.type == "word" and p.term:find("...ez$") ~= nil and not M.rules.not_imperatives[p.term])
end

-- Does an English word at i follow a determiner, -ly adverbs between ("the previously reported 206,000")?
local function after_determiner_en(toks, i)
  local p = i - 1
  while toks[p] and toks[p].type == "word" and toks[p].term:find("..ly$") and toks[p].sentence == toks[i].sentence do
    p = p - 1
  end
  return toks[p] ~= nil and M.rules.determiners_en[toks[p].term] ~= nil
end

-- Is the English word at i a participle after a noun that names a figure (M.rules.figure_nouns): "double the
-- number reported the year before", "the figure recorded in 2023" (no one reports there)?
local function figure_participle_en(toks, i)
  local p = toks[i - 1]
  return toks[i].term:find("ed$") ~= nil and p ~= nil and p.sentence == toks[i].sentence and p.flags & 1 == 0
    and M.rules.figure_nouns[p.term] ~= nil
end

-- Is the English cue at i that may be a noun (M.rules.noun_cues_en) one there? After a possessive
-- ("the company's estimate", "analysts' average estimate"), a preposition ("above estimates"), a
-- modifier ("Unconfirmed reports say"), a participle or past ("denied reports", "revised estimates"),
-- and in -s after a lower-case word in -s, which a verb in -s never follows: "Apple beats estimates",
-- "news reports" (a plural subject takes "estimate"; not "Reuters reports", "his analysis claims")
local function noun_cue_en(toks, i)
  local terms, sents, _, flags = seq.columns(toks)
  if not M.rules.noun_cues_en[terms[i]] then return false end
  -- (a verb of saying right after it: "A UN report found", "News reports say", "Estimates show")
  local nx = terms[i + 1]
  if nx and sents[i + 1] == sents[i] and (M.rules.english[nx] or M.rules.verbs[nx]) then return true end
  -- (or a past of change, its subject: "Jobless claims fell by 8,000", "Estimates rose")
  if nx and sents[i + 1] == sents[i] and flags[i + 1] & 1 == 0 and M.rules.change_pasts_en[nx] then return true end
  local p, pp = terms[i - 1], terms[i - 2]
  if not p or sents[i - 1] ~= sents[i] then return false end
  local function possessive(k) return terms[k] == "'s" or terms[k] == "’s" or terms[k] == "'" or terms[k] == "’" end
  if possessive(i - 1) or (pp and sents[i - 2] == sents[i] and possessive(i - 2) and flags[i - 1] & 1 == 0) then
    return true
  end
  if M.rules.noun_cue_preps_en[p] or M.rules.noun_cue_modifiers_en[p] then return true end
  -- (a count right before it, not a year, or a compass adjective: "two states", "across six southeastern
  -- states", "the western states"; not "The 2023 report states")
  -- (a count's word, not an acronym: "the UN estimates")
  if p:find("..ern$") or (numbers.words[p] and not acronym(toks[i - 1]))
     or (toks[i - 1].type == "number" and not p:find("^%d%d%d%d$")) then
    return true
  end
  -- (in its base form after "a" and up to three words, no plural among them: a singular subject's
  -- verb takes -s, "A UN report published Tuesday", "an internal estimate"; not "A few analysts estimate")
  if not terms[i]:find("s$") then
    for k = i - 1, i - 4, -1 do
      local w = terms[k]
      if not w or sents[k] ~= sents[i] or M.rules.preps_en[w] or w:find("[^s]s$") then break end
      if w == "a" or w == "an" then return true end
    end
  end
  if flags[i - 1] & 1 ~= 0 then
    -- (a name's words between a preposition and it modify the noun: "above Wall Street estimates",
    -- "than FactSet estimates"; not "The Pentagon estimates")
    local k = i - 1
    while k > i - 4 and flags[k] and flags[k] & 1 ~= 0 and sents[k] == sents[i] do k = k - 1 end
    -- (not of or for inside the name, a capital before it: "The International Organization for Migration
    -- estimates that")
    if (terms[k] == "for" or terms[k] == "of") and flags[k - 1] and flags[k - 1] & 1 ~= 0 and sents[k - 1] == sents[i]
       then
      return false
    end
    return sents[k] == sents[i] and flags[k] & 1 == 0 and M.rules.noun_cue_preps_en[terms[k]] ~= nil
  end
  return p:find("..ed$") ~= nil
    or (terms[i]:find("s$") ~= nil and p:find("[^isu]s$") ~= nil)
end

-- A relative with no comma speaks for its noun phrase at a only in a clause of its own: what it
-- says follows the verb at v (que, a colon), and the noun phrase opens its clause, follows par,
-- selon, parmi, et ("contredite par plusieurs témoins qui affirment que") or a verb, as its subject
-- or object ("explique l'avocat qui rappelle que", "Nous avons retrouvé des témoins qui affirment
-- que"); not a noun (de), whom one tells or answers ("à un membre de la famille qui assure", "pour
-- l'oncle qui assure": someone imagined), nor the attribute of être ("ne sont pas des victimes qui")
local function restrictive_ok(toks, a, v, sent)
  local p = toks[a - 1]
  if p and p.sentence == sent and p.type == "word" and not M.rules.witness_preps[p.term]
     and (M.rules.of_links[p.term] or M.rules.relative_not_after[p.term] or p.flags & 1 ~= 0
          or M.rules.be_finite[p.term] or M.rules.negations[p.term]) then
    return false
  end
  local r = v and v + 1
  while toks[r] and toks[r].sentence == sent and (M.rules.adverbs[toks[r].term] or M.rules.clitics[toks[r].term]) do
    r = r + 1
  end
  -- (an auxiliary's participle first: "Le ministre qui a affirmé que", "des experts qui ont estimé que";
  -- the noun opening its clause, not a verb's object: "a rencontré l'homme qui a déclaré que")
  if v and M.rules.auxiliaries[toks[v].term] and p and p.sentence == sent and p.type == "word"
     and not M.rules.witness_preps[p.term] and not M.rules.clause_start[p.term] then
    return false
  end
  if v and M.rules.auxiliaries[toks[v].term] and toks[r] and toks[r].sentence == sent
     and agreed_in(M.rules.participles, toks[r].term) then
    r = r + 1
    while toks[r] and toks[r].sentence == sent and M.rules.adverbs[toks[r].term] do r = r + 1 end
  end
  -- (or a figure, what it says: "contesté par la direction qui en annonce moins de 400")
  return toks[r] ~= nil and toks[r].sentence == sent
    and (toks[r].term == "que" or toks[r].term == "qu'" or toks[r].word == ":" or figure_at(toks, r))
end

-- "le service de renseignement sud-coréen, qui faisait état": a common noun phrase set off by a
-- comma before qui (or by none, see restrictive_ok; b: its last word), from its determiner,
-- through de / du / des and the nouns and adjectives of its complements, at most max_antecedent
-- words. Of the phrases nested there ("l'opinion de | la ministre"), the widest whose head is no
-- opinion or time and agrees with a singular verb (v: the verb or auxiliary after qui). First and
-- last index, or nil
local function common_antecedent(toks, b, sent, an, v)
  -- (with no comma, a restrictive relative: its noun must name people, "plusieurs témoins de la
  -- scène qui affirment", "des experts qui estiment"; not "la loi qui précise")
  local restrictive = not (toks[b + 1] and toks[b + 1].word == ",")
  local starts, opened = {}, false     -- opened: the widest phrase starts the noun phrase (not "de l'emploi")
  local p = b
  while toks[p] and toks[p].sentence == sent and b - p < M.rules.max_antecedent and toks[p].type == "word" do
    local tp, before = toks[p], toks[p - 1]
    -- (a determiner in lower case, or capitalised opening its sentence: "Le candidat à la présidentielle, qui";
    -- not des, du after a noun or adjective, de and its article: "la fédération belge des | assureurs, qui")
    local contracted = (tp.term == "des" or tp.term == "du") and before and before.sentence == sent
      and before.type == "word" and before.flags & 1 == 0 and not an:is_stop(before.term)
      and not M.rules.verbs[before.term] and not M.rules.participles[before.term]
    if M.rules.speaker_starts[tp.term] and (tp.flags & 1 == 0 or not before or before.sentence ~= sent) then
      if p == b then break end
      starts[#starts + 1] = p
      if contracted then
        opened = true                                   -- (a wider phrase may hold it: read on)
      elseif not (before and before.sentence == sent and M.rules.of_links[before.term]) then
        opened = true
        break
      end
    elseif (tp.term == "du" or tp.term == "des") and p < b and before and before.sentence == sent
           and (before.type ~= "word" or an:is_stop(before.term) or M.rules.verbs[before.term]) then
      starts[#starts + 1] = p + 1                       -- "ceux du | service de renseignement"
      opened = true
      break
    elseif not M.rules.of_links[tp.term] and (an:is_stop(tp.term) or M.rules.verbs[tp.term]
           or M.rules.participles[tp.term] or M.rules.auxiliaries[tp.term]) then
      break
    end
    p = p - 1
  end
  if not opened then return nil end
  local verb = toks[v]
  local singular = verb and (verb.term == "a" or verb.term == "avait" or verb.term == "aurait"
                             or (verb.flags & 1 == 0 and verb.term:find("[^n]t$") and not verb.term:find("ent$")))
  for n = #starts, 1, -1 do
    local a = starts[n]
    local h = M.rules.speaker_starts[toks[a].term] and a + 1 or a
    local head = toks[h] and toks[h].term or ""
    local plural = M.rules.pronoun_kinds.plural[toks[a].term]
    local kinds = M.rules.pronoun_kinds
    local verb_plural = verb ~= nil and (verb.term:find("ent$") ~= nil or verb.term == "ont")
    local people = M.rules.speaker_nouns[head] or M.rules.name_titles.person[head] or M.rules.witnesses[head]
      or kinds.masculine_nouns[head] or kinds.feminine_nouns[head] or M.rules.author_bodies[head]
    -- (nor a singular phrase before a plural verb: "la résistance des parents, qui ont plaidé": the parents)
    -- (soutient, obtient, devient: singular)
    local one = not plural and M.rules.speaker_starts[toks[a].term] and not head:find("[sx]$")
      and verb_plural and not verb.term:find("[tv]ient$")
    if not M.rules.not_antecedents[head] and not M.rules.time_nouns[head] and not (singular and plural)
       and not one
       and (not restrictive or (people and verb_plural == (plural ~= nil) and not kinds.own[toks[a].term]
                                and restrictive_ok(toks, a, v, sent))) then
      return a, b
    end
  end
  return nil
end

-- A complex inversion's subject, the noun phrase right before the verb at v that its pronoun stands
-- for ("Aussi le ministère précise-t-il que", "Sans doute le maire a-t-il dit vrai"): past the adverb
-- that inverts ("Peut-être | le ministre", "Tout juste | ce dernier"; none left: "À peine a-t-il",
-- "Au mieux se demandaient-ils"), opening its clause (not "... sont des passoires a-t-il déclaré »"),
-- with no verb and no pronoun at its head: its first and last index, or nil
local function inverted_subject(toks, v, sent, an)
  local s0, b = speaker_before(toks, v, sent, an)
  if not s0 or b ~= v - 1 then return nil end
  local a = s0
  while a <= b and M.rules.inversion_leads[toks[a].term] do a = a + 1 end
  if a > b or M.rules.pronouns[toks[a].term] then return nil end
  for k = a, b do if finite_verb(toks[k]) then return nil end end
  local pre = toks[s0 - 1]
  if not (a > s0 or not pre or pre.sentence ~= sent or M.rules.inversion_leads[pre.term]
          or (pre.type == "punct" and not M.rules.opening_quotes[pre.word])) then
    return nil
  end
  if not (M.rules.speaker_starts[toks[a].term] or (toks[a].flags & 1 ~= 0 and not an:is_stop(toks[a].term))) then
    return nil
  end
  return a, b
end

-- Is t a determiner of the text's language (French "à" folds to the English article "a")?
local function text_determiner(t, an)
  return M.rules.speaker_starts[t.term] ~= nil and (an.lang == "en" or not M.rules.english_only[t.term])
end

-- "Harlem Désir, qui a affirmé", "c'est Macron qui a dit": the name a relative
-- "qui" before the verb at v stands for (capitalised words, with de, du, d'
-- between them): its first and last index, or nil
local function antecedent(toks, v, sent, an)
  local q = v - 1
  while toks[q] and toks[q].sentence == sent and (M.rules.adverbs[toks[q].term] or M.rules.clitics[toks[q].term]) do
    q = q - 1
  end
  local r = toks[q]
  if not (r and r.term == "qui" and r.flags & 1 == 0 and r.sentence == sent) then return nil end
  local b = q - 1
  if toks[b] and toks[b].word == "," then b = b - 1 end
  -- (past an age between commas: "le sénateur John McCain, 80 ans, qui a annoncé")
  if toks[b] and toks[b].term == "ans" and toks[b - 1] and toks[b - 1].type == "number" and toks[b - 2]
     and toks[b - 2].word == "," and toks[b - 2].sentence == sent then
    b = b - 3
  end
  local a = b
  while toks[a] and toks[a].sentence == sent and b - a < 6 do
    local t = toks[a]
    if t.type == "word" and t.flags & 1 ~= 0 then
      a = a - 1
    elseif a < b and M.rules.name_particles[t.term] and t.flags & 1 == 0 and toks[a - 1]
           and toks[a - 1].flags & 1 ~= 0 and toks[a - 1].type == "word" then
      a = a - 1
    else
      break
    end
  end
  -- "C'est le ministre qui affirme", "c'est un téléspectateur qui affirme": a cleft, whoever is
  -- between c'est and qui speaks
  if toks[b] and toks[b].word ~= "," then
    for e = b - 1, math.max(1, b - M.rules.max_cleft), -1 do
      local te = toks[e]
      if te.sentence ~= sent or te.type ~= "word" then break end
      if M.rules.cleft_verbs[te.term] and te.flags & 1 == 0 and toks[e - 1]
         and (toks[e - 1].term == "c'" or toks[e - 1].term == "ce") then
        if e + 1 <= b and (opens_noun_phrase(toks, e + 1) or toks[e + 1].flags & 1 ~= 0) then
          for k = e + 1, b do                   -- a word that is no stopword: not "c'est ce qui", "lui qui"
            if not an:is_stop(toks[k].term) or toks[k].flags & 1 ~= 0 then return e + 1, b end
          end
        end
        break
      end
      if M.rules.verbs[te.term] or M.rules.auxiliaries[te.term] or M.rules.clause_start[te.term] then break end
    end                                         -- (c'est la culpabilité qui ronge X | qui estime: none)
  end
  if a == b then
    -- (the verb past its clitics: "la direction qui en annonce")
    local vv = skip_asides(toks, q + 1, false)
    while toks[vv] and toks[vv].sentence == sent and dates.rules.future.clitics[toks[vv].term] do vv = vv + 1 end
    local ca, cb = common_antecedent(toks, b, sent, an, vv)
    -- (itself in apposition to a name before a comma, the name: "Assuralia, la fédération belge des
    -- assureurs, qui rappelle")
    local e = ca and toks[ca - 1] and toks[ca - 1].word == "," and ca - 2
    if e and toks[e] and toks[e].sentence == sent and toks[e].type == "word" and toks[e].flags & 1 ~= 0 then
      local s0 = e
      -- (its article with a capital, "Le Monde, le quotidien du soir, qui"; no other stopword: "Selon")
      while s0 > e - 4 and toks[s0 - 1] and toks[s0 - 1].sentence == sent and toks[s0 - 1].type == "word"
            and toks[s0 - 1].flags & 1 ~= 0
            and (not an:is_stop(toks[s0 - 1].term) or M.rules.definites[toks[s0 - 1].term]) do
        s0 = s0 - 1
      end
      return s0, e
    end
    return ca, cb
  end
  if a + 1 == b and an:is_stop(toks[b].term) then return nil end    -- "Ce qui explique", "Tout ce qui"
  -- (a link word opening the sentence is no part of the name: "Mais Nicolas Sarkozy, qui reconnaît")
  while a < b and M.rules.subject_links[toks[a + 1].term] and toks[a + 1].flags & 1 ~= 0 do a = a + 1 end
  -- "le ministère de l'Intérieur qui", "un habitant de Dacca qui": a common noun
  -- and its determiner before the name's de, du, d' belong to the antecedent; so
  -- do a title and its determiner right before it ("Le sénateur EELV, qui a dit",
  -- "C'est le colonel Thierry Burkhard qui"), and both in turn ("Le président de
  -- la région Paca qui"); not a verb ("a déclaré Dmitri Medvedev qui")
  for round = 1, 2 do
    local p = a
    if toks[p] and toks[p].sentence == sent and (toks[p].term == "la" or toks[p].term == "l'") then p = p - 1 end
    local de = toks[p]
    -- (after à, only a job between commas after a name: "Mathieu Plane, économiste à l'OFCE, qui"; not "a passé la
    -- parole à Bernard Cazeneuve, qui")
    local at = de and de.word == "à"
    if de and de.sentence == sent and de.flags & 1 == 0
       and (M.rules.antecedent_preps[de.term] or (at and M.rules.antecedent_preps[de.word])) then
      local d = p - 1
      while d > p - 4 and toks[d] and toks[d].sentence == sent and toks[d].type == "word" and toks[d].flags & 1 == 0
            and not text_determiner(toks[d], an) do
        d = d - 1
      end
      if round == 2 and d ~= p - 2 then break end      -- after a title, one noun: "Le président de"
      if d < p - 1 and toks[d] and toks[d].sentence == sent and text_determiner(toks[d], an) and not at then
        a = d - 1
        break                                            -- not "la démission de son ministre de l'Intérieur"
      elseif d < p - 1 and toks[d] and toks[d].word == "," and toks[d - 1] and toks[d - 1].sentence == sent
             and toks[d - 1].type == "word" and toks[d - 1].flags & 1 ~= 0 then
        -- "Christian Troadec, maire de Carhaix qui regrette": the name the apposition is about
        local nb = d - 1
        local na = nb
        while nb - na < 4 and toks[na - 1] and toks[na - 1].sentence == sent and toks[na - 1].type == "word"
              and (toks[na - 1].flags & 1 ~= 0
                   or (M.rules.name_particles[toks[na - 1].term] and toks[na - 2] and toks[na - 2].sentence == sent
                       and toks[na - 2].type == "word" and toks[na - 2].flags & 1 ~= 0)) do  -- Charlotte de Montpellier
          na = na - 1
        end
        return na, nb
      else
        break
      end
    else
      local n, det = toks[a], toks[a - 1]
      if not (n and n.sentence == sent and n.type == "word" and n.flags & 1 == 0 and not an:is_stop(n.term)
              and not M.rules.verbs[n.term] and not M.rules.participles[n.term] and not n.lower:find("é[es]*$")
              and not M.rules.locution_nouns[n.term] and det and det.sentence == sent
              and text_determiner(det, an)) then
        break
      end
      a = a - 2
    end
  end
  return a + 1, b
end

-- "a déclaré le porte-parole du Kremlin, Dmitri Peskov.": a title (a determiner, a common noun)
-- from a to b, then between a comma and the clause's end the name of the one who holds it (two
-- or three capitalised words): its first and last index, or nil. With second, past a second title
-- too (after a verb only: "Selon la mairie, le candidat FN, Louis Noguès, a évoqué" names the
-- clause's subject)
local function apposed_name(toks, a, b, sent, an, second)
  local c = toks[b + 1]
  -- (a title after a determiner, or after a name's possessive: "Amnesty International's secretary
  -- general, Agnès Callamard")
  -- (a title's acronym too: "le PDG d'Arianespace, Stéphane Israël")
  -- (a title written with its capital too: "le Premier ministre, Benyamin Netanyahou", "le Président de la
  -- République, Emmanuel Macron")
  local titled = M.rules.speaker_starts[toks[a].term] and toks[a + 1]
    and (toks[a + 1].flags & 1 == 0 or (toks[a + 1].flags & 2 ~= 0 and M.rules.name_titles.person[toks[a + 1].term])
         or M.rules.capital_titles[toks[a + 1].term])
  for k = a, math.min(b - 1, a + 3) do
    if not titled and (straight(toks[k].word):find("'s$") or toks[k].term == "'s") and toks[k + 1].flags & 1 == 0 then
      titled = true
    end
  end
  if not (c and c.word == "," and titled) then return nil end
  -- (past a second title between commas, with no verb: "a déclaré l'un de ses membres, le
  -- représentant du Medef local, Stéphane Lambert")
  local n0 = b + 2
  local d = toks[n0]
  if second and d and d.sentence == sent and M.rules.speaker_starts[d.term] and d.flags & 1 == 0 then
    for k = n0 + 1, n0 + 7 do
      local w = toks[k]
      if not w or w.sentence ~= sent or (w.type ~= "word" and w.word ~= ",") or finite_verb(w) then break end
      if w.word == "," then
        if k > n0 + 1 then n0 = k + 1 end
        break
      end
    end
  end
  local k, n = n0, 0
  -- (a title's abbreviation before the name stays in it: "son avocat, Me Jacques Martin", "le
  -- maire, M. Dupont")
  k = past_title(toks, k)
  local after_title = k > n0
  -- (a particle inside the name, capitalised or not: "Bruno Le Maire", "Charles De Gaulle",
  -- "Apolline de Malherbe"; only capitalised words count)
  -- (and a surname joined to its particle: "Nasser al-Khelaïfi", "Raed al-Saleh")
  while toks[k] and toks[k].sentence == sent and toks[k].type == "word"
        and ((toks[k].flags & 1 ~= 0 and not an:is_stop(toks[k].term))
             or (k > n0 and particled(toks[k]))
             or (k > n0 and inner_particle(toks[k].term) and toks[k + 1]
                 and toks[k + 1].type == "word"
                 and toks[k + 1].flags & 1 ~= 0 and toks[k + 1].sentence == sent))
        and n <= 3 do
    if (toks[k].flags & 1 ~= 0 and not an:is_stop(toks[k].term)) or particled(toks[k]) then n = n + 1 end
    k = k + 1
  end
  local after = toks[k]
  -- (two or three capitalised words, or one after a title's abbreviation: "M. Dupont")
  local ends = not after or after.sentence ~= sent or after.type == "punct"
  if not (n >= (after_title and 1 or 2) and n <= 3 and ends) then return nil end
  -- one person for one title: not after a plural ("les sources policières, Nicolas Sarkozy, l'ancien
  -- président, ..." names the clause's subject), nor one ending on an initial ("Roy F. Baumeister")
  if M.rules.pronoun_kinds.plural[toks[a].term] or #toks[k - 1].word == 1 then return nil end
  -- nor after a title that no person holds: "selon l'hebdomadaire, Nicolas Sarkozy, ..., reste"
  if M.rules.speaker_starts[toks[a].term] and b == a + 1 and M.rules.name_titles.org[toks[b].term] then return nil end
  return n0, k - 1
end

-- the gazetteer's adjectives of people (russe, américain), folded: no surname
local function make_demonyms(gazetteer, an)
  local names = {}
  for _, row in ipairs(gazetteer) do
    for n = 2, #row do
      local w = row[n]
      if type(w) == "string" and not w:find("[%s%u]") and not w:find("^\195[\128-\159]") then
        names[an:term(w)] = true
      end
    end
  end
  return names
end
local function demonyms(an) return seq.derived(require "lunette.extract.gazetteer", make_demonyms, an) end

-- A speaker a to b that ends on the name of the one who holds the title before it, with no
-- comma: the index where the name starts, or nil. The name is the capitalised words ending
-- the span: from a known first name on ("son président Thomas Bach", "le ministre de la
-- Défense Sébastien Lecornu"; not "le conseiller d'Alain Juppé": a first name right after de
-- is the title's complement), or all of them after a title of M.rules.name_titles ("l'agence
-- Reuters", "le journal Le Monde", "le professeur Lantier"; not "le député PS").
local function titled_name(toks, a, b, an)
  -- English titles are capitalised and come first: "President Volodymyr Zelensky", "Russian President
  -- Vladimir Putin", "Secretary of State Antony Blinken": the name follows the last title word
  -- (or written in lower case: "spokesman Dmitry Peskov", "Kremlin spokesman Dmitry Peskov")
  -- (and one or two lower-case adjectives before the first title: "regional governor Oleh Syniehubov")
  -- (after a possessive, its owner a complement: "Labour's shadow chancellor Rachel Reeves", "the company's
  -- chief executive Tim Cook")
  if an.lang == "en" then
    for k = a + 1, math.min(b - 2, a + 3) do
      if toks[k].type ~= "word" then break end
      if toks[k].term == "'s" then a = k + 1; break end
    end
  end
  -- (an organisation's kind in lower case before its name, three words at most: "Spain's weather agency
  -- AEMET", "the polling firm YouGov")
  -- (past a capitalised adjective of nationality: "The Spanish weather agency AEMET"; the name's
  -- possessive ending is its own: "The rating agency Moody's")
  if an.lang == "en" then
    local s0 = M.rules.speaker_starts[toks[a].term] and a + 1 or a
    local z = org_kind_name(toks, s0, b) or (toks[s0].flags & 1 ~= 0 and org_kind_name(toks, s0 + 1, b)) or nil
    for q = z or b + 1, b do
      if toks[q].type ~= "word" or (toks[q].flags & 1 == 0 and not (q == b and q > z and toks[q].term == "'s")) then
        z = nil
        break
      end
    end
    if z then return z end
  end
  local lead = a
  if an.lang == "en" then
    while lead < a + 2 and lead < b and toks[lead].type == "word" and toks[lead].flags & 1 == 0
          and not M.rules.name_titles.en[toks[lead].term] and not M.rules.speaker_starts[toks[lead].term] do
      lead = lead + 1
    end
    if not M.rules.name_titles.en[toks[lead].term] then lead = a end
  end
  if an.lang == "en" and (toks[a].flags & 1 ~= 0 or M.rules.name_titles.en[toks[lead].term]) then
    local q
    local titles = M.rules.name_titles.en
    -- (a lower-case word is a title's too before one, two at most: "CoreLogic research director Tim Lawless",
    -- "its chief investment officer"; or its complement after of: "head of research Tim Lawless")
    local function title_word(k) return toks[k] and toks[k].flags & 1 == 0 and titles[toks[k].term] end
    for k = lead, b - 1 do
      local w = toks[k]
      -- (an abbreviated title's period before a first name and a surname: "Gov. Jay Inslee", "Sen. Maria
      -- Cantwell"; "Mr. Lee" stays whole)
      local period = w.word == "." and k > lead and toks[k - 1].stop + 1 == w.start
        and titles[toks[k - 1].term] and b - k >= 2
      local complement = w.type == "word" and w.flags & 1 == 0 and k - 2 >= lead and toks[k - 1].term == "of"
        and title_word(k - 2)
      -- (the period of a place's initials before the title: "B.C. Premier David Eby", "U.S. President Joe Biden")
      local initials = w.word == "." and k > lead and toks[k - 1].stop + 1 == w.start
        and toks[k - 1].word:find("%u%.%u") ~= nil
      if period or complement then
        q = k
      elseif not initials and (w.type ~= "word" or (w.flags & 1 == 0 and not M.rules.name_titles.en_links[w.term]
                                                    and not titles[w.term] and not title_word(k + 1)
                                                    and not (toks[k + 1] and toks[k + 1].flags & 1 == 0
                                                             and title_word(k + 2)))) then
        return nil
      end
      -- (State, Affairs only inside a title begun before: not "The State Department")
      if M.rules.name_titles.en[w.term] and (q or not M.rules.name_titles.en_inner[w.term]) then q = k end
    end
    if q and q < b and toks[b].flags & 1 ~= 0 and toks[q + 1].flags & 1 ~= 0
       and not M.rules.name_titles.en[toks[b].term] then            -- (The Chief Executive: no name)
      return q + 1
    end
    return nil
  end
  -- (a party's acronym for its member, then a first name: "L'UMP Frédéric Lefebvre", "le PS Jean
  -- Glavany")
  -- (or a title's acronym after a possessive: "son PDG Stéphane Israël")
  if (M.rules.definites[toks[a].term]
      or M.rules.attest_possessives[toks[a].term] and M.rules.name_titles.person[toks[a + 1].term])
     and a + 2 <= b and b - a <= 4 and toks[a + 1].flags & 2 ~= 0 and M.first_name(toks[a + 2].term) then
    for k = a + 2, b do                 -- (a particle inside the name: "l'UDI Charles de Courson")
      local w = toks[k]
      if w.type ~= "word" or (w.flags & 1 == 0 and not (k > a + 2 and k < b and M.rules.name_particles[w.term])) then
        return nil
      end
    end
    return a + 2
  end
  -- ("Le chroniqueur Christophe Alévêque assure"; not "Le Monde")
  if not determiner_at(toks, a) then return nil end
  local last = toks[b]
  if not (last.type == "word" and (last.flags & 1 ~= 0 or particled(last)) and not an:is_stop(last.term)) then
    return nil
  end
  local r = b
  while r > a + 1 and (r - 2 > a + 1 and slash_glued(toks, r - 1) or toks[r - 1].type == "word"
        and ((toks[r - 1].flags & 1 ~= 0 or r - 1 > a + 2 and particled(toks[r - 1]) and toks[r - 2].flags & 1 ~= 0)
             and (not an:is_stop(toks[r - 1].term)
                  -- (a capitalised article between a first name and a surname: "Marine Le Pen")
                  or (r - 2 > a and first_name_particle(toks, r - 1))
                  -- (or opening a name after a slash: "un sondage BVA/Notre Temps", "BVA/Le Parisien")
                  or (r - 3 > a and slash_glued(toks, r - 2)))
             -- (a particle after a first name: "le directeur général Luca de Meo"; or after its first
             -- surname: "son gouverneur François Villeroy de Galhau")
             or (r - 2 > a and toks[r - 1].flags & 1 == 0 and M.rules.name_particles[toks[r - 1].term]
                 and toks[r - 2].flags & 1 ~= 0
                 and (M.first_name(toks[r - 2].term)
                      or (r - 3 > a and toks[r - 3].flags & 1 ~= 0 and M.first_name(toks[r - 3].term)))))) do
    r = r - 1
  end
  if r <= a + 1 or b - r > 3 then return nil end
  local art = toks[r - 1]               -- (with a capitalised article: "le journal Le Monde")
  local with_article = r - 1 > a + 1 and art.flags & 1 ~= 0 and (art.term == "le" or art.term == "la"
    or art.term == "les" or art.term == "l'")
  if with_article then r = r - 1 end
  local title = toks[r - 1]
  local titled = title.type == "word" and title.flags & 1 == 0 and not an:is_stop(title.term)
    and not M.rules.speaker_starts[title.term]
  local k = M.rules.pronoun_kinds
  -- a person's title after de names that person, not the speaker: "l'adjoint de l'entraîneur Laurent
  -- Blanc" (but "le porte-parole du gouvernement Christophe Castaner" is the porte-parole)
  if titled and M.rules.name_titles.person[title.term] then
    for q = a + 1, r - 2 do if M.rules.noun_links[toks[q].term] then return nil end end
  end
  for p = r, b - 1 do                   -- (not a particle inside a name: "Ziyed Ben Belgacem")
    -- (nor a saint's name, a place's: "le curé de Saint Nicolas du Chardonnet")
    if M.first_name(toks[p].term) and (p > r or titled) and not (p > r and M.rules.name_links[toks[p].term])
       and not (p > r and M.rules.saints[toks[p - 1].term]) then
      return p
    end
  end
  if k.plural[toks[a].term] then return nil end
  local nt = M.rules.name_titles
  -- (an organisation's trade heading the speaker, its complements before the name: "le fabricant
  -- de pneumatiques Michelin")
  -- (not a name after de or an article, the complement's: "l'université de Tokyo", "le parti de Marine Le
  -- Pen"; nor a people's adjective, "le géant du meuble Suédois")
  if nt.org[toks[a + 1].term] and toks[a + 1].flags & 1 == 0 and r - 1 > a + 1 and not with_article
     and not an:is_stop(toks[r - 1].term) and not (r == b and demonyms(an)[last.term]) then
    for x = a + 2, r - 1 do
      if toks[x].type ~= "word" or toks[x].flags & 1 ~= 0 or finite_verb(toks[x]) then return nil end
    end
    return r
  end
  if not titled then return nil end
  -- the title heads the speaker: "le président du parti Les Républicains" is no party
  for q = a + 1, r - 2 do if M.rules.noun_links[toks[q].term] then return nil end end
  if nt.org[title.term] then return r end
  -- (or an organisation's title, then adjectives: "le site américain TMZ", "l'agence russe Tass")
  for q = a + 1, r - 2 do
    if nt.org[toks[q].term] then
      for x = q + 1, r - 1 do
        if toks[x].flags & 1 ~= 0 or an:is_stop(toks[x].term) or toks[x].type ~= "word" then return nil end
      end
      return r
    end
  end
  -- (a party's acronym before the name: "la députée FI Danièle Obono")
  if r < b and toks[r].flags & 2 ~= 0 then r = r + 1 end
  local person = false                  -- a title, then adjectives: "le gouverneur démocrate Roy Cooper"
  for q = a + 1, r - 1 do              -- (or a trade before two names: "l'épidémiologiste Mircea Sofonea")
    if nt.person[toks[q].term] or (q == r - 1 and r < b and toks[q].flags & 1 == 0 and role_like(toks[q].term)
                                   and not M.rules.former[toks[q].term]) then
      person = true
    end
  end
  if person and not with_article and not (r == b and last.flags & 2 ~= 0)
     and not (r == b and (demonyms(an)[last.term] or nt.not_surnames[last.term]   -- (le président Russe)
                          or toks[a].term == "un" or toks[a].term == "une")) then  -- (un député Catalan)
    return r
  end
  return nil
end

-- A speaker a to b that is what someone said or published, then de and its author ("selon
-- les chiffres de la police", "selon une récente étude de l'Insee", "selon l'aveu de plusieurs
-- critiques"): the index where the author starts, or nil. After du / des only an acronym
-- ("du CNRS"; "du Parisien" would lose its article); after a study or figures a definite
-- article or a name ("une étude de plusieurs centaines de singes" is about them)
local function content_author(toks, a, b)
  -- (a determiner: "Un article du Parisien rapporte"; not "Le Monde"; or a plural noun of content
  -- with no determiner: "according to figures released by the UN")
  local cn = M.rules.content_nouns
  local bare = toks[a].flags & 1 == 0 and (cn.data[toks[a].term] or cn.said[toks[a].term])
    and (toks[a].term:find("s$") ~= nil or cn.mass[toks[a].term] ~= nil)
  if not bare and not determiner_at(toks, a) then return nil end
  local k, kind = bare and a or a + 1, nil
  -- (a noun of data that is a participle too, after the noun: "un bilan provisoire | communiqué mercredi par")
  local function made(t) return cn.made_en[t.term] or (kind and cn.data[t.term] and past_participle(t)) end
  while k <= b and k - a <= 3 and toks[k].type == "word" and toks[k].flags & 1 == 0
        and not M.rules.noun_links[toks[k].term] and not made(toks[k]) do
    kind = kind or (cn.said[toks[k].term] and "said") or (cn.data[toks[k].term] and "data")
    k = k + 1
  end
  local p = toks[k]
  if not (kind and k < b and p.flags & 1 == 0) then return nil end
  -- English: "a report (published Tuesday) by the Royal United Services Institute", "a study from X"
  if (kind == "data" and made(p)) or cn.by_en[p.term] then
    local q = k
    if made(p) then
      q = q + 1
      while q < b and q - k <= 4 and not cn.by_en[toks[q].term] do q = q + 1 end   -- (Tuesday, last week)
    end
    local y = toks[q + 1]
    -- (par des chercheurs, par un institut: any determiner after the French par)
    if q < b and cn.by_en[toks[q].term] and y
       and (y.flags & 1 ~= 0 or M.rules.definites[y.term]
            or (toks[q].term == "par" and M.rules.speaker_starts[y.term])) then
      return q + 1
    end
    -- (or a kind of organisation in lower case before its name, three words at most: "estimates from
    -- rating agency S&P Global": the name)
    return cn.by_en[toks[q].term] and org_kind_name(toks, q + 1, b) or nil
  end
  local x = toks[k + 1]
  if x.type ~= "word" then return nil end
  if p.term == "du" or p.term == "des" then
    -- (an acronym, a name the gazetteer writes with Le / Les: "une enquête du Monde", or a place or
    -- body it knows: "un rapport des États-Unis", "un rapport du Sénat")
    -- (what someone said or counted: "les mots du procureur de la République", "les propos des
    -- syndicats", "un bilan du ministère de la Santé", "les chiffres du gouvernement"; a firm's trade: "les
    -- chiffres du constructeur")
    return (acronym(x)
            or (x.flags & 1 ~= 0 and (article_names()[x.term] or known_names()[x.term]))
            or (x.flags & 1 == 0 and (M.rules.speaker_nouns[x.term] or M.rules.name_titles.person[x.term]
                                      or M.rules.name_titles.org[x.term] or M.rules.author_bodies[x.term])))
      and k + 1 or nil
  end
  if not (p.term == "de" or p.term == "d'") then return nil end
  if x.flags & 1 ~= 0 then return k + 1 end
  local definite = x.term == "le" or x.term == "la" or x.term == "l'" or x.term == "les"
  -- (after a document's noun and the article, a name or who counts: "l'étude de l'Insee", "les
  -- chiffres de la police", "un rapport de la commission"; not what is studied: "l'étude de la
  -- proximité des candidats", "l'analyse de la sociologie électorale"; what is said is its
  -- speaker's: "les mots de l'huissier")
  local y = definite and toks[k + 2]
  if definite and kind == "data" and y and y.type == "word" and y.flags & 1 == 0
     and not M.rules.speaker_nouns[y.term] and not M.rules.name_titles.person[y.term]
     and not M.rules.name_titles.org[y.term] and not M.rules.author_bodies[y.term] then
    -- (but who published or made it after that, par and its author: "l'atlas de la démographie médicale
    -- publié mardi par le Conseil national de l'Ordre")
    for q = k + 3, math.min(b - 2, k + 8) do
      local w = toks[q]
      if w.type ~= "word" then break end
      if M.rules.published_participles[w.term] or past_participle(w) then      -- (publié, réalisé)
        for r = q + 1, math.min(b - 1, q + 4) do
          local z = toks[r + 1]
          if toks[r].term == "par" and (z.flags & 1 ~= 0 or M.rules.speaker_starts[z.term]) then return r + 1 end
        end
        break
      end
    end
    return nil
  end
  if definite or (kind == "said" and M.rules.speaker_starts[x.term]) then return k + 1 end
  return nil
end

-- a-t-il déclaré, estime-t-elle, dit-on: the index of the pronoun after the
-- hyphen at k (the speaker), or nil
local function inverted_pronoun(toks, k)
  local hk = seq.columns(toks)[k]                    -- (read in the term column: no record)
  if hk ~= "-t-" and hk ~= "-" and hk ~= "t" then return nil end
  local h, p = toks[k], toks[k + 1]
  if h and p and (h.word == "-t-" or h.word == "-") and M.rules.pronouns[p.term] and p.stop > h.stop
     and h.start == toks[k - 1].stop + 1 then
    return k + 1
  end
  -- "raconte t-il": the first hyphen left out
  local q = toks[k + 2]
  if h and p and q and h.term == "t" and p.word == "-" and M.rules.pronouns[q.term]
     and p.start == h.stop + 1 and q.start == p.stop + 1 then
    return k + 2
  end
end

-- the number and gender a speaker shows by its first word: "plural", "f", "m" or nil
local function speaker_kind(speaker, an)
  local first = speaker:match("^[^%s]+") or ""
  local f = an:term(first)
  f = f:gsub("'$", ""):gsub("’$", "")
  local k = M.rules.pronoun_kinds
  -- (two people joined: "Jean et Marie", "le ministre et le député"; not one with two titles, "la
  -- journaliste et humoriste")
  local second_one, then_ = speaker:match(" et ([^%s]+)%s*([^%s]*)")
  if second_one then                        -- (past an adverb: "Eric Ciotti et surtout Bernard Accoyer")
    local jt = an:term(straight(second_one):match("^%a'") and second_one:sub(1, 1) .. "'" or second_one)
    if second_one:find("^%u") or M.rules.speaker_starts[jt] or (M.rules.adverbs[jt] and then_:find("^%u")) then
      return "plural"
    end
  end
  if k.plural[f] or (an.lang == "en" and k.plural_en[an:term(speaker:match("([^%s]+)$") or "")]) then
    return "plural"
  end
  if k.feminine[f] or k.female_names[f] then return "f" end
  if k.masculine[f] or k.male_names[f] then return "m" end
  local elided, after = straight(first):match("^(%a)'(.+)$")     -- "l'avocate": l and the noun
  if k.ungendered[elided and an:term(elided) or f] then    -- "son compagnon", "l'avocate": the noun's gender
    local written = after or speaker:match("^[^%s]+%s+([^%s]+)") or ""
    local noun = an:term(written):gsub("^ex%-", "")                                   -- (l'ex-épouse)
    if k.feminine_nouns[noun] then return "f" end
    if k.masculine_nouns[noun] then return "m" end
    if written:find("^%l") then
      for _, e in ipairs(k.feminine_endings) do if noun:sub(-#e) == e then return "f" end end
      for _, e in ipairs(k.masculine_endings) do if noun:sub(-#e) == e then return "m" end end
    end
  end
  -- a common noun in -s or -x with no determiner: a plural ("sources sûres", "experts")
  if first:find("^%l") and f:find("^[%l%-]+[sx]$") and #f > 3 and not k.invariable[f] then return "plural" end
  -- a title that tells no gender, then a first name that does: "Me Xavier Normand-Bodard", "Dr Anne Dupont"
  local second = first:find("^%u") and speaker:match("^[^%s]+%s+(%u[^%s]*)")
  if second then
    local s = an:term(second)
    if k.female_names[s] then return "f" end
    if k.male_names[s] then return "m" end
  end
  return nil
end

-- "« ... », a-t-il ajouté", "selon elle": a pronoun speaker's source is the last speaker
-- before it (within M.rules.pronoun_reach sentences) whose number and gender agree;
-- the pronoun stays in speaker, its span in speaker_start / speaker_end
-- the first token of sentence si, back from token from (in si or after it), or nil
local function sentence_start(toks, from, si)
  local _, sn = seq.columns(toks)                                      -- (no record for the way back)
  local k = from
  while sn[k] and sn[k] >= si + 1 do k = k - 1 end                     -- back into sentence si
  if sn[k] ~= si then return nil end
  while sn[k - 1] == si do k = k - 1 end                               -- its first token
  return k
end

-- the name (two to four capitalised words) opening sentence si as its subject, after a link word
-- at most ("Mais Nicolas Sarkozy réfute les accusations."): first and last token index, or nil
local function opening_name(toks, from, si, an)
  local tm = seq.columns(toks)
  local k = sentence_start(toks, from, si)
  if not k then return nil end
  if M.rules.subject_links[tm[k]] then k = k + 1 end
  local a = k
  while toks[k] and toks[k].sentence == si and toks[k].type == "word" and toks[k].flags & 1 ~= 0
        and not an:is_stop(toks[k].term) and not dates.rules.months[toks[k].term]
        and not dates.rules.weekdays[toks[k].term] and k - a < 4 do
    k = k + 1
  end
  local nx = toks[k]
  if k - a >= 2 and nx and nx.sentence == si and nx.type == "word" and nx.flags & 1 == 0 then
    -- (past a person's title before the name: "Prime Minister | Irakli Kobakhidze accused")
    while k - a > 2 and M.rules.name_titles.person[tm[a]] do a = a + 1 end
    return a, k - 1
  end
  return nil
end

-- the subject opening sentence si right before its verb, for an inverted pronoun closing a clause of
-- that sentence ("Airbus a livré 497 avions, a-t-il annoncé", "Le constructeur aéronautique européen
-- a dégagé un bénéfice, a-t-il annoncé", "Les syndicats ont appelé à la grève, ont-ils indiqué"):
-- capitalised words (four at most) or a determiner, its noun and two adjectives in lower case, then
-- the verb; a company, a body or a thing as well as a person (what the clause's grammar says); its
-- first and last token index when its gender or number is want's or unknown, or nil
local function clause_subject(toks, text, from, si, want, an)
  local tm, sn, _, fl, ty = seq.columns(toks)
  local k = sentence_start(toks, from, si)
  if not k then return nil end
  if M.rules.subject_links[tm[k]] then k = k + 1 end
  local e = k
  local named = false
  if M.rules.subject_determiners[tm[k]] or M.rules.pronoun_kinds.plural[tm[k]] then
    e = k + 1
    if not (sn[e] == si and ty[e] == "word" and not verb_opening(toks[e])) then return nil end
    -- (or a name after it, capitalised words and adjectives, its acronym in brackets: "La Banque nationale
    -- suisse (BNS) a abaissé son taux, a-t-elle annoncé")
    named = fl[e] & 1 ~= 0
    while e - k < (named and 4 or 3) and sn[e + 1] == si and ty[e + 1] == "word" and not verb_opening(toks[e + 1])
          and (fl[e + 1] & 1 == 0 and (not named or first_names.institution_adjectives[tm[e + 1]]
                                       or place_adjectives()[tm[e + 1]])
               or (named and fl[e + 1] & 1 ~= 0)) do
      e = e + 1
    end
    if named and tm[e + 1] == "(" and tm[e + 3] == ")" and sn[e + 3] == si and toks[e + 2].word:find("^%u%u+$") then
      e = e + 3
    end
  else
    while sn[e] == si and ty[e] == "word" and fl[e] & 1 ~= 0 and not an:is_stop(tm[e]) and e - k < 4 do e = e + 1 end
    -- (one word: an acronym or a name the gazetteer knows, not a word its sentence capitalises:
    -- "Hospitalisé, il n'avait, écrit-il, plus")
    if e == k or (e == k + 1 and not toks[k].word:find("^%u%u+$") and not known_names()[tm[k]]) then return nil end
    e = e - 1
  end
  -- (after a name and its determiner, any word in lower case but a stop word: "La SNCB prévoit")
  if not (toks[e + 1] and sn[e + 1] == si and ty[e + 1] == "word"
          and (verb_opening(toks[e + 1]) or (named and fl[e + 1] & 1 == 0 and not an:is_stop(tm[e + 1])))) then
    return nil
  end
  if not agent_like(toks, k, e) then return nil end            -- (not "La hausse est de 12 %, a-t-elle")
  -- (no quote before the pronoun: what it closes is the quote, said by someone else, "« ... »,
  -- a-t-il ajouté")
  for q = e + 1, from do
    if M.rules.closing_quotes[toks[q].word] or M.rules.opening_quotes[toks[q].word] then return nil end
  end
  local kind = speaker_kind(text:sub(toks[k].start, toks[e].stop), an)
  -- (a possessive's singular, "ses", tells no gender)
  if kind == want or (kind == nil and want ~= "plural") or (want == "sing" and kind ~= "plural") then return k, e end
  return nil
end

-- is an English speaker a body or a thing that "it" takes up: a word of bodies_en or things_en, or an
-- acronym, before any preposition ("The health ministry", "The Office for Budget Responsibility (OBR)",
-- "The report", "NATO")?
local function body_en(speaker, an)
  local k = M.rules.pronoun_kinds
  for w in speaker:gmatch("[^%s]+") do
    local tw = an:term(w)
    if M.rules.preps_en[tw] then break end
    if k.bodies_en[tw] or k.things_en[tw] or w:find("^%u%u+$") then return true end
  end
  return false
end

-- an English body or thing as the subject opening sentence si ("The report found", "A UN study
-- published Tuesday showed", "The Office for Budget Responsibility (OBR) forecast"): a determiner,
-- up to four words to its head (body_en), the names of after it ("of Health", "for Budget
-- Responsibility", "(OBR)"), then a word in lower case: its first and last token index, or nil
local function opening_body_en(toks, from, si, an)
  local tm, sn, _, fl, ty = seq.columns(toks)
  local k = sentence_start(toks, from, si)
  if not k then return nil end
  local a = k
  if M.rules.determiners_en[tm[k]] then k = k + 1 end
  local head
  for h = k, k + 3 do
    if sn[h] ~= si or ty[h] ~= "word" or M.rules.preps_en[tm[h]] then break end
    if body_en(toks[h].word, an) then head = h; break end
  end
  if not head then return nil end
  local b = head
  while true do                                  -- its name: capitalised words, of / for them, (OBR)
    local n = b + 1
    if sn[n] == si and (tm[n] == "of" or tm[n] == "for") and fl[n + 1] and fl[n + 1] & 1 ~= 0 then n = n + 1 end
    if sn[n] == si and tm[n] == "(" and fl[n + 1] and toks[n + 1].word:find("^%u%u+$") and tm[n + 2] == ")" then
      b = n + 2
    elseif sn[n] == si and ty[n] == "word" and fl[n] & 1 ~= 0 and not dates.rules.weekdays_en[tm[n]] then
      b = n
    else break end
  end
  local nx = b + 1
  if sn[nx] == si and ty[nx] == "word" and fl[nx] & 1 == 0 then return a, b end
  return nil
end

-- is the folded word w an adjective a title may have before its holder's name: one of
-- M.rules.title_adjectives, a people's or a camp's ("le président ukrainien", "la présidente
-- pro-occidentale": M.rules.title_adjective_prefixes and title_adjective_ends)
local function title_adjective(w)
  -- (and an institution's: "Le conseiller fédéral Albert Rösti", "la conseillère municipale X")
  if M.rules.title_adjectives[w] or first_names.institution_adjectives[w] then return true end
  local p = w:match("^(%l+%-)%l")
  if p and M.rules.title_adjective_prefixes[p] then return true end
  for _, e in ipairs(M.rules.title_adjective_ends) do
    if #w > #e + 2 and w:sub(-#e) == e then return true end
  end
  return false
end

-- a person's singular noun phrase as the subject opening sentence si, past a link word or a
-- phrase the first comma closes ("Moins de 24 heures après, le ministre de l'Intérieur a été
-- poussé vers la sortie."): a determiner, a title or a noun of a person (the adjectives of
-- subject_adjectives before it), two complements at most (de l'Intérieur, du parti), then its
-- verb: first and last token index, then those of a name in apposition (", Louis-Marie Horeau,"),
-- or nil
local function opening_subject(toks, from, si)
  local tm, sn, _, fl, ty = seq.columns(toks)
  local k = sentence_start(toks, from, si)
  if not k then return nil end
  local kinds, titles = M.rules.pronoun_kinds, M.rules.name_titles.person
  local function subject_at(a)
    if not (M.rules.subject_determiners[tm[a]] and fl[a] & 2 == 0 and sn[a] == si) then return nil end
    local h = a + 1
    while M.rules.subject_adjectives[tm[h]] and sn[h] == si do h = h + 1 end
    if not (sn[h] == si and ty[h] == "word" and fl[h] & 1 == 0
            and (titles[tm[h]] or kinds.masculine_nouns[tm[h]] or kinds.feminine_nouns[tm[h]])) then
      return nil
    end
    local e, links = h, 0
    if tm[e + 1] == "en" and tm[e + 2] == "chef" then e = e + 2 end          -- (le rédacteur en chef)
    while links < 2 and sn[e + 1] == si and M.rules.of_links[tm[e + 1]] and fl[e + 1] & 1 == 0 do
      local c = e + 2
      if M.rules.definites[tm[c]] and sn[c] == si then c = c + 1 end        -- (de l'Intérieur, de la Santé)
      -- (its adjectives before the noun: "l'épouse de l'ancien maire")
      while M.rules.subject_adjectives[tm[c]] and fl[c] & 1 == 0 and sn[c + 1] == si and ty[c + 1] == "word" do
        c = c + 1
      end
      if not (sn[c] == si and ty[c] == "word") then return nil end
      -- (a name after it, its own or a noun's: "du Canard Enchaîné", "de l'équipe UAE Emirates")
      local c0 = c
      while sn[c + 1] == si and ty[c + 1] == "word" and fl[c + 1] & 1 ~= 0 and c - c0 < 4 do c = c + 1 end
      -- (and an institution's adjective after it: "du Front national", "du rugby français")
      if sn[c + 1] == si and fl[c + 1] & 1 == 0 and first_names.institution_adjectives[tm[c + 1]] then c = c + 1 end
      e, links = c, links + 1
    end
    -- (a name right after the title, or after its adjective: "La ministre Rachida Dati a signé", "Le
    -- vice-président sortant Mahamudu Bawumia a obtenu"; titled_name finds it)
    if links == 0 then
      local n0 = e
      if sn[e + 1] == si and title_adjective(tm[e + 1]) and fl[e + 1] & 1 == 0
         and sn[e + 2] == si and ty[e + 2] == "word" and fl[e + 2] & 1 ~= 0 then
        n0 = e + 1
      end
      local n = n0
      while sn[n + 1] == si and ty[n + 1] == "word" and fl[n + 1] & 1 ~= 0 and n - n0 < 4 do n = n + 1 end
      if n > n0 + 1 then e = n end
    end
    -- a name in apposition is the one meant: "le rédacteur en chef du Canard, Louis-Marie Horeau, dit"
    if tm[e + 1] == "," and sn[e + 2] == si and ty[e + 2] == "word" and fl[e + 2] & 1 ~= 0 then
      local n = e + 2
      while sn[n + 1] == si and ty[n + 1] == "word" and fl[n + 1] & 1 ~= 0 and n - e < 5 do n = n + 1 end
      local v = n + 1
      if tm[v] == "," then v = v + 1 end
      if n > e + 2 and toks[v] and sn[v] == si and ty[v] == "word" and verb_opening(toks[v]) then
        return a, e, e + 2, n
      end
    end
    -- (a verb after it, or any word in lower case that opens no complement, no clause: "le Slovène
    -- compte six minutes d'avance", "le président sortant")
    -- (or the words it says, quoted: "Le chef de l'État « ne démissionnera pas », avait-il assuré")
    local v = toks[e + 1]
    if v and v.sentence == si and (v.type == "word" and (verb_opening(v) or v.flags & 1 == 0
                                                         and not M.rules.subject_not_verbs[v.term])
                                   or M.rules.opening_quotes[v.word]) then
      return a, e
    end
    -- (or a relative clause between commas after the title's name: "La présidente Salomé
    -- Zourabichvili, dont le mandat expire, refuse")
    if e > h and tm[e + 1] == "," and sn[e + 2] == si and (tm[e + 2] == "qui" or tm[e + 2] == "dont") then
      return a, e
    end
    return nil
  end
  if M.rules.subject_links[tm[k]] then k = k + 1 end
  local a, e, na, nb = subject_at(k)              -- (and the name in apposition)
  if a then return a, e, na, nb end
  for c = k + 1, k + 10 do                    -- (past a phrase before a comma)
    if sn[c] ~= si or ty[c] == "punct" and tm[c] ~= "," then return nil end
    if tm[c] == "," then return subject_at(c + 1) end
  end
  return nil
end

-- The person named last before token from, in its sentence or the one before (a known first
-- name and the capitalised words after it: "... du député Alain Suguenot. Ce dernier a dit"):
-- its first and last index, or nil
-- (subject: a name opening its sentence or clause only, after punctuation or a lead word:
-- "Hier soir Nicolas Demorand ...", "..., Emmanuel Macron s'est ..."; not "a rencontré Jean Dupont")
-- Do the words before the name at k open its sentence as its title, three words at most with a title's
-- noun among them, capitalised or the noun ("Conservative leader Rishi Sunak", "Le président Emmanuel
-- Macron"; not "a rencontré le président X")?
local function titled_opening(toks, k)
  local q, title, adjective = k - 1, false, false
  while toks[q] and toks[q].sentence == toks[k].sentence and toks[q].type == "word" and k - q <= 4 do
    local w = toks[q].term
    local noun = M.rules.name_titles.person[w] or M.rules.name_titles.en[w]
    -- (one lower-case word of five letters or more after the title: "Le maire écologiste Grégory Doucet")
    if not (noun or toks[q].flags & 1 ~= 0) then
      if title or adjective or #w < 5 or toks[q].flags & 8 ~= 0 then return false end
      adjective = true
    end
    title = title or noun ~= nil
    q = q - 1
  end
  return title and (not toks[q] or toks[q].sentence ~= toks[k].sentence or toks[q].type == "punct")
end

local function last_name_before(toks, from, gender, subject)
  local tm, sn, _, fl, ty = seq.columns(toks)
  local lo = sn[from] and sn[from] - 1 or 0
  local other = M.rules.pronoun_kinds[gender == "m" and "female_names" or "male_names"]   -- (of the other gender)
  local k = from
  while true do
    k = k - 1
    if k < 1 or sn[k] < lo then break end
    -- (a subject's name, not one the words quoted hold: "« Donald Trump vient d'être élu ... »,
    -- a-t-il expliqué"; past a quotation, back to where it opens)
    -- (a straight quote closes when glued to the word before it: `, "On veut ..., a-t-il dit` opens)
    if subject and M.rules.closing_quotes[tm[k]] and tm[k] ~= "'"
       and (tm[k] ~= '"' or (toks[k - 1] and toks[k - 1].stop + 1 == toks[k].start)) then
      local o = quote_opening(toks, k, lo, true)
      if not o then break end
      k = o
    elseif ty[k] == "word" and fl[k] & 1 ~= 0 and M.first_name(tm[k]) and not (gender ~= "sing" and other[tm[k]])
       and (not subject or sn[k - 1] ~= sn[k] or ty[k - 1] == "punct"
            or M.rules.pronoun_kinds.subject_leads[tm[k - 1]] or titled_opening(toks, k)) then
      local e = k
      while sn[e + 1] == sn[k] and e + 1 < from and e - k < 3 do
        if ty[e + 1] == "word" and fl[e + 1] & 1 ~= 0 then e = e + 1
        elseif M.rules.name_particles[tm[e + 1]] and fl[e + 1] & 1 == 0 and ty[e + 2] == "word" and fl[e + 2] & 1 ~= 0
               and e + 2 < from then
          e = e + 2                                 -- (Valéry Giscard d'Estaing)
        else break end
      end
      if e > k then return k, e end
      -- (a first name alone as a subject, before its verb or an apposition: "Larry était présent
      -- dans les gradins, il raconte", "Sarah, mère de famille, se reconnaît")
      local nx = toks[k + 1]
      -- (not one called, an opening quote before it and a comma after: "« Dick, lui dit-il, c'est toi »")
      if subject and nx and sn[k + 1] == sn[k] and (tm[k + 1] == "," or verb_opening(nx))
         and not M.rules.feasts[tm[k]]                                    -- (not "Noël est un moment")
         and not (tm[k + 1] == "," and toks[k - 1] and M.rules.opening_quotes[toks[k - 1].word]) then
        return k, k
      end
    end
    -- (a document named after the person is nearer: "un rapport du CNRS arrive. Selon celui-ci"; a noun after
    -- its determiner or de, not a verb written as one: "Arthur Mensch, l'entreprise compte 60 salariés")
    local kinds = M.rules.pronoun_kinds
    local det = tm[k - 1] or ""
    if kinds.things[tm[k]] and fl[k] & 1 == 0
       and (kinds.thing_pronouns[tm[k]] or M.rules.speaker_starts[det] or M.rules.of_links[det]) then
      return nil
    end
  end
  return nil
end

-- "selon ses dires", "d'après leurs propos": a possessive and a saying stand for a pronoun
-- ("sing" for son / sa / ses, "plural" for leur / leurs), else nil
local function possessive_saying(speaker, an)
  local d, n = speaker:match("^(%S+)%s+(%S+)$")
  if not d then                                  -- (with "propres": "selon ses propres dires")
    local p
    d, p, n = speaker:match("^(%S+)%s+(%S+)%s+(%S+)$")
    if p and an:term(p) ~= "propres" and an:term(p) ~= "propre" then d = nil end
  end
  n = an:term(n or "")
  -- (not "sa déclaration": often a document, "sa déclaration de patrimoine"; what it published too: "selon
  -- ses calculs", "selon leurs chiffres")
  local c = M.rules.content_nouns
  if not d or not (c.said[n] or c.data[n]) or n == "declaration" then return nil end
  d = an:term(d)
  if d == "son" or d == "sa" or d == "ses" then return "sing" end
  if d == "leur" or d == "leurs" then return "plural" end
  return nil
end

-- A subject pronoun at p in a clause opening its sentence on a subordinator ("S'il fait part de
-- ses difficultés, l'ancien footballeur reste", "Quand elle a dit cela, la ministre savait"):
-- the subject of the main clause after the comma that closes it, first and last index, or nil
local function cataphora(toks, p)
  local sent = toks[p].sentence
  local s0 = p
  while toks[s0 - 1] and toks[s0 - 1].sentence == sent do s0 = s0 - 1 end
  if s0 == p or p - s0 > 3 then return nil end
  for q = s0, p - 1 do if not M.rules.pronoun_kinds.cataphora_openers[toks[q].term] then return nil end end
  local c = p + 1
  while toks[c] and toks[c].sentence == sent and toks[c].word ~= "," and c - p < 30 do
    if toks[c].type == "punct" then return nil end
    c = c + 1
  end
  local a = c + 1
  if not (toks[c] and toks[c].word == "," and toks[a] and toks[a].sentence == sent) then return nil end
  if not (toks[a].flags & 1 ~= 0 or M.rules.speaker_starts[toks[a].term]) or M.rules.pronouns[toks[a].term]
     or M.rules.pronoun_kinds.indefinites[toks[a].term] then
    return nil
  end
  local v = a + 1
  while toks[v] and toks[v].sentence == sent and toks[v].type == "word" and v - a <= 5 do
    local t = toks[v]
    if t.flags & 1 == 0 and M.rules.clause_start[t.term] then return nil end
    if verb_opening(t) then break end
    v = v + 1
  end
  if not (toks[v] and toks[v].sentence == sent and toks[v].type == "word" and v - a <= 5) then return nil end
  return a, v - 1
end

-- the index of the first token of the record r (its speaker's first token: r.tok)
local function first_token(toks, r)
  local c = r.tok
  while c > 1 and toks[c - 1].start - 1 >= r.start do c = c - 1 end
  return c
end

-- The token that opens the quote a record's cue follows ("« A. B. C », a-t-il lancé": the «; a comma
-- between), and the one that closes it; or nil: what the pronoun takes up comes before it
local function quote_before(toks, r)
  local q = first_token(toks, r) - 1
  if toks[q] and toks[q].word == "," then q = q - 1 end
  if not (toks[q] and M.rules.closing_quotes[toks[q].word]) then return nil end
  return quote_opening(toks, q), q
end

-- is the record c a cue between commas that its speaker follows, an aside in a quote: ", s'exclame X,"?
local function speaking_aside(toks, c)
  local x = first_token(toks, c)
  return x < c.tok and toks[x - 1] ~= nil and toks[x - 1].word == ","
end

-- The opening quote of the quotation token k stands in (one before it in its paragraph, not closed
-- since), or nil
local function inside_quote(toks, text, k)
  for q = k - 1, math.max(1, k - M.rules.quote_reach), -1 do
    local t = toks[q]
    if opening_quote(toks, q) then return q end
    if M.rules.closing_quotes[t.word] then return nil end
    local nl = text:find("\n", t.stop + 1, true)
    if nl and nl < toks[q + 1].start then return nil end                -- (a paragraph ends there)
  end
  return nil
end

local function resolve_pronouns(out, an, toks, text)
  local k = M.rules.pronoun_kinds
  for n, r in ipairs(out) do
    local term = an:term(r.speaker)
    local want = k.pronouns[term] or possessive_saying(r.speaker, an)
    local from, si = r.tok, r.sentence
    local opened, closing = nil, nil             -- (the quote the cue follows)
    if want and r.tok then opened, closing = quote_before(toks, r) end
    -- (after a quotation of several sentences, from where it opens)
    local qo = opened and toks[opened].sentence < toks[closing].sentence and opened or nil
    -- (opened inside a sentence, after its subject: "Fleur Pellerin veut renforcer la prévention
    -- « ... » explique-t-elle": that sentence first, then the one before)
    local befores = { si - 1 }
    if qo then
      from, si = qo, toks[qo].sentence
      befores[1] = si - 1
      if toks[qo - 1] and toks[qo - 1].sentence == si then table.insert(befores, 1, si) end
    end
    -- (an inverted pronoun closing a clause: the subject opening its own sentence first, "La
    -- ministre Rachida Dati a signé le décret, a-t-elle annoncé")
    local hy = want and not qo and r.tok and toks[r.tok - 1]
    local own_opener
    if hy and (hy.word == "-t-" or hy.word == "-") and hy.stop + 1 == toks[r.tok].start then
      -- (not a sentence its own pronoun opens, which the inverted one takes up: "Il figure sur la liste du
      -- maire Max Vincent, a-t-il annoncé" is whom the sentence before names, see also below)
      own_opener = sentence_start(toks, from, si)
      if own_opener and toks[own_opener].term ~= term then own_opener = nil end
      for q = own_opener and math.max(1, own_opener - 1) or from + 1, from do   -- (not a quote's own "Il y avait")
        if M.rules.opening_quotes[toks[q].word] or M.rules.closing_quotes[toks[q].word] then own_opener = nil end
      end
      if not own_opener then table.insert(befores, 1, si) end
      local ca, cb = clause_subject(toks, text, from, si, want, an)
      -- (or a person's title opening it before the quote the pronoun closes: "Le chef de l'État « ne
      -- démissionnera pas », avait-il assuré")
      local sa, sb, na2, nb2 = nil, nil, nil, nil
      if not ca then sa, sb, na2, nb2 = opening_subject(toks, from, si) end
      if sa and M.rules.opening_quotes[toks[(nb2 or sb) + 1].word] then
        local kind = speaker_kind(text:sub(toks[sa].start, toks[sb].stop), an)
        if kind == want or (want == "sing" and kind and kind ~= "plural") then
          ca, cb = na2 or titled_name(toks, sa, sb, an) or sa, nb2 or sb
        end
      end
      if ca then
        local name = text:sub(toks[ca].start, toks[cb].stop)
        r.source, r.source_of, want = canonical(name) or name, 0, nil
      end
    end
    -- (a singular demonstrative: the person named last, "Ce dernier a dénoncé")
    local na, nb = nil, nil
    if want and want ~= "plural" and k.demonstratives[term] and r.tok then
      na, nb = last_name_before(toks, r.tok, want)
    end
    -- (a pronoun before its noun: "S'il fait part de ses difficultés, l'ancien footballeur")
    if not na and want and want ~= "plural" and want ~= "body" and r.tok and M.rules.subject_pronouns[term] then
      local ca, cb = cataphora(toks, r.tok)
      local kind = ca and speaker_kind(text:sub(toks[ca].start, toks[cb].stop), an)
      if ca and (kind == want or kind == nil) then na, nb = ca, cb end
    end
    if na then
      local name = text:sub(toks[na].start, toks[nb].stop)
      r.source, r.source_of, want = canonical(name) or name, 0, nil
    end
    if want then
      local chain
      local function later(a) return a and (not chain or toks[a].sentence > out[chain].sentence) end
      -- the person the sentence sb opens with when it agrees with the pronoun, as written, or nil: a name
      -- (a name whose first name tells no gender will do, not one of a place or body the gazetteer knows:
      -- "Mais Jackson Collins refuse", not "Arabie Saoudite et Qatar dans son viseur"); else a person's
      -- title or noun as the subject opening it ("le ministre de l'Intérieur a été poussé vers la sortie. Il
      -- a annoncé sa démission"), its name when one follows ("Le président de la République Emmanuel
      -- Macron", "la ministre, Françoise Nyssen,"); and whether it is a name
      local function opener(sb)
        local a, b = opening_name(toks, from, sb, an)
        local name = later(a) and text:sub(toks[a].start, toks[b].stop)
        local kind = name and speaker_kind(name, an)
        if name and (kind == want or (kind == nil and want ~= "sing" and not known_names()[toks[a].term])
                     or (want == "sing" and kind and kind ~= "plural")) then
          return name, true
        end
        local sa, sbb, na2, nb2 = opening_subject(toks, from, sb)
        local skind = later(sa) and speaker_kind(text:sub(toks[sa].start, toks[sbb].stop), an)
        if later(sa) and (skind == want or (want == "sing" and skind and skind ~= "plural")) then
          local named = na2 ~= nil
          if not na2 then
            local t = titled_name(toks, sa, sbb, an)       -- (a name from a title on, to the subject's end)
            named = t ~= nil
            na2, nb2 = t or sa, sbb
          end
          return text:sub(toks[na2].start, toks[nb2].stop), named
        end
        return nil
      end
      -- (a closing quote before its cue, a comma aside: each quote a pattern of its own, "»" and "”"
      -- being several bytes, no pattern class)
      local before = r.start and text:sub(math.max(1, r.start - 5), r.start)
      local quoted = before and (before:find("»%s*,?%s*$") or before:find('"%s*,?%s*$')
                                 or before:find("”%s*,?%s*$")) ~= nil
      for m = n - 1, 1, -1 do
        local c = out[m]
        if si - c.sentence > M.rules.pronoun_reach then break end
        -- (not a cue inside the quote the pronoun's cue closes, in its last sentence: "« LockBit a déjà
        -- publié les données de plusieurs hôpitaux », rappelle-t-il" is the expert's before it; but an
        -- aside that says who speaks is: "« ..., a répondu Marine Le Pen. Mais ... », a-t-elle ajouté",
        -- "« Nous avons trouvé un consensus, s'exclame Gérard Collomb, nous ... » conclut-il")
        if opened and c.tok and c.tok > opened and c.sentence == toks[closing].sentence
           and not speaking_aside(toks, c) then
          goto next_record
        end
        local thing = false                   -- "selon le travail de nos services": no one to say "il"
        for w in straight(c.speaker):gmatch("[^%s']+") do          -- its head: the first word after the determiners
          local tw = an:term(w)
          if not M.rules.speaker_starts[tw] then
            thing = k.things[tw] or (k.persons_en[term] and k.bodies_en[tw]) or false  -- (she: no ministry)
            break
          end
        end
        if not thing and k.persons_en[term] then          -- (an English head comes last, before a preposition)
          for w in c.speaker:gmatch("[^%s]+") do
            local tw = an:term(w)
            if M.rules.preps_en[tw] then break end
            if k.things_en[tw] then thing = true; break end
          end
        end
        local first = an:term(straight(c.speaker):match("^[^%s']+") or "")
        local own = k.own[first] or (k.our[first] and c.source == c.speaker)
        local person = an:term(c.speaker)
        -- (a pronoun of the same person and gender, resolved: the same one speaks on, "« ... »,
        -- a-t-il indiqué. « ... », a-t-il ajouté"), unless a name or subject comes after it (below)
        if k.pronouns[person] and (k.pronouns[person] == want or possessive_saying(c.speaker, an) == want)
           and want ~= "sing" and c.source ~= c.speaker then
          chain = m
          break
        end
        if not k.pronouns[person] and not k.not_antecedents[person] and c.source_of == nil
           and (not thing or want == "body") and not own then
          local kind = speaker_kind(c.speaker, an)
          local ok
          -- (a pronoun after a quote speaks it: not a body a figure was attributed to, "..., selon
          -- l'Insee. « ... », détaille-t-il": one word the gazetteer knows, its article aside)
          local named = quoted and kind == nil and M.rules.according_cues[c.cue:lower()]
            and straight(c.source or ""):gsub("^[Ll]'", ""):gsub("^[Ll][ae]s? ", "")
          if named and not named:find("%s") and known_names()[an:term(named)] then ok = false
          elseif want == "body" then ok = body_en(c.speaker, an)
          elseif want == "plural" then ok = kind == "plural"
          else ok = kind ~= "plural" and (kind == nil or kind == want or want == "sing") end
          if ok then
            -- (but a person named opening the sentence before, after its sentence, is nearer: "..., estime
            -- le consortium. Le président de la région, Carlos Mazón, est critiqué. Il a promis une enquête")
            local near, by_name = nil, false
            if c.sentence < befores[1] and want ~= "plural" and want ~= "body" and r.tok then
              near, by_name = opener(befores[1])
            end
            if near and by_name then
              r.source, r.source_of = canonical(near) or near, 0
            else
              r.source, r.source_of = c.source, m
            end
            break
          end
        end
        ::next_record::
      end
      -- else the person the sentence before opens with, when it agrees ("Mais Nicolas Sarkozy
      -- réfute les accusations. Il a publié un communiqué"; a name of a person in one's gender)
      -- else the person named last as a subject, in this sentence or the one before ("Marine Le
      -- Pen, ..., n'a pas participé mais elle a estimé", "Hier soir Nicolas Demorand ... Ce matin, il")
      -- (each only when it comes after the pronoun chain goes back to)
      if r.source_of == nil and want == "body" and r.tok then       -- (it: "The report found ... It said")
        local a, b = opening_body_en(toks, from, si - 1, an)
        local name = later(a) and text:sub(toks[a].start, toks[b].stop)
        if name then r.source, r.source_of = canonical(name) or name, 0 end
      end
      if r.source_of == nil and want ~= "plural" and want ~= "body" and r.tok then
        local a, b = last_name_before(toks, own_opener or from, want, true)
        local name = later(a) and text:sub(toks[a].start, toks[b].stop)
        if name then r.source, r.source_of = canonical(name) or name, 0 end
      end
      for _, sb in ipairs(befores) do
        if r.source_of ~= nil or want == "plural" or want == "body" or not r.tok then break end
        local name = opener(sb)
        if name then r.source, r.source_of = canonical(name) or name, 0 end
      end
      -- (a possessive of content, "selon ses estimations": the subject opening the sentence before, a body's too, "La
      -- Fondation Abbé-Pierre publie son rapport. Selon ses estimations")
      if r.source_of == nil and not chain and r.tok and possessive_saying(r.speaker, an) then
        local ca, cb = clause_subject(toks, text, from, befores[1], want, an)
        if ca and later(ca) then
          local name = text:sub(toks[ca].start, toks[cb].stop)
          r.source, r.source_of = canonical(name) or name, 0
        end
      end
      if r.source_of == nil and chain then r.source, r.source_of = out[chain].source, chain end
    end
  end
  for _, r in ipairs(out) do r.source_of, r.tok = nil, nil end
end

-- "selon la même source", "indique-t-on de même source", "according to the same source": the source of
-- the attribution before it in the text, within pronoun_reach sentences (the phrase stays the speaker)
-- Is a record's speaker a content noun with no author, three words at most ("Certaines estimations",
-- "Les chiffres"; not "Les chiffres de l'Insee")?
local function unauthored_content(toks, r)
  local x, head = r.tok, nil
  while toks[x] and toks[x].stop <= r.speaker_end do
    if M.rules.of_links[toks[x].term] then return false end
    head, x = toks[x], x + 1
  end
  return head ~= nil and x - r.tok <= 3 and M.rules.content_nouns.data[head.term] ~= nil
end

-- A content noun with no author that speaks before an attribution by selon, d'après or according to
-- in its sentence is what that one says: "Certaines estimations évoquent jusqu'à 150 000 victimes, selon
-- l'émissaire américain Tom Perriello" has that one attribution (the figure's source)
local function content_yields(out, toks, an)
  local named, by_name = {}, {}                       -- sentence -> the start of its last such attribution
  for _, r in ipairs(out) do
    by_name[r] = M.rules.named_cues[first_term(an, r.cue)]
    if by_name[r] then named[r.sentence] = math.max(named[r.sentence] or -1, r.start) end
  end
  if not next(named) then return out end
  local kept = {}
  for _, r in ipairs(out) do
    local yields = named[r.sentence] and named[r.sentence] > r.start and r.tok and unauthored_content(toks, r)
    if by_name[r] or not yields then
      kept[#kept + 1] = r
    end
  end
  return kept
end

local function resolve_same_source(out, an, text)
  local same = M.rules.same_source
  for n, r in ipairs(out) do
    local who = an:term(r.speaker)
    local said = same[who]
    if who == "on" then                                       -- (the same source after the inverted "on")
      local after = an:term(text:sub(r["end"] + 1, r["end"] + 40):match("^%s*([^,.;:!?]*)") or "")
      for phrase in pairs(same) do                      -- (the phrase, and maybe more after it)
        if after == phrase or after:sub(1, #phrase + 1) == phrase .. " " then said = true; break end
      end
    end
    if said then
      for m = n - 1, 1, -1 do                           -- (one said by the same source before: its source)
        local c = out[m]
        if r.sentence - c.sentence > M.rules.pronoun_reach then break end
        if c.start < r.start and not same[an:term(c.source)] and c.source ~= "on" then
          r.source = c.source
          break
        end
      end
    end
  end
end

-- what stands between an auxiliary and its participle: a-t-il, a d'ailleurs, a, quant à lui,
-- (one set per locutions table and length: seq.derived)
local function make_asides(locutions)
  local words = { ["-t-"] = true, ["-"] = true, ["d'"] = true, [","] = true }
  for _, row in ipairs(locutions) do for _, w in ipairs(row) do words[w] = true end end
  return words
end
local function asides_of(locutions) return seq.derived(locutions, make_asides) end

-- records by start, then end, then speaker: a total order (Lua's sort picks random pivots in a long
-- list, and two records at one start came out in either order from run to run)
local function record_order(x, y)
  if x.start ~= y.start then return x.start < y.start end
  if x["end"] ~= y["end"] then return x["end"] < y["end"] end
  return (x.speaker_start or -1) < (y.speaker_start or -1)
end

local COLONS = { terms = { [":"] = true } }      -- (one table: the set kept in C)
local PASSIVE = { ete = true }       -- "a été annoncé (par X)": été between an auxiliary and its participle
-- the participles of passive_cues with their agreements (estimé, estimée, estimés, estimées)
local function make_agreed(words)
  local list = {}
  for w in pairs(words) do list[#list + 1] = w end
  return agreed_set(list)
end

-- the participles of the reflexive rows of phrase_verbs ("s'est dit"): a set
local function reflexives_of(rows)
  local out = {}
  for _, row in ipairs(rows) do
    if #row == 3 and (row[1] == "s'" or row[1] == "se") and M.rules.reflexive_be[row[2]] then
      out[row[3]] = true
    end
  end
  return out
end

-- Is the quote opening at o a title, the subject of the verb after it: a capitalised word, four
-- more at most, the closing quote, a word in lower case ("« Vaiana 2 » a attiré", "« Le Monde » révèle")?
local function quoted_title(toks, o)
  local f = toks[o + 1]
  if not (f and f.flags & 1 ~= 0 and f.sentence == toks[o].sentence) then return false end
  for q = o + 2, o + 6 do
    local tq = toks[q]
    if not tq or tq.sentence ~= f.sentence then return false end
    if M.rules.closing_quotes[tq.word] then
      local v = toks[q + 1]
      return v ~= nil and v.sentence == f.sentence and v.type == "word" and v.flags & 1 == 0
    end
  end
  return false
end

-- Does an object after the infinitive at c end on a colon and a quote within fourteen tokens of its
-- sentence (commas allowed: "Et de rappeler des règles à suivre : « ... »")?
local function colon_quote_after(toks, c)
  for q = c + 2, c + 14 do
    local tq = toks[q]
    if not tq or tq.sentence ~= toks[c].sentence or (tq.type == "punct" and tq.word ~= ":" and tq.word ~= ",") then
      return false
    end
    if tq.word == ":" then return toks[q + 1] ~= nil and M.rules.opening_quotes[toks[q + 1].word] ~= nil end
  end
  return false
end

--- Attributions of a text. opts as for figures (lang, tokens, sentences).
function M.extract(text, opts)
  opts = opts or {}
  local toks, sents, doc = seq.tokens_of(text, opts)
  local col_terms, col_sents, _, col_flags = seq.columns(toks)
  local an = analyzer.new{ lang = opts.lang or "fr" }
  sents = sents or an:sentences(text)
  local out = {}
  local preps = seq.index(M.rules.prepositions)
  local phrase_verbs = seq.index(M.rules.phrase_verbs)
  local phrase_cues = seq.index(M.rules.phrase_cues)
  local pv_anchors, pv_len = seq.anchors(phrase_verbs)
  local aside_words = asides_of(M.rules.locutions)
  local aside_index = seq.index(M.rules.locutions)
  local function after_aside(p) return after_adverb(toks, p) or select(2, seq.longest(aside_index, toks, p)) end
  -- the index past every aside from p on (p when none: "a d'ailleurs de nouveau dit")
  local function past_asides(p)
    local ak = after_aside(p)
    while ak do p, ak = ak, after_aside(ak) end
    return p
  end
  -- the end of a phrase whose first word (at k, its trie node) an aside follows: "tient toutefois à
  -- préciser", "a tenté maladroitement d'expliquer"; or nil
  local function past_first_aside(node, k)
    local p = past_asides(k + 1)
    return p > k + 1 and select(2, seq.longest(node, toks, p)) or nil
  end
  local phrase_verb_starts = seq.firsts(M.rules.phrase_verbs)
  -- "s'est quant à lui dit", "s'est de nouveau dit": a reflexive past with an aside before its
  -- participle: the index after the participle, or nil
  local reflexive_participles = seq.derived(M.rules.phrase_verbs, reflexives_of)
  local function reflexive_aside(toks_, k)
    local be = toks_[k + 1]
    if not (be and M.rules.reflexive_be[be.term]) then return nil end
    local p = past_asides(k + 2)
    if p == k + 2 or not (toks_[p] and reflexive_participles[toks_[p].term]) then return nil end
    return p + 1
  end
  local topics = seq.index(M.rules.topics)
  local leads = seq.index(M.rules.leads)
  -- does the cue from a to b report only with its speaker after it (M.rules.inverted_only; or
  -- reflexive_inverted_only after se, s': "se rappelle X")?
  local function inverted_only_at(a, b)
    local v = toks[b].term
    local r = M.rules.reflexive_inverted_only[v]             -- (true, or "present": se and the verb only)
    return M.rules.inverted_only[v]
      or (r and (toks[a].term == "se" or toks[a].term == "s'") and (r ~= "present" or b == a + 1)) or false
  end
  local function add(cue_a, cue_b, sp_a, sp_b, name_a)
    -- a text that provides for a thing is no one who forecasts it: "le budget prévoyait un déficit de 93
    -- millions", "le projet de loi prévoit 60 milliards" (M.rules.plan_nouns; "L'Insee prévoit" forecasts)
    if sp_b < cue_a and M.rules.forecast_verbs[toks[cue_b].term] then
      local h = M.rules.speaker_starts[toks[sp_a].term] and sp_a + 1 or sp_a
      if h <= sp_b and M.rules.plan_nouns[toks[h].term] and toks[h].flags & 2 == 0 then return end
    end
    -- (a verb of quote_only reports a quote right before it, a comma and an object pronoun aside)
    -- (or a colon after them that opens a quote, or "comme l'a suggéré X"; reflexive, it reports as
    -- any: "se défend le ministre", "Le Premier ministre se défend :")
    local nx, pv = toks[cue_b + 1], toks[cue_a - 1]
    local reflexive = toks[cue_a].term == "se" or toks[cue_a].term == "s'"
    if not reflexive and (M.rules.quote_only[toks[cue_b].term]
        or (M.rules.quote_only_that[toks[cue_b].term] and not (nx and M.rules.that[nx.term])))
       and not (nx and nx.word == ":" and toks[cue_b + 2] and M.rules.opening_quotes[toks[cue_b + 2].word]
                -- (not in a relative, its object: "la ligne politique qu'elle défend : « ... »")
                and not (pv and (M.rules.that[pv.term] or (toks[cue_a - 2] and M.rules.that[toks[cue_a - 2].term]))))
       and not (pv and (pv.term == "l'" or pv.term == "le") and toks[cue_a - 2]
                and toks[cue_a - 2].term == "comme") then
      local k = cue_a - 1
      while toks[k] and M.rules.object_clitics[toks[k].term] and toks[k].flags & 1 == 0 do k = k - 1 end
      local comma = toks[k] and toks[k].word == ","
      if comma then k = k - 1 end
      local figure = false
      if comma and M.rules.figure_reported[toks[cue_b].term] then
        for x = k, 1, -1 do
          if toks[x].sentence ~= toks[cue_a].sentence then break end
          if toks[x].type == "number" or toks[x].type == "percent" then figure = true; break end
        end
      end
      if not (figure or toks[k] and (M.rules.closing_quotes[toks[k].word]
                                     or (M.rules.sentence_ends[toks[k].word]
                                         and toks[k].sentence ~= toks[cue_a].sentence))) then
        return
      end
    end
    -- a verb of saying in the future, its speaker before it and nothing said after it but a time, a
    -- place, an addressee: a speech to come, no report ("Son avocat, Me Dupont, plaidera mercredi", "Le
    -- ministre s'exprimera jeudi devant la presse")
    if sp_b < cue_a and future_form(toks[cue_b].term) then
      local x = skip_asides(toks, cue_b + 1, true)
      if toks[x] and toks[x].term == "le" and after_day_month(toks, x + 1) > x + 1 then   -- (le 27 novembre)
        x = skip_asides(toks, after_day_month(toks, x + 1), true)
      end
      local e = toks[x]
      if not e or e.sentence ~= toks[cue_b].sentence or e.word == "." or M.rules.sentence_ends[e.word] then return end
    end
    -- an English pronoun right after a noun opens a relative of that noun, its object: "the number of
    -- new permanent residents it admits next year" (not "..., he said", "Then she said")
    local pw = toks[sp_a - 1]
    if an.lang == "en" and sp_a == sp_b and sp_b < cue_a and M.rules.subject_pronouns[toks[sp_a].term]
       and pw and pw.sentence == toks[sp_a].sentence and pw.type == "word" and pw.flags & 1 == 0
       and not an:is_stop(pw.term) and not pw.term:find("..ly$") and not M.rules.verbs[pw.term]
       and not M.rules.finite_en[pw.term] and not M.rules.clause_start[pw.term] then
      return
    end
    -- (so does English "will" between the speaker and the verb, unless what it will say follows: "Tesla
    -- will report first-quarter earnings on April 23", not "Biden will say that ...")
    if an.lang == "en" and sp_b < cue_a then
      for k = sp_b + 1, cue_a - 1 do
        if M.rules.future_en[toks[k].term] then
          local e = toks[skip_asides(toks, cue_b + 1, true)]
          if not (e and e.sentence == toks[cue_b].sentence
                  and (M.rules.that[e.term] or e.word == ":" or M.rules.opening_quotes[e.word])) then
            return
          end
        end
      end
    end
    -- a fire, an epidemic that "se déclare" broke out
    if (toks[cue_a].term == "se" or toks[cue_a].term == "s'") and toks[cue_b].term:find("^declar") then
      for k = sp_a, sp_b do
        if M.rules.outbreaks[toks[k].term] and toks[k].flags & 1 == 0 then return end
      end
    end
    -- (in English, a comparison's: "£2.8bn more than economists had forecast" reports nothing)
    if an.lang == "en" and sp_b < cue_a then
      for k = math.max(1, sp_a - 1), sp_b do
        if toks[k].term == "than" and toks[k].flags & 1 == 0 then return end
      end
    end
    -- (in English, a verb of saying inside a subject before the cue ends the clause it opens: "The
    -- minister said | officials had warned him": officials)
    if an.lang == "en" and sp_b < cue_a then
      -- (a relative opening it is the object's: "cuts, which critics say will push": critics)
      if sp_b > sp_a and M.rules.object_relatives_en[toks[sp_a].term] and toks[sp_a].flags & 1 == 0 then
        sp_a = sp_a + 1
      end
      -- (or one inside it after its antecedent, no preposition's demonstrative: "an October 26 parliamentary
      -- election that the opposition says was rigged": the opposition; not "officials at that agency said")
      for k = sp_b - 1, sp_a + 1, -1 do
        local p = toks[k - 1]
        if toks[k].flags & 1 == 0 and M.rules.object_relatives_en[toks[k].term] and p.type == "word"
           and p.flags & 1 == 0 and not M.rules.preps_en[p.term] and not an:is_stop(p.term) then
          sp_a = k + 1
          break
        end
      end
      -- (and one closing it is the subject's: "The man who | said": the man)
      if sp_b > sp_a and (toks[sp_b].term == "who" or M.rules.object_relatives_en[toks[sp_b].term])
         and not acronym(toks[sp_b]) then                                         -- (not "the WHO said")
        sp_b = sp_b - 1
      end
      for k = sp_b, sp_a + 1, -1 do
        if toks[k].flags & 1 == 0 and M.rules.clause_verbs_en[toks[k].term] then sp_a = k + 1; break end
        -- (a determiner right after a name opens another noun phrase: "He told Reuters | the army had")
        if toks[k].flags & 1 == 0 and M.rules.definites[toks[k].term] and toks[k - 1].type == "word"
           and toks[k - 1].flags & 1 ~= 0 then
          sp_a = k
          break
        end
      end
      if sp_a > sp_b then return end
    end
    -- a speaker never ends on a lone lower-case letter nor a subject pronoun: "affirmait
    -- Libération | il y a quelques années", "selon une l\u00e9gende" (escaped text: none)
    local trimmed = false
    while sp_b > sp_a and #toks[sp_b].word == 1 and toks[sp_b].word:find("^%l$") do sp_b, trimmed = sp_b - 1, true end
    if trimmed and sp_b > sp_a and M.rules.clause_pronouns[toks[sp_b].term] and toks[sp_b].flags & 1 == 0
       and not M.rules.noun_links[toks[sp_b - 1].term] and toks[sp_b - 1].term ~= "entre" then
      sp_b = sp_b - 1                                                   -- (Libération | il y a)
    end
    if trimmed and (M.rules.speaker_starts[toks[sp_b].term] or toks[sp_b].type ~= "word") then return end
    -- nor on an elided word, which opens what follows: "ce que nous dit le marché | c'est que"
    while sp_b > sp_a and toks[sp_b].flags & 8 ~= 0 do sp_b = sp_b - 1 end
    -- nor on a participle whose complement it cut: "un communiqué publié | sur le site du parti", "la
    -- lettre retrouvée | sur la dépouille" (but "les personnes interrogées", "le ministre délégué")
    -- (a noun in -é is as often there: "de l'armée | à l'AFP", "la société | a estimé": not after de or
    -- a determiner, and only before a preposition that à, a and en are not)
    local pp, after_pp, before_pp = toks[sp_b], toks[sp_b + 1], toks[sp_b - 1]
    -- (or after an acronym: "un décompte de l'AFP | fondé sur des données"; not after a name, which
    -- may end on one: "Le Canard enchaîné dans son édition")
    if sp_b - sp_a >= 2 and pp.type == "word" and pp.flags & 1 == 0 and past_participle(pp)
       and not M.rules.name_titles.person[pp.term] and before_pp.type == "word"
       and (before_pp.flags & 2 ~= 0
            or (before_pp.flags & 1 == 0 and not M.rules.speaker_starts[before_pp.term]
                and not M.rules.noun_links[before_pp.term]))
       and after_pp and after_pp.sentence == pp.sentence and M.rules.cut_complements[after_pp.term] then
      sp_b = sp_b - 1
    end
    -- a singular verb after its speaker has one subject, the name after "et": "le couperet tombe
    -- et Bérangère annonce" (not "Marine Le Pen et Louis Aliot", nor "de l'Économie et des Finances")
    if sp_b < cue_a then
      local vt = toks[cue_a].term
      if not (third_plural(vt) or vt:find("ons$") or vt:find("ez$")) then
        for k = sp_b - 1, sp_a + 1, -1 do
          local w = toks[k]
          if w.term == "et" and w.flags & 1 == 0 then
            if toks[k + 1].flags & 1 ~= 0 and toks[k + 1].type == "word" and toks[k - 1].type == "word"
               and toks[k - 1].flags & 1 == 0 and not M.rules.name_titles.person[toks[k + 1].term] then
              sp_a = k + 1
            end
            break
          end
        end
      end
    end
    -- a clause before "et" is none of the speaker's: "D'autres disent rester sur leur faim et |
    -- certains font même part"
    if sp_b < cue_a then
      for k = sp_b - 1, sp_a + 1, -1 do
        local nk = toks[k + 1]                    -- (a subject after et: a determiner, a name, beaucoup)
        if toks[k].term == "et" and toks[k].flags & 1 == 0
           and (M.rules.speaker_starts[nk.term] or nk.flags & 1 ~= 0 or nk.term == "beaucoup") then
          for x = sp_a, k - 1 do
            if finite_verb(toks[x]) then sp_a = k + 1; break end
          end
          break
        end
      end
    end
    local _, past_topic = seq.longest(topics, toks, sp_a)
    if past_topic and past_topic <= sp_b then sp_a = past_topic end    -- (À propos de | X)
    -- "60 % des Français estiment", "Some 40% of respondents said": the share is the speaker's
    local pre = toks[sp_a - 1]
    if M.rules.share_links[toks[sp_a].term] and pre and pre.sentence == toks[sp_a].sentence
       and (sp_a - 1 > cue_b or sp_b < cue_a)
       and (pre.type == "percent" or pre.term == "%" or pre.term == "percent" or pre.term == "cent") then
      local p = sp_a - 1
      if (pre.term == "%" or pre.term == "percent") and toks[p - 1] and toks[p - 1].type == "number" then p = p - 1 end
      if pre.term == "cent" and toks[p - 1] and toks[p - 1].term == "pour" and toks[p - 2]
         and toks[p - 2].type == "number" then
        p = p - 2                                                       -- (60 pour cent des)
      end
      sp_a = p
    elseif (toks[sp_a].term == "percent" or toks[sp_a].term == "%") and pre and pre.type == "number"
           and pre.sentence == toks[sp_a].sentence and sp_b < cue_a then
      sp_a = sp_a - 1                                                   -- (60 percent of voters)
    end
    -- a fronted phrase with no comma after it, then the subject: "A la fin du repas | l'ambitieux
    -- candidat a évoqué", "À Paris | le maire a affirmé" (its first determiner after a word that
    -- is neither a preposition nor de)
    local fa = toks[sp_a]                                        -- (A la fin: à without its accent)
    if sp_b < cue_a and (is_opener(fa)
                         or (fa.term == "a" and fa.flags & 1 ~= 0 and M.rules.speaker_starts[toks[sp_a + 1].term])) then
      for k = sp_a + 2, sp_b - 1 do
        local d, w = toks[k], toks[k - 1]
        if M.rules.speaker_starts[d.term] and d.flags & 1 == 0 and w.type == "word" and not M.rules.noun_links[w.term]
           and not is_opener(w) and not M.rules.speaker_starts[w.term] then
          sp_a = k
          break
        end
      end
    end
    local _, past_lead = seq.longest(leads, toks, sp_a)              -- (Plus loin | le président)
    if past_lead and past_lead <= sp_b
       and (opens_noun_phrase(toks, past_lead) or toks[past_lead].flags & 1 ~= 0) then
      sp_a = past_lead
    end
    -- a speaker that denies it said anything: "Aucun ministre n'a confirmé", "No official said"
    if sp_b < cue_a then
      local first = toks[sp_a].term
      if M.rules.no_one[first] and toks[sp_a + 1] and toks[sp_a + 1].type == "word" then return end
      if M.rules.negative_subjects[first] then
        for k = sp_b + 1, cue_a - 1 do
          if toks[k].term == "ne" or toks[k].term == "n'" then return end
        end
      end
    end
    -- an English cue in the infinitive: its subject is the one of the verb before "to" ("He went
    -- on to say": He), and one who declines or refuses to say says nothing ("The official declined
    -- to say how many")
    if an.lang == "en" and toks[sp_b].term == "to" and sp_b > sp_a then
      local k = sp_b - 1
      if M.rules.refusals_en[toks[k].term] then return end
      while k > sp_a and toks[k].flags & 1 == 0
            and (M.rules.infinitive_heads_en[toks[k].term] or toks[k].term:find("..ed$")) do
        k = k - 1
      end
      if k == sp_b - 1 then return end          -- (no verb known to govern it)
      sp_b = k
    end
    -- a cue of documents wants one among its speaker's words ("Data from the WHO showed that")
    if M.rules.document_cues[toks[cue_b].term] then
      local k, written = M.rules.pronoun_kinds, false
      for x = sp_a, sp_b do
        if (toks[x].flags & 1 == 0 or x == sp_a) and (k.things[toks[x].term] or k.things_en[toks[x].term]) then
          written = true
          break
        end
        if x > sp_a and M.rules.noun_links[toks[x].term] then break end       -- (its head: before de / of)
      end
      if not written then return end
    end
    -- a speaker never ends on a conjunction ("cette proposition est arrivée et | nous nous sommes dit")
    -- nor on à ("Ceux-là à | qui on a expliqué")
    if (M.rules.speaker_never_ends[toks[sp_b].term] and toks[sp_b].flags & 1 == 0) or toks[sp_b].word == "à" then
      return
    end
    -- nor holds a subject pronoun of the first or second person with its verb: "les femmes que |
    -- nous récupérons sur l'Aquarius | me confient"
    for k = sp_a, sp_b do
      local w = toks[k]
      if (w.term == "je" or w.term == "j'") and w.flags & 2 == 0 then return end            -- (Je comprends, répondit)
      if w.flags & 1 == 0 and (w.term == "tu"
                               or ((w.term == "nous" or w.term == "vous") and k < sp_b
                                   and toks[k + 1].flags & 1 == 0
                                   and (toks[k + 1].term:find("ons$") or toks[k + 1].term:find("ez$")))) then
        return
      end
    end
    -- nor on an auxiliary, adverbs aside: "on aurait vraiment | dit" is no speaker with its verb
    local last = sp_b
    while last > sp_a and (M.rules.adverbs[toks[last].term] or ment_adverb(toks, last)
                           or toks[last].term == "not" or toks[last].term == "never") do     -- (has not | confirmed)
      last = last - 1
    end
    if last < sp_b and M.rules.auxiliaries[toks[last].term] and toks[last].flags & 1 == 0
       and toks[last].word ~= "à" then
      return
    end
    -- nor holds a verb of its own ("la députée qui | l'a interrogé | lui a répété", "Le discours
    -- qu'| il a prononcé samedi | a martelé"): an auxiliary and its participle
    for k = sp_a, sp_b do              -- a negation is a verb's too: "dont le nom n'est pas cité"
      if (toks[k].term == "ne" or toks[k].term == "n'" or M.rules.be_finite[toks[k].term])    -- (dont le
         and toks[k].flags & 1 == 0 then return end                                          -- logement est collé)
    end
    for k = sp_a, sp_b - 1 do
      local x, y = toks[k], toks[k + 1]
      if M.rules.auxiliaries[x.term] and x.flags & 1 == 0 and x.type == "word" and y.type == "word"
         and y.flags & 1 == 0 and (y.lower:find("é[es]*$") or M.rules.participles[y.term]) then
        return
      end
    end
    -- a saying, a law, a picture: no one speaks ("dit le proverbe", "la loi précise que")
    local h = sp_a
    while h < sp_b and M.rules.speaker_starts[toks[h].term]                -- (La loi, opening a sentence)
          and (toks[h].flags & 1 == 0 or not toks[h - 1] or toks[h - 1].sentence ~= toks[h].sentence) do
      h = h + 1
    end
    if M.rules.non_speakers[toks[h].term] and toks[h].flags & 1 == 0 then return end
    -- nor everyone: "pour tous ceux qui reconnaissent" (but "affirme celui qui fut ministre", a
    -- periphrasis for someone)
    if (toks[sp_b].term == "ceux" or toks[sp_b].term == "celles") and sp_b > sp_a
       and (toks[sp_b - 1].term == "tous" or toks[sp_b - 1].term == "toutes") then
      return
    end
    -- nor an adjective alone, the cue its noun: "Petite note : ...", "Première annonce, ..."
    if sp_a == sp_b and (M.rules.noun_adjectives[toks[sp_a].term]
                         or (M.rules.ordinals[toks[sp_a].term] and sp_b + 1 == cue_a
                             and (sp_a == 1 or toks[sp_a - 1].sentence ~= toks[sp_a].sentence))) then
      return
    end
    local s = math.min(toks[cue_a].start, toks[sp_a].start)
    local e = math.max(toks[cue_b].stop, toks[sp_b].stop)
    local speaker = text:sub(toks[sp_a].start, toks[sp_b].stop)
    -- (the name or author ends before a participle that says who published or relayed it: "une étude
    -- de Ernst & Young | publiée par Challenges", "une étude Ifop | citée par L'Express")
    local who_b = sp_b
    for k = sp_a + 1, sp_b do
      local w = toks[k]
      if w.flags & 1 == 0 and (M.rules.content_nouns.made_en[w.term] or M.rules.relayed[w.term]) then
        who_b = k - 1
        break
      end
    end
    -- (a title, then its holder's name after a comma: "Le chef du gouvernement, Pedro Sanchez, a décrété
    -- trois jours de deuil et promis")
    if not name_a and M.rules.speaker_starts[toks[sp_a].term] and toks[sp_b].flags & 1 ~= 0 then
      local c = sp_b - 1
      while c > sp_a and toks[c].word ~= "," do c = c - 1 end
      if c > sp_a and apposed_name_at(toks, c + 1, sp_b, an) then name_a = c + 1 end
    end
    if not name_a then
      name_a = titled_name(toks, sp_a, sp_b, an)
      local author = not name_a and content_author(toks, sp_a, sp_b)
      -- (and the author's title goes: "selon la formule de l'historien | Benjamin Stora")
      if author then name_a = author < sp_b and titled_name(toks, author, sp_b, an) or author end
      -- (an outlet's noun with no determiner after du, and its adjectives: the name after them, "selon
      -- les estimations du site spécialisé JP's Box-Office", "les chiffres du quotidien Le Parisien")
      if author and name_a == author and M.rules.name_titles.org[toks[author].term] and toks[author].flags & 1 == 0 then
        local q = author + 1
        while q < sp_b and q - author <= 2 and toks[q].type == "word" and toks[q].flags & 1 == 0
              and not M.rules.speaker_starts[toks[q].term] do        -- (not "du journal l'Usine Nouvelle")
          q = q + 1
        end
        if q <= sp_b and toks[q].flags & 1 ~= 0 and q > author then name_a = q end
      end
      if not name_a and who_b < sp_b then name_a = titled_name(toks, sp_a, who_b, an) end
    end
    if name_a and name_a > who_b then who_b = sp_b end           -- (a report published Tuesday by | X)
    local who = name_a and text:sub(toks[name_a].start, toks[who_b].stop) or speaker   -- (the name after a title)
    -- (a name after du / des that the gazetteer writes with its article: "du Monde" -> Le Monde)
    local pn = name_a and toks[name_a - 1]
    if pn and (pn.term == "du" or pn.term == "des") and name_a == sp_b and toks[name_a].flags & 2 == 0 then
      who = article_names()[toks[name_a].term] or who
    end
    local si = toks[cue_a].sentence
    local sent = sents[si] or { s, e }
    out[#out + 1] = { start = s - 1, ["end"] = e, text = text:sub(s, e),
      source = canonical(who) or canonical(speaker) or who, speaker = speaker,
      cue = text:sub(toks[cue_a].start, toks[cue_b].stop),
      speaker_start = toks[sp_a].start - 1, speaker_end = toks[sp_b].stop,
      sentence = si, sentence_start = sent[1] - 1, sentence_end = sent[2], tok = sp_a }
  end
  -- the attribution that ends last before byte limit, at most reach sentences before sentence si
  -- (out is in token order but for the records the passes below add)
  local function last_said(limit, si, reach)
    local prev
    for _, r in ipairs(out) do
      if r["end"] <= limit and si - r.sentence <= reach and (not prev or r.start > prev.start) then prev = r end
    end
    return prev
  end
  -- a cue from token a to b that speaks for the attribution prev, in sentence si: its speaker, its source
  local function add_for(prev, a, b, si)
    local cs, ce = toks[a].start, toks[b].stop
    local sent = sents[si] or { cs, ce }
    out[#out + 1] = { start = cs - 1, ["end"] = ce, text = text:sub(cs, ce), source = prev.source,
      speaker = prev.speaker, cue = text:sub(cs, ce), speaker_start = prev.speaker_start,
      speaker_end = prev.speaker_end, sentence = si, sentence_start = sent[1] - 1, sentence_end = sent[2],
      tok = prev.tok }
  end
  -- a cue starts at a preposition, an auxiliary or a verb: other words are passed over
  -- a preposition near its anchor, an auxiliary before (adverbs and) a
  -- participle or a cue phrase, a verb of saying
  local prep_anchors, prep_len = seq.anchors(preps)
  local passive_forms = seq.derived(M.rules.passive_cues, make_agreed)
  local after_aux = { M.rules.participles, passive_forms, seq.firsts(M.rules.phrase_cues), M.rules.figure_verbs,
                      M.rules.on_only, M.rules.naming_verbs }
  local cands = seq.candidates(toks, doc,
    { terms = preps, near = { terms = prep_anchors }, back = prep_len - 1 },
    { terms = M.rules.auxiliaries, near = { terms = after_aux },
      through = { terms = { M.rules.adverbs, M.rules.pronouns, aside_words, PASSIVE }, suffixes = { "ment" } } },
    { terms = { M.rules.verbs, M.rules.figure_verbs } },
    { terms = phrase_verb_starts, near = { terms = pv_anchors }, back = pv_len + 3 },
    { terms = M.rules.passive_marks_fr, near = { terms = passive_forms }, back = 1 },
    { terms = M.rules.agent_at })              -- (its agent past a figure: "estimée à 2 milliards par X")
  local i, ci = 1, 1
  while true do
    ci, i = seq.next_start(cands, ci, i)
    if not i then break end
    local i0 = i                       -- (each pass moves on: a speaker found before its cue sends i back)
    local t = toks[i]
    local done = false
    -- cue, then speaker
    do
      local j = preps[col_terms[i]] and select(2, seq.longest(preps, toks, i))
      -- (a figure between the participle and its agent: "estimée à 320 000 habitants par l'Insee")
      local gap = false
      if not j and M.rules.agent_at[col_terms[i]] and col_flags[i] & 1 == 0 and col_terms[i + 1] == "a"
         and figure_at(toks, i + 2) then
        for q = i + 3, i + 1 + M.rules.agent_reach do
          if col_sents[q] ~= t.sentence or toks[q].type == "punct" then break end
          if col_terms[q] == "par" and col_flags[q] & 1 == 0 then j, gap = q + 1, true; break end
        end
      end
      for k = i, (j or i) - 1 do
        if M.rules.prepositions.not_written[toks[k].lower] then j = nil; break end   -- d'âpres
      end
      if j and M.rules.prepositions.then_of[toks[j - 1].term] then
        j = toks[j] and M.rules.prepositions.of[toks[j].term] and j + 1 or nil
      end
      local quote_only = j and j == i + 1 and M.rules.prepositions.quote_only[t.term]
      if quote_only and toks[i - 1] and toks[i - 1].sentence == t.sentence and toks[i - 1].type ~= "punct" then
        j = nil                                          -- (opening its sentence or after punctuation only)
      end
      -- (and before a quote in its sentence, or a capitalised word, a title or a speaker's noun
      -- right after: the rest of the rule is for those only)
      if quote_only and j then
        local near = false
        for q = j, j + 2 do
          local w = col_terms[q]
          if col_sents[q] ~= t.sentence then break end
          if col_flags[q] & 1 ~= 0 or M.rules.name_titles.person[w] or M.rules.speaker_nouns[w] then near = true end
        end
        local q = j
        while not near and col_sents[q] == t.sentence do
          if M.rules.opening_quotes[col_terms[q]] then near = true end
          q = q + 1
        end
        if not near then j = nil end
      end
      if j then
        local a, b = speaker_after(toks, j, t.sentence)
        -- (a name in quotes: "Selon « Le Canard enchaîné »", 'Selon "Quotidien"': the words between them)
        if not a and toks[j] and opening_quote(toks, j) and toks[j + 1] and toks[j + 1].flags & 1 ~= 0 then
          for q = j + 2, j + 6 do
            local tq = toks[q]
            if not tq or tq.sentence ~= t.sentence then break end
            if M.rules.closing_quotes[tq.word] then a, b = j + 1, q - 1; break end
            if tq.type == "punct" then break end
          end
        end
        -- selon la coutume: a criterion, not a source (its head noun says so)
        local h = a
        while h and h < b and (M.rules.speaker_starts[toks[h].term] or toks[h].term == "de"
                               or M.rules.criterion_adjectives[toks[h].term]) do h = h + 1 end
        local head = toks[h] and toks[h].term
        -- (but a criterion's noun published is a source: "selon des résultats définitifs publiés sur
        -- le site du ministère", "selon les résultats diffusés par l'Insee")
        local published = false
        for k = (h or 0) + 1, h and math.min(b, h + 3) or 0 do
          if M.rules.published_participles[toks[k].term] then published = true; break end
        end
        if h and h < b and M.rules.counted_adjectives[toks[h + 1].term] then published = true end
        -- (and so is one of a statement: "selon les résultats d'un sondage Ifop", "du rapport")
        local oh = h and toks[h + 1] and adjective_like(toks[h + 1]) and toks[h + 1].flags & 1 == 0
          and not M.rules.of_links[toks[h + 1].term] and h + 1 or h
        local of = oh and toks[oh + 1]                         -- (les résultats définitifs d'une étude)
        if of and oh + 1 < b and M.rules.of_links[of.term] then
          local k = oh + 2
          if M.rules.speaker_starts[toks[k].term] and k < b then k = k + 1 end
          if M.rules.statements[toks[k].term] and toks[k].term ~= "resultats" then
            published = true
            if M.rules.not_sources[head] and k > oh + 2 then a = oh + 2 end   -- (its results: the statement's)
          end
        end
        -- (and one named, of an organisation: "selon le projet Migrants disparus de l'OIM"; not "selon
        -- la méthode Coué")
        if h and h + 1 < b and toks[h + 1].type == "word" and toks[h + 1].flags & 1 ~= 0 then
          for k = h + 2, b - 1 do
            if M.rules.of_links[toks[k].term] and toks[k].flags & 1 == 0 then
              local q = M.rules.speaker_starts[toks[k + 1].term] and k + 1 < b and k + 2 or k + 1
              published = published or (toks[q].type == "word" and toks[q].flags & 1 ~= 0)
              break
            end
          end
        end
        -- (a criterion's noun that heads an organisation's name, capitalised inside the sentence, names
        -- one: "selon le Système européen d'information sur les feux de forêt"; not "d'après le Code pénal")
        local named = toks[h] and toks[h].flags & 3 == 1 and M.rules.org_heads[head] ~= nil
        if a and (M.rules.not_sources[head] or M.rules.not_sources[head:match("^(.-)s$") or ""])
           and not published and not named then
          a = nil                                          -- (singular or plural: selon les situations)
        end
        -- "selon l'article 15 de la Constitution": a numbered article is a text of law
        -- ("selon un article du Monde" stays a source)
        if a and (head == "article" or head == "articles" or head == "alinea") and toks[h + 1]
           and toks[h + 1].type == "number" then
          a = nil
        end
        local before = toks[i - 1]                         -- les prix varient selon les pays
        -- (past an adverb or two: "les hausses varient fortement selon les cantons")
        local vb = i - 1
        while vb > i - 3 and toks[vb] and toks[vb].sentence == t.sentence and after_adverb(toks, vb) == vb + 1 do
          vb = vb - 1
        end
        local verb = toks[vb]
        if a and verb and verb.sentence == t.sentence
           and (M.rules.vary_before[verb.term] or M.rules.measured_before[verb.lower]) then
          a = nil
        end
        if a and M.rules.prepositions.keep_last[toks[j - 1].term] then
          a = j - 1                                                                  -- source diplomatique
          -- (sources a thing comes from, no one's: "produite à partir de sources renouvelables")
          if before and before.sentence == t.sentence and M.rules.origin_before[before.term] then a = nil end
        end
        if toks[j] and M.rules.prepositions.not_before[toks[j].term] then a = nil end
        -- "Helgi Gunnlaugsson, selon qui ce n'est pas impossible": the antecedent of qui speaks
        if not a and toks[j] and toks[j].term == "qui" and toks[i - 1] and toks[i - 1].word == ","
           and toks[i - 1].sentence == t.sentence then
          local s0 = i - 1                       -- a name right before the comma, else a short subject
          while s0 - 1 >= 1 and i - 1 - (s0 - 1) <= 4 and toks[s0 - 1].sentence == t.sentence
                and toks[s0 - 1].type == "word" and toks[s0 - 1].flags & 1 ~= 0 do
            s0 = s0 - 1                          -- (a capitalised particle too: Marine Le Pen)
          end
          if s0 == i - 1 then s0 = short_subject(toks, i - 1, t.sentence, an) end
          if s0 then a, b = s0, i - 2 end
        end
        if a and a == b and toks[a].term == "vous" then a = nil end    -- selon vous ? a question
        -- a participle and par (agent_rows, cité par): its agent
        local agent_row = col_terms[j - 1] == "par" and j - 1 > i
        -- (money brought in is no report: "les 3 millions rapportés par la vente"; nor a rate,
        -- "communiqués par jour"; nor a noun, "conclut son communiqué par une annonce")
        if a and agent_row
           and ((toks[i - 1] and M.rules.earned[col_terms[i]]
                 and (toks[i - 1].type == "number" or M.rules.money_nouns[col_terms[i - 1]]))
                or M.rules.rate_units[col_terms[j]] or M.rules.noun_determiners[col_terms[i - 1]]
                or (M.rules.agent_at[col_terms[i]] and not gap
                    and not (col_terms[b + 1] == "a" and figure_at(toks, b + 2)))
                or (M.rules.figure_said[col_terms[i]]
                    and not (toks[i - 1] and (toks[i - 1].type == "number" or toks[i - 1].type == "percent"
                                              or numbers.multipliers[col_terms[i - 1]])))) then
          a = nil
        end
        -- a participle's agent inside a noun phrase ends before the clause's verb: "Des propos cités
        -- par Le Parisien | choquent", "recensés par le journal | montrent" (a word in -ent or a finite
        -- verb after a noun, not after its determiner: "par le gouvernement")
        if a and agent_row then
          for k = a + 1, b do
            local w = toks[k]
            if w.type == "word" and w.flags & 1 == 0 and (third_plural(w.term) or w.term:find("ont$") or finite_verb(w))
               and not M.rules.ment_nouns[w.term]                    -- (par le précédent gouvernement)
               and toks[k - 1].type == "word" and not M.rules.speaker_starts[toks[k - 1].term]
               and not M.rules.of_links[toks[k - 1].term] then
              b = k - 1
              break
            end
          end
        end
        -- (a comma and a quote after it; or a comma after someone: a name, a person's title, "Pour
        -- le ministre de l'Intérieur, la menace reste élevée", "Pour Emmanuel Macron, ...")
        local someone = a and toks[h] and toks[b + 1] and toks[b + 1].word == ","
          -- (opening its sentence, or a clause after a colon or a semicolon: "... sa perte : pour X, ...")
          and not (toks[i - 1] and toks[i - 1].sentence == t.sentence and toks[i - 1].word ~= ":"
                   and toks[i - 1].word ~= ";")
          and ((toks[h].flags & 1 ~= 0 and toks[h].type == "word" and not an:is_stop(toks[h].term)
                and not M.rules.feasts[toks[h].term] and not dates.rules.months[toks[h].term]
                and not dates.rules.weekdays[toks[h].term])
               or M.rules.name_titles.person[toks[h].term] or M.rules.speaker_nouns[toks[h].term])
        -- (before a quote that is no title, the subject of what follows: not "Pour sa première semaine
        -- d'exploitation, « Vaiana 2 » a attiré")
        if a and quote_only and (not (someone or (toks[b + 1] and toks[b + 1].word == "," and toks[b + 2]
                                                  and M.rules.opening_quotes[toks[b + 2].word]
                                                  and not quoted_title(toks, b + 2)))
                                 or M.rules.prepositions.not_after_pour[toks[h].term]
                                 or infinitive_like(toks[a], an)) then      -- pour autant, pour justifier
          a = nil
        end
        if a then
          local na, nb = apposed_name(toks, a, b, t.sentence, an)
          if na then b = nb end
          add(i, gap and i or j - 1, a, b, na); i = b + 1; done = true
        end
      end
    end
    if not done then
      -- auxiliary + (adverbs) + participle, or a conjugated verb of saying
      local v, cue_a, cue_b, pro = nil, nil, nil, nil
      local only_inverted = false       -- a verb on its own, taken for the punctuation before it alone
      local relative_aside = false      -- qui, an aside, then the verb
      -- "ne relève-t-il pas de la paresse ?", "n'a-t-il pas dit": a question, no report
      local negated = (col_terms[i - 1] == "ne" or col_terms[i - 1] == "n'") and col_sents[i - 1] == t.sentence
      -- ("A-t-il lancé un missile ?", "Dit-il vrai ?": opening its sentence, an inversion asks;
      -- not after a quote or an exclamation that ended a sentence: "« Pourquoi ? » demande-t-il",
      -- "– Achtung ! cria-t-il")
      local asks = not (toks[i - 1] and (toks[i - 1].sentence == t.sentence or M.rules.closing_quotes[toks[i - 1].word]
                                         or M.rules.sentence_ends[toks[i - 1].word]))
      local verb_pro = M.rules.verbs[t.term] and not M.rules.que_only[t.term] and not negated and not asks
        and inverted_pronoun(toks, i + 1)
      -- "où il y a écrit le mot", "il y avait écrit": there is, no one wrote
      local there_is = there_is_at(col_terms, i)
      -- a phrase verb ("fait savoir", "s'est dit", "s'est quant à lui dit"): the index after it
      local pv_end = phrase_verb_starts[t.term] and t.flags & 1 == 0 and not negated == not M.rules.negated_cues[t.term]
        and (select(2, seq.longest(phrase_verbs, toks, i)) or reflexive_aside(toks, i))
      -- an inverted pronoun: after the phrase ("s'indigne-t-il"), or inside it, the phrase going
      -- on after it and its asides ("tient-il (également) à préciser", "s'est-il indigné")
      local pv_pro = pv_end and inverted_pronoun(toks, pv_end)
      if not pv_pro and not pv_end and phrase_verb_starts[t.term] and t.flags & 1 == 0
         and not negated == not M.rules.negated_cues[t.term] then
        local node = phrase_verbs[t.term]
        for k = i + 1, i + 2 do
          pv_pro = node and inverted_pronoun(toks, k)
          if pv_pro then
            pv_end = select(2, seq.longest(node, toks, past_asides(pv_pro + 1)))
            break
          end
          node = node and toks[k] and node[toks[k].term]
        end
        if not pv_end then pv_pro = nil end
      end
      -- an aside after the phrase's first word: "tient toutefois à préciser", "fait d'ailleurs savoir"
      -- (not after a clitic, se or ne: reflexive_aside reads "s'est de nouveau dit")
      if not pv_end and phrase_verb_starts[t.term] and t.flags & 1 == 0 and not negated
         and not M.rules.clitics[t.term] then
        pv_end = past_first_aside(phrase_verbs[t.term], i)
      end
      -- (in English a is an article: "compared with a forecast of 5.1%")
      if M.rules.auxiliaries[t.term] and not there_is and not ((negated or asks) and inverted_pronoun(toks, i + 1))
         and not (an.lang == "en" and t.term == "a") then
        local k = i + 1
        pro = inverted_pronoun(toks, k)
        if pro then k = pro + 1 end
        k = past_asides(k)                                -- (a d'ailleurs dit, a de nouveau affirmé)
        -- "a, quant à lui, démenti", "a, de son côté, affirmé": an aside between commas
        if toks[k] and toks[k].word == "," then
          local _, lj = seq.longest(aside_index, toks, k + 1)
          if lj and toks[lj] and toks[lj].word == "," then k = lj + 1 end
        end
        -- (a passive's participle agrees: "a été confirmée", "ont été annoncés"; see below)
        local passive = toks[k] and toks[k].term == "ete" and toks[k].flags & 1 == 0
        if passive then k = k + 1 end
        if toks[k] and not no_report(toks, k, i - 1) and (M.rules.participles[toks[k].term]
                        or (passive and agreed_in(M.rules.participles, toks[k].term))
                        or (M.rules.figure_verbs[toks[k].term] and k == i + 1 and figure_at(toks, k + 1, k))
                        or (M.rules.naming_verbs[toks[k].term]
                            and naming_quote(toks, k + 1, t.sentence, an.lang == "en"))
                        or (M.rules.on_only[toks[k].term]
                            and (pro and toks[pro].term == "on"                  -- (a-t-on appris)
                                 or not pro and k == i + 1 and col_terms[i - 2] == "ce"
                                    and (col_terms[i - 1] == "qu'" or col_terms[i - 1] == "que")
                                    and M.rules.learned_leads[col_terms[i - 3]]))) then
          v, cue_a, cue_b = i, i, k
        else
          local _, e = seq.longest(phrase_cues, toks, k)     -- a fait savoir, a-t-elle fait savoir
          -- (an aside after the phrase's first word: "a tenté maladroitement d'expliquer")
          local node = not e and toks[k] and phrase_cues[toks[k].term]
          if node then e = past_first_aside(node, k) end
          if e then v, cue_a, cue_b = i, i, e - 1 end
          if v and M.rules.negated_cues[toks[k].term] then                  -- (n' | a cessé de marteler)
            if negated then cue_a = i - 1 else v = nil end
          end
          if not v then pro = nil end
        end
      -- a finite être before a participle that reports, a passive: "est estimé à 15 millions
      -- d'euros par la FFA" (its agent, if any, below)
      elseif an.lang ~= "en" and M.rules.passive_marks_fr[t.term] and t.flags & 1 == 0 and toks[i + 1]
             and toks[i + 1].flags & 1 == 0 and passive_forms[toks[i + 1].term]
             and col_terms[i - 1] ~= "se" and col_terms[i - 1] ~= "s'" then
        v, cue_a, cue_b = i, i, i + 1
      elseif M.rules.verbs[t.term] and t.type == "word" and verb_pro then
        v, cue_a, cue_b, pro = i, i, i, verb_pro
      elseif pv_end then
        local e = pv_end
        v, cue_a, cue_b, pro = i, i, e - 1, pv_pro or nil
        if M.rules.negated_cues[t.term] then cue_a = i - 1 end             -- (ne | cesse de répéter)
        -- "se dit prêt", not "se disent que" (they think), "se disent bonjour"
        if (t.term == "se" or t.term == "s'") and M.rules.said_self[toks[cue_b].term]
           and not (toks[e] and (toks[e].type == "word" or M.rules.opening_quotes[toks[e].word])
                    and not M.rules.said_self_not[toks[e].term]) then
          v = nil
        end
        -- as a verb on its own: "X, son ministre, met en garde les manifestants" is X's
        only_inverted = not toks[e] or toks[e].type == "punct" or opens_noun_phrase(toks, e)
      -- (a figure verb's figure past its asides: "Le gouvernement prévoit pour sa part 2,5 %")
      elseif (M.rules.verbs[t.term]
              or (M.rules.figure_verbs[t.term] and figure_at(toks, skip_asides(toks, i + 1), i, an))
              or forecast_inverted(toks, i, an))
             and t.type == "word" and not t.lower:find("é[es]*$")
             and not (an.lang == "en" and (after_determiner_en(toks, i) or figure_participle_en(toks, i)))
             -- (an English verb is never capitalised inside its sentence: "the United States has")
             and not (an.lang == "en" and t.flags & 1 ~= 0 and toks[i - 1] and toks[i - 1].sentence == t.sentence
                      and toks[i - 1].type == "word")
             and not (an.lang ~= "en" and M.rules.english[t.term])    -- de bons reports: a noun
             and not (an.lang == "en" and M.rules.noun_cues_en[t.term] and toks[i + 1]
                      and toks[i + 1].sentence == t.sentence and M.rules.after_plural_en[toks[i + 1].term])
             and not (an.lang == "en" and noun_cue_en(toks, i))
             -- "par le juge", "en restaurant l'estime", "Le juge": a determiner after a preposition, a
             -- gerund or at a clause's start makes a noun (not "il le souligne", "X l'affirme")
             and not (an.lang ~= "en" and noun_after(toks, i))
             -- (after de, a noun: "d'un seul point d'analyse :", "un besoin de demande")
             and not (toks[i - 1] and (toks[i - 1].term == "d'" or toks[i - 1].term == "de")
                      and toks[i - 1].sentence == t.sentence)
             and not (M.rules.move_verbs[t.term] and toks[i - 1] and M.rules.move_nouns_after[toks[i - 1].term])
             and (not M.rules.que_only[t.term] or que_after(toks, i))
             and not no_report(toks, i, i - 1)
             and not there_is_at(col_terms, i - 1) then
        -- "X affirme que", "ce qu'indique X", "X said": a verb of saying on its own
        local prev, nxt = toks[i - 1], toks[i + 1]
        local p2 = toks[i - 2]
        -- (an aside in brackets before the verb is passed over: "la CLCV (Consommation, ...) dénonce")
        if prev and prev.word == ")" then
          local o = bracket_opening(toks, i - 1, 15)
          if o then prev, p2 = toks[o - 1], toks[o - 2] end
        end
        local after_que = prev and (prev.term == "qu'" or prev.term == "que" or prev.type == "punct"
          -- "comme le précise X", "» nous précise X"
          or ((prev.term == "le" or prev.term == "l'") and p2 and p2.term == "comme")
          -- (comme nous confie X; ce que nous explique X, the verb not in the first person)
          or (M.rules.object_clitics[prev.term] and prev.flags & 1 == 0 and p2 and p2.sentence == t.sentence
              and (p2.type == "punct" or p2.term == "comme" or p2.term == "que" or p2.term == "qu'")))
        -- "X estime que", "X estime pour sa part que", "X affirme également que": what is reported
        -- comes after the adverbs and adverbial phrases
        -- (not past a time or place after a verb that is also a participle: "son livre écrit
        -- dans la nuit « ... »"; but "X affirme devant la presse que")
        local r = skip_asides(toks, i + 1, not M.rules.participle_verbs[t.term])
        local reports = toks[r]
          and (M.rules.reported[toks[r].term] or (an.lang ~= "en" and infinitive_like(toks[r], an))
               or (M.rules.figure_verbs[t.term] and figure_at(toks, r, i, an)
                   -- (not the people who tell it after a mark: "..., ont rapporté quatre survivants")
                   and not (prev and prev.type == "punct" and counted_witnesses(toks, r)))
               -- ("souligne le fait que": what is reported after le fait)
               or (toks[r].term == "le" and toks[r + 1] and toks[r + 1].term == "fait" and toks[r + 2]
                   and (toks[r + 2].term == "que" or toks[r + 2].term == "qu'"))
               -- (an object after a verb that reports one, its subject before it: not after a quote)
               or (M.rules.object_verbs[t.term] and prev and prev.type == "word" and r == i + 1
                   and opens_noun_phrase(toks, r) and toks[r].flags & 1 == 0)
               or (M.rules.figure_object_verbs[t.term] and prev and prev.type == "word"
                   and (figure_at(toks, r) or (r == i + 1 and opens_noun_phrase(toks, r)
                                               and toks[r].flags & 1 == 0 and agent_subject(toks, i, an))))
               or (M.rules.naming_verbs[t.term] and prev and prev.type == "word"
                   and naming_quote(toks, r, t.sentence, an.lang == "en")))
          -- (a straight quote glued to the verb closes a title: "« Avec vous Toulouse avance »")
          and not (M.rules.closing_quotes[toks[r].word] and not opening_quote(toks, r))
        -- "un collectif dit « Abolition 2012 » a abrogé": dit names what its subject's verb follows
        if reports and M.rules.participle_verbs[t.term] and M.rules.opening_quotes[toks[r].word] then
          for q = r + 2, r + 8 do
            local tq = toks[q]
            if not tq or tq.sentence ~= t.sentence then break end
            if M.rules.closing_quotes[tq.word] then
              local fv = toks[q + 1]
              if fv and fv.word == "[" and toks[q + 3] and toks[q + 3].word == "]" then fv = toks[q + 4] end  -- ([3])
              if fv and fv.sentence == t.sentence and fv.flags & 1 == 0
                 and (finite_aux(fv) or M.rules.be_finite[fv.term]) then
                reports = false
              end
              break
            end
          end
        end
        -- "déclare ne vouloir rien commenter", "affirme ne pas savoir": a negated infinitive (not
        -- "Aucune information précise n'est disponible")
        if not reports and toks[r] and (toks[r].term == "ne" or toks[r].term == "n'" or toks[r].term == "s'"
                                        or toks[r].term == "se" or toks[r].term == "en"   -- (précise s'intéresser,
                                        or toks[r].term == "y") then                      -- explique en être venue)
          local q = r + 1
          while toks[q] and (M.rules.negations[toks[q].term] or M.rules.adverbs[toks[q].term]
                             or ment_adverb(toks, q)) do
            q = q + 1                                   -- pas, pas vraiment, plus jamais
          end
          -- (and a reflexive one: "dit ne jamais s'être senti", "affirme ne plus se souvenir")
          if (toks[r].term == "ne" or toks[r].term == "n'") and toks[q]
             and (toks[q].term == "s'" or toks[q].term == "se") then
            q = q + 1
          end
          reports = infinitive_like(toks[q], an) or (toks[q] and M.rules.reported[toks[q].term]) or false
          -- (after en / y, être or avoir only: "explique en être venue", not "un costume dit en papier")
          if (toks[r].term == "en" or toks[r].term == "y")
             and not (toks[q] and (toks[q].term == "etre" or toks[q].term == "avoir")) then
            reports = false
          end
        end
        -- "X explique son choix : « ... »", "affirme au sujet de la première dame, ... : « ... »":
        -- a colon a few words on, in the same clause, opens what is said
        if not reports and not after_que then
          for q = i + 1, i + M.rules.colon_reach do
            local tq = toks[q]
            if not tq or tq.sentence ~= t.sentence or (tq.type == "punct" and tq.word ~= "," and tq.word ~= ":")
               or tq.term == "que" or tq.term == "qu'" or M.rules.verbs[tq.term] then
              break
            end
            -- (past a comma, an apposition only: not a clause, "..., ils finiraient par dire :")
            local nq = toks[q + 1]
            if tq.word == "," and nq and (M.rules.speaker_starts[nq.term] or M.rules.clause_pronouns[nq.term]
                                          or nq.type == "number") then
              break
            end
            if tq.word == ":" then reports = true; break end
          end
        end
        if M.rules.english[t.term] or after_que or reports then
          -- un concept dit "adaptable": a word quoted right after "dit" names a thing, no statement
          local named = false
          if t.term == "dit" and nxt and M.rules.opening_quotes[nxt.word] then
            for q = i + 2, i + 4 do
              local tq = toks[q]
              if not tq or tq.sentence ~= t.sentence then break end
              if M.rules.closing_quotes[tq.word] then named = true; break end
            end
          end
          local bq = i - 1                                    -- (il s'est alors dit que)
          while toks[bq] and M.rules.adverbs[toks[bq].term] and bq > i - 3 do bq = bq - 1 end
          local bp, bp2 = toks[bq], toks[bq - 1]
          -- "autrement dit", "soit dit en passant": no one speaks
          if prev and M.rules.not_before_dit[prev.term] and t.term == "dit" then named = true end
          if not named and not (prev and (prev.term == "se" or prev.term == "s'" or prev.term == "ne"
                                          or prev.term == "n'"))
             and not (bp and (bp.term == "est" or bp.term == "sont") and bp2       -- il s'est dit que
                      and (bp2.term == "s'" or bp2.term == "se"))
             -- "il est dit", "comme il était écrit": a passive, no one speaks
             and not (bp and M.rules.be_finite[bp.term] and bp.flags & 1 == 0 and M.rules.participle_verbs[t.term]) then
            v, cue_a, cue_b = i, i, i
            -- (punctuation or a noun phrase after it; "déclare ainsi soutenir la réforme" has its subject before)
            local k = skip_asides(toks, i + 1, true)          -- adverbs, à son tour, de son côté
            only_inverted = not (M.rules.english[t.term] or reports
                                 or prev.term == "qu'" or prev.term == "que")
              and (not toks[k] or toks[k].type == "punct" or (opens_noun_phrase(toks, k) and toks[k].word ~= "à"))
          end
        end
      end
      -- "il a été dit", "a été annoncé", "were reported": a passive, no speaker before it; its agent
      -- after par (by), a few words on, is ("a été annoncé, dans le même discours, par le Président
      -- de la République", "was confirmed by officials")
      local be = v and toks[cue_b - 1]
      local finite_be = be and an.lang ~= "en" and M.rules.passive_marks_fr[be.term]
      if be and be.flags & 1 == 0
         and (an.lang == "en" and M.rules.passive_marks[be.term]
              or an.lang ~= "en" and (be.term == "ete" or finite_be and passive_forms[col_terms[cue_b]]
                                      and col_terms[cue_b - 2] ~= "se" and col_terms[cue_b - 2] ~= "s'")) then
        v = nil
        local k = cue_b + 1
        local pt = toks[cue_b].term
        local said = agreed_in(M.rules.passive_cues, pt)
          and not (finite_be and agreed_in(M.rules.present_passive_not, pt))
        -- (a negated passive reports nothing: "n'avait été confirmée par aucune autre source", "rien
        -- n'a été confirmé par", "n'ont pas été précisées par"; but ne ... que restricts: "n'a été
        -- mentionné par X qu'après coup")
        for x = cue_a - 1, math.max(1, cue_a - 2), -1 do
          if (col_terms[x] == "ne" or col_terms[x] == "n'") and col_sents[x] == t.sentence then
            for y = x - 1, cue_b + 3 do
              local w = col_terms[y]
              if w and col_sents[y] == t.sentence and (M.rules.negations[w] or M.rules.negative_subjects[w]) then
                said = false
              end
            end
          end
        end
        while said and toks[k] and toks[k].sentence == t.sentence and k - cue_b <= M.rules.agent_reach do
          local tk = toks[k]
          if tk.term == "par" and tk.flags & 1 == 0 and toks[k + 1] and M.rules.rate_units[toks[k + 1].term] then
            k = k + 1                                   -- (a rate: "100 milliards par an | par une commission")
          elseif M.rules.agent_words[tk.term] and tk.flags & 1 == 0 then
            local a, b = speaker_after(toks, k + 1, t.sentence, false)
            if a then
              add(cue_a, cue_b, a, b)
              i = math.max(i, b + 1)
              done = true
            end
            break
          end
          if (tk.type == "punct" and tk.word ~= ",") or finite_aux(tk) or M.rules.verbs[tk.term]
             or (tk.flags & 1 == 0 and tk.term:find("..ant$") and toks[k - 1].word == ",") then    -- (, passant par)
            break
          end
          k = k + 1
        end
      end
      -- "a soutenu un projet" reports nothing; "a soutenu que" does
      -- (past adverbs: "relève enfin que"; after a quote: "« ... », a soutenu X"; "comme le relève X")
      if v and M.rules.needs_que[toks[cue_b].term] then
        local rqi = skip_asides(toks, cue_b + 1, true)
        local rq, before = toks[rqi], toks[cue_a - 1]
        -- (after a quote: "« ... », a soutenu X"; not after an apposition's comma: "Baptiste, 31 ans,
        -- a rajouté de l'huile sur le feu")
        local quoted = before and before.type == "punct"
        if quoted and before.word == "," and M.rules.adds_too[toks[cue_b].term] then
          quoted = toks[cue_a - 2] ~= nil and (M.rules.closing_quotes[toks[cue_a - 2].word] ~= nil
                                               or stop_mark(toks[cue_a - 2].word))
        end
        -- (or ending its sentence after a comma and its subject: "Prices rose 12%, data showed on Tuesday.")
        -- (or a comma and a noun phrase set beside the clause before: "Inflation rose to 2.6%, official figures
        -- show, the second monthly rise in a row")
        local ap = toks[rqi + 1]
        local ends = not rq or rq.sentence ~= toks[cue_b].sentence or stop_mark(rq.word)
          or (rq.word == "," and ap and ap.sentence == rq.sentence and ap.flags & 1 == 0
              and M.rules.apposition_dets_en[ap.term] ~= nil)
        if not ends and M.rules.time_openers_en[rq.term] and rq.flags & 1 == 0 then  -- (on Tuesday, last week)
          local q = cue_b + 1
          while q <= cue_b + 4 and col_sents[q] == toks[cue_b].sentence and toks[q].type == "word"
                and (q == cue_b + 1 or toks[q].flags & 1 ~= 0 or M.rules.time_openers_en[col_terms[q]]
                     or dates.rules.months[col_terms[q]]) do
            q = q + 1
          end
          ends = not toks[q] or col_sents[q] ~= toks[cue_b].sentence or stop_mark(toks[q].word)
            -- (or a comma and a participle's phrase: "data showed on Wednesday, driven by higher bills")
            or (toks[q].word == "," and toks[q + 1] and col_sents[q + 1] == col_sents[q]
                and toks[q + 1].flags & 1 == 0 and participle_en(col_terms[q + 1]))
        end
        local after_comma = false
        for k = cue_a - 2, math.max(1, cue_a - 10), -1 do        -- (the subject, eight words at most)
          -- (an abbreviation's last period is its own: "U.S. Customs and Border Protection data shows")
          local abbrev = toks[k].word == "." and toks[k - 1] and toks[k - 1].stop + 1 == toks[k].start
            and toks[k - 1].word:find(".", 1, true)
          if col_sents[k] ~= toks[cue_a].sentence or (toks[k].type == "punct" and not abbrev) then
            after_comma = toks[k].word == "," and col_sents[k] == toks[cue_a].sentence
            break
          end
          -- (no subject that a relative opens: "en s'asseyant sur un tabouret qu'il avait relevé")
          if M.rules.relative_openers[col_terms[k]] and toks[k].flags & 1 == 0 then break end
        end
        -- (or a figure, what a poll or a study found, its noun in the subject: "A YouGov survey found 77% of
        -- Australians backed the ban", "The study showed 40% of")
        local found = false
        if rq and figure_at(toks, skip_asides(toks, cue_b + 1, true)) then
          for k = cue_a - 1, math.max(1, cue_a - 6), -1 do
            if col_sents[k] ~= toks[cue_a].sentence or toks[k].type == "punct" then break end
            if M.rules.content_nouns.data[col_terms[k]] and toks[k].flags & 1 == 0 then found = true; break end
          end
        end
        if not (rq and M.rules.reported[rq.term]) and not found
           and not (before and (quoted or before.term == "le" or before.term == "l'"))
           and not (ends and after_comma) then
          v = nil
        end
      end
      -- "ont déclaré vainqueur l'ancienne ministre", "déclaré coupable": a verdict, no statement
      if v and M.rules.verdict_verbs[toks[cue_b].term] and toks[cue_b + 1]
         and M.rules.verdicts[toks[cue_b + 1].term] then
        v = nil
      end
      -- (past the one judged, a name or a determiner and its noun, an age in commas: "Les juges ont
      -- reconnu Philip Cullen, 57 ans, coupable", "a déclaré l'accusé innocent")
      if v and (M.rules.verdict_verbs[toks[cue_b].term] or M.rules.verdict_objects_verbs[toks[cue_b].term]) then
        local x = cue_b + 1
        local function same(y) return toks[y] and toks[y].sentence == toks[cue_b].sentence end
        -- (so is what one declares into being, its article aside: "declares martial law", "declared a state of
        -- emergency", "a déclaré l'état d'urgence"; not "déclara Martial")
        local w = col_terms[x]
        local d = same(x) and (M.rules.definites[w] or w == "a" or w == "an" or w == "un" or w == "une") and x + 1 or x
        if M.rules.verdict_verbs[toks[cue_b].term] and same(d) and M.rules.declared_things[col_terms[d]]
           and toks[d].flags & 1 == 0 then
          v = nil
        end
        if same(x) and (M.rules.definites[col_terms[x]] or col_terms[x] == "un" or col_terms[x] == "une") then
          x = x + 1
          if same(x) and toks[x].type == "word" and not an:is_stop(col_terms[x]) then x = x + 1 end
        else
          while same(x) and toks[x].type == "word" and toks[x].flags & 1 ~= 0 and x - cue_b <= 4 do x = x + 1 end
        end
        if col_terms[x] == "," and same(x + 2) and toks[x + 1].type == "number" and col_terms[x + 2] == "ans"
           and col_terms[x + 3] == "," then
          x = x + 4
        end
        if x > cue_b + 1 and same(x) and M.rules.verdicts[col_terms[x]] then v = nil end
      end
      if v and M.rules.says_much[col_terms[cue_b + 1]] and col_terms[cue_a - 1] == "en" then v = nil end
      if v and M.rules.idiom_objects[col_terms[cue_b + 1]] then v = nil end      -- a accusé réception
      -- "U.S. employers added 150,000 jobs", "the company added a new plant": an English verb that adds
      -- things, its object (a number, a determiner) right after it (not inverted: '"Yes," added the minister')
      if v and M.rules.adds_things_en[col_terms[cue_b]] then
        local ob, bf = toks[cue_b + 1], toks[cue_a - 1]
        -- (an auxiliary before it is no inversion: "The company, which employs 29,600 people, has added
        -- nearly $1 trillion")
        if ob and ob.sentence == toks[cue_b].sentence and not (bf and bf.type == "punct" and cue_a == cue_b)
           and (ob.type == "number" or ob.type == "percent" or M.rules.object_determiners_en[ob.term]) then
          v = nil
        end
        -- (nor a participle after what a number counts: "179,000 jobs added")
        local nn = toks[cue_a - 2]
        if bf and bf.type == "word" and bf.flags & 1 == 0 and nn and nn.sentence == bf.sentence
           and (nn.type == "number" or nn.type == "percent") then
          v = nil
        end
      end
      -- (an object after a determiner that makes an idiom of the verb: "fait valoir ses droits")
      local io = M.rules.idiom_objects_of[col_terms[cue_b]]
      if v and io and (io[col_terms[cue_b + 1]] or io[col_terms[cue_b + 2]]) then v = nil end
      -- (a verb that also means to back, its subject before it and its object right after it: "La détente des taux
      -- soutient la reprise : le taux ...", "un parasol que soutenait un tronc d'arbre"; not "« ... », soutient le
      -- ministre", "soutient que", "comme le soutiennent les monétaristes", nor a quotation after the colon,
      -- "soutient la réforme : « ... »")
      local bo = v and cue_a and toks[cue_a - 1]
      if bo and M.rules.backing_verbs[col_terms[cue_b]] and bo.type == "word" and bo.sentence == t.sentence
         and bo.term ~= "le" and bo.term ~= "l'" and toks[cue_b + 1]
         and M.rules.noun_determiners[col_terms[cue_b + 1]] then
        local c = cue_b + 1
        while toks[c] and toks[c].sentence == t.sentence and toks[c].word ~= ":" do c = c + 1 end
        if not (toks[c + 1] and toks[c].word == ":" and M.rules.opening_quotes[toks[c + 1].word]) then v = nil end
      end
      -- "ont déjà rapporté plusieurs millions", "a rapporté plus de 70 millions d'euros", "rapporte gros":
      -- money brought in, no report
      -- (its object right after it, or past adverbs: not "rapporte ce jeudi 27 juillet Le Monde")
      if v and M.rules.earn_verbs[col_terms[cue_b]] then
        local r = cue_b + 1
        while M.rules.adverbs[col_terms[r]] and not dates.rules.weekdays[col_terms[r]] do r = r + 1 end
        local tr, tn = toks[r], toks[r + 1]
        if tr and (tr.type == "number" and not reported_count(toks, r)
                   or (numbers.words[tr.term] and not M.rules.earnings[tr.term])
                   or (M.rules.figure_hedges[tr.term] and figure_at(toks, r) and money_within(toks, r + 1, 4))
                   or tr.term == "gros"
                   or (M.rules.earnings[tr.term] and tn
                       and (numbers.approx_nouns[tn.term] or numbers.scales[tn.term])))
           and not counted_witnesses(toks, r) then                    -- (not "ont rapporté quatre survivants")
          v = nil
        end
      end
      if v and M.rules.move_verbs[col_terms[cue_b]] and not M.rules.closing_quotes[col_terms[cue_a - 1]]
         and not (toks[cue_a - 1] and toks[cue_a - 1].word == ",") then
        local r = cue_b + 1
        while M.rules.adverbs[col_terms[r]] and not M.rules.moves[col_terms[r]] do r = r + 1 end
        local tr, tn = toks[r], toks[r + 1]
        if not tr or tr.sentence ~= t.sentence
           or (tr.type == "punct" and tr.word ~= ":" and not M.rules.opening_quotes[tr.word])
           or M.rules.moves[tr.term] or tr.lower == "à"
           or ((tr.term == "de" or tr.term == "d'") and tn and (tn.type == "number" or M.rules.move_measures[tn.term]))
           or ((tr.term == "le" or tr.term == "la" or tr.term == "l'" or tr.term == "les" or tr.term == "ses"
                or tr.term == "son" or tr.term == "sa") and tn and M.rules.moves[tn.term]) then
          v = nil
        end
      end
      -- "les coursiers assurent déjà le relais", "a assuré la sécurité": assurer before its object
      -- ensures (but "« ... », assure-t-il", "X assure que", "X assure le contraire" report)
      -- (not after what speaks before it: "C'est ce qu'a assuré ce samedi X", "comme l'assurent X",
      -- nor before que: "a assuré une nouvelle fois que")
      -- (after an apposition's comma too, with a figure for object: "La Côte d'Ivoire, premier producteur
      -- mondial, assure environ 40 % de l'offre"; not after a quote's; or a determiner's when a subject and its
      -- apposition stand before it: "Un comité, présidé par X, assurera la direction"; not before a colon and a
      -- quote: "X, interrogé, assure les Français : « ... »")
      local before = v and toks[cue_a - 1]
      local after_comma = before and before.word == "," and toks[cue_a - 2] and toks[cue_a - 2].type == "word"
      if v and M.rules.ensure_verbs[col_terms[cue_b]] and before and before.sentence == t.sentence
         and (before.type == "word" or after_comma) and not M.rules.object_clitics[before.term]
         and not M.rules.ensure_not_after[before.term] then
        local r = cue_b + 1
        while M.rules.adverbs[col_terms[r]] do r = r + 1 end
        local tr, tn = toks[r], toks[r + 1]
        local que = false
        for q = r, math.min(r + (after_comma and 12 or 6), #toks) do     -- (a subject's aside: "X, lui, a assuré ce
          if toks[q].sentence ~= t.sentence then break end               -- lundi matin sur BFMTV et RMC qu'")
          if M.rules.que_forms[toks[q].term] or (toks[q].word == ":" and toks[q + 1]
                                                  and M.rules.opening_quotes[toks[q + 1].word]) then
            que = true
          end
        end
        if tr and tr.sentence == t.sentence and not que
           and ((M.rules.noun_determiners[tr.term] and tn and tn.type == "word" and tn.term ~= "contraire"
                 and (not after_comma or apposed_subject(toks, cue_a, t.sentence, an)))
                or tr.type == "number" or M.rules.number_hedges[tr.term]) then
          v = nil
        end
      end
      -- "a confié les rênes à un inspecteur": entrusted, no confidence (not "nous confie sa joie",
      -- "a confié la semaine dernière que", "confie un dilemme : « ... »", after a quote)
      if v and M.rules.entrust_verbs[col_terms[cue_b]] and before and before.sentence == t.sentence
         and before.type == "word" and not M.rules.interview_clitics[before.term] then
        local r = cue_b + 1
        while M.rules.adverbs[col_terms[r]] do r = r + 1 end
        local tr = toks[r]
        if tr and tr.sentence == t.sentence and M.rules.noun_determiners[tr.term] and toks[r + 1]
           and toks[r + 1].type == "word" then
          local said = false
          for q = r + 1, math.min(r + 12, #toks) do
            local tq = toks[q]
            if tq.sentence ~= t.sentence then break end
            if q <= r + 3 and (M.rules.confided[tq.term] or M.rules.object_heads[tq.term]) then said = true end
            if M.rules.que_forms[tq.term] or tq.word == ":" or M.rules.opening_quotes[tq.word] then
              said = true
            end
            if said then break end
          end
          if not said then v = nil end
        end
      end
      -- "Ceci explique-t-il cela ?", "Le ministre a-t-il dit la vérité ?": a subject before an
      -- inverted pronoun in a sentence that asks is a question, no report ("Ainsi a-t-il dit" is one)
      if v and pro then
        local prev = toks[cue_a - 1]
        local sent = sents[t.sentence]
        if prev and prev.sentence == t.sentence and prev.type == "word" and not M.rules.inversion_openers[prev.term]
           and sent and text:sub(sent[1], sent[2]):find("%?[%s\"»”']*$") then
          v = nil
        end
      end
      if v and pro then
        -- "explique-t-on à la RATP", "indique-t-on du côté du cabinet du maire", "a-t-on
        -- appris de source judiciaire": the place after "on" is the speaker
        local a, b = pro, pro
        local p = math.max(pro, cue_b) + 1           -- (past the participle: "a-t-on appris | auprès")
        -- (and past a time: "a-t-on appris jeudi (après-midi) auprès de", "ce mardi 3 mars de source")
        while toks[p] and toks[p].sentence == t.sentence
              and (M.rules.adverbs[toks[p].term] or toks[p].type == "number"
                   or dates.rules.months[toks[p].term]
                   or (M.rules.time_det[toks[p].term] and toks[p + 1] and M.rules.time_nouns[toks[p + 1].term])) do
          p = p + 1
        end
        if toks[pro].term == "on" and toks[p] and toks[p].sentence == t.sentence then
          local _, e = seq.longest(seq.index(M.rules.on_places), toks, p)
          if e and (toks[e - 1].term == "source" or toks[e - 1].term == "sources") then e = e - 1 end   -- de | source X
          if e then
            local pa, pb = speaker_after(toks, e, t.sentence, false)
            if pa then a, b = pa, pb end
          -- (or a street that names a ministry, with no preposition: "indique-t-on place Beauvau", "quai d'Orsay")
          elseif M.rules.street_nouns[toks[p].term] and toks[p].flags & 1 == 0 then
            local q = toks[p + 1] and M.rules.of_links[toks[p + 1].term] and p + 1 or p   -- (rue de Grenelle)
            local n0, m = capitals_after(toks, q)
            if m > n0 then a, b = p, m - 1 end
          end
        end
        -- a complex inversion: the noun phrase right before the verb is what the pronoun stands for
        if toks[pro].term ~= "on" then
          local sa, sb = inverted_subject(toks, cue_a, t.sentence, an)
          if sa then a, b = sa, sb end
        end
        -- ("a-t-on appris" with no one it was learned from: no attribution)
        if not (a == pro and M.rules.on_only[toks[cue_b].term]) then add(cue_a, cue_b, a, b) end
        i = math.max(cue_b, b) + 1
        done = true
      elseif v then
        local prev = toks[cue_a - 1]
        local nxt = toks[cue_b + 1]
        -- ("» nous précise le commandant": a clitic between the quote and the verb)
        local pc = cue_a - 1
        -- (and between que and the verb: "c'est ce que m'a dit mon mari", "ce que nous a confié X")
        if prev and (M.rules.object_clitics[prev.term] or prev.term == "m'" or prev.term == "t'")
           and prev.flags & 1 == 0
           and toks[pc - 1] and toks[pc - 1].sentence == t.sentence
           and (toks[pc - 1].type == "punct" or toks[pc - 1].term == "que" or toks[pc - 1].term == "qu'"
                or toks[pc - 1].term == "comme") then                               -- (comme nous confie X)
          pc = pc - 1
          prev = toks[pc]
        end
        -- (a quote that ends on ?, ! or a period glued to its closing mark ends a sentence there:
        -- "« Où les trouver ?» explique X" reads on after it, the verb in lower case)
        local quote_ended = prev and prev.sentence == t.sentence - 1 and M.rules.closing_quotes[prev.word]
          and toks[cue_a].flags & 1 == 0 and toks[pc - 1]
          and (M.rules.sentence_ends[toks[pc - 1].word] or toks[pc - 1].word == ".")
        -- (English "told" has its speaker before it, its listener after: "Officials, ..., told Reuters")
        local inverted = prev and (prev.sentence == t.sentence or quote_ended) and not opening_quote(toks, pc)
          and not M.rules.told[toks[cue_b].term] and
          ((prev.type == "punct" and (not M.rules.closing_brackets[prev.word]
                                      or (toks[pc - 1] and M.rules.closing_quotes[toks[pc - 1].word])))  -- » - assure X
           -- (not a question's que opening the sentence: "Que demande un jeune aujourd'hui ?")
           or ((prev.term == "qu'" or prev.term == "que") and toks[pc - 1] and toks[pc - 1].sentence == prev.sentence)
           -- (comme nous confie X; not "ceux qui pensent comme lui disent", lui stressed)
           or (prev.term == "comme" and pc < cue_a - 1
               and not (toks[cue_a - 1].term == "lui" and toks[cue_a].term:find("ent$")))
           or ((prev.term == "l'" or prev.term == "le") and toks[pc - 1]          -- comme l'a dit X,
               and (toks[pc - 1].term == "comme" or toks[pc - 1].term == "que"      -- comme le précise X
                    or (M.rules.object_clitics[toks[pc - 1].term] and toks[pc - 2]  -- comme nous le confirme X
                        and (toks[pc - 2].term == "comme" or toks[pc - 2].term == "que")))))
        -- a word or two in quotes after a determiner is a noun phrase, the verb's subject, not a
        -- quotation: 'les "Millennials" reconnaissent volontiers leur narcissisme'; so after a noun
        -- and its determiner before a verb that reports only inverted, whose object follows: 'Le
        -- collectif « FreeCampoFormio » a même lancé un ultimatum' (not 'ce service « messageos »
        -- explique Julien')
        if inverted and prev.type == "punct" and M.rules.closing_quotes[prev.word] then
          local o = quote_opening(toks, pc)
          local d = o and toks[o - 1]
          if d and (inverted_only_at(cue_a, cue_b) or M.rules.quoted_inverted[toks[cue_b].term])
             and d.type == "word" and d.flags & 1 == 0 and not an:is_stop(d.term) and toks[o - 2]
             and toks[o - 2].sentence == d.sentence and M.rules.noun_determiners[toks[o - 2].term] then
            d = toks[o - 2]
          end
          if o and pc - o <= 3 and d and M.rules.noun_determiners[d.term] then
            local words = true
            for k = o + 1, pc - 1 do if toks[k].type ~= "word" then words = false end end
            if words then inverted = false end
          end
        end
        -- a verb that reports only inverted (poursuit, lance) needs the quote right before it:
        -- "(...Fraudes) poursuit son enquête" reports nothing
        -- (a reflexive one after a comma reports what the clause before says: "La collecte a dépassé
        -- les 850 millions d'euros, s'est félicitée la Fondation")
        -- (not before what the verb is about, de and a noun: "X, ..., s'est félicitée des bons chiffres";
        -- nor before a stressed pronoun: "X, ..., s'inquiète lui aussi")
        -- (is no one, a person or a body, right after the verb?)
        local function no_one_after()
          local sa, sb = speaker_after(toks, cue_b + 1, t.sentence, true)
          return not (sa and agent_like(toks, sa, sb, true))
        end
        local reflexive_comma = prev and prev.word == "," and (toks[cue_a].term == "s'" or toks[cue_a].term == "se")
          and not (nxt and (M.rules.near_of[nxt.term] or M.rules.stressed_subjects[nxt.term]))
        -- (nor after a comma, the clause before being what is said, when someone follows the verb and
        -- ends its sentence or its clause: "L'entrée restera gratuite, a tranché le recteur, Mgr X.")
        local function incise()
          if prev.word ~= "," or M.rules.quoted_inverted[toks[cue_b].term]
             or M.rules.person_objects[toks[cue_b].term] then
            return false
          end
          local sa, sb = speaker_after(toks, cue_b + 1, t.sentence, true)
          local e = sb and toks[sb + 1]
          return sa ~= nil and (toks[sa].flags & 1 ~= 0 or M.rules.noun_determiners[toks[sa].term] ~= nil)
            and agent_like(toks, sa, sb, true)
            and (not e or e.sentence ~= t.sentence or e.word == "," or e.word == "."
                 or M.rules.sentence_ends[e.word] ~= nil)
        end
        if inverted and (inverted_only_at(cue_a, cue_b) or M.rules.quoted_inverted[toks[cue_b].term])
           and prev.type == "punct" and not reflexive_comma and not incise() then
          local q = (prev.word == "," or prev.word == ".") and toks[pc - 1] or prev    -- (», nous glisse X)
          inverted = q and M.rules.closing_quotes[q.word] or false
          -- (not a name in quotes after a noun, the verb's subject, when no one follows the verb: "Le
          -- phénomène « Un p'tit truc en plus » poursuit sa route"; but "« ... » s'inquiète une bénévole")
          if inverted and q == prev then
            for o = pc - 2, math.max(2, pc - 10), -1 do
              local to = toks[o]
              if to.sentence ~= t.sentence or M.rules.closing_quotes[to.word] then break end
              if M.rules.opening_quotes[to.word] then
                if toks[o - 1].sentence == t.sentence and toks[o - 1].type == "word" and no_one_after() then
                  inverted = false
                end
                break
              end
            end
          end
        end
        -- "Marie, jeune patiente, raconte le dénigrement": the verb of a subject and its
        -- apposition, no inverted speaker after it
        -- (an auxiliary's too: "le président, Emmanuel Macron, a annoncé une loi"; a looser
        -- apposition when what follows the verb is its object: "son visage", "cette mesure")
        local apposed, object_aside = apposed_subject(toks, pc + 1, t.sentence, an)
        if inverted and apposed then inverted = false end
        -- (after a relative clause whose antecedent is an object, the verb is inverted when someone follows
        -- it: "le pont, qui relie la France à l'Allemagne, a constaté un journaliste"; not "ces deux bêtes,
        -- qui se parlaient chiffons, se disaient des coq-à-l'âne")
        if inverted and object_aside then
          if no_one_after() then inverted = false end
        end
        -- "une biographie qui, loin des clichés, raconte la trajectoire": qui and an aside
        -- before the verb, its subject; nothing after it speaks
        -- (and the antecedent of qui speaks as it would with the verb right after qui)
        if inverted and prev.word == "," then
          for c = pc - 1, math.max(1, pc - 14), -1 do
            local tc = toks[c]
            if tc.sentence ~= t.sentence or (tc.type == "punct" and tc.word ~= ",") then break end
            if tc.word == "," then
              if toks[c - 1] and toks[c - 1].term == "qui" and toks[c - 1].flags & 1 == 0 then
                inverted, relative_aside = false, true
              end
              break
            end
          end
        end
        if inverted then
          local o = skip_asides(toks, cue_b + 1, false)
          if toks[o] and M.rules.object_starts[toks[o].term] and toks[o].flags & 1 == 0
             and apposed_subject(toks, pc + 1, t.sentence, an, true) then
            inverted = false
          end
        end
        if inverted and nxt and nxt.term ~= "que" and nxt.term ~= "qu'" and nxt.term ~= "that" then
          -- a phrase between commas before the speaker: "a regretté, à l'issue du discours, la responsable"
          local from = cue_b + 1
          -- (adverbs first: "expliquait d'ailleurs, en août dernier, le professeur Johns")
          local comma, ak = cue_b + 1, after_adverb(toks, cue_b + 1)
          while ak and toks[ak] and toks[ak].sentence == t.sentence do comma, ak = ak, after_adverb(toks, ak) end
          if toks[comma] and toks[comma].word == "," then
            for c = comma + 1, comma + 13 do
              local tc = toks[c]
              if not tc or tc.sentence ~= t.sentence or (tc.type == "punct" and tc.word ~= ",") then break end
              if tc.word == "," then from = c + 1; break end
            end
          end
          local a, b = speaker_after(toks, from, t.sentence, true)
          -- (an amount is what the verb brings in, no speaker: "un poumon rapportera près de 10 000 €"; but
          -- a count of people who can tell is: "..., ont rapporté mercredi quatre survivants à l'OIM")
          -- (the speaker up to the noun: "quatre survivants | à l'OIM")
          -- (nor a forecast's measure: "L'Unédic, l'organisme qui gère le régime, prévoit un excédent de 1,4
          -- milliard")
          if a and M.rules.forecast_verbs[toks[cue_b].term] and figure_at(toks, a, cue_b) then a = nil end
          if a and figure_at(toks, a) then
            local cw = counted_witnesses(toks, a)
            if cw then b = math.max(b, cw) else a = nil end
          end
          -- (in English, a verb after it makes it the subject of the clause said: "said the figure
          -- could rise", "said Washington believed the figure", "said it was serious")
          if a and an.lang == "en" then
            for k = a + 1, b + 1 do if english_verb_at(toks, k, t.sentence) then a = nil; break end end
          end
          -- "Guy Alvès, a confirmé sa participation": what one confirms, states or voices after
          -- a determiner is the verb's object, no speaker (but "a déclaré son avocat"; nor after a
          -- verb of documents, whose data speak: "..., montrent les chiffres de l'Insee")
          if a and toks[a].flags & 1 == 0 and M.rules.speaker_starts[toks[a].term] and toks[a + 1]
             and a + 1 <= b and M.rules.object_heads[toks[a + 1].term]
             and not (M.rules.document_cues[toks[cue_b].term] and M.rules.content_nouns.data[toks[a + 1].term]) then
            a = nil
          end
          -- "a observé des réductions": a singular auxiliary, a plural object, no speaker
          if a and toks[cue_a].flags & 1 == 0 and (toks[cue_a].term == "a" or toks[cue_a].term == "avait"
             or toks[cue_a].term == "aurait") and M.rules.plural_starts[toks[a].term] and toks[a].flags & 1 == 0 then
            a = nil
          end
          local ca = toks[cue_a]
          if a and ca.flags & 1 == 0 and (ca.term == "ont" or ca.term == "avaient" or ca.term == "auraient"
             or (cue_a == cue_b and ca.term:find("ent$") and not M.rules.singular_ent[ca.term]))
             and M.rules.singular_starts[toks[a].term] and toks[a].flags & 1 == 0
             and not (toks[a + 1] and M.rules.collectives[toks[a + 1].term]) then
            local k = a                                 -- coordinated: "la DGS, la DGT et Santé publique France"
            while toks[k] and toks[k].sentence == t.sentence and k - a < 24 and toks[k].term ~= "et"
                  and toks[k].term ~= "and" and (toks[k].type ~= "punct" or toks[k].word == ",") do
              k = k + 1
            end
            if not (toks[k] and (toks[k].term == "et" or toks[k].term == "and")) then a = nil end
          end
          -- a subject and its apposition with no verb before the verb in its sentence, and a thing
          -- after it: its object ("La loi Alur, adoptée en 2014, reconnaît l'ensemble des modes",
          -- "La société Vitr'Expo 2000, société de vente, a annoncé son nouveau plan"; not "Aucune
          -- victime, a indiqué la police", one comma, nor "..., doit prendre fin, rappelle le
          -- quotidien", someone after it, nor "Les soldats ont tiré, a indiqué X", a clause)
          if a and prev.word == "," and not agent_like(toks, a, b, true)
             and no_clause_before(toks, pc, t.sentence, an) then
            a = nil
          end
          -- "a mis en garde la gauche contre un risque": whom one warns against something is no speaker
          if a and toks[cue_b].term == "garde" then
            for k = a, b + 1 do if toks[k] and toks[k].term == "contre" then a = nil; break end end
          end
          -- "a publié ce matin un communiqué": what is published is no speaker
          if a and M.rules.publish[toks[cue_b].term] then
            for k = a, b do if M.rules.statements[toks[k].term] then a = nil; break end end
          end
          if a then
            local na, nb = apposed_name(toks, a, b, t.sentence, an, true)
            if na then b = nb end
            add(cue_a, cue_b, a, b, na); i = b + 1; done = true
          end
        end
        -- "a publié des photos", "qui a publié de nombreux livres": a publication says
        -- something only when it is a statement (a communiqué, a study, a report)
        local says = true
        if not done and M.rules.publish[toks[cue_b].term] then
          says = false
          for k = cue_b + 1, cue_b + 6 do
            local tk = toks[k]
            if not tk or tk.sentence ~= t.sentence or (tk.type == "punct" and tk.word ~= ":") then break end
            if M.rules.statements[tk.term] or tk.word == ":" then says = true; break end
          end
        end
        -- a verb right after a closing quote (and a comma) has its speaker after it, or none:
        -- what comes before is the quote ("..., je n'y resterais pas", assurait ...)
        -- (a quote opened inside the sentence after its subject keeps it: "Papé, qui a dénoncé « ... », a précisé")
        local q1 = toks[cue_a - 1]
        local qi = q1 and q1.word == "," and cue_a - 2 or cue_a - 1
        local q0 = toks[qi]
        if q0 and q0.sentence == t.sentence and M.rules.closing_quotes[q0.word] and q0.word ~= "'" then
          -- (read in the text, not the tokens: no record built for each word of the quote)
          local st = sents[t.sentence]
          local seg = st and text:sub(st[1], q0.start - 1) or ""
          local open
          for qm in pairs(M.rules.opening_quotes) do
            local at, from = nil, 1
            while true do
              local f = seg:find(qm, from, true)
              if not f then break end
              at, from = f, f + 1
            end
            if at and (not open or at > open) then open = at end
          end
          if not open or not seg:sub(1, open - 1):find("%S") then says = false end
        end
        -- (an after-quote verb with what is said after it speaks as any: "il lançait : « ... »",
        -- "Marine Le Pen se félicitait que", "ils assénaient que")
        local said_next = toks[cue_b + 1] and M.rules.said_marks[toks[cue_b + 1].word:lower()]
        -- (not a name in quotes, capitalised and closed within a few words: "a lancé « l'Initiative »")
        if said_next and opening_quote(toks, cue_b + 1) then
          local f = toks[cue_b + 2]
          if f and M.rules.definites[f.term] and f.flags & 1 == 0 then f = toks[cue_b + 3] end
          if f and f.flags & 1 ~= 0 then
            for q = cue_b + 3, cue_b + 6 do
              local tq = toks[q]
              if not tq or tq.sentence ~= t.sentence
                 or (tq.type == "punct" and not M.rules.closing_quotes[tq.word]) then
                break
              end
              if M.rules.closing_quotes[tq.word] then said_next = false; break end
            end
            -- (a pronoun or a verb in it makes it words said: "lance « Vous êtes fous »")
            for q = cue_b + 2, cue_b + 6 do
              local tq = toks[q]
              if not tq or M.rules.closing_quotes[tq.word] then break end
              if M.rules.clause_pronouns[tq.term] or M.rules.be_have[tq.term] or M.rules.be_finite[tq.term]
                 or M.rules.auxiliaries[tq.term] then
                said_next = true
              end
            end
          end
        end
        -- (or que past a time and where it was said: "ont conclu il y a deux ans que", "s'est félicité
        -- sur X que"; not past an addressee, "demande à ce que" asks; nor que in a locution, "se défend
        -- alors que", "réagit sans savoir qu'il")
        if not said_next and toks[cue_b + 1] and not M.rules.addressee[toks[cue_b + 1].word] then
          local e = skip_asides(toks, cue_b + 1, true)
          local r = e > cue_b + 1 and toks[e]
          said_next = r and r.sentence == t.sentence and (r.term == "que" or r.term == "qu'")
            and not M.rules.que_locutions[toks[e - 1].term] or false
        end
        if not done and says and (not inverted_only_at(cue_a, cue_b) or said_next) then
          local a, b, na = speaker_before(toks, cue_a, t.sentence, an)
          -- a verb taken for the punctuation before it: a subject right there, or none
          -- ("que la langue qui porte le roman soit ciselée, précise, et": none)
          local far = not only_inverted or not (inverted or relative_aside)
          for q = cue_a - 2, math.max(1, cue_a - 16), -1 do     -- but: "X (FP2E), qui représente ..., admettait"
            if far or toks[q].sentence ~= t.sentence then break end
            if toks[q].term == "qui" then far = toks[q - 1] and toks[q - 1].word == ","; break end
          end
          -- a first or second person right before the verb is its subject: "Pour les punks qui ...,
          -- je précise" has no speaker to look for further back
          local q = cue_a - 1
          while toks[q] and (M.rules.adverbs[toks[q].term] or M.rules.clitics[toks[q].term]) do q = q - 1 end
          -- (but "nous" / "vous" before a verb in the third person are its object: "et nous a indiqué")
          local object_pro = toks[q] and (toks[q].term == "nous" or toks[q].term == "vous")
            and not toks[cue_a].term:find("ons$") and not toks[cue_a].term:find("ez$")
            and toks[cue_a].term ~= "avons" and toks[cue_a].term ~= "avez"
          if toks[q] and M.rules.other_persons[toks[q].term] and toks[q].flags & 1 == 0 and not object_pro then
            far = false
          end
          if not a and far then a, b = antecedent(toks, cue_a, t.sentence, an) end
          if not a and far then a, b = relative_subject(toks, cue_a, t.sentence, an) end
          if not a and far then a, b, na = coordinated_subject(toks, cue_a, t.sentence, an) end
          if a then add(cue_a, cue_b, a, b, na); i = cue_b + 1; done = true end
        end
      end
    end
    if not done or i <= i0 then i = math.max(i, i0 + 1) end
  end
  local unsorted = false             -- (a pass below added records out of token order)
  -- a headline's speaker: a person's name opening the sentence, a colon, a quote ("Emmanuel
  -- Macron : « Nous sommes en guerre »"): the colon is the cue
  for _, c in ipairs(seq.candidates(toks, doc, COLONS)) do
    if c > 1 and toks[c + 1] and M.rules.opening_quotes[toks[c + 1].word]
       and col_sents[c + 1] == col_sents[c] then
      local a = c - 1
      while a > 1 and col_sents[a - 1] == col_sents[c] and c - a < 4 do a = a - 1 end
      -- (or after a live report's time opening the sentence, a dash or none between: "8h51 -
      -- Marisol Touraine : « ... »")
      local live = false
      for t0 = a, c - 3 do
        local q = t0 + 1
        if M.rules.dashes[toks[q].word] then q = q + 1 end
        if toks[t0].word:find("^%d%d?h%d%d$") and (t0 == 1 or col_sents[t0 - 1] ~= col_sents[c]) and c - q >= 2 then
          a, live = q, true
          break
        end
      end
      local first = toks[a]
      local named = M.first_name(first.term) and c - a >= 2
        and (a == 1 or col_sents[a - 1] ~= col_sents[c] or live)
      for k = a, c - 1 do
        if toks[k].type ~= "word" or toks[k].flags & 1 == 0 and not M.rules.name_particles[toks[k].term] then
          named = false
        end
      end
      if named then add(c, c, a, c - 1); unsorted = true end
    end
  end
  -- an incise right after a quote whatever its verb, with no other cue there: "« ... », a savouré
  -- l'entraîneur Éric Roy", "« ... », grimace un habitant" (see incise_at)
  for _, c in ipairs(seq.candidates(toks, doc, { terms = M.rules.closing_quotes })) do
    local a = c + 2
    local k = toks[a] and toks[a].term == "a" and toks[a].flags & 16 ~= 0 and a + 1 or a   -- (a passé composé)
    local sa, sb
    if toks[c + 1] and toks[c + 1].word == "," then sa, sb = incise_at(toks, a, k, an) end
    if sa then
      local cued = false
      for _, r in ipairs(out) do
        if r.start < toks[k].stop and r["end"] >= toks[a].start then cued = true; break end
      end
      if not cued then
        add(a, k, sa, sb)
        unsorted = true
      end
    end
  end
  -- the narrative infinitive: "Et Bernard Cazeneuve de préciser.", "Et le ministre d'ajouter :
  -- « ... »": the subject between the Et opening the sentence and de, the infinitive ending
  -- the clause (not "Et le gouvernement de lancer un plan")
  for _, c in ipairs(seq.candidates(toks, doc, { terms = M.rules.narrative_infinitives })) do
    local d = c - 1
    if toks[d] and (toks[d].term == "s'" or toks[d].term == "se") then d = d - 1 end     -- (de s'interroger)
    local nx = toks[c + 1]
    local ends = not nx or nx.sentence ~= col_sents[c] or nx.type == "punct" or nx.term == "que" or nx.term == "qu'"
    -- (or a quote after a colon past an aside: "Et X d'ajouter entre tristesse et rage : « ... »")
    ends = ends or colon_quote_after(toks, c)
    if toks[d] and (toks[d].term == "de" or toks[d].term == "d'") and toks[c].flags & 1 == 0 and ends then
      local a = d - 1
      while a >= 1 and col_sents[a] == col_sents[c] and toks[a].type == "word" and d - a <= M.rules.max_speaker + 1 do
        a = a - 1
      end
      local et = a + 1
      -- (someone named, or a pronoun resolved as any: "Et lui d'ajouter", "Et elle de conclure")
      local named = d - 1 == et + 1 and M.rules.pronoun_kinds.pronouns[toks[et + 1].term] ~= nil
      for k = et + 1, d - 1 do if not an:is_stop(toks[k].term) then named = true end end
      -- (opening the sentence, or after a quote mark or a dash that does: "« Fini. » Et X de")
      local opens = a < 1 or col_sents[a] ~= col_sents[c]
        or (M.rules.opening_quotes[toks[a].word] or M.rules.closing_quotes[toks[a].word] or toks[a].word == "—"
            or toks[a].word == "–") and (a == 1 or col_sents[a - 1] ~= col_sents[c]
                                         or stop_mark(toks[a - 1].word))
      local lead = toks[et].term == "et" or toks[et].term == "puis"                   -- (Puis celle-ci d'ajouter)
      if opens and et < d - 1 and lead and named and ends then
        add(d, c, et + 1, d - 1)
        unsorted = true
      elseif opens and et == d - 1 and lead then
        -- (no subject: "Et d'ajouter : « ... »", "Puis de conclure": the one who spoke last, up to
        -- pronoun_reach sentences back)
        local prev = last_said(toks[et].start - 1, col_sents[c], M.rules.pronoun_reach)
        if prev then
          add_for(prev, d, c, col_sents[c])
          unsorted = true
        end
      end
    end
  end
  -- an auxiliary shared by coordinated participles: "Le ministre a salué le travail et estimé que",
  -- "Elle avait mis en avant son immunité ..., puis indiqué qu'elle": the participle speaks with the
  -- subject of the nearest auxiliary before it in its sentence (not past a quote mark)
  for _, c in ipairs(seq.candidates(toks, doc, { terms = M.rules.participles })) do
    local pv, nx, si = toks[c - 1], toks[c + 1], col_sents[c]
    -- (a past participle as written: précisé, dit, reconnu; not the present plaide, affirme)
    local written = toks[c].lower:find("é[es]*$") or not toks[c].term:find("e$")
    if written and pv and pv.sentence == si and pv.flags & 1 == 0 and M.rules.shared_links[pv.term]
       and toks[c].flags & 1 == 0 and nx and nx.sentence == si
       and (nx.term == "que" or nx.term == "qu'" or nx.word == ":") then
      local aux
      for q = c - 2, math.max(1, c - 30), -1 do
        local tq = toks[q]
        if tq.sentence ~= si or M.rules.opening_quotes[tq.word] or M.rules.closing_quotes[tq.word] then break end
        if tq.type == "word" and tq.flags & 1 == 0 and M.rules.auxiliaries[tq.term] and tq.word ~= "à" then
          aux = q
          break
        end
      end
      local taken = false
      for _, r in ipairs(out) do
        if r.start < toks[c].stop and r["end"] >= toks[c].start then taken = true; break end
      end
      local a, b = nil, nil
      if aux and not taken then a, b = speaker_before(toks, aux, si, an) end
      if a and b < aux then
        add(c, c, a, b)
        unsorted = true
      end
    end
  end
  -- a present participle of saying before what is said ("..., ajoutant que", "en affirmant qu'",
  -- ", saying that"): the speaker of the attribution before it in its sentence, else the subject
  -- opening the sentence before its first verb ("Le maire a refusé, estimant que")
  -- (and "avant de / d'" + an infinitive of saying, as a participle: "a salué le travail avant de
  -- préciser que", "a-t-il admis, avant d'ajouter : « ... »"; opening its sentence, "Avant
  -- d'ajouter : « ... »", the one who spoke last, as "Et d'ajouter")
  local participles = {}
  for _, c in ipairs(seq.candidates(toks, doc, { terms = M.rules.saying_participles })) do
    local pv = toks[c - 1]
    if pv and pv.sentence == col_sents[c] and (pv.word == "," or pv.term == "en") and toks[c].flags & 1 == 0 then
      participles[#participles + 1] = { c, c }
    end
  end
  -- (and "se bornant à", "se contentant de" + an infinitive of saying: ", se bornant à rappeler que")
  for _, c in ipairs(seq.candidates(toks, doc, { terms = M.rules.saying_only_participles })) do
    local se, pv, to, inf = toks[c - 1], toks[c - 2], toks[c + 1], toks[c + 2]
    if se and (se.term == "se" or se.term == "s'") and pv and pv.sentence == col_sents[c]
       and (pv.word == "," or pv.term == "en") and to
       and M.rules.saying_only_participles[toks[c].term] == (to.term == "d'" and "de" or to.term)   -- (d'indiquer)
       and inf and inf.sentence == col_sents[c] and M.rules.say_only[inf.term] then
      participles[#participles + 1] = { c - 1, c + 2 }
    end
  end
  -- (and "pour" + one after a word that says the occasion to speak: "en a profité pour déclarer que",
  -- "a pris la parole pour rappeler que", "est sorti de son silence pour annoncer"; not "Pour
  -- expliquer ce nombre, les participants soulignent", "il reste trois épisodes pour expliquer")
  for _, c in ipairs(seq.candidates(toks, doc, { terms = M.rules.narrative_infinitives })) do
    local d, av = toks[c - 1], toks[c - 2]
    if d and (d.term == "de" or d.term == "d'") and av and av.term == "avant" and av.sentence == col_sents[c]
       and toks[c].flags & 1 == 0 and d.flags & 1 == 0 then
      local opening = not toks[c - 3] or toks[c - 3].sentence ~= col_sents[c]
      participles[#participles + 1] = { c - 2, c, opening }
    elseif d and d.term == "pour" and d.flags & 1 == 0 and toks[c].flags & 1 == 0 and av and av.sentence == col_sents[c]
           and M.rules.speaking_occasions[av.term] then
      participles[#participles + 1] = { c - 1, c, false }
    end
  end
  table.sort(participles, function(x, y) return x[1] < y[1] end)
  -- a gerund of saying opening its sentence speaks with the main clause's subject after what it
  -- says: "En annonçant qu'il votera pour X, Manuel Valls a ouvert", "Tout en affirmant que « ... », il
  -- a déploré", 'En déclarant que "...," le Président Macron vient de': the subject right after the
  -- first comma outside quotes (or a quote that a comma closes) before a verb; its span, or nil
  local function gerund_subject(c, si)
    local k = c - 1
    if not (toks[k] and toks[k].term == "en" and col_sents[k] == si) then return nil end
    if toks[k - 1] and col_sents[k - 1] == si and toks[k - 1].term == "tout" then k = k - 1 end
    if toks[k - 1] and col_sents[k - 1] == si then return nil end
    local depth = 0
    for q = c + 1, c + 80 do
      local tq = toks[q]
      if not tq or col_sents[q] ~= si then return nil end
      local boundary = false
      if opening_quote(toks, q) then depth = depth + 1
      elseif M.rules.closing_quotes[tq.word] and depth > 0 then
        depth = depth - 1
        boundary = depth == 0 and toks[q - 1].word == ","
      elseif tq.word == "," and depth == 0 then boundary = true end
      if boundary then
        for v = q + 2, math.min(q + 8, #toks) do
          if col_sents[v] ~= si or toks[v].type == "punct" then break end
          if finite_verb(toks[v]) or toks[v].term:find("[^a]ait$") or M.rules.clause_verbs[toks[v].term] then
            local e = v
            while e > q + 1 and M.rules.clitics[toks[e - 1].term] and toks[e - 1].flags & 1 == 0 do e = e - 1 end
            local a, b = speaker_before(toks, e, si, an)
            if a == q + 1 then return a, b end
            break
          end
        end
      end
    end
    return nil
  end
  -- (or one said by a verb in its sentence, with a time or place between them and no clause: "a
  -- déclaré le Pentagone lundi, ajoutant", "the Pentagon said on Monday, adding"; not "selon X, ...")
  local function verb_said_before(prev, c0)
    local q, n = c0 - 1, 0
    while q >= 1 and toks[q].start > prev["end"] do
      local w = toks[q]
      if n > 6 or col_sents[q] ~= col_sents[c0] or M.rules.opening_quotes[w.word] or M.rules.closing_quotes[w.word]
         or w.word == ":" or finite_verb(w) or (w.flags & 1 == 0 and (M.rules.that[w.term] or w.term == "qui")) then
        return false
      end
      q, n = q - 1, n + 1
    end
    while q > 1 and toks[q].start > prev.start + 1 do q = q - 1 end
    return toks[q].start == prev.start + 1 and (not preps[col_terms[q]] or finite_verb(toks[q]))
  end
  for _, pc in ipairs(participles) do
    local c0, c, opening = pc[1], pc[2], pc[3]
    local nx = toks[c + 1]
    local si = col_sents[c]
    local says = nx and nx.sentence == si
      and (M.rules.reported[nx.term] or nx.word == ":" or M.rules.opening_quotes[nx.word]
           or (M.rules.clause_participles_en[toks[c].term] and nx.type == "word"
               and (M.rules.participle_clause_heads_en[nx.term] or nx.flags & 1 ~= 0)))
    if says then
      local prev = last_said(toks[c0].start - 1, si, opening and M.rules.pronoun_reach or 0)
      local cs = toks[c0].start
      -- (the attribution right before it, past a comma or en: "a déclaré X, ajoutant que", "a
      -- souligné X, en rappelant"; else the sentence's subject: "Emmanuel Macron a tenté ..., en
      -- assurant"; else that attribution anyway)
      local gap = prev and text:sub(prev["end"] + 1, cs - 1):gsub("[%s,]", "")
      local near = gap == "" or gap == "en" or gap == "touten" or (opening and prev ~= nil)
        or (prev and prev.sentence == si and verb_said_before(prev, c0))
      local a, b = nil, nil
      -- (not in a sentence that opens on a quote, or closes one opened before it: its first verb
      -- would be the quote's)
      local s0 = c
      while s0 > 1 and col_sents[s0 - 1] == si do s0 = s0 - 1 end
      local quoted, depth = M.rules.opening_quotes[toks[s0].word] ~= nil, 0
      for q = s0, c0 - 1 do
        local w = toks[q].word
        if M.rules.opening_quotes[w] and not M.rules.closing_quotes[w] then depth = depth + 1
        elseif M.rules.closing_quotes[w] and not M.rules.opening_quotes[w] then
          depth = depth - 1
          if depth < 0 then quoted = true end
        end
      end
      if not prev then a, b = gerund_subject(c0, si) end
      if not a and not near and not quoted then
        local v, v_ne = nil, nil              -- the sentence's first verb: an auxiliary, être, a verb of saying
        for q = c0 - 1, 1, -1 do
          if col_sents[q] ~= si then break end
          local tq, tp = toks[q], toks[q - 1]
          -- (not a participle after an infinitive: "Accusée d'avoir fait de Théo son chouchou, la
          -- maîtresse a tenu")
          local after_infinitive = tp and (tp.term == "avoir" or tp.term == "etre")
          if not after_infinitive and tq.flags & 1 == 0 and tq.type == "word"
             and (finite_aux(tq) or M.rules.be_finite[tq.term] or M.rules.clause_verbs[tq.term]
                  or (M.rules.verbs[tq.term] and not tq.lower:find("é[es]*$"))
                  or (an.lang == "en" and tq.term:find("..ed$"))) then
            v = q
          end
          -- (else the first negation, its verb none of those: "Mickael ne se laisse pas démonter")
          if (tq.term == "ne" or tq.term == "n'") and tq.flags & 1 == 0 then v_ne = q end
        end
        v = v or v_ne
        if v then a, b = speaker_before(toks, v, si, an) end
        -- (its clitics before it: "Donald Trump, président élu, s'est fait l'écho")
        if v and not a and v > 1 and M.rules.clitics[toks[v - 1].term] and col_sents[v - 1] == si then
          v = v - 1
          a, b = speaker_before(toks, v, si, an)
        end
        -- (a subject ends right before its verb, clitics and adverbs aside; else the words from the
        -- comma before the verb: "Pressé de rendre public un programme, Emmanuel Macron a présenté")
        if a then
          local e = v - 1
          -- (and the comma that closes an apposition: "Le porte-parole du Kremlin, Dmitri Peskov, a refusé",
          -- "Donald Trump, président élu, s'est fait l'écho")
          local comma = false
          while e > b and (M.rules.clitics[toks[e].term] or M.rules.adverbs[toks[e].term] or ment_adverb(toks, e)
                           or (not comma and toks[e].word == ",")) do
            comma = comma or toks[e].word == ","
            e = e - 1
          end
          -- (an apposition between commas after the name: "Donald Trump, président élu, s'est fait")
          if comma and e > b + 1 and toks[b + 1].word == "," and e - b <= 10 then
            local apposed = true
            for q = b + 2, e do
              if toks[q].type == "punct" or finite_verb(toks[q]) then apposed = false; break end
            end
            if apposed then e = b end
          end
          if e ~= b then
            local q = v - 1
            while q > s0 and toks[q].word ~= "," do q = q - 1 end
            a, b = q + 1, v - 1
            if not (toks[q].word == "," and a <= b and v - 1 - q <= 6
                    and (toks[a].flags & 1 ~= 0 or M.rules.speaker_starts[toks[a].term])) then
              a = nil
            end
          end
        end
        -- (past what opens the sentence before a comma: "Interrogé à son tour, le vendeur", "Pressé
        -- de rendre public un programme, Emmanuel Macron"; the noun phrase after the last comma)
        if a then
          local q = b
          while q > a and toks[q].word ~= "," do q = q - 1 end
          if q > a and q < b and (toks[q + 1].flags & 1 ~= 0 or M.rules.speaker_starts[toks[q + 1].term]) then
            a = q + 1
          elseif is_opener(toks[a]) then
            a = nil
          end
        end
        local first = a and a - 1
        if a and not (first < 1 or col_sents[first] ~= si or toks[first].type == "punct"
                      or lead_end(toks, s0, an) == a) then
          a = nil
        end
        for q = s0, (a or s0) - 1 do       -- (no quote mark before it: `, "les pubs sont généralisées"`)
          if M.rules.opening_quotes[toks[q].word] or M.rules.closing_quotes[toks[q].word] then a = nil; break end
        end
      end
      -- (the subject found is the one of an attribution before it in its sentence: that one speaks
      -- on, "X, ..., affirmait dans le JDD qu'il la trouvait « très bien », ajoutant")
      if a and prev and prev.sentence == si and prev.speaker_start < toks[b].stop
         and prev.speaker_end >= toks[a].start then
        a = nil
      end
      if a then
        add(c0, c, a, b)
        unsorted = true
      elseif prev then
        add_for(prev, c0, c, si)
        unsorted = true
      end
    end
  end
  if unsorted then table.sort(out, record_order) end
  out = content_yields(out, toks, an)
  -- a pronoun that speaks inside a quotation is the word of the one quoted about someone else ("« Les
  -- agents ont tenu, ils demandent que leurs efforts soient reconnus », a déclaré X"): not the text's
  -- unless the quotation names whom it takes up ("« Gérard Collomb fait preuve de courage. Il annonce
  -- qu'il revient »"); an aside that the pronoun follows is the quoted one's ("« C'est fini, a-t-il dit »")
  -- (so is a thing a demonstrative takes up inside it, "« Ces chiffres montrent que la loi était nécessaire »")
  -- (a subject and its verb inside a quotation that a cue after it gives to someone else are the
  -- quoted one's words: "« Le peuple a clairement dit non », s'est réjoui X")
  -- (one a cue after it gives to someone else is dropped whatever it names: no start, past the text)
  local quoted, others = {}, {}                         -- record -> the start of its quotation
  for _, r in ipairs(out) do
    local o, c = nil, nil
    -- (read only after a closing quote and a comma or none: most records follow none)
    -- (the last byte of », ”, › or a straight quote, spaces and no-break spaces around the comma)
    local before = text:sub(math.max(1, r.start - 12), r.start)
    if r.tok and before:find("[\187\157\186\"'][%s\194\160]*,?[%s\194\160]*$") then
      o, c = quote_before(toks, r)
    end
    if o then others[#others + 1] = { o, c } end
  end
  for _, r in ipairs(out) do
    if r.tok and first_token(toks, r) == r.tok then
      if M.rules.subject_pronouns[an:term(r.speaker)] or M.rules.quoted_demonstratives[first_term(an, r.speaker)] then
        local q = inside_quote(toks, text, r.tok)
        if q then quoted[r] = toks[q].start end
      else
        for _, oc in ipairs(others) do                  -- (the quotation it stands in, its paragraph's)
          if oc[1] < r.tok and r.tok < oc[2] then
            if inside_quote(toks, text, r.tok) == oc[1] then quoted[r] = #text + 1 end
            break
          end
        end
      end
    end
  end
  resolve_pronouns(out, an, toks, text)
  if next(quoted) then
    local kept = {}
    for _, r in ipairs(out) do
      local q = quoted[r]
      local named = q and not M.rules.pronouns[an:term(r.source)] and text:find(r.source, q, true)
      if not q or (named and named < r.start) then
        kept[#kept + 1] = r
      end
    end
    out = kept
  end
  resolve_same_source(out, an, text)
  return out
end

return M
