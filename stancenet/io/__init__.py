"""Input and output: corpora, statements tables, and graph files for Gephi and friends."""

from __future__ import annotations

import importlib
from typing import Any

from stancenet.io.corpus import DOCUMENT_COLUMNS, CorpusError, CorpusWarning, read_corpus
from stancenet.io.statements import STATEMENT_FORMATS, read_statements, write_statements

_EXPORT_NAMES = ("write_gexf", "write_dynamic_gexf", "write_graphml", "write_tables", "write_json")

__all__ = [
    "DOCUMENT_COLUMNS",
    "CorpusError",
    "CorpusWarning",
    "read_corpus",
    "STATEMENT_FORMATS",
    "read_statements",
    "write_statements",
    *_EXPORT_NAMES,
]


def __getattr__(name: str) -> Any:
    # graph writers live in stancenet.io.export, which imports networkx helpers;
    # load it on first use only
    if name in _EXPORT_NAMES:
        return getattr(importlib.import_module("stancenet.io.export"), name)
    raise AttributeError(f"module 'stancenet.io' has no attribute {name!r}")
