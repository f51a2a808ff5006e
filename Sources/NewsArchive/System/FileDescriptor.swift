import Glibc

/// An open file descriptor with the few calls the archive needs: whole writes, `fsync` and
/// `close`, retried on `EINTR`. The standard streams are never closed.
public struct FileDescriptor: Sendable {
    /// The descriptor number.
    public let rawValue: Int32

    public static let standardInput = FileDescriptor(rawValue: 0)
    public static let standardOutput = FileDescriptor(rawValue: 1)
    public static let standardError = FileDescriptor(rawValue: 2)

    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// Opens a file for reading.
    /// - Throws: ``SystemError`` when it cannot be opened.
    public static func open(readingAtPath path: String) throws(SystemError) -> FileDescriptor {
        try opening(path, flags: O_RDONLY | O_CLOEXEC)
    }

    /// Creates (or empties) a file for writing, readable by everyone and writable by its owner
    /// as the process's umask allows.
    /// - Throws: ``SystemError`` when it cannot be created.
    public static func create(writingAtPath path: String) throws(SystemError) -> FileDescriptor {
        try opening(path, flags: O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode: 0o666)
    }

    private static func opening(
        _ path: String, flags: Int32, mode: mode_t = 0
    ) throws(SystemError) -> FileDescriptor {
        while true {
            let descriptor = Glibc.open(path, flags, mode)
            if descriptor >= 0 { return FileDescriptor(rawValue: descriptor) }
            if errno != EINTR { throw SystemError.current() }
        }
    }

    /// Writes every byte, however many calls it takes.
    /// - Throws: ``SystemError`` when a write fails (a full disk, a closed pipe).
    public func write(_ bytes: UnsafeRawBufferPointer) throws(SystemError) {
        let code = writeAll(bytes)
        if code != 0 { throw SystemError(code: code) }
    }

    /// Writes every byte of an array.
    /// - Throws: ``SystemError`` when a write fails.
    public func write(_ bytes: [UInt8]) throws(SystemError) {
        let code = bytes.withUnsafeBytes { writeAll($0) }
        if code != 0 { throw SystemError(code: code) }
    }

    /// Writes every byte; 0, or the `errno` of the write that failed.
    private func writeAll(_ bytes: UnsafeRawBufferPointer) -> Int32 {
        guard let base = bytes.baseAddress else { return 0 }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(rawValue, base + offset, bytes.count - offset)
            if written > 0 {
                offset += written
            } else if written < 0 && errno != EINTR {
                return errno
            }
        }
        return 0
    }

    /// Writes text as UTF-8, ignoring failure: for messages on standard error, where there is
    /// nowhere left to report one.
    public func writeIgnoringErrors(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in try? write(UnsafeRawBufferPointer(utf8)) }
    }

    /// Flushes the file's data to the disk.
    /// - Throws: ``SystemError`` when the data cannot be written out.
    public func synchronize() throws(SystemError) {
        if fsync(rawValue) != 0 { throw SystemError.current() }
    }

    /// Closes the descriptor.
    /// - Throws: ``SystemError`` when the last buffered writes fail.
    public func close() throws(SystemError) {
        if Glibc.close(rawValue) != 0 && errno != EINTR { throw SystemError.current() }
    }
}
