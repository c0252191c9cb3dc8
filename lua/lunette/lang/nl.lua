-- Dutch language data: stopwords (the frequent function words, for stopword
-- filtering and language detection) and abbreviations (as written, without the
-- final period). Users extend them with lunette.analyzer{stopwords=, abbreviations=}.
return {
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
