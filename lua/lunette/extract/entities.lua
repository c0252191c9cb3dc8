--- lunette.extract.entities: people, organisations and places.
---
--- entities(text, opts) -> records { start, end, text, type } with type person,
--- org, place or other. Two sources: the shipped gazetteer
--- (lunette.extract.gazetteer; names match case- and accent-folded, acronyms
--- match as written), and capitalised sequences joined by particles
--- ("Kim Jong-un", "Peter van Halteren"), typed by their words. An
--- organisation followed by "de/du + place" takes the place in
--- ("État-major interarmées de Corée du Sud").
local seq = require "lunette.extract.seq"
local numbers = require "lunette.extract.numbers"
local names = require "lunette.extract.names"      -- (titles; first names are read through sources)
local analyzer = require "lunette.analyzer"

local M = { name = "entities", version = "1" }

local set = require("lunette.extract.seq").set

M.rules = {
  particles = set{ "de", "du", "des", "d'", "van", "von", "der", "den", "la", "le", "al", "el", "bin", "ben",
                   "di", "da", "dos", "y", "of", "the", "for" },
  -- particles that hold an article: things and places more often than people's names
  article_particles = set{ "du", "des", "la", "l'", "the", "for" },
  -- words that make a capitalised sequence an organisation (folded)
  org_words = set{ "service", "services", "agence", "ministere", "armee", "etat-major", "parti", "commission",
    "conseil", "union", "organisation", "organization", "universite", "journal", "daily", "news", "times", "post",
    "analytics",
    "group", "groupe", "bank", "banque", "administration", "authority", "autorite", "board", "assemblee",
    "gouvernement", "forces", "garde", "comite", "institut", "cie",
    "fondation", "agency", "ministry", "department", "council", "party", "university", "inc", "ltd", "corp",
    "company", "compagnie", "societe", "tribunal", "cour", "parlement", "senat", "congres", "congress",
    "office", "bureau", "federation", "association", "reseau", "network", "press", "presse", "television",
    "radio", "media", "medias", "academie", "ecole", "hopital", "police", "gendarmerie", "marine", "navy",
    "assembly", "committee", "institute", "foundation", "authority", "court", "command", "force", "army",
    "motors", "airlines", "airways", "industries", "holdings", "systems", "electric", "syndicat", "syndicats",
    "ligue", "labs", "lab", "laboratoire", "laboratoires", "observatoire", "collectif", "mutuelle", "mutualite",
    "caisse", "chambre", "club", "fonds", "centre", "center", "centres", "centers", "confederation", "mouvement",
    "front", "alliance",
    "coalition", "research", "habitat", "chaire", "consulting", "partners", "capital", "studios", "records",
    "investments", "distribution", "energy", "advisors", "advisers", "securities", "insurance", "pharmaceuticals",
    "technologies", "ong", "think-tank", "restos", "system", "systeme", "programme", "program", "senate", "customs",
    "haut-commissariat", "commissariat", "secretariat",
    "democrats", "republicans", "coordination", "rassemblement", "chancellerie", "college", "society",
    "telecom", "telecoms", "ai", "grid", "unite",
    -- (newspapers: "The Orange County Register", "the Miami Herald")
    "register", "herald", "gazette", "chronicle", "inquirer", "examiner", "dispatch", "courier" },
  -- the letters of a franc after its noun: no name ("1 800 francs CFA")
  currency_letters = set{ "cfa", "cfp" },
  -- English participles that make a compound after a name an adjective ("Dublin-based", "US-led")
  compound_participles = set{ "based", "led", "backed", "born", "owned", "run", "funded", "linked", "made",
                              "controlled", "held", "allied", "aligned", "sponsored", "headquartered", "listed",
                              "supported", "dominated", "ruled", "occupied", "administered", "bound", "focused",
                              "style", "inspired", "brokered", "imposed", "registered", "flagged" },
  -- a sports club's letters before its town, written in capitals: the club is an organisation's name
  -- ("le RC Lens", "l'AS Monaco", "le FC Barcelone"), not the town
  club_prefixes = set{ "fc", "as", "rc", "ogc", "sc", "ac", "aj", "sco", "estac", "cf", "afc", "ssc", "rcd", "hsc",
                       "losc", "sm", "ea", "cs", "asse", "usm", "jsk" },
  -- capitalised adjectives before an organisation's word, part of its name: "le Haut Conseil des
  -- finances publiques", "la Haute Autorité de santé", "le Grand Conseil de Genève"
  org_lead_adjectives = set{ "haut", "haute", "hauts", "hautes", "grand", "grande", "nouveau", "nouvelle" },
  -- adjectives in lower case that go on an institution's name in French after its capitalised noun
  -- ("la Sécurité routière", "l'Assemblée nationale", "le Bureau politique", "le Conseil
  -- constitutionnel", "la Banque centrale européenne"): the run is an organisation's
  -- (lunette.extract.names.institution_adjectives: the attribution rules read them too)
  institution_adjectives = names.institution_adjectives,
  -- after such a name, what it is of, in lower case: de, d', du, des (with la, l'), a noun and an
  -- adjective or none, three times at most ("l'Agence nationale de la recherche", "la Caisse nationale
  -- d'assurance", "le Conseil supérieur de l'audiovisuel", "la Direction générale de la sécurité
  -- intérieure", "l'Agence nationale de sécurité du médicament", "la Commission consultative des droits de
  -- l'homme"); not a locution ("l'Assemblée nationale de nouveau réunie": complement_not), nor a day
  -- ("le Bureau politique de mardi dernier")
  complement_of = set{ "de", "d'", "du", "des" },
  complement_articles = set{ "la", "l'" },
  -- (and what it is for, with its article: "l'Institut pour l'étude de la guerre", "la Fondation pour la
  -- recherche médicale"; see extract)
  complement_for = set{ "pour" },
  for_articles = set{ "la", "l'", "le", "les" },
  complement_adjective = { "ique", "ale", "aux", "el", "elle", "aire", "if", "ive", "ieur", "ieure", "ier",
                           "iere", "ien", "ienne", "ais", "aise", "ile", "ee",      -- (de l'image animée)
                           "able", "ible", "ain", "aine" },           -- (énergies renouvelables, rénovation urbaine)
  complement_not = set{ "nouveau", "nouvelle", "maniere", "facon", "sorte", "fait", "loin", "plus", "moins",
                        "meme", "suite", "retour", "droit", "sens", "part", "temps", "fois", "toute", "tous",
                        "tout", "cette", "ce", "cet", "ces", "son", "sa", "ses", "leur", "leurs", "notre" },
  -- the nouns they go on, besides the organisations' words (not "la Journée internationale", "la
  -- Seconde Guerre mondiale", "le Secrétaire général"); of a state: a place ("la République
  -- populaire de Chine")
  institution_nouns = set{ "securite", "education", "fonction", "protection", "inspection", "direction",
    "reserve", "defense", "sante", "douane", "douanes", "delegation", "secretariat", "tresor", "prefecture",
    "mairie", "justice", "republique", "royaume",
    -- (a ministry's departments: "de la Transition écologique", "des Affaires étrangères")
    "transition", "affaires", "cohesion", "transformation" },
  state_nouns = set{ "republique", "royaume" },
  -- words that make a capitalised sequence a place (folded): first (Côte d'Azur, Mont Blanc,
  -- Rue de Solferino, Île Maurice), last (Silicon Valley, Wall Street, Rikers Island), a
  -- compass point first or after a particle (Caroline du Sud, Amérique du Nord; not Kanye
  -- West, nor C'EST in capitals); never with a first name in it (Val d'Oise Philippe Doucet)
  place_first = set{ "cote", "ile", "iles", "mont", "monts", "lac", "golfe", "baie", "vallee", "val", "cap",
    "detroit", "mer", "ocean", "plaine", "plateau", "massif", "foret", "rue", "avenue", "boulevard", "quai",
    "pont", "port", "desert", "province", "region", "departement", "canton", "peninsule", "parc", "jardin",
    "jardins", "gare", "aeroport", "place", "porte", "bois", "square", "esplanade", "chateau", "quartier",
    "isle", "mount", "lake", "cape", "fort" },
  -- abbreviations that open a place's name, a period after them or none: "St. Lucie County", "St Helens",
  -- "Mt. Hood", "Ft. Lauderdale" (a first name after one is the place's: Lucie)
  place_abbrevs = set{ "st", "ste", "mt", "ft" },
  place_last = set{ "island", "islands", "valley", "lake", "river", "bay", "coast", "gulf", "sea", "street",
    "park", "square", "bridge", "county", "city", "strip", "heights", "hills", "beach", "springs", "creek", "stadium",
    "airport",
    "falls", "canyon", "harbor", "harbour", "mountains", "peninsula", "avenue", "boulevard", "road", "township" },
  -- a preposition before a name that is no one's (no first name in it) in capitals
  not_person_preps = set{ "en" },
  -- lower-case nouns of inhabited places, before de / of and a name: "la ville de Pokrovsk"
  town_nouns = set{ "ville", "village", "commune", "localite", "bourgade", "bourg", "hameau", "agglomeration",
                    "quartier", "faubourg", "lieu-dit", "neighborhood", "neighbourhood", "suburb",
                    "city", "town", "municipality", "township", "oblast", "province", "region", "district",
                    "canton", "county", "departement", "port", "ile", "archipel", "peninsule",
                    "arrondissement", "municipalite",
                    -- (plural before a list: "les communes de Calenzana et de Montegrosso")
                    "villes", "villages", "communes", "localites", "quartiers", "cities", "towns", "municipalites" },
  -- how far back the plural of such a noun may stand before a name it lists (tokens)
  town_list_reach = 12,
  -- what leads to a place's name (folded; de stands for d' too): "installé près de Bergerac", "né à
  -- Tulle", "based in Leeds"; and "au sud de", "à l'est de" (compass)
  place_leads = { { "pres", "de" }, { "non", "loin", "de" }, { "proximite", "de" }, { "environs", "de" },
                  { "originaire", "de" }, { "originaires", "de" }, { "banlieue", "de" }, { "ne", "a" }, { "nee", "a" },
                  { "vit", "a" }, { "habite", "a" }, { "installe", "a" }, { "installee", "a" }, { "installes", "a" },
                  { "base", "a" }, { "basee", "a" }, { "situe", "a" }, { "situee", "a" }, { "domicilie", "a" },
                  { "domiciliee", "a" }, { "reside", "a" }, { "residant", "a" }, { "born", "in" }, { "based", "in" },
                  { "near" }, { "outskirts", "of" },
                  -- (the town whose mayor, prefect or people they are: "le bourgmestre de Pepinster", "les
                  -- habitants de Zouara", "le sous-préfet de Langon", "the mayor of Chico")
                  { "maire", "de" }, { "mairesse", "de" }, { "bourgmestre", "de" }, { "habitants", "de" },
                  { "prefet", "de" }, { "prefete", "de" }, { "sous-prefet", "de" }, { "sous-prefete", "de" },
                  -- (the town a disaster or an attack is named after: "le feu de Landiras", "la tuerie de
                  -- Chevaline", "le séisme d'Al Haouz")
                  { "feu", "de" }, { "incendie", "de" }, { "seisme", "de" }, { "attentat", "de" },
                  { "attentats", "de" }, { "fusillade", "de" }, { "tuerie", "de" }, { "naufrage", "de" },
                  { "inondations", "de" }, { "crue", "de" }, { "explosion", "de" },
                  { "mayor", "of" }, { "residents", "of" } },
  compass_leads = set{ "au", "l'", "the" },
  region_articles = set{ "le", "du", "au" },
  -- nouns of a leader's team or time, before the leader's name in French, after it in English: "le
  -- gouvernement Legault", "l'administration Trump", "the Biden administration", "the Trump campaign"
  -- (not camp: a camp is named after its place too, "le camp Pajol")
  leader_nouns = set{ "gouvernement", "administration", "cabinet", "clan", "ere", "government",
                      "campaign", "era" },
  -- prepositions of place before a name that a comma and a known place follow: "in Charlotte, North
  -- Carolina", "à Tulle, en Corrèze" (the second a place the gazetteer knows)
  place_preps = set{ "in", "at", "near", "from", "a" },
  -- and those before a town whose place follows it after a comma and en, au, aux ("de Florence, en Italie")
  from_preps = set{ "de", "d'", "depuis" },
  not_of_places = set{ "celui", "celle", "ceux", "celles", "sein", "part", "cote", "nom", "faveur" },
  place_links = set{ "en", "au", "aux" },
  -- English adjectives of a region before its place's name ("in western Libya")
  compass_adjectives = set{ "western", "eastern", "northern", "southern", "northwestern", "northeastern",
                            "southwestern", "southeastern", "central" },
  -- the articles before a place's name after de ("dans l'ouest de la Libye")
  place_articles = set{ "la", "l'", "le", "les", "the" },
  -- the lower-case words inside a hyphened name that make it a town's: Saint-Germain-en-Laye, Aix-les-Bains
  town_particles = set{ "sur", "sous", "en", "les", "lès", "lez", "le", "la", "de", "du", "des", "aux" },
  -- words after a place's name that keep it a place: "Washington DC", "Paris Montparnasse"
  place_suffixes = set{ "dc", "d.c", "montparnasse", "intra-muros", "centre", "city" },
  compass = set{ "sud", "nord", "est", "ouest", "south", "north", "east", "west", "sud-ouest", "sud-est",
    "nord-ouest", "nord-est", "northwest", "northeast", "southwest", "southeast", "midwest" },
  -- a capitalised particle opening a surname after these is a person's ("M. Le Pen", "le
  -- général de Gaulle", "la dynastie Le Pen"); after a title abbreviation, its period between
  surname_titles = set{ "m", "mme", "mlle", "me", "dr", "pr", "general", "marechal", "president", "presidente",
    "clan", "famille", "dynastie", "epoque", "ere", "madame", "monsieur", "maitre", "ministre", "depute",
    "deputee", "maire", "candidat", "candidate",
    -- (and the titles of a trade or rank before a surname: "le professeur Lapeña", "le juge Renard")
    "professeur", "docteur", "juge", "commissaire", "colonel", "commandant", "capitaine", "lieutenant",
    "procureur", "senateur", "senatrice", "avocat", "avocate", "chancelier", "chanceliere", "gouverneur",
    "prefet", "prefete", "ambassadeur", "ambassadrice", "sergent", "adjudant", "amiral", "abbe",
    "cardinal", "eveque", "archeveque", "rabbin", "imam", "pasteur", "inspecteur", "entraineur",
    "selectionneur" },
  -- abbreviated titles: no entity alone; the name after them is a person's ("M. Dupont", "Mme Roux")
  title_abbrevs = names.title_abbrevs,
  -- auxiliaries before a participle of saying after a name: "Potignon a affirmé"
  auxiliaries = set{ "a", "avait", "aurait", "has", "had" },
  -- what opens a clause whose subject a name may be ("dont Montebourg disait", "qu'Oxfam révèle")
  clause_openers = set{ "et", "mais", "que", "qu'", "dont", "car", "quand", "lorsque", "lorsqu'", "puis", "alors",
                        "and", "but", "as", "when", "while" },
  rank_titles = set{ "general", "marechal", "amiral", "colonel", "capitaine", "commandant", "famille", "clan",
    "dynastie", "m", "mme", "mlle" },
  rank_dets = set{ "le", "la", "du", "au", "l'", "les", "des", "aux" },   -- (not "le directeur général de Greenpeace")
  surname_particles = set{ "le", "la", "de", "du", "di", "da", "van", "von", "del", "della", "dos" },
  -- elisions that open a name when a capital is glued after them: N'Golo, M'Bappé, N'Diaye
  name_elisions = set{ "n'", "m'" },
  -- first names that are also common words or names of things: no person alone
  not_first_names = set{ "noel", "marianne", "pascal", "hugo", "paris", "oscar", "cesar", "victoire", "emmy" },
  -- capitalised words that are no names at the start of a sentence (folded)
  not_names = set{ "le", "la", "les", "un", "une", "des", "ce", "cette", "ces", "il", "elle", "ils", "elles",
    "selon", "alors", "outre", "malgre", "bien", "si", "mais", "en", "au", "aux", "pour", "dans", "sur", "avec",
    "apres", "avant", "depuis", "nous", "vous", "on", "aucune", "aucun", "plusieurs", "de", "du", "d'", "l'",
    "c'", "qu'", "the", "a", "an", "this", "that", "in", "on", "at", "according", "while", "but", "and", "it",
    "they", "we", "he", "she", "surtout", "cependant", "toutefois", "ainsi", "enfin", "puis", "par", "pyongyang",
    "entre", "sans", "sous", "chez", "vers", "contre", "pendant", "lors", "quand", "comme", "et", "ou", "donc",
    "car", "dont", "for", "with", "from", "after", "before", "when", "if",
    -- a signature: "La Rédaction"
    "redaction",
    -- connectives and adverbs opening a sentence: "Pourtant Ford a", "Lorsque Marie", "Or Saillans"
    "pourtant", "lorsque", "lorsqu'", "or", "ensuite", "desormais", "neanmoins", "aujourd'hui", "hier",
    "demain", "parfois", "soudain", "certes", "ici", "la-bas", "voici", "voila", "however", "then", "yet",
    "since", "although", "though", "despite", "during", "until", "because", "meanwhile", "earlier", "later",
    "also", "unlike", "amid",
    -- stamps of bylines: Posted On, By, Publié le, Mis à jour
    "posted", "by", "publie", "mis", "updated", "modifie", "quelques", "quelque",
    -- adverbs in -ment opening a sentence (a list: nouns end so too, Rassemblement, Jugement):
    -- "Heureusement Drucker a été mobilisé", "Principalement le NO2"
    "heureusement", "malheureusement", "evidemment", "finalement", "egalement", "notamment", "seulement",
    "recemment", "actuellement", "visiblement", "apparemment", "effectivement", "naturellement",
    "principalement", "simplement", "certainement", "probablement", "vraisemblablement", "justement",
    "forcement", "decidement", "clairement", "vraiment", "immediatement", "precisement", "curieusement",
    "etrangement", "bizarrement", "officiellement", "concretement", "personnellement", "initialement",
    "parallelement", "inversement", "globalement", "generalement", "habituellement",
    "surement", "totalement", "entierement", "directement", "rapidement", "lentement", "progressivement" },
  -- page furniture written in capitals or title case: no entity inside it (folded term sequences)
  furniture = { { "partagez", "cet", "article" }, { "meme", "rubrique" }, { "meme", "dessinateur" },
                { "meme", "auteur" }, { "photo", "credit" }, { "posted", "on" }, { "a", "lire", "aussi" },
                { "lire", "aussi" }, { "sur", "le", "meme", "sujet" }, { "read", "more" } },
  -- determiners before a word that make it no person's name alone ("un Oscar" with Oscar Wilde)
  name_determiners = set{ "un", "une", "le", "la", "les", "l'", "des", "du", "au", "aux", "ce", "cet", "cette" },
  -- articles before capitalised words that make them a thing's name when no title or first name says
  -- a person ("le Virus Ebola", "les Gilets Jaunes", "the Gun Violence Archive"); and possessives, "son App Store"
  thing_articles = set{ "le", "la", "l'", "les", "un", "une", "the", "son", "sa", "ses", "leur", "leurs" },
  -- the nouns of a local body, written with a capital for the institution before de and its place's name:
  -- an organisation ("la Ville de Genève", "la Mairie de Paris")
  local_bodies = set{ "ville", "mairie", "region", "departement", "metropole", "commune", "prefecture",
                      "collectivite" },
  -- the nouns of a vessel, whose name follows them: no place, no person ("le navire Ocean Viking")
  vessel_nouns = set{ "navire", "bateau", "cargo", "paquebot", "porte-avions", "porte-conteneurs", "petrolier",
                      "chalutier", "fregate", "sous-marin", "croiseur", "destroyer", "yacht", "voilier", "ferry",
                      "remorqueur", "brise-glace", "ship", "vessel", "tanker", "boat", "carrier", "frigate",
                      "submarine", "cruiser", "freighter", "trawler", "liner" },
  -- what ends the name of a day, a holiday's, no person's: "Election Day", "Christmas Eve"
  day_nouns = set{ "day", "eve" },
  -- what opens a storm's name, no person's: "Hurricane Helene", "la Tempête Ciarán" (alone, a name
  -- still: "La Tempête" of Shakespeare)
  storm_words = set{ "hurricane", "storm", "typhoon", "cyclone", "tempete", "ouragan", "typhon" },
  -- words that open a firm's name of two words or more: "Air France-KLM", "Air Liquide" (alone, none: "l'Air")
  firm_leads = set{ "air" },
  -- a short name in brackets after an organisation's lower-case words: its letters at most, and how many
  -- tokens back its first capital may stand ("l'Agence pour le développement de l'emploi (Adem)")
  short_name_max = 6,
  short_name_reach = 10,
  -- acronyms and abbreviations of common nouns: no entity alone ("son DRH", "les CV", "le QI"; and
  -- the time zones, numbers.time_zones: "14.05 BST")
  common_acronyms = set{ "cv", "cd", "dvd", "qi", "drh", "pdg", "dg", "tva", "sms", "pib", "rsa", "smic", "cdi", "cdd",
    "hlm", "sdf", "ivg", "ogm", "pme", "tpe", "rh", "tv", "pc", "gps", "usb", "vtc", "ok", "mp3", "adn", "vih", "ceo",
    "ia", "ai", "cfo", "gdp", "dna", "hiv", "faq", "pv", "rdv", "wc", "bd", "ado", "ados", "ong", "ngo", "ndlr",
    "nldr", "mp", "mps", "ceos", "ngos", "pdgs", "tgv", "ter", "rer", "suv", "lng", "gnl",
    -- (and common nouns often capitalised: "le site Internet")
    "internet", "web" },
  -- names written with an article that de / à contract: "une enquête du Monde", "au Figaro",
  -- "des Échos", "les 24 Heures du Mans" (the article, folded -> what contracts it)
  contracted = { le = set{ "du", "au" }, les = set{ "des", "aux" } },
  -- lower-case heads before "de (la) + a capitalised department" (see extract)
  ministry = set{ "ministere", "secretariat", "ministry", "department" },
  streets = set{ "rue", "avenue", "boulevard", "place", "quai", "pont", "impasse", "allee", "chemin", "route",
                  "square", "esplanade", "parvis", "gare", "porte", "rond-point", "stade", "aeroport" },
  -- (those that name a street only right before the name: "la place Beauvau", not "la place de Dupont",
  -- "le chemin de Serge Dassault")
  streets_alone = set{ "place", "porte", "route", "chemin" },
  -- buildings whose name follows them, a place with it, right before it only ("l'hôtel Radisson Blu", "le
  -- musée Picasso", "l'hôpital Georges-Pompidou")
  venues = set{ "hotel", "restaurant", "musee", "cathedrale", "basilique", "eglise", "mosquee", "synagogue",
                "chateau", "palais", "hopital", "lycee", "college", "prison" },
  seats = set{ "parquet", "tribunal", "prefecture", "mairie", "rectorat", "parquets", "tribunaux" },
  org_kinds = set{ "association", "syndicat", "parti", "ong", "fondation", "cabinet", "societe", "entreprise",
                   "groupe", "collectif", "mouvement", "institut", "agence", "banque", "assureur", "constructeur",
                   "coalition", "alliance",
                   "operateur", "laboratoire", "journal", "quotidien", "hebdomadaire", "magazine", "chaine", "revue",
                   "radio", "site", "club", "federation", "firme", "startup", "start-up", "company", "firm",
                   "group", "party", "union", "agency", "charity", "newspaper", "ecurie", "asbl", "office", "organisme",
                   -- (not fabricant, transporteur: someone too, "collègues d'Hussonnet, un fabricant de papier")
                   "distributeur", "equipementier", "compagnie",
                   -- (English firms by what they do: "Software maker Salesforce", "drugmaker Pfizer")
                   "maker", "carmaker", "automaker", "drugmaker", "chipmaker", "retailer", "lender", "insurer",
                   "carrier", "airline", "manufacturer", "conglomerate", "brokerage", "bank", "giant" },
  -- of those, the ones that are named after their leader as often: no organisation before a first name ("la
  -- coalition Réginald", a novel's band; "la coalition Takku Wallu" is one)
  kinds_after_people = set{ "coalition", "alliance" },
  -- a poll before its pollster's name, not a first name: "un sondage Léger" (not "le favori du sondage
  -- Alain Juppé")
  poll_nouns = set{ "sondage" },
  -- kinds in the plural before names: each name they list is an organisation's ("les syndicats CGT et FO")
  org_kinds_plural = set{ "syndicats", "associations", "partis", "ong", "entreprises", "groupes", "societes", "banques",
                          "agences", "fondations", "federations", "collectifs", "mouvements", "chaines", "journaux",
                          "quotidiens", "magazines", "clubs", "laboratoires", "assureurs", "constructeurs",
                          "operateurs", "firms", "companies", "groups", "parties", "unions", "agencies", "charities",
                          "newspapers", "banks", "insurers", "carmakers" },
  -- the nouns of an age after a number, in apposition to a name: "Amparo, 67 ans"
  age_nouns = set{ "ans", "an" },
  -- where one works, before an acronym: its organisation's ("économiste chez ING")
  workplace_preps = set{ "chez", "at" },
  workplace_jobs = set{ "analyste", "economiste", "strategiste", "consultant", "consultante", "chercheur",
                        "chercheuse", "associe", "associee", "gerant", "gerante", "trader", "analyst", "economist",
                        "strategist", "researcher", "partner" },
  -- the determiners of an apposition that names what a name is: "Zorbex, une start-up"
  apposition_dets = set{ "le", "la", "l'", "un", "une", "the", "a", "an" },
  -- the ranks before such a kind, with or without a determiner: "la FNSEA, premier syndicat agricole"
  apposition_ranks = set{ "premier", "premiere", "deuxieme", "second", "seconde", "troisieme", "principal",
                          "principale", "largest", "biggest", "leading", "main", "top" },
  relatives = set{ "qui", "que", "qu'", "dont", "ou", "who", "which", "that" },
  clause_words = set{ "s'", "se", "ne", "n'", "pourrait", "pourraient", "devrait", "devraient", "veut", "vont",
                      "peuvent", "doivent", "is", "was", "has", "had", "will", "would", "could", "should" },
  of = set{ "de", "du", "des", "d'", "of" },
  to = set{ "a", "au", "aux" },       -- (folded: à)
  -- the kinds of organisation a role heads, and the roles, before du and a person's name (see extract)
  member_kinds = set{ "parti", "groupe", "mouvement", "syndicat", "collectif", "club", "cabinet" },
  member_roles = set{ "president", "presidente", "vice-president", "vice-presidente", "copresident", "copresidente",
                      "tresorier", "tresoriere", "porte-parole", "patron", "patronne", "chef", "general", "generale",
                      "secretaire", "delegue", "deleguee", "dirigeant", "dirigeante", "fondateur", "fondatrice",
                      "cofondateur", "cofondatrice", "responsable", "leader", "numero", "directeur", "directrice",
                      "membre", "membres", "depute", "deputee", "elu", "elue", "senateur", "senatrice" },
  -- what joins two parts of an organisation's name: "ministère de l'Économie et des Finances"
  name_coordinators = set{ "et", "and", "&" },
  negations = set{ "ne", "n'" },
  -- prepositions (that no stopword list holds): no adjective of a kind of organisation
  prepositions = set{ "derriere", "devant", "apres", "avant", "contre", "chez", "sans", "sous", "vers", "pendant",
                      "depuis", "malgre", "selon", "entre", "parmi", "durant", "hors", "outre", "face", "pres", "via",
                      "comme", "behind", "after", "before", "against", "without", "under", "during", "since",
                      "despite", "between", "among", "near", "like" },
  -- forms of address before a name besides titles (see org_kinds' adjectives): "la compagnie de maman Lison"
  address_words = set{ "miss", "mister", "lady", "maman", "papa", "oncle", "tante", "cousin", "cousine", "frere",
                       "soeur", "pere", "mere", "abbe", "saint", "sainte", "mademoiselle", "monseigneur" },
  -- what links a kind of organisation to the noun that says more of it: "l'agence de notation Fitch"
  kind_links = set{ "de", "d'" },
  -- what links the last two names of a list (see place_leads)
  list_links = set{ "et", "ou", "and", "or" },
  -- common infinitives in -re, no complement of a name after de: "le ministère des Affaires étrangères
  -- | de réduire" (see infinitive_like)
  infinitives_re = set{ "faire", "dire", "reduire", "produire", "prendre", "mettre", "rendre", "vendre", "permettre",
                        "conduire", "construire", "suivre", "vivre", "lire", "ecrire", "combattre", "defendre",
                        "etendre", "detruire", "soumettre", "transmettre", "admettre", "reprendre", "comprendre",
                        "apprendre", "introduire", "instruire", "poursuivre", "resoudre", "repondre", "attendre" },
  -- what after an ampersand names a firm whoever's name comes before it: "Karen Clark & Co."
  firm_words = set{ "co", "cie", "company", "sons", "partners", "associates", "fils", "associes" },
  -- lower-case nouns whose capitalised complement a coordination goes on ("ministère de l'Économie
  -- et des Finances"; not "une alliance des Noirs et des Blancs")
  coordinated_heads = set{ "ministere", "ministry", "secretariat", "direction", "agence", "institut", "ecole",
                           "commission", "conseil", "comite", "office", "observatoire", "federation", "syndicat",
                           "universite", "departement", "department", "bureau", "haute" },
  -- (and the garde des Sceaux, the minister of Justice: "Sceaux" names no entity)
  minister = set{ "ministre", "ministres", "secretaire", "minister", "secretary", "garde" },
  -- lower-case words that end an organisation's name of lower-case words (verbs and participles
  -- that follow it often): "la Fondation du patrimoine | a", "le Conseil de sécurité | a voté"
  verbish = set{ "a", "ont", "est", "sont", "avait", "va", "doit", "peut", "fait", "dit" },
  generic_nouns = set{ "gens", "personnes", "choses", "fois", "ans", "mois", "jours", "membres", "partis", "cas",
                       "annee", "annees", "semaines", "heures", "ensemble" },
  -- capitalised words that make a sequence no person (folded): ordinals, common nouns of titles
  not_person = set{ "premiere", "premier", "premieres", "premiers", "deuxieme", "seconde", "second", "troisieme",
    "quatrieme", "guerre", "jeunes", "fire", "wildfire", "western", "eastern", "northern", "southern",
    "mondiale", "nouvelle", "grande", "grand", "saint", "sainte", "republique", "royaume", "empire", "etat",
    "affaires", "ministre", "president", "war", "world", "republic", "kingdom", "state", "states", "festival",
    "revue", "journal", "magazine", "hotel", "theatre", "musee", "stade", "prix", "coupe", "tour",
    "general", "generale", "photo", "credit", "quiz", "open", "ancien", "ancienne", "depute", "deputee",
    "senateur", "senatrice", "maire", "vice-president", "vice-presidente", "directeur", "directrice", "jeux",
    "olympiques", "haute", "autorite", "library", "control", "center", "centre", "story",
    "dieu", "mensuel", "hebdo", "deluxe" },
  -- titles of rank before a name, capitalised after an article: "le Prince Harry", "le Mollah Omar"
  noble_titles = set{ "prince", "princesse", "roi", "reine", "duc", "duchesse", "comte", "comtesse", "baron",
    "baronne", "lord", "lady", "sir", "cheikh", "sheikh", "emir", "sultan", "tsar", "infante", "pape", "mollah",
    "ayatollah", "maestro", "grand-duc", "marquis", "marquise", "vicomte" },
  -- a party's adjective, capitalised after a title, is no surname: "l'ancien gouverneur Républicain
  -- de Californie"
  party_adjectives = set{ "republicain", "republicaine", "democrate", "socialiste", "conservateur",
    "conservatrice", "travailliste", "ecologiste", "centriste", "communiste", "liberal", "liberale" },
  -- marks after which a capital opens a sentence: « Oui, ... », "Tout ce qui..."
  openers = set{ "\n", ":", "-", "«", "\"", "“", "(", "—", "–" },
  closers = set{ ",", ".", "!", "?", "…" },
  -- capitalised names of departments that precede a minister's name: "le ministre
  -- de l'Intérieur Manuel Valls" (the run starts after them); and of what a title holder
  -- heads: "le président de la République Emmanuel Macron", "le secrétaire d'État Jean Dupont"
  departments = set{ "interieur", "defense", "justice", "economie", "culture", "sante", "education", "agriculture",
    "travail", "environnement", "budget", "armees", "finances", "ecologie", "logement", "transports", "industrie",
    "numerique", "outre-mer", "sports", "affaires", "etrangeres", "europe", "jeunesse", "recherche", "commerce",
    "republique", "etat", "gouvernement", "region" },
  -- titles of persons before a name, no part of it (folded): "President Vladimir Putin",
  -- "Prime Minister Keir Starmer", "Mr Putin"; what follows is a person (not King, Lady,
  -- Prince: King Kong, Lady Gaga)
  titles = set{ "president", "presidente", "minister", "ministre", "chancellor", "chancelier",
    "chanceliere", "senator", "senateur", "governor", "gouverneur", "pope", "pape", "mr", "mrs", "ms", "dr",
    "monsieur", "madame", "mademoiselle", "secretary", "secretary-general", "ambassador", "mayor", "commissioner",
    "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "attorney" },
  -- titles only after the words they head or before a first name: "Senate Majority Leader Chuck
  -- Schumer", "House Speaker Mike Johnson", "Speaker Nancy Pelosi" (not "Leader Price", a shop)
  -- (and a title's acronym: "son PDG Stéphane Israël", "le CEO Tim Cook")
  -- (and English heads of a title of two words: "Chief Executive Jensen Huang", "County Manager Avril
  -- Pinder", "Sheriff Quentin Miller")
  title_heads = set({ "leader", "speaker", "prime", "executive", "manager", "sheriff", "judge", "chair", "premier" },
                    names.title_acronyms, names.offices_en),
  -- English words before a title that are part of it: "Deputy Prime Minister", "Acting Chief Executive"
  title_modifiers_en = set{ "deputy", "vice", "acting", "assistant", "interim", "former", "senior", "chief",
                            "associate", "principal", "special", "lieutenant" },
  -- the places a title after them is of, in English: "Harris County Judge Lina Hidalgo"
  title_places = set{ "county", "city", "state", "parish", "borough" },
  -- a name with its initials glued: F.Fillon, J.-L.Mélenchon
  initials = "^%u%.%-?%u?%.?%u[%l\195]",
  max_len = 8,
}

local dicts, acronyms, acronym_terms = {}, nil, nil    -- dicts: language -> its dictionary

-- does a name's word start with a capital (ASCII, or a Latin-1 one: U+00C0-U+00DF)?
local function upper(w) return w:find("^[%u\195]") ~= nil and not w:find("^\195[\160-\191]") end

local function load(lang)
  local entries = {}
  acronyms, acronym_terms = {}, {}
  for _, row in ipairs(require("lunette.extract.gazetteer")) do
    for k = 2, #row do
      local name = row[k]
      if name:match("^[%u%d]+$") and #name <= 6 then
        acronyms[name] = row
        acronym_terms[name:lower()] = true
      else   -- proper: written with a capital; last_upper: so is its last word; canonical: the row's first name
        -- (a place's name with hyphens is written without them too: "Pyrénées Atlantiques")
        local forms = { name }
        if row[1] == "place" and name:find("-", 1, true) then forms[2] = (name:gsub("%-", " ")) end
        -- (a row's last name, an English adjective of people in -an or -i, has a plural: Ukrainians,
        -- North Koreans, Israelis)
        if row[1] == "place" and k == #row and k > 2 and upper(name) and (name:find("an$") or name:find("i$")) then
          forms[#forms + 1] = name .. "s"
        end
        for _, written in ipairs(forms) do
          entries[#entries + 1] = { written, type = row[1], canonical = row[2], proper = upper(written),
                                    last_upper = upper(written:match("([^%s]+)$") or "") }
          -- (and without its article, after du / au / des / aux: "du Monde", "au Havre")
          local article, rest = written:match("^(%a+) (.+)$")
          local after = article and M.rules.contracted[article:lower()]
          if after and upper(rest) then
            entries[#entries + 1] = { rest, type = row[1], canonical = row[2], proper = true,
                                      last_upper = upper(rest:match("([^%s]+)$") or ""), after = after }
          end
        end
      end
    end
  end
  -- the names analysed as the text is (English: Korea's -> Korea 's)
  dicts[lang] = require("lunette.phrases").new(entries, { lang = lang })
end

--- Add a gazetteer row { type, name, ... } (for this process).
function M.add(row)
  table.insert(require("lunette.extract.gazetteer"), row)
  dicts = {}
end

local function org_word(t) return M.rules.org_words[t.term] end
-- does term w end as an adjective of M.rules.complement_adjective (a plural's s aside)?
-- Does a folded word end as an infinitive in -er or -ir does ("vérifier", "venir"), or is it one in -re
-- (M.rules.infinitives_re: "réduire")?
local function infinitive_like(w) return w:find("[^e][ei]r$") ~= nil or M.rules.infinitives_re[w] ~= nil end

local function adjective_like(w)
  if M.rules.institution_adjectives[w] then return true end        -- (de lutte antifraude)
  local endings = seq.derived(M.rules.complement_adjective, seq.set)
  w = w:gsub("s$", "")
  for n = 2, 5 do if endings[w:sub(-n)] then return true end end
  return false
end

-- the rules of lunette.extract.sources (read when first needed: it requires this module's gazetteer)
local function sources_rules() return require("lunette.extract.sources").rules end

-- the first names the attribution rules know (folded): one alone is a person
local sources_first_name
local function first_name(w)
  sources_first_name = sources_first_name or require("lunette.extract.sources").first_name
  return sources_first_name(w)
end

-- days are no names; months, capitalised in English, are none on their own ("in
-- March"), but may start one ("July Corliss"); in French a capitalised month
-- inside a sentence is a name (la planète Mars)
local dates = require "lunette.extract.dates"

-- the rows of rules.place_leads by their last word ("de": { "pres", "de" }, ...)
local NONE = {}
local function leads_by_last(rows)
  local by = {}
  for _, row in ipairs(rows) do
    local w = row[#row]
    by[w] = by[w] or {}
    by[w][#by[w] + 1] = row
  end
  return by
end

-- Is w a hyphened town's name: a lower-case particle between capitalised parts (Saint-Germain-en-Laye,
-- Aix-les-Bains), or d' before the last (Villeneuve-d'Ascq)?
local function hyphen_town(w)
  local parts = {}
  for part in w:gmatch("[^%-]+") do parts[#parts + 1] = part end
  if #parts < 2 or not parts[1]:find("^%u") then return false end
  local last = parts[#parts]
  if last:find("^d['’]%u") then return true end
  if not last:find("^%u") then return false end
  for k = 2, #parts - 1 do
    if M.rules.town_particles[parts[k]] then return true end
  end
  return false
end

--- Entities of a text. opts: lang, tokens.
function M.extract(text, opts)
  opts = opts or {}
  local lang = opts.lang == "en" and "en" or "fr"
  if not dicts[lang] then load(lang) end
  local an = analyzer.new{ lang = lang }
  local dict = dicts[lang]
  local toks, _, doc = seq.tokens_of(text, opts)
  local c_term, c_sent, c_start, c_flags, c_type = seq.columns(toks)   -- (neighbours read there: no record)
  -- the token starting at byte s (a binary search: matches are few)
  local function token_at(s)
    local lo, hi = 1, #toks
    while lo <= hi do
      local mid = (lo + hi) // 2
      local ms = c_start[mid]
      if ms == s then return mid elseif ms < s then lo = mid + 1 else hi = mid - 1 end
    end
    return nil
  end
  -- does the run a..b hold an article after its particle, in lower case (du, des, de la, de l')?
  -- ("Salon de l'Agriculture", "Almanach du Gorafi"; not "Marielle de Sarnez", "Armin van Buuren")
  local function particled(a, b)
    for k = a + 1, b - 1 do
      if M.rules.article_particles[c_term[k]] and c_flags[k] & 1 == 0 then return true end
    end
    return false
  end
  -- is token k a sports club's letters, in capitals (M.rules.club_prefixes: "RC", not "as")?
  local function club_at(k) return M.rules.club_prefixes[c_term[k]] and c_flags[k] & 2 ~= 0 end
  -- is token k capitalised, in the sentence of token a?
  local function capital_at(k, a) return c_flags[k] and c_flags[k] & 1 ~= 0 and c_sent[k] == c_sent[a] end
  local taken, found = {}, {}
  local opening = {}              -- lone capitalised words opening a sentence, passed over
  local place_led = {}            -- a place's or org's name that a capitalised word continues: an organisation's
  local led_by = {}               -- (such a name's first token -> { its last token, its entry })
  -- is token k a lower-case word of sentence si that an institution's complement may hold?
  local function lower_word(k, si)
    return c_type[k] == "word" and c_flags[k] & 1 == 0 and c_sent[k] == si and not taken[k]
      and not an:is_stop(c_term[k]) and not M.rules.complement_not[c_term[k]] and (utf8.len(toks[k].word) or 3) > 2
      and not dates.rules.weekdays[c_term[k]] and not dates.rules.months[c_term[k]]   -- (de mardi dernier)
  end
  -- the last token of what an institution's name ending at last is of (M.rules.complement_of), or last
  local function institution_complement(last, si)
    for _ = 1, 3 do
      local k = last + 1
      -- (and a second complement after et: "Centre national du cinéma et de l'image animée")
      if c_term[k] == "et" and c_flags[k] & 1 == 0 and c_sent[k] == si and M.rules.complement_of[c_term[k + 1]] then
        k = k + 1
      end
      local against = c_term[k] == "contre" and c_term[last] == "lutte"   -- (de lutte contre la corruption)
      -- (or what it is for, its article after pour: "l'Agence internationale pour les énergies renouvelables")
      local pour = M.rules.complement_for[c_term[k]] and M.rules.for_articles[c_term[k + 1]]
      if not ((M.rules.complement_of[c_term[k]] or against or pour) and c_flags[k] & 1 == 0 and c_sent[k] == si) then
        break
      end
      if (M.rules.complement_articles[c_term[k + 1]]
          or ((against or pour) and (c_term[k + 1] == "le" or c_term[k + 1] == "les")))
         and c_term[k] ~= "du" and c_term[k] ~= "des" then
        k = k + 1
      end
      if not lower_word(k + 1, si) then break end
      -- (an infinitive right after de is no complement: "a permis à l'Office ... de vérifier"; nor after pour
      -- and an object pronoun, "a écrit au Conseil supérieur de l'audiovisuel pour l'avertir", nor a span of
      -- time, "l'Éducation nationale pour les années à venir")
      if (c_term[k] == "de" or c_term[k] == "d'" or pour) and infinitive_like(c_term[k + 1])
         or pour and M.rules.generic_nouns[c_term[k + 1]] then
        break
      end
      last = k + 1
      local w = toks[k + 2]
      if w and lower_word(k + 2, si) and adjective_like(w.term) then
        last = k + 2
      end
    end
    return last
  end
  -- does a token from a to b hold a first name the rules know?
  local function first_name_in(a, b)
    for k = a, b do if first_name(c_term[k]) then return true end end
    return false
  end
  -- the first index of the name before token a in a list of names, or nil: "A, B et C" (A before B,
  -- B before C; a comma only in a list a coordination ends)
  local function listed_before(a)
    local si, p = c_sent[a], a - 1
    local sep = c_term[p]
    if c_sent[p] ~= si or not (sep == "," or M.rules.list_links[sep]) then return nil end
    local s = p
    while c_sent[s - 1] == si and p - s < 4 and c_type[s - 1] == "word" and c_flags[s - 1] & 1 ~= 0 do s = s - 1 end
    if s == p then return nil end
    if sep == "," then
      local k = a
      while c_sent[k] == si and k - a < 12 and (c_term[k] == "," or (c_type[k] == "word" and c_flags[k] & 1 ~= 0)) do
        k = k + 1
      end
      if not (c_sent[k] == si and M.rules.list_links[c_term[k]] and c_flags[k + 1] and c_flags[k + 1] & 1 ~= 0) then
        return nil
      end
    end
    return s
  end
  -- does what leads to a place end right before token a (rules.place_leads, "au sud de")? (or before
  -- the first name of a list a holds a later one of: "les habitants de Belin-Béliet, Hostens et Saint-Magne")
  local function place_lead_before(a)
    local first = listed_before(a)
    if first and place_lead_before(first) then return true end
    local si, p = c_sent[a], a - 1
    if c_sent[p] ~= si or c_flags[p] & 1 ~= 0 then return false end
    local last = c_term[p] == "d'" and "de" or c_term[p]          -- (d' is de: "près d'Arras")
    for _, row in ipairs(seq.derived(M.rules.place_leads, leads_by_last)[last] or NONE) do
      local ok = true
      for n = 1, #row - 1 do
        local k, w = p - #row + n, row[n]
        if not (c_sent[k] == si and c_flags[k] & 1 == 0 and (c_term[k] == w or (w == "de" and c_term[k] == "d'"))) then
          ok = false
          break
        end
      end
      if ok then return true end
    end
    return (last == "de" or last == "of") and M.rules.compass[c_term[a - 2]] ~= nil
      and M.rules.compass_leads[c_term[a - 3]] ~= nil and c_sent[a - 3] == si
  end
  -- does a place already found start at token k?
  local function place_at(k)
    for _, f in ipairs(found) do
      if f.a == k and f.type == "place" then return true end
    end
    return false
  end
  -- is the run a..b after a preposition of place, then a comma and a place already found?
  -- (or before a region of a place, after any word: "Zouara, dans l'ouest de la Libye", "à Ancône, dans le
  -- nord de l'Italie", "Zouara, in western Libya"; or its country after en: "à Ancône, en Italie")
  local function place_before_place(a, b)
    if c_term[b + 1] ~= "," then return false end
    local si = c_sent[a]
    local after_prep = M.rules.place_preps[c_term[a - 1]] and c_flags[a - 1] & 1 == 0 and c_sent[a - 1] == si
    -- (the place after en, au, aux: after de or depuis too, "s'élancera de Florence, en Italie")
    local linked = M.rules.place_links[c_term[b + 2]] and c_flags[b + 2] & 1 == 0 and place_at(b + 3)
    if after_prep and (place_at(b + 2) or linked) then return true end
    -- (de after a lower-case noun: "la centrale nucléaire de Fessenheim, en Alsace"; not of someone, "la Chine de
    -- Mao, en Algérie", "celui de Erdogan, au Gabon", "au sein de Podemos, en Espagne")
    if linked and M.rules.from_preps[c_term[a - 1]] and c_flags[a - 1] & 1 == 0 and c_sent[a - 1] == si
       and c_type[a - 2] == "word" and c_flags[a - 2] & 1 == 0 and not M.rules.not_of_places[c_term[a - 2]] then
      return true
    end
    local compass = false
    for k = b + 2, b + 7 do
      if c_sent[k] ~= si or c_type[k] ~= "word" or c_flags[k] & 1 ~= 0 then return false end
      compass = compass or M.rules.compass[c_term[k]] ~= nil
      if M.rules.compass_adjectives[c_term[k]] then return place_at(k + 1) end     -- (in western Libya)
      if compass and M.rules.of[c_term[k]] then
        local q = M.rules.place_articles[c_term[k + 1]] and k + 2 or k + 1
        return place_at(q)
      end
    end
    return false
  end
  local function cap_word(k, si)
    return c_type[k] == "word" and not taken[k] and c_flags[k] & 1 ~= 0 and c_sent[k] == si
  end
  -- is token k a surname after its particle in lower case, joined by a hyphen: "al-Khelaïfi", "el-Sissi"?
  local function joined_particle(k, si)
    local p = c_type[k] == "word" and not taken[k] and c_sent[k] == si and toks[k].word:match("^(%l+)%-%u")
    return p and M.rules.particles[p] or false
  end
  -- an organisation's name goes on over a coordination of capitalised words, when the words before
  -- it or the ones after it hold an organisation's noun: "National Institute of Allergy and
  -- Infectious Diseases", "ministère de l'Économie et des Finances", "Bureau of Alcohol, Tobacco,
  -- Firearms and Explosives", "Food and Drug Administration"; in French the noun comes first and
  -- de / des / du opens the second part ("et des Finances": not "le ministère des Armées et Dassault
  -- Aviation", nor "et le Bureau", nor "de Theresa May et du Parlement"), in English none does ("the
  -- Office for National Statistics and the Institute for the Study of War" are two), and no first
  -- name nor organisation's noun does ("l'Université du Queensland et de l'Université James Cook"
  -- are two; nor a name the gazetteer took). The first capitalised word of the second part, or nil.
  -- Is the name at i one of a list after a plural town's noun, after et or a comma ("les communes de
  -- Calenzana et de Montegrosso", "the towns of Kupiansk, Lyman and Siversk": Montegrosso, Lyman, Siversk)?
  -- Is the token at x de / of after a town's noun in lower case, in sentence si ("la ville | de")? That noun's term
  local function town_of(x, si)
    local tn = c_term[x - 1]
    return M.rules.of[c_term[x]] and c_flags[x] & 1 == 0 and M.rules.town_nouns[tn] and c_flags[x - 1] & 1 == 0
      and c_sent[x - 1] == si and tn or nil
  end
  local function listed_after_towns(i, si)
    local k = i - 1
    if M.rules.of[c_term[k]] and c_flags[k] & 1 == 0 then k = k - 1 end
    if not (c_term[k] == "," or (M.rules.name_coordinators[c_term[k]] and c_flags[k] & 1 == 0)) then return false end
    for x = k - 1, math.max(2, k - M.rules.town_list_reach), -1 do
      if c_sent[x] ~= si then return false end
      local tn = town_of(x, si)
      if tn and tn:find("s$") then return true end
      if not (c_flags[x] & 1 ~= 0 or c_term[x] == "," or M.rules.name_coordinators[c_term[x]]
              or M.rules.of[c_term[x]]) then
        return false
      end
    end
    return false
  end
  local function coordinated(i, j, si)
    local k = j + 1
    while c_term[k] == "," and c_sent[k] == si and cap_word(k + 1, si)
          and (c_term[k + 2] == "," or M.rules.name_coordinators[c_term[k + 2]]) do
      k = k + 2
    end
    local co = c_term[k]
    if not (M.rules.name_coordinators[co] and c_flags[k] & 1 == 0 and c_sent[k] == si)
       or (co == "et" and k > j + 1) then              -- (a list with commas: English only)
      return nil
    end
    local w, article = k + 1, false
    if co == "et" and M.rules.of[c_term[w]] and c_flags[w] & 1 == 0 then
      w, article = w + 1, true
      if (c_term[w] == "la" or c_term[w] == "l'") and c_flags[w] & 1 == 0 then w = w + 1 end
    end
    -- the organisation's noun: in the words before, or the lower-case one they complete
    -- ("ministère de l'Économie"); in English after too ("Food and Drug Administration")
    local x = i - 1
    if M.rules.of[c_term[x]] or c_term[x] == "la" or c_term[x] == "l'" or c_term[x] == "the" then x = x - 1 end
    if M.rules.of[c_term[x]] then x = x - 1 end
    local org = x < i - 1 and toks[x] and c_sent[x] == si and M.rules.coordinated_heads[c_term[x]] or false
    -- (not an organisation's noun: "et de l'Université James Cook" is another; but a ministry's field, "le
    -- ministère de la Santé et des Services sociaux")
    if not cap_word(w, si) or first_name(c_term[w]) or (co == "et" and not article)
       or (org_word(toks[w]) and not (org and M.rules.ministry[c_term[x]])) then
      return nil
    end
    -- (an organisation's noun in the first part opens a complement the coordination goes on in:
    -- "Institute of Allergy and Infectious Diseases"; "Deutsche Bank and Credit Suisse" are two)
    local first = false
    for y = i, j do
      if org_word(toks[y]) and (co == "et" or M.rules.of[c_term[y + 1]] or c_term[y + 1] == "for") then
        first = true
        break
      end
    end
    if k > j + 1 and (not first or co ~= "and") then return nil end   -- (General Electric, Ernst & Young)
    -- (two capitalised names an ampersand joins name one firm: Procter & Gamble, Marks & Spencer; not
    -- two people: "Billie Holiday & Count Basie")
    -- (nor after a first name, but for a firm's word: "Karen Clark & Co.", "Johnson & Sons")
    org = org or first or (co == "&" and (not first_name(c_term[i]) or M.rules.firm_words[c_term[w]] ~= nil))
    if co ~= "et" then
      local e = w
      while cap_word(e + 1, si) and e - w < 3 do e = e + 1 end
      for y = w, e do if org_word(toks[y]) then org = true; break end end
    end
    return org and w or nil
  end
  local function add(a, b, ty, name)
    for k = a, b do taken[k] = true end
    found[#found + 1] = { a = a, b = b, type = ty, name = name }
  end
  -- gazetteer: names folded, acronyms as written
  -- (over the doc's tokens when they were made as the dictionary's are: no second analysis)
  local same = doc and lang == dict.analyzer.lang and dict.analyzer.fold == "accents"
  local matches = same and dict:find_doc(doc) or dict:find_all(text)
  local starts, match_at = {}, {}         -- (each match's first token; the tokens a match starts at)
  local nationality = {}                  -- (the lower-case nationalities on an institution's name)
  for k, m in ipairs(matches) do
    starts[k] = token_at(m.start)
    if starts[k] then match_at[starts[k]] = true end
  end
  -- is the token at k a short capitalised name in brackets (six letters at most) after an organisation's name
  -- whose first capitalised word, back from the bracket, is an organisation's word of the same initial?
  local function short_name_after_org(k)
    local w = toks[k].word
    if not (w:find("^%u%l+$") and #w <= M.rules.short_name_max and c_term[k - 1] == "(" and c_term[k + 1] == ")") then
      return false
    end
    for x = k - 2, math.max(1, k - M.rules.short_name_reach), -1 do
      if c_sent[x] ~= toks[k].sentence or c_type[x] ~= "word" then return false end
      if c_flags[x] & 1 ~= 0 then return org_word(toks[x]) and c_term[x]:sub(1, 1) == c_term[k]:sub(1, 1) end
    end
    return false
  end
  -- is the token at k an acronym (two capitals or more) that neither the gazetteer, a club's, a title's
  -- nor the common acronyms know?
  local function unknown_acronym_at(k)
    local w = toks[k]
    return w ~= nil and w.type == "word" and w.flags & 2 ~= 0 and #w.word >= 2 and not acronyms[w.word]
      and not match_at[k] and not M.rules.common_acronyms[w.term] and not M.rules.title_heads[w.term]
      and not an:is_stop(w.term)
  end
  -- Does a capitalised word right after token b continue the known name ending there into another
  -- one: "France Télévisions", "Paris Match", "SNCF Réseau"? Not a month, a title, a first name
  -- ("Russian President X"), a compass word or a place's suffix ("Avignon Nord", "Washington DC");
  -- two capitalised words or more after it are a person's name, unless one is an organisation's
  -- word: "l'Italie Fabio Aru", but "London Symphony Orchestra".
  -- does the run of capitalised words from token k in sentence si hold an organisation's word, up to token last
  -- at most?
  local function org_in_run(k, si, last)
    while toks[k] and toks[k].type == "word" and toks[k].flags & 1 ~= 0 and toks[k].sentence == si
          and (not last or k <= last) do
      if org_word(toks[k]) then return true end
      k = k + 1
    end
    return false
  end
  local function continued_at(b)
    local n = toks[b + 1]
    -- (or and, then capitalised words that end on an organisation's word: "the Labour and Welfare Bureau",
    -- "the Trade and Industry Ministry")
    if n and n.term == "and" and n.sentence == toks[b].sentence then return org_in_run(b + 2, n.sentence, b + 4) end
    if not (n and n.sentence == toks[b].sentence and n.type == "word"
            and n.flags & 1 ~= 0 and not an:is_stop(n.term) and n.start == toks[b].stop + 2
            and not dates.rules.months[n.term] and not dates.rules.weekdays[n.term]
            and not M.rules.titles[n.term] and not first_name(n.term)
            and not M.rules.compass[n.term] and not M.rules.place_suffixes[n.term]) then
      return false
    end
    if not (toks[b + 2] and toks[b + 2].type == "word" and toks[b + 2].flags & 1 ~= 0
            and toks[b + 2].sentence == n.sentence) then
      return true
    end
    return org_in_run(b + 1, n.sentence)
  end

  for mk, m in ipairs(matches) do
    local a = starts[mk]
    -- (a name without its article, only capitalised after its contraction: most matches of "Monde",
    -- "Point" are common words, passed over at once)
    if m.entry.after and not (a and c_flags[a] & 1 ~= 0 and m.entry.after[c_term[a - 1]]) then goto next_match end
    local b = a
    while toks[b] and toks[b].stop < m.stop do b = b + 1 end
    -- (a nationality in lower case on an institution's name is the name's: "la Fédération française de
    -- l'assurance", "l'Agence espagnole de protection des données", "la Banque centrale française")
    if a and a == b and lang == "fr" and c_flags[a] & 1 == 0 then
      local q = a - 1
      while q > 1 and M.rules.institution_adjectives[c_term[q]] and c_flags[q] & 1 == 0 do q = q - 1 end
      if q >= 1 and c_flags[q] & 1 ~= 0 and c_sent[q] == c_sent[a] and c_type[q] == "word"
         and M.rules.org_words[c_term[q]] then
        nationality[a] = true
        goto next_match
      end
    end
    -- a name written with a capital (Le Monde) is not found in lower case (le monde),
    -- nor with its last word in lower case when that word has one (Le monde est vaste)
    local e = m.entry
    -- (an outlet named after a region is the region after an article: "dans le Sud-Ouest", not
    -- "reconnaît Sud-Ouest")
    if a and a == b and e.type == "org" and M.rules.compass[c_term[a]] and M.rules.region_articles[c_term[a - 1]]
       and c_flags[a - 1] & 1 == 0 and c_sent[a - 1] == c_sent[a] then
      goto next_match
    end
    local capital = false
    for k = a or 1, a and b or 0 do if toks[k] and toks[k].flags & 1 ~= 0 then capital = true end end
    local lower_last = a and toks[b] and e.last_upper and toks[b].flags & 1 == 0
    -- a place's or an organisation's name that a capitalised word continues names something else:
    -- "France Télévisions", "Paris Match", "la France Insoumise", "l'Allianz Riviera" (the run of
    -- capitals below types it)
    local n = b and toks[b + 1]
    -- (an organisation's: not after a number, "France 3 Alsace", nor before a name known too, "Bayer
    -- Monsanto")
    local continued = (e.type == "place" or (e.type == "org" and c_type[b] == "word" and not match_at[b + 1]))
      and e.proper and continued_at(b)
    -- a known first name before it makes it a surname: "Denzel Washington", "Jack London" (the
    -- run of capitals below types it a person)
    -- (a people's name written as a surname too: "Louis Gallois"; and after a title: "M. Gallois")
    local p = a and toks[a - 1]
    -- (and a one-word organisation's: "Catherine Labour", "Louis Renault")
    local surname = (e.type == "place" or (e.type == "org" and a == b)) and (e.proper or capital) and p
      and p.sentence == toks[a].sentence
      and p.type == "word" and p.flags & 1 ~= 0 and p.stop + 2 == toks[a].start and first_name(p.term)
      and not taken[a - 1]
      and not (n and n.type == "word" and n.flags & 1 ~= 0 and n.sentence == p.sentence)   -- (Nancy Nantes Nice)
    surname = surname or (a and e.type == "place" and c_term[a - 1] == "." and M.rules.title_abbrevs[c_term[a - 2]]
                          and c_sent[a - 2] == c_sent[a])
    -- (after a first name and de, a particle: "Charlotte de Montpellier", "Philippe de Villiers")
    surname = surname or (a and e.type == "place" and e.proper and (c_term[a - 1] == "de" or c_term[a - 1] == "d'")
                          and c_flags[a - 1] & 1 == 0 and c_type[a - 2] == "word" and c_flags[a - 2] & 1 ~= 0
                          and first_name(c_term[a - 2]) and not taken[a - 2] and c_sent[a - 2] == c_sent[a])
    -- a name without its article only after its contraction, in lower case, not inside a run of
    -- capitals ("une enquête du Monde"; not "la Coupe du Monde")
    -- (nor continued by one: "au Cap d'Agde")
    local contracted = not e.after or (p and e.after[p.term] and p.flags & 1 == 0 and p.sentence == toks[a].sentence
                                       and not capital_at(a - 2, a) and not capital_at(b + 1, a)
                                       and not (M.rules.particles[c_term[b + 1]] and capital_at(b + 2, a)))
    -- a place inside a run of capitals that names something else, the run typing it below: after a club's
    -- letters ("OGC Nice"), an acronym no rule knows ("l'ONG SOS Méditerranée"; the place's name capitalised,
    -- not in capitals: not "le PVV néerlandais", "RAPPORT GALLOIS"), or a local body's noun with a capital,
    -- the institution's, and de ("la Ville de Genève", "la Mairie de Paris"; not "la ville de Lyon", the
    -- town; nor "la Région Grand Est", a name after the noun)
    local body_at = a and M.rules.of[c_term[a - 1]] and c_flags[a - 1] & 1 == 0 and a - 2
    local in_run = e.type == "place" and p
      and ((p.stop + 2 == toks[a].start and p.sentence == toks[a].sentence
            and (club_at(a - 1) or (unknown_acronym_at(a - 1) and c_flags[a] & 3 == 1)))
           or (body_at and M.rules.local_bodies[c_term[body_at]] ~= nil and c_flags[body_at] & 3 == 1
               and c_sent[body_at] == c_sent[a]))
    if a and toks[b] and (capital or not e.proper) and not lower_last and not surname and contracted and not in_run then
      -- (a region of it, its compass adjective capitalised before it: "Southern California", "Northern Ireland")
      local region = e.type == "place" and not continued and M.rules.compass_adjectives[c_term[a - 1]]
        and c_flags[a - 1] & 1 ~= 0 and c_sent[a - 1] == c_sent[a] and not taken[a - 1]
      if continued then place_led[a], led_by[a] = true, { b, e }
      elseif region then add(a - 1, b, "place")
      else add(a, b, e.type, e.canonical) end
    end
    ::next_match::
  end
  -- acronyms as written: among the tokens whose term is one folded, and numbers
  for _, i in ipairs(seq.candidates(toks, doc, { terms = acronym_terms, types = { number = true } })) do
    local t = toks[i]
    if not taken[i] and acronyms[t.word] then
      -- (an organisation's continued by a capitalised word: "SNCF Voyageurs", "EDF Renouvelables")
      -- (by one word only: "the UN General Assembly" is two names)
      local n2 = toks[i + 2]
      -- (a country's too: "UK Finance")
      local kind = acronyms[t.word][1]
      if (kind == "org" or kind == "place") and t.type == "word" and not an:is_stop(t.term) and not match_at[i + 1]
         and continued_at(i) and not (n2 and n2.type == "word" and n2.flags & 1 ~= 0 and n2.sentence == t.sentence) then
        place_led[i] = true
      else
        add(i, i, acronyms[t.word][1], acronyms[t.word][2])
      end
    end
  end
  -- capitalised sequences: from a token with a capital
  local cands = seq.candidates(toks, doc, { flags = 1, except = M.rules.not_names })
  local function title_at(k) return M.rules.titles[c_term[k]] or M.rules.title_heads[c_term[k]] end
  local i, ci = 1, 1
  while true do
    ci, i = seq.next_start(cands, ci, i)
    if not i then break end
    local ti = c_term[i]
    -- (no path of an address glued after a host and a slash, no handle after an @:
    -- pic.twitter.com/SYqn67yQjZ; but "le couple Hollande/Gayet", "Photo: Wikicommon/Pierre Sellem")
    local glued = (c_term[i - 1] == "@"
                   or (c_term[i - 1] == "/" and c_term[i - 2] and c_term[i - 2]:find("%w%.%w") ~= nil))
      and toks[i - 1].stop + 1 == c_start[i]                -- (a record read only then)
    -- (a capital, no elision; but N' and M' glued to a capital open an African name: N'Golo Kanté)
    local name_elision = c_flags[i] & 9 == 9 and M.rules.name_elisions[ti] and c_flags[i + 1]
      and c_flags[i + 1] & 3 == 1 and toks[i].stop + 1 == c_start[i + 1]        -- (not CE N'EST PAS, N'Y)
      and (utf8.len(toks[i + 1].word) or 2) > 1
    if not taken[i] and c_type[i] == "word" and (c_flags[i] & 9 == 1 or name_elision)
       and not M.rules.not_names[ti] and not dates.rules.weekdays[ti] and not glued then
      local t = toks[i]
      local j, last = i, i
      -- initials before a name: "F. Bouillon", "A.-C. Vallet" (one person)
      local ik = i
      while c_type[ik] == "word" and c_flags[ik] & 1 ~= 0 and c_term[ik + 1] == "." and c_sent[ik + 1] == t.sentence
            and utf8.len(toks[ik].word) == 1 and not M.rules.title_abbrevs[c_term[ik]] do   -- (M. Dupont: a title)
        ik = ik + 2
        if c_term[ik] == "-" and c_flags[ik + 1] and c_flags[ik + 1] & 1 ~= 0 then ik = ik + 1 end
      end
      local initials = ik > i and cap_word(ik, t.sentence) and (utf8.len(toks[ik].word) or 2) > 1
        and not an:is_stop(c_term[ik]) and not M.rules.not_names[c_term[ik]]
      if initials then
        j, last = ik, ik
        -- (an initial that is a word too opens none: the "A." of "A.-C. Vallet")
        while c_term[i - 1] == "-" and c_term[i - 2] == "." and cap_word(i - 3, t.sentence)
              and utf8.len(toks[i - 3].word) == 1 do
          i = i - 3
          t = toks[i]
        end
      end
      -- (a place's abbreviation, its period glued, then a capitalised word: "St. Lucie County")
      local abbrev_place = M.rules.place_abbrevs[ti] and c_flags[i] & 2 == 0 and (utf8.len(t.word) or 0) <= 3
      if abbrev_place and not initials and c_term[i + 1] == "." and c_start[i + 1] == toks[i].stop + 1
         and cap_word(i + 2, t.sentence) then
        j, last = i + 2, i + 2
      end
      local coord = false
      while j - i < M.rules.max_len or (coord and j - i < 2 * M.rules.max_len) do
        local nj = j + 1
        -- (a middle initial after a first name: "John F. Kennedy", "Max A. Cherney")
        if c_term[nj + 1] == "." and cap_word(nj, t.sentence) and utf8.len(toks[nj].word) == 1
           and first_name(c_term[j]) and cap_word(nj + 2, t.sentence) and not an:is_stop(c_term[nj + 2]) then
          nj = nj + 2
        end
        if (cap_word(nj, t.sentence) or joined_particle(nj, t.sentence))
           and not (coord and first_name(c_term[nj])) then   -- (ministère de l'Economie et des Finances | Pierre M.)
          j, last = nj, nj
        else
          -- particles between capitalised words: one (de, van, al), or de la / de l', for the / of the
          -- (Syndicat de la Magistrature, Ministère de l'Intérieur)
          local run = 0
          local n = c_term[nj]
          if n and M.rules.particles[n] and c_flags[nj] & 1 == 0 then
            local n2 = c_term[j + 2]
            local two = (n == "de" or n == "d'") and (n2 == "la" or n2 == "l'")
              or (n == "for" or n == "of") and n2 == "the"            -- (Institute for the Study of War)
            run = two and c_flags[j + 2] & 1 == 0 and 2 or 1
          end
          -- (a possessive whose organisation's noun follows it: "the County Sheriff's Department",
          -- "Moody's Analytics"; not after a first name, "John Smith's Office", nor "Trump's Justice
          -- Department", a person's)
          if run == 0 and (n == "'s" or n == "’s") and cap_word(j + 2, t.sentence) and org_word(toks[j + 2])
             and not first_name_in(i, j) then
            run = 1
          end
          local w = j + run + 1
          if run == 0 then                       -- (no particle: a coordination, or the run's end)
            local cw = coordinated(i, j, t.sentence)
            if not cw then break end
            j, last, coord = cw, cw, true
          elseif cap_word(w, t.sentence) then
            j, last = w, w
          else
            break
          end
        end
      end
      -- an institution's noun, then its adjectives in lower case: one organisation (not a first name,
      -- nor a word opening its sentence unless it is an organisation's: "Politique nationale : ...",
      -- nor a name after a title: "le président Macron")
      local institution = false
      local org_last = org_word(toks[last])
      if lang == "fr" and not first_name(c_term[last])
         and not M.rules.surname_titles[c_term[i - 1]] and not M.rules.titles[c_term[i - 1]]   -- (le président X)
         and (org_last or (last == i and M.rules.institution_nouns[c_term[last]]
                           and c_sent[i - 1] == t.sentence and c_type[i - 1] == "word")) then
        local k = last + 1
        while c_type[k] == "word" and c_flags[k] & 1 == 0 and c_sent[k] == t.sentence and not taken[k]
              and (M.rules.institution_adjectives[c_term[k]] or nationality[k]) and k - last <= 2 do
          k = k + 1
        end
        if k > last + 1 then
          last, institution = k - 1, true
          last = institution_complement(last, t.sentence)
        end
      end
      -- l'Intérieur Manuel Valls: the department is no part of the name
      while last - i >= 2 and M.rules.departments[t.term] and t.flags & 2 == 0 and toks[i + 1].flags & 1 ~= 0 do
        i = i + 1
        t = toks[i]
      end
      -- President Vladimir Putin, Prime Minister Keir Starmer, Mr Putin: the title goes, a person stays
      -- (and the capitalised words, two at most, a title's noun follows: Energy Minister Herman
      -- Halushchenko, Vice President Kamala Harris, Senate Majority Leader Chuck Schumer)
      local titled = false
      -- (English: a title inside the run, a first name after it: the words before the title's are an
      -- entity of their own, "Cal Fire | Battalion Chief Joe Tyler", "Butte County | District Attorney Mike
      -- Ramsey", "White House | Press Secretary Karine Jean-Pierre"; the title is read on the next run)
      -- (one unknown word the title heads goes with it, and two words at least are left before it)
      local cut = false
      if lang == "en" and not org_last then
        for k = last - 2, i + 1, -1 do
          if title_at(k) and first_name(c_term[k + 1]) then
            local t0 = k
            while t0 - 1 > i and (title_at(t0 - 1) or M.rules.title_modifiers_en[c_term[t0 - 1]]) do t0 = t0 - 1 end
            if t0 == k then t0 = k - 1 end
            if t0 - i >= 2 then last, cut = t0 - 1, true end
            break
          end
        end
      end
      -- (and a title's abbreviation ending the run, its period and a name after it: "Texas | Gov. Greg Abbott")
      -- (of two letters at least: "Arthur M. Schlesinger" has an initial)
      if last > i and M.rules.title_abbrevs[c_term[last]] and #c_term[last] > 1 and c_term[last + 1] == "."
         and cap_word(last + 2, t.sentence) and not org_last then
        last, cut = last - 1, true
      end
      -- (the words left the name the gazetteer knows: "Los Angeles | Police Chief Michel Moore")
      if cut and led_by[i] and led_by[i][1] == last then
        add(i, last, led_by[i][2].type, led_by[i][2].canonical)
        i = last + 1
        goto next_run
      end
      -- (a county's, a city's or a state's title, its name before it: "San Bernardino County Supervisor
      -- Dawn Rowe", "Harris County Judge Lina Hidalgo")
      -- (a service's word between them: "Ventura County Fire Chief Dustin Gardner")
      for k = i + 1, last - 3 do
        local tk = M.rules.title_places[c_term[k]] and not org_last
          and (title_at(k + 1) and k + 1 or k + 2 <= last - 2 and c_type[k + 1] == "word" and title_at(k + 2) and k + 2)
        if tk then
          i, titled = tk, true
          t = toks[i]
          break
        end
      end
      while last > i and (M.rules.titles[t.term] or M.rules.title_abbrevs[t.term]
                          or (M.rules.title_heads[t.term] and (titled or first_name(c_term[i + 1])
                                                       or (last == i + 2 and lang == "en")))
                          or (last > i + 1 and title_at(i + 1) and t.type == "word")
                          or (last > i + 2 and title_at(i + 2) and t.type == "word"
                              and c_type[i + 1] == "word" and not M.rules.particles[c_term[i + 1]]
                              and not first_name(t.term)))          -- (Claude Bartolone Président du ...)
            and toks[i + 1].flags & 1 ~= 0 and not org_last                  -- (the County Sheriff's Department)
            and not (last == i + 1 and M.rules.titles[c_term[last]]) do     -- (The Prime Minister: no one named)
        i, titled = i + 1, true
        t = toks[i]
      end
      -- (an English title's complement: "Secretary of State Antony Blinken", "Secretary of Homeland
      -- Security Alejandro Mayorkas": to a first name the rules know, else one word; two words left)
      if not titled and M.rules.titles[t.term] and c_term[i + 1] == "of" and c_flags[i + 1] & 1 == 0
         and last - i >= 4 then
        local k = i + 2
        while k < i + 4 and last - k >= 2 and not first_name(c_term[k]) do k = k + 1 end
        if not first_name(c_term[k]) then k = i + 3 end
        i, titled = k, true
        t = toks[i]
      end
      -- a title after the name and its article is none of it: "Didier Guillaume le Ministre"
      if last - i >= 3 and M.rules.titles[c_term[last]] and (c_term[last - 1] == "le" or c_term[last - 1] == "la")
         and c_flags[last - 1] & 1 == 0 then
        last = last - 2
      end
      -- "M. Le Pen", "la dynastie Le Pen", "le général de Gaulle": a particle that a title puts
      -- before the run opens a surname (a person)
      local p = i - 1
      local pre = c_term[p - 1] == "." and p - 2 or p - 1
      -- (a particle in lower case: "de" alone, after a rank or a family, before one word: not "le
      -- ministre du Travail", "le maire de Meaux", "l'époque de Nicolas Sarkozy")
      local lower_particle = c_flags[p] and c_flags[p] & 1 == 0
      if not titled and M.rules.surname_particles[c_term[p]] and c_start[p] and not taken[p]
         and c_sent[pre] == t.sentence and M.rules.surname_titles[c_term[pre]] and c_flags[p] & 8 == 0
         and (c_term[p - 1] == "." or c_flags[pre] & 1 == 0) and last - i < 2
         and not (lower_particle and not (c_term[p] == "de" and last == i and M.rules.rank_titles[c_term[pre]]
                                          and (c_term[p - 1] == "." or M.rules.rank_dets[c_term[pre - 1]])))
         -- (or De, Du capitalised inside a sentence, after a word, before one name: "mon père aimait
         -- bien De Gaulle", "le gouvernement De Villepin")
         or (not titled and (c_term[p] == "de" or c_term[p] == "du") and c_flags[p] & 3 == 1 and not taken[p]
             and c_type[p - 1] == "word" and c_sent[p - 1] == t.sentence and last == i
             and c_start[i] == toks[p].stop + 2) then
        add(p, last, "person")
        i = last + 1
        goto next_run
      end
      if last == i and M.rules.title_abbrevs[t.term] and t.flags & 2 == 0 then i = i + 1; goto next_run end
      -- (or a title in lower case: "le président Macron", "la famille Dupont"; not an acronym)
      local after_abbrev = c_sent[pre] == t.sentence and (c_term[p] == "." and M.rules.title_abbrevs[c_term[pre]]
                                                          or (M.rules.title_abbrevs[c_term[p]] and c_flags[p] & 1 ~= 0)
                                                          or (M.rules.surname_titles[c_term[p]] and c_flags[p] & 1 == 0
                                                              and t.flags & 2 == 0))
      if after_abbrev and M.rules.party_adjectives[t.term] then     -- (sénateur Démocrate | Joe Manchin)
        if last == i then i = i + 1; goto next_run end
        i, t = i + 1, toks[i + 1]
      end
      local first_in_sentence = not titled and (not c_sent[i - 1] or c_sent[i - 1] ~= t.sentence
        or (M.rules.openers[c_term[i - 1]] and M.rules.openers[toks[i - 1].word]   -- (a record only then)
            -- (a straight quote after a comma or a period closes: '"We will not retreat," Zelensky told')
            and not (toks[i - 1].word == '"' and M.rules.closers[c_term[i - 2]] and c_sent[i - 2] == t.sentence
                     and toks[i - 2].stop + 1 == c_start[i - 1] and c_start[i - 1] + 1 < c_start[i])))
      -- a common word opening the sentence before a first name is no part of the name: "Suivez
      -- Jean-Jacques Bourdin", "Ouvrages de Michel Agier"
      -- (and a stopword opening it is none: "Celle de Cécilia", "Chez Renault")
      if first_in_sentence and last > i and not first_name(t.term) and not M.rules.not_person[t.term]
         and not org_word(t) and not initials then
        local f = M.rules.particles[c_term[i + 1]] and c_flags[i + 1] & 1 == 0 and i + 2 or i + 1
        if f <= last and (first_name(c_term[f]) and f < last or an:is_stop(t.term))
           and not M.rules.name_elisions[t.term] then
          i, t, first_in_sentence = f, toks[f], false
        end
      -- (so is one anywhere before de and a first name: "des airs de Clip de Robin Thicke"; not an
      -- organisation's or a place's word, nor a title: Fondation de, Île de, Prix)
      elseif last > i + 2 and not titled and not after_abbrev and not initials and not first_name(t.term)
             and (c_term[i + 1] == "de" or c_term[i + 1] == "d'") and c_flags[i + 1] & 1 == 0
             and first_name(c_term[i + 2]) and not M.rules.not_first_names[c_term[i + 2]]
             and not org_word(t) and not M.rules.place_first[t.term] and not M.rules.not_person[t.term]
             and t.flags & 2 == 0 then
        i, t = i + 2, toks[i + 2]
      end
      -- (nor is a title's acronym opening the run, nor its particle: "PDG de France Télévisions"; what
      -- it heads is a firm, up to a first name, its holder's: "PDG de Total Patrick Pouyanné")
      local headed = false
      if last > i and names.title_acronyms[t.term] then
        local f = M.rules.particles[c_term[i + 1]] and c_flags[i + 1] & 1 == 0 and i + 2 or i + 1
        if f <= last and not first_name(c_term[f]) then
          i, t, first_in_sentence, headed = f, toks[f], false, true
          for k = f + 1, last do
            if first_name(c_term[k]) then last = k - 1; break end
          end
        end
      end
      -- (a single letter and no point before a first name is no initial but a name of its own, a network's:
      -- "a écrit sur X Emmanuel Macron")
      if last > i and utf8.len(t.word) == 1 and first_name(c_term[i + 1]) then
        i, t, first_in_sentence = i + 1, toks[i + 1], false
      end
      -- (a time's words after its number are none: "4:35 PM EST", "9 AM ET")
      if numbers.day_halves[t.term] and c_type[i - 1] == "number" and c_sent[i - 1] == t.sentence then
        i = last + 1
        goto next_run
      end
      -- (a lone stopword with a capital is none: "(1) Quelques chiffres"; but "l'Est")
      -- (nor a common acronym, a single letter (le plan B, le jour J), a month in a date: le 1er Janvier)
      -- (nor a word that opens with a digit: a measure, a time, "44C", "4G", "8H15"; but "2F Conseil")
      local not_name = M.rules.not_names[t.term] or M.rules.not_person[t.term] or t.term:find("^%d")
        or (an:is_stop(t.term) and not M.rules.compass[t.term]) or (opts.lang == "en" and dates.rules.months[t.term])
        or M.rules.common_acronyms[t.term] or numbers.time_zones[t.term] or utf8.len(t.word) == 1
        or (dates.rules.months[t.term] and (c_type[i - 1] == "number" or c_type[i - 1] == "ordinal"
                                             or c_term[i - 1] == "premier"
                                             or (c_type[i + 1] == "number" and #toks[i + 1].word == 4)
                                             or (c_type[i + 1] == "number" and (toks[i + 1].value or 99) <= 31
                                                 and c_term[i + 2] == ",")))       -- (July 11, 2019)
        or t.flags & 4 ~= 0 and dates.month_pair(t.term)                    -- (the June-September monsoon)
        or M.rules.currency_letters[t.term] and (c_term[i - 1] == "franc" or c_term[i - 1] == "francs")  -- (francs CFA)
        -- (nor a feast alone, a date: Noël, Pâques, la Toussaint)
        or dates.rules.feasts[t.term] or dates.rules.movable_feasts[t.term]
      -- (but an organisation's word before de and a place found is the name the place ends, merged
      -- below: "le Journal de Montréal")
      if not_name and last == i and M.rules.not_person[t.term] and org_word(t) and M.rules.of[c_term[i + 1]]
         and c_flags[i + 1] & 1 == 0 and taken[i + 2] and place_at(i + 2) then
        not_name = false
      end
      -- (an acronym in brackets right after a word opens nothing: an organisation's, below, or none)
      -- (and a short name there, right after an organisation's: "l'Agence météorologique espagnole (Aemet)")
      -- (or after one whose words in lower case run on to it, the initial its first capital's: "l'Agence pour le
      -- développement de l'emploi (Adem)")
      local short_name = short_name_after_org(i)
      local org_before = found[#found] and found[#found].b == i - 2 and found[#found].type == "org" or short_name
      local bracketed = last == i and (t.flags & 2 ~= 0 or org_before) and c_term[i - 1] == "(" and c_term[i + 1] == ")"
        and c_type[i - 2] == "word" and c_sent[i - 2] == t.sentence
      if last == i and (not_name or (first_in_sentence and not bracketed)) then
        -- (a capitalised word opening its sentence: a person's only when the text names one so)
        if not not_name and t.type == "word" and t.flags & 2 == 0 then opening[#opening + 1] = i end
        i = i + 1
      else
        local ty, is_org = "other", false
        -- (a first name opening the run is no organisation's word: Marine Le Pen)
        for k = i, last do if org_word(toks[k]) and not (k == i and first_name(toks[k].term)) then is_org = true end end
        -- (RC Lens, la Ville de Genève, SOS Méditerranée: the places inside runs, above)
        if last > i and (club_at(i) or (M.rules.local_bodies[t.term] and t.flags & 3 == 1)
                         or (unknown_acronym_at(i) and match_at[i + 1] and c_flags[i + 1] & 3 == 1)) then
          is_org = true
        end
        if coord then is_org = true end        -- (a coordination is taken on an organisation's noun only)
        if last == i and short_name then is_org = true end                    -- ("... de l'emploi (Adem)")
        if last > i and M.rules.firm_leads[t.term] then is_org = true end       -- ("Air Liquide")
        if headed then is_org = true end
        -- (a run that ends on a title names no one: The Prime Minister, the Foreign Minister; but a
        -- first name before it does: Pascal Papé, Paul Pape)
        local common = last > i and M.rules.titles[c_term[last]] and not titled and not first_name_in(i, last - 1)
        for k = i, last do
          local w = toks[k]
          -- a common noun of titles, a number word (les Trente Glorieuses), a
          -- capitalised stopword (PARTAGEZ CET ARTICLE): no person
          -- (in English, Un is no number: Kim Jong Un)
          local number_word = numbers.words[w.term] and not (opts.lang == "en" and (w.term == "un" or w.term == "une"))
          -- (nor a day's name: Black Friday, Super Tuesday; months are first names too: July Corliss)
          -- (a title's word after a first name and a particle is a surname: Bruno Le Maire)
          if (M.rules.not_person[w.term] and not (k > i + 1 and M.rules.surname_particles[c_term[k - 1]]
                                                   and first_name(c_term[i])))
             or (k == i and M.rules.storm_words[w.term])
             or number_word or dates.rules.weekdays[w.term]
             -- (nor a name ending on Day after no first name: Election Day, Labor Day; not Doris Day)
             or (k == last and k > i and M.rules.day_nouns[w.term] and not first_name(c_term[i]))
             or (w.flags & 1 ~= 0 and an:is_stop(w.term)
                 -- (not a particle inside a name: Marine Le Pen, Bruno Le Maire, Charles De Gaulle)
                 and not (k > i and k < last and M.rules.particles[w.term] and w.flags & 2 == 0
                          and toks[last].flags & 2 == 0)
                 and not (k < last and M.rules.name_elisions[w.term] and w.stop + 1 == toks[k + 1].start)
                 -- (nor a middle initial: John A. Smith)
                 and not (k > i and k < last and c_term[k + 1] == "." and (utf8.len(w.word) or 0) == 1)) then
            common = true                                           -- (VIE DE COUPLE stays a heading)
          end
        end
        local r = M.rules
        local strong = r.place_first[t.term] or (abbrev_place and last > i) or false   -- (Caroline du Sud: a
                                                                                     -- first name, then du Sud)
        local is_place = strong or r.place_last[toks[last].term] or false
        for k = i, last do
          local w = toks[k]
          if r.compass[w.term] and w.flags & 2 == 0 and (k == i or r.particles[toks[k - 1].term]) then
            is_place, strong = true, strong or k > i
          end
        end
        -- the name a town's noun introduces: "la ville de Pokrovsk", "the town of Toretsk"
        local of_k, town = i - 1, false
        if c_term[of_k] == "the" then of_k = of_k - 1 end
        if not is_org and listed_after_towns(i, t.sentence) then is_place = true end
        if town_of(of_k, t.sentence) and not is_org then
          is_place = true
          -- (a first name after its first word is the place's: "le quartier de Wharf Jérémie"; not one that
          -- opens it, whose town it is: "la ville de François Baroin")
          town = last > i and not first_name(t.term)
        end
        for k = i, last do
          if first_name(toks[k].term) and (k > i or not strong) and not (abbrev_place and strong) and not town then
            is_place = false
          end
        end
        local lone_first = last == i and not common and first_name(t.term)       -- Julien, Michèle
          and not M.rules.not_first_names[t.term]
        if place_led[i] and last > i and not common and not is_place then is_org = true end   -- France Télévisions
        if institution then
          if M.rules.state_nouns[c_term[i]] then is_place = true else is_org = true end
        end
        if is_org then ty = "org"
        elseif is_place then ty = "place"
        -- (a run with an article after its particle is a person's only after a first name or a
        -- title: "Jean de la Fontaine", not "Salon de l'Agriculture", "Révolution du Roi")
        elseif last > i and not titled and not after_abbrev and not first_name(t.term) and not initials
               and particled(i, last) then ty = "other"
        elseif ((last > i or titled or after_abbrev) and not common) or lone_first or initials then ty = "person"
        elseif t.word:find(M.rules.initials) then ty = "person" end       -- F.Fillon, J.L.Mélenchon
        -- (in capitals throughout, a person's only from a known first name: PHILIPPE CORCUFF, not
        -- CC BY-SA, AFP TV)
        if ty == "person" and not titled and not after_abbrev and not first_name(t.term)
           and not first_name(t.term:match("^[^-]+")) then                          -- (JEAN-HENRI FABRE)
          local caps = true
          for k = i, last do
            if toks[k].type == "word" and toks[k].flags & 2 == 0 and (utf8.len(toks[k].word) or 2) > 1
               and not M.rules.particles[toks[k].term] then
              caps = false
            end
          end
          if caps then ty = "other" end
          -- (nor a word whose first part is an acronym: "CFDT-Cheminots", "SUD-Rail"; nor a run an acronym
          -- of three letters or more opens, no first name after it: "CBO Box-office", "UAE Emirates"; but
          -- two are initials, "JM Ayrault", "JF Copé")
          if last == i and t.word:find("^%u%u+%-%u") then ty = "other" end
          if last > i and t.word:find("^%u%u%u+$") and not first_name_in(i + 1, last) then ty = "other" end
          -- (nor after an article in lower case, a thing's name: "le Virus Ebola", "l'Orang Outan", "le
          -- Petit Prince", "le Charles de Gaulle" is a ship; but a title first, "le Docteur Carles", "le
          -- Prince Harry", or a first name inside, "le Républicain Eric Ciotti", keep the person)
          if M.rules.thing_articles[c_term[i - 1]] and c_flags[i - 1] & 1 == 0 and c_sent[i - 1] == t.sentence
             and not M.rules.surname_titles[t.term] and not M.rules.titles[t.term]
             and not M.rules.noble_titles[t.term] and not first_name_in(i + 1, last) then
            ty = "other"
          end
          -- (nor after "en": a place, a field, a league, a class, seldom someone: "en Appenzell
          -- Rhodes-Intérieures", "en Sciences Sociales", "en Pro D2", "en Terminale S")
          if M.rules.not_person_preps[c_term[i - 1]] and c_flags[i - 1] & 1 == 0 and c_sent[i - 1] == t.sentence
             and not first_name_in(i, last) and not M.rules.titles[t.term] then
            ty = "other"
          end
        end
        -- (no person's name holds a digit, a title before it or not: "la famille A320", "le modèle X5")
        if ty == "person" then
          for k = i, last do
            if c_type[k] == "word" and toks[k].word:find("%d") then ty = "other"; break end
          end
        end
        -- a place by what leads to it ("près de Bergerac", "au nord de Lille"), by a hyphened town's
        -- particle (Saint-Germain-en-Laye, Villeneuve-d'Ascq), a first name or a title aside, or by a
        -- known place after it and a comma, a first name alone too ("in Charlotte, North Carolina")
        -- (a lead not before a compound first name: "un préfet de Louis-Philippe" served the king; nor a
        -- month's name, "les attentats de Novembre")
        local before_place = (ty == "other" or ty == "person") and not is_org and place_before_place(i, last)
        local led = place_lead_before(i) and not first_name(c_term[i]:match("^[^-]+"))
          and not dates.rules.months[t.term]
        if (ty == "other" or (ty == "person" and not titled and not first_name_in(i, last)))
           and not is_org and (led or (last == i and hyphen_town(t.word)) or before_place)
           or (before_place and ty == "person" and last == i and not titled and not after_abbrev) then
          ty = "place"
        end
        -- (a vessel's name, after its noun and two adjectives at most: "le navire humanitaire Ocean Viking",
        -- "le porte-avions Charles de Gaulle", "the tanker Eagle S")
        if ty ~= "org" then
          local k = i - 1
          while k > i - 3 and c_type[k] == "word" and c_flags[k] & 1 == 0 and c_sent[k] == t.sentence
                and not M.rules.vessel_nouns[c_term[k]] and not an:is_stop(c_term[k]) do
            k = k - 1
          end
          if M.rules.vessel_nouns[c_term[k]] and c_flags[k] & 1 == 0 and c_sent[k] == t.sentence then ty = "other" end
        end
        -- (a word alone between a leader's noun and nothing capitalised is the leader's name)
        if ty == "other" and last == i and t.flags & 2 == 0
           and ((M.rules.leader_nouns[c_term[i - 1]] and c_flags[i - 1] & 1 == 0 and c_sent[i - 1] == t.sentence)
                or (opts.lang == "en" and M.rules.leader_nouns[c_term[i + 1]] and c_flags[i + 1] & 1 == 0
                    and c_sent[i + 1] == t.sentence)) then
          ty = "person"
        end
        add(i, last, ty)              -- (a lone not_names word was passed over above)
        i = last + 1
      end
    else
      i = i + 1
    end
    ::next_run::
  end
  table.sort(found, function(x, y) return x.a < y.a end)
  -- a surname alone is the person named in full in the same text: Nicolas Sarkozy ... Sarkozy
  -- (with its particle: "Jean-Yves Le Drian ... Le Drian", the surname's term -> the particle's)
  local surnames = {}
  for _, e in ipairs(found) do      -- (named after a known first name: not "Père Noël" -> Noël)
    if e.type == "person" and e.b > e.a and first_name(toks[e.a].term) then
      local pt = toks[e.b - 1]
      surnames[toks[e.b].term] = e.b - 1 > e.a and pt.flags & 1 ~= 0 and M.rules.surname_particles[pt.term]
        and pt.term or true
    end
  end
  -- (opening its sentence too: "Nicolas Sarkozy ... Sarkozy rit")
  local more = false
  for _, k in ipairs(opening) do
    if surnames[c_term[k]] then found[#found + 1] = { a = k, b = k, type = "other" }; more = true end
  end
  if more then table.sort(found, function(x, y) return x.a < y.a end) end
  for _, e in ipairs(found) do
    -- (the surname alone, or with its capitalised particle: "Le Pen", "Le Drian")
    local lone = e.a == e.b or (e.b == e.a + 1 and M.rules.surname_particles[toks[e.a].term]
                                and toks[e.a].flags & 1 ~= 0)
    local sn = lone and (e.type == "other" or e.type == "person") and surnames[toks[e.b].term]
    if sn then
      e.type = "person"
      local pt = toks[e.a - 1]
      if sn ~= true and pt and pt.term == sn and pt.flags & 1 ~= 0 and pt.stop + 2 == toks[e.a].start
         and pt.sentence == toks[e.a].sentence then
        e.a = e.a - 1
      end
    end
  end
  -- a lone name that says something is a person's: "explique Martine", "Zelensky told",
  -- "Potignon a affirmé" (a verb of saying right before or after it, or an auxiliary and one)
  local sr = sources_rules()
  local says, said, not_said = sr.verbs, sr.participles, sr.not_before_dit
  local function say(w) return says[w] and not (lang ~= "en" and sr.english[w]) end   -- (les notes X)
  for _, e in ipairs(found) do
    if e.a == e.b and e.type == "other" and toks[e.a].flags & 2 == 0 and c_type[e.a] == "word"
       and #c_term[e.a] > 1 then
      local b, n, n2 = c_term[e.a - 1], c_term[e.a + 1], c_term[e.a + 2]
      -- (before the verb, the subject itself: not "le ministère de l'Intérieur a affirmé", "le Gorafi
      -- annonce"; nor "Autrement dit")
      -- (and one with an age in apposition: "Amparo, 67 ans", "Fatima, 52 ans,")
      local age = n == "," and c_type[e.a + 2] == "number" and (toks[e.a + 2].value or 999) <= 120
        and M.rules.age_nouns[c_term[e.a + 3]] and c_sent[e.a + 3] == c_sent[e.a]
      if (say(b) and c_sent[e.a - 1] == c_sent[e.a]) or age
         or (c_sent[e.a + 1] == c_sent[e.a] and (say(n) or (M.rules.auxiliaries[n] and said[n2]))
             and (c_sent[e.a - 1] ~= c_sent[e.a] or c_type[e.a - 1] == "punct" or M.rules.clause_openers[b])
             and not not_said[c_term[e.a]]) then
        e.type = "person"
      end
    end
  end
  -- a department after "ministère (adjective) de (la)" is the ministry's name: one organisation from
  -- the lower-case ministère ("le ministère libanais de la Santé"); after "ministre", part of a
  -- title, no entity ("le ministre de l'Économie, Bruno Le Maire")
  -- an organisation's word alone, then de and lower-case words, is one organisation ("la Fondation
  -- du patrimoine", "la Cour des comptes", "le Conseil de sécurité")
  local kept = {}
  local listed = {}               -- (the first token of a name listed after one a plural kind made an organisation)
  -- is the token at q a kind of organisation in the sentence of token a (not one that de complements)?
  local function kind_at(q, a)
    return c_sent[q] == c_sent[a] and c_flags[q] & 1 == 0 and M.rules.org_kinds[c_term[q]]
      and not M.rules.kind_links[c_term[q - 1]]
      and not (M.rules.kinds_after_people[c_term[q]] and first_name(c_term[a]))
  end
  for _, e in ipairs(found) do
    local k, head = e.a - 1, nil
    if (c_term[k] == "la" or c_term[k] == "l'") and (c_term[k - 1] == "de" or M.rules.to[c_term[k - 1]]) then
      k = k - 1
    end
    -- (a minister's department after à: "le ministre délégué à la Santé", "la ministre chargée aux Sports")
    local to = M.rules.to[c_term[k]] and c_flags[k] & 1 == 0
    if (M.rules.of[c_term[k]] or to) and c_flags[k] & 1 == 0 and c_sent[k] == c_sent[e.a] then
      k = k - 1                                                  -- before de
      if c_flags[k] and c_flags[k] & 1 == 0 and c_type[k] == "word" and not M.rules.ministry[c_term[k]]
         and not M.rules.minister[c_term[k]] and not M.rules.seats[c_term[k]] and not M.rules.streets[c_term[k]]
         and c_sent[k] == c_sent[e.a] then
        k = k - 1                                                -- (an adjective between: libanais)
      end
      head = c_sent[k] == c_sent[e.a] and c_flags[k] and c_flags[k] & 1 == 0 and c_term[k]
      if to and not M.rules.minister[head] then head = nil end
    end
    -- (a lower-case kind of organisation right before a name makes it one: "l'association UFC-Que
    -- Choisir", "le cabinet Deloitte", "l'ONG Oxfam"; a seat of justice or of the State before de and
    -- a place is one organisation: "le parquet de Paris", "la préfecture du Nord")
    -- (past an English article with a capital, the name's: "la revue The Lancet Public Health")
    local ka = e.a - 1
    if c_term[ka] == "the" and c_flags[ka] & 1 ~= 0 and c_sent[ka] == c_sent[e.a] then ka = ka - 1 end
    local plural = c_flags[ka] and c_flags[ka] & 1 == 0 and c_sent[ka] == c_sent[e.a]
      and M.rules.org_kinds_plural[c_term[ka]] or (listed[e.a] and not first_name(c_term[e.a]))
    -- (not a kind that de complements: "son escargot de compagnie Gary")
    -- (a kind, then an adjective, or de and a noun: "le groupe pétrolier Zorbex", "l'agence de notation Fitch";
    -- not a person's name of several words, "le fondateur du mouvement sioniste Theodor Herzl", nor one after
    -- a title or a form of address, "la société de madame Mansley", "la compagnie de maman Lison"; nor after
    -- a verb's past in -a, "Ce mouvement frappa Pontis", a number, "une compagnie de soixante Ombriens", or
    -- a preposition, "le club derrière Neymar"; nor a name a negation follows, the subject of a clause the
    -- kind's ended, a comma left out: "en dehors d'un journal boulevardier Balzajette ne lut rien")
    local cw = c_term[ka]
    -- (a role held in the kind, "du" between, names its holder: "le fondateur du mouvement sioniste Theodor Herzl";
    -- not "la filiale du groupe canadien Barrick Gold")
    local held = M.rules.member_roles[c_term[ka - 3]] and c_term[ka - 2] == "du"
    local described = c_sent[ka] == c_sent[e.a] and c_type[ka] == "word" and c_flags[ka] & 1 == 0
      and not an:is_stop(cw) and not first_name(c_term[e.a]) and not (e.type == "person" and e.b > e.a and held)
      and not numbers.words[cw] and not numbers.scales[cw] and not M.rules.prepositions[cw]
      and not (c_sent[e.b + 1] == c_sent[e.a] and M.rules.negations[c_term[e.b + 1]])
      and not (M.rules.titles[cw] or M.rules.surname_titles[cw] or M.rules.noble_titles[cw]
               or M.rules.address_words[cw] or cw:find("a$"))
      and (kind_at(ka - 1, e.a) or (M.rules.kind_links[c_term[ka - 1]] and kind_at(ka - 2, e.a)))
    local kind = plural or described or c_sent[ka] == c_sent[e.a] and c_flags[ka] and c_flags[ka] & 1 == 0
      and (kind_at(ka, e.a)
           or (M.rules.poll_nouns[c_term[ka]] and not first_name(c_term[e.a]))
           -- (an acronym alone where one works: "économiste chez ING", "an analyst at ING"; any name after
           -- a trade: "analyste chez Bernstein", not "Il dîne chez Dupont")
           or (M.rules.workplace_preps[c_term[ka]] and e.a == e.b
               and (c_flags[e.a] & 2 ~= 0 or (M.rules.workplace_jobs[c_term[ka - 1]] and c_sent[ka - 1] == c_sent[e.a]
                                              and not first_name(c_term[e.a])))))
    -- (a plural kind types the names listed after it: "les syndicats CGT-Cheminots, SUD-Rail et CFDT-Cheminots")
    if plural and (c_term[e.b + 1] == "," or M.rules.name_coordinators[c_term[e.b + 1]])
       and c_sent[e.b + 1] == c_sent[e.a] then
      listed[e.b + 2] = true
    end
    if kind and ka < e.a - 1 then e.a = e.a - 1 end
    -- (but a first name after a role "du parti", "du groupe" names who holds it: "l'ancien président
    -- du parti Jean-François Copé", "le secrétaire général du mouvement Richard Ferrand"; "la
    -- fondation Jean Jaurès", "un medley du groupe Emile et Images", "le journal Marie Claire" are none)
    if kind and e.type == "person" and first_name(c_term[e.a]) and c_term[e.a - 2] == "du"
       and c_sent[e.a - 2] == c_sent[e.a] and M.rules.member_kinds[c_term[e.a - 1]]
       and M.rules.member_roles[c_term[e.a - 3]] then
      kind = false
    end
    -- (so does one after the name, in apposition: "Statbel, l'office belge de statistique", "Zorbex,
    -- une start-up nantaise"; a first name aside)
    -- (not the subject of a clause after the comma: "après le Brexit, le parti s'est fait remarquer",
    -- a verb before the next mark or relative pronoun)
    -- (the kind's noun, past the comma, its determiner and a rank: "la FNSEA, premier syndicat agricole")
    local d = e.b + 2
    if M.rules.apposition_dets[c_term[d]] and c_flags[d] & 1 == 0 then d = d + 1 end
    if M.rules.apposition_ranks[c_term[d]] and c_flags[d] & 1 == 0 then d = d + 1 end
    -- (a lone word a verb of saying typed a person's too: "a estimé Assuralia, la fédération des assureurs")
    if not kind and (e.type == "other" or (e.type == "person" and e.a == e.b)) and c_term[e.b + 1] == ","
       and d > e.b + 2 and c_sent[d] == c_sent[e.a] and c_flags[d] & 1 == 0
       and M.rules.org_kinds[c_term[d]] and not first_name(c_term[e.a]) then
      kind = true
      for x = d + 1, d + 10 do
        if c_sent[x] ~= c_sent[e.a] or c_type[x] == "punct" or M.rules.relatives[c_term[x]] then break end
        if M.rules.verbish[c_term[x]] or M.rules.clause_words[c_term[x]] then kind = false; break end
      end
    end
    if kind and (e.type == "person" or e.type == "other") then e.type = "org" end
    -- (a street, a square, a bridge before the name, de or not, make it a place with them: "rue de
    -- Rivoli", "le boulevard Saint-Michel", "la place de la Concorde")
    -- (not a participle its folded term would take for one: "avait porté X au pouvoir", "a placé X")
    local street = c_sent[e.a - 1] == c_sent[e.a] and c_flags[e.a - 1] and c_flags[e.a - 1] & 1 == 0
      and (M.rules.streets[c_term[e.a - 1]] or M.rules.venues[c_term[e.a - 1]] and c_flags[e.a] & 1 ~= 0)
      and not toks[e.a - 1].word:find("é$") and e.a - 1
    if not street and head and M.rules.streets[head] and not M.rules.streets_alone[head] and e.a - k <= 3 then
      street = k
    end
    if street and e.type ~= "org" then e.a, e.type, e.name = street, "place", nil end
    if e.type == "place" and head and M.rules.seats[head] and e.a - k <= 3 then
      e.a, e.type, e.name = k, "org", nil
    elseif (e.type == "other" or (e.type == "org" and not e.name)) and head and M.rules.minister[head] then
      e = nil                                                    -- (no entity)
    elseif (e.type == "other" or e.type == "org") and head and M.rules.ministry[head] then
      e.a, e.type, e.name = k, "org", nil                        -- (de l'Éducation nationale)
    elseif e.type == "org" and (e.a == e.b or (e.b == e.a + 1 and M.rules.org_lead_adjectives[c_term[e.a]]))
           and not e.name
           and org_word(toks[e.b]) and c_flags[e.b] & 2 == 0 then
      -- (not a name of the gazetteer, l'Assemblée, le Sénat; nor an acronym, ONG): de and at most two
      -- lower-case words, twice ("la Ligue des droits de l'homme"; after a capitalised adjective too:
      -- "le Haut Conseil des finances publiques")
      local j = e.b + 1
      for _ = 1, 2 do
        -- (or pour and its article: "l'Institut pour l'étude de la guerre", "la Ligue pour la protection
        -- des oiseaux")
        local pour = M.rules.complement_for[c_term[j]]
        if not ((M.rules.of[c_term[j]] or pour) and c_flags[j] & 1 == 0 and c_sent[j] == c_sent[e.a]) then break end
        local w = j + 1
        if pour then
          if not M.rules.for_articles[c_term[w]] then break end
          w = w + 1
        elseif (c_term[j] == "de" or c_term[j] == "d'") and (c_term[w] == "la" or c_term[w] == "l'") then
          w = w + 1
        end
        local n = 0
        while c_type[w] == "word" and c_flags[w] & 1 == 0 and c_sent[w] == c_sent[e.a] and not an:is_stop(c_term[w])
              and not M.rules.verbish[c_term[w]] and not infinitive_like(c_term[w])    -- (de venir)
              and not M.rules.generic_nouns[c_term[w]] and not dates.rules.weekdays[c_term[w]]
              and not c_term[w]:find("ieme$") and n < 2 do                                   -- (le deuxième jour)
          w, n = w + 1, n + 1
        end
        if n == 0 then break end
        e.b, e.name, j = w - 1, nil, w
      end
    end
    -- (nor one inside the name kept before it: "l'Association des constructeurs européens d'automobiles")
    if e and kept[#kept] and e.a > kept[#kept].a and e.b <= kept[#kept].b then e = nil end
    if e then
      while kept[#kept] and kept[#kept].a >= e.a do kept[#kept] = nil end   -- (libanais, inside the ministry's)
      kept[#kept + 1] = e
    end
  end
  found = kept
  -- an organisation, then de/du + a place: one organisation
  local merged = {}
  for _, e in ipairs(found) do
    local prev = merged[#merged]
    -- (and a place's word, then de + a place: "la Porte de Vincennes", "la Gare de Lyon")
    local place_word = prev and prev.type ~= "org" and M.rules.place_first[toks[prev.a].term]
    if prev and (prev.type == "org" or place_word) and e.type == "place" and e.a == prev.b + 2
       and M.rules.particles[toks[prev.b + 1].term] then
      prev.b, prev.name = e.b, nil
      if place_word then prev.type = "place" end
    else
      merged[#merged + 1] = e
    end
  end
  -- a name, words, then an acronym in brackets of the initials of their words (stopwords
  -- left out; each part of a compound; in another order when in capitals): one name with the words
  -- ("la Mutualité sociale agricole (MSA)", "l'Agence spatiale européenne (ESA)", "l'Institut national
  -- du sport (Insep)", "le Haut-Commissariat aux droits de l'homme (HCDH)"); or, in capitals, some of
  -- their initials in their order, the first word's and the last word's among them (the acronym of a
  -- name that holds another: "le Haut-Commissariat des Nations unies pour les réfugiés (HCR)")
  local function initials_of(a, b, k)      -- (the words a to b, the acronym at k)
    local letters = {}
    for q = a, b do
      if c_type[q] == "word" and not an:is_stop(c_term[q]) then
        for part in c_term[q]:gmatch("[^%-]+") do letters[#letters + 1] = part:sub(1, 1) end
      end
    end
    local want = c_term[k]
    local initials = table.concat(letters)
    if initials == want then return true end
    if toks[k].flags & 2 == 0 or #want < 3 then return false end
    if want:find("^%w+$") and want:sub(1, 1) == initials:sub(1, 1) and want:sub(-1) == initials:sub(-1)
       and initials:find(want:gsub(".", "%0.*"):sub(1, -3)) then
      return true
    end
    local wanted = {}
    for c in want:gmatch(".") do wanted[#wanted + 1] = c end
    table.sort(letters)
    table.sort(wanted)
    return table.concat(letters) == table.concat(wanted)
  end
  do
    local out, x = {}, 1
    while x <= #merged do
      local e = merged[x]
      out[#out + 1] = e
      x = x + 1
      -- (capitalised words too, a place's: "la Caisse de dépôt et placement du Québec (CDPQ)")
      local w = e.b + 1
      while c_type[w] == "word" and c_sent[w] == c_sent[e.a] and w - e.b <= 7 do w = w + 1 end
      if w > e.b + 1 and c_term[w] == "(" and c_term[w + 2] == ")" and c_type[w + 1] == "word"
         and c_flags[w + 1] & 1 ~= 0 and c_sent[w + 2] == c_sent[e.a] and not e.name
         and initials_of(e.a, w - 1, w + 1) then
        -- (an organisation's when its first word is one's: not "la Politique agricole commune (PAC)")
        e.b = w - 1
        if e.type ~= "org" then e.type = org_word(toks[e.a]) and "org" or "other" end
        while merged[x] and merged[x].b < w do x = x + 1 end           -- (the entities inside go)
      end
    end
    merged = out
  end
  -- a name no rule typed, then a place in brackets, is a town of that place: "à Chilly-Mazarin (Essonne)",
  -- "Trith (Nord)" (a place's name, not a demonym that names one: "Lily (Chinoise)")
  for x, e in ipairs(merged) do
    local nx = merged[x + 1]
    if e.type == "other" and nx and nx.type == "place" and nx.a == e.b + 2 and c_term[e.b + 1] == "("
       and c_term[nx.b + 1] == ")" and c_sent[nx.a] == c_sent[e.a]
       and (not nx.name or nx.name == text:sub(c_start[nx.a], toks[nx.b].stop)) then
      e.type = "place"
    end
  end
  -- an acronym or a short name in brackets right after an organisation's name is the organisation's
  -- ("le Haut Conseil des finances publiques (HCFP)", "the European Forest Fire Information System
  -- (EFFIS)", "the California Department of Forestry and Fire Protection (Cal Fire)"; written alone
  -- further on, as any word, below)
  for x, e in ipairs(merged) do
    local prev = merged[x - 1]
    if e.b - e.a <= 2 and c_term[e.a - 1] == "(" and c_term[e.b + 1] == ")"
       and (e.type == "other" or (e.type == "person" and e.a == e.b))           -- (a first name too: Olaf)
       and prev and prev.b == e.a - 2 and prev.type == "org" then
      e.type = "org"
    end
  end
  -- an acronym no rule typed whose letters are the initials of an organisation's name given whole before
  -- it (all its words', or its capitalised words'), and of no other's, is that organisation: "the Office for
  -- National Statistics ... the ONS said", "the Bank of England ... The BoE had forecast" (not an
  -- abbreviation, a period after it: "MM. de Courtenay")
  do
    local orgs = {}                       -- initials -> the name, or false when two names share them
    local function known(key, name)
      if orgs[key] == nil or orgs[key] == name then orgs[key] = name else orgs[key] = false end
    end
    for _, e in ipairs(merged) do
      local w = toks[e.a].word
      if e.type == "org" and e.b > e.a then
        local all, caps = {}, {}
        for k = e.a, e.b do
          if c_type[k] == "word" then
            all[#all + 1] = c_term[k]:sub(1, 1)
            if c_flags[k] & 1 ~= 0 then caps[#caps + 1] = c_term[k]:sub(1, 1) end
          end
        end
        local name = e.name or text:sub(c_start[e.a], toks[e.b].stop)
        known(table.concat(all), name)
        known(table.concat(caps), name)
      elseif e.a == e.b and #w <= 6 and w:find("^%u%a*%u%a*$") then
        if e.type == "org" then
          orgs[c_term[e.a]] = false           -- (typed already, in brackets after the name: the text's word)
        elseif e.type == "other" and not e.name and orgs[c_term[e.a]]
               and not (c_term[e.a + 1] == "." and c_start[e.a + 1] == toks[e.a].stop + 1) then
          e.type, e.name = "org", orgs[c_term[e.a]]
        end
      end
    end
  end
  -- a word alone that names no known thing and is the first or last name of a person named whole
  -- in the text is that person, named in full ("Laszlo Bock ... le programme de Laszlo", "Nicolas
  -- Sarkozy ... Sarkozy rit"; not when two persons share it)
  -- (a name of two or three capitalised words, no acronym, no title: not "AVS de Juliette", "Père Noël")
  local function plain_name(e)
    if e.b - e.a > 2 or M.rules.titles[c_term[e.a]] or M.rules.not_names[c_term[e.a]] or c_term[e.a] == "pere" then
      return false
    end
    -- (opening its sentence, a first name the rules know: "Femen Amina" is none)
    if c_sent[e.a - 1] ~= c_sent[e.a] and not first_name(c_term[e.a]) then return false end
    for k = e.a, e.b do
      if c_type[k] ~= "word" or c_flags[k] & 3 ~= 1 then return false end
    end
    return true
  end
  -- (so is the first word of an organisation's name of two capitalised words, alone, left "other" and no person's
  -- part, nor after à, a place's: "le groupe canadien Barrick Gold ... exploité par Barrick")
  local parts, org_parts = {}, {}
  local function part(list, w, full)
    if list[w] == nil or list[w] == full then list[w] = full else list[w] = false end
  end
  for _, e in ipairs(merged) do
    local plain = e.b > e.a and (e.type == "person" or (e.type == "org" and e.b == e.a + 1)) and plain_name(e)
    local full = plain and (e.name or text:sub(toks[e.a].start, toks[e.b].stop))
    if plain and e.type == "person" then
      for _, k in ipairs{ e.a, e.b } do              -- (capitalised words: plain_name)
        if #c_term[k] > 1 then part(parts, c_term[k], full) end
      end
    elseif plain and #c_term[e.a] > 1 then
      part(org_parts, c_term[e.a], full)
    end
  end
  for _, e in ipairs(merged) do
    local w = e.a == e.b and c_term[e.a]
    local p = w and not (c_sent[e.a - 1] == c_sent[e.a] and M.rules.name_determiners[c_term[e.a - 1]])   -- (un Oscar)
    if p and (e.type == "other" or (e.type == "person" and not e.name)) and parts[w] then
      e.type, e.name = "person", parts[w]
    elseif p and e.type == "other" and parts[w] == nil and org_parts[w]
           and not (toks[e.a - 1] and toks[e.a - 1].word == "à") then
      e.type, e.name = "org", org_parts[w]
    end
  end
  -- a word alone (or a name of three words at most) left "other" takes the type (and name) the text
  -- gives the same words alone elsewhere, when it gives one only: "confie Aragon" makes a person of
  -- "l'engagement d'Aragon" too, "the Department of Forestry and Fire Protection (Cal Fire)" an
  -- organisation of "according to Cal Fire"
  local function words_of(e)
    if e.b - e.a > 2 then return nil end
    return e.a == e.b and c_term[e.a] or table.concat(c_term, " ", e.a, e.b)
  end
  -- (a word alone a rule made an organisation's, where another made a person of it by its place alone,
  -- no first name, is the organisation's throughout: "a annoncé Arianespace" and "le PDG d'Arianespace")
  -- (when it is so as often at least: a novel's "répondit Negoro" 34 times, "la maison Negoro" once, is a person,
  -- and so is the word alone elsewhere)
  local typed, org_over, person_of, as = {}, {}, {}, {}
  for _, e in ipairs(merged) do
    -- (of several words, an organisation's or a place's only: a person's is read by its first name)
    local w = e.type ~= "other" and (e.a == e.b or e.type ~= "person") and words_of(e)
    if w and e.a == e.b then as[w .. e.type] = (as[w .. e.type] or 0) + 1 end
    if w then
      local was = typed[w]
      if was == nil then
        typed[w] = e
      elseif was and (was.type ~= e.type or was.name ~= e.name) then
        local pair = was.type .. e.type
        if e.a == e.b and (pair == "personorg" or pair == "orgperson") and not first_name(c_term[e.a]) then
          org_over[w] = e.type == "org" and e or was
          person_of[w] = e.type == "person" and e or was
        end
        typed[w] = false
      elseif was == false and e.type ~= "org" and e.type ~= "person" then
        org_over[w] = nil                                     -- (a third type: no one reading)
      end
    end
  end
  for _, e in ipairs(merged) do
    local w = words_of(e) or false
    local ow, pw = org_over[w], nil
    if ow and (as[w .. "org"] or 0) < (as[w .. "person"] or 0) then ow, pw = nil, person_of[w] end
    if ow and e.type == "person" then
      -- (not a person a title names: "le ministre Macron", "M. Zorg", "la famille Doux")
      local p = e.a - 1
      if c_term[p] == "." and c_sent[p] == c_sent[e.a] then p = p - 1 end
      local titled = c_sent[p] == c_sent[e.a] and (M.rules.titles[c_term[p]] or M.rules.title_abbrevs[c_term[p]]
                                                   or c_term[p] == "famille" or c_term[p] == "family")
      if not titled then e.type, e.name = "org", ow.name end
    end
    local t = e.type == "other" and (typed[w] or ow or pw)
    -- (a person's name is no person's after a determiner: "un Oscar", "des Outre-mer")
    if t and t.type == "person" and c_sent[e.a - 1] == c_sent[e.a] and M.rules.name_determiners[c_term[e.a - 1]] then
      t = nil
    end
    if t then e.type, e.name = t.type, t.name end
  end
  -- (the tokens of page furniture written with capitals: "PARTAGEZ CET ARTICLE", "Photo Credit")
  -- (from the tokens holding a first word of one, asked of the doc: no pass over all tokens in Lua)
  local furniture = {}
  local fidx = seq.index(M.rules.furniture)
  for _, k in ipairs(seq.candidates(toks, doc, { terms = seq.firsts(M.rules.furniture) })) do
    if c_flags[k] & 1 ~= 0 then
      local _, fe = seq.longest(fidx, toks, k)
      for x = k, (fe or k) - 1 do furniture[x] = true end
    end
  end
  -- (an English compound of a name and a participle is an adjective: "the Dublin-based carrier", "the US-led
  -- coalition", "Iranian-backed": the name it holds when the gazetteer knows it, else none)
  -- (its gazetteer entry and the name's length, false when unknown, nil when no such compound)
  local function compound_name(e)
    if e.a ~= e.b or e.type ~= "other" or c_flags[e.a] & 4 == 0 then return nil end     -- (4: a compound)
    local head, tail = toks[e.a].word:match("^(.-)%-(%a+)$")
    if not (head and M.rules.compound_participles[tail:lower()]) then return nil end
    local row = acronyms[head]                   -- (the acronyms the gazetteer knows, as written: US-led)
    if row then return { type = row[1], canonical = row[2] }, #head end
    for a, b, entry in dict:gmatch(head) do
      if a == 1 and b == #head then return entry, #head end
    end
    return false
  end
  local out = {}
  for _, e in ipairs(merged) do
    local s, en = toks[e.a].start, toks[e.b].stop
    if furniture[e.a] or furniture[e.b] then goto skip end
    local held, len = compound_name(e)
    if held == false then goto skip end
    if held then e.type, e.name, en = held.type, held.canonical, s + len - 1 end
    local written = text:sub(s, en)
    out[#out + 1] = { start = s - 1, ["end"] = en, text = written, type = e.type, name = e.name or written,
                      sentence = toks[e.a].sentence }
    ::skip::
  end
  return out
end

return M
