"""Signed centrality: positive, negative and net degree, PN index, signed eigenvector, brokers."""

from __future__ import annotations

import warnings
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd
import scipy.linalg
import scipy.sparse as sp
import scipy.sparse.linalg as spla

from ._signed import signed_edges
from .blocs import BlocsResult, blocs

__all__ = ["centrality", "pn_index", "signed_eigenvector"]


class NoDominantEigenvalueWarning(RuntimeWarning):
    """The signed adjacency matrix has no eigenvalue of strictly largest magnitude."""


def pn_index(A: sp.spmatrix, beta: float | None = None) -> np.ndarray:
    """PN index of Everett and Borgatti (2014) from a signed adjacency matrix.

    ``PN = (I - beta (P - 2N))^-1 1`` with P and N the positive and negative parts of A and
    ``beta = 1 / (2n - 2)``. Row i counts walks out of i, positive ties counting once and
    negative ties twice against.
    """
    n = A.shape[0]
    if n < 2:
        return np.ones(n)
    A = sp.csr_matrix(A)
    positive = A.maximum(0)
    negative = (-A).maximum(0)
    beta = 1.0 / (2 * n - 2) if beta is None else beta
    system = (sp.identity(n, format="csc") - beta * (positive - 2 * negative)).tocsc()
    with warnings.catch_warnings():
        warnings.simplefilter("error", spla.MatrixRankWarning)
        try:
            return np.asarray(spla.spsolve(system, np.ones(n))).ravel()
        except spla.MatrixRankWarning as error:
            raise ValueError(
                "the PN system I - beta (P - 2N) is singular for this graph (a node with "
                "negative ties to every other node); the PN index is undefined"
            ) from error


def signed_eigenvector(A: sp.spmatrix, tolerance: float = 1e-6) -> tuple[np.ndarray, float, bool]:
    """Eigenvector of the eigenvalue of largest magnitude (Bonacich and Lloyd 2004).

    Returns the vector (unit length, oriented so that its largest-magnitude entry is
    positive), the eigenvalue, and whether it is dominant: ``|lambda_1| > |lambda_n|`` by more
    than ``tolerance`` relative. When it is not, the eigenvector is not unique and a
    `NoDominantEigenvalueWarning` is issued.
    """
    n = A.shape[0]
    A = sp.csr_matrix(A, dtype=float)
    if n == 0:
        return np.zeros(0), 0.0, True
    if n <= 1000:
        values, vectors = scipy.linalg.eigh(A.toarray())
        low, high = values[0], values[-1]
        vector = vectors[:, -1] if abs(high) >= abs(low) else vectors[:, 0]
        candidates = np.abs(values)
        largest = candidates.max()
        # dominant: exactly one eigenvalue (with multiplicity) attains the largest magnitude
        dominant = largest == 0 or int((candidates >= largest * (1 - tolerance)).sum()) == 1
        value = high if abs(high) >= abs(low) else low
    else:
        high_values, high_vectors = spla.eigsh(A, k=2, which="LA")
        low_values, low_vectors = spla.eigsh(A, k=2, which="SA")
        values = np.concatenate([high_values, low_values])
        vectors = np.concatenate([high_vectors, low_vectors], axis=1)
        order = np.argsort(-np.abs(values))
        value = float(values[order[0]])
        vector = vectors[:, order[0]]
        largest = abs(value)
        dominant = largest == 0 or abs(values[order[1]]) < largest * (1 - tolerance)
    if not dominant:
        warnings.warn(
            "the signed adjacency matrix has no dominant eigenvalue (another eigenvalue has the "
            f"same magnitude {largest:.6g}, e.g. a disconnected or bipartite-like graph); the "
            "signed eigenvector centrality is not unique",
            NoDominantEigenvalueWarning,
            stacklevel=3,
        )
    k = int(np.argmax(np.abs(vector)))
    if vector[k] < 0:
        vector = -vector
    return vector, float(value), bool(dominant)


