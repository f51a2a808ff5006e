/// Grouping person mentions into people: full names first, then surnames and honorifics
/// (`Mr Bailey`, `Bailey`) to the full name they stand for.
extension EntityExtractor {
    func group(_ candidates: [PersonCandidate], into table: inout EntityTable) {
        // Full names first, so that `Mr Bailey` finds `Simon Bailey` wherever it stands.
        var assignment = [Int?](repeating: nil, count: candidates.count)
        var bySurname: [String: [Int]] = [:]
        var byFirstName: [String: Int] = [:]
        let strongSingles = Set(
            candidates.filter { $0.strong && $0.words.count == 1 }.map { $0.words[0] })
        for (c, cand) in candidates.enumerated() where cand.words.count >= 2 {
            guard let last = cand.words.last else { continue }
            if let i = bySurname[last]?.first(where: {
                samePerson(table.people[$0].words, cand.words)
                    && table.people[$0].suffix == cand.suffix
            }) {
                if cand.words.count > table.people[i].words.count, cand.strong {
                    table.people[i].words = cand.words
                    table.people[i].name = nameText(cand)
                }
                assignment[c] = i
            } else if cand.strong || strongSingles.contains(last) {
                table.people.append(
                    PersonRecord(name: nameText(cand), words: cand.words, suffix: cand.suffix))
                let i = table.people.count - 1
                assignment[c] = i
                bySurname[last, default: []].append(i)
                if let first = cand.words.first, byFirstName[first] == nil {
                    byFirstName[first] = i
                }
            }
        }
        // A surname alone goes to the person of that surname named last before it, else the
        // first one named after it.
        var lastBySurname: [String: Int] = [:]
        var firstNameUses: [String: Int] = [:]
        var peopleByFirstName: [String: Int] = [:]
        for person in table.people { peopleByFirstName[person.first, default: 0] += 1 }
        for cand in candidates where cand.words.count == 1 && cand.title == nil {
            firstNameUses[cand.words[0], default: 0] += 1
        }
        let titlesByPerson = titleWords(candidates, assignment)
        var byNickname: [String: Int] = [:]
        for i in table.people.indices {
            if let nickname = Self.nickname(in: table.people[i].name) { byNickname[nickname] = i }
        }
        for (c, cand) in candidates.enumerated() {
            if cand.words.count >= 2, let i = assignment[c], let last = cand.words.last {
                lastBySurname[last] = i
                continue
            }
            guard cand.words.count == 1 else { continue }
            let w = cand.words[0]
            let honorific = honorific(of: cand)
            // `Secretary Lee` after `Secretary of State Ann Lee` and `Tom Lee`: the Lee with
            // that title.
            let titled = bySurname[w].flatMap { namesakes in
                namesakes.count > 1 ? titledNamesake(cand, namesakes, titlesByPerson) : nil
            }
            let namesake = (titled ?? lastBySurname[w] ?? bySurname[w]?.first).map {
                bearer(of: cand.suffix, among: bySurname[w] ?? [], near: $0, in: table)
            }
            if let found = namesake, found == nil, cand.suffix != nil {
                // `Trump Jr.` with only a `Donald Trump` named: someone else, named so.
                table.people.append(
                    PersonRecord(name: nameText(cand), words: cand.words, suffix: cand.suffix))
                let i = table.people.count - 1
                assignment[c] = i
                bySurname[w, default: []].append(i)
            } else if let i = namesake ?? nil {
                // `Mrs Howard` is not Michael Howard.
                if let h = honorific, let g = Titles.honorifics[h] ?? nil,
                    let known = table.people[i].gender
                        ?? FirstNames.gender(of: table.people[i].given),
                    known != g
                {
                    continue
                }
                assignment[c] = i
            } else if let i = byNickname[w] {
                // `Mido said` after `Ahmed 'Mido' Hossam`: the nickname alone is the person.
                assignment[c] = i
            } else if let i = byFirstName[w], peopleByFirstName[w] == 1,
                honorific.map({ ["sir", "dame"].contains($0) })
                    ?? ((firstNameUses[w] ?? 0) >= 2 || cand.strong)
            {
                // A given name alone (`Arsene said`, `Sir Alex`) stands for the one person of
                // that name only when the article uses it so more than once, or as a speaker.
                assignment[c] = i
            } else if byFirstName[w] != nil {
                continue
            } else if cand.strong || strongSingles.contains(w) {
                // `Obama also addressed ...` before `Obama stated`: a surname that speaks
                // somewhere is a person from its first mention on.
                table.people.append(
                    PersonRecord(name: nameText(cand), words: cand.words, suffix: cand.suffix))
                let i = table.people.count - 1
                assignment[c] = i
                bySurname[w, default: []].append(i)
                lastBySurname[w] = i
            }
        }
        for (c, cand) in candidates.enumerated() {
            guard let i = assignment[c] else { continue }
            let p = passages[cand.passage]
            table.people[i].add(mention: text(p, cand.range))
            if cand.words.count == 1, table.people[i].gender == nil {
                table.people[i].gender = kinGender(p, cand.name)
            }
            if var title = cand.title {
                // `Boss Sir`, `Home Secretary Mr`: the honorific tells the gender; the rest is
                // the title.
                let t = p.tokens
                if let h = title.last(where: { t[$0].isWord }),
                    let gender = Titles.honorifics[t[h].lower.replacingDots()]
                {
                    if let gender { table.people[i].gender = table.people[i].gender ?? gender }
                    title = title.lowerBound..<h
                }
                if title.contains(where: { t[$0].isWord }) {
                    table.people[i].add(title: text(p, title))
                    if let place = placeOpening(p, title) {
                        table.people[i].add(title: text(p, place..<title.upperBound))
                        table.people[i].add(alias: text(p, place..<cand.range.upperBound))
                    }
                }
            } else if let title = roleTitle(p, before: cand.name.lowerBound) {
                table.people[i].add(title: text(p, title))
            }
            table.mentions.append(
                EntityMention(
                    reference: .person(i), passage: cand.passage, tokens: cand.range,
                    isInsideQuote: p.tokens[cand.range.lowerBound].isInsideQuote))
        }
        nameGenerations(in: &table)
        for i in table.people.indices where table.people[i].gender == nil {
            if table.people[i].words.count >= 2 {
                table.people[i].gender =
                    FirstNames.gender(of: table.people[i].given)
                    ?? Titles.honorifics[table.people[i].first] ?? nil
            } else if table.people[i].titles.isEmpty,
                !knownSurnames.contains(table.people[i].first)
            {
                // `Melanie said`: a person named by a given name alone, with no title and no
                // full name that makes the word a surname, has that name's gender.
                table.people[i].gender = FirstNames.gender(of: table.people[i].given)
            }
        }
        table.mentions.sort {
            ($0.passage, $0.tokens.lowerBound) < ($1.passage, $1.tokens.lowerBound)
        }
        nameRelatives(in: &table)
    }

