/// Words and names that mark organisations.
enum OrganisationLexicon {
    /// Last words of organisation names (`Norfolk Police`, `Home Affairs Committee`).
    static let heads: WordSet = [
        "police", "constabulary", "council", "committee", "committees", "ministry", "department",
        "office",
        "university", "college", "school", "academy", "party", "bank", "agency", "association",
        "union", "ltd", "plc", "inc", "llc", "llp", "corp", "corporation", "co", "company",
        "fc", "group", "commission", "service", "services", "court", "board", "institute",
        "institution", "foundation", "trust", "authority", "federation", "network", "news",
        "times", "post", "journal", "telegraph", "guardian", "herald", "tribune", "gazette",
        "chronicle", "club", "administration", "bureau", "congress", "parliament", "assembly",
        "cabinet", "government", "centre", "center", "organisation", "organization",
        "alliance", "coalition", "forum", "society", "reserve", "fund", "exchange", "airlines",
        "airways", "motors", "industries", "holdings", "capital", "partners", "labs", "systems",
        "technologies", "press", "media", "records", "studios", "pictures", "entertainment",
        "council", "command", "army", "navy", "force", "forces", "guard", "brigade",
        "regiment", "hospital", "clinic", "church", "charity", "league", "federation",
        "caucus", "senate", "tribunal", "treasury", "executive", "watchdog", "nhs",
        "panel", "taskforce", "unit", "magazine", "review", "channel", "radio", "tv",
        "television", "broadcasting", "insurance", "energy", "pharmaceuticals", "group",
        "institute", "laboratory", "observatory", "museum", "gallery", "library", "council",
        "secretariat", "directorate", "inquiry", "images", "pac", "superpac", "journalism",
        "wire", "daily", "foods", "ministries", "united", "rovers", "wanderers", "athletic",
        "albion", "juniors", "securities", "research", "investments", "consulting",
        "electronics", "communications", "telecom", "telecommunications", "financial",
        "networks", "presse", "weekly", "chemical", "chemicals", "pharma", "petroleum", "oil",
        "gas", "steelworks", "utd", "brothers", "bros", "circuit", "microsystems", "software",
        "productions", "films", "athletics", "stores", "megastores", "breweries", "brewery",
        "ventures", "automotive", "aerospace", "airport", "railways", "shipping", "mining",
        "watch", "front", "initiative", "strategies", "promotions", "action", "cause",
    ]

    /// Words that end the name of a part of a known body (`BBC Scotland`, `BBC Sport`).
    static let divisions: WordSet = [
        "motor", "auto", "mobil", "computer", "computers", "europe", "uk", "us", "usa",
        "america", "americas", "asia", "international", "global", "retail", "wholesale",
        "scotland", "wales", "ireland", "online", "sport", "worldwide", "interactive",
    ]

    /// Parties named by their members, which a place or a chamber before them narrows to a
    /// branch (`Scottish Tories`, `Senate Republicans`).
    static let partyMembers: WordSet = [
        "labour", "tories", "conservatives", "democrats", "republicans",
    ]

    /// Words for a legislative chamber that narrow a party to its members there.
    static let chambers: WordSet = ["senate", "house", "congressional", "assembly", "state"]

    /// Words that open an `X of Y` organisation name (`Department of Justice`, `Bank of
    /// England`, `University of Leeds`).
    static let ofHeads: WordSet = [
        "department", "ministry", "bank", "university", "office", "house", "chamber", "board",
        "court", "council", "institute", "college", "league", "association", "federation",
        "union", "society", "church", "museum", "school", "federal", "secretary", "royal",
        "confederation", "organisation", "organization", "commission", "committee", "bureau",
    ]

    /// Acronyms and one-word names that are organisations wherever they stand.
    static let known = WordSet(bodyNames + companyNames)

    /// The companies among ``known``: `the company` or `the firm` may stand for them.
    static let companies = WordSet(companyNames)

    private static let bodyNames = [
        "bbc", "itv", "nhs", "fbi", "cia", "nsa", "un", "eu", "nato", "imf", "wto", "who", "opec",
        "ap", "pa", "afp", "reuters", "cnn", "msnbc", "nbc", "abc", "cbs", "fox", "npr", "pbs",
        "espn", "hbo", "cnbc", "bloomberg", "politico", "breitbart", "gop", "rnc", "dnc", "irs",
        "epa", "fda", "cdc", "nasa", "doj", "dhs", "ice", "atf", "dea", "sec", "fcc", "ftc", "faa",
        "tsa", "pentagon", "kremlin", "labour", "tories", "conservatives", "democrats",
        "republicans", "snp", "ukip", "dup", "plaid", "lib", "unison", "unite", "gmb", "rmt",
        "tuc", "cbi", "ofsted", "ofcom", "ofgem", "ofwat", "hmrc", "dwp", "mod", "fco", "cps",
        "ipcc", "iopc", "nca", "met", "scotland yard", "ofqual", "unicef", "unesco", "oecd", "g7",
        "g8", "g20", "aclu", "naacp", "nra", "congress", "parliament", "senate", "white house",
        "downing street", "downing st", "whitehall", "ukad", "wada", "fifa", "uefa", "ioc", "icc",
        "ecb", "rfu",
        "wru", "nfl", "nba", "mlb", "nhl", "ons", "ifs", "obr", "nao", "pmqs", "interpol",
        "europol", "hamas", "hezbollah", "taliban", "isis", "isil", "al-qaeda", "al qaeda",
        "al qaida", "al jazeera", "al-jazeera", "al arabiya", "al fatah", "ira", "ets",
        "wwf", "ofsted", "lib dems", "lib dem", "liberal democrats", "black lives matter",
        "united nations", "defra", "dfid", "dvla", "acas", "mi5", "mi6", "vh1", "bbc1", "bbc2",
        "bbc3", "bbc4", "itv1", "itv2", "s4c",
    ]

