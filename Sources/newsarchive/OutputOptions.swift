import ArgumentParser
import NewsArchive

extension OutputFormat: ExpressibleByArgument {}
extension QuoteKind: ExpressibleByArgument {}

/// The `--format`, `--limit` and `--offset` options of every command that prints rows.
struct OutputOptions: ParsableArguments {
    @Option(
        help: "Output format: table, csv, json or jsonl (default: table on a terminal, else jsonl)."
    )
    var format: OutputFormat?

    @Option(help: "Print at most this many rows (default: a screenful for tables, all otherwise).")
    var limit: Int?

    @Option(help: "Skip this many rows first.")
    var offset: Int = 0

    func validate() throws {
        if let problem = settings.problem { throw ValidationError(problem) }
    }

    /// The options as a plain value.
    var settings: OutputSettings { OutputSettings(format: format, limit: limit, offset: offset) }

    /// How highlighted words in snippets are shown: see ``OutputSettings/snippetStyle``.
    var snippetStyle: SnippetStyle { settings.snippetStyle }

    /// The number of rows to ask the database for: see ``OutputSettings/queryLimit``.
    var queryLimit: Int? { settings.queryLimit }

    /// Writes the rows to standard output: see ``OutputSettings/print(_:emptyMessage:)``.
    func print(_ rows: RowCursor, emptyMessage: String) throws {
        try settings.print(rows, emptyMessage: emptyMessage)
    }
}

/// The filters that search and quotes share.
struct FilterOptions: ParsableArguments {
    @Option(
        help:
            "Only quotes by this speaker, in any form the archive knows (\"Bailey\", \"Simon Bailey\")."
    )
    var speaker: String?

    @Option(help: "Only articles from this publication (case does not matter).")
    var publication: String?

    @Option(help: "Only articles published on or after this date (YYYY-MM-DD).")
    var since: String?

    @Option(help: "Only articles published on or before this date (YYYY-MM-DD).")
    var until: String?

    func validate() throws {
        if let problem = Self.dateProblem(since: since, until: until) {
            throw ValidationError(problem)
        }
    }

    func filters(kind: QuoteKind? = nil) -> SearchFilters {
        SearchFilters(
            speaker: speaker, publication: publication, since: since, until: until, kind: kind)
    }

    /// What is wrong with a date range, or nil when both ends are dates in order.
    static func dateProblem(since: String?, until: String?) -> String? {
        if let since, !isISODate(since) { return badDate("--since", since) }
        if let until, !isISODate(until) { return badDate("--until", until) }
        if let since, let until, since > until {
            return "--since \(since) is after --until \(until): no date can match."
        }
        return nil
    }

    private static func badDate(_ flag: String, _ value: String) -> String {
        "\(flag) needs a date as YYYY-MM-DD, such as 2019-03-12; got '\(value)'."
    }

    private static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return false }
        return year > 0 && (1...12).contains(month) && (1...31).contains(day)
    }
}
