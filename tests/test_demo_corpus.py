"""The packaged demo corpus and its tutorial copies are well-formed and agree with each other."""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

import stancenet as sn
from stancenet.data import data_path, demo_corpus_path
from stancenet.io import CorpusError

REPO = Path(__file__).resolve().parents[1]
TXT_FOLDER = REPO / "examples" / "data" / "txt"
SAMPLE_CSV = data_path("demo", "sample_corpus.csv")
FIELDS = {"doc_id", "date", "title", "source", "url", "text"}
SOURCE = "stancenet demo corpus (team-written)"
DOC_ID = re.compile(r"^demo-(\d{4}-\d{2}-\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$")
# sentence ends: full stop, Arabic question mark, question and exclamation marks
SENTENCE_END = re.compile(r"[.!?\u061f]+(?:\s+|$)")


def _is_arabic_letter(char: str) -> bool:
    return "\u0600" <= char <= "\u06ff" and unicodedata.category(char).startswith("L")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    lines = demo_corpus_path().read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def by_id(records: list[dict]) -> dict[str, dict]:
    return {record["doc_id"]: record for record in records}


def test_every_line_has_exactly_the_documented_fields(records: list[dict]) -> None:
    for record in records:
        assert set(record) == FIELDS, record.get("doc_id")
        assert all(isinstance(record[field], str) for field in FIELDS), record["doc_id"]
        assert record["source"] == SOURCE, record["doc_id"]
        assert record["url"] == "", record["doc_id"]


def test_corpus_has_at_least_40_documents_with_unique_ids(records: list[dict]) -> None:
    ids = [record["doc_id"] for record in records]
    assert len(ids) >= 40
    assert len(set(ids)) == len(ids), [i for i in ids if ids.count(i) > 1]


def test_doc_ids_follow_the_demo_convention_and_carry_the_document_date(
    records: list[dict],
) -> None:
    for record in records:
        match = DOC_ID.match(record["doc_id"])
        assert match, record["doc_id"]
        assert match.group(1) == record["date"], record["doc_id"]


def test_dates_parse_and_span_at_least_18_months_within_2019_2022(records: list[dict]) -> None:
    dates = pd.to_datetime([record["date"] for record in records], format="%Y-%m-%d")
    assert dates.min() >= pd.Timestamp("2019-01-01")
    assert dates.max() <= pd.Timestamp("2022-12-31")
    months = (dates.max().year - dates.min().year) * 12 + dates.max().month - dates.min().month
    assert months >= 18
    # spread out, not a few dates at the ends: documents in every year 2020-2022
    assert {2020, 2021, 2022} <= set(dates.year)


def test_titles_are_nonempty_english(records: list[dict]) -> None:
    for record in records:
        title = record["title"].strip()
        assert title, record["doc_id"]
        assert not any(_is_arabic_letter(c) for c in title), record["doc_id"]
        assert re.search(r"[A-Za-z]{3}", title), record["doc_id"]


def test_texts_are_nonempty_and_mostly_arabic_letters(records: list[dict]) -> None:
    for record in records:
        letters = [c for c in record["text"] if c.isalpha()]
        assert letters, record["doc_id"]
        share = sum(_is_arabic_letter(c) for c in letters) / len(letters)
        assert share >= 0.95, (record["doc_id"], share)


def test_texts_are_single_paragraphs_of_4_to_10_sentences(records: list[dict]) -> None:
    for record in records:
        text = record["text"]
        assert text == " ".join(text.split()), record["doc_id"]
        n_sentences = len(SENTENCE_END.findall(text))
        assert 4 <= n_sentences <= 10, (record["doc_id"], n_sentences)


def test_no_two_documents_share_a_sentence(records: list[dict]) -> None:
    seen: dict[str, str] = {}
    for record in records:
        for sentence in SENTENCE_END.split(record["text"]):
            sentence = sentence.strip()
            if len(sentence) < 20:
                continue
            assert sentence not in seen, (record["doc_id"], seen.get(sentence))
            seen[sentence] = record["doc_id"]


def test_demo_corpus_loads_through_read_corpus_without_problems(records: list[dict]) -> None:
    docs = sn.demo_corpus()
    assert list(docs["doc_id"]) == [record["doc_id"] for record in records]
    assert docs["date"].notna().all()
    assert (docs["problem"] == "").all()


def test_sample_csv_has_foreign_column_names_and_12_demo_documents(
    by_id: dict[str, dict],
) -> None:
    with open(SAMPLE_CSV, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    with open(SAMPLE_CSV, encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert header == ["id", "published", "headline", "body"]
    assert len(rows) == 12
    assert len({row["id"] for row in rows}) == 12
    for row in rows:
        record = by_id[row["id"]]
        assert row["published"] == record["date"], row["id"]
        assert row["headline"] == record["title"], row["id"]
        assert row["body"] == record["text"], row["id"]


def test_sample_csv_reads_with_column_options_and_not_without(by_id: dict[str, dict]) -> None:
    docs = sn.read_corpus(SAMPLE_CSV, id_column="id", date_column="published",
                          title_column="headline", text_column="body")
    assert len(docs) == 12
    for doc_id, text, date in zip(docs["doc_id"], docs["text"], docs["date"], strict=True):
        assert text == by_id[doc_id]["text"]
        assert date == pd.Timestamp(by_id[doc_id]["date"])
    with pytest.raises(CorpusError, match="body|text"):
        sn.read_corpus(SAMPLE_CSV)


def test_example_txt_folder_holds_6_demo_texts_named_by_doc_id(by_id: dict[str, dict]) -> None:
    files = sorted(TXT_FOLDER.glob("*.txt"))
    assert len(files) == 6
    for path in files:
        assert path.stem in by_id, path.name
        assert path.read_text(encoding="utf-8").strip() == by_id[path.stem]["text"], path.name
