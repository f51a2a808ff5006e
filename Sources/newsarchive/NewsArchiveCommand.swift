import ArgumentParser

/// The `newsarchive` command: lists the subcommands and nothing else.
///
/// Every command spells out its `commandName`: deriving it from the type's name would make each
/// start scan all of the program's protocol conformances, a few milliseconds per run.
@main
struct NewsArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsarchive",
        abstract: "A searchable archive of news articles and who said what in them.",
        discussion: """
            Ingest article text (files, folders, JSON Lines or stdin); newsarchive finds the \
            people, organisations and quoted claims in each article and keeps everything in one \
            SQLite file with full-text indexes. Then search it, list quotes by speaker, and \
            export any table or result to CSV or JSON Lines.
            """,
        subcommands: [
            Ingest.self, Search.self, Quotes.self, People.self, Organisations.self, Person.self,
            Show.self,
            Export.self, Stats.self, Serve.self,
        ]
    )
}

extension NewsArchiveCommand {
    /// Runs the command line: `search` and `quotes` in their plain forms through
    /// ``QuickParse``, everything else (and anything it declines) through ArgumentParser.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let command = QuickParse.command(arguments) else { return main(nil) }
        do {
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
