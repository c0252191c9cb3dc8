-- Italian language data: month names, "today" words, stopwords (the frequent function words, for stopword
-- filtering and language detection) and abbreviations (as written, without the
-- final period). Users extend them with lunette.analyzer{stopwords=, abbreviations=}.
return {
  -- month names (lower case, as written) for dates in bylines: "27 gennaio 2025"
  months = {
    gennaio = 1, febbraio = 2, marzo = 3, aprile = 4, maggio = 5, giugno = 6, luglio = 7,
    agosto = 8, settembre = 9, ottobre = 10, novembre = 11, dicembre = 12,
  },
  -- words for "today" and "yesterday" that open time stamps of article lists
  today = { "oggi", "ieri" },
  stopwords = {
    "a", "ad", "agli", "ai", "al", "alla", "alle", "allo", "anche", "ancora", "avere", "aveva",
    "avevano", "c'è", "che", "chi", "ci", "come", "con", "contro", "cui", "da", "dai", "dal",
    "dalla", "dalle", "degli", "dei", "del", "della", "delle", "dello", "di", "dopo", "dove",
    "e", "è", "ed", "era", "erano", "essere", "fa", "fino", "fra", "gli", "già", "ha", "hanno",
    "ho", "i", "il", "in", "io", "la", "le", "lei", "lo", "loro", "lui", "ma", "mentre", "mi",
    "molto", "ne", "negli", "nei", "nel", "nella", "nelle", "nello", "noi", "non", "nostro",
    "o", "ogni", "oggi", "perché", "però", "più", "poi", "prima", "proprio", "qualche",
    "quando", "quella", "quelli", "quello", "questa", "queste", "questi", "questo", "qui",
    "quindi", "se", "secondo", "sempre", "senza", "si", "sia", "siamo", "sono", "sta", "stata",
    "stati", "stato", "su", "sua", "sue", "sui", "sul", "sulla", "sulle", "suo", "suoi",
    "tra", "tutti", "tutto", "un", "una", "uno", "voi",
  },
  abbreviations = {
    "Sig", "Sigg", "Dott", "Prof", "Ing", "Avv", "Sen", "On", "pag", "Mons", "Gen", "S.p.A",
    "gen", "feb", "apr", "giu", "lug", "ago", "sett", "ott", "nov", "dic",
  },
}
