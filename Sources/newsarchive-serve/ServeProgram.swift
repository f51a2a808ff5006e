import Foundation
import NewsArchiveWeb

/// The web server behind `newsarchive serve`, a program of its own so that the command line
/// does not load the server stack on every run.
///
/// `newsarchive serve` checks the archive and the options, then replaces itself with this
/// program: `newsarchive-serve --db PATH --host HOST --port PORT`.
@main
enum ServeProgram {
    static func main() async {
        let options: ServeOptions
        do {
            options = try ServeOptions(arguments: Array(CommandLine.arguments.dropFirst()))
        } catch {
            fail("\(error)")
        }
        let server = ArchiveWebServer(
            databasePath: options.databasePath, host: options.host, port: options.port)
        do {
            try await server.run { port in
                note(
                    "Serving \(options.databasePath) at http://\(options.host):\(port)/ "
                        + "(Ctrl-C to stop)")
            }
        } catch {
            fail(
                "Cannot serve on \(options.host):\(options.port) (\(error)). "
                    + "Pick another --port (0 picks a free one), or stop the program using it.")
        }
    }

    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func fail(_ message: String) -> Never {
        note("Error: \(message)")
        exit(1)
    }
}
