import Foundation
import Testing

@testable import NewsArchive

@Suite("SQLite wrapper")
struct SQLiteWrapperTests {
    let db: Connection

    init() throws {
        db = try Connection(path: ":memory:")
        try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, v ANY) STRICT")
    }

    static let values: [SQLiteValue] = [
        .null, .integer(0), .integer(Int64.max), .integer(Int64.min), .real(3.25), .real(-0.5),
        .text(""), .text("plain"), .text("a\u{0}b\u{0}"), .text("emoji 🗞️ and RTL שלום"),
        .text("Müller’s “quote”"), .blob([]), .blob([0, 1, 2, 255]),
    ]

    @Test("every storage class round-trips", arguments: values)
    func roundTrip(_ value: SQLiteValue) throws {
        try db.execute(sql: "INSERT INTO t (v) VALUES (?)", arguments: [value])
        let statement = try db.prepare(sql: "SELECT v FROM t WHERE id = ?")
        try statement.bind([db.lastInsertRowID])
        #expect(try statement.step())
        // An empty blob reads back as a zero-length blob, which SQLite reports as a blob.
        #expect(statement.value(0) == value)
    }

    @Test("text with embedded NUL keeps its full length")
    func embeddedNUL() throws {
        try db.execute(sql: "INSERT INTO t (v) VALUES (?)", arguments: ["x\u{0}y"])
        #expect(try db.scalarInt(sql: "SELECT length(CAST(v AS BLOB)) FROM t") == 3)
        #expect(try db.scalarText(sql: "SELECT v FROM t") == "x\u{0}y")
    }

    @Test("errors carry the extended result code and the SQL, never the values")
    func extendedErrorCode() throws {
        try db.execute(sql: "CREATE TABLE u (k TEXT UNIQUE)")
        try db.execute(sql: "INSERT INTO u VALUES (?)", arguments: ["secret value"])
        let error = #expect(throws: SQLiteError.self) {
            try db.execute(sql: "INSERT INTO u VALUES (?)", arguments: ["secret value"])
        }
        #expect(error?.code == 2067)  // SQLITE_CONSTRAINT_UNIQUE
        #expect(error?.primaryCode == 19)
        #expect(error?.sql == "INSERT INTO u VALUES (?)")
        #expect(error?.description.contains("secret value") == false)
    }

    @Test("a syntax error is reported when the statement is prepared")
    func syntaxError() throws {
        let error = #expect(throws: SQLiteError.self) { try db.prepare(sql: "SELEC 1") }
        #expect(error?.primaryCode == 1)
    }

    @Test("a transaction rolls back when its body throws")
    func rollbackOnThrow() throws {
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try db.inTransaction {
                try db.execute(sql: "INSERT INTO t (v) VALUES (1)")
                throw Stop()
            }
        }
        #expect(try db.scalarInt(sql: "SELECT count(*) FROM t") == 0)
        #expect(!db.isInTransaction)
    }

    @Test("a failed savepoint undoes its own writes and keeps the transaction's")
    func savepoint() throws {
        struct Stop: Error {}
        try db.inTransaction {
            try db.execute(sql: "INSERT INTO t (v) VALUES ('kept')")
            try? db.inSavepoint {
                try db.execute(sql: "INSERT INTO t (v) VALUES ('undone')")
                throw Stop()
            }
        }
        #expect(try db.scalarText(sql: "SELECT group_concat(v) FROM t") == "kept")
    }

    @Test("the first error wins when the rollback fails too")
    func rollbackFailureKeepsFirstError() throws {
        struct First: Error {}
        #expect(throws: First.self) {
            try db.inTransaction {
                // Ending the transaction early makes the wrapper's ROLLBACK fail.
                try db.execute(sql: "COMMIT")
                throw First()
            }
        }
    }

    @Test("statements are finalized when released, even when a loop stops early")
    func finalization() throws {
        for value in 1...5 {
            try db.execute(sql: "INSERT INTO t (v) VALUES (?)", arguments: [value])
        }
        for _ in 0..<3 {
            let statement = try db.prepare(sql: "SELECT v FROM t")
            #expect(try statement.step())
        }
        #expect(db.openStatementCount == db.cachedStatementCount)
    }

    @Test("cached statements are reused and reset")
    func statementReuse() throws {
        let first = try db.cachedStatement(sql: "SELECT ?")
        try first.bind([1])
        #expect(try first.step())
        let second = try db.cachedStatement(sql: "SELECT ?")
        #expect(first === second)
        #expect(try second.step())
        #expect(second.isNull(0))
    }

    @Test("the statement cache keeps a bounded number, dropping the oldest first")
    func statementCacheBound() throws {
        let oldest = try db.cachedStatement(sql: "SELECT 0")
        for value in 1...StatementCache.capacity {
            _ = try db.cachedStatement(sql: "SELECT \(value)")
        }
        #expect(db.cachedStatementCount == StatementCache.capacity)
        // Dropped statements are finalized, but for the oldest, which this test still holds.
        #expect(db.openStatementCount == StatementCache.capacity + 1)
        let newest = try db.cachedStatement(sql: "SELECT \(StatementCache.capacity)")
        #expect(try newest.step())
        #expect(newest.int(0) == StatementCache.capacity)
        // The oldest was dropped: asking again compiles a new statement.
        #expect(try db.cachedStatement(sql: "SELECT 0") !== oldest)
    }

    @Test("a file that is not a database fails at open with SQLITE_NOTADB")
    func notADatabase() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "not-a-db-\(UUID().uuidString)"
        ).path
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = #expect(throws: SQLiteError.self) { try Connection(path: path) }
        #expect(error?.primaryCode == 26)
    }

    @Test("file databases use WAL and enforce foreign keys")
    func pragmas() throws {
        let database = try TestDatabase()
        #expect(try database.connection.scalarText(sql: "PRAGMA journal_mode") == "wal")
        #expect(try database.connection.scalarInt(sql: "PRAGMA foreign_keys") == 1)
    }

    @Test("the write-ahead log stays, emptied, when the last connection closes")
    func persistentLog() throws {
        let database = try TestDatabase()
        let path = database.folder.appendingPathComponent("log.sqlite").path
        do {
            let writer = try Connection(path: path)
            try writer.execute(sql: "CREATE TABLE t(x)")
            for value in 0..<2_000 {
                try writer.execute(sql: "INSERT INTO t VALUES (?)", arguments: [String(value)])
            }
            let size = try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size]
            #expect((size as? Int ?? 0) > 0)
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: path + "-wal")
        #expect(attributes[.size] as? Int == 0)
        #expect(FileManager.default.fileExists(atPath: path + "-shm"))
        let reader = try Connection(path: path, mode: .readOnly)
        #expect(try reader.scalarInt(sql: "SELECT count(*) FROM t") == 2_000)
    }

    @Test("the data version changes after another connection's commit, not after its own")
    func dataVersion() throws {
        let database = try TestDatabase()
        let reader = try Connection(path: database.path, mode: .readOnly)
        let first = try reader.dataVersion()
        #expect(try reader.dataVersion() == first)

        try database.connection.execute(sql: "CREATE TABLE t(x)")
        let afterCommit = try reader.dataVersion()
        #expect(afterCommit != first)
        #expect(try reader.dataVersion() == afterCommit)

        let writer = database.connection
        let own = try writer.dataVersion()
        try writer.execute(sql: "INSERT INTO t VALUES (1)")
        #expect(try writer.dataVersion() == own)
        #expect(try reader.dataVersion() != afterCommit)
    }
}
