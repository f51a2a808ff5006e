#!/usr/bin/env python3
"""Prepare the benchmark corpora from the BBC News corpus (../shared/corpus/bbc).

For each scale S (1 and, by default, 20) it writes under OUT/xS/:

  text/        a tree of text files. At 1x the original files byte for byte (so the Latin-1
               sport/199.txt stays Latin-1). At S>1, S copies in text/copy-NN/<topic>/NNN.txt:
               copy 01 is the original, copy k >= 2 has " (copy k)" appended to its headline
               line, so every copy has a distinct key (its path) and distinct content (no copy
               is an exact duplicate of another copy; the corpus's own 98 duplicate files stay
               duplicates within each copy).
  corpus.jsonl the same articles as JSON Lines records {"id", "title", "text"}: id is
               bbc/<topic>/NNN (bbc/copy-NN/<topic>/NNN at S>1), title the headline line, text
               the paragraphs after it.
  .complete    written last; a tree with it is reused as it is.

Nothing of the corpus is copied into the repository: OUT is Benchmarks/work/ (git-ignored).
"""

import argparse
import json
import os
import shutil
import sys
from pathlib import Path


def decode(raw: bytes) -> str:
    """UTF-8 (without BOM) or, for the odd Latin-1 file, Windows-1252 as newsarchive reads it."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def split_article(text: str) -> tuple[str, str]:
    """BBC layout: the headline line, a blank line, then paragraphs."""
    text = text.replace("\r\n", "\n")
    headline, _, rest = text.partition("\n")
    return headline.strip(), rest.strip("\n")


def source_files(source: Path) -> list[Path]:
    files = sorted(p for p in source.rglob("*.txt") if p.is_file() and not p.name.startswith("."))
    if not files:
        sys.exit(f"prepare_corpus: no .txt files under {source}")
    return files


def write_scale(source: Path, out: Path, scale: int, files: list[Path]) -> None:
    target = out / f"x{scale}"
    marker = target / ".complete"
    expected = f"{len(files)} files x {scale}\n"
    if marker.exists() and marker.read_text() == expected:
        print(f"  x{scale}: reusing {target}", file=sys.stderr)
        return
    if target.exists():
        shutil.rmtree(target)
    (target / "text").mkdir(parents=True)
    records = 0
    with open(target / "corpus.jsonl", "w", encoding="utf-8", newline="\n") as jsonl:
        for copy in range(1, scale + 1):
            for path in files:
                relative = path.relative_to(source)
                raw = path.read_bytes()
                if scale == 1:
                    text_path = target / "text" / relative
                    key = f"bbc/{relative.with_suffix('').as_posix()}"
                else:
                    text_path = target / "text" / f"copy-{copy:02d}" / relative
                    key = f"bbc/copy-{copy:02d}/{relative.with_suffix('').as_posix()}"
                    if copy > 1:
                        # Change the headline in bytes so the file keeps its encoding.
                        first, newline, rest = raw.partition(b"\n")
                        first = first.rstrip(b"\r") + f" (copy {copy})".encode("ascii")
                        raw = first + newline + rest
                text_path.parent.mkdir(parents=True, exist_ok=True)
                text_path.write_bytes(raw)
                title, body = split_article(decode(raw))
                jsonl.write(json.dumps({"id": key, "title": title, "text": body}, ensure_ascii=False))
                jsonl.write("\n")
                records += 1
    marker.write_text(expected)
    size = os.path.getsize(target / "corpus.jsonl") / 1e6
    print(f"  x{scale}: wrote {records} articles to {target} ({size:.0f} MB of JSON Lines)", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, required=True, help="the BBC corpus folder")
    parser.add_argument("--out", type=Path, required=True, help="where the corpora go")
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 20])
    args = parser.parse_args()
    if not args.source.is_dir():
        sys.exit(f"prepare_corpus: the corpus folder {args.source} is missing")
    files = source_files(args.source)
    for scale in args.scales:
        write_scale(args.source, args.out, scale, files)


if __name__ == "__main__":
    main()
