import FoundationEssentials

/// Why an input could not be ingested. Each case names the input it is about.
public enum IngestError: Error, Equatable, LocalizedError {
    /// The path does not exist.
    case missing(path: String)
    /// The file or folder exists but cannot be read (permissions, a symlink loop, I/O).
    case unreadable(path: String, reason: String)
    /// The file's bytes are not article text (binary, NUL bytes, empty).
    case notText(path: String, reason: String)
    /// One line of a JSON Lines file is not a usable article record.
    case badRecord(path: String, line: Int, reason: String)

    /// Where the problem is: `FILE` or `FILE:LINE`.
    public var location: String {
        switch self {
        case .missing(let path), .unreadable(let path, _), .notText(let path, _): path
        case .badRecord(let path, let line, _): "\(path):\(line)"
        }
    }

    /// The reason alone, without the location.
    public var reason: String {
        switch self {
        case .missing: "no such file or folder"
        case .unreadable(_, let reason), .notText(_, let reason), .badRecord(_, _, let reason):
            reason
        }
    }

    public var errorDescription: String? { "\(location): \(reason)" }
}
