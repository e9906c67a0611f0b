"""Checks that the extraction gold standards in ``stancenet/data/`` are well formed.

Eight sets share one format: ``gold/`` (the development set the extraction rules were tuned
on), ``gold_dev2/`` (a second development set, written to be read with the extractor's errors),
``gold_heldout/``, ``gold_test/``, ``gold_test2/``, ``gold_test3/``, ``gold_test4/`` and
``gold_test5/`` (written blind to the extractor and scored once; ``gold_test/`` also blind to
the held-out texts, ``gold_test2/`` blind to the held-out and test texts, ``gold_test3/`` blind
to the texts of all three, ``gold_test4/`` blind to the texts of all four, ``gold_test5/`` blind
to the texts of the four test sets). The
gold sets measure extraction, so these tests only check their shape and their ids (against the
packaged registry and the id conventions), never what the extractor finds. The checks of
shape and ids run on every set; each set has its own minimum counts.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
import yaml

import stancenet
from stancenet.extract.cues import CATEGORIES as CUE_CATEGORIES
from stancenet.registry import Registry, default_registry
from stancenet.schema import validate_statements
from stancenet.text import normalize

GOLD = Path(stancenet.__file__).parent / "data" / "gold"
HELDOUT = Path(stancenet.__file__).parent / "data" / "gold_heldout"
TEST = Path(stancenet.__file__).parent / "data" / "gold_test"
TEST2 = Path(stancenet.__file__).parent / "data" / "gold_test2"
TEST3 = Path(stancenet.__file__).parent / "data" / "gold_test3"
TEST4 = Path(stancenet.__file__).parent / "data" / "gold_test4"
TEST5 = Path(stancenet.__file__).parent / "data" / "gold_test5"
DEV2 = Path(stancenet.__file__).parent / "data" / "gold_dev2"
GOLD_SETS = {
    "gold": GOLD,
    "gold_heldout": HELDOUT,
    "gold_test": TEST,
    "gold_test2": TEST2,
    "gold_test3": TEST3,
    "gold_test4": TEST4,
    "gold_test5": TEST5,
    "gold_dev2": DEV2,
}
ACTOR_FILES = Path(stancenet.__file__).parent / "registry" / "data" / "actors"
ADDITIONS = ACTOR_FILES / "90_additions.yaml"
DOCUMENT_FIELDS = ("doc_id", "date", "title", "text")
STATEMENT_FIELDS = ("doc_id", "sentence", "source", "target", "polarity", "category", "note")

CATEGORIES = frozenset(CUE_CATEGORIES)
# the sign each cue family takes under the annotation conventions (README.md);
# demand and affiliation take either sign
NEGATIVE_CATEGORIES = frozenset({"disapprove", "accuse", "reject", "threaten", "protest", "attack"})
POSITIVE_CATEGORIES = frozenset({"support", "praise", "cooperate", "consult", "appeal"})

MIN_DOCUMENTS = 24
MIN_DOCUMENTS_WITH_STATEMENTS = 24
MIN_DOCUMENTS_WITHOUT_STATEMENTS = 2
MIN_SENTENCES_WITH_STATEMENTS = 110
MIN_STATEMENT_ROWS = 150
MIN_ROWS_PER_CATEGORY = 3

# the held-out set (gold_heldout/README.md): 12 documents of 5-9 sentences, one of them
# without any stance, at least 70 statement rows covering at least 10 of the categories
HELDOUT_DOCUMENTS = 12
HELDOUT_MIN_DOCUMENTS_WITHOUT_STATEMENTS = 1
HELDOUT_MIN_STATEMENT_ROWS = 70
HELDOUT_MIN_CATEGORIES = 10
HELDOUT_SENTENCES_PER_DOCUMENT = range(5, 10)

# the blind test set (gold_test/README.md): 12 documents of 5-9 sentences, one of them
# without any stance, at least 90 statement rows covering all the categories
TEST_DOCUMENTS = 12
TEST_MIN_DOCUMENTS_WITHOUT_STATEMENTS = 1
TEST_MIN_STATEMENT_ROWS = 90
# the second blind test set (gold_test2/README.md): 12 documents of 5-9 sentences, one of
# them without any stance, at least 110 statement rows covering all the categories
TEST2_DOCUMENTS = 12
TEST2_MIN_DOCUMENTS_WITHOUT_STATEMENTS = 1
TEST2_MIN_STATEMENT_ROWS = 110
# the third blind test set (gold_test3/README.md): 16 documents of 5-9 sentences, one of
# them without any stance, at least 160 statement rows covering all the categories
TEST3_DOCUMENTS = 16
TEST3_MIN_DOCUMENTS_WITHOUT_STATEMENTS = 1
TEST3_MIN_STATEMENT_ROWS = 160
# the fourth blind test set (gold_test4/README.md): 16 documents of 5-9 sentences, one of
# them without any stance, at least 160 statement rows covering all the categories
TEST4_DOCUMENTS = 16
TEST4_MIN_DOCUMENTS_WITHOUT_STATEMENTS = 1
TEST4_MIN_STATEMENT_ROWS = 160
# the fifth blind test set (gold_test5/README.md): 16 documents of 5-6 sentences, one of
# them without any stance, at least 200 statement rows covering all the categories
TEST5_DOCUMENTS = 16
TEST5_MIN_DOCUMENTS_WITHOUT_STATEMENTS = 1
TEST5_MIN_STATEMENT_ROWS = 200
# the second development set (gold_dev2/README.md): 30 short documents of 2-5 sentences,
# at least 150 statement rows covering all the categories
DEV2_DOCUMENTS = 30
DEV2_MIN_STATEMENT_ROWS = 150
DEV2_SENTENCES_PER_DOCUMENT = range(2, 6)
# the later sets' counts: (documents, minimum without any statement, minimum statement rows)
LATER_SET_MINIMUMS = {
    "gold_heldout": (HELDOUT_DOCUMENTS, HELDOUT_MIN_DOCUMENTS_WITHOUT_STATEMENTS,
                     HELDOUT_MIN_STATEMENT_ROWS),
    "gold_test": (TEST_DOCUMENTS, TEST_MIN_DOCUMENTS_WITHOUT_STATEMENTS, TEST_MIN_STATEMENT_ROWS),
    "gold_test2": (TEST2_DOCUMENTS, TEST2_MIN_DOCUMENTS_WITHOUT_STATEMENTS,
                   TEST2_MIN_STATEMENT_ROWS),
    "gold_test3": (TEST3_DOCUMENTS, TEST3_MIN_DOCUMENTS_WITHOUT_STATEMENTS,
                   TEST3_MIN_STATEMENT_ROWS),
    "gold_test4": (TEST4_DOCUMENTS, TEST4_MIN_DOCUMENTS_WITHOUT_STATEMENTS,
                   TEST4_MIN_STATEMENT_ROWS),
    "gold_test5": (TEST5_DOCUMENTS, TEST5_MIN_DOCUMENTS_WITHOUT_STATEMENTS,
                   TEST5_MIN_STATEMENT_ROWS),
    "gold_dev2": (DEV2_DOCUMENTS, 0, DEV2_MIN_STATEMENT_ROWS),  # (all have statements)
}
# the sets whose statements must cover every cue category at least once
ALL_CATEGORY_SETS = (
    "gold_test",
    "gold_test2",
    "gold_test3",
    "gold_test4",
    "gold_test5",
    "gold_dev2",
)
# the numbered sets of 5-9 sentence documents: folder and doc_id prefix
NUMBERED_SETS = {
    "gold_heldout": (HELDOUT, "heldout", HELDOUT_DOCUMENTS),
    "gold_test": (TEST, "test", TEST_DOCUMENTS),
    "gold_test2": (TEST2, "test2", TEST2_DOCUMENTS),
    "gold_test3": (TEST3, "test3", TEST3_DOCUMENTS),
    "gold_test4": (TEST4, "test4", TEST4_DOCUMENTS),
    "gold_test5": (TEST5, "test5", TEST5_DOCUMENTS),
}

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_COMPOSED = re.compile(r"([a-z]{3})\.([a-z_]+)")
_SENTENCE_BREAK = re.compile(r"(?<=\.) ")


def id_problem(actor_id: str, registry: Registry) -> str | None:
    """Say what is wrong with a gold source/target id, or return None when it is valid.

    Valid ids: a registry actor or issue id; a composed ``{iso3}.{agent}`` id whose prefix
    is a registry state and whose suffix is a registry generic agent; a ``new:`` id whose
    name is written in the normalised form with ``_`` for spaces.
    """
    if registry.get(actor_id) is not None:
        return None
    if actor_id.startswith("new:"):
        name = actor_id[len("new:") :]
        if not name or " " in name:
            return f"{actor_id!r}: a new: id needs a name with '_' for spaces"
        expected = normalize(name.replace("_", " ")).replace(" ", "_")
        if name != expected:
            return f"{actor_id!r}: the name is not normalised (expected 'new:{expected}')"
        return None
    match = _COMPOSED.fullmatch(actor_id)
    if match is None:
        return f"{actor_id!r}: not a registry id, a composed '{{iso3}}.{{agent}}' id or a new: id"
    country, agent = match.groups()
    state = registry.get(country)
    if state is None or getattr(state, "kind", None) != "state":
        return f"{actor_id!r}: {country!r} is not a state in the registry"
    generic = registry.get(agent)
    if generic is None or getattr(generic, "kind", None) != "agent":
        return f"{actor_id!r}: {agent!r} is not a generic agent in the registry"
    return None


@pytest.fixture(scope="module")
def registry() -> Registry:
    return default_registry()


def read_documents(folder: Path) -> list[dict]:
    """Read the ``documents.jsonl`` of a gold folder, one dict per document."""
    with open(folder / "documents.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def read_statements(folder: Path) -> list[dict]:
    """Read the ``statements.csv`` of a gold folder, one dict of strings per row."""
    with open(folder / "statements.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module", params=sorted(GOLD_SETS))
def gold_set(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="module")
def gold_dir(gold_set: str) -> Path:
    return GOLD_SETS[gold_set]


@pytest.fixture(scope="module")
def documents(gold_dir: Path) -> list[dict]:
    return read_documents(gold_dir)


@pytest.fixture(scope="module")
def statements(gold_dir: Path) -> list[dict]:
    return read_statements(gold_dir)


@pytest.fixture(scope="module")
def texts(documents: list[dict]) -> dict[str, str]:
    return {doc["doc_id"]: doc["text"] for doc in documents}


def test_documents_carry_exactly_the_gold_fields(documents):
    for doc in documents:
        assert tuple(doc) == DOCUMENT_FIELDS, f"{doc.get('doc_id')}: fields {tuple(doc)}"
        for field in DOCUMENT_FIELDS:
            assert isinstance(doc[field], str) and doc[field].strip(), (
                f"{doc['doc_id']}: field {field!r} is empty or not a string"
            )


def test_document_dates_are_real_iso_dates(documents):
    for doc in documents:
        assert _DATE.fullmatch(doc["date"]), f"{doc['doc_id']}: date {doc['date']!r}"
        dt.date.fromisoformat(doc["date"])


def test_document_ids_are_unique(documents):
    repeated = [doc_id for doc_id, n in Counter(d["doc_id"] for d in documents).items() if n > 1]
    assert not repeated


def test_document_texts_are_arabic_with_english_titles(documents):
    arabic = re.compile(r"[\u0600-\u06FF]")
    for doc in documents:
        assert len(arabic.findall(doc["text"])) > 0.5 * len(doc["text"].replace(" ", "")), (
            f"{doc['doc_id']}: text is not mostly Arabic"
        )
        assert not arabic.search(doc["title"]), f"{doc['doc_id']}: title is not English"


def test_statements_have_the_gold_columns(statements, gold_dir):
    with open(gold_dir / "statements.csv", encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert tuple(header) == STATEMENT_FIELDS
    for row in statements:
        for field in ("doc_id", "sentence", "source", "target", "polarity", "category"):
            assert row[field].strip(), f"empty {field!r} in {row}"


def test_every_statement_document_exists(statements, texts):
    unknown = sorted({row["doc_id"] for row in statements} - set(texts))
    assert not unknown


def test_every_sentence_occurs_verbatim_in_its_document(statements, texts):
    missing = [
        (row["doc_id"], row["sentence"][:40])
        for row in statements
        if row["sentence"] not in texts.get(row["doc_id"], "")
    ]
    assert not missing


def test_polarity_is_written_plus_or_minus_one(statements):
    bad = [row["polarity"] for row in statements if row["polarity"] not in {"+1", "-1"}]
    assert not bad


def test_categories_come_from_the_cue_families(statements):
    unknown = sorted({row["category"] for row in statements} - CATEGORIES)
    assert not unknown


def test_category_signs_follow_the_annotation_conventions(statements):
    wrong = [
        (row["doc_id"], row["source"], row["target"], row["category"], row["polarity"])
        for row in statements
        if (row["category"] in NEGATIVE_CATEGORIES and row["polarity"] != "-1")
        or (row["category"] in POSITIVE_CATEGORIES and row["polarity"] != "+1")
    ]
    assert not wrong


def test_every_source_and_target_id_is_known_composed_or_new(statements, registry):
    problems = sorted(
        {
            problem
            for row in statements
            for actor_id in (row["source"], row["target"])
            if (problem := id_problem(actor_id, registry)) is not None
        }
    )
    assert not problems


def test_sources_are_actors_never_issues(statements, registry):
    issue_sources = sorted({r["source"] for r in statements if r["source"] in registry.issues})
    assert not issue_sources


def test_new_ids_name_someone_in_the_sentence(statements):
    for row in statements:
        for actor_id in (row["source"], row["target"]):
            if actor_id.startswith("new:"):
                name = actor_id[len("new:") :].replace("_", " ")
                assert name in normalize(row["sentence"]), f"{actor_id} not in its sentence"


def test_no_actor_takes_a_stance_toward_itself(statements):
    assert not [row for row in statements if row["source"] == row["target"]]


def test_no_statement_row_is_repeated(statements):
    keys = Counter(
        (r["doc_id"], r["sentence"], r["source"], r["target"], r["polarity"]) for r in statements
    )
    assert not [key for key, n in keys.items() if n > 1]


def test_statements_pass_the_statements_schema(registry, gold_dir):
    table = validate_statements(pd.read_csv(gold_dir / "statements.csv"), registry=registry)
    assert set(table["polarity"].unique()) <= {1, -1}


def test_counts_reach_the_minimums(documents, statements, gold_set):
    with_statements = {row["doc_id"] for row in statements}
    if gold_set in LATER_SET_MINIMUMS:
        n_documents, min_without, min_rows = LATER_SET_MINIMUMS[gold_set]
        assert len(documents) == n_documents
        assert len(documents) - len(with_statements) >= min_without
        assert len(statements) >= min_rows
        return
    assert len(documents) >= MIN_DOCUMENTS
    assert len(with_statements) >= MIN_DOCUMENTS_WITH_STATEMENTS
    assert len(documents) - len(with_statements) >= MIN_DOCUMENTS_WITHOUT_STATEMENTS
    sentences = {(row["doc_id"], row["sentence"]) for row in statements}
    assert len(sentences) >= MIN_SENTENCES_WITH_STATEMENTS
    assert len(statements) >= MIN_STATEMENT_ROWS


def test_every_cue_category_is_covered_several_times(statements, gold_set):
    counts = Counter(row["category"] for row in statements)
    if gold_set == "gold_heldout":
        covered = sorted(category for category in CATEGORIES if counts[category] > 0)
        assert len(covered) >= HELDOUT_MIN_CATEGORIES, covered
        return
    if gold_set in ALL_CATEGORY_SETS:
        missing = sorted(category for category in CATEGORIES if counts[category] == 0)
        assert not missing
        return
    thin = {
        category: counts[category]
        for category in CATEGORIES
        if counts[category] < MIN_ROWS_PER_CATEGORY
    }
    assert not thin


@pytest.mark.parametrize("numbered_set", sorted(NUMBERED_SETS))
def test_blind_set_documents_are_numbered_and_five_to_nine_sentences_long(numbered_set):
    folder, prefix, n_documents = NUMBERED_SETS[numbered_set]
    documents = read_documents(folder)
    expected = [f"{prefix}-{n:02d}" for n in range(1, n_documents + 1)]
    assert [doc["doc_id"] for doc in documents] == expected
    for doc in documents:
        sentences = _SENTENCE_BREAK.split(doc["text"])
        assert all(s.endswith(".") for s in sentences), f"{doc['doc_id']}: a sentence lacks '.'"
        assert len(sentences) in HELDOUT_SENTENCES_PER_DOCUMENT, (
            f"{doc['doc_id']}: {len(sentences)} sentences"
        )


def test_dev2_documents_are_numbered_and_two_to_five_sentences_long():
    documents = read_documents(DEV2)
    expected = [f"dev2-{n:02d}" for n in range(1, DEV2_DOCUMENTS + 1)]
    assert [doc["doc_id"] for doc in documents] == expected
    for doc in documents:
        sentences = _SENTENCE_BREAK.split(doc["text"])
        assert all(s.endswith(".") for s in sentences), f"{doc['doc_id']}: a sentence lacks '.'"
        assert len(sentences) in DEV2_SENTENCES_PER_DOCUMENT, (
            f"{doc['doc_id']}: {len(sentences)} sentences"
        )


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        ("gold", "gold_heldout"),
        ("gold", "gold_test"),
        ("gold_heldout", "gold_test"),
        ("gold", "gold_test2"),
        ("gold_heldout", "gold_test2"),
        ("gold_test", "gold_test2"),
        ("gold", "gold_test3"),
        ("gold_heldout", "gold_test3"),
        ("gold_test", "gold_test3"),
        ("gold_test2", "gold_test3"),
        ("gold", "gold_test4"),
        ("gold_heldout", "gold_test4"),
        ("gold_test", "gold_test4"),
        ("gold_test2", "gold_test4"),
        ("gold_test3", "gold_test4"),
        ("gold", "gold_dev2"),
        ("gold_heldout", "gold_dev2"),
        ("gold_test", "gold_dev2"),
        ("gold_test2", "gold_dev2"),
        ("gold_test3", "gold_dev2"),
        ("gold_test4", "gold_dev2"),
        ("gold", "gold_test5"),
        ("gold_heldout", "gold_test5"),
        ("gold_test", "gold_test5"),
        ("gold_test2", "gold_test5"),
        ("gold_test3", "gold_test5"),
        ("gold_test4", "gold_test5"),
        ("gold_dev2", "gold_test5"),
    ],
)
def test_gold_sets_share_no_document_id_or_sentence(earlier, later):
    first, second = read_documents(GOLD_SETS[earlier]), read_documents(GOLD_SETS[later])
    assert not {d["doc_id"] for d in first} & {d["doc_id"] for d in second}
    first_sentences = {s for d in first for s in _SENTENCE_BREAK.split(d["text"])}
    shared = [
        (d["doc_id"], s[:40])
        for d in second
        for s in _SENTENCE_BREAK.split(d["text"])
        if s in first_sentences
    ]
    assert not shared


def test_registry_additions_do_not_redefine_actors_of_other_files(registry):
    added = [record["id"] for record in yaml.safe_load(ADDITIONS.read_text("utf-8"))["actors"]]
    elsewhere = {
        record["id"]
        for path in ACTOR_FILES.glob("*.yaml")
        if path != ADDITIONS
        for record in (yaml.safe_load(path.read_text("utf-8")) or {}).get("actors", [])
    }
    assert not sorted(set(added) & elsewhere), "remove these from 90_additions.yaml"
    problems = [p for p in registry.validate() if any(repr(i) in p for i in added)]
    assert not problems


@pytest.mark.parametrize(
    "actor_id",
    [
        "muqtada_al_sadr",
        "us_withdrawal",
        "irq.army",
        "usa.national_security_council",
        "new:احسان_الشمري",
    ],
)
def test_id_check_accepts_registry_composed_and_new_ids(actor_id, registry):
    assert id_problem(actor_id, registry) is None


@pytest.mark.parametrize(
    "actor_id",
    [
        "no_such_actor",
        "irq.no_such_agent",
        "zzz.army",
        "irq.muqtada_al_sadr",
        "new:",
        "new:إحسان_الشمري",
        "new:احسان الشمري",
    ],
)
def test_id_check_rejects_unknown_and_malformed_ids(actor_id, registry):
    assert id_problem(actor_id, registry) is not None
