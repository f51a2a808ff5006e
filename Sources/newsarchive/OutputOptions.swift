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
        if let limit, limit < 0 {
            throw ValidationError("--limit must be 0 or more, not \(limit).")
        }
        if offset < 0 { throw ValidationError("--offset must be 0 or more, not \(offset).") }
    }

    /// The format in force.
    var resolvedFormat: OutputFormat { format ?? (Terminal.stdoutIsTerminal ? .table : .jsonl) }

    /// How highlighted words in snippets are shown in this format.
    var snippetStyle: SnippetStyle {
        switch resolvedFormat {
        case .json, .jsonl: .offsets
        case .table where Terminal.usesColour: .bold
        case .table, .csv: .markers(open: "**", close: "**")
        }
    }

    /// The number of rows to print: one screenful for a table without --limit.
    var rowLimit: Int? { limit ?? (resolvedFormat == .table ? Terminal.screenful : nil) }

    /// The number of rows to ask the database for: all for a table without --limit, so it can
    /// say how many it did not show.
    var queryLimit: Int? { limit }

    /// Writes the rows to standard output and, for a table, says how many more there are.
    func print(_ rows: RowCursor, emptyMessage: String) throws {
        let writer = makeRowWriter(
            resolvedFormat, sink: .standardOutput(), terminalWidth: Terminal.width)
        let isTable = resolvedFormat == .table
        let (written, left) = try rows.copy(to: writer, limit: rowLimit, countsRest: isTable)
        if written == 0 {
            Terminal.note(emptyMessage)
        } else if left > 0 && isTable {
            Terminal.note(
                "… \(left) more row\(left == 1 ? "" : "s"); use --limit N, --offset N or --format csv to see them."
            )
        }
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
        for (flag, value) in [("--since", since), ("--until", until)] {
            if let value, !Self.isISODate(value) {
                throw ValidationError(
                    "\(flag) needs a date as YYYY-MM-DD, such as 2019-03-12; got '\(value)'.")
            }
        }
        if let since, let until, since > until {
            throw ValidationError("--since \(since) is after --until \(until): no date can match.")
        }
    }

    func filters(kind: QuoteKind? = nil) -> SearchFilters {
        SearchFilters(
            speaker: speaker, publication: publication, since: since, until: until, kind: kind)
    }

    private static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return false }
        return year > 0 && (1...12).contains(month) && (1...31).contains(day)
    }
}
