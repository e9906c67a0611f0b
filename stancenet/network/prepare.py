"""Statements before they become a graph: validation, filters and duplicate handling.

Everything that decides *which* statements count goes through `prepare_statements`, so
that `build_network`, `build_networks` and `edge_statements` agree on the evidence of
every edge. The order follows Discourse Network Analyzer's exporter: date range and
value filters first, then duplicates (the first statement of a duplicate set, by date,
is kept).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from stancenet.schema import StatementsError, validate_statements

__all__ = [
    "DUPLICATES",
    "Filters",
    "prepare_statements",
    "require_dates",
]

#: duplicate settings, as in DNA (``acrossrange`` counts a statement once in the whole table)
DUPLICATES: tuple[str, ...] = ("include", "document", "week", "month", "year", "acrossrange")


@dataclass(frozen=True)
class Filters:
    """Which statements enter a network (all optional; ``None`` means no restriction).

    ``start``/``end`` are inclusive; an ``end`` without a time of day includes that
    whole day. ``actors``/``exclude_actors`` act on the ``source`` column and
    ``targets``/``exclude_targets`` on the ``target`` column (DNA's per-variable
    exclude lists). ``actor_kinds`` keeps statements whose source, and whose target when
    it is an actor, has one of these registry kinds (needs a registry). ``target_kind``
    keeps only ``'actor'`` or only ``'issue'`` targets.
    """

    start: pd.Timestamp | None = None
    end: pd.Timestamp | None = None
    actors: frozenset[str] | None = None
    exclude_actors: frozenset[str] | None = None
    targets: frozenset[str] | None = None
    exclude_targets: frozenset[str] | None = None
    actor_kinds: frozenset[str] | None = None
    target_kind: str | None = None

    @classmethod
    def make(
        cls,
        *,
        start: Any = None,
        end: Any = None,
        actors: Iterable[str] | None = None,
        exclude_actors: Iterable[str] | None = None,
        targets: Iterable[str] | None = None,
        exclude_targets: Iterable[str] | None = None,
        actor_kinds: Iterable[str] | None = None,
        target_kind: str | None = None,
    ) -> Filters:
        """Check and normalise filter arguments (raises ValueError naming the bad one)."""
        if target_kind is not None and target_kind not in ("actor", "issue"):
            raise ValueError(f"target_kind must be 'actor', 'issue' or None, not {target_kind!r}")
        start_ts = _timestamp(start, "start")
        end_ts = _timestamp(end, "end")
        if start_ts is not None and end_ts is not None and end_ts < start_ts:
            raise ValueError(f"end ({end_ts.date()}) is before start ({start_ts.date()})")
        return cls(
            start=start_ts,
            end=end_ts,
            actors=_id_set(actors, "actors"),
            exclude_actors=_id_set(exclude_actors, "exclude_actors"),
            targets=_id_set(targets, "targets"),
            exclude_targets=_id_set(exclude_targets, "exclude_targets"),
            actor_kinds=_id_set(actor_kinds, "actor_kinds"),
            target_kind=target_kind,
        )

    def without_dates(self) -> Filters:
        """The same filters with no date range (used to find the node universe)."""
        return Filters(**{**self.__dict__, "start": None, "end": None})

    def as_dict(self) -> dict[str, Any]:
        """Plain values (sorted lists, ISO strings) for graph attributes."""
        out: dict[str, Any] = {}
        for key, value in self.__dict__.items():
            if isinstance(value, frozenset):
                value = sorted(value)
            elif isinstance(value, pd.Timestamp):
                value = value.isoformat()
            out[key] = value
        return out


def _timestamp(value: Any, name: str) -> pd.Timestamp | None:
    if value is None:
        return None
    try:
        ts = pd.Timestamp(value)
    except (TypeError, ValueError) as error:
        raise ValueError(f"{name}={value!r} is not a date") from error
    if ts is pd.NaT:
        raise ValueError(f"{name}={value!r} is not a date")
    if ts.tzinfo is not None:
        ts = ts.tz_convert(None)
    return ts


def _id_set(values: Iterable[str] | None, name: str) -> frozenset[str] | None:
    if values is None:
        return None
    if isinstance(values, str):
        raise ValueError(f"{name} must be a list of ids, not the string {values!r}")
    return frozenset(str(v) for v in values)


def require_dates(df: pd.DataFrame, why: str) -> None:
    """Raise StatementsError when some statements have no date but dates are needed."""
    missing = int(df["date"].isna().sum())
    if missing:
        raise StatementsError(
            f"column 'date': {missing} of {len(df)} statements have no date (NaT), "
            f"but {why} needs dates; drop or date those rows first"
        )


def _end_bound(end: pd.Timestamp) -> tuple[pd.Timestamp, bool]:
    """Upper bound and whether it is exclusive: a date without time includes the whole day."""
    if end == end.normalize():
        return end + pd.Timedelta(days=1), True
    return end, False


def prepare_statements(
    statements: pd.DataFrame,
    filters: Filters,
    duplicates: str,
    *,
    registry: Any = None,
    validated: bool = False,
) -> pd.DataFrame:
    """Validate, filter and de-duplicate a statements table.

    Parameters
    ----------
    statements : pandas.DataFrame
        A statements table (see `stancenet.schema`).
    filters : Filters
        Which statements to keep.
    duplicates : str
        One of `DUPLICATES`. Except for ``'include'``, a statement with the same
        (source, target, polarity) as an earlier one in the same document / calendar
        week (Monday to Sunday) / calendar month / calendar year / whole table is dropped.
    registry : stancenet.registry.Registry, optional
        Needed for ``filters.actor_kinds``.
    validated : bool
        The table already went through `validate_statements` (skip it).

    Returns
    -------
    pandas.DataFrame
        The kept rows in their original order, original index kept.

    Notes
    -----
    DNA compares the calendar week/month of two statements without their year (its
    ``Exporter.filterStatements`` tests ``month == monthPrevious``), so January 2020 and
    January 2021 count as one period there; here a period is a calendar month *of a
    year*, which is what DNA's manual describes.
    """
    if duplicates not in DUPLICATES:
        raise ValueError(f"duplicates must be one of {DUPLICATES}, not {duplicates!r}")
    df = statements if validated else validate_statements(statements, registry=registry)
    if filters.start is not None or filters.end is not None:
        require_dates(df, "a date filter (start/end)")
    if duplicates in ("week", "month", "year"):
        require_dates(df, f"duplicates={duplicates!r}")

    keep = np.ones(len(df), dtype=bool)
    dates = df["date"]
    if filters.start is not None:
        keep &= (dates >= filters.start).to_numpy()
    if filters.end is not None:
        bound, exclusive = _end_bound(filters.end)
        keep &= (dates < bound).to_numpy() if exclusive else (dates <= bound).to_numpy()
    if filters.actors is not None:
        keep &= df["source"].isin(filters.actors).to_numpy()
    if filters.exclude_actors:
        keep &= ~df["source"].isin(filters.exclude_actors).to_numpy()
    if filters.targets is not None:
        keep &= df["target"].isin(filters.targets).to_numpy()
    if filters.exclude_targets:
        keep &= ~df["target"].isin(filters.exclude_targets).to_numpy()
    if filters.target_kind is not None:
        keep &= (df["target_kind"] == filters.target_kind).to_numpy()
    if filters.actor_kinds is not None:
        keep &= _kind_mask(df, filters.actor_kinds, registry)
    if not keep.all():
        df = df.loc[keep]

    if duplicates != "include" and len(df):
        df = df.loc[~_duplicated(df, duplicates)]
    return df


def _kind_mask(df: pd.DataFrame, kinds: frozenset[str], registry: Any) -> np.ndarray:
    actors = getattr(registry, "actors", None)
    if actors is None:
        raise ValueError(
            "actor_kinds needs a registry (registry=...) to know each actor's kind"
        )
    kind_of = {key: getattr(actor, "kind", None) for key, actor in actors.items()}
    source_ok = df["source"].map(kind_of).isin(kinds).to_numpy()
    target_ok = (df["target_kind"] != "actor").to_numpy() | df["target"].map(kind_of).isin(
        kinds
    ).to_numpy()
    return source_ok & target_ok


def _duplicated(df: pd.DataFrame, duplicates: str) -> np.ndarray:
    """Rows that repeat an earlier-dated row of the same key (ties: earlier row wins)."""
    keys = {
        "source": pd.factorize(df["source"])[0],
        "target": pd.factorize(df["target"])[0],
        "polarity": df["polarity"].to_numpy(),
    }
    if duplicates == "document":
        doc = df["doc_id"]
        missing = int(doc.isna().sum() + (doc == "").sum())
        if missing:
            raise StatementsError(
                f"column 'doc_id': {missing} of {len(df)} statements have no document id, "
                f"but duplicates='document' needs one"
            )
        keys["period"] = pd.factorize(doc)[0]
    elif duplicates == "week":
        # Monday-to-Sunday weeks, as in DNA (UK locale); the period is (year, week)
        days = df["date"].to_numpy().astype("datetime64[D]").astype(np.int64)
        keys["period"] = (days + 3) // 7  # 1970-01-01 was a Thursday; weeks start on Monday
    elif duplicates == "month":
        dates = df["date"]
        keys["period"] = (dates.dt.year * 12 + dates.dt.month).to_numpy()
    elif duplicates == "year":
        keys["period"] = df["date"].dt.year.to_numpy()
    # look at rows in date order (undated last, stable) so that the earliest is kept
    order = np.argsort(df["date"].to_numpy(), kind="stable")
    in_date_order = pd.DataFrame({k: np.asarray(v)[order] for k, v in keys.items()})
    duplicated = np.empty(len(df), dtype=bool)
    duplicated[order] = in_date_order.duplicated(keep="first").to_numpy()
    return duplicated
