import FoundationEssentials

/// Names of news publications that may head an article's text as its publication line.
enum KnownPublications {
    /// The publication's name as usually written, when the line is one of the known names
    /// (ignoring case, a leading "The" and "&" written as "and").
    static func name(matching line: Substring) -> String? {
        guard line.utf8.count <= 48 else { return nil }
        return byKey[key(line)]
    }

    static func key(_ name: some StringProtocol) -> String {
        var key = Boilerplate.key(Substring(name)).replacing(" and ", with: " ")
        if key.hasPrefix("the ") { key.removeFirst(4) }
        return key
    }

    private static let byKey: [String: String] = {
        var table: [String: String] = [:]
        for name in names { table[key(name)] = name }
        return table
    }()

    private static let names: [String] = [
        // UK
        "Express & Star", "Shropshire Star", "BBC News", "BBC Sport", "BBC", "The Guardian",
        "The Observer", "The Times", "The Sunday Times", "The Telegraph",
        "The Daily Telegraph", "The Independent", "Daily Mail", "Mail Online", "MailOnline",
        "The Mail on Sunday", "The Sun", "Daily Mirror", "Sunday Mirror", "Daily Express",
        "Daily Star", "Evening Standard", "Financial Times", "The Economist", "Sky News",
        "ITV News", "Channel 4 News", "The Scotsman", "The Herald", "Daily Record",
        "Belfast Telegraph", "Irish News", "The Irish Times", "Irish Independent",
        "Manchester Evening News", "Birmingham Mail", "Liverpool Echo", "Yorkshire Post",
        "Wales Online", "WalesOnline", "Eastern Daily Press", "The Northern Echo",
        "Evening Express", "Press and Journal", "The Press and Journal", "iNews", "i news",
        "HuffPost UK", "The Spectator", "New Statesman", "PA Media", "Press Association",
        // US and international
        "Reuters", "AP", "Associated Press", "The Associated Press", "AFP",
        "Agence France-Presse", "UPI", "Bloomberg", "The New York Times",
        "The Washington Post", "The Wall Street Journal", "USA Today", "Los Angeles Times",
        "Chicago Tribune", "The Boston Globe", "CNN", "Fox News", "NBC News", "CBS News",
        "ABC News", "NPR", "Politico", "The Hill", "Axios", "HuffPost", "Breitbart",
        "Breitbart News", "Newsweek", "The Atlantic", "Vox", "Al Jazeera", "Deutsche Welle",
        "France 24", "The Hindu", "The Times of India", "South China Morning Post",
        "The Sydney Morning Herald", "ABC", "CBC News", "The Globe and Mail",
    ]
}
