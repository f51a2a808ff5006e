import Foundation

/// A buffered byte destination: standard output, a file written atomically, or memory
/// (``memory()``).
///
/// A file is written under a temporary name beside it and renamed into place by ``finish()``,
/// so a failed export never leaves half a file behind.
public final class OutputSink {
    /// Nil for a memory sink, whose bytes stay in ``buffer``.
    private let handle: FileHandle?
    private(set) var buffer: [UInt8] = []
    private let temporaryPath: String?
    private let finalPath: String?
    private var isFinished = false
    /// True for a sink made by ``memory()``.
    var isMemory: Bool { handle == nil }

    /// A sink that writes to standard output.
    public static func standardOutput() -> OutputSink {
        OutputSink(handle: .standardOutput, temporaryPath: nil, finalPath: nil)
    }

    /// A sink that writes a file, replacing it only when ``finish()`` succeeds.
    /// - Throws: ``ExportError/cannotWrite(path:reason:)`` when the folder is not writable.
    public static func file(atPath path: String) throws -> OutputSink {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + ".\(getpid()).partial"
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary)
        else {
            var isFolder: ObjCBool = false
            let reason =
                FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder)
                ? "the folder is not writable" : "no such folder"
            throw ExportError.cannotWrite(path: path, reason: reason)
        }
        return OutputSink(handle: handle, temporaryPath: temporary, finalPath: path)
    }

    init(handle: FileHandle?, temporaryPath: String?, finalPath: String?) {
        self.handle = handle
        self.temporaryPath = temporaryPath
        self.finalPath = finalPath
        buffer.reserveCapacity(handle == nil ? 1 << 16 : Self.flushSize)
    }

    /// The buffered bytes that make a flush: large, so a big export makes few system calls.
    private static let flushSize = 1 << 18

    deinit {
        // Not finished: the write failed or was abandoned, so the partial file goes.
        if !isFinished, let temporaryPath {
            try? handle?.close()
            try? FileManager.default.removeItem(atPath: temporaryPath)
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
        guard !buffer.isEmpty, let handle else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw ExportError.cannotWrite(
                path: finalPath ?? "standard output", reason: error.localizedDescription)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes out what is buffered and, for a file, syncs it and renames it into place.
    /// - Throws: ``ExportError/cannotWrite(path:reason:)`` when the file cannot be completed.
    public func finish() throws {
        try flush()
        guard let handle, let temporaryPath, let finalPath else { return }
        do {
            try handle.synchronize()
            try handle.close()
            if rename(temporaryPath, finalPath) != 0 {
                throw ExportError.cannotWrite(
                    path: finalPath, reason: String(cString: strerror(errno)))
            }
            isFinished = true
        } catch let error as ExportError {
            throw error
        } catch {
            throw ExportError.cannotWrite(path: finalPath, reason: error.localizedDescription)
        }
    }
}
