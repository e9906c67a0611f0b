"""Networks over time: moving-window snapshots and one dynamic graph for export.

`build_networks` cuts a statements table into time windows (fixed lengths such as
``'90D'`` or calendar periods such as ``'MS'``, ``'QS'``, ``'YS'``) and builds one graph
per window with `build_network`'s settings. `to_dynamic` folds the snapshots into a
single graph whose nodes and edges carry GEXF-style ``spells`` and per-window values.
"""

from __future__ import annotations

from typing import Any

import networkx as nx
import pandas as pd
from pandas.tseries.frequencies import to_offset
from pandas.tseries.offsets import BaseOffset, Tick

from stancenet.network.build import Context, Options, assemble
from stancenet.network.prepare import Filters, prepare_statements, require_dates
from stancenet.schema import validate_statements

__all__ = ["build_networks", "to_dynamic", "window_bounds"]

_OPTION_NAMES = (
    "normalization", "aggregation", "duplicates", "weighting", "ties", "min_statements",
    "isolates", "direct_weight", "indirect_weight",
)
_FILTER_NAMES = (
    "actors", "exclude_actors", "targets", "exclude_targets", "actor_kinds", "target_kind",
)
#: refuse to make more snapshots than this (a step of '1s' over years is a typo)
MAX_WINDOWS = 10_000


def _offset(value: Any, name: str) -> BaseOffset:
    if isinstance(value, pd.Timedelta):
        value = to_offset(value)
    try:
        offset = to_offset(value)
    except (TypeError, ValueError) as error:
        raise ValueError(
            f"{name}={value!r} is not a pandas frequency (e.g. '90D', '4W', 'MS', 'QS', 'YS')"
        ) from error
    return offset


def window_bounds(first: pd.Timestamp, last: pd.Timestamp, window: Any,
                  step: Any = None) -> list[tuple[pd.Timestamp, pd.Timestamp]]:
    """Half-open windows ``[start, stop)`` covering ``first`` .. ``last`` (inclusive days).

    Parameters
    ----------
    first, last : pandas.Timestamp
        First and last day to cover.
    window : str or offset
        Window length: a fixed length (``'90D'``, ``'2W'``) or a calendar offset
        (``'MS'`` one calendar month, ``'3MS'``, ``'QS'``, ``'YS'``).
    step : str or offset, optional
        How far each window starts after the previous one; default: ``window``
        (windows that tile the range). When the step is a calendar offset, the first
        window starts at the period that contains ``first`` (e.g. the quarter's first day).

    Returns
    -------
    list of (start, stop) pairs of Timestamps
    """
    window_off = _offset(window, "window")
    step_off = _offset(step if step is not None else window, "step")
    ws = first.normalize()
    if not isinstance(step_off, Tick):
        ws = step_off.rollback(ws)
    bounds = []
    while ws <= last:
        stop = ws + window_off
        following = ws + step_off
        if stop <= ws or following <= ws:
            raise ValueError(f"window={window!r} and step={step!r} must both move forward in time")
        bounds.append((ws, stop))
        if len(bounds) > MAX_WINDOWS:
            raise ValueError(
                f"window={window!r}, step={step!r} make more than {MAX_WINDOWS} snapshots "
                f"between {first.date()} and {last.date()}"
            )
        ws = following
    return bounds


def build_networks(
    statements: pd.DataFrame,
    window: Any = "90D",
    step: Any = "30D",
    start: Any = None,
    end: Any = None,
    *,
    kind: str = "direct",
    registry: Any = None,
    **kwargs: Any,
) -> list[nx.Graph]:
    """One network per moving time window, in time order.

    Parameters
    ----------
    statements : pandas.DataFrame
        Statements table; every statement needs a date (rows with NaT raise
        `StatementsError` naming how many).
    window : str or offset
        Window length, e.g. ``'90D'``, ``'4W'``, or a calendar period ``'MS'``, ``'QS'``,
        ``'YS'`` (see `window_bounds`).
    step : str or offset or None
        Distance between window starts (default ``'30D'``: windows overlap); None means
        ``step = window`` (consecutive windows, e.g. calendar quarters with ``'QS'``).
    start, end : date-like, optional
        Inclusive overall range; default the first and last statement dates. Statements
        outside are dropped before duplicates are handled, as in DNA.
    kind : str
        Network kind (see `build_network`).
    registry : Registry, optional
        Passed on (node names, kinds, ``actor_kinds`` filter).
    **kwargs
        Any other `build_network` option or filter (normalization, duplicates,
        weighting, ties, min_statements, isolates, actors, targets, ...).

    Returns
    -------
    list of networkx graphs
        One per window, empty windows included (empty graphs, or only isolates with
        ``isolates=True``). Graph attributes ``start`` and ``end`` are the window's first
        and last day (ISO); ``window_index`` its position.

    Notes
    -----
    Filters and duplicate handling run once over the whole range before the table is
    cut into windows (DNA's order), so with ``duplicates='month'`` a statement repeated
    across a window boundary counts only in the window holding its first occurrence.
    Windows may extend past ``end``; only statements up to ``end`` are used.
    """
    unknown = set(kwargs) - set(_OPTION_NAMES) - set(_FILTER_NAMES)
    if unknown:
        raise TypeError(f"build_networks() got unexpected argument(s) {sorted(unknown)}")
    options = Options.make(kind, **{k: v for k, v in kwargs.items() if k in _OPTION_NAMES})
    filters = Filters.make(start=start, end=end,
                           **{k: v for k, v in kwargs.items() if k in _FILTER_NAMES})
    table = validate_statements(statements, registry=registry)
    require_dates(table, "time windows (build_networks)")
    used = prepare_statements(table, filters, options.duplicates, registry=registry,
                              validated=True)
    context = Context.make(table, filters, options, registry)
    dates = used["date"]
    if filters.start is None and not len(dates):
        return []
    first = filters.start if filters.start is not None else dates.min()
    last = filters.end if filters.end is not None else (dates.max() if len(dates) else first)
    snapshots = []
    values = dates.to_numpy()
    for index, (ws, stop) in enumerate(window_bounds(first, last, window, step)):
        inside = (values >= ws.to_datetime64()) & (values < stop.to_datetime64())
        graph = assemble(
            used.loc[inside], options, context, filters=filters,
            window=(ws.isoformat(), stop.isoformat()),
            start=ws.date().isoformat(),
            end=(stop - pd.Timedelta(days=1)).date().isoformat(),
        )
        graph.graph["window_index"] = index
        snapshots.append(graph)
    return snapshots


