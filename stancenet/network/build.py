"""Statements -> signed networkx graphs: direct, two-mode, congruence, conflict, subtract, combined.

The one-mode and two-mode kinds reproduce Discourse Network Analyzer's network export
for a boolean qualifier (Leifeld, *Policy Debates as Dynamic Networks*, 2016; DNA 3,
``dna/src/main/java/export/Exporter.java`` at github.com/leifeld/dna); ``direct`` adds
the actor -> actor network of statements whose target is an actor, which DNA cannot
make, and ``combined`` adds both together.

Rules shared by every kind (also in `build_network`'s docstring):

- an edge exists where its value is non-zero; ``weight`` is the magnitude of that value
  after normalisation, ``sign`` its sign, ``signed_weight = sign * weight``;
- a pair whose positive and negative evidence cancel exactly (net 0) is dropped
  (``ties='drop'``, the default) or kept with ``weight`` 0 and a sign chosen by ``ties``;
- ``pos``/``neg`` are on the same scale as ``weight`` (after normalisation).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

from stancenet.network.matrices import evidence, one_mode, pair_table
from stancenet.network.prepare import DUPLICATES, Filters, prepare_statements
from stancenet.schema import validate_statements

__all__ = [
    "KINDS",
    "ONE_MODE_KINDS",
    "TIES",
    "build_network",
    "edge_statements",
]

KINDS: tuple[str, ...] = ("direct", "twomode", "congruence", "conflict", "subtract", "combined")
ONE_MODE_KINDS: tuple[str, ...] = ("congruence", "conflict", "subtract", "combined")
TIES: tuple[str, ...] = ("drop", "positive", "negative", "latest")
WEIGHTINGS: tuple[str, ...] = ("count", "weight")
AGGREGATIONS: tuple[str, ...] = ("subtract", "combine")
_ONE_MODE_NORMALIZATIONS = ("no", "average", "jaccard", "cosine")
_TWO_MODE_NORMALIZATIONS = ("no", "activity", "prominence")
#: relative size under which a net value counts as exactly cancelled (weights are floats)
_CANCEL_TOLERANCE = 1e-9
#: prefix of a two-mode target node whose id is also a source node in the same graph
TARGET_PREFIX = "target:"


@dataclass(frozen=True)
class Options:
    """Checked settings of one network build (see `build_network` for their meaning)."""

    kind: str = "direct"
    normalization: str = "no"
    aggregation: str = "subtract"
    duplicates: str = "include"
    weighting: str = "count"
    ties: str = "drop"
    min_statements: int = 1
    isolates: bool = False
    direct_weight: float = 1.0
    indirect_weight: float = 1.0

    @classmethod
    def make(cls, kind: str, **kwargs: Any) -> Options:
        """Validate every option; raise ValueError naming the bad argument and the choices."""
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
        norm = kwargs.get("normalization", "no")
        norm = "no" if norm in (None, "none", False) else norm
        allowed = _ONE_MODE_NORMALIZATIONS if kind in ONE_MODE_KINDS else _TWO_MODE_NORMALIZATIONS
        if norm not in allowed:
            raise ValueError(f"normalization for kind={kind!r} must be one of {allowed}, not {norm!r}")
        kwargs["normalization"] = norm
        checks = {
            "aggregation": AGGREGATIONS,
            "duplicates": DUPLICATES,
            "weighting": WEIGHTINGS,
            "ties": TIES,
        }
        for name, choices in checks.items():
            value = kwargs.get(name, getattr(cls, name))
            if value not in choices:
                raise ValueError(f"{name} must be one of {choices}, not {value!r}")
        if kwargs.get("aggregation", "subtract") != "subtract" and kind != "twomode":
            raise ValueError("aggregation='combine' applies to kind='twomode' only")
        if kwargs.get("ties") == "latest" and kind in ONE_MODE_KINDS:
            raise ValueError(
                f"ties='latest' needs an edge made of statements with one sign; kind={kind!r} "
                f"pairs statements of two actors, use 'drop', 'positive' or 'negative'"
            )
        minimum = kwargs.get("min_statements", 1)
        if isinstance(minimum, bool) or not isinstance(minimum, (int, np.integer)) or minimum < 1:
            raise ValueError(f"min_statements must be an integer >= 1, not {minimum!r}")
        for name in ("direct_weight", "indirect_weight"):
            weight = kwargs.get(name, 1.0)
            if not np.isfinite(weight) or weight < 0:
                raise ValueError(f"{name} must be a finite number >= 0, not {weight!r}")
        return cls(kind=kind, **kwargs)


def build_network(
    statements: pd.DataFrame,
    kind: str = "direct",
    *,
    normalization: str | None = "no",
    aggregation: str = "subtract",
    duplicates: str = "include",
    weighting: str = "count",
    ties: str = "drop",
    min_statements: int = 1,
    isolates: bool = False,
    start: Any = None,
    end: Any = None,
    actors: Iterable[str] | None = None,
    exclude_actors: Iterable[str] | None = None,
    targets: Iterable[str] | None = None,
    exclude_targets: Iterable[str] | None = None,
    actor_kinds: Iterable[str] | None = None,
    target_kind: str | None = None,
    direct_weight: float = 1.0,
    indirect_weight: float = 1.0,
    registry: Any = None,
) -> nx.Graph:
    """Turn a statements table into a signed networkx graph.

    Parameters
    ----------
    statements : pandas.DataFrame
        Statements table (checked with `stancenet.validate_statements`; polarity 0 and
        other bad values are rejected there with the row named).
    kind : {'direct', 'twomode', 'congruence', 'conflict', 'subtract', 'combined'}
        - ``direct``: ``nx.DiGraph`` source actor -> target actor, from statements whose
          ``target_kind`` is ``'actor'``; value = pos - neg. Statements of an actor about
          itself are left out (counted in graph attribute ``n_self_statements``).
        - ``twomode``: bipartite ``nx.Graph`` actor - target (issues and actors). Node
          attribute ``bipartite`` is 0 for actors (sources), 1 for targets; a target whose
          id is also a source gets node id ``'target:' + id`` (attribute ``entity_id``
          keeps the plain id on every two-mode node; not ``id``, which networkx's GEXF
          writer would take as the node id). Value per `aggregation`.
        - ``congruence`` / ``conflict`` / ``subtract``: one-mode ``nx.Graph`` of source
          actors linked through shared targets. With ``A+``/``A-`` the actor x target
          count matrices of positive/negative statements: congruence ``A+A+' + A-A-'``,
          conflict ``A+A-' + A-A+'``, subtract = congruence - conflict; diagonals dropped
          (DNA, boolean qualifier). Congruence edges have sign +1, conflict edges -1.
        - ``combined``: ``nx.Graph`` over actors (sources and actor targets) with
          ``signed_weight = direct_weight * D + indirect_weight * S`` where ``D`` is the
          net direct stance between the two actors in both directions
          (pos - neg of u -> v plus v -> u, never normalised) and ``S`` the subtract value
          under `normalization`. With ``normalization='no'`` ``S`` grows with the product
          of two actors' statement counts while ``D`` grows linearly; use 'cosine' or
          'jaccard' (values in [-1, 1]) and a larger ``direct_weight`` to let direct
          statements dominate. Edge attributes ``direct`` and ``indirect`` hold ``D`` and
          ``S``.
    normalization : str or None
        One-mode kinds (DNA ``Exporter.computeOneModeMatrix``; ``n_i`` = statements of
        actor ``i``, or their weight): ``'no'`` (or None); ``'average'`` divides by
        ``(n_u + n_v) / 2``; ``'jaccard'`` by ``m10 + m01 + m11`` over (target, polarity)
        cells, ``m11`` summing *products* of shared counts (the textbook Jaccard
        |shared| / |union| only when every cell holds one statement); ``'cosine'`` by
        ``n_u * n_v`` (DNA's definition: the textbook cosine divides by the Euclidean
        norms of the two profiles). Congruence and conflict are divided by the same
        denominator, so subtract = congruence - conflict still holds.
        ``direct``/``twomode`` (DNA ``computeTwoModeMatrix``): ``'no'``; ``'activity'``
        divides each row (source) by its total (pos + neg; with ``aggregation='combine'``
        by the number of targets it addressed); ``'prominence'`` divides each column
        (target) likewise (with 'combine': by the number of actors that addressed it;
        DNA's own loop for that case indexes the matrix as ``mat[column][row]``, an
        index slip, so its numbers differ there). In ``combined`` the normalisation
        applies to ``S`` only.
    aggregation : {'subtract', 'combine'}
        ``twomode`` only. ``'subtract'``: value = pos - neg (signed sum). ``'combine'``:
        DNA's code, edge attribute ``combine`` = 1 (only positive statements), 2 (only
        negative) or 3 (mixed) and ``combine_label``; ``weight`` = the code (divided by the
        normalisation); sign +1 for 1, -1 for 2, and for 3 the sign of pos - neg (when that
        is 0: ``ties`` 'positive'/'negative', otherwise the latest statement). No pair is
        dropped by ``ties`` under 'combine' since DNA's code is never 0.
    duplicates : {'include', 'document', 'week', 'month', 'year', 'acrossrange'}
        Count a (source, target, polarity) statement once per document / Monday-Sunday
        week / calendar month / calendar year / whole range, keeping the earliest
        (see `stancenet.network.prepare.prepare_statements`). DNA compares week and
        month numbers without the year (January 2020 and January 2021 are one "month"
        there); here a period always includes its year.
    weighting : {'count', 'weight'}
        What a statement adds: 1 (DNA) or its cue intensity ``weight``.
    ties : {'drop', 'positive', 'negative', 'latest'}
        Cancelled pairs (pos and neg evidence equal, net 0): dropped, or kept with
        ``weight`` 0 and sign +1, -1, or the polarity of the latest statement
        ('latest': ``direct`` and ``twomode`` only). Congruence/conflict values never cancel.
    min_statements : int
        Drop edges backed by fewer statements (``n_statements``; applied after
        normalisation, so it does not change other edges' values).
    isolates : bool
        False: only nodes with at least one edge. True: every node the (date-unfiltered)
        table offers for this kind after the actor/target filters, edges or not (DNA's
        ``isolates=TRUE``). DNA's ``isolates=FALSE`` keeps active actors without ties;
        here they are dropped.
    start, end : date-like, optional
        Inclusive date range (an ``end`` without time includes the whole day). Raises
        `StatementsError` when some statements have no date.
    actors, exclude_actors : list of str, optional
        Keep only / drop statements by these sources.
    targets, exclude_targets : list of str, optional
        Keep only / drop statements on these targets.
    actor_kinds : list of str, optional
        Keep statements whose source (and actor target) has one of these registry kinds;
        needs `registry`.
    target_kind : {'actor', 'issue'}, optional
        Keep only statements on actors, or only on issues.
    direct_weight, indirect_weight : float
        ``combined`` weighting (see `kind`).
    registry : stancenet.registry.Registry, optional
        Fills node ``name_ar``, ``kind`` and ``country`` (and ``name_en`` when the table
        only has the id).

    Returns
    -------
    networkx.Graph or networkx.DiGraph
        Edge attributes ``sign``, ``weight``, ``signed_weight``, ``pos``, ``neg``,
        ``n_statements``, ``first_date``, ``last_date`` ('YYYY-MM-DD' or ''); node
        attributes ``name_en``, ``name_ar``, ``kind``, ``country``, ``n_made``,
        ``n_received``, ``activity``, ``node_type``; graph attributes ``kind``,
        ``normalization``, ``start``, ``end``, ``duplicates``, ``weighting``, ``ties``,
        ``n_statements`` and ``build_params`` (a JSON string of the settings, which
        `edge_statements` reads).
        An empty table, or filters that leave nothing, give an empty graph (with its
        graph attributes).

    Raises
    ------
    ValueError
        Unknown kind or option (the message lists the valid values).
    StatementsError
        Bad statements (e.g. polarity 0), or missing dates / document ids where the
        requested filter or duplicate rule needs them.

    Notes
    -----
    One-mode kinds cost two products of the actor x (2 * targets) matrix with its
    transpose plus O(E x targets) to find each edge's evidence (``n_statements``,
    dates); direct and two-mode cost O(N log N) for N statements.
    """
    options = Options.make(
        kind,
        normalization=normalization,
        aggregation=aggregation,
        duplicates=duplicates,
        weighting=weighting,
        ties=ties,
        min_statements=min_statements,
        isolates=isolates,
        direct_weight=float(direct_weight),
        indirect_weight=float(indirect_weight),
    )
    filters = Filters.make(
        start=start,
        end=end,
        actors=actors,
        exclude_actors=exclude_actors,
        targets=targets,
        exclude_targets=exclude_targets,
        actor_kinds=actor_kinds,
        target_kind=target_kind,
    )
    table = validate_statements(statements, registry=registry)
    used = prepare_statements(table, filters, options.duplicates, registry=registry,
                              validated=True)
    context = Context.make(table, filters, options, registry)
    start_iso = filters.start.date().isoformat() if filters.start is not None else None
    end_iso = filters.end.date().isoformat() if filters.end is not None else None
    return assemble(used, options, context, filters=filters, window=None,
                    start=start_iso, end=end_iso)


@dataclass(frozen=True)
class Context:
    """What every snapshot of one table shares: node names and the node universe."""

    names: dict[str, str]
    target_kinds: dict[str, str]
    registry: Any
    universe_sources: tuple[str, ...]
    universe_targets: tuple[str, ...]
    universe_actor_targets: tuple[str, ...]

    @classmethod
    def make(cls, table: pd.DataFrame, filters: Filters, options: Options,
             registry: Any) -> Context:
        """Names from the whole table; the node universe when ``isolates=True``."""
        sources = table.drop_duplicates("source")
        targets = table.drop_duplicates("target")
        names = dict(zip(targets["target"].tolist(), targets["target_name"].tolist(),
                         strict=True))
        names.update(zip(sources["source"].tolist(), sources["source_name"].tolist(),
                         strict=True))
        target_kinds = dict(zip(targets["target"].tolist(), targets["target_kind"].tolist(),
                                strict=True))
        u_src: tuple[str, ...] = ()
        u_tgt: tuple[str, ...] = ()
        u_act: tuple[str, ...] = ()
        if options.isolates:
            pool = prepare_statements(table, filters.without_dates(), "include",
                                      registry=registry, validated=True)
            u_src = tuple(pd.unique(pool["source"]).tolist())
            u_tgt = tuple(pd.unique(pool["target"]).tolist())
            u_act = tuple(pd.unique(pool.loc[pool["target_kind"] == "actor", "target"]).tolist())
        return cls(names, target_kinds, registry, u_src, u_tgt, u_act)


def _days(dates: pd.Series) -> np.ndarray:
    values = dates.to_numpy(dtype="datetime64[ns]")
    missing = np.isnat(values)
    days = values.astype("datetime64[D]").astype(np.int64).astype(np.float64)
    days[missing] = np.nan
    return days


def _iso(days: np.ndarray) -> list[str]:
    if len(days) == 0:
        return []
    missing = np.isnan(days)
    text = np.datetime_as_string(np.where(missing, 0, days).astype(np.int64).astype("datetime64[D]"))
    return np.where(missing, "", text).tolist()


def _statement_values(used: pd.DataFrame, options: Options) -> np.ndarray:
    if options.weighting == "weight":
        return used["weight"].to_numpy(dtype=np.float64)
    return np.ones(len(used))


def _cancelled(net: np.ndarray, total: np.ndarray) -> np.ndarray:
    return np.abs(net) <= _CANCEL_TOLERANCE * np.maximum(total, 1e-300)


def _apply_ties(net: np.ndarray, total: np.ndarray, ties: str,
                latest_positive: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """Sign of each pair and the mask of pairs to keep under the cancel rule."""
    cancelled = _cancelled(net, total)
    sign = np.where(net > 0, 1, -1).astype(np.int64)
    keep = np.ones(len(net), dtype=bool)
    if ties == "drop":
        keep = ~cancelled
    elif ties == "positive":
        sign[cancelled] = 1
    elif ties == "negative":
        sign[cancelled] = -1
    else:
        assert latest_positive is not None
        sign[cancelled] = np.where(latest_positive[cancelled], 1, -1)
    return sign, keep


def _denominators(rows: np.ndarray, cols: np.ndarray, totals: np.ndarray,
                  normalization: str) -> np.ndarray:
    """DNA's two-mode 'activity' (per row) / 'prominence' (per column) denominators."""
    if normalization == "no":
        return np.ones(len(rows))
    index = rows if normalization == "activity" else cols
    sums = np.bincount(index, weights=totals)
    return sums[index]


