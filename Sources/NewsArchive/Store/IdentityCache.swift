/// What the store already knows about identities in this process: the ids names lead to, the
/// names of ids, and the alias, title and organisation links already written. It spares the
/// writer several statements per name, which made extraction's writes the ingest bottleneck.
///
/// Everything here mirrors committed or in-flight rows, so it is cleared whenever rows may
/// have gone away: a rolled-back article or batch, or a merge.
final class IdentityCache {
    var personIDs: [String: Int64] = [:]
    var organisationIDs: [String: Int64] = [:]
    var personNames: [Int64: String] = [:]
    var organisationNames: [Int64: String] = [:]
    /// Links written: "kind|id|key" for aliases, titles and person-organisation pairs.
    var links: Set<String> = []
    /// Folded forms of names, by the name as written.
    var nameKeys: [String: String] = [:]

    /// The folded form of a name, computed once.
    func key(_ name: String) -> String {
        if let key = nameKeys[name] { return key }
        let key = NameKey.make(name)
        if nameKeys.count > 200_000 { nameKeys.removeAll(keepingCapacity: true) }
        nameKeys[name] = key
        return key
    }

    /// True the first time a link is seen.
    func isNew(_ link: String) -> Bool {
        if links.count > 500_000 { links.removeAll(keepingCapacity: true) }
        return links.insert(link).inserted
    }

    /// Forgets every id and link; the next lookups go to the database.
    func clear() {
        personIDs.removeAll()
        organisationIDs.removeAll()
        personNames.removeAll()
        organisationNames.removeAll()
        links.removeAll()
    }
}
