import ArgumentParser
import FoundationEssentials
import Glibc
import NewsArchive

/// The formats export writes.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case csv
    case jsonl
    case json

    var outputFormat: OutputFormat {
        switch self {
        case .csv: .csv
        case .jsonl: .jsonl
        case .json: .json
        }
    }
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a whole table or view to CSV (default), JSON Lines or JSON.",
        discussion: """
            Views with names users want: quotes_view (quotes with speaker and article fields), \
            people_view, organisations_view, mentions_view. CSV follows RFC 4180; NULL is an \
            empty field and the empty string is "". List fields (aliases, titles, ...) are \
            joined with | in CSV and are arrays in JSON. Rows stream out, so memory stays flat.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "csv, jsonl or json.")
    var format: ExportFormat = .csv

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Write to this file (atomically) instead of stdout.", valueName: "file"))
    var output: String?

    @Flag(help: "Start CSV with a UTF-8 byte order mark, for Excel.")
    var bom = false

    @Flag(
        name: .customLong("safe-formulas"),
        help:
            "Prefix CSV cells starting with = + - @ tab or CR with ' so spreadsheets do not run them."
    )
    var safeFormulas = false

    @Argument(help: "The table or view to export.")
    var table: String

    func run() throws {
        // Past a file-size limit, a write then fails with EFBIG and the export stops cleanly,
        // removing its partial file, instead of the process being killed mid-file.
        signal(SIGXFSZ, SIG_IGN)
        let store = try database.openForReading()
        let rows = try Exporter(connection: store.connection).rows(of: table)
        let sink = try output.map(OutputSink.file(atPath:)) ?? .standardOutput()
        let writer = makeRowWriter(
            format.outputFormat, sink: sink, safeFormulas: safeFormulas, bom: bom)
        try rows.copy(to: writer)
    }
}
