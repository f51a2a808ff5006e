import ArgumentParser
import NewsArchive

/// The formats `show` prints in.
enum DocumentFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "One article (by id or key) with its people, organisations and quotes.")

    @OptionGroup var database: DatabaseOptions

    @Option(
        help: "text (readable) or json (the article record with people, organisations and quotes).")
    var format: DocumentFormat?

    @Argument(help: "The article's id or key (a file path, JSON Lines id or URL).")
    var article: String

    func run() throws {
        let store = try database.openForReading()
        let search = ArchiveSearch(connection: store.connection)
        guard let document = try search.articleDocument(article) else {
            throw CommandError.unknownArticle(article)
        }
        let sink = OutputSink.standardOutput()
        switch format ?? (Terminal.stdoutIsTerminal ? .text : .json) {
        case .json: try sink.write(document.serialized() + "\n")
        case .text: try sink.write(ArticleText.render(document))
        }
        try sink.finish()
    }
}

/// The readable rendering of an article document.
enum ArticleText {
    static func render(_ document: JSONValue) -> String {
        func text(_ value: JSONValue?) -> String? {
            if case .string(let string)? = value { return string }
            if case .integer(let integer)? = value { return String(integer) }
            return nil
        }
        var out = ""
        out += (text(document["headline"]) ?? "") + "\n"
        let meta = [
            text(document["publication"]), text(document["published"]), text(document["byline"]),
        ]
        .compactMap { $0 }
        if !meta.isEmpty { out += meta.joined(separator: " · ") + "\n" }
        out += "id \(text(document["id"]) ?? "") · key \(text(document["key"]) ?? "")\n\n"
        if let standfirst = text(document["standfirst"]) { out += standfirst + "\n\n" }
        if case .array(let people)? = document["people"], !people.isEmpty {
            out +=
                "People: " + people.compactMap { text($0["name"]) }.joined(separator: "; ") + "\n"
        }
        if case .array(let organisations)? = document["organisations"], !organisations.isEmpty {
            out +=
                "Organisations: "
                + organisations.compactMap { text($0["name"]) }.joined(separator: "; ") + "\n"
        }
        if case .array(let quotes)? = document["quotes"], !quotes.isEmpty {
            out += "\nQuotes:\n"
            for quote in quotes {
                let speaker =
                    text(quote["speaker"]) ?? text(quote["mention"]).map { "(\($0))" }
                    ?? "(unknown)"
                let cue = text(quote["cue"]).map { " \($0)" } ?? ""
                out +=
                    "- [\(text(quote["kind"]) ?? "")] \(speaker)\(cue): \(text(quote["text"]) ?? "")\n"
            }
        }
        out += "\n" + (text(document["body"]) ?? "") + "\n"
        return out
    }
}
