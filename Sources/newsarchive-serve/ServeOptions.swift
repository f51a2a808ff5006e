/// The options `newsarchive serve` hands to the server program, already checked there.
struct ServeOptions {
    var databasePath: String
    var host = "127.0.0.1"
    var port = 8080

    struct UsageError: Error, CustomStringConvertible {
        var description: String
    }

    /// Reads `--db PATH --host HOST --port PORT` (every option once, `--db` required).
    init(arguments: [String]) throws {
        var databasePath: String?
        var remaining = arguments[...]
        while let name = remaining.popFirst() {
            guard let value = remaining.popFirst() else {
                throw UsageError(description: "\(name) needs a value.")
            }
            switch name {
            case "--db": databasePath = value
            case "--host": host = value
            case "--port":
                guard let number = Int(value), (0...65535).contains(number) else {
                    throw UsageError(description: "--port must be from 0 to 65535, not \(value).")
                }
                port = number
            default:
                throw UsageError(
                    description:
                        "Unknown option \(name). Start the server with `newsarchive serve`.")
            }
        }
        guard let databasePath else {
            throw UsageError(
                description: "--db is required. Start the server with `newsarchive serve`.")
        }
        self.databasePath = databasePath
    }
}
