import FoundationEssentials
import Glibc

/// Reads a file or pipe one line at a time, in chunks, so a file of any size uses little memory.
struct LineReader {
    private let source: ByteSource
    private let initialBytes: Data
    private let chunkSize: Int

    /// Creates a reader of `source`, whose first bytes, already read, are `initialBytes`.
    init(source: ByteSource, initialBytes: Data = Data(), chunkSize: Int = 1 << 20) {
        self.source = source
        self.initialBytes = initialBytes
        self.chunkSize = chunkSize
    }

    /// Calls `body` with each line (1-based number, bytes without the line end) until the input
    /// ends or `body` returns false. A final line without a line end counts too.
    /// - Throws: the read error of the underlying file, or what `body` throws.
    func forEachLine(_ body: (Int, Data) throws -> Bool) throws {
        var pending = Data()
        var lineNumber = 0
        var next: Data? = initialBytes.isEmpty ? nil : initialBytes
        while case let chunk = try next ?? source.read(maximum: chunkSize), !chunk.isEmpty {
            next = nil
            // Only the new chunk can hold a line end: what is left of the last one has none.
            pending.append(chunk)
            var lineStart = pending.startIndex
            var scanFrom = pending.endIndex - chunk.count
            while let newline = Self.newline(in: pending, from: scanFrom) {
                lineNumber += 1
                guard
                    try body(lineNumber, Self.trimmingCarriageReturn(pending[lineStart..<newline]))
                else { return }
                lineStart = newline + 1
                scanFrom = lineStart
            }
            pending = Data(pending[lineStart...])
        }
        if !pending.isEmpty {
            _ = try body(lineNumber + 1, Self.trimmingCarriageReturn(pending[...]))
        }
    }

    /// The index of the first line feed at or after `start`.
    private static func newline(in data: Data, from start: Data.Index) -> Data.Index? {
        // `memchr` over the bytes: `firstIndex(of:)` on `Data` reads its storage byte by byte,
        // with an exclusivity check for each.
        data.withUnsafeBytes { raw -> Data.Index? in
            let offset = start - data.startIndex
            guard offset < raw.count, let base = raw.baseAddress,
                let hit = memchr(base + offset, 0x0A, raw.count - offset)
            else { return nil }
            return data.startIndex + base.distance(to: UnsafeRawPointer(hit))
        }
    }

    private static func trimmingCarriageReturn(_ line: Data) -> Data {
        Data(line.last == 0x0D ? line.dropLast() : line)
    }
}
