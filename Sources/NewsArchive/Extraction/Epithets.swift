/// Epithets: the nouns a report uses to name again the person it is about (`the striker`,
/// `the Scot`, `the 24-year-old`, `the Tory leader`), as opposed to nouns for someone else
/// beside that person (`the spokesman`, `his wife`, `the lawyer`).
enum Epithets {
    /// The head of an epithet: a role, post, trade, nationality or age.
    static func isHead(_ lower: String) -> Bool {
        if fitsAnyPost(lower) || trades.contains(lower) { return true }
        guard Titles.roleNouns.contains(lower) || Titles.titleHeads.contains(lower) else {
            return false
        }
        return !others.contains(lower) && !Titles.organisationNouns.contains(lower)
            && Titles.honorifics[lower] == nil && !Titles.isPluralRoleNoun(lower)
    }

    /// `24-year-old`, `19-year-old`.
    static func isAge(_ lower: String) -> Bool {
        lower.hasSuffix("-year-old") && lower.first?.isNumber == true
    }

    /// Heads that fit a person whatever post the article gave them (`Sen. Ann Lee` is also
    /// `the candidate` and `the Ohioan`), unlike a post (`the mayor`), which another title
    /// contradicts.
    static func fitsAnyPost(_ lower: String) -> Bool {
        isAge(lower) || demonyms.contains(lower) || attributes.contains(lower)
    }

    /// A head that names an office (`the chancellor`, `the Tory leader`, `the coach`), which
    /// a person holds apart from others, rather than a trait or a trade.
    static func isPost(_ lower: String) -> Bool {
        Titles.titleHeads.contains(lower) && !fitsAnyPost(lower) && !trades.contains(lower)
    }

    /// The gender a head tells (`the businessman`, `the actress`, `her son`), if any.
    static func gender(of lower: String) -> Gender? {
        if let gender = Titles.honorifics[lower] { return gender }
        if lower.hasSuffix("woman") || feminine.contains(lower) { return .female }
        if lower.hasSuffix("man") || masculine.contains(lower) { return .male }
        return nil
    }

    private static let feminine: WordSet = [
        "actress", "waitress", "heiress", "hostess", "frontwoman", "sportswoman", "wife",
        "mother", "daughter", "sister", "aunt", "niece", "granddaughter", "girlfriend",
        "widow",
    ]

    private static let masculine: WordSet = [
        "husband", "father", "son", "brother", "uncle", "nephew", "grandson", "boyfriend",
        "widower",
    ]

    /// Whether a head names someone beside the person a report is about: a voice, a
    /// relative, a party to a case (`the spokesman`, `his mother`, `the lawyer`).
    static func isBystander(_ lower: String) -> Bool { others.contains(lower) }

    /// Nationality nouns for one person (not `the Chinese` or `the Swiss`, which are as often
    /// a people or its government).
    static let demonyms: WordSet = [
        "scot", "briton", "englishman", "welshman", "irishman", "scotsman", "frenchman",
        "dutchman", "spaniard", "dane", "swede", "finn", "pole", "croat", "serb", "american",
        "australian", "canadian", "german", "italian", "russian", "brazilian",
        "argentine", "argentinian", "kenyan", "ethiopian", "jamaican", "nigerian", "belgian",
        "austrian", "norwegian", "mexican", "chilean", "colombian",
        "indian", "pakistani", "israeli", "palestinian", "iranian", "iraqi",
        "ukrainian", "georgian", "egyptian", "moroccan", "ghanaian", "cameroonian",
        "ivorian", "zimbabwean", "zambian", "ugandan", "african", "european",
        "kiwi", "texan", "californian", "floridian", "ohioan", "vermonter",
        "londoner", "ulsterman", "yorkshireman", "czech", "slovak", "hungarian",
        "romanian", "bulgarian", "greek", "turk", "cypriot", "icelander",
        "estonian", "latvian", "lithuanian", "belarusian", "korean", "thai",
        "filipino", "indonesian", "malaysian", "singaporean", "venezuelan", "peruvian",
        "uruguayan", "paraguayan", "ecuadorian", "bolivian", "cuban", "dominican",
        "portuguese", "chinese", "japanese", "swiss", "senegalese", "lebanese", "maltese",
        "vietnamese", "taiwanese", "congolese", "sudanese", "nepalese", "afghan", "syrian",
        "saudi", "jordanian", "algerian", "tunisian", "libyan", "somali", "tanzanian",
        "rwandan", "namibian", "angolan", "bosnian", "albanian", "slovenian", "slovene",
        "armenian", "bangladeshi", "welshwoman", "scotswoman", "irishwoman", "englishwoman",
        "frenchwoman", "dutchwoman",
    ]

    /// Trades and sporting roles beyond ``Titles/roleNouns``.
    private static let trades: WordSet = [
        "wing", "winger", "fly-half", "scrum-half", "flanker", "prop", "hooker", "full-back",
        "centre", "forward", "keeper", "skipper", "captain", "champion", "medallist",
        "medalist", "batsman", "bowler", "all-rounder", "sprinter", "hurdler", "runner",
        "swimmer", "cyclist", "rider", "boxer", "golfer", "jockey", "seed", "rapper",
        "musician", "guitarist", "drummer", "frontman", "frontwoman", "songwriter", "model",
        "designer", "artist", "dancer", "peer", "sportsman", "sportswoman", "athlete",
        "footballer", "cricketer", "international",
    ]

    /// Heads that say what a person is rather than which post they hold.
    private static let attributes: WordSet = [
        "candidate", "nominee", "front-runner", "frontrunner", "hopeful", "contender",
        "billionaire", "businessman", "businesswoman", "mogul", "tycoon", "magnate",
        "veteran", "star", "entrepreneur", "founder", "millionaire",
    ]

    /// Role nouns for someone other than the person a report is about: a voice, a relative,
    /// a member of a crowd, a party to a case.
    private static let others: WordSet = [
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "aide",
        "adviser", "advisor", "lawyer", "attorney", "counsel", "source", "insider", "friend",
        "ally", "critic", "supporter", "member", "staffer", "victim", "witness", "wife",
        "husband", "son", "daughter", "brother", "sister", "cousin", "uncle", "aunt",
        "neighbor", "neighbour", "colleague", "partner", "girlfriend", "boyfriend", "widow",
        "nephew", "niece", "grandson", "granddaughter", "mother", "father", "woman", "man",
        "resident", "voter", "student", "worker", "suspect", "defendant", "plaintiff",
        "juror", "constituent", "volunteer", "protester", "demonstrator", "donor",
        "fundraiser", "surrogate", "owner", "investigator", "negotiator", "representative", "rival",
        "head", "chief", "police", "statement", "report", "study", "paper", "newspaper",
        "survey", "poll", "moderator", "host", "anchor", "interviewer", "reporter",
        "correspondent", "pollster", "analyst", "economist", "strategist", "expert",
        "doctor", "nurse", "teacher", "judge", "prosecutor", "detective", "officer",
        "inspector", "sheriff", "commissioner", "regulator", "retiree", "operative",
        "assailant", "delegate", "trustee", "administrator", "deputy", "general",
        "engineer", "architect", "surveyor", "scientist", "surgeon", "researcher", "rep",
        "sen", "gov", "am", "pc", "ds", "di", "dci", "dcs", "det", "relative",
        "parent", "grandmother", "grandfather", "coroner", "solicitor", "barrister", "landlord",
        "tenant",
    ]
}
