import TextMachinery
/// Word lists for attribution: the verbs reporters use to introduce speech, the
/// titles and roles that stand before names, and the words that mark organisations.
enum Lexicon {
    static let speechVerbs: Set<Word> = [
        "said", "says", "say", "told", "tells", "tell", "added", "adds", "asked", "asks", "wrote", "writes",
        "posted", "tweeted", "explained", "explains", "insisted", "insists", "warned", "warns", "noted", "notes",
        "stated", "states", "indicated", "indicates", "declared", "announced", "argued", "argues", "claimed", "claims", "replied", "replies",
        "responded", "continued", "continues", "concluded", "admitted", "admits", "acknowledged", "stressed",
        "underlined", "underscored", "emphasised", "emphasized", "commented", "remarked", "suggested", "suggests", "urged", "urges", "called",
        "calls", "described", "describes", "saying", "adding", "telling", "recalled", "predicted", "predicts", "predicting",
        "cautioned", "conceded", "confirmed", "complained", "agreed", "joked", "quipped", "shouted", "believes",
        "believed", "accused", "accuses", "described", "branded", "labelled", "labeled", "dubbed", "hailed",
        "praised", "criticised", "criticized", "thinks", "thought", "feels", "felt", "reckons", "reckoned",
        "maintained", "maintains", "observed", "pointed", "vowed", "pledged", "promised", "demanded", "demands",
        "estimated", "estimates", "added:", "asserted", "announced", "reported", "tweets", "wrote:", "writing",
        "told:", "explaining", "arguing", "warning", "insisting", "urging", "claiming", "reminded", "reminding",
        "stating", "declaring", "announcing", "recalling", "noting", "telling", "describing", "calling", "expressed",
        // Reporting verbs of US and wire copy: "an angry Hollande retaliated", "Vindman testified".
        "testified", "testifies", "countered", "counters", "recounted", "recounts", "remembered", "mused", "boasted",
        "boasts", "lamented", "laments", "retorted", "snapped", "scoffed", "marveled", "marvelled", "wondered",
        "interjected", "whispered", "yelled", "shouted", "screamed", "chanted", "answered", "answers", "assured",
        "contended", "contends", "reiterated", "reiterates", "reasoned", "speculated", "teased", "touted", "touts",
        "thundered", "bragged", "brags", "retaliated", "laughed", "confessed", "confesses", "clarified", "clarifies", "elaborated", "asserts", "recalls", "cautions", "concedes", "complains",
        "jokes", "quips", "pleaded", "opined", "advised", "informed", "conceding", "acknowledging", "asking",
        "explaining", "testifying", "responding", "replying", "answering", "adding:", "declares", "announces",
        // "…," reads a Wednesday editorial; "…," exhorted Clinton's introducer.
        "reads", "exhorted", "implored", "pleads", "emailed", "texted",
        // "…," Kelly charged; "…," Viguerie concludes; "…," the governor barked.
        "charged", "concludes", "barked", "mocked", "mocks",
        // "Musa Hamis, the local water pipe manager, echoed these sentiments. “…”"
        "echoed", "echoes",
        // Local and broadcast copy: "Magagna shared, "…""; "“…,” he began." (`adjacentOnlyVerbs`)
        "shared", "began",
        // Verbs of blame that quote the words blamed with: "Clinton blamed the "fog of war"".
        "blamed", "bemoaned", "bemoans", "decried", "decries", "condemned", "condemns", "sniped", "denounced",
        "denounces", "derided", "lambasted", "slammed", "blasted", "ridiculed",
    ]

    /// Verbs that introduce a quote only right before it: "Murkowski shared a post from a
    /// constituent: "…"" and "began with a letter from a pensioner" bring someone else's words.
    static let adjacentOnlyVerbs: Set<Word> = ["shared", "began"]