def centrality(
    G: nx.Graph,
    weight: str | None = None,
    *,
    blocs_result: BlocsResult | dict | None = None,
    seed: int = 0,
) -> pd.DataFrame:
    """Signed centralities of every node, one row per node.

    Parameters
    ----------
    G : networkx graph
        Signed graph. Degrees of a DiGraph are given in and out; the PN index of a DiGraph
        is given for out-walks (``pn``) and in-walks (``pn_in``); the eigenvector and the
        broker score use the symmetrised graph (signed weights summed per pair).
    weight : str, optional
        Edge magnitude attribute: degrees become strengths (sums of weights) and the PN index
        and eigenvector use the weighted matrices.
    blocs_result : BlocsResult or dict, optional
        Blocs for the broker score; by default `blocs(G, weight=weight, seed=seed)`.
    seed : int
        Seed of the default bloc detection.

    Returns
    -------
    pandas.DataFrame
        Indexed by node, columns: ``pos_degree``, ``neg_degree``, ``net_degree`` (pos - neg),
        for directed graphs also ``pos_out``, ``neg_out``, ``pos_in``, ``neg_in``; ``pn``
        (and ``pn_in``); ``eigenvector``; ``bloc``; ``n_blocs_reached`` (blocs the node has
        positive ties into, its own included); ``broker`` (the participation coefficient of
        its positive ties across blocs, 1 - sum_c (k_ic / k_i)^2: 0 when all its positive ties
        go into one bloc, approaching 1 - 1/c when spread evenly over c blocs).
        ``df.attrs`` holds ``eigenvalue`` and ``dominant``.

    Raises
    ------
    SignedGraphError
        Invalid input graph.

    Warns
    -----
    NoDominantEigenvalueWarning
        When the largest-magnitude eigenvalue is not unique (the eigenvector column is then
        one of several).

    Notes
    -----
    Degrees O(m); PN index one sparse linear solve; eigenvector dense O(n^3) up to 1,000
    nodes, ARPACK beyond.

    References
    ----------
    .. [1] M. G. Everett and S. P. Borgatti, "Networks containing negative ties", Social
       Networks 38 (2014), 111-120.
    .. [2] P. Bonacich and P. Lloyd, "Calculating status with negative relations", Social
       Networks 26 (2004), 331-338.
    .. [3] R. Guimera and L. A. N. Amaral, "Functional cartography of complex metabolic
       networks", Nature 433 (2005), 895-900 (participation coefficient).
    """
    edges = signed_edges(G, weight)
    nodes = edges.nodes
    n = edges.n_nodes
    index = edges.index
    frame = pd.DataFrame(index=pd.Index(nodes, name="node"))

    # degrees from the raw ties (each direction and parallel tie counted), self-loops skipped
    pos_out = np.zeros(n)
    neg_out = np.zeros(n)
    pos_in = np.zeros(n)
    neg_in = np.zeros(n)
    rows, cols, values = [], [], []
    for a, b, data in G.edges(data=True):
        if a == b:
            continue
        magnitude = 1.0 if weight is None else float(data.get(weight, 1.0))
        i, j = index[a], index[b]
        if data["sign"] > 0:
            pos_out[i] += magnitude
            pos_in[j] += magnitude
        else:
            neg_out[i] += magnitude
            neg_in[j] += magnitude
        rows.append(i)
        cols.append(j)
        values.append(data["sign"] * magnitude)
    if G.is_directed():
        frame["pos_degree"] = pos_out + pos_in
        frame["neg_degree"] = neg_out + neg_in
        frame["net_degree"] = frame["pos_degree"] - frame["neg_degree"]
        frame["pos_out"], frame["neg_out"] = pos_out, neg_out
        frame["pos_in"], frame["neg_in"] = pos_in, neg_in
        directed = sp.csr_matrix((values, (rows, cols)), shape=(n, n))
        frame["pn"] = pn_index(directed)
        frame["pn_in"] = pn_index(directed.T)
    else:
        frame["pos_degree"] = pos_out + pos_in
        frame["neg_degree"] = neg_out + neg_in
        frame["net_degree"] = frame["pos_degree"] - frame["neg_degree"]
        frame["pn"] = pn_index(edges.matrix("signed"))
    if weight is None:
        for column in frame.columns:
            if column.endswith(("degree", "_in", "_out")) and column not in ("pn_in",):
                frame[column] = frame[column].astype(int)

    vector, value, dominant = signed_eigenvector(edges.matrix("signed"))
    frame["eigenvector"] = vector
    frame.attrs["eigenvalue"] = value
    frame.attrs["dominant"] = dominant

    membership = _membership(G, edges, blocs_result, weight, seed)
    labels = np.array([membership[node] for node in nodes], dtype=np.int64)
    # report the caller's own bloc labels; the 0..c-1 codes only index the computation
    given = (blocs_result.membership if isinstance(blocs_result, BlocsResult)
             else blocs_result)
    frame["bloc"] = [given[node] for node in nodes] if given is not None else labels
    positive = edges.matrix("pos")
    if n:
        n_blocs = int(labels.max()) + 1
        one_hot = sp.csr_matrix((np.ones(n), (np.arange(n), labels)), shape=(n, n_blocs))
        into = (positive @ one_hot).toarray()
        total = into.sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            share = into / total[:, None]
        frame["n_blocs_reached"] = (into > 0).sum(axis=1)
        frame["broker"] = np.where(total > 0, 1 - np.nansum(share**2, axis=1), 0.0)
    else:
        frame["n_blocs_reached"] = np.zeros(0, dtype=int)
        frame["broker"] = np.zeros(0)
    return frame


def _membership(G: nx.Graph, edges: Any, given: Any, weight: str | None, seed: int) -> dict:
    if given is None:
        return blocs(G, weight=weight, seed=seed).membership
    membership = given.membership if isinstance(given, BlocsResult) else dict(given)
    missing = [node for node in edges.nodes if node not in membership]
    if missing:
        raise ValueError(f"blocs_result has no bloc for node {missing[0]!r}")
    # renumber arbitrary labels as 0..c-1
    codes = {label: k for k, label in enumerate(dict.fromkeys(membership[n] for n in edges.nodes))}
    return {node: codes[membership[node]] for node in edges.nodes}
