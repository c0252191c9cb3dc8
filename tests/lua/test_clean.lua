-- test_clean.lua: cleaning rules and metadata, on the sample corpus and on
-- cases written for each rule (French and English scraped news).
local H = dofile((arg[0]:match("^(.*)/") or ".") .. "/helper.lua")
local clean = require "lunette.clean"
local core = require "lunette.core"
print("testing clean")

local function read(p) local f = assert(io.open(p, "rb")); local s = f:read("a"); f:close(); return s end
local root = (arg[0]:match("^(.*)/tests/lua/") or ".")

-- 1: the five articles of corpus/, every metadata field exact
local CORPUS = {
  { "000_45b0a500611b074f.txt", { title = "La Corée du Nord se prépare à envoyer des troupes "
    .. "supplémentaires en Russie, selon la Corée du Sud", author = "Peter van Halteren",
    published = "2025-01-27", lang = "fr" },
    "La Corée du Nord se prépare à déployer", "la dernière guerre mondiale de l'humanité." },
  { "001_0dc4f03766a95fab.txt", { title = "La Corée du Nord enverra plus d'armes et de troupes à la Russie",
    author = "Peter van Halteren", published = "2024-12-24", lang = "fr" },
    "La Corée du Nord expédie plus de munitions", "dans une Troisième Guerre mondiale." },
  { "002_7b5495d69e18ed18.txt", { lang = "fr",
    url = "https://khoahocdoisong.vn/trieu-tien-se-dieu-them-30000-quan-sang-nga-post1552352.html" },
    "La Corée du Nord intensifie", "en échange d'un soutien militaire." },
  { "003_f65f4b272ae20413.txt", { title = "Pyongyang à la frontière avec l’Ukraine ? La Corée du Sud "
    .. "annonce le déploiement de militaires nord-coréens en Russie", lang = "fr" },
    "Les services nationaux de renseignement", "la Corée du Sud." },
  { "004_6af0ef2c71c73676.txt", { title = "Des soldats nord-coréens en route pour soutenir la Russie ?",
    lang = "fr" }, "Paris – Environ 3 000 soldats", "dans la région." },
}
for i, c in ipairs(CORPUS) do
  local body, meta = clean.article(read(root .. "/corpus/" .. c[1]))
  H.eq("1." .. i .. " meta " .. c[1], meta, c[2])
  H.check("1." .. i .. " body starts", body:sub(1, #c[3]) == c[3], body:sub(1, 60))
  H.check("1." .. i .. " body ends", body:sub(-#c[4]) == c[4], body:sub(-60))
  for _, junk in ipairs{ "Retour en haut", "Comment (0)", "Partager cet article", "Pour en savoir plus",
                         "](#)", "· 10:28", "Forum canadien honore", "Source :" } do
    H.check("1." .. i .. " no '" .. junk .. "'", not body:find(junk, 1, true))
  end
end

-- 2: rules, one case each
local CASES = {
  -- { id, text, meta subset, body }
  { "2.1 Par byline, date with month name",
    "Le titre\n\nPar Jean-Marc Dupont\nPublié le 3 mars 2024 à 10h28\n\nLe texte commence ici et va loin.",
    { title = "Le titre", author = "Jean-Marc Dupont", published = "2024-03-03" },
    "Le texte commence ici et va loin." },
  { "2.2 English byline and date",
    "# A headline\nBy John Smith and Mary Jones\nJanuary 27, 2025\n\nThe army said on Monday that troops moved.",
    { title = "A headline", author = "John Smith and Mary Jones", published = "2025-01-27", lang = "en" },
    "The army said on Monday that troops moved." },
  { "2.3 ISO date, markdown links and emphasis",
    "Titre\n- 2025-04-02\n\nSelon **Reuters**, [la source](https://x.org) a dit *non*.",
    { title = "Titre", published = "2025-04-02" }, "Selon Reuters, la source a dit non." },
  { "2.4 related list in the middle, kept text around it",
    "Titre\nPremier paragraphe du texte.\nHier · 18:05\nUn autre article sans rapport\nSuite du texte.",
    { title = "Titre" }, "Premier paragraphe du texte.\nSuite du texte." },
  { "2.5 a first line ending with a period is no title",
    "La phrase d'ouverture est un paragraphe entier.\nSuite.", {},
    "La phrase d'ouverture est un paragraphe entier.\nSuite." },
  { "2.6 furniture, case-insensitive, any count",
    "Titre\nTexte.\nCOMMENTAIRES (12)\nBack to top\nÀ lire aussi : autre chose\nPartager\nÀ lire : Pour X, "
    .. "Y a \"cédé\"\nA LIRE: autre\nSee also: other",
    { title = "Titre" }, "Texte." },
  { "2.7 a date line in the text is not the publication date",
    "Titre\nLe sommet aura lieu le 3 mars 2024 selon les organisateurs qui l'ont annoncé hier soir "
    .. "lors d'une conférence de presse.\n- 5 mars 2024", { title = "Titre" } },
  { "2.9 dateline with date and agency",
    "Le titre\n\nParis, 18 juin 2025 (AFP) - Le gouvernement a annoncé des mesures.",
    { title = "Le titre", published = "2025-06-18", author = "AFP" },
    "Paris, 18 juin 2025 (AFP) - Le gouvernement a annoncé des mesures." },
  { "2.10 English dateline",
    "A headline\n\nWASHINGTON, January 27, 2025 (Reuters) — The army said on Monday that troops moved.",
    { title = "A headline", published = "2025-01-27", author = "Reuters" } },
  { "2.11 a byline wins over the dateline's agency",
    "Titre\nPar Jean Dupont\n\nSéoul, 3 mars 2024 (Yonhap) - Texte de l'article assez long pour être un paragraphe.",
    { title = "Titre", author = "Jean Dupont", published = "2024-03-03" } },
  { "2.12 dateline with the region in brackets and 'le'",
    "Titre\n\nKiev (Ukraine), le 3 mars 2025 (Reuters) — Les forces ont avancé.",
    { title = "Titre", published = "2025-03-03", author = "Reuters" } },
  { "2.13 dateline with no date",
    "A headline\n\nWASHINGTON (AP) — The Pentagon said 3,000 troops moved.", { title = "A headline", author = "AP" } },
  { "2.13b dateline with a date and no place: the agency (the date has no year)",
    "A headline\n\nOct 11 (Reuters) - Boeing will cut 17,000 jobs.", { title = "A headline", author = "Reuters" } },
  { "2.14 a capitalised opening with brackets is no dateline",
    "Titre\n\nLe NIS (Service national) : des soldats sont partis.", { title = "Titre" } },
  { "2.15 an acronym with brackets and a colon is no dateline",
    "Titre\n\nNIS (Seoul) : des soldats sont partis.", { title = "Titre" } },
  { "2.16 a byline and a date line after a bullet of several bytes (•, –, ·)",
    "Titre\n• Jean Dupont\n· 3 mars 2024\n\nLe texte commence ici et va loin.",
    { title = "Titre", author = "Jean Dupont", published = "2024-03-03" }, "Le texte commence ici et va loin." },
  { "2.17 an en dash before the byline; a related entry's stamp with an em dash",
    "Titre\n– Marie Durand\n\nLe texte commence ici.\n3 mars 2024 — 18:05\nUn autre article\nLa suite du texte.",
    { title = "Titre", author = "Marie Durand" }, "Le texte commence ici.\nLa suite du texte." },
  { "2.18 a standfirst under the title, then the byline and a date in a markdown link: the header's",
    "Renault renoue avec les bénéfices\n\nLe constructeur a dégagé un bénéfice net de 2,2 milliards d'euros en "
    .. "2023, contre une perte un an plus tôt.\n\nPar Sophie Lemaire\n[15/02/2024](#)\n\nLe groupe a publié jeudi "
    .. "ses résultats.",
    { title = "Renault renoue avec les bénéfices", author = "Sophie Lemaire", published = "2024-02-15" },
    "Le constructeur a dégagé un bénéfice net de 2,2 milliards d'euros en 2023, contre une perte un an plus tôt."
    .. "\n\nLe groupe a publié jeudi ses résultats." },
  { "2.19 a byline with its agency (avec AFP, with Reuters), a date with its time",
    "Ariane 6 a décollé\n\nPar Thomas Girard, avec AFP\n09/07/2024 - 23:58\n\nLa fusée s'est élancée.",
    { title = "Ariane 6 a décollé", author = "Thomas Girard", published = "2024-07-09" }, "La fusée s'est élancée." },
  { "2.20 a standfirst then 'Publié le ... à 06h00'; not two paragraphs before a date",
    "Européennes : le RN creuse l'écart\n\nUn sondage Ifop pour Le Figaro, publié mardi, crédite la liste de "
    .. "Jordan Bardella de 31 % des intentions de vote.\n\nPublié le 14 mai 2024 à 06h00\n\nLa liste recule.",
    { title = "Européennes : le RN creuse l'écart", published = "2024-05-14" } },
  { "2.21 a second paragraph before a date line: no header",
    "Titre\nLe sommet aura lieu le 3 mars 2024 selon les organisateurs qui l'ont annoncé hier soir lors "
    .. "d'une conférence de presse.\nIls étaient nombreux, selon les organisateurs qui l'ont annoncé hier soir "
    .. "lors d'une conférence.\n5 mars 2024\nLa suite.", { title = "Titre" } },
  { "2.22 a rubric before 'Publié le' on the date line",
    "Lens renverse Marseille (2-1)\n\n[Sport](#) | Publié le 18/11/2023 à 23h12\n\nDevant 37 500 spectateurs.",
    { title = "Lens renverse Marseille (2-1)", published = "2023-11-18" }, "Devant 37 500 spectateurs." },
  { "2.23 a sentence before 'publié' is none",
    "Titre\n\nLe rapport, tel quel. - publié le 3 mars 2024 par le ministère\n\nLa suite.",
    { title = "Titre" } },
  { "2.24 a related-article list leaves the body: its head, its bullets and links",
    "Titre\n\nLe texte.\n\n## À lire aussi\n\n- [Le procès s'ouvre le 5 février](#)\n"
    .. "- [Le parquet requiert](#)\n\nRetour en haut", { title = "Titre" }, "Le texte." },
  { "2.25 '»' entries under 'LIRE AUSSI:'; the text after them stays",
    "Titre\n\nLe texte.\nLIRE AUSSI:\n» BLOG - Cédric Klapisch: 25 ans déjà...\n» Erasmus bientôt en "
    .. "cessation de paiement selon le député\nLa suite du texte.", { title = "Titre" },
    "Le texte.\nLa suite du texte." },
  { "2.26 one headline right under the head; not a paragraph",
    "Titre\n\nLe texte.\nLIRE AUSSI\nMa belle-mère a dû aller en maison de retraite\nLa suite.\n"
    .. "Voir aussi\nLe ministre a parlé.", { title = "Titre" }, "Le texte.\nLa suite.\nLe ministre a parlé." },
  { "2.27 an agency after the byline's name; an update's stamp with its time, half of the day and zone",
    "Wildfire forces thousands to flee\n\nBy Maria Lopez, Associated Press\nUpdated 9:14 PM PDT, September 6, 2024"
    .. "\n\nA fire burned.", { title = "Wildfire forces thousands to flee", author = "Maria Lopez",
                                published = "2024-09-06" }, "A fire burned." },
  { "2.28 'Par Jean Dupont / AFP', 'Mis à jour le 3 mars 2024 à 18h40'",
    "Titre\n\nPar Jean Dupont / AFP\nMis à jour le 3 mars 2024 à 18h40\n\nLe texte.",
    { title = "Titre", author = "Jean Dupont", published = "2024-03-03" }, "Le texte." },
  { "2.29 an outlet before the date line's stamp or before its date alone",
    "Rennes : un homme tué\n\nOuest-France | Publié le 09/02/2024 à 07h15\n\nLe texte.",
    { title = "Rennes : un homme tué", published = "2024-02-09" }, "Le texte." },
  { "2.30 'Le Temps | 3 mars 2024'",
    "Votations: la 13e rente acceptée\n\nLe Temps | 3 mars 2024\n\nLe peuple a voté.",
    { title = "Votations: la 13e rente acceptée", published = "2024-03-03" }, "Le peuple a voté." },
  { "2.31 a role or an outlet after the byline's comma leaves the author",
    "NHS waiting list falls\n\nBy Nick Triggle, Health correspondent\n\nThe list fell.",
    { title = "NHS waiting list falls", author = "Nick Triggle" }, "The list fell." },
  { "2.32 'Par Marie-Ève Tremblay, La Presse'; two names after a comma stay two",
    "Québec annonce 1,2 G$\n\nPar Marie-Ève Tremblay, La Presse\n\nLe gouvernement injectera.",
    { title = "Québec annonce 1,2 G$", author = "Marie-Ève Tremblay" }, "Le gouvernement injectera." },
  { "2.33 text glued after a byline's comma is no role: the line stays in the body",
    "Nouvelle\n\nAu pilon\nPar Jean Martin, juillet 2014 Fuyez les écrivains. Ils ne méritent rien.\n\nLa suite.",
    { title = "Nouvelle" } },
  { "2.34 a weekday before the header's date, its abbreviation, a time with a period before its zone",
    "Titre\n\nMercredi 30 octobre 2024 à 18h10\n\nLe texte.", { title = "Titre", published = "2024-10-30" },
    "Le texte." },
  { "2.35 'Wed 30 Oct 2024 18.10 GMT'", "Reeves unveils tax rise\n\nWed 30 Oct 2024 18.10 GMT\n\nThe text.",
    { title = "Reeves unveils tax rise", published = "2024-10-30" }, "The text." },
  { "2.36 'Wednesday, October 30, 2024'", "A headline\n\nWednesday, October 30, 2024\n\nThe text.",
    { title = "A headline", published = "2024-10-30" }, "The text." },
  { "2.37 a word no weekday before the date: no date line", "Titre\n\nMarché 30 octobre 2024\n\nLe texte.",
    { title = "Titre" }, "Marché 30 octobre 2024\n\nLe texte." },
  { "2.38 a particle joined to a name in a byline", "Strikes kill 42\n\nBy Nidal al-Mughrabi\n\nThe text.",
    { title = "Strikes kill 42", author = "Nidal al-Mughrabi" }, "The text." },
  { "2.39 an agency's name of two words after the byline's name, no mark", "Storm\n\nBy JANE DOE Associated Press"
    .. "\n\nThe text.", { title = "Storm", author = "JANE DOE" }, "The text." },
  { "2.40 a place in brackets after a byline's name", "Titre\n\nPar Mathilde Caron (à Douai)\n\nLe texte.",
    { title = "Titre", author = "Mathilde Caron" }, "Le texte." },
  { "2.41 an article before a header's date; an outlet's credit line before it leaves the body (and signs it)",
    "Grève à la SNCF\n\nLe Parisien avec AFP\n\nLe 5 décembre 2024 à 18h20\n\nLe texte.",
    { title = "Grève à la SNCF", published = "2024-12-05", author = "Le Parisien" }, "Le texte." },
  { "2.42 a short line in capitals after the title with no header line after it stays",
    "Titre\n\nLe Parisien\n\nLe texte.", { title = "Titre" }, "Le Parisien\n\nLe texte." },
  { "2.43 a byline crediting the newsroom, alone or of an outlet; not a sentence",
    "Incendie\n\nPar la rédaction de La Provence\n\nLe texte.", { title = "Incendie",
    author = "la rédaction de La Provence" }, "Le texte." },
  { "2.44 a newsroom in English", "Editorial\n\nBy The Editorial Board\n\nThe text.",
    { title = "Editorial", author = "The Editorial Board" }, "The text." },
  { "2.45 a newsroom's word opening a sentence is no byline", "Titre\n\nPar la rédaction, tout a changé.\n\nLe texte.",
    { title = "Titre" }, "Par la rédaction, tout a changé.\n\nLe texte." },
  { "2.46 a newsroom's byline with an agency after avec", "Colère\n\nPar la rédaction avec AFP\n\nLe texte.",
    { title = "Colère", author = "la rédaction" }, "Le texte." },
  { "2.47 an outlet's credit after its author's name and a bar: the name's", "Tramway\n\nThomas Gerbet | "
    .. "Radio-Canada\n\nPublié le 16 mai 2024\n\nLe texte.", { title = "Tramway", author = "Thomas Gerbet",
    published = "2024-05-16" }, "Le texte." },
  { "2.48 no author from an outlet's name before a bar", "Grève\n\nLe Parisien | AFP\n\nLe 5 décembre 2024 à 18h20\n\n"
    .. "Le texte.", { title = "Grève", published = "2024-12-05" }, "Le texte." },
  { "2.49 a byline's role capitalised; a date line with a weekday, a time in pm and an outlet after commas",
    "Title\n\nBy Aubrey Allegretti, Chief Political Correspondent\n\nMonday September 23 2024, 6.00pm, The "
    .. "Times\n\nThe text.", { title = "Title", author = "Aubrey Allegretti", published = "2024-09-23" },
    "The text." },
  { "2.50 a date, a comma and a person's name is no date line", "Titre\n\nLe 5 mars 2024, Emmanuel Macron\n\n"
    .. "Le texte.", { title = "Titre" }, "Le 5 mars 2024, Emmanuel Macron\n\nLe texte." },
  { "2.51 a byline and a stamp on one line, after a bar or a comma: the author and the date",
    "Titre\n\nPar Léa Martin | Publié le 04/12/2024 à 17:05\n\nLe texte.",
    { title = "Titre", author = "Léa Martin", published = "2024-12-04" }, "Le texte." },
  { "2.52 the same after a comma", "Titre\n\nPar Julien Moreau, Publié le 25 janvier 2024 à 19h30\n\nLe texte.",
    { title = "Titre", author = "Julien Moreau", published = "2024-01-25" }, "Le texte." },
  { "2.53 a date line with at, a time in a.m. and a zone", "Title\n\nBy Sarah Collins\n\nOctober 11, 2024 at 7:15 "
    .. "a.m. EDT\n\nThe text.", { title = "Title", author = "Sarah Collins", published = "2024-10-11" },
    "The text." },
  { "2.54 a sentence with a stamp's word after a comma is no date line", "Titre\n\nLe registre, mis à jour le "
    .. "25/01/2024, compte 300 noms.\n\nLe texte.", { title = "Titre" },
    "Le registre, mis à jour le 25/01/2024, compte 300 noms.\n\nLe texte." },
  { "2.55 a dateline with a place written as a name: a place of datelines and an agency", "Titre\n\nLondres (AFP) "
    .. "- Le texte.", { title = "Titre", author = "AFP" }, "Londres (AFP) - Le texte." },
  { "2.56 no dateline from a name and a party in brackets", "Titre\n\nEmmanuel Macron (Renaissance) - Le texte.",
    { title = "Titre" }, "Emmanuel Macron (Renaissance) - Le texte." },
  { "2.57 a byline, a comma and a stamp's article before the date: its author and date",
    "Titre\n\nPar Hélène Marchand, le 18/09/2024 à 10:30\n\nLe texte.",
    { title = "Titre", author = "Hélène Marchand", published = "2024-09-18" }, "Le texte." },
  { "2.57b the same with no comma", "Titre\n\nPar Hélène Marchand le 18 septembre 2024\n\nLe texte.",
    { title = "Titre", author = "Hélène Marchand", published = "2024-09-18" }, "Le texte." },
  { "2.57c a sentence's words and a comma before the article: text", "Titre\n\nPar ailleurs, le 18/09/2024\n\nLe texte.",
    { title = "Titre" }, "Par ailleurs, le 18/09/2024\n\nLe texte." },
  { "2.58 a rubric with a dash between its words, a byline under it", "Titre\nCulture - Cinéma\nPar Hélène "
    .. "Marchand\n\nLe texte.", { title = "Titre", author = "Hélène Marchand" }, "Le texte." },
  { "2.59 one headline under a related head, furniture after it", "Titre\n\nLe texte.\n\nLire aussi\n"
    .. "Sécurité routière : la mortalité en baisse\nRetour en haut", { title = "Titre" }, "Le texte." },
  { "2.60 headlines of four words or more under a related head, up to furniture or the end (not two short lines)",
    "Titre\n\nLe texte.\n\nLire aussi\nMercosur : ce que contient l'accord\nPrix du lait : les éleveurs "
    .. "dans l'impasse\nRetour en haut\n\nLire aussi\nPar Berth\nseptembre 2019", { title = "Titre" },
    "Le texte.\n\nPar Berth\nseptembre 2019" },
  { "2.61 a breadcrumb above the title, sharing buttons, a reader's poll, an agency's credits",
    "Accueil > Économie > Agriculture\n\nTitre\nPartager sur Facebook\nPartager sur X\n\nLe texte.\n\n"
    .. "Cet article vous a été utile ? Oui Non\nReporting by Sarah Collins in San Francisco; Editing by Mark Porter",
    { title = "Titre" }, "Le texte." },
  { "2.62 a page's tags, a button to comment, a broadcaster's credits",
    "Titre\n\nLe texte.\n\nTags : Cyberattaque, Hôpital, Cannes\nRéagir\nAvec les informations de Cathy Senay",
    { title = "Titre" }, "Le texte." },
  { "2.63 an agency's name alone on its line signs the copy: its author when none is known",
    "Titre\nPublié le 4 mars 2024 à 11:32\n\nLe texte.\n\nBelga",
    { title = "Titre", author = "Belga", published = "2024-03-04" }, "Le texte." },
  { "2.64 a copyright line, an agency's credits in brackets; a dateline under a section's name",
    "Titre\n\nAFRIQUE\nDakar, 21 novembre 2024 (AFP) -\n\nLe texte.\n\n(Reporting by Max Cherney; Editing by Sam "
    .. "Holmes)\n© 2024 AFP",
    { title = "Titre", author = "AFP", published = "2024-11-21" }, "AFRIQUE\nDakar, 21 novembre 2024 (AFP) -\n\nLe texte." },
  { "2.65 a byline and its date after a dash; a stamp's year in two digits",
    "Titre\nPar Julien Martin — 6 décembre 2024 à 18:30\n\nLe texte.", { title = "Titre", author = "Julien Martin",
    published = "2024-12-06" }, "Le texte." },
  { "2.66", "Titre\n20 Minutes avec AFP | Publié le 04/12/24 à 12h16\n\nLe texte.",
    { title = "Titre", published = "2024-12-04" }, "Le texte." },
  { "2.67 a stamp with no date, today's and its times: furniture, the outlet's credit above it too",
    "Titre\nLe Monde avec AFP\nPublié aujourd'hui à 10h21, modifié à 12h05\n\nLe texte.\n\nPublié hier à 18h30 "
    .. "par la rédaction.", { title = "Titre", author = "Le Monde" }, "Le texte.\n\nPublié hier à 18h30 par la "
    .. "rédaction." },
  { "2.68 a stamp's second date after a comma, the first's article before it",
    "Titre\nLe 17 janvier 2025 à 22h15, modifié le 18 janvier 2025 à 08h03\n\nLe texte.",
    { title = "Titre", published = "2025-01-17" }, "Le texte." },
  { "2.69 a dateline with a place and a date, no agency, before a dash",
    "Titre\n\nDakar, le 27 juin 2025 – Le Fonds monétaire international a approuvé un programme.",
    { title = "Titre", published = "2025-06-27" },
    "Dakar, le 27 juin 2025 – Le Fonds monétaire international a approuvé un programme." },
  { "2.70 a headline under a related head with its date on the line under it, in a link or not",
    "Titre\n\nLe texte.\n\nLire aussi\nEspagne : le roi chahuté à Paiporta\n[03/11/2024](#)\nRetour en haut\n\n"
    .. "Lire aussi\nBudget : le Sénat adopte la partie recettes\n26/11/2024\nGrève : un TGV sur deux jeudi\n"
    .. "11/12/2024\nRetour en haut", { title = "Titre" }, "Le texte." },
  { "2.71 a dateline with a place of up to three words written as a name and one of the agencies; not another "
    .. "bracket", "Titre\n\nAvignon (AFP) - Le texte.\n\nLe Caire (Reuters) - Un autre.", { title = "Titre", author = "AFP" },
    "Avignon (AFP) - Le texte.\n\nLe Caire (Reuters) - Un autre." },
  { "2.72 a byline that credits an outlet: capitalised words or numbers, four at most, an agency after avec, or "
    .. "an outlet written in lower case; a comment button with its count is furniture",
    "Titre\nPar 20 Minutes avec agences\n\nLe texte.\n\nCommenter (12)", { title = "Titre", author = "20 Minutes" },
    "Le texte." },
  { "2.73 the same: one word, hyphenated ('Par Ouest-France avec AFP'), in lower case ('Par franceinfo')",
    "Titre\nPar franceinfo avec AFP\n\nLe texte.", { title = "Titre", author = "franceinfo" }, "Le texte." },
  { "2.74 the same in English; not a sentence after Par", "Title\nBy Reuters\n\nThe text.\n\nPar ailleurs, rien.",
    { title = "Title", author = "Reuters" }, "The text.\n\nPar ailleurs, rien." },
  { "2.75 an outlet's credit right after a stamp, the header's last line, goes",
    "Titre\nPublié le 18/07/2024 à 11:40\nNice-Matin\n\nSept personnes ont péri.",
    { title = "Titre", published = "2024-07-18" }, "Sept personnes ont péri." },
  { "2.76 agencies joined by et after avec are left out of the byline's name",
    "Titre\nPar Le Monde avec AFP et Reuters\n\nLe texte.", { title = "Titre", author = "Le Monde" }, "Le texte." },
  { "2.77 a newsroom's line with an outlet credited, without Par, is a byline (not 'La rédaction' alone)",
    "Titre\nRédaction franceinfo avec AFP\nPublié le 25/11/2024 15:58\n\nLe texte.",
    { title = "Titre", author = "Rédaction franceinfo", published = "2024-11-25" }, "Le texte." },
  { "2.78 the same: after de; a bare newsroom stays", "Titre\nLa rédaction de La Provence\n\nLe texte.\n\nLa "
    .. "rédaction", { title = "Titre", author = "La rédaction de La Provence" }, "Le texte.\n\nLa rédaction" },
  { "2.79 a person's name alone between the outlet and the date is the author; an outlet with a number goes",
    "Titre\nLe Devoir\nJeanne Corriveau\n13 novembre 2024\n\nLe texte.",
    { title = "Titre", author = "Jeanne Corriveau", published = "2024-11-13" }, "Le texte." },
  { "2.80 the same: an outlet's name with a number before its byline", "Titre\n20 Minutes\nPar Léa Martin\n\nLe "
    .. "texte.", { title = "Titre", author = "Léa Martin" }, "Le texte." },
  { "2.81 a name with no more of the header after it stays", "Titre\n\nJean Dupont\n\nLe texte.",
    { title = "Titre" }, "Jean Dupont\n\nLe texte." },
  { "2.82 a stamp whose zone has an offset (GMT+1); an agency's name alone before it signs the copy",
    "Title\nReuters\nNovember 7, 2024 3:45 AM GMT+1\n\nThe text.",
    { title = "Title", author = "Reuters", published = "2024-11-07" }, "The text." },
  { "2.83 a stamp with a time and no day ('Publié à 22 h 48') is one: the name before it signs",
    "Titre\nLa Presse\nRichard Labbé\nPublié à 22 h 48\nMis à jour le 3 décembre 2024\n\nLe texte.",
    { title = "Titre", author = "Richard Labbé", published = "2024-12-03" }, "Le texte." },
  { "2.84 an outlet's line with an agency after avec signs the copy; a date written D-M-Y",
    "Titre\nLe Point avec AFP\nPublié le 04-12-2024 à 10h11\n\nLe texte.",
    { title = "Titre", author = "Le Point", published = "2024-12-04" }, "Le texte." },
  { "2.85 an outlet's credit before a byline with a bar, then the date: all header",
    "Titre\nRadio-Canada\nThomas Gerbet | Radio-Canada\nPublié le 10 mars 2024\n\nLe texte.",
    { title = "Titre", author = "Thomas Gerbet", published = "2024-03-10" }, "Le texte." },
  { "2.86 a stamp that tells how long ago is one, its day unknown; an outlet's name in lower case",
    "Titre\n24 heures\nPar Jean Dupont\nPublié il y a 3 heures\n\nLe texte.\n\nUpdated 2 hours ago",
    { title = "Titre", author = "Jean Dupont" }, "Le texte." },
  { "2.87 an overseas station's name, in lower case in its middle, is an outlet's byline",
    "Titre\nPar Nouvelle-Calédonie la 1ère\nPublié le 12 septembre 2024 à 07h12\n\nLe texte.",
    { title = "Titre", author = "Nouvelle-Calédonie la 1ère", published = "2024-09-12" }, "Le texte." },
  { "2.88 a place, a comma and a stamp's article before the date is a stamp; not a date before a name",
    "Titre\nRédaction Rennes, le 25/11/2024\n\nLe texte.\n\nTitre 2\nLe 5 mars 2024, Emmanuel Macron\n\nLe texte.",
    { title = "Titre", published = "2024-11-25" }, "Le texte.\n\nTitre 2\nLe 5 mars 2024, Emmanuel Macron\n\nLe texte." },
  { "2.89 a date, a separator and a byline after it: a stamp and its author",
    "Titre\nNov 30, 2024 | By Jordan Novet\n\nThe text.",
    { title = "Titre", author = "Jordan Novet", published = "2024-11-30" }, "The text." },
  { "2.90 a separator between a stamp's date and its time, an outlet before: a stamp",
    "Titre\nLe Soir - 03/12/2024 - 14:32\n\nLe texte.",
    { title = "Titre", published = "2024-12-03" }, "Le texte." },
  { "2.91 a date alone after its article, a role and its possessive before a byline's name: a stamp and its author",
    "Titre\n\nPar notre correspondante à Madrid, Sandrine Morel\nLe 29 novembre 2024\n\nLe texte.",
    { title = "Titre", author = "Sandrine Morel", published = "2024-11-29" }, "Le texte." },
  { "2.92 a role in lower case after the possessive, then the name; not a date opening a sentence",
    "Titre\nPar notre envoyé spécial Jean Dupont\n\nLe 5 mars 2024, Emmanuel Macron a parlé.",
    { title = "Titre", author = "Jean Dupont" }, "Le 5 mars 2024, Emmanuel Macron a parlé." },
  { "2.93 an agency alone whatever its capitals, an outlet in lower case with one: their credits",
    "Titre\n\nLa Presse Canadienne\nPublié le 25 novembre 2024 à 6 h 00\n\nLe texte.",
    { title = "Titre", author = "La Presse Canadienne", published = "2024-11-25" }, "Le texte." },
  { "2.94 an outlet in lower case with an agency", "Titre\n\nfranceinfo avec AFP\nPublié le 21/11/2024 08:12\n\nLe texte.",
    { title = "Titre", author = "franceinfo", published = "2024-11-21" }, "Le texte." },
  { "2.95 a title ending on initials", "Northvolt files for bankruptcy in the U.S.\n\nBy Anna Ringstrom\n\nThe text.",
    { title = "Northvolt files for bankruptcy in the U.S.", author = "Anna Ringstrom" }, "The text." },
  { "2.96 a reading time leaves the body, in any of its forms; not a sentence about reading",
    "Titre\n\nTemps de Lecture 4 min.\n\nLe texte.\n\nLecture : 3 min\n5 min de lecture\n4 min read\n\n"
      .. "La lecture de 5 minutes par jour aide.",
    { title = "Titre" }, "Le texte.\n\nLa lecture de 5 minutes par jour aide." },
  { "2.97 an outlet's name with an elided particle signs the byline",
    "Titre\n\nPar Dernières Nouvelles d'Alsace\nPublié le 09 août 2023 à 21h10\n\nLe texte.",
    { title = "Titre", author = "Dernières Nouvelles d'Alsace", published = "2023-08-09" }, "Le texte." },
  { "2.98 an outlet's credit, a comma and the stamp: a date line",
    "Titre\n\nPar Léa Martin\nLe Figaro, publié le 28/11/2024 à 11:30\n\nLe texte.",
    { title = "Titre", author = "Léa Martin", published = "2024-11-28" }, "Le texte." },
  { "2.99 a place, a comma and the date, no article: a date line",
    "Titre\n\nPar Koffi Yao\nAbidjan, 18 octobre 2024\n\nLe texte.",
    { title = "Titre", author = "Koffi Yao", published = "2024-10-18" }, "Le texte." },
  { "2.99a a long dash between the date and its time: a date line",
    "Title\n\nBy Michael Koziol\nMarch 1, 2024 — 12.01am\n\nThe text.",
    { title = "Title", author = "Michael Koziol", published = "2024-03-01" }, "The text." },
  { "2.99b an outlet named with an adjective in lower case is a credit of the header",
    "Titre\n\nLe Dauphiné libéré\nPar la rédaction\nVendredi 16 février 2024\n\nLe texte.",
    { title = "Titre", author = "la rédaction", published = "2024-02-16" }, "Le texte." },
  { "2.99c a time before the date, a comma between its month and its year",
    "Title\n\nBy Jess Ma\nPublished: 4:45pm, 15 Aug, 2024\n\nThe text.",
    { title = "Title", author = "Jess Ma", published = "2024-08-15" }, "The text." },
  { "2.99d a journalist's name and role after a comma, no By; an outlet's name above it",
    "Title\n\nThe Guardian\nRebecca Ratcliffe, south-east Asia correspondent\nSat 29 Mar 2025 06.30 GMT\n\nThe text.",
    { title = "Title", author = "Rebecca Ratcliffe", published = "2025-03-29" }, "The text." },
  { "2.99e English: where the journalist writes from after in",
    "Title\n\nFinancial Times\nMichael Acton in San Francisco\nFebruary 24 2025\n\nThe text.",
    { title = "Title", author = "Michael Acton", published = "2025-02-24" }, "The text." },
  { "2.99f agencies on one line credit the copy; a date in the American order",
    "Title\n\nDeutsche Welle\ndpa, Reuters\n01/15/2024\n\nThe text.",
    { title = "Title", author = "dpa, Reuters", published = "2024-01-15" }, "The text." },
  { "2.8 dateline glued to the first word",
    "Titre\nMoscouLe Kremlin a répondu.", { title = "Titre" }, "Moscou – Le Kremlin a répondu." },
}
for _, c in ipairs(CASES) do
  local body, meta = clean.article(c[2])
  local sub = {}
  for k in pairs(c[3]) do sub[k] = meta[k] end
  for _, k in ipairs{ "title", "author", "published", "url" } do
    if c[3][k] == nil and meta[k] ~= nil then sub[k] = meta[k] end
  end
  H.eq(c[1] .. " meta", sub, c[3])
  if c[4] then H.eq(c[1] .. " body", body, c[4]) end
end

-- 3: stamps, names, language
H.eq("3.1 stamps", { clean.is_stamp("22 novembre 2024 · 10:28"), clean.is_stamp("Aujourd'hui · 02:04"),
  clean.is_stamp("21/11/2024 | 04h38"), clean.is_stamp("La guerre · 10:28 heures") }, { true, true, true, false })
H.eq("3.2 names", { clean.as_name("Peter van Halteren"), clean.as_name("la rédaction"),
  clean.as_name("Élise Lucet"), clean.as_name("27/01/2025") }, { "Peter van Halteren", nil, "Élise Lucet", nil })
H.eq("3.2b bylines: a role, an outlet after the comma go; names, names in capitals stay (and all, out of a byline)",
  { clean.as_name("Par Jean Dupont, envoyé spécial à Kiev", true), clean.as_name("By Nick Triggle, BBC News", true),
    clean.as_name("Par Paul Lefèvre, Camille Roux", true), clean.as_name("By Jane Doe, The Guardian", true),
    clean.as_name("Par JEAN DUPONT, MARIE MARTIN", true), clean.as_name("Jean Dupont, Le Figaro") },
  { "Jean Dupont", "Nick Triggle", "Paul Lefèvre, Camille Roux", "Jane Doe", "JEAN DUPONT, MARIE MARTIN",
    "Jean Dupont, Le Figaro" })
H.eq("3.3 language", { clean.detect_language("Les soldats de la Corée du Nord sont en Russie depuis le mois dernier."),
  clean.detect_language("The soldiers of North Korea have been in Russia since last month."),
  clean.detect_language("Die Soldaten Nordkoreas sind seit letztem Monat in Russland."),
  clean.detect_language("trop court") }, { "fr", "en", "de", nil })
table.insert(clean.rules.drop, "^newsletter$")
H.eq("3.4 rules extend", (clean.article("Titre\nTexte.\nNewsletter")), "Texte.")
table.remove(clean.rules.drop)
do  -- dates, time stamps and bylines in German, Spanish, Italian, Portuguese and Dutch headers
  local dates = {}
  for _, d in ipairs{ "27. Januar 2025", "Berlin, 3. März 2024", "27 de enero de 2025", "27 gennaio 2025",
                      "5 de março de 2024", "12 mei 2023", "1er décembre 2024" } do
    dates[#dates + 1] = clean.find_date(d) or false
  end
  H.eq("3.5 dates of seven languages", dates,
       { "2025-01-27", "2024-03-03", "2025-01-27", "2025-01-27", "2024-03-05", "2023-05-12", "2024-12-01" })
  H.eq("3.6 stamps of other languages", { clean.is_stamp("Heute · 10:28"), clean.is_stamp("Ayer · 22:04"),
       clean.is_stamp("Hausse · 10:28") }, { true, true, false })
  local metas = {}
  for _, a in ipairs{
      "Nordkorea schickt weitere Soldaten\nVon Anna Schmidt\n27. Januar 2025\n\nNach Angaben des Geheimdienstes hat Nordkorea rund 11 000 Soldaten nach Russland geschickt.\n",
      "Corea del Norte envía más soldados\nPor Ana García\n27 de enero de 2025\n\nSegún el servicio de inteligencia, Corea del Norte envió unos 11 000 soldados a Rusia.\n",
      "La Corea del Nord invia altri soldati\ndi Marco Bianchi\n27 gennaio 2025\n\nSecondo i servizi segreti la Corea del Nord ha inviato circa 11 000 soldati in Russia.\n" } do
    local _, m = clean.article(a)
    metas[#metas + 1] = { m.author, m.published, m.lang }
  end
  H.eq("3.7 bylines of other languages: author, date, language", metas,
       { { "Anna Schmidt", "2025-01-27", "de" }, { "Ana García", "2025-01-27", "es" },
         { "Marco Bianchi", "2025-01-27", "it" } })
end

-- 4: HTML
local html = [[<!doctype html><html lang="fr"><head><title>Le titre &amp; la suite</title>
<meta name="author" content="Anne Martin"><meta property="article:published_time" content="2025-01-27T10:00:00Z">
<link rel="canonical" href="https://ex.fr/a"><style>p{color:red}</style><script>var x = "<p>no</p>";</script></head>
<body><h1>Le titre</h1><p>Premier&nbsp;paragraphe, <b>gras</b>.</p><p>Second<br>ligne</p>
<!-- commentaire --><noscript>rien</noscript></body></html>]]
local text, meta = core.html_text(html)
H.eq("4.1 html text", text, "Le titre\nPremier\194\160paragraphe, gras.\nSecond\nligne\n")
H.eq("4.2 html meta", meta, { title = "Le titre & la suite", lang = "fr", author = "Anne Martin",
  published = "2025-01-27T10:00:00Z", url = "https://ex.fr/a" })

-- a field a CSV export left quoted (FreSaDa's titles): unquoted; other quotes kept
H.eq("5.1 unquote", { clean.unquote('"""Game of Thrones"" saison 7"'), clean.unquote('"""A"" et ""B"""'),
  clean.unquote('"Une citation"'), clean.unquote('"a ""b" c"'), clean.unquote("Sans") },
  { '"Game of Thrones" saison 7', '"A" et "B"', '"Une citation"', '"a ""b" c"', "Sans" })
local _, qmeta = clean.article("Corps du texte.", { title = '"""Harry Potter"" revient"' })
H.eq("5.2 a known title unquoted", qmeta.title, '"Harry Potter" revient')

-- 6: lines and line ends by plain searches, as the patterns they replace
local function collect(it) local t = {}; for l in it do t[#t + 1] = l end; return t end
H.eq("6.1 lines", collect(clean.lines("a\nb")), { "a", "b" })
H.eq("6.2 a final newline ends an empty line", collect(clean.lines("a\n")), { "a", "" })
H.eq("6.3 empty text: one empty line", collect(clean.lines("")), { "" })
H.eq("6.4 CR LF with cr", collect(clean.lines("a\r\nb\r\n", true)), { "a", "b", "" })
H.eq("6.5 a CR inside a line stays", collect(clean.lines("a\rb\n", true)), { "a\rb", "" })
H.eq("6.6 a CR ending the text", collect(clean.lines("x\na\r", true)), { "x", "a" })
H.eq("6.7 lf", clean.lf("a\r\nb\rc\n"), "a\nb\nc\n")
do  -- the same lines as (s .. "\n"):gmatch("(.-)\r?\n") on random texts of a, CR, LF
  local function same_lines(a, b) return #a == #b and table.concat(a, "\0") == table.concat(b, "\0") end
  local bytes, same, seed = { "a", "\r", "\n", "b" }, true, 7
  for _ = 1, 500 do
    local t = {}
    for k = 1, seed % 13 do seed = (seed * 1103515245 + 12345) % 2147483648; t[k] = bytes[seed % 4 + 1] end
    seed = (seed * 1103515245 + 12345) % 2147483648
    local s = table.concat(t)
    local want, want_cr = collect((s .. "\n"):gmatch("(.-)\n")), collect((s .. "\n"):gmatch("(.-)\r?\n"))
    if not (same_lines(collect(clean.lines(s)), want) and same_lines(collect(clean.lines(s, true)), want_cr)
            and clean.lf(s) == s:gsub("\r\n?", "\n")) then
      same = false
    end
  end
  H.eq("6.8 lines and lf agree with the patterns on 500 random texts", same, true)
end

H.eq("6.9 language profiles", { clean.detect_language("The troops were sent to the front, and they said it was over."),
  clean.detect_language("Les soldats ont été envoyés au front et ils ont dit que c'était fini."),
  clean.detect_language("一二三四五六七八"), clean.detect_language("un deux") }, { "en", "fr", "other", nil })
do  -- the same news in seven languages (written for this test), each told by its stopwords, the
    -- words several languages share ("la", "de", "non", "in") weighing less than their own
  local news = {
    fr = "Selon le service de renseignement sud-coréen, la Corée du Nord a envoyé l'automne dernier quelque 11 000 soldats en Russie. Les troupes ont été déployées dans la région de Koursk, où elles ont participé aux combats contre l'armée ukrainienne. Depuis, plusieurs centaines d'entre eux auraient été tués ou blessés.",
    en = "According to South Korea's intelligence service, North Korea sent about 11,000 troops to Russia last autumn. The troops were deployed in the Kursk region, where they took part in the fighting against the Ukrainian army. Since then, several hundred of them are believed to have been killed or wounded.",
    de = "Nach Angaben des südkoreanischen Geheimdienstes hat Nordkorea im vergangenen Herbst rund 11 000 Soldaten nach Russland geschickt. Die Truppen wurden in der Region Kursk eingesetzt, wo sie an den Kämpfen gegen die ukrainische Armee teilnahmen. Seitdem sollen mehrere hundert von ihnen getötet oder verwundet worden sein.",
    es = "Según el servicio de inteligencia surcoreano, Corea del Norte envió el pasado otoño unos 11 000 soldados a Rusia. Las tropas fueron desplegadas en la región de Kursk, donde participaron en los combates contra el ejército ucraniano. Desde entonces, varios centenares de ellos habrían muerto o resultado heridos.",
    it = "Secondo i servizi segreti sudcoreani, la Corea del Nord ha inviato lo scorso autunno circa 11 000 soldati in Russia. Le truppe sono state schierate nella regione di Kursk, dove hanno partecipato ai combattimenti contro l'esercito ucraino. Da allora diverse centinaia di loro sarebbero stati uccisi o feriti.",
    pt = "Segundo os serviços de informações sul-coreanos, a Coreia do Norte enviou no outono passado cerca de 11 000 soldados para a Rússia. As tropas foram destacadas na região de Kursk, onde participaram nos combates contra o exército ucraniano. Desde então, várias centenas deles terão sido mortos ou feridos.",
    nl = "Volgens de Zuid-Koreaanse inlichtingendienst heeft Noord-Korea vorig najaar ongeveer 11 000 soldaten naar Rusland gestuurd. De troepen werden ingezet in de regio Koersk, waar ze deelnamen aan de gevechten tegen het Oekraïense leger. Sindsdien zouden enkele honderden van hen zijn gedood of gewond geraakt.",
  }
  local got, want = {}, {}
  for _, l in ipairs{ "fr", "en", "de", "es", "it", "pt", "nl" } do
    got[#got + 1] = clean.detect_language(news[l])
    want[#want + 1] = l
  end
  H.eq("6.10 seven languages told apart", got, want)
  got, want = {}, {}
  for _, f in ipairs{ "000_45b0a500611b074f.txt", "001_0dc4f03766a95fab.txt", "002_7b5495d69e18ed18.txt",
                      "003_f65f4b272ae20413.txt", "004_6af0ef2c71c73676.txt" } do
    got[#got + 1] = clean.detect_language(assert(io.open("corpus/" .. f)):read("a"))
    want[#want + 1] = "fr"
  end
  H.eq("6.11 the corpus articles are French", got, want)
  H.eq("6.12 shared words alone tell no language", clean.detect_language("Non. Non, non, non ? Non."), "other")
end

os.exit(H.report("test_clean"))
