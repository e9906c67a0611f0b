"""Example data shipped with stancenet: the demo corpus and the extraction gold standard."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pandas as pd

__all__ = ["demo_corpus", "demo_corpus_path", "gold_path", "data_path"]


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
    """Return the folder of the packaged extraction gold standard.

    Load it with `stancenet.extract.load_gold` (``sn.load_gold()``).
    """
    return data_path("gold")
