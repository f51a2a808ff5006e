/// What an ingest run did, for the closing summary.
public struct IngestReport: Sendable, Equatable {
    /// Articles stored for the first time.
    public var new = 0
    /// Known keys whose content changed and was replaced.
    public var updated = 0
    /// Known keys with the same content.
    public var unchanged = 0
    /// Inputs whose content is already stored under another key, as (key, stored key).
    public var duplicates: [(key: String, storedKey: String)] = []
    /// Inputs that could not be ingested, each with its reason.
    public var failures: [IngestError] = []
    /// Warnings that did not stop an input, such as a guessed text encoding.
    public var warnings: [String] = []
    /// True when the run stopped early because it was asked to.
    public var wasInterrupted = false

    /// Creates an empty report.
    public init() {}

    /// Articles read from the inputs, whatever became of them.
    public var articlesRead: Int { new + updated + unchanged + duplicates.count }

    public static func == (lhs: IngestReport, rhs: IngestReport) -> Bool {
        lhs.new == rhs.new && lhs.updated == rhs.updated && lhs.unchanged == rhs.unchanged
            && lhs.duplicates.map(\.key) == rhs.duplicates.map(\.key)
            && lhs.duplicates.map(\.storedKey) == rhs.duplicates.map(\.storedKey)
            && lhs.failures == rhs.failures && lhs.warnings == rhs.warnings
            && lhs.wasInterrupted == rhs.wasInterrupted
    }
}

/// How far an ingest run has come, for a progress display.
public struct IngestProgress: Sendable {
    /// Inputs (files, or standard input) finished so far.
    public var inputsDone: Int
    /// Inputs to read in all.
    public var inputsTotal: Int
    /// Articles stored or recognised so far.
    public var articles: Int
}
