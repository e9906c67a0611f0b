"""Vectorised counting for networks: actor x target matrices, their products, normalisation.

All arithmetic of DNA's one-mode and two-mode export happens here as (sparse) matrix
products and array reductions; no Python loop runs over actor pairs. Small problems use
dense BLAS products (a 1,000 x 600 matrix times its transpose takes milliseconds);
large sparse ones stay in ``scipy.sparse``.

Notation: ``A+`` and ``A-`` are the actor x target matrices of positive and negative
statements (counts, or sums of ``weight``); ``P = [A+ | A-]`` puts them side by side
(actor x (target, polarity) "cells"), ``n_i`` is row ``i``'s total (actor ``i``'s
statements).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import scipy.sparse as sp

__all__ = [
    "OneMode",
    "PairTable",
    "cell_matrix",
    "evidence",
    "one_mode",
    "pair_table",
]

# products with at most this many entries are computed dense (float64: 8 bytes each)
_DENSE_PRODUCT = 16_000_000
# per-actor cell matrices with at most this many entries are kept dense
_DENSE_CELLS = 8_000_000
# entries processed at once when reducing over the cells of each edge
_CHUNK = 1_000_000

Matrix = np.ndarray | sp.csr_matrix


def cell_matrix(rows: np.ndarray, cols: np.ndarray, values: np.ndarray, shape: tuple[int, int],
                *, dense: bool | None = None) -> Matrix:
    """Sum ``values`` into a rows x cols matrix (dense when small, CSR otherwise)."""
    if dense is None:
        dense = shape[0] * shape[1] <= _DENSE_CELLS
    if dense:
        flat = np.bincount(rows * shape[1] + cols, weights=values, minlength=shape[0] * shape[1])
        return flat.reshape(shape)
    return sp.csr_matrix(
        sp.coo_matrix((values.astype(np.float64), (rows, cols)), shape=shape)
    )


def _product(x: Matrix, y: Matrix) -> Matrix:
    """``x @ y.T``; dense when the result is small, sparse otherwise."""
    if x.shape[0] * y.shape[0] <= _DENSE_PRODUCT:
        xd = x.toarray() if sp.issparse(x) else x
        yd = y.toarray() if sp.issparse(y) else y
        return xd @ yd.T
    xs = sp.csr_matrix(x)
    ys = sp.csr_matrix(y)
    return (xs @ ys.T).tocsr()


def _at(m: Matrix, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    if sp.issparse(m):
        return np.asarray(m[rows, cols]).ravel().astype(np.float64)
    return m[rows, cols].astype(np.float64)


def _upper_pairs(m: Matrix) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs (i < j) where ``m`` is non-zero."""
    if sp.issparse(m):
        upper = sp.triu(m, k=1, format="coo")
        keep = upper.data != 0
        rows, cols = upper.row[keep], upper.col[keep]
        order = np.lexsort((cols, rows))
        return rows[order].astype(np.int64), cols[order].astype(np.int64)
    rows, cols = np.nonzero(np.triu(m, k=1))
    return rows.astype(np.int64), cols.astype(np.int64)


def _swap_polarity(p: Matrix, n_targets: int) -> Matrix:
    """``[A+ | A-]`` -> ``[A- | A+]``."""
    perm = np.r_[np.arange(n_targets, 2 * n_targets), np.arange(n_targets)]
    return p[:, perm]


def _row_sums(m: Matrix) -> np.ndarray:
    return np.asarray(m.sum(axis=1)).ravel().astype(np.float64)


@dataclass(frozen=True)
class OneMode:
    """Actor pairs (u < v) of a one-mode network with their raw values and denominators."""

    u: np.ndarray
    v: np.ndarray
    congruence: np.ndarray
    conflict: np.ndarray
    denominator: np.ndarray


