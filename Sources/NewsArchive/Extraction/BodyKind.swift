/// The kind of body a description names by its head noun (`the company`, `the newspaper`,
/// `the club`), and whether an organisation's name shows it to be of that kind.
///
/// A name tells its kind by its last word (`Kestrel Motors`, `Harbour Gazette`, `Elmford
/// United`) or by the lexicon of known companies and parties; a name that tells nothing is of
/// no kind, so a description never stands for it.
enum BodyKind: Sendable, CaseIterable {
    case company, newspaper, airline, bank, club, party

    /// The kinds a description with this head noun may stand for.
    static func named(by head: String) -> [BodyKind] {
        switch head {
        case "company", "firm", "carmaker", "retailer", "insurer", "giant": [.company]
        case "newspaper", "paper", "daily": [.newspaper]
        case "airline", "carrier": [.airline]
        case "bank", "lender": [.bank]
        case "club": [.club]
        case "party": [.party]
        default: []
        }
    }

    /// Whether the organisation with this lower-case name is of this kind.
    func includes(_ key: String) -> Bool {
        let last = key.split(separator: " ").last.map(String.init) ?? key
        switch self {
        case .company:
            return Self.companyLastWords.contains(last)
                || OrganisationLexicon.companies.contains(key)
                || BodyKind.airline.includes(key) || BodyKind.bank.includes(key)
        case .newspaper:
            return Self.newspaperLastWords.contains(last) || key == "usa today"
        case .airline:
            return ["airlines", "airways"].contains(last) || Self.airlines.contains(key)
        case .bank:
            return last == "bank" || Self.banks.contains(key)
        case .club:
            return Self.clubLastWords.contains(last)
        case .party:
            return last == "party" || OrganisationLexicon.partyMembers.contains(last)
                || Self.parties.contains(key)
        }
    }

    /// Whether the name shows what kind of body it is: of some ``BodyKind``, a known body or
    /// one whose last word is a body's (`Council`, `Ministry`). A body of unknown kind
    /// (`Kestrel`) may be the one a description means, whatever its kind.
    static func isKnown(_ key: String) -> Bool {
        let last = key.split(separator: " ").last.map(String.init) ?? key
        return OrganisationLexicon.known.contains(key) || OrganisationLexicon.heads.contains(last)
            || allCases.contains { $0.includes(key) }
    }

    private static let companyLastWords: WordSet = [
        "inc", "corp", "corporation", "co", "company", "plc", "ltd", "llc", "group", "holdings",
        "partners", "brothers", "bros", "motors", "industries", "systems", "technologies",
        "pharmaceuticals", "entertainment", "capital", "labs", "studios", "pictures", "records",
        "energy", "insurance", "foods", "chemical", "chemicals", "pharma", "petroleum", "oil",
        "gas", "networks", "securities", "investments", "consulting", "electronics",
        "communications", "telecom", "telecommunications", "financial", "steelworks",
    ]

    private static let newspaperLastWords: WordSet = [
        "times", "post", "journal", "telegraph", "guardian", "herald", "tribune", "gazette",
        "chronicle", "mail", "mirror", "express", "observer", "independent", "standard",
        "inquirer", "globe", "examiner", "courier", "register", "sentinel", "dispatch",
        "enquirer", "daily", "record", "star", "sun", "bulletin", "advertiser", "echo",
    ]

    private static let airlines: WordSet = [
        "ryanair", "easyjet", "lufthansa", "alitalia", "qantas", "klm", "flybe", "jet2",
    ]

    private static let banks: WordSet = [
        "barclays", "hsbc", "lloyds", "rbs", "natwest", "santander", "citigroup", "jpmorgan",
        "jp morgan", "goldman sachs", "morgan stanley", "credit suisse", "ubs", "deutsche bank",
    ]

    private static let clubLastWords: WordSet = [
        "fc", "united", "utd", "rovers", "wanderers", "athletic", "albion", "club", "hotspur",
    ]

    private static let parties: WordSet = [
        "lib dems", "lib dem", "liberal democrats", "snp", "ukip", "dup", "plaid cymru", "gop",
        "sinn fein", "green party", "greens",
    ]
}
