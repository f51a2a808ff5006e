import ArgumentParser
import NewsArchive

struct Person: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract:
            "One person's profile: aliases, titles, organisations, first and last seen, latest quotes."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "text (readable) or json.")
    var format: DocumentFormat?

    @Option(help: "How many of the latest quotes to show.")
    var quotes = 10

    @Argument(help: "The person's name in any known form, or their id.")
    var name: String

    func run() throws {
        let store = try database.openForReading()
        guard
            let document = try ArchiveSearch(connection: store.connection).personDocument(
                name, latest: quotes)
        else {
            throw CorrectionError.notFound(.person, name: name)
        }
        let sink = OutputSink.standardOutput()
        switch format ?? (Terminal.stdoutIsTerminal ? .text : .json) {
        case .json: try sink.write(document.serialized() + "\n")
        case .text: try sink.write(PersonText.render(document))
        }
        try sink.finish()
    }
}

/// The readable rendering of a person's profile.
enum PersonText {
    static func render(_ document: JSONValue) -> String {
        func text(_ value: JSONValue?) -> String {
            switch value {
            case .string(let string)?: string
            case .integer(let integer)?: String(integer)
            case .array(let values)?: values.map { text($0) }.joined(separator: "; ")
            default: ""
            }
        }
        var out = text(document["name"]) + " (id \(text(document["id"])))\n"
        out += "Aliases: \(text(document["aliases"]))\n"
        out += "Titles: \(text(document["titles"]))\n"
        out += "Organisations: \(text(document["organisations"]))\n"
        out += "Articles: \(text(document["articles"])) · quotes: \(text(document["quotes"]))"
        out +=
            " · first seen \(text(document["first_seen"])) · last seen \(text(document["last_seen"]))\n"
        if case .array(let quotes)? = document["latest_quotes"], !quotes.isEmpty {
            out += "\nLatest quotes:\n"
            for quote in quotes {
                out +=
                    "- \(text(quote["text"]))\n  (\(text(quote["cue"])), \(text(quote["headline"])), \(text(quote["published"])))\n"
            }
        }
        return out
    }
}