    static let femaleMarkers: Set<Word> = ["ms", "ms.", "mrs", "mrs.", "miss", "lady", "dame", "madam", "wife", "mother",
        "daughter", "sister", "woman", "spokeswoman", "chairwoman", "actress", "queen", "princess", "girlfriend", "widow",
        "businesswoman", "congresswoman", "grandmother", "aunt", "niece", "duchess", "baroness"]
    static let maleMarkers: Set<Word> = ["mr", "mr.", "sir", "lord", "husband", "father", "son", "brother", "man",
        "spokesman", "chairman", "actor", "king", "prince", "boyfriend", "widower", "businessman", "congressman",
        "grandfather", "uncle", "nephew", "duke", "baron"]

    /// Members of a party, written with a capital but heading a description like any common
    /// noun: "one senior Democrat said", "a Tory backbencher".
    static let partyMembers: Set<Word> = ["democrat", "democrats", "republican", "republicans", "tory", "tories",
        "conservative", "conservatives", "liberal", "liberals", "socialist", "socialists", "independent"]

    /// Verbs after which a short quoted phrase is a name or a label, not speech.
    static let labelVerbs: Set<Word> = ["dubbed", "nicknamed", "known", "titled", "entitled", "named", "so-called", "billed"]

    static let pronouns: Set<Word> = ["he", "she", "they", "i", "we"]
    static let possessiveDeterminers: Set<Word> = ["his", "her", "their", "its", "our", "my", "your"]

