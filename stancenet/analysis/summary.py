"""One-call overview of a signed graph: a table per actor and the graph-level figures."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
import pandas as pd

from ._signed import signed_edges
from .balance import balance
from .blocs import blocs
from .centrality import centrality
from .frustration import frustration
from .polarization import polarization

__all__ = ["SummaryResult", "summary"]


@dataclass(frozen=True)
class SummaryResult:
    """Per-actor table and graph-level figures (see `summary`).

    Attributes
    ----------
    actors : pandas.DataFrame
        Indexed by node: the `centrality` columns, ``bloc``, ``side`` (frustration partition)
        and ``n_frustrated`` (frustrated ties touching the node).
    graph : pandas.Series
        n_nodes, n_edges, n_positive, n_negative, n_triangles, triangle_ratio,
        weighted_triangle_ratio, walk_balance, frustration_index, frustration_lower_bound,
        frustration_optimal, frustration_method, normalised_frustration (index / m),
        n_blocs, bloc_quality, bloc_violations, polarization.
    """

    actors: pd.DataFrame
    graph: pd.Series

    def to_frame(self) -> pd.DataFrame:
        """The per-actor table."""
        return self.actors.copy()


def summary(
    G: nx.Graph,
    weight: str | None = None,
    *,
    time_limit: float = 30.0,
    seed: int = 0,
) -> SummaryResult:
    """Run the signed analyses on G and gather one table per actor plus graph-level figures.

    Parameters
    ----------
    G : networkx graph
        Signed graph (see `balance` for the rules on direction, multi-edges and loops).
    weight : str, optional
        Edge magnitude attribute, passed to every analysis.
    time_limit : float
        Seconds for the exact frustration solver.
    seed : int
        Seed for bloc detection and the frustration heuristic.

    Returns
    -------
    SummaryResult
        ``.actors`` (DataFrame per node) and ``.graph`` (Series of figures).

    Raises
    ------
    SignedGraphError
        Invalid input graph, or a graph without ties.

    Notes
    -----
    The sum of the costs of `balance`, `frustration`, `blocs` and `centrality`.
    """
    signed_edges(G, weight, allow_empty=False)
    bal = balance(G, weight)
    fru = frustration(G, weight, time_limit=time_limit, seed=seed)
    found = blocs(G, weight=weight, seed=seed)
    actors = centrality(G, weight, blocs_result=found)
    sides = fru.to_frame().set_index("node")
    actors["side"] = sides["side"].reindex(actors.index).to_numpy()
    actors["n_frustrated"] = sides["n_frustrated"].reindex(actors.index).to_numpy()
    pol = polarization(G, found, weight)
    total = bal.n_edges if weight is None else float(fru.edges_table["weight"].sum())
    graph = pd.Series(
        {
            "n_nodes": bal.n_nodes,
            "n_edges": bal.n_edges,
            "n_positive": bal.n_positive,
            "n_negative": bal.n_negative,
            "n_triangles": bal.n_triangles,
            "triangle_ratio": bal.triangle_ratio,
            "weighted_triangle_ratio": bal.weighted_triangle_ratio,
            "walk_balance": bal.walk_ratio,
            "frustration_index": fru.index,
            "frustration_lower_bound": fru.lower_bound,
            "frustration_optimal": fru.optimal,
            "frustration_method": fru.method,
            "normalised_frustration": fru.index / total if total else float("nan"),
            "n_blocs": found.n_blocs,
            "bloc_quality": found.quality,
            "bloc_violations": found.n_violations,
            "polarization": pol.score,
        },
        dtype=object,
    )
    return SummaryResult(actors=actors, graph=graph)
