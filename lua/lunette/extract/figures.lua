--- lunette.extract.figures: every quantity that counts something.
---
--- figures(text, opts) -> records { start, end (0-based, end exclusive), text,
--- low, high, approx, unit, sentence, sentence_start, sentence_end }.
--- The rules are data (M.rules): hedges, range words, approximate nouns,
--- what a unit may be preceded by, and what is not a figure (years, dates,
--- durations, times, ordinals, list numbers, phone numbers). Each rule group
--- carries examples that tests/lua/test_extract.lua runs.
local numbers = require "lunette.extract.numbers"
local analyzer = require "lunette.analyzer"
local dates = require "lunette.extract.dates"    -- its months (a number before one is a day)

local M = { name = "figures", version = "1" }

local set = require("lunette.extract.seq").set
local agreed = require("lunette.extract.seq").agreed      -- (a participle's agreed forms)

M.rules = {
  -- hedges: folded term sequences before a number; all make approx = true
  hedges = {
    { "environ" }, { "pres", "de" }, { "pres", "d'" }, { "plus", "de" }, { "plus", "d'" },
    { "au", "moins" }, { "quelque" }, { "jusqu'", "a" },
    -- (and dépasser les 3 000, dépasser le million: below, each form of DEPASSER with les and le)
    { "franchi", "la", "barre", "des" }, { "franchit", "la", "barre", "des" }, { "la", "barre", "des" },
    { "franchi", "la", "barre", "du" }, { "franchit", "la", "barre", "du" }, { "la", "barre", "du" },
    { "exceeded" }, { "exceeds" }, { "topped" }, { "surpassed" },
    { "au-dela", "de" }, { "au-dela", "des" }, { "moins", "de" }, { "moins", "d'" }, { "pas", "moins", "de" },
    { "pas", "loin", "de" }, { "pas", "loin", "d'" }, { "pres", "de", "quelque" },
    { "approximativement" }, { "quasiment" }, { "presque" }, { "autour", "de" }, { "proche", "de" },
    { "proche", "d'" }, { "autour", "des" },
    { "about" }, { "around" }, { "approximately" }, { "roughly" }, { "nearly" }, { "almost" },
    { "more", "than" }, { "over" }, { "at", "least" }, { "up", "to" }, { "some" }, { "less", "than" },
    { "fewer", "than" }, { "an", "estimated" }, { "estimated" },
    { "un", "peu", "plus", "de" }, { "un", "peu", "plus", "d'" }, { "un", "peu", "moins", "de" },
    { "un", "peu", "moins", "d'" }, { "a", "peine", "plus", "de" }, { "bien", "plus", "de" },
    { "un", "peu", "plus", "du" }, { "just", "over" }, { "just", "under" }, { "slightly", "more", "than" },
    { "well", "over" },
    { "de", "l'", "ordre", "de" }, { "de", "l'", "ordre", "d'" }, { "au", "bas", "mot" }, { "grosso", "modo" },
    { "aux", "alentours", "de" }, { "aux", "alentours", "d'" }, { "a", "peu", "pres" }, { "environ", "de" },
    { "pas", "moins", "d'" }, { "plus", "ou", "moins" }, { "tout", "au", "plus" }, { "au", "maximum" },
    { "au", "minimum" }, { "as", "many", "as" }, { "as", "much", "as" }, { "as", "few", "as" },
    { "upwards", "of" }, { "in", "excess", "of" }, { "close", "to" }, { "under" }, { "below" },
    examples = {
      { "Pyongyang could send as many as 100,000 soldiers.", { low = 100000, approx = true, unit = "soldiers" }, "en" },
      { "un manque à gagner de l'ordre de 2 milliards d'euros", { low = 2000000000, approx = true, unit = "euros" } },
      { "Le ministre estimait à 300 000 les créations d'emplois.",
        { low = 300000, approx = false, unit = "créations" } },
      { "Près de deux Français sur trois approuvent.", { low = 66.7, approx = true, unit = "%" } },
      { "Un salarié sur cinq est concerné.", { low = 20, approx = false, unit = "%" } },
      { "7 sur 10 des sondés disent oui.", { low = 70, approx = false, unit = "%" } },
      { "Plus d'un enfant sur trois mourait.", { low = 33.3, approx = true, unit = "%" } },
      { "Les trois quarts des Français approuvent.", { low = 75, approx = false, unit = "%" } },
      { "Plus de la moitié des élus ont voté.", { low = 50, approx = true, unit = "%" } },
      { "Nearly a third of voters stayed home.", { low = 33.3, approx = true, unit = "%" }, "en" },
      { "Two-thirds of the members voted.", { low = 66.7, approx = false, unit = "%" }, "en" },
      { "Half a million refugees arrived.", { low = 500000, approx = false, unit = "refugees" }, "en" },
      { "One in five voters stayed home.", { low = 20, approx = false, unit = "%" }, "en" },
      { "Two out of three Americans agree.", { low = 66.7, approx = false, unit = "%" }, "en" },
      { "Il y avait 25 000 soldats environ.", { low = 25000, approx = true, unit = "soldats",
                                                  text = "25 000 soldats environ" } },
      { "Une bonne centaine de personnes", { low = 100, approx = true, unit = "personnes" } },
      { "Nearly half a million people voted.", { low = 500000, approx = true, unit = "people" }, "en" },
      { "Un peu plus de 500 soldats ont été tués.", { low = 500, approx = true, unit = "soldats",
                                                       text = "Un peu plus de 500 soldats" } },
      { "Environ 8 millions d'obus", { low = 8000000, approx = true, unit = "obus" } },
      { "près de 10 000 militaires", { low = 10000, approx = true, unit = "militaires" } },
      { "au moins 40 civils", { low = 40, approx = true, unit = "civils" } },
      { "jusqu’à 30 000 soldats", { low = 30000, approx = true, unit = "soldats" } },
      { "more than 11,000 troops", { low = 11000, approx = true, unit = "troops" }, "en" },
      { "PLUS DE 500 DRONES", { low = 500, approx = true, unit = "DRONES" } },
      { "Les pertes dépassent les 10 000 hommes", { low = 10000, approx = true, unit = "hommes" } },
      { "le bilan a franchi la barre des 100 morts", { low = 100, approx = true, unit = "morts" } },
      { "the toll exceeded 1,000 deaths", { low = 1000, approx = true, unit = "deaths" }, "en" },
    },
  },
  -- range words between two numbers (folded), and words that open a range
  range_sep = set{ "à", "et", "-", "–", "and", "to", "ou", "or", "voire", "parfois" },   -- 3 ou 4 détenus: 3 to 4
  range_open = set{ "entre", "de", "between", "from" },
  -- "de X à Y" after these is a change, two figures, not a range: "le chômage est passé de
  -- 22 à 13 %" (22 % and 13 %), "turnout rose from 40 to 52 percent"; a few words may come
  -- between ("est passé en dix ans de 10 à 18 %"). Not augmenter / baisser de, which also
  -- give the size of a change ("augmenter de 10 à 12 %": by 10 to 12 %)
  change = {
    verbs = set{ "passer", "passe", "passes", "passent", "passé", "passée", "passés", "passées",
                 "passant", "passait", "passaient", "passa", "passèrent", "passera", "passeront",
                 "passerait", "passeraient", "passage",
                 -- raised or brought from one to the other: "portée de 37 à 39 euros", "ramené de 90 à 80"
                 "porté", "portée", "portés", "portées", "relevé", "relevée", "relevés", "relevées",
                 "ramené", "ramenée", "ramenés", "ramenées", "abaissé", "abaissée", "abaissés", "abaissées",
                 "rehaussé", "rehaussée", "rehaussés", "rehaussées",
                 -- (their infinitives: "abaisser cet objectif en juin, de 800 à 770 appareils"; not réduire,
                 -- "réduire les émissions de 40 à 70 %" by as much)
                 "porter", "relever", "ramener", "abaisser", "rehausser",
                 "rose", "risen", "rising", "rises", "rise", "fell", "fallen", "falling", "falls",
                 "increased", "decreased", "grew", "grown", "climbed", "jumped", "dropped",
                 "declined", "soared", "plunged", "surged", "slipped", "went", "gone", "going" },
    openers = set{ "de", "d'", "from" },
    auxiliaries = set{ "est", "sont", "a", "ont", "etait", "etaient", "avait", "avaient", "has", "have", "had",
                       "is", "are", "was", "were" },
    reach = 7,                   -- words back from the opener, inside the sentence, no mark but ','
  },
  open_brackets = set{ "(", "[" },
  rankings = set{ "top", "flop" },
  -- a determiner repeated before the second of two numbers listed: "du 18 et du 19 février"
  list_dets = set{ "du", "le", "les", "au", "des" },
  -- words that list two numbers: "de 15 et 16 ans" (the first takes the second's noun)
  list_joins = set{ "et", "ou", "and", "or" },
  -- "et" / "and" join a range only after these ("entre 4 et 6 millions"); "de 0,5 et 1,5
  -- points" lists two values
  range_and = { seps = set{ "et", "and" }, openers = set{ "entre", "between" } },
  -- a CSS declaration scraped with a page ("{ padding-bottom: 50%; }", "margin:0 0 20px 0"):
  -- a brace opened at most this many bytes before a number, not closed, then a property
  css_reach = 400,
  -- articles before an approximate noun (une dizaine) and the plural forms (des centaines)
  approx_single = set{ "une", "un", "a", "la", "cette" },          -- (la dizaine de milliers de morts)
  approx_definite = set{ "la", "cette" },
  -- one-letter symbols of measures (seconds, tonnes, grams, metres, hours, times)
  unit_letters = set{ "s", "t", "g", "m", "h", "x", "l", "k" },
  approx_adjectives = set{ "bonne", "petite", "grosse", "large" },
  -- hedges after the figure: "25 000 soldats environ", "3,000 or so", "cinq députés ou moins",
  -- "3 000 au moins", "50 euros maximum", "300 et quelques"; not before what goes on to another
  -- figure or a comparison ("200 soldats et plus de 300 civils", "10 or more than 20"); "au plus"
  -- alone makes superlatives ("deux patients au plus mal", "2 000 soldats au plus fort de la crise")
  post_hedges = { { "environ" }, { "or", "so" }, { "a", "peu", "pres" }, { "ou", "plus" }, { "ou", "moins" },
                  { "et", "plus" }, { "ou", "davantage" }, { "voire", "plus" }, { "voire", "davantage" },
                  { "au", "moins" }, { "au", "minimum" }, { "au", "maximum" }, { "maximum" },
                  { "tout", "au", "plus" }, { "au", "bas", "mot" }, { "et", "quelques" },
                  { "et", "des", "poussieres" }, { "or", "more" }, { "or", "less" }, { "or", "fewer" },
                  { "at", "least" }, { "at", "most" }, { "at", "the", "most" }, { "and", "more" }, { "or", "over" },
                  examples = {
                    { "élus dans les départements de cinq députés ou moins", { low = 5, approx = true,
                                                            unit = "députés", text = "cinq députés ou moins" } },
                    { "Ils étaient 3000 au moins.", { low = 3000, approx = true, text = "3000 au moins" } },
                    { "Cela coûte 50 euros maximum.", { low = 50, approx = true, unit = "euros" } },
                    { "Il a vendu 300 000 disques et quelques.", { low = 300000, approx = true, unit = "disques" } },
                    { "The blasts killed 1,000 people or more.", { low = 1000, approx = true, unit = "people",
                                                                   text = "1,000 people or more" }, "en" },
                  } },
  post_hedge_never_before = set{ "de", "d'", "du", "des", "que", "qu'", "than", "of" },
  approx_plural = set{ "des", "plusieurs", "quelques", "several", "many" },
  -- "several hundred troops", "a few thousand": the English scales after several / a few
  approx_plural_en = set{ "several", "few" },
  -- words before an English plural approximate noun alone that make it no count (see bare_approx_en)
  bare_approx_not_after_en = set{ "the", "their", "his", "her", "its", "our", "by", "in" },
  approx_scales_en = { hundred = 100, thousand = 1000, million = 1000000, billion = 1000000000 },
  -- between a number and its noun: de / d' / of, determiners, possessives, adjectives
  -- "les socialistes ne sont que 276": a plural "être", the adverbs between it and the number,
  -- the determiners of its subject
  -- (and before a number that à and a lower-case word follow, être counts its subject: "ils sont 500 à
  -- avoir", "elles sont douze à porter plainte"; see subject_count)
  be_plural = set{ "sont", "etaient", "seront", "furent", "seraient", "sommes", "etions", "etes", "serons", "fumes" },
  count_pronouns = set{ "ils", "elles", "nous", "vous" },
  be_adverbs = set{ "que", "qu'", "desormais", "encore", "aujourd'hui", "seulement", "deja", "pres", "plus" },
  singular_dets = set{ "le", "la", "l'", "un", "une", "son", "sa", "ce", "cet", "cette", "leur", "notre", "votre",
                       "mon", "ma", "a", "an", "this", "that", "its", "his", "her" },
  plural_dets = set{ "les", "des", "ces", "nos", "vos", "leurs", "ses", "mes" },
  -- nouns with no plural mark: "1,5 million de sans-abri", "trois sans-papiers"
  invariant_nouns = set{ "sans-abri", "sans-emploi", "sans-logis", "sans-grade", "sans-culotte", "sans-papier" },
  unit_quotes = set{ "«", "\"", "“" },
  closing_quotes = set{ "»", "\"", "”" },
  -- a reference mark between a number and its noun: "214 millions [2] de femmes" (a footnote)
  reference_marks = { ["["] = "]", ["("] = ")" },
  -- the bases of a share, "N sur M" (a rate: "deux Français sur trois", "7 sur 10"); over
  -- another count both stay counts ("151 parlementaires sur 301", "43 départements sur 98");
  -- and what after M makes it no base ("une chance sur 10 puissance 25")
  share_bases = { [2] = true, [3] = true, [4] = true, [5] = true, [6] = true, [7] = true, [8] = true, [9] = true,
                  [10] = true, [20] = true, [100] = true, [1000] = true },
  share_not_after = set{ "puissance", "exposant" },
  -- what joins a count to a rate's base: "466 cas pour 100 000 habitants", "12 deaths per 1,000 births"
  rate_bases = set{ "pour", "per", "par" },
  -- the parts of a concentration, a rate base and a multiplier after them: "420 parties par million"
  ratio_parts = set{ "partie", "parties", "part", "parts" },
  -- fractions of a group (their denominators), and the articles that make one of them
  fractions = { moitie = 2, tiers = 3, quart = 4, quarts = 4, half = 2, third = 3, thirds = 3, quarter = 4,
                quarters = 4 },
  -- fractions written as one word: numerator and denominator
  fraction_words = { ["two-thirds"] = { 2, 3 }, ["three-quarters"] = { 3, 4 }, ["one-third"] = { 1, 3 },
                     ["one-quarter"] = { 1, 4 }, ["one-half"] = { 1, 2 } },
  fraction_dets = set{ "la", "le", "les", "un", "une", "l'", "a", "the" },
  -- how the words of a change begin (folded), before de or by and a fraction that sizes it: "a baissé
  -- d'un tiers", "une hausse d'un quart", "réduit de moitié", "fell by half"
  change_stems = { "baiss", "hauss", "augment", "recul", "chut", "diminu", "redu", "progress", "grimp", "bond",
                   "fond", "effondr", "envol", "amput", "rabot", "croi", "accru", "accroi", "contract", "gonfl",
                   "fell", "fall", "rose", "rise", "risen", "cut", "increas", "reduc", "drop", "grew", "grow",
                   "shrank", "shrunk", "declin", "slash", "jump", "climb", "surg", "plung", "slump", "soar" },
  -- what joins a fraction to its group: "la moitié des Français", "half of Americans"
  fraction_of = set{ "de", "d'", "du", "des", "of" },
  -- or names its group before it, a relative: "700 000 déplacés, dont plus de la moitié sont des enfants",
  -- "700,000 people, of whom half are children" (English after of)
  fraction_relatives = set{ "dont", "whom", "which" },
  -- what a fraction of is no group: "un quart de point", "les quarts de finale", "trois quarts de tour"
  fraction_not_of = set{ "point", "points", "finale", "finales", "tour", "litre", "litres", "kilo", "kilos",
                         "mile", "miles", "kilometre", "kilometres", "metre", "metres", "pouce", "dollar",
                         "euro", "livre", "ton", "temps", "lieue", "lieues", "pinte", "verre", "tasse",
                         -- ("a quarter of a percentage point", "about a third of a cent")
                         "percentage", "pourcentage", "percent", "cent", "cents", "centime", "centimes", "penny",
                         "pence", "inch", "gallon", "pound", "ounce", "acre", "hectare" },
  unit_determiners = set{ "les", "la", "le", "ses", "leurs", "leur", "ces", "nos", "vos", "the", "their", "its",
                          "his", "her" },
  of_words = set{ "de", "d'", "of" },
  -- nouns of a change, no count after an amount in millions and de: "20 milliards de hausses d'impôts"
  change_nouns = set{ "hausse", "hausses", "baisse", "baisses", "augmentation", "augmentations", "diminution",
                      "diminutions", "reduction", "reductions", "increases", "cuts" },
  -- "8 de ses 10 derniers matches", "deux de ces trois pays", "58 of the 73 drones": de or of and
  -- these, a group after them (des alone in French, of alone in English: "58 of 73 drones")
  group_determiners = set{ "ces", "ses", "leurs", "nos", "vos", "mes", "tes", "the", "these", "those", "its",
                           "their", "his", "her", "our" },
  -- and the adjectives between its number and its noun
  group_adjectives = set{ "derniers", "dernieres", "premiers", "premieres", "prochains", "prochaines", "autres",
                          "grands", "grandes", "principaux", "principales" },
  unit_skip = set{ "de", "d'", "des", "of", "ses", "leurs", "leur", "ces", "nos", "vos", "les", "la", "le",
                   "their", "its", "his", "her", "the", "propres", "nouveaux", "nouvelles", "nouveau",
                   "nouvelle", "anciens", "beaux", "belles", "bons", "bonnes", "gros", "grosses", "petites",
                   "grandes", "vrais", "vraies", "anciennes", "petits", "grands", "derniers", "dernieres",
                   "dernier", "derniere", "premier", "premiere", "premiers", "premieres", "prochains",
                   "prochaines", "precedents", "precedentes", "principaux", "principales", "longs",
                   "longues", "courts", "courtes",
                   "seuls", "seules", "vieux", "vieilles", "hauts", "hautes", "mauvais", "mauvaises",
                   "pleins", "pleines", "faux", "fausses", "simples", "enormes", "immenses",
                   "forts", "fortes", "fervents", "ferventes", "veritables", "jolis", "jolies", "lourds",
                   "lourdes", "meilleurs", "meilleures", "pires", "excellents", "excellentes",
                   "magnifiques", "superbes", "splendides", "sublimes", "terribles", "formidables", "parfaits",
                   "parfaites", "rares", "nombreux", "nombreuses", "courageux", "courageuses", "gigantesques",
                   "savoureux", "savoureuses", "minuscules", "modestes", "infimes",
                   "own", "new", "more", "additional", "other", "few", "big", "small", "major", "further", "extra",
                   "fresh", "separate", "consecutive", "straight" },
                   -- (not last, past, next, first: in English they come before the number)
  -- how many times, not how many things: "deux fois", "three times"; fractions
  -- ("les trois quarts des Français") are proportions, not counts
  repeats = set{ "fois", "times", "quarts", "tiers", "cinquiemes", "dixiemes", "quarters", "thirds", "reprises",
                  "occasions", "occasion" },
  -- a proportion: "un enfant sur trois", "one in five", "huit personnes sur dix",
  -- "eight out of ten": the number after sur/in/out of, with un/une/one or another
  -- number at most three tokens before it
  proportion = { after = set{ "sur", "in" }, one = set{ "un", "une", "one", "1" } },
  -- set phrases with a number that count nothing
  -- (a row may start one word before the number: "à deux doigts")
  idioms = { { "deux", "poids", "deux", "mesures" }, { "deux", "poids", ",", "deux", "mesures" },
             { "aux", "quatre", "coins" }, { "a", "deux", "doigts" }, { "entre", "quatre", "yeux" },
             { "trente-six", "chandelles" }, { "aux", "quatre", "vents" }, { "les", "cent", "pas" },
             { "en", "deux", "temps", "trois", "mouvements" }, { "bottes", "de", "sept", "lieues" },
             { "de", "mille", "feux" }, { "a", "deux", "pas" }, { "a", "deux", "mains" }, { "des", "quatre", "fers" },
             { "a", "quatre", "pattes" }, { "en", "mille", "morceaux" }, { "ses", "quatre", "verites" },
             { "ses", "4", "verites" }, { "leurs", "quatre", "verites" }, { "dix", "de", "retrouvees" },
             { "les", "quatre", "verites" }, { "tous", "les", "quatre", "matins" }, { "entre", "deux", "chaises" },
             { "a", "deux", "vitesses" }, { "en", "deux", "mots" }, { "en", "quelques", "mots" },
             { "sur", "les", "deux", "tableaux" }, { "de", "ces", "quatre" }, { "entre", "deux", "eaux" },
             { "a", "deux", "titres" }, { "entre", "deux", "tours" }, { "les", "quatre", "cents", "coups" },
             { "les", "400", "coups" }, { "par", "quatre", "chemins" }, { "d'", "une", "pierre", "deux", "coups" },
             { "les", "cheveux", "en", "quatre" }, { "jamais", "deux", "sans", "trois" }, { "ni", "une", "ni", "deux" },
             { "son", "trente", "et", "un" }, { "son", "31" }, { "les", "trente-six", "du", "mois" },
             { "des", "quatre", "coins" }, { "pizza", "quatre", "fromages" }, { "pizza", "4", "fromages" },
             { "les", "quatre", "coins", "du" }, { "de", "deux", "choses", "l'", "une" },
             { "en", "quatre", "pour" }, { "en", "deux", "temps" }, { "aux", "trois", "bandes" },
             -- how many digits: "une croissance à deux chiffres"
             { "a", "un", "chiffre" }, { "a", "deux", "chiffres" }, { "a", "trois", "chiffres" },
             { "a", "quatre", "chiffres" }, { "double-digit" },
             -- titles: the consumer magazine, the animal show
             { "60", "millions", "de", "consommateurs" }, { "30", "millions", "d'", "amis" } },
  -- a singular article right before a number names a thing, it counts none:
  -- "un deux pièces", "le 100 mètres", "le 20 heures"
  singular_det = set{ "un", "une", "le", "la", "ce", "cet", "cette" },
  singular_multipliers = set{ "million", "milliard", "billion", "trillion" },
  -- a bare number after au / du names a thing, or is a day: "son appel au 115", "les
  -- écoutants du 3919", "les habitants du 93", "du 15 au 19 novembre"; it takes no noun
  -- from before (but "au 2,5 emplois", "du milliard d'euros" count)
  -- (and after par, a factor: "multiplié par 3", "divisé par deux", "Preuve par 3"; after en,
  -- a year or parts: "au pouvoir en 39", "partagé en 6")
  named_after = set{ "au", "du", "par", "by", "en" },
  -- what opens a clause, before which the subject of être is not sought (see counted_noun)
  clause_openers = set{ "il", "ils", "elle", "elles", "on", "car", "mais", "que", "qu'", "qui", "et" },
  -- verbs that put a count at a number, a few words before at / à ("put it at 120,000", "l'a
  -- évaluée à 12 000", "a estimé la foule à 12 000")
  estimate_verbs = set{ "put", "puts", "estimated", "estimates", "estimate", "placed", "places", "pegged",
                        "evalue", "evaluee", "evalues", "evaluees", "evaluait", "evaluaient", "estime", "estimee",
                        "estimes", "estimees", "estimait", "estimaient", "chiffre", "chiffree", "chiffrait" },
  -- a number glued between these is in code or data (a:1:{s:8:, i:2;), no count
  code_marks = set{ ":", ";", "{", "}", "=", "|" },
  -- English prepositions that end a noun run ("2.5 million shells since January")
  prepositions_en = set{ "since", "from", "in", "at", "by", "for", "with", "over", "during", "after", "before",
                         "until", "across", "into", "on", "per", "near", "against", "under", "within", "without",
                         "ahead", "behind", "through", "throughout", "toward", "towards", "amid", "among", "around",
                         "along", "beyond", "despite", "via", "between" },
  -- codes in capitals a number names (flights, roads, trains): "le vol AF 453", "la RN 7"
  code_words = set{ "AF", "RN", "TGV", "TER", "RER", "EZY", "LH", "BA", "KL", "IB", "UA", "AA", "DL",
                    "SU", "TK", "QR", "EK", "U2", "FR", "MS", "IC", "ICE" },
  -- "le nombre de manifestants": a noun naming what a bare count counts (see counted_noun)
  count_nouns = set{ "nombre", "number", "total" },
  -- how far back the noun of such a count may stand before the number (tokens), and a toll's ("le
  -- bilan s'élève à 66"; not "ce bilan financier ..., une ardoise de 15 millions")
  count_noun_reach = 30,
  toll_noun_reach = 16,
  -- nouns whose complement after de is part of them, no count's noun (folded, head and complement; see
  -- change_subject): "le chiffre d'affaires dépasse 3 milliards"
  compound_nouns = set{ "chiffre affaires", "pouvoir achat", "taux interet", "taux chomage", "prix vente",
                        "cours bourse", "capital risque" },
  -- what joins a change to its percentage before the level reached (see change_subject), and how many words or
  -- commas may stand between the percentage and à / to ("fell by 38% last year to about 239,000")
  level_by = set{ "de", "d'", "by" },
  level_gap = 4,
  -- a change by a count then à / to and a number this many times larger is the change and the level reached,
  -- two figures ("fell by 8,000 to 211,000", "a reculé de 12 000 à 331 300"); closer, a range of the change
  -- ("rose by 2 to 3 percent", "augmenter de 10 à 12 %")
  level_ratio = 5,
  -- nouns of a level, no count, as such a subject ("Les prix passent de 10 à 12", "Shares of Apple rose by 5% to 230")
  level_nouns = set{ "prix", "prices", "taux", "rates", "cours", "shares", "stocks", "actions", "couts", "costs",
                     "tarifs", "loyers", "rents", "salaires", "wages", "yields" },
  subject_reach_en = 12,                -- words back from the verb to an English subject's head (change_subject)
  -- verbs whose object is the value of a count named before them
  reach_verbs = set{ "atteint", "atteignent", "atteignait", "depasse", "depassent", "depassait", "franchit",
                     "reaches", "reached", "tops", "topped", "totals", "totalled", "totaled", "exceeds", "exceeded" },
  -- what forecasts a number: no noun of it ("contre 180 000 attendus", "than the 180,000
  -- economists had expected"); and what compares it with another before it, in English
  forecasts = set{ "attendus", "attendues", "prevus", "prevues", "escomptes", "escomptees", "anticipes",
                   "anticipees", "esperes", "esperees", "projetes", "expected", "forecast", "forecasted",
                   "predicted", "anticipated", "projected", "estimated" },
  comparisons_en = set{ "versus", "vs" },
  -- verbs of a toll before un and a casualty ("a fait un mort", "faisant une victime", "s'élève à un mort")
  toll_verbs = set{ "fait", "faisant", "font", "causant", "cause", "provoque", "provoquant" },
  -- participles of telling a figure, before par and the one who tells it (see forecasts)
  said_by = agreed{ "annonce", "avance", "revendique", "declare", "recense", "denombre", "comptabilise", "evoque",
                    "affiche" },
  -- the toll of a disaster, whose level is a count: "le bilan s'est alourdi à 41", "the death toll
  -- rose to 41" (the unit: the toll)
  toll_nouns = set{ "bilan", "toll" },
  -- plural nouns of events whose count is a bare number in digits right after de or of (counted_noun):
  -- "Fourth-quarter deliveries of 495,570", "des livraisons de 12 000"; not a group's size ("groups of 10",
  -- "des équipes de 11", "des séries de 100", "par petites portions de trois": size_nouns)
  of_counted_ends = { "ies$", "ions$", "ments$", "ings$", "als$", "ees$", "^sales$", "^orders$", "^exports$",
                      "^imports$", "^deaths$", "^births$", "^ventes$", "^livraisons$", "^naissances$", "^deces$",
                      "^embauches$" },
  size_nouns = set{ "series", "portions", "parties", "tranches", "sessions", "rations", "sections", "divisions",
                    "batches", "increments", "lots", "paquets", "packs" },
  -- participles that relate a count to what it is of, before à (no noun: "dont 13 557 liés à un cancer")
  relation_participles = agreed{ "lie", "du", "associe", "consacre", "destine", "reserve", "alloue", "affecte",
                                 "attribue", "accorde", "rattache", "imputable", "attribuable" },
  -- participles of what befell a group's part, or of where it came from, before de or par, no noun: "dont 700 000
  -- atteints d'une affection", "dont 1 000 venus d'autres régions"
  -- (as written, lower case: not the nouns "deux ou trois touches par jour", "des millions de touches de tendresse")
  befallen_participles = set{ "atteint", "atteints", "atteinte", "atteintes", "touché", "touchés", "touchée",
                              "touchées", "frappé", "frappés", "frappée", "frappées", "infecté", "infectés", "infectée",
                              "infectées", "contaminé", "contaminés", "contaminée", "contaminées", "concerné",
                              "concernés", "concernée", "concernées", "visé", "visés", "visée", "visées", "venus",
                              "venues", "arrivés", "arrivées", "issus", "issues" },
  -- what joins an estimate to a higher one, whose noun they share ("des centaines, voire des milliers de morts")
  even_higher = set{ "voire", "or even", "ou même", "sinon" },
  -- French number words that are English words, no number in an English text
  not_numbers_en = set{ "seize" },
  -- English plurals with no s (the verb after them has none: "2,000 people attend")
  plurals_en = set{ "people", "children", "men", "women" },
  -- adjectives that are also nouns: "trois jeunes" (a unit), "trois jeunes filles" (filles)
  adjective_nouns = set{ "jeunes", "vieux", "vieilles", "simples", "young" },
  -- adjectives between un, une, one and the noun that others stand for ("un seul amendement ... trois autres")
  one_adjectives = set{ "seul", "seule", "premier", "premiere", "dernier", "derniere", "nouveau", "nouvel",
                        "nouvelle", "autre", "second", "seconde", "single", "first", "last", "other", "new" },
  -- what a clause that un, une, one open may follow ("..., une personne est morte et")
  one_openers = set{ ",", ";", ":", "et", "mais", "and", "but", "(", "«", '"', "“" },
  -- adjectives that come before the noun they qualify and count nothing themselves: "deux célèbres
  -- enquêteurs", "trois anciens ministres", "les cinq principaux candidats" (the noun after them is
  -- the unit, a participle too: "deux nouveaux élus")
  prenominal = { "grands", "grandes", "petits", "petites", "nouveaux", "nouvelles", "anciens", "anciennes",
                 "gros", "grosses", "beaux", "belles", "bons", "bonnes", "mauvais", "mauvaises", "vrais",
                 "vraies", "faux", "fausses", "hauts", "hautes", "principaux", "principales", "celebres",
                 "futurs", "futures", "veritables", "soi-disant", "pretendus", "pretendues", "heureux",
                 "malheureux", "malheureuses", "pauvres", "fameux", "fameuses", "immenses", "enormes",
                 examples = {
                   { "les deux célèbres enquêteurs Mickey et Dingo", { low = 2, approx = false, unit = "enquêteurs" } },
                   { "Les cinq principaux candidats ont débattu.", { low = 5, approx = false, unit = "candidats" } },
                   { "Trois nouveaux élus siègent.", { low = 3, approx = false, unit = "élus" } },
                 } },
  -- words that set a number against the one before, whose noun it leaves out: after a measure
  -- or a duration, no count ("ravagé 72 000 hectares, contre 19 000 en 2023", "20 ans de
  -- prison, contre 12 pour son complice", "3,000 acres, against 1,200 a year earlier")
  compared = set{ "contre", "soit", "voire", "versus", "vs", "against" },
  -- prepositions that make the figure after them a complement's, not the clause's object (see compared)
  -- (not par: "élu par 55 voix contre 52")
  complement_preps = set{ "a", "au", "aux", "chez", "aupres", "to" },
  -- how many sentences back an amount in millions with no noun takes the unit of money
  money_reach = 3,
  -- possessives before a verb's object that a figure after to / à numbers (see counted_noun)
  object_possessives = set{ "its", "their", "his", "her", "son", "sa", "ses", "leur", "leurs" },
  -- the starts of verbs whose object is money (folded): an amount in millions after one takes no noun of
  -- a count before it ("les 420 000 employés ... coûteront 9,4 milliards", "will cost $2 billion")
  money_verbs = { "cout", "rapporte", "rapporter", "depens", "econom", "debours", "factur", "cost", "spend",
                  "spent" },
  -- nouns of a count that make an amount in millions after them in their sentence no money's
  -- (not total, as often money's: "Le préjudice total est évalué à 3,4 millions d'euros ... 2,1 millions")
  count_subjects = set{ "nombre", "number", "liste", "effectif", "effectifs", "population", "list", "backlog",
                        "headcount", "tally", "toll", "bilan", "numbers" },
  -- units that measure rather than count: no elided noun after them is theirs
  measures = set{ "point", "points", "pts", "pt" },
  -- a count from which an amount in millions with no noun may take the noun of the one before
  -- ("1,500 people died and 3.5 million fled"; not "deux enfants ... 2 millions")
  large_count = 1000,
  -- a noun that stands for an elided one: "quelque 3 000 autres"; and the adjectives that do ("878
  -- commandes brutes (826 nettes)", "5 600 blessés, dont 124 graves")
  elided = set{ "autres", "others", "supplementaires", "additional", "graves", "nets", "nettes", "positifs",
                "mortels", "mortelles", "fatals", "fatales", "benins", "benignes", "legers", "legeres",
                "positives", "confirmes", "confirmees", "necessaires", "requis", "restants", "restantes",
                "manquants", "manquantes", "needed", "required", "remaining" },
  -- and what was promised or planned, after digits ("400 policiers sur les 2 500 promis"; not "une seule
  -- année, contre deux prévues", a number word that may count years)
  planned = set{ "promis", "promises", "prevus", "prevues", "attendus", "attendues", "escomptes", "escomptees",
                 "vises", "visees", "budgetes", "budgetees", "planifies", "planifiees", "promised", "pledged",
                 "planned", "expected" },
  -- the articles before an amount with no noun that say it was told before (see told in extract)
  told_again = set{ "les", "des", "aux", "the" },
  told_min = 100,              -- (smaller numbers come back by chance: "les 10 p. 100 habituels")
  -- those of them that name more of the last count's noun, whatever its sentence ("près de 6 millions de
  -- Syriens. Environ 7,2 millions d'autres")
  others = set{ "autres", "others" },
  -- what says a number is a difference, its noun left out, after de ("nonante de plus"; not "les deux plus
  -- jeunes") or, in English, right after it ("sixty more")
  more_words = set{ "plus", "moins" },
  -- verbs of a change whose particle "up" makes "up to" no hedge: "inflation edged up to 5%" (a
  -- value reached, exact), "was revised up to 2.5%"; not "killed up to 5,000 people"
  up_verbs_en = set{ "edge", "edged", "edges", "edging", "tick", "ticked", "ticks", "ticking", "creep", "crept",
                     "creeps", "creeping", "inch", "inched", "inches", "inching", "move", "moved", "moves", "moving",
                     "climb", "climbed", "climbs", "climbing", "jump", "jumped", "jumps", "jumping", "go", "went",
                     "goes", "going", "gone", "shoot", "shot", "shoots", "shooting", "rise", "rose", "rises",
                     "rising", "risen", "revise", "revised", "revises", "revising", "bump", "bumped", "bumps",
                     "ramp", "ramped", "ramps", "step", "stepped", "steps", "crawl", "crawled", "crawls" },
  more_words_en = set{ "more", "fewer", "less" },
  -- a participle's attribute after "autres" (besides participles): "deux autres retrouvés morts"
  attributes = set{ "morts", "mortes", "vivants", "vivantes", "prisonniers", "prisonnieres", "otages" },
  -- French words after a number that are no noun it counts (adverbs, prepositions):
  -- the noun is elided ("Europe 1 hier soir", "au lieu de 12 actuellement"); so are
  -- adverbs in -ment and, after a number of two or more, words with no plural ending
  -- ("8 personnes sur 10 disent", "la chaîne France 4 va diffuser")
  not_units = set{ "hier", "demain", "toujours", "deja", "souvent", "jamais", "ensuite", "ici", "maintenant",
                   "desormais", "seulement", "environ", "pres", "loin", "malgre", "parmi", "chacun", "chacune",
                   "contre", "pendant", "durant", "depuis", "selon", "apres", "avant", "vers", "chez",
                   "hors", "aujourd'hui", "actuellement", "auparavant", "moins", "plus", "davantage",
                   "yesterday", "today", "tomorrow", "last", "this", "next", "ago", "earlier", "later", "already",
                   "still", "now", "each", "every", "apiece", "against", "according", "overnight", "annually", "daily",
                   "weekly", "monthly", "nationwide", "worldwide", "overall", "altogether", "abroad", "instead" },
  -- "tous deux", "toutes les trois": both, all three; no count
  all_of = set{ "tous", "toutes" },
  -- what follows a number that is not a figure
  -- nouns of how often, besides durations, before sur: "une fois sur deux", "un match sur trois" is a share
  frequency_nouns = set{ "fois", "time", "times" },
  durations = set({ "an", "ans", "annee", "annees", "mois", "jour", "jours", "semaine", "semaines", "heure",
                   "heures", "minute", "minutes", "seconde", "secondes", "siecle", "siecles", "decennie",
                   "decennies", "year", "years", "month", "months", "day", "days", "week", "weeks",
                   "hour", "hours", "decade", "decades", "century", "centuries", "h", "min",
                   "nuit", "nuits", "soir", "soirs", "soiree", "soirees", "matin", "matins", "matinee", "matinees",
                   "week-end", "week-ends", "weekend", "weekends", "semestre", "semestres", "night", "nights",
                   "evening", "evenings", "morning", "mornings",
                   -- a sports season: "s'est engagé pour cinq saisons", "two seasons at the club"
                   "saison", "saisons", "season", "seasons",
                   -- seasons of the year: "lors des deux hivers précédents", "three summers ago"
                   "hiver", "hivers", "etes", "automne", "automnes", "winter", "winters", "summer", "summers",
                   -- years of age as written of birthdays: "fêtera ses 18 printemps", "souffle ses 40 bougies"
                   "printemps", "bougies" },
                   -- (not journées nor trimestres: "650 000 journées d'arrêt de travail", "150 trimestres
                   -- de cotisation", "après huit journées de championnat" count); and the measures
                   -- (numbers.measures: km, tonnes, °C) and the words of a time of day (numbers.day_halves,
                   -- time_zones: "at 3 pm", "14.05 BST")
                   numbers.measures, numbers.day_halves, numbers.time_zones),
  -- what comes before the pronoun en (not the preposition: "en insuffisance cardiaque")
  en_subjects = set{ "n'", "ne", "il", "elle", "ils", "elles", "on", "qui", "je", "j'", "nous", "vous", "y" },
  -- English adjectives of a count glued to it, the noun after them the count's: "a 5,000-strong force"
  compound_adjectives_en = set{ "strong" },
  -- the English article "an" is no French year ("£12.21 an hour": the pounds count)
  not_durations_en = set{ "an" },
  -- the least a bare number its source follows must be to count ("480 000 selon la police"; not
  -- "par 2 voire 3 d'après ses calculs", "j'en parais 12 ou 40 selon l'éclairage")
  sourced_min = 100,
  -- verbs after a name and its number, the name their subject (see named_number): "France 24 a annoncé"
  name_verbs = set{ "a", "est", "va", "sera", "avait", "etait", "has", "is", "was", "will", "had" },
  -- what follows a number in an address: "10 rue de Pontèves", "104 avenue Foch"
  address = set{ "rue", "avenue", "av", "boulevard", "bd", "place", "allee", "quai", "chemin", "impasse",
                 "square", "street", "road", "lane" },
  -- what makes the number after it an identifier: n°86, numéro 5, No. 3
  number_signs = set{ "°", "º", "numero", "number", "no", "nr", "n°", "#", "saison", "episode", "tome",
                      "chapitre", "page", "p", "article", "volume", "vol", "version", "acte", "partie",
                      "section", "ligne", "chaine", "niveau", "etape", "phase", "annexe", "alinea",
                      "season", "chapter", "level", "stage", "route", "terminal", "porte", "quai",
                      "salle", "bus", "vol", "flight", "room", "gate", "ligue", "top", "tomes", "chapitres",
                      -- a degree: bac +3, master 2, licence 3
                      "bac", "master", "licence",
                      "pages", "pp", "saisons", "episodes", "articles", "numeros", "lignes", "annees", "years",
                      -- a year naming an edition: l'édition 2015, le millésime 2010, la promotion 2020
                      "edition", "millesime", "cuvee", "promotion", "promo", "exercice", "rentree",
                      -- levels and zones: le cycle 2, la zone 3, la catégorie 4
                      "cycle", "zone", "division", "categorie", "category",
                      -- kinds and grades: la classe 10, le type 2, le stade 4
                      "classe", "class", "type", "stade", "degre", "grade", "echelon",
                      -- roads: la route nationale 114, la départementale 914, l'autoroute A7, Highway 1
                      "nationale", "departementale", "autoroute", "rn", "rd", "highway", "interstate", "tram",
                      "metro",
                      -- a copyright's year: "© 2024 AFP", "Copyright 2025 The Associated Press"
                      "©", "copyright" },
  -- what makes the number after it (with "de" or "between" between, and the numbers listed
  -- or ranged with it) years of age: "aged 20 and 26", "ages 3 to 12", "aged between 18 and
  -- 25", "âgés de 20 à 26" (folded; "ans" after, the usual French, is a duration anyway)
  age_words = set{ "aged", "age", "ages", "agee", "agees" },
  age_links = set{ "de", "d'", "between", "from", "entre" },
  age_joins = set{ "to", "a", "-", "–", "ou", "or" },     -- (besides et, and, a comma: aged 18 to 30)
  -- English people over or under an age: "people over 80 were", "adults under 30 who", "voters over 65"
  age_bounds_en = set{ "over", "under", "above" },
  age_people_en = set{ "people", "those", "adults", "men", "women", "children", "kids", "patients", "residents",
                       "voters", "workers", "drivers", "users", "americans", "britons", "anyone", "everyone",
                       "persons", "individuals", "teens", "teenagers", "girls", "boys" },
  age_verbs_en = set{ "is", "was", "has", "does" },
  -- what makes the number after it (perhaps with "de", "of") a value on a scale, no count: "un séisme
  -- d'une magnitude de 6,8", "de magnitude 7", "an index of 102" (not a percentage: "un indice de 3 %")
  scale_words = set{ "magnitude", "intensite", "indice", "coefficient", "richter", "intensity", "index" },
  -- arithmetic around a number: not a count
  operators = set{ "+", "=", "×", "*", "/", "÷" },
  -- what a level follows, a signed number after it counting as any ("un solde de +17 000")
  level_marks = set{ "de", "d'", "a", "of", "at" },
  -- units a number of minutes (or seconds) may follow: "2 minutes 20", "1 heure 45"
  minutes_after = set{ "heure", "heures", "h", "minute", "minutes", "min", "mn", "hour", "hours" },
  -- what follows a year that dates the noun before it: "la liste 2013 des animaux"
  year_complements = set{ "des", "du", "de", "d'" },
  year_words = set{ "en", "depuis", "annee", "l'annee", "fin", "debut", "mi", "in", "since", "year", "ete",
                    "hiver", "printemps", "automne", "de", "du", "avant", "apres", "jusqu'en", "des" },
  -- what follows a year as it follows a noun, in -s yet no count: "les recommandations de 2006
  -- relatives aux filtres", "les lois de 1905 successives"
  year_adjectives = set{ "relatifs", "relatives", "successifs", "successives", "consacres", "consacrees" },
  -- English participles that name people by what befell them, the noun of a count: "five injured"
  befallen_en = set{ "injured", "wounded", "killed", "displaced", "detained", "arrested", "infected", "hospitalized",
                     "hospitalised", "evacuated", "affected", "unemployed", "vaccinated", "insured", "employed",
                     "disabled", "abducted", "kidnapped", "deported", "jailed", "imprisoned", "convicted",
                     "sentenced", "charged", "indicted", "rescued", "trapped", "stranded", "murdered", "executed",
                     "registered", "enrolled", "surveyed", "polled", "interviewed", "questioned", "sampled",
                     "tested", "confirmed", "recorded", "reported", "estimated", "expected", "planned", "needed",
                     "required", "elected", "appointed", "dismissed", "fired", "laid", "furloughed", "retired",
                     "naturalized", "naturalised", "admitted", "treated", "isolated", "quarantined" },
  -- English words that end a noun phrase after a number (verbs)
  verbs_en = set{ "were", "was", "are", "is", "have", "had", "will", "would", "could", "may", "might",
                  "arrived", "died", "fled", "left", "remain", "remained", "moved", "fought", "sank", "fell",
                  "rose", "went", "came", "took", "lost", "won", "ran", "saw", "gave", "made", "said", "told",
                  "stood", "began", "grew", "became", "flew", "drove", "swam", "fled", "hid", "met", "sent",
                  "found", "thought", "felt", "paid", "sold", "bought", "held", "kept", "brought", "got", "spent",
                  "struck", "caught", "taught", "built", "chose", "knew", "wrote", "spoke", "broke" },
  -- what opens an English object: after a plural noun, a word in -s before it is a verb ("33,000
  -- machinists | enters its second month", "400 workers | joins the"), not a noun of the run
  object_openers_en = set{ "its", "the", "a", "an", "their", "his", "her", "our", "this", "that", "these", "those" },
  -- currency symbols as units
  currency = set{ "€", "$", "£", "¥", "₽", "₩" },
  -- currencies written in letters before the number, as the Swiss and the markets write them ("CHF 2,5
  -- millions", "Fr. 12 000", "EUR 300 millions")
  currency_codes = set{ "CHF", "EUR", "USD", "GBP", "CAD", "JPY", "CNY", "FCFA", "XOF", "XAF", "MAD", "DZD", "TND",
                        "Fr.", "Frs." },                -- (not "fr.", after the number: "17 fr. 50")
  -- money, whose noun an amount in millions in the next sentence takes ("30 milliards
  -- d'euros. Les 30 milliards seront financés"; not "67 millions d'habitants. Il faut trouver 5 milliards")
  -- (beside the currency symbols)
  money = set{ "euros", "euro", "dollars", "dollar", "livres", "francs", "roubles", "yuans", "yens", "wons",
               "réais", "reais", "pounds", "pound", "yen", "yuan", "rouble", "ruble", "rubles", "rupee", "rupees" },
  -- a letter between a number and a currency symbol: 50 M€, 3 k€, 2 Mds$, 1,2 G$ (Quebec: giga)
  -- an opener of a range and the word between its two ends, when each end has its noun:
  -- "entre 3 000 euros et 4 000 euros"
  range_between = { entre = "et", between = "and" },
  money_multipliers = { m = 1000000, k = 1000, g = 1000000000, md = 1000000000, mds = 1000000000, mrd = 1000000000,
                        mrds = 1000000000, bn = 1000000000 },
  -- the same glued to the number, as the English press writes it: £3bn, $1.2tn, anywhere;
  -- £12m, $300k only after a currency symbol (12m may be metres)
  glued_multipliers = { bn = 1000000000, tn = 1000000000000, m = 1000000, mn = 1000000, k = 1000 },
  glued_anywhere = set{ "bn", "tn" },
  -- and in English only (French mn is minutes: "45mn"): "1.79mn vehicles"
  glued_anywhere_en = set{ "mn" },
  -- words for per cent after a number, glued or not, as the British press writes it: "1.7pc", "4.9 pc"
  percent_signs = set{ "pc" },
  not_figure_examples = {
    "la liste 2013 des animaux protégés", "le bilan 2022 de l'entreprise", "ces 2 minutes 20 remplies d'énigmes",
    "un débat d'1 heure 45 sur France 2",
    "en 2022", "depuis 2014", "le 24 janvier", "1er décembre 2024", "27/01/2025", "trois ans de combats",
    "quatre mois se sont écoulés", "âgé de 25 ans", "à 10:28", "le XXe siècle", "Comment (0)",
    "1. Introduction", "au 01 23 45 67 89", "l'un aurait été", "une aide", "en 2024, la guerre",
    "https://x.fr/post1552352.html", "le F-16", "il a répété deux fois la question",
    "après 13 longues minutes d'attente", "un quart d'heure plus tard", "un verre à moitié vide",
    "des programmes entre 2014 et 2020", "les quarts de finale",
    "le vol AF 453 Madrid-Paris", "la RN 7 est fermée", "une hausse d'un quart de point",
    "le budget de 2021 à 2027", "nos territoires[2], qui sont", "au 10 rue de Pontèves", "104 avenue Foch",
    "Marché du Livre, 75015 Paris", "les années 90 ont vu", "les tomes 2 et 3 des Comédies", "(Folio p. 78-79)",
    "à 800 kilomètres plus au nord", "un appartement de 48 mètres carrés",
    "Le ministre n'y est pas allé par quatre chemins.", "faire d'une pierre deux coups",
    "après deux nuits de violence", "À Lille, deux soirs de suite, ils attendaient.",
    "des économies à deux chiffres",
    "un relais 24 heures sur 24", "ouvert 7 jours sur 7", "selon le site +972 Magazine, la police a tiré",
    "il voit ses enfants un week-end sur deux", "Une fois sur trois, il perd.", "un deux pièces de 48 mètres carrés",
    "il court le 100 mètres", "au journal de 20 heures", "présente le 20 heures", "Le Boeing 737 Max est cloué au sol.",
    "la sécurité de l'Euro 2016 de football", "Posted On 23 fév 2014", "le Mondial 2018 des clubs",
    "Une édition 2015 réussie selon les autorités", "Posted On 29 mar 2014",
    "la natation au cycle 2 et la lecture", "Les photos :\n1- Sur une peau d'ours",
    "The 20-year-old soldier was captured", "people aged 20 and 26", "people over 80 were more likely to die",
    "adults under 30, who", "children under 5 were vaccinated", "les victimes, âgées de 3 à 12,",
    "a 10-day trip to Moscow", "captured on Jan. 9 near Kursk",
    "consacré à Franz Schubert (1797-1828) : les Symphonies", "la Messe en mi bémol D.950, posthume",
    "les budgets Erasmus pour 2012-2013 suffiront", "il y a deux poids deux mesures", "aux quatre coins du pays",
    "il était à deux doigts de partir", "les deux poids, deux mesures de la justice",
    "ils viennent des quatre coins du monde", "De deux choses l'une : il part", "il se met en quatre pour eux",
    "le projet se fera en deux temps", "la marque aux trois bandes", "plus de 5 kgs en trop",
    "une bonne pizza 4 fromages", "sa fille fêtera ses 18 printemps", "il souffle ses 40 bougies",
    "je prends mon courage à deux mains", "ils freinent des quatre fers", "il habite à deux pas",
    "il l'a mentionné à six reprises", "flottant entre deux eaux",
    "une tribune dans l'entre deux tours", "n'est susceptible d'intervenir qu'à deux titres",
    "il a fait les quatre cents coups", "précise 60 millions de consommateurs",
    "une modernisation jusqu'à 2060, voire au-delà", "on a pu remonter jusqu'à 1753 pour le retrouver",
    "une poussée de 65 kN pendant 970 s, pour 15 t", "Leurs primes ont été multipliées par 3.",
    "C'est comme un une-deux au foot.",
    "limiter les antennes à 5 V/m", "contrôlée avec 0,9 g d'alcool", "un jerrycan de cinq litres d'eau",
    "Bull Epidemiol Hebd. 2018;(14-15):265-73.",
    "La chaîne France 4 va diffuser une émission", "sur TF1 et Europe 1 hier soir",
    "un système plus performant que Windows 98 existerait", "il a persisté entre 2007 et 2012 malgré cette erreur",
    "en taille 8 à 10, au lieu de 12 actuellement", "les camps ont tous deux qualifié l'accord",
    "on en sortira tous les deux grandis", "L'OM s'est imposé 3-1 face à Lens",
    "les recommandations européennes de 2006 relatives aux produits",
    "1 Observatoire France, vague 2016. 2 Serge Guérin et Pierre Tavoillot",
    ".videowrapper { position: relative; padding-bottom: 50%; padding-top: 30px; height: 0; }",
    "#Col1 .titre{overflow:hidden;width:580px;margin:0 0 20px 0;font:12px Arial}",
    "ont regardé le 20 heures (France 2), selon Médiamétrie",
    "ses filles de 15 et 16 ans", "les scrutins de 2008 et 2009 remportés par le sénateur",
    "le salon qui se tiendra les 15 et 16 mars à Paris",
    "Les deux plus jeunes avaient 5 et 9 ans au moment du drame",
    "la taille de l'écran de l'iPhone 6 Plus", "comme l'explique France 3 Provence-Alpes-Côte d'Azur",
    "Laurent, la trentaine, est un commercial", "pendant la quinzaine de Wimbledon",
    "Les lots commençant par 17178 et 17179 sont rappelés.",
    "il intègre même le flop 5 des personnalités", "il en existe neuf autres hors de la capitale",
    "les hommes du « 41 » renonceront", "devenir zéro déchet, c'est long",
    "4 à 5h de course chaque semaine", "la mention diviserait par 4 les chances d'obtenir un travail",
    "il semblerait que le burger 280 de McDonald's ait joué un rôle", "Selon l'article 5.3.1 du chapitre 3",
    "si dans les années 2000-2015 les sondages indiquaient que non", "Entre 2010 et 2015 les prix ont doublé.",
  },
}
-- dépasser les 3 000, dépasser le million: each form of dépasser before les and le is a hedge; so
-- is avoisiner (near: "son salaire avoisinerait les 12 millions"), and excéder; a bound denied is one
-- too ("ne dépasse pas 1 000 euros", "n'excède pas les 500 euros": at most)
local exceeding = { "depasser", "depassant", "depasse", "depassent", "depassait", "depassaient", "depassera",
                    "exceder", "excedant", "excede", "excedent", "excedait", "excedaient", "excedera" }
for _, f in ipairs(exceeding) do
  table.insert(M.rules.hedges, { f, "pas" })
  for _, det in ipairs{ "les", "le" } do table.insert(M.rules.hedges, { f, "pas", det }) end
end
-- (a verb of these, a time between it and its determiner: "a dépassé mardi les 10 000 dollars", "avoisine
-- aujourd'hui les 12 millions"; M.rules.hedge_times, a weekday and its part too: "mardi soir")
M.rules.hedge_verbs = {}
for _, f in ipairs{ "avoisiner", "avoisinant", "avoisine", "avoisinent", "avoisinait", "avoisinaient",
                    "avoisinerait", "avoisineraient", "avoisinera", table.unpack(exceeding) } do
  for _, det in ipairs{ "les", "le" } do table.insert(M.rules.hedges, { f, det }) end
  M.rules.hedge_verbs[f] = true
end
M.rules.hedge_times = set{ "hier", "aujourd'hui", "demain", "deja", "encore", "desormais", "yesterday", "today" }
M.rules.day_parts = set{ "matin", "soir", "apres-midi", "morning", "afternoon", "evening" }

local seq = require "lunette.extract.seq"
local function prenominals() return seq.derived(M.rules.prenominal, seq.set) end

-- the longest hedge at i: next index, or nil (hedges: the index of the rules)
local function hedge(hedges, toks, i)
  local _, j = seq.longest(hedges, toks, i)
  if j or not M.rules.hedge_verbs[toks[i].term] or toks[i].flags & 1 ~= 0 then return j end
  local k, t = i + 1, toks[i + 1]
  if t and dates.rules.weekdays[t.term] then
    k = k + 1
    if toks[k] and M.rules.day_parts[toks[k].term] then k = k + 1 end
  elseif t and M.rules.hedge_times[t.term] then
    k = k + 1
  end
  return k > i + 1 and select(2, seq.longest(hedges[toks[i].term], toks, k)) or nil
end

local function is_num_tok(t) return t and (t.type == "number" or t.type == "percent") end
-- a currency symbol ($, €, £...), a unit of money
-- are the token at q, a dash and a number glued ("3-1", "2–6")? (the token at q a number's)
local function dashed_pair(toks, q)
  local d, n = toks[q + 1], toks[q + 2]
  return d ~= nil and n ~= nil and (d.word == "-" or d.word == "–") and d.start == toks[q].stop + 1
    and n.type == "number" and n.start == d.stop + 1
end

-- is a pair of numbers under 100 written glued at q ("6-3")?
local function small_pair(toks, q)
  return toks[q] ~= nil and toks[q].type == "number" and dashed_pair(toks, q) and toks[q].value < 100
    and toks[q + 2].value < 100
end

local function is_currency(t) return t and t.type == "symbol" and M.rules.currency[t.word] end
-- are the letters at k a country's glued before a currency symbol ("A$49.5 million", "US$3 billion",
-- "HK$5")?
local function currency_prefix(toks, k)
  local t, c, p = toks[k], toks[k + 1], toks[k - 1]
  if not (t and c and t.type == "word" and t.word:find("^%u%u?%u?$") and is_currency(c)) then return false end
  return t.stop + 1 == c.start and not (p and p.stop + 1 == t.start)
end
-- the currency written in letters before a number at k + 1 ("CHF 2,5 millions", "Fr. 12 000", "USD 3
-- milliards"): the index of its first token, or nil
local function currency_code(toks, k)
  local t, p = toks[k], toks[k - 1]
  if t and t.type == "word" and M.rules.currency_codes[t.word] then return k end
  if t and t.word == "." and p and p.stop + 1 == t.start and M.rules.currency_codes[p.word .. "."] then return k - 1 end
  return nil
end
local function is_money(unit)
  return M.rules.currency[unit] or M.rules.currency[(unit:gsub("^%u%u?%u?", ""))] or M.rules.money[unit:lower()]
    or M.rules.currency_codes[unit]
end
-- is t a verb whose object is money (a start of rules.money_verbs: "coûteront", "spent")?
local function money_verb(t)
  if not (t and t.type == "word") then return false end
  for _, v in ipairs(M.rules.money_verbs) do
    if t.term:sub(1, #v) == v then return true end
  end
  return false
end

-- Is a noun of a count (rules.count_subjects) before j in its sentence (forty tokens at most)?
local function count_noun_before(toks, j)
  for k = j - 1, math.max(1, j - 40), -1 do
    if toks[k].sentence ~= toks[j].sentence then return false end
    if M.rules.count_subjects[toks[k].term] and toks[k].flags & 1 == 0 then return true end
  end
  return false
end

-- is the range opener at j ("de", "from") after a verb of change (rules.change)?
local function change_before(toks, j)
  local c = M.rules.change
  if not c.openers[toks[j].term] then return false end
  for b = j - 1, math.max(1, j - c.reach), -1 do
    local tb = toks[b]
    if tb.sentence ~= toks[j].sentence or (tb.type == "punct" and tb.word ~= ",") then return false end
    if c.verbs[tb.lower or tb.term] then return true end
  end
  return false
end

-- can sep (a token) join a range after the opener (a term, or nil)?
local function joins(sep, opener)
  local w = sep and (sep.lower or sep.term)
  if not (w and M.rules.range_sep[w]) then return false end
  return not M.rules.range_and.seps[w] or (opener and M.rules.range_and.openers[opener]) or false
end

-- is byte s of text inside a CSS declaration block ({ prop: value; ... })?
-- (plain searches: most texts have no brace at all)
local function in_css(text, s)
  local open = text:find("{", math.max(1, s - M.rules.css_reach), true)
  if not open or open >= s then return false end
  while true do                                   -- the last brace before s
    local nx = text:find("{", open + 1, true)
    if not nx or nx >= s then break end
    open = nx
  end
  local close = text:find("}", open, true)
  return not (close and close < s) and text:find("^{%s*[%a-]+%s*:", open) ~= nil
end

-- a number at i: value, next index, percent?, exact? (digits, no word); en: an English text
local function number_at(toks, i, terms, en)
  local t = toks[i]
  if not t then return nil end
  if t.type == "percent" then return t.value, i + 1, true end
  if t.type == "number" then
    local v, k = t.value, i + 1
    local nx = toks[k]
    if nx and nx.type == "word" and numbers.multipliers[nx.term] then
      local m = numbers.multipliers[nx.term]
      local half, after = numbers.and_half(terms, k, m)    -- "2 millions et demi de chômeurs"
      v, k = v * m + (half or 0), after or k + 1
    elseif nx and nx.type == "word" and M.rules.money_multipliers[nx.term] and is_currency(toks[k + 1]) then
      v, k = v * M.rules.money_multipliers[nx.term], k + 1                  -- 50 M€, 3 k€
    end
    return v, k, false
  end
  if t.type == "word" then
    local num, suf = t.term:match("^(%d[%d.,]*)(%a+)$")            -- 3bn, 1.8bn, 12m
    local mult = num and M.rules.glued_multipliers[suf]
    if num and M.rules.percent_signs[suf] and not num:find("[.,]$") then   -- 1.7pc
      local v = tonumber((num:gsub(",", "")))
      if v then return v, i + 1, true end
    end
    if mult then
      local prev = toks[i - 1]
      local after_currency = is_currency(prev) and prev.stop + 1 == t.start
      local v = tonumber((num:gsub(",", "")))
      if v and (M.rules.glued_anywhere[suf] or (en and M.rules.glued_anywhere_en[suf]) or after_currency) then
        return v * mult, i + 1, false
      end
      return nil
    end
    local v, k = numbers.parse(terms, i)
    if v then return v, k, false end
  end
  return nil
end

-- "trois-quatre", "deux-trois": two digits joined, one more than the other (a loose range):
-- both values, or nil
local function digit_pair(term)
  local a, b = term:match("^(%a+)%-(%a+)$")
  local va, vb = a and numbers.words[a], b and numbers.words[b]
  if va and vb and va >= 2 and va < 10 and vb == va + 1 then return va, vb end     -- (not "un une-deux")
  return nil
end

-- "pour cent", "per cent", "percent" after a number
local function percent_words(toks, k)
  local a, b = toks[k], toks[k + 1]
  if a and (a.term == "percent" or a.term == "%" or (M.rules.percent_signs[a.term] and a.flags & 1 == 0)) then
    return k + 1
  end
  if a and b and (a.term == "pour" or a.term == "per") and b.term == "cent" then return k + 2 end
  return nil
end

-- is the number at k a percentage (60 %, 60 pour cent, 60 percent)?
local function percent_at(toks, k, terms)
  local v, nk, p = number_at(toks, k, terms)
  return v and (p or percent_words(toks, nk) ~= nil)
end

-- Is the English plural approximate noun at i a count alone, no article nor "of": a verb, a participle or "more"
-- after it, in lower case ("dozens injured", "hundreds more were arrested", "Thousands fled"; not "by the hundreds",
-- "in their thousands")?
local function bare_approx_en(toks, i)
  local a, b, p = toks[i], toks[i + 1], toks[i - 1]
  return numbers.approx_nouns[a.term] ~= nil and a.term:find("s$") ~= nil and b ~= nil and b.type == "word"
    and b.flags & 1 == 0 and b.sentence == a.sentence and b.term ~= "of"
    and not (p and p.sentence == a.sentence and p.type == "word" and M.rules.bare_approx_not_after_en[p.term])
end

-- an approximate noun at i: une dizaine (de milliers), des centaines: low, high, next (en: English text)
local function approx_noun(toks, i, en)
  -- (what follows can make one: a word read in the term column, no record built)
  local tm = seq.columns(toks)
  local at, bt = tm[i], tm[i + 1]
  local bare = en and bare_approx_en(toks, i)
  if not (numbers.approx_nouns[bt] or (M.rules.approx_adjectives[bt] and numbers.approx_nouns[tm[i + 2]])
          or bt == "few" or M.rules.approx_scales_en[bt]
          or (numbers.approx_nouns[at] and (bt == "of" or bt == "de")) or bare) then
    return nil
  end
  local a, n = toks[i], i + 1                -- the article, the index of the noun
  local b = toks[n]
  if not (a and b) then return nil end
  -- "une bonne centaine", "une petite dizaine": an adjective before the noun
  if M.rules.approx_adjectives[b.term] and M.rules.approx_single[a.term] and toks[n + 1]
     and numbers.approx_nouns[toks[n + 1].term] then
    n = n + 1
    b = toks[n]
  end
  -- English "several hundred", "a few thousand": two to nine of the scale
  local few = a.term == "a" and b.term == "few" and toks[n + 1]
  local sc = M.rules.approx_scales_en[(few or b).term]
  if sc and (few or M.rules.approx_plural_en[a.term]) then return 2 * sc, 9 * sc, few and n + 2 or n + 1 end
  local v = numbers.approx_nouns[b.term]
  local lo, hi, k
  -- "la dizaine de milliers de morts", "cette centaine de jeunes": a definite article needs
  -- "de" and a common noun after ("la quarantaine" is an age, "la quinzaine de Wimbledon" a name)
  local c0, d0 = toks[n + 1], toks[n + 2]
  if v and M.rules.approx_definite[a.term]
     and not (c0 and (c0.term == "de" or c0.term == "d'") and d0 and d0.type == "word" and d0.flags & 1 == 0) then
    return nil
  end
  if v and M.rules.approx_single[a.term] and not b.term:find("s$") then lo, hi, k = v, v, n + 1
  elseif v and M.rules.approx_plural[a.term] then lo, hi, k = 2 * v, 9 * v, n + 1
  else
    -- English "hundreds of", "thousands of", "tens of thousands of" with no article
    v = numbers.approx_nouns[a.term]
    if not (v and a.term:find("s$") and (b.term == "of" or b.term == "de" or bare)) then return nil end
    lo, hi, k = 2 * v, 9 * v, i + 1
  end
  -- "une dizaine de milliers", "des dizaines de milliers", "tens of thousands"
  local c, d = toks[k], toks[k + 1]
  if c and d and (c.term == "de" or c.term == "d'" or c.term == "of") and numbers.approx_nouns[d.term]
     and numbers.approx_nouns[d.term] >= 1000 then
    lo, hi, k = lo * numbers.approx_nouns[d.term], hi * numbers.approx_nouns[d.term], k + 2
  end
  return lo, hi, k
end

-- Is t, after a number of value lo in French, no noun it counts? (see not_units,
-- asked before for both languages)
local function no_noun_fr(t, lo)
  local w = t.term
  if M.rules.invariant_nouns[w] then return false end                  -- 1,5 million de sans-abri
  -- (a name, an acronym, a code; a name with a capital inside: "58,5 millions d'iPhone")
  if t.flags & 1 ~= 0 or t.word:find("^%l+%u%l") or not w:find("^%a[%a-]*$") then return false end
  if #w > 6 and w:find("ment$") then return true end                     -- actuellement
  return lo >= 2 and not w:find("[sxz]$") and not M.rules.durations[w] and not M.rules.repeats[w]   -- 1,89 euro
end

-- a measure's one-letter symbol at j (970 s, 15 t, 3 x), not an elided d' or l' (200 millions d'€)
local function symbol_unit(toks, j)
  local t, n = toks[j], toks[j + 1]
  return t and t.type == "word" and M.rules.unit_letters[t.word] and not (n and n.start == t.stop + 1
    and (n.word == "'" or n.word == "’")) or false
end

-- the unit after index k (the number's value lo): unit token index, or nil;
-- elided: true when the noun is left out ("3 000 autres", "environ 1 000, selon")
local function year_like(t, from)
  return t and t.type == "number" and t.word:match("^%d%d%d%d$") ~= nil and t.value >= (from or 1800)
    and t.value <= 2100
end

-- is w a capitalised plural, no acronym ("États", "Français")?
local function plural_capital(w) return w.flags & 1 ~= 0 and w.flags & 2 == 0 and w.term:find("..[sx]$") ~= nil end

-- the multiplier a word after a number writes (millions, milliards; M, Md before a currency), or nil
local function multiplier_of(term) return numbers.multipliers[term] or M.rules.money_multipliers[term] end

-- Where the group of a count after it starts when k opens one (the number of "200 des 300 agresseurs",
-- "8 de ses 10 derniers matches", "58 of the 73 drones", "58 of 73 drones"), or nil
local function group_at(toks, k)
  local t, nx = toks[k], toks[k + 1]
  if not (t and nx) then return nil end
  if t.term == "des" or (t.term == "of" and nx.type == "number") then return k + 1 end
  if (t.term == "de" or t.term == "of") and M.rules.group_determiners[nx.term] then
    -- (past a possessor in English: "170 of the parliament's 300 seats")
    local o, ps, n = toks[k + 2], toks[k + 3], toks[k + 4]
    if t.term == "of" and o and o.type == "word" and ps and ps.term == "'s" and n and n.type == "number"
       and n.sentence == t.sentence then
      return k + 4
    end
    return k + 2
  end
end

-- Does a quote at x open on the noun: "les 16 « membres apparentés »", "aux 16 "membres"", "une
-- quarantaine de « salles rafraîchies »"? (a space before it, and " glued to its word: not a closing
-- quote; a lower-case noun, no participle: not "1 «La République", "700 000 « répertoriés »")
local function quote_on_noun(toks, x)
  local q, qw = toks[x], toks[x + 1]
  return q and M.rules.unit_quotes[q.word] and qw and qw.type == "word" and qw.sentence == q.sentence
    and toks[x - 1] and toks[x - 1].stop + 1 < q.start and (q.word ~= '"' or q.stop + 1 == qw.start)
    and qw.flags & 1 == 0 and not qw.lower:find("é[e]?s?$")
end

-- is the English word w a past tense, no noun of people by what befell them ("abstained", "fled"; not
-- "injured": M.rules.befallen_en)?
local function past_verb_en(w)
  return M.rules.verbs_en[w] ~= nil or (w:find("...[^e]ed$") ~= nil and not M.rules.befallen_en[w])
end

local function unit_after(toks, k, an, english, lo)
  local j, skipped = k, 0
  -- (a reference mark: a bracketed number, glued to nothing after it)
  local rm, rn, rc = toks[j], toks[j + 1], toks[j + 2]
  if rm and M.rules.reference_marks[rm.word] and rn and rn.type == "number" and rn.word:find("^%d%d?%d?$")
     and rc and rc.word == M.rules.reference_marks[rm.word] and rc.start == rn.stop + 1
     and toks[j - 1] and toks[j - 1].stop + 1 < rm.start then
    j = j + 3
  end
  -- a quote opening on the noun (quote_on_noun; after de: below)
  local q, qw = toks[j], toks[j + 1]
  if quote_on_noun(toks, j) then
    j = j + 1
  -- (or closing on the number: a quoted figure, then its noun: "« environ 10.000 » soldats", "à
  -- « plusieurs centaines » de morts")
  elseif q and (q.word == '"' or q.word == "»" or q.word == "”") and qw and qw.type == "word"
     and qw.sentence == q.sentence and toks[j - 1]
     and (toks[j - 1].type == "number" or numbers.approx_nouns[toks[j - 1].term])
     and (toks[j - 1].stop + 1 == q.start or q.word == "»") and qw.start > q.stop + 1 then
    local nw = toks[j + 2]
    if (qw.term == "de" or qw.term == "d'") and nw and nw.type == "word" and nw.sentence == q.sentence then
      qw = nw
    end
    if qw.flags & 1 == 0 and qw.term:find("..[sx]$") and not qw.lower:find("é[e]?s?$") then j = j + 1 end
  end
  -- (a determiner only after de / of, "deux de ses fils", or after à and the number: "estime
  -- à 300 000 les créations d'emplois", "réduire à 455 les effectifs"; not "2015 les sondages")
  local n0 = k - 1
  while toks[n0 - 1] and (toks[n0 - 1].type == "number" or numbers.words[toks[n0 - 1].term]) do n0 = n0 - 1 end
  local to_the = toks[n0 - 1] and toks[n0 - 1].word == "à"
  while toks[j] and M.rules.unit_skip[toks[j].term] and skipped < 4
        and not (M.rules.unit_determiners[toks[j].term] and not (j == k and to_the)
                 and not (toks[j - 1] and M.rules.of_words[toks[j - 1].term])) do
    j, skipped = j + 1, skipped + 1
  end
  if skipped > 0 and M.rules.of_words[toks[j - 1].term] and quote_on_noun(toks, j) then j = j + 1 end
  -- (past a possessor, a count of its own after it: "170 of the parliament's 300 seats"; see group_at)
  local g = skipped > 0 and group_at(toks, k)
  if g and g > j and toks[g].type == "number" then j = g end
  local t = toks[j]
  if not t then return nil, true end
  if is_currency(t) then return j end
  if M.rules.durations[t.word] and not (english and M.rules.not_durations_en[t.word]) then  -- 12 °C, 40°
    return j                                                                                  -- (a measure)
  end
  -- ("200 des 300 agresseurs", "entre 400 et 455 des 577 sièges", "deux des trois agresseurs", "8 de
  -- ses 10 derniers matches": a number after des or de and a determiner, the noun after them and
  -- their adjective; not an amount: "5 des 50 milliards d'euros")
  -- (a capitalised plural too: "12 des 27 États membres", "deux des trois Français")
  -- (in English a name's adjective before the noun too: "50 of 74 Russian drones")
  local n2 = toks[j + 2]
  if (t.type == "number" or numbers.words[t.term]) and j > k
     and group_at(toks, k) and toks[j + 1] and toks[j + 1].type == "word"
     and (toks[j + 1].flags & 1 == 0 or plural_capital(toks[j + 1])
          or (english and n2 and n2.type == "word" and n2.flags & 1 == 0 and n2.term:find("..s$")
              and n2.sentence == t.sentence))
     and not an:is_stop(toks[j + 1].term)
     and toks[j + 1].sentence == t.sentence
     and not numbers.multipliers[toks[j + 1].term] then
    t, j = toks[j + 1], j + 1
    local nx = toks[j + 1]
    if M.rules.group_adjectives[t.term] and nx and nx.type == "word" and nx.flags & 1 == 0
       and nx.sentence == t.sentence then
      t, j = nx, j + 1
    end
  end
  if t.type ~= "word" then return nil, true end
  -- "trois jeunes filles": an adjective that is a noun alone ("trois jeunes") before a noun
  -- (not one that stands for an elided noun: "40 000 jeunes supplémentaires": jeunes)
  local noun = toks[j + 1]
  local pre_adj = prenominals()[t.term]
  if (M.rules.adjective_nouns[t.term] or pre_adj) and noun and noun.type == "word" and noun.flags & 1 == 0
     and noun.term:find("..[sx]$") and not an:is_stop(noun.term) and noun.sentence == t.sentence
     and not M.rules.elided[noun.term]
     and (pre_adj or not (noun.lower:find("é[e]?s$") or noun.lower:find("[iu]t?s$"))) then   -- jeunes armés, issus
    t, j = noun, j + 1
  end
  -- ("à 2019 ces deux réformes", "entre 2012 et 2017 trois assistants": no noun; the number word counts its own)
  if numbers.words[t.term] and (j > k or not numbers.multipliers[t.term]) then return nil, true end
  if M.rules.elided[t.term] or (M.rules.planned[t.term] and j == k and toks[k - 1].type == "number") then
    -- "les 5 autres pratiquantes": a noun after "autres" is the unit
    -- (not a participle with its attribute: "sept autres portés disparus", "deux autres retrouvés morts")
    local nx, nx2 = toks[j + 1], toks[j + 2]
    local attributed = nx and nx.lower:find("é[e]?s$") and nx2 and nx2.type == "word" and nx2.flags & 1 == 0
      and nx2.sentence == t.sentence and (nx2.lower:find("é[e]?s$") or nx2.term:find("[iu]e?s$")
                                          or M.rules.attributes[nx2.term])
    if attributed or not (nx and nx.type == "word" and nx.flags & 1 == 0 and nx.term:find("[sx]$")
                          and not an:is_stop(nx.term) and nx.sentence == t.sentence
                          and not numbers.multipliers[nx.term]) then
      return nil, true, j
    end
    t, j = nx, j + 1
  end
  if symbol_unit(toks, j) and j == k then return j end            -- 15 t, 970 s: a measure's symbol
  if an:is_stop(t.term) or (t.flags or 0) & 8 ~= 0 then return nil, true end
  if english and M.rules.prepositions_en[t.term] then return nil, true end   -- "1.8 million without power"
  -- "le burger 280 de McDonald's": a name right after "de" and a plain number is no unit,
  -- nor elided (but "3 millions d'Américains" is one; "2246 de la Société Générale": elided)
  local pre = toks[k]
  local num = toks[k - 1]
  local name_after_de = not english and (pre.term == "de" or pre.term == "d'") and t.flags & 1 ~= 0
  if name_after_de and num and num.type == "number"
     and (j == k + 1 or year_like(num)) and (lo or 0) < 1000000 then   -- (not 70 000 000 de Français)
    return nil                             -- (nor elided: a name's number; les comptes 2017 de la SNCF)
  end
  -- (nor a place after an amount in millions: "les 8,2 millions de Londres"; its people are, "3 millions de
  -- Franciliens")
  if name_after_de and seq.place_names()[t.term] then return nil, true end
  -- (3.5 million fled; any English past in -ed but those that name people by what befell them: "three
  -- abstained", "200 returned"; "five injured", "12 arrested" count)
  if english and past_verb_en(t.term) then return nil, true end
  -- (so is an -ing word with no noun after it, a verb: "with 394 voting against him and 116 abstaining"; not
  -- "300 mining jobs", "one building")
  local nt = toks[j + 1]
  if english and t.term:find("...ing$") and lo > 1 and t.flags & 1 == 0
     and not (nt and nt.sentence == t.sentence and nt.type == "word" and nt.flags & 1 == 0 and not an:is_stop(nt.term)
              and not M.rules.prepositions_en[nt.term]) then
    return nil, true
  end
  -- (and an English superlative after two or more, its noun left out: "among the 10 warmest on record"; not
  -- "10 protests")
  if english and lo > 1 and t.flags & 1 == 0 and t.term:find("...est$") then return nil, true end
  if M.rules.not_units[t.term] then return nil, true end              -- 251 last week, 12 actuellement
  -- (a concentration: "420 parties par million", "400 parts per million")
  if M.rules.ratio_parts[t.term] and toks[j + 1] and M.rules.rate_bases[toks[j + 1].term] and toks[j + 2]
     and numbers.multipliers[toks[j + 2].term] then
    return nil, true
  end
  if not english and no_noun_fr(t, lo) then return nil, true end
  -- (nor a participle of relation before à: "dont 13 557 liés à un cancer", "dont 200 destinés à l'Ukraine":
  -- the group's noun left out)
  local to = toks[j + 1]
  if not english and M.rules.relation_participles[t.term] and to and to.sentence == t.sentence
     and (to.lower == "à" or to.term == "au" or to.term == "aux") then
    return nil, true
  end
  -- (nor a participle of what befell them before de or par: "dont 700 000 atteints d'une affection", "dont 120
  -- touchés par la maladie")
  if not english and M.rules.befallen_participles[t.lower or ""] and to and to.sentence == t.sentence
     and (to.term == "de" or to.term == "d'" or to.term == "par") then
    return nil, true
  end
  -- "sur les 60 milliards prévus", "10 millions investis": a participle after an amount in
  -- millions is no noun; the amount's noun was left out
  local mult = toks[k - 1] and numbers.multipliers[toks[k - 1].term]
  if not english and mult and mult >= 1000000 and j == k and t.flags & 1 == 0
     and (t.lower:find("é[e]?s?$") or t.term:find("[iu]e?s$") or t.term:find("..[ai]bles?$")) then
    return nil, true                                                   -- (15,5 millions payables)
  end
  -- (nor a noun of change after de: "20 milliards de hausses d'impôts", the money left out)
  if mult and mult >= 1000000 and j == k + 1 and M.rules.of_words[toks[k].term] and M.rules.change_nouns[t.term] then
    return nil, true
  end
  if english then   -- adjectives come first: the noun ends the run ("North Korean troops")
    -- (but a currency qualifies the noun after it: "a 22 billion pound hole", "a 500 million
    -- dollar deal": the money is the unit)
    if M.rules.money[t.term] then return j end
    local e = j
    -- a verb or a participle after the noun ends it too ("1,500 people attended,", "troops
    -- deployed in"): an -ed or -ing word that no noun follows ("armed troops" goes on)
    local function verb_like(x)
      local w, nx = toks[x].term, toks[x + 1]
      return (w:find("..ed$") or w:find("..ing$")) and not (nx and nx.type == "word" and not an:is_stop(nx.term))
        or (w:find("[^s]s$") and toks[x - 1].term:find("s$") and nx and M.rules.object_openers_en[nx.term])
        -- (and an -ed word after a plural noun, whatever follows: "12 states reported high levels",
        -- "300 workers protested outside", "127 Republicans voted yes"; "2,000 armed troops" has it
        -- before)
        or (w:find("..ed$") and toks[x - 1].term:find("[^s]s$")
            and (toks[x - 1].flags & 1 == 0 or plural_capital(toks[x - 1])))
    end
    while e - j < 3 do
      local x = e + 1
      -- (past the full stop of a dotted abbreviation: "2,000 U.S. troops", "three U.N. agencies")
      if toks[x] and toks[x].word == "." and toks[x].start == toks[e].stop + 1 and toks[e].word:find("%a%.%a") then
        x = x + 1
      end
      local w = toks[x]
      if not (w and w.type == "word" and not an:is_stop(w.term) and w.sentence == t.sentence
              and not M.rules.verbs_en[w.term] and not M.rules.prepositions_en[w.term] and not verb_like(x)
              and not M.rules.not_units[w.term]) then                       -- (73 drones | overnight)
        break
      end
      -- (a name after a plural noun opens a clause of its own: "74 drones | Russia launched")
      local prev = toks[e]
      if w.flags & 1 ~= 0 and prev.flags & 1 == 0 and prev.term:find("..s$") and x == e + 1 then break end
      -- (nor does a word with no plural's s after a plural noun, its verb: "300 workers | walk off the job",
      -- "2,000 people | attend", "500 nurses | go on strike", "5.5 million Syrians | live"; not "bus drivers",
      -- "gas stations")
      if x == e + 1 and (prev.flags & 1 == 0 or plural_capital(prev))
         and (prev.term:find("[^siu]s$") or M.rules.plurals_en[prev.term]) and not w.term:find("s$") then
        break
      end
      e = x
    end
    -- "fewer than the 180,000 economists polled by Reuters had expected": after than (compared
    -- with, versus), a noun that a verb of forecast follows is its subject; the number's noun was
    -- left out
    -- (than with a determiner: "More than 50 analysts had expected it" are 50 analysts)
    local b1, b2, det = toks[n0 - 1], toks[n0 - 2], false
    if b1 and (b1.term == "the" or b1.term == "a") then b1, b2, det = b2, toks[n0 - 3], true end
    if b1 and ((b1.term == "than" and det) or M.rules.comparisons_en[b1.term]
               or ((b1.term == "with" or b1.term == "to") and b2 and b2.term == "compared")) then
      for x = e + 1, e + 6 do
        local w = toks[x]
        if not w or w.sentence ~= t.sentence or (w.type == "punct" and w.word ~= ",") then break end
        if M.rules.forecasts[w.term] then return nil, true end
      end
    end
    return e
  end
  -- "contre 180 000 attendus par les économistes": a participle of forecast is no noun; nor is one of
  -- saying before its agent: "3 000 selon la police, contre 10 000 annoncés par les organisateurs"
  if M.rules.forecasts[t.term] or (M.rules.said_by[t.term] and toks[j + 1] and toks[j + 1].term == "par") then
    return nil, true
  end
  return j
end

-- Does a word begin as the words of a change do (rules.change_stems: "a baissé", "ont reculé")?
local function change_word(term)
  for _, stem in ipairs(M.rules.change_stems) do
    if term:sub(1, #stem) == stem then return true end
  end
  return false
end
local function is_of(t) return t and (t.term == "de" or t.term == "d'" or t.term == "des" or t.term == "of") end

-- Does the figure starting at s follow de or by after a word of change, "a record" between ("fell by a record
-- 837,000")? (rules.level_by, level_ratio)
local function changed_level(toks, s)
  local p = s - 1
  if toks[p] and toks[p].term == "record" and toks[p - 1] and toks[p - 1].term == "a" then p = p - 2 end
  local by, w = toks[p], toks[p - 1]
  return by ~= nil and w ~= nil and M.rules.level_by[by.term] ~= nil and by.flags & 1 == 0
    and w.sentence == by.sentence and change_word(w.term)
end

-- "Casualties rose from 300 to 450", "les effectifs sont passés de 3 000 à 5 000": the plural
-- subject of a verb of change numbers both (not when the first number has a noun of its own:
-- "les déficits sont passés de 5 points à 4,8"); its token index, or nil (and true when the
-- subject is one thing: "le prix passe de 10 à 12" counts nothing)
-- (so does the subject of a verb of reaching right before the number, "Les demandes d'asile ont atteint
-- 71 000", and of a change by a percentage before à and the level: "ont reculé de 12,1 %, à 331 300")
local function change_subject(toks, j, an, s)
  local before = toks[j - 1]
  -- (a level after à or to, past a comma or a time, the change's percentage, de or by and its verb before it: "ont
  -- reculé de 12,1 %, à 331 300", "fell by 38% last year to about 239,000"): the verb's index
  local leveled
  local f = s or j
  local to = toks[f - 1]
  if to and (to.word == "à" or to.term == "to") then
    local x = f - 2
    while x > f - 2 - M.rules.level_gap and toks[x] and toks[x].sentence == to.sentence
          and (toks[x].word == "," or toks[x].type == "word" and toks[x].flags & 1 == 0) do
      x = x - 1
    end
    local by, v = toks[x - 1], toks[x - 2]
    if toks[x] and toks[x].type == "percent" and by and M.rules.level_by[by.term] and v and v.type == "word"
       and v.flags & 1 == 0 and change_word(v.term) and v.sentence == to.sentence then
      leveled = x - 2
    end
  end
  if not leveled
     and not (before and (M.rules.change.openers[before.term] or M.rules.range_sep[before.lower or before.term]
                          or before.flags & 1 == 0 and M.rules.reach_verbs[before.term])) then
    return nil
  end
  for x = leveled or M.rules.reach_verbs[before.term] and j - 1 or j - 2, math.max(2, (leveled or j) - 8), -1 do
    local t = toks[x]
    if t.sentence ~= toks[j].sentence or (t.type == "punct" and t.word ~= ",") then return nil end
    if (t.type == "number" or t.type == "percent") and toks[x + 1] and toks[x + 1].type == "word"
       and not an:is_stop(toks[x + 1].term) then
      return nil
    end
    if M.rules.change.verbs[t.lower or t.term] or x == leveled or x == j - 1 then
      local y = x - 1
      if toks[y] and M.rules.change.auxiliaries[toks[y].term] then y = y - 1 end
      -- (a complement with no article: the plural noun before it, "Les demandes d'asile", unless both are
      -- plural, "Les ventes de voitures"; a singular before it counts what it complements, "l'épidémie d'articles
      -- passe de 20 000", but for a compound's, "le chiffre d'affaires", rules.compound_nouns)
      local hd = toks[y - 3]
      if toks[y] and is_of(toks[y - 1]) and toks[y - 1].term ~= "des" and toks[y - 2] and toks[y - 2].type == "word"
         and hd and hd.sentence == t.sentence
         and (M.rules.plural_dets[hd.term] and not toks[y].term:find("[sx]$")
              or M.rules.compound_nouns[toks[y - 2].term .. " " .. toks[y].term]) then
        y = y - 2
      end
      -- (in English the head comes before the subject's first preposition: "Irregular border crossings into the
      -- European Union fell by 38% ... to about 239,000", "Attempts to cross the Channel rose")
      if an.lang == "en" and toks[y] and not toks[y].term:find("[^s]s$") then
        local a = y
        while toks[a - 1] and toks[a - 1].sentence == t.sentence and toks[a - 1].type ~= "punct"
              and y - a < M.rules.subject_reach_en do
          a = a - 1
        end
        for z = a, y - 1 do
          if M.rules.prepositions_en[toks[z + 1].term] or toks[z + 1].term == "to" or toks[z + 1].term == "of" then
            if toks[z].type == "word" and toks[z].term:find("[^s]s$") and not an:is_stop(toks[z].term) then y = z end
            break
          end
        end
      end
      local n, dt = toks[y], toks[y - 1]
      -- (a plural: after les, des, ces..., or in -s with no French determiner; not "le prix")
      local plural = dt and dt.sentence == t.sentence and M.rules.plural_dets[dt.term]
        or (n and n.term:find("[^s]s$") and not (dt and dt.sentence == t.sentence and M.rules.singular_dets[dt.term]))
      if plural and n.type == "word" and n.sentence == t.sentence and not an:is_stop(n.term)
         and not M.rules.level_nouns[n.term] then
        return y
      end
      -- (le prix passe de 10 à 12: one thing, no noun, none borrowed; a level reached may borrow one, "le
      -- déficit commercial a atteint 26 milliards": euros)
      return nil, (M.rules.change.verbs[t.lower or t.term] and n and n.type == "word" and dt
                   and dt.sentence == t.sentence and M.rules.singular_dets[dt.term] and not n.term:find("[^s]s$"))
                  or nil
    end
  end
  return nil
end

-- The noun a count is given for, named around it: "évalué le nombre de manifestants
-- à 12 000", "chiffré à 1,2 million le nombre de manifestants", "put the number of
-- protesters at 15,000": its token index, or nil. j: the number, k: the index after it.
-- Does "d'entre" follow at k, a part of a group ("deux d'entre eux"), or "of them", "of whom"?
local function of_them_at(toks, k)
  local t, n = toks[k], toks[k + 1]
  return t ~= nil and n ~= nil and ((t.term == "d'" and n.term == "entre")
                                    or (t.term == "of" and (n.term == "them" or n.term == "whom")))
end
-- Is the figure from s to before k the count of its subject: être before it, à and a lower-case word
-- after it ("ils étaient 3 000 à manifester")? (Its noun, when one stands before être, is
-- counted_noun's: "les manifestants étaient 3 000 à".)
-- Or a subject pronoun, être and its adverbs before it: "Ils étaient 1 944 en 2014. Ils sont
-- désormais 3 813", "elles ne sont que 12"
local function subject_count(toks, s, k)
  local be, at, nx = toks[s - 1], toks[k], toks[k + 1]
  if be and at and nx and M.rules.be_plural[be.term] and be.flags & 1 == 0 and at.lower == "à"
     and nx.type == "word" and nx.flags & 1 == 0 and be.sentence == at.sentence and nx.sentence == at.sentence then
    return true
  end
  local b = s - 1
  while toks[b] and M.rules.be_adverbs[toks[b].term] and b > s - 3 do b = b - 1 end
  local p = toks[b - 1]
  if p and (p.term == "ne" or p.term == "n'") then p = toks[b - 2] end
  return toks[b] ~= nil and M.rules.be_plural[toks[b].term] and toks[b].flags & 1 == 0 and p ~= nil
    and M.rules.count_pronouns[p.term] ~= nil and p.sentence == toks[s].sentence
end

-- The index of the noun a figure counts when it stands before it (the figure's number at j, its start at
-- s, the token after it at k), or nil (and true when it counts one thing)
local function counted_noun(toks, j, k, an, s)
  local a, b, c, d = toks[k], toks[k + 1], toks[k + 2], toks[k + 3]
  if a and (a.term == "le" or a.term == "the") and b and M.rules.count_nouns[b.term] and is_of(c)
     and d and d.type == "word" and d.sentence == toks[j].sentence then
    return k + 3
  end
  -- (a plural noun of events right before de or of and the number alone, unscaled: "deliveries of 495,570")
  local of, ev = toks[j - 1], toks[j - 2]
  if is_of(of) and ev and of.flags & 1 == 0 and k == j + 1
     and ev.type == "word" and ev.flags & 1 == 0 and ev.sentence == toks[j].sentence and not year_like(toks[j])
     and toks[j].type == "number" and seq.matches(M.rules.of_counted_ends, ev.term)
     and not M.rules.size_nouns[ev.term] then
    return j - 2
  end
  -- "les socialistes seuls ne sont que 276", "les manifestants étaient 3 000": the subject
  -- before a plural "être" numbers it (the noun after its determiner)
  -- (so does its passive estimate: "les décès sont estimés à 48.000 par an")
  local be = j - 1
  if toks[be] and toks[be].lower == "à" and toks[be - 1] and M.rules.estimate_verbs[toks[be - 1].term]
     and toks[be - 1].term:find("es$") then
    be = be - 2
  end
  while toks[be] and M.rules.be_adverbs[toks[be].term] and be > j - 3 do be = be - 1 end
  if toks[be] and M.rules.be_plural[toks[be].term] and toks[be].flags & 1 == 0 then
    local x = be - 1
    if toks[x] and (toks[x].term == "ne" or toks[x].term == "n'") then x = x - 1 end
    for y = x, math.max(1, x - 6), -1 do
      local t = toks[y]
      -- (a subject pronoun or a conjunction ends the search: "les deux parents car ils étaient deux")
      if t.sentence ~= toks[j].sentence or t.type ~= "word" or M.rules.clause_openers[t.term] then break end
      if M.rules.plural_dets[t.term] then
        local n = toks[y + 1]
        -- (a people's plural too: "Les Belges sont 52 500")
        if y + 1 <= x and n.type == "word" and (n.flags & 1 == 0 or plural_capital(n)) and n.term:find("..[sx]$") then
          return y + 1
        end
        break
      end
    end
  end
  -- "le nombre de morts a été porté à 66", "le nombre de corridas n'a cessé de diminuer, passant
  -- de 475 en 2012 à 386": the noun counted earlier in the sentence (through commas)
  -- (or the object of a verb of reaching: "le nombre d'inscrits atteint 5,4 millions")
  -- (before its hedge too: "the death toll rose to | at least 215", "le bilan s'élève à | au moins 215")
  local function reaching(pv)
    return pv and (pv.word == "à" or pv.term == "at" or pv.term == "de" or pv.term == "from" or pv.term == "to"
                   or pv.flags & 1 == 0 and M.rules.reach_verbs[pv.term])
  end
  -- (or the hedge opens on such a verb: "le nombre de victimes | dépasse les 40 000"; or the number stands between
  -- commas after the count's noun: "Le nombre de cyclistes tués, 226, reste élevé")
  local apposed = toks[j - 1] and toks[j - 1].word == "," and toks[k] and toks[k].word == ","
  -- (or the size of a change, by after its verb: "The number of job vacancies fell by 26,000 to 884,000")
  local at = (reaching(toks[j - 1]) or apposed or changed_level(toks, j)) and j or s and reaching(toks[s - 1]) and s
    or s and s < j and toks[s].flags & 1 == 0 and M.rules.reach_verbs[toks[s].term] and s + 1
  if not at then return nil end
  -- (a verb's object after its possessive, then to or à, the figure ending its clause: "quadrupled its seats to
  -- 28,", "increased its workforce to 3,000.", "a porté ses effectifs à 3 000.")
  local o, det, v = toks[at - 2], toks[at - 3], toks[at - 4]
  if toks[at - 1].flags & 1 == 0 and (toks[at - 1].term == "to" or toks[at - 1].word == "à") and o and det and v
     and M.rules.object_possessives[det.term] and o.type == "word" and o.flags & 1 == 0 and not an:is_stop(o.term)
     and v.type == "word" and v.flags & 1 == 0 and not an:is_stop(v.term) and v.sentence == toks[j].sentence
     and (not toks[k] or toks[k].type == "punct" or toks[k].sentence ~= toks[j].sentence) then   -- (not "à trois pas")
    return at - 2
  end
  for x = at - 2, math.max(1, at - M.rules.count_noun_reach), -1 do
    local t = toks[x]
    -- (through an abbreviation's period: "the death toll since Oct. 7, 2023 had risen to 44,176"; and
    -- brackets: "le nombre de demandeurs ... (catégorie A) a augmenté de 0,4 %, pour s'établir à 3,05 millions")
    if t.sentence ~= toks[j].sentence
       or (t.type == "punct" and t.word ~= "," and t.word ~= "." and t.word ~= "(" and t.word ~= ")") then
      break
    end
    -- (a count with its noun between: "Le bilan est de 5 167 décès en 2023 et de 2 816 en 2022" takes
    -- that count's)
    if (t.type == "number" or t.type == "percent") and not year_like(t) and toks[x + 1]
       and toks[x + 1].type == "word" and toks[x + 1].flags & 1 == 0 and not an:is_stop(toks[x + 1].term) then
      break
    end
    if M.rules.count_nouns[t.term] and is_of(toks[x + 1]) and toks[x + 2] and toks[x + 2].type == "word"
       and x + 2 < at - 1 then
      -- (in English the noun ends its run of adjectives: "the number of new permanent residents it admits")
      local y = x + 2
      while an.lang == "en" and y + 1 < at - 1 and toks[y + 1].type == "word" and toks[y + 1].flags & 1 == 0
            and not an:is_stop(toks[y + 1].term) and not M.rules.verbs_en[toks[y + 1].term]
            and not M.rules.prepositions_en[toks[y + 1].term] and not toks[y].term:find("..s$")
            and not toks[y + 1].term:find("..ed$") and not toks[y + 1].term:find("..ing$") do
        y = y + 1
      end
      return y
    end
    if M.rules.toll_nouns[t.term] and t.flags & 1 == 0 and x < at - 2 and at - x <= M.rules.toll_noun_reach then
      return x
    end
  end
  return change_subject(toks, j, an, s)
end

-- Is the pronoun en before a verb between tokens a and b, taking up a noun written before ("cultiver 310
-- hectares alors qu'il n'en exploitait qu'environ 180")?
local function en_between(toks, a, b, an)
  for x = a, b do
    local n = toks[x + 1]
    local p = toks[x - 1]
    if toks[x].term == "en" and toks[x].flags & 1 == 0 and n and x + 1 <= b and n.type == "word"
       and n.flags & 1 == 0 and not an:is_stop(n.term) and p and M.rules.en_subjects[p.term] then
      return true
    end
  end
  return false
end

-- Is the word before token j, or before its period (n. 5, fév. 2014), in words?
local function led_by(toks, j, words)
  local pv = toks[j - 1]
  -- (the period of an abbreviation, "janv. 2025", "p. 78": not a sentence's, "le 5 février. Trois d'entre eux")
  return pv and (words[pv.term] or (pv.word == "." and toks[j - 2] and words[toks[j - 2].term]
                                    and toks[j - 2].sentence == toks[j].sentence)) or false
end

local function is_year(t, toks, i, unit_tok, an)
  if not year_like(t) then return false end
  local prev = toks[i - 1]
  -- "un lot de 2000 balles": after de, a plural noun makes it a count
  local u = unit_tok and toks[unit_tok]
  if prev and (prev.term == "de" or prev.term == "des") and u and u.type == "word" and u.flags & 1 == 0
     and u.term:find("[sx]$") and not dates.rules.months[u.term] and not M.rules.year_adjectives[u.term] then
    return false
  end
  if prev and (M.rules.year_words[prev.term] or dates.rules.months[prev.term]) then return true end
  -- the second of two years listed: "les scrutins de 2008 et 2009 remportés"
  if prev and M.rules.list_joins[prev.term] and year_like(toks[i - 2]) then return true end
  if not unit_tok then return true end
  -- a year after the noun it dates, before the noun's complement: "la liste 2013 des animaux", "le
  -- bilan 2022 de l'entreprise" (not after a participle: "ils ont tué 2000 des leurs")
  local nx = toks[i + 1]
  if prev and nx and M.rules.year_complements[nx.term] and prev.type == "word" and prev.flags & 1 == 0
     and prev.sentence == t.sentence and prev.stop + 1 < t.start and not an:is_stop(prev.term)
     and not numbers.words[prev.term] and not prev.lower:find("é[e]?s?$") and not prev.term:find("[iu]e?s?$") then
    return true
  end
  -- "the 2022 invasion", "la promotion 2019 ": a year before a singular noun qualifies it
  -- (or before the noun it qualifies and that noun's noun: "its 2024 profit estimate"; not "1900 new jobs")
  if u and u.type == "word" and u.flags & 1 == 0 and not u.term:find("[sxz]$") and unit_tok <= i + 2 then
    local m = toks[i + 1]
    if unit_tok == i + 1 or (m.type == "word" and m.flags & 1 == 0 and not m.term:find("[sxz]$")
                             and not an:is_stop(m.term) and m.start > t.stop + 1 and u.start > m.stop + 1) then
      return true
    end
  end
  return false
end

-- a value as written: 1,7 million is 1700000, not the 1700000.0000000002 that
-- 1.7 * 1e6 gives in binary floating point, and 1,89 is 1.89, not 1.8900000000000001
-- (twelve significant digits kept)
local function exact(v)
  local r = math.floor(v + 0.5)
  if r ~= 0 and math.abs(v - r) <= math.abs(v) * 1e-9 then return math.tointeger(r) or r end
  return tonumber(("%.12g"):format(v))
end

local ARTICLES = { un = true, une = true, one = true }

-- the noun of "un", "une", "one" opening a clause before token j in its sentence, its adjective aside
-- ("Une personne est morte et une cinquantaine d'autres", "un seul amendement a été adopté; trois
-- autres"; not "C'est un grain de sable comme il y en a des millions d'autres"), or nil; nil too when
-- another count stands before j in the sentence ("deux années dans une clinique puis deux autres")
local function one_before(toks, j, an)
  local found
  for x = j - 1, 1, -1 do
    local t, n, p = toks[x], toks[x + 1], toks[x - 1]
    if t.sentence ~= toks[j].sentence then break end
    if ARTICLES[t.term] and t.flags & 8 == 0 and n.type == "word" and n.flags & 1 == 0 and not an:is_stop(n.term)
       and (not p or p.sentence ~= t.sentence or M.rules.one_openers[p.term]) then
      if not found then
        found = x + 1
        if M.rules.one_adjectives[n.term] or n.term:find("ieme$") then
          local m = toks[x + 2]
          found = m and m.type == "word" and m.flags & 1 == 0 and not an:is_stop(m.term) and x + 2 < j and x + 2
        end
        if not found then return nil end
      end
    elseif t.type == "number" or numbers.words[t.term] then
      return nil
    end
  end
  return found
end

local HALF = { half = true }                   -- "half a million": a start before its scale
local SHARE_WORDS = { terms = { sur = true, ["in"] = true, of = true } }   -- (one table: the set kept in C)
-- the casualties a toll of one counts after un, une: "un mort et trois blessés" (M.extract)
local ONE_CASUALTIES = { terms = { mort = true, morte = true, blesse = true, blessee = true, victime = true,
                                   tue = true, tuee = true, disparu = true, disparue = true, deces = true } }
local FRACTION_WORDS = { terms = { moitie = true, tiers = true, quart = true, quarts = true, half = true, third = true,
                                   thirds = true, quarter = true, quarters = true, ["two-thirds"] = true,
                                   ["three-quarters"] = true, ["one-third"] = true, ["one-quarter"] = true,
                                   ["one-half"] = true } }

-- a count at terms[i] (digits, or words; un / une too when articles is set): value, next
-- index; nil when none
local function count_word(terms, i, types, articles)
  local w = terms[i]
  if not w then return nil end
  if types[i] == "number" and w:find("^%d+$") then return tonumber(w), i + 1 end
  if articles and ARTICLES[w] then return 1, i + 1 end
  local v, nx = numbers.parse(terms, i)
  if v and v == math.floor(v) then return v, nx end
  return nil
end

-- is the number from token j to before k multiplied in the singular ("1,9 milliard", "demi-million")?
local function singular_multiplied(toks, j, k)
  if toks[j].term:find("^demi%-") then return true end
  for q = j, k - 1 do
    if M.rules.singular_multipliers[toks[q].term] then return true end
  end
  return false
end

--- Figures of a text. opts.lang ("fr"), opts.tokens (from lunette.pattern.tokens),
--- opts.sentences ({ {s, e}, ... }).
function M.extract(text, opts)
  opts = opts or {}
  local an = analyzer.new{ lang = opts.lang or "fr" }
  local english = an.lang == "en"
  local hedges = seq.index(M.rules.hedges)
  local idioms = seq.index(M.rules.idioms)
  local post_hedges = seq.index(M.rules.post_hedges)
  local toks, sents, doc = seq.tokens_of(text, opts)
  -- the index after a hedge that follows the figure ending at stop (its number at j), or nil
  local function post_hedge(stop, j)
    local _, pe = seq.longest(post_hedges, toks, stop + 1)
    if pe and toks[pe - 1].sentence == toks[j].sentence
       and not (toks[pe] and M.rules.post_hedge_never_before[toks[pe].term]) then
      return pe
    end
  end
  sents = sents or an:sentences(text)
  local terms, _, _, _, c_type = seq.columns(toks)
  -- A figure starts at a hedge, a range opener, an article or an anchor (a
  -- number, a percent, a number word, an approximate noun), and holds an anchor
  -- at most a hedge, a range opener and an article after its start: only such
  -- starts close before an anchor are visited.
  local anchor_words = { numbers.approx_nouns, numbers.words, numbers.hundred, numbers.scales }
  local starts = { hedges, M.rules.range_open, M.rules.approx_single, M.rules.approx_plural,
                   numbers.approx_nouns, numbers.words, numbers.hundred, numbers.scales, HALF }
  local _, hedge_len = seq.anchors(hedges)
  local back = math.max(2, hedge_len + 2)                   -- a hedge, an opener and an article
  local numeric = { number = true, percent = true }
  local out, last_unit, last_sent = {}, nil, 0
  local last_money, money_sent = nil, 0             -- (the last money's unit, and its sentence)
  local dur_at, dur_before, dur_scaled             -- the last number of a duration, the word before it; in millions?
  local last_stop, last_scaled = 0, false          -- where the last counted figure ended; in millions?
  local last_large = false                         -- (or money, or rules.large_count and more)
  local told = {}                                  -- value -> the unit of the last figure of that value
  local last_prep = false                           -- (the last one after a preposition: rules.complement_preps)
  local object_unit, object_sent = nil, 0           -- (the last one not after one, and its sentence)
  local digits = { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" }    -- 3bn, 12m: words with a number
  -- (a hyphenated word counts when it opens on a number: vingt-cinq, trois-quatre, demi-million;
  -- un, une and one alone are articles, no anchor: "un million" has its own)
  local hyphens = { numbers.words, numbers.hundred, numbers.scales, numbers.halves }
  local cands = seq.candidates(toks, doc, { terms = starts, hyphen = hyphens, types = numeric, back = back,
                                           prefixes = digits,
                                           near = { terms = anchor_words, hyphen = hyphens, types = numeric,
                                                    prefixes = digits, except = ARTICLES } })
  -- a figure's record: tokens a to b, its number at j, in the sentence of j
  -- is the number at j (a plain number) named by the capitalised word right before it, in its
  -- sentence and after another of its tokens ("Mariner 10", "France 3"; not "Parmi 500", "Ainsi 8
  -- Français sur 10", which open their sentence)? Its callers add what else they need.
  local function named_number(j)
    local pv, t0, pp = toks[j - 1], toks[j], toks[j - 2]
    return pv ~= nil and pv.type == "word" and pv.flags & 1 ~= 0 and not an:is_stop(pv.term)
      and t0.type == "number" and pv.sentence == t0.sentence and pp ~= nil and pp.sentence == pv.sentence
      and not currency_code(toks, j - 1)                                   -- (CHF 2,5 millions)
  end
  local function emit(a, b, j, lo, hi, approx, unit)
    local s, e = toks[a].start, toks[b].stop
    local sent = sents[toks[j].sentence] or { s, e }
    out[#out + 1] = { start = s - 1, ["end"] = e, text = text:sub(s, e), low = lo, high = hi,
      approx = approx, unit = unit, sentence = text:sub(sent[1], sent[2]),
      sentence_start = sent[1] - 1, sentence_end = sent[2] }
  end
  -- shares: a count, its noun, sur and a larger count ("deux Français sur trois", "7 sur 10",
  -- "une femme sur trois"; not "5 % sur trois ans", "10 sur 10"): by the index of the first
  -- count, { stop = its last token, value = the percentage }; their starts join the candidates
  local shares = {}
  -- a share from token n to stop, num of den in percent to a tenth; its start, and where a hedge
  -- before it starts ("plus de la moitié"), join the candidates in order
  local function add_share(n, stop, num, den)
    shares[n] = { stop = stop, value = exact(math.floor(num / den * 1000 + 0.5) / 10) }
    for x = math.max(1, n - back), n do
      local at = #cands + 1
      while at > 1 and cands[at - 1] > x do at = at - 1 end
      if cands[at - 1] ~= x then table.insert(cands, at, x) end
    end
  end
  for _, sp in ipairs(seq.candidates(toks, doc, SHARE_WORDS)) do
    local w = terms[sp]                               -- sur; in English in, out of
    local m, after = nil, nil
    if w == "sur" or (opts.lang == "en" and (w == "in" or terms[sp - 1] == "out")) then
      m, after = count_word(terms, sp + 1, c_type)
      if w == "of" then sp = sp - 1 end
    end
    -- (nor a range of a duration: "une carrière d'élu sur 20 ou 40 ans")
    local ranged = after and (terms[after] == "ou" or terms[after] == "a" or terms[after] == "or")
      and c_type[after + 1] == "number" and M.rules.durations[terms[after + 2] or ""]
    if m and M.rules.share_bases[m] and not M.rules.durations[terms[after] or ""] and terms[after] ~= "%"
       and not ranged
       and not M.rules.share_not_after[terms[after] or ""] then
      for n = sp - 1, math.max(1, sp - 4), -1 do
        if c_type[n] == "punct" then break end
        local v, nx = count_word(terms, n, c_type, true)
        if v and nx <= sp then
          -- (between the count and sur, a noun and its adjectives only: "deux jeunes Français")
          local noun = true
          -- (nor a measure: "un trône d'un mètre sur trois" is a size)
          -- (nor a time: "un jour sur deux", "une semaine sur trois" say how often, "3 soirs sur 7")
          -- (a complement after the noun, du or de and one word: "un salarié du privé sur six", "un
          -- habitant de Gaza sur dix")
          local cx = nx < sp - 2 and (terms[nx + 1] == "du" or terms[nx + 1] == "de" or terms[nx + 1] == "d'")
            and sp - 1 == nx + 2 and nx + 1
          for x = nx, sp - 1 do
            if x ~= cx and (c_type[x] ~= "word" or an:is_stop(terms[x]) or numbers.measures[terms[x]]
                            or M.rules.durations[terms[x]] or M.rules.frequency_nouns[terms[x]]) then
              noun = false
            end
          end
          -- (and after M no other noun: not "trois portables sur quatre murs"; a verb or the
          -- same noun may follow: "sur 10 pensent", "6 jours sur 7 jours")
          -- (only when the count has its own noun, and a plural one follows M: verbs in -ent and
          -- singular verbs are no nouns, "un enfant sur trois mourait")
          local w2 = terms[after]
          if nx < sp and c_type[after] == "word" and not an:is_stop(w2) and w2:find("[sx]$")
             and not w2:find("[eo]nt$") and w2 ~= terms[sp - 1] then
            noun = false
          end
          if v < m and noun and sp - nx <= 3 then
            add_share(n, after - 1, v, m)
          end
          break
        end
      end
    end
  end
  -- does a word of change stand before de or by before the fraction at fp (opening at n), past a hedge
  -- ("a fondu de près d'un tiers")?
  local function changed_by(fp, n)
    local p = n - 1
    if not M.rules.level_by[terms[p]] then return false end
    while p > n - 5 and terms[p - 1] and (M.rules.level_by[terms[p - 1]] or hedges[terms[p - 1]]) do
      p = p - 1
    end
    local w = terms[p - 1]
    if not (w and c_type[p - 1] == "word" and toks[p - 1].sentence == toks[fp].sentence) then return false end
    return change_word(w)
  end
  -- fractions of a group: "la moitié des Français", "les trois quarts des sondés", "un tiers
  -- de la population" (not "un quart d'heure", "un quart de siècle", "à moitié vide")
  for _, fp in ipairs(seq.candidates(toks, doc, FRACTION_WORDS)) do
    local den = M.rules.fractions[terms[fp]]
    local d0 = terms[fp + 1]
    local nk = fp + 2                              -- (the noun, past an article: "d'une minute")
    if M.rules.fraction_dets[terms[nk]] then nk = nk + 1 end
    -- (a group counted too: "un tiers des 320 000 habitants", both figures; its noun after the count)
    if c_type[nk] == "number" and c_type[nk + 1] == "word" then nk = nk + 1 end
    local noun = M.rules.fraction_of[d0] and terms[nk]
    local n = fp - 1
    local function det(k)                          -- (an article: English "a", not French "à")
      return M.rules.fraction_dets[terms[k]] and not (toks[k].word == "à" or toks[k].word == "À")
    end
    local num = det(n) and 1 or count_word(terms, n, c_type)
    -- (English: "half of" needs no article, "two-thirds of" is one word)
    local whole = M.rules.fraction_words[terms[fp]]
    if whole or (terms[fp] == "half" and not num) then n, num = fp, whole and whole[1] or 1 end
    if whole then den = whole[2] end
    if num and n > 1 and det(n - 1) and not count_word(terms, n - 1, c_type, true) then
      n = n - 1                                    -- (les trois quarts: the article opens it)
    end
    -- (a plural denominator needs its numerator: "les trois quarts", not "les quarts de finale")
    if terms[fp]:find("s$") and den ~= 3 and not count_word(terms, fp - 1, c_type) then num = nil end
    -- (the relative right before it, or before a hedge before it: "dont plus de la moitié"; not "dont je
    -- prendrais la moitié")
    local related = false
    for b = n - 1, math.max(1, n - 4), -1 do
      if M.rules.fraction_relatives[terms[b]] and (terms[b] == "dont" or terms[b - 1] == "of") then
        related = b + 1 == n or hedge(hedges, toks, b + 1) == n
        break
      end
    end
    if den and num and num < den and (noun and c_type[nk] == "word" and not M.rules.durations[noun]
                                      and not M.rules.fraction_not_of[noun] or not noun and related)
       and not (terms[n - 1] == "a" and toks[n - 1].word == "à") then
      add_share(n, fp, num, den)
    -- (or the size of a change, after de or by: "a fondu de près d'un tiers", "réduit de moitié", "fell by
    -- a third", no group after it)
    elseif den and not noun and (num or terms[fp - 1] == "de") and changed_by(fp, num and n or fp) then
      add_share(num and n or fp, fp, num or 1, den)
    end
  end
  local i, ci = 1, 1
  while true do
    ci, i = seq.next_start(cands, ci, i)   -- other tokens: no figure starts there
    if not i then break end
    local start_i = i
    -- (a French number word that is an English word in an English text is that: "rebels seize Damascus")
    if opts.lang == "en" and M.rules.not_numbers_en[terms[i]] then i = i + 1; goto continue end
    local approx = false
    local h = hedges[terms[i]] and hedge(hedges, toks, i)     -- (one lookup for most starts)
    if h and terms[i] == "up" and terms[i + 1] == "to" and M.rules.up_verbs_en[terms[i - 1] or ""] then
      h = nil                                                  -- (edged up to 5%: a particle)
    end
    local j = i
    -- about $2 billion, some €1.8bn: the currency symbol between hedge and number (its country's
    -- letters too: "up to A$49.5 million")
    if h and currency_prefix(toks, h) then h = h + 1 end
    local money = h and is_currency(toks[h]) and toks[h + 1] and toks[h + 1].start == toks[h].stop + 1
      and number_at(toks, h + 1, terms, english)
    if money then h = h + 1 end
    if h and (money or shares[h] or is_num_tok(toks[h]) or numbers.parse(terms, h) or approx_noun(toks, h)) then
      approx = true
      j = h
    end
    local opened = M.rules.range_open[terms[j]]
      and (is_num_tok(toks[j + 1]) or numbers.parse(terms, j + 1) or approx_noun(toks, j + 1)) and terms[j]
    local change = opened and change_before(toks, j)
    if change then opened = false; if not approx then start_i = j + 1 end; j = j + 1 end
    if opened then
      -- "de 10 000 à 20 000": the opener belongs to the figure only when a range follows
      local _, nk, p1 = number_at(toks, j + 1, terms, english)
      if not nk then nk = select(3, approx_noun(toks, j + 1)) end     -- (entre une dizaine et une vingtaine)
      local sep = nk and toks[nk]
      local v2, _, p2
      if sep then v2, _, p2 = number_at(toks, nk + 1, terms, english) end
      -- (a percentage then an amount is no range: "de 12 % à 4,7 milliards")
      if not (joins(sep, opened) and (v2 or approx_noun(toks, nk + 1)) and not (p1 and not p2)) then
        opened = false
        if not approx then start_i = j + 1 end
      end
      j = j + 1
    end
    local past_idiom = idioms[terms[j]] and select(2, seq.longest(idioms, toks, j))
    if not past_idiom and j > 1 and idioms[terms[j - 1]] then
      past_idiom = select(2, seq.longest(idioms, toks, j - 1))
    end
    if past_idiom then i = past_idiom; goto continue end      -- deux poids deux mesures
    -- a share: "deux Français sur trois", "7 sur 10 des sondés", "un sur deux": a percentage
    if shares[j] then
      local sh = shares[j]
      emit(start_i, sh.stop, j, sh.value, sh.value, approx, "%")
      i = sh.stop + 1
      goto continue
    end
    -- (a word that is no number and opens no approximate noun: no figure, no record read)
    if c_type[j] == "word" and not terms[j]:find("^%d") and not numbers.parse(terms, j)
       and not approx_noun(toks, j, an.lang == "en") and not digit_pair(terms[j]) then
      i = i + 1; goto continue
    end
    local t = toks[j]
    local lo, hi, k, pct, exact_words
    local alo, ahi, ak = approx_noun(toks, j, an.lang == "en")
    if alo then
      lo, hi, k, approx = alo, ahi, ak, true
      -- "une vingtaine ou une trentaine de personnes", "une dizaine à une quinzaine": a range
      if toks[k] and joins(toks[k], opened) then
        local _, bhi, bk = approx_noun(toks, k + 1)
        -- "des dizaines ou centaines de milliers": the scale is both's
        local scale = bhi and toks[bk - 1] and numbers.approx_nouns[toks[bk - 1].term]
        if scale and scale >= 1000 and (toks[bk - 2].term == "de" or toks[bk - 2].term == "d'")
           and bk - 2 > k + 1 and hi < scale then
          lo = lo * scale
        end
        if bhi and bhi > hi then hi, k = bhi, bk end
      end
    else
      local v, nk, p = number_at(toks, j, terms, english)
      if v then
        lo, hi, k, pct = v, v, nk, p
        exact_words = t.type == "word" and not t.term:find("^%d")    -- deux, not 3bn
      elseif t.type == "word" then
        -- "trois-quatre personnes", "deux-trois jours": two digits joined, one more than the other,
        -- are a loose range
        local va, vb = digit_pair(t.term)
        if va then lo, hi, k, approx = va, vb, j + 1, true end
      end
    end
    -- "2 000euros", "13 000euros": the last group glued to the noun (one word "000euros")
    local glued_noun
    do
      local g = lo and not pct and toks[k]
      local d3, noun
      if g and g.type == "word" and toks[k - 1].type == "number" then d3, noun = g.word:match("^(%d%d%d)(%a%a+)$") end
      if g and g.type == "word" and toks[k - 1].type == "number" and not d3 then
        d3, noun = g.word:match("^(%d%d%d)(%a+)$")
        noun = noun and (#noun == 1 or M.rules.measures[noun:lower()]) and noun    -- 2 000m², 3 000km
        if not noun then d3 = nil end
      end
      if d3 and g.start > toks[k - 1].stop and g.start - toks[k - 1].stop <= 4
         and not text:sub(toks[k - 1].stop + 1, g.start - 1):find("[^ \194\160\226\128\175\137]") then
        if #noun == 1 or M.rules.measures[noun:lower()] then i = k + 1; goto continue end   -- a measure
        lo = lo * 1000 + tonumber(d3)
        hi, glued_noun, k = lo, noun, k + 1
      end
      -- "299€90", "19€99": a price with its cents after the currency sign
      local c = lo and toks[k]
      local cents = c and is_currency(c) and toks[k + 1]
      if not glued_noun and not pct and cents and toks[k - 1].type == "number"
         and c.start == toks[k - 1].stop + 1 and cents.type == "number" and cents.word:find("^%d%d$")
         and cents.start == c.stop + 1 then
        lo = lo + tonumber(cents.word) / 100
        hi, glued_noun, k = lo, c.word, k + 2
      end
    end
    if not lo then i = i + 1; goto continue end
    do
      local t0 = toks[j]
      if t0.type ~= "word" and in_css(text, t0.start) then i = k; goto continue end
      -- not a figure: ordinals and dates never reach here; days, times, list numbers, phones
      local nx = toks[k]
      -- (a month after a day: not after a percentage, "19 % sept jours plus tôt")
      if nx and nx.type == "word" and dates.rules.months[nx.term] and not exact_words
         and toks[k - 1].type ~= "percent" and toks[k - 1].term ~= "%" then
        i = k; goto continue
      end
      if nx and nx.word == ":" and toks[k + 1] and toks[k + 1].type == "number"
         and toks[k + 1].start == nx.stop + 1 then i = k + 2; goto continue end
      if t0.type == "number" and t0.word:match("^0%d") then i = k; goto continue end
      -- a 20-year-old, a 10-day trip, a 5-km race: a compound adjective of age or measure
      local w2 = nx and nx.word == "-" and nx.start == t0.stop + 1 and toks[k + 1]
      if w2 and w2.start == nx.stop + 1 and M.rules.durations[w2.term:match("^[^-]+") or ""] then
        i = k + 2; goto continue
      end
      -- (a ratio or an idiom, a number glued to a word after it: "a 9-to-5 job", "a 2-to-1 margin")
      if w2 and w2.start == nx.stop + 1 and w2.type == "word" and w2.term:find("^%a+%-%d") then
        i = k + 2; goto continue
      end
      -- (in English, the noun of any other is the count's, in the singular: "the 300-seat assembly", "a
      -- 12-member panel"; or the noun after an adjective of rules.compound_adjectives_en: "a 5,000-strong force")
      if w2 and an.lang == "en" and not glued_noun and w2.start == nx.stop + 1 and w2.type == "word"
         and w2.flags & 1 == 0 and w2.term:find("^%a%a%a+$") and not an:is_stop(w2.term) and not numbers.scales[w2.term]
         and not (toks[k + 2] and toks[k + 2].word == "-" and toks[k + 2].start == w2.stop + 1) then
        local n = M.rules.compound_adjectives_en[w2.term] and toks[k + 2]
        if n and n.type == "word" and n.sentence == w2.sentence then
          glued_noun, k = n.word, k + 3
        elseif not n then
          glued_noun, k = w2.word, k + 2
        end
      end
      -- a score or a code: the second number of "3-1", "14-2", no range (it is not larger)
      if t0.type == "number" and toks[j - 2] and toks[j - 2].type == "number" and dashed_pair(toks, j - 2)
         and toks[j - 2].value >= lo then
        i = k; goto continue
      end
      -- a score, a formation, a code: "3-1", "4-3-3", "4-2-1-3" (a range has two ends and rises)
      if t0.type == "number" then
        local m, parts = j, 1
        while dashed_pair(toks, m) do m, parts = m + 2, parts + 1 end
        if parts >= 3 or (parts == 2 and toks[j + 2].value <= t0.value) then i = m + 1; goto continue end
        -- (and a pair of small numbers in a list of pairs, a set's score: "6-3, 2-6, 5-7, 6-1"; not "10-12
        -- 000, 2-3 000 selon la police")
        if parts == 2 and small_pair(toks, j)
           and ((toks[m + 1] and toks[m + 1].word == "," and small_pair(toks, m + 2))
                or (toks[j - 1] and toks[j - 1].word == "," and small_pair(toks, j - 4))) then
          i = m + 1; goto continue
        end
      end
      -- a phone number: a run of two-digit groups (01 23 45 67 89)
      if t0.type == "number" and t0.word:match("^%d%d$") then
        local r = j
        while toks[r + 1] and toks[r + 1].type == "number" and toks[r + 1].word:match("^%d%d$") do r = r + 1 end
        local l = j
        while toks[l - 1] and toks[l - 1].type == "number" and toks[l - 1].word:match("^%d%d$") do l = l - 1 end
        if r - l + 1 >= 3 then i = r + 1; goto continue end
      end
      local dash = nx and (nx.word == "-" or nx.word == "–") and not is_num_tok(toks[k + 1])   -- 1- Titre, not 10-12
      if t0.type == "number" and nx and (nx.word == "." or nx.word == ")" or dash) then
        local b = t0.start - 1                   -- at a line start (after spaces): list numbering
        while b > 0 and (text:byte(b) == 32 or text:byte(b) == 9) do b = b - 1 end
        if b == 0 or text:byte(b) == 10 then i = k + 1; goto continue end
      end
      local pv = toks[j - 1]
      if k == j + 1 and pv and nx and pv.stop + 1 == t0.start and nx.start == t0.stop + 1
         and (M.rules.code_marks[pv.word] or M.rules.code_marks[nx.word])
         and pv.type == "punct" and nx.type == "punct" then
        i = k + 1; goto continue               -- a:1:{s:8:, i:2; (code or data)
      end
      if k == j + 1 and pv and nx and toks[j].type ~= "percent"        -- (a share in brackets counts: "(61%)")
         and (pv.word == "(" and nx.word == ")" or pv.word == "[" and nx.word == "]"
              or (pv.word == "«" and nx.word == "»") or (pv.word == "“" and nx.word == "”"))
         -- (but a count grouped by thousands is one: "par rapport à 2023 (5 167 décès) et à 2022 (2 816)")
         and not (t0.type == "number" and t0.value >= 1000 and t0.word:find("^%d%d?%d?[^%d]%d%d%d")) then
        i = k + 1; goto continue               -- Comment (0), a note [2], le « 41 »; not (9 millions)
      end
      -- AF 453, RN 7, TGV 6201: a flight, road or train number after a code in capitals (not
      -- "les 300 CRS", nor "l'AFP 3 000 soldats": a code right before, no hedge, a short number)
      if pv and pv.type == "word" and pv.flags & 2 ~= 0 and #pv.word <= 3 and pv.word:find("^%u[%u%d]+$")
         and not approx and k == j + 1 and t0.type == "number" and t0.word:find("^%d+$") and #t0.word <= 4
         and pv.sentence == t0.sentence and M.rules.code_words[pv.word] then
        i = k; goto continue
      end
      -- D.950, K.626: a catalogue number after a capital and its period; l'article 5.3.1:
      -- a section number after another number and its period
      if pv and pv.word == "." and pv.stop + 1 == t0.start and toks[j - 2]
         and (toks[j - 2].word:match("^%u$") or toks[j - 2].type == "number") and toks[j - 2].stop + 1 == pv.start then
        i = k; goto continue
      end
      -- a sequel's number closing a title in quotes: « La Reine des neiges 2 », "Gladiator 2"
      if t0.type == "number" and k == j + 1 and t0.word:find("^%d%d?$") and pv and pv.type == "word"
         and pv.sentence == t0.sentence
         and toks[k] and M.rules.closing_quotes[toks[k].word] then
        for o = j - 1, math.max(1, j - 8), -1 do
          if toks[o].sentence ~= t0.sentence then break end
          if M.rules.unit_quotes[toks[o].word] then
            if toks[o + 1].flags & 1 ~= 0 then i = k; goto continue end
            break
          end
        end
      end
      -- n°86, tomes 2 et 3, p. 78: identifiers, and the ones listed with them
      local month, sign = led_by(toks, j, dates.rules.months), led_by(toks, j, M.rules.number_signs)
      local aw = start_i - 1                      -- (before a hedge or opener: aged about 20)
      if M.rules.age_links[terms[aw] or ""] then aw = aw - 1 end
      local age = toks[aw] and M.rules.age_words[terms[aw]]
        and (toks[aw].flags & 1 == 0 or not toks[aw - 1] or toks[aw - 1].sentence ~= toks[aw].sentence)
      -- (English people over or under a number, no noun after it: "people over 80 were", "adults under 30")
      local after = toks[k]
      age = age or (M.rules.age_bounds_en[terms[start_i]] and M.rules.age_people_en[terms[start_i - 1] or ""]
                    and (not after or after.sentence ~= t0.sentence or after.type == "punct"
                         or (after.type == "word" and after.flags & 1 == 0
                             and (not after.term:find("s$") or M.rules.age_verbs_en[after.term]))))
      if sign or age then
        while toks[k] and (toks[k].term == "et" or toks[k].word == "," or toks[k].term == "and"
                           or age and M.rules.age_joins[toks[k].term])
              and toks[k + 1] and toks[k + 1].type == "number" do
          k = k + 2                              -- tomes 2, 3 et 4; but février 2011, 24 journalistes
        end
      end
      local sw = terms[start_i - 1] == "of" and start_i - 2 or aw      -- (and past of: an index of 102)
      local scale = t0.type == "number" and M.rules.scale_words[terms[sw] or ""] and not percent_words(toks, k)
      -- (and the second day of a span after its month: "October 20-23")
      local day_span = pv and (pv.word == "-" or pv.word == "–") and toks[j - 2] and toks[j - 2].type == "number"
        and led_by(toks, j - 2, dates.rules.months)
      if sign or month or age or scale or day_span then i = k; goto continue end
      -- le 11-Septembre, le 8-Mai: a day joined to its month names an event
      local m1, m2 = toks[j + 1], toks[j + 2]
      if t0.type == "number" and m1 and m2 and m1.word == "-" and m1.start == t0.stop + 1 and m2.start == m1.stop + 1
         and dates.rules.months[m2.term] then
        i = k; goto continue
      end
      -- the minutes after the hours of a duration or a time: "2 minutes 20", "1 heure 45", "3 h 30"
      local hours = toks[j - 2]
      if t0.type == "number" and not approx and lo == hi and hi < 60 and pv and M.rules.minutes_after[pv.term]
         and hours and hours.type == "number" and hours.sentence == t0.sentence then
        i = k; goto continue
      end
      -- an address (10 rue de Pontèves) or a postal code before its town (75015 Paris)
      if t0.type == "number" and nx and (M.rules.address[nx.term]
         or (t0.word:match("^%d%d%d%d%d$") and nx.type == "word" and nx.flags & 1 ~= 0)) then
        i = k; goto continue
      end
      -- a capitalised number word inside a sentence is a name: les Trente Glorieuses
      if exact_words and t0.flags & 1 ~= 0 and pv and pv.sentence == t0.sentence and pv.type ~= "punct" then
        i = k; goto continue
      end
      -- (but a multiplier in the singular takes one: "le 1,9 milliard gelé", "un demi-million")
      if not approx and lo > 1 and pv and M.rules.singular_det[pv.term] and pv.sentence == t0.sentence
         and not singular_multiplied(toks, j, k) then
        i = k; goto continue                                  -- un deux pièces, le 100 mètres
      end
      -- (but a signed share opening a bracket or a clause is a change: "(+ 7,8%)")
      local signed_share = t0.type == "percent" and pv and (pv.word == "+" or pv.word == "-")
        and (not toks[j - 2] or toks[j - 2].type == "punct")
      if not signed_share and ((pv and M.rules.operators[pv.word] and pv.stop + 1 >= t0.start - 1)
                               or (nx and M.rules.operators[nx.word])) then
        i = k; goto continue
      end
      -- a proportion: un enfant sur trois, one in five; around the clock: 24 heures sur 24
      local out_of = pv and pv.term == "of" and toks[j - 2] and toks[j - 2].term == "out"
      local over_number = false        -- after sur/out of and a number: 8 personnes sur 10
      if pv and (M.rules.proportion.after[pv.term] or out_of) and not approx then
        local b0 = out_of and j - 3 or j - 2
        -- (nor after a duration or a repeat: "trois ans sur cinq", "19 fois sur 20")
        local tb0 = toks[b0]
        if tb0 and (M.rules.durations[tb0.term] or M.rules.repeats[tb0.term]) then i = k; goto continue end
        for b = b0, math.max(1, b0 - 2), -1 do
          local tb = toks[b]
          if tb.sentence ~= t0.sentence then break end
          if M.rules.proportion.one[tb.term] then i = k; goto continue end
          if is_num_tok(tb) or numbers.words[tb.term] then over_number = true; break end
        end
      end
      -- tous deux, toutes les trois: both, all three
      if not approx and pv and (M.rules.all_of[pv.term] or (pv.term == "les" and toks[j - 2]
                                 and M.rules.all_of[toks[j - 2].term])) then
        i = k; goto continue
      end
      -- "le top 5 des", "le flop 10": a ranking, no count
      if pv and M.rules.rankings[pv.term] and pv.sentence == t0.sentence then i = k; goto continue end
      -- "diviserait par 4 les chances", "multiplié par deux": a factor, no count
      local pv2 = toks[j - 2]
      if pv and pv.term == "par" and pv2 and (pv2.term:find("^divis") or pv2.term:find("^multipli")) then
        i = k; goto continue
      end
      -- "466 cas pour 100 000 habitants", "12 deaths per 1,000 births": a power of ten after pour, per
      -- or par and a count's noun is a rate's base, no count
      -- (or after the count alone: "l'Allemagne (50 pour 1000)")
      local rb = toks[j - 2]
      if pv and M.rules.rate_bases[pv.term] and not approx and t0.type == "number" and t0.value >= 100
         and math.log(t0.value, 10) % 1 == 0 and rb and rb.sentence == t0.sentence
         and (rb.type == "number"
              or (rb.type == "word" and not is_money(rb.word)               -- (300 euros pour 100 000 followers)
                  and (is_num_tok(toks[j - 3])
                       or (toks[j - 3] and toks[j - 3].type == "word" and is_num_tok(toks[j - 4]))))) then
        i = k; goto continue
      end
      -- "350 parties par million", "per million": a rate's base
      if pv and (pv.term == "par" or pv.term == "per") and t0.type == "word" and numbers.scales[t0.term]
         and k == j + 1 then
        i = k; goto continue
      end
      -- "4 à 5h de course": hours, as the number after says
      local hrs = toks[k] and M.rules.range_sep[toks[k].lower or toks[k].term] and toks[k + 1]
      if hrs and hrs.type == "word" and hrs.word:find("^%d+h%d*$") then i = k + 2; goto continue end
      -- a range: 25 000 à 30 000, entre 4 et 6 millions, 10 000-12 000
      local sep = toks[k]
      if joins(sep, opened) and not change then
        -- (the currency written again before the second: "$30 billion to $50 billion", "$30 to $50 billion";
        -- not after a change's opener: "rose from $30 billion to $50 billion")
        local at2 = k + 1
        if is_currency(toks[at2]) and toks[j - 1] and toks[j - 1].word == toks[at2].word
           and not (toks[j - 2] and change_before(toks, j - 2)) then
          at2 = at2 + 1
        end
        local v2, k2, p2 = number_at(toks, at2, terms, english)
        -- (a percentage then an amount is no range: "a progressé de 12 % à 4,7 milliards d'euros",
        -- by 12 % to 4,7 billion; two figures)
        if v2 and pct and not p2 then v2 = nil end
        local last2 = v2 and toks[k2 - 1] and toks[k2 - 1].term          -- entre 4 et 6 millions, deux ou trois cents
        local mult = last2 and (multiplier_of(last2) or (numbers.hundred[last2] and 100))   -- (de 3 à 4 M€)
        -- (each its own: "2 millions à 3 millions")
        if mult and toks[k - 1] and numbers.multipliers[toks[k - 1].term] then mult = nil end
        if mult and lo < 1000 and lo >= v2 / mult then
          -- "passant de 25 à 7 millions d'euros": a fall, no range, and the first amount is not
          -- written whole (25 millions): left, the second read on its own
          i = k; goto continue
        elseif mult and lo >= 1000 and lo * 1000 < v2 then
          v2 = nil                                  -- "en 2011 à 2,3 milliards": a year, then an amount
        end
        -- "passant de 500 000 en 2014 à 700 000": a year after its word, then an amount
        if v2 and year_like(t0) and pv and M.rules.year_words[pv.term] and not (v2 >= 1800 and v2 <= 2100) then
          v2 = nil
        end
        -- (a change by a count, then the level reached: no range; but "augmentée de 100 à 200 millions" shares
        -- its multiplier)
        if v2 and not (mult and lo < 1000) and changed_level(toks, opened and j or start_i)
           and v2 >= lo * M.rules.level_ratio then
          v2 = nil
        end
        -- "the vote was 52 to 48", "un score de 3 à 1": a tally, no count (no noun after)
        local after2 = k2 and toks[k2]
        if v2 and v2 < lo and not p2 and not mult and not approx and not opened    -- (de 22 à 13: a change)
           and not year_like(toks[j])                                              -- (en 2012 à 386)
           and (not after2 or after2.type == "punct")
           and toks[j].type == "number" and toks[k2 - 1].type == "number" then
          i = k2; goto continue
        end
        if v2 and v2 > lo then
          if p2 then pct = true end                  -- 50-53%: the range is in percent
          if mult and lo < 1000 then
            lo = lo * mult                          -- entre 4 et 6 millions (not "de 700.000 à deux millions")
          elseif not mult and lo < 1000 and lo * 1000 <= v2 and toks[k2 - 1].type == "number"
                 and toks[k2 - 1].word:find("[%s\160\175\137'%.]000$") and toks[j].word:match("^%d+$") then
            lo = lo * 1000                          -- entre 10 et 12 000: the thousands are shared
          end
          hi, k = v2, k2
        end
      end
      -- "de 43 % à 30 %": no range after all (a fall), the opener is none of the figure's
      if opened and hi == lo and not approx and start_i < j then start_i = j end
      if not pct then
        local pk = percent_words(toks, k)
        if pk then pct, k = true, pk end
      end
      -- "a baissé de 35 à 25 %": a fall to a percentage, from one too
      local tk, tn = toks[k], toks[k + 1]
      if not pct and t.type == "number" and not year_like(t) and tk and tk.lower == "à" and tn
         and tn.type == "percent" and tn.value < t.value and pv and (pv.term == "de" or pv.term == "d'") then
        pct = true
      end
      -- "un écart de 4 et 5%": a number listed before a percentage is one
      if not pct and t.type == "number" and not year_like(t) and toks[k]
         and (M.rules.list_joins[toks[k].term] or (change and joins(toks[k])))
         and toks[k + 1] and (toks[k + 1].type == "percent" or (change and percent_at(toks, k + 1, terms))) then
        pct = true
      end
      -- the unit
      local unit, stop_i = nil, k - 1
      local mk = numbers.halves[toks[k - 1].term] and toks[k - 3] and k - 3 or k - 1   -- (2 millions et demi)
      local scaled = toks[mk].type == "word" and (numbers.multipliers[toks[mk].term] or 0) >= 1000000
      -- "des voitures 100 % électriques", "100% remboursé": all of a quality, no share (not "100 % des")
      local quality = toks[k]
      if pct and lo == 100 and hi == 100 and quality and quality.type == "word" and quality.flags & 1 == 0
         and quality.sentence == t.sentence and not an:is_stop(quality.term) and not M.rules.of_words[quality.term] then
        i = k; goto continue
      end
      if pct then
        unit = "%"
      else
        local ut, elided, etok = unit_after(toks, k, an, opts.lang == "en", hi)
        if ut and text:sub(toks[k - 1].stop + 1, toks[ut].start - 1):find("\n") then
          ut, elided, etok = nil, true, nil                   -- no unit across a line break
        end
        if glued_noun then ut, elided, etok = k - 1, nil, nil end
        -- "de 15 et 16 ans", "de 6 et 10 euros": a number listed before another written
        -- alike (digits, or words), with no noun of its own, takes the other's; before a
        -- month it is a day ("les 15 et 16 mars"); "par 46 voix contre 20 et deux
        -- abstentions" shares nothing, nor a number set against a count and its noun ("par 52 voix
        -- contre 41 et 4 abstentions": voix)
        local shared = false
        local against = pv and M.rules.compared[pv.term] and toks[j - 3] and toks[j - 3].type == "number"
          and toks[j - 2].type == "word"
        local at2 = k + 1                        -- (the second's determiner: "du 18 et du 19 février")
        if toks[at2] and M.rules.list_dets[toks[at2].term] and toks[at2 + 1] and toks[at2 + 1].type == "number" then
          at2 = at2 + 1
        end
        local n2 = toks[at2]
        -- ("avec 2, 3 frissons", "deux, trois jours": two numbers in a row, a comma between)
        local comma = toks[k] and toks[k].word == "," and lo == hi
        local changed = change and joins(toks[k])      -- (de 475 à 386 corridas)
        if not ut and not against and toks[k] and (M.rules.list_joins[toks[k].term] or comma or changed) and n2
           and (n2.type == "number") == (t.type == "number") then
          local v2, k2, p2 = number_at(toks, at2, terms, english)
          if comma and v2 ~= lo + 1 then
            -- (a list, its last number after et / ou: "de 28, 39 et 43 ans", the last one's noun)
            local q = k2
            while q and toks[q] and toks[q].word == "," and toks[q + 1] and toks[q + 1].type == n2.type do
              _, q = number_at(toks, q + 1, terms, english)
            end
            if q and toks[q] and M.rules.list_joins[toks[q].term] and toks[q + 1] and toks[q + 1].type == n2.type then
              _, k2, p2 = number_at(toks, q + 1, terms, english)
            else
              k2 = nil
            end
          end
          local ut2 = k2 and not p2 and not (year_like(t) and year_like(n2))
            and unit_after(toks, k2, an, opts.lang == "en", hi)
          -- (before a month, days: "les 8 et 9 septembre", "des 3, 10 et 17 mars")
          local months = dates.rules.months
          if (ut2 and months[toks[ut2].term]) or (k2 and toks[k2] and months[toks[k2].term]) then
            i = k; goto continue
          end
          if ut2 and not text:sub(toks[k - 1].stop + 1, toks[ut2].start - 1):find("\n") then
            ut, elided, etok, shared = ut2, nil, nil, true
            -- "30 et 50 millions d'euros": and the other's multiplier
            local mult = multiplier_of(toks[k2 - 1].term)
            if mult and lo < 1000 and not numbers.multipliers[toks[k - 1].term] then
              lo, hi, scaled = lo * mult, hi * mult, mult >= 1000000
            end
          end
        end
        local pp = toks[j - 2]
        if not ut and not etok and not approx and pv and pv.type == "word"
           and (pv.flags & 1 ~= 0 or pv.word:find("^%l+%u"))                          -- (l'iPhone 6, eBay 2)
           and toks[j].type == "number" and pp and pp.sentence == pv.sentence
           and (pp.type ~= "punct" or M.rules.open_brackets[pp.word]) and not currency_code(toks, j - 1) then
          i = k; goto continue                                 -- Europe 1, Ligue 2, (France 2): a name
        end
        -- a proportion's base, small or a power of ten, with no noun of its own ("huit
        -- personnes sur dix disent") or in English ("eight out of ten voters");
        -- "151 députés sur 301" counts
        if over_number and (not ut or out_of) and lo == hi
           and (hi <= 10 or hi == 100 or hi == 1000 or hi == 10000 or hi == 100000) then
          i = k; goto continue
        end
        local named_count = false            -- (the elided noun a count names: "portant à sept le nombre de morts")
        if ut then
          local w = toks[ut]
          local wterm = glued_noun and an:term(glued_noun) or w.term          -- 2 000euros: euros
          if M.rules.durations[wterm] or M.rules.repeats[wterm]
             or (not glued_noun and symbol_unit(toks, ut)) then         -- 970 s, 15 t, 3 x: a measure
            -- (the noun a number after it in a parallel phrase leaves out: "le seuil à 12 ans,
            -- l'Allemagne à 14")
            if M.rules.durations[wterm] then
              dur_at, dur_before, dur_scaled = j, toks[j - 1] and toks[j - 1].word:lower(), scaled
            end
            i = shared and k or ut + 1; goto continue
          end
          -- a short number a name gives its own counts nothing after it (not "Les 8 Symphonies", a
          -- sentence's start; nor a name after punctuation): a name after it, "France 3 Provence-Alpes-Côte
          -- d'Azur"; or any word after a 1, "Europe 1 va-t-il", "sur Europe 1 mardi", "la Ligue 1 reprend"
          -- (one thing is written "un" or "une"); a longer number too before a name with no plural mark, a
          -- model's: "le Boeing 737 Max" (not "Gaza 300 Palestiniens"); any before a verb, the name its
          -- subject: "District 751 voted", "France 24 a annoncé"
          if not glued_noun and not approx and named_number(j) and toks[j - 2].type ~= "punct"
             and (w.flags & 1 ~= 0 and (#t0.word <= 2 or not (w.term:find("s$") or w.term:find("[aeo]ux$")))
                  or w.flags & 1 == 0 and (t0.word == "1" or M.rules.name_verbs[w.term]
                                           or (an.lang == "en" and w.term:find("..ed$")))) then
            i = ut + 1; goto continue
          end
          -- a version is no count: "l'ère du 2.0 | Boîte à outils", "Web 3.0" (a point and a zero)
          if w.flags & 1 ~= 0 and not glued_noun and t0.type == "number" and t0.word:find("^%d+%.0$") then
            i = ut + 1; goto continue
          end
          -- a signed number before a capitalised noun with no plural mark is a name ("le site +972
          -- Magazine"); a count's noun may be a name with none: "3 Rafale", "18 Caesar", "300 000 Tutsi"
          if w.flags & 1 ~= 0 and w.flags & 2 == 0 and ut == k and t0.type == "number" and t0.word:find("^%+")
             and not w.term:find("[sxz]$") and not is_currency(w) and not approx then
            i = ut + 1; goto continue
          end
          -- a name after the number, as in a note or a list ("2 Serge Guérin et Pierre-Henri
          -- Tavoillot, La Grande Confusion"): no count
          local after_unit = toks[ut + 1]
          if w.flags & 1 ~= 0 and w.flags & 2 == 0 and after_unit and after_unit.type == "word"
             and after_unit.flags & 1 ~= 0 and after_unit.sentence == w.sentence and not approx then
            i = ut + 1; goto continue
          end
          -- (past another number after des or de and a determiner, the figure ends at its own: "9 | des
          -- 12 circonscriptions", "8 | de ses 10 derniers matches", the 12 and the 10 figures of their own)
          local inner = group_at(toks, k)
          local past_number = inner and inner < ut and toks[inner].type == "number"
          unit, stop_i = glued_noun or w.word, (shared or past_number) and k - 1 or ut
        elseif elided then
          -- "des numéros de lot commençant par 17178 et 17179": five digits and more, ungrouped,
          -- with no noun of their own, are a code (the press groups its counts: 17 178)
          if t0.type == "number" and t0.word:find("^%d%d%d%d%d+$") and not approx then i = k; goto continue end
          -- (but an English change by that many counts: "Jobless claims fell by 8,000 to 211,000")
          local by_change = pv and pv.term == "by" and changed_level(toks, j)
          if pv and M.rules.named_after[pv.term] and not approx and not by_change then i = k; goto continue end
          -- a day of the month after its weekday: "ont été arrêtées dimanche 26 à Moscou"
          if pv and dates.rules.weekdays[pv.term] and t0.type == "number" and t0.word:find("^%d%d?$")
             and t0.value >= 1 and t0.value <= 31 and not approx then
            i = k; goto continue
          end
          -- a capitalised word right before a number with no noun names it: "Mariner 10 dans les
          -- années 1970", "Apollo 11", "Windows 98" (not a word that opens the sentence: "Parmi 500")
          if not approx and named_number(j) and pv.stop + 1 < t0.start then
            i = k; goto continue
          end
          -- the minutes of a time: "levés à 4 h 30", "6 h 30"
          if pv and (pv.term == "h" or pv.term == "heures") and toks[j - 2] and toks[j - 2].type == "number"
             and t0.type == "number" and t0.value < 60 then
            i = k; goto continue
          end
          -- a whole number between commas right after a name is an age: "John Miller, 54, faces",
          -- "Smith, 37, of Boston" (English writes no "years")
          local after_num = toks[k]
          if not approx and pv and pv.word == "," and toks[j - 2] and toks[j - 2].type == "word"
             and toks[j - 2].flags & 1 ~= 0 and toks[j - 2].sentence == toks[j].sentence
             and after_num and after_num.word == "," and k == j + 1 and t0.type == "number"
             and t0.word:find("^%d%d?%d?$")
             and t0.value >= 1 and t0.value <= 120 then
            i = k; goto continue
          end
          -- a signed number with no noun is a change, no count: "Delanoë (66%, +3)"; but a level after de or
          -- à is one as unsigned ("Le solde naturel, de +17 000, n'a jamais été aussi faible")
          if t0.type == "number" and (t0.word:find("^[+-]") or t0.word:find("^−"))
             and not (pv and M.rules.level_marks[pv.term] and pv.flags & 1 == 0) then
            i = k; goto continue
          end
          if etok then stop_i = etok end
          local sent = toks[j].sentence
          -- a number after the same word as a duration's shortly before is one too: "le seuil à 12
          -- ans, l'Allemagne à 14", "Rafael Aranda, 55 ans, Carme Pigem, 54", "de 9 ans, ni de 12"
          -- (not an amount in millions after one not in millions, nor a part of a group: "dans les trois ans et 500
          -- d'entre eux"; "1,8 million de tonnes, contre 2,2 millions il y a trois ans": tonnes)
          local dt = dur_at and toks[dur_at]
          if dt and dt.sentence == sent and j - dur_at <= 12 and pv
             and (pv.word:lower() == dur_before
                  or (M.rules.compared[pv.term] and (last_sent ~= sent or last_stop < dur_at))
                  or en_between(toks, dur_at + 2, j - 1, an))
             and (not scaled or dur_scaled)
             and not of_them_at(toks, k) then
            i = k; goto continue
          end
          local cn, one_thing = counted_noun(toks, j, k, an, start_i)
          -- (others after one of a noun in their sentence, no figure before them there: "Une personne est
          -- morte et une cinquantaine d'autres secourues", "One person died and 12 others were hurt")
          -- (not before a name's plural, the noun itself: "les 27 autres Etats membres")
          local after_others = etok and toks[etok + 1]
          if not cn and etok and last_sent ~= sent
             and not (after_others and after_others.type == "word" and after_others.flags & 1 ~= 0
                      and after_others.sentence == sent) then
            cn = one_before(toks, j, an)
          end
          -- (a noun of a count before an amount in millions, in its sentence: read once for both tests below)
          local counted = scaled and not cn and not one_thing and count_noun_before(toks, j)
          local paid = scaled and money_verb(toks[start_i - 1])
          if cn then unit, named_count = toks[cn].word, true
          -- (the same amount told again after its article is the one told before: "loin des 1 300 milliards
          -- réclamés par les pays du Sud ... pour atteindre les 1 300 milliards"; not before others, nor
          -- after a count of its own sentence: "au bout de 214 matchs, mais pas lors des 213 précédents")
          elseif lo == hi and lo >= M.rules.told_min and told[lo] and pv and M.rules.told_again[pv.term]
                 and pv.sentence == sent and not etok and last_sent ~= sent
                 and not (toks[k] and toks[k].word == "," and toks[k + 1] and toks[k + 1].type == "number") then
            unit = told[lo]
          -- (not a measure's: "deux points de TVA, c'est-à-dire 16 milliards" are no points; an amount in
          -- millions takes the noun of a large count or of money only: "des dizaines de demandes ... 850
          -- millions supplémentaires" are no demandes; "556.000 chômeurs de plus ... 3,480 millions" are)
          -- (others say the noun is the last one, even for an amount in millions: "près de 6 millions de
          -- Syriens. Environ 7,2 millions d'autres")
          elseif not one_thing and last_unit
                 and sent - last_sent <= ((scaled and not is_money(last_unit)
                                           and not (etok and M.rules.others[toks[etok].term])) and 0 or 1)
                 and not M.rules.measures[last_unit:lower()] and not (scaled and not last_large)
                 and not (scaled and is_money(last_unit) and counted)
                 and not (paid and not is_money(last_unit)) then
            unit = last_unit                   -- (an amount in millions: from its own sentence, or money's)
            -- (after contre, the figure it is compared with: the clause's object, not the figure of a
            -- complement between them, "766 appareils à 86 clients en 2024, contre 735 l'année précédente")
            if pv and M.rules.compared[pv.term] and last_prep and object_sent == sent then unit = object_unit end
          -- (or money's a few sentences before, other counts between: "João Neves (60 millions d'euros)
          -- ... 73 matches ... une première offre de 40 millions fin juillet")
          -- (not before de and a noun it does not take: "5 millions d'enfant", "des millions d'entre vous")
          -- (nor after a noun of a count before it in its sentence: "The waiting list stood at 7.54 million",
          -- "le nombre de chômeurs atteint 3,2 millions")
          elseif not one_thing and scaled and last_money and sent - money_sent <= M.rules.money_reach
                 and not (toks[k] and M.rules.of_words[toks[k].term] and toks[k + 1]
                          and toks[k + 1].type == "word")
                 and not counted then
            unit = last_money
          end
        end
        -- $2 billion, £3bn: the currency before the number is the unit (before any elided
        -- noun, and before the noun it qualifies: "a $988 million aid package")
        -- (or in letters: "CHF 2,5 millions", "Fr. 12 000")
        local cur = toks[j - 1]
        local cur_at, cur_unit                  -- where the currency before the number starts, and its unit
        if is_currency(cur) then
          local pre = currency_prefix(toks, j - 2)
          cur_at, cur_unit = pre and j - 2 or j - 1, pre and toks[j - 2].word .. cur.word or cur.word
        else
          cur_at = currency_code(toks, j - 1)
          cur_unit = cur_at and (cur_at == j - 1 and cur.word or toks[cur_at].word .. ".")
        end
        if cur_at then
          unit = cur_unit
          if start_i == j then start_i = cur_at end
          if ut and not elided and not shared then stop_i = k - 1 end
        end
        local as_subject = subject_count(toks, start_i, k)
        if is_year(t0, toks, j, ut, an) and lo == hi and not approx and not as_subject then i = k; goto continue end
        -- "jusqu'à 2060", "remonter jusqu'à 1753": a year after jusqu'à, with no noun, is a date's
        if approx and lo == hi and not ut and year_like(t0, 1100) and toks[start_i].term:find("^jusqu") then
          i = k; goto continue
        end
        -- l'Euro 2016 de football, le Mondial 2018: a name and its year
        -- (not after a capitalised stopword: "Sur 2000 personnes interrogées")
        if lo == hi and not approx and t0.type == "number" and t0.word:match("^%d%d%d%d$") and lo >= 1800
           and lo <= 2100 and pv and pv.type == "word" and pv.flags & 1 ~= 0 and pv.sentence == t0.sentence
           and not an:is_stop(pv.term) then
          i = k; goto continue
        end
        -- entre 2014 et 2020, de 2021 à 2027, (1797-1828): years, with no noun after
        -- them; 2012-2013, 2019/2020: a school, budget or sports year, even before one
        local years = lo ~= hi and lo == math.floor(lo) and hi == math.floor(hi) and lo >= 1000 and hi <= 2100
          and toks[j].word:match("^%d%d%d%d$")
        local span = years and lo >= 1900 and hi - lo <= 10 and toks[j + 1] and toks[j + 1].start == toks[j].stop + 1
          and (toks[j + 1].word == "-" or toks[j + 1].word == "/" or toks[j + 1].word == "–")
        if years and (not ut or span) then
          i = k; goto continue
        end
        -- "deux" alone: not a count; "deux d'entre eux": as many of the noun before; so is the base
        -- after "sur les" ("cinq régions sur les treize")
        local of_them = of_them_at(toks, k)
        local base = pv and pv.term == "les" and toks[j - 2] and toks[j - 2].term == "sur"
          and toks[j - 2].sentence == toks[j].sentence and last_sent == toks[j].sentence
        -- (and after dont, a part of the count right before it, no amount: "quinze blessés, dont trois
        -- grièvement", "25 évêques, dont cinq"; not "3 milliards de recettes, dont deux")
        local part = pv and pv.term == "dont" and last_sent == toks[j].sentence and j - 1 - last_stop <= 6
          and not last_scaled
        -- (and "autres" says the noun is left out: "24 journalistes ... les sept autres portés disparus")
        local others = etok and not (toks[etok + 1] and multiplier_of(toks[etok + 1].term))   -- (trois autres millions)
        -- (and a difference: "700 personnes, soit nonante de plus que l'an dernier", "sixty more than")
        local nk = toks[k]
        local more = nk and nk.sentence == toks[j].sentence
          and (M.rules.more_words_en[nk.term]
               or nk.term == "de" and toks[k + 1] and M.rules.more_words[toks[k + 1].term])
        -- (and an English verb right after it, the count its sentence had before its noun: "85 lawmakers voted
        -- against it, three abstained")
        local verb_after = opts.lang == "en" and nk and nk.sentence == toks[j].sentence and last_sent == nk.sentence
          and past_verb_en(nk.term)
        if exact_words and not ut
           and not ((of_them or base or part or others or more or named_count or verb_after) and unit)
           and not scaled and not as_subject then
          i = k; goto continue
        end
        if lo == 0 and hi == 0 and not ut then i = k; goto continue end
        -- "le zéro déchet", "zéro défaut": zero before a singular noun names an ideal, no count
        if lo == 0 and hi == 0 and ut and exact_words and not toks[ut].term:find("[sx]$") then
          i = k; goto continue
        end
        -- a bare number or range with no noun, no antecedent and no hedge: a score, a
        -- code, pages of a reference (14-15), not a count
        -- (but an amount in millions or billions counts even without its noun: "il faut
        -- trouver 5 milliards", "France2 (9 millions)")
        -- (nor one its source follows: "Ils étaient 1,2 million selon la CGT et 480 000 selon la police")
        -- (nor the ones left without: "Storm leaves 300,000 without power", "300 000 sans électricité")
        local sourced = nk and nk.sentence == toks[j].sentence and lo >= M.rules.sourced_min
          and (nk.term == "selon" or nk.term == "according" or (nk.term == "d'" and toks[k + 1]
                                                                 and toks[k + 1].term == "apres")
               or nk.term == "without" or nk.term == "sans")
        -- (nor one a verb of estimate puts at: "organisers put it at 120,000", "la préfecture l'a
        -- évaluée à 12 000", "estimated at 5,000")
        local at, estimated = toks[start_i - 1], false
        if at and (at.term == "at" or at.lower == "à") then
          for x = start_i - 2, math.max(1, start_i - 5), -1 do       -- (estimé la foule à, put it at)
            local ev = toks[x]
            if ev.sentence ~= toks[j].sentence or ev.type ~= "word" then break end
            if M.rules.estimate_verbs[ev.term] then estimated = true; break end
          end
        end
        -- (nor a number written in groups of three: "hit a record 906,000", "fallen to 728,000", "à 167 432":
        -- no score, code or reference is grouped)
        local grouped = t0.type == "number" and lo >= 1000 and lo == math.floor(lo)
          and t0.word:find("^[+-]?%d%d?%d?[^%d]+%d%d%d") ~= nil
          and not (toks[k] and toks[k].type == "number")   -- (a phone's groups: "+41 (0)24 485 24 58")
        -- (an adjective that stands for a noun no count before gives, its own word counts: "des règlements de compte
        -- (15 mortels depuis le début de l'année"; not autres, others)
        if not unit and etok and not scaled and toks[etok].type == "word" and not M.rules.others[toks[etok].term] then
          unit = toks[etok].word
        end
        if not unit and not approx and not scaled and not sourced and not estimated and not as_subject
           and not grouped and not post_hedge(stop_i, j) then
          i = k; goto continue
        end
      end
      do
        local pe = post_hedge(stop_i, j)
        if pe then approx, stop_i = true, pe - 1 end
      end
      local si = toks[j].sentence
      -- a comma before three digits in an amount of money groups thousands, as in English: "5,500
      -- euros par mois", "500,000 dollars" (a French decimal amount has two: 5,50 euros)
      if unit and is_money(unit) and lo == hi and t0.type == "number" and t0.word:find("^%d%d?%d?,%d%d%d$")
         and lo == t0.value then
        lo = tonumber((t0.word:gsub(",", "")))
        hi = lo
      end
      emit(start_i, stop_i, j, exact(lo), exact(hi), approx, unit)
      if unit and lo == hi then told[lo] = unit end
      if unit and unit ~= "%" then
        last_unit, last_sent, last_stop, last_scaled = unit, si, stop_i, scaled and true or is_money(unit)
        local before = toks[start_i - 1]
        last_prep = before and before.sentence == si and M.rules.complement_preps[before.term]
          and before.lower ~= "a" or false                                       -- (à, not the verb a)
        if not last_prep then object_unit, object_sent = unit, si end
        if unit and is_money(unit) then last_money, money_sent = unit, si end
        last_large = last_scaled or (hi or 0) >= M.rules.large_count
      end
      i = math.max(stop_i + 1, k)
    end
    ::continue::
  end
  -- a toll of one: un, une and a casualty before another count ("un mort et trois blessés"), after the
  -- verb of a toll ("a fait un mort", "faisant une victime") or a colon ("Accident : un mort"); un is an
  -- article elsewhere
  local tolls = false
  for _, c in ipairs(seq.candidates(toks, doc, ONE_CASUALTIES)) do
    local o, n1, n2, pv = toks[c - 1], toks[c + 1], toks[c + 2], toks[c - 2]
    local counted = n1 and n1.term == "et" and n2 and n1.sentence == toks[c].sentence
      and (numeric[n2.type] or (numbers.words[n2.term] and n2.term ~= "un" and n2.term ~= "une")
           or numbers.approx_nouns[(toks[c + 3] or n2).term])
    if o and (o.term == "un" or o.term == "une") and o.sentence == toks[c].sentence then
      local near = pv and pv.sentence == o.sentence
      local led = near and (M.rules.toll_verbs[pv.term] or pv.word == ":"
                            or (pv.term == "a" and toks[c - 3] and toks[c - 3].term == "eleve"))   -- s'élève à
      if led or (counted and (not near or pv.word == ",")) then
        emit(c - 1, c, c - 1, 1, 1, false, toks[c].word)
        tolls = true
      end
    end
  end
  if tolls then table.sort(out, function(x, y) return x.start < y.start end) end
  -- "entre 3 000 euros et 4 000 euros": two amounts with the same noun after entre, one range
  local n = 1
  while out[n + 1] do
    local a, b = out[n], out[n + 1]
    local opener, gap = text:sub(math.max(1, a.start - 9), a.start):lower():match("(%a+)(%s+)$")
    local sep = text:sub(a["end"] + 1, b.start):match("^%s+(%a+)%s+$")
    if a.unit and a.unit == b.unit and a.sentence_start == b.sentence_start and a.low == a.high
       and b.low == b.high and a.low < b.low and M.rules.range_between[opener]
       and M.rules.range_between[opener] == sep then
      local s = a.start - #opener - #gap
      out[n] = { start = s, ["end"] = b["end"], text = text:sub(s + 1, b["end"]), low = a.low, high = b.high,
        approx = a.approx or b.approx, unit = a.unit, sentence = a.sentence,
        sentence_start = a.sentence_start, sentence_end = a.sentence_end }
      table.remove(out, n + 1)
    else
      -- "plusieurs centaines, voire quelques milliers de morts": an estimate with no noun of its own, then
      -- a higher one after voire (M.rules.even_higher), takes the noun of the second
      local w = text:sub(a["end"] + 1, b.start):lower():match("^%s*,?%s*([%a\128-\255]+ ?[%a\128-\255]*)%s+$")
      if w and M.rules.even_higher[w] and b.unit and b.unit ~= "%" and a.sentence_start == b.sentence_start
         and a.unit ~= "%" and not (a.unit and a.text:find(a.unit, 1, true)) then
        a.unit = b.unit
      end
    end
    n = n + 1
  end
  return out
end

return M