    /// What follows a surname to tell a son from his father: "Jr.", "III".
    static let generationalSuffixes: Set<Word> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]

    static let titles: Set<Word> = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "col", "col.", "colonel",
        // Australian and British ranks as their forces write them: "LTGEN Simon Stuart", "RADM Mark Hammond".
        "ltgen", "majgen", "ltcol", "vadm", "radm", "cdre", "airmshl", "avm",
        "gen", "gen.", "general", "brig", "brig.", "brigadier", "lt", "lt.", "lieutenant", "maj", "maj.", "major",
        "capt", "capt.", "captain", "sgt", "sgt.", "sergeant", "adm", "admiral", "cmdr", "commander", "gov", "gov.",
        "governor", "sen", "sen.", "senator", "rep", "rep.", "representative", "president", "vice", "prime",
        "minister", "secretary", "ambassador", "spokesman", "spokeswoman", "spokesperson", "mayor", "king", "queen",
        "prince", "princess", "pope", "chancellor", "premier", "chairman", "chairwoman", "chairperson", "chair", "director",
        "chief", "judge", "magistrate", "alderwoman", "councilman", "councilwoman", "justice", "rev", "reverend", "father", "deputy", "foreign", "defense", "defence",
        "state", "department", "senior", "top", "former", "acting", "sheikh", "emir", "detective", "inspector",
        "superintendent", "constable", "officer", "coach", "skipper", "manager", "boss", "analyst", "economist", "executive",
        "ceo", "strategist", "leader", "mp", "mep", "councillor", "commissioner", "attorney", "counsel", "head", "founder",
        // Members of legislatures other than Westminster's: "South Down MLA Cathy Mason",
        // "Fine Gael TD Paul Kehoe", "Glasgow MSP Anas Sarwar".
        "msp", "mla", "mpp", "mha", "mna", "mhk", "td",
        // Chief justices as South Asian courts reporters write them: "CJP Isa", "CJI Chandrachud"
        // ("CJ" is a given name too: "CJ Stroud"; "the CJ" is `officeAbbreviations`').
        "cjp", "cji",
        // New York's legislators as their city's press writes them: "Assembly Member Jaime
        // Williams", "Council Member Ann Lee".
        "member",
        // South Africa's provincial ministers: "KZN Cooperative Governance MEC Sipho Hlomuka".
        "mec",
        // US local offices, and plurals before a list of names ("Councilors John Florez and …").
        "councilor", "councilors", "councillors", "councilmen", "councilwomen", "commissioners", "senators", "supervisor", "supervisors",
        "trustee", "trustees", "aldermen", "alder", "alders", "selectman", "selectwoman", "selectmen",
        "councilmember", "councilmembers", "assemblymember", "assemblymembers", "assemblyman", "assemblywoman", "alderman",
        // "EMA Specialist Jenna Chang": a job written before the name.
        "specialist", "technician", "planner", "engineer",
        "dr.", "mr.", "mrs.", "ms.", "st", "st.", "chief", "managing", "general", "home", "interior", "finance",
        "economy", "health", "education", "culture", "shadow", "opposition", "labour", "conservative", "tory",
        "democrat", "republican", "liberal", "party", "u.s.", "us", "uk", "eu", "un", "nato", "pentagon", "white",
        "house", "kremlin", "security", "council", "national", "fund", "manager", "political", "affairs",
        "public", "international", "relations", "general", "undersecretary-general", "secretary-general", "u.n.",
        "u.k.", "e.u.", "vice-chairman", "vice-president", "chief executive", "executive", "producer", "editor",
        "editor-in-chief", "singer", "star", "rapper", "actor", "actress", "striker", "midfielder", "defender",
        "goalkeeper", "player", "veteran", "rival", "colleague", "counterpart", "founder", "owner", "chairwoman",
        // Occupations written before a name, capitalised at the start of a sentence.
        "engineer", "lawyer", "doctor", "scientist", "researcher", "activist", "campaigner", "author", "writer",
        "historian", "teacher", "nurse", "farmer", "resident", "witness", "student", "pilot", "driver", "negotiator",
        "economist", "analyst", "expert", "consultant", "investor", "trader", "banker", "journalist", "reporter",
        "correspondent", "photographer", "designer", "architect", "artist", "musician", "composer", "director",
        "novelist", "poet", "physicist", "chemist", "biologist", "professor", "lecturer", "surgeon", "paramedic",
        "firefighter", "mayor", "councillor", "sheriff", "prosecutor", "attorney", "solicitor", "barrister",
        "entrepreneur", "businessman", "businesswoman", "campaigners", "harbour", "master", "chief",
        "epidemiologist", "virologist", "physician", "psychologist", "psychiatrist", "meteorologist", "pharmacist",
        "oceanographer", "geologist", "ecologist", "astronomer", "pollster", "columnist", "pediatrician", "paediatrician",
        "salesman", "saleswoman", "shopkeeper", "shopper", "vendor", "retailer", "motorist", "commuter",
        "homeowner", "landlord", "tenant", "mechanic", "plumber", "electrician", "chef", "fisherman", "labourer", "laborer",
        // Offices that end a long capitalised title ("Coast Regional Police Co-ordinator
        // Francis Wanjohi", "Agricultural Technical Assistant Ram Sharan Sapkota").
        "coordinator", "co-ordinator", "assistant", "administrator", "supervisor", "treasurer", "registrar",
        "headteacher", "headmaster", "headmistress", "commandant", "technician",
        // Councillors and officers as British, Irish, Australian and Canadian papers abbreviate them.
        "cllr", "cllr.", "cr", "cr.", "coun", "coun.", "colr", "colr.", "councilor", "alderman", "ald", "ald.", "hon", "hon.", "supt", "supt.",
        "insp", "insp.", "det", "det.", "cpl", "cpl.", "ofc", "ofc.", "tpr", "tpr.", "lieut", "lieut.",
        "atty", "atty.", "engr", "engr.", "usec", "usec.", "asec", "asec.",
    ]

    static let organisationWords: Set<Word> = [
        // "in Kapsoit Ward, Ainamoi Constituency": an area a place's name ends on is no one "she" could be.
        "constituency", "county", "borough", "township", "prefecture", "governorate",
        "republic", "kingdom", "emirates", "fm", "tv", "radio", "division", "province", "district", "municipality", "association", "council", "committee", "ministry", "department", "office", "agency", "bank", "union",
        "group", "party", "company", "corporation", "corp", "inc", "ltd", "plc", "institute", "institution",
        "university", "college", "foundation", "commission", "federation", "league", "authority", "board",
        "service", "services", "police", "army", "forces", "government", "administration", "court", "fa",
        "organisation", "organization", "news", "business", "times", "post", "journal", "network", "bbc", "cnn", "reuters",
        "nato", "kremlin", "pentagon", "parliament", "assembly", "senate", "congress", "club", "society",
        "centre", "center", "report", "survey", "study", "firm", "trust", "network", "gartner", "uk", "eu",
        // Financial and research firms: "Kotak Institutional Equities", "Capital Economics".
        "equities", "securities", "capital", "partners", "holdings", "associates", "research", "consulting", "analytics",
        "investments", "ventures", "advisors", "economics", "insights", "strategies",
        // Businesses and venues named like people: "Kingside Diner", "Nudo House Bakery".
        "diner", "restaurant", "cafe", "café", "bakery", "bistro", "brewery", "tavern", "pizzeria", "hotel", "motel",
        "salon", "pharmacy", "clinic", "hospital", "school", "schools", "academy", "museum", "gallery", "theatre", "theater", "stadium",
        // Events named like people: "the 17th Infocomm Commerce Conference", "the Pacific Games".
        "conference", "summit", "forum", "festival", "expo", "convention", "championship", "championships", "olympics", "games", "awards",
        // Care providers and parties named like people: "Baystate Health", "UChicago Medicine",
        // "All Saints Nursery", "the Lib Dems".
        "health", "medicine", "nursery", "dems",
        // Pacts and alliances: "the Transatlantic Trade and Investment Partnership (TTIP)".
        "partnership", "alliance", "coalition", "pact",
    ]

    static let determiners: Set<Word> = ["a", "an", "the", "one", "another", "some", "two", "three", "several", "his", "her", "their", "its"]

    static let weekdays: Set<Word> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let months: [Word: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// What a ministry's portfolio is made of: "Minister of Information and Communications
    /// Dauren Abayev", "Minister of Science and Technology Chaudhry Fawad Hussain". Written
    /// before the holder's name, the portfolio's last word runs on into it.
    static let portfolioNouns: Set<Word> = [
        "affairs", "agriculture", "aviation", "commerce", "communications", "communication", "culture", "defence", "defense", "development",
        "economy", "education", "employment", "energy", "environment", "finance", "fisheries", "forestry", "health", "housing",
        "industry", "information", "infrastructure", "innovation", "integration", "interior", "investment", "justice", "labour", "labor",
        "lands", "livestock", "mines", "mining", "petroleum", "planning", "resources", "relations", "security", "services", "sport",
        "sports", "technology", "telecommunications", "tourism", "trade", "transport", "transportation", "welfare", "works", "youth",
        "water", "science", "sciences", "irrigation", "revenue", "budget", "equality", "arts", "heritage", "sanitation",
        "telecommunication", "care", "media", "digital", "skills", "training", "exports", "procurement",
    ]

    /// Words that may sit lower-case inside a name: "Osama bin Laden", "Vincent van Gogh".
    static let nameParticles: Set<Word> = ["bin", "al", "van", "von", "de", "der", "da", "di", "du", "la", "le", "ibn", "el", "del", "della", "dos", "das"]

    /// Sentence-opening words that are capitalised but name no one.
    static let capitalisedFunctionWords: Set<Word> = [
        "the", "a", "an", "but", "and", "or", "so", "yet", "if", "when", "while", "as", "at", "in", "on", "by", "for",
        "with", "from", "to", "of", "meanwhile", "however", "after", "before", "since", "this", "that", "these",
        "those", "it", "its", "there", "here", "we", "i", "he", "she", "they", "our", "my", "his", "her", "their",
        "us", "also", "then", "now", "today", "yesterday", "tomorrow", "last", "next", "earlier", "later", "although",
        "though", "because", "what", "who", "why", "how", "where", "which", "not", "no", "yes", "all", "some", "many",
        "most", "both", "each", "every", "any", "more", "less", "one", "two", "three", "mr", "mrs", "ms", "dr",
        "sir", "read", "previously", "instead", "still", "even", "just", "only", "such", "other", "another",
        "despite", "under", "over", "about", "around", "during", "until", "into", "onto", "per", "than", "like",
        "unlike", "without", "within", "through", "among", "between", "across", "against", "toward", "towards",
        "upon", "whether", "unless", "once", "whatever", "whoever", "everyone", "nobody", "someone", "anyone",
        // "Following WWDC, Apple's senior vice president … said": prepositions from participles.
        "following", "amid", "throughout",
        // Sentence adverbs: "Likewise, a paper from the Brookings Institution had this to say".
        "likewise", "similarly", "moreover", "furthermore", "nevertheless", "nonetheless", "separately", "indeed",
        "additionally", "ultimately", "finally", "again", "afterward", "afterwards", "thus", "hence", "therefore",
        "otherwise", "overall", "conversely", "consequently", "accordingly", "notably", "ironically", "interestingly",
        "importantly", "curiously", "specifically", "initially", "originally", "eventually", "apparently", "clearly",
        "obviously", "certainly", "surely", "perhaps", "maybe", "regardless", "besides", "plus", "nor", "except",
        "already", "recently", "currently", "soon", "often", "sometimes", "usually", "elsewhere",
    ]
}

