"""Extraction against the later development sets (gold_heldout, gold_dev2) and the blind sets.

gold_heldout was written blind to the extractor and scored once (F1 0.354); after that it was
used to develop rules, so it is guarded here like the first development set. gold_dev2 was
written to be read (F1 0.326 before any rule was written from it) and is guarded the same way.
gold_test, gold_test2, gold_test3, gold_test4 and gold_test5 are the blind sets: they are scored in their
READMEs and the closing notes, never used to develop rules, and so carry no threshold here (a
floor would invite tuning on them); the test only checks that every one of their documents is
read.
"""

from __future__ import annotations

from importlib import resources

import pytest

from stancenet.extract import Extractor, evaluate, load_gold

_DATA = resources.files("stancenet").joinpath("data")


def _present(name: str) -> bool:
    folder = _DATA.joinpath(name)
    return folder.joinpath("statements.csv").is_file() and folder.joinpath(
        "documents.jsonl").is_file()


# the later development sets and their floors (F1, precision). gold_heldout: 0.516 (P 0.679)
# at the end of the first day's development on it; 0.669 (P 0.798, R 0.577) at b2f4046, after
# the second day's general rules; 0.678 (P 0.808) at 796cab3; 0.675 (P 0.800) at 0539dbb,
# after demonstrators became protesters. gold_dev2: 0.326 (P 0.573) before any rule was
# written from it; 0.408 (P 0.688) at 0539dbb.
_DEVELOPMENT_FLOORS = {"gold_heldout": (0.64, 0.75), "gold_dev2": (0.38, 0.64)}


@pytest.mark.parametrize("name", sorted(_DEVELOPMENT_FLOORS))
def test_later_development_set_f1_does_not_regress(name):
    if not _present(name):
        pytest.skip(f"{name} files are absent")
    gold = load_gold(_DATA.joinpath(name))
    result = evaluate(gold, Extractor().run(gold.documents).statements)
    f1, precision = _DEVELOPMENT_FLOORS[name]
    assert result.f1 >= f1, str(result)
    assert result.precision >= precision, str(result)


@pytest.mark.parametrize("name", ["gold_test", "gold_test2", "gold_test3", "gold_test4", "gold_test5"])
def test_blind_test_documents_are_all_read(name):
    if not _present(name):
        pytest.skip(f"{name} files are absent")
    gold = load_gold(_DATA.joinpath(name))
    documents = Extractor().run(gold.documents).documents
    assert len(documents) == len(gold.documents)
    assert (documents["status"] == "ok").all()