def assemble(used: pd.DataFrame, options: Options, context: Context, *, filters: Filters,
             window: tuple[str, str] | None, start: str | None, end: str | None) -> nx.Graph:
    """Build the graph of one (already prepared) set of statements.

    ``window`` is the half-open ISO date range [start, stop) that `build_networks` cut
    from the prepared table, stored so that `edge_statements` can cut it again.
    """
    kind = options.kind
    graph: nx.Graph = nx.DiGraph() if kind == "direct" else nx.Graph()
    days = _days(used["date"])
    if start is None:
        start = _iso(np.array([np.nanmin(days)]))[0] if np.isfinite(days).any() else ""
    if end is None:
        end = _iso(np.array([np.nanmax(days)]))[0] if np.isfinite(days).any() else ""
    graph.graph.update(
        kind=kind,
        normalization=options.normalization,
        start=start,
        end=end,
        duplicates=options.duplicates,
        weighting=options.weighting,
        ties=options.ties,
        n_statements=len(used),
        # a JSON string, so that GraphML/GEXF writers can store it like any other text
        build_params=json.dumps({
            "options": dict(options.__dict__),
            "filters": filters.as_dict(),
            "window": list(window) if window else None,
        }),
    )
    if kind == "twomode":
        graph.graph["aggregation"] = options.aggregation
    if kind == "combined":
        graph.graph["direct_weight"] = options.direct_weight
        graph.graph["indirect_weight"] = options.indirect_weight

    values = _statement_values(used, options)
    positive = (used["polarity"].to_numpy() > 0)
    source = used["source"].to_numpy(dtype=object)
    target = used["target"].to_numpy(dtype=object)
    actor_target = (used["target_kind"] == "actor").to_numpy()

    if kind == "direct":
        edges = _direct_edges(source, target, actor_target, positive, values, days, options,
                              graph)
    elif kind == "twomode":
        edges = _twomode_edges(source, target, positive, values, days, options)
    elif kind == "combined":
        edges = _combined_edges(source, target, actor_target, positive, values, days, options)
    else:
        edges = _one_mode_edges(source, target, positive, values, days, options)

    _add_nodes(graph, used, edges, context, options)
    _add_edges(graph, edges, options)
    return graph


