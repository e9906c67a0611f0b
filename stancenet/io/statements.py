"""Read and write the statements table as CSV, JSON Lines or Parquet, keeping dtypes."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from stancenet.schema import STATEMENT_COLUMNS, StatementsError, validate_statements

__all__ = ["read_statements", "write_statements", "STATEMENT_FORMATS"]

#: file suffix -> format name
STATEMENT_FORMATS: dict[str, str] = {
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
}


def _format_of(path: Path, fmt: str | None) -> str:
    if fmt is not None:
        if fmt not in set(STATEMENT_FORMATS.values()):
            raise ValueError(f"unknown statements format {fmt!r}; use csv, jsonl or parquet")
        return fmt
    try:
        return STATEMENT_FORMATS[path.suffix.lower()]
    except KeyError:
        raise ValueError(
            f"cannot tell the format of {str(path)!r} from its suffix {path.suffix!r}; "
            f"use one of {sorted(STATEMENT_FORMATS)} or pass fmt="
        ) from None


def write_statements(
    statements: pd.DataFrame, path: str | os.PathLike, *, fmt: str | None = None
) -> Path:
    """Write a statements table to CSV, JSON Lines or Parquet.

    CSV is written as UTF-8 with a byte-order mark so that spreadsheet programs
    (Excel, LibreOffice) open Arabic text correctly; `read_statements` reads it back.

    Parameters
    ----------
    statements : pandas.DataFrame
        A statements table; it is validated first.
    path : str or path-like
        Destination; the format follows the suffix (.csv, .jsonl, .parquet).
    fmt : {'csv', 'jsonl', 'parquet'}, optional
        Force a format regardless of the suffix.

    Returns
    -------
    pathlib.Path
        The path written.
    """
    path = Path(path)
    kind = _format_of(path, fmt)
    table = validate_statements(statements)
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "csv":
        out = table.copy()
        out["date"] = out["date"].dt.strftime("%Y-%m-%d").astype("string")
        out.to_csv(path, index=False, encoding="utf-8-sig")
    elif kind == "jsonl":
        out = table.copy()
        out["date"] = out["date"].dt.strftime("%Y-%m-%d").astype("string")
        out.to_json(path, orient="records", lines=True, force_ascii=False)
    else:
        table.to_parquet(path, index=False)
    return path


def read_statements(
    path: str | os.PathLike, *, fmt: str | None = None, registry: object | None = None
) -> pd.DataFrame:
    """Read a statements table (ours, or hand-coded with only source, target, polarity).

    Parameters
    ----------
    path : str or path-like
        A .csv, .jsonl or .parquet file.
    fmt : {'csv', 'jsonl', 'parquet'}, optional
        Force a format regardless of the suffix.
    registry : stancenet.Registry, optional
        Fill names and target kinds from it (see `validate_statements`).

    Returns
    -------
    pandas.DataFrame
        The validated statements table.

    Raises
    ------
    FileNotFoundError
        When the file does not exist.
    StatementsError
        When the content does not fit the statements schema; the message names the file.
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"statements file not found: {str(path)!r}")
    kind = _format_of(path, fmt)
    text_columns = {
        c: "string" for c, t in STATEMENT_COLUMNS.items() if t == "string" and c != "date"
    }
    if kind == "csv":
        table = pd.read_csv(
            path, encoding="utf-8-sig", dtype=text_columns, keep_default_na=False,
            na_values={"date": [""], "sentence_id": [""], "start": [""], "end": [""]},
        )
    elif kind == "jsonl":
        table = pd.read_json(path, lines=True, dtype=False)
    else:
        table = pd.read_parquet(path)
    try:
        return validate_statements(table, registry=registry, copy=False)
    except StatementsError as err:
        raise StatementsError(f"{path}: {err}") from None
