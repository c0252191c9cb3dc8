-- German language data: month names, "today" words, stopwords (the frequent function words, for stopword
-- filtering and language detection) and abbreviations (as written, without the
-- final period). Users extend them with lunette.analyzer{stopwords=, abbreviations=}.
return {
  -- month names (lower case, as written) for dates in bylines: "27. Januar 2025"
  months = {
    januar = 1, ["jänner"] = 1, februar = 2, ["märz"] = 3, maerz = 3, april = 4, mai = 5, juni = 6,
    juli = 7, august = 8, september = 9, oktober = 10, november = 11, dezember = 12,
  },
  -- words for "today" and "yesterday" that open time stamps of article lists
  today = { "heute", "gestern" },
  stopwords = {
    "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "andere",
    "anderen", "auch", "auf", "aus", "bei", "beim", "bereits", "bin", "bis", "bisher", "bist",
    "da", "dabei", "dadurch", "dafür", "dagegen", "damit", "dann", "darauf", "darf", "darüber",
    "das", "dass", "daß", "dem", "den", "denen", "denn", "der", "deren", "des", "deshalb",
    "dessen", "die", "dies", "diese", "diesem", "diesen", "dieser", "dieses", "doch", "dort",
    "du", "durch", "ein", "eine", "einem", "einen", "einer", "eines", "er", "es", "etwa",
    "etwas", "euch", "für", "gegen", "gewesen", "hat", "hatte", "hatten", "haben", "hier",
    "ich", "ihm", "ihn", "ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer", "im", "immer", "in",
    "ins", "ist", "jedoch", "jetzt", "kann", "kein", "keine", "können", "könnte", "laut",
    "man", "mehr", "mich", "mir", "mit", "muss", "müssen", "nach", "nicht", "nichts", "noch",
    "nun", "nur", "ob", "oder", "ohne", "schon", "sein", "seine", "seinem", "seinen", "seiner",
    "seit", "sich", "sie", "sind", "so", "soll", "sollen", "sollte", "sowie", "über", "um",
    "und", "uns", "unter", "vom", "von", "vor", "wäre", "war", "waren", "was", "weil", "wenn",
    "wer", "werden", "wie", "wieder", "will", "wir", "wird", "wo", "wurde", "wurden", "zu",
    "zum", "zur", "zwischen",
  },
  abbreviations = {
    "z.B", "Dr", "Prof", "Nr", "bzw", "usw", "ca", "d.h", "u.a", "vgl", "Str", "Hr", "Jh",
    "Mio", "Mrd", "evtl", "ggf", "inkl", "bspw", "St", "Jan", "Feb", "Febr", "Aug", "Sept",
    "Okt", "Nov", "Dez",
  },
}
