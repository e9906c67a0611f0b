"""Input checks for signed graphs and their conversion to sparse signed matrices.

Every analysis function goes through `signed_edges`, so the rules for what a signed graph
is (and how directed graphs, parallel edges and self-loops are read) live in one place:

* every edge must carry ``sign`` equal to +1 or -1 (booleans and other values are refused);
* with ``weight=<attr>`` the attribute must be a finite number >= 0 (missing means 1);
* self-loops are ignored (a tie to oneself says nothing about alliances between actors);
* two-mode (actor-issue) graphs, recognised by a node with ``node_type == 'issue'``, are
  refused: project them to an actor network first (``build_network(kind='congruence')``);
* **symmetrisation rule** for directed graphs and multigraphs: all ties between the same two
  actors (both directions, all parallel edges) are merged into one undirected tie whose signed
  weight is the *sum* of their signed weights (each tie counts +1/-1 when no weight is used).
  The merged tie has the sign of that sum and its absolute value as weight; unweighted
  analyses count it once. A pair whose ties cancel exactly (e.g. A supports B, B opposes A)
  has no tie in the symmetrised graph; the number of such pairs is kept in ``n_cancelled``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from numbers import Real
from typing import Any

import networkx as nx
import numpy as np
import scipy.sparse as sp

__all__ = ["SignedGraphError", "SignedEdges", "signed_edges"]


class SignedGraphError(ValueError):
    """A graph that is not a usable signed graph; the message names the edge or value at fault."""


@dataclass(frozen=True)
class SignedEdges:
    """The symmetrised simple signed graph behind an analysis, as index arrays.

    Attributes
    ----------
    nodes : list
        The nodes of the input graph, in its order (isolated nodes included).
    u, v : numpy.ndarray of int
        Endpoints (positions in `nodes`) of each merged undirected tie, with ``u < v``.
    sign : numpy.ndarray of int8
        +1 or -1 for each merged tie.
    weight : numpy.ndarray of float
        Magnitude of each merged tie (all ones when the analysis is unweighted).
    weighted : bool
        Whether a weight attribute was used.
    directed, multigraph : bool
        What the input graph was.
    n_self_loops, n_cancelled : int
        Self-loops ignored; pairs whose ties summed to zero and were dropped.
    """

    nodes: list
    u: np.ndarray
    v: np.ndarray
    sign: np.ndarray
    weight: np.ndarray
    weighted: bool
    directed: bool
    multigraph: bool
    n_self_loops: int = 0
    n_cancelled: int = 0
    index: dict = field(default_factory=dict, repr=False)

    @property
    def n_nodes(self) -> int:
        return len(self.nodes)

    @property
    def n_edges(self) -> int:
        return int(self.u.size)

    def matrix(self, kind: str = "signed") -> sp.csr_matrix:
        """Symmetric sparse adjacency: ``kind`` is 'signed', 'abs', 'pos' or 'neg'."""
        if kind == "signed":
            values = self.sign * self.weight
            mask = slice(None)
        elif kind == "abs":
            values = self.weight
            mask = slice(None)
        elif kind == "pos":
            mask = self.sign > 0
            values = self.weight[mask]
        elif kind == "neg":
            mask = self.sign < 0
            values = self.weight[mask]
        else:
            raise ValueError(f"kind must be 'signed', 'abs', 'pos' or 'neg', not {kind!r}")
        u, v = self.u[mask], self.v[mask]
        n = self.n_nodes
        rows = np.concatenate([u, v])
        cols = np.concatenate([v, u])
        data = np.concatenate([values, values]).astype(float)
        return sp.csr_matrix((data, (rows, cols)), shape=(n, n))

    def edge_labels(self, positions: np.ndarray | None = None) -> list[tuple[Any, Any]]:
        """The merged ties (all, or those at ``positions``) as pairs of node labels."""
        u = self.u if positions is None else self.u[positions]
        v = self.v if positions is None else self.v[positions]
        nodes = self.nodes
        return [(nodes[i], nodes[j]) for i, j in zip(u.tolist(), v.tolist(), strict=True)]


def _check_graph(G: Any) -> None:
    if not isinstance(G, nx.Graph):
        raise SignedGraphError(
            f"expected a networkx graph with a 'sign' on every edge, got {type(G).__name__}"
        )
    for node, data in G.nodes(data=True):
        if data.get("node_type") == "issue":
            raise SignedGraphError(
                f"node {node!r} has node_type='issue': this is a two-mode (actor-issue) graph; "
                "the signed analyses work on actor networks, so project it first "
                "(e.g. build_network(statements, kind='congruence' or 'subtract'))"
            )


def _check_sign(value: Any, edge: tuple) -> int:
    if isinstance(value, bool | np.bool_) or not isinstance(value, Real):
        raise SignedGraphError(f"edge {edge!r}: sign {value!r} is not +1 or -1")
    if value == 1:
        return 1
    if value == -1:
        return -1
    raise SignedGraphError(f"edge {edge!r}: sign {value!r} is not +1 or -1")


def _check_weight(value: Any, edge: tuple, weight: str) -> float:
    if isinstance(value, bool | np.bool_) or not isinstance(value, Real):
        raise SignedGraphError(f"edge {edge!r}: {weight} {value!r} is not a number")
    value = float(value)
    if not math.isfinite(value) or value < 0:
        raise SignedGraphError(f"edge {edge!r}: {weight} {value!r} must be a finite number >= 0")
    return value


def signed_edges(
    G: nx.Graph,
    weight: str | None = None,
    *,
    allow_empty: bool = True,
) -> SignedEdges:
    """Check a signed graph and return its symmetrised simple form as arrays.

    Parameters
    ----------
    G : networkx.Graph, DiGraph, MultiGraph or MultiDiGraph
        Edges carry ``sign`` (+1/-1); see the module docstring for the rules.
    weight : str, optional
        Edge attribute holding a magnitude >= 0 (missing on an edge means 1). ``None``
        counts every tie as 1.
    allow_empty : bool
        When False, a graph without any (non-loop) edge raises `SignedGraphError`.

    Returns
    -------
    SignedEdges

    Raises
    ------
    SignedGraphError
        A missing or invalid sign, an invalid weight, a two-mode graph, or an empty graph
        when ``allow_empty`` is False.

    Notes
    -----
    O(n + m) time and memory (one pass over the edges, then a sparse sum of duplicates).
    """
    _check_graph(G)
    nodes = list(G.nodes)
    index = {node: i for i, node in enumerate(nodes)}
    rows: list[int] = []
    cols: list[int] = []
    values: list[float] = []
    signs: list[int] = []
    n_self_loops = 0
    for a, b, data in G.edges(data=True):
        if "sign" not in data:
            raise SignedGraphError(f"edge {(a, b)!r} has no 'sign' attribute (expected +1 or -1)")
        sign = data["sign"]
        # fast path for the usual ints; everything else goes through the full check
        if type(sign) is not int or (sign != 1 and sign != -1):
            sign = _check_sign(sign, (a, b))
        if a == b:
            n_self_loops += 1
            continue
        if weight is None:
            magnitude = 1.0
        else:
            raw = data.get(weight, 1.0)
            if type(raw) is float and raw >= 0 and raw != math.inf:
                magnitude = raw
            else:
                magnitude = _check_weight(raw, (a, b), weight)
        i, j = index[a], index[b]
        if i > j:
            i, j = j, i
        rows.append(i)
        cols.append(j)
        values.append(sign * magnitude)
        signs.append(sign)

    n = len(nodes)
    row_arr = np.asarray(rows, dtype=np.int64)
    col_arr = np.asarray(cols, dtype=np.int64)
    value_arr = np.asarray(values, dtype=float)
    sign_arr = np.asarray(signs, dtype=np.int8)
    n_cancelled = 0
    merged = G.is_directed() or G.is_multigraph()
    if merged and row_arr.size:
        # sum all ties between the same pair (both directions, parallel edges)
        key = row_arr * max(n, 1) + col_arr
        order = np.argsort(key, kind="stable")
        key_sorted = key[order]
        starts = np.flatnonzero(np.r_[True, key_sorted[1:] != key_sorted[:-1]])
        summed = np.add.reduceat(value_arr[order], starts)
        magnitude_sum = np.add.reduceat(np.abs(value_arr[order]), starts)
        sign_sum = np.add.reduceat(sign_arr[order].astype(np.int64), starts)
        first = order[starts]
        zero = np.abs(summed) <= 1e-12 * magnitude_sum
        # ties that all have weight 0 carry no magnitude to cancel: their sign is the
        # sign of the sum of their signs (and they cancel only when that is 0)
        all_zero_weight = magnitude_sum == 0
        cancelled = np.where(all_zero_weight, sign_sum == 0, zero)
        n_cancelled = int(cancelled.sum())
        keep = ~cancelled
        row_arr, col_arr = row_arr[first][keep], col_arr[first][keep]
        value_arr = summed[keep]
        sign_arr = np.where(
            all_zero_weight[keep], np.sign(sign_sum[keep]), np.sign(value_arr)
        ).astype(np.int8)
    if not allow_empty and row_arr.size == 0:
        raise SignedGraphError("the graph has no edges between distinct nodes to analyse")
    if merged and row_arr.size and weight is None:
        weight_arr = np.ones(row_arr.size)
    else:
        weight_arr = np.abs(value_arr)
    return SignedEdges(
        nodes=nodes,
        u=row_arr,
        v=col_arr,
        sign=sign_arr,
        weight=weight_arr,
        weighted=weight is not None,
        directed=G.is_directed(),
        multigraph=G.is_multigraph(),
        n_self_loops=n_self_loops,
        n_cancelled=n_cancelled,
        index=index,
    )
