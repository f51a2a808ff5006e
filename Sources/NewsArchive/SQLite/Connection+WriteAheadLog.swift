import CSQLite
import Glibc

extension Connection {
    /// True when the database's write-ahead log holds nothing to checkpoint: the log file is
    /// empty or absent (also for a database that keeps no log, or one in memory).
    ///
    /// SQLite checkpoints the log when the last connection closes; a connection that is never
    /// closed leaves what the log holds to the next connection, which must then read all of it
    /// to open the database.
    public var writeAheadLogIsEmpty: Bool {
        guard let name = sqlite3_db_filename(handle, "main"), name.pointee != 0,
            let log = sqlite3_filename_wal(name)
        else { return true }
        var status = stat()
        return stat(log, &status) != 0 || status.st_size == 0
    }
}
