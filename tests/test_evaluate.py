"""Scoring statements against a gold standard."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from stancenet.extract import evaluate, load_gold
from stancenet.extract.evaluate import GoldStandard, normalize_id

GOLD = pd.DataFrame({
    "doc_id": ["d1", "d1", "d2", "d2"],
    "source": ["a", "a", "b", "new:أحمد_الشريفي"],
    "target": ["x", "y", "x", "z"],
    "polarity": ["+1", "-1", "-1", "+1"],
    "category": ["praise", "reject", "attack", "support"],
})


def test_perfect_prediction_scores_one():
    result = evaluate(GOLD, GOLD)
    assert (result.precision, result.recall, result.f1) == (1.0, 1.0, 1.0)
    assert (result.tp, result.fp, result.fn) == (4, 0, 0)


def test_counts_follow_set_semantics_per_document():
    predicted = pd.DataFrame({
        "doc_id": ["d1", "d1", "d1", "d2"],
        "source": ["a", "a", "a", "a"],
        "target": ["x", "x", "y", "x"],
        "polarity": [1, 1, 1, -1],
    })
    result = evaluate(GOLD, predicted)
    # (d1,a,x,+1) found twice counts once; (d1,a,y,+1) has the wrong sign; (d2,a,x,-1) wrong source
    assert (result.tp, result.fp, result.fn) == (1, 2, 3)
    assert result.precision == pytest.approx(1 / 3)
    assert result.recall == pytest.approx(1 / 4)
    assert result.f1 == pytest.approx(2 * (1 / 3) * (1 / 4) / (1 / 3 + 1 / 4))
    assert len(result.false_positives) == 2 and len(result.false_negatives) == 3


def test_new_ids_are_compared_in_normalised_form():
    predicted = GOLD.assign(source=GOLD["source"].replace("new:أحمد_الشريفي", "new:احمد_الشريفي"))
    assert evaluate(GOLD, predicted).f1 == 1.0
    assert normalize_id(" new:أحمد الشريفي ") == "new:احمد_الشريفي"


def test_corpus_level_ignores_documents():
    predicted = GOLD.assign(doc_id="elsewhere")
    assert evaluate(GOLD, predicted).tp == 0
    assert evaluate(GOLD, predicted, by="corpus").f1 == 1.0


def test_predictions_outside_the_gold_documents_are_ignored():
    extra = pd.DataFrame({"doc_id": ["d9"], "source": ["q"], "target": ["r"], "polarity": [1]})
    result = evaluate(GOLD, pd.concat([GOLD, extra]))
    assert result.fp == 0


def test_breakdown_by_gold_category():
    predicted = GOLD.iloc[[0, 2]]
    table = evaluate(GOLD, predicted).by_category.set_index("category")
    assert table.loc["praise", "recall"] == 1.0
    assert table.loc["reject", "recall"] == 0.0
    assert table.loc["attack", "precision"] == 1.0


def test_missing_column_and_bad_polarity_are_named():
    with pytest.raises(ValueError, match="target"):
        evaluate(GOLD.drop(columns="target"), GOLD)
    with pytest.raises(ValueError, match="polarity"):
        evaluate(GOLD, GOLD.assign(polarity="maybe"))
    with pytest.raises(ValueError, match="by"):
        evaluate(GOLD, GOLD, by="sentence")


def test_gold_folder_and_csv_paths_are_read(tmp_path):
    GOLD.assign(sentence="...", note="").to_csv(tmp_path / "statements.csv", index=False)
    (tmp_path / "documents.jsonl").write_text(
        "\n".join(json.dumps({"doc_id": d, "date": "2021-01-01", "title": "t", "text": "نص"})
                  for d in ("d1", "d2", "d3")) + "\n", encoding="utf-8")
    gold = load_gold(tmp_path)
    assert isinstance(gold, GoldStandard)
    assert len(gold.statements) == 4 and len(gold.documents) == 3
    predicted = tmp_path / "predicted.csv"
    GOLD.to_csv(predicted, index=False)
    assert evaluate(gold, predicted).f1 == 1.0
    assert evaluate(tmp_path, str(predicted)).f1 == 1.0


def test_missing_gold_file_is_named(tmp_path):
    with pytest.raises(FileNotFoundError, match="statements.csv"):
        load_gold(tmp_path)


def test_summary_prints_the_three_figures():
    text = str(evaluate(GOLD, GOLD))
    assert "precision 1.000" in text and "recall 1.000" in text and "F1 1.000" in text
