extension ArticleExtraction {
    /// Drops the people that nothing but a capital letter makes people: named by one word
    /// alone (`Asahi`, `Brent`, `Spring`), with no title, no gender and no quote. A lone
    /// capitalised word in news is most often a company, a product or a place; a person is
    /// introduced in full, with a title, or taken up by `he` or `she`.
    mutating func dropUnprovenPeople() {
        var speakers = Set<Int>()
        for quote in quotes {
            if case .person(let i)? = quote.speaker { speakers.insert(i) }
        }
        let kept = people.indices.filter { i in
            let person = people[i]
            return speakers.contains(i) || person.gender != nil || !person.titles.isEmpty
                || person.name.contains(" ")
                || person.mentions.contains { $0 != person.name }
        }
        guard kept.count < people.count else { return }
        var newIndex = [Int?](repeating: nil, count: people.count)
        for (new, old) in kept.enumerated() { newIndex[old] = new }
        people = kept.map { people[$0] }
        for q in quotes.indices {
            if case .person(let i)? = quotes[q].speaker {
                quotes[q].speaker = newIndex[i].map { .person($0) }
            }
        }
    }
}
