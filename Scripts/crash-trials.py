#!/usr/bin/env python3
"""Kill an ingest with SIGKILL at random moments and check that nothing is half-stored.

    Scripts/crash-trials.py [--trials 20] [--corpus ../shared/corpus/bbc] [--bin .build/release/newsarchive]

First a clean ingest of the corpus gives the reference: each article key with its number of
quotes and person mentions. Then, for each trial, a fresh database is ingested and the process
killed with SIGKILL after a random delay. After each kill:
  - PRAGMA integrity_check is "ok", and both FTS5 indexes pass their 'integrity-check';
  - every stored article has exactly the reference's quotes and mentions (all or none);
  - re-running the same ingest finishes and leaves exactly the reference's articles.
Exits non-zero if any trial fails.
"""
import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time


def ingest(binary, db, corpus, wait=True):
    args = [binary, "ingest", "--quiet", "--db", db, corpus]
    if wait:
        return subprocess.run(args, capture_output=True, text=True)
    return subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def migrated(con):
    """A process killed before its first migration committed leaves a database with no tables."""
    return con.execute(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'articles'").fetchone()[0] == 1


def snapshot(db):
    con = sqlite3.connect(db)
    if not migrated(con):
        con.close()
        return {}
    rows = con.execute(
        """SELECT a.key,
                  (SELECT count(*) FROM quotes q WHERE q.article_id = a.id),
                  (SELECT count(*) FROM person_mentions m WHERE m.article_id = a.id)
           FROM articles a""").fetchall()
    con.close()
    return {key: (quotes, mentions) for key, quotes, mentions in rows}


def check(db, reference):
    problems = []
    con = sqlite3.connect(db)
    result = con.execute("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":
        problems.append(f"integrity_check: {result}")
    for table in ("articles_fts", "quotes_fts") if migrated(con) else ():
        try:
            con.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as error:
            problems.append(f"{table}: {error}")
    con.close()
    for key, counts in snapshot(db).items():
        if reference.get(key) != counts:
            problems.append(f"{key}: stored {counts}, expected {reference.get(key)}")
    return problems


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--corpus", default=os.path.join(root, "..", "shared", "corpus", "bbc"))
    parser.add_argument("--bin", default=os.path.join(root, ".build", "release", "newsarchive"))
    parser.add_argument("--seed", type=int, default=None, help="random seed, for a repeatable run")
    args = parser.parse_args()
    if not os.access(args.bin, os.X_OK):
        sys.exit(f"{args.bin} is not built: run 'swift build -c release' first")
    rng = random.Random(args.seed)

    with tempfile.TemporaryDirectory() as folder:
        reference_db = os.path.join(folder, "reference.sqlite")
        started = time.monotonic()
        done = ingest(args.bin, reference_db, args.corpus)
        duration = time.monotonic() - started
        if done.returncode != 0:
            sys.exit(f"reference ingest failed: {done.stderr.strip()}")
        reference = snapshot(reference_db)
        print(f"reference: {len(reference)} articles in {duration:.2f} s")

        failures = 0
        for trial in range(1, args.trials + 1):
            db = os.path.join(folder, f"trial-{trial}.sqlite")
            delay = rng.uniform(0.05, duration)
            process = ingest(args.bin, db, args.corpus, wait=False)
            time.sleep(delay)
            killed = process.poll() is None
            if killed:
                process.send_signal(signal.SIGKILL)
            process.wait()
            stored = len(snapshot(db)) if os.path.exists(db) else 0
            problems = check(db, reference) if os.path.exists(db) else []
            rerun = ingest(args.bin, db, args.corpus)
            final = snapshot(db)
            if rerun.returncode != 0:
                problems.append(f"re-run failed: {rerun.stderr.strip()[-300:]}")
            if set(final) != set(reference):
                problems.append(f"after re-run: {len(final)} articles, expected {len(reference)}")
            problems += [p for p in check(db, reference) if p not in problems]
            status = "ok" if not problems else "FAILED"
            print(f"trial {trial:2}: killed after {delay:5.2f} s ({'mid-run' if killed else 'after the end'}), "
                  f"{stored:5} articles stored, re-run to {len(final)}: {status}")
            for problem in problems[:5]:
                print(f"    {problem}")
            failures += bool(problems)
        print(f"{args.trials - failures} passed, {failures} failed")
        sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
