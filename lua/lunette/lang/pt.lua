-- Portuguese language data: stopwords (the frequent function words, for
-- stopword filtering and language detection) and abbreviations (as written,
-- without the final period). Users extend them with lunette.analyzer{stopwords=, abbreviations=}.
return {
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
