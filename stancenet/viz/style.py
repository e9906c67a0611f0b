"""Shared visual encoding of signed graphs: tie signs, bloc colours, node sizes.

The plot (`plot_network`) and the Gephi export (`stancenet.io.write_gexf`) read the same
functions here, so a node has the same colour and relative size on screen and in Gephi.
This module imports neither matplotlib nor pyplot.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping
from typing import Any

import networkx as nx

__all__ = [
    "POSITIVE_COLOR",
    "NEGATIVE_COLOR",
    "UNASSIGNED_COLOR",
    "BLOC_COLORS",
    "edge_sign",
    "edge_magnitude",
    "bloc_membership",
    "bloc_color",
    "node_activity",
    "node_sizes",
    "hex_to_rgb",
]

POSITIVE_COLOR = "#1a9641"  # green: alliance, support
NEGATIVE_COLOR = "#d7191c"  # red: opposition, conflict
UNASSIGNED_COLOR = "#9e9e9e"  # nodes outside every bloc

# Okabe-Ito-like qualitative colours, distinct from the tie colours above, then tab10 extras
BLOC_COLORS: tuple[str, ...] = (
    "#0072b2",  # blue
    "#e69f00",  # orange
    "#9467bd",  # purple
    "#56b4e9",  # sky blue
    "#cc79a7",  # pink
    "#8c564b",  # brown
    "#17becf",  # cyan
    "#bcbd22",  # olive
    "#f0e442",  # yellow
    "#7f7f7f",  # grey
)


def edge_sign(data: Mapping[str, Any]) -> int:
    """Sign (+1 or -1) of an edge from its attributes.

    Reads ``sign`` first, then the sign of ``signed_weight``, then of ``weight``; an edge
    carrying none of them counts as positive.

    Parameters
    ----------
    data : mapping
        The edge attribute dict.

    Returns
    -------
    int
        +1 or -1.
    """
    for key in ("sign", "signed_weight", "weight"):
        value = data.get(key)
        if value is None:
            continue
        try:
            number = float(value)
        except (TypeError, ValueError):
            continue
        if math.isnan(number) or number == 0:
            continue
        return 1 if number > 0 else -1
    return 1


def edge_magnitude(data: Mapping[str, Any]) -> float:
    """Non-negative strength of an edge: ``|weight|``, else ``|signed_weight|``, else 1.

    Parameters
    ----------
    data : mapping
        The edge attribute dict.

    Returns
    -------
    float
        A value >= 0.
    """
    for key in ("weight", "signed_weight"):
        value = data.get(key)
        if value is None:
            continue
        try:
            number = abs(float(value))
        except (TypeError, ValueError):
            continue
        if not math.isnan(number):
            return number
    return 1.0


def bloc_membership(G: nx.Graph, blocs: Any = None) -> dict[Hashable, Any]:
    """Bloc of every node that has one.

    Parameters
    ----------
    G : networkx graph
    blocs : dict, object with ``.membership``, or None
        A mapping node -> bloc (number or label), or a result object whose ``membership``
        attribute is such a mapping (as returned by ``stancenet.blocs``). When None, the
        node attribute ``bloc`` is used where present.

    Returns
    -------
    dict
        node -> bloc, only for nodes of `G` that have a bloc.

    Raises
    ------
    TypeError
        If `blocs` is neither a mapping nor an object with a mapping ``membership``.
    """
    if blocs is None:
        return {n: d["bloc"] for n, d in G.nodes(data=True) if d.get("bloc") not in (None, "")}
    membership = getattr(blocs, "membership", blocs)
    if isinstance(membership, Mapping):
        return {n: membership[n] for n in G if n in membership and membership[n] is not None}
    try:  # a sequence aligned with G's node order (e.g. a numpy array)
        values = list(membership)
    except TypeError:
        values = None
    if values is not None and len(values) == G.number_of_nodes():
        return dict(zip(G, values, strict=True))
    raise TypeError(
        "blocs must be a dict node -> bloc, an object with a .membership dict, or a "
        f"sequence with one bloc per node; got {type(blocs).__name__}"
    )


def _bloc_order(membership: Mapping[Hashable, Any]) -> list[Any]:
    """Blocs sorted by size (largest first), ties by their label, for stable colours."""
    counts: dict[Any, int] = {}
    for bloc in membership.values():
        counts[bloc] = counts.get(bloc, 0) + 1
    return sorted(counts, key=lambda b: (-counts[b], str(b)))


def bloc_color(membership: Mapping[Hashable, Any]) -> dict[Any, str]:
    """Colour (hex) of each bloc, largest bloc first in the palette.

    Parameters
    ----------
    membership : mapping
        node -> bloc, as returned by `bloc_membership`.

    Returns
    -------
    dict
        bloc -> ``'#rrggbb'``; palette colours repeat after ``len(BLOC_COLORS)`` blocs.
    """
    return {
        bloc: BLOC_COLORS[i % len(BLOC_COLORS)] for i, bloc in enumerate(_bloc_order(membership))
    }


def node_activity(G: nx.Graph) -> dict[Hashable, float]:
    """Activity of each node: ``activity``, else ``n_made + n_received``, else weighted degree.

    Parameters
    ----------
    G : networkx graph

    Returns
    -------
    dict
        node -> activity (>= 0).
    """
    activity: dict[Hashable, float] = {}
    for node, data in G.nodes(data=True):
        value = data.get("activity")
        if value is None and ("n_made" in data or "n_received" in data):
            value = (data.get("n_made") or 0) + (data.get("n_received") or 0)
        if value is None:
            value = sum(edge_magnitude(d) for *_, d in _incident_edges(G, node))
        activity[node] = max(float(value), 0.0)
    return activity


def _incident_edges(G: nx.Graph, node: Hashable):
    if G.is_directed():
        yield from G.in_edges(node, data=True)
        yield from G.out_edges(node, data=True)
    else:
        yield from G.edges(node, data=True)


def node_sizes(activity: Mapping[Hashable, float], smallest: float, largest: float) -> dict:
    """Scale activity to sizes between `smallest` and `largest` (area grows with activity).

    Parameters
    ----------
    activity : mapping
        node -> activity.
    smallest, largest : float
        Size of the least and the most active node.

    Returns
    -------
    dict
        node -> size.
    """
    top = max(activity.values(), default=0.0)
    if top <= 0:
        return {n: smallest for n in activity}
    return {n: smallest + (largest - smallest) * (a / top) for n, a in activity.items()}


def hex_to_rgb(color: str) -> tuple[int, int, int]:
    """``'#rrggbb'`` -> (r, g, b) integers in 0..255."""
    value = color.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"expected a colour like '#1a9641', got {color!r}")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
