/// What the store already knows about identities in this process: the ids names lead to, the
/// names of ids, and the alias, title and organisation links already written. It spares the
/// writer several statements per name, which made extraction's writes the ingest bottleneck.
///
/// Everything here mirrors committed or in-flight rows, so it is cleared whenever rows may
/// have gone away: a rolled-back article or batch, or a merge.
final class IdentityCache {
    /// What a person's id is cached under: a surname alone may lead to different people for
    /// "Mr" and "Mrs", so gender is part of what the answer depends on.
    struct PersonName: Hashable {
        var key: String
        var gender: Gender?
    }

    /// An identity and a folded alias or a title written for it.
    struct Link: Hashable {
        var id: Int64
        var text: String
    }

    /// A person and an organisation they were tied to.
    struct Affiliation: Hashable {
        var personID: Int64
        var organisationID: Int64
    }

    var personIDs: [PersonName: Int64] = [:]
    var organisationIDs: [String: Int64] = [:]
    var personNames: [Int64: String] = [:]
    var organisationNames: [Int64: String] = [:]
    private var personAliases: Set<Link> = []
    private var organisationAliases: Set<Link> = []
    private var titles: Set<Link> = []
    private var affiliations: Set<Affiliation> = []
    /// Folded forms of names, by the name as written.
    private var nameKeys: [String: String] = [:]

    /// The folded form of a name, computed once.
    func key(_ name: String) -> String {
        if let key = nameKeys[name] { return key }
        let key = NameKey.make(name)
        if nameKeys.count > 200_000 { nameKeys.removeAll(keepingCapacity: true) }
        nameKeys[name] = key
        return key
    }

    /// True the first time an alias (by its folded form) is seen for an identity.
    func isNewAlias(_ kind: EntityKind, id: Int64, key: String) -> Bool {
        let link = Link(id: id, text: key)
        return kind == .person
            ? Self.insert(link, into: &personAliases)
            : Self.insert(link, into: &organisationAliases)
    }

    /// True the first time a title is seen for a person.
    func isNewTitle(_ title: String, personID: Int64) -> Bool {
        Self.insert(Link(id: personID, text: title), into: &titles)
    }

    /// True the first time a person is seen tied to an organisation.
    func isNewAffiliation(personID: Int64, organisationID: Int64) -> Bool {
        Self.insert(
            Affiliation(personID: personID, organisationID: organisationID), into: &affiliations)
    }

    // The sets only spare statements that would change nothing, so emptying one that grew
    // large costs time, never correctness.
    private static func insert<Element: Hashable>(_ element: Element, into set: inout Set<Element>)
        -> Bool
    {
        if set.count > 500_000 { set.removeAll(keepingCapacity: true) }
        return set.insert(element).inserted
    }

    /// Forgets every id and link; the next lookups go to the database.
    func clear() {
        personIDs.removeAll()
        organisationIDs.removeAll()
        personNames.removeAll()
        organisationNames.removeAll()
        personAliases.removeAll()
        organisationAliases.removeAll()
        titles.removeAll()
        affiliations.removeAll()
    }
}
