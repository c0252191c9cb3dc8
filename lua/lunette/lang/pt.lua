-- Portuguese language data: month names, "today" words, stopwords (the frequent function words, for
-- stopword filtering and language detection) and abbreviations (as written,
-- without the final period). Users extend them with lunette.analyzer{stopwords=, abbreviations=}.
return {
  -- month names (lower case, as written) for dates in bylines: "27 de janeiro de 2025"
  months = {
    janeiro = 1, fevereiro = 2, ["março"] = 3, abril = 4, maio = 5, junho = 6, julho = 7,
    agosto = 8, setembro = 9, outubro = 10, novembro = 11, dezembro = 12,
  },
  -- words for "today" and "yesterday" that open time stamps of article lists
  today = { "hoje", "ontem" },
  stopwords = {
    "a", "à", "ao", "aos", "apenas", "as", "às", "até", "com", "como", "contra", "da", "das",
    "de", "dela", "dele", "deles", "depois", "do", "dos", "e", "é", "ela", "elas", "ele",
    "eles", "em", "entre", "era", "eram", "essa", "essas", "esse", "esses", "esta", "está",
    "estão", "estas", "este", "estes", "eu", "foi", "foram", "há", "isso", "isto", "já", "lhe",
    "lhes", "mais", "mas", "me", "mesmo", "meu", "minha", "muito", "na", "não", "nas", "nem",
    "no", "nos", "nós", "num", "numa", "o", "os", "ou", "para", "pela", "pelas", "pelo",
    "pelos", "por", "porque", "quando", "que", "quem", "se", "segundo", "sem", "ser", "seu",
    "seus", "sido", "sobre", "sua", "suas", "também", "tem", "têm", "ter", "um", "uma",
    "umas", "uns", "você", "vocês",
  },
  abbreviations = {
    "Sr", "Sra", "Srs", "Dr", "Dra", "Prof", "Profa", "pág", "Av", "Eng", "Gen", "Lda",
    "jan", "fev", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez",
  },
}
