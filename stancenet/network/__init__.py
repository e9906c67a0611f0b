"""Statements -> signed networks: direct, two-mode, congruence/conflict/subtract, over time.

Public functions:

- `build_network(statements, kind=...)`: one signed networkx graph;
- `build_networks(statements, window=..., step=...)`: ordered time-window snapshots;
- `to_dynamic(snapshots)`: one graph with GEXF-style spells and per-window values;
- `edge_statements(G, u, v, statements)`: the statement rows behind an edge;
- `edges_frame(G)` / `nodes_frame(G)`: the graph as tables.
"""

from stancenet.network.build import KINDS, TIES, build_network, edge_statements
from stancenet.network.frames import edges_frame, nodes_frame
from stancenet.network.prepare import DUPLICATES
from stancenet.network.time import build_networks, to_dynamic, window_bounds

__all__ = [
    "DUPLICATES",
    "KINDS",
    "TIES",
    "build_network",
    "build_networks",
    "edge_statements",
    "edges_frame",
    "nodes_frame",
    "to_dynamic",
    "window_bounds",
]
