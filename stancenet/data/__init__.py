"""Example data shipped with stancenet: the demo corpus and the extraction gold standard."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pandas as pd

__all__ = ["demo_corpus", "demo_corpus_path", "gold_standard", "gold_path", "data_path"]


def data_path(*parts: str) -> Path:
    """Return the path of a packaged data file (``data_path('demo', 'corpus.jsonl')``)."""
    return Path(str(resources.files("stancenet.data").joinpath(*parts)))


def demo_corpus_path() -> Path:
    """Return the path of the packaged demo corpus (JSON Lines)."""
    return data_path("demo", "corpus.jsonl")


def demo_corpus() -> pd.DataFrame:
    """Load the demo corpus: Arabic news-style documents about Iraqi politics, 2019-2022.

    The documents were written by the stancenet team, in their own words, about real
    public events (see ``stancenet/data/demo/README.md``).

    Returns
    -------
    pandas.DataFrame
        The documents table of `stancenet.read_corpus` (doc_id, text, date, title,
        source, url, problem).
    """
    from stancenet.io import read_corpus

    return read_corpus(demo_corpus_path())


def gold_path() -> Path:
    """Return the folder of the packaged extraction gold standard."""
    return data_path("gold")


def gold_standard() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Load the extraction gold standard: its documents and its hand-coded statements.

    Returns
    -------
    documents : pandas.DataFrame
        The gold documents (a documents table as `stancenet.read_corpus` returns).
    statements : pandas.DataFrame
        The annotated statements: doc_id, sentence, source, target, polarity,
        category, note.
    """
    from stancenet.io import read_corpus

    folder = gold_path()
    documents = read_corpus(folder / "documents.jsonl")
    statements = pd.read_csv(folder / "statements.csv", dtype=str, keep_default_na=False,
                             encoding="utf-8-sig")
    statements["polarity"] = pd.to_numeric(statements["polarity"]).astype("int8")
    return documents, statements
