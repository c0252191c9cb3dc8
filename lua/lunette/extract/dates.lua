--- lunette.extract.dates: dates as written, resolved against the article's date.
---
--- dates(text, opts) -> records { start, end, text, value, resolved, zone }.
--- value is ISO 8601 at the precision written: "2025-01-27", "2025-04", "2025",
--- "--01-24" (day and month, no year), intervals "a/b"; relative expressions
--- ("lundi", "le mois dernier") have value nil. resolved is the date or the
--- interval they stand for when opts.published (ISO) is known.

local M = { name = "dates", version = "1" }

local set = require("lunette.extract.seq").set
local agreed = require("lunette.extract.seq").agreed      -- (a participle's agreed forms)
local core = require "lunette.core"
local clean = require "lunette.clean"
local analyzer = require "lunette.analyzer"

M.rules = {
  -- how far from publication a weekday and a day with no month are looked for ("le vendredi 28")
  weekday_day_reach = 62,
  -- how many sentences after a verbless one (a headline) its weekday looks for the same day with a tense
  headline_reach = 4,
  -- how many sentences after a bare weekday of the text the same weekday with no tense of its own is that
  -- day ("jusqu'à vendredi 6 heures ... Vendredi, des chutes de neige sont possibles": the same Friday)
  weekday_told_reach = 8,
  -- how many years before the one publication suggests a weekday and its date are looked for ("le
  -- vendredi 14 juillet": the nearest year where the 14th of July is a Friday; a date falls on each
  -- weekday within eleven years, 29 February within 28)
  weekday_year_reach = 11,
  month_back = 10,        -- (and how far back in its sentence a month may say which month: see extract)
  day_pairs = set{ "et", "au", "a", "jusqu'", "jusqu'au", "-", "ou" },
  time_units = set{ "heures", "heure", "h", "minutes", "min" },
  -- the English months in full (folded)
  months_en = set{ "january", "february", "march", "april", "may", "june", "july", "august", "september",
                   "october", "november", "december" },
  months = {
    janvier = 1, janv = 1, fevrier = 2, fevr = 2, fev = 2, mars = 3, avril = 4, avr = 4, mai = 5, juin = 6,
    juillet = 7, juil = 7, aout = 8, septembre = 9, sept = 9, octobre = 10, oct = 10, novembre = 11,
    nov = 11, decembre = 12, dec = 12, january = 1, jan = 1, february = 2, feb = 2, march = 3, april = 4,
    apr = 4, may = 5, june = 6, july = 7, august = 8, aug = 8, september = 9, october = 10, november = 11,
    december = 12, sep = 9, jun = 6, jul = 7, mar = 3, aou = 8,
  },
  -- abbreviated months, whose period a year may follow: 3 fév. 2014
  month_abbrevs = set{ "janv", "fevr", "fev", "mar", "avr", "juil", "aou", "sept", "oct", "nov", "dec", "jan",
                       "feb", "apr", "jun", "jul", "aug", "sep" },
  -- (the French and English weekdays of lunette.lang: Monday 1)
  weekdays = clean.language_words("weekdays", { "fr", "en" }),
  weekdays_en = analyzer.language("en").weekdays,
  -- what "de demain", "d'hier" may be the day of (else they mean an age: la ville de demain)
  day_events = set{ "journee", "soiree", "matinee", "nuit", "match", "seance", "reunion", "conference", "edition",
                    "numero", "vote", "manifestation", "rendez-vous", "sommet", "debat", "emission", "conseil",
                    "audience", "proces", "greve", "scrutin", "election", "ceremonie", "attentat", "attaque",
                    "incendie", "accident", "annonce", "discours", "entretien", "interview", "concert" },
  -- words before a lone month that make it a date: "en novembre", "courant octobre", "dès septembre"
  -- what links a month to one taken alone before it: "en juillet et septembre", "in May, June and July"
  month_links = set{ "et", "ou", "and", "or", "," },
  month_words = set{ "en", "in", "depuis", "since", "courant", "durant", "pendant", "des", "jusqu'en", "avant",
                     "apres", "vers", "during", "until", "by", "before", "after", "a", "ici",
                     -- (the end of a period counted back: "in the 12 months through November")
                     "through" },
  -- the periods before to and a month that end there: "in the 12 months to November", "the year to March"
  periods_to = set{ "months", "month", "year", "weeks", "quarter" },
  century_words = set{ "siecle", "century" },
  -- of those, the ones that look ahead: "d'ici janvier" is the next January
  ahead_words = set{ "ici" },
  -- the words that lead a date a thing was moved to (future.moved): "au 12 mars", "à mardi", "jusqu'au",
  -- "until", "to"
  -- the nouns of a day a decision names (future.decisions): "a décrété jeudi jour de deuil"
  day_nouns = set{ "jour", "journee", "day" },
  moved_leads = set{ "au", "a", "to", "until", "till", "en" },
  -- words before a weekday that count from a day resolved before it in the sentence ("a placé dimanche
  -- 16 départements en vigilance à partir de lundi": the Monday after; "dès", "from"); by the word right
  -- before, and the one before that when it must be there (and "à partir du 1er janvier")
  from_day = { des = true, from = true, de = "partir", du = "partir" },
  -- (and those that end a span: in a clause about what is to come, or up to publication: "s'est ouverte
  -- ce lundi et se tient jusqu'à mardi"; not "Lancé vendredi, il s'est poursuivi jusqu'à dimanche" read on
  -- that Friday, last week's)
  until_day = { ["until"] = true, a = "jusqu'", au = "jusqu'" },
  -- what makes "mois de" + a month any such month: "un mois d'août" (not "le mois d'août")
  any_month = set{ "un", "chaque" },
  -- idioms with "de" + a month: un poisson d'avril, les ides de mars
  month_idioms = set{ "poisson", "poissons", "ides" },
  -- words before the first month of a range: "de janvier à avril", "entre mars et mai"
  month_range_open = { de = "to", ["d'"] = "to", from = "to", entre = "and", between = "and" },   -- de ... à
  -- words in -s or -x after a year that are no plural noun counted by it ("en 2015
  -- moins de", "en 2016 plusieurs villes"; but "jusqu'à 1000 emplois" is a count)
  not_nouns = set{ "plus", "moins", "plusieurs", "certains", "certaines", "quelques", "nombreux", "nombreuses",
                   "tous", "toutes", "jamais", "toujours", "desormais", "parfois", "ailleurs", "lors", "apres",
                   "depuis", "deux", "trois", "six", "dix", "autres", "ceux", "mais", "dans", "sans", "sous", "vers",
                   "dessus", "dessous", "was", "has", "as", "its", "his", "this", "towards" },
  -- an article before a lone weekday makes it a habit: "le mercredi", "du vendredi"
  -- adjectives between un and a weekday that make it any such day: "un bon gros lundi"
  weekday_adjectives = set{ "bon", "gros", "grand", "beau", "sale", "vrai", "simple", "petit", "long", "triste",
                            "certain", "autre", "nouveau" },
  habitual = set{ "le", "les", "du", "des", "chaque", "every", "un" },     -- (un dimanche: any Sunday)
  -- words before a bare year that make it a date ("en 2022")
  year_words = set{ "en", "depuis", "jusqu'en", "annee", "in", "since", "until", "by", "courant", "durant",
                    "pendant", "during", "ici", "avant", "apres", "vers", "ete", "hiver", "printemps",
                    "automne", "before", "after", "summer", "winter", "spring", "autumn" },
  -- a year alone, with no word before it that calls one ("la version de 1993", "dès 2006", "les
  -- législatives 2017", "(2001)"): from..to, unless a word before it makes it a count or a
  -- number of something (plural determiners, a plural être, hedges, a base: "les 2000 ont voté",
  -- "ils étaient 1800", "environ 2000", "200 sur 1964"; the number signs of figures: "n° 2016")
  bare_years = { from = 1800, to = 2100 },
  year_joins = set{ "a", "au", "et", "ou", "to", "and", "or" },
  not_year_before = set{ "les", "ces", "nos", "vos", "leurs", "mes", "tes", "ses", "aux", "quelque",
                         "environ", "sont", "etaient", "seront", "furent", "sommes", "etions", "soit",
                         "sur", "contre", "par", "moins", "plus",
                         "were", "are", "about", "around", "nearly", "almost", "some", "over",
                         "than", "those", "these", "approximately", "roughly" },
  -- "plus de 2000", "près de 1900": de after these makes a count
  not_year_de = set{ "plus", "moins", "pres", "autour", "au-dela", "au-dessus", "au-dessous", "centaine",
                     "millier", "total", "lot", "groupe", "nombre" },
  -- and a round number after these a sum ("une amende de 2000", but "le budget de 2016")
  money_de = set{ "amende", "somme", "salaire", "prime", "montant", "budget", "enveloppe", "pret", "dette",
                  "facture", "loyer", "cout", "cheque", "don", "indemnite", "rancon", "caution" },
  -- figures' number signs after which a year is one all the same: "la rentrée 2013", "l'édition 2019"
  year_signs = set{ "edition", "millesime", "cuvee", "promotion", "promo", "exercice", "rentree", "saison",
                    "saisons", "bac" },
  -- feasts, capitalised: fixed ones (month, day) and the ones Easter moves (days after it);
  -- with a year, that year's ("Noël 2016": 2016-12-25), else the one around publication
  feasts = { noel = { 12, 25 }, christmas = { 12, 25 }, toussaint = { 11, 1 }, ["saint-valentin"] = { 2, 14 },
             ["saint-sylvestre"] = { 12, 31 }, halloween = { 10, 31 }, assomption = { 8, 15 },
             ["saint-patrick"] = { 3, 17 } },
  movable_feasts = { paques = 0, easter = 0, pentecote = 49, ascension = 39 },
  feast_eves = set{ "veille", "reveillon" },
  -- the nouns of time before "de Noël" that keep it a date (le jour de Noël, les vacances de Pâques)
  feast_times = set{ "jour", "veille", "reveillon", "lendemain", "soir", "nuit", "matin", "week-end", "weekend",
                     "semaine", "periode", "vacances", "approche", "lundi", "dimanche", "pont", "conge", "conges" },
  feast_determiners = set{ "le", "les", "un", "ce", "mon", "ton", "son", "notre", "votre", "leur", "quel", "chaque" },
  -- the days a word after the feast names, from it: Christmas Eve, Christmas Day, Easter Monday
  feast_tails = { eve = -1, day = 0, sunday = 0, monday = 1 },
  -- and a weekday before "de" and a moved feast: le lundi de Pâques, le dimanche de Pentecôte
  feast_weekdays = { lundi = 1, dimanche = 0 },
  -- words before one that make it a name or another thing: le Père Noël, l'île de Pâques
  not_feast_after = set{ "pere", "papa", "ile", "island", "father", "iles", "chant", "chants", "conte", "contes",
                         "marche", "marches", "sapin", "arbre", "carol" },
  -- a weekday's rank in its month: "le premier samedi de septembre", "le dernier jeudi du mois"
  day_ranks = { premier = 1, premiere = 1, deuxieme = 2, second = 2, seconde = 2, troisieme = 3, quatrieme = 4,
                cinquieme = 5, dernier = -1, derniere = -1, first = 1, third = 3, fourth = 4, last = -1 },
  rank_of = set{ "de", "d'", "du", "of" },
  -- months that are names too when capitalised inside a sentence (the planet Mars)
  month_names = set{ "mars" },
  -- days written with a hyphen that name an event, not a feast of every year: its year ("le
  -- 11-Septembre": 2001; "le 13-Novembre", the Paris attacks: 2015)
  named_days = { ["11-9"] = 2001, ["13-11"] = 2015 },
  -- words that open an interval of days: entre le 8 et le 13 août, du 3 au 5 mars, les 17 et 18 juin
  interval_open = set{ "entre", "du", "les", "des", "between", "from" },
  -- of those, the ones whose "et" always makes a span (entre le 8 et le 13 août)
  span_and = set{ "entre", "between" },
  -- seasons (astronomical, northern): first month, day, last month, day (winter runs
  -- into the next year); words before one that make it a date ("été" is also a
  -- participle: "a été" is none)
  seasons = { printemps = { 3, 20, 6, 20 }, ete = { 6, 21, 9, 22 }, automne = { 9, 23, 12, 20 },
              hiver = { 12, 21, 3, 19 }, spring = { 3, 20, 6, 20 }, summer = { 6, 21, 9, 22 },
              autumn = { 9, 23, 12, 20 }, fall = { 9, 23, 12, 20 }, winter = { 12, 21, 3, 19 } },
  -- (alone, "en hiver", "l'hiver est rude" are no dates, habits more often than not: a season needs a year,
  -- a direction, a demonstrative, or one of the prepositions below)
  season_words = set{ "cet", "ce", "cette", "this" },
  -- a season after these with no year: "au printemps", or after these and its article: "à l'automne",
  -- "pendant l'hiver", "depuis le printemps", "in the spring" (see there); the seasons of the text's
  -- language only ("au spring break" is none)
  season_preps = set{ "au" },
  season_articles = set{ "le", "l'", "the" },
  season_links = set{ "a", "pendant", "durant", "depuis", "des", "jusqu'", "in", "during", "since", "until" },
  seasons_en = set{ "spring", "summer", "autumn", "fall", "winter" },
  season_adjectives = set{ "nucleaire", "arabe", "arabes", "indien", "austral", "boreal", "meteorologique",
                           "astronomique", "nuclear", "arab" },
  avoir = set{ "a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "aurait", "auraient", "aura",
               "auront", "avoir", "ayant", "n'", "pas", "jamais", "toujours", "deja" },
  -- quarters and halves: "au premier trimestre 2024", "the second quarter"
  periods = { trimestre = 3, semestre = 6, quarter = 3, half = 6 },
  -- possessives before a period that make it one's own, not the calendar's: "mon premier trimestre"
  own_periods = set{ "mon", "ton", "son", "notre", "votre", "leur", "my", "your", "his", "her", "our", "their" },
  -- periods that are dates only with their year ("the first half of 2024"; not a match's first half)
  periods_with_year = set{ "half" },
  period_ordinals = { premier = 1, premiere = 1, deuxieme = 2, second = 2, seconde = 2, troisieme = 3,
                      quatrieme = 4, first = 1, third = 3, fourth = 4 },
  -- the first or last months of a year, counted, the year written: "les six premiers mois de l'année",
  -- "the first nine months of 2024", "les trois derniers mois de 2023" (not "les six premiers mois de sa vie")
  counted_months = { premiers = 1, first = 1, derniers = -1, last = -1 },
  month_nouns = set{ "mois", "months" },
  -- a period with no year and these words, then a month (and a day), as English writes them: the months
  -- up to that one, a company's own year ("Nike's first quarter ended Aug. 31": June to August; "the
  -- quarter ended Sept. 30", "the second half ending January 2025")
  period_ends = set{ "ended", "ending", "through" },
  -- parts of a year or a month: first and last month / day
  -- the days of a week's part, from its Monday: en début de semaine, en fin de semaine
  week_parts = { debut = { 0, 2 }, fin = { 4, 6 }, mi = { 2, 4 } },
  -- parts of the current period that end or start on the publication's day (-1: its start to that
  -- day, 1: that day to its end)
  to_date_parts = { earlier = -1, later = 1 },
  parts = { debut = { 1, 3, 1, 10 }, fin = { 10, 12, 21, 31 }, mi = { 5, 8, 11, 20 },
            early = { 1, 3, 1, 10 }, late = { 10, 12, 21, 31 }, mid = { 5, 8, 11, 20 },
            ["end"] = { 10, 12, 21, 31 }, beginning = { 1, 3, 1, 10 }, start = { 1, 3, 1, 10 },
            middle = { 5, 8, 11, 20 } },
  -- a part joined to its month or year: début de 2025, the end of 2024 (the
  -- English nouns need it: "the end" alone is no date)
  part_of = set{ "de", "d'", "of" },
  -- the parts of a period that, after depuis or since, tell its first day: "depuis le début de l'année"
  since_parts = set{ "debut", "start", "beginning" },
  -- after a part of a period, words that tell it from another date than the publication's
  told_periods = set{ "precedente", "precedent", "suivante", "suivant" },
  part_needs_of = set{ "end", "beginning", "start", "middle" },
  -- zones: what a date's line says it is. A date led by a stamp (Posted On,
  -- Publié le, Par <name>,) or on a related-article line (a date, a
  -- separator, a time) belongs to the page's furniture: "byline" in the first
  -- header_bytes of the text, "related" further on; any other date is "text".
  zones = {
    leads = { "posted on%s*$", "^%s*publie le%s*$", "^%s*article publie le%s*$", "^%s*publie%s*$",
              "^%s*mis a jour le%s*$", "^%s*modifie le%s*$", "^%s*mis en ligne le%s*$",
              "^%s*updated%s*:?%s*$", "^%s*updated on%s*$", "^%s*published%s*:?%s*$", "^%s*published on%s*$",
              -- the update after the publication on one line: "Publié le 24/01/2024 à 18h42, mis à jour le"
              "^%s*publie le .*mis a jour le%s*$", "^%s*publie le .*modifie le%s*$",
              "^%s*published .*updated%s*:?%s*$", "^%s*published .*updated on%s*$" },
    -- "Par Kate Entringer, juillet 2016": a byline when what follows Par/By is a name
    name_leads = { "^%s*[Pp]ar%s+([^,]+),%s*$", "^%s*[Bb]y%s+([^,]+),%s*$", "^%s*[Pp]ar%s+([^,]+),%s*le%s*$" },
    -- "n°53 Par Lacombe mai 2016": a signature right before the date, no comma: one to
    -- three capitalised words (a pen name, La Rédaction, Mix & Remix)
    -- (with a capital P inside a line: "par Marine Le Pen lundi 1er mai" is the text's)
    signature_leads = { "Par%s+(%u[^%s,%.]*)%s+$", "Par%s+(%u[^%s,%.]*%s+[%u&][^%s,%.]*)%s+$",
                        "Par%s+(%u[^%s,%.]*%s+[%u&][^%s,%.]*%s+%u[^%s,%.]*)%s+$",
                        "^%s*par%s+(%u[^%s,%.]*)%s+$", "^%s*par%s+(%u[^%s,%.]*%s+[%u&][^%s,%.]*)%s+$",
                        "By%s+(%u[^%s,%.]*)%s+$", "By%s+(%u[^%s,%.]*%s+%u[^%s,%.]*)%s+$",
                        "^%s*by%s+(%u[^%s,%.]*)%s+$", "^%s*by%s+(%u[^%s,%.]*%s+%u[^%s,%.]*)%s+$",
                        -- "Le cocktail du patron Par Siné, décembre 2011": with a capital P, a comma too
                        "Par%s+(%u[^%s,%.]*),%s*$", "Par%s+(%u[^%s,%.]*%s+[%u&][^%s,%.]*),%s*$",
                        "By%s+(%u[^%s,%.]*),%s*$", "By%s+(%u[^%s,%.]*%s+%u[^%s,%.]*),%s*$",
                        -- two authors on the line before: "By Maria Silva and John Carter", "Par Jean
                        -- Dupont et Marie Martin"
                        "^%s*[Bb]y%s+%u[^%s,%.]*%s+%u[^%s,%.]*%s+and%s+%u[^%s,%.]*%s+%u[^%s,%.]*%s+$",
                        "^%s*[Pp]ar%s+%u[^%s,%.]*%s+%u[^%s,%.]*%s+et%s+%u[^%s,%.]*%s+%u[^%s,%.]*%s+$" },
    header_bytes = 300,
    -- the words before a date alone on its line in the header, a time aside, other than a weekday: "Le
    -- 03/06/2024 à 20:15" (folded)
    stamp_articles = set{ "le", "on" },
    -- (a list of related articles starts after one of lunette.clean.rules.related_heads of two
    -- words or more: its dates are "related" even near the top of the text)
  },
  -- what sets a date against the story's, no time of it ("qu'en 2023", "contre 1,66 en 2010", "depuis
  -- 1946", "par rapport à 2022", "compared with 2022"), and the words that may stand between (compared_links)
  compared_dates = set{ "qu'", "que", "contre", "depuis", "than", "since", "versus", "against", "rapport",
                        "compared", "compare", "comparee" },
  compared_links = set{ "en", "le", "in", "the", "l'", "au", "a", "with", "to" },
  -- of those, the ones that compare only after a comparative or a superlative word, at most compared_reach
  -- tokens back in their sentence ("plus faible qu'en 2023", "le plus bas depuis 1946"; not "Sans oublier qu'en
  -- 2006", "depuis le 1er janvier 2017, les visites ont été allégées")
  compared_after = set{ "qu'", "que", "depuis", "since" },
  comparatives = set{ "plus", "moins", "autant", "aussi", "davantage", "mieux", "pire", "meme", "superieur",
                      "superieure", "superieurs", "superieures", "inferieur", "inferieure", "inferieurs",
                      "inferieures", "record", "jamais", "inedit", "inedite", "premiere", "first", "highest",
                      "lowest", "biggest", "largest", "smallest", "worst", "best", "most", "least", "more", "less",
                      "fewer", "ever" },
  compared_reach = 12,
  -- "il y a trois jours", "dans deux semaines", "two years ago": an offset from
  -- publication; the words before (ago: after) the count, and the units
  offsets = { before = { { { "il", "y", "a" }, -1 }, { { "dans" }, 1 }, { { "d'", "ici" }, 1 } },
              after = { { { "ago" }, -1 } },
              -- after the count and its unit, from the date written before: "un an plus tôt", "a year earlier"
              told_after = { { { "plus", "tot" }, -1 }, { { "plus", "tard" }, 1 }, { { "auparavant" }, -1 },
                             { { "earlier" }, -1 }, { { "later" }, 1 } },
              -- what makes that a comparison, no date: "trois jours plus tôt que prévu", "a day earlier than"
              compared = set{ "que", "qu'", "than" },
              -- what may stand between such an offset and the date written after it that it names
              apposed = set{ ",", "soit", "le", "en", "on", "in", "au", "the", "c'est-a-dire" },
              units = { jour = "day", jours = "day", semaine = "week", semaines = "week", mois = "month",
                        an = "year", ans = "year", annee = "year", annees = "year", day = "day", days = "day",
                        week = "week", weeks = "week", month = "month", months = "month", year = "year",
                        years = "year" },
              -- a half of a unit, in the next one down: { unit, how many in one }
              half = { year = { "month", 12 }, month = { "day", 30 }, week = { "day", 7 } },
              -- a count left vague: "il y a quelques jours", "dans plusieurs semaines", "a few days
              -- ago" span from two to nine of the unit (as figures read "plusieurs centaines")
              vague = { quelques = { 2, 9 }, plusieurs = { 2, 9 }, few = { 2, 9 }, several = { 2, 9 } },
              -- what joins the two counts of a range (case folded, accents kept: the tokens' lower)
              range_joins = set{ "à", "ou", "to", "or", "-", "–" },
              -- a hedge between the opener and its count: "il y a près d'un an", "dans environ deux semaines"
              hedges = { { "pres", "de" }, { "pres", "d'" }, { "environ" }, { "plus", "de" }, { "plus", "d'" },
                         { "moins", "de" }, { "moins", "d'" }, { "presque" }, { "quelque" }, { "a", "peine" } } },
  -- a verb in the future in a sentence makes its months and days without a year the next
  -- ones: the forms of the commonest verbs, and any word in -ront but these nouns
  future = {
    -- how far back from a date "si" and an imperfect make a condition of what would come (see future_here)
    condition_reach = 8,
    -- (the imperfect of être and avoir, and how their participle ends: a pluperfect, none of it)
    past_auxiliaries = set{ "etait", "etaient", "avait", "avaient" },
    participle_end = "[eéiust]e?s?$",
    have_nouns = set{ "lieu", "envie", "tort", "droit", "soif" },        -- (avoir lieu, avoir tort: no participle)
    -- a condition in the present, être and a participle (a passive: "si la motion est adoptée mercredi"), or
    -- "a lieu", speaks of what is to come too; not être and the participle of a verb of motion, a past
    -- ("s'il est parti lundi"): their participles, folded, and their agreed forms
    present_passives = set{ "est", "sont" },
    motion_participles = agreed{ "arrive", "parti", "venu", "mort", "ne", "alle", "entre", "sorti", "tombe", "reste",
                                 "devenu", "revenu", "rentre", "passe", "decede", "monte", "descendu", "retourne",
                                 "intervenu", "survenu", "parvenu" },
    words = set{ "sera", "seront", "aura", "auront", "fera", "feront", "ira", "iront", "pourra", "pourront",
                 "devra", "devront", "faudra", "viendra", "viendront", "prendra", "prendront", "tiendra",
                 "tiendront", "verra", "verront", "saura", "sauront", "voudra", "voudront", "aura-t-il",
                 "sera-t-il", "will", "shall",
                 -- (and what is next before its day: "Prochain match mercredi face à Gérone")
                 "prochain", "prochaine" },
    not_verbs = set{ "affront", "affronts", "opera", "camera", "chimera", "cathedra", "caldera", "ephedra",
                     "souhait", "lait", "trait", "portrait", "retrait", "extrait", "attrait",
                     "bienfait", "forfait", "parfait", "methodes" },
    -- the conditional of reported speech, a future seen from the past ("Macron a annoncé qu'il réunirait
    -- lundi une cellule de crise"), as written (lower case, accents kept): its endings, not an imperfect
    -- (espérait, inspirait, admirait, encadrait, ouvrait, serrait), and its auxiliaries, whose participle
    -- makes a past ("il aurait rencontré lundi", "serait arrivé")
    conditionals = { "erai[et]n?t?$", "[nldgcf]irai[et]n?t?$", "isirai[et]n?t?$", "rtirai[et]n?t?$",
                     "[^a]drai[et]n?t?$", "ttrai[et]n?t?$", "evrai[et]n?t?$", "verrai[et]n?t?$", "courrai[et]n?t?$" },
    conditional_auxiliaries = set{ "serait", "seraient", "aurait", "auraient" },
    -- the English conditional, the future of reported speech before the date ("Biden said he would travel
    -- to the area on Wednesday"), none after it ("told employees Friday that the company would delay")
    conditionals_en = set{ "would" },
    -- of those, être's before a participle of a verb of motion (motion_participles: "serait arrivé"), a past;
    -- before any other, a passive in the conditional, the future seen from the past ("les travaux seraient
    -- suspendus jusqu'au 24 mars")
    be_conditionals = set{ "serait", "seraient" },
    -- (nor one that dates a thing back: "les faits remonteraient au 14 février", "daterait de mars")
    conditionals_back = set{ "remonterait", "remonteraient", "daterait", "dateraient" },
    -- the auxiliaries and forms of the past that make the nearest verb one
    past = set{ "a", "ont", "avait", "avaient", "eut", "fut", "furent", "etait", "etaient", "ete", "lancee", "lance",
                "etions", "etiez",           -- (not avions, the planes)
                "had", "was", "were", "did" },
    reach = 10,                 -- tokens either side of the date
    forecast_reach = 20,        -- tokens back a verb of forecast reaches (see forecasts)
    -- what a day is named in after pour: "pour la journée de jeudi"
    day_spans = set{ "journee", "soiree", "nuit", "matinee", "week-end" },
    -- modals in the conditional that speak of what may come with an infinitive, and the
    -- auxiliaries that make a past of them
    modals = set{ "pourrait", "pourraient", "devrait", "devraient", "doit", "doivent" },
    -- English ones, before a bare infinitive, and the words after them that make a past
    modals_en = set{ "should", "could", "may", "might", "must" },
    modal_pasts_en = set{ "not", "n't", "have", "never" },
    -- words before an English bare infinitive
    bare_before_en = set{ "to", "will", "would", "should", "could", "may", "might", "must", "can", "shall", "do",
                          "does", "did", "let" },
    -- participles that schedule what is to come ("le vote est prévu le 15 janvier", "is due on"),
    -- unless a past auxiliary comes right before them ("était prévu")
    -- (not "programmé", a noun folded, nor "due", French too: "une hausse due à")
    -- verbs of a decision in the past, whose start after them (dès, à partir de, from) is to come: folded,
    -- participles and English pasts
    decisions = set({ "ordonne", "ordonnee", "declare", "declaree", "announced", "decided", "decreed", "ordered",
                      "declared" }, agreed{ "annonce", "decide", "decrete" }),
    -- verbs that move a thing to a date or keep it until one, whatever their tense the date to come
    -- (rules.moved_leads before it): folded, participles and English pasts ("a prolongé jusqu'au 31 octobre
    -- l'interdiction", "l'audience a été renvoyée au 12 mars", "postponed the vote to March 3")
    moved = set({ "extended", "postponed", "delayed", "rescheduled", "deferred", "adjourned" },
                agreed{ "prolonge", "repousse", "reporte", "decale", "proroge", "fixe", "differe",
                        "reconduit", "renvoye", "ajourne" },
                -- (a judgment reserved to a day: "mis en délibéré au 4 février")
                set{ "delibere" }),
    -- how far back from the date's lead such a verb may stand (its object between them)
    moved_reach = 7,
    scheduled = set{ "prevu", "prevue", "prevus", "prevues", "programmee", "programmees", "attendu", "attendue",
                     "attendus", "attendues", "scheduled", "expected", "slated" },
    auxiliaries = set{ "avoir", "etre", "have", "been" },
    -- adjectives of what takes effect, before the date's lead (see tense_at: "effective au 1er janvier")
    in_effect = set{ "effectif", "effective", "effectifs", "effectives", "applicable", "applicables" },
    effect_leads = set{ "au", "a", "des", "le" },
    -- a scheduled participle after these compares, schedules nothing ("than expected", "que prévu", "as
    -- expected in October")
    compared = set{ "than", "que", "qu'", "comme", "as" },
    -- what sets a figure against another before a forecast's participle ("contre 11,2 milliards prévus en")
    against = set{ "contre", "versus", "against" },
    -- infinitives that, after à, say what is to come ("un livre à paraître mercredi")
    to_come = set{ "paraitre", "venir", "sortir" },
    -- verbs of intent, to and an infinitive after them speak of what is to come, their own tense
    -- aside ("said he hoped to hold a vote by Thursday", "plans to", "Le ministre espère réunir")
    intends = set{ "hope", "hopes", "hoped", "plan", "plans", "planned", "aim", "aims", "aimed", "intend",
                   "intends", "intended", "want", "wants", "wanted", "seek", "seeks", "sought", "vow", "vows",
                   "vowed", "pledge", "pledges", "pledged", "promise", "promises", "promised", "expects",
                   "espere", "esperent", "compte", "comptent", "envisage", "envisagent", "souhaite",
                   "souhaitent", "entend", "entendent", "veut", "veulent", "prevoit", "prevoient" },
    -- phrases of what a thing leads to or is made for, the date after them to come whatever the clause's tense
    -- (folded): "ouvrant la voie à des élections anticipées le 23 février", "en vue du sommet du 12 mars",
    -- "paving the way for a vote on Feb. 23", "ahead of the Feb. 23 election"
    prospects = { { "la", "voie", "a" }, { "la", "voie", "au" }, { "la", "voie", "aux" }, { "en", "vue", "de" },
                  { "en", "vue", "du" }, { "en", "vue", "des" }, { "en", "vue", "d'" }, { "en", "prevision", "de" },
                  { "en", "prevision", "du" }, { "en", "prevision", "des" }, { "en", "prevision", "d'" },
                  { "the", "way", "for" }, { "ahead", "of" } },
    -- verbs of forecast in the present (folded)
    forecasts = set{ "prevoit", "prevoient", "anticipe", "anticipent", "tablent", "expects", "expect",
                     "forecasts", "projects", "predicts", "predict" },            -- (not forecast: a past too)
    -- calls to act, à and an infinitive after them, then the date: what is to come ("Les syndicats
    -- appellent à manifester jeudi"; not "le Figaro du 23 décembre exhorte à prendre exemple")
    calls = set{ "appelle", "appellent", "appelait", "appelaient", "exhorte", "exhortent" },
    -- verbs of a fixture in the present: the day after their object is the match's to come ("Monaco, qui
    -- affronte Nice dimanche", "le PSG reçoit Rennes samedi"), a match report's being in the past tense
    fixtures = set{ "affronte", "affrontent", "recoit", "recoivent", "defie", "defient", "accueille", "accueillent",
                    "rencontre", "rencontrent" },
    -- English pasts that end in no -ed
    past_en = set{ "said", "told", "grew", "rose", "fell", "took", "gave", "made", "came", "went", "saw", "met",
                   "won", "lost", "left", "sent", "held", "began", "spoke", "wrote", "became", "shrank", "cut" },
    -- words after which an English word in -ed qualifies a noun, no past (an adverb between aside:
    -- "on already saturated ground", "the flooded roads", "with damaged homes")
    adjective_leads_en = set{ "the", "a", "an", "its", "their", "his", "her", "our", "on", "in", "of", "with",
                              "for", "from", "into", "already", "newly" },
    -- English presents that set a time to come ("Current funding expires at midnight Friday", "the
    -- trial begins Monday", "talks resume on Tuesday"; in English text only: French folds résume and
    -- commencé to these, and writes a narrative present)
    starts_en = set{ "expires", "expire", "begins", "begin", "starts", "opens", "closes", "resumes", "resume",
                     "reopens", "reconvenes", "convenes" },
    -- (and French presents of beginning or ending, read with their accents, not their participles: "le
    -- contrat expire le 30 juin", "la session s'achève le 12"; a narrative present gives its year)
    starts_fr = set{ "expire", "expirent", "acheve", "achevent", "termine", "terminent", "debute", "debutent",
                     "commence", "commencent", "reprend", "reprennent", "cloture", "cloturent", "echoit" },
    -- (the words between those and their date)
    date_leads = set{ "le", "ce", "en", "des" },
    -- a present's subject right before it, that makes it a verb (pronouns, se)
    present_subjects = set{ "il", "elle", "ils", "elles", "on", "se", "s'", "qui" },
    -- words that end a clause: the tense of the next one says nothing of the date
    -- (but not when a date follows: "n'aura pas lieu dimanche mais samedi", "mais en juin")
    -- (a relative after the date speaks of it: "le scrutin du 28 septembre, qui renouvellera")
    -- (a colon too: "la commission du Sénat: mercredi matin, Benalla a été entendu")
    clause_ends = set{ "mais", "car", "tandis", "puis", ";", ":", "but", "whereas" },
    -- (of which these end it wherever they are, right before the date too: "...du Sénat: mercredi,
    -- Benalla a été entendu", "sa mise en scène: ce mardi, il parlera"; but "n'aura pas lieu dimanche
    -- mais samedi", "mais en juin")
    clause_marks = set{ ";", ":" },
    -- the clitics between a subject pronoun and its verb: "nous ne le verrons pas", "j'y serai" (the
    -- attribution rules' clitics hold them)
    clitics = set{ "ne", "n'", "y", "en", "le", "la", "les", "l'", "lui", "leur", "se", "s'", "me", "m'", "te", "t'",
                   "nous", "vous" },
    -- être and be, whose participle after it makes a passive of its tense (an English one in -ed
    -- after is, be, being tells no past: "must be signed by Friday", "is expected to be approved")
    be = set{ "est", "sont", "etre", "ete", "etait", "etaient", "sera", "seront", "serait", "seraient", "soit",
              "is", "are", "be", "being", "am", "will" },
    date_links = set{ "en", "le", "la", "l'", "au", "aux", "des", "a", "ce", "cet", "cette", "pas",
                      "plutot", "on", "in", "at", "by" },
  },
  -- after a date without its year or a weekday: the next one after publication
  -- (1) or the last one before it (-1)
  direction = { prochain = 1, prochaine = 1, prochains = 1, prochaines = 1, next = 1, dernier = -1, derniere = -1,
                derniers = -1, dernieres = -1, last = -1 },
  -- the units after those that make them their own: "Black Friday last year", "en juin l'an dernier"
  -- (not a week: "Friday last week" is that week's)
  direction_units = set{ "year", "years", "month", "months", "season", "an", "annee", "mois", "saison" },
  -- before a weekday, in English: "next Friday", "last Tuesday"
  direction_before = { next = 1, last = -1 },
  -- a demonstrative before a weekday in a clause about what is to come takes the publication
  -- day itself when it is that weekday: "il viendra ce vendredi" written on a Friday is today
  -- ("il viendra vendredi" is the next one)
  this_weekday = set{ "ce", "this" },
  -- before a day, a deadline: the next one unless a past tense decides (with jusqu'à, jusqu'au)
  until_words = set{ "until", "till", "by", "through" },
  -- what comes between d'ici and its date ("d'ici au 21 décembre", "d'ici le 15")
  by_articles = set{ "au", "a", "le" },
  -- parts of the day of publication: "ce matin", "cet après-midi", "ce soir" (not "ce matin-là"), as
  -- relative rows (apart: their words are frequent, and only a demonstrative right before opens one)
  day_parts = { { { "ce", "matin" }, "day", 0 }, { { "cet", "apres-midi" }, "day", 0 }, { { "ce", "soir" }, "day", 0 },
                { { "cette", "nuit" }, "day", 0 }, { { "ce", "midi" }, "day", 0 }, { { "this", "morning" }, "day", 0 },
                { { "this", "afternoon" }, "day", 0 }, { { "this", "evening" }, "day", 0 },
                { { "tonight" }, "day", 0 } },
  -- the recent past, up to publication: "ces derniers jours", "ces dernières années", "in recent
  -- years": from nine of the unit before (as a vague count) to the one under way
  recent = { { { "ces", "derniers", "jours" }, "day" }, { { "ces", "dernieres", "semaines" }, "week" },
             { { "ces", "derniers", "mois" }, "month" }, { { "ces", "dernieres", "annees" }, "year" },
             { { "recent", "days" }, "day" }, { { "recent", "weeks" }, "week" }, { { "recent", "months" }, "month" },
             { { "recent", "years" }, "year" } },
  -- relative expressions: folded term sequences -> what they resolve to
  relative = {
    { { "hier" }, "day", -1 }, { { "aujourd'hui" }, "day", 0 }, { { "demain" }, "day", 1 },
    { { "yesterday" }, "day", -1 }, { { "today" }, "day", 0 }, { { "tomorrow" }, "day", 1 },
    { { "la", "semaine", "derniere" }, "week", -1 }, { { "last", "week" }, "week", -1 },
    { { "le", "mois", "dernier" }, "month", -1 }, { { "last", "month" }, "month", -1 },
    { { "ce", "mois-ci" }, "month", 0 }, { { "this", "month" }, "month", 0 },
    { { "l'", "annee", "derniere" }, "year", -1 }, { { "l'", "an", "dernier" }, "year", -1 },
    { { "last", "year" }, "year", -1 },
    -- years told from the one written last in the sentence or the one before (else the publication's):
    -- "766 avions en 2024, contre 735 l'année précédente" (2023)
    { { "l'", "annee", "precedente" }, "told_year", -1 }, { { "l'", "annee", "suivante" }, "told_year", 1 },
    { { "the", "previous", "year" }, "told_year", -1 }, { { "the", "year", "before" }, "told_year", -1 },
    { { "the", "following", "year" }, "told_year", 1 }, { { "l'", "an", "precedent" }, "told_year", -1 },
    -- months the same, from the month of the date written last ("0,3 % en octobre ... le mois précédent")
    { { "le", "mois", "precedent" }, "told_month", -1 }, { { "le", "mois", "suivant" }, "told_month", 1 },
    { { "the", "previous", "month" }, "told_month", -1 }, { { "the", "following", "month" }, "told_month", 1 },
    { { "cette", "annee" }, "year", 0 }, { { "this", "year" }, "year", 0 },
    { { "l'", "annee", "prochaine" }, "year", 1 }, { { "next", "year" }, "year", 1 },
    { { "l'", "an", "prochain" }, "year", 1 }, { { "le", "mois", "prochain" }, "month", 1 },
    { { "next", "month" }, "month", 1 }, { { "la", "semaine", "prochaine" }, "week", 1 },
    { { "next", "week" }, "week", 1 }, { { "cette", "semaine" }, "week", 0 }, { { "this", "week" }, "week", 0 },
    { { "avant-hier" }, "day", -2 }, { { "apres-demain" }, "day", 2 },
    { { "the", "day", "before", "yesterday" }, "day", -2 }, { { "the", "day", "after", "tomorrow" }, "day", 2 },
    { { "la", "nuit", "derniere" }, "day", -1 }, { { "last", "night" }, "day", -1 },
    { { "ce", "week-end" }, "weekend", 0 }, { { "ce", "weekend" }, "weekend", 0 },
    { { "this", "weekend" }, "weekend", 0 },
    { { "le", "week-end", "dernier" }, "weekend", -1 }, { { "le", "weekend", "dernier" }, "weekend", -1 },
    { { "last", "weekend" }, "weekend", -1 }, { { "le", "week-end", "prochain" }, "weekend", 1 },
    { { "le", "weekend", "prochain" }, "weekend", 1 }, { { "next", "weekend" }, "weekend", 1 },
    -- days told from the day written last in the text (or the publication's): "la veille", "le
    -- lendemain" (not "la veille de l'élection", "au lendemain du scrutin": an event's, unknown)
    { { "la", "veille" }, "told", -1 }, { { "le", "lendemain" }, "told", 1 }, { { "l'", "avant-veille" }, "told", -2 },
    { { "le", "surlendemain" }, "told", 2 }, { { "the", "day", "before" }, "told", -1 },
    { { "the", "previous", "day" }, "told", -1 }, { { "the", "next", "day" }, "told", 1 },
    { { "the", "following", "day" }, "told", 1 },
    -- parts of the current or last period: { terms, unit, offset, part }
    { { "debut", "du", "mois" }, "month", 0, "debut" }, { { "fin", "du", "mois" }, "month", 0, "fin" },
    { { "fin", "de", "l'", "annee", "derniere" }, "year", -1, "fin" },
    { { "debut", "de", "l'", "annee" }, "year", 0, "debut" },
    { { "fin", "de", "l'", "annee" }, "year", 0, "fin" },
    -- (the current period before or after the publication's day: "earlier this month", "plus tôt
    -- cette année", "later this year": rules.to_date_parts)
    { { "earlier", "this", "month" }, "month", 0, "earlier" }, { { "earlier", "this", "year" }, "year", 0, "earlier" },
    { { "earlier", "this", "week" }, "week", 0, "earlier" }, { { "later", "this", "month" }, "month", 0, "later" },
    { { "later", "this", "year" }, "year", 0, "later" }, { { "plus", "tot", "ce", "mois-ci" }, "month", 0, "earlier" },
    { { "plus", "tot", "cette", "annee" }, "year", 0, "earlier" },
    { { "plus", "tot", "cette", "semaine" }, "week", 0, "earlier" },
    { { "plus", "tot", "dans", "l'", "annee" }, "year", 0, "earlier" },
    { { "plus", "tot", "dans", "la", "semaine" }, "week", 0, "earlier" },
    { { "plus", "tot", "dans", "le", "mois" }, "month", 0, "earlier" },
    { { "plus", "tard", "cette", "annee" }, "year", 0, "later" },
    { { "plus", "tard", "ce", "mois-ci" }, "month", 0, "later" },
    { { "debut", "d'", "annee" }, "year", 0, "debut" }, { { "fin", "d'", "annee" }, "year", 0, "fin" },
    { { "debut", "de", "mois" }, "month", 0, "debut" }, { { "fin", "de", "mois" }, "month", 0, "fin" },
    { { "debut", "de", "semaine" }, "week", 0, "debut" }, { { "fin", "de", "semaine" }, "week", 0, "fin" },
    { { "milieu", "de", "semaine" }, "week", 0, "mi" }, { { "early", "this", "week" }, "week", 0, "debut" },
    { { "debut", "de", "la", "semaine" }, "week", 0, "debut" }, { { "fin", "de", "la", "semaine" }, "week", 0, "fin" },
    { { "milieu", "de", "la", "semaine" }, "week", 0, "mi" }, { { "end", "of", "the", "week" }, "week", 0, "fin" },
    { { "fin", "de", "la", "semaine", "prochaine" }, "week", 1, "fin" },
    { { "debut", "de", "la", "semaine", "prochaine" }, "week", 1, "debut" },
    { { "later", "this", "week" }, "week", 0, "later" },
    { { "fin", "de", "semaine", "derniere" }, "week", -1, "fin" },
    { { "debut", "de", "semaine", "derniere" }, "week", -1, "debut" },
    { { "fin", "de", "la", "semaine", "derniere" }, "week", -1, "fin" },
    { { "debut", "de", "la", "semaine", "derniere" }, "week", -1, "debut" },
    { { "fin", "de", "semaine", "prochaine" }, "week", 1, "fin" },
    { { "debut", "de", "semaine", "prochaine" }, "week", 1, "debut" },
    { { "fin", "du", "mois", "dernier" }, "month", -1, "fin" },
    { { "debut", "du", "mois", "dernier" }, "month", -1, "debut" },
    { { "fin", "du", "mois", "prochain" }, "month", 1, "fin" },
    { { "debut", "du", "mois", "prochain" }, "month", 1, "debut" },
    { { "debut", "de", "l'", "annee", "derniere" }, "year", -1, "debut" },
    { { "fin", "de", "l'", "annee", "prochaine" }, "year", 1, "fin" },
    { { "debut", "de", "l'", "annee", "prochaine" }, "year", 1, "debut" },
    { { "early", "next", "week" }, "week", 1, "debut" },
    { { "late", "last", "week" }, "week", -1, "fin" }, { { "end", "of", "next", "year" }, "year", 1, "fin" },
    { { "end", "of", "this", "year" }, "year", 0, "fin" }, { { "end", "of", "last", "year" }, "year", -1, "fin" },
    { { "end", "of", "the", "year" }, "year", 0, "fin" }, { { "end", "of", "the", "month" }, "month", 0, "fin" },
    { { "end", "of", "this", "month" }, "month", 0, "fin" }, { { "end", "of", "next", "month" }, "month", 1, "fin" },
    { { "end", "of", "last", "month" }, "month", -1, "fin" },
    { { "start", "of", "the", "year" }, "year", 0, "debut" },
    { { "beginning", "of", "the", "year" }, "year", 0, "debut" },
    { { "start", "of", "this", "year" }, "year", 0, "debut" },
    { { "start", "of", "the", "month" }, "month", 0, "debut" },
    { { "beginning", "of", "the", "month" }, "month", 0, "debut" },
    { { "start", "of", "the", "week" }, "week", 0, "debut" },
    { { "early", "this", "year" }, "year", 0, "debut" }, { { "early", "last", "year" }, "year", -1, "debut" },
    { { "late", "last", "year" }, "year", -1, "fin" }, { { "early", "next", "year" }, "year", 1, "debut" },
    { { "late", "next", "year" }, "year", 1, "fin" }, { { "early", "last", "month" }, "month", -1, "debut" },
    { { "late", "last", "month" }, "month", -1, "fin" }, { { "early", "next", "month" }, "month", 1, "debut" },
    { { "late", "next", "month" }, "month", 1, "fin" }, { { "early", "last", "week" }, "week", -1, "debut" },
  },
  examples = {
    { "le 22 novembre 2024", { value = "2024-11-22" } },
    { "il l'avait indiqué en fin de semaine dernière", { resolved = "2025-01-24/2025-01-26" } },
    { "il sera reconnu d'ici la fin de la semaine", { resolved = "2025-01-31/2025-02-02" } },
    { "Il était avec elle depuis le début de la semaine précédente.", {} },
    { "Son contrat expire le 30 juin.", { value = "--06-30", resolved = "2025-06-30" } },
    { "La session s'est achevée le 30 juin.", { value = "--06-30", resolved = "2024-06-30" } },
    { "Le collectif commence des rondes le 3 mars.", { value = "--03-03", resolved = "2024-03-03" } },
    { "a deal is expected by the end of the week", { resolved = "2025-01-31/2025-02-02" } },
    { "dans son numéro d'avril-mai 2017, le magazine", { value = "2017-04/2017-05" } },
    { "Le ministre se rendra lundi à Bruxelles.", { resolved = "2025-01-27" } },
    { "Le ministre se rendra mercredi à Bruxelles.", { resolved = "2025-01-29" } },
    { "Le ministre se rendra ce lundi à Bruxelles.", { resolved = "2025-01-27" } },
    { "Météo-France prévoit des rafales d'ici vendredi.", { resolved = "2025-07-18" }, published = "2025-07-12" },
    { "Last September, a cyclone killed 31 people.", { value = "--09", resolved = "2023-09" },
      published = "2024-05-03" },
    { "The vote will be held next March.", { value = "--03", resolved = "2025-03" }, published = "2024-05-03" },
    { "Les travaux prennent fin d'ici à mardi.", { resolved = "2025-07-15" }, published = "2025-07-12" },
    { "Le trafic reste interrompu sur la plupart des lignes jusqu'à vendredi midi.", { resolved = "2023-11-03" },
      published = "2023-11-02" },
    { "Le trafic était interrompu jusqu'à vendredi.", { resolved = "2023-10-27" }, published = "2023-11-02" },
    { "« Il s'est enfermé dans le mutisme jusqu'à mardi soir », témoigne-t-elle.", { resolved = "2023-10-31" },
      published = "2023-11-02" },
    { "Les électeurs se sont déplacés ce dimanche pour choisir celui qui portera leurs couleurs.",
      { resolved = "2023-10-29" }, published = "2023-11-02" },
    { "Le salon se tiendra du 12 au 15 mars à Paris.",
      { value = "--03-12/--03-15", resolved = "2025-03-12/2025-03-15" } },
    { "Le ministre se rendra ce mardi à Bruxelles.", { resolved = "2025-01-28" } },
    { "The minister will travel to Brussels this Monday.", { resolved = "2025-01-27" }, lang = "en" },
    { "3 000 volontaires seront recrutés dès mars", { value = "--03", resolved = "2025-03" } },
    { "La performance pourrait avoir lieu en mai au Sénat.", { value = "--05", resolved = "2025-05" } },
    { "Les travaux devraient reprendre en juin.", { value = "--06", resolved = "2025-06" } },
    { "Le vol ne reprendra pas avant le mois d'août (alors qu'on parlait d'une escale).",
      { value = "--08", resolved = "2025-08" } },
    { "Le texte pourrait avoir été modifié en juin.", { value = "--06", resolved = "2024-06" } },
    { "Vendredi, le président devrait annoncer son retour.", { resolved = "2025-01-31" } },
    { "Sa candidature, annoncée mercredi, et qui pourrait lui coûter cher.", { resolved = "2025-01-22" } },
    { "Le spectacle aura lieu au mois de juin mais les répétitions ont commencé.",
      { value = "--06", resolved = "2025-06" } },
    { "Le vote n'aura pas lieu dimanche mais samedi.", { resolved = "2025-02-02" }, { resolved = "2025-02-01" } },
    { "le groupe a annoncé le 11 mars ses résultats", { value = "--03-11", resolved = "2024-03-11" } },
    { "des épisodes diffusés du 17 juillet jusqu'au 21 août 2017", { value = "2017-07-17/2017-08-21" } },
    { "le résultat de dimanche (26 mai 2019) est bon", { value = "2019-05-26" } },
    { "Elections are due by the end of next year.", { resolved = "2026-10-01/2026-12-31" }, lang = "en" },
    { "The talks resume next Friday.", { resolved = "2025-01-31" }, lang = "en" },
    { "President Joe Biden said he would travel to the area on Wednesday.", { resolved = "2025-01-29" }, lang = "en" },
    { "In the first half of 2024, sales rose.", { value = "2024-01/2024-06", resolved = "2024-01-01/2024-06-30" },
      lang = "en" },
    { "In the first half, Arsenal scored twice.", {}, lang = "en" },
    { "They met last Monday.", { resolved = "2025-01-20" }, lang = "en" },
    { "le 1er décembre 2024", { value = "2024-12-01" } },
    { "— Nicolas Sarkozy (@NicolasSarkozy) July 8, 2013", { value = "2013-07-08" } },
    { "le cinquantième anniversaire de Mai 68", { value = "1968-05" } },
    { "L'Assemblée aura adopté le texte, sans doute le vendredi 7.", { resolved = "2025-02-07" } },
    { "Il est arrivé le samedi 18 au soir.", { resolved = "2025-01-18" } },
    { "Le Comic Con s'est tenu samedi 22 et dimanche 23 juillet.", { value = "--07-22", resolved = "2023-07-22" },
      { value = "--07-23", resolved = "2023-07-23" } },
    { "Du lundi 9 octobre au vendredi 13, un défi.", { value = "--10-09", resolved = "2023-10-09" },
      { value = "--10-13", resolved = "2023-10-13" } },
    { "Ils ont jusqu'à lundi 19 heures ; la collection Vendredi 13 paraît.", { resolved = "2025-01-27" } },
    { "estimé au premier janvier 2015", { value = "2015-01-01" } },
    { "Le premier ministre de janvier 2015", { value = "2015-01" } },
    { "le 3 fév. 2014 au matin", { value = "2014-02-03" } },
    { "un cours de judo le mercredi ou le samedi", {} },
    { "Posted On 29 mar 2014 , By La rédaction", { value = "2014-03-29" } },
    { "He was captured on Jan. 9, 2025 in Kursk.", { value = "2025-01-09" }, lang = "en" },
    { "Troops moved on December 1, 2024.", { value = "2024-12-01" }, lang = "en" },
    { "He was released on March 3.", { value = "--03-03", resolved = "2025-03-03" }, lang = "en",
      published = "2025-03-10" },
    { "nos soirées télé du vendredi", {} },
    { "les étudiants voient leur vie dans la ville de demain", {} },
    { "ils n'oublieront pas leurs terres d'hier", {} },
    { "lors de la réunion d'hier au ministère", { resolved = "2025-01-26" } },
    { "le 3 mars. 2014 fut une année", { value = "--03-03", resolved = "2012-03-03" }, published = "2013-01-01" },
    { "en avril 2025", { value = "2025-04" } },
    { "la décision est tombée courant septembre", { value = "--09", resolved = "2025-09" }, published = "2025-10-10" },
    { "le film sort au mois de novembre", { value = "--11", resolved = "2024-11" }, published = "2025-01-27" },
    { "le feu vert pour l'ouverture d'ici janvier de négociations", { value = "--01", resolved = "2025-01" },
      published = "2024-10-27" },
    { "il revient pour septembre prochain", { value = "--09", resolved = "2026-09" }, published = "2025-09-15" },
    { "il est parti en juin dernier", { value = "--06", resolved = "2024-06" }, published = "2025-06-15" },
    -- a month (and day) of a year told from the publication's: that year, not the last or next such month
    { "en septembre de l'année dernière, puis le 3 mars de cette année",
      { value = "--09", resolved = "2024-09" }, { value = "--03-03", resolved = "2025-03-03" },
      published = "2025-11-20" },
    { "It began in September last year and ends on March 3 next year",
      { value = "--09", resolved = "2024-09" }, { value = "--03-03", resolved = "2026-03-03" },
      published = "2025-11-20", lang = "en" },
    { "une sonde vers Mars cette année", { value = nil, resolved = "2025" }, published = "2025-11-20" },
    { "fin septembre de l'année dernière", { value = "--09", resolved = "2024-09-21/2024-09-30" },
      published = "2025-11-20" },
    { "un poisson d'avril", {} },
    { "de janvier à avril 2024, la production a chuté", { value = "2024-01/2024-04" } },
    { "entre novembre et février 2025", { value = "2024-11/2025-02" } },
    { "entre janvier et avril, les médias s'y intéressent", { value = "--01/--04", resolved = "2024-01/2024-04" },
      published = "2024-06-10" },
    { "on ne peut pas repousser à janvier", { value = "--01", resolved = "2025-01" }, published = "2025-06-10" },
    { "il a mars en tête", {} }, { "grâce à Mars, vous êtes vaillant", {} },
    { "les attentats de janvier et novembre derniers", { value = "--01", resolved = "2015-01" },
      { value = "--11", resolved = "2015-11" }, published = "2016-06-10" },
    { "en novembre et janvier derniers", { value = "--11", resolved = "2015-11" },
      { value = "--01", resolved = "2016-01" }, published = "2016-06-10" },
    { "en septembre et mars prochains", { value = "--09", resolved = "2016-09" },
      { value = "--03", resolved = "2017-03" }, published = "2016-06-10" },
    { "en début d'année, le plan a été adopté", { resolved = "2025-01-01/2025-03-31" }, published = "2025-06-10" },
    { "au printemps 2024, les troupes sont arrivées", { value = "2024", resolved = "2024-03-20/2024-06-20" } },
    { "l'été dernier, la guerre a repris", { resolved = "2024-06-21/2024-09-22" }, published = "2025-01-27" },
    { "l'hiver dernier fut rude", { resolved = "2023-12-21/2024-03-19" }, published = "2024-11-10" },
    { "cet hiver, le front a tenu", { resolved = "2025-12-21/2026-03-19" }, published = "2025-11-02" },
    { "cet hiver, le front a tenu", { resolved = "2025-12-21/2026-03-19" }, published = "2026-02-02" },
    { "l'été prochain, il partira", { resolved = "2026-06-21/2026-09-22" }, published = "2025-07-14" },
    { "à l'automne dernier, les combats ont repris", { resolved = "2024-09-23/2024-12-20" },
      published = "2025-01-27" },
    { "En hiver, la pollution double. L'hiver est rude à New York.", {} },
    { "Il a été dernier de la course, il n'a jamais été 2e.", {} },
    { "le texte a été voté", {} },
    { "last summer the troops moved", { resolved = "2024-06-21/2024-09-22" }, published = "2025-01-27",
      lang = "en" },
    { "Kerviel sera également présent samedi, a annoncé vendredi le parti.", { resolved = "2021-01-02" },
      published = "2021-01-01" },
    { "Le plan dévoilé jeudi par le ministre doit préciser les leviers.", { resolved = "2020-12-31" },
      published = "2021-01-01" },
    { "Le sommet sera diffusé samedi sur France 2.", { resolved = "2021-01-02" }, published = "2021-01-01" },
    { "Il a pensé sa mise en scène : ce mardi, il parlera debout.", { resolved = "2021-01-05" },
      published = "2021-01-01" },
    { "Manuel Valls devrait conclure sa tournée vendredi soir.", { resolved = "2021-01-01" },
      published = "2021-01-01" },
    { "Le jeudi 19 janvier, sur France Inter", { value = "--01-19", resolved = "2017-01-19" },
      published = "2017-02-03" },
    { "Le jeudi 19 janvier, sur France Inter", { value = "--01-19", resolved = "2017-01-19" },
      published = "2018-01-02" },
    { "La scène s'est déroulée vendredi 14 juillet sur King's Road", { value = "--07-14", resolved = "2017-07-14" },
      published = "2021-01-01" },
    { "Mardi 11 novembre, François Hollande inaugurera un mémorial", { value = "--11-11", resolved = "2014-11-11" },
      published = "2021-01-01" },
    { "sur la période 2024-2030", { value = "2024/2030" } },
    { "supprimer 1 200 postes d'ici à 2026", { value = "2026" } },
    { "HSBC pourrait transférer jusqu'à 1000 emplois à Paris", {} }, { "une ville habitée depuis 2000 ans", {} },
    { "les attentats de janvier et de novembre 2015", { value = "2015-01" } },
    { "les soldes de janvier, février et mars 2024", { value = "2024-01" } },
    { "en décembre et janvier 2024", { value = "2023-12" } },
    { "Entre le mois de juin et septembre 2015, neuf migrants", { value = "2015-06/2015-09" } },
    { "Le programme chargé de ce 14-Juillet si particulier", { value = "--07-14", resolved = "2025-07-14" },
      published = "2025-07-15" },
    { "les attentats du 11-Septembre", { value = "--09-11", resolved = "2001-09-11" } },
    { "des flammes qui peuvent aller jusqu'à 1500°C", {} },
    { "une ascendance en Mars, ce qui pourrait favoriser votre réussite", {} }, { "une portée de jusqu'à 2000 km", {} },
    { "un budget qui ira jusqu'à 1500 € par mois", {} }, { "En 2019 M. Dupont a dit non.", { value = "2019" } },
    { "Mais il y a un jour où il faut se spécialiser.", {} }, { "Il partira un jour ou l'autre.", {} },
    { "en 2016 plusieurs villes ont voté", { value = "2016" } },
    { "ils avaient dès vendredi mis en doute", { resolved = "2025-01-24" }, published = "2025-01-27" },
    { "après sept années de détention", {} }, { "la reine des Sept Couronnes", {} },
    { "dès septembre, le site ouvrira", { value = "--09", resolved = "2025-09" }, published = "2025-01-27" },
    { "dès septembre, le site ouvrait", { value = "--09", resolved = "2024-09" }, published = "2025-01-27" },
    { "en 2022", { value = "2022" } },
    { "Noël du 15 décembre au 5 janvier", { value = "--12-15/--01-05", resolved = "2024-12-15/2025-01-05" },
      published = "2025-01-02" },
    { "du 28 décembre 2024 au 3 janvier 2025", { value = "2024-12-28/2025-01-03" } },
    { "Macron s'envolera les 24-25 avril", { value = "--04-24/--04-25", resolved = "2025-04-24/2025-04-25" },
      published = "2025-04-02" },
    { "Le scrutin aura lieu les dimanches 20 et 27 novembre", { value = "--11-20", resolved = "2016-11-20" },
      published = "2016-11-02" },
    { "les élections départementales des 22 et 29 mars 2015", { value = "2015-03-22", resolved = "2015-03-22" } },
    { "le scrutin aura lieu les 20 et 27 novembre prochains", { value = "--11-20", resolved = "2017-11-20" },
      published = "2016-12-02" },
    { "lors des élections des 19 avril et 1er mai 2018", { value = "--04-19", resolved = "2018-04-19" },
      published = "2018-06-01" },
    { "verser une prime de fin d'année", {} }, { "les fêtes de fin d'année", {} },
    { "du vendredi 24 au 26 mars, pour le Sidaction",
      { value = "--03-24/--03-26", resolved = "2023-03-24/2023-03-26" } },
    { "Veolia annonce 600 créations de postes (janvier)", { value = "--01", resolved = "2025-01" },
      published = "2025-02-10" },
    { "les prévisions d'avril", { value = "--04", resolved = "2024-04" }, published = "2025-01-27" },
    { "les premiers jours de janvier et le cœur n'y est pas", { value = "--01", resolved = "2025-01" },
      published = "2025-01-27" },
    { "les ventes de janvier ou février", { value = "--01", resolved = "2025-01" },
      { value = "--02", resolved = "2025-02" }, published = "2025-01-27" },
    { "les idées de mai 68", {} },
    { "le programme court entre 2014 et 2020", { value = "2014/2020", resolved = "2014/2020" } },
    { "dans les années 1980, tout allait", { value = "1980/1989", resolved = "1980/1989" } },
    { "un roman du XIXe siècle", { value = "1801/1900", resolved = "1801/1900" } },
    { "siégeant du lundi au vendredi, jusqu'à une heure du matin", {} },
    { "dans la nuit de mercredi à jeudi, il a plu", { resolved = "2025-01-22/2025-01-23" }, published = "2025-01-27" },
    { "arrivé dans la nuit de vendredi à samedi 11 mars, dernier",
      { value = "--03-11", resolved = "2017-03-10/2017-03-11" },
      published = "2017-03-20" },
    { "la musique des années 90 revient", { value = "1990/1999", resolved = "1990/1999" } },
    { "il fut maire de 1995 à 2009, puis", { value = "1995/2009", resolved = "1995/2009" } },
    { "un salaire entre 1900 et 2000 euros", {} },
    { "la version de 1993 était meilleure", { value = "1993", resolved = "1993" } },
    { "candidate aux législatives 2017, elle", { value = "2017", resolved = "2017" } },
    { "Rollerball (2001) est un film", { value = "2001", resolved = "2001" } },
    { "Il a commencé dès 2006 à mentir", { value = "2006", resolved = "2006" } },
    { "The 2016 election was close", { value = "2016", resolved = "2016" }, lang = "en" },
    { "un échantillon de 2000 Français ; la pub Optic 2000 ; multiplier par 2000", {} },
    { "ils étaient 1800 ; au moins 2000 likes ; un total de 200 sur 1964", {} },
    { "de 2000 à 3000 manifestants ; de 2000 à 3000% ; la décision n° 2016-555 QPC", {} },
    { "une amende de 2000, la directive 2001/18/CE", {} },
    { "le budget de 2016 est voté", { value = "2016", resolved = "2016" } },
    { "d'ici deux ans, la loi changera", { resolved = "2027" } },
    { "On Christmas Eve 2023, nothing happened", { value = "2023-12-24" }, lang = "en" },
    { "They bought a Christmas tree and Easter eggs", {}, lang = "en" },
    { "On Easter Monday 2019, the church was full", { value = "2019-04-22" }, lang = "en" },
    { "le dimanche de Pentecôte 2017, il pleuvait", { value = "2017-06-04" } },
    { "À Noël, il neigera peut-être", { value = "--12-25", resolved = "2020-12-25" }, published = "2020-11-22" },
    { "À Pâques, les cloches", { resolved = "2021-04-04" }, published = "2021-02-10" },
    { "A few days ago, the vote was held", { resolved = "2025-01-18/2025-01-25" }, lang = "en" },
    -- a range of counts: from the farther to the nearer
    { "Le pic pourrait être atteint d'ici deux à trois semaines", { resolved = "2025-02-10/2025-02-23" } },
    { "Il est parti il y a deux ou trois jours", { resolved = "2025-01-24/2025-01-25" } },
    { "He left two or three days ago", { resolved = "2025-01-24/2025-01-25" }, lang = "en" },
    { "In recent years, prices rose", { resolved = "2016/2025" }, lang = "en" },
    { "Le ministre a parlé ce matin sur RTL", { resolved = "2025-01-27" } },
    { "Ce soir-là, tout a changé ; ce matin-là aussi", {} },
    { "pendant l'hiver 2015-2016, il a fait froid", { value = "2015", resolved = "2015-12-21/2016-03-19" } },
    { "Le premier samedi de septembre est consacré aux barbus ; le dernier jeudi du mois", {} },
    { "le premier lundi de septembre 2016, il est parti", { value = "2016-09-05" } },
    { "le dernier dimanche d'octobre 2020", { value = "2020-10-25" } },
    { "dès la rentrée 2013", { value = "2013", resolved = "2013" } },
    { "Croissance prévue pour 2013: 0,6%", { value = "2013", resolved = "2013" } },
    { "5,8 milliards de livres entre avril 2016 et mars 2021",
      { value = "2016-04/2021-03", resolved = "2016-04/2021-03" } },
    { "D'octobre à décembre, je suis allé mal", { value = "--10/--12", resolved = "2024-10/2024-12" },
      published = "2025-01-27" },
    { "la planète Mars est rouge ; la marche de Mars", {} },
    { "le 24 janvier", { value = "--01-24", resolved = "2025-01-24" }, published = "2025-01-27" },
    { "a rapporté lundi", { resolved = "2024-12-23" }, published = "2024-12-24" },
    { "d'ici fin 2024", { value = "2024", resolved = "2024-10-01/2024-12-31" } },
    { "entre le 8 et le 13 août", { value = "--08-08/--08-13", resolved = "2025-08-08/2025-08-13" },
      published = "2025-08-20" },
    { "votée jeudi 4 avril", { value = "--04-04", resolved = "2024-04-04" }, published = "2024-03-20" },
    { "le Sénat examinera le texte le 24 mai prochain", { value = "--05-24", resolved = "2022-05-24" },
      published = "2021-06-15" },
    { "le 3 mars dernier", { value = "--03-03", resolved = "2024-03-03" }, published = "2025-02-01" },
    { "lundi prochain", { resolved = "2025-02-03" }, published = "2025-01-27" },
    { "dimanche dernier", { resolved = "2025-01-26" }, published = "2025-01-27" },
    { "au début du mois de février", { value = "--02", resolved = "2025-02-01/2025-02-10" },
      published = "2025-01-27" },
    { "à la fin du mois d'août 2024", { value = "2024-08", resolved = "2024-08-21/2024-08-31" } },
    { "il y a trois jours", { resolved = "2025-01-24" }, published = "2025-01-27" },
    { "il y a deux ans", { resolved = "2023" }, published = "2025-01-27" },
    { "dans deux semaines", { resolved = "2025-02-10/2025-02-16" }, published = "2025-01-27" },
    { "three months ago", { resolved = "2024-10" }, published = "2025-01-27" },
    { "up from a year ago", { resolved = "2024" }, published = "2025-01-27" },
    { "au premier trimestre 2024", { value = "2024-01/2024-03", resolved = "2024-01-01/2024-03-31" } },
    { "Le chiffre d'affaires a progressé de 12 % au premier semestre.",
      { value = "--01/--06", resolved = "2024-01-01/2024-06-30" } },
    { "L'activité devrait rebondir au premier semestre.", { value = "--01/--06", resolved = "2025-01-01/2025-06-30" } },
    { "Le chômage a baissé au quatrième trimestre.", { value = "--10/--12", resolved = "2024-10-01/2024-12-31" } },
    { "au 2e semestre", { value = "--07/--12", resolved = "2024-07-01/2024-12-31" }, published = "2025-01-27" },
    { "J'ai eu des nausées pendant tout mon premier trimestre.", {} },
    { "le sommet des 17 et 18 juin 2024", { value = "2024-06-17/2024-06-18" } },
    { "courant 2025", { value = "2025" } },
    { "d'ici 2030", { value = "2030" } },
    { "à l'été 2023", { value = "2023", resolved = "2023-06-21/2023-09-22" } },
    { "l'an prochain", { resolved = "2026" }, published = "2025-01-27" },
    { "la semaine prochaine", { resolved = "2025-02-03/2025-02-09" }, published = "2025-01-27" },
    { "au début de 2025", { value = "2025", resolved = "2025-01-01/2025-03-31" } },
    { "by the end of 2024", { value = "2024", resolved = "2024-10-01/2024-12-31" }, lang = "en" },
    { "at the start of March", { value = "--03", resolved = "2025-03-01/2025-03-10" },
      published = "2025-03-20", lang = "en" },
    { "strikes between Aug. 8 and Aug. 13 hit Kursk", { value = "--08-08/--08-13",
      resolved = "2024-08-08/2024-08-13" }, published = "2024-08-20", lang = "en" },
    { "from March 3 to 5, 2024", { value = "2024-03-03/2024-03-05" }, lang = "en" },
    { "The poll was conducted October 20-23, 2024.", { value = "2024-10-20/2024-10-23" }, lang = "en" },
    { "conducted Oct. 20 – 23, has a margin of error", { value = "--10-20/--10-23",
      resolved = "2024-10-20/2024-10-23" }, published = "2024-10-27", lang = "en" },
    { "the end of the war", {}, lang = "en" },
    { "The troops left by mid-December.", { value = "--12", resolved = "2024-12-11/2024-12-20" }, lang = "en" },
    { "The troops arrived on Monday, Nov. 4, and left.", { value = "--11-04", resolved = "2024-11-04" }, lang = "en" },
    { "The 1990s were calm.", { value = "1990/1999", resolved = "1990/1999" }, lang = "en" },
    { "Ce week-end, les combats ont repris.", { resolved = "2025-01-25/2025-01-26" }, published = "2025-01-27" },
    { "Ce week-end, un sommet.", { resolved = "2025-02-01/2025-02-02" }, published = "2025-01-29" },
    { "Ce week-end, les températures pourraient atteindre 15 degrés.", { resolved = "2025-02-01/2025-02-02" },
      published = "2025-01-27" },
    { "Le week-end dernier, Moscou a riposté.", { resolved = "2025-01-18/2025-01-19" }, published = "2025-01-22" },
    { "En début de semaine, Kiev a frappé.", { resolved = "2025-01-20/2025-01-22" }, published = "2025-01-24" },
    { "Il y a un an, la guerre.", { resolved = "2024" }, published = "2025-01-24" },
    { "La nuit dernière, une frappe.", { resolved = "2025-01-23" }, published = "2025-01-24" },
    { "Séoul, 23 décembre 2024 (AFP) - Plus de 1 000 soldats ont été tués.",
      { value = "2024-12-23", resolved = "2024-12-23" }, published = "2025-01-24" },
    { "Il avait eu ce problème il y a un an et demi.", { resolved = "2023-07" }, published = "2025-01-24" },
    { "Pour ce week-end des 29 et 30 juillet, la circulation sera dense.",
      { value = "--07-29/--07-30", resolved = "2025-07-29/2025-07-30" }, published = "2025-01-24" },
    { "Il part pour ce congé de fin de semaine.", {}, published = "2025-01-24" },
    { "Jean-Luc Mélenchon propose une grande marche un dimanche.", {}, published = "2025-01-24" },
    { "Lors de l'hiver 2022-2023, les prix ont flambé.", { value = "2022", resolved = "2022-12-21/2023-03-19" } },
    { "Le record pour un mois d'août pourrait tomber. Chaque mois de juillet, la ville se vide.", {},
      published = "2025-01-24" },
    { "Météo-France a placé mercredi 16 départements en vigilance rouge.", { resolved = "2025-01-22" },
      published = "2025-01-24" },
    { "Il a profité du « Black Friday » pour acheter cinq jeans.", {} },
    { "2,783 millions de chômeurs en fin d’année 2016",
      { value = "2016", resolved = "2016-10-01/2016-12-31" } },
  },
  zone_examples = {
    { "Par Kate Entringer, juillet 2016\nLycéens, vous avez votre bac en poche.", "byline" },
    { "Cuisine n°4 Le cocktail du patron Par Siné, décembre 2011 Régalez vos amis", "byline" },
    { "Un discours repris mot pour mot par Marine Le Pen lundi 1er mai, lors de son meeting.", "text" },
    { "Publié le 27/01/2025 à 10h12\nLa Corée du Nord a envoyé des troupes.", "byline" },
    -- (a line the cleaner takes for the header's date: a byline and a stamp after a bar)
    { "Titre\n\nPar Léa Martin | Publié le 04/12/2024 à 17:05\n\nLe texte.", "byline" },
    { "Title\n\nOctober 11, 2024 at 7:15 a.m. EDT\n\nThe text.", "byline" },
    { "Le texte.\n" .. ("Un paragraphe assez long. "):rep(20) .. "\nPosted On 19 juin 2013 , By La rédaction",
      "related" },
    { "Le texte.\n" .. ("Un paragraphe assez long. "):rep(20) .. "\n12 mars 2024 · 10:45\nUn autre article",
      "related" },
    { "Les troupes sont arrivées le 12 mars 2024 à Koursk.", "text" },
    { "Mbappé au Real\nPar Damien Degorre\nLe 03/06/2024 à 20:15\nKylian Mbappé a signé.", "byline" },
    { "Mbappé au Real\nLe 3 juin 2024, Kylian Mbappé a signé.", "text" },
    { "Séoul, 23 décembre 2024 (AFP) - Plus de 1 000 soldats ont été tués, a affirmé lundi le JCS.", "byline" },
    { "By Maria Silva and John Carter\nMay 3, 2024\nFloods killed 56 people.", "byline" },
    { "Par Jean Dupont et Marie Martin\n3 mai 2024\nLes crues ont tué 56 personnes.", "byline" },
    { "Oct 11 (Reuters) - Boeing will cut 17,000 jobs, the company said.", "byline", lang = "en" },
    { "11 oct. (AFP) - Boeing va supprimer 17 000 emplois.", "byline" },
    { "Séoul, 23 décembre 2024 (AFP) - Le 12 mars 2024, les troupes sont arrivées.", "byline" },
    { "Par ailleurs, le 12 mars, les troupes sont arrivées.", "text" },
    { "Un sondage Harris Interactive publié aujourd'hui le montre.", "text" },
    { "Le 3 mars 2024, les troupes sont arrivées.", "text" },
    { "Le texte.\n" .. ("Un paragraphe assez long. "):rep(20)
      .. "\nn°59 Par Lacombe décembre 2016 n°53 Par Jiho mai 2016",
      "related" },
    { "Le tableau peint par Picasso en 1937 est à Madrid.", "text" },
    { "Le texte.\n" .. ("Un paragraphe assez long. "):rep(20) .. "\nPar Berth\nseptembre 2019\nPar Mric\njuillet 2019",
      "related" },
    { "Un texte signé par Berth.\nseptembre 2019 fut chaud.", "text" },
    { "Libye DANS LA MÊME RUBRIQUE Par Berth septembre 2019 Par Mric juillet 2019", "related" },
    { "Le texte.\n\nLire aussi\nEspagne : le roi chahuté à Paiporta\n[03/11/2024](#)\nRetour en haut", "related" },
    { "Le texte.\n" .. ("Un paragraphe assez long. "):rep(20) .. "\nLe sommet s'ouvre le\n12 mars 2024\nà Bruxelles.",
      "text" },
    -- a date alone on its line near the top, a weekday before it and a time after it at most
    { "Wildfire forces 30,000 to flee\nBy Helena Smith in Athens\nTue 22 Jul 2025 14.05 BST\nThe fire spread.",
      "byline", lang = "en" },
    { "Inondations : le bilan\nMardi 14 novembre 2023 - 18:42\nLes pluies ont cessé.", "byline" },
    { "Inondations : le bilan\n14 novembre 2023 : les pluies ont cessé.", "text" },
    -- the update after the publication on its line; a date in a markdown link under a byline
    { "Colère agricole\nPublié le 24/01/2024 à 18h42, mis à jour le 25/01/2024 à 07h15\nLes barrages.", "byline",
      at = "25/01/2024" },
    { "Renault renoue\n\nPar Sophie Lemaire\n[15/02/2024](#)\n\nLe groupe a publié ses résultats.", "byline" },
    { "Le registre, mis à jour le 25/01/2024, compte 300 noms.", "text" },
    { "Le bilan\n14 novembre 2023 à 18h42, heure du vote", "text" },
  },
}

-- {====== calendar

local function days_in(y, m)
  local d = ({ 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 })[m]
  if m == 2 and (y % 4 == 0 and (y % 100 ~= 0 or y % 400 == 0)) then d = 29 end
  return d
end

local function iso(y, m, d)
  if d then return ("%04d-%02d-%02d"):format(y, m, d) end
  if m then return ("%04d-%02d"):format(y, m) end
  return ("%04d"):format(y)
end

-- days since 1970-01-01 and back (civil calendar)
local function to_days(y, m, d)
  return os.time{ year = y, month = m, day = d, hour = 12 } // 86400
end
local function from_days(n)
  local t = os.date("!*t", n * 86400 + 43200)
  return t.year, t.month, t.day
end
-- the weekday of a day so counted: 1 Monday to 7 Sunday
local function weekday_of(n) return tonumber(os.date("!%u", n * 86400 + 43200)) end
-- the day (a day number) nearest day pday, within reach days, that is weekday wd and day dn of its
-- month ("jeudi 12" read on a Wednesday 11th: the 12th); only after pday when ahead; nil when none
local function weekday_day_near(pday, wd, dn, reach, ahead)
  for off = 0, reach do
    for _, day in ipairs(ahead and { pday + off } or { pday - off, pday + off }) do
      local _, _, dday = from_days(day)
      if dday == dn and weekday_of(day) == wd then return day end
    end
  end
  return nil
end
-- the year nearest y where day d of month m is weekday wd (y, y - 1, y + 1, then back: y - 2, y -
-- 3...): a weekday written with its date tells its year, some years back when the text tells an
-- older story ("vendredi 14 juillet" read on 2021-01-01: 2017; no one names the weekday of a day
-- years ahead); y when none within weekday_year_reach
local function year_of_weekday(y, m, d, wd)
  local function fits(cy) return d <= days_in(cy, m) and weekday_of(to_days(cy, m, d)) == wd end
  for _, cy in ipairs{ y, y - 1, y + 1 } do if fits(cy) then return cy end end
  for k = 2, M.rules.weekday_year_reach do if fits(y - k) then return y - k end end
  return y
end

-- Easter Sunday of year y (the Gregorian computus): month, day
local function easter(y)
  local a, b, c = y % 19, y // 100, y % 100
  local d, e = b // 4, b % 4
  local g = (b - (b + 8) // 25 + 1) // 3
  local h = (19 * a + b - d - g + 15) % 30
  local l = (32 + 2 * e + 2 * (c // 4) - h - c % 4) % 7
  local m = (a + 11 * h + 22 * l) // 451
  local n = h + l - 7 * m + 114
  return n // 31, n % 31 + 1
end

local function parse_iso(s)
  if not s then return nil end
  local y, m, d = s:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)")
  if y then return tonumber(y), tonumber(m), tonumber(d) end
  return nil
end

-- the year of a day-and-month seen in an article published on (py, pm, pd):
-- the same year, unless that puts it more than a month after publication;
-- with dir 1 ("prochain") the first such day after publication, with dir 0 (a clause to come) the
-- first on or after it, with dir -1 ("dernier") the last one before it, with dir "past" (a clause in
-- the past since it, depuis) the last one on or before it
local function year_for(m, d, py, pm, pd, dir)
  if not py then return nil end
  local y = py
  local day, pub = to_days(y, m, math.min(d, days_in(y, m))), to_days(py, pm, pd)
  if dir == 1 or dir == 0 then
    if day < pub + dir then y = y + 1 end
  elseif dir == -1 or dir == "past" then
    local last = dir == "past" and pub or pub - 1         -- (the last day it may be)
    if day > last then y = y - 1 end
  elseif day > pub + 31 then
    y = y - 1
  end
  return y
end

-- }======

local seq = require "lunette.extract.seq"

-- the patterns of a list of M.rules.zones not anchored at the start of the lead (they may be
-- tried on its end alone), made once for each list (a list a user replaces is read anew)
local function make_tail_pats(list)
  local tail = {}
  for _, pat in ipairs(list) do
    if pat:sub(1, 1) ~= "^" then tail[#tail + 1] = pat end
  end
  return { tail = tail }
end
local zone_pats = setmetatable({}, {
  __index = function(_, k) return seq.derived(M.rules.zones[k], make_tail_pats) end })
-- the heads of related-article lists as a text folded with accents has them (two words or more:
-- "related" alone is a common word)
local function make_related(heads)
  local out = {}
  for _, h in ipairs(heads) do
    if h:find(" ", 1, true) then out[#out + 1] = core.fold(h, "accents") end
  end
  return out
end


-- Is a date (its text: date) its line's only words near the top, but a weekday before it (lead,
-- folded) and a time after it (rest), with a time zone: the page's stamp ("Tue 22 Jul 2025 14.05
-- BST", "Mardi 14 novembre 2023 - 18:42")? A day and a year at least.
local function stamp_line(lead, date, rest)
  if not date:find("%d%D+%d") then return false end
  local wd = lead:match("^%s*(%a*)%.?,?%s*$")
  if not wd then return false end
  if wd ~= "" and not M.rules.zones.stamp_articles[wd] then
    local known = false
    for name in pairs(M.rules.weekdays) do
      if #wd >= 3 and name:sub(1, #wd) == wd then known = true; break end
    end
    if not known then return false end
  end
  rest = core.fold(rest, "accents"):gsub("\194\183", " "):gsub("\226\128[\147\148]", " ")
  rest = rest:match("^[%s,|%-]*(.-)%s*$")
  if rest == "" then return true end
  local zone = rest:match("^a?%s*%d%d?[:h%.]%d%d%s*(.*)$")
  return zone ~= nil and (zone == "" or zone:find("^%a%a?%a?%a?%a?$") ~= nil)
end

local function day_at(t)
  if not t then return nil end
  if t.type == "number" and t.word:match("^%d%d?$") and t.value >= 1 and t.value <= 31 then return t.value end
  if t.type == "ordinal" and t.value == 1 then return 1 end                 -- 1er
  if t.type == "word" and t.term == "premier" and t.flags & 1 == 0 then return 1 end   -- le premier janvier
  return nil
end
local function year_at(t)
  if t and t.type == "number" and t.word:match("^%d%d%d%d$") and t.value >= 1000 and t.value <= 2200 then
    return math.tointeger(t.value)
  end
end
local function month_at(t) return t and t.type == "word" and M.rules.months[t.term] or nil end
--- The months (numbers) a hyphenated term joins ("juin-septembre", "june-september"), or nil.
function M.month_pair(term)
  local w1, w2 = term:match("^([^-]+)%-([^-]+)$")
  local m1, m2 = w1 and M.rules.months[w1], w2 and M.rules.months[w2]
  if m1 and m2 then return m1, m2 end
  return nil
end
-- prochain (1) or dernier (-1) in token t of sentence sent, else nil
-- the direction the word at k writes (dernier, prochain, last, next), or nil; none before a unit of time:
-- "Black Friday last year" (its year's)
local function direction_at(toks, k, sent)
  local t, n = toks[k], toks[k + 1]
  return t and t.type == "word" and t.sentence == sent
    and not (n and n.sentence == sent and M.rules.direction_units[n.term])
    and M.rules.direction[t.term] or nil
end

-- is the date at token i after d'ici (rules.ahead_words), au, à, le (rules.by_articles) or nothing after it, à la too:
-- "d'ici vendredi", "d'ici le 15 décembre", "d'ici au 21 décembre", "d'ici à la fin janvier", "d'ici fin 2025"?
local function ahead_of_here(toks, i)
  local k = i - 1
  if toks[k] and (toks[k].term == "la" or toks[k].term == "l'") and toks[k - 1] and toks[k - 1].word == "à" then
    k = k - 1
  end
  if toks[k] and M.rules.by_articles[toks[k].term] and toks[k].word ~= "a" then k = k - 1 end   -- (not the verb a)
  return toks[k] ~= nil and toks[k].sentence == toks[i].sentence and M.rules.ahead_words[toks[k].term] ~= nil
    and toks[k - 1] ~= nil and toks[k - 1].term == "d'"
end

local numbers = require "lunette.extract.numbers"

-- a small count at i (digits or number words): value, next index
local function count_at(toks, i)
  local t = toks[i]
  if not t then return nil end
  if t.type == "number" and t.value >= 1 and t.value <= 1000 and t.value == math.floor(t.value) then
    return math.tointeger(t.value), i + 1
  end
  local v, k = numbers.parse(seq.columns(toks), i)       -- (the term column: no record built)
  if v and v >= 1 and v <= 1000 then return math.tointeger(v) or v, k end
  return nil
end

-- the day, week (Monday to Sunday), month or year n units from (y, m, d), at that precision
local function shift(y, m, d, unit, n)
  local day = to_days(y, m, d)
  if unit == "day" then return iso(from_days(day + n)) end
  if unit == "week" then
    local w = weekday_of(day)
    local monday = day - (w - 1) + 7 * n
    return iso(from_days(monday)) .. "/" .. iso(from_days(monday + 6))
  end
  if unit == "month" then
    local mm = m - 1 + n
    return iso(y + mm // 12, mm % 12 + 1)
  end
  return iso(y + n)
end

--- Dates of a text. opts.published (ISO date, for resolving), lang, tokens.
function M.extract(text, opts)
  opts = opts or {}
  local toks, _, doc = seq.tokens_of(text, opts)
  local an = analyzer.new{ lang = opts.lang or "fr" }
  local py, pm, pd = parse_iso(opts.published)
  local relative = seq.index(M.rules.relative, function(row) return row[1] end)
  local day_parts = seq.index(M.rules.day_parts, function(row) return row[1] end)
  local recent = seq.index(M.rules.recent, function(row) return row[1] end)
  -- Does the clause of token i speak of what is to come (a verb in the future near it:
  -- "seront recrutés", "va expérimenter"), with no verb in the past nearer ("a annoncé le 11
  -- juillet ... va accroître")? Then a month or a day without its year is the next one: 1, or nil
  local c_terms, c_sents, _, c_flags, c_type = seq.columns(toks)
  local fr = M.rules.future
  -- is token k a future of the first person or the second plural, its pronoun before it (clitics
  -- between): "nous serons là samedi", "je viendrai lundi", "vous ne le verrez pas" (not "les
  -- vignerons", "les patrons")
  local function person_future(k)
    local w = c_terms[k]
    local pronoun = (w:find("..rons$") and "nous") or (w:find(".rai$") and "je") or (w:find("..rez$") and "vous")
    if not pronoun or c_flags[k] & 1 ~= 0 then return false end
    for x = k - 1, math.max(1, k - 4), -1 do
      local p = c_terms[x]
      if p == pronoun or (pronoun == "je" and p == "j'") then return c_sents[x] == c_sents[k] end
      if not fr.clitics[p] then return false end
    end
    return false
  end
  -- is token k in lower case and written as no participle in -é ("expire", not "expiré", "a souhaité")?
  local function lower_verb(k) return c_flags[k] & 1 == 0 and not toks[k].lower:find("é[e]?s?$") end
  -- does a date open at x (a lead aside: le, en, début...) in the sentence of k?
  local function date_right_after(x, k)
    if fr.date_leads[c_terms[x]] then x = x + 1 end
    local d = c_terms[x]
    return d and c_sents[x] == c_sents[k]
      and (c_type[x] == "number" or M.rules.weekdays[d] or M.rules.months[d] or M.rules.parts[d]
           or (c_type[x] == "ordinal" and M.rules.months[c_terms[x + 1] or ""])) or false
  end
  -- does the participle at k follow a figure set against another, whose forecast it tells ("contre 11,2
  -- milliards prévus en novembre": when it was forecast, nothing scheduled)?
  local function forecast_compared(k)
    if not (c_type[k - 1] == "number" or numbers.multipliers[c_terms[k - 1]]) then return false end
    for x = k - 2, math.max(1, k - 4), -1 do
      if fr.against[c_terms[x]] then return true end
    end
    return false
  end
  local saying                          -- (sources' verbs of saying, read when first needed)
  local function saying_verbs()
    saying = saying or require("lunette.extract.sources").rules.verbs
    return saying
  end
  local function tense_at(k)
    local w = c_terms[k]
    if fr.words[w] or (#w >= 6 and w:find("ront$") and not fr.not_verbs[w]) or person_future(k)
       -- (the third person in -era, -ira, -dra, -rra, -vra, -ttra, -aîtra: rendra, annoncera, recevra, mettra,
       -- paraîtra; not a name, not opéra; not the past of -trer, "il entra", "rencontra")
       or (#w >= 5 and (w:find("[eid]ra$") or w:find("rra$") or w:find("[eiu]vra$") or w:find("ttra$")
                        or w:find("[ao]itra$"))
           and c_flags[k] & 1 == 0 and not fr.not_verbs[w])
       or ((w == "va" or w == "vont") and c_terms[k + 1] and c_terms[k + 1]:find("..[eir]r?e?$")) then
      return "future"
    end
    if an.lang == "en" and fr.conditionals_en[w] and c_flags[k] & 1 == 0 then return "conditional" end
    if an.lang ~= "en" and #w >= 6 and c_flags[k] & 1 == 0 and not fr.conditional_auxiliaries[w]
       and not fr.conditionals_back[w]
       and not fr.not_verbs[w] and not fr.modals[w] and seq.matches(fr.conditionals, toks[k].lower) then
      return "conditional"
    end
    local pp = c_terms[k + 1]
    if fr.be_conditionals[w] and c_flags[k] & 1 == 0 and pp and c_type[k + 1] == "word" and c_flags[k + 1] & 1 == 0
       and toks[k + 1].lower:find("[éiu]e?s?$") and not fr.motion_participles[pp]
       and c_terms[k - 1] ~= "se" and c_terms[k - 1] ~= "s'" then
      return "conditional"
    end
    -- "pourrait avoir lieu en mai", "devraient reprendre en juin": a modal in the conditional
    -- and an infinitive (not "pourrait avoir été", a past)
    local nx = c_terms[k + 1]
    if (nx == "se" or nx == "s'") and fr.modals[w] then nx = c_terms[k + 2] end        -- (doit se tenir)
    -- (and a passive: "doit être jugé le 15"; not "pourrait avoir été", a past)
    if fr.modals[w] and nx and nx:find("..[io]?[eir]r?e?$") and not fr.auxiliaries[nx] or (fr.auxiliaries[nx]
       and fr.modals[w] and (c_terms[k + 2] == "lieu" or (nx == "etre" and c_terms[k + 2] ~= "ete"))) then
      return "modal"
    end
    -- (an English modal and a bare infinitive: "could weigh on the fourth quarter", "may fall in
    -- December"; not "could not", "could have been", a past)
    if an.lang == "en" and fr.modals_en[w] and c_flags[k] & 1 == 0 and nx and c_type[k + 1] == "word"
       and c_flags[k + 1] & 1 == 0 and not fr.modal_pasts_en[nx] then
      return "modal"
    end
    -- (nor after a comparison: "faster than expected", "plus tôt que prévu", "comme prévu")
    if fr.scheduled[w] and not (c_terms[k - 1] and (fr.past[c_terms[k - 1]] or fr.compared[c_terms[k - 1]]))
       and not forecast_compared(k) then
      return "future"
    end
    -- (in English, to and a verb after it, a past before it too: "was expected to emerge on Thursday")
    if an.lang == "en" and fr.scheduled[w] and c_terms[k + 1] == "to" and c_type[k + 2] == "word"
       and c_flags[k + 2] & 1 == 0 and not fr.compared[c_terms[k - 1] or ""] then
      return "future"
    end
    -- (a law that comes into force, in the present: "entre en vigueur le 1er janvier", "en application",
    -- "takes effect")
    if (w == "entre" or w == "entrent") and c_terms[k + 1] == "en"
       and (c_terms[k + 2] == "vigueur" or c_terms[k + 2] == "application")
       and not toks[k].word:find("é") then                                      -- (not "entré en vigueur")
      return "future"
    end
    if (w == "takes" or w == "take") and c_terms[k + 1] == "effect" then return "future" end
    -- (an adjective of what takes effect right before its date: "la filialisation, effective au 1er
    -- janvier", "applicable dès le 1er mars"; not depuis, a time gone, read before)
    if fr.in_effect[w] and fr.effect_leads[c_terms[k + 1] or ""] and date_right_after(k + 2, k) then
      return "future"
    end
    if an.lang == "en" and fr.starts_en[w] and c_flags[k] & 1 == 0 then return "future" end
    -- (French ones, starts_fr, with the date right after them: "qui débute dimanche", "se termine en
    -- août"; not "reprend des éléments du plan du 21 février", "s'est achevé le 12", a past)
    if an.lang ~= "en" and fr.starts_fr[w] and lower_verb(k) and date_right_after(k + 1, k) then
      return "future"
    end
    -- (a verb in the present right before a weekday, after a subject pronoun or se, schedules that
    -- day: "Il se tient samedi et dimanche", "la réunion qui s'ouvre vendredi", "ils se réunissent
    -- samedi"; not an imperfect, nor a verb of saying, whose present tells the day's news: "il
    -- estime mercredi que"; a noun before it may be an adjective's: "l'Assemblée nationale jeudi")
    local pv = c_terms[k - 1]
    if an.lang ~= "en" and M.rules.weekdays[c_terms[k + 1] or ""] and c_sents[k + 1] == c_sents[k]
       and c_type[k] == "word" and #w >= 4 and lower_verb(k) and fr.present_subjects[pv or ""]
       and c_sents[k - 1] == c_sents[k] and (w:find("[^e]e$") or w:find("ent$") or w:find("oit$"))
       and not w:find("aient$") and not saying_verbs()[w] then
      return "future"
    end
    if an.lang ~= "en" and fr.fixtures[w] and lower_verb(k) and c_flags[k + 1] and c_flags[k + 1] & 1 ~= 0 then
      return "future"
    end
    -- (a call to act, à and an infinitive, then the date: "appellent à manifester jeudi")
    if an.lang ~= "en" and fr.calls[w] and lower_verb(k) and c_terms[k + 1] == "a" and c_flags[k + 1] & 16 == 0
       and c_terms[k + 2] and c_terms[k + 2]:find("..[eio]?[ir]r?e?$") and c_flags[k + 2] & 1 == 0
       and date_right_after(k + 3, k) then
      return "future"
    end
    -- (a forecast in the present: what it forecasts after it is to come, "La SNCF prévoit un TGV sur deux
    -- jeudi", "The company expects revenue of $32.5 billion in October"; not "publiés en avril, le FMI prévoit")
    if fr.forecasts[w] and lower_verb(k) then return "forecast" end
    -- "à paraître mercredi", "à venir": à and an infinitive after a noun (the preposition, not "a")
    if fr.to_come[w] and c_terms[k - 1] == "a" and c_flags[k - 1] & 16 == 0 then return "future" end
    -- (not a participle, "a souhaité mettre", nor "veut dire", means)
    if fr.intends[w] and lower_verb(k) then
      local x = (c_terms[k + 1] == "de" or c_terms[k + 1] == "d'") and k + 2 or k + 1
      local inf = c_type[x] == "word" and c_flags[x] & 1 == 0 and c_terms[x] ~= "dire" and c_terms[x]
      if (c_terms[k + 1] == "to" and c_type[k + 2] == "word" and c_flags[k + 2] & 1 == 0)
         or (inf and (inf:find("..[eio]r$") or inf:find("..re$"))) then
        return "future"
      end
    end
    if (fr.past[w] and (w ~= "a" or (c_flags[k] & 16 ~= 0 and an.lang ~= "en")))  -- (the verb "a": not "à",
       -- nor the English article)
       -- (être in the present after se is a pronominal verb's past: "s'est enfermé", "se sont réunis")
       or ((w == "est" or w == "sont") and (c_terms[k - 1] == "s'" or c_terms[k - 1] == "se"))
       or (#w >= 5 and (w:find("aient$") or w:find("[^a]ait$")) and not fr.not_verbs[w])
       -- (an English past: "grew", "said", or a lower-case word in -ed that is no participle scheduling; not
       -- a bare infinitive written as a past, "expect the Fed to cut rates", "will cut", "could put")
       or fr.past_en[w] and not fr.bare_before_en[c_terms[k - 1] or ""]
       or (#w >= 5 and w:find("[^e]ed$") and c_flags[k] & 1 == 0 and not fr.scheduled[w]
           and not fr.be[c_terms[k - 1] or ""]         -- (a passive: "must be signed by")
           and not (an.lang == "en" and fr.adjective_leads_en[c_terms[k - 1] or ""])) then
      return "past"
    end
    return nil
  end
  -- is token k a verb that gives a participle after it its tense (a tense's, être, avoir)?
  local function tensed(k) local w = c_terms[k]; return w and (tense_at(k) or fr.be[w] or fr.auxiliaries[w]) end
  -- does the sentence of token i hold no verb with a tense (a headline)?
  local function verbless(i)
    local si, a = c_sents[i], i
    while c_sents[a - 1] == si do a = a - 1 end
    while c_sents[a] == si do
      if c_type[a] == "word" and c_flags[a] & 1 == 0 and tensed(a) then return false end
      a = a + 1
    end
    return true
  end
  -- is the date at i one since which a thing is (depuis, depuis le, since): a time gone, the last such
  -- on or before publication ("fermé depuis le 2 septembre")?
  local function since_at(i)
    local w = c_terms[i - 1]
    return w == "depuis" or w == "since" or ((w == "le" or w == "l'") and c_terms[i - 2] == "depuis")
  end
  local decided = {}                    -- token index -> the tense future_here found there ("past", "future")
  local function future_here(i)
    local si = c_sents[i]
    if since_at(i) then decided[i] = "past"; return nil end
    -- (what a thing leads to or is made for, before the date in its clause: fr.prospects, a participle between
    -- too, "ouvrant la voie à des élections anticipées le 23 février"; not a weekday, the week's news whose
    -- prospect may be past by publication: "met on Monday ahead of Tuesday's vote")
    local prospects = seq.index(fr.prospects)
    for x = i - 1, M.rules.weekdays[c_terms[i]] and i or math.max(1, i - fr.reach), -1 do
      if c_sents[x] ~= si or c_type[x] == "punct" then break end
      if prospects[c_terms[x]] and select(2, seq.longest(prospects, toks, x)) then decided[i] = "future"; return 1 end
    end
    -- a condition in the imperfect, what would come: "si des élections avaient lieu dimanche", "s'il
    -- pleuvait samedi"; or in the present (present_passives): "si la motion est adoptée mercredi"
    local to_come = false
    for x = i - 1, math.max(1, i - fr.condition_reach), -1 do
      if c_sents[x] ~= si or c_type[x] ~= "word" then break end
      local w = c_terms[x]
      -- (not a pluperfect, "si elle était morte mardi": what would have been)
      local aux = fr.past_auxiliaries[w] and c_type[x + 1] == "word" and toks[x + 1].lower:find(fr.participle_end)
        and not fr.have_nouns[c_terms[x + 1]]
      to_come = to_come or (c_flags[x] & 1 == 0 and not aux and (w:find("..aient$") or w:find("..ait$")) ~= nil)
        or (fr.present_passives[w] and c_terms[x - 1] ~= "se" and c_terms[x - 1] ~= "s'" and c_type[x + 1] == "word"
            and toks[x + 1].lower:find(fr.participle_end) ~= nil
            and not fr.motion_participles[c_terms[x + 1]] and not fr.have_nouns[c_terms[x + 1]])
        or ((w == "a" or w == "ont") and c_flags[x] & 16 ~= 0 and c_terms[x + 1] == "lieu")
      if w == "si" or (w == "s'" and (c_terms[x + 1] == "il" or c_terms[x + 1] == "ils")) then   -- (not se)
        if to_come then decided[i] = "future"; return 1 end
        break
      end
    end
    local open_b, open_a = true, true      -- (a side closes at a clause's end: "aura lieu en juin mais ont commencé")
    local comma_after, pending = false, nil
    -- a participle in -é right before the date (le, ce aside) tells a past, unless it schedules:
    -- "le démenti formulé le 16 juillet", "l'accord signé mardi"; not "prévue le 15"
    -- (a participle after être or a modal is a passive of their tense: "sera diffusé samedi", "doit
    -- être jugé le 12"; a noun in -é after its determiner or a preposition is none: "sa tournée
    -- vendredi", "aux députés fin septembre")
    local p = (c_terms[i - 1] == "le" or c_terms[i - 1] == "ce") and i - 2 or i - 1
    if c_sents[p] == si and c_type[p] == "word" and (c_flags[p] & 1 == 0 or c_sents[p - 1] ~= si)   -- (Invité
       and not fr.scheduled[c_terms[p]]                                                          -- mercredi)
       and toks[p].lower:find("é[e]?s?$") and not (c_type[p - 1] == "word" and an:is_stop(c_terms[p - 1]))
       and not tensed(p - 1) and not tensed(p - 2) then
      decided[i] = "past"
      return nil
    end
    for dist = 1, fr.reach do
      local before, after = i - dist, i + dist
      -- (not "puis" in a list of names: "battre Salzbourg puis Manchester City en janvier")
      open_b = open_b and not (fr.clause_marks[c_terms[before + 1]]
                               or (fr.clause_ends[c_terms[before + 1]] and before + 2 < i
                                   and not fr.date_links[c_terms[before + 2]]
                                   and not (c_type[before] == "word" and c_type[before + 2] == "word"
                                            and c_flags[before] & 1 ~= 0 and c_flags[before + 2] & 1 ~= 0)))
      open_a = open_a and not (fr.clause_ends[c_terms[after]] and not fr.date_links[c_terms[after + 1]])
        and c_terms[after] ~= "("                -- (an aside in brackets after the date: its own clause)
      local tb = open_b and c_sents[before] == si and tense_at(before)
      local ta = open_a and c_sents[after] == si and tense_at(after)
      if tb == "modal" or tb == "forecast" or tb == "conditional" then tb = "future" end
      -- (a conditional after the date is no future of it: "les attentats du 11 septembre et adoreraient")
      if ta == "forecast" or ta == "conditional" then ta = nil end
      -- a modal past a comma after the date: only when the date opens its sentence ("Vendredi,
      -- X devrait annoncer"; not "annoncée mercredi, et qui pourrait", "ce lundi, X pourrait")
      if ta == "modal" then
        ta = "future"
        for x = i + 1, after - 1 do
          if c_terms[x] == "," then
            if c_sents[i - 4] == si then ta = nil end
            break
          end
        end
      end
      -- (a tense past a comma after the date yields to one before it: "il sera présent samedi, a
      -- annoncé le parti": the date is the clause's before the comma; taken when none is before, but
      -- a verb of saying's right after the comma or a quote, its subject after it, whose time is the
      -- saying's: '"... through Saturday," said Kate Miller', "samedi, a annoncé le parti"; not "Le 25
      -- mars, il révélera si")
      if ta and comma_after then
        local says = saying_verbs()
        local v = fr.past[c_terms[after]] and c_terms[after + 1] or c_terms[after]
        if says[v] and c_type[after - 1] == "punct" then ta = nil end
        pending, ta = pending or ta, nil
      end
      if c_terms[after] == "," then comma_after = true end
      if tb == "past" or ta == "past" then decided[i] = "past"; return nil end
      if tb == "future" or ta == "future" then decided[i] = "future"; return 1 end
      if c_sents[before] ~= si and c_sents[after] ~= si then break end
    end
    -- (a forecast, a modal or a future further back, no tense and no comma between: "La SNCF prévoit en
    -- moyenne un TGV sur deux et trois TER sur cinq jeudi", "a further 40mm could fall on already saturated
    -- ground in parts of Wales and the north of England before Tuesday")
    -- (a weekday's: a month or a quarter a forecast speaks of may be this one, "expects a loss of $5 billion
    -- in the third quarter")
    if open_b and M.rules.weekdays[c_terms[i]] then
      for k = i - 1, i - fr.forecast_reach, -1 do
        if c_sents[k] ~= si or c_type[k] == "punct" or fr.clause_ends[c_terms[k]] then break end
        local tk = k < i - fr.reach and tense_at(k)
        if tk == "forecast" or tk == "modal" or tk == "future" then decided[i] = "future"; return 1 end
        if tk then break end
      end
    end
    if pending then decided[i] = pending end
    return pending == "future" and 1 or nil
  end
  -- is the date at i in the future? Its clause's tense; with none, that of a date before it in its
  -- sentence, no colon or semicolon between: "va attendre les prévisions le 22 février pour réajuster
  -- son programme à la mi-mars" (both the next ones); not past a verb of saying, whose time is the
  -- date's ("va lancer fin septembre un parti, a-t-il dit lundi", "rappelle X sur RMC ce jeudi")
  local function future(i)
    local f = future_here(i)
    if decided[i] then return f end
    local says = saying_verbs()
    for k = i - 1, 1, -1 do
      if c_sents[k] ~= c_sents[i] or fr.clause_marks[c_terms[k]] then break end
      if decided[k] then return decided[k] == "future" and 1 or nil end
      if says[c_terms[k]] and c_flags[k] & 1 == 0 then break end
    end
    return nil
  end
  -- does the sentence of token i hold a past anywhere: a past tense, or a participle after ayant, avoir,
  -- est, sont ("ayant gagné dès dimanche", "est revenu sur le déploiement, dès samedi")?
  -- (but the verbs of except, the past tense's participle after an auxiliary)
  local function past_in_sentence(i, except)
    local si, a = c_sents[i], i
    while c_sents[a - 1] == si do a = a - 1 end
    while c_sents[a] == si do
      local w, nx = c_terms[a], toks[a + 1]
      local excepted = except and (except[w] or (fr.past[w] and nx and except[c_terms[a + 1]]))
      if c_type[a] == "word" and not excepted and (tense_at(a) == "past"
         or ((w == "ayant" or w == "avoir" or fr.be[w]) and nx and c_sents[a + 1] == si and c_type[a + 1] == "word"
             and c_flags[a + 1] & 1 == 0 and nx.lower:find(fr.participle_end)
             and not fr.scheduled[c_terms[a + 1]])) then
        return true
      end
      a = a + 1
    end
    return false
  end
  -- is token i led, in its sentence, by a word of map (folded word -> true, or the word that must come
  -- before it: "à partir de", "jusqu'à")? (the article des is no dès)
  local function led_by(map, i)
    local pre, p2 = toks[i - 1], toks[i - 2]
    local w = pre and pre.sentence == toks[i].sentence and map[pre.term]
    if not w then return false end
    if w == true then return pre.term ~= "des" or pre.lower == "dès" end
    return p2 ~= nil and p2.term == w
  end
  -- is the date at i to come? future(i), or a deadline in a clause no past tense decides: after
  -- until, by, jusqu'à, jusqu'au ("extends funding until Jan. 19", "interrompu jusqu'à vendredi")
  -- was the thing in the clause of the date at i moved to it (rules.moved_leads, future.moved)?
  local function moved_to(i)
    local si = c_sents[i]
    if not (c_sents[i - 1] == si and M.rules.moved_leads[c_terms[i - 1]]) then return false end
    for k = i - 2, math.max(1, i - 1 - fr.moved_reach), -1 do
      if c_sents[k] ~= si or c_type[k] == "punct" then return false end
      if fr.moved[c_terms[k]] and c_flags[k] & 1 == 0 then return true end
    end
    return false
  end
  -- is the date at i the day a decision names, right after its verb (future.decisions) and before a day's
  -- noun (rules.day_nouns): "a décrété jeudi jour de deuil", "declared Thursday a day of mourning"?
  local function named_day(i)
    local v, n = i - 1, i + 1
    if c_terms[v] == "le" then v = v - 1 end
    if c_terms[n] == "a" or c_terms[n] == "une" or c_terms[n] == "un" then n = n + 1 end
    return c_sents[v] == c_sents[i] and c_sents[n] == c_sents[i] and fr.decisions[c_terms[v]] ~= nil
      and c_flags[v] & 1 == 0 and M.rules.day_nouns[c_terms[n]] ~= nil
  end
  local function ahead_of(i)
    if future(i) or moved_to(i) or named_day(i) then return 1 end
    local pre, p2 = toks[i - 1], toks[i - 2]
    -- (so does a start, dès, à partir de, from, in a sentence with no past but a decision's, whose effect
    -- is to come: "son entraîneur l'attend dès mercredi", "declared three days of mourning from Thursday")
    local start = led_by(M.rules.from_day, i) and not past_in_sentence(i, fr.decisions)
    local deadline = pre and pre.sentence == toks[i].sentence
      and (M.rules.until_words[pre.term] or ((pre.term == "a" or pre.term == "au") and p2 and p2.term == "jusqu'")
           or ahead_of_here(toks, i))                             -- (d'ici le 15 décembre, d'ici au 21)
    if start or deadline and decided[i] ~= "past" then return 1 end
    -- (the day a thing is for, whatever the tense of its clause: "se sont déclarés grévistes pour la journée
    -- de jeudi", "convoquer un bureau politique pour mardi")
    local x = i - 1
    if c_terms[x] == "de" or c_terms[x] == "du" then
      x = fr.day_spans[c_terms[x - 1] or ""] and (c_terms[x - 2] == "la" or c_terms[x - 2] == "le") and x - 3 or i
    end
    -- (not a title's word in capitals: "un sondage Ifop pour Dimanche Ouest France")
    if c_terms[x] == "pour" and c_sents[x] == toks[i].sentence and c_flags[i] & 1 == 0 then return 1 end
    return nil
  end
  -- Where a rule below can start: a number, ordinal or written date; a month,
  -- weekday or part (debut, fin, mi-); an interval word a day number follows
  -- within three tokens; the first word of a relative date near its anchor.
  -- Every other token is passed over at once.
  local starts = { M.rules.parts, M.rules.months, M.rules.weekdays, M.rules.period_ordinals, M.rules.seasons,
                  M.rules.feasts, M.rules.movable_feasts, M.rules.periods, M.rules.counted_months }
  local rel_anchors, rel_len = seq.anchors(relative)
  local dp_anchors = seq.anchors(day_parts)
  local recent_anchors = seq.anchors(recent)
  local offset_starts = seq.firsts(M.rules.offsets.before, function(row) return row[1] end)
  local numeric = { number = true, ordinal = true, date = true }
  local out = {}
  local lone_months = {}                         -- (the token of a month taken alone -> true)
  -- the zone of a date at bytes [s, e] (1-based): by the start of its line and the line itself
  local newlines                                 -- the positions of the text's line feeds, when first needed
  -- is there a head of a related-article list in the 600 bytes before s?
  local function related_before(s)
    local before = core.fold(text:sub(math.max(1, s - 600), s - 1), "accents")
    for _, h in ipairs(seq.derived(clean.rules.related_heads, make_related)) do
      if before:find(h, 1, true) then return true end
    end
    return false
  end
  local function zone_of(s, e)
    if not newlines then
      newlines = {}
      local p = text:find("\n", 1, true)
      while p do
        newlines[#newlines + 1] = p
        p = text:find("\n", p + 1, true)
      end
    end
    -- the last line feed before s (a binary search), and the first at or after e
    local lo, hi = 1, #newlines
    while lo <= hi do
      local mid = (lo + hi) // 2
      if newlines[mid] < s then lo = mid + 1 else hi = mid - 1 end
    end
    local nl = newlines[lo - 1]
    local ls = math.max(nl and nl + 1 or 1, s - 400)   -- the line start, or 400 bytes back at most
    local k = lo
    while newlines[k] and newlines[k] < e do k = k + 1 end
    local le = newlines[k] and newlines[k] - 1 or #text
    if le - ls > 400 then ls = math.max(ls, s - 120) end        -- a long line: the words before only
    local raw_lead = text:sub(ls, s - 1)
    -- (the leads are short and anchored, or end the lead: its last 60 bytes, folded, are enough)
    local long = #raw_lead > 60
    local lead = core.fold(long and raw_lead:sub(utf8.offset(raw_lead, 0, #raw_lead - 59)) or raw_lead, "accents")
    local furniture = seq.matches(long and zone_pats.leads.tail or M.rules.zones.leads, lead)
    for _, pat in ipairs(M.rules.zones.name_leads) do
      local name = not furniture and raw_lead:match(pat)
      if name and clean.as_name(name) then furniture = true end
    end
    -- a signature before the date on its line, or alone on the line before a date that opens its own
    local sig = raw_lead
    if not raw_lead:find("[^%s%[%(]") and ls > 2 then        -- (a date in a link: "[15/02/2024](#)")
      local pl = text:sub(math.max(1, ls - 120), ls - 2)
      sig = (pl:match("\n([^\n]*)$") or pl) .. " "
    end
    -- (the signatures end the lead, three words at most after Par or By: its last 100 bytes are
    -- enough for them, and the patterns anchored at its start need a short lead)
    if not furniture then
      local tail = #sig > 100 and sig:sub(-100) or sig
      furniture = seq.matches(#sig > 100 and zone_pats.signature_leads.tail or M.rules.zones.signature_leads, tail)
    end
    if not furniture and le - ls <= 200 then furniture = clean.is_stamp(text:sub(ls, le)) end
    -- (a date alone on its line, in a link or not, is an entry's under a related head: "Lire aussi /
    -- Espagne : le roi chahuté / [03/11/2024](#)")
    if not furniture and not raw_lead:find("[^%s%[%(]") and related_before(s)
       and (text:sub(e + 1, le):find("^%s*$") or text:sub(e + 1, le):find("^%]%b()%s*$")) then
      return "related"
    end
    if not furniture then
      -- the date of a dateline opening its line ("Séoul, 23 décembre 2024 (AFP) - ..."): the byline's
      local head = text:sub(ls, math.min(le, ls + 199))
      -- (every form has its agency in brackets before a dash or colon: most lines have none, and
      -- the forms' lazy groups are slow to fail on a long line)
      local forms = head:find("%)%s*[%-–—:]") and clean.rules.datelines_forms or {}
      for _, form in ipairs(forms) do
        local place, date = head:match(form)
        if place and #place <= 40 and type(date) == "string" and date ~= "" then
          local ds = head:find(date, 1, true)
          if ds and s >= ls + ds - 1 and e <= ls + ds - 2 + #date then return "byline" end
          break
        end
      end
      if s <= M.rules.zones.header_bytes and stamp_line(lead, text:sub(s, e), text:sub(e + 1, le)) then
        return "byline"
      end
      -- (or a line the cleaner takes for the header's date: "Par Léa Martin | Publié le 04/12/2024 à
      -- 17:05", "October 11, 2024 at 7:15 a.m. EDT")
      if s <= M.rules.zones.header_bytes and clean.header_line(text:sub(ls, le)) == "date" then return "byline" end
      return "text"
    end
    if s > M.rules.zones.header_bytes then return "related" end
    return related_before(s) and "related" or "byline"
  end
  -- is the year-like number at i a year by what stands around it (rules.bare_years)? Not when
  -- a word before makes it a count or an identifier, nor in a range or list with a number that
  -- is no year ("de 2000 à 3000", "entre 1500 et 2000"), nor glued to another number (2016-555)
  local function bare_year(i, counts)
    local t, p, n = toks[i], toks[i - 1], toks[i + 1]
    local function number_no_year(k)
      local w = toks[k]
      return w and w.sentence == t.sentence and (w.type == "number" or w.type == "percent") and not year_at(w)
    end
    if p and p.sentence == t.sentence then
      local pp = toks[i - 2]
      pp = pp and pp.sentence == t.sentence and pp or nil
      if M.rules.not_year_before[p.term] or p.lower == "des" or p.type == "number" or p.type == "symbol" then
        return false                                                 -- (des 2000 candidats; dès 2006)
      end
      if (p.term == "de" or p.term == "d'") and pp
         and (M.rules.not_year_de[pp.term] or (M.rules.money_de[pp.term] and t.value % 100 == 0)) then
        return false
      end
      local signs = require("lunette.extract.figures").rules.number_signs     -- (figures requires this module)
      if (signs[p.term] and not M.rules.year_signs[p.term]) or (p.word == "." and pp and signs[pp.term]) then
        return false
      end
      if number_no_year(i - 2) then return false end               -- 1000 à 2000, 200 sur 1964, 3-2000
      -- the end of a span glued to its start (l'hiver 2015-2016): the span's, not a year alone
      if p.type == "punct" and p.stop + 1 == t.start and pp and pp.stop + 1 == p.start and year_at(pp) then
        return false
      end
      -- a round number after a name is part of it: Optic 2000, Natura 2000, Tignes 2100
      if t.value % 100 == 0 and p.type == "word" and p.flags & 1 ~= 0 and not an:is_stop(p.term) then
        return false
      end
    end
    -- a people counted: "un échantillon de 2000 Français" (not a first name: "en 1998 Jacques Chirac")
    if n and n.sentence == t.sentence and n.type == "word" and n.flags & 3 == 1 and n.term:find("..[sx]$")
       and not an:is_stop(n.term) and not require("lunette.extract.sources").first_name(n.term) then
      return false
    end
    local glued = n and n.type == "punct" and n.start == t.stop + 1 and toks[i + 2] and toks[i + 2].start == n.stop + 1
    if n and n.sentence == t.sentence and (glued or M.rules.year_joins[n.term])
       and (number_no_year(i + 2) or (year_at(toks[i + 2]) and counts(i + 3))) then
      return false                                                   -- 2000 à 3000, 2016-555, 1900 et 2000 euros
    end
    return true
  end
  local told = {}                  -- records of days told from another (la veille, le lendemain)
  -- dates set against another, a word of M.rules.compared_dates before them, en, le, in or the between
  -- ("qu'en 2023", "contre 1,66 en 2010", "depuis 1946", "since 2019"): record -> true
  local compared = {}
  local function compared_at(a)
    for p = a - 1, math.max(1, a - 2), -1 do
      if c_sents[p] ~= c_sents[a] then return false end
      if M.rules.compared_dates[c_terms[p]] and c_flags[p] & 1 == 0 then
        if not M.rules.compared_after[c_terms[p]] then return true end
        for x = p - 1, math.max(1, p - M.rules.compared_reach), -1 do
          if c_sents[x] ~= c_sents[a] then return false end
          if M.rules.comparatives[c_terms[x]] then return true end
        end
        return false
      end
      if not M.rules.compared_links[c_terms[p]] then return false end
    end
    return false
  end
  local offset_told = {}           -- those of an offset from another ("un an plus tôt") -> the token after them
  -- the ISO date n units from the one that s opens (see told_offset), or nil
  local function offset_from(s, unit, n)
    local y, m, d = s:match("^(%d%d%d%d)%-?(%d?%d?)%-?(%d?%d?)")
    local ay, am, ad = tonumber(y), tonumber(m), tonumber(d)
    if not ay then return nil end
    if unit == "day" or unit == "week" then
      return ad and shift(ay, am, ad, "day", n * (unit == "week" and 7 or 1)) or nil
    elseif unit == "month" then
      return am and shift(ay, am, 1, "month", n) or nil
    end
    return am and iso(ay + n, am) or iso(ay + n)
  end
  -- a year told from the publication's after a month (and its day), past of or de: "September last
  -- year", "in March this year", "en septembre de l'année dernière", "juin de l'an prochain": how many
  -- years from the publication's, the index of its last word; or nil
  -- what read(o) finds first in the dates written last (related lists aside), back to the sentence
  -- before sent, or to the text's start when far
  -- (a date set against the story's, "qu'en 2023", "contre 2,03 en 2010", "depuis 1946", is none, and a
  -- sentence that has only such dates is passed over: "le plus faible depuis 1946. ... l'année précédente")
  local function written_last(sent, far, read)
    local lo = sent - 1
    for k = #out, 1, -1 do
      local o = out[k]
      if o.sentence < lo and not far then break end
      if compared[o] then
        if o.sentence == lo then lo = lo - 1 end
      elseif o.zone ~= "related" then
        local a, b = read(o)
        if a then return a, b end
      end
    end
    return nil
  end
  -- the date n units from the last one written in sentence si or the one before (its start; not one
  -- itself told so, nor a related article's, nor one set against the story's: written_last), at the unit's
  -- precision and the written one's (a day for days and weeks, a month for months, a year, with its month when
  -- written, for years); an interval written, both its ends ("de novembre 2023 à octobre 2024 ... qu'un an
  -- auparavant": 2022-11/2023-10); or nil ("le plus élevé depuis 2013 ... contre 24 167 un an plus tôt": from
  -- the year before)
  local function told_offset(unit, n, si)
    local found = written_last(si, false, function(o)
      -- (a date written, not one resolved from the publication: "lundi", "cette année")
      local r = not told[o] and o.value and o.resolved
      if not r then return nil end
      -- (as resolved when written with no year: "au deuxième trimestre, contre 762 millions un an plus tôt")
      local ends = "^(%d%d%d%d[%d%-]*)/(%d%d%d%d[%d%-]*)$"           -- (an interval's two dated ends)
      local a, b = o.value:match(ends)
      if not a and o.value:find("/", 1, true) then a, b = r:match(ends) end
      if a then
        local sa, sb = offset_from(a, unit, n), offset_from(b, unit, n)
        return { sa and sb and sa .. "/" .. sb or nil }
      end
      return { offset_from(r, unit, n) }
    end)
    return found and found[1]
  end
  local function year_written(o)        -- (a year written: "2024", "2024-11-12"; an interval's last)
    local y = (o.value or ""):match("^(%d%d%d%d)[^/]*$") or (o.value or ""):match("/(%d%d%d%d)")
    return y and tonumber(y)
  end
  local function month_resolved(o)
    local y, m = (o.resolved or ""):match("(%d%d%d%d)%-(%d%d)[^/]*$")
    if y then return tonumber(y), tonumber(m) end
  end
  -- the year written last in sentence sent or the one before, else the publication's: what "l'année
  -- précédente" is told from; "l'année suivante" (after: true) looks further back, a story's year, and is
  -- none with none (never the year after the publication's)
  local function context_year(sent, after)
    return written_last(sent, after, year_written) or (not after and py or nil)
  end
  -- the year and month of the date written last in sentence sent or the one before (resolved), else
  -- the publication's; with after (a month after it), none
  local function context_month(sent, after)
    local y, m = written_last(sent, false, month_resolved)
    if y then return y, m end
    if not after then return py, pm end
    return nil
  end
  local function year_after(k, sent)
    if c_terms[k] == "of" or c_terms[k] == "de" then k = k + 1 end
    local row, e = seq.longest(relative, toks, k)
    if row and row[2] == "year" and c_sents[e - 1] == sent then return row[3], e - 1 end
    local cy = row and row[2] == "told_year" and c_sents[e - 1] == sent and py and context_year(sent, row[3] > 0)
    if cy then return cy + row[3] - py, e - 1 end                                  -- (de l'année précédente)
    return nil
  end
  local function add(a, b, value, resolved)
    out[#out + 1] = { start = toks[a].start - 1, ["end"] = toks[b].stop, text = text:sub(toks[a].start, toks[b].stop),
                      value = value, resolved = resolved or (value and value:match("^%d%d%d%d") and value) or nil,
                      zone = zone_of(toks[a].start, toks[b].stop), sentence = toks[a].sentence }
    if compared_at(a) then compared[out[#out]] = true end
  end
  -- the year that a day and month of the text got from what was written with them (a year, dernier,
  -- prochain, a weekday): the same day told again later is that one ("Le 28 janvier dernier, des
  -- missiles ... Après l'attaque du 28 janvier, ..."); by month * 100 + day
  local told_year = {}
  local told_weekday = {}               -- a weekday's term -> { resolved =, sentence = } of its last bare one
  local function tell_year(m, d, y)
    if y and out[#out].zone == "text" then told_year[m * 100 + d] = y end
  end
  -- a day and month written from token first to last, the year at yk when there is
  -- one, else resolved from the publication date (dir: prochain 1, dernier -1, the
  -- token after last); returns the index after the date
  local function add_day(first, last, yk, m, d, dir, wd)
    local y = year_at(toks[yk])
    if y then add(first, yk, iso(y, m, d)); tell_year(m, d, y); return yk + 1 end
    -- (a year told from the publication's: "le 3 mars de l'année dernière", "on March 3 this year")
    local dy, ye = year_after(yk, toks[first].sentence)
    if dy then
      add(first, ye, ("--%02d-%02d"):format(m, d), py and iso(py + dy, m, d))
      return ye + 1
    end
    -- (the year an editor put in brackets: "le 16 septembre [2017]", "le 3 mars (2016)")
    local ob, by, cb = toks[yk], toks[yk + 1], toks[yk + 2]
    y = ob and (ob.word == "[" or ob.word == "(") and ob.start == toks[yk - 1].stop + 2 and year_at(by)
    if y and cb and (cb.word == "]" or cb.word == ")") then
      add(first, yk + 2, iso(y, m, d))
      tell_year(m, d, y)
      return yk + 3
    end
    -- "les 19 avril et 1er mai 2018": the year written for the next date of a list
    local j, ly = toks[yk], nil
    if j and (j.term == "et" or j.term == "ou") and day_at(toks[yk + 1]) and month_at(toks[yk + 2]) then
      ly = year_at(toks[yk + 3])
    end
    -- (or the year of a day written whole before it in the same sentence: "le 16 septembre 2017 ...,
    -- puis le 3 octobre"; past the year's end, the next: "le 20 décembre 2016 ... le 3 janvier")
    -- (with a weekday, the year near it that makes that day the weekday: "diffusé le 23 octobre 2012
    -- (rediffusion jeudi 22 novembre)": 2012)
    local wy
    if not ly and not dir then
      local prev = out[#out]
      local pv = prev and prev.sentence == toks[first].sentence and prev.zone == "text" and prev.value
        and prev.value:match("^(%d%d%d%d)%-%d%d%-%d%d$")
      if pv then
        local py0, pm0, pd0 = parse_iso(prev.value)
        local y0 = to_days(py0, m, math.min(d, days_in(py0, m))) >= to_days(py0, pm0, pd0) and py0 or py0 + 1
        if wd then wy = y0 else ly = y0 end
      end
    end
    if ly and not dir then
      add(first, last, ("--%02d-%02d"):format(m, d), iso(ly, m, d))
      return last + 1
    end
    -- (no direction written: a sentence in the future says "the next", the day of publication counts: le 15
    -- mars, il sera là)
    local ry = not dir and not wd and told_year[m * 100 + d]
      or year_for(m, d, py, pm, pd, dir or (not wd and not ly and (ahead_of(first) and 0
                                                                  or since_at(first) and "past")) or nil)
    -- "jeudi 19 janvier": of the years around, the one where that day is a Thursday
    if ry and wd and not dir then ry = year_of_weekday(wy or ry, m, d, wd) end
    if dir then last = last + 1 end
    add(first, last, ("--%02d-%02d"):format(m, d), ry and iso(ry, m, d))
    if dir or wd then tell_year(m, d, ry) end
    return last + 1
  end
  -- English "Aug. 8", "August 8" at k: month, day, the index after them
  local function month_day(k)
    local mo = month_at(toks[k])
    if not mo then return nil end
    local p = toks[k + 1]
    if p and p.word == "." and M.rules.month_abbrevs[toks[k].term] and p.start == toks[k].stop + 1 then
      k = k + 1
    end
    local dd = day_at(toks[k + 1])
    return mo, dd, dd and k + 2
  end
  -- the year at token k, or after a comma there ("Oct. 20-23, 2024"): the year and its index, or nil
  local function written_year(k)
    if toks[k] and toks[k].word == "," then k = k + 1 end
    local y = year_at(toks[k])
    if y then return y, k end
  end
  -- value and resolved of the days d1 of m1 to d2 of m2, in year y when written
  -- (else the year the publication date gives, when there is one); y is the end's,
  -- y1 the start's when written (else the same, or the year before when m1 > m2)
  -- (at: where the interval is written; a clause about what is to come takes the next one:
  -- "le salon se tiendra du 12 au 15 mars")
  local function days_between(y, m1, d1, m2, d2, y1, at, wd)
    local back = m1 > m2 and 1 or 0
    y = y or (y1 and y1 + back)
    if y then return iso(y1 or y - back, m1, d1) .. "/" .. iso(y, m2, d2) end
    -- (a span from one day to another, "du 14 décembre au 15 février", is to come in a sentence whose only past is
    -- a decision's, as a start is: "a annoncé une suspension de la taxe du 14 décembre au 15 février")
    local ahead = at and py and (future(at) or (toks[at].term == "du" and not past_in_sentence(at, fr.decisions)
                                               and past_in_sentence(at) and 1))
    local ry = year_for(m2, d2, py, pm, pd, ahead or nil)
    -- (the first day's weekday: the year near that makes it so, "du vendredi 24 au 26 mars")
    if ry and wd then ry = year_of_weekday(ry - back, m1, d1, wd) + back end
    return ("--%02d-%02d/--%02d-%02d"):format(m1, d1, m2, d2),
      ry and (iso(ry - back, m1, d1) .. "/" .. iso(ry, m2, d2))
  end
  -- the months from m1 to m2 written from token a to last, the first's year yw, the second's y2 (or none)
  local function months_between(a, last, m1, m2, yw, y2)
    if y2 then
      local y1 = yw or (m2 < m1 and y2 - 1 or y2)
      add(a, last, iso(y1, m1) .. "/" .. iso(y2, m2))
    else
      -- (the next such months in a clause of the future: "un film va sortir en septembre-octobre")
      local fut = future(a) and 0 or nil
      local ry = py and year_for(m2, days_in(py, m2), py, pm, pd, fut)
      add(a, last, ("--%02d/--%02d"):format(m1, m2), ry and (iso(m2 < m1 and ry - 1 or ry, m1) .. "/" .. iso(ry, m2)))
    end
  end
  local cands = seq.candidates(toks, doc,
    -- (a word with digits: the 1990s)
    { terms = starts, prefixes = { "mi-", "mid-", "18", "19", "20" }, types = numeric },
    { terms = M.rules.interval_open,                 -- entre le 8, between Aug. 8: up to 3 before
      near = { types = { number = true, ordinal = true } }, back = 3 },
    { terms = relative, near = { terms = rel_anchors }, back = rel_len - 1 },
    { terms = day_parts, near = { terms = dp_anchors }, back = 1 },
    { terms = recent, near = { terms = recent_anchors }, back = 2 },
    { terms = offset_starts, near = { types = { number = true }, terms = { numbers.words, M.rules.offsets.vague } },
      back = 6 },                                    -- (il y a | près d' | un an)
    { terms = { numbers.words, { a = true, an = true }, M.rules.offsets.vague },
      near = { terms = M.rules.offsets.units }, back = 4 },                      -- (two or three days ago)
    { hyphen = true, near = { types = { number = true } }, back = 1 },    -- (mi-juin 2017)
    { hyphen = { M.rules.months } })                                      -- avril-mai (2017)
  local i, ci = 1, 1
  while true do
    ci, i = seq.next_start(cands, ci, i)   -- other tokens: no rule starts there
    if not i then break end
    local t = toks[i]
    local d, m, y
    -- written dates: 27/01/2025, 2024-11-22
    if t.type == "date" then
      local v = math.tointeger(t.value)
      add(i, i, iso(v // 10000, v // 100 % 100, v % 100))
      i = i + 1
      goto continue
    end
    -- intervals: entre le 8 et le 13 août (2025), du 3 au 5 mars
    if M.rules.interval_open[t.term] then
      local k = i + 1
      if toks[k] and (toks[k].term == "le" or toks[k].term == "les") then k = k + 1 end
      local wd1 = toks[k] and M.rules.weekdays[toks[k].term]
      if toks[k] and (wd1 or M.rules.weekdays[toks[k].term:gsub("s$", "")]) then
        k = k + 1                                           -- du vendredi 24 au 26 mars, les dimanches 20 et 27
      end
      local d1 = day_at(toks[k])
      local m1 = d1 and month_at(toks[k + 1])              -- du 15 décembre (2024) au 5 janvier
      if m1 then k = k + 1 end
      local y1 = m1 and year_at(toks[k + 1])
      if y1 then k = k + 1 end
      local sep = toks[k + 1]
      -- (du 17 juillet jusqu'au 21 août: as "au")
      local until_ = sep and sep.term == "jusqu'" and t.term == "du" and toks[k + 2] and toks[k + 2].lower == "au"
      if until_ then sep = toks[k + 2] end
      -- (two dates in two months after "les": a list, "les 19 avril et 1er mai", no span)
      local list = m1 and sep and sep.term == "et" and t.term ~= "entre"
      if d1 and sep and not list
         and (sep.term == "et" or sep.lower == "au" or sep.term == "and" or sep.term == "to") then
        local k2 = k + 2 + (until_ and 1 or 0)
        if toks[k2] and toks[k2].term == "le" then k2 = k2 + 1 end
        if toks[k2] and M.rules.weekdays[toks[k2].term] then k2 = k2 + 1 end
        local d2, m2 = day_at(toks[k2]), month_at(toks[k2 + 1])
        -- "les dimanches 20 et 27 novembre": two days apart, listed: two dates (the first
        -- takes the month and year of the second); "les 17 et 18 juin" is a span
        if d2 and m2 and not m1 and sep.term == "et" and not M.rules.span_and[t.term] and d2 > d1 + 1 then
          local y2 = year_at(toks[k2 + 2])
          if y2 then add(k, k, iso(y2, m2, d1))
          else                                    -- "les 20 et 27 novembre prochains": both ahead
            local ry = year_for(m2, d1, py, pm, pd, direction_at(toks, k2 + 2, t.sentence))
            add(k, k, ("--%02d-%02d"):format(m2, d1), ry and iso(ry, m2, d1))
          end
          i = k + 1
          goto continue
        end
        if d2 and m2 then
          local y2 = year_at(toks[k2 + 2])
          local last = y2 and k2 + 2 or k2 + 1
          add(i, last, days_between(y2, m1 or m2, d1, m2, d2, y1, i, wd1))
          i = last + 1
          goto continue
        end
      end
    end
    -- les 24-25 avril: two days and a dash
    do
      local dash, d1, d2 = toks[i + 1], day_at(t), day_at(toks[i + 2])
      local m2 = d1 and d2 and d2 > d1 and month_at(toks[i + 3])
      if m2 and (dash.word == "-" or dash.word == "–") and dash.start == t.stop + 1
         and toks[i + 2].start == dash.stop + 1 then
        local y2 = year_at(toks[i + 4])
        local last = y2 and i + 4 or i + 3
        add(i, last, days_between(y2, m2, d1, m2, d2, nil, i))
        i = last + 1
        goto continue
      end
    end
    -- English: October 20-23 (, 2024), Oct. 20 – 23: a month, two days and a dash
    if opts.lang == "en" then
      local m1, d1, k = month_day(i)
      local dash = d1 and toks[k]
      local d2 = dash and (dash.word == "-" or dash.word == "–") and day_at(toks[k + 1])
      if d2 and d2 > d1 then
        local y2, yk = written_year(k + 2)
        local last = yk or k + 1
        add(i, last, days_between(y2, m1, d1, m1, d2, nil, i))
        i = last + 1
        goto continue
      end
    end
    -- English: between Aug. 8 and Aug. 13 (, 2024), from March 3 to 5
    if M.rules.interval_open[t.term] and opts.lang == "en" then
      local m1, d1, k = month_day(i + 1)
      local sep = d1 and toks[k]
      if sep and (sep.term == "and" or sep.term == "to") then
        local m2, d2, k2 = month_day(k + 1)
        if not m2 and day_at(toks[k + 1]) then m2, d2, k2 = m1, day_at(toks[k + 1]), k + 2 end
        if d2 then
          local y2, yk = written_year(k2)
          local last = yk or k2 - 1
          add(i, last, days_between(y2, m1, d1, m2, d2, nil, i))
          i = last + 1
          goto continue
        end
      end
    end
    -- les six premiers mois de l'année, the first nine months of 2024: months 1 to n (or the last n)
    do
      local side = M.rules.counted_months[t.term]
      local en = an.lang == "en"
      -- (the count: after first, before premiers, one number or up to three number words: "vingt et un")
      local n, mk, first
      if side and en then
        n, mk = count_at(toks, i + 1)
        first = i
      elseif side and toks[i - 1] and toks[i - 1].sentence == t.sentence then
        first = i - 1
        while first > i - 3 and toks[first - 1] and toks[first - 1].type == "word"
              and numbers.words[toks[first - 1].term] do
          first = first - 1
        end
        local e
        n, e = count_at(toks, first)
        mk = e == i and i + 1 or nil
      end
      if mk and n >= 1 and n <= 12 and toks[mk] and M.rules.month_nouns[toks[mk].term] then
        local k, yy, last = mk + 1, nil, mk
        local function term_at(x) return toks[x] and toks[x].term end
        if (term_at(k) == "de" or term_at(k) == "of") and year_at(toks[k + 1]) then
          yy, last = year_at(toks[k + 1]), k + 1
        elseif term_at(k) == "de" and term_at(k + 1) == "l'"
               and (term_at(k + 2) == "annee" or term_at(k + 2) == "an") then
          yy, last = py, k + 2
        elseif (term_at(k) == "of" and (term_at(k + 1) == "the" or term_at(k + 1) == "this")
                and term_at(k + 2) == "year") or (term_at(k) == "this" and term_at(k + 1) == "year") then
          yy, last = py, term_at(k) == "this" and k + 1 or k + 2
        end
        local this = term_at(k) == "this" or term_at(k + 1) == "this"
        local m1, m2 = 1, n
        if side < 0 then m1, m2 = 13 - n, 12 end
        -- (the first months of "the year" not yet over at publication, in a clause not to come: last year's,
        -- "ont chuté de 13 % sur les onze premiers mois de l'année" read on 2 January)
        if yy and yy == py and not year_at(toks[last]) and not this and side > 0 and m2 >= pm
           and not future(first) then
          yy = py - 1
        end
        if yy then                     -- (a year told: "les six premiers mois de sa vie" are no date)
          local written = year_at(toks[last])           -- (a number, not "de l'année")
          add(first, last, written and (iso(yy, m1) .. "/" .. iso(yy, m2)) or ("--%02d/--%02d"):format(m1, m2),
              iso(yy, m1, 1) .. "/" .. iso(yy, m2, days_in(yy, m2)))
          i = last + 1
          goto continue
        end
      end
    end
    -- au premier trimestre 2024, au 2e semestre: the months of that period
    do
      local q = t.type == "ordinal" and math.tointeger(t.value) or M.rules.period_ordinals[t.term]
      local span = toks[i + 1] and M.rules.periods[toks[i + 1].term]
      -- (ended with a month: the months up to it, "first quarter ended Aug. 31", "the quarter ended Sept. 30")
      -- (the period alone: "for the quarter ended Sept. 30")
      local pe = q and span and i + 2 or (M.rules.periods[t.term] and t.flags & 1 == 0 and i + 1)
      local ends_span = pe and (span or M.rules.periods[t.term])
      if pe and toks[pe] and M.rules.period_ends[toks[pe].term] and month_day(pe + 1) then
        local m2, d2, k = month_day(pe + 1)
        k = k or pe + (toks[pe + 2] and toks[pe + 2].word == "." and 3 or 2)
        local y2, yk = written_year(k)
        local last = yk or k - 1
        local ry = y2 or (py and year_for(m2, d2 or days_in(py, m2), py, pm, pd))
        local m1 = (m2 - ends_span) % 12 + 1
        local y1 = ry and (m1 > m2 and ry - 1 or ry)
        add(i, last, y2 and (iso(y1, m1) .. "/" .. iso(y2, m2)) or ("--%02d/--%02d"):format(m1, m2),
            ry and (iso(y1, m1, 1) .. "/" .. iso(ry, m2, d2 or days_in(ry, m2))))
        i = last + 1
        goto continue
      end
      span = q and span
      if span and q * span <= 12 then
        local k = i + 2
        if toks[k] and (toks[k].term == "de" or toks[k].term == "du" or toks[k].term == "of") then k = k + 1 end
        local yy = year_at(toks[k])
        if not yy and M.rules.periods_with_year[toks[i + 1].term] then goto no_period end
        -- (one's own, with no year: "au cours de mon premier trimestre" of a pregnancy, "son second
        -- semestre" of studies)
        if not yy and toks[i - 1] and M.rules.own_periods[toks[i - 1].term] then goto no_period end
        local m1, m2 = (q - 1) * span + 1, q * span
        local last = yy and k or i + 1
        -- (no year written: the last such period ended by publication, or ending within a month of
        -- it: "a progressé au premier semestre" written in January is last year's; in a clause about
        -- what is to come, the first one not ended yet: "devrait rebondir au second semestre")
        local ry = yy
        if not yy and py then
          local pub = to_days(py, pm, pd)
          if future(i) then ry = to_days(py, m2, days_in(py, m2)) < pub and py + 1 or py
          else ry = year_for(m2, days_in(py, m2), py, pm, pd) end
        end
        add(i, last, yy and (iso(yy, m1) .. "/" .. iso(yy, m2)) or ("--%02d/--%02d"):format(m1, m2),
            ry and (iso(ry, m1, 1) .. "/" .. iso(ry, m2, days_in(ry, m2))))
        i = last + 1
        goto continue
      end
      ::no_period::
    end
    -- (le) 22 novembre (2024), 1er décembre, (jeudi) 4 avril (prochain)
    do
      local opener = i
      if M.rules.weekdays[t.term] and t.type == "word" and day_at(toks[i + 1]) and month_at(toks[i + 2]) then
        i = i + 1                                   -- the weekday opens the date
        t = toks[i]
      end
      d = day_at(t)
      -- (in one sentence: not a time zone's "GMT+2" and the month of a dateline after a blank line)
      m = toks[i + 1] and toks[i + 1].sentence == t.sentence and month_at(toks[i + 1]) or nil
      local mk = i + 1
      -- "le 14-Juillet", "le 1er-Mai": a day and its capitalised month joined by a hyphen name the
      -- feast, that year's; one that names an event (named_days: le 11-Septembre) is that day
      if d and not m then
        local h, mm = toks[i + 1], toks[i + 2]
        if h and h.word == "-" and h.start == t.stop + 1 and mm and mm.start == h.stop + 1 and mm.flags & 1 ~= 0
           and not year_at(toks[i + 3]) then
          m, mk = month_at(mm), i + 2
          local ey = m and M.rules.named_days[("%d-%d"):format(d, m)]
          if ey then add(opener, mk, ("--%02d-%02d"):format(m, d), iso(ey, m, d)); i = mk + 1; goto continue end
        end
      end
      if d and m then
        local yk = mk + 1                           -- an abbreviation's period before the year: 3 fév. 2014
        local p = toks[yk]
        if p and p.word == "." and M.rules.month_abbrevs[toks[mk].term] and p.start == toks[mk].stop + 1
           and year_at(toks[yk + 1]) then yk = yk + 1 end
        -- (English: a comma before it, "15 Aug, 2024")
        if opts.lang == "en" and p and p.word == "," and year_at(toks[yk + 1]) then yk = yk + 1 end
        local nx = toks[mk + 1]
        i = add_day(opener, mk, yk, m, d, nx and nx.type == "word" and M.rules.direction[nx.term],
                    opener < i and M.rules.weekdays[toks[opener].term] or nil)
        goto continue
      end
    end
    -- English: (on) January 9(, 2025), Jan. 9, 2025; in another language's text, the full form
    -- only, a capitalised English month, its day, a comma and its year (an embedded tweet's "July 8, 2013")
    if opts.lang == "en" or (t.flags & 1 ~= 0 and M.rules.months_en[t.term] and day_at(toks[i + 1])
                             and toks[i + 2] and toks[i + 2].word == "," and year_at(toks[i + 3])) then
      m = month_at(t)
      local dk = i + 1
      local p = toks[dk]
      if m and p and p.word == "." and M.rules.month_abbrevs[t.term] and p.start == t.stop + 1 then dk = dk + 1 end
      d = m and toks[dk] and toks[dk].sentence == t.sentence and day_at(toks[dk])
      if d then
        local yk = dk + 1
        if toks[yk] and toks[yk].word == "," then yk = yk + 1 end
        i = add_day(i, dk, yk, m, d, nil)
        goto continue
      end
    end
    -- début / fin / mi + month or year
    do
      local mi = (t.term:sub(1, 3) == "mi-" and t.term:sub(4)) or (t.term:sub(1, 4) == "mid-" and t.term:sub(5))
        or nil                                                            -- mi-mars, mi-2024, mid-December
      local part = M.rules.parts[t.term] or (mi and M.rules.parts.mi)
      local of = not mi and toks[i + 1] and M.rules.part_of[toks[i + 1].term] and 1 or 0
      if part and of == 0 and M.rules.part_needs_of[t.term] then part = nil end
      local nx = mi and mi ~= "" and { term = mi, type = "word" } or toks[i + 1 + of]
      if part then
        local mo = month_at(nx)
        local yr = mi and mi:match("^%d%d%d%d$") and tonumber(mi) or year_at(nx)
        local last = mi and i or i + 1 + of
        if mo then
          local yy = year_at(toks[last + 1])
          if yy then last = last + 1 end
          local dy, ye                                                   -- (fin mars de l'année dernière)
          if not yy then dy, ye = year_after(last + 1, t.sentence) end
          if dy then last = ye end
          -- (in a clause about what is to come, the next: "sera examiné mi-décembre puis fin janvier")
          -- (dernier / prochain after it says which: "mi-novembre dernier"; else, in a clause about
          -- what is to come, the next, a part still under way counting: its last day)
          local dir = not yy and not dy and direction_at(toks, last + 1, t.sentence)
          if dir then last = last + 1 end
          local fut = not dir and (ahead_of_here(toks, i) and 1 or future(i))
          local ry = yy or (dy and py and py + dy)
            or (py and year_for(mo, (dir == -1 and part[4]) or (fut and math.min(part[4], 28)) or 1,
                                py, pm, pd, dir or fut))
          local value = yy and iso(yy, mo) or ("--%02d"):format(mo)
          add(i, last, value, ry and (iso(ry, mo, part[3]) .. "/" .. iso(ry, mo, math.min(part[4], days_in(ry, mo)))))
          i = last + 1
          goto continue
        elseif yr then
          add(i, last, iso(yr), iso(yr, part[1], 1) .. "/" .. iso(yr, part[2], days_in(yr, part[2])))
          i = last + 1
          goto continue
        end
      end
    end
    -- avril 2025; en novembre (the last such month, or this one)
    -- two months joined, a year after them or none: "le numéro d'avril-mai 2017", "la saison juin-septembre",
    -- "the June-September monsoon"
    do
      local m1, m2 = M.month_pair(t.term)
      if m1 and m1 ~= m2 then
        local y2 = year_at(toks[i + 1])
        months_between(i, y2 and i + 1 or i, m1, m2, nil, y2)
        i = (y2 and i + 1 or i) + 1
        goto continue
      end
    end
    m = month_at(t)
    if m then
      -- de janvier à avril (2024), entre mars et mai: the months between, the year
      -- written after the second or the one the publication gives it
      -- (entre avril 2016 et mars 2021: each with its year)
      local yw = year_at(toks[i + 1])
      local s0 = yw and i + 1 or i                -- the token before the separator
      local oi = i - 1                            -- (entre le mois de juin et septembre 2015)
      if toks[oi] and toks[oi].term == "de" and toks[oi - 1] and toks[oi - 1].term == "mois" and toks[oi - 2]
         and (toks[oi - 2].term == "le" or toks[oi - 2].term == "du") then
        oi = oi - 3
      end
      local op, sep2 = toks[oi], toks[s0 + 1]
      local opener = op and op.sentence == t.sentence and M.rules.month_range_open[op.term]
      local paired = opener and sep2 and ((opener == "to" and (sep2.word == "à" or sep2.term == "to"))
                                          or (opener == "and" and (sep2.term == "et" or sep2.term == "and")))
      -- (or a dash between them, no word before: "la saison juin-septembre", "avril – juin 2024", "the
      -- June-September monsoon")
      local dashed = not paired and sep2 and (sep2.word == "-" or sep2.word == "–") and sep2.sentence == t.sentence
      if dashed then oi = i end
      local m2 = (paired or dashed) and month_at(toks[s0 + 2])
      local y2 = m2 and year_at(toks[s0 + 3])
      if m2 and (m2 ~= m or (yw and y2 and y2 > yw)) and (not yw or (y2 and y2 >= yw)) then
        local last = y2 and s0 + 3 or s0 + 2
        months_between(oi, last, m, m2, yw, y2)
        i = last + 1
        goto continue
      end
      y = year_at(toks[i + 1])
      if y then add(i, i + 1, iso(y, m)); i = i + 2; goto continue end
      -- a month listed before others and a year has that year: "les attentats de janvier et de
      -- novembre 2015", "janvier, février et mars 2024" (one before a later month: the year before,
      -- "décembre et janvier 2024")
      do
        local k = i + 1
        while toks[k] and toks[k].sentence == t.sentence and k - i <= 12
              and (toks[k].term == "et" or toks[k].term == "ou" or toks[k].word == ",") do
          k = k + 1
          if toks[k] and (toks[k].term == "de" or toks[k].term == "d'" or toks[k].term == "en") then k = k + 1 end
          local mk = month_at(toks[k])
          if not mk or toks[k].sentence ~= t.sentence then break end
          local yk = year_at(toks[k + 1])
          if yk then
            add(i, i, iso(mk < m and yk - 1 or yk, m))
            i = i + 1
            goto continue
          end
          k = k + 1
        end
      end
      -- a year in two digits, past any day: "Mai 68", "juin 40" (19xx when past the publication's, else 20xx)
      local n2 = toks[i + 1]
      if n2 and n2.type == "number" and n2.word:match("^%d%d$") and n2.value > 31 and n2.sentence == t.sentence
         and t.flags & 1 ~= 0 then
        local yy = math.tointeger(n2.value)
        yy = yy + ((py and yy <= py % 100) and 2000 or 1900)
        add(i, i + 1, iso(yy, m))
        i = i + 2
        goto continue
      end
      -- en novembre, courant octobre, dès septembre, au mois de juillet; septembre
      -- prochain, juin dernier (the next, the last such month)
      local prev, nx = toks[i - 1], toks[i + 1]
      local adir = direction_at(toks, i + 1, t.sentence)       -- (written after: juin dernier)
      -- (English writes it before: "last September", "next March"; not after the: "the last May Day parade")
      local bdir = not adir and prev and prev.sentence == t.sentence and prev.type == "word"
        and not (toks[i - 2] and toks[i - 2].term == "the") and M.rules.direction_before[prev.term] or nil
      local dir = adir or bdir
      local mois_de = prev and (prev.term == "de" or prev.term == "d'") and toks[i - 2]
        and toks[i - 2].term == "mois"
      local word = prev and prev.sentence == t.sentence and M.rules.month_words[prev.term]
        and (prev.term ~= "des" or prev.lower == "dès")                   -- dès, not the article
        and (prev.term ~= "a" or (prev.lower == "à" and t.flags & 1 == 0))   -- à janvier; not the verb, nor à Mars
        or prev and prev.term == "to" and toks[i - 2] and M.rules.periods_to[toks[i - 2].term]
           and toks[i - 2].sentence == t.sentence
      -- "(janvier)" in a timeline, "la vague de mars", "les prévisions d'avril": lower case
      -- (not "un poisson d'avril"; "de janvier et novembre derniers", "les premiers jours de janvier
      -- et le cœur": the first month too)
      word = word or (prev and t.flags & 1 == 0 and prev.sentence == t.sentence
                      and ((prev.word == "(" and nx and nx.word == ")")
                           or ((prev.term == "de" or prev.term == "d'")
                               and not (nx and nx.type == "number")
                               and not (toks[i - 2] and M.rules.month_idioms[toks[i - 2].term]))))
      -- "en juillet et septembre", "les ventes de janvier ou février", "in August or September", "in May,
      -- June and July": a month after one taken alone and a link (rules.month_links; in lower case in French)
      local p3 = toks[i - 3]
      word = word or (prev and M.rules.month_links[prev.term] and prev.sentence == t.sentence
                      and (t.flags & 1 == 0 or opts.lang == "en") and lone_months[i - 2] or false)
      -- "pour un mois d'août", "chaque mois de juillet": any such month, no date
      if mois_de and toks[i - 3] and toks[i - 3].sentence == t.sentence and M.rules.any_month[toks[i - 3].term] then
        mois_de, word = false, false
      end
      -- an abbreviation alone is none: "après sept années", "des Sept Couronnes"; nor a month that
      -- names something else, capitalised inside a sentence with neither day nor year nor direction,
      -- nor "mois de" before it ("une ascendance en Mars", the planet; "en Juillet" stays a month)
      local abbrev = M.rules.month_abbrevs[t.term] and not (nx and nx.word == "." and nx.start == t.stop + 1)
      if M.rules.month_names[t.term] and t.flags & 1 ~= 0 and t.flags & 2 == 0 and not dir and not mois_de
         and prev and prev.sentence == t.sentence and prev.type == "word" then
        abbrev = true
      end
      -- "de janvier et novembre derniers", "septembre et mars prochains": the direction after the
      -- second month is the first's too, the months in order: the first is the last such month
      -- before the second (January 2015 when November is November 2015)
      local next_m = nx and (nx.term == "et" or nx.term == "ou") and month_at(toks[i + 2])
      local dir2 = next_m and toks[i + 2].flags & 1 == 0 and direction_at(toks, i + 3, t.sentence)
      local dy, ye = year_after(i + 1, t.sentence)
      if dy and not abbrev then
        add(i, ye, ("--%02d"):format(m), py and iso(py + dy, m))
        i = ye + 1
        goto continue
      end
      if not abbrev and (dir or mois_de or word) then
        local ry
        if not dir and dir2 then
          local ry2 = year_for(next_m, dir2 == -1 and 31 or 1, py, pm, pd, dir2)
          ry = ry2 and (m < next_m and ry2 or ry2 - 1)
        else
          local lead = prev and M.rules.month_links[prev.term] and p3 or prev   -- d'ici avril ou mai
          local ahead = not dir and lead and M.rules.ahead_words[lead.term] and 1          -- d'ici janvier
          local fut = not dir and not ahead and (future(i) or moved_to(i) and 0)   -- (the month under way counts)
          local past = not (dir or ahead or fut) and since_at(i) and "past"   -- (the last begun)
          -- (a month to come ends on or after the publication: the month under way to its last day, "sales in
          -- November and December would grow" published on 30 November)
          ry = year_for(m, (dir == -1 or fut) and 31 or 1, py, pm, pd, dir or ahead or (fut and 0) or past)
        end
        add(bdir and i - 1 or i, adir and i + 1 or i, ("--%02d"):format(m), ry and iso(ry, m))
        lone_months[i] = true
        i = adir and i + 2 or i + 1
        goto continue
      end
    end
    -- 2024-2030, 2019/2020: a span of years (the later one after, within a century)
    y = year_at(t)
    local sep, y2 = toks[i + 1], year_at(toks[i + 2])
    if y and y2 and y2 > y and y2 - y <= 100 and (sep.word == "-" or sep.word == "–" or sep.word == "/")
       and sep.start == t.stop + 1 and toks[i + 2].start == sep.stop + 1 then
      add(i, i + 2, iso(y) .. "/" .. iso(y2))
      i = i + 3
      goto continue
    end
    -- au printemps 2024, l'été dernier, cet hiver, next summer: the season's days in
    -- that year, the last one before publication (dernier), the next one after it
    -- (prochain), the one under way or to come this year (cet, this)
    local season = t.type == "word" and M.rules.seasons[t.term]
    if season then
      local pw = toks[i - 1]
      local sy = year_at(toks[i + 1])
      local dir = not sy and direction_at(toks, i + 1, t.sentence)
      local word = pw and pw.sentence == t.sentence and M.rules.season_words[pw.term]
      local dir_before = direction_at(toks, i - 1, t.sentence)           -- last summer
      local participle = t.term == "ete" and pw and M.rules.avoir[pw.term]          -- il a été dernier
      -- (or after au, à l', pendant l', depuis le: "commenceront au printemps", the next one; "ont
      -- commencé au printemps", the last one begun; with no tense, the publication year's)
      local p2 = toks[i - 2]
      local bare = pw and pw.sentence == t.sentence and not sy and not dir and not dir_before and not word
        and (M.rules.seasons_en[t.term] ~= nil) == (an.lang == "en")
        -- (not a name, "le Printemps arabe", nor with its adjective, "l'hiver nucléaire", nor the end of a
        -- span of seasons, "du printemps à l'automne", a habit)
        and t.flags & 1 == 0 and not (toks[i + 1] and M.rules.season_adjectives[toks[i + 1].term])
        and not (toks[i - 3] and M.rules.seasons[toks[i - 3].term])
        and (M.rules.season_preps[pw.term] or (M.rules.season_articles[pw.term] and p2 and p2.sentence == t.sentence
                                                and M.rules.season_links[p2.term]))
      bare = bare and py
      if (word or sy or dir or dir_before or bare) and not participle then
        local m1, d1, m2, d2 = season[1], season[2], season[3], season[4]
        local function end_year(yy) return m2 < m1 and yy + 1 or yy end      -- winter ends the year after
        local function first(yy) return to_days(yy, m1, d1) end
        local function final(yy) return to_days(end_year(yy), m2, d2) end
        local sy2, value
        if sy then
          sy2, value = sy, iso(sy)
        elseif py then
          local pub = to_days(py, pm, pd)
          dir = dir or dir_before
          sy2 = py
          if bare then
            if future(i) then                    -- (the one under way or the next)
              while final(sy2 - 1) >= pub do sy2 = sy2 - 1 end
              while final(sy2) < pub do sy2 = sy2 + 1 end
            elseif decided[i] == "past" or past_in_sentence(i) then    -- (the last begun)
              while first(sy2) > pub do sy2 = sy2 - 1 end
            elseif first(sy2) > pub + 31 then
              sy2 = sy2 - 1
            end
            -- (a season joined to it with its year shares it: "au printemps ou à l'automne 2016")
            for k = i + 1, i + 5 do
              local tk = toks[k]
              if not tk or tk.sentence ~= t.sentence then break end
              local ky = M.rules.seasons[tk.term] and year_at(toks[k + 1])
              if ky then sy2 = ky; break end
            end
          elseif dir == 1 then
            while first(sy2) <= pub do sy2 = sy2 + 1 end
          elseif dir == -1 then
            while final(sy2) >= pub do sy2 = sy2 - 1 end
          elseif first(sy2 - 1) <= pub and final(sy2 - 1) >= pub then   -- cet hiver: the one under way
            sy2 = sy2 - 1
          end
        end
        local function span(yy) return iso(yy, m1, d1) .. "/" .. iso(end_year(yy), m2, d2) end
        local last = (sy or dir and not dir_before) and i + 1 or i
        -- (a winter written with both its years, the second in its text: "l'hiver 2022-2023", the winter
        -- of 2022)
        local dash, y2t = toks[i + 2], toks[i + 3]
        if sy and m2 < m1 and dash and y2t and (dash.word == "-" or dash.word == "–" or dash.word == "/")
           and dash.start == toks[i + 1].stop + 1 and y2t.start == dash.stop + 1 and year_at(y2t) == sy + 1 then
          last = i + 3
        end
        add(i, last, value, sy2 and span(sy2))
        i = last + 1
        goto continue
      end
    end
    -- a plural noun after a year makes it a count: "jusqu'à 1000 emplois", "depuis 2000 ans";
    -- a unit of measure or a symbol, a measure or an amount: "jusqu'à 1500 °C", "en 2000 km", "1500 €"
    local function counts(k)
      local w = toks[k]
      if not (w and w.sentence == t.sentence) then return false end
      if w.type == "symbol" or (numbers.measures[w.term] and (#w.term > 1 or w.flags & 1 == 0)) then return true end
      return w.type == "word" and w.flags & 1 == 0
        and w.term:find("..[sx]$") and not an:is_stop(w.term) and not M.rules.not_nouns[w.term]
    end
    -- entre 2014 et 2020, de 1995 à 2009, from 2010 to 2015: a span of years (not "entre
    -- 1900 et 2000 euros")
    do
      local op, ysep = toks[i - 1], toks[i + 1]
      local opener = y and op and op.sentence == t.sentence and M.rules.month_range_open[op.term]
      local paired = opener and ysep and ((opener == "to" and (ysep.word == "à" or ysep.term == "to"))
                                          or (opener == "and" and (ysep.term == "et" or ysep.term == "and")))
      local yend = paired and year_at(toks[i + 2])
      local cur = toks[i + 3]
      if yend and yend > y and yend - y <= 100 and not counts(i + 3) and not (cur and cur.type == "symbol") then
        add(i - 1, i + 2, iso(y) .. "/" .. iso(yend))
        i = i + 3
        goto continue
      end
    end
    -- le XIXe siècle, au 20e siècle, the 19th century: a century (1801/1900)
    if t.type == "ordinal" and t.value and t.value >= 1 and t.value <= 21 and t.value == math.floor(t.value)
       and toks[i + 1] and M.rules.century_words[toks[i + 1].term] and toks[i + 1].sentence == t.sentence
       and toks[i + 1].flags & 1 == 0 then                          -- not 20th Century Fox
      local c = math.tointeger(t.value)
      add(i, i + 1, iso((c - 1) * 100 + 1) .. "/" .. iso(c * 100))
      i = i + 2
      goto continue
    end
    -- the 1990s, the '90s: a decade (in English)
    if t.type == "word" and an.lang == "en" then
      local dec = t.word:match("^(%d%d%d0)s$")
      dec = dec and tonumber(dec)
      if dec and dec >= 1000 and dec <= 2100 then
        add(i, i, iso(dec) .. "/" .. iso(dec + 9))
        i = i + 1
        goto continue
      end
    end
    -- les années 1980, les années 2000, les années 90: a decade
    do
      local an0 = toks[i - 1]
      local dv = t.type == "number" and t.value
      local decade = an0 and an0.sentence == t.sentence and (an0.term == "annees" or an0.term == "years")
        and dv and dv == math.floor(dv) and dv % 10 == 0
        and ((t.word:match("^%d%d%d%d$") and dv >= 1000 and dv <= 2100 and math.tointeger(dv))
             or (t.word:match("^%d%d$") and dv >= 20 and math.tointeger(1900 + dv)))
      if decade and not counts(i + 1) then
        add(i - 1, i, iso(decade) .. "/" .. iso(decade + 9))
        i = i + 1
        goto continue
      end
    end
    -- en 2022, depuis 2014, d'ici à 2026, jusqu'à 2030; but not a count; en 2014 et 2015:
    -- the second of two years listed after such a word
    local before_y = toks[i - 1]
    if y and before_y and (before_y.term == "et" or before_y.term == "ou") and year_at(toks[i - 2])
       and toks[i - 3] and M.rules.year_words[toks[i - 3].term] and toks[i - 3].sentence == t.sentence then
      before_y = toks[i - 3]
    end
    if y and before_y and (M.rules.year_words[before_y.term] or (before_y.word == "à" and toks[i - 2]
                           and (toks[i - 2].term == "ici" or toks[i - 2].term == "jusqu'")))
       and not counts(i + 1) then
      add(i, i, iso(y))
      i = i + 1
      goto continue
    end
    -- Noël, la Toussaint, Pâques 2017 (rules.feasts); not a name (Noël Mamère, Bernard Noël, le
    -- Père Noël, l'île de Pâques)
    local fixed, moved = M.rules.feasts[t.term], M.rules.movable_feasts[t.term]
    if fixed or moved then
      local p, n = toks[i - 1], toks[i + 1]
      local p2 = toks[i - 2]
      local tail = n and n.sentence == t.sentence and M.rules.feast_tails[n.term]     -- Christmas Eve, Easter Monday
      local named = (n and n.sentence == t.sentence and n.type == "word" and n.flags & 1 ~= 0 and not month_at(n)
                     and not tail)
        or (p and p.sentence == t.sentence and (M.rules.not_feast_after[p.term]
            or (p.type == "word" and p.flags & 1 ~= 0 and not an:is_stop(p.term))))
        or (p and (p.term == "de" or p.term == "d'") and p2 and M.rules.not_feast_after[p2.term])
        -- a noun's complement (le sapin de Noël, l'esprit de Noël; but le jour de Noël), a noun
        -- itself (le Noël de l'Élysée, deux Noël)
        or (p and p.sentence == t.sentence and (p.term == "de" or p.term == "d'" or p.term == "du")
            and not (p2 and M.rules.feast_times[p2.term]))
        or (p and p.sentence == t.sentence and (M.rules.feast_determiners[p.term] or p.type == "number"))
        -- (its days written after it: "fêter Noël du 15 décembre au 5 janvier")
        or (n and (n.term == "du" or n.term == "le") and day_at(toks[i + 2]) and month_at(toks[i + 3]))
        -- (in English, a noun's modifier: "Christmas tree", "Easter egg"; not "Christmas Eve")
        or (an.lang == "en" and n and n.sentence == t.sentence and n.type == "word" and n.flags & 1 == 0
            and not tail and not an:is_stop(n.term))
      if t.type == "word" and t.flags & 1 ~= 0 and t.flags & 2 == 0 and not named then
        -- la veille de Noël, le réveillon de Noël: the day before; le lundi de Pâques: the day after
        local first, last, shift_days = i, i, 0
        if tail then
          last, shift_days = i + 1, tail
        elseif fixed and p and p.term == "de" and p2 and p2.sentence == t.sentence and M.rules.feast_eves[p2.term] then
          first, shift_days = i - 2, -1
        elseif moved and p and p.term == "de" and p2 and p2.sentence == t.sentence
               and M.rules.feast_weekdays[p2.term] then
          first, shift_days = i - 2, M.rules.feast_weekdays[p2.term]
        end
        local yy = year_at(toks[last + 1])
        -- the feast's day in year fy, as days
        local function day_in(fy)
          if fixed then return to_days(fy, fixed[1], fixed[2]) + shift_days end
          local em, ed = easter(fy)
          return to_days(fy, em, ed) + moved + shift_days
        end
        -- with its year, that year's; else the one nearest publication (Noël in a November
        -- article is the coming one, in a February article the one past)
        local day
        if yy then
          day = day_in(yy)
        elseif py then
          local pub = to_days(py, pm, pd)
          for _, fy in ipairs{ py - 1, py, py + 1 } do
            local dy = day_in(fy)
            if not day or math.abs(dy - pub) < math.abs(day - pub) then day = dy end
          end
        end
        local date = day and iso(from_days(day))
        -- (value: as written; a fixed feast's day and month without its year, read in any year)
        local value = yy and date or (fixed and "--" .. iso(from_days(day_in(2001))):sub(6)) or nil
        add(first, yy and last + 1 or last, value, date)
        i = (yy and last + 1 or last) + 1
        goto continue
      end
    end
    -- a year alone (see rules.bare_years): not a count, nor part of a range or a list of
    -- numbers, nor an identifier, nor a sum of money
    if y and t.word:match("^%d%d%d%d$") and y >= M.rules.bare_years.from and y <= M.rules.bare_years.to
       and not counts(i + 1) and bare_year(i, counts) then
      add(i, i, iso(y))
      i = i + 1
      goto continue
    end
    -- le premier samedi de septembre, le dernier jeudi du mois: a weekday by its rank in a month,
    -- that day with a year ("le premier lundi de septembre 2016": 2016-09-05), else any year's: none
    if M.rules.weekdays[t.term] and t.type == "word" and toks[i - 1] and toks[i - 1].sentence == t.sentence
       and toks[i + 1] and M.rules.rank_of[toks[i + 1].term] then
      local rk = toks[i - 1]
      local rank = M.rules.day_ranks[rk.term] or (rk.type == "ordinal" and rk.value >= 1 and rk.value <= 5
                                                  and math.tointeger(rk.value))
      if rank then
        local rm = month_at(toks[i + 2])
        local yy = rm and year_at(toks[i + 3])
        if yy then
          local wd, last = M.rules.weekdays[t.term], days_in(yy, rm)
          local day = rank > 0 and 1 + (wd - weekday_of(to_days(yy, rm, 1))) % 7 + 7 * (rank - 1)
            or last - (weekday_of(to_days(yy, rm, last)) - wd) % 7
          if day <= last then
            add(i - 1, i + 3, iso(yy, rm, day))
            i = i + 4
            goto continue
          end
        end
        i = rm and i + 3 or i + 1
        goto continue
      end
    end
    -- lundi: the last such day up to publication (the day itself when it is
    -- one); lundi prochain: the first one after it; dimanche dernier: the last before it
    -- le mercredi, du vendredi, tous les lundis: a habit, no date
    if M.rules.weekdays[t.term] and t.type == "word" and toks[i - 1] and M.rules.habitual[toks[i - 1].term]
       and toks[i - 1].sentence == t.sentence and toks[i - 1].lower ~= "dès"       -- dès vendredi: a date
       and not (toks[i + 1] and toks[i + 1].type == "number" and day_at(toks[i + 1])) then   -- le vendredi 28 too
      i = i + 1
      goto continue
    end
    -- "un bon gros lundi", "un gros lundi de merde": any Monday, past adjectives after un (not
    -- "ce lundi"); "lundi de merde": a kind of Monday
    if M.rules.weekdays[t.term] and t.type == "word" and t.flags & 1 == 0 then
      local q = i - 1
      while q > i - 3 and toks[q] and toks[q].sentence == t.sentence and toks[q].type == "word"
            and toks[q].flags & 1 == 0 and M.rules.weekday_adjectives[toks[q].term] do
        q = q - 1
      end
      if q < i - 1 and toks[q] and (toks[q].term == "un" or toks[q].term == "une") then i = i + 1; goto continue end
    end
    -- du lundi au vendredi: the week's days, a habit too
    if M.rules.weekdays[t.term] and t.type == "word" and toks[i - 1] and toks[i - 1].lower == "au"
       and toks[i - 2] and M.rules.weekdays[toks[i - 2].term] and toks[i - 3] and toks[i - 3].term == "du" then
      i = i + 1
      goto continue
    end
    -- "Monday, Nov. 4": the date written after the day's name says which (read there)
    if M.rules.weekdays[t.term] and t.type == "word" and toks[i + 1] and toks[i + 1].word == ","
       and month_at(toks[i + 2]) and toks[i + 2].sentence == t.sentence then
      i = i + 1
      goto continue
    end
    -- an English day's name in a text in another language names a thing: le « Black Friday »
    if M.rules.weekdays[t.term] and t.type == "word" and an.lang ~= "en" and M.rules.weekdays_en[t.term] then
      i = i + 1
      goto continue
    end
    -- "dimanche (26 mai)": the date in brackets says which; the weekday adds none
    if M.rules.weekdays[t.term] and t.type == "word" and toks[i + 1] and toks[i + 1].word == "("
       and day_at(toks[i + 2]) and month_at(toks[i + 3]) then
      i = i + 1
      goto continue
    end
    if M.rules.weekdays[t.term] and t.type == "word" then
      local nx = toks[i + 1]
      local dir = direction_at(toks, i + 1, t.sentence)
      -- the day of weekday wd: the last one up to publication, or as dir says
      local function weekday(wd, wdir)
        local pday = to_days(py, pm, pd)
        local pw = weekday_of(pday)
        local day = pday - (pw - wd) % 7
        if wdir == 1 then day = pday + (wd - pw - 1) % 7 + 1
        elseif wdir == 0 then day = pday + (wd - pw) % 7
        elseif wdir == -1 and day == pday then day = pday - 7 end
        return day
      end
      -- "dans la nuit de mercredi à jeudi", "entre lundi et mercredi": the days between
      local op, t2 = toks[i - 1], toks[i + 2]
      local opener = op and op.sentence == t.sentence and M.rules.month_range_open[op.term]
      local paired = opener and nx and ((opener == "to" and (nx.word == "à" or nx.term == "au" or nx.term == "to"))
                                        or (opener == "and" and (nx.term == "et" or nx.term == "and")))
      local wd2 = paired and t2 and t2.sentence == t.sentence and M.rules.weekdays[t2.term]
      -- "dans la nuit de vendredi à samedi 11 mars": the days end at the date written
      local dd, dm = wd2 and day_at(toks[i + 3]), wd2 and month_at(toks[i + 4])
      if dd and dm then
        local yw = year_at(toks[i + 5])
        local yend = yw or year_for(dm, dd, py, pm, pd)
        local back = (wd2 - M.rules.weekdays[t.term]) % 7
        local last = yw and i + 5 or i + 4
        local v2 = yw and iso(yw, dm, dd) or ("--%02d-%02d"):format(dm, dd)
        local d2 = yend and to_days(yend, dm, dd)
        add(i - 1, last, v2, d2 and (iso(from_days(d2 - back)) .. "/" .. iso(from_days(d2))) or nil)
        i = last + 1
        goto continue
      end
      if wd2 then
        local resolved
        if py then
          -- (the last ones up to publication; in a clause about what is to come, the next ones from it:
          -- "le pic est attendu entre dimanche et mardi")
          local span = (wd2 - M.rules.weekdays[t.term]) % 7
          local d1 = ahead_of(i) and weekday(M.rules.weekdays[t.term], 0)
          local d2 = d1 and d1 + span or weekday(wd2)
          d1 = d1 or d2 - span
          resolved = iso(from_days(d1)) .. "/" .. iso(from_days(d2))
        end
        add(i - 1, i + 2, nil, resolved)
        i = i + 3
        goto continue
      end
      -- "le vendredi 28", "ce lundi 13": a weekday and a day with no month, the nearest such day
      -- around publication (within weekday_day_reach days; in a clause about what is to come, after it)
      local dn = nx and nx.sentence == t.sentence and nx.type == "number" and day_at(nx)
      local n2, pw = toks[i + 2], toks[i - 1]
      if dn and not month_at(n2) and not (n2 and (n2.word == ":" or M.rules.time_units[n2.term]))   -- (lundi 19 heures)
         and not (n2 and n2.type == "word" and counts(i + 2))       -- (a placé mercredi 16 départements en vigilance)
         and not (t.flags & 1 ~= 0 and pw and pw.sentence == t.sentence and pw.type == "word"
                  and pw.flags & 1 == 0) then                       -- (la collection Vendredi 13: a name)
        -- (the month of the date it is paired with: "samedi 22 et dimanche 23 juillet", "de ce vendredi
        -- 28 jusqu'au dimanche 30 juillet"; else of a date a few words before in the sentence: "du
        -- lundi 9 octobre au vendredi 13")
        local mo, yo
        if n2 and n2.sentence == t.sentence and M.rules.day_pairs[n2.term] then
          for f = i + 3, i + 6 do
            if not toks[f] or toks[f].sentence ~= t.sentence then break end
            mo = toks[f].type == "word" and month_at(toks[f])
            if mo then yo = year_at(toks[f + 1]); break end
          end
        end
        for b = i - 1, mo and i or math.max(1, i - M.rules.month_back), -1 do   -- (none when paired)
          if toks[b].sentence ~= t.sentence then break end
          mo = month_at(toks[b])
          if mo then yo = year_at(toks[b + 1]); break end
        end
        if mo and dn <= days_in(yo or py or 2000, mo) then
          local ry = yo or year_for(mo, dn, py, pm, pd)
          -- (of the years around, the one where it is that weekday)
          if ry and not yo then ry = year_of_weekday(ry, mo, dn, M.rules.weekdays[t.term]) end
          add(i, i + 1, yo and iso(yo, mo, dn) or ("--%02d-%02d"):format(mo, dn), ry and iso(ry, mo, dn))
          i = i + 2
          goto continue
        end
        local resolved
        if py then
          local best = weekday_day_near(to_days(py, pm, pd), M.rules.weekdays[t.term], dn, M.rules.weekday_day_reach,
                                        future(i))
          resolved = best and iso(from_days(best))
        end
        add(i, i + 1, nil, resolved)
        i = i + 2
        goto continue
      end
      -- (English writes it before: "next Friday", "last Tuesday")
      local pre = toks[i - 1]
      local bdir = not dir and pre and pre.sentence == t.sentence and M.rules.direction_before[pre.term] or nil
      -- (no direction written: a clause in the future says "that day or the next": "il se rendra lundi à
      -- Bruxelles", the publication's own weekday being that day, as press agencies write today; d'ici, d'ici
      -- à says the next: "des rafales d'ici vendredi")
      local ahead = ahead_of_here(toks, i)
      -- (and so does jusqu'à in a clause no past tense decides: "le trafic reste interrompu jusqu'à
      -- vendredi midi", "ils ont jusqu'à lundi"; not "le trafic était interrompu jusqu'à vendredi")
      local wdir = dir or bdir or (ahead and 1) or (py and ahead_of(i) and 0) or nil
      -- (in a line with no verb, a headline's, the day the text says next with a tense: "Grève SNCF : un TGV
      -- sur deux jeudi" / "Le trafic sera perturbé jeudi")
      if not wdir and py and verbless(i) then
        for j = i + 1, #toks do
          if c_sents[j] > t.sentence + M.rules.headline_reach then break end
          -- (with its day of the month after it, that day's side of the publication when within the week:
          -- "jeudi 12 décembre")
          local mday = toks[j + 1]
          local side
          if c_terms[j] == t.term and c_type[j] == "word" and mday and mday.type == "number"
             and mday.word:find("^%d%d?$") and c_sents[j + 1] == c_sents[j] then
            local pday = to_days(py, pm, pd)
            local day = weekday_day_near(pday, M.rules.weekdays[t.term], mday.value, 6)
            if day then side = day == pday and 0 or day > pday and 1 or false end
          end
          if side ~= nil then
            wdir = side or nil
            break
          end
          if c_terms[j] == t.term and c_type[j] == "word" and not direction_at(toks, j + 1, c_sents[j]) then
            wdir = ahead_of(j) and 0
            break
          end
        end
      end
      if wdir == 1 and not dir and not bdir and pre and pre.sentence == t.sentence
         and M.rules.this_weekday[pre.term] then
        wdir = 0
      end
      -- (the same weekday told before in the text, no tense deciding this one: that day)
      local same = told_weekday[t.term]
      if not wdir and py and same and decided[i] == nil and t.sentence - same.sentence <= M.rules.weekday_told_reach
         and zone_of(t.start, t.stop) == "text" then
        add(i, i, nil, same.resolved)
        i = i + 1
        goto continue
      end
      -- (a day resolved before it in its sentence, then "à partir de", "dès": the first such weekday after it)
      local fw = not dir and not bdir and (led_by(M.rules.from_day, i) or led_by(M.rules.until_day, i))
      if fw and py then
        local r = out[#out]
        local ry, rm, rd
        if r and r.sentence == t.sentence then ry, rm, rd = parse_iso(r.resolved) end
        -- (not a day in brackets, an aside's: "(où se trouve la ministre mardi), ... dès lundi")
        local x = i - 1
        while rd and toks[x] and toks[x].start > r["end"] do
          if toks[x].word == ")" then rd = nil end
          x = x - 1
        end
        if rd then
          local d0 = to_days(ry, rm, rd)
          local wd = M.rules.weekdays[t.term]
          local day = d0 + (wd - weekday_of(d0) - 1) % 7 + 1
          -- (an end in a clause to come, wdir 0 or 1, may pass the publication: "ouvrira le 3 février et se
          -- tiendra jusqu'à jeudi", the 6th)
          if not M.rules.until_day[pre.term] or wdir == 0 or wdir == 1 or day <= to_days(py, pm, pd) then
            add(i, i, nil, iso(from_days(day)))
            i = i + 1
            goto continue
          end
        end
      end
      add(bdir and i - 1 or i, dir and i + 1 or i, nil,
          py and iso(from_days(weekday(M.rules.weekdays[t.term], wdir))) or nil)
      if out[#out].zone == "text" and out[#out].resolved then
        told_weekday[t.term] = { resolved = out[#out].resolved, sentence = t.sentence }
      end
      i = dir and i + 2 or i + 1
      goto continue
    end
    -- il y a trois jours, dans deux semaines, two years ago
    do
      local sign, k
      for _, row in ipairs(offset_starts[t.term] and M.rules.offsets.before or {}) do
        local e = seq.at(toks, i, row[1])
        if e then sign, k = row[2], e; break end
      end
      if sign then
        local _, h = seq.longest(seq.index(M.rules.offsets.hedges), toks, k)
        if h then k = h end
      end
      local n, after, vague = nil, nil, nil
      if sign then
        n, after = count_at(toks, k)
        if not n and toks[k] and (toks[k].term == "un" or toks[k].term == "une") then
          n, after = 1, k + 1                                                     -- il y a un an
        end
        vague = not n and toks[k] and M.rules.offsets.vague[toks[k].term]
        if vague then n, after = vague[1], k + 1 end                             -- il y a quelques jours
      elseif (t.term == "un" or t.term == "une") and toks[i + 1] and M.rules.offsets.units[toks[i + 1].term] then
        n, after = 1, i + 1                                                       -- un an plus tôt
      elseif t.type == "number" or numbers.words[t.term] then n, after = count_at(toks, i)
      elseif t.term == "a" or t.term == "an" then
        n, after = 1, i + 1                                                       -- a year ago
        vague = toks[i + 1] and M.rules.offsets.vague[toks[i + 1].term]          -- a few days ago
        if vague then n, after = vague[1], i + 2 end
      elseif M.rules.offsets.vague[t.term] and an.lang == "en" then               -- several weeks ago
        vague = M.rules.offsets.vague[t.term]
        n, after = vague[1], i + 1
      end
      -- a range of counts: "dans deux à trois semaines", "il y a deux ou trois jours", "two to three
      -- weeks ago", from the one to the other
      if n and not vague and toks[after] and M.rules.offsets.range_joins[toks[after].lower] then
        local n2, after2 = count_at(toks, after + 1)
        if n2 and n2 > n and toks[after2] and M.rules.offsets.units[toks[after2].term] then
          vague, after = { n, n2 }, after2
        end
      end
      local unit = n and toks[after] and M.rules.offsets.units[toks[after].term]
      local last = unit and after
      -- "il y a un an et demi": in the next unit down (18 months; a week and a half: 10 days)
      local et, demi = unit and toks[after + 1], unit and toks[after + 2]
      if unit and et and et.term == "et" and demi and (demi.term == "demi" or demi.term == "demie") then
        local down = M.rules.offsets.half[unit]
        if not down then unit = nil else unit, n, last = down[1], n * down[2] + down[2] // 2, after + 2 end
      end
      if unit and not sign then                          -- two years ago
        for _, row in ipairs(M.rules.offsets.after) do
          local e = seq.at(toks, after + 1, row[1])
          if e then sign, last = row[2], e - 1; break end
        end
      end
      -- "un an plus tôt", "trois jours plus tard", "a year earlier": from the last date written before it, not
      -- from the publication (not a comparison: "trois jours plus tôt que prévu")
      if unit and not sign and not vague then
        for _, row in ipairs(M.rules.offsets.told_after) do
          local e = seq.at(toks, last + 1, row[1])
          if e and not (toks[e] and toks[e].sentence == t.sentence and M.rules.offsets.compared[toks[e].term]) then
            add(i, e - 1, nil, told_offset(unit, row[2] * n, t.sentence))
            told[out[#out]] = true
            offset_told[out[#out]] = e
            i = e
            goto continue
          end
        end
      end
      -- "il y a un jour où il faut choisir", "un jour ou l'autre": no date
      if unit and n == 1 and toks[last + 1] and toks[last + 1].term == "ou" then unit = nil end
      if unit and sign and vague then
        -- (from the farther end to the nearer: the start of one, the end of the other)
        local resolved
        if py then
          local far, near = shift(py, pm, pd, unit, sign * vague[2]), shift(py, pm, pd, unit, sign * vague[1])
          if sign > 0 then far, near = near, far end
          resolved = far:match("^[^/]+") .. "/" .. near:match("[^/]+$")
        end
        add(i, last, nil, resolved)
        i = last + 1
        goto continue
      elseif unit and sign then
        add(i, last, nil, py and shift(py, pm, pd, unit, sign * n) or nil)
        i = last + 1
        goto continue
      end
    end
    -- ces derniers jours, ces dernières années (rules.recent)
    do
      local rc, rj = seq.longest(recent, toks, i)
      if rc then
        local resolved = py and (shift(py, pm, pd, rc[2], -9):match("^[^/]+") .. "/"
                                 .. shift(py, pm, pd, rc[2], 0):match("[^/]+$")) or nil
        add(i, rj - 1, nil, resolved)
        i = rj
        goto continue
      end
    end
    -- hier, le mois dernier, cette année
    do
      local rel, j = seq.longest(relative, toks, i)
      if not rel then rel, j = seq.longest(day_parts, toks, i) end
      -- début du mois de février: the part of that month
      local mo = rel and rel[2] == "month" and rel[3] == 0 and rel[4] and toks[j]
        and (toks[j].term == "de" or toks[j].term == "d'") and month_at(toks[j + 1])
      if mo then
        local part = M.rules.parts[rel[4]]
        local yy = year_at(toks[j + 2])
        local last = yy and j + 2 or j + 1
        local ry = yy or (py and year_for(mo, 1, py, pm, pd))
        add(i, last, yy and iso(yy, mo) or ("--%02d"):format(mo),
            ry and (iso(ry, mo, part[3]) .. "/" .. iso(ry, mo, math.min(part[4], days_in(ry, mo)))))
        i = last + 1
        goto continue
      end
      -- a capitalised day word after a capitalised word in its sentence ends a name: "le groupe Saint-Nazaire
      -- Demain", "Aujourd'hui en France" after a name
      if rel and j == i + 1 and rel[2] == "day" and toks[i].flags & 1 ~= 0 and toks[i - 1]
         and toks[i - 1].sentence == toks[i].sentence and toks[i - 1].type == "word" and toks[i - 1].flags & 1 ~= 0 then
        i = j
        goto continue
      end
      -- la ville de demain, les terres d'hier, les réfugiés d'aujourd'hui: an age, no day;
      -- but the day of an event: la réunion de demain, le match d'hier
      local pv, pv2 = toks[i - 1], toks[i - 2]
      if rel and j == i + 1 and rel[2] == "day" and pv and (pv.term == "de" or pv.term == "d'")
         and not (pv2 and M.rules.day_events[pv2.term]) then
        i = j
        goto continue
      end
      -- en fin d'année 2016, au début de l'année 2017: the part of the year written after it
      if rel and rel[4] and rel[2] == "year" and rel[3] == 0 and toks[j] and toks[j].sentence == t.sentence then
        local yy = year_at(toks[j])
        if yy then
          local part = M.rules.parts[rel[4]]
          add(i, j, tostring(yy), iso(yy, part[1], 1) .. "/" .. iso(yy, part[2], days_in(yy, part[2])))
          i = j + 1
          goto continue
        end
      end
      -- la prime de fin d'année, les fêtes de fin d'année: a kind, no date (a part of the
      -- year or month written without its year or a demonstrative, after "de")
      if rel and rel[4] and toks[j - 1] and (toks[j - 1].term == "annee" or toks[j - 1].term == "mois"
                                             or toks[j - 1].term == "semaine")
         and pv and (pv.term == "de" or pv.term == "des" or pv.term == "du") and pv.sentence == t.sentence then
        i = j
        goto continue
      end
      -- (le début de la semaine précédente, la fin du mois suivant: a period told from another date)
      if rel and rel[4] and toks[j] and toks[j].sentence == t.sentence and M.rules.told_periods[toks[j].term] then
        i = j
        goto continue
      end
      -- "ce week-end des 29 et 30 juillet": the days written after it say which
      if rel and rel[2] == "weekend" and toks[j] and (toks[j].term == "des" or toks[j].term == "du")
         and toks[j + 1] and toks[j + 1].type == "number" then
        i = j
        goto continue
      end
      -- (la veille de l'élection, au lendemain du scrutin, the day before the vote: an event's eve)
      if rel and rel[2] == "told" and toks[j] and toks[j].sentence == t.sentence
         and (toks[j].term == "de" or toks[j].term == "d'" or toks[j].term == "du" or toks[j].term == "des"
              or toks[j].term == "of" or toks[j].term == "the") then
        i = j
        goto continue
      end
      if rel and rel[2] == "told_year" then
        local ay = context_year(t.sentence, rel[3] > 0)
        if ay then add(i, j - 1, nil, ("%04d"):format(ay + rel[3])) end
        i = j
        goto continue
      end
      if rel and rel[2] == "told_month" then
        local ay, am = context_month(t.sentence, rel[3] > 0)
        if ay then
          local mm, yy = am + rel[3], ay
          if mm < 1 then mm, yy = mm + 12, yy - 1 elseif mm > 12 then mm, yy = mm - 12, yy + 1 end
          add(i, j - 1, nil, iso(yy, mm))
        end
        i = j
        goto continue
      end
      if rel and rel[2] == "told" then
        -- from the last day written before it (a single day, not itself told so: "le 7 janvier,
        -- ... le lendemain ... le surlendemain", both from the 7th), else from the publication
        local ay, am, ad
        for k = #out, 1, -1 do
          local r = out[k].zone ~= "related" and not told[out[k]] and out[k].resolved
          if r and r:match("^%d%d%d%d%-%d%d%-%d%d$") then ay, am, ad = parse_iso(r); break end
        end
        if not ay then ay, am, ad = py, pm, pd end
        add(i, j - 1, nil, ay and iso(from_days(to_days(ay, am, ad) + rel[3])) or nil)
        told[out[#out]] = true
        i = j
        goto continue
      end
      if rel then
        local resolved
        local to_date = rel[4] and M.rules.to_date_parts[rel[4]]
        if py and to_date then
          local pday = to_days(py, pm, pd)
          local first = rel[2] == "week" and pday - (weekday_of(pday) - 1)
            or rel[2] == "month" and to_days(py, pm, 1) or to_days(py, 1, 1)
          local last = rel[2] == "week" and first + 6
            or rel[2] == "month" and to_days(py, pm, days_in(py, pm)) or to_days(py, 12, 31)
          if to_date < 0 then last = pday else first = pday end
          resolved = iso(from_days(first)) .. "/" .. iso(from_days(last))
        elseif py then
          local unit, n = rel[2], rel[3]
          if unit == "day" then resolved = iso(from_days(to_days(py, pm, pd) + n))
          elseif unit == "week" or unit == "weekend" then
            local pday = to_days(py, pm, pd)
            local pw = weekday_of(pday)
            local monday = pday - (pw - 1) + 7 * n
            local wp = rel[4] and M.rules.week_parts[rel[4]]
            if unit == "weekend" then
              -- ce week-end: the one just past early in the week (Monday, Tuesday), else this
              -- week's (and this week's in a clause about what is to come: "ce week-end, les
              -- températures pourraient atteindre 15 degrés"); le week-end dernier: the one
              -- before; le week-end prochain: the next to come
              local sat = pday - (pw - 1) + 5
              if n == 0 and pw <= 2 and not future(i) then sat = sat - 7
              elseif n < 0 then sat = sat - 7
              elseif n > 0 and pw >= 6 then sat = sat + 7 end
              resolved = iso(from_days(sat)) .. "/" .. iso(from_days(sat + 1))
            elseif wp then
              resolved = iso(from_days(monday + wp[1])) .. "/" .. iso(from_days(monday + wp[2]))
            else
              resolved = iso(from_days(monday)) .. "/" .. iso(from_days(monday + 6))
            end
          elseif unit == "month" then
            local mm, yy = pm + n, py
            if mm < 1 then mm, yy = mm + 12, yy - 1 elseif mm > 12 then mm, yy = mm - 12, yy + 1 end
            local part = rel[4] and M.rules.parts[rel[4]]
            resolved = part and (iso(yy, mm, part[3]) .. "/" .. iso(yy, mm, math.min(part[4], days_in(yy, mm))))
              or iso(yy, mm)
          else
            local part = rel[4] and M.rules.parts[rel[4]]
            resolved = part and (iso(py + n, part[1], 1) .. "/" .. iso(py + n, part[2], days_in(py + n, part[2])))
              or iso(py + n)
          end
        end
        -- since the start of a period: from its first day to the publication ("depuis le début de l'année",
        -- "since the start of the year"), when that is the current period or one before
        local since = (pv and (pv.term == "depuis" or pv.term == "since"))
          or (pv and (pv.term == "le" or pv.term == "the") and pv2 and (pv2.term == "depuis" or pv2.term == "since"))
        if since and rel[4] and M.rules.since_parts[rel[4]] and resolved and py and rel[3] <= 0 then
          resolved = resolved:match("^[%d%-]+") .. "/" .. iso(py, pm, pd)
        end
        add(i, j - 1, nil, resolved)
        i = j
        goto continue
      end
    end
    i = i + 1
    ::continue::
  end
  -- an offset from the date before that the date written right after it says ("Un an plus tard, en mars
  -- 2016", "un an auparavant, le 15 juillet 2016", "un mois plus tard, soit le 30 mars 2018"): that one's
  for n, r in ipairs(out) do
    local e, nx = offset_told[r], out[n + 1]
    if e and nx and nx.value and nx.resolved and nx.sentence == r.sentence then
      local k = e
      while toks[k] and toks[k].stop <= nx.start and M.rules.offsets.apposed[toks[k].term] do k = k + 1 end
      if toks[k] and toks[k].start - 1 >= nx.start then r.resolved = nx.resolved end
    end
  end
  -- a day and month alone told before the same written with its year (a headline's "Marine Le Pen fixée le
  -- 31 mars", the text's "le 31 mars 2025"): that year, as told_year gives it to those after
  local written = {}
  for _, r in ipairs(out) do
    local y, md = tostring(r.value):match("^(%d%d%d%d)%-(%d%d%-%d%d)$")
    if y and r.zone == "text" then written[md] = written[md] or y end
  end
  if next(written) then
    for _, r in ipairs(out) do
      local md = tostring(r.value):match("^%-%-(%d%d%-%d%d)$")
      local alone = r.text:find("^%d+%S*%s+%S+$") or r.text:find("^%a+%.?%s+%d+$")   -- (31 mars, March 31)
      if md and written[md] and alone and r.zone == "text" then r.resolved = written[md] .. "-" .. md end
    end
  end
  return out
end

return M
