import FoundationEssentials

/// Why a user's correction (merge, rename, alias) could not be applied.
public enum CorrectionError: Error, Equatable, LocalizedError {
    /// No person or organisation answers to the name.
    case notFound(EntityKind, name: String)
    /// Several answer to it; `candidates` lists them as "id: name".
    case ambiguous(EntityKind, name: String, candidates: [String])
    /// The new name already belongs to another entity.
    case nameTaken(EntityKind, name: String, ownerID: Int64)
    /// Merging an entity with itself.
    case sameEntity(EntityKind, name: String)

    public var errorDescription: String? {
        switch self {
        case .notFound(let kind, let name):
            "No \(kind.noun) is called '\(name)'. "
                + "List them with 'newsarchive \(kind.table) \(name.split(separator: " ").last ?? "")'."
        case .ambiguous(let kind, let name, let candidates):
            "'\(name)' could be \(candidates.count) \(kind.table): \(candidates.joined(separator: "; ")). "
                + "Give the id instead of the name."
        case .nameTaken(let kind, let name, let ownerID):
            "Another \(kind.noun) (id \(ownerID)) is already called '\(name)'. "
                + "Use 'newsarchive \(kind.table) merge' to make them one."
        case .sameEntity(let kind, let name):
            "'\(name)' names the same \(kind.noun) twice: there is nothing to merge."
        }
    }
}
