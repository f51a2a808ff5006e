#ifndef NEWSARCHIVE_CSQLITE_SHIM_H
#define NEWSARCHIVE_CSQLITE_SHIM_H

#include <sqlite3.h>

// sqlite3_db_config is variadic, which Swift cannot call: one non-variadic wrapper per use.
static inline int newsarchive_db_config_defensive(sqlite3 *db, int on) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, on, (int *)0);
}

// sqlite3_config is variadic too. Without memory statistics, SQLite's allocator takes no global
// mutex around each malloc and free.
static inline int newsarchive_config_memstatus(int on) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, on);
}

#endif
