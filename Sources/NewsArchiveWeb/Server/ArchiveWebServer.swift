import Hummingbird
import Logging

/// The read-only web server of `newsarchive serve`: pages to browse and search the archive,
/// and a JSON API under `/api/`.
///
/// ```swift
/// let server = ArchiveWebServer(databasePath: "archive.sqlite", port: 8080)
/// try await server.run { port in print("http://127.0.0.1:\(port)/") }
/// ```
public struct ArchiveWebServer: Sendable {
    /// The archive served; opened read-only for every request.
    public let databasePath: String
    /// The address to listen on; the loopback address unless told otherwise.
    public let host: String
    /// The port to listen on; 0 picks a free one (the `onRunning` closure is told which).
    public let port: Int
    /// The least severe log message written to standard error.
    var logLevel = Logger.Level.warning
    /// The rankings of recent searches, shared by all requests.
    var searchCache: SearchCache
    /// What the front page shows, shared by all requests until the archive changes.
    var homeCache: ArchiveValueCache<HomePage.Contents>

    /// Creates a server for an archive.
    public init(databasePath: String, host: String = "127.0.0.1", port: Int = 8080) {
        self.databasePath = databasePath
        self.host = host
        self.port = port
        searchCache = SearchCache(path: databasePath)
        homeCache = ArchiveValueCache(path: databasePath)
    }

    /// Serves until the task is cancelled, or until SIGINT or SIGTERM when `handlesSignals`.
    ///
    /// - Parameter onRunning: called once the server listens, with the port it listens on.
    /// - Throws: when the address cannot be bound (in use, not local).
    public func run(
        handlesSignals: Bool = true, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws {
        let router = Router(options: [.autoGenerateHeadEndpoints])
        router.add(middleware: ErrorPageMiddleware())
        WebRoutes(
            archive: ArchiveReader(path: databasePath), searchCache: searchCache,
            homeCache: homeCache
        ).register(on: router)
        // swift-log writes to standard output by default; that is for data, so the server logs
        // only warnings and errors, to standard error.
        var logger = Logger(label: "newsarchive.serve") {
            StreamLogHandler.standardError(label: $0)
        }
        logger.logLevel = logLevel
        let port = port
        let application = Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(host, port: port)),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
            logger: logger)
        if handlesSignals {
            try await application.runService()
        } else {
            try await application.run()
        }
    }
}
