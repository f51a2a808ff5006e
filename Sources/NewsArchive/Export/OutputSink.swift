import FoundationEssentials
import Glibc

/// A buffered byte destination: standard output, a file written atomically, or memory
/// (``memory()``).
///
/// A file is written under a temporary name beside it and renamed into place by ``finish()``,
/// so a failed export never leaves half a file behind.
public final class OutputSink {
    /// Nil for a memory sink, whose bytes stay in ``buffer``.
    private let descriptor: FileDescriptor?
    private(set) var buffer: [UInt8] = []
    private let temporaryPath: String?
    private let finalPath: String?
    private var isFinished = false
    /// False once a file's descriptor is closed, so it is never closed twice.
    private var isOpen = true
    /// True for a sink made by ``memory()``.
    var isMemory: Bool { descriptor == nil }

    /// A sink that writes to standard output.
    public static func standardOutput() -> OutputSink {
        OutputSink(descriptor: .standardOutput, temporaryPath: nil, finalPath: nil)
    }

    /// A sink that writes a file, replacing it only when ``finish()`` succeeds.
    /// - Throws: ``ExportError/cannotWrite(path:reason:)`` when the folder is not writable.
    public static func file(atPath path: String) throws -> OutputSink {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + ".\(getpid()).partial"
        let descriptor: FileDescriptor
        do {
            descriptor = try .create(writingAtPath: temporary)
        } catch {
            let reason =
                FileManager.default.fileExists(atPath: folder)
                ? "the folder is not writable (\(error))" : "no such folder"
            throw ExportError.cannotWrite(path: path, reason: reason)
        }
        return OutputSink(descriptor: descriptor, temporaryPath: temporary, finalPath: path)
    }

    init(descriptor: FileDescriptor?, temporaryPath: String?, finalPath: String?) {
        self.descriptor = descriptor
        self.temporaryPath = temporaryPath
        self.finalPath = finalPath
        buffer.reserveCapacity(descriptor == nil ? 1 << 16 : Self.flushSize)
    }

    /// The buffered bytes that make a flush: large, so a big export makes few system calls.
    private static let flushSize = 1 << 18

    deinit {
        // Not finished: the write failed or was abandoned, so the partial file goes.
        if !isFinished, let temporaryPath {
            if isOpen { try? descriptor?.close() }
            unlink(temporaryPath)
        }
    }

    /// Appends text as UTF-8.
    /// - Throws: ``ExportError/cannotWrite(path:reason:)`` when the bytes cannot be written.
    public func write(_ text: String) throws {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= Self.flushSize { try flush() }
    }

    /// Appends raw bytes.
    /// - Throws: ``ExportError/cannotWrite(path:reason:)`` when the bytes cannot be written.
    public func write(bytes: some Sequence<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushSize { try flush() }
    }

    /// Lets `body` append bytes to the buffer in place, then writes it out when full: the fast
    /// path for writers that produce a row at a time.
    /// - Throws: ``ExportError/cannotWrite(path:reason:)`` when the bytes cannot be written.
    func appending(_ body: (inout [UInt8]) -> Void) throws {
        body(&buffer)
        if buffer.count >= Self.flushSize { try flush() }
    }

    /// Writes out what is buffered.
    /// - Throws: ``ExportError/cannotWrite(path:reason:)`` when the bytes cannot be written.
    public func flush() throws {
        guard !buffer.isEmpty, let descriptor else { return }
        do {
            try descriptor.write(buffer)
        } catch {
            throw ExportError.cannotWrite(
                path: finalPath ?? "standard output", reason: error.description)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes out what is buffered and, for a file, syncs it and renames it into place.
    /// - Throws: ``ExportError/cannotWrite(path:reason:)`` when the file cannot be completed.
    public func finish() throws {
        try flush()
        guard let descriptor, let temporaryPath, let finalPath else { return }
        do {
            try descriptor.synchronize()
            isOpen = false
            try descriptor.close()
            if rename(temporaryPath, finalPath) != 0 { throw SystemError.current() }
            isFinished = true
        } catch {
            throw ExportError.cannotWrite(path: finalPath, reason: "\(error)")
        }
    }
}
