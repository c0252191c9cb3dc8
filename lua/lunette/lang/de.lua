-- German language data: stopwords (the frequent function words, for stopword
-- filtering and language detection) and abbreviations (as written, without the
-- final period). Users extend them with lunette.analyzer{stopwords=, abbreviations=}.
return {
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
