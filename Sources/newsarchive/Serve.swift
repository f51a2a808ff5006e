import ArgumentParser
import Dispatch
import Foundation
import NewsArchiveWeb
import Synchronization

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Browse and search the archive in a web browser (read-only).",
        discussion: """
            Serves pages for search (articles and quotes, with filters and counts by speaker \
            and publication), articles with their quotes marked, people and organisations, \
            and a JSON API under /api/ with the rows of search, quotes, people, organisations, \
            show and person. Every listing links to CSV and JSON. The archive is opened \
            read-only, so an ingest can run at the same time. Stop with Ctrl-C.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(
        help:
            "The address to listen on. Only the loopback address keeps the archive private to this machine."
    )
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0 picks a free one).")
    var port = 8080

    func validate() throws {
        guard (0...65535).contains(port) else {
            throw ValidationError("--port must be from 0 to 65535, not \(port).")
        }
        if host.isEmpty { throw ValidationError("--host needs an address, such as 127.0.0.1.") }
    }

    func run() throws {
        // Fails here, with the command line's own messages, when there is no archive or it is
        // not one; it also migrates an old archive that is writable.
        _ = try database.openForReading()
        if !["127.0.0.1", "localhost", "::1"].contains(host) {
            Terminal.note(
                "warning: listening on \(host): anyone who can reach this address can read the "
                    + "whole archive (there is no login).")
        }
        let server = ArchiveWebServer(databasePath: database.path, host: host, port: port)
        let path = database.path
        let failure = Mutex<(any Error)?>(nil)
        let done = DispatchSemaphore(value: 0)
        // The root command is synchronous, so the server runs in a task while this thread waits.
        Task {
            do {
                try await server.run { port in
                    Terminal.note("Serving \(path) at http://\(host):\(port)/ (Ctrl-C to stop)")
                }
            } catch {
                failure.withLock { $0 = error }
            }
            done.signal()
        }
        done.wait()
        if let error = failure.withLock({ $0 }) {
            throw ServeError.cannotListen(host: host, port: port, reason: "\(error)")
        }
    }
}

/// Why the server could not run.
enum ServeError: Error, LocalizedError {
    case cannotListen(host: String, port: Int, reason: String)

    var errorDescription: String? {
        switch self {
        case .cannotListen(let host, let port, let reason):
            "Cannot serve on \(host):\(port) (\(reason)). "
                + "Pick another --port (0 picks a free one), or stop the program using it."
        }
    }
}
