import FoundationEssentials
import Glibc
import NewsArchive

/// What the command line knows about where its output goes.
enum Terminal {
    /// True when standard output is a terminal.
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// True when standard error is a terminal.
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// True when colour and bold may be used on standard output.
    static var usesColour: Bool {
        stdoutIsTerminal && environment("NO_COLOR") == nil
    }

    /// The width of the terminal, from `COLUMNS` or the terminal itself; 100 otherwise.
    static var width: Int {
        if let columns = environment("COLUMNS"), let width = Int(columns),
            width > 0
        {
            return width
        }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return 100
    }

    /// The number of rows a table shows before it says how many more there are.
    static var screenful: Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 4 {
            return Int(size.ws_row) - 4
        }
        return 20
    }

    /// An environment variable's value. (`ProcessInfo.environment` copies the whole environment
    /// into a dictionary first, a measurable part of a search's start.)
    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Writes a line to standard error.
    static func note(_ text: String) {
        FileDescriptor.standardError.writeIgnoringErrors(text + "\n")
    }
}
