-- test_extract.lua: the extractors: every rule's own examples, realistic
-- press sentences (French and English, including what is NOT a figure), the
-- exact records of the five articles of corpus/, and the database runner.
local H = dofile((arg[0]:match("^(.*)/") or ".") .. "/helper.lua")
local lunette = require "lunette"
local extract = require "lunette.extract"
local clean = require "lunette.clean"
print("testing extract")
local root = (arg[0]:match("^(.*)/tests/lua/") or ".")

local function fig_values(text, lang)
  local out = {}
  for _, f in ipairs(extract.figures(text, { lang = lang })) do
    out[#out + 1] = { f.low, f.high, f.approx, f.unit }
  end
  return out
end

-- 1: the examples each rule group carries
local F, S, D = extract.modules.figures, extract.modules.sources, extract.modules.dates
for g, group in ipairs{ F.rules.hedges, F.rules.post_hedges, F.rules.prenominal } do
  for k, ex in ipairs(group.examples) do
    local got = extract.figures(ex[1], { lang = ex[3] })[1] or {}
    H.eq("1.1." .. g .. "." .. k .. " example: " .. ex[1],
         { got.low, got.approx, got.unit, ex[2].text and got.text }, { ex[2].low, ex[2].approx, ex[2].unit, ex[2].text })
  end
end
for k, text in ipairs(F.rules.not_figure_examples) do
  H.eq("1.2." .. k .. " not a figure: " .. text, fig_values(text), {})
end
for k, ex in ipairs(S.rules.prepositions.examples) do
  local got = extract.sources(ex[1], { lang = ex[3] })[1] or {}
  H.eq("1.3." .. k .. " source example: " .. ex[1], { got.source, got.cue }, { ex[2].source, ex[2].cue })
end
for k, ex in ipairs(S.rules.examples) do
  local got = extract.sources(ex[1], { lang = ex[3] })[1] or {}
  H.eq("1.4." .. k .. " source example: " .. ex[1], { got.source, got.cue }, { ex[2].source, ex[2].cue })
end
for k, ex in ipairs(D.rules.zone_examples) do
  local got = {}
  for _, d in ipairs(extract.dates(ex[1], { published = "2025-01-27", lang = ex.lang })) do
    if not ex.at or d.text == ex.at then got = d; break end          -- (the first, or the one written ex.at)
  end
  H.eq("1.6." .. k .. " date zone: " .. ex[1]:sub(1, 40), got.zone, ex[2])
end
for k, ex in ipairs(D.rules.examples) do
  local got = extract.dates(ex[1], { published = ex.published or "2025-01-27", lang = ex.lang })[1] or {}
  H.eq("1.5." .. k .. " date example: " .. ex[1], { got.value, got.resolved },
       { ex[2].value, ex[2].resolved or (ex[2].value and ex[2].value:match("^%d") and ex[2].value) })
end

-- 2: realistic press sentences: { id, text, { {low, high, approx, unit}, ... }, lang }
local FIGS = {
  { "2.1", "L'armée a déployé 3 000 soldats.", { { 3000, 3000, false, "soldats" } } },
  { "2.2", "Environ 11 000 soldats et quelque 3 000 autres ont été envoyés.",
    { { 11000, 11000, true, "soldats" }, { 3000, 3000, true, "soldats" } } },
  { "2.3", "Il a fallu 10'000 hommes et 25\u{202F}000 réservistes.", { { 10000, 10000, false, "hommes" }, { 25000, 25000, false, "réservistes" } } },
  { "2.4", "Pas moins de 1.500 véhicules ont été détruits.", { { 1500, 1500, true, "véhicules" } } },
  { "2.5", "La Russie a tiré 2,3 millions d'obus.", { { 2300000, 2300000, false, "obus" } } },
  { "2.6", "Entre 4 et 6 millions de réfugiés ont fui.", { { 4000000, 6000000, false, "réfugiés" } } },
  { "2.7", "Chaque vague compte de 10 000 à 20 000 hommes.", { { 10000, 20000, false, "hommes" } } },
  { "2.8", "Un contingent de 10 000-12 000 militaires.", { { 10000, 12000, false, "militaires" } } },
  { "2.8b", "Bilan :\n10-15 morts dans la nuit.", { { 10, 15, false, "morts" } } },
  { "2.8c", "Le gouvernement a annoncé deux mesures ; il s'est coupé deux doigts.",
    { { 2, 2, false, "mesures" }, { 2, 2, false, "doigts" } } },
  { "2.9", "Une dizaine de drones ont été abattus.", { { 10, 10, true, "drones" } } },
  { "2.10", "Des centaines de missiles et des dizaines de milliers de personnes.",
    { { 200, 900, true, "missiles" }, { 20000, 90000, true, "personnes" } } },
  { "2.11", "Un millier d'ingénieurs et une vingtaine de civils.", { { 1000, 1000, true, "ingénieurs" }, { 20, 20, true, "civils" } } },
  { "2.12", "Trois mille soldats, vingt-cinq mille hommes et quatre-vingt-dix chars.",
    { { 3000, 3000, false, "soldats" }, { 25000, 25000, false, "hommes" }, { 90, 90, false, "chars" } } },
  { "2.13", "Le budget atteint 1,5 milliard d'euros.", { { 1500000000, 1500000000, false, "euros" } } },
  { "2.14", "60 % des obus, 30% des drones et 45 pour cent des munitions.",
    { { 60, 60, false, "%" }, { 30, 30, false, "%" }, { 45, 45, false, "%" } } },
  { "2.15", "Plus de 500 000 personnes ont fui, au moins 40 morts.", { { 500000, 500000, true, "personnes" }, { 40, 40, true, "morts" } } },
  { "2.16", "Jusqu’à 30 000 soldats supplémentaires.", { { 30000, 30000, true, "soldats" } } },
  { "2.16b", "Some 1,500 people attended, police said.", { { 1500, 1500, true, "people" } }, "en" },
  { "2.16c", "About 3,000 heavily armed troops deployed in Kursk.", { { 3000, 3000, true, "troops" } }, "en" },
  -- a currency before a noun qualifies it: the money is the unit
  { "2.16d", "She warned of a 22 billion pound hole and a 500 million dollar deal.",
    { { 22000000000, 22000000000, false, "pound" }, { 500000000, 500000000, false, "dollar" } }, "en" },
  { "2.17", "Le nombre total de soldats pourrait dépasser les 40 000.", { { 40000, 40000, true, nil } } },
  { "2.18", "Au-delà de 100 chars, moins de 50 blessés et près de 2 000 prisonniers.",
    { { 100, 100, true, "chars" }, { 50, 50, true, "blessés" }, { 2000, 2000, true, "prisonniers" } } },
  { "2.19", "Quelques centaines de combattants.", { { 200, 900, true, "combattants" } } },
  { "2.20", "Un drone coûte 750 €.", { { 750, 750, false, "€" } } },
  { "2.21", "Les deux parties ont signé.", { { 2, 2, false, "parties" } } },
  { "2.22", "Environ 1 000, selon le ministère, ont péri après 300 soldats.", { { 1000, 1000, true, nil }, { 300, 300, false, "soldats" } } },
  -- not figures
  { "3.1", "En 2022, la guerre a commencé ; depuis 2014, le conflit dure.", {} },
  { "3.2", "Le 24 janvier, puis le 1er décembre 2024 au matin.", {} },
  { "3.3", "Après trois ans de combats et quatre mois de siège, un homme âgé de 25 ans.", {} },
  { "3.4", "Publié à 10:28, mis à jour à 11h30.", {} },
  { "3.5", "Au XXe siècle, puis au 2e rang.", {} },
  { "3.6", "Appelez le 01 23 45 67 89.", {} },
  { "3.7", "Voir https://exemple.fr/article-2024-3000.html et le F-16.", {} },
  { "3.8", "L'un d'eux, un soldat, a parlé.", {} },
  { "3.9", "1. Introduction\n2. Méthode", {} },
  { "3.10", "Comment (0)", {} },
  { "3.11", "en 2024 5 000 soldats", { { 5000, 5000, false, "soldats" } } },
  { "3.12", "Dans la saison 3 de la série, page 12, article 49.", {} },
  { "3.13", "Selon Europe 1, il a vu les Trente Glorieuses.", {} },
  { "3.14", "Je sais que 1+1 font 2 et que le n°86 est paru le 24 mar 2014, après mai 68.", {} },
  { "3.15", "Combien de millions d'euros ? top: 0; left: 0", {} },
  { "3.16", "Une hausse de 10% de la production et des milliers de jeunes avec deux beaux enfants.",
    { { 10, 10, false, "%" }, { 2000, 9000, true, "jeunes" }, { 2, 2, false, "enfants" } } },
  -- English
  { "4.0", "Washington announced a $988 million aid package, bringing the total to more than $62 billion since 2022.",
    { { 988000000, 988000000, false, "$" }, { 62000000000, 62000000000, true, "$" } }, "en" },
  { "4.0b", "Several hundred troops and a few thousand shells arrived; a hundred tanks too.",
    { { 200, 900, true, "troops" }, { 2000, 9000, true, "shells" }, { 100, 100, false, "tanks" } }, "en" },
  { "4.1", "About 3,000 troops were deployed.", { { 3000, 3000, true, "troops" } }, "en" },
  { "4.2", "Between 10,000 and 12,000 soldiers.", { { 10000, 12000, false, "soldiers" } }, "en" },
  { "4.3", "More than 11,000 North Korean troops were sent.", { { 11000, 11000, true, "troops" } }, "en" },
  { "4.4", "Some 5,000 engineers arrived and 2.5 million people fled.",
    { { 5000, 5000, true, "engineers" }, { 2500000, 2500000, false, "people" } }, "en" },
  { "4.5", "Up to 30 percent of shells; the war has lasted three years.", { { 30, 30, true, "%" } }, "en" },
  { "4.6", "In 2024, at least 40 civilians died.", { { 40, 40, true, "civilians" } }, "en" },
  { "4.7", "Tens of thousands of people marched; hundreds of thousands of refugees crossed.",
    { { 20000, 90000, true, "people" }, { 200000, 900000, true, "refugees" } }, "en" },
  { "4.8", "A dozen lawmakers and two dozen aides abstained.",
    { { 12, 12, true, "lawmakers" }, { 24, 24, false, "aides" } }, "en" },
  { "4.9", "At least 1,500 people died and 3.5 million fled.",
    { { 1500, 1500, true, "people" }, { 3500000, 3500000, false, "people" } }, "en" },
  { "4.10", "It cost about $2 billion, roughly £1.5bn and $300k; he ran the 100m sprint on a 12m boat.",
    { { 2000000000, 2000000000, true, "$" }, { 1500000000, 1500000000, true, "£" }, { 300000, 300000, false, "$" } },
    "en" },
  { "3.17", "La présence de centaines de milliers de résistants.", { { 200000, 900000, true, "résistants" } } },
  { "2.34", "Entre 10 et 12 000 soldats nord-coréens et de 5 à 8 000 civils.",
    { { 10000, 12000, false, "soldats" }, { 5000, 8000, false, "civils" } } },
  { "2.36", "Entre 25 et 30\u{00A0}000 soldats, puis de 3 à 4\u{202F}000 réservistes.",
    { { 25000, 30000, false, "soldats" }, { 3000, 4000, false, "réservistes" } } },
  { "2.35", "Pas loin de 5 000 civils ont fui, et entre 10 et 20 blessés.",
    { { 5000, 5000, true, "civils" }, { 10, 20, false, "blessés" } } },
  { "2.33", "Le plan prévoit 2,3 Md€ d'investissements et 50 M€ pour la formation.",
    { { 2300000000, 2300000000, false, "€" }, { 50000000, 50000000, false, "€" } } },
  { "2.30", "Les cadres (50-53%) votent plus que les ouvriers (41-42 %).", { { 50, 53, false, "%" }, { 41, 42, false, "%" } } },
  { "2.31", "Il a répété deux fois que 300 soldats étaient partis.", { { 300, 300, false, "soldats" } } },
  { "2.32", "Un électeur sur deux ignore que 13 longues minutes ont suffi à 400 militants.",
    { { 50, 50, false, "%" }, { 400, 400, false, "militants" } } },
  { "2.37", "Près de 8 personnes sur 10 disent non, quatre Français sur cinq refusent et 3 000 soldats reviennent.",
    { { 80, 80, true, "%" }, { 80, 80, false, "%" }, { 3000, 3000, false, "soldats" } } },
  { "4.12", "The bill passed by 289 votes to 251 last week, and 120 yesterday.",
    { { 289, 289, false, "votes" }, { 251, 251, false, "votes" }, { 120, 120, false, "votes" } }, "en" },
  { "4.11", "Eight out of ten voters agreed and 300 soldiers left.",
    { { 80, 80, false, "%" }, { 300, 300, false, "soldiers" } }, "en" },
  { "2.41", "Près de 1,7 million de Gazaouis, 2,3 millions d'habitants et 0,5 % des voix.",
    { { 1700000, 1700000, true, "Gazaouis" }, { 2300000, 2300000, false, "habitants" }, { 0.5, 0.5, false, "%" } } },
  { "2.43", "Le gazole coûte 1,89 euro le litre, après 12 centimes de hausse.",
    { { 1.89, 1.89, false, "euro" }, { 12, 12, false, "centimes" } } },
  { "2.45", "Trois enfants. Elles sont bac +3, bac +4 ; Samira a un master 2. Au sommet du 18 et du 19 février, rien.",
    { { 3, 3, false, "enfants" } } },
  { "2.46", "La droite a obtenu 286 000 voix. Le nombre de corridas n'a cessé de diminuer, passant de 475 en 2012 à 386.",
    { { 286000, 286000, false, "voix" }, { 475, 475, false, "corridas" }, { 386, 386, false, "corridas" } } },
  { "2.47", "Il veut faire passer le nombre de clients de 700.000 à deux millions, entre 4 et 6 millions d'euros.",
    { { 700000, 700000, false, "clients" }, { 2000000, 2000000, false, "clients" },
      { 4000000, 6000000, false, "euros" } } },
  { "2.48", "Sa dotation a baissé de 35 à 21 millions d'euros. Les flux s'élevaient en 2011 à 2,3 milliards d'euros.",
    { { 21000000, 21000000, false, "euros" }, { 2300000000, 2300000000, false, "euros" } } },
  { "2.49", "Pyongyang a envoyé 11 000 soldats, dont 3 000 ont été tués. Deux d'entre eux ont parlé. Deux ont fui.",
    { { 11000, 11000, false, "soldats" }, { 3000, 3000, false, "soldats" }, { 2, 2, false, "soldats" } } },
  { "2.50", "Trois soldats. Proposée pour 299€90, l'autonomie ira de 1 à 2h ; plus de 2 000m² d'espace et 3 000km.",
    { { 3, 3, false, "soldats" }, { 299.9, 299.9, false, "€" } } },
  { "2.51", "Il est revenu avec deux magnifiques sièges et cinq superbes clichés.",
    { { 2, 2, false, "sièges" }, { 5, 5, false, "clichés" } } },
  { "2.44", "Des cellules de 3 ou 4 détenus, et deux ou trois cents manifestants.",
    { { 3, 4, false, "détenus" }, { 200, 300, false, "manifestants" } } },
  { "2.45", "La préfecture a évalué le nombre de manifestants à 12 000. Le ministère a chiffré à 1,2 million "
    .. "le nombre de grévistes.", { { 12000, 12000, false, "manifestants" }, { 1200000, 1200000, false, "grévistes" } } },
  { "2.46", "Sur 2000 personnes interrogées, 80% ignorent.", { { 2000, 2000, false, "personnes" }, { 80, 80, false, "%" } } },
  { "2.47", "Deux points de TVA en plus, c'est-à-dire 16 milliards ; une eau à 12 °C et 3 blessés.",
    { { 2, 2, false, "points" }, { 16000000000, 16000000000, false, nil }, { 3, 3, false, "blessés" } } },
  { "2.50", "La France compte 67 millions d'habitants. Il faut trouver 5 milliards ; (9 millions) ; Comment (0).",
    { { 67000000, 67000000, false, "habitants" }, { 5000000000, 5000000000, false, nil },
      { 9000000, 9000000, false, nil } } },
  { "2.49", "Trois jeunes filles refoulées ; trois jeunes ont été interpellés ; 30 jeunes armés, 40 jeunes issus.",
    { { 3, 3, false, "filles" }, { 3, 3, false, "jeunes" }, { 30, 30, false, "jeunes" }, { 40, 40, false, "jeunes" } } },
  { "2.49d", "Les agriculteurs touchent 300 euros. Les décès liés aux particules fines sont estimés à 48.000 par an.",
    { { 300, 300, false, "euros" }, { 48000, 48000, false, "décès" } } },
  { "2.49e", "Quatre députés le proposent. L'Espagne a fixé le seuil à 12 ans, l'Allemagne à 14. Il a passé 10 ans "
    .. "en prison, 5 en Syrie. Plus d'un millier de personnes ont été arrêtées dimanche 26 à Moscou.",
    { { 4, 4, false, "députés" }, { 1000, 1000, true, "personnes" } } },
  { "2.49e2", "Trois pompiers sont blessés. Les incendies ont ravagé 72 000 hectares en 2024, contre 19 000 en "
    .. "2023. Il a écopé de 20 ans, contre 12 pour son complice. Le club a vendu 3 000 maillots, contre 1 200 "
    .. "l'an dernier.",
    { { 3, 3, false, "pompiers" }, { 3000, 3000, false, "maillots" }, { 1200, 1200, false, "maillots" } } },
  { "2.49e3", "Fires burned 3,000 acres, against 1,200 a year earlier.", {}, "en" },
  { "2.49e4", "Rainfall exceeded 300 millimeters; 12 centimeters of snow fell and 40 people fled.",
    { { 40, 40, false, "people" } }, "en" },
  -- a word in -s after a plural noun and before an object's determiner is a verb: it ends the run
  { "2.49e6", "A strike by 33,000 machinists enters its second month. He sent 300 police officers the same day.",
    { { 33000, 33000, false, "machinists" }, { 300, 300, false, "officers" } }, "en" },
  -- English: a whole number between commas after a name is an age; an -ed word after a plural noun ends it
  -- (a capitalised one too)
  { "2.49e9b", "He faces four counts. John Miller, 54, faces prison. Hospitals in at least 12 states reported "
      .. "high levels. About 300 workers protested outside. Then 127 Republicans voted yes.",
    { { 4, 4, false, "counts" }, { 12, 12, true, "states" }, { 300, 300, true, "workers" },
      { 127, 127, false, "Republicans" } }, "en" },
  -- of and a number, or of and a determiner and a number: the count before them counts the noun after
  { "2.49e9c", "The air force said it shot down 58 of the 73 drones. Police detained 12 of 40 protesters. "
      .. "Two of its five reactors were shut.",
    { { 58, 58, false, "drones" }, { 73, 73, false, "drones" }, { 12, 12, false, "protesters" },
      { 40, 40, false, "protesters" }, { 2, 2, false, "reactors" } }, "en" },
  -- a power of ten after pour, per or par and a count is a rate's base, no count (not after money)
  { "2.49e7", "Le taux a atteint 466 cas pour 100 000 habitants, contre 312 la semaine précédente. L'Allemagne "
      .. "(50 pour 1000). Il a payé 300 euros pour 100 000 followers.",
    { { 466, 466, false, "cas" }, { 312, 312, false, "cas" }, { 50, 50, false, "cas" }, { 300, 300, false, "euros" },
      { 100000, 100000, false, "followers" } } },
  { "2.49e8", "The rate reached 466 cases per 100,000 people.", { { 466, 466, false, "cases" } }, "en" },
  -- a sports season is a duration; avoisiner is a hedge
  { "2.49e9", "Il s'est engagé pour cinq saisons. Son salaire avoisinerait les 12 millions d'euros. Il a joué "
      .. "deux saisons à Lyon et marqué 27 buts.",
    { { 12000000, 12000000, true, "euros" }, { 27, 27, false, "buts" } } },
  -- a dotted abbreviation before the noun: its full stop ends no noun run
  { "2.49e5", "The Pentagon sent 2,000 U.S. troops; three U.N. agencies left.",
    { { 2000, 2000, false, "troops" }, { 3, 3, false, "agencies" } }, "en" },
  -- the toll of a disaster counts the bare number it rises to (a noun of its own wins)
  { "2.49f", "Le bilan du séisme, encore provisoire, s'est alourdi à 41 dimanche. Le bilan s'élève à 12 morts.",
    { { 41, 41, false, "bilan" }, { 12, 12, false, "morts" } } },
  { "2.49g", "The death toll from the quake rose to 41 on Sunday.", { { 41, 41, false, "toll" } }, "en" },
  -- a quoted approximate number, then de and its noun
  { "2.49j", "Les pertes s'élevaient à « plusieurs centaines » de morts. Le CSA a reçu \"une vingtaine\" de plaintes.",
    { { 200, 900, true, "morts" }, { 20, 20, true, "plaintes" } } },
  -- a forecast compared with the count: the count's noun (not the forecasters, nor the participle)
  { "2.49h", "L'économie a créé 150 000 emplois, contre 180 000 attendus par les économistes.",
    { { 150000, 150000, false, "emplois" }, { 180000, 180000, false, "emplois" } } },
  { "2.49i", "Employers added 150,000 jobs, fewer than the 180,000 economists polled by Reuters had expected. "
      .. "More than 50 analysts polled by Reuters had expected it.",
    { { 150000, 150000, false, "jobs" }, { 180000, 180000, false, "jobs" }, { 50, 50, true, "analysts" } }, "en" },
  { "2.49c", "Dans le monde, environ 214 millions [2] de femmes en manquent ; 300 (12) soldats.",
    { { 214000000, 214000000, true, "femmes" }, { 300, 300, false, "soldats" } } },
  { "2.49b", "Les universités doivent accueillir 40.000 jeunes supplémentaires.",
    { { 40000, 40000, false, "jeunes" } } },
  { "2.48", "Une baisse de 30 milliards d'euros. Les 30 milliards seront financés.",
    { { 30000000000, 30000000000, false, "euros" }, { 30000000000, 30000000000, false, "euros" } } },
  { "2.44", "Les deux joueurs. Le score est de 3-1, puis en 4-3-3 ou en 4-2-1-3 contre 11 soldats.",
    { { 2, 2, false, "joueurs" }, { 11, 11, false, "soldats" } } },
  { "2.42", "Septante-cinq manifestants, nonante soldats et huitante-deux élus.",
    { { 75, 75, false, "manifestants" }, { 90, 90, false, "soldats" }, { 82, 82, false, "élus" } } },
  { "2.39", "Depuis février 2011, 24 journalistes sont morts ; les tomes 2, 3 et 4 sont parus.",
    { { 24, 24, false, "journalistes" } } },
  { "2.41", "Ils ont envoyé des dizaines de demandes et voulaient détourner 850 millions supplémentaires ; "
    .. "il a deux enfants et a récolté 2 millions. Il y a 3 millions de chômeurs et 1 million de plus.",
    { { 20, 90, true, "demandes" }, { 850000000, 850000000, false }, { 2, 2, false, "enfants" },
      { 2000000, 2000000, false }, { 3000000, 3000000, false, "chômeurs" }, { 1000000, 1000000, false, "chômeurs" } } },
  { "2.40", "Avec les 5 autres pratiquantes, il a acheté un lot de 2000 balles ; la crise de 2008 a frappé.",
    { { 5, 5, false, "pratiquantes" }, { 2000, 2000, false, "balles" } } },
  { "2.38", "Sept journalistes sélectionnés sur 54 candidats, et 151 parlementaires sur 301 ont voté.",
    { { 7, 7, false, "journalistes" }, { 54, 54, false, "candidats" }, { 151, 151, false, "parlementaires" },
      { 301, 301, false, "parlementaires" } } },
  { "2.43", "Les tarifs augmenteront de 6 et 10 euros ; les candidats progressent respectivement de 0,5 et 1,5 points.",
    { { 6, 6, false, "euros" }, { 10, 10, false, "euros" }, { 0.5, 0.5, false, "points" }, { 1.5, 1.5, false, "points" } } },
  { "2.44", "Deux prisons chiffrées respectivement à 30 et 50 millions d'euros, entre 4 et 6 millions de visiteurs.",
    { { 2, 2, false, "prisons" }, { 30000000, 30000000, false, "euros" }, { 50000000, 50000000, false, "euros" },
      { 4000000, 6000000, false, "visiteurs" } } },
  { "2.46", "Avec un écart d'à peine 4 et 5% entre les finalistes.", { { 4, 4, false, "%" }, { 5, 5, false, "%" } } },
  { "2.47", "Une AGI pourrait apparaître avant 2040 et 90% de chance d'ici 2075.", { { 90, 90, false, "%" } } },
  { "2.50", "Rappel dans cinq départements. Les lots commençant par 17178 et 17179 sont rappelés.",
    { { 5, 5, false, "départements" } } },
  { "2.49", "Se taire sur la dizaine de milliers de morts et cette centaine de blessés.",
    { { 10000, 10000, true, "morts" }, { 100, 100, true, "blessés" } } },
  { "2.48", "Rémunéré plus de 2 000euros par mois, il doit trouver 13 000euros ; il y a 2 000ans.",
    { { 2000, 2000, true, "euros" }, { 13000, 13000, false, "euros" } } },
  { "2.45", "Le projet a été rejeté par 46 voix contre 20 et deux abstentions ; Laurent Delahousse (France 2) l'a dit.",
    { { 46, 46, false, "voix" }, { 20, 20, false, "voix" }, { 2, 2, false, "abstentions" } } },
  -- a day joined to its month, a service's or a département's number, days of a span: no
  -- count, and no noun taken from the sentence before; but "au 2,5 emplois" counts
  { "2.52", "Lisez ces 29 pages. Les attentats du 11-Septembre et le défilé du 14-Juillet.",
    { { 29, 29, false, "pages" } } },
  { "2.53", "Il y a 150.000 personnes à la rue. Sa demande d'hébergement au 115 ; les habitants du 93.",
    { { 150000, 150000, false, "personnes" } } },
  { "2.54", "Sur 1.875 personnes interrogées du 11 au 19 avril, être maman équivaut au 2,5 emplois.",
    { { 1875, 1875, false, "personnes" }, { 2.5, 2.5, false, "emplois" } } },
  -- approximate nouns joined by ou / à make a range, sharing the scale and the noun after
  { "2.55", "Une vingtaine ou une trentaine de personnes ; des dizaines ou centaines de milliers d'euros.",
    { { 20, 30, true, "personnes" }, { 20000, 900000, true, "euros" } } },
  { "2.56", "Cela se produira d'ici une vingtaine ou une cinquantaine d'années.", {} },
  -- a tally is no count (but a change from one number to another is two); a year before a noun
  { "2.59", "The company cut 1,500 jobs. The vote was 52 to 48. The 2022 invasion killed up to 20,000 civilians.",
    { { 1500, 1500, false, "jobs" }, { 20000, 20000, true, "civilians" } }, "en" },
  { "2.61", "Un demi-million de personnes ont manifesté.", { { 500000, 500000, false, "personnes" } } },
  { "2.63", "Ses enfants, âgés de huit et trois ans, vont bien. Deux des trois agresseurs ont fui.",
    { { 2, 2, false, "agresseurs" } } },
  { "2.62", "At least two dozen ships sank.", { { 24, 24, true, "ships" } }, "en" },
  { "2.60", "Le nombre de régions passerait de 22 à 13. Le PSG l'a emporté 3 à 1.",
    { { 22, 22, false, "régions" }, { 13, 13, false, "régions" } } },
  -- passer de X à Y, rose from X to Y: a change, two figures sharing the second's noun or %;
  -- not augmenter de X à Y (by X to Y), nor a range after other words
  { "2.64", "Le chômage est passé en dix ans de 22 à 13 %. Le prix passe de 10 à 12 euros. Les loyers ont augmenté de 10 à 12 %. Il fallait de 3 000 à 5 000 soldats.",
    { { 22, 22, false, "%" }, { 13, 13, false, "%" }, { 10, 10, false, "euros" }, { 12, 12, false, "euros" },
      { 10, 12, false, "%" }, { 3000, 5000, false, "soldats" } } },
  { "2.65", "Turnout rose from 40 to 52 percent. The number of troops went from 10,000 to 12,000. From 10 to 12 people were hurt.",
    { { 40, 40, false, "%" }, { 52, 52, false, "%" }, { 10000, 10000, false, "troops" }, { 12000, 12000, false, "troops" },
      { 10, 12, false, "people" } }, "en" },
  -- a quote opening on the noun; a plural "être" numbers its subject
  -- (and "ils étaient 500" the noun of the sentence before)
  { "2.66", "Ils doivent leur salut aux 16 « membres apparentés ». Les socialistes seuls ne sont que 276"
    .. " dans l'hémicycle. Ils étaient 500 à défiler.",
    { { 16, 16, false, "membres" }, { 276, 276, false, "socialistes" }, { 500, 500, false, "socialistes" } } },
  -- the plural subject of a verb of change is the noun of both numbers (not "le prix", nor when
  -- the first has a noun of its own)
  { "2.67", "Casualties rose from 300 to 450 over the weekend.",
    { { 300, 300, false, "Casualties" }, { 450, 450, false, "Casualties" } }, "en" },
  { "2.68", "Les effectifs sont passés de 3 000 à 5 000. Le prix passe de 10 à 12. Les déficits sont passés"
    .. " de 5 points à 4,8.",
    { { 3000, 3000, false, "effectifs" }, { 5000, 5000, false, "effectifs" }, { 5, 5, false, "points" } } },
  -- entre / de + two approximate nouns: a range
  { "2.69", "Entre une dizaine et une vingtaine de personnes sont venues.", { { 10, 20, true, "personnes" } } },
  -- a share in brackets counts (a bare number there does not: Comment (0))
  { "2.70", "Il est suivi par Alain Juppé (27,8%) et Nicolas Sarkozy (21,7 %). Comment (0).",
    { { 27.8, 27.8, false, "%" }, { 21.7, 21.7, false, "%" } } },
  -- a quote closing on the figure, then its noun
  { "2.71", "Le Pentagone a évoqué « environ 10.000 » soldats.", { { 10000, 10000, true, "soldats" } } },
  -- a comma before three digits in money groups thousands; before two it is a decimal comma
  { "2.74", "Il s'est augmenté de 5,500 euros par mois ; le paquet coûte 6,60 euros ; 2,500 millions d'euros.",
    { { 5500, 5500, false, "euros" }, { 6.6, 6.6, false, "euros" }, { 2500000, 2500000, false, "euros" } } },
  -- an adjective after an amount in millions is no noun: the amount's noun was left out
  { "2.76", "L'amende est de 20 millions d'euros, ramenée à 15,5 millions payables sur trois ans.",
    { { 20000000, 20000000, false, "euros" }, { 15500000, 15500000, false, "euros" } } },
  -- the minutes of a time take no noun from before
  { "2.75", "Il est payé 1 230 euros. Levés très tôt, 4 h 30, puis 6 heures 15.",
    { { 1230, 1230, false, "euros" } } },
  -- a signed number with no noun is a change; two digits joined by a hyphen are a loose range
  { "2.73", "Delanoë (66%, +3) et trois-quatre personnes ; 12 soldats (-2).",
    { { 66, 66, false, "%" }, { 3, 4, true, "personnes" }, { 12, 12, false, "soldats" } } },
  -- "de moins" / "de plus" after a figure is no noun: the noun is elided; invariant nouns count
  { "2.72", "Les demandeurs d'emploi sont 3 millions ; il y en a 85.000 de moins. On compte 1,5 million de sans-abri.",
    { { 3000000, 3000000, false, "demandeurs" }, { 85000, 85000, false, "demandeurs" },
      { 1500000, 1500000, false, "sans-abri" } } },
  -- et demi after millions; par million is a rate's base; an amount in millions needs no noun;
  -- a participle after one is no noun; two numbers in a row share the noun after
  { "2.57 (350 parties par million: a concentration, a measure as ppm is, neither a count nor 350 million)",
    "Un seuil de 350 parties par million ; 2 millions et demi de chômeurs ; un milliard et demi de dollars.",
    { { 2500000, 2500000, false, "chômeurs" }, { 1500000000, 1500000000, false, "dollars" } } },
  { "2.57b", "CO2 reached 420 parts per million, up from 280 ppm.", {}, "en" },
  { "2.58", "Il faut 10 milliards d'euros sur les 60 milliards prévus ; cinq milliards espérés ; avec 2, 3 frissons.",
    { { 10000000000, 10000000000, false, "euros" }, { 60000000000, 60000000000, false, "euros" },
      { 5000000000, 5000000000, false, "euros" }, { 2, 2, false, "frissons" }, { 3, 3, false, "frissons" } } },
  -- digits after des: the noun after them is the first number's too, each its own figure
  { "2.61", "Il obtiendrait entre 400 et 455 des 577 sièges ; 200 des 300 agresseurs ont fui.",
    { { 400, 455, false, "sièges" }, { 577, 577, false, "sièges" }, { 200, 200, false, "agresseurs" },
      { 300, 300, false, "agresseurs" } } },
  -- a bare number its source follows is a figure
  { "2.60", "Ils étaient 1,2 million selon la CGT et 480 000 selon le ministère de l'Intérieur.",
    { { 1200000, 1200000, false }, { 480000, 480000, false } } },
  -- a percentage then an amount is a change by, then to: two figures, no range
  { "2.59", "Le chiffre d'affaires a progressé de 12 % à 4,7 milliards d'euros ; une hausse de 5 à 7 %.",
    { { 12, 12, false, "%" }, { 4700000000, 4700000000, false, "euros" }, { 5, 7, false, "%" } } },
  -- a list of numbers takes its last one's noun: ages are none, seats are; and its multiplier
  { "2.77", "Trois hommes de 28, 39 et 43 ans ont été tués. Les listes ont obtenu 12, 15 et 20 sièges.",
    { { 3, 3, false, "hommes" }, { 12, 12, false, "sièges" }, { 15, 15, false, "sièges" },
      { 20, 20, false, "sièges" } } },
  { "2.78", "Chacune pouvait faire économiser 10, 20 ou 100 M€. Il coûte de 3 à 4 M€.",
    { { 10000000, 10000000, false, "€" }, { 20000000, 100000000, false, "€" }, { 3000000, 4000000, false, "€" } } },
  -- entre, each end with its noun: one range (not two different nouns)
  { "2.79", "Compter entre 25 000 € et 45 000 € pour trois ans, entre 300 soldats et 400 civils.",
    { { 25000, 45000, false, "€" }, { 300, 300, false, "soldats" }, { 400, 400, false, "civils" } } },
  { "2.80", "Between 3,000 troops and 4,000 troops were sent.", { { 3000, 4000, false, "troops" } }, "en" },
  -- "N des M" with a capitalised plural noun: the noun is both numbers'
  { "2.82", "Russia launched 73 drones overnight.", { { 73, 73, false, "drones" } }, "en" },
  -- (every, like each, opens a time after the noun: "people | every year", not a noun "every year")
  { "2.82b", "Floods displace 70,000 people every year and 300 homes every time.",
    { { 70000, 70000, false, "people" }, { 300, 300, false, "homes" } }, "en" },
  -- a time of day is no figure: am, pm, a time zone after the number
  { "2.82c", "Posted 14.05 BST. The talks ended at 3 pm and resumed at 9 a.m. with 40 delegates.",
    { { 40, 40, false, "delegates" } }, "en" },
  -- a number word after a percentage is no month's day ("sept" is September abbreviated)
  { "2.82d", "Le taux atteint 24,6 %, contre 19,1 % sept jours plus tôt.",
    { { 24.6, 24.6, false, "%" }, { 19.1, 19.1, false, "%" } } },
  -- a value on a scale (magnitude, index) is no count, nor takes the noun of the figure before it
  -- English: a category, a speed, liters are no counts
  { "2.82f", "The storm made landfall as a Category 4 hurricane with winds of 140 mph. FEMA delivered some 5 million "
      .. "meals and 3 million liters of water.", { { 5000000, 5000000, true, "meals" } }, "en" },
  { "2.82g", "Quelque 350 pompiers luttent et 200 personnes sont évacuées. La route nationale 114 est coupée, "
      .. "comme la départementale 914 et l'autoroute 7. Highway 1 stays closed.",
    { { 350, 350, true, "pompiers" }, { 200, 200, false, "personnes" } } },
  { "2.82h", "Onze prévenus comparaissaient depuis le 5 février. Trois d'entre eux ont été relaxés.",
    { { 11, 11, false, "prévenus" }, { 3, 3, false, "prévenus" } } },
  -- English: the article "an" after an amount is no French year ("£12.21 an hour")
  { "2.82j", "The minimum wage is now £12.21 an hour and oil $80 a barrel.",
    { { 12.21, 12.21, false, "£" }, { 80, 80, false, "$" } }, "en" },
  -- Quebec's G$ (giga: milliards) beside M$
  { "2.82i", "Québec annonce 1,2 G$ pour les écoles. Le déficit atteint 7,8 G$, dont 350 M$ cette année. Il pèse 5 g.",
    { { 1200000000, 1200000000, false, "$" }, { 7800000000, 7800000000, false, "$" },
      { 350000000, 350000000, false, "$" } } },
  { "2.82e", "Le séisme a fait 2 012 morts et 2 059 blessés. La secousse, d'une magnitude de 6,8 selon l'USGS, "
      .. "puis une autre de magnitude 5, ont suivi. L'indice de 3 % recule.",
    { { 2012, 2012, false, "morts" }, { 2059, 2059, false, "blessés" }, { 3, 3, false, "%" } } },
  -- a number word after "sur les" counts the noun before it (not "compte sur les deux")
  { "2.83", "Le PS conserve cinq régions sur les treize de la métropole. Il compte sur les deux.",
    { { 5, 5, false, "régions" }, { 13, 13, false, "régions" } } },
  { "2.81", "Au total, 12 des 27 États membres ont voté pour.",
    { { 12, 12, false, "États" }, { 27, 27, false, "États" } } },
  -- "N de ses M": a group after de and a determiner, its adjective passed
  { "2.81b", "Le club a remporté 8 de ses 10 derniers matches. Deux de ces trois pays ont voté contre.",
    { { 8, 8, false, "matches" }, { 10, 10, false, "matches" }, { 2, 2, false, "pays" } } },
  -- no noun borrowed from before: days before a month, a year or parts after en, a grade, data
  { "2.84", "Il a emprunté 500 000 euros. Ces prêts réalisés les 8 et 9 septembre 2016 sont dus.",
    { { 500000, 500000, false, "euros" } } },
  { "2.85", "Une cinquantaine de maisons ont fêté cela. Il est au pouvoir en 39 ! Ils ont partagé en 6 la note.",
    { { 50, 50, true, "maisons" } } },
  { "2.86", "Il y avait 300 personnes. Le diabète de type 2 et le piment (classe 10) aussi.",
    { { 300, 300, false, "personnes" } } },
  { "2.87", 'Il y avait 300 personnes. {"settings":"a:1:{s:8:\\"required\\";i:1;}"}',
    { { 300, 300, false, "personnes" } } },
  { "2.88", "Le nombre de patients est passé de 500 000 en 2014 à 700 000 en 2015.",
    { { 500000, 500000, false, "patients" }, { 700000, 700000, false, "patients" } } },
  -- a count a verb of estimate puts at a bare number
  { "2.90", "La police a estimé la foule à 12 000, les syndicats l'ont évaluée à 40 000.",
    { { 12000, 12000, false, nil }, { 40000, 40000, false, nil } } },
  { "2.91", "Police estimated the crowd at around 50,000, while organisers put it at 120,000.",
    { { 50000, 50000, true, nil }, { 120000, 120000, false, nil } }, "en" },
  -- a fall to a percentage: from a percentage too
  { "2.92", "La mortalité a baissé de 35 à 25 % ; Fillon perdrait trois points (de 20 à 17%).",
    { { 35, 35, false, "%" }, { 25, 25, false, "%" }, { 3, 3, false, "points" }, { 20, 20, false, "%" },
      { 17, 17, false, "%" } } },
  -- brought from one to the other: two amounts, no range
  { "2.89", "La consultation est portée de 37 à 39 euros ; le plafond a été relevé de 2 000 à 3 000 euros.",
    { { 37, 37, false, "euros" }, { 39, 39, false, "euros" }, { 2000, 2000, false, "euros" },
      { 3000, 3000, false, "euros" } } },
  { "2.93", "Ils possèdent 3 voire 4 maisons, parfois 2 parfois 3 voitures ; il a tué 3 soldats, voire 4.",
    { { 3, 4, false, "maisons" }, { 2, 3, false, "voitures" }, { 3, 3, false, "soldats" }, { 4, 4, false, "soldats" } } },
  { "2.94", "Sa liste 2013 des animaux et le bilan 2022 de l'entreprise comptent 300 espèces ; ils ont vendu 2000 des "
    .. "appartements et le classement 2021 des universités retient 50 écoles.",
    { { 300, 300, false, "espèces" }, { 2000, 2000, false, "appartements" }, { 50, 50, false, "écoles" } } },
  { "2.95", "Ces 2 minutes 20 remplies d'énigmes, un débat d'1 heure 45 et un marathon en 3 h 30 ont réuni "
    .. "30 personnes ; en 2 heures, 40 blessés.", { { 30, 30, false, "personnes" }, { 40, 40, false, "blessés" } } },
  -- a multiplier in the singular after le; dépasser le
  { "2.96", "Le dégel de 1,2 milliard d'euros porte sur le 1,9 milliard gelé ; le 100 mètres est couru.",
    { { 1200000000, 1200000000, false, "euros" }, { 1900000000, 1900000000, false, "euros" } } },
  { "2.97", "Ses vidéos dépassent le million de vues et il a franchi la barre du milliard d'euros.",
    { { 1000000, 1000000, true, "vues" }, { 1000000000, 1000000000, true, "euros" } } },
  -- être N à + an infinitive counts the subject, its noun the unit when it stands before être
  { "2.98", "Ils étaient 3 000 à manifester.", { { 3000, 3000, false, nil } } },
  { "2.98b", "Les grévistes sont 2000 à défiler.", { { 2000, 2000, false, "grévistes" } } },
  { "2.98c", "Elles sont douze à porter plainte.", { { 12, 12, false, nil } } },
  { "2.99", "Ils étaient 3 000 à Paris et sont 2 à 3 fois plus nombreux.", { { 3000, 3000, false, nil } } },
  { "2.99b", "Ils étaient 1 944 en 2014. Ils sont désormais 3 813. Elles ne sont que 12. Les prix sont 3 fois plus "
    .. "hauts.", { { 1944, 1944, false, nil }, { 3813, 3813, false, nil }, { 12, 12, false, nil } } },
  { "2.99c", "La mairie a ouvert une quarantaine de « salles rafraîchies » et des millions de \"civils innocents\".",
    { { 40, 40, true, "salles" }, { 2000000, 9000000, true, "civils" } } },
  { "2.99d", "Il déclarait 310 hectares alors qu'il n'en exploitait qu'environ 180. Sur 20 services sollicités pour "
    .. "une dame de 75 ans en insuffisance cardiaque, 4 sont des hôpitaux publics.",
    { { 20, 20, false, "services" }, { 4, 4, false, "services" } } },
  { "2.99e", "Il arrive après João Neves (60 millions d'euros). Doué a disputé 73 matches. Rennes avait refusé une "
    .. "offre de 40 millions fin juillet. Le club a changé. Ils seraient 5 millions d'enfant à attendre.",
    { { 60000000, 60000000, false, "euros" }, { 73, 73, false, "matches" }, { 40000000, 40000000, false, "euros" },
      { 5000000, 5000000, false, nil } } },
  { "2.99f", "Strikes killed 11 members of one family. The ministry said the overall death toll since Oct. 7, 2023 had "
    .. "risen to 44,176.", { { 11, 11, false, "members" }, { 44176, 44176, false, "toll" } }, "en" },
  { "2.99g", "Gusts reached 70 mph (113 kph) and 40 km/h.", {}, "en" },
  { "2.99h", "Sixteen people were injured, seven of them firefighters. Two of them said no.",
    { { 16, 16, false, "people" }, { 7, 7, false, "people" }, { 2, 2, false, "people" } }, "en" },
  { "2.99i", "The plan costs £1.2bn. The waiting list stood at 7.54 million in October, down from a peak of 7.77 "
    .. "million. It will cost 2.5 million.", { { 1200000000, 1200000000, false, "£" }, { 7540000, 7540000, false, nil },
    { 7770000, 7770000, false, nil }, { 2500000, 2500000, false, "£" } }, "en" },
  { "2.99j", "Le budget est de 3 millions d'euros. Le nombre de chômeurs atteint 3,2 millions.",
    { { 3000000, 3000000, false, "euros" }, { 3200000, 3200000, false, "chômeurs" } } },
  { "2.99k", "Quelque 700 personnes dorment dehors, soit nonante de plus que l'an dernier. Les deux plus jeunes "
    .. "ont 5 ans.", { { 700, 700, true, "personnes" }, { 90, 90, false, "personnes" } } },
  { "2.99l", "There were 700 people, sixty more than last year.", { { 700, 700, false, "people" },
    { 60, 60, false, "people" } }, "en" },
  { "2.99n", "La retraite moyenne ne dépasse pas 1 000 euros par mois et la prime n'excède pas les 500 euros.",
    { { 1000, 1000, true, "euros" }, { 500, 500, true, "euros" } } },
  { "2.99o", "The poll of 2,188 adults found that 51 per cent of Labour voters opposed it.",
    { { 2188, 2188, false, "adults" }, { 51, 51, false, "%" } }, "en" },
  { "2.99m", "The survey of 1,704 voters, conducted October 20-23, found 47% backing Harris.",
    { { 1704, 1704, false, "voters" }, { 47, 47, false, "%" } }, "en" },
  { "2.99p", "Airbus vise 770 livraisons. Le groupe avait dû abaisser cet objectif en juin, de 800 à 770 appareils.",
    { { 770, 770, false, "livraisons" }, { 800, 800, false, "appareils" }, { 770, 770, false, "appareils" } } },
  { "2.99q", "Insured losses at $30 billion to $50 billion; costs of £3bn to £5bn; $30 to $50 billion.",
    { { 30000000000, 50000000000, false, "$" }, { 3000000000, 5000000000, false, "£" },
      { 30000000000, 50000000000, false, "$" } }, "en" },
  { "2.99r", "Sales rose from $30 billion to $50 billion.",
    { { 30000000000, 30000000000, false, "$" }, { 50000000000, 50000000000, false, "$" } }, "en" },
  { "2.99s", "Apple a écoulé 58,5 millions d'iPhone.",
    { { 58500000, 58500000, false, "iPhone" } } },
  { "2.99t", "Le projet prévoit 60 milliards d'euros, dont 20 milliards de hausses d'impôts. Trois hausses de taux.",
    { { 60000000000, 60000000000, false, "euros" }, { 20000000000, 20000000000, false, "euros" },
      { 3, 3, false, "hausses" } } },
  { "2.100", "Un trône d'un mètre sur trois pour une femme sur trois.", { { 33.3, 33.3, false, "%" } } },
  { "2.100d a number word after a number is no unit: it counts its own noun (years then a count)",
    "Il a fait rémunérer entre 2012 et 2017 trois assistants. De 2019 à 2021 deux usines ont fermé.",
    { { 3, 3, false, "assistants" }, { 2, 2, false, "usines" } } },
  { "2.100f a set's score in a list of pairs; sizes of data; seasons of the year",
    "Ils étaient 10-12 000, 2-3 000 selon la police. Il gagne en cinq sets, 6-3, 2-6, 5-7, 6-1, 6-2. Il a volé "
    .. "61 gigaoctets de données lors des deux hivers précédents. Il y a eu 2-3 morts, 4-5 blessés.",
    { { 10000, 12000, false }, { 2000, 3000, false }, { 5, 5, false, "sets" }, { 2, 3, false, "morts" },
      { 4, 5, false, "blessés" } } },
  { "2.100g an adjective standing for its noun; contre after a complement's figure; a copyright's year",
    "Il a enregistré 878 commandes brutes (826 nettes). On compte 5 600 blessés, dont 124 graves. Il y a eu deux "
    .. "graves accidents. Airbus a livré 766 appareils à 86 clients en 2024, contre 735 l'année précédente. Il est "
    .. "élu par 55 voix contre 52. © 2024 AFP",
    { { 878, 878, false, "commandes" }, { 826, 826, false, "commandes" }, { 5600, 5600, false, "blessés" },
      { 124, 124, false, "blessés" }, { 2, 2, false, "accidents" }, { 766, 766, false, "appareils" },
      { 86, 86, false, "clients" }, { 735, 735, false, "appareils" }, { 55, 55, false, "voix" },
      { 52, 52, false, "voix" } } },
  { "2.100j English: a year before a noun and the noun it qualifies; a preposition after an amount is no noun; "
    .. "numbers of a count take no money's unit",
    "The storm left 1.8 million without power and 300,000 without water. Its 2024 profit estimate rose to $31.5 "
    .. "billion. About 1900 new jobs were cut. Passenger numbers will reach 5.2 billion.",
    { { 1800000, 1800000, false, nil }, { 300000, 300000, false, nil }, { 31500000000, 31500000000, false, "$" }, { 1900, 1900, true, "jobs" },
      { 5200000000, 5200000000, false, nil } }, "en" },
  { "2.100k others after one of a noun in their sentence count that noun (its adjective aside); not past "
    .. "another count, nor before a name's plural",
    "Un pays et les 26 autres États membres. Deux années dans une clinique puis deux autres dans un hôpital. Une "
    .. "personne est morte et une cinquantaine d'autres ont été secourues. Un seul amendement a été adopté; trois "
    .. "autres l'ont été en commission. One person died and 12 others were hurt.",
    { { 50, 50, true, "personne" }, { 3, 3, false, "amendement" },
      { 12, 12, false, "person" } } },
  { "2.100l English: a name after a plural noun opens a clause; a name's adjective in a group of a count",
    "Ukraine downed 50 of 74 Russian drones. It shot down 50 of the 74 drones Russia launched overnight, while "
    .. "another 22 were lost.",
    { { 50, 50, false, "drones" }, { 74, 74, false, "drones" }, { 50, 50, false, "drones" },
      { 74, 74, false, "drones" }, { 22, 22, false, "drones" } }, "en" },
  { "2.100m a number in words before the number of a noun it sets: that noun's count",
    "Un gendarme a été tué, portant à sept le nombre de morts. Le nombre de blessés a été porté à onze.",
    { { 7, 7, false, "morts" }, { 11, 11, false, "blessés" } } },
  { "2.100o a count grouped by thousands in brackets (after a year) counts; a toll's elided noun is the count's between",
    "Un chiffre en baisse par rapport à 2023 (5 167 décès) et à 2022 (2 816). Voir la note [2]. Le bilan est de "
    .. "5 167 décès en 2023 et de 2 816 en 2022.",
    { { 5167, 5167, false, "décès" }, { 2816, 2816, false, "décès" }, { 5167, 5167, false, "décès" },
      { 2816, 2816, false, "décès" } } },
  { "2.100p English: the noun a number of counts ends its run of adjectives",
    "Canada will reduce the number of new permanent residents it admits next year to 395,000. The number of people "
    .. "killed rose to 300.", { { 395000, 395000, false, "residents" }, { 300, 300, false, "people" } }, "en" },
  { "2.100q a toll of one: un and a casualty before another count, after a toll's verb or a colon (else an article)",
    "Accident sur l'A7 : un mort et trois blessés. Le bilan s'élève à un mort. Une collision a fait une victime. "
    .. "C'est un mort de trop. Il a vu un blessé et deux policiers.",
    { { 1, 1, false, "mort" }, { 3, 3, false, "blessés" }, { 1, 1, false, "mort" }, { 1, 1, false, "victime" },
      { 2, 2, false, "policiers" } } },
  { "2.100n English: a fraction of one measure is no share",
    "The BoE cut rates by a quarter of a percentage point. Sterling rose by about a third of a cent. About a third "
    .. "of voters agreed.", { { 33.3, 33.3, true, "%" } }, "en" },
  { "2.100i a sequel's number closing a title in quotes is no figure",
    "Ils étaient 812 salles. Le meilleur démarrage depuis « La Reine des neiges 2 » en 2019.",
    { { 812, 812, false, "salles" } } },
  { "2.100h power and energy written out are measures, no count",
    "Elle ajoute de 8000 à 9000 mégawatts et 150 térawattheures, et 35 000 emplois.",
    { { 35000, 35000, false, "emplois" } } },
  { "2.100e English: a preposition of place or time ends the noun run (ahead of, along, throughout)",
    "They evacuated some 5.9 million people ahead of the storm. Some 400 troops along the border fired.",
    { { 5900000, 5900000, true, "people" }, { 400, 400, true, "troops" } }, "en" },
  { "2.100c autour des, proche de: hedges", "Le prix stagne autour des 22.000 euros, une somme proche de 400 euros.",
    { { 22000, 22000, true, "euros" }, { 400, 400, true, "euros" } } },
  { "2.100b an adjective between a number and its noun; up to after a verb of change, its particle",
    "Markets expect between two and three further cuts. Services inflation edged up to 5%. It killed up to 40 people.",
    { { 2, 3, false, "cuts" }, { 5, 5, false, "%" }, { 40, 40, true, "people" } }, "en" },
  { "2.102", "Une quinzaine de manifestants ont été blessés, dont trois grièvement.",
    { { 15, 15, true, "manifestants" }, { 3, 3, false, "manifestants" } } },
  { "2.103", "Il annonce 3 milliards de recettes, dont deux qui viendront de la fraude.",
    { { 3000000000, 3000000000, false, "recettes" } } },
  -- a capitalised word right before a number with no noun names it (a probe, a version)
  { "2.104", "Deux missions ont exploré Mercure : Mariner 10 dans les années 1970 et Messenger.",
    { { 2, 2, false, "missions" } } },
  -- a 1 a capitalised word names counts nothing after it (one is written "un"); a version counts nothing
  { "2.105", "L'animateur d'Europe 1 va-t-il trop loin ? Sur Europe 1 mardi, il a compté 1 mort et 2 blessés.",
    { { 1, 1, false, "mort" }, { 2, 2, false, "blessés" } } },
  { "2.106", "À l'ère du 2.0 Boîte à outils, les 2.0 millions de visiteurs du Web 3.0.",
    { { 2000000, 2000000, false, "visiteurs" } } },
  -- a number word before "autres" counts the noun left out; a participle and its attribute are none
  { "2.107", "Deux soldats sont morts et trois autres ont été blessés. 24 journalistes sont morts en plus des "
      .. "sept autres portés disparus.",
    { { 2, 2, false, "soldats" }, { 3, 3, false, "soldats" }, { 24, 24, false, "journalistes" },
      { 7, 7, false, "journalistes" } } },
  -- the numbers after aged / âgés de, listed or ranged with it, are years of age
  { "2.108", "Deux soldats, âgés de 20 à 26, ont été capturés. Aged 20, the soldier had 300 comrades.",
    { { 2, 2, false, "soldats" }, { 300, 300, false, "comrades" } } },
  { "2.109", "Two soldiers, aged 20 and 26, were captured; police held 15 people aged between 18 and 30.",
    { { 2, 2, false, "soldiers" }, { 15, 15, false, "people" } }, "en" },
  { "2.101", "Un écran de 5,5 pouces, 250 m3 d'eau, 875 calories et 70 000 hectolitres pour 12 salariés.",
    { { 12, 12, false, "salariés" } } },
  -- a number written in groups of three counts with no noun after it (no score or code is grouped); not a
  -- phone's groups
  { "2.110", "Net migration hit a record 906,000, then fell to between 200,000 and 350,000. The score was 3-1 "
      .. "after 90 minutes.",
    { { 906000, 906000, false, nil }, { 200000, 350000, false, nil } }, "en" },
  -- a number after a name before a verb is the name's: its subject
  { "2.112", "Some 59% of the 33,000 members of District 751 voted for it.",
    { { 59, 59, true, "%" }, { 33000, 33000, false, "members" } }, "en" },
  { "2.113", "La chaîne France 24 a annoncé que 300 soldats sont partis.", { { 300, 300, false, "soldats" } } },
  -- a fraction of a group counted too: both figures (not of a duration counted); an adjective left for its noun
  { "2.114", "Un tiers des 320 000 habitants vivaient là. Un quart des 10 minutes a suffi. Il a 277 grands "
      .. "électeurs, plus que les 270 nécessaires.",
    { { 33.3, 33.3, false, "%" }, { 320000, 320000, false, "habitants" }, { 277, 277, false, "électeurs" },
      { 270, 270, false, "électeurs" } } },
  -- the noun of a count named before a number in millions: through brackets, and as a verb of reaching's object
  { "2.115", "Le nombre de demandeurs d'emploi sans activité (catégorie A) a augmenté de 0,4 % au troisième "
      .. "trimestre, pour s'établir à 3,05 millions. Le nombre d'inscrits atteint 5,4 millions.",
    { { 0.4, 0.4, false, "%" }, { 3050000, 3050000, false, "demandeurs" }, { 5400000, 5400000, false, "inscrits" } } },
  -- a plural noun's verb with no s ends an English unit; a toll's noun counts a number after its hedge
  { "2.116", "More than 300 workers walk off the job. About 2,000 people attend. Some 300 bus drivers struck. "
      .. "The death toll rose to at least 215.",
    { { 300, 300, true, "workers" }, { 2000, 2000, true, "people" }, { 300, 300, true, "drivers" },
      { 215, 215, true, "toll" } }, "en" },
  { "2.117", "Le bilan s'élève à au moins 215.", { { 215, 215, true, "bilan" } } },
  { "2.118", "Un chiffre qui dépasse les 8,2 millions de Londres. Il y a 12 millions de Franciliens.",
    { { 8200000, 8200000, true, nil }, { 12000000, 12000000, false, "Franciliens" } } },
  -- a participle of relation before à after a part's number: the group's noun left out
  { "2.119", "Au total, 48 193 décès ont été enregistrés, dont 13 557 liés à un cancer. Il y a 12 blessés dus à la chute.",
    { { 48193, 48193, false, "décès" }, { 13557, 13557, false, "décès" }, { 12, 12, false, "blessés" } } },
  -- per cent as the British press writes it, glued or not
  { "2.120", "Inflation fell to 1.7pc in September, from 2.2 pc in August. The PC 5 sold well.",
    { { 1.7, 1.7, false, "%" }, { 2.2, 2.2, false, "%" } }, "en" },
  { "2.121", "Le sondage a été mené auprès de 1 034 Québécois. Sa marge d'erreur est de 3,1 %, 19 fois sur 20.",
    { { 1034, 1034, false, "Québécois" }, { 3.1, 3.1, false, "%" } } },
  -- all of a quality is no share; an estimate before a higher one after voire takes its noun
  { "2.122", "BYD a vendu 1,76 million de voitures 100 % électriques. Il détient 100 % du capital. Il y a 12 blessés. "
      .. "On craint plusieurs centaines, voire quelques milliers de morts.",
    { { 1760000, 1760000, false, "voitures" }, { 100, 100, false, "%" }, { 12, 12, false, "blessés" },
      { 200, 900, true, "morts" }, { 2000, 9000, true, "morts" } } },
  { "2.123", "Syria rebels seize Damascus. Some 16 people died.", { { 16, 16, true, "people" } }, "en" },
  -- a number set against a count and its noun takes that noun, not the next one's
  { "2.124", "Le budget a été adopté par 52 voix contre 41 et 4 abstentions.",
    { { 52, 52, false, "voix" }, { 41, 41, false, "voix" }, { 4, 4, false, "abstentions" } } },
  -- a country's letters glued before the currency symbol are part of the unit, the hedge before them kept
  { "2.125", "Platforms face fines of up to A$49.5 million ($32 million). It cost about US$3 billion and HK$5.",
    { { 49500000, 49500000, true, "A$" }, { 32000000, 32000000, false, "$" }, { 3000000000, 3000000000, true, "US$" },
      { 5, 5, false, "HK$" } }, "en" },
  -- an amount in millions after a verb of cost is money, never the noun of a count before it
  { "2.126", "Le budget prévoit 157 milliards de dollars. Les accords avec les 420 000 employés coûteront 9,4 "
      .. "milliards sur cinq ans.",
    { { 157000000000, 157000000000, false, "dollars" }, { 420000, 420000, false, "employés" },
      { 9400000000, 9400000000, false, "dollars" } } },
  -- a verb's object after its possessive numbered after to / à, the figure ending its clause
  { "2.127", "The party quadrupled its seats to 28, officials said. He stopped his son at 3 paces.",
    { { 28, 28, false, "seats" }, { 3, 3, false, "paces" } }, "en" },
  -- others take the last count's noun, even an amount in millions in the next sentence
  { "2.128", "La guerre a poussé à l'exil près de 6 millions de Syriens. Environ 7,2 millions d'autres ont été "
      .. "déplacés. L'État versera 850 millions supplémentaires.",
    { { 6000000, 6000000, true, "Syriens" }, { 7200000, 7200000, true, "Syriens" },
      { 850000000, 850000000, false, nil } } },
  -- an amount told again after its article takes the unit it was told with, and only that one
  { "2.129", "C'est loin des 1 300 milliards de dollars réclamés. Selon l'UE, les aides ont atteint 28,6 milliards "
      .. "d'euros. Il faudra trouver les 1 300 milliards.",
    { { 1300000000000, 1300000000000, false, "dollars" }, { 28600000000, 28600000000, false, "euros" },
      { 1300000000000, 1300000000000, false, "dollars" } } },
  -- a hedge that opens on a verb of reaching reaches from the noun counted before it
  { "2.130", "Le nombre de victimes dépasse les 40 000.", { { 40000, 40000, true, "victimes" } } },
  -- a currency written in letters before the number, Swiss abbreviations of millions and billions
  { "2.131", "Le projet coûtera CHF 2,5 millions. Le montant s'élève à Fr. 12 000.–. Le déficit atteint 2,5 mios "
      .. "de francs.",
    { { 2500000, 2500000, false, "CHF" }, { 12000, 12000, false, "Fr." }, { 2500000, 2500000, false, "francs" } } },
  { "2.132", "Le prix a atteint 2 000 euros. La récolte devrait atteindre 1,8 million de tonnes, contre 2,2 "
      .. "millions il y a trois ans. Elle a coûté 3 millions d'euros, contre 2,5 millions l'an dernier.",
    { { 2000, 2000, false, "euros" }, { 3000000, 3000000, false, "euros" }, { 2500000, 2500000, false, "euros" } } },
  { "2.133", "All 190 lawmakers present in the 300-seat National Assembly voted. A 5,000-strong force and a "
      .. "10-year-old boy were there, and a 9-to-5 job.",
    { { 190, 190, false, "lawmakers" }, { 300, 300, false, "seat" }, { 5000, 5000, false, "force" } }, "en" },
  { "2.134", "At least 32 people were killed and dozens injured. Hundreds were arrested. They came by the "
      .. "hundreds, in their thousands.",
    { { 32, 32, true, "people" }, { 24, 108, true, "injured" }, { 200, 900, true, "injured" } }, "en" },
  { "2.135", "Eighty-five lawmakers voted against it, three abstained and eight votes were invalidated. Of 300 "
      .. "soldiers sent, 200 returned. Five injured, 12 arrested. Two arrived late.",
    { { 85, 85, false, "lawmakers" }, { 3, 3, false, "lawmakers" }, { 8, 8, false, "votes" },
      { 300, 300, false, "soldiers" }, { 200, 200, false, "soldiers" }, { 5, 5, false, "injured" },
      { 12, 12, false, "arrested" } }, "en" },
  { "2.136", "La facture a fondu de près d'un tiers. Le budget a été réduit de moitié. Une hausse d'un quart. Il a "
      .. "perdu un quart d'heure.",
    { { 33.3, 33.3, true, "%" }, { 50, 50, false, "%" }, { 25, 25, false, "%" } } },
  { "2.137", "Sales fell by a third. The budget was cut by half. He waited a quarter of an hour.",
    { { 33.3, 33.3, false, "%" }, { 50, 50, false, "%" } }, "en" },
  { "2.138", "Soit un salarié du privé sur six. Un habitant de Gaza sur dix est blessé. Une carrière d'élu sur 20 ou 40 "
      .. "ans. Un jour de grève sur deux.", { { 16.7, 16.7, false, "%" }, { 10, 10, false, "%" } } },
  { "2.139", "Le solde naturel, de +17 000, n'a jamais été aussi faible. Delanoë (66%, +3). La mission compte 400 "
      .. "policiers sur les 2 500 promis. La mesure vaut une année, contre deux prévues. Il reste les 11 millions "
      .. "prévus, soit 50 milliards visés trois ans plus tard.",
    { { 17000, 17000, false, nil }, { 66, 66, false, "%" }, { 400, 400, false, "policiers" },
      { 2500, 2500, false, "policiers" }, { 11000000, 11000000, false, nil },
      { 50000000000, 50000000000, false, nil } } },
  { "2.140", "L'OMS a recensé 954 cas humains, dont 464 mortels. Il y a eu 12 accidents, dont 3 mortels.",
    { { 954, 954, false, "cas" }, { 464, 464, false, "cas" }, { 12, 12, false, "accidents" },
      { 3, 3, false, "accidents" } } },
  { "2.141", "Some 5.5 million Syrians live abroad. Scholz won 207 lawmakers, with 394 voting against him and 116 "
      .. "abstaining. The firm cut 300 mining jobs.",
    { { 5500000, 5500000, true, "Syrians" }, { 207, 207, false, "lawmakers" }, { 394, 394, false, "lawmakers" },
      { 116, 116, false, "lawmakers" }, { 300, 300, false, "jobs" } }, "en" },
  { "2.143", "Au-delà des règlements de compte (15 mortels depuis janvier), tout va.",
    { { 15, 15, false, "mortels" } } },
  { "2.142", "Le nombre de cyclistes tués, 226, reste élevé.", { { 226, 226, false, "cyclistes" } } },
  { "2.142b", "Il parle à des cyclistes, 226, et des piétons.", {} },
  { "2.144", "Les demandes d'asile ont atteint 71 000 en 2024. Les naissances ont reculé de 2,1 %, à 663 000.",
    { { 71000, 71000, false, "demandes" }, { 2.1, 2.1, false, "%" }, { 663000, 663000, false, "naissances" } } },
  { "2.144b", "Le chômage a atteint 3 000. Le prix a augmenté de 10 %, à 12 000.",
    { { 3000, 3000, false, nil }, { 10, 10, false, "%" }, { 12000, 12000, false, nil } } },
  { "2.144d", "Les exportations ont atteint 500 milliards d'euros, mais le déficit de la France a atteint 26 milliards.",
    { { 500e9, 500e9, false, "euros" }, { 26e9, 26e9, false, "euros" } } },
  { "2.144e", "The party holds 170 of the parliament's 300 seats.",
    { { 170, 170, false, "seats" }, { 300, 300, false, "seats" } }, "en" },
  { "2.144f", "Un seuil de 1 milliard d'euros. La taxe vise les groupes dont le chiffre d'affaires dépasse 3 milliards.",
    { { 1e9, 1e9, false, "euros" }, { 3e9, 3e9, false, "euros" } } },
  { "2.144g", "Irregular border crossings into the European Union fell by 38% last year to about 239,000. Attempts "
    .. "to cross the Channel rose by 19% to 77,500.",
    { { 38, 38, false, "%" }, { 239000, 239000, true, "crossings" }, { 19, 19, false, "%" },
      { 77500, 77500, false, "Attempts" } }, "en" },
  { "2.144h", "Les prix ont augmenté de 10 %, à 12 000. Les loyers sont passés de 700 à 750 euros.",
    { { 10, 10, false, "%" }, { 12000, 12000, false, nil }, { 700, 700, false, "euros" },
      { 750, 750, false, "euros" } } },
  { "2.144i", "En 2022, 6,7 millions de Français n'avaient pas de médecin, dont 700 000 atteints d'une affection. Il "
    .. "y a 3 000 blessés, dont 200 blessés par balle. Il tape 30 touches par jour.",
    { { 6.7e6, 6.7e6, false, "Français" }, { 700000, 700000, false, "Français" }, { 3000, 3000, false, "blessés" },
      { 200, 200, false, "blessés" }, { 30, 30, false, "touches" } } },
  { "2.144j", "The company delivered 1.79mn vehicles, down from 1.81mn. Fourth-quarter deliveries of 495,570 were a "
    .. "record.", { { 1.79e6, 1.79e6, false, "vehicles" }, { 1.81e6, 1.81e6, false, "vehicles" },
                   { 495570, 495570, false, "deliveries" } }, "en" },
  { "2.144l", "It has been among the 10 warmest on record. They came in groups of 10.", {}, "en" },
  { "2.144k", "Des livraisons de 30 000 ont été enregistrées. Il a couru pendant 45mn. Ils feront des séries de 100.",
    { { 30000, 30000, false, "livraisons" } } },
  { "2.144m", "Plus de 3 000 techniciens, dont 1 000 venus d'autres régions, sont mobilisés. Les Belges sont 52 500 à "
    .. "traverser la frontière.",
    { { 3000, 3000, true, "techniciens" }, { 1000, 1000, false, "techniciens" }, { 52500, 52500, false, "Belges" } } },
  { "2.144n", "Jobless claims fell by 8,000 to 211,000. Prices rose by 2 to 3 percent. It was multiplied by 3.",
    { { 8000, 8000, false, nil }, { 211000, 211000, false, "claims" }, { 2, 3, false, "%" } }, "en" },
  { "2.144p", "Japan's population fell by a record 837,000 to 122.4 million.",
    { { 837000, 837000, false, nil }, { 122.4e6, 122.4e6, false, nil } }, "en" },
  { "2.144o", "Les demandes ont reculé de 12 000 à 331 300. Les prix vont augmenter de 10 à 12 %. La somme serait "
    .. "augmentée de 100 à 200 millions d'euros.",
    { { 12000, 12000, false, nil }, { 331300, 331300, false, nil }, { 10, 12, false, "%" },
      { 1e8, 2e8, false, "euros" } } },
  { "2.144q", "Le cacao a dépassé mardi les 10 000 dollars. Le bilan a dépassé hier les 700 morts. Il avoisine jeudi "
    .. "soir les 12 millions d'euros. Le prix a dépassé mardi 9 000 dollars.",
    { { 10000, 10000, true, "dollars" }, { 700, 700, true, "morts" }, { 12e6, 12e6, true, "euros" },
      { 9000, 9000, false, "dollars" } } },
  { "2.144r", "Il y a 700 000 déplacés, dont plus de la moitié sont des enfants. Il a bu la moitié. C'est une "
    .. "querelle dont je prendrais la moitié.",
    { { 700000, 700000, false, "déplacés" }, { 50, 50, true, "%" } } },
  { "2.144s", "More than 700,000 people have fled, of whom half are children.",
    { { 700000, 700000, true, "people" }, { 50, 50, false, "%" } }, "en" },
  { "2.144t", "The number of job vacancies fell by 26,000 to 884,000.",
    { { 26000, 26000, false, "vacancies" }, { 884000, 884000, false, "vacancies" } }, "en" },
  { "2.144u", "A 7.7-magnitude earthquake struck and a 30-storey building collapsed.",
    { { 30, 30, false, "storey" } }, "en" },
  { "2.144c", "Asylum applications reached 71,000 last year.", { { 71000, 71000, false, "applications" } }, "en" },
  { "2.111", "Le solde est passé de 12 450 à 9 800 en un an. Tél. +41 (0)24 485 24 58. Il a marqué 14 points.",
    { { 12450, 12450, false, nil }, { 9800, 9800, false, nil }, { 14, 14, false, "points" } } },
}
for _, c in ipairs(FIGS) do H.eq(c[1] .. " " .. c[2], fig_values(c[2], c[4]), c[3]) end
H.eq("3.17 the span leaves out a preposition that opens no range",
     extract.figures("une hausse de 10% de la production")[1].text, "10%")
H.eq("3.17b nor one before a fall, two figures",
     extract.figures("Il est passé durant la même période de 43% à 30%.")[1].text, "43%")
H.eq("3.17c French text with English thousands (250,000; 1,000,000)",
     fig_values("un recomptage en dénombre plus de 250,000 exemplaires et 1,000,000 de lecteurs."),
     { { 250000, 250000, true, "exemplaires" }, { 1000000, 1000000, false, "lecteurs" } })

-- 3: sources and dates in sentences
H.eq("5.0 'tout' alone is no speaker", #extract.sources("Tout indique que non, et tout laisse penser que oui."), 0)
do
  local got = {}
  for _, r in ipairs(extract.sources("Le ministre a dit que non. Il a précisé que tout va bien. Elle a dit oui.")) do
    got[#got + 1] = { r.speaker, r.source }
  end
  H.eq("5.0b a pronoun opening its sentence speaks, resolved as the others", got,
       { { "Le ministre", "Le ministre" }, { "Il", "Le ministre" }, { "Elle", "Elle" } })
  got = {}
  for _, r in ipairs(extract.sources("Mais Nicolas Sarkozy réfute les accusations. Il a publié un communiqué. "
      .. "Marine Le Pen conteste. Il a dit non. Volodymyr Zelensky était à Kiev. Il a assuré que tout allait bien.")) do
    got[#got + 1] = { r.speaker, r.source }
  end
  H.eq("5.0c else the person opening the sentence before, when the gender agrees (not Marine Le Pen: the il "
       .. "before, Nicolas Sarkozy)", got,
       { { "Il", "Nicolas Sarkozy" }, { "Il", "Nicolas Sarkozy" }, { "Il", "Volodymyr Zelensky" } })
  got = {}
  for _, r in ipairs(extract.sources("Moins de 24 heures après, le ministre de l'Intérieur a été poussé vers la "
      .. "sortie. Il a annoncé sa démission. La ministre de la Culture, Françoise Nyssen, a réagi jeudi. Elle a "
      .. "déclaré que tout allait bien. Le ministre a reçu la lettre. Elle a affirmé que rien n'était prêt. "
      .. "Le président de la République Emmanuel Macron a parlé. Il a dit non. Sur notre antenne, le rédacteur "
      .. "en chef du Canard Enchaîné, Louis-Marie Horeau s'excuse. « Il nous manquait des périodes », lance-t-il.")) do
    got[#got + 1] = { r.speaker, r.source }
  end
  H.eq("5.0d else a person's title or noun as the subject opening the sentence before, or its name (not le "
       .. "ministre for elle: the elle before)", got,
       { { "Il", "le ministre de l'Intérieur" }, { "Elle", "Françoise Nyssen" }, { "Elle", "Françoise Nyssen" },
         { "Il", "Emmanuel Macron" }, { "il", "Louis-Marie Horeau" } })
  got = {}
  for _, r in ipairs(extract.sources("Au classement général, le leader de l'équipe UAE Emirates compte six minutes "
      .. "d'avance. « Je suis heureux », a-t-il confié. La présidente du Front national veut un référendum. « C'est "
      .. "urgent », a-t-elle ajouté. L'épouse de l'ancien maire publie un livre. « C'est faux », "
      .. "a-t-elle dit. Le député et son équipe partent. « Rien », a-t-il dit.")) do
    got[#got + 1] = { r.speaker, r.source }
  end
  H.eq("5.0e a subject before any verb in the present (compte, veut), its complement's adjectives and names "
       .. "(de l'ancien maire, du Front national, de l'équipe UAE Emirates); not before et", got,
       { { "il", "le leader de l'équipe UAE Emirates" }, { "elle", "La présidente du Front national" },
         { "elle", "L'épouse de l'ancien maire" }, { "il", "il" } })
end
local SRC = {
  { "5.1", "Selon le Service national de renseignement sud-coréen, 3 000 soldats sont partis.", "NIS", "Selon" },
  { "5.2", "« Nous sommes prêts », a affirmé le ministre russe de la Défense.", "le ministre russe de la Défense", "a affirmé" },
  { "5.3", "Les services de renseignement sud-coréens ont indiqué que 1 500 hommes étaient partis.", "NIS", "ont indiqué" },
  { "5.4", "Cité par l'agence KCNA, le dirigeant a parlé.", "KCNA", "Cité par" },
  { "5.5", "Kiev affirme que la ville est tombée.", "Kiev", "affirme" },
  { "5.6", "The Pentagon said on Tuesday that troops had moved.", "The Pentagon", "said", "en" },
  { "5.6b", "About 3,000 troops were killed, South Korea's spy agency said on Thursday.", "NIS", "said", "en" },
  { "5.7", "« C'est fini », explique calmement Anis, avant de partir.", "Anis", "explique" },
  { "5.7s", "« Non », a déclaré le Premier ministre sous les applaudissements des députés.", "le Premier ministre", "a déclaré" },
  { "5.7t", "« Non », a déclaré le ministre face aux journalistes.", "le ministre", "a déclaré" },
  { "5.7u", "« Non », explique un cadre du club auprès de l'AFP.", "un cadre du club", "explique" },
  { "5.7v", "Selon le Comité des Nations unies contre la torture, les pistolets sont dangereux.",
    "le Comité des Nations unies contre la torture", "Selon" },
  { "5.8", "L'accord est signé, a expliqué l'ex-ministre de l'Économie avant de présenter son plan.",
    "l'ex-ministre de l'Économie", "a expliqué" },
  { "5.9", "Ils ont refusé, puisque Donald Trump affirme que tout va bien.", "Donald Trump", "affirme" },
  { "5.10", "Selon une étude du CNRS entre 2010 et 2015, la mer monte.", "CNRS", "Selon" },
  -- a noun in -ment is no adverb to skip before the speaker; "comment" starts no speaker
  { "5.11", "Selon document interne, la mer monte.", "document interne", "Selon" },
  -- the past historic of narratives; a first person is no speaker, capitalised too
  { "5.11b", "– Mieux vaut être ivre mort, rétorqua Titine, que mort tout court.", "Titine", "rétorqua" },
  { "5.11c", "Les syndicats déclarèrent que la grève continuerait.", "Les syndicats", "déclarèrent" },
  { "5.11d", "« Non », jugea-t-elle.", "elle", "jugea" },
  { "5.11e", "« J’ai clairement dit que c’était de l’humour. »", nil, nil },
  -- "avant de / d'" + an infinitive of saying speaks as a participle does; not any infinitive
  { "5.11f", "Le ministre a salué le travail des équipes avant de préciser que rien n'était joué.",
    "Le ministre", "avant de préciser" },
  { "5.11g", "Il faut réfléchir avant de déclarer la guerre.", nil, nil },
  -- the results of a statement are a source (not the results alone: "selon les résultats", depending on them)
  { "5.11h", "Selon les résultats d'un sondage Ifop pour Le Figaro, la gauche recule.", "Ifop", "Selon" },
  { "5.11h2", "La firme a mis au point un patch, selon les résultats définitifs d'une étude clinique.",
    "une étude clinique", "selon" },
  { "5.11i", "Les primes varient selon les résultats de l'entreprise.", nil, nil },
  -- à (folded a) is no auxiliary: the participle's subject is the main clause's; par an is a rate
  { "5.11j", "Accusée à plusieurs reprises d’avoir fait de Théo son chouchou, la maîtresse a réagi hier en "
    .. "précisant que tout était faux.", "la maîtresse", "précisant" },
  { "5.11k", "Le coût de la pollution a été évalué à 100 milliards par an par une commission sénatoriale.",
    "une commission sénatoriale", "a été évalué" },
  { "5.11l", "Ceux-là à qui on a pourtant longuement expliqué qu'à l'école, on avait le droit de bouger.", nil, nil },
  -- how and to whom it was said, then a time, before the speaker
  { "5.11m", "« La décision vient d'être prise », a déclaré par téléphone à l'AFP une porte-parole du SBU, "
    .. "Olena Gitlyanska, ce mercredi.", "Olena Gitlyanska", "a déclaré" },
  -- a name after two titles, after a verb; after selon, the second title opens the clause's subject
  { "5.11m2", "« Non », a déclaré l'un de ses membres, le représentant du Medef local, Stéphane Lambert, à l'AFP.",
    "Stéphane Lambert", "a déclaré" },
  { "5.11m3", "Selon la mairie, le candidat FN, Louis Noguès, a évoqué la question.", "la mairie", "Selon" },
  { "5.11n", "La reprise est imminente, a déclaré à l'AFP, samedi 8 juillet, le général Robert Sofge.",
    "Robert Sofge", "a déclaré" },
  { "5.11o", "La reprise est imminente, a déclaré à l'AFP samedi le général Robert Sofge.", "Robert Sofge", "a déclaré" },
  { "5.11p", "« Il lit des dizaines de livres », a confié au Gorafi, Rebecca Miller, sa femme.",
    "Rebecca Miller", "a confié" },
  -- a present verb's addressee or an aside between commas before que; one subject for a singular verb
  { "5.11r", "Pour les étapes hors de l'Hexagone, Christian Prudhomme précise à l'AFP que ASO a des accords.",
    "Christian Prudhomme", "précise" },
  { "5.11s", "Le site TMZ affirme par ailleurs, ce mercredi 15 mars, que la comédienne va porter plainte.",
    "TMZ", "affirme" },
  { "5.11t", "Lors d'une séance, le couperet tombe et Bérangère annonce à Kevin qu'elle part.", "Bérangère", "annonce" },
  { "5.11u", "Le ministre de l'Économie et des Finances a annoncé que tout va bien.",
    "Le ministre de l'Économie et des Finances", "a annoncé" },
  { "5.11v", "Pour les magistrats, cette caution est une mesure provisoire.", "les magistrats", "Pour" },
  { "5.11w", "Pour les étudiants, la bourse augmente.", nil, nil },
  { "5.11x", "« Non » rajoute Cyrille avec lucidité.", "Cyrille", "rajoute" },
  { "5.11y", "C’est ce que l’on redoutait. Baptiste, 31 ans, a rajouté de l’huile sur le feu.", nil, nil },
  { "5.11z", "Le directeur du conseil du Waqf, l'organisme chargé de la gestion des biens musulmans, Abdel Azim "
    .. "Salhab, estime que la fermeture a constitué une agression.", "Abdel Azim Salhab", "estime" },
  { "5.11aa", "Déclarant être revenu de loin, le candidat de 52 ans assure que sa traversée du désert l'a changé.",
    "le candidat de 52 ans", "assure" },
  -- a restrictive relative (no comma) whose noun names people and agrees with the verb; a verb in
  -- -ment (affirment, estiment) is no adverb
  { "5.11ab", "Une affirmation contredite par plusieurs témoins de la scène qui affirment que vous aviez le droit.",
    "plusieurs témoins de la scène", "affirment" },
  { "5.11ac", "Parmi eux, des experts qui estiment que le risque est faible.", "des experts", "estiment" },
  { "5.11ad", "La loi qui précise que les prix baissent a été votée.", nil, nil },
  { "5.11ae", "Que répondre à un membre de la famille qui assure que tout va bien ?", nil, nil },
  -- analyser, justifier after a quote; prendre soin de + an infinitive of saying; to whom, in lower case
  { "5.11af", "« Je trouvais cela intéressant », a analysé le ministre.", "le ministre", "a analysé" },
  { "5.11ag", "Il a analysé les données.", nil, nil },
  { "5.11ah", "Le secrétaire général adjoint Gérald Darmanin avait pris soin de préciser que Stéphane Tiki ne "
    .. "bénéficierait d'aucun passe-droit.", "Gérald Darmanin", "avait pris soin de préciser" },
  { "5.11aj", "« Nous sommes dos au mur », a déclaré depuis Paris la ministre.", "la ministre", "a déclaré" },
  { "5.11ak", "« C'est fini », a déclaré depuis Bruxelles Jean Dupont.", "Jean Dupont", "a déclaré" },
  { "5.11al", "Akhenaton, l'un des leaders du groupe, confesse son mal-être et explique que le milieu a changé.",
    "Akhenaton", "explique" },
  { "5.11am", "Le ministre de l'Intérieur, Gérald Darmanin, a dénoncé la grève et a affirmé que le pays tiendra.",
    "Gérald Darmanin", "a dénoncé" },
  { "5.11an", "Le nom de François Baroin avait beau circuler, ce dernier n'a jamais rebondi et a même démenti.",
    nil, nil },
  { "5.11ao", "Il y a quelques jours, le jeune homme fait l'acquisition d'un coffret et fait part de ses doutes.",
    nil, nil },
  { "5.11ap", "La porte-parole a tenu à réaffirmer qu'il conservait toute la confiance du gouvernement.",
    "La porte-parole", "a tenu à réaffirmer" },
  { "5.11aq", "Le journal interroge un expert qui estime que la crise va durer.", "un expert", "estime" },
  { "5.11ar", "Que répondre à un membre de la famille qui assure que tout est faux ?", nil, nil },
  { "5.11as", "Les manifestants ne sont pas des victimes qui demandent qu'on les plaigne.", nil, nil },
  { "5.11at", "L'homme explique alors au mari de Kim Kardashian qu'il ne s'agit que d'une petite fille.",
    "L'homme", "explique" },
  { "5.11au", "Une entreprise dans le Vaucluse affirme dans ses offres d'emploi que le candidat devra être drôle.",
    "Une entreprise dans le Vaucluse", "affirme" },
  { "5.11av", "« C'est un combat de société », affirme le président d'Elabe Bernard Sananès aux Échos.",
    "Bernard Sananès", "affirme" },
  { "5.11aw", "« C'est fini », affirme le secrétaire d'État aux Transports.", "le secrétaire d'État aux Transports",
    "affirme" },
  { "5.11ax", "L'homme affirme aussi ne pas vraiment se soucier du rôle de l'ancien président.", "L'homme", "affirme" },
  { "5.11ay", "Le maire dit ne plus jamais vouloir voter.", "Le maire", "dit" },
  { "5.11ai", "La missive indique aux jeunes cuistots que leur nom sera inscrit.", "La missive", "indique" },
  -- an auxiliary shared by coordinated participles; not a present verb after the same links
  { "5.11aj", "Le ministre a salué le travail des équipes et estimé que rien n'était joué.", "Le ministre", "estimé" },
  { "5.11ak", "Elle rappelle que l'Assemblée n'a jamais été présidée par une femme et plaide que rien ne change.",
    "Elle", "rappelle" },
  { "5.11q", "Elon Musk, figure iconique de la Silicon Valley, fondateur de Tesla et SpaceX, a publié sur son "
    .. "compte Twitter un drôle de dessin.", nil, nil },
  { "5.12", "Sophie, chômeuse de 43 ans, nous raconte comment le cadeau offert par Kevin a ensoleillé sa journée.",
    "Sophie", "raconte" },
  -- a subject and its apposition before the verb's clitics (nous, lui, m'); a clause is no such subject
  { "5.13", "Le maire, élu depuis 2014, lui a expliqué que la route est fermée.", "Le maire", "a expliqué" },
  { "5.14", "Bernie, chien à punk, nous raconte son quotidien.", "Bernie", "raconte" },
  { "5.14b", "Daniel Cohn-Bendit, l’un des initiateurs du projet, l’a annoncé ce matin : celle-ci n’aura pas lieu.",
    "Daniel Cohn-Bendit", "a annoncé" },
  { "5.15", "« Généralement, il tient des propos incohérents, nous raconte l'un d'eux.", "l'un d'eux", "raconte" },
  { "5.16", "T'en fais pas, Moussa, lui a dit son chef.", "son chef", "a dit" },
  { "5.17", "Les clients semblent satisfaits, même si un couple, discret, nous a confié qu'il hésite.",
    "un couple", "a confié" },
  { "5.18", "Les clients semblent satisfaits, même si un couple qui a souhaité rester anonyme, nous a confié "
    .. "qu'il hésite.", nil, nil },
  -- the narrative infinitive after Et: its subject speaks, when the infinitive ends the clause
  { "5.19", "Et Bernard Cazeneuve de préciser.", "Bernard Cazeneuve", "de préciser" },
  { "5.20", "« C'est fini. » Et l'ancien Premier ministre d'expliquer : « Moi je voulais être poète ».",
    "l'ancien Premier ministre", "d'expliquer" },
  { "5.21", "Et le ministre de s'interroger : « Pourquoi ? »", "le ministre", "de s'interroger" },
  { "5.22", "Et le gouvernement de lancer un plan d'urgence.", nil, nil },
  -- comme nous le / me l' + verb + speaker; a tone before the speaker; an aside in brackets
  { "5.23", "« La région prépare un plan », comme nous le confirme une élue.", "une élue", "confirme" },
  { "5.24", "« Ils veulent se marier » a souligné d'un air plein de malice Hervé Mariton.", "Hervé Mariton",
    "a souligné" },
  { "5.25", "Caitlyn Jenner (née Bruce Jenner, ancienne championne) avait déclaré en juin que le milliardaire "
    .. "semblait favorable.", "Caitlyn Jenner", "avait déclaré" },
  { "5.26", "Le ministre (PS) a déclaré que non.", "Le ministre (PS)", "a déclaré" },
  -- asides: tout de même, dans un premier temps, en outre; the reflexive pluperfect; a link word
  -- opening the sentence before a subject and its apposition
  { "5.27", "Son agent nous a tout de même précisé que « Francis Huster est un immense comédien ».", "Son agent",
    "a tout de même précisé" },
  { "5.28", "« Il était affecté au département », avait indiqué dans un premier temps la direction.", "la direction",
    "avait indiqué" },
  { "5.29", "Mi-mai, Cohen s'était ainsi dit « trop content » d'entrer au gouvernement.", "Cohen",
    "s'était ainsi dit" },
  { "5.30", "Enfin des élus, comme le président de la région Jean-Jack Queyranne, ont annoncé qu'ils ne paieront pas.",
    "des élus", "ont annoncé" },
  -- an adverb is no subject of a coordinated verb (Toujours est-il que X ... et a annoncé); a
  -- main clause's subject is ("X a assuré que le récit était faux et a estimé"); "on cite par"
  { "5.36", "Parmi les produits incriminés, on cite par exemple un désinfectant La Croix.", nil, nil },
  -- comme nous confie X; a statement between verb and speaker with any determiner; en / y être, avoir
  { "5.37", "La police tente de dénouer la situation, comme nous confie Philippe Rouland.", "Philippe Rouland",
    "confie" },
  { "5.38", "Ceux qui pensent comme lui disent tout haut que non.", nil, nil },
  { "5.39", "« Non » indique dans son communiqué le porte-parole du gouvernement.",
    "le porte-parole du gouvernement", "indique" },
  { "5.40", "Rachida Dati explique également en être venue aux mains avec lui.", "Rachida Dati", "explique" },
  { "5.41", "Un jeune homme habillé d'un costume dit en papier bulles est mort.", nil, nil },
  { "5.42", "Il ne mettait aucun effet dans sa voix, on aurait vraiment dit que c'était la première fois.", nil, nil },
  -- the present plural of the verbs in -e; no subject pronoun of the first person inside a speaker
  { "5.43", "Les syndicats dénoncent « une provocation ».", "Les syndicats", "dénoncent" },
  { "5.44", "Une enseignante que nous recevons en consultation témoigne : « J'ai subi des insultes ».", nil, nil },
  { "5.46", "« C'est fini », écrivent les auteurs du rapport.", "les auteurs du rapport", "écrivent" },
  { "5.45", "Les recettes abondent : courgettes farcies, tian ou gratin.", nil, nil },
  -- lancer before a name in quotes launches it; before words said, says them
  { "5.48", "Le président a lancé « l'Initiative » pour l'Afrique.", nil, nil },
  { "5.49", "Le ministre lance « Vous êtes fous ».", "Le ministre", "lance" },
  -- English: a possessive before a title and its holder's name; content with no determiner; denied
  { "5.50", "\"This is a war crime,\" said Amnesty International's secretary general, Agnès Callamard.",
    "Agnès Callamard", "said", "en" },
  { "5.51", "According to figures released by the United Nations, 6 million people have fled.", "the United Nations",
    "According to", "en" },
  { "5.52", "The Kremlin has denied the reports.", "The Kremlin", "has denied", "en" },
  -- what was said or published du / des a place or body the gazetteer knows: its author
  { "5.54", "Selon un récent rapport des États-Unis, 11 000 soldats sont partis.", "États-Unis", "Selon" },
  { "5.55", "Selon un rapport du Sénat, tout va bien.", "Sénat", "Selon" },
  { "5.551", "Trente personnes sont mortes, selon un bilan du ministère de la Santé.", "ministère de la Santé",
    "selon" },
  { "5.552", "« Nous ferons appel », indique un communiqué du ministère.", "ministère", "indique" },
  { "5.553", "Merah a « roulé » (dixit Claude Guéant) les services qui le surveillaient.", "Claude Guéant", "dixit" },
  { "5.554", "« C'est super génial », s'enthousiasme Sowban, 9 ans.", "Sowban", "s'enthousiasme" },
  { "5.555", "« Ça suffit, je m'en prends plein la gueule », s'est-il énervé.", "il", "s'est-il énervé" },
  { "5.556", "« Il y a eu des périodes avec 500 personnes », se souvient Rita Carravetta, médecin.", "Rita Carravetta",
    "se souvient" },
  { "5.557", "« Tout ça fonctionne à l'envers », se désole Najat, 36 ans.", "Najat", "se désole" },
  { "5.558", "« Aucun ne doit rester impuni », s'est également ému la tête de liste LR.", "la tête de liste LR",
    "s'est également ému" },
  { "5.559", "« Je suis venu à 7h30 », s'est plaint à son tour Xavier Breton.", "Xavier Breton", "s'est plaint" },
  { "5.560", "« Pourquoi ? », s'interrogeait-elle.", "elle", "s'interrogeait" },
  { "5.561", "Le ministre se souvient de son enfance.", nil, nil },
  { "5.562", "« Je reste et j'assume », a asséné le Premier ministre.", "le Premier ministre", "a asséné" },
  { "5.563", "« Ce n'est pas mon rôle », a protesté Olivier Faure, qui a travaillé au cabinet.", "Olivier Faure",
    "a protesté" },
  { "5.564", "« Pourquoi faire ainsi ? », a alors demandé Ruth Elkrief.", "Ruth Elkrief", "a alors demandé" },
  { "5.565", "« Qui frappe nos alliés ? », demande-t-il.", "il", "demande" },
  { "5.566", "« Il faut garder le cap », a continué le ministre.", "le ministre", "a continué" },
  { "5.567", "« Il faut respecter cet esprit », a commenté dans un court communiqué la direction de NRJ.",
    "la direction de NRJ", "a commenté" },
  { "5.568", "« C'est inique » a martelé plusieurs fois la jumelle aux journalistes.", "la jumelle", "a martelé" },
  { "5.569", "« Je suis la personne la moins grosse » affirme d'entrée Mike Jeffries.", "Mike Jeffries", "affirme" },
  { "5.570", "« Ce n'est pas ce que je voulais », a tenté d'expliquer Christophe Castaner.", "Christophe Castaner",
    "a tenté d'expliquer" },
  { "5.571", "« C'est du jamais vu ! » tente de se justifier le jeune homme.", "le jeune homme",
    "tente de se justifier" },
  { "5.572", "« C'est un succès », a détaillé au média hollandais Adam Frukel, le neurologue.", "Adam Frukel",
    "a détaillé" },
  { "5.573", "Le ministre demande la démission du préfet.", nil, nil },
  { "5.574", "Le ministre a exprimé sa colère.", nil, nil },
  { "5.575", "Le gouvernement tente de minimiser l'affaire.", nil, nil },
  { "5.576", "Il a été élu. A-t-il lancé un missile vers la Corée ?", nil, nil },
  { "5.577", "Le débat reste ouvert. Soutient-elle cette grève ?", nil, nil },
  { "5.578", "« Tu crois que ça parle de nous ? » demanda-t-elle tout bas.", "elle", "demanda" },
  { "5.579", "« Il faut savoir canaliser son image », analyse Christian Delporte, historien.", "Christian Delporte",
    "analyse" },
  { "5.580", "« Mais que voulez-vous ? », interroge Emmanuel Macron.", "Emmanuel Macron", "interroge" },
  { "5.581", "« Ça va me réveiller un peu » espère-t-il.", "il", "espère" },
  { "5.582", "« Il faut agir », a repris le ministre.", "le ministre", "a repris" },
  { "5.583", "« Ces gens sont simplement stupides » propose un chercheur, en conclusion.", "un chercheur", "propose" },
  { "5.584", "« On peut aller jusqu'à 8-9 » décrypte Dan Quigley.", "Dan Quigley", "décrypte" },
  { "5.585", "Il part d'un seul point d'analyse : le rejet des autres.", nil, nil },
  { "5.586", "Le ministre reprend son discours.", nil, nil },
  { "5.587", "La police interroge les témoins.", nil, nil },
  { "5.588", "Ce que propose le Front national est un ostracisme.", nil, nil },
  { "5.589", "Pour la paix, propose-t-il sérieusement une alliance avec la Chine ?", nil, nil },
  { "5.590", "La situation des derniers jours justifie que l'eau soit récupérée.", nil, nil },
  { "5.591", "Le MEDEF propose que le coût global de l'installation soit partagé.", "Le MEDEF", "propose" },
  { "5.592", "« Il faut de la patience », a suggéré le président français.", "le président français", "a suggéré" },
  { "5.593", "Comme l'a suggéré Isaac Newton, l'énergie ne se perd pas.", "Isaac Newton", "a suggéré" },
  { "5.594", "« C'est un homme droit », a salué Manuel Valls.", "Manuel Valls", "a salué" },
  { "5.595", "« Un beau geste », salue l'archevêque de Lille.", "l'archevêque de Lille", "salue" },
  { "5.596", "« C'est électoral », a encore critiqué Bernard Cazeneuve.", "Bernard Cazeneuve", "a encore critiqué" },
  { "5.597", "Le ministre salue la mémoire du soldat.", nil, nil },
  { "5.598", "Ce livre relate la lecture critique qu'un ancien membre fait du mouvement.", nil, nil },
  { "5.599", "Valls en prend pour son grade : dans Die Zeit, Macron donne raison à Merkel et salue son courage.",
    nil, nil },
  -- a name apposed to its title with a particle in lower case; a party's acronym for its member
  { "5.600", "« Ce n'est rien », analyse l'éditorialiste de BFMTV, Apolline de Malherbe.", "Apolline de Malherbe",
    "analyse" },
  { "5.601", "« Grave », a tweeté le co-président des députés écologistes, François de Rugy.", "François de Rugy",
    "a tweeté" },
  { "5.602", "L'UMP Frédéric Lefebvre, lui, déclare avoir pris sa défense.", "Frédéric Lefebvre", "déclare" },
  { "5.603", "« Non », s'est félicité l'UMP Dominique Bussereau, président du conseil général.",
    "Dominique Bussereau", "s'est félicité" },
  { "5.604", "L'ONU a estimé que tout allait bien.", "L'ONU", "a estimé" },
  -- d'abord between an auxiliary and its participle; a person's name ends before a participle
  -- (not before a title); venir de + an infinitive of saying
  { "5.605", "« Un taux m'intéresse », a d'abord indiqué Jean-Marc Ayrault interrogé sur sa popularité.",
    "Jean-Marc Ayrault", "a d'abord indiqué" },
  { "5.606", "Pour Marie-Noëlle Lienemann députée européenne PS de Paris, ce texte n'a rien de laxiste.",
    "Marie-Noëlle Lienemann députée européenne PS de Paris", "Pour" },
  { "5.607", "Air France vient d'annoncer un plan drastique.", "Air France", "vient d'annoncer" },
  { "5.608", "« Nous partons », vient de déclarer le ministre.", "le ministre", "vient de déclarer" },
  { "5.609", "Le ministre venait d'entrer dans la salle.", nil, nil },
  -- garantir and maintenir after a quote or before que; signifier as a participle after a quote;
  -- énoncer after a quote
  { "5.610", "« Nous allons agir », a garanti la ministre.", "la ministre", "a garanti" },
  { "5.611", "Le ministre maintient que la réforme passera.", "Le ministre", "maintient" },
  { "5.612", "Le gouvernement garantit la sécurité des biens et il a maintenu sa position.", nil, nil },
  { "5.613", "« Pas de place », a signifié la direction du Tour de France.", "la direction du Tour de France",
    "a signifié" },
  { "5.614", "Une évaluation « rapide » signifie une recherche plus courte.", nil, nil },
  { "5.615", "« Avons-nous moins le droit ? » a ainsi énoncé le pape.", "le pape", "a ainsi énoncé" },
  -- se borner à, se contenter de + an infinitive of saying; se demander, se rappeler, se confier,
  -- se vanter, se résigner, se raviser after a quote (rappeler and confier still report alone)
  { "5.616", "« Aucune revendication » se bornent à répéter les pouvoirs publics.", "les pouvoirs publics",
    "se bornent à répéter" },
  { "5.617", "« Rien », se borne-t-on à commenter du côté du Palais de Buckingham.", "Palais de Buckingham",
    "se borne-t-on à commenter" },
  { "5.618", "Manuel Valls s'est contenté de déclarer que la porte-parole répondrait.", "Manuel Valls",
    "s'est contenté de déclarer" },
  { "5.619", "« Faut-il attendre un mort ? » se demandent les opposants.", "les opposants", "se demandent" },
  { "5.620", "« C'était à l'école », se rappelle Olgun, le fils aîné.", "Olgun", "se rappelle" },
  { "5.621", "Les chercheurs rappellent que la découverte est ancienne.", "Les chercheurs", "rappellent" },
  { "5.622", "Il se contente de sourire et se demande si tout va bien.", nil, nil },
  { "5.623", "Ryan Flos se rappellera toute sa vie ce jeudi après-midi.", nil, nil },
  { "5.624", "Julien Courbet se confie au Parisien sur son émission.", "Julien Courbet", "se confie" },
  -- where a quote is read, after an inverted on: the place is the source
  { "5.625", "« Un acte irresponsable », peut-on lire dans un communiqué.", "un communiqué", "peut-on lire" },
  { "5.626", "« Un traitement bien long ? » pouvait-on lire sur le site internet du Nouvel Obs.",
    "le site internet du Nouvel Obs", "pouvait-on lire" },
  { "5.627", "On peut lire dans le rapport que tout va bien.", nil, nil },
  { "5.628", "Laurent Fabius a laissé entendre vendredi qu'il allait publier son patrimoine.", "Laurent Fabius",
    "a laissé entendre" },
  -- a speaker ends before a participle whose complement it would cut (not a noun in -é)
  { "5.629", "« Je démissionne », peut-on lire dans la lettre anonyme retrouvée sur la dépouille.",
    "la lettre anonyme", "peut-on lire" },
  { "5.630", "Rien ne va, a indiqué une porte-parole de l'armée à l'AFP.", "une porte-parole de l'armée",
    "a indiqué" },
  { "5.631", "La direction de la société a estimé avoir pris note de la vidéo.", "La direction de la société",
    "a estimé" },
  -- a quote ending on ?, ! or a period glued to its closing mark ends a sentence: the verb after it
  -- still reports; an acronym then a first name after à: the outlet, then the speaker
  { "5.632", "« Où peut-on les trouver ?» explique Michel Sapin, très impatient.", "Michel Sapin", "explique" },
  { "5.633", "\"Top à la vachette !\" lance Gilles Bouleau tandis que les candidats montent.", "Gilles Bouleau",
    "lance" },
  { "5.634", "« Nous partons.» a expliqué le ministre.", "le ministre", "a expliqué" },
  { "5.635", "« Non ! », raconte à l'AFP Inès, une élève du lycée.", "Inès", "raconte" },
  { "5.636", "Manuel Valls a détaillé au NRC Handelsblad : « Je veux moderniser le parti. »", "Manuel Valls",
    "a détaillé" },
  -- tones between the verb and its speaker, those that open with à too
  { "5.637", "« Rien », explique à mots couverts un membre du conseil.", "un membre du conseil", "explique" },
  { "5.638", "« Ces paiements sont illégaux », explique à notre antenne Me Jean Derosier, avocat.",
    "Me Jean Derosier", "explique" },
  { "5.639", "« La peine est ferme », a lâché avec la plus grande froideur John Roberts, le juge.", "John Roberts",
    "a lâché" },
  { "5.640", "« Apprendre la langue », dit dans un français hésitant Abdulaziz, 24 ans.", "Abdulaziz", "dit" },
  -- gronder, bafouiller after a quote; commencer as a participle after a quote; tout à l'heure, à
  -- l'époque before a speaker; a colon after a quote-only verb passes only before a quote
  { "5.641", "« Rien », avait grondé le député ukrainien Serguiï Vissotski.", "Serguiï Vissotski",
    "avait grondé" },
  { "5.642", "« Le seul vrai vote utile », avait commencé la maire de Paris Anne Hidalgo.", "Anne Hidalgo",
    "avait commencé" },
  { "5.643", "« Rien », nous confiait encore tout à l'heure Christian Estrosi.", "Christian Estrosi", "confiait" },
  { "5.644", "Et là, les attaques ont commencé : Pellerin prétendait que nous étions financés.", nil, nil },
  { "5.645", "La colère gronde et la mère gronde son fils.", nil, nil },
  -- a present verb after an object pronoun after que; a speaker never ends on an elided word
  { "5.646", "C'est ce que nous explique le ministre.", "le ministre", "explique" },
  { "5.647", "Selon les analystes c'est une des chansons les plus détestées.", "les analystes", "Selon" },
  { "5.648", "Il faut que nous expliquions tout.", nil, nil },
  -- sur son site between a verb and its speaker; mais aussi between two names
  { "5.649", "Comme le rappelle sur son site le ministère de l'Intérieur, seuls votent les inscrits.",
    "le ministère de l'Intérieur", "rappelle" },
  { "5.650", "François Hollande mais aussi Laurent Fabius ont assuré que rien ne changeait.",
    "François Hollande mais aussi Laurent Fabius", "ont assuré" },
  -- a live report's time before a headline's speaker
  { "5.651", "8h51 - Marisol Touraine : « Certaines viendront du système de retraite. »", "Marisol Touraine", ":" },
  { "5.652", "12h05 Jean Dupont : « Non. »", "Jean Dupont", ":" },
  -- a subject that denies (aucun, personne, ni ... ni with ne; no, nobody in English): no attribution
  { "5.653", "Aucun responsable n'a confirmé que 68 femmes ont été exécutées.", nil, nil },
  { "5.654", "Personne n'a affirmé que le chiffre était faux.", nil, nil },
  { "5.655", "Ni le ministre ni son porte-parole n'ont confirmé ces chiffres.", nil, nil },
  { "5.656", "Jamais Mohamed n'avait dit de tuer ses offenseurs.", nil, nil },
  { "5.657", "Le ministre n'a confirmé que deux morts.", "Le ministre", "a confirmé" },
  -- ne cesser de + a verb of saying: the negation is part of the cue
  { "5.660", "Le ministre ne cesse de répéter que 68 femmes ont été exécutées.", "Le ministre",
    "ne cesse de répéter" },
  { "5.661", "« Nous gagnerons », n'a cessé de marteler le maire de Paris.", "le maire de Paris",
    "n'a cessé de marteler" },
  { "5.662", "Il ne cesse de pleuvoir depuis que le ministre ne cesse de parler.", nil, nil },
  -- a subject and its apposition, no verb before: the verb after them is theirs, what follows its object
  -- (a number in the name stops the subject: nothing, not the object)
  { "5.663", "La société Vitr'Expo 2000, société de vente de vérandas, a annoncé son nouveau plan de communication.",
    nil, nil },
  { "5.664", "Le vice-président de l'Assemblée, député du 15e arrondissement, déplore la dégradation de la vie.",
    "Le vice-président de l'Assemblée", "déplore" },
  { "5.665", "La loi Alur, adoptée en février 2014, reconnaît l'ensemble des modes d'habitation.", nil, nil },
  { "5.666", "Le mandat du président, Pierre Cardo, doit prendre fin en juillet, rappelle le quotidien.",
    "le quotidien", "rappelle" },
  { "5.667", "Or, une telle démarche, estiment à tort les candidats, s'affirme risquée.", "les candidats",
    "estiment" },
  -- a stressed pronoun and aussi between the auxiliary and its participle; an adjective is no speaker
  { "5.668", "Plusieurs proches ont eux aussi fait part de leur malaise.", "Plusieurs proches",
    "ont eux aussi fait part" },
  { "5.669", "La ministre a elle aussi affirmé que tout allait bien.", "La ministre", "a elle aussi affirmé" },
  { "5.670", "Petite note : mes garçons jouent au foot.", nil, nil },
  -- a fronted phrase with no comma, then the subject
  { "5.671", "A la fin du repas l'ambitieux candidat a évoqué les deux épisodes.", "l'ambitieux candidat",
    "a évoqué" },
  { "5.672", "À Paris le maire a affirmé que tout allait bien.", "le maire", "a affirmé" },
  { "5.673", "C'est un résultat décevant pour tous ceux qui reconnaissent l'importance du contrôle.", nil, nil },
  { "5.674", "Selon une étude de Ernst & Young publiée par Challenges, la France est en tête.", "Ernst & Young",
    "Selon" },
  { "5.675", "Selon une étude Ifop citée par L'Express, seuls 4,3 % des électeurs avaient voté.", "Ifop", "Selon" },
  -- an aside after a phrase verb's first word
  { "5.676", "Le ministre tient toutefois à préciser que rien n'est décidé.", "Le ministre",
    "tient toutefois à préciser" },
  { "5.677", "Le ministère fait d'ailleurs savoir que rien n'est décidé.", "Le ministère", "fait d'ailleurs savoir" },
  -- a clause before et is none of the speaker's
  { "5.678", "D'autres disent rester sur leur faim et certains font même part de leur malaise.", "certains",
    "font même part" },
  { "5.679", "Que demande un jeune aujourd'hui ? D'avoir un peu plus.", nil, nil },
  { "5.680", "« Comment en est-on arrivé là ? » se questionne-t-il, laissant ses amis.", "il", "se questionne" },
  { "5.681", "« Je ne regrette rien », se targuait Erik Sorensen.", "Erik Sorensen", "se targuait" },
  { "5.682", "« J'en ai profité » a tenté maladroitement d'expliquer le jeune homme.", "le jeune homme",
    "a tenté maladroitement d'expliquer" },
  { "5.683", "« Aidez-moi ! » a supplié Claude Guéant. Il supplie sa mère de rester.", "Claude Guéant", "a supplié" },
  -- confier a thing entrusts it; confier a feeling, a que clause or a quote confides
  { "5.684", "Le Premier ministre en a confié les rênes à un inspecteur général.", nil, nil },
  { "5.685", "Il lui aurait confié une photo d'elle avant de partir.", nil, nil },
  { "5.686", "La ministre a confié son admiration pour l'oeuvre de Stendhal.", "La ministre", "a confié" },
  { "5.687", "Le maire a confié la semaine dernière qu'il partirait.", "Le maire", "a confié" },
  { "5.688", "Elle nous confie une histoire : « J'ai eu peur. »", "Elle", "confie" },
  -- a count opens a subject after a fronted phrase; not an age, a year or a range's end
  { "5.689", "Cette année, onze villes de banlieue ont annoncé des arrêtés.", "onze villes de banlieue", "ont annoncé" },
  { "5.690", "Dans une lettre ouverte, 1170 experts ont répondu au gouvernement.", "1170 experts", "ont répondu" },
  { "5.691", "En 2016, 83,7 % des 15-75 ans vivant en France déclaraient savoir nager.", nil, nil },
  -- rassurer reports only with its speaker after a quote
  { "5.692", "« Leurs aides ne bougeront pas », avait rassuré Stéphane Le Foll.", "Stéphane Le Foll", "avait rassuré" },
  { "5.693", "Le ministre a rassuré les agriculteurs sur leurs aides.", nil, nil },
  -- a complex inversion: the noun phrase before "verbe-t-il" speaks, past the adverb that inverts
  { "5.694", "Le maire est parti. Aussi le ministère précise-t-il que les règles changent.", "le ministère",
    "précise" },
  { "5.695", "Il a parlé. Tout juste le sélectionneur se borne-t-il à expliquer qu'il reste.", "le sélectionneur",
    "se borne-t-il à expliquer" },
  { "5.696", "Le maire parle. « Ce sont des passoires a-t-il déclaré ».", "Le maire", "a-t-il déclaré" },
  -- a circle of people fronted before "on" speaks; a time does not
  { "5.697", "Dans l'entourage du ministre, on assure que tout va bien.", "l'entourage du ministre", "assure" },
  { "5.698", "Dans le même temps, on assure que tout va bien.", nil, nil },
  -- a participle of being reached opening the sentence without its comma is no part of the speaker
  { "5.699", "Contacté le maire a répondu qu'il ne savait pas.", "le maire", "a répondu" },
  -- no person holds an outlet's title: the name after it is the clause's subject
  { "5.700", "Selon le journal, Manuel Valls, en poste depuis mai, aurait refusé.", "le journal", "Selon" },
  -- English: told has its speaker before it (past an aside in -ing), its listener after
  { "5.701", "Officials, speaking on condition of anonymity, told Reuters the talks had stalled.", "Officials",
    "told", "en" },
  -- a verb between a noun and an object in the subject's place: a clause, its speaker after the verb
  -- (but a participle or a time there stays in the subject)
  { "5.702", "Ce ralliement signe la victoire de Macron, au-delà de la mésentente, estime ainsi Christophe Barbier.",
    "Christophe Barbier", "estime" },
  { "5.703", "Une étude publiée cette semaine dans la presse révèle que tout va bien.",
    "Une étude publiée cette semaine dans la presse", "révèle" },
  { "5.704", "L'élu socialiste le plus connu a déclaré que tout allait bien.", "L'élu socialiste le plus connu",
    "a déclaré" },
  -- an adverb in -ment or a locution opening the clause with no comma: no part of the subject (but a
  -- name's word in -ment is); two adverbs between the auxiliary and the participle
  { "5.705", "De leurs côtés les milliardaires ont réaffirmé qu'ils refusaient.", "les milliardaires", "ont réaffirmé" },
  { "5.706", "Effectivement certains experts indiquent que la voie est libre.", "certains experts", "indiquent" },
  { "5.707", "Entertainment Weekly a révélé mercredi les premières images.", "Entertainment Weekly", "a révélé" },
  { "5.708", "De son côté le Zimbabwe a protesté vigoureusement, soulignant que la police a menti.", "le Zimbabwe",
    "soulignant" },
  { "5.709", "Ils m'ont très vite dit qu'ils avaient confondu.", "Ils", "ont très vite dit" },
  -- a coordinated verb agrees with the pronoun that is its subject, or the pronoun is another clause's
  { "5.710", "Il est étonnant que des gens vivent ainsi, occultent les problèmes et espèrent que tout s'arrangera.",
    nil, nil },
  { "5.711", "Elles sont venues et se sont dites ravies.", "Elles", "se sont dites" },
  -- a title's capitalised first word (Premier) does not make the determiner a name's
  { "5.712", "Le Premier ministre Jean Castex a indiqué que non.", "Jean Castex", "a indiqué" },
  { "5.713", "Le Parisien a indiqué que non.", "Le Parisien", "a indiqué" },
  { "5.714", "Pour l'UDI Charles de Courson, on va augmenter la part du tabac importé.", "Charles de Courson", "Pour" },
  { "5.715", "« Non », a dit le ministre de la Transition écologique et solidaire.",
    "le ministre de la Transition écologique et solidaire", "a dit" },
  { "5.716", "La présidente du RN, Marine Le Pen, a déclaré que non.", "Marine Le Pen", "a déclaré" },
  { "5.717", "D’un côté des propriétaires plutôt favorables jugent que l'opération est sans danger.",
    "des propriétaires plutôt favorables", "jugent" },
  { "5.718", "« Non », a déclaré la présidente du RN Marine Le Pen.", "Marine Le Pen", "a déclaré" },
  { "5.719", "« Non », a déclaré le quotidien La Croix.", "La Croix", "a déclaré" },
  { "5.720", "Le projet prend soin de préciser que la réparation n'est pas concernée.", "Le projet",
    "prend soin de préciser" },
  { "5.721", "Le ministre avait pris soin de préciser que non.", "Le ministre", "avait pris soin de préciser" },
  { "5.722", "More troops could follow, citing intelligence estimates.", nil, nil, "en" },
  { "5.723", "« Non », a affirmé le père de Ziyed Ben Belgacem.", "le père de Ziyed Ben Belgacem", "a affirmé" },
  { "5.724", "« Non », a détaillé le ministre affirmant avoir entendu le cri.", "le ministre", "a détaillé" },
  { "5.725", "Selon des critiques tels que Patricia Hill Collins, le film est raciste.", "des critiques", "Selon" },
  -- a verdict past the one judged is no statement
  { "5.726", "Les juges ont reconnu Philip Cullen, 57 ans, coupable d'avoir tué des papillons.", nil, nil },
  { "5.727", "Le tribunal a déclaré l'accusé innocent.", nil, nil },
  { "5.728", "Il a reconnu que le prévenu était coupable.", "Il", "a reconnu" },
  { "5.658", "No official said the figure was wrong.", nil, nil, "en" },
  { "5.659", "Nobody has confirmed the death toll.", nil, nil, "en" },
  -- a time before a subject and its apposition; a subject pronoun opening the clause of a coordinated verb
  { "5.56", "Ce lundi, le mouvement Sens commun, le courant interne de la Manif pour tous, a annoncé s'engager.",
    "le mouvement Sens commun", "a annoncé" },
  { "5.57", "Quand il est revenu et nous a annoncé que nous avions un retard, tout a changé.", "il", "a annoncé" },
  { "5.58", "Il y a quelques jours, le jeune homme achète un coffret et fait part de son intention.", nil, nil },
  { "5.59", "Il ne parvenait à en croire ses oreilles.", nil, nil },
  { "5.60", "Une raison historique à en croire les paroles de Bernard Laporte.", "Bernard Laporte", "à en croire" },
  { "5.61", "Le syndicat fait valoir ses droits devant le tribunal.", nil, nil },
  { "5.62", "Selon les mots du procureur de la République de Boulogne, tout va bien.",
    "procureur de la République de Boulogne", "Selon" },
  { "5.63", "Selon les termes du contrat, tout va mal.", "les termes du contrat", "Selon" },
  { "5.65", "« C'est super », déclare toute contente cette cliente de Free.", "cette cliente de Free", "déclare" },
  -- English: adjectives before a title; a negated verb reports nothing (as in French)
  { "5.66", "The attack killed 12 people, regional governor Oleh Syniehubov said.", "Oleh Syniehubov", "said", "en" },
  { "5.67", "Moscow has not confirmed the deployment.", nil, nil, "en" },
  { "5.67b", "A senior official, speaking on condition of anonymity, said the figure could rise.", "A senior official",
    "said", "en" },
  { "5.67f", "The man who said it left.", "The man", "said", "en" },
  { "5.67c", "\"No,\" said officials.", "officials", "said", "en" },
  { "5.67d", "The President of the United States has said no.", "The President of the United States", "has said", "en" },
  { "5.68", "Le maire de Lyon, Grégory Doucet (EELV), a dénoncé une « provocation ».", "Grégory Doucet",
    "a dénoncé" },
  { "5.33", "Officials, who spoke on condition of anonymity, said the talks had stalled.", "Officials", "said", "en" },
  { "5.31", "Frédéric Oudéa, alors PDG de la Société Générale, affirmait avoir quitté le pays.",
    "Frédéric Oudéa", "affirmait" },
  -- two appositions, the subject before the first (not before a plural verb: a list of people)
  { "5.32", "Frédéric Oudéa, alors PDG de la Société Générale, banque mise en cause, affirmait avoir quitté le pays.",
    "Frédéric Oudéa", "affirmait" },
  { "5.321", "Thierry, cariste de 52 ans, trente-deux ans de boîte, précise qu'il n'est pas fataliste.",
    "Thierry", "précise" },
  { "5.322", "Dan Quigley, 38 ans, professeur, Marc Durand, affirment que tout va bien.", nil, nil },
  -- a manner before que; a year or month before an inverted speaker
  { "5.323", "Le ministre affirme avec force que la réforme passera.", "Le ministre", "affirme" },
  { "5.324", "Il travaille avec force que je sais.", nil, nil },
  { "5.325", "« Si on imagine une autoroute », expliquait en 2015 au HuffPost Alain Bonnafous, chercheur.",
    "Alain Bonnafous", "expliquait" },
  { "5.326", "« C'est fini », déclarait en mars 2019 le ministre.", "le ministre", "déclarait" },
  -- a phrase put before the subject and its apposition: the subject speaks (not a time's
  -- determiner, a link word, a participle)
  { "5.327", "De son côté, Roland Dumas, proche de Mitterrand, assure que le président savait.", "Roland Dumas",
    "assure" },
  { "5.328", "Côté FN, Gilbert Collard, député du Gard, a déclaré gagner 192.000 euros.", "Gilbert Collard",
    "a déclaré" },
  { "5.329", "La semaine dernière, le patron de beIN Sport, filiale de la chaîne Al-Jazira, annonçait avoir dépassé le million d'abonnés.",
    "le patron de beIN Sport", "annonçait" },
  { "5.330", "Désavoué, Georges Tron, mis en examen, a déclaré qu'il serait candidat.", "Georges Tron", "a déclaré" },
  { "5.331", "Macron, le président, 45 ans, a déclaré qu'il partirait.", "Macron", "a déclaré" },
  -- a long apposition after a name (its verb's object is no speaker); not after a clause or an
  -- infinitive's phrase (the speaker after the verb)
  { "5.332", "Jean-Luc Mélenchon, le chef de file de la France Insoumise, a dénoncé une guerre contre son parti.",
    "Jean-Luc Mélenchon", "a dénoncé" },
  { "5.333", "M. Loignon, professeur de musique dans un collège de Bourges, a expliqué la naissance du groupe.",
    "M. Loignon", "a expliqué" },
  { "5.334", "Il grandit paisiblement, allaité par sa maman dans la nursery du parc, explique le site du zoo.",
    "le site du zoo", "explique" },
  -- a time counted without a number, a means: no part of the speaker
  { "5.336", "« C'est le plus grand contrat », affirme le communiqué de l'agence quelques heures après la signature.",
    "l'agence", "affirme" },
  { "5.337", "« Je suis partie », nous relate Pauline par téléphone, entre deux sanglots.", "Pauline", "relate" },
  -- a manner before que after dit; the future; adverbs before an aside between commas; a document
  { "5.339", "Margaret Jones-Davies dit avec force que pour Shakespeare l'homme doit réapprendre.",
    "Margaret Jones-Davies", "dit" },
  { "5.340", "« Je veux bien ne plus être maire », nous confiera-t-elle plus tard.", "elle", "confiera" },
  { "5.341", "« Fuyons très vite », expliquait d'ailleurs, en août dernier, le professeur Johns, à la tête du département.",
    "Johns", "expliquait" },
  { "5.342", "L'agence précise dans son avis qu'il n'est pas possible de conclure.", "L'agence", "précise" },
  { "5.343", "Un rein vaudra 5 000 euros, tandis qu'un poumon ou une rate, rapporteront près de 10.000 euros.", nil, nil },
  -- redire; s'est expliqué; a negated infinitive after the verb
  { "5.344", "En fait, il a redit qu'il avait sous-estimé la crise.", "il", "a redit" },
  { "5.345", "« Cette vidéo est un trucage », s'est expliqué Salif Lakdissi, porte-parole du gouvernement.",
    "Salif Lakdissi", "s'est expliqué" },
  { "5.346", "Depuis cette expérience, Pascal dit ne jamais s'être senti aussi bien.", "Pascal", "dit" },
  { "5.347", "Il dit ne pas.", nil, nil },
  { "5.348", "Vous serez de mauvaise humeur parce que Bernard de la Villardière aura dit sur Twitter que vous avez tort.",
    "Bernard de la Villardière", "aura dit" },
  { "5.349", "Les élus auront affirmé que tout allait bien.", "Les élus", "auront affirmé" },
  { "5.350", "En juillet 2016, François Hollande promettait qu'il serait mis un terme à l'état d'urgence.",
    "François Hollande", "promettait" },
  { "5.351", "« C'est une régression », s'indigne-t-il.", "il", "s'indigne" },
  { "5.352", "« Cela n'est pris en compte par personne », s'est-il ainsi alarmé.", "il", "s'est-il ainsi alarmé" },
  { "5.353", "« Il faut déraciner les causes de la souffrance. » tient-il également à préciser.", "il",
    "tient-il également à préciser" },
  { "5.354", "« Autant de critères essentiels », fait-elle valoir.", "elle", "fait-elle valoir" },
  { "5.355", "« C'est la campagne qu'il ne fallait pas faire », s'alarme-t-on au sein du PS.", "PS", "s'alarme" },
  { "5.356", "« C'est grave », estime-t-on dans les rangs de la majorité.", "la majorité", "estime" },
  { "5.357", "« Ayez l'humilité de le reconnaître », lui a lancé Christian Jacob.", "Christian Jacob", "a lancé" },
  { "5.358", "« Si vous voyez ce que je veux dire… », nous glisse Micheline entre deux côtes de porc.", "Micheline",
    "glisse" },
  { "5.359", "« C'est l'intérêt individuel qui passe avant », a déploré au micro de BFMTV le maire de Créon.",
    "le maire de Créon", "a déploré" },
  { "5.360", "« Pas la nôtre », prévenait dans les colonnes du Parisien Sylvie Monin.", "Sylvie Monin", "prévenait" },
  { "5.361", "« C'est horrible », a expliqué au micro d'Europe 1 le ministre.", "le ministre", "a expliqué" },
  { "5.362", "« C'est un creux dans mon âme » confie au journal azuréen le jeune mécanicien-soudeur avant de partir.",
    "le jeune mécanicien-soudeur", "confie" },
  { "5.363", "« Il veut se garder d'intervenir » explique sur France Info François d'Orcival, patron de Valeurs Actuelles.",
    "François d'Orcival", "explique" },
  { "5.364", "« C'est le naming », a déclaré au quotidien régional Le Progrès Jean-Michel Aulas, président du club.",
    "Jean-Michel Aulas", "a déclaré" },
  { "5.365", "« Je ne sais pas si je m'y rendrai », indique au journal Thierry Solère.", "Thierry Solère", "indique" },
  { "5.366", "Sur la Syrie, Jean-Marc Ayrault affirme au quotidien économique russe que l'objectif est la paix.",
    "Jean-Marc Ayrault", "affirme" },
  { "5.367", "Ses déclarations font écho à celles de Jean-Pierre Raffarin qui déclarait jeudi que tout allait bien.",
    "Jean-Pierre Raffarin", "déclarait" },
  { "5.338", "« Il faut savoir rendre les armes », explique le président joint par téléphone.", "le président",
    "explique" },
  { "5.335", "L'occasion de livrer les esquisses de son programme, bâti autour d'une dizaine de grands thèmes, rapporte Le Figaro.",
    "Le Figaro", "rapporte" },
}
do   -- the subject of a verb coordinated after a que clause: the main clause's, unless that is an adverb
  local function all(text)
    local got = {}
    for _, r in ipairs(extract.sources(text)) do got[#got + 1] = { r.source, r.cue } end
    return got
  end
  H.eq("5.34 Toujours est-il que X ... et a annoncé",
       all("Toujours est-il que le chef de l'État s'est dit « préoccupé » par la situation et a annoncé qu'il agirait."),
       { { "le chef de l'État", "s'est dit" }, { "le chef de l'État", "a annoncé" } })
  H.eq("5.35 X a assuré que ... et a estimé",
       all("L'ex-Premier ministre a assuré que le récit était faux et a estimé que tout allait mal."),
       { { "L'ex-Premier ministre", "a assuré" }, { "L'ex-Premier ministre", "a estimé" } })
end
do   -- "notre X" with no name in it is someone's own words, no antecedent; "notre chroniqueur X" is one
  local got = {}
  for _, r in ipairs(extract.sources("« Notre mouvement a répondu sans faille. Les Français aussi », a-t-il martelé. "
      .. "Notre chroniqueur Christophe Alévêque assure être libre. Il assure devoir se battre.")) do
    got[#got + 1] = { r.speaker, r.source }
  end
  H.eq("5.47 notre / nos speakers as antecedents", got,
       { { "il", "il" },
         { "Notre chroniqueur Christophe Alévêque", "Christophe Alévêque" }, { "Il", "Christophe Alévêque" } })
end
do   -- the gender of "l'ancien président", "l'ex-épouse": the adjective's, the noun's
  local got = {}
  for _, r in ipairs(extract.sources("L'ancien président de la République a affirmé que non. Elle a dit oui. "
      .. "L'ex-épouse du ministre a affirmé que oui. Elle a précisé que non.")) do
    got[#got + 1] = r.source
  end
  H.eq("5.53 gender through an adjective and ex-", got,
       { "L'ancien président de la République", "Elle", "L'ex-épouse du ministre", "L'ex-épouse du ministre" })
end
do   -- cataphora: a pronoun in a subordinate clause opening the sentence, the main clause's subject
  local got = {}
  for _, r in ipairs(extract.sources("Selon le quotidien, le club va mal. S'il reconnaît qu'il a fait preuve "
      .. "d'étourderie, le directeur estime que tout va bien. Quand elle a annoncé sa candidature, la ministre "
      .. "savait que tout était joué. S'il a dit cela, c'est qu'il le pense.")) do
    got[#got + 1] = { r.speaker, r.source }
  end
  H.eq("5.64 a pronoun before its noun", got,
       { { "le quotidien", "le quotidien" }, { "il", "le directeur" }, { "le directeur", "le directeur" },
         { "elle", "la ministre" }, { "il", "le directeur" } })     -- (c'est: no subject; the one before)
end
do   -- a present participle of saying: the attribution right before it, else the sentence's subject
  local function all(text, lang)
    local got = {}
    for _, r in ipairs(extract.sources(text, { lang = lang })) do got[#got + 1] = { r.source, r.cue } end
    return got
  end
  H.eq("5.69 a participle after an attribution", all("« Non », a déclaré le ministre, ajoutant que tout allait bien."),
       { { "le ministre", "a déclaré" }, { "le ministre", "ajoutant" } })
  H.eq("5.70 a participle after the main clause",
       all("Le ministre Michel Sapin a défendu jeudi Manuel Valls en affirmant qu'on pouvait être ministre. "
           .. "Le maire a refusé, estimant que la loi était injuste."),
       { { "Michel Sapin", "affirmant" }, { "Le maire", "estimant" } })
  H.eq("5.73 Et d'ajouter, Puis de conclure with no subject: the one who spoke last; Puis X de",
       all("Le ministre a affirmé que tout allait bien. Et d'ajouter : « Nous tiendrons ». Puis de conclure : "
           .. "« Merci ». Puis le maire de préciser : « Non »."),
       { { "Le ministre", "a affirmé" }, { "Le ministre", "d'ajouter" }, { "Le ministre", "de conclure" },
         { "le maire", "de préciser" } })
  H.eq("5.71 English: saying that", all("He rejected the plan, saying that it was unfair.", "en"),
       { { "He", "saying" } })
  H.eq("5.72 the subject after what opens the sentence; none from inside a quote",
       all("Pressé de rendre public un programme détaillé, Emmanuel Macron a présenté ses excuses, affirmant "
           .. "qu'il l'avait oublié. « Il m'a répondu : « On s'en fout. La vie est belle » » se souvient-il en "
           .. "précisant qu'il n'y avait aucune musique."),
       { { "Emmanuel Macron", "affirmant" },                     -- (the quote's "Il m'a répondu": the quoted one's)
         { "Emmanuel Macron", "se souvient" }, { "Emmanuel Macron", "précisant" } })  -- (se souvient-il after a quote)
  H.eq("5.72c the attribution by a verb before it in its sentence, a time or place between them",
       all("Ces consultations n'ont aucun sens, a déclaré le chef de l'État devant la presse, affirmant que rien "
           .. "ne changeait. Selon le Pentagone, la Corée a envoyé des soldats, ajoutant des missiles."),
       { { "le chef de l'État", "a déclaré" }, { "le chef de l'État", "affirmant" }, { "le Pentagone", "Selon" } })
  H.eq("5.72g se bornant à, se contentant de + an infinitive of saying; the subject in an apposition",
       all("Le porte-parole du Kremlin, Dmitri Peskov, a refusé de commenter, se bornant à rappeler que rien ne "
           .. "change. Le ministre a quitté la salle, se contentant de dire que tout allait bien. Le maire est parti, se "
           .. "contentant d'indiquer qu'il reviendrait."),
       { { "Dmitri Peskov", "se bornant à rappeler" }, { "Le ministre", "se contentant de dire" },
         { "Le maire", "se contentant d'indiquer" } })
  H.eq("5.72h data speak after a verb of documents; after another verb they are its object",
       all("Les prix ont augmenté de 3 %, montrent les chiffres de l'Insee. Il a confirmé les chiffres de l'Insee."),
       { { "l'Insee", "montrent" }, { "Il", "a confirmé" } })
  H.eq("5.72i évoquer a figure reports it, past même and a quotation mark; évoquer a thing does not",
       all("La CGT évoque même « plus de 15 000 postes menacés ». D'après une source, le site fermera. "
           .. "Les syndicats évoquaient des milliers de grévistes. Il évoque la crise."),
       { { "La CGT", "évoque" }, { "une source", "D'après" }, { "Les syndicats", "évoquaient" } })
  H.eq("5.72i the figure a quotation gives, said by the subject of évoquer before it",
       extract.figures("La CGT évoque même « plus de 15 000 postes menacés ». D'après une source, le site fermera.")[1]
         .source, "La CGT")
  H.eq("5.72j English: cautioned, conceded, replied, stressed that; not recalled or declared with an object",
       all("Analysts at Goldman Sachs cautioned, however, that inflation could rise. The plan failed, officials "
           .. "cautioned. \"No,\" Mr. Lee replied. He recalled the troops. She declared the meeting open. The ministry "
           .. "conceded that 40 soldiers died. Jane Doe stressed that prices rose.", "en"),
       { { "Analysts at Goldman Sachs", "cautioned" }, { "officials", "cautioned" }, { "Mr. Lee", "replied" },
         { "The ministry", "conceded" }, { "Jane Doe", "stressed" } })
  H.eq("5.72k English: put the number at, the figure after the object and at (not put the blame on)",
       all("Police put the number of protesters at about 5,000. Officials put the blame on the rain. He put 3,000 "
           .. "euros in the bank.", "en"),
       { { "Police", "put" } })
  H.eq("5.72l estimer, évaluer, chiffrer N à, tabler sur N: the figure right after or after an object its "
       .. "determiner opens",
       all("Les États-Unis estimaient ce contingent à près de 11 000 militaires. Le Pentagone table désormais sur "
           .. "15 000 hommes. La police évalue le nombre de manifestants à 2 000. Les accords estimaient envisageable "
           .. "de limiter à 2 % la hausse. Il évalue la situation à Kiev. Une table sur 3 pieds."),
       { { "Les États-Unis", "estimaient" }, { "Le Pentagone", "table" }, { "La police", "évalue" } })
  H.eq("5.72m a span of time between an inverted verb and its speaker",
       all("« Non », avait affirmé quelques jours plus tôt Bruno Le Maire. « Oui », a tweeté peu avant midi la SNCF. "
           .. "« Peut-être », précisait dimanche dernier le directeur. « Non », a dit il y a deux semaines Jean Dupont."),
       { { "Bruno Le Maire", "avait affirmé" }, { "la SNCF", "a tweeté" }, { "le directeur", "précisait" },
         { "Jean Dupont", "a dit" } })
  H.eq("5.72m English", all("\"No,\" said two days later the minister.", "en"), { { "the minister", "said" } })
  H.eq("5.72n a passive with a finite être or an agreed participle, its agent after par; not negated, not "
       .. "corroborated nor authored, not past a gerund nor by us",
       all("Le coût est estimé à 15 millions d'euros par la Fédération française de l'assurance. Les pertes sont "
           .. "estimées par la Banque mondiale à 3 % du PIB. La nouvelle avait été révélée par Paris Match. Les "
           .. "chiffres ont été confirmés ce matin par les organisateurs. Le fait n'avait été confirmé par aucune "
           .. "autre source. Il n'a été mentionné par le ministre qu'après coup. Cet argument est démenti par "
           .. "l'expérience. Le livre est écrit par Robert Ménard. Des mesures sont annoncées, passant par une "
           .. "modération accrue. Elle a été signalée aux autorités par nos soins. Il s'est estimé lésé par la "
           .. "décision. Ses paroles ont été révélées par RTL ce 15 mars."),
       { { "la Fédération française de l'assurance", "est estimé" }, { "la Banque mondiale", "sont estimées" },
         { "Paris Match", "avait été révélée" }, { "les organisateurs", "ont été confirmés" },
         { "le ministre", "a été mentionné" }, { "RTL", "ont été révélées" } })
  H.eq("5.72n the figure a passive gives, said by its agent",
       extract.figures("Le coût est estimé à 15 millions d'euros par la Fédération française de l'assurance.")[1]
         .source, "la Fédération française de l'assurance")
  H.eq("5.72p a participle and par in a noun phrase: its agent, up to the clause's verb; not money earned, a "
       .. "rate, a noun, a verb",
       all("Les 5 000 manifestants recensés par la police ont défilé. Des propos rapportés par Le Parisien "
           .. "choquent. Les chiffres communiqués par le journal montrent une baisse. L'attentat a été revendiqué "
           .. "par l'EI. Les 3 millions rapportés par la vente iront à l'hôpital. Ils sont communiqués par jour. La "
           .. "FFTC conclut son communiqué par une annonce. Il communique par les livres."),
       { { "la police", "recensés par" }, { "Le Parisien", "rapportés par" }, { "le journal", "communiqués par" },
         { "l'EI", "revendiqué par" } })
  H.eq("5.72p the figure of the noun phrase, said by the agent",
       extract.figures("Les 5 000 manifestants recensés par la police ont défilé.")[1].source, "la police")
  H.eq("5.72q a projection, a simulation of a body: the body is the source",
       all("Selon une projection de l'institut Ipsos, le RN obtiendrait 250 sièges. D'après une simulation du "
           .. "cabinet Asterès, 3 000 emplois sont menacés. Selon un bilan du syndicat, 40 postes disparaissent."),
       { { "Ipsos", "Selon" }, { "Asterès", "D'après" }, { "syndicat", "Selon" } })
  H.eq("5.72r a restrictive relative with an auxiliary: its noun of people or of a body speaks; not a law",
       all("Le ministre qui a affirmé que tout allait bien est parti. Les chercheurs qui ont estimé que le vaccin "
           .. "marche sont partis. La commission qui avait conclu que le projet coûte trop est dissoute. La loi "
           .. "qui a précisé que tout change est votée."),
       { { "Le ministre", "a affirmé" }, { "Les chercheurs", "ont estimé" }, { "La commission", "avait conclu" } })
  H.eq("5.72s giving details reports: apporter, donner, fournir des précisions, explications, détails",
       all("Marine Le Pen a apporté des précisions sur le sujet : « Nous avons besoin de représentants. » Le "
           .. "ministère donne des explications sur le calendrier. Elle donne des cours de piano."),
       { { "Marine Le Pen", "a apporté des précisions" }, { "Le ministère", "donne des explications" } })
  H.eq("5.72t a span of time between a verb of saying and que",
       all("Les chercheurs ont conclu il y a deux ans que le vaccin marche. Le candidat affirmait il y a quelques "
           .. "jours qu'il resterait. Il a demandé il y a deux jours à ce que tout change."),
       { { "Les chercheurs", "ont conclu" }, { "Le candidat", "affirmait" } })
  H.eq("5.72u one of a group speaks: l'un d'eux, l'une d'entre elles, chacun, a number; not a pronoun after de",
       all("L'un d'eux a estimé que le dossier est vide. L'une d'entre elles a raconté que tout allait bien. "
           .. "Trois d'entre eux ont affirmé que non. Deux d'entre nous ont dit que non. Les élèves d'elles "
           .. "disent que non."),
       { { "L'un d'eux", "a estimé" }, { "L'une d'entre elles", "a raconté" }, { "Trois d'entre eux", "ont affirmé" } })
  H.eq("5.72v where one speaks online, between an inverted verb and its speaker",
       all("« Tout va bien », a expliqué sur les réseaux sociaux le ministre. « Non », écrit sur son compte X la "
           .. "députée. Il a publié sur les réseaux sociaux une vidéo."),
       { { "le ministre", "a expliqué" }, { "la députée", "écrit" } })
  H.eq("5.72w s'expliquer before a quote or after one; not 'is explained by'",
       all("Mikey Genovese s'explique : « Quelque chose a foiré. » « C'est fini », s'explique le ministre. Ce "
           .. "chiffre s'explique par la crise. La hausse s'explique notamment par la guerre."),
       { { "Mikey Genovese", "s'explique" }, { "le ministre", "s'explique" } })
  H.eq("5.72x a narrative infinitive, an aside, then a colon and a quote",
       all("Et le ministre d'ajouter en souriant : « On va s'occuper de tout. » Et le juge de rappeler les règles "
           .. "du jeu : la loi est claire."),
       { { "le ministre", "d'ajouter" } })
  H.eq("5.72y a lead with no comma before the subject: là aussi, ici encore, encore une fois",
       all("Quant à l'avion, là aussi Jean-Luc Mélenchon explique que tout est en règle. Ici encore le maire "
           .. "affirme que la ville est prête. Encore une fois le préfet a assuré que rien ne bouge."),
       { { "Jean-Luc Mélenchon", "explique" }, { "le maire", "affirme" }, { "le préfet", "a assuré" } })
  H.eq("5.72z a forecast or an estimate of a percentage, or through a noun of change (une croissance de)",
       all("La Banque de France table sur une croissance de 1,1 % en 2024. Le FMI estime à 3,2 % la croissance "
           .. "mondiale. Le gouvernement table sur une reprise rapide."),
       { { "La Banque de France", "table" }, { "Le FMI", "estime" } })
  H.eq("5.72z1 an estimate as a range: estime / évalue (the object) entre ... et ...",
       all("La Fédération française de l'assurance estime le coût des dégâts entre 300 et 500 millions d'euros. "
           .. "Le cabinet évalue entre 2 000 et 3 000 le nombre de postes menacés. Le maire estime entre autres "
           .. "les routes."),
       { { "La Fédération française de l'assurance", "estime" }, { "Le cabinet", "évalue" } })
  H.eq("5.72z1b miser sur, an adverb before the figure, what the measure is of; not a year, nor what a text provides",
       all("La Banque de France mise sur 0,9 %. L'OFCE anticipe ainsi 0,8 %. Les économistes tablent sur une "
           .. "progression du PIB comprise entre 0,6 % et 1 %. Nadine Morano évoque déjà 2015 comme un bon moment. "
           .. "La police évoque 2000 manifestants. Le pacte prévoyait une baisse des charges de 30 milliards d'euros."),
       { { "La Banque de France", "mise" }, { "L'OFCE", "anticipe" }, { "Les économistes", "tablent" },
         { "La police", "évoque" } })
  H.eq("5.72z2 English: put, pegged with a bare noun and a percentage or a currency",
       all("The IMF puts growth at 3.2%. Analysts pegged losses at $3 billion. He put pressure at the top.", "en"),
       { { "The IMF", "puts" }, { "Analysts", "pegged" } })
  H.eq("5.72z3 a name of two parts: an acronym written as a word, a portfolio of two",
       all("Le taux a reculé, selon l'Institut national de la statistique et des études économiques (Insee). "
           .. "Il a baissé, a indiqué le ministère de l'Économie et des Finances. Il monte, selon le maire de "
           .. "Lyon et des élus."),
       { { "l'Institut national de la statistique et des études économiques (Insee)", "selon" },
         { "le ministère de l'Économie et des Finances", "a indiqué" }, { "le maire de Lyon", "selon" } })
  H.eq("5.72z4 counting verbs give their figure: recenser, dénombrer (in a relative too); not comptabiliser",
       all("L'OMS recense 198 cancers liés au produit. L'agence, qui recense 14 décès supplémentaires, s'inquiète. La "
           .. "préfecture dénombre 3 000 manifestants. Le site recense les meilleurs restaurants. Le club "
           .. "comptabilise 12 victoires."),
       { { "L'OMS", "recense" }, { "L'agence", "recense" }, { "La préfecture", "dénombre" } })
  H.eq("5.72z5 English: who one is on the spot is a title before the name",
       all("Speaking to the BBC, resident Maria Papadopoulou said she had lost everything. Witness Anna Berg said "
           .. "she saw smoke. The resident said the fire was close.", "en"),
       { { "Maria Papadopoulou", "said" }, { "Anna Berg", "said" }, { "The resident", "said" } })
  H.eq("5.72z6 English: an estimate, a report or a claim as a noun (after a possessive, a preposition, a "
       .. "modifier, a past, or in -s after a word in -s)",
       all("Apple beats estimates as sales rebound. Revenue topped analysts' average estimate of $94.5 billion. "
           .. "The company's own estimate was lower. Profit came in above estimates, the bank said. The minister "
           .. "denied reports that troops had left. Unconfirmed reports say he was hurt. Officials estimate that "
           .. "500 people died. His analysis claims too much. The agency estimates that 40 died.", "en"),
       { { "the bank", "said" }, { "Unconfirmed reports", "say" }, { "Officials", "estimate" },
         { "His analysis", "claims" }, { "The agency", "estimates" } })
  H.eq("5.72z7 pour X, after a colon or a semicolon: a clause that opens there",
       all("Le choix est idéologique : pour M. Fillon, la santé n'a pas à être couverte. Les prix ont triplé ; pour "
           .. "un économiste, un euro de 1980 vaut plus. Il vote pour Marine Le Pen, sans doute."),
       { { "M. Fillon", "pour" }, { "un économiste", "pour" } })
  H.eq("5.72z8 a verb after et speaks with the subject past a short opener and its comma (not a name alone)",
       all("Plus encore, François Hollande, alors Président, s'était rendu en Irak en 2017, et avait affirmé que "
           .. "l'action était utile. Cependant, les syndicats ont manifesté leur colère et disent vouloir négocier. "
           .. "Akhenaton, le leader du groupe confesse son mal-être et explique que tout va mal."),
       { { "François Hollande", "avait affirmé" }, { "les syndicats", "disent" } })
  H.eq("5.72z9 puis, ou join a verb of saying to the one before it: their subject speaks (selon les jours: none)",
       all("Le ministre a salué le travail des agents, puis a affirmé que rien ne changerait. Selon les jours, "
           .. "le porte-parole a démenti l'information, ou a assuré qu'il n'en savait rien."),
       { { "Le ministre", "a affirmé" }, { "le porte-parole", "a démenti" }, { "le porte-parole", "a assuré" } })
  H.eq("5.72z10 a participle speaks with the sentence's subject past an apposition between commas, its clitics "
       .. "before the verb",
       all("Dans l'immédiat, Donald Trump, président élu des Etats-Unis, s'est fait l'écho de ces critiques dans un "
           .. "tweet, soulignant que le film était « biaisé »."),
       { { "Donald Trump", "soulignant" } })
  do  -- (the participle after an attribution of the subject found speaks on with it: its cue alone)
    local r = extract.sources("Le candidat a déploré une « injustice au carré », soulignant que l'école est en crise.")
    H.eq("5.72z11 a participle after its subject's attribution: the cue alone, that speaker",
         { #r, r[2] and r[2].text, r[2] and r[2].source, r[2] and r[2].speaker_start },
         { 2, "soulignant", "Le candidat", 0 })
  end
  H.eq("5.72z12 a gerund of saying opening its sentence: the main clause's subject after what it says speaks",
       all("En annonçant qu'il votera pour Emmanuel Macron, Manuel Valls a ouvert le procès. Tout en indiquant "
           .. "qu'elle était \"très respectueuse des institutions\", Anne Hidalgo a salué la victoire. En déclarant "
           .. "que \"la langue est un lien,\" le Président Macron vient de clore le débat. En ajoutant trois séances, "
           .. "j'ai couru plus."),
       { { "Manuel Valls", "annonçant" }, { "Anne Hidalgo", "indiquant" }, { "le Président Macron", "déclarant" } })
  H.eq("5.72z13 past the longest speaker, a name goes on to its last capitalised word",
       all("He faces 20 years, according to the U.S. Attorney's Office for the Southern District of New York.", "en"),
       { { "the U.S. Attorney's Office for the Southern District of New York", "according to" } })
  H.eq("5.72z14 annoncer in the present with a noun phrase after it: a speaker's announcement (a thing's: none); "
       .. "an ordinal alone before the cue opening its sentence, or tel after un, makes the cue a noun",
       all("La CGT annonce la poursuite de la grève. Le gouvernement annonce une hausse de 5 %. Les prophéties "
           .. "annoncent la fin du monde. Ce match annonce une saison difficile. Première annonce : la hausse des "
           .. "taxes. Dernière annonce, la fin du gel. Un dernier rapport indique que la dette augmente. Devant une telle "
           .. "annonce, le ministre a reculé."),
       { { "La CGT", "annonce" }, { "Le gouvernement", "annonce" }, { "Un dernier rapport", "indique" } })
  H.eq("5.72z15 what breaks out (se déclarer) says nothing",
       all("Un incendie s'est déclaré dans la nuit. L'épidémie s'est déclarée en mars. Le feu s'est déclaré vers "
           .. "2 heures, a indiqué la police. Le maire s'est déclaré favorable au projet."),
       { { "la police", "a indiqué" }, { "Le maire", "s'est déclaré" } })
  H.eq("5.72z16 qualifier: what one calls a thing in quotes after it reports (not a team qualified)",
       all("Le ministre a qualifié cette décision de « scandaleuse ». La CGT qualifie la réforme d'« injuste ». "
           .. "Une mesure que le syndicat qualifie de \"provocation\". Il a qualifié son équipe pour la finale."),
       { { "Le ministre", "a qualifié" }, { "La CGT", "qualifie" }, { "le syndicat", "qualifie" } })
  H.eq("5.72z17 English: called a thing in quotes (not called the police)",
       all("Karine Jean-Pierre called the two-step approach \"a recipe for chaos.\" The senator called it \"a "
           .. "disgrace.\" They called the police.", "en"),
       { { "Karine Jean-Pierre", "called" }, { "The senator", "called" } })
  H.eq("5.72z18 English: saying and a clause with no that, after a comma (not saying a prayer, nothing)",
       all("Biden defended the plan on Monday, saying it would create 2 million jobs. The mayor urged calm, saying "
           .. "Police had done their job. The priest knelt, saying a prayer. She left the room, saying nothing.", "en"),
       { { "Biden", "saying" }, { "The mayor", "saying" } })
  H.eq("5.72z19 a title's abbreviation opens the name set off by a comma after a speaker's title (one name after it "
       .. "is enough; not a surname alone)",
       all("« C'est incompréhensible », a réagi son avocat, Me Jacques Martin. « Non », a déclaré le maire, M. Dupont. "
           .. "Selon l'avocat de la famille, Me de Bary, le dossier est vide. « Non », a déclaré le maire, Dupont."),
       { { "Me Jacques Martin", "a réagi" }, { "M. Dupont", "a déclaré" }, { "Me de Bary", "Selon" },
         { "le maire", "a déclaré" } })
  H.eq("5.72z20 English: a time between the subject and its verb (on and a weekday, last week, earlier this "
       .. "month; not a weekday alone after a participle)",
       all("Walt Disney Co on Wednesday reported revenue of $24.7 billion. The company late on Tuesday announced "
           .. "2,000 job cuts. Police last week said 12 people were arrested. The ministry earlier this month said "
           .. "prices rose. A study published Tuesday found that 2 million people had fled.", "en"),
       { { "Walt Disney Co", "reported" }, { "The company", "announced" }, { "Police", "said" },
         { "The ministry", "said" }, { "A study", "found" } })
  H.eq("5.72z21 English presents: report, allege, notes, reveals (a noun before a verb of saying: not 'A UN "
       .. "report | found'; French: les notes)",
       all("Local media report that 20 people died. Prosecutors allege that he lied. The study notes that prices "
           .. "rose. A UN report found that 300 homes burned. The minister reveals that talks failed. News reports "
           .. "say 40 people fled.", "en"),
       { { "Local media", "report" }, { "Prosecutors", "allege" }, { "The study", "notes" },
         { "A UN report", "found" }, { "The minister", "reveals" }, { "News reports", "say" } })
  H.eq("5.72z22 an English present is no cue in French text (test 6.45: nor a name after it a person)",
       all("Il prend des notes Moleskine chaque jour. Les reports successifs ont coûté cher."), {})
  H.eq("5.72z23 a forecast of a measure: prévoir, expect, forecast and a noun of change or level, or a rate (not "
       .. "a bare count, what a plan provides; not a wait)",
       all("Le FMI prévoit une croissance de 2,9 % en 2025. Les analystes interrogés par Reuters prévoyaient un "
           .. "bénéfice de 3 milliards. Le plan prévoit 2,3 milliards d'investissements. L'Intérieur prévoit le "
           .. "déploiement de 2 500 militaires. Les supporters attendaient 3 heures."),
       { { "Le FMI", "prévoit" }, { "Les analystes interrogés par Reuters", "prévoyaient" } })
  H.eq("5.72z24 English: a forecast of a measure",
       all("Analysts polled by FactSet had expected a loss of about 700,000 subscribers. Economists surveyed by "
           .. "Reuters expected 2% growth. The IMF forecast growth of 3.2% this year. We expected 2,000 visitors. "
           .. "The rally is expected to draw 3,000 people.", "en"),
       { { "Analysts polled by FactSet", "had expected" }, { "Economists surveyed by Reuters", "expected" },
         { "The IMF", "forecast" } })
  H.eq("5.72z25 chiffré, estimé, évalué par: its agent with the figure after it and à (not esteemed by peers)",
       all("La mesure, chiffrée par Bercy à 3 milliards d'euros, divise. Les dégâts, évalués par les assureurs à 15 "
           .. "millions d'euros, sont lourds. Un auteur très estimé par ses pairs a parlé."),
       { { "Bercy", "chiffrée par" }, { "les assureurs", "évalués par" } })
  H.eq("5.72z26 an initial after a lower-case word ends its sentence before a stopword: 'sur X. Pour X, ...'",
       all("« Tout va bien », a réagi Jordan Bardella sur X. Pour le politologue Jérôme Fourquet, directeur de "
           .. "l'Ifop, l'écart est inédit."),
       { { "Jordan Bardella", "a réagi" }, { "Jérôme Fourquet", "Pour" } })
  H.eq("5.72z27 a title before a name with a particle, an acronym's title after a possessive: the name",
       all("« C'est bon », a indiqué le directeur général Luca de Meo. « Non », a dit son PDG Stéphane Israël. "
           .. "« Oui », affirme le curé de Saint Nicolas du Chardonnet."),
       { { "Luca de Meo", "a indiqué" }, { "Stéphane Israël", "a dit" },
         { "le curé de Saint Nicolas du Chardonnet", "affirme" } })
  H.eq("5.72z28 a bracketed acronym of the name's initials in another order, then the person in apposition",
       all("« C'est historique », a salué le directeur général de l'Agence spatiale européenne (ESA), Josef "
           .. "Aschbacher. « Non », a dit Hervé Mariton (UMP)."),
       { { "Josef Aschbacher", "a salué" }, { "Hervé Mariton", "a dit" } })
  H.eq("5.72z29 a poll credits a list with its share (créditer ... de), a name or a noun of measure between",
       all("Un sondage Ifop pour Le Figaro, publié mardi, crédite la liste de Jordan Bardella de 31 % des "
           .. "intentions de vote. L'Ifop crédite le RN d'une avance de 15 points. Le club crédite son entraîneur "
           .. "de la victoire."),
       { { "Un sondage Ifop pour Le Figaro", "crédite" }, { "L'Ifop", "crédite" } })
  H.eq("5.72z30 English: a noun of saying after a name a preposition opens; add with a figure after an auxiliary",
       all("Nvidia forecast revenue above Wall Street estimates on Wednesday. The company, which employs about "
           .. "29,600 people, has added nearly $1 trillion in market value. \"We have never seen this,\" said "
           .. "Sheriff Quentin Miller. The Pentagon estimates that 3,000 troops left.", "en"),
       { { "Quentin Miller", "said" }, { "The Pentagon", "estimates" } })
  H.eq("5.72z31 a fire, an epidemic that se déclare broke out: no one declared (se dit mardi prêt: one did)",
       all("Un violent incendie s'est déclaré dimanche après-midi près de Cerbère. Un nouveau foyer épidémique "
           .. "s'est déclaré dans la nuit. Le maire s'est déclaré mardi favorable au projet. Le ministre se dit prêt."),
       { { "Le maire", "s'est déclaré" }, { "Le ministre", "se dit" } })
  H.eq("5.72z32 English: a county's title and abbreviated titles before the name (Capt., Lt.)",
       all("San Bernardino County Supervisor Dawn Rowe said the county had opened four shelters. \"Stay away,\" "
           .. "said Capt. John Smith. Lt. Bob Lee told reporters the road was closed.", "en"),
       { { "Dawn Rowe", "said" }, { "Capt. John Smith", "said" }, { "Lt. Bob Lee", "told" } })
  H.eq("5.72z33 'selon ce qu'a appris X', 'c'est ce qu'a appris X' (not 'ce qu'a appris l'élève est')",
       all("Selon ce qu'a appris La Presse, la moitié des écoles sont vétustes. C'est ce qu'a appris Le Parisien "
           .. "auprès de la mairie. Ce qu'a appris l'élève est utile. Il a appris la nouvelle mardi."),
       { { "La Presse", "a appris" }, { "Le Parisien", "a appris" } })
  H.eq("5.72z34 English: a forecast after an auxiliary",
       all("Economists polled by Reuters had forecast the CPI would gain 0.2%. The company has projected revenue "
           .. "of $2 billion.", "en"),
       { { "Economists polled by Reuters", "had forecast" }, { "The company", "has projected" } })
  H.eq("5.72z35 English it: the body or thing a record or the sentence before opens with; no person",
       all("The Office for Budget Responsibility (OBR) said inflation would rise. It forecast growth of 1.1%. "
           .. "A UN report published Tuesday found that 3,000 people died. It said 200 were children.", "en"),
       { { "The Office for Budget Responsibility (OBR)", "said" },
         { "The Office for Budget Responsibility (OBR)", "forecast" }, { "A UN report", "found" },
         { "A UN report", "said" } })
  H.eq("5.72z35b English it takes up no person", all("Jackson Collins said the plan would fail. It said nothing more.",
       "en"), { { "Jackson Collins", "said" }, { "It", "said" } })
  H.eq("5.72z36 English: a cue's noun in its base form after 'a' (not after 'A few analysts')",
       all("A police report said 4 people were hurt. A few analysts estimate the deal at $3 billion.", "en"),
       { { "A police report", "said" }, { "A few analysts", "estimate" } })
  H.eq("5.72z37 a word in -ment after a determiner and an adjective is a noun: 'selon le dernier dénombrement "
       .. "réalisé par X' (not 'le ministre visiblement agacé')",
       all("Ils sont 3 813, selon le dernier dénombrement réalisé par Bruss'help, l'organisme régional. « Non », "
           .. "répond le ministre visiblement agacé."),
       { { "Bruss'help", "selon" }, { "le ministre", "répond" } })
  H.eq("5.72z38 assurer with a figure after an apposition's comma provides; a relative after a role chez, au "
       .. "speaks for the name the apposition is about",
       all("La Côte d'Ivoire, premier producteur mondial, assure environ 40 % de l'offre. « Ça ralentit », estime "
           .. "Charlotte de Montpellier, économiste chez ING, qui table sur 1,5 %. Marc Giron, responsable au CNRS, "
           .. "qui explique que tout va bien, est parti."),
       { { "Charlotte de Montpellier", "estime" }, { "Charlotte de Montpellier", "table" },
         { "Marc Giron", "explique" } })
  H.eq("5.72z39 English: a forecast's measure noun after its modifiers",
       all("Shares rose 12% after Chief Executive Elon Musk forecast vehicle sales growth of 20% to 30% in 2025.", "en"),
       { { "Elon Musk", "forecast" } })
  H.eq("5.72z40 verified de source indépendante: no source (confirmed de source policière: one)",
       all("Ces chiffres ne peuvent être vérifiés de source indépendante. L'information a été confirmée de source "
           .. "policière."), { { "source policière", "de source" } })
  H.eq("5.72z41 rapporter with a hedged amount of money earns; an outlet's noun after du: the name after it",
       all("Le film a déjà rapporté plus de 70 millions d'euros, selon les estimations du site spécialisé JP's "
           .. "Box-Office. Les médias ont rapporté plus de 4000 personnes arrêtées. Selon une enquête de Radio France, "
           .. "c'est faux."),
       { { "JP's Box-Office", "selon" }, { "Les médias", "ont rapporté" }, { "Radio France", "Selon" } })
  H.eq("5.72z42 English: an abbreviated title's period before a first name and a surname (Mr. Lee stays)",
       all("Gov. Jay Inslee said it was bad. Mr. Lee replied that it was not.", "en"),
       { { "Jay Inslee", "said" }, { "Mr. Lee", "replied" } })
  H.eq("5.72z43 a name with a particle in apposition to a title; a state one declares oneself is no claim",
       all("Le ministre des Comptes publics, Amélie de Montchalin, a rappelé que le déficit restait de 5 %. Selon "
           .. "la direction, 35 % des conducteurs se sont déclarés grévistes. Le maire s'est déclaré favorable."),
       { { "Amélie de Montchalin", "a rappelé" }, { "la direction", "Selon" }, { "Le maire", "s'est déclaré" } })
  H.eq("5.72z44 a figure between estimée à and its agent",
       all("La population, estimée à 320 000 habitants par l'Insee, augmente. Le coût, estimé à 100 euros par "
           .. "an, est élevé."),
       { { "l'Insee", "estimée" } })
  H.eq("5.72z45 an inverted pronoun closing a clause: its sentence's subject",
       all("Jean Dupont est venu. La ministre Rachida Dati a signé le décret, a-t-elle annoncé. Marie Curie est "
           .. "venue. Le ministre de l'Intérieur a signé la circulaire, a-t-il dit."),
       { { "Rachida Dati", "a-t-elle annoncé" }, { "Le ministre de l'Intérieur", "a-t-il dit" } })
  H.eq("5.72z46 a figure's verb ending the text (it crashed)", all("The tests name places", "en"), {})
  H.eq("5.72z47 results announced by an agent; a title, its adjective and a name as the pronoun's antecedent",
       all("Il a obtenu 56 % des voix, selon les résultats officiels annoncés lundi par la commission électorale. "
           .. "Le vice-président sortant Mahamudu Bawumia a obtenu 41 % des voix. Il avait reconnu sa défaite. "
           .. "Le ministre reçoit Marie Curie. Il a dit que tout allait bien."),
       { { "la commission électorale", "selon" }, { "Mahamudu Bawumia", "avait reconnu" },
         { "Le ministre", "a dit" } })
  H.eq("5.72z48 English: a participle after a count, after a determiner and an adverb",
       all("Data for June was revised to show 179,000 jobs added instead of the previously reported 206,000.", "en"),
       {})
  H.eq("5.72z49 an outlet then a name with a particle after a verb: the name from its first name or particle",
       all("« Non », a déclaré à l'AFP Jean Di Giacomo, porte-parole. « Non », a confié au Monde Flavio Di "
           .. "Giacomo. « Non », a confié à Radio France Julie Martin. « Non », a confié à L'Opinion Gérard Filoche."),
       { { "Jean Di Giacomo", "a déclaré" }, { "Flavio Di Giacomo", "a confié" }, { "Julie Martin", "a confié" },
         { "Gérard Filoche", "a confié" } })
  H.eq("5.72z50 a criterion's noun named, of an organisation, is a source; not one of a person",
       all("Le bilan s'élève à 923 morts, selon le projet Migrants disparus de l'OIM. Il a maigri selon la "
           .. "méthode Coué de son voisin."),
       { { "le projet Migrants disparus de l'OIM", "selon" } })
  H.eq("5.72z51 English: a title after a possessive, its owner a complement: the name after the title",
       all("Labour's shadow chancellor Rachel Reeves argued that families were worse off. The company's chief "
           .. "executive Tim Cook said sales rose. The minister's wife said no.", "en"),
       { { "Rachel Reeves", "argued" }, { "Tim Cook", "said" }, { "The minister's wife", "said" } })
  H.eq("5.72z52 qui after a noun phrase with des in it, itself in apposition to a name: the name; a singular phrase "
       .. "before a plural verb is none",
       all("Les dégâts pourraient dépasser 50 millions, a estimé Assuralia, la fédération belge des assureurs, qui "
           .. "rappelle que les inondations avaient coûté cher. Devant la résistance des parents, qui ont plaidé leur "
           .. "impuissance, rien. « Non », a affirmé le député européen, qui soutient vouloir la paix."),
       { { "Assuralia", "a estimé" }, { "Assuralia", "rappelle" }, { "des parents", "ont plaidé" },
         { "le député européen", "a affirmé" }, { "le député européen", "soutient" } })
  H.eq("5.72z53 croire savoir, what one believes to know, reports",
       all("Le ministère reviendrait à Bruno Retailleau, croit savoir Le Figaro. Le Parisien a cru savoir que rien ne "
           .. "bougerait. « Non », croit-il savoir."),
       { { "Le Figaro", "croit savoir" }, { "Le Parisien", "a cru savoir" }, { "Le Parisien", "croit-il savoir" } })
  H.eq("5.72z54 a pronoun after a title with a complement and a name in apposition opening the sentence before: "
       .. "the name",
       all("Le maire de Québec, Bruno Marchand, s'est réjoui des résultats. « La population a compris », a-t-il "
           .. "déclaré."),
       { { "Bruno Marchand", "a-t-il déclaré" } })
  H.eq("5.72z55 a figure verb's figure past an aside", all("Le gouvernement prévoit pour sa part 2,5 %."),
       { { "Le gouvernement", "prévoit" } })
  H.eq("5.72z56 a title, then its holder's name after a comma, before a coordinated cue: the name",
       all("Le chef du gouvernement, Pedro Sanchez, a décrété trois jours de deuil et promis que l'Etat aiderait."),
       { { "Pedro Sanchez", "promis" } })
  H.eq("5.72z57 a figure verb's figure after an act's noun and de",
       all("Kiev revendique la destruction de 70 drones. La CGT évoque la suppression de 15 000 postes. Il revendique "
           .. "la destruction du pont."),
       { { "Kiev", "revendique" }, { "La CGT", "évoque" } })
  H.eq("5.72z58 de source after invérifiable is no source",
       all("Le ministère dit avoir éliminé 300 soldats, un chiffre invérifiable de source indépendante. Un bilan "
           .. "confirmé de source policière."),
       { { "Le ministère", "dit" }, { "source policière", "de source" } })
  H.eq("5.72z59 an inverted pronoun closing a clause: the subject opening its sentence, a firm, a body or a thing "
       .. "that speaks, when its gender agrees (not a measure, not a quote's speaker)",
       all("Airbus a dégagé un bénéfice, a-t-il annoncé. Le constructeur aéronautique européen a livré 497 avions, "
           .. "a-t-il précisé. Les syndicats ont appelé à la grève, ont-ils indiqué. La hausse est de 12 %, a-t-elle "
           .. "fait savoir. Hospitalisé, il n'avait, écrit-il, plus d'énergie."),
       { { "Airbus", "a-t-il annoncé" }, { "Le constructeur aéronautique européen", "a-t-il précisé" },
         { "Les syndicats", "ont-ils indiqué" }, { "elle", "a-t-elle fait savoir" }, { "il", "écrit" } })
  H.eq("5.72z60 a verb that reports only inverted, que past where it was said; not a locution's que",
       all("Le ministre de l'Intérieur, Gérald Darmanin, s'est félicité sur X que le Conseil ait validé le texte. Le "
           .. "PS se défend alors que la polémique enfle. Abdul réagit sans savoir qu'il est mort."),
       { { "Gérald Darmanin", "s'est félicité" } })
  H.eq("5.72z61 alerter reports after a quote, or before que; warning someone is no report",
       all("« C'est grave », a alerté le médecin. « Tout va mal », alerte une étude parue mardi. Le médecin a alerté les "
           .. "secours. Elles devraient déclencher l'alerte générale."),
       { { "le médecin", "a alerté" }, { "une étude", "alerte" } })
  H.eq("5.72z62 a pronoun takes up a name whose title opens its sentence (English and French); the Treasury is "
       .. "a body, no he", all("The Treasury said it was fine. Conservative leader Rishi Sunak accused the government "
           .. "of lying. \"This budget is a betrayal,\" he said.", "en"),
       { { "The Treasury", "said" }, { "Rishi Sunak", "said" } })
  H.eq("5.72z63 a pronoun after a quote is no selon-source's body; estimates from a kind of organisation and its name",
       all("« On vend à perte », soupire l'éleveur. Près d'un agriculteur sur cinq est pauvre, selon l'Insee. « Tout a "
           .. "explosé », détaille-t-il."),
       { { "l'éleveur", "soupire" }, { "l'Insee", "selon" }, { "l'éleveur", "détaille" } })
  H.eq("5.72z64 English: estimates from a kind of organisation before its name",
       all("The strike costs more than $1 billion a month, according to estimates from rating agency S&P Global.", "en"),
       { { "S&P Global", "according to" } })
  H.eq("5.72z65 dont before a figure's part is no aside of a subject",
       all("Le projet prévoit 60 milliards, dont 40 milliards de baisse, a détaillé le ministre. Les sondages, dont "
           .. "une étude CSA, annoncent une victoire."),
       { { "le ministre", "a détaillé" }, { "Les sondages", "annoncent" } })
  H.eq("5.72z66 a French verb of forecast inverted after a comma or a quote reports; not after a subject's apposition, "
       .. "nor forward without a figure",
       all("Le pic de chaleur est attendu jeudi, avant une baisse des températures, prévoit Météo-France. La croissance "
           .. "ralentira, anticipe l'Insee. Le plan, adopté mardi, prévoit la construction de logements. Le plan prévoit "
           .. "la construction de logements."),
       { { "Météo-France", "prévoit" }, { "l'Insee", "anticipe" } })
  H.eq("5.72z67 a measure's participle before selon gives a criterion (not exprimés: suffrages exprimés selon X); a "
       .. "forecast's figure after a hedge or a quote; a participle after an acronym ends a speaker, not after a name",
       all("Mesurée selon l'indice harmonisé, l'inflation atteint 1,5 %. Il a obtenu 12 % des suffrages exprimés selon "
           .. "Elabe. La Banque de France prévoit une inflation moyenne « autour de 2,5 % ». Le bilan est de 1 206 "
           .. "morts, selon un décompte de l'AFP fondé sur des données officielles. Il avait rencontré des patrons, "
           .. "affirme Le Canard enchaîné dans son édition de mercredi."),
       { { "Elabe", "selon" }, { "La Banque de France", "prévoit" }, { "l'AFP", "selon" },
         { "Le Canard enchaîné", "affirme" } })
  H.eq("5.72z68 English: a noun cue after a count or a compass adjective (not after a year)",
       all("Helene killed 230 people across six southeastern states. The storm hit 12 states. The western states "
           .. "agreed. Two reports say it failed. The report notes that damage was heavy.", "en"),
       { { "Two reports", "say" }, { "The report", "notes" } })
  H.eq("5.72z69 a pronoun takes up a subject named after its title and one adjective",
       all("Le maire écologiste Grégory Doucet justifie la hausse, qui prive selon lui la ville de 20 millions "
           .. "d'euros."), { { "Grégory Doucet", "selon" } })
  H.eq("5.72z69b the same, a nationality", all("Le président américain Donald Trump dénonce les écoutes dont il dit "
                                              .. "avoir été victime."), { { "Donald Trump", "dénonce" }, { "Donald Trump", "dit" } })
  H.eq("5.72z70 a title's acronym, then its holder's name after a comma",
       all("« C'est un soulagement », a confié le PDG d'Arianespace, Stéphane Israël, rappelant que le vol avait "
           .. "échoué. Selon le PDG de la SNCF, Guillaume Pepy, les voitures arrivent."),
       { { "Stéphane Israël", "a confié" }, { "Stéphane Israël", "rappelant" }, { "Guillaume Pepy", "Selon" } })
  H.eq("5.72z71 a calculé gives a figure; a delegate's charge after aux stays in the speaker; parler de a figure",
       all("La hausse sera de 85 euros par an, a calculé l'adjointe aux finances, Audrey Hénocque. « Oui », a "
           .. "déclaré le commissaire aux journalistes. Les syndicats parlent de 500 suppressions. Il parle de son "
           .. "enfance."),
       { { "Audrey Hénocque", "a calculé" }, { "le commissaire", "a déclaré" }, { "Les syndicats", "parlent" } })
  H.eq("5.72z72 a figure anywhere in the clause before calculé; an aside en moyenne; a yes or a no to something "
       .. "is a vote", all("Plus de 200 candidats s'étaient désistés entre les deux tours, a calculé Le Monde. Les "
                          .. "analystes tablaient en moyenne sur une hausse de 1,8 %. Les Suisses ont dit oui à la 13e "
                          .. "rente. Le peuple dit non au projet. Voters said yes to the deal. « Oui », a dit Pierre."),
       { { "Le Monde", "a calculé" }, { "Les analystes", "tablaient" }, { "Pierre", "a dit" } })
  H.eq("5.72z73 a criterion's noun that heads a name, capitalised; the author of investigations conducted by",
       all("Les feux progressent, selon le Système européen. Les prix varient selon le système choisi. C'est "
           .. "puni, d'après le Code pénal. Selon les premières investigations menées par l'Anssi, les pirates "
           .. "sont entrés."),
       { { "le Système européen", "selon" }, { "l'Anssi", "Selon" } })
  H.eq("5.72z74 a pronoun after a quote: not a cue inside its last sentence (see 5.72z143), but an aside naming its speaker",
       all("Un expert estime que c'est grave. « LockBit a déjà publié les données de plusieurs hôpitaux », "
           .. "rappelle-t-il. « Nous avons trouvé un accord, s'exclame le ministre, nous partons demain » conclut-il."),
       { { "Un expert", "estime" }, { "Un expert", "rappelle" },
         { "le ministre", "s'exclame" }, { "le ministre", "conclut" } })
  H.eq("5.72z75 a pronoun: a person named opening the sentence before is nearer than a speaker further back",
       all("Près de 120 000 véhicules sont endommagés, estime le consortium des assurances. Le président de la "
           .. "région, Carlos Mazón, est critiqué. Il a promis « une enquête ». Les dégâts sont lourds, a déclaré "
           .. "le ministre Paul Roux. La présidente, Anne Marie, est critiquée. Il a promis « une aide »."),
       { { "le consortium des assurances", "estime" }, { "Carlos Mazón", "a promis" }, { "Paul Roux", "a déclaré" },
         { "Paul Roux", "a promis" } })
  H.eq("5.72z76 sources a thing comes from; a speech to come; a relative aside after an object; a place's participle",
       all("43 % de l'électricité a été produite à partir de sources renouvelables. L'information a été confirmée "
           .. "de source policière. Son avocat, Me Dupont, plaidera mercredi. Le ministre, Jean Roux, précisera "
           .. "jeudi que la loi passera. Les agriculteurs bloquaient le pont de l'Europe, qui relie la France à "
           .. "l'Allemagne, a constaté un journaliste de l'AFP. Si le Brésil, qui traverse une crise, confirme sa "
           .. "sortie, ce sera grave. Airbus a livré 766 avions, a annoncé le groupe basé à Toulouse. Selon la "
           .. "start-up installée en Bretagne, la hausse est forte. Selon l'entreprise installée en 2010, elle baisse."),
       { { "source policière", "de source" }, { "Jean Roux", "précisera" }, { "un journaliste de l'AFP", "a constaté" },
         { "le Brésil", "confirme" }, { "le groupe basé à Toulouse", "a annoncé" },
         { "la start-up installée en Bretagne", "Selon" }, { "l'entreprise", "Selon" } })
  H.eq("5.72z77 an inverted pronoun in a sentence its own pronoun opens: no name inside that sentence",
       all("Actuellement en préretraite, l'ancien joueur devrait entrer au conseil municipal. Il figure sur la liste "
           .. "du maire sortant Max Vincent, a-t-il annoncé au Progrès."),
       { { "l'ancien joueur", "a-t-il annoncé" } })
  H.eq("5.72z86 a title before a name with a particle after its first surname: the name alone",
       all("« Nous avons gagné », s'est félicité son gouverneur François Villeroy de Galhau dans un entretien."),
       { { "François Villeroy de Galhau", "s'est félicité" } })
  H.eq("5.72z87 the same source: the source said before it",
       all("Le bilan est de sept morts, a-t-on appris auprès du Haut-commissariat. Environ 3 500 gendarmes sont "
           .. "déployés, indique-t-on de même source. Quelque 600 sont arrivés, selon la même source. Le bilan est "
           .. "lourd, a ajouté cette source."),
       { { "Haut-commissariat", "a-t-on appris" }, { "Haut-commissariat", "indique" },
         { "Haut-commissariat", "selon" }, { "Haut-commissariat", "a ajouté" } })
  H.eq("5.72z88 English: the same source",
       all("About 500 troops were killed, the ministry said. About 200 were wounded, according to the same source.",
           "en"),
       { { "the ministry", "said" }, { "the ministry", "according to" } })
  H.eq("5.72z89 défendre after a quote reports it (not before its object)",
       all("« C'est un budget de responsabilité », a défendu le ministre Antoine Armand. « Non », défend Paul Martin. "
           .. "Le ministre a défendu son bilan."),
       { { "Antoine Armand", "a défendu" }, { "Paul Martin", "défend" } })
  H.eq("5.72z90 comme and a participle of saying before its agent (a noun in -ment in the agent)",
       all("La dette atteignait 99,7 % du PIB, et non 74,4 % comme annoncé par le précédent gouvernement. Sales fell "
           .. "4%, as reported by Reuters."),
       { { "le précédent gouvernement", "comme annoncé par" }, { "Reuters", "as reported by" } })
  H.eq("5.72z91 selon and how a name is written (its acronym) is no source",
       all("L'attaque a été revendiquée par le GSIM (ou JNIM selon son acronyme arabe)."),
       { { "le GSIM", "revendiquée par" } })
  H.eq("5.72z92 a count of people who can tell after an inverted verb speaks (not an amount earned)",
       all("Quarante et un migrants sont morts, ont rapporté mercredi quatre survivants à l'OIM. Des migrants sont "
           .. "morts, ont raconté 4 survivants. Le film a rapporté 300 millions."),
       { { "quatre survivants", "ont rapporté" }, { "4 survivants", "ont raconté" } })
  H.eq("5.72z93 (in English)", all("Forty-one migrants died, four survivors told the IOM.", "en"),
       { { "four survivors", "told" } })
  H.eq("5.72z94 a subject pronoun that speaks inside a quotation is the quoted one's word (not an aside)",
       all("« Les agents ont tenu, ils demandent que leurs efforts soient reconnus », a déclaré Bertrand Hammache. "
           .. "« C'est fini, a-t-il dit, nous partons. »"),
       { { "Bertrand Hammache", "a déclaré" }, { "Bertrand Hammache", "a-t-il dit" } })
  H.eq("5.72z95 an English plural's possessive in the speaker; will and a verb with nothing said after it",
       all("The United Nations' humanitarian office estimated that 11,600 people were affected. Tesla will report "
           .. "earnings on April 23. Biden will say that the plan works.", "en"),
       { { "The United Nations' humanitarian office", "estimated" }, { "Biden", "say" } })
  H.eq("5.72z96 a content read by a newsroom (consultée, obtenu par): its author, else the newsroom",
       all("Selon une note de l'Unédic consultée par Les Échos, la réforme rapporte 2 milliards. Selon un document "
           .. "obtenu par l'AFP, 300 soldats sont morts."),
       { { "l'Unédic", "Selon" }, { "l'AFP", "Selon" } })
  H.eq("5.72z97 a long name the speaker's length cut right after its article keeps the article",
       all("En 2023, l'Agence nationale de la sécurité des systèmes d'information (Anssi) a recensé 30 attaques."),
       { { "l'Agence nationale de la sécurité des systèmes d'information (Anssi)", "a recensé" } })
  H.eq("5.72z98 English: a month after in before the verb is a time; a pronoun after a noun opens its relative; "
       .. "a pronoun takes up a name past its title",
       all("A poll by Abacus Data in September found that 61% agreed. Canada will cut the number of residents it "
           .. "admits next year. Prime Minister Irakli Kobakhidze accused the opposition. \"There will be no "
           .. "Maidan,\" he told a briefing.", "en"),
       { { "Abacus Data", "found" }, { "Irakli Kobakhidze", "told" } })
  H.eq("5.72z99 a part of a month or year between an inverted verb and its speaker",
       all("« Le combat est gagné », avait affirmé début octobre son gouverneur, François Villeroy de Galhau. « C'est "
           .. "fini », a affirmé mi-octobre le gouverneur."),
       { { "François Villeroy de Galhau", "avait affirmé" }, { "le gouverneur", "a affirmé" } })
  H.eq("5.72z100 an organisation's name of two fields, de before et and after it; an acronym after a foreign word",
       all("Selon la chambre de commerce et d'industrie de Paris, 3 000 commerces ont fermé. D'après le Centre de "
           .. "recherche et de nombreux experts, le bilan est lourd. Selon le Centre africain de contrôle et de "
           .. "prévention des maladies (Africa CDC), 517 décès ont été recensés. Le nombre a doublé, selon un rapport "
           .. "diffusé jeudi par l'Observatoire français des drogues et des toxicomanies."),
       { { "la chambre de commerce et d'industrie de Paris", "Selon" }, { "le Centre de recherche", "D'après" },
         { "le Centre africain de contrôle et de prévention des maladies (Africa CDC)", "Selon" },
         { "l'Observatoire français des drogues et des toxicomanies", "selon" } })
  H.eq("5.72z101 a restrictive relative's verb past its clitics; what it says may be a figure",
       all("Environ 500 postes seront supprimés, un chiffre contesté par la direction qui en annonce moins de 400. "
           .. "Les syndicats qui revendiquent 3 000 grévistes ont tort. C'est un père qui vous dit : partez. La loi "
           .. "qui prévoit 3 000 postes est votée."),
       { { "la direction", "annonce" }, { "Les syndicats", "revendiquent" }, { "un père", "dit" } })
  H.eq("5.72z102 avancer a figure, after the noun that names it too; a count of times is none, nor a speaker",
       all("Les organisateurs avancent le chiffre de 50 000. La CGT revendique un total de 12 000 manifestants. Les "
           .. "troupes avancent de dix kilomètres. Le tableau avançait deux fois plus vite. « Non », dit quatre fois "
           .. "Fédik."),
       { { "Les organisateurs", "avancent" }, { "La CGT", "revendique" }, { "Fédik", "dit" } })
  H.eq("5.72z103 an author after what he published runs four tokens past the speaker's cap; a mission is a body",
       all("D'après le dernier bilan de la mission de surveillance des droits de l'homme des Nations unies, 12 162 "
           .. "civils ont été tués. Selon une étude menée par une équipe de chercheurs de l'Université de Wesleyan, 5 % "
           .. "en seraient capables."),
       { { "la mission de surveillance des droits de l'homme des Nations unies", "D'après" },
         { "une équipe de chercheurs de l'Université de Wesleyan", "Selon" } })
  H.eq("5.72z104 two names glued by a slash are one, after a poll's noun too",
       all("Selon un sondage Ipsos/Sopra Steria pour Le Monde, 30 % approuvent. Selon un sondage BVA/Le Parisien, 81 % "
           .. "approuvent. Selon l'Observatoire Crédit Logement/CSA, les taux baissent. Selon le ministère, 10 000/an."),
       { { "Ipsos/Sopra Steria", "Selon" }, { "BVA/Le Parisien", "Selon" },
         { "l'Observatoire Crédit Logement/CSA", "Selon" }, { "le ministère", "Selon" } })
  H.eq("5.72z105 English: an organisation's kind in lower case before its name: the name",
       all("Spain's weather agency AEMET said rain fell. The polling firm YouGov found that 40% agreed. The news agency "
           .. "said nothing.", "en"),
       { { "AEMET", "said" }, { "YouGov", "found" }, { "The news agency", "said" } })
  H.eq("5.72z106 a crowd's response between an inverted verb and its speaker",
       all("« Ce n'est pas fini », a lancé sous les applaudissements la députée Clémentine Autain."),
       { { "Clémentine Autain", "a lancé" } })
  H.eq("5.72z107 an incise right after a quote, whatever its verb: someone named after it; not a stopword, "
       .. "a subordinator, a preposition after it",
       all("« Ce groupe n'a peur de rien », a savouré l'entraîneur Éric Roy. « C'est fini », grimace un habitant. "
           .. "Ces « casseurs », comme ils disent, sont partis. « C'est neutralisé », lorsque les services l'ont vu. "
           .. "Le « nom du père », chère à Lacan, revient."),
       { { "Éric Roy", "a savouré" }, { "un habitant", "grimace" } })
  H.eq("5.72z108 an outlet written in lower case between an inverted verb and its speaker",
       all("« Nous sommes dans une épidémie », a estimé sur franceinfo le professeur Bruno Lina."),
       { { "Bruno Lina", "a estimé" } })
  H.eq("5.72z109 a thing a demonstrative takes up inside a quotation is no source; outside it is",
       all("« Ces chiffres montrent que la loi était nécessaire », a réagi le ministre. Ces chiffres montrent que "
           .. "la loi était nécessaire, juge le syndicat."),
       { { "le ministre", "a réagi" }, { "Ces chiffres", "montrent" }, { "le syndicat", "juge" } })
  H.eq("5.72z110 a content noun with no author yields to selon after it in its sentence; not one with an author",
       all("Certaines estimations évoquent jusqu'à 150 000 victimes, selon l'émissaire Tom Perriello. Une étude de "
           .. "l'Inserm montre que 10 % des jeunes fument, selon Le Monde."),
       { { "Tom Perriello", "selon" }, { "l'Inserm", "montre" }, { "Le Monde", "selon" } })
  H.eq("5.72z111 English: an adverb alone before a verb is no speaker",
       all("The toll was higher than the 740,000 originally estimated. The figure was lower than initially reported.",
           "en"), {})
  H.eq("5.72z112 a street that names a ministry after an inverted on",
       all("Le plan coûtera cher, indique-t-on place Beauvau. C'est faux, affirme-t-on quai d'Orsay. Il pleut, dit-on "
           .. "rue des écoles."),
       { { "place Beauvau", "indique" }, { "quai d'Orsay", "affirme" }, { "on", "dit" } })
  H.eq("5.72z113 a title then a name whose surname opens on a joined particle: the name",
       all("La masse salariale a baissé, a indiqué le président Nasser al-Khelaïfi. Selon le porte-parole Ahmed "
           .. "el-Tayeb, rien."),
       { { "Nasser al-Khelaïfi", "a indiqué" }, { "Ahmed el-Tayeb", "Selon" } })
  H.eq("5.72z114 a hedge before a number word ends the speaker after selon",
       all("Là vivaient selon l'Insee environ un tiers des habitants."), { { "l'Insee", "selon" } })
  H.eq("5.72z115 English: an acronym that is a stopword or a count's word speaks ('the WHO', 'the UN')",
       all("Many people fled, the WHO estimates. About 1.2 million were displaced, the UN estimates. The man who "
           .. "said it left.", "en"),
       { { "the WHO", "estimates" }, { "the UN", "estimates" }, { "The man", "said" } })
  H.eq("5.72z116 a participle and its agent after a name: the name speaks, the agent only handled it",
       all("Les patients attendent, selon les données de Santé Québec compilées par La Presse. Il pleut, selon "
           .. "une étude menée par l'Inserm."),
       { { "Santé Québec", "selon" }, { "l'Inserm", "selon" } })
  H.eq("5.72z117 a rank and a name in apposition to a title: the name", all("Le chef d'état-major des armées, le "
       .. "général Oumar Diarra, a évoqué des pertes. Le maire, M. Dupont, a dit non."),
       { { "le général Oumar Diarra", "a évoqué" }, { "M. Dupont", "a dit" } })
  H.eq("5.72z118 a forecast of a level a measure reaches (à)",
       all("Plusieurs économistes anticipent une remontée à 7,9 % fin 2025."),
       { { "Plusieurs économistes", "anticipent" } })
  H.eq("5.72z119 a possessive before what someone published takes them up ('selon ses estimations')",
       all("L'Insee a publié ses chiffres. Selon ses estimations, 300 000 emplois ont été créés."),
       { { "L'Insee", "a publié" }, { "L'Insee", "Selon" } })
  H.eq("5.72z120 English: 'added' before its object after just, only: no saying",
       all("U.S. employers added just 114,000 jobs in July. The economy added only 12,000 jobs.", "en"), {})
  H.eq("5.72z121 a verb of saying in the future with only a date after it: a speech to come",
       all("L'avocat de Marine Le Pen, Me Rodolphe Bosselut, plaidera le 27 novembre."), {})
  H.eq("5.72z122 a forecast's measure after the verb is its object, not an inverted speaker, past a relative aside",
       all("L'Unédic, l'organisme paritaire qui gère le régime, prévoit un excédent de 1,4 milliard d'euros."),
       { { "L'Unédic", "prévoit" } })
  H.eq("5.72z123 an adjective between a noun of data and its participle ('communiqué', a noun too): the agent",
       all("Il y a 14 morts, selon un bilan provisoire communiqué mercredi par le gouvernement."),
       { { "le gouvernement", "selon" } })
  H.eq("5.72z124 names listed between commas before a subject joined by et, opening the sentence, before a plural",
       all("La CFDT, Force ouvrière et la CFTC ont fait savoir qu'elles signeraient. Devant la presse, Angelina "
           .. "Jolie et Brad Pitt ont annoncé qu'ils divorçaient. Dès la première page, Davet et Lhomme préviennent "
           .. "que rien ne va."),
       { { "La CFDT, Force ouvrière et la CFTC", "ont fait savoir" }, { "Angelina Jolie et Brad Pitt", "ont annoncé" },
         { "Davet et Lhomme", "préviennent" } })
  H.eq("5.72z125 English: a poll's figure after found or showed (no that); its participle before a time left out",
       all("A YouGov survey released on Tuesday found 77% of Australians backed the ban. He found 300 dollars.", "en"),
       { { "A YouGov survey", "found" } })
  H.eq("5.72z126 English: a noun in -ment after a consonant is no French adverb ('government figures')",
       all("Some 2.5 million use it, according to government estimates.", "en"),
       { { "government estimates", "according to" } })
  H.eq("5.72z127 a participle in -i between a noun of data and its agent ('établi', 'fournis'); selon and what varies",
       all("Il y a 143 morts, selon un décompte établi vendredi par le ministère de la Santé. La hausse, de 8 % à 10 % "
           .. "selon les titres, entrera en vigueur en février."),
       { { "le ministère de la Santé", "selon" } })
  H.eq("5.72z128 English: forecast, a verb of saying before that (a noun after the)",
       all("The National Retail Federation forecast that sales would grow 3%. The forecast is grim.", "en"),
       { { "The National Retail Federation", "forecast" } })
  H.eq("5.72z129 compter with no en before it reports a crowd counted, not what a place holds",
       all("La préfecture de police a compté 81 000 manifestants. La ville compte 300 000 habitants. La France "
           .. "compte 3 000 personnes sans abri."),
       { { "La préfecture de police", "a compté" } })
  H.eq("5.72z130 assurer before its object's determiner after a subject's apposition ensures a thing, says nothing",
       all("Un comité, présidé par John Elkann, assurera la direction. Un campeur, figure du lieu, assure lui "
           .. "s'être vu offrir son poids. Le ministre, interrogé, assure les Français : « Tout va bien »."),
       { { "Un campeur", "assure" }, { "Le ministre", "assure" } })
  H.eq("5.72z131 what one declares into being is no statement (not a name after déclara)",
       all("Le gouvernement a déclaré l'état d'urgence. « C'est un sot ! » déclara Martial."),
       { { "Martial", "déclara" } })
  H.eq("5.72z133 no subject that a relative opens before a verb ending its sentence after a comma",
       all("Il se tut, en s'asseyant sur un tabouret qu'il avait relevé."), {})
  H.eq("5.72z134 a surname that opens on a particle joined to it ends a name set off by commas after a title",
       all("Le chef de HTS, Abou Mohammed al-Joulani, a déclaré que tout allait bien. Le ministre, Ali al-Hassan, "
           .. "a indiqué que non."),
       { { "Abou Mohammed al-Joulani", "a déclaré" }, { "Ali al-Hassan", "a indiqué" } })
  H.eq("5.72z136 a sentence opening on a preposition has no subject before an aside of dont: the verb's after it",
       all("Parmi les inculpés figurent 25 militaires, dont plusieurs généraux, a rapporté le quotidien Folha de S. "
           .. "Paulo."),
       { { "le quotidien Folha de S. Paulo", "a rapporté" } })
  H.eq("5.72z137 English: data stands bare before its author like a plural noun of content",
       all("Sales rose 10%, according to data from Adobe Analytics released Saturday.", "en"),
       { { "Adobe Analytics", "according to" } })
  H.eq("5.72z138 a verb after a reflexive se past the subject opens the clause a coordinated cue shares its subject "
       .. "with, as do verbs of a scene; not an infinitive's se after a preposition",
       all("La ministre se lève et dit : « Voyez les ravages. » Le ministre arrive et déclare que tout va bien. "
           .. "Pour s'amuser il aurait mélangé deux produits et aurait constaté une réaction."),
       { { "La ministre", "dit" }, { "Le ministre", "déclare" } })
  H.eq("5.72z139 a title's portfolio after à, au or aux stays in the speaker (a delegate's, a secretary of "
       .. "state's); a name after it is the speaker",
       all("Le chômage a augmenté, a indiqué le Secrétariat d'État à l'économie (SECO). Le budget baisse, selon le "
           .. "ministre délégué à l'Industrie. Le taux monte, a indiqué le secrétaire d'État aux Transports, Jean "
           .. "Dupont. Les prix montent, a confié le président de la région au Parisien."),
       { { "le Secrétariat d'État à l'économie (SECO)", "a indiqué" }, { "le ministre délégué à l'Industrie", "selon" },
         { "Jean Dupont", "a indiqué" }, { "le président de la région", "a confié" } })
  H.eq("5.72z140 the subject after puisqu' is the pronoun's, the conjunction split from it",
       all("Le sportif continue puisqu'il a affirmé qu'il visait la chaîne."), { { "il", "a affirmé" } })
  H.eq("5.72z141 an organisation's aim after pour, an article then words to the clause's end, is in its name",
       all("Selon le Comité pour la paix et le développement, une organisation locale, le chef a fui. Le bilan est "
           .. "lourd, a indiqué l'Organisation pour l'interdiction des armes chimiques. Le bilan est lourd, a dit le "
           .. "Conseil pour la énième fois lundi."),
       { { "le Comité pour la paix et le développement", "Selon" },
         { "l'Organisation pour l'interdiction des armes chimiques", "a indiqué" }, { "le Conseil", "a dit" } })
  H.eq("5.72z142 a possessive of content with no speaker before it takes the subject opening the sentence before, "
       .. "a body's too, a name and its determiner; not a sentence with no such subject",
       all("La Fondation Abbé-Pierre publie un rapport. Selon ses estimations, 4 millions de personnes sont mal "
           .. "logées. L'Insee a publié ses comptes. Selon ses calculs, le PIB a progressé. Il pleut sur Paris. Selon "
           .. "ses chiffres, rien ne va."),
       { { "La Fondation Abbé-Pierre", "Selon" }, { "L'Insee", "Selon" }, { "ses chiffres", "Selon" } })
  H.eq("5.72z143 a subject and its verb inside a quotation that a cue after it gives to someone else are the quoted "
       .. "one's words; a pronoun's too; not a quotation no cue follows",
       all("« Le peuple a clairement dit qu'il ne voulait pas davantage de béton », s'est réjoui le co-président de "
           .. "l'association. « Nos résultats suggèrent une hausse », a expliqué le chercheur. Le maire a lancé : « Le "
           .. "préfet a dit qu'il viendrait. »"),
       { { "le co-président de l'association", "s'est réjoui" }, { "le chercheur", "a expliqué" },
         { "Le maire", "a lancé" }, { "Le préfet", "a dit" } })
  H.eq("5.72z144 a verb that reports only inverted reports after a comma with no quote when someone follows it "
       .. "and ends the clause (M. de Jaucourt a title and a particle); not one greeting or mocking its object, nor "
       .. "an addressee, nor an object",
       all("L'entrée restera gratuite, a tranché le recteur, Mgr Olivier Ribadeau Dumas. Le projet est mort, a "
           .. "réagi le maire. Eh bien, reprit M. de Jaucourt, il faut que je lui parle. Il me serra la main, salua "
           .. "à peine Horace, et partit. Claire, masquée, demandait à Reda, le deuxième, s'il venait. Le ministre a "
           .. "visité l'usine, a lancé une consultation et est reparti."),
       { { "Mgr Olivier Ribadeau Dumas", "a tranché" }, { "le maire", "a réagi" }, { "M. de Jaucourt", "reprit" } })
  H.eq("5.72z145 selon and results counted (officiels, provisoires, partiels, définitifs) is a source; results a "
       .. "thing varies with are not",
       all("Le parti a remporté 53,9 % des voix selon les résultats officiels. Selon des résultats partiels, le non "
           .. "l'emporte. Les primes varient selon les résultats de l'entreprise."),
       { { "les résultats officiels", "selon" }, { "des résultats partiels", "Selon" } })
  H.eq("5.72z146 an organisation's trade heading the speaker, its complements before its name: the name speaks; "
       .. "not a name after de, the complement's, nor a people's adjective",
       all("Le fabricant de pneumatiques Michelin a confirmé mardi la fermeture. Le géant de l'énergie TotalEnergies "
           .. "a annoncé un bénéfice. Selon une étude de l'université de Tokyo, tout va bien. Le parti de Marine Le "
           .. "Pen a annoncé sa liste. Le géant du meuble suédois a annoncé une baisse."),
       { { "Michelin", "a confirmé" }, { "TotalEnergies", "a annoncé" },
         { "l'université de Tokyo", "Selon" }, { "Le parti de Marine Le Pen", "a annoncé" },
         { "Le géant du meuble suédois", "a annoncé" } })
  H.eq("5.72z147 an inverted pronoun after a quote takes the name after the title opening the sentence before, past "
       .. "a people's or a camp's adjective and a relative between commas",
       all("La présidente pro-occidentale Salomé Zourabichvili, dont le mandat expire le 29 décembre, refuse de "
           .. "partir. « Je reste », a-t-elle lancé. Le président géorgien Mikheïl Kavelachvili a prêté serment. « Je "
           .. "suis là », a-t-il dit."),
       { { "Salomé Zourabichvili", "a-t-elle lancé" }, { "Mikheïl Kavelachvili", "a-t-il dit" } })
  H.eq("5.72z148 a name of two fields and its acronym after a plural head: \"les Centres de contrôle et de prévention "
       .. "des maladies (CDC)\", \"les Chambres de commerce et d'industrie\"",
       all("Le virus a contaminé 55 personnes, selon les Centres de contrôle et de prévention des maladies (CDC). Il a "
           .. "fui, selon les Chambres de commerce et d'industrie."),
       { { "les Centres de contrôle et de prévention des maladies (CDC)", "selon" },
         { "les Chambres de commerce et d'industrie", "selon" } })
  H.eq("5.72z149 English: a negotiator's name after the title and its organisation",
       all("\"We have avoided the worst,\" IG Metall negotiator Thorsten Groeger told reporters. \"It is over,\" chief "
           .. "negotiator Maros Sefcovic said.", "en"),
       { { "Thorsten Groeger", "told" }, { "Maros Sefcovic", "said" } })
  H.eq("5.72z150 a name after a speaker and a comma, its surname joined to its particle; an author after par past "
       .. "what a document is about; a part of a month after the speaker is a time; sources a network holds speak not",
       all("« Rien », a déclaré à l'AFP un de leurs responsables, Raed al-Saleh. Le chômage a augmenté, a annoncé la "
           .. "Dares fin octobre. Il est mort, selon l'atlas de la démographie médicale publié mardi par le Conseil "
           .. "national de l'Ordre des médecins (Cnom). L'OSDH dispose d'un vaste réseau de sources dans le pays. Selon "
           .. "l'étude de la proximité des candidats, tout va mal."),
       { { "Raed al-Saleh", "a déclaré" }, { "la Dares", "a annoncé" },
         { "le Conseil national de l'Ordre des médecins (Cnom)", "selon" },
         { "l'étude de la proximité des candidats", "Selon" } })
  H.eq("5.72z151 a title written with its capital, a name in apposition after it and a comma",
       all("« Non », a averti le Premier ministre israélien, Benyamin Netanyahou, dans une allocution. « Oui », a dit le "
           .. "Président de la République, Emmanuel Macron. Selon le Premier ministre, Paris et Lyon seront concernées."),
       { { "Benyamin Netanyahou", "a averti" }, { "Emmanuel Macron", "a dit" }, { "le Premier ministre", "Selon" } })
  H.eq("5.72z152 a subject's acronym in brackets before its verb's object l'; a body's field after aux, and a "
       .. "title's when capitalised, not whom it tells",
       all("L'Office français de la biodiversité (OFB) l'estime à 1 013 individus. Au moins 184 personnes ont été "
           .. "tuées, a indiqué lundi le Haut-Commissariat des Nations unies aux droits de l'homme. « Non », a reconnu "
           .. "la commissaire à la Justice, Vera Jourova. — Ce n'est rien, dit le commissaire aux badauds. « Rien ? » "
           .. "demanda le commissaire à Saniel."),
       { { "L'Office français de la biodiversité (OFB)", "estime" },
         { "le Haut-Commissariat des Nations unies aux droits de l'homme", "a indiqué" },
         { "Vera Jourova", "a reconnu" }, { "le commissaire", "dit" }, { "le commissaire", "demanda" } })
  H.eq("5.72z153 a relative after a job at a place between commas is the name's before them; not after a noun "
       .. "and à without them",
       all("« Ça ralentit », note Mathieu Plane, économiste à l'OFCE, qui prévoit un taux de 7,9 %. Il a passé la "
           .. "parole à Bernard Cazeneuve, qui a expliqué que tout allait bien."),
       { { "Mathieu Plane", "note" }, { "Mathieu Plane", "prévoit" }, { "Bernard Cazeneuve", "a expliqué" } })
  H.eq("5.72z154 English: it takes up the body that spoke before (an observatory, an institute)",
       all("Road deaths fell 4.3% last year, the observatory said on Friday. Motorcyclists accounted for 22% of "
           .. "deaths, it said.", "en"),
       { { "the observatory", "said" }, { "the observatory", "said" } })
  H.eq("5.72z155 a name after an office's kind is the source",
       all("L'inflation a atteint 4,5 %, a annoncé jeudi l'office belge de statistique Statbel. Selon l'office de "
           .. "tourisme de Nice, tout va bien."),
       { { "Statbel", "a annoncé" }, { "l'office de tourisme de Nice", "Selon" } })
  H.eq("5.72z156 a title and an institution's adjective before the name opening the sentence before a pronoun",
       all("« C'est clair », s'est réjoui le conseiller Michael Töngi. Le conseiller fédéral Albert Rösti a pris "
           .. "acte du résultat. Selon lui, les bouchons coûtent cher."),
       { { "Michael Töngi", "s'est réjoui" }, { "Albert Rösti", "Selon" } })
  H.eq("5.72z157 a text that provides for a figure forecasts nothing; a body does",
       all("Le budget prévoyait un déficit de 93 millions. Le projet de loi prévoit 60 milliards d'économies. L'Insee "
           .. "prévoit une croissance de 1 %."),
       { { "L'Insee", "prévoit" } })
  H.eq("5.72z158 a body's name that lists its fields with commas, its acronym in brackets closing it",
       all("Quelque 3,1 millions de salariés sont concernés, d'après la Direction de l'animation de la recherche, "
           .. "des études et des statistiques (Dares). Selon le ministère, des études et des rapports (MER), tout va."),
       { { "la Direction de l'animation de la recherche, des études et des statistiques (Dares)", "d'après" },
         { "le ministère", "Selon" } })
  H.eq("5.72z159 an inverted pronoun after a quote takes up the person's title opening its sentence before the quote",
       all("Le Premier ministre partira jeudi. Le chef de l'État « ne démissionnera pas », avait-il assuré mardi. "
           .. "La ministre de la Culture, Rachida Dati, « ne cédera pas », a-t-elle dit. Le ministre « ne cédera "
           .. "pas », a-t-elle ajouté."),
       { { "Le chef de l'État", "avait-il assuré" }, { "Rachida Dati", "a-t-elle dit" },
         { "Rachida Dati", "a-t-elle ajouté" } })
  H.eq("5.72z160 a count reported by rapporter or signaler (not money earned); a UN body's aim after pour; a "
       .. "ministry's second field with its adjective",
       all("L'INSPQ rapportait 3 512 cas d'influenza. La maison rapportait 8 000 francs. Ce but rapporte 3 points. "
           .. "La préfecture signale 12 blessés. Environ 540 000 personnes ont fui, d'après le Haut-Commissariat des "
           .. "Nations unies pour les réfugiés. Le taux atteint 132 %, selon le ministère de la Santé et des Services "
           .. "sociaux."),
       { { "L'INSPQ", "rapportait" }, { "La préfecture", "signale" },
         { "le Haut-Commissariat des Nations unies pour les réfugiés", "d'après" },
         { "le ministère de la Santé et des Services sociaux", "selon" } })
  H.eq("5.72z161 soutenir before its object backs it, no cue (unless a quotation follows the colon); comme le "
       .. "soutiennent reports",
       all("La détente des taux soutient la reprise : le taux est descendu à 3,40 %. Un parasol que soutenait un "
           .. "tronc d'arbre. Il faut limiter l'inflation, comme le soutiennent les monétaristes. Le ministre soutient "
           .. "la réforme : « Elle est juste »."),
       { { "les monétaristes", "soutiennent" }, { "Le ministre", "soutient" } })
  H.eq("5.72z162 English: an object relative inside the subject before the cue opens the speaker",
       all("Georgian Dream won nearly 54% of the vote in an election that the opposition says was rigged. Officials "
           .. "at that agency said 12 people died.", "en"),
       { { "the opposition", "says" }, { "Officials at that agency", "said" } })
  H.eq("5.72z163 English: a is an article, no auxiliary; a verb closing its clause before a noun phrase set beside "
       .. "it",
       all("Services inflation held steady at 5%, compared with a forecast of 5.1%. Inflation rose to 2.6%, official "
           .. "figures show, the second monthly rise in a row.", "en"),
       { { "official figures", "show" } })
  H.eq("5.72z164 English: an estimate after a name that holds of or for is its verb",
       all("The International Organization for Migration estimates that at least 2,452 people died. Profits came in "
           .. "above Wall Street estimates that analysts had set.", "en"),
       { { "The International Organization for Migration", "estimates" } })
  H.eq("5.72z165 an imperfect in the clause before an apposition makes it no subject: the verb's inverted one",
       all("L'épicentre se situait à dix kilomètres de profondeur, près de la ville de Shigatse, a précisé l'Institut "
           .. "d'études géologiques des États-Unis."),
       { { "l'Institut d'études géologiques des États-Unis", "a précisé" } })
  H.eq("5.72z166 an institution is a body: what its head chairs is no source",
       all("D'après les calculs de l'institution présidée par Pierre Moscovici, la dette devrait dépasser 115 %."),
       { { "l'institution présidée par Pierre Moscovici", "D'après" } })
  H.eq("5.72z167 a count forecast by someone, a range after entre; a stressed pronoun between commas",
       all("La Fnaim anticipe entre 800 000 et 820 000 ventes en 2025. Le plan prévoit 800 000 logements. La CGT "
           .. "évoque entre 15 000 et 20 000 postes. Le gouvernement de François Bayrou table, lui, sur une dette de "
           .. "114,7 %."),
       { { "La Fnaim", "anticipe" }, { "La CGT", "évoque" }, { "Le gouvernement de François Bayrou", "table" } })
  H.eq("5.72z168 English: a participle after a noun of a figure reports nothing",
       all("Cases rose to 127,350, double the number reported the year before, the WHO said.", "en"),
       { { "the WHO", "said" } })
  H.eq("5.72z169 a firm's trade and a department after a document's de",
       all("Les ventes ont chuté de 24 %, d'après les chiffres du constructeur. Le Maroc importera 7,5 millions de "
           .. "tonnes, selon les estimations du département américain de l'Agriculture."),
       { { "constructeur", "d'après" }, { "département américain de l'Agriculture", "selon" } })
  H.eq("5.72z170 a bulletin is a document, its author the source; haut-commissaire is a title",
       all("Les passages ont augmenté de 36 %, selon le dernier bulletin de Santé publique France. « C'est grave », "
           .. "a déclaré le haut-commissaire Volker Türk."),
       { { "Santé publique France", "selon" }, { "Volker Türk", "a déclaré" } })
  H.eq("5.72z171 English: an organisation's kind before its name, past a nationality, its possessive ending kept",
       all("The Spanish weather agency AEMET said some areas received a year's rain. The rating agency Moody's said "
           .. "the outlook was negative.", "en"),
       { { "AEMET", "said" }, { "Moody's", "said" } })
  H.eq("5.72z172 English: words in brackets and inside names do not count in a subject's length; a forecast's "
       .. "infinitive with a particle",
       all("Core inflation eased to 1.8 per cent in December, data from the Monetary Authority of Singapore (MAS) and "
           .. "the Ministry of Trade and Industry (MTI) showed on Thursday. Economists polled by Bloomberg had "
           .. "expected core inflation to come in at 1.7 per cent.", "en"),
       { { "the Monetary Authority of Singapore (MAS) and the Ministry of Trade and Industry (MTI)", "showed" },
         { "Economists polled by Bloomberg", "had expected" } })
  H.eq("5.72z173 a day written as an ordinal after the verb is a time, not the speaker; a subject walked through a "
       .. "reflexive pronoun starts at the name after the last et",
       all("Le prix a été relevé, a annoncé le 1er octobre le ministre de l'Agriculture, Kobenan Kouassi Adjoumani. "
           .. "Les deux jeunes parents se retrouvent séparés de leur petite Harriet et Sarah Drew a insisté pour "
           .. "rester."),
       { { "Kobenan Kouassi Adjoumani", "a annoncé" }, { "Sarah Drew", "a insisté" } })
  H.eq("5.72z177 an organisation's name runs on through pour after its adjectives",
       all("Selon l'Organisation internationale pour les migrations, 800 000 personnes ont fui. Selon l'Agence "
           .. "internationale pour les énergies renouvelables, 300 projets ont été lancés."),
       { { "l'Organisation internationale pour les migrations", "Selon" },
         { "l'Agence internationale pour les énergies renouvelables", "Selon" } })
  H.eq("5.72z178 English: a place's initials before a title, their period aside",
       all("\"This is dangerous,\" B.C. Premier David Eby told reporters. U.S. President Joe Biden said it. U.S. "
           .. "officials said so.", "en"),
       { { "David Eby", "told" }, { "Joe Biden", "said" }, { "U.S. officials", "said" } })
  H.eq("5.72z179 a word in capitals ending the speaker is no auxiliary", all("Mistral AI a annoncé une levée."),
       { { "Mistral AI", "a annoncé" } })
  H.eq("5.72z180 ce dernier takes up the name before a verb written as a document's noun",
       all("Dirigée par Arthur Mensch, l'entreprise compte 60 salariés. « Non », a affirmé ce dernier."),
       { { "Arthur Mensch", "a affirmé" } })
  H.eq("5.72z181 selon after a verb of variation and its adverbs is no source",
       all("Les hausses varient fortement selon les cantons. Le chômage recule nettement selon l'Insee."),
       { { "l'Insee", "selon" } })
  H.eq("5.72z176 English: a lower-case word before a title, or after its of, is the title's: the name follows",
       all("CoreLogic research director Tim Lawless said prices rose. The company's chief investment officer Jane "
           .. "Doe said so. Its head of research John Smith told Reuters.", "en"),
       { { "Tim Lawless", "said" }, { "Jane Doe", "said" }, { "John Smith", "told" } })
  H.eq("5.72z175 a walk made longer than the limit by a name's words is cut at its last et before a noun phrase",
       all("Felix Baumgartner a d'ores et déjà repris l'entraînement et certains détracteurs dénoncent une course."),
       { { "certains détracteurs", "dénoncent" } })
  H.eq("5.72z174 English: a word of saying before a past of change is a noun, its subject",
       all("Jobless claims fell by 8,000 to 211,000, the Labor Department said. Hamas claims the attack killed 300.",
           "en"),
       { { "the Labor Department", "said" }, { "Hamas", "claims" } })
  H.eq("5.72z132 English: the same ('declares martial law', not 'declared that'); a subject of eight words before a "
       .. "verb that ends the sentence after a comma; none a relative opens",
       all("Yoon declares martial law. The president declared that martial law was needed. Job growth accelerated, "
           .. "the Labor Department's closely watched employment report showed on Friday.", "en"),
       { { "The president", "declared" }, { "the Labor Department's closely watched employment report", "showed" } })
  H.eq("5.72z85 a participle's subject when the text opens on its verb (no token before it)",
       all("est plongé dans le débat, plusieurs journalistes ont souhaité traiter d'autres sujets, affirmant avoir "
           .. "des reportages."), {})
  H.eq("5.72z80 an inverted pronoun in the text's first sentence, which its own pronoun opens (no token before it)",
       all("Il figure sur la liste du maire sortant, a-t-il annoncé."), { { "il", "a-t-il annoncé" } })
  H.eq("5.72z81 a relative aside after an object: a modal or a pronoun before it is a clause; a body speaks after it",
       all("Le premier ministre doit remettre jeudi sa démission à Emmanuel Macron, qui s'exprimera à 20 heures, a "
           .. "fait savoir l'Elysée. Les agriculteurs bloquaient le pont, qui relie la France à l'Allemagne, a indiqué "
           .. "la préfecture."),
       { { "l'Elysée", "a fait savoir" }, { "la préfecture", "a indiqué" } })
  H.eq("5.72z82 Pour and a quote that is a title, the subject of its verb: no one; a title in quotes after a noun",
       all("Pour sa première semaine, « Vaiana 2 » a attiré un million de spectateurs. Pour cet expert, « Tout est "
           .. "fini ». Le phénomène « Un p'tit truc en plus » poursuit sa route. Le rayon « Produits contaminés » "
           .. "proposera un classement. Ils arrivent ces jours « Certains sont mal nourris » s'inquiète une bénévole."),
       { { "cet expert", "Pour" }, { "une bénévole", "s'inquiète" } })
  H.eq("5.72z83 a body after the verb past a list of names; a named subject, any word in lower case after it",
       all("Y participent Nvidia, Samsung et Cisco, a précisé l'entreprise. La SNCB prévoit un train sur deux, "
           .. "a-t-elle indiqué."),
       { { "l'entreprise", "a précisé" }, { "La SNCB", "a-t-elle indiqué" } })
  H.eq("5.72z84 English: found, concluded stand without that after a comma; a comparison's subject is no speaker",
       all("Emissions rose, the report found. Police found the body. That was £2.8bn more than economists had "
           .. "forecast. Sales fell, the study concluded.", "en"),
       { { "the report", "found" }, { "the study", "concluded" } })
  H.eq("5.72z79 an inverted pronoun: a name after a determiner opening the sentence, its acronym in brackets",
       all("La Banque nationale suisse (BNS) a abaissé jeudi son taux de 50 points de base, a-t-elle annoncé."),
       { { "La Banque nationale suisse (BNS)", "a-t-elle annoncé" } })
  H.eq("5.72z78 a pronoun: not a name called at the opening of the quote its cue is in",
       all("Le capitaine confia le navire à Dick Sand. « Dick, lui dit-il, c'est toi que je charge de rester. »"),
       { { "Le capitaine", "dit" } })
  H.eq("5.72u3 English: a forecast's object, to and a verb of change, then the figure",
       all("Economists polled by Reuters had expected inflation to drop to 1.9% from 2.2%. They expected him to go "
           .. "to 10 Downing Street. Analysts expected the economy to grow by 2.5%.", "en"),
       { { "Economists polled by Reuters", "had expected" }, { "Analysts", "expected" } })
  H.eq("5.72u2 English: one of them", all("One of them said the case was weak.", "en"), { { "One of them", "said" } })
  H.eq("5.72o English: estimated, put at a figure by an agent",
       all("The damage was estimated at $15 million by insurers. The crowd was put at 5,000 by police. He was "
           .. "placed under arrest by police.", "en"),
       { { "insurers", "estimated" }, { "police", "put" } })
  H.eq("5.72e English: a document's verb ending its sentence after a comma reports what comes before",
       all("Prices rose 12% in October, data showed on Tuesday. Inflation slowed, official figures showed late "
           .. "last week. The photos show the house. More than 2.4 million migrants were encountered, a record, "
           .. "U.S. Customs and Border Protection data shows.", "en"),
       { { "data", "showed" }, { "official figures", "showed" }, { "U.S. Customs and Border Protection data", "shows" } })
  H.eq("5.72f English: added with an object adds things; a pronoun takes no tool; Chair, Speaker are titles",
       all("U.S. employers added 150,000 jobs, the Labor Department said. \"Yes,\" added Fed Chair Jerome Powell. "
           .. "Traders see a 20% chance, according to CME Group's FedWatch tool. Wages rose, he said.", "en"),
       { { "the Labor Department", "said" }, { "Jerome Powell", "added" }, { "CME Group's FedWatch tool", "according to" },
         { "Jerome Powell", "said" } })
  H.eq("5.72d English: said on Monday, adding",
       all("North Korea has sent about 10,000 troops to Russia, the Pentagon said on Monday, adding that some "
           .. "had moved.", "en"),
       { { "the Pentagon", "said" }, { "the Pentagon", "adding" } })
  H.eq("5.72b the subject before a negation when no verb the rules know opens the sentence",
       all("Interrogé sur la suite, Mickael ne se laisse pas démonter, annonçant qu'une stratégie était prête. "
           .. "Mais bon sang ne saurait mentir : émue, la ministre a assuré qu'elle restait, ajoutant : « Merci »."),
       { { "Mickael", "annonçant" }, { "la ministre", "a assuré" }, { "la ministre", "ajoutant" } })
end
for _, c in ipairs(SRC) do
  local got = extract.sources(c[2], { lang = c[5] })[1] or {}
  H.eq(c[1] .. " " .. c[2], { got.source, got.cue }, { c[3], c[4] })
end
-- a pronoun speaker takes the source of the last speaker that agrees with it (two sentences back
-- at most); the pronoun stays in speaker. Each case: name, text, { source, speaker } per record
local PRONOUNS = {
  { "5.12z il: the person named last as a subject, not as an object (the subject: le ministre)",
    "Hier soir Nicolas Demorand était débarqué. Ce matin, il a affirmé que non. Le ministre a rencontré Jean Dupont. "
      .. "Il a affirmé que oui.",
    { { "Nicolas Demorand", "il" }, { "Le ministre", "Il" } } },
  { "5.12y a demonstrative is the person named last; a plural one, the group that spoke",
    "Il a répondu au député Alain Suguenot. Ce dernier a affirmé que non. Marie Curie a croisé Pierre Curie. "
      .. "Celle-ci a affirmé que oui. Un rapport du CNRS arrive. Selon celui-ci, tout va. Les experts ont affirmé "
      .. "que non. Selon ces derniers, rien ne va.",
    { { "Il", "Il" }, { "Alain Suguenot", "Ce dernier" }, { "Marie Curie", "Celle-ci" }, { "celui-ci", "celui-ci" },
      { "Les experts", "Les experts" }, { "Les experts", "ces derniers" } } },
  { "5.12w a speaker with two titles joined by et is one person; two names joined are two",
    "« Non », lui a lancé la journaliste et humoriste. « On l'a entendu », a-t-elle poursuivi. Eric Ciotti et "
      .. "surtout Bernard Accoyer ont dit non. « Jamais », a-t-il ajouté.",
    { { "la journaliste et humoriste", "la journaliste et humoriste" }, { "la journaliste et humoriste", "elle" },
      { "Eric Ciotti et surtout Bernard Accoyer", "Eric Ciotti et surtout Bernard Accoyer" }, { "Eric Ciotti", "il" } } },
  { "5.12u Et de + an infinitive, its object, then a colon and a quote: the one who spoke last",
    "« Non », a commenté le capitaine. Et de rappeler des règles élémentaires à suivre : « Buvez. » Et de lancer un "
      .. "plan pour les personnes âgées.",
    { { "le capitaine", "le capitaine" }, { "le capitaine", "le capitaine" } } },
  { "5.12x no il for a document nor for on",
    "Selon son agenda, il était là. « Non », a-t-il poursuivi. On a affirmé que oui. Il a affirmé que non.",  -- (on: no record)
    { { "son agenda", "son agenda" }, { "il", "il" }, { "Il", "Il" } } },
  { "5.12 pronoun speakers resolved by number, gender and distance",
    "Marine Le Pen a dénoncé les postures. Le ministre a affirmé que tout va bien. "
      .. "« C'est fini », a-t-elle ajouté. « Non », a-t-il précisé. Les syndicats ont annoncé une grève. "
      .. "« Nous irons », ont-ils prévenu. Un. Deux. Trois. « Oui », a-t-elle dit.",
    { { "Marine Le Pen", "Marine Le Pen" }, { "Le ministre", "Le ministre" }, { "Marine Le Pen", "elle" },
      { "Le ministre", "il" }, { "Les syndicats", "Les syndicats" }, { "Les syndicats", "ils" }, { "elle", "elle" } } },
  { "5.12w a pronoun resolved is taken up by the next one of its person and gender, further than the name",
    "Richard Ferrand a-t-il songé à démissionner ? « Pas une seconde », a-t-il indiqué au micro de BFMTV. "
      .. "« On démissionne quand on est coupable », a-t-il ajouté. « Je ne suis coupable de rien », a-t-il conclu. "
      .. "Selon elle, non.",
    { { "Richard Ferrand", "il" }, { "Richard Ferrand", "il" }, { "Richard Ferrand", "il" }, { "elle", "elle" } } },
  { "5.12t Avant de + an infinitive of saying opening its sentence: the one who spoke last",
    "« Nous avons beaucoup travaillé », a déclaré Laurent Lopez dimanche soir. Avant d'ajouter : « Je suis "
      .. "très heureux. » « C'est trop tard », a-t-il admis, avant d'ajouter : « Je regrette ».",
    { { "Laurent Lopez", "Laurent Lopez" }, { "Laurent Lopez", "Laurent Lopez" }, { "Laurent Lopez", "il" },
      { "Laurent Lopez", "il" } } },
  { "5.12s after a quotation of several sentences, the speaker before it; not a name the quotation holds",
    "Agacé par les questions, le président s'est montré menaçant. « Méfiez-vous ! Le coup pourrait partir » "
      .. "aurait-il lancé. Fleur Pellerin veut renforcer la prévention « On a averti les internautes. Il ne faut "
      .. "pas » explique-t-elle. Le ministre est arrivé. « J'ai parlé à François Bayrou. Il ment. Il ment "
      .. "toujours », a-t-il dit.",
    { { "le président", "il" }, { "Fleur Pellerin", "elle" }, { "Le ministre", "il" } } },
  { "5.12r a name the words quoted hold is no antecedent (straight quotes too)",
    "Le candidat est arrivé. « Nous avons vu Romain Grosjean, il pilotait bien » a-t-il expliqué. Mais, très vite, "
      .. "Jean-François Copé a repris. \"On veut déporter le problème, a-t-il dit.",
    { { "Le candidat", "il" }, { "Jean-François Copé", "il" } } },
  { "5.12v a first name alone as the subject before the pronoun, not a feast",
    "Larry était présent dans les gradins, il raconte qu'il a eu peur. Ce manque de conviction, Sarah, mère de "
      .. "famille, se reconnaît dedans. Elle confirme que c'est vrai. Pour nous, Noël est un moment important, dit-il.",
    { { "Larry", "il" }, { "Sarah", "Elle" }, { "il", "il" } } },
  { "5.12u a name opening the sentence before, its first name telling no gender; not a place",
    "Mais Jackson Collins refuse, s'entête. « C'est juste du spam » lance-t-il. Arabie Saoudite et Qatar sont "
      .. "visés. « La religion doit accepter tout », lâche-t-il.",
    { { "Jackson Collins", "il" }, { "Jackson Collins", "il" } } },
  { "5.13 a first name tells a speaker's gender",
    "Comme l'a déclaré Maurice Godelier, tout va. Cela revient selon elle à confondre.",
    { { "Maurice Godelier", "Maurice Godelier" }, { "elle", "elle" } } },
  { "5.13b a title with no gender, then a first name that has one",
    "« Nous espérons un procès », a réagi Me Xavier Normand-Bodard. La villa fut achetée, selon elle, grâce à un héritage.",
    { { "Me Xavier Normand-Bodard", "Me Xavier Normand-Bodard" }, { "elle", "elle" } } },
  { "5.13c a possessive and a saying stand for a pronoun",
    "Le jeune homme a expliqué que tout allait bien. Selon ses dires, il récidive. "
      .. "Les syndicats ont annoncé une grève. D'après leurs propos, elle durera.",
    { { "Le jeune homme", "Le jeune homme" }, { "Le jeune homme", "ses dires" },
      { "Les syndicats", "Les syndicats" }, { "Les syndicats", "leurs propos" } } },
  { "5.14 a speaker in someone's own words (mon, ma, mes) is no antecedent",
    "« Mon père m'avait dit de reprendre l'entreprise. » Très ému, il raconte : « J'ai refusé. »",
    { { "Mon père", "Mon père" }, { "il", "il" } } },
  { "5.13d a noun after l' (typographic apostrophe too) tells its gender by its ending: il is not l'adjointe, elle not l'homme",
    "L’huissier a dit que non. L’adjointe a expliqué que oui. « Venez », a-t-il affirmé. L’homme a reconnu les faits. "
      .. "L'association a dénoncé une erreur. Elle a dit que non.",
    { { "L’huissier", "L’huissier" }, { "L’adjointe", "L’adjointe" }, { "L’huissier", "il" },
      { "L’homme", "L’homme" }, { "L'association", "L'association" }, { "L'association", "Elle" } } },
  { "5.15b English: a clause said has its own subject; no speaker runs back past said, nor past a name to a determiner",
    "The minister said officials had warned him. He told Reuters the army had denied it. Lloyd Austin, the U.S. "
      .. "defense secretary, said it was serious. A senior official said Washington believed the figure could rise.",
    { { "The minister", "The minister" }, { "officials", "officials" }, { "The minister", "He" },
      { "the army", "the army" }, { "Lloyd Austin", "Lloyd Austin" }, { "A senior official", "A senior official" } },
    "en" },
  { "5.15c English: a relative opening the speaker is the object's", "The government announced cuts, which critics "
      .. "say will push people into poverty.", { { "The government", "The government" }, { "critics", "critics" } },
    "en" },
  -- English: he and she take up no plural head ("Officials") nor a document ("a ... report")
  { "5.15 English he / she: no plural head, no document",
    "Officials, who asked not to be named, said the talks had stalled. \"We are not leaving,\" he said. "
      .. "According to a United Nations report released Tuesday, 2.4 million people fled. She told the AP it was "
      .. "false. The minister later wrote on X that it was false.",
    { { "Officials", "Officials" }, { "he", "he" }, { "a United Nations report released Tuesday",
      "a United Nations report released Tuesday" }, { "She", "She" }, { "The minister", "The minister" } }, "en" },
}
for _, c in ipairs(PRONOUNS) do
  local got = {}
  for _, r in ipairs(extract.sources(c[2], { lang = c[4] })) do got[#got + 1] = { r.source, r.speaker } end
  H.eq(c[1], got, c[3])
end
do   -- a relative after a comma speaks for its own clause, not for a figure before it
  local figs = extract.figures("The ruling party won 54% of the vote in the Oct. 26 election, which the opposition "
                               .. "says was rigged. Prices rose 2.3%, official data showed on Wednesday, driven by "
                               .. "energy bills.", { lang = "en" })
  H.eq("5.11c a relative after a comma is no source of the figure before it; data showed, then a participle",
       { figs[1].value or figs[1].low, figs[1].source, figs[2].low, figs[2].source },
       { 54, nil, 2.3, "official data" })
end
do   -- a participle of saying and its agent right after a figure attribute that figure only
  local figs = extract.figures("Selon la police, 3 000 manifestants étaient présents, contre 10 000 annoncés par les "
                               .. "organisateurs. La dette atteint 99,67 % du PIB, au-delà des 74,41 % annoncés par le "
                               .. "précédent gouvernement, a révélé la Cour des comptes. La réforme annoncée par le "
                               .. "gouvernement coûtera 2 milliards d'euros.")
  local got = {}
  for _, f in ipairs(figs) do got[#got + 1] = { f.low, f.unit or false, f.source or false } end
  H.eq("5.11c2 a figure, then annoncés par and its agent: that figure's source (its noun left out)", got,
       { { 3000, "manifestants", "la police" }, { 10000, "manifestants", "les organisateurs" },
         { 99.67, "%", "la Cour des comptes" }, { 74.41, "%", "le précédent gouvernement" },
         { 2000000000, "euros", false } })
end
do   -- a share of a group speaks as that share, and is no figure of its own words
  local poll = extract.figures("Selon ce sondage, 60 % des Français estiment que non.")
  local said = extract.sources("Selon ce sondage, 60 % des Français estiment que non.")
  H.eq("5.11b a figure is not linked to the speaker it is part of",
       { poll[1].source, said[2].source }, { "ce sondage", "60 % des Français" })
  -- (nor to a share's words at all: the 24% is the poll's, not the 41%'s)
  local up = extract.figures("A Gallup poll found that 41% of Americans believe it, up from 24% in 2022.", { lang = "en" })
  H.eq("5.11b2 a share of a group is no source of the other figures", { up[1].source, up[2].source },
       { "A Gallup poll", "A Gallup poll" })
  local en = extract.figures("About 60 percent of voters said no, and 2.5 million shells since January.", { lang = "en" })
  H.eq("5.11c English: the share's group, a noun run ends at a preposition",
       { en[1].source, en[2].unit }, { nil, "shells" })
end
do   -- a figure in a quotation of several sentences: its attribution after or before it
  local q = extract.figures("« Nous avons perdu 300 soldats. C'est grave », a déclaré le ministre. "
    .. "Le général a dit : « Il y a des blessés. Nous comptons 2 000 morts. »")
  H.eq("5.11d quotations of several sentences", { q[1].source, q[2].source }, { "le ministre", "Le général" })
end
do   -- a count's noun as a speaker is the figure itself beside another speaker of its sentence
  local toll = extract.figures("Le bilan provisoire fait état de 14 morts et de 250 blessés, a indiqué le "
    .. "ministère. Le dernier bilan fait état de 20 morts, selon la police. Le bilan fait état de 3 morts.")
  H.eq("5.11e a count's noun is no source beside another", { toll[1].source, toll[2].source, toll[3].source,
       toll[4].source }, { "le ministère", "le ministère", "la police", "Le bilan" })
end
do   -- a quotation inside one sentence takes no attribution of the next sentence
  local q = extract.figures("Il a reproché au gouvernement d'avoir accumulé « plus de 50 milliards de déficits » "
    .. "depuis 2020. Selon l'Institut du Québec, les mesures coûtent cher.")
  H.eq("5.11f no attribution across a sentence's end around a quotation", { #q, q[1].source }, { 1, nil })
end
do   -- an attribution holding a figure in its span is that figure's before another of the sentence
  local held = extract.figures("Son coût est estimé à 13,2 milliards d'euros par EDF, et à 23,7 milliards en "
    .. "incluant les frais, selon la Cour des comptes. Le préjudice est évalué à 4,5 millions d'euros par le "
    .. "Parlement, qui en a déjà récupéré 1,1 million.")
  H.eq("5.11g a passive's figure and another after it", { held[1].source, held[2].source, held[3].source,
       held[4].source }, { "EDF", "la Cour des comptes", "le Parlement", "le Parlement" })
end
do   -- a clause set against an attribution that closes its own with a comma is not that attribution's
  local set = extract.figures("Plus de 3 800 personnes ont été tuées, a indiqué le ministère, tandis que 82 soldats "
    .. "sont morts, selon l'armée. Plus de 3 800 personnes ont été tuées, a indiqué le ministère, qui a recensé 300 "
    .. "blessés. Selon le gouvernement, 2 000 agents partent, tandis que 1 500 restent. Le passeur a dit 50 "
    .. "personnes, mais nous étions 140.")
  local got = {}
  for _, f in ipairs(set) do got[#got + 1] = f.source or "nil" end
  H.eq("5.11i a contrast after an attribution closed by a comma; not a relative, an opening selon, mais", got,
       { "le ministère", "l'armée", "le ministère", "le ministère", "le gouvernement", "le gouvernement",
         "Le passeur", "Le passeur" })
end
do   -- a clause joined by et / and after an attribution that closes its own, another attribution after it; an agent
  local set = extract.figures("The virus has infected 440 herds, according to USDA data, and 36 people have tested "
    .. "positive, the CDC said.", { lang = "en" })
  local fr = extract.figures("Il y a eu 3 000 morts, selon l'ONU, et 200 blessés. Au moins 70 personnes ont été tuées "
    .. "dans une attaque revendiquée par le JNIM, selon des sources sécuritaires. Quelque 3 000 personnes ont été "
    .. "recensées par la police. Le patrimoine, chiffré par le journal l'Agefi à un million d'euros, a été saisi "
    .. "selon la police.")
  local got = {}
  for _, f in ipairs(set) do got[#got + 1] = f.source or "nil" end
  for _, f in ipairs(fr) do got[#got + 1] = f.source or "nil" end
  H.eq("5.11j et / and after a closing attribution, another after the figure; an agent not bound, after another",
       got, { "USDA data", "the CDC", "l'ONU", "l'ONU", "des sources sécuritaires", "la police", "le journal l'Agefi" })
end
local linked = extract.figures("Selon le NIS, 3 000 soldats sont partis. Puis 200 autres.")
H.eq("5.11 a figure is linked to its sentence's source", { linked[1].source, linked[2].source }, { "NIS", nil })
linked = extract.figures("Quelque 4 500 manifestants selon la police, 12 000 selon les syndicats.")
H.eq("5.12 each figure gets the nearest source of its sentence", { linked[1].source, linked[2].source },
     { "la police", "les syndicats" })
linked = extract.figures("Il y avait 300 000 personnes, mais les syndicats ont dit 800 000. La police en a compté "
  .. "40 000, tandis que 90 000 ont défilé selon la CGT.")
H.eq("5.12b an attribution after a contrast speaks for its own clause, not a figure before it",
     { linked[1].source, linked[2].source, linked[3].source, linked[4].source },
     { nil, "les syndicats", "La police", "la CGT" })
linked = extract.figures("Chevron agreed to buy Hess for $53 billion, weeks after rival Exxon Mobil announced a $59.5 "
  .. "billion takeover. Sales rose 5%, a week after the rival said profit fell 10%.", { lang = "en" })
H.eq("5.12c an attribution in a clause of a time after a comma speaks for its own clause",
     { #linked, linked[1].source, linked[2].source, linked[3].source, linked[4].source },
     { 4, nil, "rival Exxon Mobil", nil, "the rival" })
linked = extract.figures("Le nombre de régions passerait de 22 à 13, quand François Hollande en prévoyait 14.")
H.eq("5.12c2 an attribution in a when-clause after a comma speaks for its own clause",
     { #linked, linked[1].source, linked[2].source, linked[3].source }, { 3, nil, nil, "François Hollande" })
linked = extract.figures("More than 400 people have been detained since Thursday, when the government said it would "
  .. "suspend talks, according to the interior ministry.", { lang = "en" })
H.eq("5.12c3 English: the same, the figure before it the next attribution's", { #linked, linked[1].source },
     { 1, "the interior ministry" })
linked = extract.figures("Près de 200 pays doivent s'accorder sur un objectif, que les pays en développement "
  .. "chiffrent à au moins 1 000 milliards de dollars.")
H.eq("5.12d an attribution in a relative clause after a comma speaks for its own clause",
     { #linked, linked[1].source, linked[2].source }, { 2, nil, "les pays en développement" })
linked = extract.figures("The Reserve Bank held the cash rate at 4.35 per cent, and Governor Michele Bullock said "
  .. "the board had not ruled out another increase. About 40 people were killed, and 36 others were injured, the "
  .. "ministry said.", { lang = "en" })
H.eq("5.12e English: a speaker then its cue after a comma and and: not the figure's before them",
     { #linked, linked[1].source, linked[2].source, linked[3].source }, { 3, nil, "the ministry", "the ministry" })
linked = extract.figures("La banque a maintenu son taux à 4,35 %, et le gouverneur Michel Dupont a déclaré que rien "
  .. "n'était exclu.")
H.eq("5.12f the same after et", { #linked, linked[1].source }, { 1, nil })
local DATES = {
  { "6.1", "Le 27/01/2025 et le 21.8.2025.", { { "2025-01-27", "2025-01-27" }, { "2025-08-21", "2025-08-21" } } },
  { "6.2", "Du 3 au 5 mars 2025.", { { "2025-03-03/2025-03-05", "2025-03-03/2025-03-05" } } },
  { "6.3", "Hier et le mois dernier.", { { nil, "2025-01-26" }, { nil, "2024-12" } } },
  -- "que prévu" compares, schedules nothing: the clause stays in the past; "à paraître" is to come
  { "6.3b", "La croissance a été plus forte que prévu au troisième trimestre, a indiqué l'Insee vendredi. "
      .. "Le livre à paraître mercredi n'épargne personne.",
    { { "--07/--09", "2024-07-01/2024-09-30" }, { nil, "2025-01-24" }, { nil, "2025-01-29" } } },
  -- a verb of intent and an infinitive speak of what is to come (not its participle, not veut dire);
  -- so does a deadline no past decides (jusqu'au, until); the article a is no French verb a
  { "6.3d", "Le ministre espère réunir les syndicats lundi. Il a souhaité mettre au clair sa situation mardi. "
      .. "Ça veut dire que le 7 juin c'est fini. Le trafic reste interrompu jusqu'au 3 février. Invité jeudi, il "
      .. "sera candidat.",
    { { nil, "2025-01-27" }, { nil, "2025-01-21" }, { "--06-07", "2024-06-07" }, { "--02-03", "2025-02-03" },
      { nil, "2025-01-23" } } },
  { "6.3e", "The company will hold a meeting on Thursday. Schumer said he hoped to hold a vote by Friday. The "
      .. "plan extends funding until Jan. 19. It had been closed until Jan. 3.",
    { { nil, "2025-01-30" }, { nil, "2025-01-31" }, { "--01-19", "2026-01-19" }, { "--01-03", "2025-01-03" } },
    "en" },
  -- an English present that starts or ends a thing sets a time to come; a participle after be in the
  -- present or bare is a passive that tells no past (but after was, a past)
  { "6.3f", "Current funding expires at midnight Friday. The deal must be signed by Friday. The trial begins on "
      .. "Monday. The law was passed on Friday.",
    { { nil, "2025-01-31" }, { nil, "2025-01-31" }, { nil, "2025-01-27" }, { nil, "2025-01-24" } }, "en" },
  { "6.3c", "The economy grew in the third quarter, faster than expected, the ONS said on Friday.",
    { { "--07/--09", "2024-07-01/2024-09-30" }, { nil, "2025-01-24" } }, "en" },
  { "6.4", "Début novembre, puis mi-2024.", { { "--11", "2024-11-01/2024-11-10" }, { "2024", "2024-05-01/2024-08-31" } } },
  { "6.5", "Cette année, en janvier.", { { nil, "2025" }, { "--01", "2025-01" } } },
  { "6.6", "Il a annoncé lundi, puis samedi.", { { nil, "2025-01-27" }, { nil, "2025-01-25" } } },
  { "6.7", "Des points d'étape en juillet et septembre ; des élections d'ici avril ou mai ; les 22 et 29 mars.",
    { { "--07", "2024-07" }, { "--09", "2024-09" }, { "--04", "2025-04" }, { "--05", "2025-05" },
      { "--03-22", "2024-03-22" }, { "--03-29", "2024-03-29" } } },
  { "6.56", "Prices rose in May, June and July. A cut came in August or September.",
    { { "--05", "2024-05" }, { "--06", "2024-06" }, { "--07", "2024-07" }, { "--08", "2024-08" },
      { "--09", "2024-09" } }, "en" },
  { "6.57 d'ici, au or le: a deadline ahead", "Il reste trois réunions d'ici au 15 décembre, et une d'ici le 2 mars.",
    { { "--12-15", "2025-12-15" }, { "--03-02", "2025-03-02" } } },
  { "6.58", "Profits could fall in the fourth quarter. He could not attend in the third quarter. Prices may rise "
    .. "in the second quarter.", { { "--10/--12", "2025-10-01/2025-12-31" }, { "--07/--09", "2024-07-01/2024-09-30" },
    { "--04/--06", "2025-04-01/2025-06-30" } }, "en" },
  { "6.59", "La SNCF prévoit deux TER sur cinq jeudi.", { { nil, "2025-01-30" } } },
  { "6.59b", "The company expects revenue of $32.5 billion in October.", { { "--10", "2025-10" } }, "en" },
  { "6.59c", "Prochain match mercredi face à Gérone.", { { nil, "2025-01-29" } } },
  { "6.59g earlier or later this week, month, year: from its start to publication, or from publication to "
    .. "its end", "Rates were cut earlier this month and earlier this year; a vote comes later this week.",
    { { nil, "2025-01-01/2025-01-27" }, { nil, "2025-01-01/2025-01-27" }, { nil, "2025-01-27/2025-02-02" } }, "en" },
  { "6.59h", "Il a démissionné plus tôt cette semaine ; le vote aura lieu plus tard cette année.",
    { { nil, "2025-01-27/2025-01-27" }, { nil, "2025-01-27/2025-12-31" } } },
  { "6.59j a day and its month in one sentence: not a time zone's hour before a blank line and a dateline",
    "Published 3:04 AM GMT+2\n\nOct 11 (Reuters) - Boeing will cut jobs.", { { "--10-11", "2024-10-11" } }, "en" },
  { "6.59k the same in French", "Le 2\n\nmars, il part.", {} },
  { "6.59l a year told from the year written last in the sentence or the one before (else the publication's; none "
    .. "for the year after with no year written before: never the one after the publication)",
    "Il a livré 766 avions en 2022, contre 735 l'année précédente. Il avait été élu en 2012 et réélu l'année "
    .. "suivante. Il est parti en mai de l'année suivante. La croissance est faible. Elle était forte l'année "
    .. "précédente. In 2019, sales rose, and the following year they fell.",
    { { "2022", "2022" }, { nil, "2021" }, { "2012", "2012" }, { nil, "2013" }, { "--05", "2013-05" },
      { nil, "2024" }, { "2019", "2019" }, { nil, "2020" } } },
  { "6.59n a month told from the one written last; since the start of a period: to the publication",
    "Les prix montent de 1,3 % en novembre, après 0,3 % le mois précédent. Il arrive en janvier 2020 et repart le "
    .. "mois suivant. Depuis le début de l'année, 18 morts. Au début de l'année, il pleuvait.",
    { { "--11", "2024-11" }, { nil, "2024-10" }, { "2020-01", "2020-01" }, { nil, "2020-02" },
      { nil, "2025-01-01/2025-01-27" }, { nil, "2025-01-01/2025-03-31" } } },
  { "6.59p a capitalised day word after a capitalised word ends a name",
    "Le groupe Saint-Nazaire Demain réclame un plan. Il viendra Demain.", { { nil, "2025-01-28" } } },
  { "6.59q à partir de, dès, jusqu'à a weekday: counted from the day before it in the sentence",
    "Météo-France a placé samedi 16 départements en vigilance, à partir de mardi midi. Lancé lundi, il s'est "
    .. "poursuivi jusqu'à mercredi. Le transport (où se trouve la ministre jeudi) fut interrompu dès mardi.",
    { { nil, "2025-01-25" }, { nil, "2025-01-28" }, { nil, "2025-01-27" }, { nil, "2025-01-22" },
      { nil, "2025-01-23" }, { nil, "2025-01-21" } } },
  { "6.59r English: expected to and a verb; a company's quarter ended with a month",
    "The storm was expected to reach the coast on Thursday. Revenue for the first quarter ended Aug. 31 fell. "
    .. "Profit for the quarter ended Sept. 30, 2024 rose.",
    { { nil, "2025-01-30" }, { "--06/--08", "2024-06-01/2024-08-31" }, { "2024-07/2024-09", "2024-07-01/2024-09-30" } },
    "en" },
  { "6.59s the first or last months of a year, counted, the year written; of 'the year' not over at publication "
    .. "in a past clause, last year's (this year's in a clause to come)",
    "Les ventes des six premiers mois de l'année et des neuf premiers mois de 2024 ont baissé, comme les trois "
    .. "derniers mois de 2023. Les six premiers mois de sa vie furent durs. Elles progresseront sur les six "
    .. "premiers mois de l'année.",
    { { "--01/--06", "2024-01-01/2024-06-30" }, { "2024-01/2024-09", "2024-01-01/2024-09-30" },
      { "2023-10/2023-12", "2023-10-01/2023-12-31" }, { "--01/--06", "2025-01-01/2025-06-30" } } },
  { "6.59u a weekday after dès, à partir de, from, in a clause no past tense decides, is to come",
    "Son entraîneur l'attend dès mercredi. La grève commence à partir de lundi. Il a repris dès jeudi. Le président "
    .. "est revenu sur le déploiement, dès samedi, des soldats.",
    { { nil, "2025-01-29" }, { nil, "2025-01-27" }, { nil, "2025-01-23" }, { nil, "2025-01-25" } } },
  { "6.59x an end counted from a day before it, in a clause to come, may pass the publication",
    "Le salon ouvrira le 3 février et se tiendra jusqu'à jeudi.", { { "--02-03", "2025-02-03" }, { nil, "2025-02-06" } } },
  { "6.59y a weekday a forecast in the present speaks of, far back past a list (not a quarter's); the day a "
    .. "thing is for after pour, whatever the tense (not a title's word in capitals)",
    "La direction prévoit en moyenne un TGV sur deux et trois TER sur cinq jeudi. Les conducteurs se sont déclarés "
    .. "grévistes pour la journée de mercredi. Il a convoqué le bureau pour samedi. Un sondage Ifop pour Dimanche "
    .. "Ouest France le montre. The company expects a pre-tax loss of about $5 billion in the fourth quarter.",
    { { nil, "2025-01-30" }, { nil, "2025-01-29" }, { nil, "2025-02-01" }, { nil, "2025-01-26" },
      { "--10/--12", "2024-10-01/2024-12-31" } } },
  { "6.59z a fixture's verb in the present, a name after it: the match to come (not another verb's object)",
    "Monaco, qui affronte Nice dimanche, est deuxième. Le PSG reçoit Rennes mercredi. La ministre rencontre lundi les "
    .. "agriculteurs.", { { nil, "2025-02-02" }, { nil, "2025-01-29" }, { nil, "2025-01-27" } } },
  { "6.59z1 a season after au, à l', pendant l', depuis le: the next one in a clause to come, the last begun in a "
    .. "past, a year borrowed from a season joined to it; not en été, a name, an adjective's, a span of seasons",
    "Les travaux commenceront au printemps. Les travaux ont commencé à l'automne. La primaire aura lieu au printemps "
    .. "ou à l'automne 2016. En été, les prix montent. Depuis le printemps arabe, tout a changé. Les feuilles tombent "
    .. "du printemps à l'automne.",
    { { nil, "2025-03-20/2025-06-20" }, { nil, "2024-09-23/2024-12-20" }, { nil, "2016-03-20/2016-06-20" },
      { "2016", "2016-09-23/2016-12-20" } } },
  { "6.59z2 a condition in the present passive or with a lieu: the day to come (not être and a verb of motion's "
    .. "participle, a past)",
    "Si la motion est adoptée mercredi, ce serait une première. S'il est parti lundi, personne ne l'a vu. Si le "
    .. "match a lieu samedi, il sera diffusé.",
    { { nil, "2025-01-29" }, { nil, "2025-01-27" }, { nil, "2025-02-01" } } },
  { "6.59z3 à partir du and a day, entrer en application: to come in a clause with no past",
    "La réforme impose l'inscription à partir du 1er mars. Le texte entre en application le 15 février. À partir du "
    .. "13 janvier, les grèves ont gagné le pays.",
    { { "--03-01", "2025-03-01" }, { "--02-15", "2025-02-15" }, { "--01-13", "2025-01-13" } } },
  { "6.59z4 a start (dès, à partir de, from) after a decision in the past is to come; after another past, gone",
    "Le gouvernement a annoncé une hausse à partir de mercredi. La grève a duré à partir de mercredi.",
    { { nil, "2025-01-29" }, { nil, "2025-01-22" } } },
  { "6.59z5 the same in English", "Sánchez declared three days of national mourning from Thursday.",
    { { nil, "2025-01-30" } }, "en" },
  { "6.59z6 English: a bare infinitive written as a past (to cut, will put) is no past", "Economists expect the "
    .. "Fed to cut rates in March. Analysts said prices cut in December hurt.",
    { { "--03", "2025-03" }, { "--12", "2024-12" } }, "en" },
  { "6.59z7 a day and month alone told before the same written with its year: that year (not with a weekday)",
    "Marine Le Pen fixée le 31 mars. Le tribunal rendra sa décision le 31 mars 2026. Il parlera lundi 31 mars.",
    { { "--03-31", "2026-03-31" }, { "2026-03-31", "2026-03-31" }, { "--03-31", "2025-03-31" } } },
  { "6.59z8 a day or a month since which a thing is: the last one on or before publication",
    "Il pleut moins depuis septembre. Le magasin est fermé depuis le 2 septembre. Il est ouvert depuis janvier.",
    { { "--09", "2024-09" }, { "--09-02", "2024-09-02" }, { "--01", "2025-01" } } },
  { "6.59z9 a date a thing was moved to or kept until, whatever the tense: the next one (not a mere past)",
    "Le préfet a prolongé jusqu'au 31 mai l'interdiction. L'audience a été renvoyée au 20 janvier. Le vote a été "
    .. "reporté à mars. Il est parti le 20 janvier.",
    { { "--05-31", "2025-05-31" }, { "--01-20", "2026-01-20" }, { "--03", "2025-03" }, { "--01-20", "2025-01-20" } } },
  { "6.59z10 the same in English", "The vote was postponed to Jan. 20. The vote was held on Jan. 20.",
    { { "--01-20", "2026-01-20" }, { "--01-20", "2025-01-20" } }, "en" },
  { "6.59z11 the day a decision names right after its verb is to come (not the day it was decided on)",
    "Le gouverneur a décrété jeudi jour de deuil. Il a décrété jeudi l'état d'urgence.",
    { { nil, "2025-01-30" }, { nil, "2025-01-23" } } },
  { "6.59z12 the same in English", "The governor declared Thursday a day of mourning.", { { nil, "2025-01-30" } }, "en" },
  { "6.59z13 two weekdays between: the next ones in a clause to come, the last ones in the past",
    "Le pic est attendu entre mercredi et vendredi. Il a plu entre mercredi et vendredi.",
    { { nil, "2025-01-29/2025-01-31" }, { nil, "2025-01-22/2025-01-24" } } },
  { "6.59z14 a future in -tra ('paraîtra') makes the weekday the next one; of this year, this year's",
    "L'arrêté paraîtra jeudi au Journal officiel, a annoncé le ministre.", { { nil, "2025-01-30" } } },
  { "6.59z15 the same in English", "Sales rose in the first eleven months of this year.",
    { { "--01/--11", "2025-01-01/2025-11-30" } }, "en" },
  { "6.59z16 English: a modal further back than the reach, no tense between (an adjective in -ed is none)",
    "A further 40mm of rain could fall on already saturated ground in parts of Wales and the north of England "
    .. "before Tuesday. The flooded roads reopened on Tuesday.", { { nil, "2025-01-28" }, { nil, "2025-01-21" } }, "en" },
  { "6.59z17 a future in -vra ('recevra') makes the day of a month to come the next one",
    "Le PSG recevra Manchester City le 22 janvier.", { { "--01-22", "2026-01-22" } } },
  { "6.59z18 a weekday told again with no tense of its own is the same day as the last one told",
    "Le trafic restera perturbé jusqu'à mardi. Mardi, des chutes de neige sont possibles.",
    { { nil, "2025-01-28" }, { nil, "2025-01-28" } } },
  { "6.59z19 a month to come may be the month under way; 'last' before a year is the year's, no weekday's",
    "Sales in January and February would grow 2.5%. Traffic fell 3% from Black Friday last year.",
    { { "--01", "2025-01" }, { "--02", "2025-02" }, { nil, "2025-01-24" }, { nil, "2024" } }, "en" },
  { "6.59z20 a conditional of reported speech before a weekday or a day: a future seen from the past; not one "
    .. "after it, nor its auxiliaries, nor one dating a thing back, nor an imperfect",
    "Il a annoncé qu'il réunirait mercredi une cellule de crise. Il se rendrait le 3 février à Kiev. Il aurait "
    .. "rencontré mardi son complice. Les faits remonteraient au 14 janvier. Il espérait jeudi un accord. Les "
    .. "attentats du 20 janvier seraient l'oeuvre d'un groupe et inquiéteraient Paris.",
    { { nil, "2025-01-29" }, { "--02-03", "2025-02-03" }, { nil, "2025-01-21" }, { "--01-14", "2025-01-14" },
      { nil, "2025-01-23" }, { "--01-20", "2025-01-20" } } },
  { "6.59z21 an adjective of what takes effect right before its date: to come; not after depuis",
    "La filialisation, effective au 1er février, inquiète. La réforme, applicable dès le 1er mars, aussi. La loi "
    .. "est effective depuis le 1er mars.",
    { { "--02-01", "2025-02-01" }, { "--03-01", "2025-03-01" }, { "--03-01", "2024-03-01" } } },
  { "6.59z22 English: the day before yesterday is one date; the start of the year, late or early last or next year",
    "He was arrested the day before yesterday. Since the start of the year, 300 died. Late last year, prices fell. "
    .. "Early next year, they will rise.",
    { { nil, "2025-01-25" }, { nil, "2025-01-01/2025-01-27" }, { nil, "2024-10-01/2024-12-31" },
      { nil, "2026-01-01/2026-03-31" } }, "en" },
  { "6.59z23 a scheduled participle after a figure set against another tells when it was forecast, no future",
    "Le déficit est révisé à 11 milliards, contre 11,2 milliards prévus en octobre. Les 3 000 soldats attendus en "
    .. "octobre arriveront.",
    { { "--10", "2024-10" }, { "--10", "2025-10" } } },
  { "6.59z24 what a thing leads to or is made for, before a date in its clause: the date to come, a past verb and "
    .. "an adjective in -ées aside; a judgment reserved to a day; not a weekday",
    "Le chancelier a perdu le vote, ouvrant la voie à des élections anticipées le 23 juin. Le jugement a été mis "
    .. "en délibéré au 4 juin. Ils se sont réunis en vue du sommet du 12 mars. Il a été arrêté le 3 mars. Ils "
    .. "se sont vus lundi en vue du vote de mardi.",
    { { "--06-23", "2025-06-23" }, { "--06-04", "2025-06-04" }, { "--03-12", "2025-03-12" }, { "--03-03", "2024-03-03" },
      { nil, "2025-01-27" }, { nil, "2025-01-21" } } },
  { "6.59z25 English: ahead of and paving the way for, before a date: to come",
    "Lawmakers met on Tuesday ahead of the June 23 election. The vote paved the way for talks on March 3.",
    { { nil, "2025-01-21" }, { "--06-23", "2025-06-23" }, { "--03-03", "2025-03-03" } }, "en" },
  { "6.59z26 a part of a month after d'ici, à and an article between too: the next one",
    "Le pays attend les doses d'ici à la fin novembre. Les stocks arrivent d'ici début décembre. Il a fait beau "
    .. "fin novembre.",
    { { "--11", "2025-11-21/2025-11-30" }, { "--12", "2025-12-01/2025-12-10" }, { "--11", "2024-11-21/2024-11-30" } } },
  { "6.59z27 a span from one day to another in a sentence with no past but a decision's: to come; not after a "
    .. "participle, nor with a past",
    "Le gouvernement a annoncé lundi une suspension de la taxe du 14 mars au 15 mai. Un sondage mené du 15 "
    .. "au 17 décembre. Le festival s'est tenu du 3 au 5 décembre.",
    { { nil, "2025-01-27" }, { "--03-14/--05-15", "2025-03-14/2025-05-15" }, { "--12-15/--12-17", "2024-12-15/2024-12-17" },
      { "--12-03/--12-05", "2024-12-03/2024-12-05" } } },
  { "6.59z28 English: a month after through, the end of a period counted back",
    "Prices rose 2.7% in the 12 months through November.", { { "--11", "2024-11" } }, "en" },
  { "6.59z29 an offset after its count (plus tôt, plus tard, auparavant) from the date written in its sentence or the "
      .. "one before, at the unit's precision; the date written right after it says which; not a comparison, nor from a "
      .. "date resolved from the publication",
    "Le déficit atteint 81 milliards fin octobre 2024, contre 99,6 milliards un an plus tôt. Il a été arrêté le 3 "
      .. "décembre 2024. Il avait été vu trois jours plus tôt. Un mois plus tard, soit le 30 mars 2018, il partait. Il "
      .. "est arrivé trois jours plus tôt que prévu. Il est revenu lundi. Deux jours plus tôt, il avait fui.",
    { { "2024-10", "2024-10-21/2024-10-31" }, { nil, "2023-10" }, { "2024-12-03", "2024-12-03" }, { nil, "2024-11-30" },
      { nil, "2018-03-30" }, { "2018-03-30", "2018-03-30" }, { nil, "2025-01-27" }, { nil, nil } } },
  { "6.59z30 English: a year earlier, two years later",
    "Sales rose 5% in October 2024 from a year earlier. In March 2023 he left. Two years later, he came back.",
    { { "2024-10", "2024-10" }, { nil, "2023-10" }, { "2023-03", "2023-03" }, { nil, "2025-03" } }, "en" },
  { "6.59z31 a year told from the one written before, not from one set against it (qu'en, contre, depuis); a "
      .. "sentence of such dates only passed over",
    "Il y a eu 663 000 naissances en 2024, soit 2 % de moins qu'en 2023. C'est le plus bas depuis 1946. La "
      .. "fécondité est de 1,62, contre 1,66 l'année précédente.",
    { { "2024", "2024" }, { "2023", "2023" }, { "1946", "1946" }, { nil, "2023" } } },
  { "6.59z32 an offset from an interval written: both its ends",
    "De novembre 2023 à octobre 2024, 259 200 logements ont été lancés, 15 % de moins qu'un an auparavant.",
    { { "2023-11/2024-10", "2023-11/2024-10" }, { nil, "2022-11/2023-10" } } },
  { "6.59z33 a passive in the conditional looks ahead; être's conditional before a verb of motion, avoir's, a past",
    "Les travaux seraient suspendus jusqu'au 24 mars. Il serait arrivé le 20 mars. Il aurait été arrêté le 21 mars.",
    { { "--03-24", "2025-03-24" }, { "--03-20", "2024-03-20" }, { "--03-21", "2024-03-21" } } },
  { "6.59z34 an offset told from the date written last passes over one set against the story's",
    "Les faillites ont atteint 11 227 en 2024. C'est le plus haut depuis 2013. Il y a eu 27 869 emplois perdus, "
    .. "contre 24 167 un an plus tôt.",
    { { "2024", "2024" }, { "2013", "2013" }, { nil, "2023" } } },
  { "6.59z35 que and depuis set a date against another only after a comparative or a superlative",
    "En 2024, le chômage est plus bas qu'en 2019, un an plus tôt. Sans oublier qu'en 2006, le journal avait été "
    .. "condamné pour une interview de X, décédé 3 ans plus tôt.",
    { { "2024", "2024" }, { "2019", "2019" }, { nil, "2023" }, { "2006", "2006" }, { nil, "2003" } } },
  { "6.59z36 English: a month after a period and to ends it; an offset from a quarter written with no year",
    "Inflation rose to 2.6% in the 12 months to November. He went to May's office.",
    { { "--11", "2024-11" } }, "en" },
  { "6.59z37 an offset from a quarter written with no year shifts both ends as resolved",
    "Le groupe a dégagé 139 millions au deuxième trimestre, contre 762 millions un an plus tôt.",
    { { "--04/--06", "2024-04-01/2024-06-30" }, { nil, "2023-04/2023-06" } } },
  { "6.59z38 English: would after the date is the reported clause's, the date the saying's",
    "Kelly Ortberg told employees in a memo Friday that the company would delay the jet. Joe Biden said he would "
    .. "travel there on Wednesday.", { { nil, "2025-01-24" }, { nil, "2025-01-29" } }, "en" },
  { "6.59z39 two months joined by a dash, in one word or not, a year after them or none",
    "La saison juin-septembre a été sèche. Le numéro d'avril-mai 2017 est paru. Sur la période avril – juin 2024, "
    .. "les ventes baissent.", { { "--06/--09", "2024-06/2024-09" }, { "2017-04/2017-05", "2017-04/2017-05" },
                                 { "2024-04/2024-06", "2024-04/2024-06" } } },
  { "6.59z40 English: the June-September monsoon", "Rain fell during the June-September monsoon.",
    { { "--06/--09", "2024-06/2024-09" } }, "en" },
  { "6.59z41 months from one to another in a clause of the future: the next ones",
    "Un film va sortir en septembre-octobre. De mars à avril, nous dirons où nous allons.",
    { { "--09/--10", "2025-09/2025-10" }, { "--03/--04", "2025-03/2025-04" } } },
  { "6.59z42 English: a day, its month, a comma and a year", "It was published on 15 Aug, 2024. On 15 Aug, prices rose.",
    { { "2024-08-15", "2024-08-15" }, { "--08-15", "2024-08-15" } }, "en" },
  { "6.59z43 a year after par rapport à, compared with is set against the story's: no anchor of an offset",
    "Le trafic a crû de 7 % l'an dernier par rapport à 2022. La ponctualité a reculé à 88 %, contre 89 % un an plus tôt.",
    { { nil, "2024" }, { "2022", "2022" }, { nil, nil } } },
  { "6.59w a hedge between il y a, dans and the count", "Les hostilités ont commencé il y a près d'un an. Il est "
    .. "parti il y a environ deux semaines.", { { nil, "2024" }, { nil, "2025-01-13/2025-01-19" } } },
  { "6.59v a headline's weekday, the same written later with its day of the month: that day",
    "Grève : un TGV sur deux jeudi\n\nLa SNCF prévoit en moyenne un TGV sur deux et deux TER sur cinq jeudi 30 janvier.",
    { { nil, "2025-01-30" }, { "--01-30", "2025-01-30" } } },
  { "6.59t English: counted months; must and a verb is to come",
    "Sales in the first nine months of 2024 fell. Countries must submit plans by February.",
    { { "2024-01/2024-09", "2024-01-01/2024-09-30" }, { "--02", "2025-02" } }, "en" },
  { "6.59o a condition in the imperfect is what would come; puis in a list of names ends no clause",
    "Si des élections avaient lieu dimanche, le RN gagnerait. Il pleuvait dimanche. Le feu s'était déclenché mardi. "
    .. "Si elle était morte mardi, rien ne changeait. Le club devra battre Salzbourg puis Manchester City en mars.",
    { { nil, "2025-02-02" }, { nil, "2025-01-26" }, { nil, "2025-01-21" }, { nil, "2025-01-21" }, { "--03", "2025-03" } } },
  { "6.59m the same, no year written before", "L'année suivante, il part. En mars de l'année suivante, il vient.",
    { { "--03", "2024-03" } } },
  { "6.59i a weekday in a line with no verb takes the day the text says next with a tense (past when it does)",
    "Grève : un TGV sur deux jeudi\n\nLe trafic sera perturbé jeudi.\n\nIncendie à Lyon mardi\n\nUn incendie a "
    .. "ravagé mardi un immeuble.",
    { { nil, "2025-01-30" }, { nil, "2025-01-30" }, { nil, "2025-01-21" }, { nil, "2025-01-21" } } },
  { "6.59d a present after se or a subject pronoun, a weekday after it: the next one",
    "Le festival se tient samedi et dimanche à Longchamp.", { { nil, "2025-02-01" }, { nil, "2025-02-02" } } },
  { "6.59e", "La commission, qui publie jeudi son rapport, a été créée en 2020.",
    { { nil, "2025-01-30" }, { "2020", "2020" } } },
  { "6.59f but a verb of saying tells the day's news, an imperfect the past", "Il estime mercredi que "
    .. "la réforme est urgente. Ils se réunissaient samedi dans un café.",
    { { nil, "2025-01-22" }, { nil, "2025-01-25" } } },
  { "6.8", "Il a été élu en 2014 et 2015, puis dans les années 2000 records.", { { "2014", "2014" }, { "2015", "2015" } } },
  -- what is scheduled is to come: doit (se) + infinitive, doit être + participle, prévu / attendu
  -- (not after a past auxiliary: était prévu)
  { "6.9", "Le sommet doit se tenir en juin. Il doit être jugé le 12 mars. Le vote est prévu en juillet ; "
    .. "il était prévu en août.", { { "--06", "2025-06" }, { "--03-12", "2025-03-12" }, { "--07", "2025-07" },
                                   { "--08", "2024-08" } } },
  -- a law that comes into force, in the present: the next (not "est entrée en vigueur")
  { "6.11", "La loi entre en vigueur le 1er mars ; l'autre est entrée en vigueur le 2 mars.",
    { { "--03-01", "2025-03-01" }, { "--03-02", "2024-03-02" } } },
  -- un + adjectives + a weekday: any such day (un bon gros lundi, un autre samedi); not "lundi"
  { "6.12", "C'était un bon gros lundi. Un autre samedi, il est parti. Il reviendra lundi.",
    { { nil, "2025-01-27" } } },
  -- a year in brackets; the year of a whole date before in the same sentence (the next past its end)
  { "6.13", "Confisqué le 16 septembre [2017], puis le 3 octobre. Le 20 décembre 2016, puis le 3 janvier.",
    { { "2017-09-16", "2017-09-16" }, { "--10-03", "2017-10-03" }, { "2016-12-20", "2016-12-20" },
      { "--01-03", "2017-01-03" } } },
  -- début / fin / mi + month: dernier / prochain after it; else in a clause about what is to come, the next
  { "6.14", "Le texte sera examiné fin mars. La crise, débutée mi-décembre dernier, dure.",
    { { "--03", "2025-03-21/2025-03-31" }, { "--12", "2024-12-11/2024-12-20" } } },
  -- la veille, le lendemain: from the last day written (not one itself told so), else the publication;
  -- an event's eve is none
  { "6.10", "Le 7 janvier 2015, puis le lendemain et le surlendemain. La veille au soir, il a plu. "
    .. "À la veille de l'élection, rien.", { { "2015-01-07", "2015-01-07" }, { nil, "2015-01-08" },
                                            { nil, "2015-01-09" }, { nil, "2015-01-06" } } },
  -- a year alone is one; the end of a span glued to its start is not a second date
  { "6.11", "La version de 1993, dès 2006, l'hiver 2015-2016 et la directive 2001/18/CE.",
    { { "1993", "1993" }, { "2006", "2006" }, { "2015", "2015-12-21/2016-03-19" } } },
  { "6.11b", "L'hiver 2015–2016 fut froid.", { { "2015", "2015-12-21/2016-03-19" } } },
  { "6.12", "Ce matin, puis ce soir ; ce matin-là non.", { { nil, "2025-01-27" }, { nil, "2025-01-27" } } },
  -- feasts: fixed, moved by Easter, with a year or around publication; not names nor complements
  { "6.13", "Noël 2016, Pâques 2017, le lundi de Pentecôte 2017, la veille de Noël 2015. Le Père Noël, "
    .. "Noël Mamère, l'île de Pâques, le sapin de Noël.",
    { { "2016-12-25", "2016-12-25" }, { "2017-04-16", "2017-04-16" }, { "2017-06-05", "2017-06-05" },
      { "2015-12-24", "2015-12-24" } } },
  { "6.14", "À Noël et pour la Toussaint.", { { "--12-25", "2024-12-25" }, { "--11-01", "2024-11-01" } } },
  -- the recent past up to publication
  { "6.16", "Ces derniers jours, la tension monte ; ces dernières années, le chômage a baissé.",
    { { nil, "2025-01-18/2025-01-27" }, { nil, "2016/2025" } } },
  -- a count left vague: two to nine of the unit
  { "6.15", "Il y a quelques jours, rien ; dans plusieurs semaines, le vote.",
    { { nil, "2025-01-18/2025-01-25" }, { nil, "2025-02-10/2025-04-06" } } },
  -- a date with no tense of its own takes that of a date before it in its sentence, not past a verb
  -- of saying; since a day is a day gone
  { "6.17", "Le gouvernement va attendre les prévisions le 22 février pour réajuster son budget à la mi-mars. "
    .. "Il va lancer fin février un parti, a-t-il dit mardi. Le vote se tiendra samedi, le bureau ouvert depuis dimanche.",
    { { "--02-22", "2025-02-22" }, { "--03", "2025-03-11/2025-03-20" }, { "--02", "2025-02-21/2025-02-28" },
      { nil, "2025-01-21" }, { nil, "2025-02-01" }, { nil, "2025-01-26" } } },
  -- a day told again is the one its year, dernier, prochain or weekday told first (in the text)
  { "6.18", "Le 3 mars 2019, il pleuvait. Le 3 mars, il neigeait. Le lundi 10 mars, il partira. Le 10 mars, il a neigé.",
    { { "2019-03-03", "2019-03-03" }, { "--03-03", "2019-03-03" }, { "--03-10", "2025-03-10" },
      { "--03-10", "2025-03-10" } } },
  -- a weekday's year is sought from the year of the date before it in its sentence
  { "6.19", "Le film, diffusé le 23 octobre 2012 sur Arte (rediffusion jeudi 22 novembre), alarme.",
    { { "2012-10-23", "2012-10-23" }, { "--11-22", "2012-11-22" } } },
  -- a quote's tense is its own, not the verb of saying's past it (Monday 27 January 2025); a future of
  -- the first persons with its pronoun; through a day, a deadline
  { "6.20", "« Nous serons là samedi », a-t-il dit. « Nous étions là samedi », a-t-il dit. Il a dit : « Je "
    .. "viendrai jeudi ». Les vignerons ont vendangé mardi.",
    { { nil, "2025-02-01" }, { nil, "2025-01-25" }, { nil, "2025-01-30" }, { nil, "2025-01-21" } } },
  { "6.21", "\"We're expecting gusts of up to 40 mph through Saturday,\" said Kate Miller. The fire burned through "
    .. "Sunday.", { { nil, "2025-02-01" }, { nil, "2025-01-26" } }, "en" },
  -- a call to act speaks of what is to come ("appellent à manifester jeudi"), not a call, nor a date before it
  { "6.23", "Les syndicats appellent à manifester jeudi. Il appelle sa mère mercredi. Le Figaro du 23 décembre "
    .. "exhorte à prendre exemple.", { { nil, "2025-01-30" }, { nil, "2025-01-22" }, { "--12-23", "2024-12-23" } } },
  -- "as expected" compares, schedules nothing: the month is the one past
  { "6.22", "Prices increased as expected in October. The vote is expected in October.",
    { { "--10", "2024-10" }, { "--10", "2025-10" } }, "en" },
}
for _, c in ipairs(DATES) do
  local got = {}
  for _, d in ipairs(extract.dates(c[2], { published = "2025-01-27", lang = c[4] })) do
    got[#got + 1] = { d.value, d.resolved }
  end
  H.eq(c[1] .. " " .. c[2], got, c[3])
end

-- entities: { id, text, "text/type; ..." }
local ENTS = {
  { "6.10", "Kim Jong-un a rencontré Vladimir Poutine à Vladivostok.", "Kim Jong-un/person; Vladimir Poutine/person; Vladivostok/place" },
  { "6.11", "Selon Peter van Halteren, l'OTAN et l'ONU ont réagi.", "Peter van Halteren/person; OTAN/org; ONU/org" },
  { "6.12", "L'État-major interarmées de Corée du Sud a averti Pyongyang.", "État-major interarmées de Corée du Sud/org; Pyongyang/place" },
  { "6.13", "Un soldat nord-coréen a été capturé en Ukraine par les forces ukrainiennes.", "nord-coréen/place; Ukraine/place; ukrainiennes/place" },
  { "6.14", "The UN and NATO said North Korea sent troops to Russia.", "UN/org; NATO/org; North Korea/place; Russia/place", "en" },
  { "6.14d", "According to the U.N. human rights office, the E.U. agreed.", "U.N/org; E.U/org", "en" },
  { "6.14e", "The Office for National Statistics and the Institute for the Study of War said. Thanks for Nothing.",
    "Office for National Statistics/org; Institute for the Study of War/org; Thanks for Nothing/other", "en" },
  { "6.14c", "Ukrainians fled and North Koreans fought; Israelis voted.",
    "Ukrainians/place; North Koreans/place; Israelis/place", "en" },
  { "6.14b", "Since February 2022, the attack killed three people, Gov. Oleh Syniehubov said.",
    "Oleh Syniehubov/person", "en" },
  { "6.15b", "Il a profité du Black Friday. Le Super Tuesday approche.", "Black Friday/other; Super Tuesday/other" },
  { "6.15d", "Pourtant Ford a perdu. Lorsque Marie Curie parle, on écoute.", "Ford/other; Marie Curie/person" },
  { "6.15e", "À Noël et à Pâques, Noël Mamère est venu.", "Noël Mamère/person" },
  { "6.15g", "Elle avait des airs de Clip de Robin Thicke. La Fondation de Jean Dupont a dit non. On lit les "
      .. "Mémoires de Jean-Marie Le Pen.", "Robin Thicke/person; Fondation de Jean Dupont/org; Jean-Marie Le Pen/person" },
  { "6.15f", "Heureusement Drucker est venu. Un tweet de France Bleu (@Bleu_Poitou) July 11, 2019 Plus tard, "
      .. "il a vécu Mai 68.", "Drucker/other; France Bleu/org; Mai/other" },
  { "6.15c", "Emmanuel Macron est venu. PARTAGEZ CET ARTICLE DANS LA MÊME RUBRIQUE. La Rédaction (NDLR) Photo Credit",
    "Emmanuel Macron/person" },
  { "6.15", "Un homme a été vu. Le Monde et Reuters ont publié l'information.", "Le Monde/org; Reuters/org" },
  { "6.16", "Il a vu un missile et une Troisième Guerre mondiale.", "Troisième Guerre/other" },
  { "6.17", "Il a parcouru le monde. Le Monde l'a écrit.", "Le Monde/org" },
  { "6.18", "Les candidats F.Fillon et J.L.Mélenchon ont débattu.", "F.Fillon/person; J.L.Mélenchon/person" },
  { "6.19", "The army said on Monday that John Smith arrived in March.", "John Smith/person", "en" },
  { "6.19b", "In the photo, July Corliss smiles.", "July Corliss/person", "en" },
  { "6.19d", "South Korea's spy agency said so.", "South Korea/place", "en" },
  { "6.20", "Russian President Vladimir Putin met Kim Jong Un; Prime Minister Keir Starmer called Mr Putin.",
    "Russian/place; Vladimir Putin/person; Kim Jong Un/person; Keir Starmer/person; Putin/person", "en" },
  { "6.21", "General Motors and the UN General Assembly voted.", "General Motors/org; UN/org; General Assembly/org", "en" },
  { "6.22", "Le Président Nicolas Sarkozy et la Première ministre Élisabeth Borne.",
    "Nicolas Sarkozy/person; Élisabeth Borne/person" },
  -- what a title holder heads, capitalised before the name: the name alone (not in capitals)
  { "6.22b", "Le président de la République Emmanuel Macron et le secrétaire d'État Jean Dupont ; la République "
      .. "tchèque ; ÉTAT D'URGENCE", "Emmanuel Macron/person; Jean Dupont/person; République tchèque/place; "
      .. "ÉTAT D'URGENCE/other" },
  -- English titles: Defense Secretary X, Secretary of State X, of Homeland Security X
  { "6.22c", "Defense Secretary Lloyd Austin, Secretary of State Antony Blinken and Secretary of Homeland Security "
      .. "Alejandro Mayorkas met. The Secretary of State left.",
    "Lloyd Austin/person; Antony Blinken/person; Alejandro Mayorkas/person; Secretary of State/other", "en" },
  -- an ampersand joins two capitalised names into a firm's (not two people's); "and" after an
  -- organisation's noun goes on only inside its complement (Institute of A and B)
  { "6.22d", "Procter & Gamble and Marks & Spencer hired Jason Statham & Oskar Schindler. Prices rose at Deutsche "
      .. "Bank and at the National Institute of Allergy and Infectious Diseases.",
    "Procter & Gamble/org; Marks & Spencer/org; Jason Statham/person; Oskar Schindler/person; Deutsche Bank/org; "
      .. "National Institute of Allergy and Infectious Diseases/org", "en" },
  { "6.22e", "Deutsche Bank and HSBC fell.", "Deutsche Bank/org; HSBC/org", "en" },   -- (HSBC: in the gazetteer)
  -- a role "du parti", "du groupe" before a first name: who holds it (not the journal, the band)
  { "6.22f", "L'ancien président du parti Jean-François Copé, le cabinet Deloitte et la fondation Jean Jaurès.",
    "Jean-François Copé/person; Deloitte/org; Jean Jaurès/org" },
  { "6.19e", "Le monde est vaste. Le Point l'a écrit.", "Le Point/org" },
  { "6.19f", "Il a parlé pendant 20 minutes à 20 Minutes.", "20 Minutes/org" },
  { "6.19g", "Le ministre de l'Intérieur Manuel Valls a dit : « Tout ce qui compte. » PARTAGEZ CET ARTICLE",
    "Manuel Valls/person" },
  { "6.19h", "Confronté au capitalisme des Trente Glorieuses, il vint au Festival Off d’Avignon.",
    "Trente Glorieuses/other; Festival Off/other; Avignon/place" },
  { "6.19c", "Une sonde a photographié Mars hier.", "Mars/other" },
  -- a place's name that one capitalised word (or an organisation's run) continues names an organisation
  { "6.19e", "TF1 et France Télévisions ; Paris Match ; l'Italie Fabio Aru ; Avignon Nord.",
    "TF1/org; France Télévisions/org; Paris Match/org; Italie/place; Fabio Aru/person; Avignon/place; Nord/place" },
  -- a known first name before a place's name makes it a surname
  { "6.19i", "Christian Saint-Etienne a vu Roger Paris à Paris.",
    "Christian Saint-Etienne/person; Roger Paris/person; Paris/place" },
  -- the gazetteer's companies, bodies and regions, with a city that continues a company's name
  { "6.19j", "Selon Bercy, Apple et Air France ; en Amérique du Sud, dans l'Hexagone et à New-York.",
    "Bercy/org; Apple/org; Air France/org; Amérique du Sud/place; Hexagone/place; New-York/place" },
  -- a title before a name: its particle opens a surname, one word after it is a person
  { "6.19k", "Selon M. Le Pen et le général de Gaulle, le président Macron, Mme Roux et M. Dupont ; "
      .. "le ministre du Travail, le directeur général de Greenpeace.",
    "Le Pen/person; de Gaulle/person; Macron/person; Roux/person; Dupont/person; Greenpeace/org" },
  { "6.19l", "Jean-Yves Le Drian a parlé. Selon Le Drian, tout va.", "Jean-Yves Le Drian/person; Le Drian/person" },
  { "6.19m", "Ils viennent d'Érythrée, de Somalie, du Kurdistan ; à Saint-Quentin, dans l'Aisne, ou la Manche.",
    "Érythrée/place; Somalie/place; Kurdistan/place; Saint-Quentin/place; Aisne/place; Manche/place" },
  { "6.19n", "Avec F. Bouillon et A.-C. Vallet. La vitamine C. Elle aide. Louis Gallois parle, M. Gallois aussi.",
    "F. Bouillon/person; A.-C. Vallet/person; Louis Gallois/person; Gallois/person" },
  { "6.19o", "Suivez Jean-Jacques Bourdin. Ouvrages de Michel Agier : des livres. (1) Quelques chiffres.",
    "Jean-Jacques Bourdin/person; Michel Agier/person" },
  { "6.19p", "Ils sont à la Porte de Vincennes puis dans les Pyrénées Atlantiques. X, Ancien Député de Seine-et-Marne.",
    "Porte de Vincennes/place; Pyrénées Atlantiques/place; Ancien Député/other; Seine-et-Marne/place" },
  { "6.19r", "Nicolas Sarkozy parle. Sarkozy rit. Celle de Cécilia est longue.",
    "Nicolas Sarkozy/person; Sarkozy/person; Cécilia/person" },
  { "6.19s", "« Non », explique Martine. Le ministère de l'Intérieur a affirmé que oui, et Oxfam a dit non.",
    "Martine/person; ministère de l'Intérieur/org; Oxfam/org" },
  { "6.19t", "Le Salon de l'Agriculture ouvre. Marielle de Sarnez et Dominique de Villepin parlent.",
    "Salon de l'Agriculture/other; Marielle de Sarnez/person; Dominique de Villepin/person" },
  { "6.19q", '"We will not retreat," Zelensky told reporters. "Yes." Then he left.', "Zelensky/person", "en" },
  { "6.20", "Posted On 23 fév 2014 , By La rédaction", "" },
  { "6.23", "Entre Jean Dupont et Lyon, le Syndicat de la Magistrature et White Labs ont écrit à Monsieur Farouk Ben Abbes.",
    "Jean Dupont/person; Lyon/place; Syndicat de la Magistrature/org; White Labs/org; Farouk Ben Abbes/person" },
  -- places by their words (first, last, a compass point after a particle), a first name alone
  { "6.24", "Elle vit sur la Côte d'Azur, pas en Caroline du Sud ni à Wall Street ; Kanye West et Julien sont là.",
    "Côte d'Azur/place; Caroline du Sud/place; Wall Street/place; Kanye West/person; Julien/person" },
  { "6.25", "Il a fêté Noël. Selon Pew Research, le film de Park Chan-wook plaît.",
    "Pew Research/org; Park Chan-wook/person" },
  -- particles inside a name, a first name before an organisation's word, a surname alone after the name in full
  { "6.26", "Marine Le Pen et Nicolas Sarkozy sont venus. Ensuite, Sarkozy est parti. Puis VIE DE COUPLE arriva.",
    "Marine Le Pen/person; Nicolas Sarkozy/person; Sarkozy/person; VIE DE COUPLE/other" },
  -- a name without its article after du / au; no common acronym, letter, date's month, address path
  { "6.27", "Selon une enquête du Monde et au Figaro, la Coupe du Monde se joue au Havre, pas au Cap d'Agde.",
    "Monde/org; Figaro/org; Coupe du Monde/other; Havre/place; Cap d'Agde/place" },
  { "6.29", "Le couple Hollande/Gayet pose. Photo: Wikicommon/Pierre Sellem",
    "Hollande/other; Gayet/other; Pierre Sellem/person" },
  -- a ministry's name, a minister's title, an organisation's word then lower-case words
  { "6.30", "Selon le ministère libanais de la Santé, a dit le ministre de l'Économie, Bruno Le Maire.",
    "ministère libanais de la Santé/org; Bruno Le Maire/person" },
  -- an institution's noun, then its adjectives in lower case: one organisation; a state's: a place;
  -- after ministère de, the ministry's name; after ministre de, a title's (no entity); not an
  -- event's noun (Journée, Guerre), a title (Secrétaire), a name after a title
  { "6.30b", "Selon la Sécurité routière, le Conseil constitutionnel et la Banque centrale européenne, la "
      .. "République populaire de Chine a protesté auprès du ministère de l'Éducation nationale.",
    "Sécurité routière/org; Conseil constitutionnel/org; Banque centrale européenne/org; "
      .. "République populaire/place; Chine/place; ministère de l'Éducation nationale/org" },
  { "6.30c", "Le ministre de l'Éducation nationale, la Journée internationale des femmes, la Seconde Guerre "
      .. "mondiale, le Secrétaire général et le président Macron national.",
    "Journée/other; Seconde Guerre/other; Secrétaire/other; Macron/person" },
  -- then what it is of in lower case, three times at most; not a locution nor a day
  { "6.30d", "L'Agence nationale de la recherche et le Conseil supérieur de l'audiovisuel ont saisi la "
      .. "Commission consultative des droits de l'homme. L'Assemblée nationale de nouveau réunie et le "
      .. "Bureau politique de mardi dernier ont voté.",
    "Agence nationale de la recherche/org; Conseil supérieur de l'audiovisuel/org; "
      .. "Commission consultative des droits de l'homme/org; Assemblée nationale/org; Bureau politique/org" },
  -- a trade's or rank's title before a surname, De inside a sentence, no party's adjective
  { "6.30e", "Le professeur Lapeña et le commissaire Bialès aimaient bien De Gaulle. L'ancien gouverneur "
      .. "Républicain de Californie et le sénateur Démocrate Joe Manchin ont voté.",
    "Lapeña/person; Bialès/person; De Gaulle/person; Californie/place; Joe Manchin/person" },
  -- capitalised words after an article in lower case name a thing, not a person (a title or a first
  -- name says one)
  { "6.30f", "Avec le Virus Ebola et l'Orang Outan, le Prince Harry et le Docteur Carles ont vu le Républicain "
      .. "Eric Ciotti.",
    "Virus Ebola/other; Orang Outan/other; Prince Harry/person; Docteur Carles/person; Républicain Eric Ciotti/person" },
  -- an organisation's name goes on over a coordination: "et" and an article in French, "and" in English
  { "6.30g", "Le ministère de l'Économie et des Finances, le ministère des Armées et Dassault Aviation, la Food "
      .. "and Drug Administration et le Bureau of Alcohol, Tobacco, Firearms and Explosives.",
    "ministère de l'Économie et des Finances/org; ministère des Armées/org; Dassault Aviation/org; "
      .. "Food and Drug Administration/org; Bureau of Alcohol, Tobacco, Firearms and Explosives/org" },
  -- a title's words before a name are none of it, a run that ends on one names no one (unless a first
  -- name); a town's noun before de / of makes a place
  { "6.30h", "Energy Minister Herman Halushchenko wrote that the Prime Minister met Pascal Papé and Didier Guillaume "
      .. "le Ministre in the town of Toretsk.",
    "Herman Halushchenko/person; Prime Minister/other; Pascal Papé/person; Didier Guillaume/person; Toretsk/place",
    "en" },
  { "6.30i", "Le village de Kourakhové est tombé, comme la ville de Lorraine où vit Jean.",
    "Kourakhové/place; Lorraine/place; Jean/person" },
  { "6.31", "La Fondation du patrimoine a collecté 850 millions, selon la Cour des comptes.",
    "Fondation du patrimoine/org; Cour des comptes/org" },
  { "6.32", "Selon la Ligue des droits de l'homme, le Conseil des ministres mercredi a tranché.",
    "Ligue des droits de l'homme/org; Conseil des ministres/org" },
  { "6.34", "Marine Le Pen est venue. Le Pen a parlé, puis Jean-Yves Le Drian ; Le Drian aussi.",
    "Marine Le Pen/person; Le Pen/person; Jean-Yves Le Drian/person; Le Drian/person" },
  { "6.33", "Selon le parquet de Paris et l'association UFC-Que Choisir, Jean Dupont est parti.",
    "parquet de Paris/org; UFC-Que Choisir/org; Jean Dupont/person" },
  { "6.28", "Son DRH a lu les CV. Le 1er Janvier 2046, au point B, le jour J. pic.twitter.com/SYqn67yQjZ — Esther Benbassa",
    "Esther Benbassa/person" },
  -- a first name that names a thing too is no person alone (un Oscar); Premiers ministres: no name
  -- N' and M' glued to a capitalised word open a name; not in a sentence in capitals
  { "6.36", "Le milieu N'Golo Kanté et Sibeth N'Diaye ont vu M'Bala M'Bala. CE N'EST PAS NORMAL.",
    "N'Golo Kanté/person; Sibeth N'Diaye/person; M'Bala M'Bala/person; EST PAS NORMAL/other" },
  -- in capitals throughout, a person's only from a known first name (a heading, a licence: no person)
  { "6.37", "FAITS DIVERS - Selon PHILIPPE CORCUFF et JEAN-HENRI FABRE, la photo (CC BY-SA 3.0) est libre.",
    "FAITS DIVERS/other; PHILIPPE CORCUFF/person; JEAN-HENRI FABRE/person; CC BY-SA/other" },
  -- common nouns of events, bodies and titles make no person: Jeux Olympiques, Haute Autorité (a
  -- body: an organisation), Siné Mensuel
  { "6.38", "Après les Jeux Olympiques, la Haute Autorité et Siné Mensuel ont écrit à Toy Story.",
    "Jeux Olympiques/other; Haute Autorité/org; Siné Mensuel/other; Toy Story/other" },
  { "6.39", "L'ONG Human Rights Watch et plusieurs ONG accusent l'armée.", "Human Rights Watch/org" },
  -- a street, a square, a station before a name make a place with it (not "la place de Dupont")
  { "6.40", "De la rue de Rivoli au boulevard Saint-Michel et à la gare du Nord, il a pris la place de Dupont.",
    "rue de Rivoli/place; boulevard Saint-Michel/place; gare du Nord/place; Dupont/other" },
  { "6.41", "Photo : Wikimedia Commons, CC BY-SA 3.0 ; Getty Images / AFP.",
    "Wikimedia Commons/org; CC BY-SA/other; Getty Images/org; AFP/org" },
  { "6.42", "Selon Closer et Buzzfeed, tout va bien, écrit Le Gorafi.", "Closer/org; Buzzfeed/org; Le Gorafi/org" },
  { "6.35", "Récompensé d'un Oscar, il salue les anciens Premiers ministres Lionel Jospin et Oscar Wilde.",
    "Oscar/other; Lionel Jospin/person; Oscar Wilde/person" },
  -- a word alone takes the one type the text gives it elsewhere (not after a determiner: a person's)
  { "6.43", "Le poids de l'engagement d'Aragon est grand. « Il faut quelque chose », confie Aragon. Un Aragon.",
    "Aragon/person; Aragon/person; Aragon/other" },
  { "6.44", "Il vit en Union soviétique, puis en RDA, sous le régime est-allemand, loin de l'Allemagne de l'Ouest.",
    "Union soviétique/place; RDA/place; est-allemand/place; Allemagne de l'Ouest/place" },
  -- an English verb of saying is none in French text: a name after it is no person's for it
  { "6.45", "Il prend des notes Moleskine chaque jour.", "Moleskine/other" },
  -- banks and raters, leagues (a name and a number); an organisation's name a capitalised word continues
  -- names something else (not after a number, nor before a name known too)
  { "6.46", "Selon Goldman Sachs, la Fed va agir. Credit Suisse et Moody's ont parlé. Le PSG domine la Ligue 1. "
    .. "Match à l'Allianz Riviera. Il parle sur France 3 Alsace. Un peu comme si Bayer Monsanto disait non.",
    "Goldman Sachs/org; Fed/org; Credit Suisse/org; Moody's/org; PSG/org; Ligue 1/org; Allianz Riviera/org; "
    .. "France 3/org; Alsace/place; Bayer/org; Monsanto/org" },
  -- a nationality in lower case on an institution's name is the name's; an acronym in brackets right
  -- after an organisation is the organisation's, there and further on; no name opens with a digit
  { "6.47", "La Fédération française de l'assurance et l'Agence espagnole de protection des données (AEPD) "
    .. "ont parlé. L'AEPD a tranché. Il fait 44C. Le président français est venu. Le Haut Conseil des finances "
    .. "publiques (HCFP) et l'Office central de lutte contre la corruption (OCLCIFF) enquêtent sur la CNI (carte).",
    "Fédération française de l'assurance/org; Agence espagnole de protection des données/org; AEPD/org; "
    .. "AEPD/org; français/place; Haut Conseil des finances publiques/org; HCFP/org; "
    .. "Office central de lutte contre la corruption/org; OCLCIFF/org; CNI/other" },
  { "6.48", "Fires burned 100,000 hectares, according to the European Forest Fire Information System (EFFIS). "
    .. "Posted 14.05 BST in Athens.",
    "European Forest Fire Information System/org; EFFIS/org; Athens/place", "en" },
  -- English: the words a title heads go with it; the Senate, a party's members are organisations
  { "6.49", "House Speaker Mike Johnson and Senate Majority Leader Chuck Schumer met. Speaker Nancy Pelosi "
    .. "left. The Senate passed it. Senate Democrats agreed.",
    "Mike Johnson/person; Chuck Schumer/person; Nancy Pelosi/person; Senate/org; Senate Democrats/org", "en" },
  -- a name, lower-case words, then an acronym in brackets of their initials (in another order in
  -- capitals): one name, an organisation's when its first word is one's; a title's acronym before a
  -- first name goes; a province's name is a place; Jeunes opens no person's name
  { "6.50", "Selon l'Armée électronique syrienne (AES) et l'Agence spatiale européenne (ESA), la Politique "
    .. "agricole commune (PAC) change, a dit son PDG Stéphane Israël. Les Jeunes Agriculteurs sont dans la "
    .. "province d'Al-Haouz.",
    "Armée électronique syrienne/org; AES/org; Agence spatiale européenne/org; ESA/org; "
    .. "Politique agricole commune/other; PAC/other; Stéphane Israël/person; Jeunes Agriculteurs/org; "
    .. "Al-Haouz/place" },
  -- English: a storm's name is no person's; the heads of a two-word title go; a time's words are none
  { "6.51", "Hurricane Helene hit at 4:35 PM EST, Chief Executive Jensen Huang and County Manager Avril Pinder said.",
    "Hurricane Helene/other; Jensen Huang/person; Avril Pinder/person", "en" },
  { "6.52", "Le RC Lens a battu l'AS Monaco, a dit l'entraîneur au micro de Prime Video. Nice et Lens sont loin. "
    .. "Prime Minister Keir Starmer a parlé.",
    "RC Lens/org; AS Monaco/org; Prime Video/org; Nice/place; Lens/place; Keir Starmer/person" },
  { "6.53", "The San Bernardino County Sheriff's Department and Moody's Analytics said the Line Fire grew, San "
    .. "Bernardino County Supervisor Dawn Rowe and Councilwoman Ana Ruiz told the Orange County Register. John "
    .. "Smith's Office said.",
    "San Bernardino County Sheriff's Department/org; Moody's Analytics/org; Line Fire/other; Dawn Rowe/person; "
    .. "Ana Ruiz/person; Orange County Register/org; John Smith/person; Office/org", "en" },
  -- an organisation's noun (Chancellerie, College, Society), a neighbourhood's name, a name after "en" (no one's;
  -- a half-canton the gazetteer knows is a place)
  { "6.54", "Selon la Chancellerie fédérale, le oui atteint 44 % en Appenzell Rhodes-Intérieures, 40 % en Nidwald et "
    .. "dans le quartier de Maurepas, a dit le Royal College of Emergency Medicine.",
    "Chancellerie fédérale/org; Appenzell Rhodes-Intérieures/place; Nidwald/other; Maurepas/place; "
    .. "Royal College of Emergency Medicine/org" },
  -- an organisation's noun, then pour and an article: its name goes on; an écurie's name is an organisation
  { "6.55", "D'après l'Institut pour l'étude de la guerre (ISW), la Ligue pour la protection des oiseaux et "
    .. "l'écurie Red Bull, l'Assemblée pour le deuxième jour et l'ONG pour appeler.",
    "Institut pour l'étude de la guerre/org; ISW/org; Ligue pour la protection des oiseaux/org; Red Bull/org; "
    .. "Assemblée/org" },
  { "6.56 places by what leads to them, hyphened towns (not a person near whom one lives)",
    "L'exploitant, installé près de Bergerac, ment. Au sud de Kharkiv, les combats. Il habite Saint-Germain-en-Laye "
    .. "et vient de Villeneuve-d'Ascq. Le couple s'est installé à Santo Pietro di Tenda. Il vit près de Jean Dupont.",
    "Bergerac/place; Kharkiv/place; Saint-Germain-en-Laye/place; Villeneuve-d'Ascq/place; "
    .. "Santo Pietro di Tenda/place; Jean Dupont/person" },
  { "6.57 an organisation's kind in apposition after a name (not a clause's subject); asbl; de lutte antifraude",
    "Selon Statbel, l'office belge de statistique, le taux monte. Il a rejoint Zorbex, une start-up nantaise. "
    .. "Il dirige l'asbl Diogènes. Après le Grobexit, le parti s'est divisé. D'après l'Office européen de lutte "
    .. "antifraude, c'est faux.",
    "Statbel/org; belge/place; Zorbex/org; Diogènes/org; Grobexit/other; Office européen de lutte antifraude/org" },
  { "6.59 British parties and MPs; a first name before a one-word organisation makes it a surname",
    "The chancellor told MPs that the first Labour budget was fair. The Tories lost. Martin Bouygues a parlé.",
    "Labour/org; Tories/org; Martin Bouygues/person", "en" },
  { "6.60 organisme in apposition; a distributor's name", "Le Citepa, l'organisme chargé de les compter, a "
    .. "parlé. Son distributeur, Pan Distribution, se réjouit.", "Citepa/org; Pan Distribution/org" },
  { "6.61 an institution's second complement after et, its adjective in -ée; no infinitive after de",
    "D'après le Centre national du cinéma et de l'image animée (CNC), ça monte. Il a permis à l'Office français "
    .. "de l'immigration et de l'intégration de vérifier.",
    "Centre national du cinéma et de l'image animée/org; CNC/org; "
    .. "Office français de l'immigration et de l'intégration/org" },
  { "6.62 English: energy names a firm", "Puget Sound Energy restored power.", "Puget Sound Energy/org", "en" },
  { "6.64 English: a grid names a firm; an isle, a mount name places",
    "Homes lost power, according to National Grid. Gusts hit the Isle of Wight and Mount Everest.",
    "National Grid/org; Isle of Wight/place; Mount Everest/place", "en" },
  { "6.66 English: a name after a preposition of place, then a comma and a known place, is a place",
    "He works in Charlotte, North Carolina. Strikes hit homes in Beit Lahiya, Gaza. He met Charlotte, Paris.",
    "Charlotte/place; North Carolina/place; Beit Lahiya/place; Gaza/place; Charlotte/person; Paris/place", "en" },
  { "6.67 a word alone after a leader's noun (before it in English) is the leader's name; not after camp",
    "Le gouvernement Legault a annoncé un plan. L'administration Trump a refusé. Le camp Pajol a été évacué.",
    "Legault/person; Trump/person; Pajol/other" },
  { "6.69 English: a title inside a run of capitals, a first name after it: what is before the title's words "
    .. "is named apart (the gazetteer's when it knows it); a title's abbreviation ending a run too",
    "Cal Fire Battalion Chief Joe Tyler spoke. Los Angeles Police Chief Michel Moore said. White House Press "
    .. "Secretary Karine Jean-Pierre said. Texas Gov. Greg Abbott said. Energy Minister Herman Halushchenko said.",
    "Cal Fire/other; Joe Tyler/person; Los Angeles/place; Michel Moore/person; White House/org; "
    .. "Karine Jean-Pierre/person; Texas/place; Greg Abbott/person; Herman Halushchenko/person", "en" },
  { "6.70 a name before a comma and a region of a place, or after à and before en and a country, is a place",
    "Une embarcation partie de Zouara, dans l'ouest de la Libye, a coulé. Ils ont débarqué à Ancône, en Italie. "
    .. "Il a vu Dupont, en Italie.", "Zouara/place; Libye/place; Ancône/place; Italie/place; Dupont/other; Italie/place" },
  { "6.71 English: a name before a comma and a region of a place", "They reached Zouara, in western Libya.",
    "Zouara/place; Libya/place", "en" },
  { "6.72 an acronym no rule knows before a place's capitalised name: one organisation; not before an adjective "
    .. "nor a word in capitals; TGV a common acronym",
    "Le navire de l'ONG SOS Méditerranée accoste. Il parle sur BFM Paris. Le PVV néerlandais progresse. Il prend "
    .. "le TGV à Lyon.", "ONG SOS Méditerranée/org; BFM Paris/org; PVV/other; néerlandais/place; Lyon/place" },
  { "6.73 English: a country's acronym and one capitalised word: an organisation", "UK Finance estimates it.",
    "UK Finance/org", "en" },
  { "6.74 English: a short name in brackets after an organisation's is the organisation's, and so is it written "
    .. "alone further on", "The fire was 12% contained, according to the California Department of Forestry and Fire "
    .. "Protection (Cal Fire). It is the largest, according to Cal Fire.",
    "California Department of Forestry and Fire Protection/org; Cal Fire/org; Cal Fire/org", "en" },
  { "6.75 a vessel's name after its noun (two adjectives at most between): no place, no person",
    "Ils ont été secourus par le navire humanitaire Ocean Viking. Le porte-avions Charles de Gaulle appareille. "
    .. "Le navire de l'ONG SOS Méditerranée accoste.",
    "Ocean Viking/other; Charles de Gaulle/other; ONG SOS Méditerranée/org" },
  { "6.76 a local body's noun with a capital, de and a place: the institution, one organisation; with no capital, "
    .. "the town", "Selon la Ville de Genève, 700 personnes dorment dehors. La Mairie de Paris refuse. La ville de "
    .. "Lyon aussi.", "Ville de Genève/org; Mairie de Paris/org; Lyon/place" },
  { "6.77 the Préfecture de police, of Paris or alone: the gazetteer's", "La Préfecture de police de Paris a dit non. "
    .. "La Préfecture de police a compté.", "Préfecture de police de Paris/org; Préfecture de police/org" },
  { "6.78 English: oil firms of the gazetteer; LNG a common acronym", "Shell reported earnings as LNG trading rebounded, "
    .. "beating ExxonMobil.", "Shell/org; ExxonMobil/org", "en" },
  { "6.79 the town of a mayor, a bourgmestre, of its people is a place", "Le bourgmestre de Pepinster, Philippe "
    .. "Godin, a décrété l'évacuation. Les habitants de Zouara fuient.",
    "Pepinster/place; Philippe Godin/person; Zouara/place" },
  { "6.80 a lone word a verb of saying typed a person, in apposition to an organisation's kind: an organisation",
    "Les dégâts pourraient dépasser 50 millions, a estimé Assuralia, la fédération des assureurs.", "Assuralia/org" },
  { "6.81 English: a name ending on Day after no first name is a day's",
    "Trump leads among voters who plan to vote on Election Day, said Laura Day.",
    "Election Day/other; Laura Day/person", "en" },
  { "6.82 a rank and no determiner before an organisation's kind in apposition; Mutualité",
    "Ils étaient 40 000 selon la FNSEA, premier syndicat agricole. La Mutualité sociale agricole le dit.",
    "FNSEA/org; Mutualité sociale agricole/org" },
  { "6.83 an organisation's word that is no person's, before de and a place found: the organisation",
    "Un sondage Léger réalisé pour Le Journal de Montréal dit non. Le favori du sondage Alain Juppé rit.",
    "Léger/org; Journal de Montréal/org; Alain Juppé/person" },
  { "6.84 a name, words and a place, then an acronym of their initials in brackets: one organisation",
    "La Caisse de dépôt et placement du Québec (CDPQ) a recommandé. La Politique agricole commune (PAC) change.",
    "Caisse de dépôt et placement du Québec/org; CDPQ/org; Politique agricole commune/other; PAC/other" },
  { "6.85 a department after a minister's title and à is no entity; a review's name, The in it",
    "Le ministre délégué à la Santé, Frédéric Valletoux, cite la revue The Lancet Public Health. Il est allé à la "
    .. "Défense.", "Frédéric Valletoux/person; The Lancet Public Health/org; Défense/other" },
  { "6.86 a surname after its particle in lower case, joined by a hyphen, goes on the name; a stadium, an airport "
    .. "with their names are places", "Une offre repoussée par Nasser al-Khelaïfi au stade Santiago-Bernabeu. Il atterrit à "
    .. "l'aéroport de Nice.", "Nasser al-Khelaïfi/person; stade Santiago-Bernabeu/place; aéroport de Nice/place" },
  { "6.87 a place after a first name and de is a surname; an acronym where one works is an organisation",
    "« Non », a commenté Charlotte de Montpellier, économiste chez ING. Il a dîné chez Marie.",
    "Charlotte de Montpellier/person; ING/org; Marie/person" },
  { "6.88 an institution's name with its adjectives, a short name in brackets after it; a lone name with an age "
    .. "in apposition is a person's", "Selon l'Agence météorologique espagnole (Aemet), il a plu. « Non », dit "
    .. "Amparo, 67 ans.", "Agence météorologique espagnole/org; Aemet/org; Amparo/person" },
  { "6.89 a plural kind types each name it lists; a word whose first part is an acronym is no person's",
    "Les syndicats CGT-Cheminots, SUD-Rail et CFDT-Cheminots protestent. Il a vu CFDT-Cheminots.",
    "CGT-Cheminots/org; SUD-Rail/org; CFDT-Cheminots/org; CFDT-Cheminots/org" },
  { "6.90 a ministry's department with its adjective; a firm's word after an ampersand; Fort opens a place; an "
    .. "infinitive in -re is no complement", "Le ministère des Affaires étrangères et le ministère de la Transition "
    .. "écologique. Il a demandé au ministère russe des Affaires étrangères de réduire les effectifs.",
    "ministère des Affaires étrangères/org; ministère de la Transition écologique/org; "
    .. "ministère russe des Affaires étrangères/org" },
  { "6.91 English: a firm's word after an ampersand; Fort opens a place",
    "Estimates came from the firm Karen Clark & Co. A tornado struck a community in Fort Pierce.",
    "Karen Clark & Co/org; Fort Pierce/place", "en" },
  { "6.92 an outlet named after a region is the region after an article", "Il pleut dans le Sud-Ouest. Il l'a "
    .. "dit à Sud-Ouest.", "Sud-Ouest/place; Sud-Ouest/org" },
  { "6.93 English: the Treasury, Downing Street", "The Treasury and Downing Street disagreed.",
    "Treasury/org; Downing Street/org", "en" },
  { "6.94 French farmers' unions; English regions", "La FNSEA et la Coordination rurale manifestent avec l'Unsa.",
    "FNSEA/org; Coordination rurale/org; Unsa/org" },
  { "6.95 English regions", "Workers in the Pacific Northwest and the Midwest.",
    "Pacific Northwest/place; Midwest/place", "en" },
  { "6.96 English: Chair heads a title", "Fed Chair Jerome Powell told reporters.",
    "Fed/org; Jerome Powell/person", "en" },
  { "6.97 a run an acronym of three letters opens is no one (two are initials)", "Selon CBO Box-office, le film "
    .. "a fait un carton. JM Ayrault a parlé.", "CBO Box-office/other; JM Ayrault/person" },
  { "6.98 English places by their last word; a county's service between it and a title",
    "Homes burned in Camarillo Heights and Palm Springs, Ventura County Fire Chief Dustin Gardner said.",
    "Camarillo Heights/place; Palm Springs/place; Dustin Gardner/person", "en" },
  { "6.99b a place's abbreviation opens a place, its period glued or none; a first name after it is the place's",
    "Deaths were confirmed in St. Lucie County, officials said. Mt. Hood is high. The ash reached St Helens.",
    "St. Lucie County/place; Mt. Hood/place; St Helens/place", "en" },
  { "6.99c a name no rule typed, then a place in brackets (not a demonym); a name after département, port de",
    "Il a parlé à Chilly-Mazarin (Essonne). Javier (Espagnol) rit. Le département d'Ishikawa et le port de "
    .. "Wajima sont touchés.", "Chilly-Mazarin/place; Essonne/place; Espagnol/place; Ishikawa/place; Wajima/place" },
  { "6.99d a firm's kind before its name (English by what it makes); not a kind de complements",
    "L'équipementier Valeo recrute. La directrice de cabinet Emmanuelle Mignon a parlé.",
    "Valeo/org; Emmanuelle Mignon/person" },
  { "6.99e English firms by what they do", "Software maker Salesforce will cut jobs. Lender HSBC fell.",
    "Salesforce/org; HSBC/org", "en" },
  { "6.99g a prefect's town; the names of a list a place's lead opens; a kind, an adjective or de and a noun, a name",
    "Le sous-préfet de Langon parle. Les habitants de Belin-Béliet, Hostens et Saint-Magne ont fui. Près de "
    .. "Lyon, Renault investit. Le groupe pétrolier Zorbex et l'agence de notation Fitch parlent. Le fondateur du "
    .. "mouvement sioniste Theodor Herzl est mort. La directrice de cabinet Emmanuelle Mignon part.",
    "Langon/place; Belin-Béliet/place; Hostens/place; Saint-Magne/place; Lyon/place; Renault/org; Zorbex/org; "
    .. "Fitch/org; Theodor Herzl/person; Emmanuelle Mignon/person" },
  { "6.99h the garde des Sceaux; a trade's workplace after chez; the, a thing's; an acronym of a name given before",
    "Le garde des Sceaux parle. Luca Solca, analyste chez Bernstein, dîne chez Dupont. It was a record, according "
    .. "to the Gun Violence Archive. The Office for National Statistics and the Bank of England spoke. The ONS and "
    .. "the BoE agree.",
    "Luca Solca/person; Bernstein/org; Dupont/other; Gun Violence Archive/other; Office for National Statistics/org; "
    .. "Bank of England/org; ONS/org; BoE/org" },
  { "6.99i the town a disaster or an attack is named after (not a month's name)",
    "Le feu de Landiras reprend. La tuerie de Chevaline reste un mystère. Lors des attentats de Novembre, ils "
    .. "ont pleuré. L'attentat de Salah Abdeslam.",
    "Landiras/place; Chevaline/place; Novembre/other; Salah Abdeslam/person" },
  { "6.99l English: a middle initial; a trade capitalised before a name; a region's compass word; no digit in a "
    .. "person's name", "By Max A. Cherney and John F. Kennedy. Actor Dick Van Dyke left. Chief Financial Officer "
    .. "Colette Kress spoke. Fires hit Southern California and Northern Ireland. The A320 family sold well.",
    "Max A. Cherney/person; John F. Kennedy/person; Dick Van Dyke/person; Colette Kress/person; "
    .. "Southern California/place; Northern Ireland/place; A320/other", "en" },
  { "6.99k a participle folded to a street's noun is none: porté, placé",
    "Le vote avait porté Bassirou Faye au pouvoir. Le juge a placé Jean Dupont en détention. Rendez-vous porte "
    .. "Maillot.", "Bassirou Faye/person; Jean Dupont/person; porte Maillot/place" },
  { "6.99j a possessive before capitalised words makes them a thing's, no first name after it",
    "Les offres moins chères en dehors de son App Store. Son fils Jean Dupont est venu. Il sort sa Golf GTI.",
    "App Store/other; Jean Dupont/person; Golf GTI/other" },
  { "6.99f a word alone an organisation's rule typed is the organisation's where its place alone made a person "
    .. "of it, when it is so as often at least", "Le satellite est en orbite, a annoncé Arianespace. Le PDG "
    .. "d'Arianespace est ravi. « Oui », dit Negoro. « Non », dit Negoro. La compagnie Negoro ferme.",
    "Arianespace/org; Arianespace/org; Negoro/person; Negoro/person; Negoro/org" },
  { "6.99 an acronym in brackets of a compound's parts, or of some initials in order, first and last among them",
    "Le président du Parti chrétien-démocrate (PCD) a parlé. Le Haut-Commissariat des Nations unies pour les "
    .. "réfugiés (HCR) alerte. La Politique agricole commune (PAC) change. Le député Jean Dupont (LR) vote.",
    "Parti chrétien-démocrate/org; PCD/org; Haut-Commissariat des Nations unies pour les réfugiés/org; HCR/org; "
    .. "Politique agricole commune/other; PAC/other; Jean Dupont/person; LR/org" },
  { "6.68 English: a name before administration, campaign", "The Biden administration and the Trump campaign.",
    "Biden/person; Trump/person", "en" },
  { "6.65 French firms of the gazetteer", "Environ 1,2 million de foyers sont privés d'électricité, a indiqué "
    .. "Enedis. Alstom et Lactalis recrutent.", "Enedis/org; Alstom/org; Lactalis/org" },
  { "6.63 what a title's acronym heads is a firm, up to its holder's first name; an organisation's acronym "
    .. "and one capitalised word; AI names a firm, IA alone nothing",
    "Le PDG de Total Patrick Pouyanné a parlé. Le PDG de SNCF Voyageurs aussi. La start-up Mistral AI recrute "
    .. "pour l'IA générative. L'ONU Femmes et l'ONU Jens Stoltenberg.",
    "Total/org; Patrick Pouyanné/person; SNCF Voyageurs/org; Mistral AI/org; ONU Femmes/org; ONU/org; "
    .. "Jens Stoltenberg/person" },
  { "6.69 oceans are places, not their adjective's country; a single letter before a name is no initial",
    "Mayotte, dans l'océan Indien, et l'océan Pacifique. « C'est fini », a écrit sur X Emmanuel Macron.",
    "Mayotte/place; océan Indien/place; océan Pacifique/place; Emmanuel Macron/person" },
  { "6.69b a kind and an adjective before a name of two words make it an organisation's, unless a role held in "
    .. "the kind comes before them",
    "La filiale du groupe canadien Barrick Gold conteste. Le groupe minier Barrick Gold paie. Le fondateur du "
    .. "mouvement sioniste Theodor Herzl est mort. La mine exploitée par Barrick ferme.",
    "canadien/place; Barrick Gold/org; Barrick Gold/org; Theodor Herzl/person; Barrick/org" },
  { "6.69c a town's noun before a name makes it a place, a first name after its first word too, not one that "
    .. "opens it; capitals",
    "Dans le quartier de Wharf Jérémie, à Port-au-Prince. Je suis dans la ville de François Baroin. Il vit à "
      .. "Phnom Penh.",
    "Wharf Jérémie/place; Port-au-Prince/place; François Baroin/person; Phnom Penh/place" },
  { "6.69d the Kremlin is an organisation's name, as the Élysée", "Le Kremlin a démenti, comme l'Élysée.",
    "Kremlin/org; Élysée/org" },
  { "6.69e a short name in brackets after an organisation's lower-case words is the organisation's, its initial "
    .. "the first capital's", "Le chiffre vient de l'Agence pour le développement de l'emploi (Adem). Il vit à "
    .. "Paris (Lyon).", "Agence pour le développement de l'emploi/org; Adem/org; Paris/place; Lyon/place" },
  { "6.69f a ministry's second field may be a word of organisations, its adjective after it", "Le chiffre vient du "
    .. "ministère de la Santé et des Services sociaux, pas de l'Université Laval et de l'Université McGill.",
    "ministère de la Santé et des Services sociaux/org; Université Laval/org; Université McGill/org" },
  { "6.69g a building's noun right before a capitalised name makes a place of both; an institution's adjective in "
    .. "the feminine", "L'attaque contre l'hôtel Radisson Blu a visé l'hôpital français de Kaboul. La Cour "
    .. "constitutionnelle de Roumanie a tranché.",
    "hôtel Radisson Blu/place; français/place; Kaboul/place; Cour constitutionnelle de Roumanie/org" },
  { "6.69h a coalition, an alliance before a name make it an organisation's; Eurostat",
    "Selon Eurostat, la coalition Takku Wallu a perdu face à l'alliance Nupes.",
    "Eurostat/org; Takku Wallu/org; Nupes/org" },
  { "6.69j a word alone that the text makes a person's more often than an organisation's is a person's elsewhere",
    "La coalition Réginald était là, répondit Réginald. Il parle à Réginald, dit Réginald.",
    "Réginald/org; Réginald/person; Réginald/person; Réginald/person" },
  { "6.69i Air opens a firm's name", "Le bénéfice d'Air France-KLM a progressé, comme celui d'Air Liquide. Il "
    .. "visite le musée de l'Air.", "Air France-KLM/org; Air Liquide/org; Air/other" },
  { "6.69k English: an organization's word", "The International Organization for Migration said so.",
    "International Organization for Migration/org", "en" },
  { "6.69l names listed after a plural town's noun are places", "Des maisons ont été évacuées dans les communes "
    .. "de Calenzana et de Montegrosso. Les villes de Lyon, Vienne et Valence sont touchées. La commune de Lumio "
    .. "et Jean Dupont aussi.",
    "Calenzana/place; Montegrosso/place; Lyon/place; Vienne/place; Valence/place; Lumio/place; Jean Dupont/person" },
  { "6.69m Swiss cantons and Spanish regions", "La hausse atteint 10,5 % au Tessin et 3,2 % à Bâle-Ville. Le Valais "
    .. "et l'Andalousie sont touchés.", "Tessin/place; Bâle-Ville/place; Valais/place; Andalousie/place" },
  { "6.69n English: two months joined are a date, no name", "The June-September monsoon hit Mumbai.",
    "Mumbai/place", "en" },
  { "6.69o Australian cities", "Perth leads the gains, followed by Hobart and Brisbane.",
    "Perth/place; Hobart/place; Brisbane/place", "en" },
  { "6.69p international bodies by their whole names; an institution's complement after pour",
    "L'Organisation internationale pour les migrations, le Programme alimentaire mondial et le Fonds des Nations unies "
    .. "pour l'enfance alertent. L'Agence internationale pour les énergies renouvelables et l'Agence nationale pour la "
    .. "rénovation urbaine aussi. Au Burkina, rien.",
    "Organisation internationale pour les migrations/org; Programme alimentaire mondial/org; Fonds des Nations "
    .. "unies pour l'enfance/org; Agence internationale pour les énergies renouvelables/org; "
    .. "Agence nationale pour la rénovation urbaine/org; Burkina/place" },
  { "6.69q English: Canada's provinces, their initials, a premier", "Fires hit British Columbia and Alberta. B.C. "
    .. "Premier David Eby spoke.", "British Columbia/place; Alberta/place; B.C/place; David Eby/person", "en" },
  { "6.69r English: a name and a participle in one word hold the name the gazetteer knows, else none",
    "The Dublin-based carrier joined the US-led coalition and the Acme-backed group. Britain said so.",
    "Dublin/place; US/place; Britain/place", "en" },
  { "6.69s a word, a comma, en and a place: a town; a currency's letters are no name",
    "Le Tour partira de Florence, en Italie. Le prix est de 1 800 francs CFA.", "Florence/place; Italie/place" },
  { "6.69t English: a known name, and, capitalised words ending on an organisation's word: one organisation",
    "Most were approved, according to the Labour and Welfare Bureau.", "Labour and Welfare Bureau/org", "en" },
  { "6.69u a nationality inside an organisation's name is none of its own; its acronym after it is the organisation's",
    "Les ventes ont reculé, d'après l'Association des constructeurs européens d'automobiles (ACEA). La SNCB et "
    .. "Infrabel ont réagi.", "Association des constructeurs européens d'automobiles/org; ACEA/org; SNCB/org; "
    .. "Infrabel/org" },
  { "6.58 English: a strip is a place; investments, securities name firms",
    "Strikes hit the Gaza Strip. Madoff Investment Securities fell. Wunderlich Securities rose.",
    "Gaza Strip/place; Madoff Investment Securities/org; Wunderlich Securities/org", "en" },
}
for _, c in ipairs(ENTS) do
  local parts = {}
  for _, e in ipairs(extract.entities(c[2], { lang = c[4] })) do parts[#parts + 1] = e.text .. "/" .. e.type end
  H.eq(c[1] .. " " .. c[2], table.concat(parts, "; "), c[3])
end
H.eq("6.11c a winter's second year is in its text", (extract.dates("L'hiver 2015–2016 fut froid.")[1] or {}).text,
     "hiver 2015–2016")
do   -- a gazetteer entity carries the name of its row: adjectives and other languages group with it
  local names = {}
  for _, e in ipairs(extract.entities("Les soldats nord-coréens, la North Korea et le Service national de renseignement.")) do
    names[#names + 1] = e.text .. "=" .. e.name
  end
  H.eq("6.24 entity names", names,
       { "nord-coréens=Corée du Nord", "North Korea=Corée du Nord", "Service national de renseignement=NIS" })
end
do   -- a first or last name alone is the person named whole in the text, unless two share it
  local names = {}
  local text = "Son DRH, Laszlo Bock, publie un livre. Au programme de Laszlo, des tests. Selon M. Bock, "
    .. "tout va bien. Marie Dupont et Marie Durand sont venues ; ensuite, Marie a parlé."
  for _, e in ipairs(extract.entities(text)) do names[#names + 1] = e.text .. "=" .. e.type .. ":" .. e.name end
  H.eq("6.25 persons named in part", names,
       { "Laszlo Bock=person:Laszlo Bock", "Laszlo=person:Laszlo Bock", "Bock=person:Laszlo Bock",
         "Marie Dupont=person:Marie Dupont", "Marie Durand=person:Marie Durand", "Marie=person:Marie" })
end

-- 4: the five articles of corpus/: every figure, date and source, exact
local CORPUS = dofile(root .. "/tests/data/corpus_extract.lua")
for name, want in pairs(CORPUS) do
  local text = assert(lunette.core.readfile(root .. "/corpus/" .. name))
  local body, meta = clean.article(text)
  local got = { figures = {}, dates = {}, sources = {} }
  local all = extract.all(body, { lang = meta.lang, published = meta.published })
  for _, f in ipairs(all.figures) do
    got.figures[#got.figures + 1] = { f.start, f["end"], f.text, f.low, f.high, f.approx, f.unit or false, f.source or false }
  end
  for _, d in ipairs(all.dates) do got.dates[#got.dates + 1] = { d.start, d["end"], d.text, d.value or false, d.resolved or false } end
  for _, s in ipairs(all.sources) do got.sources[#got.sources + 1] = { s.start, s["end"], s.text, s.source, s.cue } end
  for _, k in ipairs{ "figures", "dates", "sources" } do H.eq("7 " .. name .. " " .. k, got[k], want[k]) end
end

-- 4b: invariants of every record over every text above (cases, corpus articles): a span inside
-- the text that is its text, and a figure's low never above its high
do
  local texts = {}
  for _, list in ipairs{ FIGS, SRC, DATES, ENTS } do
    for _, case in ipairs(list) do
      for _, v in ipairs(case) do if type(v) == "string" and #v > 12 then texts[#texts + 1] = v end end
    end
  end
  for name in pairs(CORPUS) do
    texts[#texts + 1] = (clean.article(assert(lunette.core.readfile(root .. "/corpus/" .. name))))
  end
  local bad = {}
  for _, text in ipairs(texts) do
    local all = extract.all(text, { published = "2025-01-27" })
    for _, kind in ipairs(extract.kinds) do
      for _, r in ipairs(all[kind]) do
        if not (r.start >= 0 and r.start < r["end"] and r["end"] <= #text and text:sub(r.start + 1, r["end"]) == r.text)
           or (kind == "figures" and r.low > r.high) then
          bad[#bad + 1] = kind .. ": " .. r.text
        end
      end
    end
  end
  H.eq("7.9 records are spans of their text; low <= high (" .. #texts .. " texts)", bad, {})
end

-- 4c: evaluation against annotated records (lunette.evaluate): spans overlap, given fields equal
do
  local evaluate = require "lunette.evaluate"
  local gold = { { doc = "a", start = 0, ["end"] = 10, low = 3000, high = 3000 },
                 { doc = "a", start = 20, ["end"] = 30, low = 5, high = 9 },
                 { doc = "b", start = 0, ["end"] = 10, low = 1, high = 1 } }
  local found = { { doc = "a", start = 2, ["end"] = 12, low = 3000, high = 3000 },
                  { doc = "a", start = 20, ["end"] = 30, low = 5, high = 8 },
                  { doc = "a", start = 40, ["end"] = 50, low = 7, high = 7 } }
  local sc = evaluate.score("figures", gold, found)
  H.eq("7.10 figures scored on overlap and value", { sc.gold, sc.found, sc.matched, #sc.misses, #sc.extras,
       ("%.3f %.3f %.3f"):format(sc.precision, sc.recall, sc.f1) }, { 3, 3, 1, 2, 2, "0.333 0.333 0.333" })
  sc = evaluate.score("dates", { { doc = 1, start = 0, ["end"] = 5, resolved = "2025-01-27" },
                                 { doc = 1, start = 9, ["end"] = 14, value = "2024" } },
                      { { doc = 1, start = 0, ["end"] = 5, resolved = "2025-01-27" },
                        { doc = 1, start = 9, ["end"] = 14, value = "2024", resolved = "2024" } })
  H.eq("7.11 a gold field left out is not compared", { sc.matched, sc.precision, sc.recall, sc.f1 }, { 2, 1, 1, 1 })
  sc = evaluate.score("sources", {}, { { doc = 1, start = 0, ["end"] = 5 } })
  H.eq("7.12 no gold record: no recall", { sc.precision, sc.recall, sc.f1 }, { 0, nil, nil })
  sc = evaluate.score("entities", { { doc = 2.0, start = 0, ["end"] = 5, type = "place" } },
                      { { doc = 2, start = 1, ["end"] = 4, type = "place" } })
  H.eq("7.13 a document id read as a float is the same document", sc.matched, 1)
end

-- 5: the database runner: provenance, no work twice, stale annotations dropped
local dir = H.tmpdir()
local c = assert(lunette.open(dir .. "/x.db"))
c:ingest({ root .. "/corpus" })
local n1 = extract.run(c, { "figures", "sources" })
H.eq("8.1 first run", { n1.done, n1.skipped }, { 5, 0 })
local stored = c:one("SELECT count(*) AS n FROM annotations").n
local n2 = extract.run(c, { "figures", "sources" })
H.eq("8.2 second run does no work", { n2.done, n2.skipped, n2.records }, { 0, 5, 0 })
H.eq("8.3 nothing added", c:one("SELECT count(*) AS n FROM annotations").n, stored)
H.eq("8.4 provenance", c:one([[SELECT extractor, version, run IS NOT NULL AS has_run, sent_end > sent_start AS has_sentence
  FROM annotations WHERE kind = 'figure' ORDER BY id LIMIT 1]]),
  { extractor = "lunette.figures", version = extract.version("figures"), has_run = 1, has_sentence = 1 })
H.check("8.4b the version: a number and a digest of code and rules", extract.version("figures"):find("^1%.%x+$") ~= nil)
do  -- a script that extends the rules gets its own records: the documents are done again
  local verbs = extract.modules.sources.rules.verbs
  verbs.vocifere = true
  H.eq("8.4c extended rules: done again", extract.run(c, { "sources" }).done, 5)
  verbs.vocifere = nil
  H.eq("8.4d the rules as they were: done again", extract.run(c, { "sources" }).done, 5)
  H.eq("8.4e then no work", extract.run(c, { "sources" }).done, 0)
end
local recs = extract.records(c, "figures")
H.eq("8.5 records from the database", { recs[1].doc, recs[1].low, recs[1].unit }, { 1, 2, "missiles" })
H.write(dir .. "/new.txt", "Titre\n\nSelon le NIS, 4 000 soldats.")
c:ingest({ dir .. "/new.txt" })
H.eq("8.6 a new document only", extract.run(c, { "figures" }).done, 1)
H.write(dir .. "/new.txt", "Titre\n\nSelon le NIS, 5 000 soldats.")
c:ingest({ dir .. "/new.txt" })
H.eq("8.7 a changed document is done again", extract.run(c, { "figures" }).done, 1)
H.eq("8.8 with its new figure", require("cjson").decode(c:one("SELECT value FROM annotations WHERE doc = 6 AND kind = 'figure'").value),
     { approx = false, high = 5000, low = 5000, source = "NIS", unit = "soldats" })
c:close()
do  -- an extractor that fails on one document: the others stored, that one tried again next run
  local bc = assert(lunette.open(dir .. "/boom.db"))
  H.write(dir .. "/boom.txt", "Titre\n\nBOOM. Selon le NIS, 4 000 soldats.")
  H.write(dir .. "/calm.txt", "Titre\n\nSelon le NIS, 5 000 soldats.")
  bc:ingest({ dir .. "/boom.txt", dir .. "/calm.txt" })
  local m = extract.modules.sources
  local orig = m.extract
  m.extract = function(text, ctx) if text:find("BOOM") then error("rule broke") end return orig(text, ctx) end
  local told = {}
  local r = extract.run(bc, { "sources", "figures" }, { on_failure = function(f) told[#told + 1] = f end })
  m.extract = orig
  H.eq("8.9 a failing extractor: the document and kind told, the path with them",
       { r.done, #r.failed, r.failed[1].kind, r.failed[1].path:match("[^/]*$"), #told,
         r.failed[1].error:find("rule broke", 1, true) ~= nil },
       { 2, 2, "sources", "boom.txt", 2, true })
  H.eq("8.10 the rest stored: the other document's (figures, which read the sources, failed with them)",
       bc:one([[SELECT count(*) AS n FROM annotations WHERE kind = 'source']]).n * 10
       + bc:one([[SELECT count(*) AS n FROM annotations WHERE kind = 'figure']]).n, 11)
  H.eq("8.11 the failed one tried again next run, alone", { extract.run(bc, { "sources", "figures" }).done,
       bc:one([[SELECT count(*) AS n FROM annotations WHERE kind = 'source']]).n }, { 1, 2 })
  H.eq("8.12 the run's status", bc:one("SELECT status FROM runs ORDER BY id LIMIT 1").status, "failed")
  bc:close()
end
-- 6: a schema-1 database migrates to 2 with its documents kept
local old = assert(lunette.open(dir .. "/old.db"))
old:ingest({ root .. "/corpus/000_45b0a500611b074f.txt" })
old:exec("DROP TABLE extractions")
old:exec("PRAGMA user_version = 1")
old:close()
local again = assert(lunette.open(dir .. "/old.db"))
H.eq("9.1 migrated", { again:one("PRAGMA user_version").user_version, again:count(),
  again:one("SELECT count(*) AS n FROM sqlite_master WHERE name = 'extractions'").n }, { 2, 1, 1 })
again:close()
os.execute("rm -rf '" .. dir .. "'")

-- {====== lunette.Doc: tokens kept in C, records on demand, candidates
do
  local pattern = require "lunette.pattern"
  local seq = require "lunette.extract.seq"
  local text = "Selon le NIS, environ 11 000 soldats ont été déployés. Le 3 mars, Kim Jong-un a déclaré."
  local doc, sents = lunette.analyzer{ lang = "fr" }._c:doc(text)
  H.eq("9.1 doc: tokens and sentences", { #doc, sents }, { 20, { { 1, 58 }, { 60, 94 } } })
  H.eq("9.2 doc:record", doc:record(6), { start = 23, stop = 28, type = "number", term = "11000", word = "11 000",
                                          value = 11000, flags = 0, sentence = 1 })
  H.eq("9.3 doc:record out of range", { doc:record(0), doc:record(21) }, {})
  local eager = pattern.tokens(text, "fr")
  H.eq("9.4 doc:records equal the eager tokens", doc:records(), eager)
  local toks = doc:tokens()
  H.eq("9.5 doc:tokens: length, built when read", { #toks, rawget(toks, 16), toks[16].word, rawget(toks, 16) ~= nil },
       { 20, nil, "Kim", true })
  local n = 0
  for _ in ipairs(toks) do n = n + 1 end
  H.eq("9.6 doc:tokens: ipairs", n, 20)
  local CANDS = {
    { "types", { { types = { number = true } } }, { 6, 13 } },
    { "terms", { { terms = { selon = true, mars = true, absent = true } } }, { 1, 14 } },
    { "terms, a list of sets", { { terms = { { selon = true }, { mars = true, absent = true } } } }, { 1, 14 } },
    { "flags (upper)", { { flags = 1 } }, { 1, 3, 12, 16, 17 } },
    { "prefixes", { { prefixes = { "deploy", "jong" } } }, { 10, 17 } },
    { "hyphen", { { hyphen = true } }, { 17 } },
    { "hyphen, first parts", { { hyphen = { jong = true } } }, { 17 } },
    { "hyphen, another first part", { { hyphen = { kim = true, un = true } } }, {} },
    { "hyphen, a list of sets", { { hyphen = { { kim = true }, { jong = true } } } }, { 17 } },
    { "suffixes", { { suffixes = { "es", "nis" } } }, { 3, 10 } },
    { "except", { { flags = 1, except = { le = true, selon = true } } }, { 3, 16, 17 } },
    { "near, back 1", { { terms = { environ = true, le = true }, near = { types = { number = true } }, back = 1 } }, { 5, 12 } },
    { "near, back 0", { { terms = { environ = true }, near = { types = { number = true } } } }, {} },
    { "near, through", { { terms = { ont = true, a = true }, near = { terms = { deployes = true, declare = true } },
                           through = { terms = { ete = true } } } }, { 8, 18 } },
    { "through stops at another word", { { terms = { ont = true }, near = { terms = { deployes = true } },
                                           through = { terms = { jamais = true } } } }, {} },
    { "union of specs", { { terms = { selon = true } }, { types = { number = true } }, { hyphen = true } }, { 1, 6, 13, 17 } },
  }
  for k, case in ipairs(CANDS) do
    H.eq(("9.7.%d candidates in C: %s"):format(k, case[1]), doc:candidates(table.unpack(case[2])), case[3])
    H.eq(("9.8.%d candidates in Lua: %s"):format(k, case[1]), seq.candidates(eager, nil, table.unpack(case[2])), case[3])
  end
  -- columns: each field of every token, as the records have it, with no record built
  local cterms, csents, cstarts, cflags, ctypes = doc:columns()
  H.eq("9.11 doc:columns: a number, a compound name",
       { cterms[6], csents[6], cstarts[6], cflags[6], ctypes[6], cterms[17], csents[17], cstarts[17], cflags[17] },
       { "11000", 1, 23, 0, "number", "jong-un", 2, 75, 5 })
  local same = #cterms == 20 and #ctypes == 20
  for i, r in ipairs(eager) do
    if cterms[i] ~= r.term or csents[i] ~= r.sentence or cstarts[i] ~= r.start or cflags[i] ~= r.flags
       or ctypes[i] ~= r.type then same = false end
  end
  H.eq("9.12 doc:columns equal the records, field by field", same, true)
  local lazy = pattern.lazy_tokens(text, "fr")
  local lt, ls = seq.columns(lazy)
  local et, es = seq.columns(eager)            -- (a plain list: read from its records)
  H.eq("9.13 seq.columns, lazy tokens and a list of records alike", { lt[17], ls[17], et[17], es[17], rawget(lazy, 17) },
       { "jong-un", 2, "jong-un", 2, nil })
  H.eq("9.13b the columns kept in the lazy list, its length and records as before",
       { rawget(lazy, "columns") ~= nil, #lazy, lazy[17].term, rawget(eager, "columns") }, { true, 20, "jong-un", nil })
  local idx = seq.index{ { "kim", "jong-un" }, { "kim" } }
  H.eq("9.14 seq.longest over the term column and over records",
       { select(2, seq.longest(idx, lazy, 16)), select(2, seq.longest(idx, eager, 16)), rawget(lazy, 16) }, { 18, 18, nil })
  doc:close()
  H.eq("9.9 closed doc: no tokens", { #doc, doc:record(1), #doc:candidates({ flags = 1 }), #doc:columns() }, { 0, nil, 0, 0 })
  local an = lunette.analyzer{ lang = "fr" }._c
  local empty, esents = an:doc("")
  H.eq("9.10 empty text", { #empty, esents, empty:records(), empty:candidates({ flags = 1 }, { hyphen = true }) },
       { 0, {}, {}, {} })
  local bad = an:doc("Kim\0\255\254 Jong-un \192\128 a dit.")
  H.eq("9.11 NUL and invalid UTF-8: the words around them",
       { #bad, bad:record(1).word, bad:record(4).word, bad:record(8).word, bad:candidates({ hyphen = true }) },
       { 9, "Kim", "Jong-un", "dit", { 4 } })
  H.check("9.12 a spec that is not a table is refused", not pcall(bad.candidates, bad, "x"))
  -- a set used again is read through a map kept in C (lset.c), from the smaller side;
  -- a key added later counts; a table with a metatable of its own is read key by key;
  -- an except set always key by key (a key removed from it counts at once)
  local doc2 = an:doc(text)
  local W = { selon = true }
  local got = { doc2:candidates({ terms = W }), doc2:candidates({ terms = W }), getmetatable(W) ~= nil }
  W.mars = true
  got[4] = doc2:candidates({ terms = W })
  local big = { soldats = true, kim = true }
  for w in ("abcdefghijklmnopqrstuvwxyz"):gmatch(".") do big[w .. w .. w] = true end
  got[5] = { doc2:candidates({ terms = big }), doc2:candidates({ terms = big }), doc2:candidates({ terms = big }) }
  local own = setmetatable({ selon = true }, {})
  got[6] = { doc2:candidates({ terms = own }), doc2:candidates({ terms = own }), rawequal(getmetatable(own).__newindex, nil) }
  local E = { le = true, selon = true }
  got[7] = { doc2:candidates({ flags = 1, except = E }), doc2:candidates({ flags = 1, except = E }) }
  E.selon = nil
  got[8] = doc2:candidates({ flags = 1, except = E })
  H.eq("9.13 sets kept in C while unchanged", got,
       { { 1 }, { 1 }, true, { 1, 14 }, { { 7, 16 }, { 7, 16 }, { 7, 16 } }, { { 1 }, { 1 }, true },
         { { 3, 16, 17 }, { 3, 16, 17 } }, { 1, 3, 16, 17 } })
end
-- }======

-- {====== token salads: every extractor on texts made of the words its rules look at, shuffled
-- (a fixed seed): no error, and every record a span inside its text
do
  local words = { "a", "été", "annoncé", "par", "le", "ministre", ",", "«", "»", "\"", "qu'", "qu", "'", "et", "mais",
    "se", "sont", "réjouis", "selon", "du", "Monde", "ce", "vendredi", "28", "juillet", "2023", "July", "8", "lundi",
    "19", "heures", "en", "compté", "780 000", "les", "syndicats", "revendiquent", "1,2", "million", "pense", "que",
    "(", "46%", ")", "moins", "d'un", "tiers", "il", "y", "avait", "écrit", "avance", "d'", "un", "pas", "12 %", "à",
    "4,7", "milliards", "premier", "semestre", "-t-on", "appris", "auprès", ".", "\n", "Le", "Pen", "ministère", "de",
    "la", "Santé", "association", "UFC-Que", "Choisir", "pic.twitter.com/X", "/", "@x", "Mme", "B", "CV", "80",
    "ans", "qui", "dément", "toute", "Marine", "sur", "deux", "entre", "-", "au", "dernier", "prochain", "ont",
    -- (and the words of the rules added on 2026-11-23)
    "Et", "préciser", "d'ajouter", "nous", "lui", "comme", "s'était", "dit", "N'Golo", "Kanté", "rue", "Rivoli",
    "lance", "Initiative", "doit", "tenir", "M€", "€", "États", "des", "Toujours", "est-il", "aurait", "vraiment",
    "air", "née", "Sophie", "racontent", "être", "FAITS", "DIVERS", "Jeux", "Olympiques", "10,", "39" }
  math.randomseed(20261123)
  local errors, outside = 0, 0
  for _ = 1, 3000 do
    local t = {}
    for k = 1, math.random(1, 40) do t[k] = words[math.random(#words)] end
    local text = table.concat(t, " ")
    local ok, r = pcall(extract.all, text, { lang = "fr", published = "2025-01-27" })
    if not ok then
      errors = errors + 1
      if errors == 1 then print("  first error: " .. tostring(r) .. " on: " .. text) end
    else
      for _, kind in ipairs(extract.kinds) do
        for _, rec in ipairs(r[kind]) do
          if not (rec.start >= 0 and rec.start < rec["end"] and rec["end"] <= #text) then outside = outside + 1 end
        end
      end
    end
  end
  H.eq("10.1 token salads: no error, every record inside its text", { errors, outside }, { 0, 0 })
end
-- }======

-- {====== 11: a language the rules are not written for
do
  local de = "Die Truppen der Region und die Soldaten der Armee sind in Russland. Die Kosten werden auf "
    .. "2,5 Milliarden Euro geschätzt, sagte der Sprecher am Montag."
  H.eq("11.1 the rules of a document language", { extract.rules_for("fr"), extract.rules_for("fr-FR"),
       extract.rules_for("EN"), extract.rules_for(nil), extract.rules_for("other"), extract.rules_for("de") or "none",
       extract.rules_for("es") or "none" }, { "fr", "fr", "en", "fr", "fr", "none", "none" })
  local r = extract.all(de, { lang = "de" })
  H.eq("11.2 German: nothing found with French grammar", { #r.entities, #r.figures, #r.dates, #r.sources }, { 0, 0, 0, 0 })
  H.check("11.3 the same text read as French has records (the language gates them)",
          #extract.entities(de, { lang = "fr" }) > 0)
  local before = extract.digest()
  extract.rules_language.de = "fr"        -- a script lends German the French rules
  H.check("11.4 lent rules apply", #extract.entities(de, { lang = "de" }) > 0)
  H.check("11.5 and change the digest (the documents are done again)", extract.digest() ~= before)
  extract.rules_language.de = nil
  H.eq("11.6 the digest as it was", extract.digest(), before)
  local d2 = H.tmpdir()
  H.write(d2 .. "/de.txt", "Truppen\n\n" .. de .. " " .. de)
  H.write(d2 .. "/fr.txt", "Titre\n\nSelon le NIS, 4 000 soldats nord-coréens sont arrivés en Russie le 27 janvier 2025.")
  local c2 = assert(lunette.open(d2 .. "/x.db"))
  c2:ingest({ d2 })
  local n = extract.run(c2, { "entities", "figures" })
  H.eq("11.7 a database run: the German document done, with nothing, and counted",
       { n.done, n.no_rules.de, c2:one([[SELECT count(*) AS n FROM annotations a JOIN documents d ON d.id = a.doc
         WHERE d.lang = 'de']]).n, c2:one([[SELECT count(*) AS n FROM annotations a JOIN documents d ON d.id = a.doc
         WHERE d.lang = 'fr']]).n > 0 }, { 2, 1, 0, true })
  H.eq("11.8 then no work", extract.run(c2, { "entities", "figures" }).done, 0)
  c2:close()
end
-- }======

-- {====== 12: cut texts: every extractor on the start and the end of each corpus article, cut at every
-- second word boundary (a rule reading the token before the text's first, or after its last, fails here:
-- FreSaDa showed two, a text opening on an inverted pronoun's own sentence and one opening on a verb)
do
  local errors, cuts = {}, 0
  local names = {}
  for name in require("lfs").dir(root .. "/corpus") do
    if name:find("%.txt$") then names[#names + 1] = name end
  end
  table.sort(names)
  for _, name in ipairs(names) do
    local f = assert(io.open(root .. "/corpus/" .. name, "rb"))
    local text = f:read("a")
    f:close()
    local k = 0
    for pos in text:gmatch("()%s") do
      k = k + 1
      if k % 2 == 0 then
        for _, t in ipairs{ text:sub(1, pos - 1), text:sub(pos + 1) } do
          cuts = cuts + 1
          local ok, err = pcall(extract.all, t, { lang = "fr", published = "2025-01-27" })
          if not ok and #errors < 3 then errors[#errors + 1] = name .. " at " .. pos .. ": " .. tostring(err) end
        end
      end
    end
  end
  H.check("12.1 cut texts: no extractor fails (" .. #names .. " articles, " .. cuts .. " cuts)",
          #errors == 0 and #names == 5 and cuts > 500,
          table.concat(errors, "\n"))
end
-- }======

os.exit(H.report("test_extract"))
