#!/usr/bin/env python3
"""FTS5 index options measured on a real archive: which detail level and prefix indexes to use.

Copies the articles of an archive that newsarchive ingested into a scratch database once per
variant of the articles index (the archive's own options; prefix indexes; detail=column), then
times the benchmark's search queries on each with the sqlite3 shell (median of --runs runs,
variants interleaved) and prints index size and per-query medians as a Markdown table.

    Benchmarks/index_options.py ARCHIVE [--runs 15] [--scratch DIR]

Needs the sqlite3 command-line shell (Debian's sqlite3 package). Writes nothing but scratch
databases, removed at the end.
"""
import argparse
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TOKENIZE = "porter unicode61 remove_diacritics 2"
VARIANTS = {
    "archive (detail=full)": "",
    "prefix='2 3 4'": ", prefix = '2 3 4'",
    "detail=column": ", detail = column",
}
QUERIES = [
    "said", "government", "kilroy", "eurovision", '"prime minister"', '"world cup"',
    "technolog*", "elect*", "champion*", "blair brown election", "oil price dollar",
]


def build(archive: Path, target: Path, options: str) -> int:
    """Builds one variant; returns the index's size in bytes."""
    connection = sqlite3.connect(target)
    connection.executescript(f"""
        ATTACH '{archive}' AS source;
        CREATE TABLE articles (id INTEGER PRIMARY KEY, headline TEXT, standfirst TEXT, body TEXT);
        INSERT INTO articles SELECT id, headline, standfirst, body FROM source.articles;
        CREATE VIRTUAL TABLE f USING fts5(headline, standfirst, body, content = 'articles',
            content_rowid = 'id', tokenize = '{TOKENIZE}'{options});
        INSERT INTO f(f) VALUES('rebuild');
        INSERT INTO f(f, rank) VALUES('rank', 'bm25(10.0, 4.0, 1.0)');
        INSERT INTO f(f) VALUES('optimize');
        DETACH source;
    """)
    size = connection.execute(
        "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'f\\_%' ESCAPE '\\'").fetchone()[0]
    connection.close()
    return size


def run_query(database: Path, query: str) -> tuple[float, str]:
    sql = (f"SELECT rowid, snippet(f, -1, '[', ']', '...', 10) FROM f WHERE f MATCH "
           f"'{query.replace(chr(39), chr(39) * 2)}' ORDER BY rank LIMIT 20")
    start = time.perf_counter()
    result = subprocess.run(["sqlite3", str(database), sql], capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    return elapsed, result.stderr.strip().splitlines()[0] if result.returncode else ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--scratch", type=Path)
    args = parser.parse_args()
    if shutil.which("sqlite3") is None:
        print("index_options: needs the sqlite3 shell (apt-get install sqlite3)", file=sys.stderr)
        return 1
    scratch = Path(tempfile.mkdtemp(dir=args.scratch))
    try:
        databases, sizes = {}, {}
        for name, options in VARIANTS.items():
            databases[name] = scratch / f"variant{len(databases)}.db"
            sizes[name] = build(args.archive.resolve(), databases[name], options)
        timings = {(name, query): [] for name in VARIANTS for query in QUERIES}
        errors = {}
        for _ in range(args.runs):
            for query in QUERIES:
                for name, database in databases.items():
                    elapsed, error = run_query(database, query)
                    timings[name, query].append(elapsed)
                    if error:
                        errors[name, query] = error
        names = list(VARIANTS)
        print("| query | " + " | ".join(names) + " |")
        print("|---|" + "---:|" * len(names))
        print("| index size | " + " | ".join(f"{sizes[n] / 1e6:.1f} MB" for n in names) + " |")
        for query in QUERIES:
            cells = []
            for name in names:
                if (name, query) in errors:
                    reason = errors[name, query].split(":")[-1].split("(")[0].strip()
                    cells.append("refused: " + reason.replace(" are not ", " not "))
                else:
                    cells.append(f"{statistics.median(timings[name, query]) * 1000:.1f} ms")
            print(f"| `{query}` | " + " | ".join(cells) + " |")
    finally:
        shutil.rmtree(scratch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
