import FoundationEssentials
import Glibc

/// One result of reading inputs: an article ready to store, or a problem to report.
enum ReadResult: Sendable {
    /// An article, what was extracted from it, and its ``ContentHash``: made here, off the
    /// thread that writes. No extraction when the archive holds the text already (see
    /// ``StoredContent``).
    case article(Article, ArticleExtraction?, contentHash: String)
    case failure(IngestError)
    case warning(String)
    case inputFinished
}

/// Reads inputs into parsed articles with their extractions: the part of ingest that needs no
/// database, so it can run on its own thread.
struct ArticleReader: Sendable {
    var format: InputFormat
    var publication: String?
    var extracts: Bool
    /// The archive written to, whose stored texts need no extraction; nil to extract all.
    var archivePath: String?

    /// Reads every input in order, handing each result to `emit`; stops early when `emit`
    /// returns false.
    func read(_ inputs: [InputSource], emit: (ReadResult) -> Bool) {
        let stored = extracts ? archivePath.flatMap { StoredContent(archivePath: $0) } : nil
        for input in inputs {
            guard read(input, stored: stored, emit: emit), emit(.inputFinished) else { return }
        }
    }

    private func read(_ input: InputSource, stored: StoredContent?, emit: (ReadResult) -> Bool)
        -> Bool
    {
        let descriptor: FileDescriptor
        switch input {
        case .standardInput:
            descriptor = .standardInput
        case .file(let path):
            do {
                descriptor = try .open(readingAtPath: path)
            } catch {
                return emit(.failure(.unreadable(path: path, reason: Self.openFailure(error))))
            }
        }
        defer { if input != .standardInput { try? descriptor.close() } }
        do {
            let source = ByteSource(descriptor: descriptor.rawValue, name: input.name)
            let prefix = try source.read(maximum: 4096)
            switch format.resolved(path: input.name, prefix: prefix) {
            case .jsonl:
                return try readLines(
                    of: source, after: prefix, name: input.name, stored: stored, emit: emit)
            case .text, .auto:
                let data = prefix + (try source.readToEnd())
                return emit(readText(data, name: input.name, stored: stored, emit: emit))
            }
        } catch let error as IngestError {
            return emit(.failure(error))
        } catch {
            return emit(.failure(.unreadable(path: input.name, reason: "\(error)")))
        }
    }

    private static func openFailure(_ error: SystemError) -> String {
        error.code == EACCES
            ? "permission denied: the file is not readable" : "the file cannot be opened (\(error))"
    }

    private func readText(
        _ data: Data, name: String, stored: StoredContent?, emit: (ReadResult) -> Bool
    ) -> ReadResult {
        let decoded: DecodedText
        do {
            decoded = try TextDecoding.decode(data)
        } catch {
            return .failure(.notText(path: name, reason: error.description))
        }
        if decoded.isFallback {
            _ = emit(
                .warning("\(name): not UTF-8 or UTF-16; read as Windows-1252, check its characters")
            )
        }
        var hints = ArticleHints()
        hints.publication = publication
        let article = ArticleParser.parse(decoded.text, key: name, sourcePath: name, hints: hints)
        return prepared(article, stored: stored)
    }

    private func readLines(
        of source: ByteSource, after prefix: Data, name: String, stored: StoredContent?,
        emit: (ReadResult) -> Bool
    ) throws -> Bool {
        var keepGoing = true
        var seenRecord = false
        try LineReader(source: source, initialBytes: prefix).forEachLine { number, line in
            // A pretty-printed JSON file (an export, a scraper's array) would otherwise give one
            // error per line: say once what it is and how to turn it into JSON Lines.
            if !seenRecord, let opening = Self.documentOpening(line) {
                let (kind, filter) = opening == "[" ? ("array", "'.[]'") : ("object", ".")
                let reason =
                    "a JSON \(kind) written over several lines, not JSON Lines (one article "
                    + "object per line), so nothing in this file was stored; convert it with "
                    + "`jq -c \(filter) \(name) > articles.jsonl` and ingest that"
                keepGoing = emit(.failure(.badRecord(path: name, line: number, reason: reason)))
                return false
            }
            if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { seenRecord = true }
            let result: ReadResult
            do {
                var article = try ArticleRecord(jsonLine: line)
                    .makeArticle(fallbackKey: "\(name):\(number)", sourcePath: name)
                if let publication { article.publication = publication }
                result = prepared(article, stored: stored)
            } catch ArticleRecordError.blankLine {
                return true
            } catch {
                result = .failure(.badRecord(path: name, line: number, reason: "\(error)"))
            }
            keepGoing = emit(result)
            return keepGoing
        }
        return keepGoing
    }

    /// `{` or `[` when the line holds nothing else: the first line of a JSON document written
    /// over several lines.
    private static func documentOpening(_ line: Data) -> Character? {
        let significant = line.filter { ![0xEF, 0xBB, 0xBF, 0x20, 0x09, 0x0D].contains($0) }
        guard significant.count == 1, let byte = significant.first else { return nil }
        switch byte {
        case UInt8(ascii: "{"): return "{"
        case UInt8(ascii: "["): return "["
        default: return nil
        }
    }

    private func prepared(_ article: Article, stored: StoredContent?) -> ReadResult {
        let hash = ContentHash.make(article)
        guard extracts else { return .article(article, ArticleExtraction(), contentHash: hash) }
        if let stored, stored.contains(hash) { return .article(article, nil, contentHash: hash) }
        return .article(article, ArticleExtractor.extract(from: article), contentHash: hash)
    }
}
