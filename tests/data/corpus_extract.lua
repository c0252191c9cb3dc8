-- corpus_extract.lua: the exact figures, dates and sources of the five articles of corpus/,
-- checked by hand against the texts. Rows: figures {start, end, text, low, high, approx, unit, source},
-- dates {start, end, text, value, resolved}, sources {start, end, text, source, cue}.
return {
  ["000_45b0a500611b074f.txt"] = {
    figures = {
      { 751, 764, "deux missiles", 2, 2, false, "missiles", false },
      { 1685, 1722, "plus de 11 000 de ses propres soldats", 11000, 11000, true, "soldats", false },
    },
    dates = {
      { 119, 129, "24 janvier", "--01-24", "2025-01-24" },
      { 768, 782, "début du mois", false, "2025-01-01/2025-01-10" },
      { 1655, 1672, "ces derniers mois", false, "2024-04/2025-01" },
    },
    sources = {
      { 81, 115, "a déclaré l'armée sud-coréenne", "l'armée sud-coréenne", "a déclaré" },
      { 885, 931, "L'état-major interarmées a également averti", "État-major interarmées sud-coréen", "a également averti" },
      { 1105, 1130, "L'état-major a déclaré", "L'état-major", "a déclaré" },
      { 1352, 1396, "De nombreux dirigeants occidentaux craignent", "De nombreux dirigeants occidentaux", "craignent" },
      { 1469, 1509, "Selon un récent rapport des États-Unis", "États-Unis", "Selon" },
      { 1784, 1808, "Selon plusieurs rapports", "plusieurs rapports", "Selon" },
    },
  },
  ["001_0dc4f03766a95fab.txt"] = {
    figures = {
      { 1079, 1104, "Environ 8 millions d'obus", 8000000, 8000000, true, "obus", false },
      { 1295, 1307, "60 pour cent", 60, 60, false, "%", "Andriy Kovalenko" },
      { 1723, 1737, "12 000 soldats", 12000, 12000, false, "soldats", "certaines informations" },
    },
    dates = {
      { 187, 192, "lundi", false, "2024-12-23" },
      { 807, 815, "novembre", "--11", "2024-11" },
    },
    sources = {
      { 175, 212, "a rapporté lundi Wall Street Journal", "Wall Street Journal", "a rapporté" },
      { 514, 530, "selon le rapport", "le rapport", "selon" },
      { 817, 879, "le ministre nord-coréen des Affaires étrangères a déclaré", "le ministre nord-coréen des Affaires étrangères", "a déclaré" },
      { 1237, 1259, "Selon Andriy Kovalenko", "Andriy Kovalenko", "Selon" },
      { 1548, 1622, "Des représentants des États-Unis et de la Corée du Sud ont mis en garde", "Des représentants des États-Unis et de la Corée du Sud", "ont mis en garde" },
      { 1797, 1825, "selon certaines informations", "certaines informations", "selon" },
      { 2032, 2070, "Les responsables occidentaux craignent", "Les responsables occidentaux", "craignent" },
    },
  },
  ["002_7b5495d69e18ed18.txt"] = {
    figures = {
      { 96, 120, "25 000 à 30 000 soldats", 25000, 30000, false, "soldats", false },
      { 348, 370, "environ 11 000 soldats", 11000, 11000, true, "soldats", false },
      { 400, 420, "quelque 3 000 autres", 3000, 3000, true, "soldats", false },
      { 544, 564, "dépasser les 40 000", 40000, 40000, true, "soldats", false },
      { 873, 899, "de 10 000 à 20 000 hommes", 10000, 20000, false, "hommes", "certains experts" },
      { 1351, 1376, "environ 1 000 ingénieurs", 1000, 1000, true, "ingénieurs", false },
      { 1380, 1397, "5 000 techniciens", 5000, 5000, false, "techniciens", false },
      { 1883, 1895, "deux parties", 2, 2, false, "parties", false },
      -- (the observers speak after "mais": not for the figure before it)
      { 2437, 2446, "deux pays", 2, 2, false, "pays", false },
    },
    dates = {
      { 301, 305, "2022", "2022", "2022" },
      { 387, 395, "fin 2024", "2024", "2024-10-01/2024-12-31" },
      { 440, 452, "cette année", false, false },
      { 1831, 1856, "fin de l'année dernière", false, false },
      { 2122, 2144, "ces dernières années", false, false },
      { 2149, 2159, "avril 2025", "2025-04", "2025-04" },
    },
    sources = {
      { 567, 590, "Selon certaines sources", "certaines sources", "Selon" },
      { 766, 791, "D'après certains experts", "certains experts", "D'après" },
      { 1656, 1714, "les médias d'État nord-coréens ont également confirmé", "les médias d'État nord-coréens", "ont également confirmé" },
      { 2453, 2478, "les observateurs estiment", "les observateurs", "estiment" },
    },
  },
  ["003_f65f4b272ae20413.txt"] = {
    figures = {
      { 89, 114, "plus de 10 000 militaires", 10000, 10000, true, "militaires", "NIS" },
      { 352, 388, "Près d’un millier d’ingénieurs", 1000, 1000, true, "ingénieurs", false },
      { 457, 470, "5 000 membres", 5000, 5000, false, "membres", false },
    },
    dates = {
      { 1615, 1625, "avril 2025", "2025-04", "2025-04" },
    },
    sources = {
      { 0, 72, "Les services nationaux de renseignement de la Corée du Sud ont signalé", "NIS", "ont signalé" },
      { 195, 219, "indique The Chosun Daily", "The Chosun Daily", "indique" },
      { 221, 233, "Selon Séoul", "Séoul", "Selon" },
      { 581, 621, "Les services de renseignement soulignent", "Les services de renseignement", "soulignent" },
      { 892, 904, "Selon le NIS", "NIS", "Selon" },
      { 1046, 1068, "Les analystes estiment", "Les analystes", "estiment" },
      { 1268, 1290, "les experts soulignent", "les experts", "soulignent" },
      { 1554, 1590, "Pyongyang a officiellement confirmé", "Pyongyang", "a officiellement confirmé" },
      { 1627, 1667, "Le gouvernement nord-coréen a déclaré", "Le gouvernement nord-coréen", "a déclaré" },
    },
  },
  ["004_6af0ef2c71c73676.txt"] = {
    figures = {
      { 10, 31, "Environ 3 000 soldats", 3000, 3000, true, "soldats", false },
    },
    dates = {
    },
    sources = {
      { 133, 187, "Selon le Service national de renseignement sud-coréen", "NIS", "Selon" },
      { 464, 493, "Le NIS a également constaté", "NIS", "a également constaté" },
      { 1581, 1598, "L'Ukraine affirme", "L'Ukraine", "affirme" },
    },
  },
}
