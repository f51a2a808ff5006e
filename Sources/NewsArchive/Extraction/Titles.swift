/// Honorifics, titles and role nouns that mark people and tell their gender.
enum Titles {
    /// Honorifics and their gender, where they tell it. Keys are lower-cased, without a dot.
    static let honorifics: WordMap<Gender?> = [
        "mr": .male, "mrs": .female, "ms": .female, "miss": .female, "sir": .male,
        "dame": .female, "lord": .male, "lady": .female, "dr": nil, "prof": nil,
        "professor": nil, "rev": nil, "reverend": nil, "father": .male, "sister": .female,
        "brother": .male, "king": .male, "queen": .female, "prince": .male,
        "princess": .female, "duke": .male, "duchess": .female, "baroness": .female,
        "baron": .male, "mx": nil, "messrs": nil, "madam": .female, "congressman": .male,
        "congresswoman": .female, "chairman": .male, "chairwoman": .female,
        "spokesman": .male, "spokeswoman": .female, "businessman": .male,
        "businesswoman": .female,
    ]

    /// Generational suffixes that end a name (`Jr.`, `Sr.`, `III`): `Donald Trump Jr.` and
    /// `Donald Trump` are two people.
    static let generationalSuffixes: WordSet = ["jr", "sr", "ii", "iii", "iv"]

    /// A generational suffix as names write it: `Jr.`, `Sr.`, `III`.
    static func written(suffix: String) -> String {
        suffix.count == 2 && suffix.hasSuffix("r") ? suffix.capitalized + "." : suffix.uppercased()
    }

    /// Capitalised words that head a title placed before a name (`Chief Constable`,
    /// `Sen.`, `Home Secretary`).
    static let titleHeads: WordSet = [
        "constable", "minister", "president", "senator", "sen", "gov", "governor", "rep",
        "representative", "secretary", "general", "chancellor", "judge", "justice",
        "inspector", "sergeant", "sgt", "superintendent", "supt", "commissioner", "mayor",
        "councillor", "cllr", "professor", "prof", "bishop", "archbishop", "pope", "speaker",
        "leader", "chairman", "chairwoman", "chair", "director", "commander", "colonel", "col",
        "captain", "capt", "lt", "lieutenant", "major", "gen", "admiral", "coach", "manager",
        "spokesman", "spokeswoman", "spokesperson", "ambassador", "congressman",
        "congresswoman", "officer", "executive", "ceo", "mp", "mep", "msp", "am", "candidate",
        "detective", "det", "insp", "attorney", "prosecutor", "sheriff", "chief", "whip",
        "adviser", "advisor", "aide", "founder", "editor", "economist", "analyst",
        "lawmaker", "strategist", "pollster", "nominee", "hopeful", "treasurer", "deputy",
        "premier", "trustee", "administrator", "assemblyman", "assemblywoman", "delegate",
        "undersecretary", "under-secretary",
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "rev", "reverend",
        "father", "king", "queen", "prince", "princess", "duke", "duchess", "baroness",
        "baron", "mx", "pastor", "rabbi", "imam", "cardinal", "pc", "ds", "di", "dci", "dcs",
        "sgt", "cpl", "pte", "pvt", "engineer", "surgeon", "architect", "scientist", "doctor",
        "sens", "reps", "govs", "gens", "del", "adm", "pres", "fr", "sec", "atty", "maj", "cmdr",
    ]

