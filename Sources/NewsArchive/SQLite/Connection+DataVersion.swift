extension Connection {
    /// A number that changes when another connection commits to the database: compare two
    /// readings from this connection to learn whether the data may have changed in between.
    ///
    /// ```swift
    /// let before = try connection.dataVersion()
    /// // ... another process commits ...
    /// try connection.dataVersion() != before   // true
    /// ```
    ///
    /// Readings from different connections cannot be compared, and this connection's own
    /// commits leave the number as it is.
    /// - Throws: ``SQLiteError`` when the database cannot be read.
    public func dataVersion() throws -> Int {
        // "The integer values returned by two invocations of "PRAGMA data_version" from the
        // same connection will be different if changes were committed to the database by any
        // other connection in the interim. The "PRAGMA data_version" value is unchanged for
        // changes committed on the same database connection."
        // (https://www.sqlite.org/pragma.html#pragma_data_version)
        try scalarInt(sql: "PRAGMA data_version") ?? 0
    }
}
