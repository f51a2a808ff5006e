import Dispatch
import FoundationEssentials

/// Ingests inputs into an archive: reads, parses and extracts on a second thread while this
/// one writes, one transaction per batch.
///
/// A failed article never stops the batch: it is rolled back alone and reported. A failure of
/// the database itself (a full disk, say) stops the run; batches written before it stay.
public struct Ingester {
    /// How to read inputs and what to do with them.
    public struct Options: Sendable {
        /// How inputs hold articles.
        public var format: InputFormat = .auto
        /// A publication name given to every article read, overriding what the input says.
        public var publication: String?
        /// False to store articles without looking for people, organisations and quotes.
        public var extracts = true
        /// Articles written per transaction.
        public var batchSize = 256
        /// True to commit smaller batches when the writer has caught up with the reader,
        /// rather than wait idle until a full batch is read: 32 articles, then 64, and so on
        /// up to ``batchSize``, so the first articles of a run are written while the next are
        /// read.
        public var commitsWhenIdle = false

        /// Creates the default options.
        public init() {}
    }

    /// The archive written to.
    public let store: ArchiveStore
    /// The options in force.
    public let options: Options

    /// Creates an ingester for an archive.
    public init(store: ArchiveStore, options: Options = Options()) {
        self.store = store
        self.options = options
    }

    /// Ingests every input and reports what became of each.
    ///
    /// - Parameters:
    ///   - progress: called on this thread after each stored article.
    ///   - shouldStop: polled between articles; when it returns true, the batch in flight is
    ///     committed and the run ends with ``IngestReport/wasInterrupted`` set.
    /// - Throws: ``SQLiteError`` when the database fails as a whole (the batch in flight is
    ///   rolled back; earlier batches stay).
    public func ingest(
        _ inputs: [InputSource],
        progress: (IngestProgress) -> Void = { _ in },
        shouldStop: () -> Bool = { false }
    ) throws -> IngestReport {
        // Room for two batches, so the reader keeps parsing while the writer commits one.
        let queue = BoundedQueue<ReadResult>(capacity: 2 * options.batchSize)
        let reader = ArticleReader(
            format: options.format, publication: options.publication, extracts: options.extracts,
            archivePath: store.connection.path)
        let finished = DispatchSemaphore(value: 0)
        startDetachedThread(stackSize: 16 << 20) {
            reader.read(inputs) { queue.push($0) }
            queue.close()
            finished.signal()
        }
        var readerMayBeBlocked = false
        defer {
            queue.close()
            // A reader stuck reading a pipe is left behind when the run is interrupted; the
            // process ends soon after, and nothing it holds needs cleaning up.
            if !readerMayBeBlocked { finished.wait() }
        }

        var report = IngestReport()
        var state = IngestProgress(inputsDone: 0, inputsTotal: inputs.count, articles: 0)
        var batch: [(Article, ArticleExtraction?, contentHash: String)] = []
        var earlyBatch = 32
        let now = Date().formatted(.iso8601)

        func flush() throws {
            guard !batch.isEmpty else { return }
            let results: [Result<IngestOutcome, IngestError>]
            do {
                // The fast path: one transaction, no savepoints, the batch's text indexed at once.
                results = try store.connection.inTransaction(.immediate) {
                    var stored: [Result<IngestOutcome, IngestError>] = []
                    for (article, extraction, hash) in batch {
                        let outcome = try store.store(
                            article, extractingWith: Self.extraction(extraction, of: article),
                            now: now, isolated: false, contentHash: hash)
                        stored.append(.success(outcome))
                    }
                    try store.indexNewText()
                    return stored
                }
            } catch let error as SQLiteError where error.primaryCode == 19 /* SQLITE_CONSTRAINT */ {
                store.forgetUncommittedWrites()
                // One article broke a rule: redo the batch with each article in a savepoint,
                // so only that one is left out.
                do {
                    results = try store.connection.inTransaction(.immediate) {
                        var stored: [Result<IngestOutcome, IngestError>] = []
                        for (article, extraction, hash) in batch {
                            stored.append(
                                try storeOne(article, extraction, contentHash: hash, now: now))
                        }
                        return stored
                    }
                } catch {
                    store.forgetUncommittedWrites()
                    throw error
                }
            } catch {
                store.forgetUncommittedWrites()
                throw error
            }
            for ((article, _, _), result) in zip(batch, results) {
                record(result, key: article.key, in: &report)
            }
            state.articles += batch.count
            batch.removeAll(keepingCapacity: true)
            progress(state)
        }

        reading: while true {
            let result: ReadResult
            // Waiting in slices, so a stop request is seen even while the reader is blocked.
            switch queue.pop(timeout: 0.2) {
            case .element(let element): result = element
            case .closed: break reading
            case .timedOut:
                if shouldStop() {
                    report.wasInterrupted = true
                    readerMayBeBlocked = true
                    break reading
                }
                continue reading
            }
            switch result {
            case .article(let article, let extraction, let hash):
                batch.append((article, extraction, hash))
                // Without early commits, a run's writer sat idle until its first 256 articles
                // were read and extracted: a tenth of a run of 2,000. Each early batch is twice
                // the last, as each commit and indexing of new text costs the writer too.
                if batch.count >= options.batchSize
                    || (options.commitsWhenIdle && batch.count >= earlyBatch && queue.isEmpty)
                {
                    earlyBatch = min(2 * earlyBatch, options.batchSize)
                    try flush()
                }
            case .failure(let error):
                report.failures.append(error)
            case .warning(let message):
                report.warnings.append(message)
            case .inputFinished:
                state.inputsDone += 1
                if batch.isEmpty || state.inputsDone % 50 == 0 { progress(state) }
            }
            if shouldStop() {
                report.wasInterrupted = true
                readerMayBeBlocked = true
                break reading
            }
        }
        try flush()
        return report
    }

    /// Stores one article, turning a failure of that article alone into a reported failure.
    private func storeOne(
        _ article: Article, _ extraction: ArticleExtraction?, contentHash: String, now: String
    ) throws -> Result<IngestOutcome, IngestError> {
        do {
            return .success(
                try store.store(
                    article, extractingWith: Self.extraction(extraction, of: article), now: now,
                    contentHash: contentHash))
        } catch let error as SQLiteError where error.primaryCode == 19 /* SQLITE_CONSTRAINT */ {
            let place = article.sourcePath ?? article.key
            return .failure(.notText(path: place, reason: "cannot be stored: \(error.message)"))
        }
    }

    /// The reader's extraction, or, for an article it left unextracted because the archive
    /// held its text, one made here should the writer store that text after all.
    private static func extraction(_ extraction: ArticleExtraction?, of article: Article)
        -> () -> ArticleExtraction
    {
        { extraction ?? ArticleExtractor.extract(from: article) }
    }

    private func record(
        _ result: Result<IngestOutcome, IngestError>, key: String, in report: inout IngestReport
    ) {
        switch result {
        case .success(.new): report.new += 1
        case .success(.updated): report.updated += 1
        case .success(.unchanged): report.unchanged += 1
        case .success(.duplicate(_, let storedKey)): report.duplicates.append((key, storedKey))
        case .failure(let error): report.failures.append(error)
        }
    }
}
