"""Scoring extracted statements against a gold standard: precision, recall and F1 of triples.

A statement counts as found when the gold standard holds the same (source, target, polarity)
for the same document (set semantics: a triple stated twice in a document counts once). Ids are
compared after trimming; generated ``new:`` ids are compared in the matching form of
`stancenet.text.normalize`, so ``new:أحمد_الشريفي`` and ``new:احمد_الشريفي`` agree.

Run from the shell: ``python -m stancenet.extract.evaluate GOLD STATEMENTS`` (GOLD: the gold
folder or its statements.csv; STATEMENTS: an extracted statements CSV).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

from stancenet.text import normalize

__all__ = ["EvaluationResult", "GoldStandard", "evaluate", "load_gold", "normalize_id"]

_KEY = ("doc_id", "source", "target", "polarity")
_BY = ("document", "corpus")


@dataclass(frozen=True)
class GoldStandard:
    """A gold standard: the annotated documents and their statements.

    Attributes
    ----------
    documents : pandas.DataFrame
        ``doc_id``, ``date``, ``title``, ``text``.
    statements : pandas.DataFrame
        ``doc_id``, ``sentence``, ``source``, ``target``, ``polarity``, ``category``, ``note``.
    """

    documents: pd.DataFrame
    statements: pd.DataFrame

    def __len__(self) -> int:
        return len(self.statements)


@dataclass(frozen=True)
class EvaluationResult:
    """Precision, recall and F1 of extracted (source, target, polarity) triples.

    Attributes
    ----------
    precision, recall, f1 : float
        Over the triples (0.0 when undefined).
    tp, fp, fn : int
        True positives, false positives, false negatives.
    by : str
        ``'document'`` (triples per document) or ``'corpus'`` (triples over the corpus).
    by_category : pandas.DataFrame
        Per gold category: ``category``, ``n_gold``, ``found`` (gold triples recovered),
        ``recall``; and per predicted category ``n_predicted``, ``correct``, ``precision``
        (NaN where a side has no statement of that category).
    false_positives : pandas.DataFrame
        Predicted triples not in the gold standard (with the predicted row's other columns).
    false_negatives : pandas.DataFrame
        Gold triples not predicted (with the gold row's other columns).
    """

    precision: float
    recall: float
    f1: float
    tp: int
    fp: int
    fn: int
    by: str
    by_category: pd.DataFrame
    false_positives: pd.DataFrame
    false_negatives: pd.DataFrame

    def to_frame(self) -> pd.DataFrame:
        """One-row table of the overall figures."""
        return pd.DataFrame([{
            "precision": self.precision, "recall": self.recall, "f1": self.f1,
            "tp": self.tp, "fp": self.fp, "fn": self.fn, "by": self.by,
        }])

    def __str__(self) -> str:
        lines = [
            f"triples (source, target, polarity) by {self.by}: "
            f"tp={self.tp} fp={self.fp} fn={self.fn}",
            f"precision {self.precision:.3f}  recall {self.recall:.3f}  F1 {self.f1:.3f}",
        ]
        if len(self.by_category):
            lines.append(self.by_category.to_string(index=False, float_format="%.2f"))
        return "\n".join(lines)


def normalize_id(value: Any) -> str:
    """The form in which an actor or issue id is compared.

    Parameters
    ----------
    value : object
        An id as written in a table.

    Returns
    -------
    str
        Trimmed; a ``new:`` id in `stancenet.text.normalize` form with spaces as ``_``.
    """
    text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
    text = text.strip()
    if text.startswith("new:"):
        return "new:" + "_".join(normalize(text[4:]).replace("_", " ").split())
    return text


def _gold_dir(path: str | Path | None) -> Path | Any:
    if path is None:
        return resources.files("stancenet").joinpath("data/gold")
    return Path(path)


def load_gold(path_or_dir: str | Path | None = None) -> GoldStandard:
    """Read a gold standard (``documents.jsonl`` and ``statements.csv``).

    Parameters
    ----------
    path_or_dir : str or Path, optional
        The gold folder, or its ``statements.csv`` (``documents.jsonl`` is read beside it
        when present). The packaged ``stancenet/data/gold`` by default.

    Returns
    -------
    GoldStandard

    Raises
    ------
    FileNotFoundError
        No ``statements.csv`` where it was looked for.
    ValueError
        A required column is missing or a polarity is not +1/-1 (the message names it).
    """
    base = _gold_dir(path_or_dir)
    if isinstance(base, Path) and base.is_file():
        statements_file, documents_file = base, base.with_name("documents.jsonl")
    else:
        statements_file = base.joinpath("statements.csv")
        documents_file = base.joinpath("documents.jsonl")
    if not statements_file.is_file():
        raise FileNotFoundError(f"load_gold: no statements.csv at {str(statements_file)!r}")
    with statements_file.open("r", encoding="utf-8") as handle:
        statements = pd.read_csv(handle, dtype=str, keep_default_na=False)
    statements = _check_triples(statements, "gold statements")
    rows: list[dict] = []
    if documents_file.is_file():
        with documents_file.open("r", encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    try:
                        rows.append(json.loads(line))
                    except json.JSONDecodeError as err:
                        raise ValueError(
                            f"load_gold: documents.jsonl line {number} is not JSON ({err})"
                        ) from err
    documents = pd.DataFrame(rows, columns=None if rows else ["doc_id", "date", "title", "text"])
    if len(documents):
        documents["doc_id"] = documents["doc_id"].astype(str)
    return GoldStandard(documents=documents, statements=statements)


def _read_table(table: Any, what: str) -> pd.DataFrame:
    if isinstance(table, GoldStandard):
        return table.statements
    if isinstance(table, pd.DataFrame):
        return table
    if isinstance(table, (str, Path)):
        path = Path(table)
        if path.is_dir():
            return load_gold(path).statements
        if not path.is_file():
            raise FileNotFoundError(f"evaluate: {what} file not found: {str(path)!r}")
        return pd.read_csv(path, dtype=str, keep_default_na=False)
    raise TypeError(
        f"evaluate: {what} must be a DataFrame, a CSV path or a GoldStandard, "
        f"not {type(table).__name__}"
    )


def _check_triples(frame: pd.DataFrame, what: str) -> pd.DataFrame:
    missing = [c for c in ("source", "target", "polarity") if c not in frame.columns]
    if missing:
        raise ValueError(f"{what} lack column(s) {missing}; they have {list(frame.columns)}")
    frame = frame.copy()
    if "doc_id" not in frame.columns:
        frame["doc_id"] = ""
    frame["doc_id"] = frame["doc_id"].fillna("").astype(str).str.strip()
    frame["source"] = frame["source"].map(normalize_id)
    frame["target"] = frame["target"].map(normalize_id)
    polarity = pd.to_numeric(frame["polarity"].astype(str).str.strip().str.replace("+", "",
                             regex=False), errors="coerce")
    bad = ~polarity.isin([1, -1])
    if bad.any():
        first = frame.index[bad.to_numpy().nonzero()[0][0]]
        raise ValueError(
            f"{what}: column 'polarity', row {first}: {frame.loc[first, 'polarity']!r} "
            "is not +1 or -1"
        )
    frame["polarity"] = polarity.astype(int)
    if "category" not in frame.columns:
        frame["category"] = ""
    frame["category"] = frame["category"].fillna("").astype(str).str.strip()
    return frame


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def evaluate(
    gold: Any,
    predicted: Any,
    *,
    by: str = "document",
    doc_ids: Iterable[str] | None = None,
) -> EvaluationResult:
    """Score predicted statements against gold statements.

    Parameters
    ----------
    gold : pandas.DataFrame, GoldStandard, or path
        Gold statements (``doc_id``, ``source``, ``target``, ``polarity``, optional
        ``category``), a :class:`GoldStandard`, a gold folder or a CSV file.
    predicted : pandas.DataFrame or path
        Extracted statements (the statements table or a CSV of it).
    by : {'document', 'corpus'}
        Compare triples per document (default) or over the whole corpus.
    doc_ids : iterable of str, optional
        The documents in scope; predictions for other documents are ignored. By default the
        gold standard's documents (its ``documents`` table when a GoldStandard is given,
        otherwise the doc ids of its statements).

    Returns
    -------
    EvaluationResult

    Raises
    ------
    ValueError
        ``by`` is unknown, or a table lacks source/target/polarity or has a polarity other
        than +1/-1.

    Notes
    -----
    O(n + m) for n gold and m predicted statements.
    """
    if by not in _BY:
        raise ValueError(f"evaluate: by must be one of {_BY}, got {by!r}")
    if doc_ids is None and isinstance(gold, GoldStandard) and len(gold.documents):
        doc_ids = gold.documents["doc_id"].astype(str)
    gold_frame = _check_triples(_read_table(gold, "gold"), "gold statements")
    pred_frame = _check_triples(_read_table(predicted, "predicted"), "predicted statements")
    scope = set(map(str, doc_ids)) if doc_ids is not None else set(gold_frame["doc_id"])
    if by == "document":
        pred_frame = pred_frame[pred_frame["doc_id"].isin(scope)]
    key: Sequence[str] = _KEY if by == "document" else _KEY[1:]

    gold_first = gold_frame.drop_duplicates(subset=list(key))
    pred_first = pred_frame.drop_duplicates(subset=list(key))
    gold_keys = set(map(tuple, gold_first[list(key)].itertuples(index=False)))
    pred_keys = set(map(tuple, pred_first[list(key)].itertuples(index=False)))
    tp = len(gold_keys & pred_keys)
    fp = len(pred_keys - gold_keys)
    fn = len(gold_keys - pred_keys)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0

    gold_hit = gold_first[list(key)].apply(tuple, axis=1).isin(pred_keys) if len(gold_first) \
        else pd.Series(dtype=bool)
    pred_hit = pred_first[list(key)].apply(tuple, axis=1).isin(gold_keys) if len(pred_first) \
        else pd.Series(dtype=bool)
    by_category = _by_category(gold_first, gold_hit, pred_first, pred_hit)
    false_negatives = gold_first[~gold_hit.astype(bool)].reset_index(drop=True) \
        if len(gold_first) else gold_first
    false_positives = pred_first[~pred_hit.astype(bool)].reset_index(drop=True) \
        if len(pred_first) else pred_first
    return EvaluationResult(
        precision=precision, recall=recall, f1=_f1(precision, recall), tp=tp, fp=fp, fn=fn,
        by=by, by_category=by_category, false_positives=false_positives,
        false_negatives=false_negatives,
    )


def _by_category(gold: pd.DataFrame, gold_hit: pd.Series, pred: pd.DataFrame,
                 pred_hit: pd.Series) -> pd.DataFrame:
    rows: dict[str, dict[str, float]] = {}
    for frame, hit, total, good in ((gold, gold_hit, "n_gold", "found"),
                                    (pred, pred_hit, "n_predicted", "correct")):
        if not len(frame):
            continue
        for category, hits in hit.groupby(frame["category"].to_numpy()):
            if not category:
                continue
            row = rows.setdefault(category, {})
            row[total] = int(len(hits))
            row[good] = int(hits.sum())
    columns = ["category", "n_gold", "found", "recall", "n_predicted", "correct", "precision"]
    if not rows:
        return pd.DataFrame(columns=columns)
    table = pd.DataFrame.from_dict(rows, orient="index").rename_axis("category").reset_index()
    for column in ("n_gold", "found", "n_predicted", "correct"):
        if column not in table.columns:
            table[column] = 0
        table[column] = table[column].fillna(0).astype(int)
    table["recall"] = (table["found"] / table["n_gold"]).where(table["n_gold"] > 0)
    table["precision"] = (table["correct"] / table["n_predicted"]).where(table["n_predicted"] > 0)
    return table[columns].sort_values("category").reset_index(drop=True)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m stancenet.extract.evaluate GOLD STATEMENTS``: print the scores."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m stancenet.extract.evaluate",
        description="Precision, recall and F1 of (source, target, polarity) triples.",
    )
    parser.add_argument("gold", help="gold folder (documents.jsonl + statements.csv) or CSV")
    parser.add_argument("statements", help="extracted statements CSV")
    parser.add_argument("--by", choices=_BY, default="document")
    args = parser.parse_args(argv)
    gold: Any = Path(args.gold)
    if gold.is_dir() or gold.name == "statements.csv":
        gold = load_gold(gold)
    print(evaluate(gold, args.statements, by=args.by))
    return 0


if __name__ == "__main__":
    sys.exit(main())
