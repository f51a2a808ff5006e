#!/usr/bin/env python3
"""The storage ceiling: load JSON Lines articles into SQLite with nothing but Python's sqlite3.

    bare_load.py DB corpus.jsonl

Creates `articles(id TEXT PRIMARY KEY, title, text)` and a plain FTS5 index `t(title, text)`
over it (external content, the same tokenizer as newsarchive's: porter unicode61
remove_diacritics 2), in one transaction with the journal in WAL mode, as newsarchive does. No
parsing, no extraction, no duplicate detection: what is left is reading JSON, inserting rows
and building the index, which is the least any SQLite + FTS5 archive must pay.

The benchmark also searches this database with the sqlite3 shell as the baseline for search
latency: key, headline, a 24-token snippet and rank of the best 20 matches (bench.py, shell_sql).
"""

import json
import sqlite3
import sys


def rows(path):
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            yield record["id"], record.get("title", ""), record["text"]


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit("usage: bare_load.py DB corpus.jsonl")
    db, corpus = sys.argv[1:]
    connection = sqlite3.connect(db, isolation_level=None)
    connection.executescript(
        """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        CREATE TABLE articles (id TEXT PRIMARY KEY, title TEXT NOT NULL, text TEXT NOT NULL);
        CREATE VIRTUAL TABLE t USING fts5 (
            title, text, content = 'articles', content_rowid = 'rowid',
            tokenize = 'porter unicode61 remove_diacritics 2'
        );
        """
    )
    connection.execute("BEGIN")
    connection.executemany("INSERT INTO articles (id, title, text) VALUES (?, ?, ?)", rows(corpus))
    # Building the index in one statement after the rows is the cheapest way FTS5 offers.
    connection.execute("INSERT INTO t (rowid, title, text) SELECT rowid, title, text FROM articles")
    connection.execute("COMMIT")
    connection.close()


if __name__ == "__main__":
    main()
