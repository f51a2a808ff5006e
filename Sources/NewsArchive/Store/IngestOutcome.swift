/// What storing one article did.
public enum IngestOutcome: Equatable, Sendable {
    /// A new article was stored under this id.
    case new(articleID: Int64)
    /// The key was known with other content: the article was replaced in place.
    case updated(articleID: Int64)
    /// The key was known with the same content: nothing changed.
    case unchanged(articleID: Int64)
    /// The same content is stored under another key; this key now leads to it too.
    case duplicate(articleID: Int64, storedKey: String)

    /// The id of the stored article the outcome is about.
    public var articleID: Int64 {
        switch self {
        case .new(let id), .updated(let id), .unchanged(let id), .duplicate(let id, _): id
        }
    }
}
