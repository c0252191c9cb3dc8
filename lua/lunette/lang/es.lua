-- Spanish language data: month names, "today" words, stopwords (the frequent function words, for stopword
-- filtering and language detection) and abbreviations (as written, without the
-- final period). Users extend them with lunette.analyzer{stopwords=, abbreviations=}.
return {
  -- month names (lower case, as written) for dates in bylines: "27 de enero de 2025"
  months = {
    enero = 1, febrero = 2, marzo = 3, abril = 4, mayo = 5, junio = 6, julio = 7, agosto = 8,
    septiembre = 9, setiembre = 9, octubre = 10, noviembre = 11, diciembre = 12,
  },
  -- words for "today" and "yesterday" that open time stamps of article lists
  today = { "hoy", "ayer" },
  stopwords = {
    "a", "al", "algo", "algunos", "ante", "antes", "aquí", "así", "aunque", "bajo", "bien",
    "cada", "como", "con", "contra", "cual", "cuando", "de", "del", "desde", "donde", "dos",
    "durante", "e", "el", "él", "ella", "ellas", "ellos", "en", "entre", "era", "eran", "es",
    "esa", "esas", "ese", "eso", "esos", "esta", "está", "estaba", "están", "estas", "este",
    "esto", "estos", "fue", "fueron", "ha", "había", "habían", "han", "hasta", "hay", "hemos",
    "la", "las", "le", "les", "lo", "los", "más", "me", "mi", "mientras", "muy", "nada", "ni",
    "no", "nos", "nosotros", "o", "otra", "otras", "otro", "otros", "para", "pero", "poco",
    "por", "porque", "pues", "que", "qué", "quien", "quienes", "se", "sea", "según", "ser",
    "si", "sí", "sido", "siempre", "sin", "sino", "sobre", "son", "su", "sus", "también",
    "tanto", "te", "tiene", "tienen", "todo", "todos", "tras", "tu", "un", "una", "unas",
    "uno", "unos", "usted", "y", "ya", "yo",
  },
  abbreviations = {
    "Sr", "Sra", "Sres", "Srta", "Dr", "Dra", "Ud", "Uds", "pág", "núm", "aprox", "EE.UU",
    "p.ej", "Lic", "Ing", "Avda", "Gral", "ene", "feb", "abr", "ago", "sept", "oct", "nov", "dic",
  },
}
