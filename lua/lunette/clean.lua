--- lunette.clean: boilerplate removal and metadata of scraped articles.
---
--- The rules are data (lunette.clean.rules): a user script can add to them
--- before ingesting, e.g. table.insert(require("lunette.clean").rules.drop, "^newsletter$").
--- clean.article(text) -> body, meta where meta = { title, author, published, url, lang }.
local core = require "lunette.core"
local analyzer = require "lunette.analyzer"
local names = require "lunette.extract.names"
local matches = require("lunette.extract.seq").matches

local M = {}

-- the words of a field of the language data (months, weekdays) of some languages in one table (the
-- languages' order: a later one's value wins), made once for each field and list of languages
local merged = {}
function M.language_words(field, langs)
  local key = field .. ":" .. table.concat(langs, ",")
  if not merged[key] then
    local words = {}
    for _, lang in ipairs(langs) do
      for k, v in pairs(analyzer.language(lang)[field] or {}) do words[k] = v end
    end
    merged[key] = words
  end
  return merged[key]
end
-- (of M.rules.languages: the table made again when they change)
local function by_languages(field) return M.language_words(field, M.rules.languages) end

M.rules = {
  -- languages whose data (lunette.lang.<code>: months, stopwords) the rules use: detection
  -- by stopwords, month names and "today" words in bylines and time stamps
  languages = { "fr", "en", "de", "es", "it", "pt", "nl" },
  -- whole lines removed from the body: Lua patterns matched on the line
  -- trimmed and case-folded
  drop = {
    "^retour en haut$", "^haut de page$", "^back to top$", "^top$",
    "^comments? %(%d+%)$", "^commentaires? %(%d+%)$", "^commenter %(%d+%)$", "^%d+ commentaires?$",
    "^partager cet article$", "^partager$", "^share this article$", "^share$",
    "^pour en savoir plus, lisez ", "^lire aussi", "^à lire aussi", "^voir aussi",
    "^à lire%s*:", "^a lire%s*:", "^lire%s*:", "^à voir%s*:", "^voir%s*:", "^read%s*:", "^see also",
    "^read more", "^read also", "^related articles?:?$", "^publicité$", "^advertisement$",
    "^abonnez%-vous", "^subscribe to", "^articles? similaires?$", "^sur le même sujet$",
    -- sharing buttons, a breadcrumb ("Accueil > Économie > Agriculture"), a reader's poll
    "^partager sur ", "^partager par ", "^share on ", "^envoyer par e%-?mail$", "^imprimer$", "^copier le lien$",
    "^copy link$", "^accueil%s*>", "^accueil%s*›", "^home%s*>", "^home%s*›", "^[^>]+ > [^>]+ > ", "^.- › .- › ",
    "^cet article vous a%-t%-il été utile", "^cet article vous a été utile", "^was this article helpful",
    -- an agency's credits under its copy: "Reporting by Sarah Collins in San Francisco; Editing by Mark Porter"
    -- (in brackets too: "(Reporting by Max A. Cherney; Editing by Sam Holmes)")
    "^%(?reporting by ", "^%(?additional reporting by ", "^%(?writing by ", "^%(?editing by ",
    "^avec les informations de ",
    -- a copyright: "© 2024 AFP", "Copyright 2025 The Associated Press. All rights reserved."
    "^©", "^%(c%) %d", "^copyright ", "^tous droits réservés", "^all rights reserved",
    -- a page's tags, a button to comment: "Tags : Cyberattaque, Hôpital, Cannes", "Réagir"
    "^tags%s*:", "^mots%-clés%s*:", "^mots clés%s*:", "^topics%s*:", "^réagir$", "^commenter$",
    -- a reading time: "Temps de Lecture 4 min.", "Lecture : 3 min", "5 min de lecture", "4 min read"
    "^temps de lecture%s*:?%s*%d+%s*min%a*%.?$", "^durée de lecture%s*:?%s*%d+%s*min%a*%.?$",
    "^lecture%s*:?%s*%d+%s*min%a*%.?$", "^%d+%s*min%a*%.?%s+de lecture$", "^%d+%s*min%a*%.?%s+read$",
    "^reading time%s*:?%s*%d+%s*min%a*%.?$",
  },
  -- a line that heads a list of related articles (folded, a colon after it aside): the
  -- line and the list's entries under it leave the body (entries: bullets or lone links,
  -- "» Le match des conventions", "- [Le procès s'ouvre le 5 février](#)"; or one headline
  -- right under the head, no bullet); lunette.extract.dates reads the same heads in a text
  related_heads = { "lire aussi", "à lire aussi", "a lire aussi", "lire également", "à lire également",
                    "voir aussi", "à voir aussi", "à découvrir aussi", "sur le même sujet", "dans la même rubrique",
                    "du même auteur", "du même dessinateur", "articles similaires", "articles liés",
                    "nos articles sur le sujet", "related articles", "related", "related coverage", "read more",
                    "read also", "see also", "more on this story", "you may also like", "more from" },
  -- what opens an entry of such a list
  related_bullets = { "-", "*", "•", "»", "–", "—", "·", ">", ">>" },
  -- a place before a stamp's date and a comma ("Rennes, le 25/11/2024"): its words at most, and the particles
  -- that may join them ("Saint-Denis de La Réunion")
  max_place_words = 4,
  place_particles = { ["de"] = true, ["du"] = true, ["d'"] = true, ["des"] = true, ["sur"] = true, ["en"] = true },
  -- what opens a date line of the header that stamps the text (folded, a word's start): "Publié le",
  -- "Updated", "Mis à jour le" (its date is the publication's when no other precedes it)
  stamp_leads = { "publi", "updated", "last updated", "posted", "mis à jour", "mise à jour", "modifi", "actualis",
                  "mis en ligne" },
  -- a line that starts a related-article entry: a date or day word, a
  -- separator, a time; the headline on the next line goes with it
  -- (separators and bullets are lists, not pattern classes: a class holds bytes, and "•" is three)
  stamp_separators = { "·", "•", "|", "-", "–", "—" },
  -- the article a header's date line may open with ("Le 5 décembre 2024 à 18h20")
  stamp_articles = { le = true },
  -- bylines in the header: a bullet or "Par"/"By" (German "Von", Spanish and Portuguese "Por",
  -- Italian "Di", Dutch "Door") then a name
  byline = { "^[%-%*]%s+(.+)$", "^•%s+(.+)$", "^–%s+(.+)$",
             "^[Pp]ar%s+(.+)$", "^[Bb]y%s+(.+)$", "^[Vv]on%s+(.+)$", "^[Pp]or%s+(.+)$",
             "^[Dd]i%s+(.+)$", "^[Dd]oor%s+(.+)$" },
  -- the nouns of a journalist's role after a byline's comma, capitalised or not (in lower case): "By
  -- Aubrey Allegretti, Chief Political Correspondent"
  byline_roles = { correspondent = true, editor = true, reporter = true, writer = true, columnist = true,
                   journalist = true, producer = true, correspondant = true, correspondante = true,
                   journaliste = true, ["rédacteur"] = true, ["rédactrice"] = true, chroniqueur = true,
                   chroniqueuse = true, ["envoyé"] = true, ["envoyée"] = true, ["envoyés"] = true,
                   ["envoyées"] = true, correspondants = true, correspondantes = true, correspondents = true,
                   reporters = true },
  -- the possessives before a journalist's role that opens a byline, the name after it: "Par notre correspondante
  -- à Madrid, Sandrine Morel", "Par notre envoyé spécial Jean Dupont", "By our correspondent Jane Doe"
  byline_possessives = { notre = true, nos = true, our = true },
  -- what adds an agency to a byline's names, left out of the author: "Par Thomas Girard, avec AFP",
  -- "By Jane Doe, with Reuters", "Par Jean Dupont (avec AFP)"
  byline_with = { "avec", "with" },
  -- what joins the agencies after them ("avec AFP et Reuters")
  byline_joins = { "et", "and" },
  -- the agencies a byline names after its author, left out of it too: "By Maria Lopez, Associated
  -- Press", "Par Jean Dupont / AFP"
  agencies = { "AFP", "Agence France-Presse", "Reuters", "AP", "Associated Press", "Bloomberg", "dpa", "ANSA",
               "Belga", "ATS", "Keystone-ATS", "EFE", "Xinhua", "Kyodo", "Yonhap", "UPI", "PA", "CP",
               "La Presse canadienne", "The Canadian Press" },
  -- a newsroom that a byline credits (folded): "Par la rédaction de La Provence", "By the editorial board"
  newsrooms = { "la rédaction", "la redaction", "rédaction", "redaction", "notre rédaction", "la rédaction web",
                "the editorial board", "the editors", "staff", "staff writers", "the newsroom", "la redacción",
                "die redaktion" },
  -- how a stamp tells a time ago, in lower case, ending the line its lead opens ("Publié il y a 3 heures", "Mis
  -- à jour il y a 12 min", "Updated 2 hours ago")
  ago_stamps = { "%sil y a %d+%s*%a+%.?%s*$", "%s%d+%s*%a+ ago%s*$" },
  -- outlets whose name is written in lower case (a byline's "Par franceinfo avec AFP"; lunette.extract.sources
  -- reads them too: "a estimé sur franceinfo le professeur X")
  lower_outlets = { "franceinfo", "francetvinfo", "24 heures",
                    -- (France Télévisions' overseas stations)
                    "Nouvelle-Calédonie la 1ère", "Martinique la 1ère", "Guadeloupe la 1ère", "Guyane la 1ère",
                    "Réunion la 1ère", "Mayotte la 1ère", "Polynésie la 1ère", "Wallis et Futuna la 1ère",
                    "Saint-Pierre et Miquelon la 1ère",
                    -- (dailies and weeklies named with a word in lower case: an adjective, a day)
                    "Le Dauphiné libéré", "Le Républicain lorrain", "L'Est républicain", "Le Courrier picard",
                    "Le Berry républicain", "Le Bien public", "Le Canard enchaîné", "Le Monde diplomatique",
                    "Le Journal du dimanche", "Le Parisien libéré", "Midi libre", "Le Maine libre", "La Charente libre",
                    "L'Écho républicain", "L'Yonne républicaine", "L'Éveil normand" },
  -- the articles that open an outlet's name after a byline's comma ("Par X, La Presse")
  outlet_articles = { Le = true, La = true, Les = true, ["L'"] = true, The = true },
  -- lower-case words allowed inside a personal name
  name_particles = {
    van = true, von = true, der = true, den = true, de = true, du = true, des = true, da = true,
    di = true, le = true, la = true, bin = true, ben = true, al = true, el = true, et = true,
    ["and"] = true, ["d'"] = true, ter = true, y = true,
  },
  -- the source of a republished article
  source = { "^[Ss]ource%s*:%s*<?(https?://[^%s>]+)>?%s*$", "^[Ss]ource%s*:%s*%[.-%]%((https?://[^%s%)]+)%)%s*$" },
  -- cities that open a dateline, glued by scraping to the first word ("ParisEnviron")
  datelines = {
    "Paris", "Londres", "London", "Washington", "Moscou", "Moscow", "Kiev", "Kyiv",
    "Séoul", "Seoul", "Pyongyang", "Pékin", "Beijing", "Tokyo", "Bruxelles", "Brussels",
    "Berlin", "Genève", "Geneva", "Rome", "Madrid", "Montréal", "Québec", "Ottawa",
    "Jérusalem", "Jerusalem", "Beyrouth", "Beirut", "Téhéran", "Tehran", "Ankara",
    "Istanbul", "Le Caire", "Cairo", "Dakar", "Abidjan", "Alger", "Tunis", "Rabat",
    "Lyon", "Marseille", "Bordeaux", "Toulouse", "Lille", "Strasbourg", "Nice", "Nantes",
    "New York", "Varsovie", "Warsaw", "Vienne", "Vienna", "Stockholm", "Oslo", "Helsinki",
    "Taipei", "Hong Kong", "Bangkok", "New Delhi", "Islamabad", "Kaboul", "Bagdad",
  },
  -- a dateline opening the text, tried in order; captures: place, date (or none), agency
  datelines_forms = {
    -- "Paris, 18 juin 2025 (AFP) -", "WASHINGTON, Jan. 27, 2025 (Reuters) —"
    "^([%u][^,%(%)\n]-),%s+([^%(%)\n]-)%s*%(([%w%s%.%-/]+)%)%s*[%-–—:]",
    -- "Kiev (Ukraine), le 3 mars 2025 (Reuters) —": the place's region in brackets
    "^([%u][^,%(%)\n]-%s*%b()),%s+([^%(%)\n]-)%s*%(([%w%s%.%-/]+)%)%s*[%-–—:]",
    -- "WASHINGTON (AP) —", "PARIS (AFP) -": a place in capitals and the agency, no date
    "^(%u[%u%s%-'’]+)()%s*%(([%w%s%.%-/]+)%)%s*[%-–—]",
    -- "Londres (AFP) -": a place written as a name, then the agency: only a place of datelines and one
    -- of agencies (see article; not "Emmanuel Macron (Renaissance) -")
    "^(%u[%l\128-\255][%a\128-\255%-'’ ]-)()%s+%(([%w%s%.%-/]+)%)%s*[%-–—]",
    -- "Oct 11 (Reuters) -", "11 oct. (AFP) -": a date and the agency, no place (the place empty)
    "^(%s*)(%u%a+%.?%s+%d%d?)%s*%(([%w%s%.%-/]+)%)%s*[%-–—:]",
    "^(%s*)(%d%d?%s+%a+%.?)%s*%(([%w%s%.%-/]+)%)%s*[%-–—:]",
    -- "Dakar, le 27 juin 2025 – Le Fonds...": a place and a date, no agency (a date it must be)
    "^([%u][^,%(%)\n]-),%s+([^%(%)\n%-–—]-)%s+[%-–—][\128-\191]*()%s",
  },
  -- a section's name on a line of its own above a dateline is at most this long (bytes)
  rubric_max = 30,
  -- what parts a header line's rubric or byline from its stamp, the first that matches: "Économie |
  -- Publié le ...", "Par Léa Martin - 4 déc.", a dash ("Par Julien Martin — 6 décembre 2024 à 18:30")
  header_separators = { "^(.-)%s*|%s*(.*)$", "^(.-)%s+%-%s*(.*)$", "^(.-)%s+—%s*(.*)$", "^(.-)%s+–%s*(.*)$" },
  -- furniture lines are short: longer lines are not checked against the drop list
  furniture_max = 120,
  -- a line longer than this (in characters) is a paragraph, not header material
  header_line_max = 100,
  -- a title is at most this long and does not end with a period
  title_max = 250,
}

-- s without trailing white space, in time linear in what is cut ("%s+$" is
-- quadratic on a long run of spaces that does not end the string)
local function rtrim(s)
  local e = #s
  while e > 0 do
    local b = s:byte(e)
    if b ~= 32 and (b < 9 or b > 13) then break end
    e = e - 1
  end
  return e == #s and s or s:sub(1, e)
end
M.rtrim = rtrim

local function trim(s) return rtrim((s:gsub("^%s+", ""))) end

--- The lines of s, as (s .. "\n"):gmatch("(.-)\n") gives them (a final "\n"
--- ends one more, empty line), with no "\r" at their end when cr is set; by
--- plain searches: a pattern there tries a match at every byte.
function M.lines(s, cr)
  local pos = 1
  return function()
    if not pos then return nil end
    local e = s:find("\n", pos, true)
    local line = s:sub(pos, (e or #s + 1) - 1)
    pos = e and e + 1
    if cr and line:byte(-1) == 13 then line = line:sub(1, -2) end
    return line
  end
end

--- s with CR LF and lone CR line ends made LF
function M.lf(s)
  return s:find("\r", 1, true) and (s:gsub("\r\n?", "\n")) or s
end

local function fold(s) return core.fold(s, "case") end

--- Is the line one of the drop rules?
function M.is_furniture(line)
  if #line > M.rules.furniture_max * 2 then return false end   -- bytes: up to 2 per character here
  return matches(M.rules.drop, fold(trim(line)))
end

-- a day, a month name, a year, in the order they are tried: 27 janvier 2025, 1er décembre 2024,
-- 27. Januar 2025; then 27 de enero de 2025
local DAY_MONTH_YEAR = { "()(%d%d?)e?r?%.?%s+([%a\128-\255]+)%.?,?%s+(%d%d%d%d)()",   -- (15 Aug, 2024)
                         "()(%d%d?)%s+de%s+([%a\128-\255]+)%s+de%s+(%d%d%d%d)()" }

-- a date written D/M/Y, D.M.Y, D-M-Y, Y-M-D, D/M/YY or with a month name, inside s:
-- returns ISO "YYYY-MM-DD", and the span of the match
local function find_date(s)
  local a, b, d, m, y = s:find("(%d%d?)/(%d%d?)/(%d%d%d%d)")
  if not a then a, b, d, m, y = s:find("(%d%d?)%.(%d%d?)%.(%d%d%d%d)") end
  if not a then a, b, d, m, y = s:find("%f[%d](%d%d?)%-(%d%d?)%-(%d%d%d%d)%f[%D]") end    -- (04-12-2024, Belgian)
  if not a then
    local yy, mm, dd
    a, b, yy, mm, dd = s:find("(%d%d%d%d)%-(%d%d)%-(%d%d)")
    d, m, y = dd, mm, yy
  end
  -- (a stamp's year in two digits: "Publié le 04/12/24 à 12h16", this century's)
  if not a then
    a, b, d, m, y = s:find("%f[%d](%d%d?)/(%d%d?)/(%d%d)%f[%D]")
    if a then y = 2000 + tonumber(y) end
  end
  if a then
    d, m, y = tonumber(d), tonumber(m), tonumber(y)
    -- (a month past 12 before a day of 12 at most: the American order, "01/15/2024")
    if m > 12 and m <= 31 and d >= 1 and d <= 12 then d, m = m, d end
    if m >= 1 and m <= 12 and d >= 1 and d <= 31 then
      return ("%04d-%02d-%02d"):format(y, m, d), a, b
    end
    return nil
  end
  -- (read in s itself, each month's name folded: the span is s's, which folding would shorten)
  local ms = by_languages("months")
  for _, pat in ipairs(DAY_MONTH_YEAR) do
    for pa, dd, name, yy, pb in s:gmatch(pat) do
      local mo = ms[fold(name)]
      if mo then return ("%04d-%02d-%02d"):format(tonumber(yy), mo, tonumber(dd)), pa, pb - 1 end
    end
  end
  -- January 27, 2025
  for pa, name, dd, yy, pb in s:gmatch("()([%a]+)%.?%s+(%d%d?),?%s+(%d%d%d%d)()") do
    local mo = ms[fold(name)]
    if mo then return ("%04d-%02d-%02d"):format(tonumber(yy), mo, tonumber(dd)), pa, pb - 1 end
  end
  return nil
end
M.find_date = find_date

-- the words for today and yesterday of M.rules.languages, one list (language_words merges keys, and
-- these are lists)
local todays = {}
local function today_words()
  local key = table.concat(M.rules.languages, ",")
  if not todays[key] then
    local list = {}
    for _, lang in ipairs(M.rules.languages) do
      for _, w in ipairs(analyzer.language(lang).today or {}) do list[#list + 1] = w end
    end
    todays[key] = list
  end
  return todays[key]
end

--- Is the line a time stamp of an article list ("22 novembre 2024 · 10:28",
--- "Aujourd'hui · 02:04")?
function M.is_stamp(line)
  if #line > 200 or not line:find("%d%d?[:h]%d%d%s*$") then return false end   -- it ends with a time
  local l = fold(trim(line))
  local head
  for _, sep in ipairs(M.rules.stamp_separators) do
    head = head or l:match("^(.-)%s*" .. sep:gsub("%p", "%%%0") .. "%s*%d%d?[:h]%d%d$")
  end
  if not head then return false end
  if find_date(head) then return true end
  for _, w in ipairs(today_words()) do
    if head:find(w, 1, true) == 1 then return true end
  end
  return false
end

-- does s open with a word of M.rules.stamp_leads (a dash, a bullet or a comma before it aside: "Le 17
-- janvier 2025 à 22h15, modifié le 18 janvier 2025 à 08h03" after its first date)?
local function stamp_led(s)
  local l = fold(s):gsub("^[%-%*%s%[%]%(%)#,]+", "")
  for _, w in ipairs(M.rules.stamp_leads) do
    if l:sub(1, #w) == fold(w) then return true end
  end
  return false
end

-- Does a word open with a capital, a letter out of ASCII too ("Élodie": it changes when folded)?
local function capitalised(w)
  return w:find("^%u") ~= nil or (w:byte() >= 0xC3 and core.fold(w, "none") ~= fold(w))
end

-- Is s a place's name of a dateline, and its newsroom's word or none ("Rennes", "Rédaction Rennes",
-- "Saint-Denis de La Réunion"): capitalised words, M.rules.max_place_words at most, particles between?
local function place_words(s)
  local n = 0
  for w in s:gmatch("%S+") do
    n = n + 1
    if not (capitalised(w) or (n > 1 and M.rules.place_particles[w])) then return false end
  end
  return n >= 1 and n <= M.rules.max_place_words
end

-- does s open with an outlet's article ("Le Parisien", "L'Express", "The Times")?
local function outlet_led(s) return M.rules.outlet_articles[s:match("^[^%s']+'?")] ~= nil end

-- is a byline's part after a comma a role, a word in lower case that no name holds in it ("Health
-- correspondent", "envoyé spécial à Kiev"; or a journalist's role, capitalised: rules.byline_roles), or
-- an outlet, opening with a word in capitals after a name that has none ("Nick Triggle, BBC News"; not
-- "JEAN DUPONT, MARIE MARTIN")? (six words at most, no figure, no sentence's mark: "Par X, juillet 2014
-- Fuyez les écrivains." is text glued to the byline)
local function role_tail(tail, head)
  if tail:find("[%d%.!?:;«»\"]") or select(2, tail:gsub("%S+", "")) > 6 then return false end   -- (a sentence)
  local first = tail:match("^%S+")
  if first:find("^%u%u+$") and not head:find("%f[%w]%u%u+%f[%W]") then return true end
  for w in tail:gmatch("%S+") do
    if M.rules.byline_roles[fold(w)] then return true end          -- (Chief Political Correspondent)
    local lower = w:find("^%l") or (w:byte() >= 0xC3 and not capitalised(w))   -- ("à Douai")
    if lower and not M.rules.name_particles[w] then return true end
  end
  return false
end

-- is s one of the strings of list?
local function listed(list, s)
  for _, x in ipairs(list) do if x == s then return true end end
  return false
end

-- is s one of the agencies, its capitals aside ("La Presse Canadienne")?
local function is_agency(s)
  local f = fold(s)
  for _, x in ipairs(M.rules.agencies) do if fold(x) == f then return true end end
  return false
end

-- is s agencies, two or more, a comma, a slash, and or et between them ("dpa, Reuters", "AFP/Reuters")?
local function agencies_line(s)
  local n = 0
  for part in (s:gsub("%s+and%s+", ","):gsub("%s+et%s+", ",") .. ","):gmatch("([^,/]*)[,/]") do
    if not is_agency(trim(part)) then return false end
    n = n + 1
  end
  return n >= 2
end

-- s without the agency a byline credits at its end after "avec" / "with": "Jean Dupont (avec AFP)",
-- "la rédaction avec AFP"
local function without_with(s)
  for _, w in ipairs(M.rules.byline_with) do
    -- (one word after it, an agency's or the word for them: "avec AFP", "avec agences"; or agencies joined
    -- by et, and or a comma: "avec AFP et Reuters")
    local head, tail = s:match("^(.-)%s*,?%s*%(?" .. w .. "%s+(.-)%)?$")
    local agencies = tail and tail ~= ""
    for a in (tail or ""):gsub(",", " "):gmatch("%S+") do
      if not (listed(M.rules.agencies, a) or listed(M.rules.byline_joins, a)) then agencies = false end
    end
    if head and head ~= "" and (agencies or tail:find("^[%w\128-\255][%w\128-\255%-%.]*$")) then return head end
  end
  return s
end

--- A personal name (or several joined by "et", "and", ","), else nil. In a byline (byline true),
--- a role or an outlet after a comma is left out: "Nick Triggle, Health correspondent",
--- "Marie-Ève Tremblay, La Presse", "Jean Dupont, envoyé spécial à Kiev", "Jean Dupont (à Lille)".
function M.as_name(s, byline)
  s = trim(s:gsub("^[Pp]ar%s+", ""):gsub("^[Bb]y%s+", ""))
  if byline then
    -- (a role after a possessive before the name: rules.byline_possessives; after a comma, or its words in lower
    -- case before a capital)
    local poss, rest = s:match("^(%S+)%s+(%S.*)$")
    if poss and M.rules.byline_possessives[fold(poss)] and M.rules.byline_roles[fold(rest:match("^[^%s,]+"))] then
      local name = rest:match("^[^,]-,%s*(.+)$")
      if not name then
        name = rest
        while name:find("^%S") and not capitalised(name:match("^%S+")) do name = name:gsub("^%S+%s*", "", 1) end
      end
      if name ~= "" then s = name end
    end
    -- (a role or a place in brackets: "Par Mathilde Caron (à Douai)", "(envoyée spéciale à Kiev)")
    local head, tail = s:match("^(.-)%s*%(([^%(%)]+)%)$")
    if head and head ~= "" and role_tail(tail, head) and M.as_name(head) then s = head end
    head, tail = s:match("^(.-)%s*,%s*([^,]+)$")
    if head and head ~= "" and (outlet_led(tail) or role_tail(tail, head))
       and M.as_name(head) then
      s = head
    end
    -- (where the journalist writes from, in English: "Michael Acton in San Francisco")
    head, tail = s:match("^(.-)%s+in%s+(%u[^,]*)$")
    if head and head ~= "" and place_words(tail) and M.as_name(head) then s = head end
  end
  s = without_with(s)
  -- (an agency of two words or more after the name with no mark: "By JANE DOE Associated Press")
  for _, a in ipairs(M.rules.agencies) do
    local pat = a:gsub("%p", "%%%0")
    local head = s:gsub("–", "-"):match("^(.-)%s*[,/%-]%s*" .. pat .. "$")
      or (a:find(" ") and s:match("^(.-)%s+" .. pat .. "$"))
    if head and head ~= "" then s = head; break end
  end
  if s == "" or utf8.len(s) == nil or utf8.len(s) > 80 or s:find("[%d%[%]%(%)/@:]") then return nil end
  local words, caps = 0, 0
  for w in s:gsub(",", " "):gmatch("%S+") do
    words = words + 1
    local joined = w:match("^(%l+)%-%u")                  -- (a particle joined to the name: al-Mughrabi)
    -- (or elided before it: "Dernières Nouvelles d'Alsace", "Jeanne d’Arc")
    if capitalised(w) or (joined and M.rules.name_particles[joined]) or w:find("^[dl]['’]%u") then
      caps = caps + 1
    elseif not M.rules.name_particles[w] then
      return nil
    end
  end
  if caps < 2 or words > 8 then return nil end
  return s
end

-- Is s a person's name: a name (M.as_name) whose first word is a first name lunette.extract.names knows
-- ("Jeanne Corriveau"; not "Le Devoir")?
-- (the name, a role or a place after it aside: "Rebecca Ratcliffe, south-east Asia correspondent", "Michael Acton
-- in San Francisco"; or false)
local function personal(s)
  local name = M.as_name(s, true)
  local first = name and name:match("^[^%s]+")
  if not first then return false end
  local f = core.fold(first, "accents")
  return (names.male[f] or names.female[f] or names.unisex[f]) and name or false
end

-- does a stamp's line tell how long ago (M.rules.ago_stamps: "Publié il y a 3 heures", "Updated 2 hours ago")?
local function ago_stamp(line) return matches(M.rules.ago_stamps, fold(line)) end

-- Is a header's line an outlet's credit, its name alone or with an agency ("Ouest-France", "Le
-- Parisien avec AFP", "20 Minutes"): five words at most, each capitalised, a particle, a word of
-- byline_with or a short number beside a capitalised one, and no sentence's mark (or one of
-- rules.lower_outlets)?
local function credit_line(line)
  if agencies_line(line) then return true end                      -- ("dpa, Reuters")
  if line:find("[%.!?:;«»\"]") or select(2, line:gsub("%S+", "")) > 5 then return false end
  -- ("24 heures", Lausanne's; "franceinfo avec AFP")
  if listed(M.rules.lower_outlets, without_with(line)) then return true end
  local with = {}
  for _, w in ipairs(M.rules.byline_with) do with[w] = true end
  local caps, numbers = 0, 0
  for w in line:gmatch("[^%s|/]+") do
    local f = fold(w)      -- (a dash between a rubric's words: "Culture - Cinéma")
    if capitalised(w) then
      caps = caps + 1
    elseif w:find("^%d%d?%d?$") then
      numbers = numbers + 1                   -- (a number in a name: "20 Minutes", "France 24")
    elseif not (M.rules.name_particles[f] or with[f] or w == "-" or w == "–" or w == "—") then
      return false
    end
  end
  return numbers == 0 or caps > 0
end

local function is_title(line)
  local n = utf8.len(line) or #line
  -- (no sentence's period at its end; initials' aside: "Northvolt files for bankruptcy in the U.S.")
  return n > 0 and n <= M.rules.title_max and (not line:find("%.%s*$") or line:find("%f[%w]%u%.%u%.%s*$") ~= nil)
end

-- [text](target) and ![alt](src) reduced to their text. A scanner, not a
-- pattern: each "]" looks back at most 500 bytes for its "[" and forward at
-- most 2000 for the ")", so hostile lines ("[[[[...", "[a]([a](...") stay linear.
local function reduce_links(line)
  if not line:find("](", 1, true) then return line end
  local out, last, pos = {}, 1, 1
  while true do
    local q = line:find("](", pos, true)
    if not q then break end
    local from = math.max(last, q - 500)
    local open = nil
    for k = q - 1, from, -1 do
      local b = line:byte(k)
      if b == 93 then break end                  -- another "]": no link text here
      if b == 91 then open = k; break end        -- "["
    end
    local close = open and line:sub(q + 2, q + 2001):find(")", 1, true)
    if open and close then
      local img = open > last and line:byte(open - 1) == 33   -- "!"
      out[#out + 1] = line:sub(last, open - (img and 2 or 1))
      out[#out + 1] = line:sub(open + 1, q - 1)
      last = q + 2 + close
      pos = last
    else
      pos = q + 1
    end
  end
  out[#out + 1] = line:sub(last)
  return table.concat(out)
end

local function reduce_markdown(line)
  if not (line:find("[", 1, true) or line:find("*", 1, true) or line:find("#", 1, true)) then
    return line                                            -- most lines: nothing to reduce
  end
  line = reduce_links(line)                                -- links and images: their text
  line = line:gsub("%*%*([^%*]+)%*%*", "%1")             -- strong
  line = line:gsub("%*([^%*%s][^%*]-)%*", "%1")          -- emphasis
  line = line:gsub("^#+%s+", "")                          -- heading marks
  return line
end

-- the outlet a byline credits, four capitalised words or numbers at most ("Par Ouest-France avec AFP", "Par 20
-- Minutes avec agences", "By Reuters"), or one of the outlets written in lower case ("Par franceinfo"); or nil
local function credited(s)
  s = without_with(s)
  if s:find("[%.!?;:«»\"%(%)/@,]") then return nil end
  if listed(M.rules.lower_outlets, s) then return s end
  local n, caps = 0, 0
  for w in s:gmatch("%S+") do
    n = n + 1
    if capitalised(w) then caps = caps + 1 elseif not w:find("^%d+$") then return nil end
  end
  return caps >= 1 and n <= 4 and s or nil
end

-- A newsroom a byline credits, as written ("la rédaction", "la rédaction de La Provence", "the
-- editorial board", "Staff"), else nil: one of rules.newsrooms, alone or with de / du / d' / of
-- and an outlet's name, with no sentence's mark (an agency after avec aside: "la rédaction avec AFP"),
-- or with an outlet credited right after it ("Rédaction franceinfo"); on a line of its own (bare),
-- with an outlet credited only ("La rédaction de franceinfo avec AFP", not "La rédaction")
local function newsroom(s, bare)
  s = without_with(trim(reduce_markdown(s)))
  local f = fold(s)
  if utf8.len(s) == nil or utf8.len(s) > 80 or s:find("[!?:;\"«»]") then return nil end
  for _, n in ipairs(M.rules.newsrooms) do
    local rest = f:sub(1, #n + 1) == n .. " " and f:sub(#n + 2)
    local outlet = rest and s:sub(#n + 2):gsub("^[Dd][eu]%s+", ""):gsub("^[Dd]'", ""):gsub("^of%s+", "")
    if (f == n and not bare) or (rest and ((not bare and (rest:find("^d[eu]%s+%S") or rest:find("^d'%S")
                                                         or rest:find("^of%s+%S")))
                                          or credited(outlet))) then
      return s
    end
  end
  return nil
end

-- does the line (trimmed) head a list of related articles (M.rules.related_heads)?
-- (the heads folded, made anew when a script replaces or extends the list)
local heads_of, heads = nil, nil
local function related_head(line)
  if #line > 60 then return false end
  local list = M.rules.related_heads
  if heads_of ~= list or heads.n ~= #list then
    heads_of, heads = list, { n = #list }
    for _, h in ipairs(list) do heads[fold(h)] = true end
  end
  return heads[(fold(line):gsub("%s*:$", ""))] or false
end

-- does the line open an entry of a related-article list: a bullet, or a link alone on it?
local function related_entry(line)
  if line:find("^%b[]%b()$") then return true end
  for _, b in ipairs(M.rules.related_bullets) do
    if line:sub(1, #b) == b and line:sub(#b + 1, #b + 1):find("%s") then return true end
  end
  return false
end

-- the index of the first line after line k that holds more than white space (#lines + 1: none)
local function next_filled(lines, k)
  local x = k + 1
  while x <= #lines and lines[x]:find("^%s*$") do x = x + 1 end
  return x
end

-- the lines of the related-article list under the head at line k (a set of line numbers): its
-- entries, blank lines between them, or the one headline right under the head that no bullet opens
local function related_list(lines, k)
  local out, n = {}, k + 1
  local first = lines[n] and trim(lines[n]) or ""
  if first ~= "" and not related_entry(first) then
    -- (a headline alone: not one of a run of short lines, "Par Berth" / "septembre 2019" / ...)
    local function headline(line) return is_title(trim(reduce_markdown(line))) and not line:find("[%.!?…]%s*$") end
    -- (each headline may have its date alone on the line under it: "[03/11/2024](#)")
    local function dated(x)
      local r = lines[x] and trim(reduce_markdown(lines[x])) or ""
      local iso, a, b = find_date(r)
      return iso ~= nil and a == 1 and b == #r
    end
    local d = dated(n + 1) and 1 or 0
    local after = lines[n + 1 + d] and trim(lines[n + 1 + d]) or ""
    -- (a line of furniture after it ends the list: "Retour en haut")
    if headline(first) and (after == "" or not headline(after) or M.is_furniture(after)) then
      for y = n, n + d do out[y] = true end
    end
    -- (or headlines of four words or more, one a line, up to furniture or the text's end: "Mercosur : ce que
    -- contient l'accord" / "Prix du lait : les éleveurs dans l'impasse" / "Retour en haut")
    local function long_headline(line) return headline(line) and select(2, trim(line):gsub("%s+", "")) >= 3 end
    if not out[n] and long_headline(first) then
      local m = n + d
      while lines[m + 1] and long_headline(lines[m + 1]) do
        m = m + 1
        if dated(m + 1) then m = m + 1 end
      end
      local x = next_filled(lines, m)
      if m > n + d and (not lines[x] or M.is_furniture(trim(reduce_markdown(lines[x])))) then
        for y = n, m do out[y] = true end
      end
    end
    return out
  end
  local last = k
  while n <= #lines do
    local t = trim(lines[n])
    if t ~= "" then
      if not related_entry(t) or (utf8.len(t) or #t) > M.rules.title_max then break end
      for x = last + 1, n do out[x] = true end
      last = n
    end
    n = n + 1
  end
  return out
end

local function split_dateline(line)
  for _, city in ipairs(M.rules.datelines) do
    if line:sub(1, #city) == city then
      local rest = line:sub(#city + 1)
      -- glued to a capitalised word: "ParisEnviron 3 000"
      if rest:find("^%u%l") or rest:find("^[\195][\128-\157]") then
        return city .. " – " .. rest
      end
    end
  end
  return line
end

-- The languages' profiles: for each, an analyzer that folds case only and holds its stopwords,
-- each weighing SHARE / (the number of the languages whose lists hold it) for each time its list
-- holds it ("la", "de", "non" tell less between French, Spanish and Italian than "les" or "della");
-- made again when the languages or their lists change
local SHARE = 420                                  -- (divisible by 1 to 7)
local profiles, profiles_key
local function profiles_of(langs)
  local lists, key = {}, {}
  for i, lang in ipairs(langs) do
    lists[i] = analyzer.language(lang).stopwords or {}
    key[i] = lang .. ":" .. #lists[i]
  end
  key = table.concat(key, ",")
  if profiles_key == key then return profiles end
  local owners = {}                               -- word -> the number of lists that hold it
  for _, list in ipairs(lists) do
    local seen = {}
    for _, w in ipairs(list) do
      if not seen[w] then seen[w] = true; owners[w] = (owners[w] or 0) + 1 end
    end
  end
  profiles, profiles_key = { others = {} }, key
  for i, list in ipairs(lists) do
    local p = analyzer.new{ lang = "", fold = "case", stopwords = {} }
    for _, w in ipairs(list) do p:add_stopwords({ w }, SHARE // owners[w]) end
    profiles[i] = p
    if i > 1 then profiles.others[i - 1] = p end       -- (read beside the first, in one pass)
  end
  return profiles
end

--- Language of a text by stopword profile: "fr", "en", ... (one of rules.languages) or "other"
--- (nil for a text of fewer than five words). The words of its first 20 000 bytes are read once,
--- each looked up in every language's stopwords; the language whose stopwords make the largest
--- share of them wins when that share is 12 % or more and 1.3 times the next language's (a
--- word of several languages' lists counts for each of them as a share of one).
function M.detect_language(text)
  local head = text:sub(1, 20000)
  local langs = M.rules.languages
  local ps = profiles_of(langs)
  local counts = { ps[1]:count_stops(head, ps.others) }   -- stops, words, stops of the others...
  local total = counts[2]
  if total < 5 then return nil end
  total = total * SHARE
  local best, best_score, second = nil, 0, 0
  for i, lang in ipairs(langs) do
    local score = counts[i == 1 and 1 or i + 1] / total
    if score > best_score then best, best_score, second = lang, score, best_score
    elseif score > second then second = score end
  end
  if best and best_score >= 0.12 and best_score > second * 1.3 then return best end
  return "other"
end

--- A field a CSV export quoted and left so ("\"\"\"Game of Thrones\"\" saison 7\""): its text
--- ("\"Game of Thrones\" saison 7"); any other string as it is.
function M.unquote(s)
  if type(s) ~= "string" then return s end
  local inner = s:match('^"(.*)"$')
  if not inner or not inner:find('""', 1, true) or inner:gsub('""', ""):find('"', 1, true) then return s end
  return (inner:gsub('""', '"'))
end

-- the name a byline gives (M.rules.byline: "Par Léa Martin", "By Jane Doe"), or nil; after a word
-- ("Par", not a bullet's mark), an outlet's too
local function byline(s)
  for _, pat in ipairs(M.rules.byline) do
    local cand = s:match(pat)
    local name = cand and (M.as_name(cand, true) or newsroom(cand) or (s:find("^%a") and credited(cand)))
    if name then return name end
  end
  return nil
end

--- A header's line: "date", its date (ISO) and the author of a byline before it ("Par Léa Martin |
--- Publié le 04/12/2024"); "author", the name; or nil. (lunette.extract.dates reads the same
--- lines as the byline's zone.)
function M.header_line(line)
  if (utf8.len(line) or #line) > M.rules.header_line_max then return nil end
  local date, a, b = find_date(line)
  local rest = date and trim(line:sub(1, a - 1) .. line:sub(b + 1)) or nil
  -- (a time after the date: "09/07/2024 - 23:58", "15 mars 2024 à 18h42")
  -- (its half of the day and zone: "Updated 9:14 PM PDT, September 6, 2024")
  -- (a time with a period before its zone: "Wed 30 Oct 2024 18.10 GMT"; the weekday: below)
  -- (or before its half of the day: "6.00pm")
  local bare = rest and rest:gsub("(%d%d?)%.(%d%d%s+%u%u%u?%u?)$", "%1:%2")
    :gsub("(%d%d?)%.(%d%d%s*[AaPp][Mm])", "%1:%2"):gsub("•", "-"):gsub("·", "|")
    :gsub("^(.-)à%s*(%d%d?%s*[h:]%s*%d%d)", "%1%2"):gsub("^(.-)%f[%a]at%s+(%d%d?%s*[h:]%s*%d%d)", "%1%2")
    :gsub("(%d%d?%s*[h:]%s*%d%d)%s*[AaPp]%.?[Mm]%.?", "%1")
    :gsub("(%d%d?%s*[h:]%s*%d%d)%s+%u%u%u?%u?[+-]%d%d?%f[%D]", "%1")                  -- (GMT+1)
    :gsub("(%d%d?%s*[h:]%s*%d%d)%s+%u%u%u?%u?%f[%A]", "%1")
    :gsub("%d%d?%s*[h:]%s*%d%d", "")
  -- (its weekday: "mercredi 30 octobre 2024", "Wednesday, October 30, 2024", "Wed 30 Oct 2024")
  -- (and an article before them: "Le 5 décembre 2024 à 18h20", "Le jeudi 5 décembre 2024")
  local article = bare and fold(bare .. " "):match("^%s*([%a\128-\255]+)%s")      -- (or alone: "Le 29 novembre 2024")
  if article and M.rules.stamp_articles[article] then bare = bare:gsub("^%s*[%a\128-\255]+%s*", "") end
  local day = bare and fold(bare):match("^%s*([%a\128-\255]+)%.?")
  if day and (by_languages("weekdays")[day] or by_languages("weekday_abbrevs")[day]) then
    bare = bare:gsub("^%s*[%a\128-\255]+%.?", "")
  end
  -- (or a word of a stamp, a rubric and a separator before it aside: "[Sport](#) | Publié le 18/11/2023")
  -- (or an outlet's name: "Ouest-France | Publié le 09/02/2024", "Le Temps | 3 mars 2024")
  -- (or a byline, its author's: "Par Léa Martin | Publié le 04/12/2024", "Par Julien Moreau, Publié
  -- le 25 janvier 2024": a comma before a stamp's word)
  local rubric, led
  if date then
    for _, sep in ipairs(M.rules.header_separators) do
      rubric, led = bare:match(sep)
      if rubric then break end
    end
    -- (a separator the time left after the date is none: "Le Soir - 03/12/2024 - 14:32")
    if led then
      for _, sep in ipairs(M.rules.stamp_separators) do
        led = led:gsub("^%s*" .. sep:gsub("%p", "%%%0") .. "%s*$", "")
      end
    end
  end
  local by = rubric and byline(rubric)
  -- (or a byline after the date and a separator: "Nov 30, 2024 | By Jordan Novet")
  local by_after = rubric and trim(rubric) == "" and byline(trim(led))
  by = by or by_after or nil
  local placed                    -- (a place and a comma before the article: "Rennes, le 25/11/2024")
  local outlet_stamp              -- (an outlet's credit, a comma and the stamp: "Le Figaro, publié le 28/11/2024")
  if date and not rubric then
    -- (or a stamp's article alone: "Par Hélène Marchand, le 18/09/2024 à 10:30", "Par Hélène
    -- Marchand le 18/09/2024")
    local r, l = bare:match("^(.-)%s*,%s*(.*)$")
    local comma = r ~= nil
    if not r then r, l = bare:match("^(.-)%s+([%a\128-\255]+)%s*$") end
    if l and M.rules.stamp_articles[fold(trim(l))] then l, placed = "", comma and place_words(r) end
    -- (or a place and a comma alone: "Abidjan, 18 octobre 2024")
    if comma and l == "" and not placed and place_words(r) and not byline(r) then placed = true end
    by = r and (stamp_led(l) or l == "") and byline(r) or nil
    if by then rubric, led = r, l end
    outlet_stamp = not by and comma and r ~= "" and stamp_led(l) and credit_line(r)
  end
  if rubric then rubric, led = fold(rubric), fold(led) end
  -- (or an outlet's name after it and a comma, one word or after an article: "Monday September 23
  -- 2024, 6.00pm, The Times"; not "Le 5 mars 2024, Emmanuel Macron")
  local outlet = date and bare:match("^[%s,]*,%s*(%u[^,]-)%s*$")
  outlet = outlet and (outlet_led(outlet) or not outlet:find("%s")) and outlet
  -- (a dash of any length between the date and its time: "March 1, 2024 — 12.01am")
  if date and bare:gsub("–", ""):gsub("—", ""):gsub("[%-%*%[%]%(%)#|,]", ""):gsub("%s", "") == ""
      or date and stamp_led(bare) or placed
      or by_after or outlet_stamp
      or outlet and credit_line(outlet)
      or rubric and #rubric <= 40 and not rubric:find("[%.!?:,;]") and (led == "" or stamp_led(led)) then
    return "date", date, by
  end
  -- (a stamp with no date, today's or yesterday's or none and its times: "Publié aujourd'hui à 10h21, modifié
  -- à 12h05", "Updated today at 9:14", "Publié à 22 h 48": a stamp, its day unknown)
  local ago = not date and ago_stamp(line)
  if not date and stamp_led(line) and (ago or line:find("%d%d?%s*[h:]%s*%d%d")) then
    local l = ago and " " or " " .. fold(line):gsub("%d%d?%s*[h:]%s*%d%d", " ") .. " "
    for _, w in ipairs(M.rules.stamp_leads) do l = l:gsub("%f[%w]" .. fold(w):gsub("%p", "%%%0") .. "%w*", " ") end
    for _, w in ipairs(today_words()) do l = l:gsub(fold(w):gsub("%p", "%%%0"), " ") end
    if not l:gsub("[%s,;|%-]", " "):gsub("%f[%w]le%f[%W]", ""):gsub("%f[%w]a%f[%W]", "")
                      :gsub("%f[%w]at%f[%W]", ""):find("%w") then
      return "date", nil
    end
  end
  local name = byline(line) or newsroom(line, true)
  if name then return "author", name end
end

-- is a line a sentence: four words and more, the first capitalised, lower-case ones among them, a full stop,
-- a question or an exclamation mark at its end?
local function sentence_line(r)
  local words, lower = 0, false
  for w in r:gmatch("%S+") do
    words = words + 1
    lower = lower or (words > 1 and w:find("^%l") ~= nil)
  end
  return words >= 4 and lower and r:find("^%u") ~= nil and r:find("[%.!?]$") ~= nil
end

--- Clean a scraped article. Returns the body and its metadata
--- { title=, author=, published=, url=, lang= } (absent fields are nil).
---@param text string UTF-8 text (BOM and CR already removed)
---@param known table|nil metadata known already (JSONL fields, HTML <head>): kept first
function M.article(text, known)
  known = known or {}
  local lines = {}
  for line in M.lines(text) do lines[#lines + 1] = rtrim(line) end
  local meta = { title = M.unquote(known.title), author = M.unquote(known.author), published = known.published,
                 url = known.url }
  local drop = {}
  -- the header: title, then byline and date lines before the first paragraph
  local i, titled = 1, false
  -- (furniture above the title goes: a breadcrumb, "Accueil > Économie")
  while i <= #lines and (lines[i]:find("^%s*$") or M.is_furniture(trim(reduce_markdown(lines[i])))) do
    if not lines[i]:find("^%s*$") then drop[i] = true end
    i = i + 1
  end
  if i <= #lines then
    local first = trim(reduce_markdown(lines[i]))
    if is_title(first) and not M.is_stamp(first) and not M.as_name(first) then
      if not meta.title then meta.title = first end
      if trim(first) == meta.title then drop[i] = true end
      i, titled = i + 1, true
    end
  end
  -- is the next line with words after line k a byline, or a date line that says it is the
  -- publication's or that more text follows (a date closing the text is none of the header's)?
  local function header_follows(k)
    local x = next_filled(lines, k)
    local kind = x <= #lines and M.header_line(lines[x])
    if kind == "author" or kind == "date" and stamp_led(lines[x]) then return true end
    -- (or a person's name, then more of the header: "Le Devoir / Jeanne Corriveau / 13 novembre 2024")
    -- (or an outlet's credit, its author's name before a bar too: "Radio-Canada / Thomas Gerbet | Radio-Canada /
    -- Publié le 10 mars 2024")
    local r = x <= #lines and trim(reduce_markdown(lines[x]))
    if not kind and r and not related_head(r) and (personal(r) or credit_line(r)) then return header_follows(x) end
    return kind == "date" and next_filled(lines, x) <= #lines
  end
  local seen, standfirst, stamped = 0, false, false
  while i <= #lines and seen < 6 do
    local line = lines[i]
    if not line:find("^%s*$") then
      seen = seen + 1
      local r = trim(reduce_markdown(line))
      if related_head(r) then break end                                 -- (a related list ends it)
      local long = (utf8.len(line) or #line) > M.rules.header_line_max
      local kind, value, by
      if not long then kind, value, by = M.header_line(line) end
      -- (a short sentence is a paragraph too: words, the last ending it, and no line of the header's:
      -- "Le texte commence ici." before a related entry's "3 mars 2024 — 18:05")
      if long or not kind and sentence_line(r) then
        -- a paragraph ends the header, but for one standfirst right under the title that a
        -- byline or a date follows (title, "Le constructeur a dégagé...", "Par Sophie Lemaire")
        if standfirst or not titled or seen > 1 or not header_follows(i) then break end
        standfirst, stamped = true, false
      else
        local after_stamp = stamped
        local person = not kind and titled and personal(r)         -- (the name a person's line gives, or false)
        stamped = kind == "date" or kind == "author"
        if kind == "date" then
          meta.published = meta.published or value
          meta.author = meta.author or by
          drop[i] = true
        elseif kind == "author" then
          meta.author = meta.author or value
          drop[i] = true
        -- (a person's name alone on its line, before more of the header or after a stamp: "Jeanne Corriveau /
        -- 13 novembre 2024")
        elseif person and (after_stamp or header_follows(i)) then
          meta.author = meta.author or person
          drop[i] = true
        -- (before more of the header, or right after a stamp or a byline: "Publié le 18/07/2024 / Nice-Matin /
        -- <text>")
        elseif titled and credit_line(r) and (after_stamp or header_follows(i)) then
          drop[i] = true               -- an outlet's credit: "Ouest-France", "Le Parisien avec AFP"
          -- (after its author's name and a bar: "Thomas Gerbet | Radio-Canada"; not "Le Parisien | AFP")
          local name = r:match("^(.-)%s*|")
          if name and name ~= "" and not outlet_led(name) then
            meta.author = meta.author or M.as_name(name) or nil
          elseif is_agency(r) or agencies_line(r) then
            meta.author = meta.author or r             -- (an agency's name alone signs its copy: "Reuters")
          else
            local own = without_with(r)                   -- (so does an outlet with one: "Le Point avec AFP")
            if own ~= r then meta.author = meta.author or own end
          end
        end
      end
    end
    i = i + 1
  end
  -- the rest: furniture, related-article entries, source lines
  for k = 1, #lines do
    local line = lines[k]
    if not drop[k] then
      local t = trim(line)
      if t ~= "" then
        local r = trim(reduce_markdown(t))
        -- (a head with no list under it that the rules see stays, unless it is furniture: the
        -- dates under "DANS LA MÊME RUBRIQUE" are read as related by it)
        local list = related_head(r) and related_list(lines, k)
        local agency = r:match("^%((.-)%)$") or r
        if list and next(list) then
          drop[k] = true
          for n in pairs(list) do drop[n] = true end
        elseif M.is_furniture(r) then drop[k] = true
        elseif is_agency(agency) then        -- (an agency's name alone: its copy's signature)
          drop[k] = true
          meta.author = meta.author or agency
        elseif M.is_stamp(t) then
          drop[k] = true
          local n = next_filled(lines, k)
          if n <= #lines and is_title(trim(lines[n])) then drop[n] = true end
        else
          for _, pat in ipairs(M.rules.source) do
            local url = t:match(pat)
            if url then meta.url = meta.url or url; drop[k] = true; break end
          end
        end
      end
    end
  end
  local out, first_body, rubric = {}, true, false
  for k = 1, #lines do
    if not drop[k] then
      local line = reduce_markdown(lines[k])
      if first_body and trim(line) ~= "" then
        line = split_dateline(line)
        -- (the dateline may follow a section's name on a line of its own: "AFRIQUE", "Faits divers")
        first_body = not rubric and #trim(line) <= M.rules.rubric_max and not trim(line):find("[%.:;,!?]")
        rubric = true
        -- a dateline: its date is the publication date, its agency the author, when unknown
        local place, date, agency
        local head = trim(line:sub(1, 200))
        for _, form in ipairs(M.rules.datelines_forms) do
          place, date, agency = head:match(form)
          if place then break end
        end
        -- (a place written as a name, with no date: one of the agencies only, "Londres (AFP) -", "Avignon
        -- (AFP) -", a place of three words at most unless of datelines)
        if place and type(date) ~= "string" and not place:find("%u%u")
           and not (listed(M.rules.agencies, trim(agency))
                    and (listed(M.rules.datelines, place) or select(2, trim(place):gsub("%s+", "")) < 3)) then
          place = nil
        end
        local iso = place and type(date) == "string" and find_date(date) or nil
        -- (with no agency, a date alone: "Dakar, le 27 juin 2025 –")
        if place and type(agency) ~= "string" and not iso then place = nil end
        if place and #place <= 40 then
          first_body = false
          meta.published = meta.published or iso
          meta.author = meta.author or (type(agency) == "string" and trim(agency) or nil)
        end
      end
      out[#out + 1] = line
    end
  end
  local body = table.concat(out, "\n")
  if body:find("\n\n\n", 1, true) then body = body:gsub("\n\n\n+", "\n\n") end
  body = rtrim((body:gsub("^%s+", "")))
  meta.lang = known.lang or M.detect_language(body)
  return body, meta
end

return M