    /// Capitalised words that may stand in a title before its head (`Chief`, `Prime`,
    /// `Home`, `Vice`, `Shadow`).
    static let titleModifiers: WordSet = [
        "chief", "prime", "vice", "deputy", "assistant", "home", "foreign", "shadow", "health",
        "education", "defence", "defense", "culture", "trade", "treasury", "justice", "state",
        "attorney", "former", "acting", "interim", "senior", "junior", "associate", "first",
        "executive", "detective", "police", "fire", "district", "county", "city", "general",
        "principal", "lord", "lance", "supreme", "majority", "minority", "house", "senate",
        "labour", "labor", "tory", "conservative", "republican", "democratic", "democrat",
        "gop", "independent", "liberal", "green", "presidential", "national", "press",
        "communications", "campaign", "environment", "transport", "energy", "interior",
        "finance", "business", "work", "pensions", "northern", "scottish", "welsh", "european",
        "u.s", "us", "uk", "economic", "security", "policy", "political", "managing", "team",
        "commerce", "agriculture", "labour", "housing", "veterans", "homeland", "sports",
        "digital", "court", "high", "new", "special", "regional", "private", "crown",
    ]

    /// Lower-case nouns for people in a role: the heads of descriptions that can speak
    /// (`the officer`, `a spokesman for ...`, `Britain’s most senior ... officer`).
    static let roleNouns: WordSet = [
        "officer", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official",
        "officials", "minister", "ministers", "president", "senator", "aide", "aides", "adviser",
        "advisers", "advisor", "advisors", "candidate", "chairman", "chairwoman", "chair",
        "director", "lawyer", "lawyers", "attorney", "source", "sources", "analyst",
        "analysts", "expert", "experts", "governor", "leader", "leaders", "chief", "executive",
        "boss", "manager", "coach", "secretary", "mayor", "judge", "prosecutor", "prosecutors",
        "detective", "inspector", "commissioner", "economist", "economists", "professor",
        "researcher", "researchers", "doctor", "doctors", "nurse", "teacher", "campaigner",
        "campaigners", "activist", "activists", "representative", "congressman",
        "congresswoman", "lawmaker", "lawmakers", "strategist", "strategists", "pollster",
        "nominee", "front-runner", "frontrunner", "billionaire", "businessman",
        "businesswoman", "mogul", "woman", "man", "mother", "father", "resident", "residents",
        "voter", "voters", "author", "authors", "writer", "founder", "owner", "chancellor",
        "premier", "ambassador", "diplomat", "diplomats", "constable", "superintendent",
        "sergeant", "police", "authorities", "agency", "department", "ministry", "company", "firm",
        "government", "campaign", "committee", "group", "organisation", "organization",
        "spokesmen", "insider", "insiders", "friend", "ally", "allies", "critic", "critics",
        "supporter", "supporters", "member", "members", "staffer", "staffers", "victim",
        "witness", "witnesses", "player", "striker", "midfielder", "defender", "goalkeeper",
        "star", "singer", "actor", "actress", "director", "producer", "presenter", "host",
        "head", "editor", "counsel", "surgeon", "scientist", "scientists", "rep", "sen",
        "sheriff", "mp", "mps", "ceo", "cfo", "economist", "statement", "report", "study",
        "council", "board", "court", "union", "paper", "newspaper", "survey", "poll",
        "wife", "husband", "son", "daughter", "brother", "sister", "cousin", "uncle", "aunt",
        "neighbor", "neighbour", "colleague", "partner", "girlfriend", "boyfriend", "widow",
        "nephew", "niece", "grandson", "granddaughter", "nominee", "commentator", "host",
        "columnist", "correspondent", "reporter", "historian", "professor", "sociologist",
        "psychologist", "lobbyist", "consultant", "operative", "donor", "fundraiser",
        "veteran", "retiree", "student", "pastor", "preacher", "bishop", "priest", "rabbi",
        "cleric", "imam",
        "salesman", "farmer", "worker", "owner", "entrepreneur", "investor", "banker",
        "assailant", "suspect", "defendant", "plaintiff", "juror", "governor", "congressman",
        "engineer", "architect", "surveyor", "councillor", "councilor", "magistrate",
        "anchor", "moderator", "contributor", "co-host", "co-founder", "blogger", "co-anchor",
        "constituent", "developer", "delegate", "comedian", "surrogate", "pundit",
        "journalist", "contender", "rival", "councilmember", "councilman", "councilwoman",
        "freeholder", "speechwriter", "physician", "psychiatrist", "psychotherapist",
        "therapist", "neurosurgeon", "novelist", "playwright", "filmmaker", "photographer",
        "organizer", "organiser", "volunteer", "protester", "demonstrator", "envoy",
        "negotiator", "regulator", "firefighter", "paramedic", "investigator", "investigators",
        "relative", "relatives", "parent", "parents", "attorneys", "solicitors", "grandmother",
        "grandfather", "headteacher", "headmaster", "headmistress", "coroner", "solicitor",
        "barrister", "landlord", "tenant", "pensioner", "shopkeeper", "publican", "vicar",
        "midwife", "pharmacist", "dentist", "carer", "commander",
    ]