    /// The first token of the place that a title names its post for (`Norfolk` of `Norfolk
    /// Chief Constable`), which the name run holds but the title leaves out, or nil.
    func placeOpening(_ p: Passage, _ title: Range<Int>) -> Int? {
        let t = p.tokens
        let k = title.lowerBound - 1
        guard k >= 0, t[k].isWord, t[k].isCapitalized, !t[k].isPossessive,
            t[k].sentence == t[title.lowerBound].sentence, t[title.lowerBound].isCapitalized
        else { return nil }
        if k >= 1, t[k - 1].isWord, t[k - 1].isCapitalized,
            t[k - 1].sentence == t[k].sentence, Gazetteer.isPlace(lowerPhrase(t, [k - 1, k]))
        {
            return k - 1
        }
        return Gazetteer.isPlace(t[k].lower) ? k : nil
    }

    /// The title words (`secretary`, `president`) each person's full-name mentions carry.
    func titleWords(_ candidates: [PersonCandidate], _ assignment: [Int?]) -> [Int: Set<String>] {
        var result: [Int: Set<String>] = [:]
        for (c, cand) in candidates.enumerated() where cand.words.count >= 2 {
            guard let i = assignment[c], let title = cand.title else { continue }
            let t = passages[cand.passage].tokens
            for k in title where t[k].isWord && Titles.titleHeads.contains(t[k].lower) {
                result[i, default: []].insert(t[k].lower.replacingDots())
            }
        }
        return result
    }

