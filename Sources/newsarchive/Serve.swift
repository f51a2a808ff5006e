import ArgumentParser
import FoundationEssentials
import Glibc

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
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
        let server = try Self.serverProgram()
        let arguments = [
            server.path, "--db", database.path, "--host", host, "--port", String(port),
        ]
        // The server is a program of its own so that every other command starts without loading
        // the server stack; this process becomes it, keeping its PID, terminal and signals.
        var argv = arguments.map { strdup($0) }
        argv.append(nil)
        execv(server.path, argv)
        let reason = String(cString: strerror(errno))
        argv.forEach { free($0) }
        throw ServeError.cannotStart(program: server.path, reason: reason)
    }

    /// The server program installed beside this one.
    static func serverProgram() throws -> URL {
        let executable = URL(fileURLWithPath: executablePath()).resolvingSymlinksInPath()
        let server = executable.deletingLastPathComponent().appendingPathComponent(serverName)
        guard FileManager.default.isExecutableFile(atPath: server.path) else {
            throw ServeError.missingProgram(expected: server.path)
        }
        return server
    }

    static let serverName = "newsarchive-serve"

    /// The path of this program's file, as the kernel knows it.
    private static func executablePath() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return CommandLine.arguments[0] }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// Why the server could not start.
enum ServeError: Error, LocalizedError {
    case missingProgram(expected: String)
    case cannotStart(program: String, reason: String)

    var errorDescription: String? {
        switch self {
        case .missingProgram(let expected):
            "The web server program is not installed: expected \(expected). "
                + "Build it with `swift build -c release` (it is built with newsarchive) and keep "
                + "it in the same folder as newsarchive."
        case .cannotStart(let program, let reason):
            "Cannot start the web server \(program) (\(reason))."
        }
    }
}
