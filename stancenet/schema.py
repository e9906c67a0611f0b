"""The statements table: the columns, their dtypes, and validation at the door.

One row is one actor taking one stance toward one target, with its evidence. Every
stage after extraction reads this table and nothing else, so `validate_statements`
is the single place where its shape is checked and optional columns are filled.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

__all__ = [
    "STATEMENT_COLUMNS",
    "REQUIRED_COLUMNS",
    "TARGET_KINDS",
    "StatementsError",
    "validate_statements",
    "empty_statements",
]

#: column -> pandas dtype, in the order of the table
STATEMENT_COLUMNS: dict[str, str] = {
    "statement_id": "string",
    "doc_id": "string",
    "date": "datetime64[ns]",
    "sentence_id": "Int64",
    "source": "string",
    "source_name": "string",
    "source_mention": "string",
    "target": "string",
    "target_name": "string",
    "target_mention": "string",
    "target_kind": "string",
    "polarity": "int8",
    "weight": "float64",
    "category": "string",
    "cue": "string",
    "negated": "bool",
    "evidence": "string",
    "start": "Int64",
    "end": "Int64",
    "confidence": "float64",
    "method": "string",
}

#: the columns hand-coded data must carry
REQUIRED_COLUMNS: tuple[str, ...] = ("source", "target", "polarity")

TARGET_KINDS: tuple[str, ...] = ("actor", "issue")

# words people use for polarity in hand-coded sheets (DNA's "agreement" qualifier among them)
_POLARITY_WORDS: dict[str, int] = {
    "+": 1,
    "+1": 1,
    "1": 1,
    "1.0": 1,
    "pos": 1,
    "positive": 1,
    "support": 1,
    "yes": 1,
    "true": 1,
    "agree": 1,
    "-": -1,
    "-1": -1,
    "-1.0": -1,
    "neg": -1,
    "negative": -1,
    "oppose": -1,
    "no": -1,
    "false": -1,
    "disagree": -1,
}


class StatementsError(ValueError):
    """A statements table that does not fit the schema; the message names column, row and value."""


def empty_statements() -> pd.DataFrame:
    """Return an empty statements table with every column and dtype in place.

    Returns
    -------
    pandas.DataFrame
        Zero rows, the columns of `STATEMENT_COLUMNS`.
    """
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in STATEMENT_COLUMNS.items()})


def _row_label(df: pd.DataFrame, position: int) -> str:
    label = df.index[position]
    return f"row {label!r}" if not isinstance(label, (int, np.integer)) else f"row {int(label)}"


def _bad(df: pd.DataFrame, mask: pd.Series | np.ndarray, column: str, expected: str) -> None:
    mask = np.asarray(mask, dtype=bool)
    if not mask.any():
        return
    bad_positions = np.flatnonzero(mask)
    first = int(bad_positions[0])
    value = df[column].iloc[first]
    if isinstance(value, np.generic):
        value = value.item()
    more = f" ({len(bad_positions) - 1} more rows like it)" if len(bad_positions) > 1 else ""
    raise StatementsError(
        f"column {column!r}, {_row_label(df, first)}: {value!r} is not {expected}{more}"
    )


def _coerce_polarity(df: pd.DataFrame) -> pd.Series:
    raw = df["polarity"]
    if pd.api.types.is_bool_dtype(raw):
        return pd.Series(np.where(raw.to_numpy(), 1, -1), index=df.index, dtype="int8")
    if pd.api.types.is_numeric_dtype(raw):
        values = pd.to_numeric(raw, errors="coerce")
    else:
        text = raw.astype("string").str.strip().str.lower()
        values = text.map(lambda s: _POLARITY_WORDS.get(s, np.nan) if isinstance(s, str) else np.nan)
        values = pd.to_numeric(values, errors="coerce")
    _bad(df, ~values.isin([1, -1]).to_numpy(), "polarity", "+1 or -1 (polarity 0 is not a stance)")
    return values.astype("int8")


def _coerce_text(df: pd.DataFrame, column: str, required: bool) -> pd.Series:
    values = df[column].astype("string").str.strip()
    if required:
        _bad(df, values.isna() | (values == ""), column, "a non-empty id")
    return values


def validate_statements(
    statements: pd.DataFrame | Mapping | list,
    *,
    registry: object | None = None,
    copy: bool = True,
) -> pd.DataFrame:
    """Check a statements table and fill its optional columns.

    Hand-coded data needs only ``source``, ``target`` and ``polarity`` (``date`` and
    ``doc_id`` are used when present). Polarity may be written as +1/-1, '+'/'-',
    'positive'/'negative', 'support'/'oppose', or booleans (DNA's agreement qualifier).

    Parameters
    ----------
    statements : pandas.DataFrame, dict of columns, or list of row dicts
        The table to check.
    registry : stancenet.Registry, optional
        When given, missing ``source_name``/``target_name`` and ``target_kind`` are
        filled from it (issue ids become ``target_kind='issue'``).
    copy : bool
        Work on a copy (default) rather than the caller's frame.

    Returns
    -------
    pandas.DataFrame
        The table with every column of `STATEMENT_COLUMNS` in order, dtypes set, extra
        columns kept after them.

    Raises
    ------
    StatementsError
        Naming the column, the row and the value that is wrong: a missing required
        column, an empty source or target, a polarity other than +1/-1, an unparseable
        date, a negative or non-numeric weight, a confidence outside [0, 1], an unknown
        target kind.
    """
    if isinstance(statements, pd.DataFrame):
        df = statements.copy() if copy else statements
        # attrs (e.g. extraction's per-document table) are not part of the statements table;
        # pandas compares attrs when it combines frames and fails on a DataFrame inside them
        df.attrs = {}
    elif isinstance(statements, (Mapping, list)):
        df = pd.DataFrame(statements)
    else:
        raise StatementsError(
            f"statements must be a pandas DataFrame, a dict of columns or a list of rows, "
            f"not {type(statements).__name__}"
        )
    missing = [c for c in REQUIRED_COLUMNS if c not in df.columns]
    if missing:
        raise StatementsError(
            f"statements table lacks required column(s) {missing}; it has {list(df.columns)}"
        )
    n = len(df)
    df["source"] = _coerce_text(df, "source", required=True)
    df["target"] = _coerce_text(df, "target", required=True)
    df["polarity"] = _coerce_polarity(df)

    if "date" in df.columns:
        raw = df["date"]
        parsed = pd.to_datetime(raw, errors="coerce", format="mixed") if n else raw
        if n:
            given = raw.notna() & (raw.astype("string").str.strip() != "")
            _bad(df, (given & parsed.isna()).to_numpy(), "date", "a parseable date")
        df["date"] = pd.to_datetime(parsed).astype("datetime64[ns]") if n else parsed
        if getattr(df["date"].dt, "tz", None) is not None:
            df["date"] = df["date"].dt.tz_convert(None)
    else:
        df["date"] = pd.Series(pd.NaT, index=df.index, dtype="datetime64[ns]")

    if "weight" in df.columns:
        weight = pd.to_numeric(df["weight"], errors="coerce")
        _bad(df, (df["weight"].notna() & weight.isna()).to_numpy(), "weight", "a number")
        weight = weight.fillna(1.0)
        _bad(df, (weight <= 0).to_numpy(), "weight", "a positive number")
        df["weight"] = weight.astype("float64")
    else:
        df["weight"] = 1.0

    if "confidence" in df.columns:
        conf = pd.to_numeric(df["confidence"], errors="coerce")
        _bad(df, (df["confidence"].notna() & conf.isna()).to_numpy(), "confidence", "a number")
        conf = conf.fillna(1.0)
        _bad(df, ((conf < 0) | (conf > 1)).to_numpy(), "confidence", "in [0, 1]")
        df["confidence"] = conf.astype("float64")
    else:
        df["confidence"] = 1.0

    for column in ("sentence_id", "start", "end"):
        if column in df.columns:
            values = pd.to_numeric(df[column], errors="coerce")
            _bad(df, (df[column].notna() & values.isna()).to_numpy(), column, "an integer")
            df[column] = values.round().astype("Int64")
        else:
            df[column] = pd.Series(pd.NA, index=df.index, dtype="Int64")

    if "negated" in df.columns:
        neg = df["negated"]
        if not pd.api.types.is_bool_dtype(neg):
            text = neg.astype("string").str.strip().str.lower()
            mapped = text.map({"true": True, "1": True, "yes": True, "false": False, "0": False,
                               "no": False, "": False})
            _bad(df, (neg.notna() & mapped.isna()).to_numpy(), "negated", "true or false")
            neg = mapped.fillna(False)
        df["negated"] = neg.astype("bool")
    else:
        df["negated"] = False

    if "doc_id" not in df.columns:
        df["doc_id"] = ""
    df["doc_id"] = df["doc_id"].astype("string").str.strip().fillna("")

    names = _registry_names(registry)
    issue_ids = _registry_issue_ids(registry)
    if "target_kind" in df.columns:
        kind = df["target_kind"].astype("string").str.strip().str.lower()
        blank = kind.isna() | (kind == "")
        _bad(df, (~blank & ~kind.isin(TARGET_KINDS)).to_numpy(), "target_kind", "'actor' or 'issue'")
    else:
        kind = pd.Series(pd.NA, index=df.index, dtype="string")
        blank = pd.Series(True, index=df.index)
    if blank.any():
        inferred = pd.Series(
            np.where(df["target"].isin(issue_ids).to_numpy(), "issue", "actor"),
            index=df.index, dtype="string",
        )
        kind = kind.where(~blank, inferred)
    df["target_kind"] = kind.astype("string")

    for role in ("source", "target"):
        name_col = f"{role}_name"
        if name_col in df.columns:
            filled = df[name_col].astype("string")
            empty = filled.isna() | (filled.str.strip() == "")
        else:
            filled = pd.Series(pd.NA, index=df.index, dtype="string")
            empty = pd.Series(True, index=df.index)
        if empty.any():
            ids = df[role]
            fallback = ids.map(names).astype("string").fillna(ids) if names else ids
            filled = filled.where(~empty, fallback)
        df[name_col] = filled.astype("string")
        mention_col = f"{role}_mention"
        if mention_col not in df.columns:
            df[mention_col] = ""
        df[mention_col] = df[mention_col].astype("string").fillna("")

    defaults = {"category": "", "cue": "", "evidence": "", "method": "manual"}
    for column, default in defaults.items():
        if column not in df.columns:
            df[column] = default
        df[column] = df[column].astype("string").fillna(default)

    if "statement_id" not in df.columns:
        df["statement_id"] = pd.NA
    ids = df["statement_id"].astype("string")
    missing_id = ids.isna() | (ids.str.strip() == "")
    if missing_id.any():
        generated = "s" + pd.Series(np.arange(n), index=df.index).astype("string").str.zfill(7)
        doc = df["doc_id"].fillna("")
        generated = (doc + ":" + generated).where(doc != "", generated)
        ids = ids.where(~missing_id, generated)
    df["statement_id"] = ids.astype("string")

    extra = [c for c in df.columns if c not in STATEMENT_COLUMNS]
    df = df[[*STATEMENT_COLUMNS, *extra]]
    return df.astype(dict(STATEMENT_COLUMNS))


def _registry_names(registry: object | None) -> dict[str, str]:
    if registry is None:
        return {}
    names: dict[str, str] = {}
    for table in ("actors", "issues"):
        for key, record in getattr(registry, table, {}).items():
            names[key] = getattr(record, "name_en", None) or getattr(record, "name_ar", key)
    return names


def _registry_issue_ids(registry: object | None) -> set[str]:
    if registry is None:
        return set()
    return set(getattr(registry, "issues", {}))
