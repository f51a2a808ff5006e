import ArgumentParser
import NewsArchive

struct Quotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List quoted claims, optionally by speaker and by text.",
        discussion: """
            Example: newsarchive quotes --speaker "Simon Bailey" technology. The speaker matches \
            any form of the name the archive knows ("Bailey", "Mr Bailey", "Chief Constable \
            Simon Bailey").
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var filters: FilterOptions

    @Option(help: "Only quotes of this kind: direct, mixed or indirect.")
    var kind: QuoteKind?

    @Argument(help: "Words the quote (or its speaker's name) must contain.")
    var query: String?

    func run() throws { try plain.run() }

    /// The parsed options as plain values.
    var plain: QuotesRun {
        QuotesRun(
            location: database.location, output: output.settings,
            filters: filters.filters(kind: kind), query: query)
    }
}

/// What `quotes` does, given its options as plain values.
struct QuotesRun: CommandRun {
    var location: ArchiveLocation
    var output: OutputSettings
    var filters: SearchFilters
    var query: String?

    func run() throws {
        var searchQuery: SearchQuery?
        if let query {
            guard let built = SearchQuery(words: query) else {
                Terminal.note("Nothing to search: the query holds no letters or digits.")
                return
            }
            searchQuery = built
        }
        let store = try location.openForReading()
        let search = ArchiveSearch(connection: store.connection, snippetStyle: output.snippetStyle)
        if let speaker = filters.speaker, try !search.knowsSpeaker(speaker) {
            Terminal.note("No quotes: no speaker named '\(speaker)' is in the archive.")
            return
        }
        let rows = try search.quotes(
            matching: searchQuery, filters: filters, limit: output.queryLimit,
            offset: output.offset)
        try output.print(rows, emptyMessage: "No quotes found.")
    }
}
