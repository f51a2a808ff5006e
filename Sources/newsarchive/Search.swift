import ArgumentParser
import NewsArchive

/// Where search looks.
enum SearchTarget: String, ExpressibleByArgument, CaseIterable {
    case articles
    case quotes
}

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Ranked full-text search of articles or quotes, with highlighted snippets.",
        discussion: """
            Words are matched as typed, whatever punctuation they hold: "double quotes" make a \
            phrase and a trailing * a prefix. Headline matches rank above body matches. With \
            --raw the query is FTS5 syntax (AND, OR, NOT, NEAR, column:word).
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var filters: FilterOptions

    @Option(name: .customLong("in"), help: "What to search: articles or quotes.")
    var target: SearchTarget = .articles

    @Option(help: "Only quotes of this kind: direct, mixed or indirect.")
    var kind: QuoteKind?

    @Flag(help: "Treat the query as SQLite FTS5 syntax.")
    var raw = false

    @Argument(help: "The words to search for.")
    var query: String

    func run() throws { try plain.run() }

    /// The parsed options as plain values.
    var plain: SearchRun {
        SearchRun(
            location: database.location, output: output.settings,
            filters: filters.filters(kind: kind), target: target, raw: raw, query: query)
    }
}

/// What `search` does, given its options as plain values.
struct SearchRun: CommandRun {
    var location: ArchiveLocation
    var output: OutputSettings
    var filters: SearchFilters
    var target: SearchTarget
    var raw: Bool
    var query: String

    func run() throws {
        guard let searchQuery = raw ? SearchQuery(raw: query) : SearchQuery(words: query) else {
            Terminal.note("Nothing to search: the query holds no letters or digits.")
            return
        }
        let store = try location.openForReading()
        let search = ArchiveSearch(connection: store.connection, snippetStyle: output.snippetStyle)
        if let speaker = filters.speaker, try !search.knowsSpeaker(speaker) {
            Terminal.note("No results: no speaker named '\(speaker)' is in the archive.")
            return
        }
        do {
            let rows: RowCursor =
                switch target {
                case .articles:
                    try search.articles(
                        matching: searchQuery, filters: filters, limit: output.queryLimit,
                        offset: output.offset)
                case .quotes:
                    try search.quotes(
                        matching: searchQuery, filters: filters, limit: output.queryLimit,
                        offset: output.offset)
                }
            try output.print(rows, emptyMessage: "No results for \(query).")
        } catch let error as SQLiteError where searchQuery.isRaw {
            throw CommandError.badRawQuery(query: query, message: error.message)
        }
    }
}
