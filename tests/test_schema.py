"""The statements table: validation at the door."""

import pandas as pd
import pytest

from stancenet.schema import (
    STATEMENT_COLUMNS,
    StatementsError,
    empty_statements,
    validate_statements,
)


def test_hand_coded_table_with_three_columns_validates_and_is_filled():
    table = pd.DataFrame(
        {"source": ["sadr", "kh"], "target": ["us_withdrawal", "usa"], "polarity": [1, -1]}
    )
    out = validate_statements(table)
    assert list(out.columns) == list(STATEMENT_COLUMNS)
    assert out["polarity"].tolist() == [1, -1]
    assert out["weight"].tolist() == [1.0, 1.0]
    assert out["method"].tolist() == ["manual", "manual"]
    assert out["date"].isna().all()
    assert out["statement_id"].is_unique


def test_dtypes_follow_the_schema():
    out = validate_statements({"source": ["a"], "target": ["b"], "polarity": ["-"]})
    for column, dtype in STATEMENT_COLUMNS.items():
        assert out[column].dtype == pd.Series(dtype=dtype).dtype, column


def test_optional_date_and_doc_id_are_kept():
    out = validate_statements(
        [{"source": "a", "target": "b", "polarity": "+", "date": "2021-04-07", "doc_id": "d1"}]
    )
    assert out.loc[0, "date"] == pd.Timestamp("2021-04-07")
    assert out.loc[0, "doc_id"] == "d1"
    assert out.loc[0, "statement_id"].startswith("d1:")


@pytest.mark.parametrize("word, expected", [("positive", 1), ("oppose", -1), (True, 1),
                                            ("-1", -1), (1.0, 1)])
def test_polarity_words_are_understood(word, expected):
    out = validate_statements([{"source": "a", "target": "b", "polarity": word}])
    assert out.loc[0, "polarity"] == expected


def test_polarity_zero_is_refused_with_row_and_value():
    table = pd.DataFrame({"source": ["a", "b"], "target": ["x", "y"], "polarity": [1, 0]})
    with pytest.raises(StatementsError, match=r"'polarity', row 1: 0 is not \+1 or -1"):
        validate_statements(table)


def test_missing_required_column_is_named():
    with pytest.raises(StatementsError, match="lacks required column.*'polarity'"):
        validate_statements(pd.DataFrame({"source": ["a"], "target": ["b"]}))


def test_empty_source_is_refused():
    table = pd.DataFrame({"source": ["a", " "], "target": ["x", "y"], "polarity": [1, 1]})
    with pytest.raises(StatementsError, match="'source', row 1"):
        validate_statements(table)


def test_unparseable_date_is_named():
    table = pd.DataFrame(
        {"source": ["a"], "target": ["x"], "polarity": [1], "date": ["the day after"]}
    )
    with pytest.raises(StatementsError, match="'date', row 0: 'the day after'"):
        validate_statements(table)


def test_negative_weight_and_bad_confidence_are_refused():
    base = {"source": ["a"], "target": ["x"], "polarity": [1]}
    with pytest.raises(StatementsError, match="'weight'"):
        validate_statements({**base, "weight": [-2.0]})
    with pytest.raises(StatementsError, match="'confidence'"):
        validate_statements({**base, "confidence": [1.5]})


def test_unknown_target_kind_is_refused():
    with pytest.raises(StatementsError, match="'target_kind'.*'place'"):
        validate_statements({"source": ["a"], "target": ["x"], "polarity": [1],
                             "target_kind": ["place"]})


def test_target_kind_is_inferred_from_a_registry():
    class FakeRegistry:
        actors = {}
        issues = {"us_withdrawal": type("I", (), {"name_en": "US troop withdrawal"})()}

    out = validate_statements(
        {"source": ["a", "a"], "target": ["us_withdrawal", "b"], "polarity": [1, -1]},
        registry=FakeRegistry(),
    )
    assert out["target_kind"].tolist() == ["issue", "actor"]
    assert out.loc[0, "target_name"] == "US troop withdrawal"


def test_non_table_input_is_refused():
    with pytest.raises(StatementsError, match="not str"):
        validate_statements("source,target,polarity")


def test_empty_statements_has_every_column():
    empty = empty_statements()
    assert list(empty.columns) == list(STATEMENT_COLUMNS)
    assert len(validate_statements(empty)) == 0
