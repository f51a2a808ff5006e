/// How rows are printed.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns for a person at a terminal.
    case table
    /// RFC 4180 comma-separated values with a header row.
    case csv
    /// One JSON array of objects.
    case json
    /// One JSON object per line.
    case jsonl
}
