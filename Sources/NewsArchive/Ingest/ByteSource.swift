import FoundationEssentials
import Glibc

/// Reads a file descriptor with plain `read` calls, returning whatever is available: a pipe
/// that has sent 20 lines and stays open yields those lines at once, where Foundation's
/// `read(upToCount:)` would wait for the full count.
struct ByteSource {
    let descriptor: Int32
    let name: String

    /// Up to `maximum` bytes, as soon as any are available; empty at the end of the input.
    /// - Throws: ``IngestError/unreadable(path:reason:)`` on a read error.
    func read(maximum: Int) throws -> Data {
        var buffer = Data(count: maximum)
        while true {
            let count = buffer.withUnsafeMutableBytes { raw in
                Glibc.read(descriptor, raw.baseAddress, maximum)
            }
            if count >= 0 {
                buffer.count = count
                return buffer
            }
            if errno == EINTR { continue }
            throw IngestError.unreadable(path: name, reason: String(cString: strerror(errno)))
        }
    }

    /// At least `minimum` bytes unless the input ends first.
    /// - Throws: ``IngestError/unreadable(path:reason:)`` on a read error.
    func read(atLeast minimum: Int, chunk: Int = 1 << 16) throws -> Data {
        var data = Data()
        while data.count < minimum {
            let more = try read(maximum: chunk)
            if more.isEmpty { break }
            data.append(more)
        }
        return data
    }

    /// Everything up to the end of the input.
    /// - Throws: ``IngestError/unreadable(path:reason:)`` on a read error.
    func readToEnd() throws -> Data {
        // A regular file says how big it is, so one buffer of that size is read into; a pipe
        // is read in chunks. (A zeroed megabyte per small file cost more than reading it.)
        var status = stat()
        let size =
            fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
            ? Int(status.st_size) : 0
        return try read(atLeast: Int.max, chunk: size > 0 ? size + 1 : 1 << 16)
    }
}
