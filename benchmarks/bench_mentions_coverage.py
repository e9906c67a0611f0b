"""Mention coverage on real news: how many human-coded actor spans a mention reaches.

Reads ``../shared/data/upetrarch_ar_dev.jsonl`` (336 sentences of 2006-2008 news with
human-coded source and target spans of PROTEST and ASSAULT events; measured only, never copied
into the project), finds the mentions of each sentence with
:class:`stancenet.extract.mentions.MentionMatcher` and prints, for source and target spans:

- overlap: share of spans that share at least one word with some mention of their text;
- half: share of spans of which one mention holds at least half of the words (the criterion
  of ``benchmarks/bench_upetrarch.py``).

Words are compared in the matching form of `stancenet.text.normalize`, with a conjunction و
or a clitic preposition ب/ل/ك stripped from a word when what is left is a word of the other
side. Only figures are printed. Run: ``python benchmarks/bench_mentions_coverage.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from stancenet.extract.mentions import MentionMatcher
from stancenet.text import normalize, split_sentences

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "upetrarch_ar_dev.jsonl"
_PUNCTUATION = ".,،:؛;\"'«»()[]-"
_CLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل")


def words(text: str) -> set[str]:
    """Normalised words of a span, punctuation dropped."""
    out = set()
    for word in str(text or "").split():
        word = normalize(word).strip(_PUNCTUATION)
        if word:
            out.add(word)
    return out


def _same(word: str, others: set[str]) -> bool:
    """``word`` is in ``others``, up to a clitic on either side (ولل/لل keep the article)."""
    if word in others:
        return True
    for clitic in _CLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 2:
            rest = word[len(clitic):]
            if rest in others or (clitic.endswith("ل") and rest.startswith("ل")
                                  and "ا" + rest in others):
                return True
        if clitic + word in others:
            return True
    return False


def coverage(rows: list[dict], matcher: MentionMatcher) -> dict[str, tuple[int, int, int]]:
    """For 'source' and 'target': (spans, spans overlapped, spans half-covered)."""
    result = {}
    mention_words = []
    for row in rows:
        found = [m for s in split_sentences(row["text"]) for m in matcher.find(s)]
        mention_words.append([words(m.text) for m in found])
    for side in ("source", "target"):
        n = n_overlap = n_half = 0
        for row, mentions in zip(rows, mention_words, strict=True):
            gold = words(row[f"{side}text"])
            if not gold:
                continue
            n += 1
            shared = [sum(_same(w, found) for w in gold) for found in mentions]
            n_overlap += any(k > 0 for k in shared)
            n_half += any(k >= len(gold) / 2 for k in shared)
        result[side] = (n, n_overlap, n_half)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"no data at {args.data}; nothing to measure", file=sys.stderr)
        return 1
    rows = [json.loads(line) for line in args.data.read_text("utf-8").splitlines() if line.strip()]
    started = time.process_time()
    matcher = MentionMatcher()
    figures = coverage(rows, matcher)
    elapsed = time.process_time() - started
    print(f"sentences: {len(rows)}  matcher: {matcher!r}  cpu: {elapsed:.2f}s")
    for side, (n, n_overlap, n_half) in figures.items():
        print(f"{side:6s} spans: {n}  overlap: {n_overlap / max(n, 1):.3f} ({n_overlap})  "
              f"half: {n_half / max(n, 1):.3f} ({n_half})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