    /// `supporters`, `aides`, `investigators`: a plural noun for people (not `boss` or
    /// `actress`).
    static func isPluralRoleNoun(_ lower: String) -> Bool {
        lower.hasSuffix("s") && !lower.hasSuffix("ss")
            && (roleNouns.contains(lower) || roleNouns.contains(String(lower.dropLast())))
    }

    /// `leaders`, `officials`, `spokesmen`: the plural of a role noun for a person, not for a
    /// body (`unions`).
    static func isPluralPersonNoun(_ lower: String) -> Bool {
        if lower == "spokesmen" || lower == "spokespeople" { return true }
        return isPluralRoleNoun(lower) && !organisationNouns.contains(String(lower.dropLast()))
    }

    /// Role nouns for what was written rather than who wrote it.
    static let documentNouns: WordSet = [
        "statement", "report", "study", "survey", "poll",
    ]

    /// Role nouns that stand for an organisation rather than one person.
    static let organisationNouns: WordSet = [
        "police", "agency", "department", "ministry", "company", "firm", "government",
        "campaign", "committee", "group", "organisation", "organization", "council", "board",
        "court", "union", "paper", "newspaper", "fund", "bank", "network", "foundation",
        "institute", "commission", "bureau", "association", "league", "watchdog", "airline",
        "lender", "club", "party", "carmaker", "retailer", "insurer", "force", "constabulary",
        "army", "navy", "trust", "authority", "charity", "hospital", "school", "university",
        "college", "society", "regulator", "operator", "broadcaster", "publisher",
        "manufacturer", "supermarket", "chain", "embassy", "federation", "consortium",
        "brewery", "airport", "museum", "family",
    ]

    /// Words that open a description (`the officer`, `a spokesman`, `one of his aides`).
    static let determiners: WordSet = [
        "the", "a", "an", "one", "another", "his", "her", "its", "their", "our", "two",
        "three", "several", "some", "many", "other", "this", "that", "these", "those", "each",
        "both", "no", "every", "my", "your",
    ]

    /// Pronouns and the gender they tell.
    static let subjectPronouns: WordMap<Gender?> = [
        "he": .male, "she": .female, "they": nil, "it": nil,
    ]

    /// Words that fix a title abbreviation to its spelled-out role, for matching descriptions.
    static let expansions: WordMap<String> = [
        "sen": "senator", "gov": "governor", "rep": "representative", "gen": "general",
        "prof": "professor", "supt": "superintendent", "insp": "inspector", "det": "detective",
        "sgt": "sergeant", "col": "colonel", "capt": "captain", "lt": "lieutenant",
        "cllr": "councillor", "constable": "officer", "inspector": "officer",
        "superintendent": "officer", "detective": "officer", "sergeant": "officer",
        "commissioner": "officer", "congressman": "lawmaker", "congresswoman": "lawmaker",
        "senator": "lawmaker", "representative": "lawmaker", "mp": "lawmaker",
        "sens": "senator", "reps": "representative", "govs": "governor", "gens": "general",
        "del": "delegate", "adm": "admiral", "pres": "president", "sec": "secretary",
        "atty": "attorney", "maj": "major", "cmdr": "commander",
    ]
}
