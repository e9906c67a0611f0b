"""Extraction against the team's gold standard (stancenet/data/gold): F1 of the triples."""

from __future__ import annotations

from importlib import resources

import pytest

from stancenet.extract import Extractor, evaluate, load_gold

_GOLD = resources.files("stancenet").joinpath("data/gold")
pytestmark = pytest.mark.skipif(
    not (_GOLD.joinpath("statements.csv").is_file() and _GOLD.joinpath("documents.jsonl").is_file()),
    reason="gold standard files are absent",
)


@pytest.fixture(scope="module")
def result():
    gold = load_gold()
    statements = Extractor().run(gold.documents).statements
    return evaluate(gold, statements)


# The product issue asks for F1 >= 0.80 on this set; `stancenet evaluate` measures it. The
# rules were developed against this set, so the figure is optimistic: the held-out set in
# stancenet/data/gold_heldout (written blind to the extractor, scored once) measures how well
# they generalise; see its README and tests/test_extract_heldout.py.
F1_TARGET = 0.80


def test_gold_f1_of_source_target_polarity_reaches_the_target(result):
    assert result.f1 >= F1_TARGET, str(result)


def test_gold_precision_stays_high(result):
    # the statements the rules produce should stay mostly right
    assert result.precision >= 0.80, str(result)


def test_gold_documents_all_extract_without_error():
    gold = load_gold()
    documents = Extractor().run(gold.documents).documents
    assert (documents["status"] == "ok").all()