def one_mode(actor: np.ndarray, target: np.ndarray, positive: np.ndarray, value: np.ndarray,
             n_actors: int, n_targets: int, normalization: str, pairs: str) -> OneMode:
    """DNA's one-mode congruence / conflict values for a boolean qualifier.

    Parameters
    ----------
    actor, target : int arrays
        Row and column codes of each statement.
    positive : bool array
        Polarity of each statement.
    value : float array
        What each statement adds (1 for counts, or its weight).
    n_actors, n_targets : int
        Matrix shape.
    normalization : {'no', 'average', 'jaccard', 'cosine'}
        Denominator of each pair (see Notes).
    pairs : {'congruence', 'conflict', 'union'}
        Which pairs to return: those with congruence > 0, conflict > 0, or either.

    Returns
    -------
    OneMode

    Notes
    -----
    Congruence ``C = A+ A+' + A- A-'`` and conflict ``K = A+ A-' + A- A+'``, both as
    ``P P'`` and ``P S'`` with ``S = [A- | A+]``. Denominators follow DNA's
    ``Exporter.computeOneModeMatrix`` (DNA 3, github.com/leifeld/dna,
    ``dna/src/main/java/export/Exporter.java``), where ``n_i`` is the number of
    statements (or weight) actor ``i`` made on any target:

    - ``average``: ``(n_u + n_v) / 2``.
    - ``jaccard``: ``m10 + m01 + m11`` over cells (target, polarity), with ``m10`` the
      statements of ``u`` in cells where ``v`` has none, ``m01`` the reverse, and ``m11``
      the sum over shared cells of the *product* of the two counts. In matrix form
      ``n_u + n_v - (P B')_uv - (P B')_vu + (P P')_uv`` with ``B = [P > 0]``. With one
      statement per cell this is the textbook Jaccard index |shared| / |union| of the two
      actors' (target, polarity) sets; with repeated statements DNA's version is not
      the weighted (Ruzicka) Jaccard sum(min) / sum(max).
    - ``cosine``: ``n_u * n_v``. DNA writes ``sqrt(n_u^2) * sqrt(n_v^2)``, i.e. the
      product of the two activity totals, not the textbook product of Euclidean norms
      ``||P_u|| ||P_v||``; so DNA's "cosine" of two actors with identical profiles is
      only 1 when each made a single statement.

    Cost: two products of an actor x 2T matrix with its (swapped) transpose.
    """
    if normalization not in ("no", "average", "jaccard", "cosine"):
        raise ValueError(f"unknown one-mode normalization {normalization!r}")
    cells = target + n_targets * (~positive)
    p = cell_matrix(actor, cells, value, (n_actors, 2 * n_targets))
    s = _swap_polarity(p, n_targets)
    congruence = _product(p, p)
    conflict = _product(p, s)
    selector = {"congruence": congruence, "conflict": conflict, "union": congruence + conflict}
    u, v = _upper_pairs(selector[pairs])
    cong = _at(congruence, u, v)
    conf = _at(conflict, u, v)
    n = _row_sums(p)
    if normalization == "no":
        den = np.ones(len(u))
    elif normalization == "average":
        den = (n[u] + n[v]) / 2.0
    elif normalization == "cosine":
        den = n[u] * n[v]
    else:
        b = (p > 0).astype(np.float64)
        pb = _product(p, b)
        den = n[u] + n[v] - _at(pb, u, v) - _at(pb, v, u) + cong
    return OneMode(u=u, v=v, congruence=cong, conflict=conf, denominator=den)