@dataclass
class EdgeArrays:
    """Edge list as parallel arrays (u, v are node ids)."""

    u: np.ndarray
    v: np.ndarray
    columns: dict[str, np.ndarray]
    target_ids: np.ndarray | None = None  # two-mode: the plain id behind each v


def _edge_table(u: np.ndarray, v: np.ndarray, value: np.ndarray, sign: np.ndarray,
                pos: np.ndarray, neg: np.ndarray, n_statements: np.ndarray, first: np.ndarray,
                last: np.ndarray, keep: np.ndarray, min_statements: int,
                extra: dict[str, np.ndarray] | None = None) -> EdgeArrays:
    keep = keep & (n_statements >= min_statements)
    weight = np.abs(value)
    columns = {
        "sign": sign,
        "weight": weight,
        "signed_weight": sign * weight,
        "pos": pos,
        "neg": neg,
        "n_statements": n_statements,
        "first_date": first,
        "last_date": last,
        **(extra or {}),
    }
    return EdgeArrays(u[keep], v[keep], {k: c[keep] for k, c in columns.items()})


def _direct_edges(source: np.ndarray, target: np.ndarray, actor_target: np.ndarray,
                  positive: np.ndarray, values: np.ndarray, days: np.ndarray,
                  options: Options, graph: nx.Graph) -> EdgeArrays:
    self_statement = actor_target & (source == target)
    graph.graph["n_self_statements"] = int(self_statement.sum())
    rows = actor_target & ~self_statement
    ids, codes = _factorize(source[rows], target[rows])
    n = len(ids)
    s_code, t_code = codes[: rows.sum()], codes[rows.sum():]
    table = pair_table(s_code, t_code, positive[rows], values[rows], days[rows], max(n, 1))
    return _signed_pairs(table, ids[table.row] if n else table.row, ids[table.col] if n else
                         table.col, options)


