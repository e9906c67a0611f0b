"""Speed of sentence splitting + tokenisation and of mention finding, in sentences per second.

Run: ``/work/venv/bin/python benchmarks/bench_text.py``. Times are CPU time of this process
(``time.process_time``), so a busy machine slows the figures less than wall-clock time would. Uses the demo corpus
(``stancenet/data/demo/corpus.jsonl``) when it exists, else synthetic sentences built from the
registry's aliases, role phrases and filler words. One core, one process.
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

from stancenet.extract.mentions import MentionMatcher
from stancenet.registry import default_registry
from stancenet.text import split_sentences

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "stancenet" / "data" / "demo" / "corpus.jsonl"

FILLER = (
    "قال أكد في على أن إن خلال اليوم الماضي الأسبوع مع بشأن الوضع السياسي الأمني "
    "الاقتصادي الجديد الاتفاق القرار المفاوضات الجلسة البيان الرسمي المؤتمر الصحفي "
    "وأضاف وأوضح بعد قبل التي الذي حول ضرورة دعم رفض موقف"
).split()
ROLE_PHRASES = [
    "المتحدث باسم", "وزير الخارجية", "رئيس الوزراء", "المحلل السياسي أحمد الشريفي",
    "النائب عن", "القيادي في",
]


def synthetic_documents(registry, n_documents: int = 300, seed: int = 0) -> list[str]:
    """Documents of ~10 sentences of ~25 words, a few of them actor/issue names."""
    rng = random.Random(seed)
    names = [a.name_ar for a in registry.actors.values()]
    names += [alias for a in registry.actors.values() for alias in a.aliases_ar]
    names += [k for i in registry.issues.values() for k in i.keywords_ar]
    clitics = ["", "", "", "و", "ب", "ل", "وب"]
    documents = []
    for _ in range(n_documents):
        sentences = []
        for _ in range(10):
            words = [rng.choice(FILLER) for _ in range(20)]
            for _ in range(3):
                words.insert(rng.randrange(len(words)), rng.choice(clitics) + rng.choice(names))
            if rng.random() < 0.3:
                words.insert(rng.randrange(len(words)), rng.choice(ROLE_PHRASES))
            sentences.append(" ".join(words) + rng.choice([".", "؟", ".", "؛"]))
        documents.append(" ".join(sentences))
    return documents


def main() -> None:
    registry = default_registry()
    if DEMO.exists():
        with DEMO.open(encoding="utf-8") as f:
            documents = [json.loads(line)["text"] for line in f if line.strip()]
        source = f"demo corpus ({len(documents)} documents)"
        while sum(len(d) for d in documents) < 1_000_000:
            documents = documents * 2
    else:
        documents = synthetic_documents(registry)
        source = f"synthetic text ({len(documents)} documents)"
    started = time.process_time()
    matcher = MentionMatcher(registry)
    compile_seconds = time.process_time() - started

    started = time.process_time()
    sentences = [s for d in documents for s in split_sentences(d)]
    split_seconds = time.process_time() - started
    n_sentences = len(sentences)
    n_tokens = sum(len(s.tokens) for s in sentences)

    started = time.process_time()
    n_mentions = sum(len(matcher.find(s)) for s in sentences)
    find_seconds = time.process_time() - started

    print(f"input: {source}: {n_sentences} sentences, {n_tokens} tokens")
    print(f"compile matcher: {compile_seconds:.2f} s ({matcher!r})")
    print(f"split + tokenise: {n_sentences / split_seconds:,.0f} sentences/s")
    print(f"find mentions:    {n_sentences / find_seconds:,.0f} sentences/s ({n_mentions} mentions)")
    print(
        "both:             "
        f"{n_sentences / (split_seconds + find_seconds):,.0f} sentences/s"
    )


if __name__ == "__main__":
    main()
