-- Italian language data: stopwords (the frequent function words, for stopword
-- filtering and language detection) and abbreviations (as written, without the
-- final period). Users extend them with lunette.analyzer{stopwords=, abbreviations=}.
return {
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