def evidence(u: np.ndarray, v: np.ndarray, actor: np.ndarray, target: np.ndarray,
             positive: np.ndarray, days: np.ndarray, n_actors: int, n_targets: int,
             match: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Number of statements and first/last date behind each one-mode pair.

    A statement of ``u`` is evidence for the pair (u, v) when ``v`` made a statement
    that combines with it: on the same target with the same polarity (``match='same'``,
    congruence), the opposite polarity (``'opposite'``, conflict), or any polarity
    (``'target'``, subtract). Statements of ``v`` likewise.

    Returns
    -------
    n_statements : int array
    first, last : float arrays of days since 1970-01-01 (NaN when no evidence is dated)

    Notes
    -----
    Counts are two matrix products: with ``N`` the actor x cell counts, ``B = [N > 0]``
    and ``R`` the matching cells of the other actor (``N`` itself, or ``N`` with the
    polarity halves swapped for conflict), ``n = (N B_R')_uv + (B N_R')_uv``. Dates are a
    masked min/max over the cells of each pair, O(E x C) for E pairs and C cells, in
    float32 chunks; a missing cell is NaN so that ``fmin``/``fmax`` skip it.
    """
    if match == "target":
        cells, n_cells = target, n_targets
    else:
        cells, n_cells = target + n_targets * (~positive), 2 * n_targets
    dense = n_actors * n_cells <= _DENSE_CELLS
    counts = cell_matrix(actor, cells, np.ones(len(actor)), (n_actors, n_cells), dense=dense)
    counts_r = _swap_polarity(counts, n_targets) if match == "opposite" else counts
    used_r = (counts_r > 0).astype(np.float64)
    used = (counts > 0).astype(np.float64)
    n_out = (_at(_product(counts, used_r), u, v)
             + _at(_product(used, counts_r), u, v)).round().astype(np.int64)

    n_pairs = len(u)
    first_out = np.full(n_pairs, np.nan)
    last_out = np.full(n_pairs, np.nan)
    dated = ~np.isnan(days)
    if not dated.any() or n_pairs == 0:
        return n_out, first_out, last_out
    base = np.nanmin(days) - 1.0
    # first/last day per (actor, cell), shifted so that every dated cell is >= 1
    frame = pd.DataFrame({"key": actor[dated] * n_cells + cells[dated], "day": days[dated] - base})
    grouped = frame.groupby("key")["day"]
    firsts, lasts = grouped.min(), grouped.max()
    keys = firsts.index.to_numpy()
    first_m = _day_matrix(keys, firsts.to_numpy(), n_actors, n_cells, dense)
    last_m = _day_matrix(keys, lasts.to_numpy(), n_actors, n_cells, dense)
    if match == "opposite":
        first_r, last_r = _swap_polarity(first_m, n_targets), _swap_polarity(last_m, n_targets)
    else:
        first_r, last_r = first_m, last_m
    step = max(1, _CHUNK // max(n_cells, 1))
    with np.errstate(invalid="ignore"):
        for lo in range(0, n_pairs, step):
            hi = min(lo + step, n_pairs)
            uu, vv = u[lo:hi], v[lo:hi]
            # np.minimum/maximum propagate NaN: a cell only one of the two used is skipped
            first_out[lo:hi] = np.fmin.reduce(
                np.minimum(_day_rows(first_m, uu), _day_rows(first_r, vv)), axis=1)
            last_out[lo:hi] = np.fmax.reduce(
                np.maximum(_day_rows(last_m, uu), _day_rows(last_r, vv)), axis=1)
    return n_out, first_out + base, last_out + base


def _day_matrix(keys: np.ndarray, values: np.ndarray, n_actors: int, n_cells: int,
                dense: bool) -> Matrix:
    """Actor x cell days: dense float32 with NaN for empty cells, or CSR (0 = empty)."""
    rows, cols = keys // n_cells, keys % n_cells
    if dense:
        out = np.full((n_actors, n_cells), np.nan, dtype=np.float32)
        out[rows, cols] = values
        return out
    return sp.csr_matrix((values.astype(np.float32), (rows, cols)), shape=(n_actors, n_cells))


def _day_rows(m: Matrix, idx: np.ndarray) -> np.ndarray:
    if sp.issparse(m):
        rows = m[idx].toarray()
        rows[rows == 0] = np.nan
        return rows
    return m[idx]


@dataclass(frozen=True)
class PairTable:
    """Statements aggregated per (row, column) pair, as used for direct and two-mode networks."""

    row: np.ndarray
    col: np.ndarray
    pos: np.ndarray            # sum of value over positive statements
    neg: np.ndarray            # sum of value over negative statements
    n_statements: np.ndarray
    first: np.ndarray          # days since epoch, NaN when undated
    last: np.ndarray
    latest_positive: np.ndarray  # polarity of the most recent statement (dated ones first)


def pair_table(row: np.ndarray, col: np.ndarray, positive: np.ndarray, value: np.ndarray,
               days: np.ndarray, n_cols: int) -> PairTable:
    """Aggregate statements per (row, col) with bincount/groupby (O(N log N)).

    "Latest" is by date; undated statements count as older than dated ones, and among
    equal dates the later row in the (date-sorted, stable) table wins.
    """
    if len(row) == 0:
        empty = np.zeros(0)
        return PairTable(np.zeros(0, np.int64), np.zeros(0, np.int64), empty, empty,
                         np.zeros(0, np.int64), empty, empty, np.zeros(0, bool))
    key = row.astype(np.int64) * n_cols + col
    uniq, inv = np.unique(key, return_inverse=True)
    m = len(uniq)
    pos = np.bincount(inv, weights=np.where(positive, value, 0.0), minlength=m)
    neg = np.bincount(inv, weights=np.where(positive, 0.0, value), minlength=m)
    n = np.bincount(inv, minlength=m).astype(np.int64)
    day_series = pd.Series(days).groupby(inv)
    first = day_series.min().reindex(range(m)).to_numpy(dtype=np.float64)
    last = day_series.max().reindex(range(m)).to_numpy(dtype=np.float64)
    order = np.lexsort((np.arange(len(inv)), np.nan_to_num(days, nan=-np.inf)))
    # the last occurrence of each pair in date order is the first one in reverse order
    reversed_groups = inv[order][::-1]
    groups, first_in_reversed = np.unique(reversed_groups, return_index=True)
    latest = np.zeros(m, dtype=bool)
    latest[groups] = positive[order][::-1][first_in_reversed]
    return PairTable(uniq // n_cols, uniq % n_cols, pos, neg, n, first, last, latest)