extension Lexicon {
    /// A speech verb as written in running text: lower-case, so "States" in "the United
    /// States" or "Says" in a title is not one.
    static func isSpeechVerb(_ token: Token) -> Bool {
        token.isWord && !token.isCapitalized && token.is(.speechVerb)
    }
}

extension Lexicon {
    /// Heads of descriptions that can be a quote's source: people, groups of people,
    /// organisations and the documents that speak for them. Drawn from the unnamed sources
    /// of seven US outlets (PolNeAR train's description speakers) and news-writing usage.
    static let speakingHeads: Set<Word> = personHeads.union([
        "campaign", "group", "company", "crowd", "poll", "report", "statement", "letter", "ad", "advertisement", "email",
        "e-mail", "website", "lawsuit", "suit", "document", "message", "memo", "editorial", "transcript", "complaint",
        "release", "filing", "study", "survey", "paper", "newspaper", "magazine", "account", "post", "tweet", "video",
        "article", "column", "speech", "interview", "narrator", "questioner", "protester", "protestor", "demonstrator",
        "staff", "team", "committee", "panel", "agency", "ministry", "department", "office", "government",
        "administration", "court", "union", "party", "council", "board", "commission", "network", "outlet", "firm",
        "organization", "organisation", "foundation", "institute", "university", "hospital", "police", "spokespeople",
        "people", "officials", "sources", "residents", "witnesses", "experts", "analysts", "officers", "critics",
        "supporters", "protesters", "voters", "workers", "aides", "advisers", "lawmakers", "democrat", "republican",
        "democrats", "republicans", "conservative", "liberal", "one", "another", "other", "someone", "nobody", "everyone",
        "regime", "military", "army", "navy", "embassy", "mission", "authority", "authorities", "regulator", "watchdog",
        "bank", "tribunal", "jury", "prosecution", "defence", "defense", "family", "families", "mourners",
        // Courts reporting: "the bench observed", "the judgment said", "the petition says".
        "bench", "judgment", "judgement", "ruling", "verdict", "petition", "affidavit", "directive",
    ])

