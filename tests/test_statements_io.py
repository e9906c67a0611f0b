"""Statements tables survive a round trip through CSV, JSON Lines and Parquet."""

import pandas as pd
import pytest

from stancenet.io import read_statements, write_statements
from stancenet.schema import StatementsError, validate_statements


@pytest.fixture
def statements():
    return validate_statements(
        {
            "doc_id": ["d1", "d1", "d2"],
            "date": ["2020-01-05", "2020-01-05", None],
            "sentence_id": [0, 2, 1],
            "source": ["kataib_hezbollah", "muqtada_al_sadr", "usa"],
            "source_mention": ["كتائب حزب الله", "الصدر", "واشنطن"],
            "target": ["us_withdrawal", "arab_opening", "kataib_hezbollah"],
            "target_kind": ["issue", "issue", "actor"],
            "polarity": [1, 1, -1],
            "weight": [6.0, 3.5, 8.0],
            "category": ["demand", "praise", "attack"],
            "cue": ["طالبت بـ", "خطوة على الطريق الصحيح", "قصف"],
            "negated": [False, False, True],
            "evidence": ["طالبت كتائب حزب الله، بخروج القوات \"الأجنبية\"", "قال الصدر: خطوة", "x"],
            "start": [0, 40, 3],
            "end": [38, 60, 9],
            "confidence": [0.9, 0.8, 0.5],
            "method": ["rules", "rules", "manual"],
        }
    )


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_round_trip_keeps_values_and_dtypes(statements, tmp_path, suffix):
    path = write_statements(statements, tmp_path / f"statements{suffix}")
    back = read_statements(path)
    pd.testing.assert_frame_equal(back, statements)


def test_csv_is_utf8_with_bom_and_arabic_intact(statements, tmp_path):
    path = write_statements(statements, tmp_path / "s.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # spreadsheets detect UTF-8 by this mark
    assert "كتائب حزب الله".encode() in raw


def test_hand_coded_csv_with_three_columns_is_read(tmp_path):
    path = tmp_path / "coded.csv"
    path.write_text("source,target,polarity\nsadr,usa,-1\nkdp,sadr,+\n", encoding="utf-8")
    table = read_statements(path)
    assert table["polarity"].tolist() == [-1, 1]
    assert table["method"].unique().tolist() == ["manual"]


def test_bad_polarity_in_file_names_file_and_row(tmp_path):
    path = tmp_path / "coded.csv"
    path.write_text("source,target,polarity\nsadr,usa,maybe\n", encoding="utf-8")
    with pytest.raises(StatementsError, match=r"coded.csv.*'polarity', row 0: 'maybe'"):
        read_statements(path)


def test_unknown_suffix_and_missing_file_are_clear(statements, tmp_path):
    with pytest.raises(ValueError, match="cannot tell the format"):
        write_statements(statements, tmp_path / "s.xlsx")
    with pytest.raises(FileNotFoundError, match="not found"):
        read_statements(tmp_path / "absent.csv")
