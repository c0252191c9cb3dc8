-- Dutch language data: month names, "today" words, stopwords (the frequent function words, for stopword
-- filtering and language detection) and abbreviations (as written, without the
-- final period). Users extend them with lunette.analyzer{stopwords=, abbreviations=}.
return {
  -- month names (lower case, as written) for dates in bylines: "27 januari 2025"
  months = {
    januari = 1, februari = 2, maart = 3, april = 4, mei = 5, juni = 6, juli = 7, augustus = 8,
    september = 9, oktober = 10, november = 11, december = 12,
  },
  -- words for "today" and "yesterday" that open time stamps of article lists
  today = { "vandaag", "gisteren" },
  stopwords = {
    "aan", "al", "alle", "alleen", "als", "ben", "bij", "dan", "dat", "de", "deze", "die",
    "dit", "door", "dus", "echter", "een", "en", "er", "geen", "had", "hadden", "heb",
    "hebben", "heeft", "het", "hier", "hij", "hoe", "hun", "ik", "in", "is", "je", "jullie",
    "kan", "kon", "kunnen", "maar", "me", "meer", "met", "mij", "moet", "na", "naar", "niet",
    "nog", "nu", "of", "om", "omdat", "onder", "ons", "ook", "op", "over", "sinds", "te",
    "tegen", "toch", "toen", "tot", "tussen", "u", "uit", "van", "veel", "volgens", "voor",
    "was", "waren", "wat", "we", "wel", "werd", "werden", "wie", "wij", "wordt", "worden",
    "zal", "ze", "zich", "zij", "zijn", "zo", "zonder", "zou", "zouden",
  },
  abbreviations = {
    "dhr", "mevr", "dr", "prof", "blz", "bijv", "o.a", "m.b.t", "ca", "nr", "ir", "mr", "drs",
    "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
  },
}