    /// Title words that only qualify an office ("State Senator", "Senior Minister", "Vice
    /// President"): alone after "the" they are no office, and "the state said" is the state,
    /// not someone the article once called "State …".
    static let qualifyingTitles: Set<Word> = [
        "state", "department", "senior", "top", "former", "acting", "vice", "prime", "foreign", "defense", "defence",
    ]

    /// Heads of descriptions that name a person, who can later be "he" or "she" and whose
    /// role ("the chancellor") points back to a name.
    static let personHeads: Set<Word> = [
        "official", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "source", "person", "man",
        "woman", "senator", "candidate", "president", "nominee", "leader", "supporter", "friend", "judge", "strategist",
        "member", "reporter", "governor", "secretary", "lawyer", "executive", "critic", "staffer", "author", "prosecutor",
        "lawmaker", "donor", "owner", "organizer", "organiser", "host", "chief", "researcher", "insider", "delegate",
        "investor", "volunteer", "confidant", "manager", "columnist", "veteran", "analyst", "expert", "worker", "voter",
        "officer", "director", "chairman", "chairwoman", "chairperson", "minister", "ambassador", "envoy", "diplomat", "resident", "witness",
        "father", "mother", "wife", "husband", "son", "daughter", "brother", "sister", "doctor", "teacher", "student",
        "economist", "professor", "mayor", "coach", "skipper", "player", "employee", "commander", "soldier", "victim", "activist",
        "businessman", "businesswoman", "actor", "actress", "singer", "star", "athlete", "captain", "boss", "chancellor",
        "premier", "king", "queen", "prince", "pope", "bishop", "priest", "imam", "rabbi", "sheriff", "detective",
        "inspector", "trooper", "pilot", "driver", "neighbour", "neighbor", "relative", "parent", "child", "girl", "boy",
        "guy", "fan", "user", "commenter", "blogger", "historian", "scientist", "engineer", "nurse", "surgeon", "physician",
        "farmer", "founder", "representative", "congressman", "congresswoman", "speaker", "mp", "mep", "councillor",
        "councilman", "councilwoman", "attorney", "counsel", "negotiator", "general", "colonel", "admiral", "marshal",
        "chair", "head", "deputy", "fellow", "scholar", "observer", "commentator", "pollster", "consultant", "operative",
        "loyalist", "ally", "rival", "opponent", "challenger", "incumbent", "contender", "hopeful", "teammate",
        "cop", "policeman", "policewoman", "dispatcher", "coordinator", "co-ordinator", "assistant", "administrator",
        "headteacher", "principal", "villager", "shopkeeper", "trader", "vendor", "passenger", "firefighter", "paramedic",
        // Trades and sciences trade and local papers quote: "MDC Fisheries Management Biologist Mike Reed".
        "biologist", "ecologist", "geologist", "chemist", "pharmacist", "psychologist", "epidemiologist", "technician",
        "specialist", "ranger", "warden", "curator", "zookeeper", "planner", "distiller", "winemaker", "brewer", "trainer", "jockey",
    ]

