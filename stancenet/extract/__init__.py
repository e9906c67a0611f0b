"""Extraction: Arabic news text -> the statements table (mentions, cues, rules, pipeline).

The stages can be used one by one: :class:`MentionMatcher` finds actors and issues,
:class:`Lexicon` finds stance cues, :class:`StatementRules` assembles statements, and
:class:`Extractor` / :func:`extract` run them over a batch of documents. :func:`evaluate`
scores a statements table against a gold standard (:func:`load_gold`).
"""

import sys as _sys
import types as _types

from stancenet.extract.cues import (
    CATEGORIES,
    Cue,
    CueEntry,
    Lexicon,
    LexiconError,
    default_lexicon,
    load_lexicon,
)
from stancenet.extract.evaluate import EvaluationResult, GoldStandard, evaluate, load_gold
from stancenet.extract.mentions import Mention, MentionMatcher
from stancenet.extract.pipeline import (
    DOCUMENT_COLUMNS,
    DocumentsTable,
    ExtractionResult,
    Extractor,
    extract,
)
from stancenet.extract.rules import DocumentState, RuleStatement, StatementRules

__all__ = [
    "CATEGORIES",
    "DOCUMENT_COLUMNS",
    "Cue",
    "CueEntry",
    "DocumentState",
    "DocumentsTable",
    "EvaluationResult",
    "ExtractionResult",
    "GoldStandard",
    "Extractor",
    "Lexicon",
    "LexiconError",
    "Mention",
    "MentionMatcher",
    "RuleStatement",
    "StatementRules",
    "default_lexicon",
    "evaluate",
    "extract",
    "load_gold",
    "load_lexicon",
]


class _CallableModule(_types.ModuleType):
    """``stancenet.extract`` is both this subpackage and the function `extract`.

    Once the subpackage has been imported, Python binds the name ``extract`` of the
    ``stancenet`` package to the module, which would hide the function re-exported there.
    Making the module callable keeps ``stancenet.extract(docs)`` working either way.
    """

    def __call__(self, *args, **kwargs):
        return extract(*args, **kwargs)


_sys.modules[__name__].__class__ = _CallableModule
