/// Finds the people and organisations a speaker name typed by a user can mean.
///
/// The name is tried whole, then without its leading words one at a time, so "Chief Constable
/// Simon Bailey", "Simon Bailey", "Mr Bailey" and "Bailey" all reach Simon Bailey. A single
/// word matches a known alias or the last word of a name. A generational suffix (`Jr.`, `III`)
/// that finds no junior is let go: "Joseph R. Biden Jr." reaches Joseph R. Biden.
struct SpeakerMatcher {
    let connection: Connection

    /// The matching ids, from the longest form of the name that matches anything.
    func match(_ name: String) throws -> (people: [Int64], organisations: [Int64]) {
        let words = NameKey.make(name).split(separator: " ").map(String.init)
        // The archive writes a generational suffix only where an article names the junior beside
        // a namesake (`Donald Trump Jr.`), so `Joseph R. Biden Jr.` is tried whole, with and
        // without the suffix's dot (mentions are kept as written), then as `Joseph R. Biden`;
        // a suffix alone is no surname.
        let named = Self.droppingGenerationalSuffix(words)
        if let suffix = words.last, named.count < words.count {
            let written = named.concatenated(separator: " ")
            let otherForm = suffix.hasSuffix(".") ? String(suffix.dropLast()) : suffix + "."
            for form in [suffix, otherForm] {
                let whole = try ids(of: written + " " + form, bySurname: false)
                if !whole.people.isEmpty || !whole.organisations.isEmpty { return whole }
            }
        }
        for start in named.indices {
            let found = try ids(
                of: Array(named[start...]).concatenated(separator: " "),
                bySurname: start == named.count - 1 && !Self.isGenerationalSuffix(named[start]))
            if !found.people.isEmpty || !found.organisations.isEmpty { return found }
        }
        return ([], [])
    }

    /// The people and organisations with this folded name or alias, and when `bySurname` the
    /// people whose full name ends in it.
    private func ids(of candidate: String, bySurname: Bool) throws -> (
        people: [Int64], organisations: [Int64]
    ) {
        // Each branch reads an index (a surname through people_surname); one OR across them
        // would scan every person.
        let people = try ids(
            sql: """
                SELECT id FROM people WHERE name_key = ?1
                UNION SELECT id FROM people
                    WHERE ?2 AND surname_key = ?1 AND instr(name_key, ' ') > 0
                UNION SELECT person_id FROM person_aliases WHERE alias_key = ?1
                """,
            arguments: [candidate, bySurname])
        let organisations = try ids(
            sql: """
                SELECT id FROM organisations WHERE name_key = ?1
                UNION SELECT organisation_id FROM organisation_aliases WHERE alias_key = ?1
                """,
            arguments: [candidate])
        return (people, organisations)
    }

    private func ids(sql: String, arguments: [any SQLiteBindable]) throws -> [Int64] {
        let statement = try connection.cachedStatement(sql: sql)
        try statement.bind(arguments)
        return try statement.ids()
    }

    /// The words of a name without a generational suffix that ends it (`jr.`, `iii`).
    private static func droppingGenerationalSuffix(_ words: [String]) -> [String] {
        guard words.count > 1, let last = words.last, isGenerationalSuffix(last) else {
            return words
        }
        return Array(words.dropLast())
    }

    private static func isGenerationalSuffix(_ word: String) -> Bool {
        Titles.generationalSuffixes.contains(word.droppingFinalDot())
    }
}
