import FoundationEssentials

/// Why rows could not be exported.
public enum ExportError: Error, Equatable, LocalizedError {
    /// No table or view has this name; `available` lists the names that do.
    case unknownTable(String, available: [String])
    /// The output could not be written.
    case cannotWrite(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .unknownTable(let name, let available):
            "There is no table or view named '\(name)'. "
                + "Exportable: \(available.joined(separator: ", "))."
        case .cannotWrite(let path, let reason):
            "Cannot write \(path): \(reason). Nothing was written there; "
                + "choose another --output path or free some space."
        }
    }
}
