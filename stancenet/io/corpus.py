"""Read news corpora (txt files, folders, JSON Lines, CSV, Parquet) into a documents table.

Every input document is accounted for: problems that make a document unusable stop
the read with a clear error, problems that leave it usable (an empty text, bytes that
are not UTF-8, a repeated id) are reported as one warning with a count and kept in the
table with a ``problem`` column, so nothing is dropped silently.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

__all__ = ["read_corpus", "CorpusError", "CorpusWarning", "DOCUMENT_COLUMNS"]

#: columns of the documents table, in order
DOCUMENT_COLUMNS: tuple[str, ...] = ("doc_id", "text", "date", "title", "source", "url")

_TABLE_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet",
                   ".pq": "parquet", ".json": "json"}


class CorpusError(ValueError):
    """A corpus that cannot be read: the message names the file, column or document."""


class CorpusWarning(UserWarning):
    """Documents that were read but have a problem (empty, undecodable bytes, repeated id)."""


def _read_text_file(path: Path, encoding: str) -> tuple[str, str]:
    raw = path.read_bytes()
    try:
        return raw.decode(encoding).lstrip("\ufeff"), ""
    except UnicodeDecodeError as err:
        # keep the document: undecodable bytes become U+FFFD and the problem is reported
        text = raw.decode(encoding, errors="replace").lstrip("\ufeff")
        return text, f"undecodable bytes ({err.reason} at byte {err.start})"


def _txt_documents(paths: list[Path], encoding: str) -> pd.DataFrame:
    rows = []
    for path in paths:
        text, problem = _read_text_file(path, encoding)
        rows.append({"doc_id": path.stem, "text": text, "date": None, "title": "",
                     "source": str(path), "url": "", "problem": problem})
    return pd.DataFrame(rows, columns=[*DOCUMENT_COLUMNS, "problem"])


def _table_documents(path: Path, kind: str, encoding: str) -> pd.DataFrame:
    try:
        if kind == "jsonl":
            return pd.read_json(path, lines=True, dtype=False, encoding=encoding)
        if kind == "json":
            return pd.read_json(path, dtype=False, encoding=encoding)
        if kind == "csv":
            return pd.read_csv(path, dtype=str, keep_default_na=False, encoding=encoding)
        return pd.read_parquet(path)
    except UnicodeDecodeError as err:
        raise CorpusError(
            f"{path}: not valid {encoding} text ({err.reason} at byte {err.start}); "
            f"pass encoding= for another encoding"
        ) from None
    except ValueError as err:
        raise CorpusError(f"{path}: cannot be read as {kind}: {err}") from None


def read_corpus(
    path: str | os.PathLike,
    *,
    text_column: str | None = None,
    id_column: str | None = None,
    date_column: str | None = None,
    title_column: str | None = None,
    source_column: str | None = None,
    url_column: str | None = None,
    columns: Mapping[str, str] | None = None,
    encoding: str = "utf-8",
    pattern: str = "*.txt",
    on_duplicate: str = "rename",
) -> pd.DataFrame:
    """Read documents from a .txt file, a folder of .txt files, .jsonl, .csv or .parquet.

    Parameters
    ----------
    path : str or path-like
        A file or a folder. A .txt document's ``doc_id`` is its file name without the
        extension. A folder is read recursively for `pattern` (sorted by path).
    text_column, id_column, date_column, title_column, source_column, url_column : str, optional
        Names of the columns of a foreign table that hold each field (for example
        ``text_column="body", id_column="id"``). Without them the standard names are
        used (``doc_id``, ``text``, ``date``, ``title``, ``source``, ``url``).
    columns : mapping, optional
        The same as a dict from standard field to the file's column name,
        e.g. ``{"text": "body", "doc_id": "id"}``.
    encoding : str
        Text encoding of the files (default UTF-8; a byte-order mark is ignored).
    pattern : str
        Glob for the files of a folder.
    on_duplicate : {'rename', 'error'}
        What to do with repeated document ids: 'rename' keeps every document and gives
        the repeats a suffix (``id~2``) with a warning; 'error' raises.

    Returns
    -------
    pandas.DataFrame
        Columns doc_id (string), text (string), date (datetime64, NaT when unknown),
        title, source, url (strings) and problem (string, empty when the document is
        fine), one row per input document, in input order.

    Raises
    ------
    CorpusError
        A missing file, an unknown suffix, a missing text column, an unparseable date
        (naming the document and value), duplicate ids with ``on_duplicate='error'``.

    Warns
    -----
    CorpusWarning
        One warning per kind of problem with the number of documents it touches: empty
        or whitespace-only texts, undecodable bytes, renamed duplicate ids.
    """
    path = Path(path)
    if not path.exists():
        raise CorpusError(f"corpus not found: {str(path)!r}")
    if on_duplicate not in ("rename", "error"):
        raise ValueError(f"on_duplicate must be 'rename' or 'error', not {on_duplicate!r}")
    mapping = dict(columns or {})
    for field, given in (("text", text_column), ("doc_id", id_column), ("date", date_column),
                         ("title", title_column), ("source", source_column),
                         ("url", url_column)):
        if given is not None:
            mapping[field] = given
    unknown = set(mapping) - set(DOCUMENT_COLUMNS)
    if unknown:
        raise CorpusError(f"unknown document field(s) {sorted(unknown)}; "
                          f"fields are {list(DOCUMENT_COLUMNS)}")

    if path.is_dir():
        files = sorted(p for p in path.rglob(pattern) if p.is_file())
        if not files:
            raise CorpusError(f"folder {str(path)!r} has no files matching {pattern!r}")
        docs = _txt_documents(files, encoding)
    elif path.suffix.lower() == ".txt":
        docs = _txt_documents([path], encoding)
    elif path.suffix.lower() in _TABLE_SUFFIXES:
        table = _table_documents(path, _TABLE_SUFFIXES[path.suffix.lower()], encoding)
        docs = _standardise(table, mapping, path)
    else:
        raise CorpusError(
            f"cannot read {str(path)!r}: use a .txt file, a folder of .txt files, "
            f".jsonl, .csv or .parquet"
        )
    return _check_documents(docs, on_duplicate, path)


def _standardise(table: pd.DataFrame, mapping: dict[str, str], path: Path) -> pd.DataFrame:
    for field, column in mapping.items():
        if column not in table.columns:
            raise CorpusError(
                f"{path}: no column {column!r} (given for {field}); "
                f"the file has columns {list(table.columns)}"
            )
    text_col = mapping.get("text", "text")
    if text_col not in table.columns:
        raise CorpusError(
            f"{path}: no text column {text_col!r}; the file has columns {list(table.columns)}. "
            f"Name the text column with text_column=..."
        )
    out = pd.DataFrame(index=table.index)
    for field in DOCUMENT_COLUMNS:
        column = mapping.get(field, field)
        out[field] = table[column] if column in table.columns else None
    if out["doc_id"].isna().all():
        out["doc_id"] = [f"{path.stem}-{i:05d}" for i in range(len(out))]
    out["problem"] = ""
    return out.reset_index(drop=True)


def _check_documents(docs: pd.DataFrame, on_duplicate: str, path: Path) -> pd.DataFrame:
    docs = docs.copy()
    missing_id = docs["doc_id"].isna() | (docs["doc_id"].astype("string").str.strip() == "")
    if missing_id.any():
        docs.loc[missing_id, "doc_id"] = [f"{path.stem}-{i:05d}" for i in
                                         docs.index[missing_id]]
    docs["doc_id"] = docs["doc_id"].astype("string").str.strip()
    docs["text"] = docs["text"].astype("string").fillna("")
    for field in ("title", "source", "url"):
        docs[field] = docs[field].astype("string").fillna("")
    docs["problem"] = docs["problem"].astype("string").fillna("")

    raw_dates = docs["date"]
    parsed = pd.to_datetime(raw_dates, errors="coerce", format="mixed")
    given = raw_dates.notna() & (raw_dates.astype("string").str.strip() != "")
    bad = given & parsed.isna()
    if bad.any():
        first = docs.index[bad][0]
        raise CorpusError(
            f"{path}: document {docs.at[first, 'doc_id']!r} has an unparseable date "
            f"{raw_dates[first]!r} ({int(bad.sum())} documents in all)"
        )
    if getattr(parsed.dt, "tz", None) is not None:
        parsed = parsed.dt.tz_convert(None)
    docs["date"] = parsed.astype("datetime64[ns]")

    duplicated = docs["doc_id"].duplicated(keep="first")
    if duplicated.any():
        names = sorted(set(docs.loc[duplicated, "doc_id"]))
        if on_duplicate == "error":
            raise CorpusError(f"{path}: {int(duplicated.sum())} repeated document id(s): "
                              f"{names[:5]}")
        counter = docs.groupby("doc_id").cumcount() + 1
        docs.loc[duplicated, "doc_id"] = (
            docs.loc[duplicated, "doc_id"] + "~" + counter[duplicated].astype(str)
        )
        docs.loc[duplicated, "problem"] = "repeated doc_id, renamed"
        warnings.warn(f"{path}: {int(duplicated.sum())} document(s) with a repeated doc_id were "
                      f"kept and renamed with a ~N suffix: {names[:5]}", CorpusWarning,
                      stacklevel=3)

    empty = docs["text"].str.strip() == ""
    if empty.any():
        docs.loc[empty, "problem"] = docs.loc[empty, "problem"].where(
            docs.loc[empty, "problem"] == "", docs.loc[empty, "problem"] + "; ") + "empty text"
        warnings.warn(f"{path}: {int(empty.sum())} document(s) have an empty text: "
                      f"{list(docs.loc[empty, 'doc_id'])[:5]}", CorpusWarning, stacklevel=3)
    undecodable = docs["problem"].str.contains("undecodable", regex=False)
    if undecodable.any():
        warnings.warn(f"{path}: {int(undecodable.sum())} document(s) had bytes that are not "
                      f"valid text; they were replaced by U+FFFD: "
                      f"{list(docs.loc[undecodable, 'doc_id'])[:5]}", CorpusWarning,
                      stacklevel=3)
    return docs[[*DOCUMENT_COLUMNS, "problem"]].reset_index(drop=True)