    /// Of several people who share a surname, the one whose full-name mentions carry the
    /// candidate's title word, when exactly one does.
    func titledNamesake(
        _ cand: PersonCandidate, _ namesakes: [Int], _ titles: [Int: Set<String>]
    ) -> Int? {
        guard let title = cand.title else { return nil }
        let t = passages[cand.passage].tokens
        let words = Set(
            title.filter { t[$0].isWord && Titles.titleHeads.contains(t[$0].lower) }
                .map { t[$0].lower.replacingDots() })
        guard !words.isEmpty else { return nil }
        let matching = namesakes.filter { !(titles[$0] ?? []).isDisjoint(with: words) }
        return matching.count == 1 ? matching[0] : nil
    }

    /// The honorific a candidate is named with (`mrs` for `Mrs Howard`), if any.
    func honorific(of cand: PersonCandidate) -> String? {
        guard let title = cand.title else { return nil }
        let t = passages[cand.passage].tokens
        guard let h = title.last(where: { t[$0].isWord }) else { return nil }
        let w = t[h].lower.replacingDots()
        return Titles.honorifics[w] != nil ? w : nil
    }

    /// Of the people who share a surname, the one a mention with this generational suffix
    /// names: `chosen` when its suffix agrees, else the latest namesake whose does (a bare
    /// `Mr Trump` is the Trump without a `Jr.`). A bare surname with no plain namesake is
    /// `chosen` (`Mr Biden` after `Joseph R. Biden Jr.`); a suffixed one is nobody named yet.
    func bearer(
        of suffix: String?, among namesakes: [Int], near chosen: Int, in table: EntityTable
    ) -> Int? {
        if table.people[chosen].suffix == suffix { return chosen }
        if let other = namesakes.last(where: { table.people[$0].suffix == suffix }) {
            return other
        }
        return suffix == nil ? chosen : nil
    }

    /// The one-word nickname in marks inside a full name (`Ahmed 'Mido' Hossam` gives "mido"),
    /// in lower case, or nil.
    static func nickname(in name: String) -> String? {
        let scalars = Array(name.unicodeScalars)
        let isMark = { ScalarClass.isSingleMark($0) || ScalarClass.isDoubleMark($0) }
        guard let open = scalars.firstIndex(where: isMark),
            let close = scalars[(open + 1)...].firstIndex(where: isMark),
            close > open + 1,
            scalars[(open + 1)..<close].allSatisfy(ScalarClass.isLetterOrDigit)
        else { return nil }
        return String(String.UnicodeScalarView(scalars[(open + 1)..<close])).lowercased()
    }

    func samePerson(_ a: [String], _ b: [String]) -> Bool {
        guard let al = a.last, let bl = b.last, al == bl, let af = a.first, let bf = b.first else {
            return false
        }
        return af == bf || (af.count == 1 && bf.hasPrefix(af))
            || (bf.count == 1 && af.hasPrefix(bf))
    }

    /// The name as written, without a generational suffix (`Joseph R. Biden Jr.` is
    /// "Joseph R. Biden"), so that it matches the same person in articles that leave the
    /// suffix out; ``nameGenerations(in:)`` puts it back where the article needs it.
    func nameText(_ cand: PersonCandidate) -> String {
        let t = passages[cand.passage].tokens
        var range = cand.name
        while range.count > 1, let last = range.last,
            !t[last].isWord
                || Titles.generationalSuffixes.contains(t[last].lower.droppingFinalDot())
        {
            range = range.lowerBound..<last
        }
        return text(passages[cand.passage], range)
    }

    /// Names the generations apart: beside a `Donald Trump`, the person written `Donald
    /// Trump Jr.` or `Trump Jr.` is "Donald Trump Jr." (a junior bears the father's name).
    func nameGenerations(in table: inout EntityTable) {
        let people = table.people
        for i in people.indices {
            guard let suffix = people[i].suffix,
                let other = people.indices.first(where: {
                    $0 != i && people[$0].last == people[i].last && people[$0].suffix != suffix
                })
            else { continue }
            if people[i].words.count == 1 {
                table.people[i].name = people[other].name
                table.people[i].words = people[other].words
            }
            table.people[i].name += " " + Titles.written(suffix: suffix)
        }
    }
}
