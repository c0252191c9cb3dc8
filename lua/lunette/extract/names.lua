-- names.lua: first names (folded: accents off, lower case) that tell a person and
-- their gender: French first, then the names the French-language press gives most
-- (Maghreb and West Africa, English, the rest of Europe, Russia and Ukraine, Asia).
-- A name that is also a common word (Rose, Victoire, Constance, France) or given to
-- both genders (Claude, Dominique, Camille) is left out. The attribution and entity
-- rules read these sets (lunette.extract.sources.rules.pronoun_kinds.male_names and
-- female_names are these tables): add to them from a script. And the abbreviated titles
-- before a person's name, whose period stays in it ("M. Dupont", "Mgr Aupetit", "Gov. Oleh
-- Syniehubov", "Capt. John Smith": lunette.extract.entities.rules.title_abbrevs is this table).
local function set(list)
  local s = {}
  for _, w in ipairs(list) do s[w] = true end
  return s
end

return {
  male = set{
    "jean", "pierre", "michel", "philippe", "alain", "nicolas", "francois", "jacques", "bernard", "patrick",
    "daniel", "christophe", "eric", "laurent", "thierry", "frederic", "olivier", "stephane", "david", "julien",
    "sebastien", "emmanuel", "manuel", "benoit", "bruno", "gerald", "gerard", "marc", "paul", "louis", "claude",
    "yves", "andre", "henri", "rene", "robert", "georges", "maurice", "marcel", "roger", "raymond", "guy", "serge",
    "didier", "denis", "pascal", "vincent", "xavier", "arnaud", "antoine", "thomas", "edouard", "jerome",
    "guillaume", "hugo", "lucas", "mathieu", "matthieu", "benjamin", "raphael", "damien", "yann", "yannick",
    "gilles", "jean-luc", "jean-marie", "jean-pierre", "jean-claude", "jean-francois", "jean-marc", "jean-yves",
    "jean-michel", "jean-paul", "jean-louis", "jean-jacques", "jean-baptiste", "jean-christophe", "donald",
    "vladimir", "barack", "joe", "boris", "recep", "benyamin", "mohamed", "mohammed", "ahmed", "karim", "rachid",
    "ali", "omar", "samuel", "martin", "charles", "cedric", "fabien", "fabrice", "franck", "gregory", "herve",
    "joel", "lionel", "ludovic", "luc", "michael", "mickael", "noel", "regis", "remi", "richard", "romain",
    "sylvain", "thibault", "tristan", "valery", "victor", "william", "gabriel", "adrien", "alexandre", "alexis",
    "anthony", "arthur", "aurelien", "baptiste", "clement", "florian", "hugues", "jeremy", "joseph", "loic",
    "maxime", "quentin", "simon", "valentin", "hubert", "francis", "jules", "bertrand", "cyril", "christian",
    "etienne", "gilbert", "mike", "john", "george", "bill", "tony", "volodymyr", "serguei", "sergei", "dmitri",
    "dmitry", "andrei", "andrii", "ivan", "igor", "alexei", "mikhail", "viktor", "evgueni", "yevgeny", "oleksandr",
    "olaf", "friedrich", "matteo", "giuseppe", "pedro", "javier", "antonio", "jose", "luis", "carlos", "justin",
    "narendra", "shinzo", "rishi", "keir", "jens", "antony", "lloyd", "jake", "kevin", "marco", "mario", "silvio",
    "hassan", "bachar", "bashar", "mahmoud", "yasser", "abdel", "abdelaziz", "ehud", "yoav", "ron", "ted", "jair",
    "lula", "salman", "adam", "alan", "albert", "alfred", "allan", "amaury", "ambroise", "amine", "anatole",
    "antonin", "aristide", "armand", "arsene", "auguste", "augustin", "axel", "aymeric", "barthelemy", "basile",
    "bastien", "blaise", "brice", "calixte", "come", "constant", "corentin", "cyprien", "cyrille", "dimitri",
    "edgar", "edmond", "elie", "eloi", "emile", "emilien", "enzo", "erwan", "eugene", "evan", "felix", "ferdinand",
    "fernand", "firmin", "florent", "gabin", "gaetan", "gaspard", "gaston", "gauthier", "geoffrey", "geoffroy",
    "germain", "ghislain", "gonzague", "gregoire", "gustave", "gwenael", "hadrien", "hector", "hippolyte",
    "honore", "ignace", "irenee", "isidore", "jacky", "james", "jason", "jeremie", "joachim", "johan", "johann",
    "jonathan", "jordan", "josue", "killian", "kylian", "lambert", "leandre", "leo", "leon", "leonard", "leopold",
    "lilian", "lorenzo", "lothaire", "lucien", "maël", "mael", "malo", "marius", "martial", "mathias", "mathis",
    "matheo", "maxence", "medhi", "mehdi", "nael", "nathan", "nathanael", "noa", "noah", "noe", "octave", "oscar",
    "patrice", "pierre-yves", "pierrick", "rafael", "raoul", "renaud", "robin", "rodolphe", "rodrigue", "roland",
    "romuald", "ronan", "ruben", "severin", "stanislas", "sylvestre", "tanguy", "teddy", "theo", "theodore",
    "theophile", "thibaut", "tim", "timothee", "titouan", "tom", "ulysse", "virgile", "yanis", "yoann", "yohan",
    "yvon", "zacharie", "abdallah", "abdelkader", "abdelhamid", "abderrahmane", "abdoulaye", "abou", "aissa",
    "amadou", "amar", "amir", "anis", "ayoub", "bachir", "bilal", "boubacar", "brahim", "djamel", "driss", "farid",
    "fares", "fatih", "hakim", "hamid", "hicham", "hocine", "houari", "ibrahim", "idriss", "ilyes", "ismael",
    "ismail", "issa", "jamel", "jawad", "kader", "kamel", "khaled", "lakhdar", "lamine", "malik", "mamadou",
    "mansour", "mehmet", "moussa", "mourad", "mustapha", "nabil", "nadir", "nassim", "nordine", "othmane", "oumar",
    "ousmane", "rayan", "reda", "riad", "said", "salah", "salim", "samir", "seydou", "sofiane", "souleymane",
    "tarek", "tarik", "walid", "yacine", "yassine", "youssef", "zakaria", "zinedine", "aaron", "alexander",
    "andrew", "ben", "bob", "brad", "brian", "bruce", "chris", "christopher", "colin", "craig", "dan", "dave",
    "dennis", "douglas", "dylan", "edward", "elon", "ethan", "frank", "fred", "gary", "gordon", "graham",
    "greg", "harry", "henry", "ian", "jack", "jeff", "jeffrey", "jerry", "jim", "jimmy", "johnny", "jon", "josh",
    "keith", "ken", "kyle", "larry", "leonardo", "lewis", "liam", "logan", "mark", "matt", "matthew", "mitch",
    "neil", "nick", "oliver", "owen", "pete", "peter", "phil", "philip", "ralph", "randy", "rick", "rob", "ronald",
    "ross", "ryan", "sam", "scott", "sean", "stephen", "steve", "steven", "stuart", "terry", "travis", "tyler",
    "walter", "warren", "wayne", "ahmet", "alberto", "alejandro", "alessandro", "anatoli", "andrea", "andres",
    "angelo", "bernd", "diego", "dieter", "emmanuele", "enrico", "fabio", "federico", "fernando", "francesco",
    "franco", "fritz", "gerhard", "giorgio", "giovanni", "gunther", "hans", "heinrich", "helmut", "hernan",
    "horst", "jesus", "joao", "jorge", "juan", "jurgen", "karl", "klaus", "luca", "luciano", "luigi", "manfred",
    "marcello", "massimo", "mauricio", "miguel", "nikolai", "nicola", "pablo", "paolo", "pavel", "raul", "ricardo",
    "roberto", "rodrigo", "ruslan", "sergio", "stefan", "stefano", "uwe", "wolfgang", "yuri", "yaroslav", "andriy",
    "petro", "valeri", "vitali", "vitaly", "xi", "jinping", "jong-un", "moon", "fumio", "yoon", "naruto", "max",
    "dick", "jensen", "mitchell", "howard", "harold", "carl", "roy", "kenneth", "timothy"
  },
  -- given to both genders: a person's first name, no gender
  unisex = set{ "claude", "dominique", "camille", "sacha", "morgan", "charlie", "maxime", "alix", "sasha",
                "ange", "eden", "lou" },
  female = set{
    "marie", "anne", "marine", "christine", "nathalie", "isabelle", "sylvie", "catherine", "francoise", "martine",
    "monique", "nicole", "sandrine", "valerie", "veronique", "sophie", "celine", "julie", "aurelie", "caroline",
    "stephanie", "sandra", "laura", "emilie", "elise", "elisabeth", "elizabeth", "agnes", "segolene", "rachida",
    "najat", "christiane", "anne-marie", "marie-france", "marie-christine", "brigitte", "chantal", "claire",
    "corinne", "delphine", "florence", "helene", "jacqueline", "jeanne", "laurence", "lucie", "madeleine",
    "marion", "marisol", "michele", "muriel", "nadine", "patricia", "pauline", "sarah", "simone", "suzanne",
    "virginie", "angela", "hillary", "theresa", "ursula", "anne-sophie", "audrey", "charlotte", "clementine",
    "emma", "eva", "juliette", "lea", "louise", "manon", "mathilde", "melanie", "nadia", "leila", "fatima",
    "amelie", "annie", "beatrice", "cecile", "elodie", "estelle", "fabienne", "geraldine", "josiane", "karine",
    "laetitia", "marlene", "myriam", "noemie", "odile", "pascale", "severine", "frederique", "aurore", "alexandra",
    "annick", "barbara", "diane", "ingrid", "irene", "julia", "justine", "lina", "lisa", "marianne", "mireille",
    "sonia", "vanessa", "olga", "yael", "rama", "nkm", "kamala", "nancy", "margaret", "giorgia", "ilhan", "kaja",
    "annalena", "liz", "nikki", "condoleezza", "golda", "benazir", "yulia", "maria", "olena", "svetlana", "tulsi",
    "marjorie", "jacinda", "sanna", "mette", "dilma", "cristina", "adele", "adeline", "adrienne", "agathe",
    "aicha", "alice", "aline", "alix", "amandine", "anais", "angele", "angelique", "annabelle", "apolline",
    "armelle", "aude", "axelle", "benedicte", "berenice", "bernadette", "blandine", "capucine", "carine", "carole",
    "cassandra", "cecilia", "celia", "charlene", "chloe", "christelle", "clarisse", "claudine", "clemence",
    "colette", "coline", "cyrielle", "danielle", "denise", "dorothee", "edith", "eleonore", "elisa", "eloise",
    "elsa", "emeline", "emmanuelle", "eugenie", "eve", "evelyne", "fanny", "fatou", "francine", "gabrielle",
    "gaelle", "genevieve", "georgette", "germaine", "ghislaine", "gisele", "gwendoline", "henriette", "hortense",
    "huguette", "ines", "iris", "jeannine", "jessica", "joelle", "josephine", "josette", "judith", "katia",
    "laure", "lena", "leonie", "liliane", "lise", "lola", "lucienne", "ludivine", "lydie", "maelle", "magali",
    "marcelle", "margaux", "margot", "marguerite", "marie-claude", "marie-helene", "marie-josee", "marie-laure",
    "marie-noelle", "marthe", "maryse", "maud", "melissa", "micheline", "morgane", "murielle", "nadege", "nelly",
    "oceane", "odette", "olivia", "ophelie", "paule", "paulette", "penelope", "perrine", "priscilla", "rachel",
    "raymonde", "regine", "renee", "rosalie", "roselyne", "sabine", "sabrina", "selena", "solange", "solene",
    "tatiana", "therese", "valentine", "victoria", "violaine", "viviane", "yasmina", "yasmine", "yolande",
    "yvette", "yvonne", "zoe", "amel", "amina", "amira", "assia", "asma", "djamila", "fadila", "farida", "fatiha",
    "hafsa", "hanane", "hayat", "houria", "kahina", "karima", "khadija", "latifa", "malika", "maryam", "meriem",
    "mounia", "nabila", "naima", "nawel", "nora", "rania", "rim", "salima", "samia", "selma", "siham", "souad",
    "yamina", "zahra", "zineb", "zohra", "aminata", "awa", "fatoumata", "kadiatou", "mariam", "amanda", "amy",
    "anna", "ashley", "betty", "beyonce", "britney", "carla", "carol", "cindy", "dana", "deborah", "donna",
    "dorothy", "ellen", "emily", "hannah", "heather", "helen", "jane", "janet", "jennifer", "jill", "joan", "judy",
    "karen", "kate", "katherine", "kathy", "kelly", "linda", "lucy", "madonna", "mary", "megan", "melania",
    "meryl", "michelle", "monica", "natalie", "pamela", "rebecca", "rihanna", "rosa", "ruth", "sally", "samantha",
    "sara", "sharon", "susan", "taylor", "teresa", "tiffany", "tracy", "alessandra", "angelika", "antonella",
    "beate", "carmen", "chiara", "claudia", "elena", "francesca", "gabriela", "giulia", "irina", "isabel",
    "katarina", "ksenia", "lucia", "ludmila", "magdalena", "marina", "marta", "natalia", "natasha", "paola",
    "silvia", "valentina"
  },
  title_abbrevs = set{ "m", "mm", "mme", "mmes", "mlle", "me", "dr", "pr", "mgr", "mr", "mrs", "ms",
                       -- (English press titles: Gov. Oleh Syniehubov, Sen. X, Lt. Gen. Y, Capt. John Smith)
                       "gov", "sen", "rep", "gen", "lt", "col", "sgt", "capt", "maj", "adm", "supt", "insp", "det",
                       "cmdr", "atty", "cpl", "pvt", "prof", "rev" },
  -- the acronyms of a title before a name ("son PDG Stéphane Israël", "le DG", "sa DRH", "le CEO Tim Cook"):
  -- the attribution rules' titles (sources.rules.name_titles.person) and the entity rules' (title_heads)
  -- hold them
  title_acronyms = set{ "pdg", "p-dg", "dg", "ceo", "drh" },
  -- English offices written before a name ("Supervisor Dawn Rowe", "Meteorologist Kate Miller"): the
  -- attribution rules' titles (sources.rules.name_titles.en) and the entity rules' (title_heads) hold them
  offices_en = set{ "supervisor", "councilman", "councilwoman", "councilmember", "councillor", "councilor",
                    "alderman", "assemblyman", "assemblywoman", "congressman", "congresswoman", "meteorologist",
                    "captain", "chief", "lieutenant", "sergeant", "detective", "trooper", "coordinator",
                    "administrator",
                    -- (and trades, capitalised opening a sentence: "Actor Dick Van Dyke", "Chief Financial Officer
                    -- Colette Kress")
                    "officer", "director", "professor", "coach", "actor", "actress", "singer", "rapper", "author",
                    "novelist", "economist", "analyst", "spokesman", "spokeswoman", "spokesperson", "attorney",
                    "lawyer" },
  -- adjectives in lower case that go on an institution's name in French after its capitalised noun
  -- ("la Sécurité routière", "l'Assemblée nationale", "le Front national", "le rugby français"): the
  -- entity rules' (institution_adjectives) and the attribution rules' (a subject's complement) read them
  institution_adjectives = set{ "national", "nationale", "nationaux", "routiere", "politique", "social",
    "sociale", "constitutionnel", "constitutionnelle", "supreme", "mondial", "mondiale", "europeen", "europeenne",
    "central",
    "centrale", "general", "generale", "federal", "federale", "municipal", "municipale", "regional",
    "regionale", "departemental", "departementale", "militaire", "populaire", "socialiste", "communiste",
    "republicain", "republicaine", "democrate", "ecologiste", "islamique", "interarmees", "diplomatique",
    "parlementaire", "economique", "judiciaire", "penitentiaire", "civile", "olympique", "international",
    "internationale", "atomique", "sanitaire", "publique", "permanent", "permanente", "interministeriel",
    "interministerielle", "territoriale", "consulaire", "prudentiel", "prudentielle", "superieur",
    "superieure", "francais", "francaise", "consultatif", "consultative", "scientifique", "administratif",
    "administrative", "agricole", "interprofessionnel", "interprofessionnelle", "insoumise",
    "antifraude", "anticorruption", "antiterroriste", "antidopage", "antidrogue", "antiblanchiment",
    "meteorologique", "spatial", "spatiale", "nucleaire", "electoral", "electorale", "statistique", "monetaire",
    "financier", "financiere", "maritime", "ferroviaire", "hospitalier", "hospitaliere", "universitaire",
    -- (a department's: "ministère de la Transition écologique", "des Affaires étrangères")
    "ecologique", "etrangeres", "territoriales", "sociaux", "sociales" },
}
