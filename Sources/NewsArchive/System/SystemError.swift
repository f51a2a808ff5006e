import Glibc

/// A failed system call, described by the C library's text for its `errno`.
public struct SystemError: Error, CustomStringConvertible, Sendable {
    /// The `errno` value.
    public let code: Int32

    /// The error the last failed system call left in `errno`.
    public static func current() -> SystemError { SystemError(code: errno) }

    /// The C library's sentence for the code, such as "No space left on device".
    public var description: String { String(cString: strerror(code)) }
}
