/// How an input's bytes hold articles.
public enum InputFormat: String, Sendable, CaseIterable {
    /// Decide per input: JSON Lines by extension (`.jsonl`, `.ndjson`, and `.json`, which
    /// scrapers use for both) or when the content starts with `{`; text otherwise.
    case auto
    /// One article per file.
    case text
    /// One JSON object per line, one article each.
    case jsonl

    /// The format to read an input with, given its path and first bytes.
    public func resolved(path: String, prefix: some Collection<UInt8>) -> InputFormat {
        guard self == .auto else { return self }
        let lowered = path.lowercased()
        if lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") || lowered.hasSuffix(".json")
        {
            return .jsonl
        }
        if lowered.hasSuffix(".txt") { return .text }
        // Skip a UTF-8 byte order mark and white space before looking at the first character.
        let significant = prefix.drop { [0xEF, 0xBB, 0xBF, 0x20, 0x09, 0x0A, 0x0D].contains($0) }
        return significant.first == UInt8(ascii: "{") ? .jsonl : .text
    }
}
