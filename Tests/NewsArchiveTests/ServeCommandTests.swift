import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `newsarchive serve` starts the server program beside it and serves the archive.
@Suite("Serve command")
struct ServeCommandTests {
    let database: TestDatabase
    var db: String { database.folder.appendingPathComponent("served.sqlite").path }

    init() throws { database = try TestDatabase() }

    @Test("serve --port 0 answers on the port it prints and stops on SIGTERM")
    func servesTheArchive() async throws {
        let file = try database.write("ferry.txt", CommandLineTests.article)
        let ingest = try CommandLineRunner.run(["ingest", "--db", db, file], in: database.folder)
        #expect(ingest.status == 0, "\(ingest.stderr)")

        let process = Process()
        process.executableURL = CommandLineRunner.binary
        process.arguments = ["serve", "--db", db, "--port", "0"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        // A server that never announces itself fails the test instead of hanging the suite.
        DispatchQueue.global().asyncAfter(deadline: .now() + 60) {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }

        let port = try #require(Self.announcedPort(errors.fileHandleForReading))
        let url = try #require(URL(string: "http://127.0.0.1:\(port)/search?q=engine"))
        let (body, response) = try await URLSession.shared.data(from: url)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: body, as: UTF8.self).contains("Ferry service to resume"))

        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "SIGTERM should stop the server cleanly")
    }

    @Test("serve without the server program beside it says what to build")
    func missingServerProgram() throws {
        let copy = try CommandLineRunner.copyAlone(into: database.folder, name: "alone")
        let elsewhere = copy.deletingLastPathComponent()
        let file = try database.write("ferry.txt", CommandLineTests.article)
        _ = try CommandLineRunner.run(
            ["ingest", "--db", db, file], in: elsewhere, executable: copy)
        let serve = try CommandLineRunner.run(
            ["serve", "--db", db, "--port", "0"], in: elsewhere, executable: copy)
        #expect(serve.status != 0)
        #expect(serve.stderr.contains("newsarchive-serve"), "\(serve.stderr)")
    }

    /// Reads standard error until the "Serving … at http://host:PORT/" line; nil if the
    /// program ends first.
    static func announcedPort(_ handle: FileHandle) -> Int? {
        var text = ""
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { return nil }
            text += String(decoding: chunk, as: UTF8.self)
            if let line = text.split(separator: "\n").first(where: { $0.contains("Serving ") }),
                let address = line.split(separator: " ").first(where: { $0.hasPrefix("http://") }),
                let port = address.split(separator: ":").last?.split(separator: "/").first
            {
                return Int(port)
            }
        }
    }
}