    /// Companies, among them those whose names read as people's or as ordinary words.
    private static let companyNames = [
        "google", "apple", "microsoft", "amazon", "facebook", "twitter", "youtube", "instagram",
        "netflix", "tesco", "sainsbury's", "barclays", "hsbc", "lloyds", "rbs", "natwest", "bp",
        "shell", "vodafone", "bt", "ryanair", "easyjet", "boeing", "airbus", "toyota", "ford",
        "gm", "uber", "walmart", "ge", "ibm", "intel", "sony", "nintendo", "samsung", "nokia",
        "ericsson", "yahoo", "aol", "ebay", "paypal", "mci", "worldcom", "enron", "yukos",
        "gazprom", "mmo2", "o2", "general electric", "general motors", "freddie mac", "fannie mae",
        "time warner", "morgan stanley", "merrill lynch", "goldman sachs", "lehman brothers",
        "jp morgan", "jpmorgan", "hewlett-packard", "hewlett packard", "alfa romeo",
        "aston martin", "rolls-royce", "credit suisse", "bear stearns", "dow jones", "john lewis",
        "marks and spencer", "warner bros", "walt disney co", "pfizer", "merck", "nestle",
        "nestlé", "unilever", "siemens", "nissan", "honda", "volkswagen", "monsanto", "exxon",
        "exxonmobil", "chevron", "citigroup", "halliburton", "lockheed", "raytheon", "verizon",
        "comcast", "ikea", "starbucks", "nike", "adidas", "pepsico", "coca-cola", "mcdonald's",
        "toshiba", "hitachi", "fujitsu", "panasonic", "matsushita", "motorola", "qualcomm",
        "cisco", "compaq", "xerox", "kodak", "renault", "peugeot", "fiat", "bmw",
        "daimlerchrysler", "mitsubishi", "hyundai", "infosys", "rosneft", "lukoil", "sinopec",
        "petrobras", "allianz", "santander", "lufthansa", "alitalia", "qantas", "deloitte", "kpmg",
        "pricewaterhousecoopers", "accenture", "pwc",
    ]

    /// Capitalised words that are never names on their own: groups, days, months, adjectives.
    static let notNames: WordSet = [
        "mps", "meps", "msps", "lords", "peers", "americans",
        "britons", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "british", "american", "english",
        "scottish", "welsh", "irish", "french", "german", "russian", "chinese", "european",
        "christmas", "easter", "internet", "web", "god", "i", "tv", "ok", "am", "pm", "ceo",
        "gmt", "bst", "est", "pst", "mr", "mrs", "ms", "dr", "sir", "ad", "bc", "uk", "us",
        "usa", "eu", "democratic", "republican", "conservative", "liberal", "labour", "tory",
        "twitter", "facebook", "says", "said", "and", "but", "the", "covid", "brexit",
        "muslim", "muslims", "christian", "christians", "jewish", "catholic", "black", "white",
        "latino", "latinos", "hispanic", "hispanics", "asian", "african", "arab", "israeli",
        "palestinian", "iraqi", "syrian", "iranian", "mexican", "canadian", "australian",
        "indian", "pakistani", "japanese", "korean", "italian", "spanish", "dutch",
        "swedish", "greek", "turkish", "ukrainian", "polish", "north", "south", "east",
        "west", "northern", "southern", "eastern", "western", "central", "federal", "national",
        "state", "government", "ministers", "minister", "senators", "officials", "police",
        "premier", "league", "cup", "oscar", "oscars", "grammy", "emmy", "bafta", "nfl",
        "obamacare", "medicare", "medicaid", "iphone", "ipad", "windows", "android", "xbox",
        "playstation", "superbowl", "olympics", "olympic", "games", "world",
        // Nationalities: `according to Belgian authorities`, `the Kenyan said`.
        "belgian", "austrian", "norwegian", "danish", "finnish", "icelandic",
        "portuguese", "brazilian", "argentine", "argentinian", "chilean", "colombian",
        "venezuelan", "peruvian", "egyptian", "moroccan", "algerian", "tunisian", "libyan",
        "nigerian", "kenyan", "ethiopian", "somali", "sudanese", "ghanaian", "zimbabwean",
        "saudi", "yemeni", "afghan", "lebanese", "jordanian", "kuwaiti", "qatari", "emirati",
        "kurdish", "armenian", "azerbaijani", "kazakh", "uzbek", "indonesian", "malaysian",
        "thai", "vietnamese", "filipino", "singaporean", "bangladeshi", "nepalese", "czech",
        "slovak", "hungarian", "romanian", "bulgarian", "serbian", "croatian", "bosnian",
        "albanian", "slovenian", "lithuanian", "latvian", "estonian", "belarusian",
        "dutchman", "frenchman", "englishman", "irishman", "welshman", "scotsman",
        "spaniard", "dane", "swede", "finn", "pole", "caucasian", "african-american", "scots",
        // Indefinite pronouns: `Anybody who...`.
        "anybody", "anyone", "everybody", "everyone", "nobody", "somebody", "someone",
    ]
}