def _factorize(*arrays: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    joined = np.concatenate(arrays) if arrays else np.zeros(0, dtype=object)
    codes, ids = pd.factorize(joined)
    return np.asarray(ids, dtype=object), codes.astype(np.int64)


def _signed_pairs(table: Any, u: np.ndarray, v: np.ndarray, options: Options,
                  extra: dict[str, np.ndarray] | None = None) -> EdgeArrays:
    """Direct and two-mode (aggregation 'subtract') edges from a pair table."""
    total = table.pos + table.neg
    den = _denominators(table.row, table.col, total, options.normalization)
    net = table.pos - table.neg
    sign, keep = _apply_ties(net, total, options.ties, table.latest_positive)
    safe = np.where(den > 0, den, 1.0)
    return _edge_table(u, v, net / safe, sign, table.pos / safe, table.neg / safe,
                       table.n_statements, table.first, table.last, keep & (den > 0),
                       options.min_statements, extra)


def _twomode_edges(source: np.ndarray, target: np.ndarray, positive: np.ndarray,
                   values: np.ndarray, days: np.ndarray, options: Options) -> EdgeArrays:
    s_codes, s_ids = pd.factorize(source)
    t_codes, t_ids = pd.factorize(target)
    s_ids = np.asarray(s_ids, dtype=object)
    t_ids = np.asarray(t_ids, dtype=object)
    n_targets = max(len(t_ids), 1)
    table = pair_table(s_codes.astype(np.int64), t_codes.astype(np.int64), positive, values,
                       days, n_targets)
    u = s_ids[table.row] if len(s_ids) else np.zeros(0, dtype=object)
    plain = t_ids[table.col] if len(t_ids) else np.zeros(0, dtype=object)
    v = _target_node_ids(plain, set(s_ids.tolist()))
    if options.aggregation == "subtract":
        edges = _signed_pairs(table, u, v, options, extra={"target_id": plain})
    else:
        edges = _combine_pairs(table, u, v, plain, options)
    edges.target_ids = edges.columns.pop("target_id")
    return edges


def _target_node_ids(plain: np.ndarray, source_ids: set[str]) -> np.ndarray:
    clash = np.fromiter((t in source_ids for t in plain), dtype=bool, count=len(plain))
    out = plain.copy()
    if clash.any():
        out[clash] = np.array([TARGET_PREFIX + t for t in plain[clash]], dtype=object)
    return out


def _combine_pairs(table: Any, u: np.ndarray, v: np.ndarray, plain: np.ndarray,
                   options: Options) -> EdgeArrays:
    """DNA's two-mode 'combine': 1 positive only, 2 negative only, 3 mixed."""
    code = (table.pos > 0).astype(np.int64) + 2 * (table.neg > 0).astype(np.int64)
    net = table.pos - table.neg
    total = table.pos + table.neg
    sign = np.where(code == 1, 1, -1).astype(np.int64)
    mixed = code == 3
    cancelled = mixed & _cancelled(net, total)
    sign[mixed] = np.where(net[mixed] > 0, 1, -1)
    if options.ties in ("positive", "negative"):
        sign[cancelled] = 1 if options.ties == "positive" else -1
    else:
        sign[cancelled] = np.where(table.latest_positive[cancelled], 1, -1)
    ones = np.ones(len(code))
    den_code = _denominators(table.row, table.col, ones, options.normalization)
    den_pn = _denominators(table.row, table.col, total, options.normalization)
    labels = np.array(["", "positive", "negative", "mixed"], dtype=object)[code]
    return _edge_table(u, v, code / den_code, sign, table.pos / den_pn, table.neg / den_pn,
                       table.n_statements, table.first, table.last, np.ones(len(code), bool),
                       options.min_statements,
                       extra={"combine": code, "combine_label": labels, "target_id": plain})


def _one_mode_edges(source: np.ndarray, target: np.ndarray, positive: np.ndarray,
                    values: np.ndarray, days: np.ndarray, options: Options) -> EdgeArrays:
    s_codes, s_ids = pd.factorize(source)
    t_codes, t_ids = pd.factorize(target)
    s_ids = np.asarray(s_ids, dtype=object)
    kind = options.kind
    pairs = {"congruence": "congruence", "conflict": "conflict"}.get(kind, "union")
    result = one_mode(s_codes.astype(np.int64), t_codes.astype(np.int64), positive, values,
                      len(s_ids), max(len(t_ids), 1), options.normalization, pairs)
    match = {"congruence": "same", "conflict": "opposite"}.get(kind, "target")
    n_st, first, last = evidence(result.u, result.v, s_codes.astype(np.int64),
                                 t_codes.astype(np.int64), positive, days, len(s_ids),
                                 max(len(t_ids), 1), match)
    den = result.denominator
    valid = den > 0
    safe = np.where(valid, den, 1.0)
    pos, neg = result.congruence / safe, result.conflict / safe
    if kind == "congruence":
        value, sign, keep = pos, np.ones(len(pos), np.int64), valid
    elif kind == "conflict":
        value, sign, keep = neg, -np.ones(len(neg), np.int64), valid
    else:
        net = result.congruence - result.conflict
        sign, keep = _apply_ties(net, result.congruence + result.conflict, options.ties, None)
        value, keep = net / safe, keep & valid
    u = s_ids[result.u] if len(s_ids) else np.zeros(0, dtype=object)
    v = s_ids[result.v] if len(s_ids) else np.zeros(0, dtype=object)
    return _edge_table(u, v, value, sign, pos, neg, n_st, first, last, keep,
                       options.min_statements)


def _combined_edges(source: np.ndarray, target: np.ndarray, actor_target: np.ndarray,
                    positive: np.ndarray, values: np.ndarray, days: np.ndarray,
                    options: Options) -> EdgeArrays:
    n_rows = len(source)
    ids, codes = _factorize(source, target[actor_target])
    s_codes = codes[:n_rows]
    n_actors = max(len(ids), 1)
    t_codes, t_ids = pd.factorize(target)
    n_targets = max(len(t_ids), 1)
    t_codes = t_codes.astype(np.int64)

    # indirect part: DNA subtract over all targets, normalised as asked
    result = one_mode(s_codes, t_codes, positive, values, n_actors, n_targets,
                      options.normalization, "union")
    n_ind, first_ind, last_ind = evidence(result.u, result.v, s_codes, t_codes, positive,
                                          days, n_actors, n_targets, "target")
    den = np.where(result.denominator > 0, result.denominator, np.inf)
    indirect = pd.DataFrame({
        "a": result.u, "b": result.v,
        "ipos": result.congruence / den, "ineg": result.conflict / den,
        "n": n_ind, "first": first_ind, "last": last_ind,
    })

    # direct part: statements between two actors, both directions together, unnormalised
    rows = actor_target & (source != target)
    d_target = codes[n_rows:][np.flatnonzero(rows[actor_target])]
    table = pair_table(s_codes[rows], d_target, positive[rows], values[rows], days[rows],
                       n_actors)
    direct = pd.DataFrame({
        "a": np.minimum(table.row, table.col), "b": np.maximum(table.row, table.col),
        "dpos": table.pos, "dneg": table.neg, "n": table.n_statements,
        "first": table.first, "last": table.last,
    })
    both = pd.concat([direct, indirect], ignore_index=True)
    merged = both.groupby(["a", "b"], sort=True).agg(
        dpos=("dpos", "sum"), dneg=("dneg", "sum"), ipos=("ipos", "sum"), ineg=("ineg", "sum"),
        n=("n", "sum"), first=("first", "min"), last=("last", "max"),
    )
    a = merged.index.get_level_values("a").to_numpy()
    b = merged.index.get_level_values("b").to_numpy()
    dw, iw = options.direct_weight, options.indirect_weight
    d_net = (merged["dpos"] - merged["dneg"]).to_numpy()
    i_net = (merged["ipos"] - merged["ineg"]).to_numpy()
    pos = dw * merged["dpos"].to_numpy() + iw * merged["ipos"].to_numpy()
    neg = dw * merged["dneg"].to_numpy() + iw * merged["ineg"].to_numpy()
    net = dw * d_net + iw * i_net
    sign, keep = _apply_ties(net, pos + neg, options.ties, None)
    keep &= (pos + neg) > 0
    return _edge_table(ids[a] if len(a) else a, ids[b] if len(b) else b, net, sign, pos, neg,
                       merged["n"].to_numpy().astype(np.int64), merged["first"].to_numpy(),
                       merged["last"].to_numpy(), keep, options.min_statements,
                       extra={"direct": d_net, "indirect": i_net})


def _registry_record(registry: Any, node_id: str) -> tuple[Any, str]:
    if registry is None:
        return None, ""
    actor = getattr(registry, "actors", {}).get(node_id)
    if actor is not None:
        return actor, "actor"
    issue = getattr(registry, "issues", {}).get(node_id)
    if issue is not None:
        return issue, "issue"
    return None, ""


def _node_attributes(node_id: str, context: Context, node_type: str) -> dict[str, Any]:
    record, record_type = _registry_record(context.registry, node_id)
    name = context.names.get(node_id) or node_id
    if record is not None and name == node_id and getattr(record, "name_en", ""):
        name = record.name_en
    if record_type == "issue" or (record is None and node_type == "issue"):
        kind = "issue"
    else:
        kind = getattr(record, "kind", "") or "" if record is not None else ""
    return {
        "name_en": str(name),
        "name_ar": str(getattr(record, "name_ar", "") or ""),
        "kind": str(kind),
        "country": str(getattr(record, "country", "") or ""),
        "node_type": "issue" if kind == "issue" or node_type == "issue" else "actor",
    }


def _add_nodes(graph: nx.Graph, used: pd.DataFrame, edges: EdgeArrays, context: Context,
               options: Options) -> None:
    made = used["source"].value_counts().to_dict()
    received = used["target"].value_counts().to_dict()
    kind = options.kind

    def attributes(node_id: str, node_type: str) -> dict[str, Any]:
        attrs = _node_attributes(node_id, context, node_type)
        attrs["n_made"] = int(made.get(node_id, 0))
        attrs["n_received"] = int(received.get(node_id, 0))
        attrs["activity"] = attrs["n_made"] + attrs["n_received"]
        return attrs

    if kind == "twomode":
        sources = list(pd.unique(edges.u))
        target_ids = edges.target_ids if edges.target_ids is not None else edges.v
        targets = dict(zip(edges.v.tolist(), target_ids.tolist(), strict=True))
        if options.isolates:
            sources = list(dict.fromkeys([*context.universe_sources, *sources]))
            source_set = set(sources)
            for plain in context.universe_targets:
                node = TARGET_PREFIX + plain if plain in source_set else plain
                targets.setdefault(node, plain)
        for node in sources:
            graph.add_node(node, entity_id=node, bipartite=0, **attributes(node, "actor"))
        for node, plain in targets.items():
            node_type = context.target_kinds.get(plain, "actor")
            graph.add_node(node, entity_id=plain, bipartite=1, **attributes(plain, node_type))
        return

    nodes = list(pd.unique(np.concatenate([edges.u, edges.v]))) if len(edges.u) else []
    if options.isolates:
        universe = list(context.universe_sources)
        if kind in ("direct", "combined"):
            universe += list(context.universe_actor_targets)
        nodes = list(dict.fromkeys([*universe, *nodes]))
    for node in nodes:
        graph.add_node(node, **attributes(node, "actor"))


def _add_edges(graph: nx.Graph, edges: EdgeArrays, options: Options) -> None:
    columns = dict(edges.columns)
    core = [columns.pop(name).tolist() for name in _CORE_EDGE_ATTRIBUTES[:-2]]
    core.append(_iso(columns.pop("first_date")))
    core.append(_iso(columns.pop("last_date")))
    # dict literals are ~3x faster to make than dict(zip(...)) for 10^5-10^6 edges
    attributes = [
        {"sign": s, "weight": w, "signed_weight": sw, "pos": p, "neg": n, "n_statements": k,
         "first_date": f, "last_date": la}
        for s, w, sw, p, n, k, f, la in zip(*core, strict=True)
    ]
    for name, column in columns.items():
        for attrs, value in zip(attributes, column.tolist(), strict=True):
            attrs[name] = value
    graph.add_edges_from(zip(edges.u.tolist(), edges.v.tolist(), attributes, strict=True))


_CORE_EDGE_ATTRIBUTES = ("sign", "weight", "signed_weight", "pos", "neg", "n_statements",
                         "first_date", "last_date")


def edge_statements(G: nx.Graph, u: str, v: str, statements: pd.DataFrame, *,
                    registry: Any = None) -> pd.DataFrame:
    """The statements behind the edge (u, v) of a graph made by `build_network`.

    The table is filtered and de-duplicated again with the graph's own settings
    (``G.graph['build_params']``), so the rows returned are exactly those counted.

    Parameters
    ----------
    G : networkx.Graph
        A graph from `build_network` or `build_networks`.
    u, v : str
        Node ids of an edge of ``G`` (any order for undirected graphs).
    statements : pandas.DataFrame
        The same statements table the graph was built from.
    registry : Registry, optional
        Needed only when the graph was built with ``actor_kinds``.

    Returns
    -------
    pandas.DataFrame
        Validated statement rows (original index), sorted by date. Direct: the
        statements u -> v. Two-mode: the actor's statements on the target. Congruence /
        conflict: statements of u and v on the same target with the same / opposite
        polarity as one of the other's. Subtract: statements of u and v on targets both
        addressed. Combined: the subtract rows plus direct statements u -> v and v -> u.

    Raises
    ------
    KeyError
        When (u, v) is not an edge of ``G``.
    ValueError
        When ``G`` carries no ``build_params`` (not made by `build_network`).
    """
    if not G.has_edge(u, v):
        raise KeyError(f"({u!r}, {v!r}) is not an edge of this graph")
    if "build_params" not in G.graph:
        raise ValueError("graph has no 'build_params'; it was not made by build_network")
    params = json.loads(G.graph["build_params"])
    options = replace(Options(), **params["options"])
    filters = Filters.make(**params["filters"])
    table = validate_statements(statements, registry=registry)
    used = prepare_statements(table, filters, options.duplicates, registry=registry,
                              validated=True)
    if params["window"]:
        window_start, window_stop = (pd.Timestamp(x) for x in params["window"])
        used = used.loc[(used["date"] >= window_start) & (used["date"] < window_stop)]
    kind = options.kind
    src, tgt = used["source"], used["target"]
    if kind == "direct":
        mask = (src == u) & (tgt == v) & (used["target_kind"] == "actor")
        return used.loc[mask].sort_values("date", kind="stable")
    if kind == "twomode":
        actor, other = (u, v) if G.nodes[u].get("bipartite") == 0 else (v, u)
        return used.loc[(src == actor) & (tgt == G.nodes[other]["entity_id"])]
    rows_u, rows_v = used.loc[src == u], used.loc[src == v]
    if kind == "congruence":
        keys_u = set(zip(rows_u["target"], rows_u["polarity"], strict=True))
        keys_v = set(zip(rows_v["target"], rows_v["polarity"], strict=True))
        mask = ((src == u) & _pairs_in(used, keys_v, 1)) | ((src == v) & _pairs_in(used, keys_u, 1))
    elif kind == "conflict":
        keys_u = set(zip(rows_u["target"], rows_u["polarity"], strict=True))
        keys_v = set(zip(rows_v["target"], rows_v["polarity"], strict=True))
        mask = ((src == u) & _pairs_in(used, keys_v, -1)) | ((src == v) & _pairs_in(used, keys_u,
                                                                                     -1))
    else:
        shared = set(rows_u["target"]) & set(rows_v["target"])
        mask = src.isin([u, v]) & tgt.isin(shared)
        if kind == "combined":
            actor_rows = used["target_kind"] == "actor"
            mask |= actor_rows & (((src == u) & (tgt == v)) | ((src == v) & (tgt == u)))
    return used.loc[mask]


def _pairs_in(used: pd.DataFrame, keys: set[tuple[str, int]], factor: int) -> pd.Series:
    """Rows whose (target, factor * polarity) is in ``keys``."""
    wanted = pd.MultiIndex.from_tuples(list(keys), names=["target", "polarity"]) if keys else None
    if wanted is None:
        return pd.Series(False, index=used.index)
    probe = pd.MultiIndex.from_arrays([used["target"], used["polarity"] * factor])
    return pd.Series(probe.isin(wanted), index=used.index)