def to_dynamic(snapshots: list[nx.Graph]) -> nx.Graph:
    """Fold time-window snapshots into one dynamic graph (for a dynamic GEXF).

    Each snapshot is shown during its *slice*: from the day after the previous
    snapshot's ``end`` to its own ``end`` (the first snapshot from its ``start``). A
    moving window thus stands for the days up to its end, and overlapping windows give
    contiguous, non-overlapping slices (tiling windows, ``step == window``, give slices
    equal to the windows).

    Parameters
    ----------
    snapshots : list of networkx graphs
        From `build_networks` (each with graph attributes ``start`` and ``end``), in
        time order; all of the same type (Graph or DiGraph).

    Returns
    -------
    networkx.Graph or DiGraph
        Graph attributes: ``mode='dynamic'``, ``timeformat='date'``, ``kind``,
        ``normalization``, ``start``/``end`` (first and last day shown), ``slices``
        (list of (start_iso, end_iso), one per snapshot) and ``windows`` (the snapshots'
        own (start, end)).
        Node attributes: the static attributes of the node in the latest snapshot that
        has it, plus ``spells``: list of (start_iso, end_iso) inclusive day ranges
        (consecutive slices merged).
        Edge attributes: the static attributes of the latest snapshot that has the
        edge, plus ``spells`` as for nodes, ``n_snapshots``, and per-slice values as
        lists of (value, start_iso, end_iso): ``signed_weight_series``,
        ``sign_series``, ``weight_series``.

    Raises
    ------
    ValueError
        Empty list, mixed graph types, or a snapshot without ``start``/``end``.
    """
    if not snapshots:
        raise ValueError("to_dynamic needs at least one snapshot")
    directed = snapshots[0].is_directed()
    if any(g.is_directed() != directed for g in snapshots):
        raise ValueError("snapshots mix directed and undirected graphs")
    slices = _slices(snapshots)
    dynamic: nx.Graph = nx.DiGraph() if directed else nx.Graph()
    first_graph = snapshots[0].graph
    dynamic.graph.update(
        mode="dynamic",
        timeformat="date",
        kind=first_graph.get("kind", ""),
        normalization=first_graph.get("normalization", ""),
        start=slices[0][0],
        end=slices[-1][1],
        slices=slices,
        windows=[(g.graph["start"], g.graph["end"]) for g in snapshots],
    )
    for graph, (lo, hi) in zip(snapshots, slices, strict=True):
        for node, data in graph.nodes(data=True):
            spells = dynamic.nodes[node]["spells"] if node in dynamic else []
            dynamic.add_node(node, **data)
            dynamic.nodes[node]["spells"] = _extend(spells, lo, hi)
        for u, v, data in graph.edges(data=True):
            old = dynamic.edges[u, v] if dynamic.has_edge(u, v) else {}
            series = {
                name: [*old.get(f"{name}_series", []), (data.get(name), lo, hi)]
                for name in ("signed_weight", "sign", "weight")
            }
            dynamic.add_edge(u, v, **data)
            edge = dynamic.edges[u, v]
            edge["spells"] = _extend(old.get("spells", []), lo, hi)
            edge["n_snapshots"] = old.get("n_snapshots", 0) + 1
            for name, values in series.items():
                edge[f"{name}_series"] = values
    return dynamic


def _slices(snapshots: list[nx.Graph]) -> list[tuple[str, str]]:
    bounds = []
    for graph in snapshots:
        if not graph.graph.get("start") or not graph.graph.get("end"):
            raise ValueError("every snapshot needs graph attributes 'start' and 'end'")
        bounds.append((pd.Timestamp(graph.graph["start"]), pd.Timestamp(graph.graph["end"])))
    slices = []
    for i, (lo, hi) in enumerate(bounds):
        if i > 0:
            lo = max(lo, bounds[i - 1][1] + pd.Timedelta(days=1))
        if lo > hi:
            raise ValueError(
                f"snapshot {i} ends ({hi.date()}) before the previous one "
                f"({bounds[i - 1][1].date()}); snapshots must be in time order"
            )
        slices.append((lo.date().isoformat(), hi.date().isoformat()))
    return slices


def _extend(spells: list[tuple[str, str]], lo: str, hi: str) -> list[tuple[str, str]]:
    """Append [lo, hi], merging with the last spell when the two are contiguous."""
    if spells:
        last_lo, last_hi = spells[-1]
        next_day = (pd.Timestamp(last_hi) + pd.Timedelta(days=1)).date().isoformat()
        if lo <= next_day:
            return [*spells[:-1], (last_lo, max(last_hi, hi))]
    return [*spells, (lo, hi)]
