"""Speed of the whole extraction (split, mentions, cues, rules, table) on one process.

Runs `stancenet.Extractor.run` over the team-written demo corpus
(``stancenet/data/demo/corpus.jsonl``) repeated until there are at least ``--sentences``
sentences, and prints sentences per second and documents per second (wall clock and CPU
time). The compiled extractor is built first and timed separately. The tokenizer remembers
how each word is cut, and a repeated corpus repeats its words, so the figure is somewhat
kinder than one pass over text never seen before. Run: ``python benchmarks/bench_extract.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from importlib import resources

import pandas as pd

from stancenet.extract import Extractor
from stancenet.text import split_sentences


def demo_documents() -> pd.DataFrame:
    """The demo corpus as a documents table."""
    text = resources.files("stancenet").joinpath("data/demo/corpus.jsonl").read_text("utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    return pd.DataFrame(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=20_000,
                        help="repeat the corpus until it has at least this many sentences")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best is printed")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    extractor = Extractor()
    compile_seconds = time.perf_counter() - started

    base = demo_documents()
    per_copy = sum(len(split_sentences(t)) for t in base["text"])
    copies = max(1, -(-args.sentences // per_copy))
    docs = pd.concat(
        [base.assign(doc_id=base["doc_id"] + f"#{k}") for k in range(copies)], ignore_index=True
    )
    n_sentences = per_copy * copies
    extractor.run(docs.head(20), progress=False)  # warm the caches

    best = best_cpu = float("inf")
    for _ in range(args.repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = extractor.run(docs, progress=False)
        best = min(best, time.perf_counter() - started)
        best_cpu = min(best_cpu, time.process_time() - started_cpu)
    print(f"compile (registry + lexicon + rules): {compile_seconds:.2f}s")
    print(f"documents: {len(docs)}  sentences: {n_sentences}  statements: {len(result.statements)}"
          f"  errors: {result.n_errors}")
    print(f"one process, best of {args.repeat}: {best:.2f}s  "
          f"{n_sentences / best:,.0f} sentences/s  {len(docs) / best:,.0f} documents/s")
    # CPU time of this process: steadier than wall-clock time on a shared (virtual) machine
    print(f"CPU time, best of {args.repeat}: {best_cpu:.2f}s  "
          f"{n_sentences / best_cpu:,.0f} sentences/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
