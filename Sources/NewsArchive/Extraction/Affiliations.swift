/// Ties people to the organisations and roles the text gives them: captions
/// (`Simon Bailey (Norfolk Police/PA)`), `of`, possessives and appositives
/// (`Mr Bailey, the national policing lead for child protection,`).
enum Affiliations {
    /// Photo agencies credited in captions: organisations, but nobody's employer.
    static let agencies: WordSet = [
        "pa", "ap", "afp", "reuters", "getty images", "getty", "epa", "pa media", "pa wire",
        "rex", "shutterstock", "alamy", "bloomberg", "ap photo",
    ]

    static func link(passages: [Passage], table: inout EntityTable) {
        var byPassage: [Int: [EntityMention]] = [:]
        for mention in table.mentions { byPassage[mention.passage, default: []].append(mention) }
        // In passage order: a dictionary's order changes from run to run, and it would decide the
        // order of a person's titles and organisations.
        for (order, mentions) in byPassage.sorted(by: { $0.key < $1.key }) {
            let p = passages[order]
            let sorted = mentions.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
            for (m, mention) in sorted.enumerated() {
                guard case .person(let person) = mention.reference else { continue }
                let after = mention.tokens.upperBound
                let later = sorted[(m + 1)...]
                let t = p.tokens
                guard after < t.count else { continue }
                if t[after].text == "(" {
                    let close =
                        t[after..<min(t.count, after + 30)].firstIndex { $0.text == ")" } ?? after
                    for other in later {
                        if other.tokens.lowerBound >= close { break }
                        addOrganisation(other, to: person, &table, creditsAllowed: false)
                    }
                } else if ["of", "at"].contains(t[after].lower), let next = later.first,
                    next.tokens.lowerBound == after + 1
                {
                    addOrganisation(next, to: person, &table, creditsAllowed: true)
                } else if t[after].text == ",", after + 1 < t.count,
                    ["the", "a", "an"].contains(t[after + 1].lower)
                {
                    appositive(p, from: after + 1, person: person, later: later.prefix(6), &table)
                }
                if m > 0, case .organisation = sorted[m - 1].reference,
                    let last = sorted[m - 1].tokens.last, t[last].isPossessive,
                    mention.tokens.lowerBound - last <= 3
                {
                    addOrganisation(sorted[m - 1], to: person, &table, creditsAllowed: true)
                }
            }
        }
    }

    private static func appositive(
        _ p: Passage, from start: Int, person: Int, later: ArraySlice<EntityMention>,
        _ table: inout EntityTable
    ) {
        let t = p.tokens
        var end = start + 1
        while end < t.count, end - start < 14, t[end].text != ",", t[end].kind != .quoteMark,
            t[end].sentence == t[start].sentence
        {
            end += 1
        }
        guard end < t.count, t[end].text == ",", end - start >= 2 else { return }
        if end + 1 < t.count, t[end + 1].isWord, CueVerbs.lemma(t[end + 1].lower) == nil,
            !Attribution.auxiliaries.contains(t[end + 1].lower)
        {
            return
        }
        table.people[person].add(title: p.text(tokens: (start + 1)..<end))
        for other in later where other.tokens.lowerBound < end {
            addOrganisation(other, to: person, &table, creditsAllowed: true)
        }
    }

    private static func addOrganisation(
        _ mention: EntityMention, to person: Int, _ table: inout EntityTable, creditsAllowed: Bool
    ) {
        guard case .organisation(let o) = mention.reference else { return }
        let name = table.organisations[o].name
        if !creditsAllowed && agencies.contains(name.lowercased()) { return }
        table.people[person].add(organisation: name)
    }
}
