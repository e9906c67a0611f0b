"""Reading corpora: every document accounted for, problems reported."""

import json
import warnings

import pandas as pd
import pytest

from stancenet.io import CorpusError, CorpusWarning, read_corpus

ARABIC = "أعلن رئيس الوزراء العراقي مصطفى الكاظمي دعمه للحوار الاستراتيجي مع واشنطن."


def test_txt_file_doc_id_is_file_name(tmp_path):
    path = tmp_path / "kadhimi-2020.txt"
    path.write_text(ARABIC, encoding="utf-8")
    docs = read_corpus(path)
    assert docs["doc_id"].tolist() == ["kadhimi-2020"]
    assert docs.loc[0, "text"] == ARABIC
    assert list(docs.columns) == ["doc_id", "text", "date", "title", "source", "url", "problem"]


def test_folder_of_txt_files_is_read_in_order_and_bom_ignored(tmp_path):
    (tmp_path / "b.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "a.txt").write_bytes("\ufeff".encode() + ARABIC.encode())
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    docs = read_corpus(tmp_path)
    assert docs["doc_id"].tolist() == ["a", "b"]
    assert not docs.loc[0, "text"].startswith("\ufeff")


def test_jsonl_with_dates(tmp_path):
    path = tmp_path / "c.jsonl"
    rows = [{"doc_id": "x", "text": ARABIC, "date": "2020-06-11", "title": "Dialogue"}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    docs = read_corpus(path)
    assert docs.loc[0, "date"] == pd.Timestamp("2020-06-11")
    assert docs.loc[0, "title"] == "Dialogue"


def test_foreign_csv_columns_by_option(tmp_path):
    path = tmp_path / "c.csv"
    pd.DataFrame({"id": ["n1"], "published": ["2021-01-02"], "body": [ARABIC]}).to_csv(
        path, index=False
    )
    docs = read_corpus(path, text_column="body", id_column="id", date_column="published")
    assert docs.loc[0, "doc_id"] == "n1"
    assert docs.loc[0, "date"] == pd.Timestamp("2021-01-02")


def test_parquet_is_read(tmp_path):
    path = tmp_path / "c.parquet"
    pd.DataFrame({"doc_id": ["p"], "text": [ARABIC]}).to_parquet(path)
    assert read_corpus(path)["doc_id"].tolist() == ["p"]


def test_missing_text_column_is_named(tmp_path):
    path = tmp_path / "c.csv"
    pd.DataFrame({"id": ["n1"], "body": [ARABIC]}).to_csv(path, index=False)
    with pytest.raises(CorpusError, match="no text column 'text'.*'body'"):
        read_corpus(path)
    with pytest.raises(CorpusError, match="no column 'content'"):
        read_corpus(path, text_column="content")


def test_empty_documents_are_kept_and_counted(tmp_path):
    path = tmp_path / "c.jsonl"
    rows = [{"doc_id": "a", "text": ARABIC}, {"doc_id": "b", "text": "   "},
            {"doc_id": "c", "text": ""}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    with pytest.warns(CorpusWarning, match="2 document"):
        docs = read_corpus(path)
    assert len(docs) == 3
    assert docs["problem"].tolist() == ["", "empty text", "empty text"]


def test_undecodable_bytes_are_reported_not_dropped(tmp_path):
    (tmp_path / "good.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(ARABIC.encode() + b"\xff\xfe\xfa")
    with pytest.warns(CorpusWarning, match="1 document.*not valid text"):
        docs = read_corpus(tmp_path)
    assert len(docs) == 2
    bad = docs.set_index("doc_id").loc["bad"]
    assert "undecodable" in bad["problem"]
    assert bad["text"].startswith(ARABIC)


def test_duplicate_ids_are_renamed_with_warning_or_refused(tmp_path):
    path = tmp_path / "c.csv"
    pd.DataFrame({"doc_id": ["a", "a", "b"], "text": [ARABIC] * 3}).to_csv(path, index=False)
    with pytest.warns(CorpusWarning, match="1 document.*repeated doc_id"):
        docs = read_corpus(path)
    assert docs["doc_id"].tolist() == ["a", "a~2", "b"]
    with pytest.raises(CorpusError, match="repeated document id"):
        read_corpus(path, on_duplicate="error")


def test_unparseable_date_names_document(tmp_path):
    path = tmp_path / "c.csv"
    pd.DataFrame({"doc_id": ["a"], "text": [ARABIC], "date": ["soon"]}).to_csv(path, index=False)
    with pytest.raises(CorpusError, match="document 'a' has an unparseable date 'soon'"):
        read_corpus(path)


def test_unknown_suffix_and_missing_path(tmp_path):
    (tmp_path / "c.docx").write_text("x")
    with pytest.raises(CorpusError, match="cannot read"):
        read_corpus(tmp_path / "c.docx")
    with pytest.raises(CorpusError, match="not found"):
        read_corpus(tmp_path / "nothing.jsonl")


def test_clean_corpus_raises_no_warning(tmp_path):
    path = tmp_path / "ok.txt"
    path.write_text(ARABIC, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        read_corpus(path)
