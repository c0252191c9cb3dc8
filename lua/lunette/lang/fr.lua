-- French language data: stopwords and abbreviations (as written, without the
-- final period). Users extend them with lunette.analyzer{stopwords=, abbreviations=}.
return {
  -- month names (and their abbreviations) for dates in bylines and text
  months = {
    janvier = 1, janv = 1, ["février"] = 2, fevrier = 2, ["févr"] = 2, fevr = 2, mars = 3,
    avril = 4, avr = 4, mai = 5, juin = 6, juillet = 7, juil = 7, ["août"] = 8, aout = 8,
    septembre = 9, sept = 9, octobre = 10, oct = 10, novembre = 11, nov = 11,
    ["décembre"] = 12, decembre = 12, ["déc"] = 12, dec = 12,
  },
  -- weekdays (Monday 1) and their abbreviations ("mer. 30 oct. 2024")
  weekdays = { lundi = 1, mardi = 2, mercredi = 3, jeudi = 4, vendredi = 5, samedi = 6, dimanche = 7 },
  weekday_abbrevs = { lun = 1, mar = 2, mer = 3, jeu = 4, ven = 5, sam = 6, dim = 7 },
  -- words for "today" and "yesterday" in time stamps of article lists
  today = { "aujourd'hui", "aujourd’hui", "hier", "il y a" },
  stopwords = {
    "a", "à", "afin", "ai", "aie", "ainsi", "alors", "as", "au", "aucun", "aucune", "aupres",
    "auprès", "aussi", "autre", "autres", "aux", "avaient", "avais", "avait", "avant", "avec",
    "avoir", "ayant", "c'", "ça", "car", "ce", "ceci", "cela", "celle", "celles", "celui", "ces",
    "cet", "cette", "ceux", "chaque", "chez", "ci", "comme", "comment", "d'", "dans", "de", "des",
    "depuis", "donc", "dont", "du", "elle", "elles", "en", "encore", "entre", "est", "et", "été",
    "étaient", "était", "étant", "être", "eu", "eux", "fait", "font", "il", "ils", "j'", "je",
    "jusqu'", "l'", "la", "là", "le", "les", "leur", "leurs", "lors", "lorsqu'", "lui", "m'",
    "ma", "mais", "me", "même", "mêmes", "mes", "moi", "mon", "n'", "ne", "ni", "non", "nos",
    "notre", "nous", "on", "ont", "ou", "où", "par", "parce", "pas", "peu", "peut", "plus",
    "pour", "pourquoi", "puis", "puisqu'", "qu'", "quand", "que", "quel", "quelle", "quelles",
    "quels", "qui", "quoi", "s'", "sa", "sans", "se", "sera", "seront", "ses", "si", "son",
    "sont", "sous", "sur", "t'", "ta", "te", "tes", "toi", "ton", "tous", "tout", "toute",
    "toutes", "très", "tu", "un", "une", "unes", "uns", "vers", "voici", "voilà", "vos",
    "votre", "vous", "y", "aurait", "auraient", "serait", "seraient", "sera", "ont", "avons",
    "avez", "sommes", "êtes", "fut", "été", "cette", "selon", "contre", "après", "alors",
    "ainsi", "également", "dont", "d'autres",
  },
  -- Common words that also abbreviate (mer, min, art, etc) are left out: a
  -- sentence ending in them must still end.
  abbreviations = {
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Drs", "Pr", "Me", "Mgr", "St", "Ste",
    "av", "apr", "J.-C", "n", "no", "p", "pp", "vol", "chap", "al", "cf", "env",
    "éd", "coll", "hab", "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc",
    "boul", "bd", "gén", "cdt", "lt",
    "sgt", "adj", "approx",
  },
}
