/// How a transaction takes its locks.
public enum TransactionKind: String, Sendable {
    /// Takes locks at the first read or write.
    case deferred = "DEFERRED"
    /// Takes the write lock at once, so a writer never fails half-way with SQLITE_BUSY.
    case immediate = "IMMEDIATE"
}

extension Connection {
    /// Runs `body` in a transaction: commits when it returns, rolls back when it throws.
    ///
    /// When the rollback fails too, the error thrown is the one from `body`.
    /// - Throws: the error from `body`, or ``SQLiteError`` when BEGIN or COMMIT fails.
    public func inTransaction<T>(
        _ kind: TransactionKind = .immediate, _ body: () throws -> T
    ) throws -> T {
        try execute(sql: "BEGIN \(kind.rawValue) TRANSACTION")
        let result: T
        do {
            result = try body()
        } catch {
            try? execute(sql: "ROLLBACK")
            throw error
        }
        do {
            try execute(sql: "COMMIT")
        } catch {
            if isInTransaction { try? execute(sql: "ROLLBACK") }
            throw error
        }
        return result
    }

    /// Runs `body` in a savepoint: released when it returns, rolled back when it throws, while
    /// the enclosing transaction goes on.
    ///
    /// When the rollback fails too, the error thrown is the one from `body`.
    /// - Throws: the error from `body`, or ``SQLiteError`` when the savepoint cannot be made.
    public func inSavepoint<T>(_ body: () throws -> T) throws -> T {
        try execute(sql: "SAVEPOINT newsarchive_savepoint")
        do {
            let result = try body()
            try execute(sql: "RELEASE SAVEPOINT newsarchive_savepoint")
            return result
        } catch {
            try? execute(sql: "ROLLBACK TO SAVEPOINT newsarchive_savepoint")
            try? execute(sql: "RELEASE SAVEPOINT newsarchive_savepoint")
            throw error
        }
    }
}
