/// Finds the people and organisations a speaker name typed by a user can mean.
///
/// The name is tried whole, then without its leading words one at a time, so "Chief Constable
/// Simon Bailey", "Simon Bailey", "Mr Bailey" and "Bailey" all reach Simon Bailey. A single
/// word matches a known alias or the last word of a name.
struct SpeakerMatcher {
    let connection: Connection

    /// The matching ids, from the longest form of the name that matches anything.
    func match(_ name: String) throws -> (people: [Int64], organisations: [Int64]) {
        let words = NameKey.make(name).split(separator: " ").map(String.init)
        for start in words.indices {
            let candidate = Array(words[start...]).concatenated(separator: " ")
            // Each branch reads an index (a surname through people_surname); one OR across
            // them would scan every person.
            let people = try ids(
                sql: """
                    SELECT id FROM people WHERE name_key = ?1
                    UNION SELECT id FROM people
                        WHERE ?2 AND surname_key = ?1 AND instr(name_key, ' ') > 0
                    UNION SELECT person_id FROM person_aliases WHERE alias_key = ?1
                    """,
                arguments: [candidate, start == words.count - 1])
            let organisations = try ids(
                sql: """
                    SELECT id FROM organisations WHERE name_key = ?1
                    UNION SELECT organisation_id FROM organisation_aliases WHERE alias_key = ?1
                    """,
                arguments: [candidate])
            if !people.isEmpty || !organisations.isEmpty { return (people, organisations) }
        }
        return ([], [])
    }

    private func ids(sql: String, arguments: [any SQLiteBindable]) throws -> [Int64] {
        let statement = try connection.cachedStatement(sql: sql)
        try statement.bind(arguments)
        return try statement.ids()
    }
}
