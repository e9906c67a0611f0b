"""Writing signed graphs for Gephi and other tools: GEXF 1.3 (static and dynamic), GraphML,
CSV node/edge tables and node-link JSON.

The GEXF files are written here with ``xml.etree`` rather than by networkx's writer, which
puts out three things the official GEXF 1.3 RELAX NG schema rejects (an empty graph
``name``, a misspelt XML Schema instance namespace, an ``xsi:schemaLocation``). They carry
the picture of `stancenet.plot_network` (bloc colours, activity sizes, signed-layout
positions), the node and edge attributes of the stancenet graph contract, signed
centralities, and a non-negative edge ``weight`` that Gephi's layouts accept (the sign is in
the ``sign`` and ``signed_weight`` attributes). Every file reads back with networkx.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import numbers
import xml.etree.ElementTree as ET
from collections.abc import Hashable, Mapping, Sequence
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

from stancenet.viz.layout import resolve_layout
from stancenet.viz.style import (
    NEGATIVE_COLOR,
    POSITIVE_COLOR,
    UNASSIGNED_COLOR,
    bloc_color,
    bloc_membership,
    edge_magnitude,
    edge_sign,
    hex_to_rgb,
    node_activity,
    node_sizes,
)

__all__ = [
    "write_gexf",
    "write_dynamic_gexf",
    "write_graphml",
    "write_tables",
    "write_json",
    "node_table",
    "edge_table",
    "read_gexf",
]

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"

#: scale from layout coordinates ([-1, 1]) to Gephi's canvas units
POSITION_SCALE = 500.0

# attributes GEXF holds elsewhere (label, weight) or that are not plain values
_NODE_SKIP = {"label", "viz", "spells", "start", "end", "pid", "parents"}
_EDGE_SKIP = {"weight", "label", "id", "key", "viz", "spells", "start", "end"}
# edge columns written first, in this order
_EDGE_FIRST = ("sign", "signed_weight", "pos", "neg", "n_statements", "first_date", "last_date")
_NODE_FIRST = ("name_en", "name_ar", "kind", "country", "node_type", "n_made", "n_received",
               "activity", "bloc")


# ---------------------------------------------------------------------------
# tables shared by every writer
# ---------------------------------------------------------------------------

def _plain(value: Any) -> Any:
    """A Python scalar for a table cell, None for missing; containers become JSON text."""
    if value is None:
        return None
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        number = float(value)
        return None if math.isnan(number) else number
    if isinstance(value, (_dt.date, pd.Timestamp)):
        return value.isoformat()[:10] if not isinstance(value, _dt.datetime) else value.isoformat()
    if isinstance(value, (list, tuple, set, dict)):
        return json.dumps(list(value) if isinstance(value, set) else value, ensure_ascii=False,
                          default=str)
    if value is pd.NA or value is pd.NaT:
        return None
    return str(value)


def _centralities(G: nx.Graph, membership: Mapping[Hashable, Any]) -> pd.DataFrame | None:
    """Signed centralities from stancenet.analysis, or None where it refuses the graph."""
    if G.number_of_edges() == 0:
        return None
    from stancenet.analysis import SignedGraphError, centrality

    try:
        frame = centrality(G, weight="weight", blocs_result=dict(membership) or None)
    except SignedGraphError:
        return None  # e.g. two-mode actor-issue graphs, or edges without a valid sign
    return frame.drop(columns=[c for c in ("bloc",) if c in frame.columns])


def _node_label(data: Mapping[str, Any], node: Hashable, label: str) -> str:
    if label not in ("en", "ar", "both"):
        raise ValueError(f"label must be 'en', 'ar' or 'both', got {label!r}")
    english = str(data.get("name_en") or "").strip()
    arabic = str(data.get("name_ar") or "").strip()
    if label == "both" and english and arabic:
        return f"{english} ({arabic})"
    if label == "ar":
        return arabic or english or str(node)
    return english or arabic or str(node)


def node_table(
    G: nx.Graph,
    *,
    blocs: Any = None,
    centrality: bool = True,
    label: str = "en",
) -> pd.DataFrame:
    """One row per node: id, label, the node attributes, bloc, and signed centralities.

    Parameters
    ----------
    G : networkx graph
        Signed graph (stancenet graph contract).
    blocs : dict, object with ``.membership``, or None
        Node -> bloc; default the node attribute ``bloc`` (see `stancenet.viz.style`).
    centrality : bool
        Add the columns of `stancenet.analysis.centrality` (``pos_degree``, ``neg_degree``,
        ``net_degree``, ``pn``, ``eigenvector``, ``broker`` ...), computed with the edge
        ``weight``; skipped for graphs that function refuses (two-mode graphs).
    label : {'en', 'ar', 'both'}
        Language of the ``label`` column ('both': "English (Arabic)"); the names also stay
        in their own columns.

    Returns
    -------
    pandas.DataFrame
        Columns ``id`` (the node as text), ``label``, then ``name_en``, ``name_ar``, ``kind``,
        ``country``, ``node_type``, ``n_made``, ``n_received``, ``activity``, ``bloc`` where
        present, other scalar node attributes, then centralities.
    """
    membership = bloc_membership(G, blocs)
    rows = []
    for node, data in G.nodes(data=True):
        row = {"id": str(node), "label": _node_label(data, node, label)}
        for key, value in data.items():
            if key not in _NODE_SKIP and key != "id":
                row[key] = _plain(value)
        if node in membership:
            row["bloc"] = _plain(membership[node])
        rows.append(row)
    frame = pd.DataFrame(rows, columns=None if rows else ["id", "label"])
    first = [c for c in ("id", "label", *_NODE_FIRST) if c in frame.columns]
    frame = frame[first + [c for c in frame.columns if c not in first]]
    ids = frame["id"]
    if ids.duplicated().any():
        raise ValueError(
            "node ids are not unique as text (e.g. 1 and '1'): "
            f"{sorted(ids[ids.duplicated()].unique())[:5]}"
        )
    if centrality:
        scores = _centralities(G, membership)
        if scores is not None:
            scores = scores.drop(columns=[c for c in scores.columns if c in frame.columns])
            scores.index = [str(n) for n in scores.index]
            frame = frame.join(scores, on="id")
    return frame


def edge_table(G: nx.Graph) -> pd.DataFrame:
    """One row per edge: source, target, sign, non-negative weight, signed_weight, counts.

    ``weight`` is the magnitude (>= 0, safe for Gephi's layouts) and ``sign`` and
    ``signed_weight`` are filled from it when the graph lacks them.

    Parameters
    ----------
    G : networkx graph

    Returns
    -------
    pandas.DataFrame
        Columns ``source``, ``target`` (node ids as text), ``key`` for multigraphs,
        ``weight``, ``sign``, ``signed_weight``, ``pos``, ``neg``, ``n_statements``,
        ``first_date``, ``last_date`` where present, then other scalar edge attributes.
    """
    rows = []
    edges = G.edges(keys=True, data=True) if G.is_multigraph() else (
        (u, v, None, d) for u, v, d in G.edges(data=True)
    )
    for u, v, key, data in edges:
        row: dict[str, Any] = {"source": str(u), "target": str(v)}
        if key is not None:
            row["key"] = str(key)
        sign = edge_sign(data)
        magnitude = edge_magnitude(data)
        row["weight"] = magnitude
        row["sign"] = sign
        row["signed_weight"] = sign * magnitude
        for name, value in data.items():
            if name not in _EDGE_SKIP and name not in row:
                row[name] = _plain(value)
        rows.append(row)
    frame = pd.DataFrame(rows, columns=None if rows else ["source", "target", "weight", "sign",
                                                          "signed_weight"])
    first = [c for c in ("source", "target", "key", "weight", *_EDGE_FIRST) if c in frame.columns]
    return frame[first + [c for c in frame.columns if c not in first]]


# ---------------------------------------------------------------------------
# GEXF
# ---------------------------------------------------------------------------

def _gexf_type(values: Sequence[Any]) -> str:
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, bool) for v in present):
        return "boolean"
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "long"
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return "double"
    return "string"


def _gexf_value(value: Any, kind: str) -> str:
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "double":
        return repr(float(value))
    return str(value)


def _iso_date(value: Any) -> str | None:
    """An xsd:date string for a window bound, or None when missing or unparseable."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError):
        return None
    if pd.isna(stamp):
        return None
    return stamp.date().isoformat()


def _root(description: str | None) -> ET.Element:
    root = ET.Element("gexf", {"xmlns": GEXF_NS, "xmlns:viz": VIZ_NS, "version": "1.3"})
    meta = ET.SubElement(root, "meta", {"lastmodifieddate": _dt.date.today().isoformat()})
    ET.SubElement(meta, "creator").text = "stancenet"
    if description:
        ET.SubElement(meta, "description").text = description
    return root


def _declare(graph: ET.Element, klass: str, columns: Mapping[str, str], prefix: str,
             mode: str | None = None) -> dict[str, str]:
    """Add an <attributes> block; returns column -> attribute id."""
    if not columns:
        return {}
    block = ET.SubElement(graph, "attributes", {"class": klass})
    if mode:
        block.set("mode", mode)
    ids = {}
    for i, (column, kind) in enumerate(columns.items()):
        ids[column] = f"{prefix}{i}"
        ET.SubElement(block, "attribute", {"id": ids[column], "title": column, "type": kind})
    return ids


def _attvalues(parent: ET.Element, row: Mapping[str, Any], ids: Mapping[str, str],
               kinds: Mapping[str, str]) -> None:
    values = [(c, row.get(c)) for c in ids if row.get(c) is not None]
    if not values:
        return
    block = ET.SubElement(parent, "attvalues")
    for column, value in values:
        ET.SubElement(block, "attvalue", {"for": ids[column],
                                          "value": _gexf_value(value, kinds[column])})


def _viz_node(element: ET.Element, colour: str, size: float, xy: Sequence[float],
              issue: bool) -> None:
    r, g, b = hex_to_rgb(colour)
    ET.SubElement(element, "viz:color", {"r": str(r), "g": str(g), "b": str(b)})
    ET.SubElement(element, "viz:position", {"x": f"{float(xy[0]) * POSITION_SCALE:.3f}",
                                            "y": f"{float(xy[1]) * POSITION_SCALE:.3f}"})
    ET.SubElement(element, "viz:size", {"value": f"{size:.3f}"})
    ET.SubElement(element, "viz:shape", {"value": "square" if issue else "disc"})


def _viz_edge(element: ET.Element, sign: int, thickness: float) -> None:
    r, g, b = hex_to_rgb(POSITIVE_COLOR if sign > 0 else NEGATIVE_COLOR)
    ET.SubElement(element, "viz:color", {"r": str(r), "g": str(g), "b": str(b)})
    ET.SubElement(element, "viz:thickness", {"value": f"{thickness:.3f}"})
    ET.SubElement(element, "viz:shape", {"value": "solid" if sign > 0 else "dashed"})


def _write_xml(root: ET.Element, path: str | Path) -> Path:
    path = Path(path)
    ET.indent(root, space="  ")
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    return path


def _visual(G: nx.Graph, blocs: Any, pos: Any, layout: Any, seed: int | None):
    """Colours, sizes, positions and edge thicknesses as `plot_network` draws them."""
    membership = bloc_membership(G, blocs)
    colours = bloc_color(membership)
    node_colour = {n: colours.get(membership.get(n), UNASSIGNED_COLOR) for n in G}
    # plot marker areas 60..900 pt²; Gephi sizes are diameters, so take the square root
    areas = node_sizes(node_activity(G), 60.0, 900.0)
    size = {n: math.sqrt(a) for n, a in areas.items()}
    positions = resolve_layout(G, pos if pos is not None else layout, seed=seed)
    strongest = max((edge_magnitude(d) for *_, d in G.edges(data=True)), default=0.0) or 1.0
    return membership, node_colour, size, positions, strongest


def write_gexf(
    G: nx.Graph,
    path: str | Path,
    *,
    blocs: Any = None,
    pos: Mapping[Hashable, Sequence[float]] | None = None,
    layout: Any = "signed",
    seed: int | None = 0,
    centrality: bool = True,
    label: str = "en",
) -> Path:
    """Write a signed graph as GEXF 1.3 for Gephi, valid against the official RELAX NG schema.

    Nodes carry a label (English or Arabic name), the attributes ``name_en``, ``name_ar``,
    ``kind``, ``country``, ``node_type``, ``n_made``, ``n_received``, ``activity``, ``bloc``,
    other scalar node attributes, and signed centralities (`stancenet.analysis.centrality`);
    edges carry a non-negative ``weight`` (the magnitude, which Gephi's layouts accept) and the
    attributes ``sign``, ``signed_weight``, ``pos``, ``neg``, ``n_statements``, ``first_date``,
    ``last_date``. The ``viz`` elements hold the look of `stancenet.plot_network` with the same
    arguments: bloc colours, sizes by activity, signed-layout positions (scaled by 500),
    green/red edges with thickness by weight, issues as squares.

    Parameters
    ----------
    G : networkx Graph or DiGraph (multigraphs too)
        Signed graph (stancenet graph contract).
    path : str or Path
        File to write (UTF-8).
    blocs : dict, object with ``.membership``, or None
        As for `plot_network`: colours and the ``bloc`` attribute.
    pos : dict, optional
        Node positions, e.g. the ones used for a plot; default: computed with `layout`.
    layout : str, callable or dict
        Layout when `pos` is not given (see `stancenet.viz.resolve_layout`); the default
        ``'signed'`` with ``seed=0`` gives the positions of ``plot_network``'s default.
    seed : int or None
        Seed of the layout.
    centrality : bool
        Add signed centralities as node attributes.
    label : {'en', 'ar', 'both'}
        Which name becomes the node label Gephi shows ('both': "English (Arabic)").

    Returns
    -------
    Path
        The written file.

    Raises
    ------
    ValueError
        If two nodes have the same id as text, `label` is unknown, or `pos` lacks nodes.
    """
    nodes = node_table(G, blocs=blocs, centrality=centrality, label=label)
    edges = edge_table(G)
    membership, colour, size, positions, strongest = _visual(G, blocs, pos, layout, seed)
    node_records = nodes.to_dict("records")
    edge_records = edges.to_dict("records")
    description = f"stancenet signed network, kind {G.graph['kind']}" if G.graph.get("kind") \
        else "stancenet signed network"
    root = _root(description)
    graph = ET.SubElement(root, "graph", {
        "defaultedgetype": "directed" if G.is_directed() else "undirected", "mode": "static",
    })
    start, end = _iso_date(G.graph.get("start")), _iso_date(G.graph.get("end"))
    if start or end:
        graph.set("timeformat", "date")
        if start:
            graph.set("start", start)
        if end:
            graph.set("end", end)
    node_columns = [c for c in nodes.columns if c not in ("id", "label")]
    node_kinds = {c: _gexf_type([_plain(v) for v in nodes[c]]) for c in node_columns}
    edge_columns = [c for c in edges.columns if c not in ("source", "target", "key", "weight")]
    edge_kinds = {c: _gexf_type([_plain(v) for v in edges[c]]) for c in edge_columns}
    node_ids = _declare(graph, "node", node_kinds, "n")
    edge_ids = _declare(graph, "edge", edge_kinds, "e")

    nodes_element = ET.SubElement(graph, "nodes", {"count": str(len(node_records))})
    for node, record in zip(G.nodes, node_records, strict=True):
        row = {k: _plain(v) for k, v in record.items()}
        element = ET.SubElement(nodes_element, "node", {"id": row["id"], "label": row["label"]})
        _attvalues(element, row, node_ids, node_kinds)
        _viz_node(element, colour[node], size[node], positions[node],
                  G.nodes[node].get("node_type") == "issue")

    edges_element = ET.SubElement(graph, "edges", {"count": str(len(edge_records))})
    for i, record in enumerate(edge_records):
        row = {k: _plain(v) for k, v in record.items()}
        attributes = {"id": f"{i}", "source": row["source"], "target": row["target"],
                      "weight": repr(float(row["weight"]))}
        element = ET.SubElement(edges_element, "edge", attributes)
        _attvalues(element, row, edge_ids, edge_kinds)
        _viz_edge(element, int(row["sign"]), 0.6 + 3.9 * float(row["weight"]) / strongest)
    return _write_xml(root, path)


def _merge_spells(present: Sequence[bool], slices: Sequence[tuple[str, str]]):
    """The slices in which something is present as (start, end) spells, a slice that starts
    at most one day after the previous spell ends being merged into it."""
    spells: list[list[str]] = []
    for here, (start, end) in zip(present, slices, strict=True):
        if not here:
            continue
        if spells:
            next_day = (pd.Timestamp(spells[-1][1]) + pd.Timedelta(days=1)).date().isoformat()
            if start <= next_day:
                spells[-1][1] = max(spells[-1][1], end)
                continue
        spells.append([start, end])
    return [tuple(spell) for spell in spells]


def _add_spells(element: ET.Element, spells: Sequence[tuple[str, str]]) -> None:
    block = ET.SubElement(element, "spells")
    for start, end in spells:
        ET.SubElement(block, "spell", {"start": start, "end": end})


def _aggregate(snapshots: Sequence[nx.Graph]) -> nx.Graph:
    """All windows in one graph: latest node attributes, signed weights summed per pair."""
    directed = snapshots[0].is_directed()
    G = nx.DiGraph() if directed else nx.Graph()
    totals: dict[tuple, float] = {}
    activity: dict[Hashable, float] = {}
    for snapshot in snapshots:
        for node, data in snapshot.nodes(data=True):
            G.add_node(node, **data)
        for node, value in node_activity(snapshot).items():
            activity[node] = activity.get(node, 0.0) + value
        for u, v, data in snapshot.edges(data=True):
            key = (u, v) if directed or str(u) <= str(v) else (v, u)
            totals[key] = totals.get(key, 0.0) + edge_sign(data) * edge_magnitude(data)
    for (u, v), total in totals.items():
        G.add_edge(u, v, sign=1 if total >= 0 else -1, weight=abs(total), signed_weight=total)
    for node, value in activity.items():
        G.nodes[node]["activity"] = value
    return G


def write_dynamic_gexf(
    snapshots: Sequence[nx.Graph],
    path: str | Path,
    *,
    blocs: Any = None,
    pos: Mapping[Hashable, Sequence[float]] | None = None,
    layout: Any = "signed",
    seed: int | None = 0,
    label: str = "en",
) -> Path:
    """Write a series of time-window graphs as one dynamic GEXF 1.3 file (Gephi timeline).

    The graph has ``mode="dynamic"`` and ``timeformat="date"``. Each window is shown during
    its slice: from the day after the previous window's ``end`` to its own ``end`` (the first
    from its ``start``), the rule of `stancenet.network.to_dynamic`; tiling windows keep
    their dates and moving windows get contiguous slices that do not overlap, as Gephi
    requires. Each node and edge has ``<spells>``: the slices in which it is present,
    contiguous slices merged. Static node
    attributes (names, kind, country, bloc, ...) come from the latest window holding the
    node; ``activity``, ``n_made`` and ``n_received`` are dynamic node attributes, and
    ``weight`` (GEXF's reserved title for a dynamic edge weight, non-negative),
    ``signed_weight``, ``sign``, ``n_statements``, ``pos`` and ``neg`` are dynamic edge
    attributes with one value per slice. The ``viz`` elements (colours, sizes, positions)
    are those of the aggregate graph of all windows (signed weights summed).

    Parameters
    ----------
    snapshots : sequence of networkx graphs
        In time order, all directed or all undirected, each with graph attributes ``start``
        and ``end`` (ISO dates 'YYYY-MM-DD'), as ``stancenet.build_networks`` returns them.
    path : str or Path
        File to write.
    blocs, pos, layout, seed, label
        As for `write_gexf`, applied to the aggregate graph.

    Returns
    -------
    Path
        The written file.

    Raises
    ------
    ValueError
        If there are no snapshots, a snapshot lacks a parseable ``start``/``end``, windows are
        not in time order, or directed and undirected graphs are mixed.
    """
    snapshots = list(snapshots)
    if not snapshots:
        raise ValueError("no snapshots given")
    windows: list[tuple[str, str]] = []
    for i, snapshot in enumerate(snapshots):
        start, end = _iso_date(snapshot.graph.get("start")), _iso_date(snapshot.graph.get("end"))
        if start is None or end is None:
            raise ValueError(
                f"snapshot {i} needs graph attributes 'start' and 'end' as ISO dates, got "
                f"start={snapshot.graph.get('start')!r}, end={snapshot.graph.get('end')!r}"
            )
        if end < start:
            raise ValueError(f"snapshot {i} ends ({end}) before it starts ({start})")
        if windows and start < windows[-1][0]:
            raise ValueError(
                f"snapshots must be in time order: snapshot {i} starts {start}, before "
                f"snapshot {i - 1} ({windows[-1][0]})"
            )
        windows.append((start, end))
    if len({s.is_directed() for s in snapshots}) > 1:
        raise ValueError("snapshots mix directed and undirected graphs")
    directed = snapshots[0].is_directed()
    # each window is shown during its slice, from the day after the previous window's end to
    # its own end, so moving windows give contiguous intervals that never overlap (Gephi
    # refuses overlapping intervals); the rule is stancenet.network.to_dynamic's
    from stancenet.network import to_dynamic

    slices = [(str(lo), str(hi)) for lo, hi in to_dynamic(snapshots).graph["slices"]]
    aggregate = _aggregate(snapshots)
    membership, colour, size, positions, strongest = _visual(aggregate, blocs, pos, layout, seed)

    dynamic_node = ("activity", "n_made", "n_received")
    dynamic_edge = ("weight", "signed_weight", "sign", "n_statements", "pos", "neg")
    static_nodes = node_table(aggregate, blocs=blocs, centrality=False, label=label)
    static_nodes = static_nodes.drop(columns=[c for c in dynamic_node if c in static_nodes])
    per_window_nodes = [
        node_table(s, centrality=False).set_index("id") for s in snapshots
    ]
    per_window_edges = []
    for s in snapshots:
        table = edge_table(s)
        if not directed:  # one key per undirected pair, whatever the order inside a window
            swap = table["source"] > table["target"]
            table.loc[swap, ["source", "target"]] = table.loc[swap, ["target", "source"]].values
        per_window_edges.append(table.groupby(["source", "target"], sort=False).agg(
            {c: "sum" for c in dynamic_edge if c in table.columns and c != "sign"}
        ))
    for table in per_window_edges:
        table["sign"] = np.where(table["signed_weight"] >= 0, 1, -1)

    root = _root(f"stancenet signed network over {len(snapshots)} time windows")
    graph = ET.SubElement(root, "graph", {
        "defaultedgetype": "directed" if directed else "undirected", "mode": "dynamic",
        "timeformat": "date", "start": slices[0][0], "end": slices[-1][1],
    })
    static_columns = [c for c in static_nodes.columns if c not in ("id", "label")]
    static_kinds = {c: _gexf_type([_plain(v) for v in static_nodes[c]]) for c in static_columns}
    static_ids = _declare(graph, "node", static_kinds, "n")
    node_dyn_columns = [c for c in dynamic_node
                        if any(c in t.columns for t in per_window_nodes)]
    node_dyn_kinds = {c: _gexf_type([_plain(v) for t in per_window_nodes if c in t.columns
                                     for v in t[c]]) for c in node_dyn_columns}
    node_dyn_ids = _declare(graph, "node", node_dyn_kinds, "nd", mode="dynamic")
    edge_dyn_columns = [c for c in dynamic_edge if any(c in t.columns for t in per_window_edges)]
    edge_dyn_kinds = {c: _gexf_type([_plain(v) for t in per_window_edges if c in t.columns
                                     for v in t[c]]) for c in edge_dyn_columns}
    edge_dyn_ids = _declare(graph, "edge", edge_dyn_kinds, "ed", mode="dynamic")

    nodes_element = ET.SubElement(graph, "nodes", {"count": str(len(static_nodes))})
    for node, record in zip(aggregate.nodes, static_nodes.to_dict("records"), strict=True):
        row = {k: _plain(v) for k, v in record.items()}
        element = ET.SubElement(nodes_element, "node", {"id": row["id"], "label": row["label"]})
        present = [row["id"] in table.index for table in per_window_nodes]
        values = ET.Element("attvalues")
        for column, kind in static_kinds.items():
            if row.get(column) is not None:
                ET.SubElement(values, "attvalue", {"for": static_ids[column],
                                                   "value": _gexf_value(row[column], kind)})
        for table, (start, end) in zip(per_window_nodes, slices, strict=True):
            if row["id"] not in table.index:
                continue
            for column, kind in node_dyn_kinds.items():
                value = _plain(table.at[row["id"], column]) if column in table.columns else None
                if value is not None:
                    ET.SubElement(values, "attvalue", {
                        "for": node_dyn_ids[column], "value": _gexf_value(value, kind),
                        "start": start, "end": end})
        if len(values):
            element.append(values)
        _add_spells(element, _merge_spells(present, slices))
        _viz_node(element, colour[node], size[node], positions[node],
                  aggregate.nodes[node].get("node_type") == "issue")

    pairs: list[tuple[str, str]] = []
    for table in per_window_edges:
        pairs.extend(p for p in table.index if p not in pairs)
    edges_element = ET.SubElement(graph, "edges", {"count": str(len(pairs))})
    for i, (source, target) in enumerate(pairs):
        element = ET.SubElement(edges_element, "edge",
                                {"id": str(i), "source": source, "target": target})
        values = ET.SubElement(element, "attvalues")
        present = []
        for table, (start, end) in zip(per_window_edges, slices, strict=True):
            here = (source, target) in table.index
            present.append(here)
            if not here:
                continue
            for column, kind in edge_dyn_kinds.items():
                value = _plain(table.at[(source, target), column])
                if value is not None:
                    ET.SubElement(values, "attvalue", {
                        "for": edge_dyn_ids[column], "value": _gexf_value(value, kind),
                        "start": start, "end": end})
        _add_spells(element, _merge_spells(present, slices))
        total = sum(float(t.at[(source, target), "signed_weight"])
                    for t in per_window_edges if (source, target) in t.index)
        _viz_edge(element, 1 if total >= 0 else -1, 0.6 + 3.9 * abs(total) / strongest)
    return _write_xml(root, path)


def read_gexf(path: str | Path) -> nx.Graph:
    """Read a GEXF file with networkx (``nx.read_gexf``), keeping node ids as written."""
    return nx.read_gexf(path)


# ---------------------------------------------------------------------------
# GraphML, tables, JSON
# ---------------------------------------------------------------------------

def _table_graph(G: nx.Graph, nodes: pd.DataFrame, edges: pd.DataFrame) -> nx.Graph:
    """A copy of G with node ids as text and only plain scalar attributes (for GraphML)."""
    H = nx.MultiDiGraph() if G.is_multigraph() and G.is_directed() else \
        nx.MultiGraph() if G.is_multigraph() else G.__class__()
    for key, value in G.graph.items():
        plain = _plain(value)
        if plain is not None:
            H.graph[key] = plain
    for record in nodes.to_dict("records"):
        data = {k: _plain(v) for k, v in record.items() if k != "id"}
        H.add_node(record["id"], **{k: v for k, v in data.items() if v is not None})
    for record in edges.to_dict("records"):
        data = {k: _plain(v) for k, v in record.items() if k not in ("source", "target", "key")}
        data = {k: v for k, v in data.items() if v is not None}
        if H.is_multigraph():
            H.add_edge(record["source"], record["target"], key=record.get("key"), **data)
        else:
            H.add_edge(record["source"], record["target"], **data)
    return H


def write_graphml(
    G: nx.Graph,
    path: str | Path,
    *,
    blocs: Any = None,
    centrality: bool = True,
) -> Path:
    """Write a signed graph as GraphML (UTF-8), with the columns of `node_table`/`edge_table`.

    Node ids become text; attributes that are not plain values (lists, dicts) are written as
    JSON text; missing values are left out.

    Parameters
    ----------
    G : networkx graph
    path : str or Path
    blocs : dict, object with ``.membership``, or None
        Written as the ``bloc`` node attribute.
    centrality : bool
        Add signed centralities as node attributes.

    Returns
    -------
    Path
    """
    nodes = node_table(G, blocs=blocs, centrality=centrality)
    edges = edge_table(G)
    path = Path(path)
    nx.write_graphml(_table_graph(G, nodes, edges), path, encoding="utf-8")
    return path


def write_tables(
    G: nx.Graph,
    directory: str | Path,
    *,
    prefix: str = "",
    blocs: Any = None,
    centrality: bool = True,
    encoding: str = "utf-8",
) -> tuple[Path, Path]:
    """Write the node and edge tables as CSV files Gephi's spreadsheet import understands.

    The node file has columns ``Id``, ``Label`` then the columns of `node_table`; the edge
    file ``Source``, ``Target``, ``Type`` (Directed/Undirected), ``Weight`` (non-negative),
    then ``sign``, ``signed_weight`` and the other columns of `edge_table`.

    Parameters
    ----------
    G : networkx graph
    directory : str or Path
        Folder to write into (created if missing). A path ending in ``.csv`` names the files
        instead: ``out/net.csv`` writes ``out/net_nodes.csv`` and ``out/net_edges.csv``.
    prefix : str
        Put before the file names: ``{prefix}nodes.csv``, ``{prefix}edges.csv``.
    blocs : dict, object with ``.membership``, or None
    centrality : bool
        Add signed centralities to the node table.
    encoding : str
        ``'utf-8'`` (default); ``'utf-8-sig'`` adds the byte-order mark Excel needs to show
        Arabic correctly.

    Returns
    -------
    (Path, Path)
        The node and the edge file.
    """
    directory = Path(directory)
    if directory.suffix.lower() == ".csv":
        directory, prefix = directory.parent, f"{prefix}{directory.stem}_"
    directory.mkdir(parents=True, exist_ok=True)
    nodes = node_table(G, blocs=blocs, centrality=centrality).rename(
        columns={"id": "Id", "label": "Label"})
    edges = edge_table(G).rename(columns={"source": "Source", "target": "Target",
                                          "weight": "Weight"})
    edges.insert(2, "Type", "Directed" if G.is_directed() else "Undirected")
    node_path = directory / f"{prefix}nodes.csv"
    edge_path = directory / f"{prefix}edges.csv"
    nodes.to_csv(node_path, index=False, encoding=encoding)
    edges.to_csv(edge_path, index=False, encoding=encoding)
    return node_path, edge_path


def write_json(
    G: nx.Graph,
    path: str | Path,
    *,
    blocs: Any = None,
    centrality: bool = True,
) -> Path:
    """Write node-link JSON (networkx ``node_link_data`` layout, key ``edges``), UTF-8.

    Arabic is written as is (not as \\u escapes). Read it back with
    ``nx.node_link_graph(json.load(f), edges="edges")``.

    Parameters
    ----------
    G : networkx graph
    path : str or Path
    blocs : dict, object with ``.membership``, or None
    centrality : bool

    Returns
    -------
    Path
    """
    nodes = node_table(G, blocs=blocs, centrality=centrality)
    edges = edge_table(G)
    data = nx.node_link_data(_table_graph(G, nodes, edges), edges="edges")
    path = Path(path)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n",
                    encoding="utf-8")
    return path
