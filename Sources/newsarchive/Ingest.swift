import ArgumentParser
import FoundationEssentials
import Glibc
import NewsArchive
import Synchronization

extension InputFormat: ExpressibleByArgument {}

/// Set by SIGINT so ingest stops after the batch in flight.
private let interruptRequested = Atomic<Bool>(false)

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Load articles from files, folders (recursively) or - (stdin).",
        discussion: """
            Each article is parsed, its people, organisations and quotes are extracted, and it \
            is stored once: the same key with the same content is "unchanged", with new content \
            "updated", and the same content under another key a "duplicate". Bad inputs are \
            listed on stderr and skipped; the exit status is 0 only if every input was ingested.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "How inputs hold articles: auto (by extension and content), text or jsonl.")
    var format: InputFormat = .auto

    @Option(help: "Give every article this publication name.")
    var publication: String?

    @Flag(
        name: .customLong("no-extraction"),
        help: "Store articles without extracting people, organisations and quotes.")
    var noExtraction = false

    @Flag(name: .shortAndLong, help: "Print no progress and no summary.")
    var quiet = false

    @Argument(help: ArgumentHelp("Files, folders or - for standard input.", valueName: "path"))
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one file, folder or - to ingest.") }
        if paths.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("Standard input (-) can be read only once.")
        }
    }

    func run() throws {
        let started = Date()
        let archiveFiles = ["", "-wal", "-shm", "-journal"].map { database.path + $0 }
        let collection = InputCollector.collect(paths, excluding: Set(archiveFiles))
        // A second ingest waits for the first one's batches rather than failing at once.
        let store = try database.openForWriting(busyTimeout: .seconds(60))
        var options = Ingester.Options()
        options.format = format
        options.publication = publication
        options.extracts = !noExtraction
        options.commitsWhenIdle = true
        let showsProgress = !quiet && Terminal.stderrIsTerminal
        // The first Ctrl-C asks for a clean stop after the batch in flight; a second one ends
        // the process at once (SQLite's journal keeps the database whole either way).
        signal(SIGINT) { _ in
            if interruptRequested.exchange(true, ordering: .relaxed) { _exit(130) }
        }
        // A parent may have started us with SIGINT blocked (some process launchers do).
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &interrupt, nil)

        var report = try database.explainingFailures {
            try Ingester(store: store, options: options).ingest(
                collection.inputs,
                progress: { state in
                    if showsProgress { ProgressLine.show(state, since: started) }
                },
                shouldStop: { interruptRequested.load(ordering: .relaxed) })
        }
        report.failures = collection.failures + report.failures
        if showsProgress { ProgressLine.clear() }

        if !quiet && !collection.skipped.isEmpty {
            Terminal.note(
                "Skipped \(collection.skipped.count) documentation file\(collection.skipped.count == 1 ? "" : "s") (\(collection.skipped.prefix(3).joined(separator: ", "))); give a path directly to ingest it."
            )
        }
        for warning in report.warnings { Terminal.note("warning: \(warning)") }
        for failure in report.failures {
            Terminal.note("error: \(failure.location): \(failure.reason)")
        }
        if !quiet { Terminal.note(summary(report, seconds: Date().timeIntervalSince(started))) }
        if report.wasInterrupted {
            Terminal.note(
                "Interrupted: everything stored before the stop is kept; run the same command again to finish."
            )
            throw ExitCode(130)
        }
        if !report.failures.isEmpty {
            throw CommandError.ingestFailed(count: report.failures.count)
        }
    }

    private func summary(_ report: IngestReport, seconds: Double) -> String {
        let rate = seconds > 0 ? Double(report.articlesRead) / seconds : 0
        return "\(report.new) new, \(report.updated) updated, \(report.unchanged) unchanged, "
            + "\(report.duplicates.count) duplicate\(report.duplicates.count == 1 ? "" : "s"), "
            + "\(report.failures.count) failed in \(seconds.fixedPointText(places: 2)) s "
            + "(\(Int(rate)) articles/s)"
    }
}

/// The one-line progress display of ingest on a terminal.
enum ProgressLine {
    static func show(_ state: IngestProgress, since started: Date) {
        let elapsed = Date().timeIntervalSince(started)
        let fraction =
            state.inputsTotal > 0 ? Double(state.inputsDone) / Double(state.inputsTotal) : 0
        let rate = elapsed > 0 ? Double(state.articles) / elapsed : 0
        let remaining = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
        let filled = Int(fraction * 30)
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: 30 - filled)
        let line =
            "\r\(bar) \(state.inputsDone)/\(state.inputsTotal) inputs, \(state.articles) articles, "
            + "\(rate.fixedPointText(places: 0))/s, \(remaining.fixedPointText(places: 0)) s left "
        FileDescriptor.standardError.writeIgnoringErrors(line)
    }

    static func clear() {
        FileDescriptor.standardError.writeIgnoringErrors("\r\u{1B}[K")
    }
}
