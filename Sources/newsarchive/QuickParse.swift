import NewsArchive

/// A command that runs from plain values, without its ArgumentParser struct.
protocol CommandRun {
    func run() throws
}

/// Reads the command lines run most often, `search` and `quotes`, without ArgumentParser.
///
/// ArgumentParser finds a command's options by reflection and builds the generic metadata of
/// its property wrappers at the first parse in each process: about as long as a search itself.
/// This reader knows only the plain shapes (`--option value`, the flags, the query words) and
/// declines anything else, such as help, `--option=value`, an unknown or repeated option, or a
/// value that starts with `-` or fails validation, by returning nil; ArgumentParser then parses,
/// and explains, that command line as usual. Tests check that both read accepted lines alike.
enum QuickParse {
    /// What to run for `arguments` (without the program name), or nil to leave them to
    /// ArgumentParser.
    static func command(_ arguments: [String]) -> (any CommandRun)? {
        guard let name = arguments.first else { return nil }
        switch name {
        case "search": return search(arguments.dropFirst())
        case "quotes": return quotes(arguments.dropFirst())
        default: return nil
        }
    }

    private static let sharedOptions = [
        "--db", "--format", "--limit", "--offset", "--speaker", "--publication", "--since",
        "--until", "--kind",
    ]

    private static func search(_ arguments: ArraySlice<String>) -> SearchRun? {
        guard
            let line = CommandLineWords(
                arguments, options: sharedOptions + ["--in"], flags: ["--raw"]),
            line.positionals.count == 1,
            let shared = SharedValues(line)
        else { return nil }
        var target = SearchTarget.articles
        if let value = line["--in"] {
            guard let parsed = SearchTarget(rawValue: value) else { return nil }
            target = parsed
        }
        return SearchRun(
            location: shared.location, output: shared.output, filters: shared.filters,
            target: target, raw: line.flags.contains("--raw"), query: line.positionals[0])
    }

    private static func quotes(_ arguments: ArraySlice<String>) -> QuotesRun? {
        guard let line = CommandLineWords(arguments, options: sharedOptions, flags: []),
            line.positionals.count <= 1,
            let shared = SharedValues(line)
        else { return nil }
        return QuotesRun(
            location: shared.location, output: shared.output, filters: shared.filters,
            query: line.positionals.first)
    }
}

/// The options `search` and `quotes` share, read and validated from plain words.
private struct SharedValues {
    var location: ArchiveLocation
    var output: OutputSettings
    var filters: SearchFilters

    init?(_ line: CommandLineWords) {
        location = ArchiveLocation(db: line["--db"])
        output = OutputSettings()
        filters = SearchFilters(
            speaker: line["--speaker"], publication: line["--publication"],
            since: line["--since"], until: line["--until"])
        if let value = line["--format"] {
            guard let format = OutputFormat(rawValue: value) else { return nil }
            output.format = format
        }
        if let value = line["--limit"] {
            guard let limit = Int(value) else { return nil }
            output.limit = limit
        }
        if let value = line["--offset"] {
            guard let offset = Int(value) else { return nil }
            output.offset = offset
        }
        if let value = line["--kind"] {
            guard let kind = QuoteKind(rawValue: value) else { return nil }
            filters.kind = kind
        }
        guard output.problem == nil,
            FilterOptions.dateProblem(since: filters.since, until: filters.until) == nil
        else { return nil }
    }
}

/// A command line split into `--option value` pairs, flags and positional words; nil when it
/// holds anything else.
private struct CommandLineWords {
    /// The value given for an option, if any.
    subscript(option: String) -> String? {
        optionNames.firstIndex(of: option).map { optionValues[$0] }
    }

    // Parallel arrays rather than a dictionary: the first dictionary of a process costs more
    // to set up than this whole parse.
    private var optionNames: [String] = []
    private var optionValues: [String] = []
    var flags: [String] = []
    var positionals: [String] = []

    init?(_ arguments: ArraySlice<String>, options known: [String], flags knownFlags: [String]) {
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let word = arguments[index]
            index += 1
            guard word.hasPrefix("-") else {
                positionals.append(word)
                continue
            }
            if knownFlags.contains(word) {
                guard !flags.contains(word) else { return nil }
                flags.append(word)
                continue
            }
            guard known.contains(word), !optionNames.contains(word), index < arguments.endIndex,
                !arguments[index].hasPrefix("-")
            else { return nil }
            optionNames.append(word)
            optionValues.append(arguments[index])
            index += 1
        }
    }
}