    /// "Officials", "Residents", "Police": people named by what they are, in the plural.
    /// Opening a sentence, such a word is capitalised like a name and names no one.
    static func namesGroupOfPeople(_ word: Word) -> Bool {
        if word == "police" || word == "people" { return true }
        let text = word.string
        guard text.count > 3, text.hasSuffix("s") else { return false }
        if speakingHeads.contains(word) { return true }
        let singular = text.hasSuffix("ies") ? String(text.dropLast(3)) + "y" : String(text.dropLast())
        return personHeads.contains(Word(singular))
    }

    /// A head noun that can be a source, plural or singular.
    static func canSpeak(_ head: Word) -> Bool {
        if speakingHeads.contains(head) || organisationWords.contains(head) { return true }
        let text = head.string
        // "the victim's mother-in-law": a compound speaks as its kin word does.
        if text.contains("-"), case let kin = kinWord(of: text), kin != text { return canSpeak(Word(kin)) }
        guard text.count > 3, text.hasSuffix("s") else { return false }
        let singular = text.hasSuffix("ies") ? String(text.dropLast(3)) + "y" : String(text.dropLast())
        return speakingHeads.contains(Word(singular)) || organisationWords.contains(Word(singular))
    }

    /// A compound's kin word: "mother-in-law" → "mother", "great-grandfather" →
    /// "grandfather"; the word itself otherwise.
    static func kinWord(of lowered: String) -> String {
        if lowered.hasSuffix("-in-law") { return String(lowered.dropLast(7)) }
        return lowered.split(separator: "-").last.map(String.init) ?? lowered
    }
}
