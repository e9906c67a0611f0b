"""Generalisation to real news: extraction over Universal-PETRARCH's Arabic protest/assault set.

Every line of ``../shared/data/upetrarch_ar_dev.jsonl`` (336 sentences of 2006-2008 news, never
copied into the project) is a PROTEST or ASSAULT event with human-coded source and target spans.
Prints

- event recall: share of sentences with at least one negative statement;
- source recall: share of sentences with a gold source span in which a negative statement's
  ``source_mention`` covers at least half of the span's words;
- target recall: the same for the target span and ``target_mention``.

Words are compared in the matching form of `stancenet.text.normalize`, with a conjunction و
stripped. Run: ``python benchmarks/bench_upetrarch.py [--show N]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import pandas as pd

import stancenet
from stancenet.text import normalize

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "upetrarch_ar_dev.jsonl"


def words(text: str) -> set[str]:
    """Normalised words of a span (conjunction و stripped, punctuation dropped)."""
    out = set()
    for word in str(text or "").split():
        word = normalize(word).strip(".,،:؛;\"'«»()[]")
        if word.startswith("و") and len(word) > 3:
            word = word[1:]
        if word:
            out.add(word)
    return out


def covers(mention: str, gold: set[str]) -> bool:
    """At least half of the gold span's words are in the mention."""
    if not gold:
        return False
    found = words(mention)
    hits = sum(1 for w in gold if w in found or ("و" + w) in found)
    return hits >= len(gold) / 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--show", type=int, default=0, help="print N missed sentences")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"no data at {args.data}; nothing to measure", file=sys.stderr)
        return 1
    rows = [json.loads(line) for line in args.data.read_text("utf-8").splitlines() if line.strip()]
    docs = pd.DataFrame({"doc_id": [f"u{i:04d}" for i in range(len(rows))],
                         "text": [r["text"] for r in rows]})
    started = time.perf_counter()
    statements = stancenet.extract(docs, progress=False)
    elapsed = time.perf_counter() - started
    negative = statements[statements["polarity"] < 0]
    by_doc = {doc_id: group for doc_id, group in negative.groupby("doc_id")}

    n_event = n_source = n_target = 0
    n_source_gold = n_target_gold = 0
    missed = []
    for i, row in enumerate(rows):
        group = by_doc.get(f"u{i:04d}")
        has = group is not None and len(group) > 0
        n_event += has
        gold_source, gold_target = words(row["sourcetext"]), words(row["targettext"])
        if gold_source:
            n_source_gold += 1
            n_source += has and any(covers(m, gold_source) for m in group["source_mention"])
        if gold_target:
            n_target_gold += 1
            n_target += has and any(covers(m, gold_target) for m in group["target_mention"])
        if not has:
            missed.append(row)
    errors = statements.attrs["documents"]["status"].eq("error").sum()
    print(f"sentences: {len(rows)}  statements: {len(statements)}  negative: {len(negative)}  "
          f"document errors: {errors}  time: {elapsed:.2f}s")
    print(f"event recall:  {n_event / len(rows):.3f}  ({n_event}/{len(rows)})")
    print(f"source recall: {n_source / max(n_source_gold, 1):.3f}  ({n_source}/{n_source_gold})")
    print(f"target recall: {n_target / max(n_target_gold, 1):.3f}  ({n_target}/{n_target_gold})")
    for row in missed[: args.show]:
        print("-", row["category"], "|", row["eventtext"], "|", row["sourcetext"], "|",
              row["targettext"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
