"""Polarisation: how far a signed graph splits into blocs, and DNA's polarisation score."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
import numpy as np
import pandas as pd

from ._signed import signed_edges
from .blocs import BlocsResult
from .blocs import blocs as find_blocs

__all__ = ["PolarizationResult", "DnaPolarizationResult", "polarization", "dna_polarization"]


@dataclass(frozen=True)
class DnaPolarizationResult:
    """DNA's polarisation of a statements table (see `dna_polarization`).

    Attributes
    ----------
    score : float
        The best quality found (``modularity``: (Q_congruence - Q_conflict) / 2, at most 0.5;
        ``ei``: (EI_conflict - EI_congruence) / 2, in [-1, 1]).
    membership : dict
        actor -> cluster (k clusters of equal size, up to one).
    quality : str
        'modularity' or 'ei'.
    k : int
    n_actors : int
    """

    score: float
    membership: dict
    quality: str
    k: int
    n_actors: int


@dataclass(frozen=True)
class PolarizationResult:
    """Polarisation of a signed graph with respect to a partition (see `polarization`).

    Attributes
    ----------
    score : float
        Share of tie weight consistent with the partition, in [0, 1]: positive ties inside a
        bloc and negative ties between blocs. 1 = perfectly polarised.
    within_positive, within_negative, between_positive, between_negative : float
        Tie weight in each cell (counts when unweighted).
    n_blocs : int
        Blocs that hold at least one node. With one bloc there is nothing to be polarised
        between; the score then only says how positive the graph is.
    dna : DnaPolarizationResult or None
        DNA's polarisation, when statements were given.
    """

    score: float
    within_positive: float
    within_negative: float
    between_positive: float
    between_negative: float
    n_blocs: int
    dna: DnaPolarizationResult | None = None

    def __float__(self) -> float:
        return float(self.score)

    def to_frame(self) -> pd.DataFrame:
        """The 2x2 table of tie weight: rows within/between, columns positive/negative."""
        return pd.DataFrame(
            {
                "positive": [self.within_positive, self.between_positive],
                "negative": [self.within_negative, self.between_negative],
            },
            index=pd.Index(["within", "between"], name="ties"),
        )


def polarization(
    G: nx.Graph,
    blocs: BlocsResult | dict | None = None,
    weight: str | None = None,
    *,
    statements: pd.DataFrame | None = None,
    k: int = 2,
    seed: int = 0,
) -> PolarizationResult:
    """Polarisation score of a signed graph under a partition into blocs.

    ``score = (W+_within + W-_between) / W``: the share of tie weight (tie count when
    unweighted) that the partition explains, positive ties inside blocs and negative ties
    between them. It is 1 when every within-bloc tie is positive and every between-bloc tie
    negative, 0 when every tie contradicts the partition. For a 2-bloc partition it is
    1 - frustration / m, so the optimum over 2-partitions is 1 minus the frustration index
    over m.

    Parameters
    ----------
    G : networkx graph
        Signed graph (symmetrised as in the other analyses).
    blocs : BlocsResult or dict, optional
        The partition (node -> bloc); by default `blocs(G, weight=weight, seed=seed)`.
        A `FrustrationResult.partition` works too.
    weight : str, optional
        Edge magnitude attribute.
    statements : pandas.DataFrame, optional
        A statements table; when given, `dna_polarization` (k clusters) is computed from it
        and returned as ``.dna``.
    k : int
        Clusters for DNA's polarisation.
    seed : int
        Seed for the default blocs and DNA's search.

    Returns
    -------
    PolarizationResult
        ``.score`` in [0, 1]; ``float(result)`` is the score. NaN for a graph without ties.

    Notes
    -----
    O(n + m) given the partition.
    """
    edges = signed_edges(G, weight)
    if blocs is None:
        membership = find_blocs(G, weight=weight, seed=seed).membership
    else:
        membership = blocs.membership if isinstance(blocs, BlocsResult) else blocs
        if not isinstance(membership, dict):
            raise TypeError(
                f"blocs must be a BlocsResult or a dict node -> bloc, not {type(blocs).__name__}"
            )
    missing = [node for node in edges.nodes if node not in membership]
    if missing:
        raise ValueError(f"blocs has no bloc for node {missing[0]!r}")
    codes = {label: c for c, label in enumerate(dict.fromkeys(membership[n] for n in edges.nodes))}
    labels = np.array([codes[membership[node]] for node in edges.nodes], dtype=np.int64)
    same = labels[edges.u] == labels[edges.v]
    positive = edges.sign > 0
    w = edges.weight
    cells = {
        "within_positive": float(w[same & positive].sum()),
        "within_negative": float(w[same & ~positive].sum()),
        "between_positive": float(w[~same & positive].sum()),
        "between_negative": float(w[~same & ~positive].sum()),
    }
    total = sum(cells.values())
    score = (
        (cells["within_positive"] + cells["between_negative"]) / total if total else float("nan")
    )
    dna = None
    if statements is not None:
        dna = dna_polarization(statements, k=k, seed=seed)
    return PolarizationResult(score=float(score), n_blocs=len(codes), dna=dna, **cells)


# --- DNA's polarisation ------------------------------------------------------------------------


def _dna_matrices(statements: pd.DataFrame) -> tuple[list, np.ndarray, np.ndarray]:
    from stancenet.schema import validate_statements

    table = validate_statements(statements)
    actors = sorted(table["source"].astype(str).unique())
    targets = sorted(table["target"].astype(str).unique())
    actor_index = {a: i for i, a in enumerate(actors)}
    target_index = {t: j for j, t in enumerate(targets)}
    n, c = len(actors), len(targets)
    agree = np.zeros((n, c))
    disagree = np.zeros((n, c))
    rows = table["source"].astype(str).map(actor_index).to_numpy()
    cols = table["target"].astype(str).map(target_index).to_numpy()
    polarity = table["polarity"].to_numpy()
    # duplicates are collapsed: an actor either did or did not take a stance on a target
    agree[rows[polarity > 0], cols[polarity > 0]] = 1
    disagree[rows[polarity < 0], cols[polarity < 0]] = 1
    congruence = agree @ agree.T + disagree @ disagree.T
    conflict = agree @ disagree.T + disagree @ agree.T
    np.fill_diagonal(congruence, 0)
    np.fill_diagonal(conflict, 0)
    return actors, congruence, conflict


def _newman_modularity(matrix: np.ndarray, one_hot: np.ndarray) -> float:
    total = matrix.sum()
    if total == 0:
        return 0.0
    e = one_hot.T @ matrix @ one_hot / total
    return float(np.trace(e) - (e.sum(axis=1) * e.sum(axis=0)).sum())


def _ei(matrix: np.ndarray, same: np.ndarray) -> float:
    upper = np.triu(np.maximum(matrix, 0), 1)
    internal = upper[same].sum()
    external = upper[~same].sum()
    if internal + external == 0:
        return 0.0
    return float((external - internal) / (external + internal))


def _dna_quality(
    quality: str, labels: np.ndarray, k: int, congruence: np.ndarray, conflict: np.ndarray
) -> float:
    if quality == "modularity":
        one_hot = np.eye(k)[labels]
        return (
            _newman_modularity(congruence, one_hot) / 2 - _newman_modularity(conflict, one_hot) / 2
        )
    same = labels[:, None] == labels[None, :]
    return _ei(conflict, same) / 2 - _ei(congruence, same) / 2


def dna_polarization(
    statements: pd.DataFrame,
    k: int = 2,
    *,
    quality: str = "modularity",
    restarts: int = 10,
    seed: int = 0,
) -> DnaPolarizationResult:
    """DNA's polarisation score of a statements table (Leifeld's ``dna_polarization``).

    Actors (statement sources) are split into ``k`` clusters of equal size (sizes differing
    by at most one); the score is the best quality of such a split:

    * ``modularity``: (Q(congruence) - Q(conflict)) / 2 with Newman's modularity
      Q = tr(e) - sum_i a_i b_i of the cluster mixing matrix e;
    * ``ei``: (EI(conflict) - EI(congruence)) / 2 with Krackhardt's E-I index
      (external - internal) / (external + internal).

    The congruence network counts, for each pair of actors, the targets both took the same
    stance on; the conflict network counts the targets they took opposite stances on (DNA's
    one-mode congruence/conflict networks with normalisation 'no' and duplicates collapsed to
    one stance per actor, target and polarity). Targets play the role of DNA's concepts.

    Parameters
    ----------
    statements : pandas.DataFrame
        Statements table (``source``, ``target``, ``polarity`` at least).
    k : int
        Number of clusters (at least 2).
    quality : {'modularity', 'ei'}
        Quality function.
    restarts : int
        Random equal-size starts of the search.
    seed : int
        Random seed.

    Returns
    -------
    DnaPolarizationResult

    Notes
    -----
    DNA maximises the quality with a genetic algorithm or a membership-swapping search; here
    each of ``restarts`` random equal-size memberships is improved by DNA's swapping move
    (exchange two actors of different clusters while the quality rises) and the best result is
    kept. Each quality evaluation costs O(n^2); a pass over all swaps O(n^4), so this suits
    discourse networks of up to a few hundred actors. Being a local search, the score is a
    lower bound on the true maximum, as in DNA.

    References
    ----------
    .. [1] P. Leifeld, "Discourse Network Analyzer (DNA)", https://github.com/leifeld/dna,
       function ``dna_polarization`` (rDNA) and class ``Polarization``.
    .. [2] M. E. J. Newman, "Fast algorithm for detecting community structure in networks",
       Physical Review E 69, 066133 (2004).
    .. [3] D. Krackhardt and R. N. Stern, "Informal networks and organizational crises",
       Social Psychology Quarterly 51 (1988), 123-140.
    """
    if quality not in ("modularity", "ei"):
        raise ValueError(f"quality must be 'modularity' or 'ei', not {quality!r}")
    if isinstance(k, bool) or not isinstance(k, int) or k < 2:
        raise ValueError(f"k must be an integer >= 2, not {k!r}")
    actors, congruence, conflict = _dna_matrices(statements)
    n = len(actors)
    if n < k:
        raise ValueError(f"k={k} clusters need at least {k} actors, the statements have {n}")
    rng = np.random.default_rng(seed)
    base = np.arange(n) % k
    best_labels, best_score = base, -np.inf
    for _ in range(max(1, restarts)):
        labels = rng.permutation(base)
        score = _dna_quality(quality, labels, k, congruence, conflict)
        improved = True
        while improved:
            improved = False
            for i in range(n):
                for j in range(i + 1, n):
                    if labels[i] == labels[j]:
                        continue
                    labels[i], labels[j] = labels[j], labels[i]
                    candidate = _dna_quality(quality, labels, k, congruence, conflict)
                    if candidate > score + 1e-12:
                        score = candidate
                        improved = True
                    else:
                        labels[i], labels[j] = labels[j], labels[i]
        if score > best_score:
            best_labels, best_score = labels.copy(), score
    return DnaPolarizationResult(
        score=float(best_score),
        membership={actor: int(best_labels[i]) for i, actor in enumerate(actors)},
        quality=quality,
        k=k,
        n_actors=n,
    )
