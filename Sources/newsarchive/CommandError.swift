import FoundationEssentials
import NewsArchive

/// Runtime failures of the command line, each with its cause, subject and a next step.
enum CommandError: Error, LocalizedError, CustomStringConvertible {
    case noArchive(path: String)
    case cannotOpen(path: String, error: SQLiteError)
    case badRawQuery(query: String, message: String)
    case unknownArticle(String)
    case ingestFailed(count: Int)
    case databaseFailed(path: String, error: SQLiteError)

    var errorDescription: String? {
        switch self {
        case .noArchive(let path):
            "There is no archive at \(path). Create one with 'newsarchive ingest --db \(path) FILE...', "
                + "or point --db (or $NEWSARCHIVE_DB) at an existing archive."
        case .cannotOpen(let path, let error) where error.primaryCode == 26:
            "\(path) is not a newsarchive database (SQLite says: \(error.message)). "
                + "Pass --db with the path of an archive, or a new file name to create one."
        case .cannotOpen(let path, let error) where error.primaryCode == 8:
            "\(path) is read-only, so it cannot be written to. "
                + "Check the file's permissions, or pass --db with a writable path."
        case .cannotOpen(let path, let error):
            "Cannot open the archive \(path): \(error.message). Check the path and its permissions."
        case .badRawQuery(let query, let message):
            "'\(query)' is not a valid search expression (\(message)). "
                + "Search the words literally by dropping --raw, or see 'newsarchive search --help'."
        case .unknownArticle(let reference):
            "No article has the id or key '\(reference)'. "
                + "Find one with 'newsarchive search WORDS' or 'newsarchive export articles'."
        case .databaseFailed(let path, let error) where error.isBusy:
            "Another program is writing to \(path) and did not finish in time. "
                + "Nothing from the batch in flight was stored; run the command again when it is done."
        case .databaseFailed(let path, let error) where error.isFull:
            "The disk holding \(path) (or the database's size limit) is full. "
                + "The batch in flight was rolled back; free some space and run the command again."
        case .databaseFailed(let path, let error) where error.primaryCode == 8:
            "\(path) is read-only, so nothing could be stored. "
                + "Check the file's permissions, or pass --db with a writable path."
        case .databaseFailed(let path, let error) where error.primaryCode == 11:
            "\(path) is damaged (SQLite says: \(error.message)). "
                + "Keep a copy, then try 'sqlite3 \(path) .recover' into a new file."
        case .databaseFailed(let path, let error):
            "The archive \(path) failed: \(error). Nothing from the batch in flight was stored."
        case .ingestFailed(let count):
            "\(count) input\(count == 1 ? "" : "s") could not be ingested (listed above); "
                + "everything else was stored."
        }
    }

    var description: String { errorDescription ?? "failed" }
}
