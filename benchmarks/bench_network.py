"""Benchmark: 1,000,000 statements over 1,000 actors and 300 targets into a subtract network.

Run: ``/work/venv/bin/python benchmarks/bench_network.py`` (``--n`` etc. to change sizes).
Prints the time of each phase (validation, filters/duplicates, matrices, evidence, graph)
and the total for ``build_network(kind='subtract')``, then a ``direct`` network on a
smaller table, and a 12-snapshot ``build_networks`` run.
"""

from __future__ import annotations

import argparse
import time
from contextlib import contextmanager

import numpy as np
import pandas as pd

import stancenet.network.build as build_module
from stancenet.network import build_network, build_networks, edges_frame
from stancenet.network.prepare import Filters, prepare_statements
from stancenet.schema import validate_statements


def synthetic_statements(n: int, n_actors: int, n_targets: int, seed: int = 0) -> pd.DataFrame:
    """Random statements: skewed actor activity, 3 years of dates, ~n/10 documents."""
    rng = np.random.default_rng(seed)
    actors = np.array([f"actor_{i:04d}" for i in range(n_actors)], dtype=object)
    issues = np.array([f"issue_{i:03d}" for i in range(n_targets)], dtype=object)
    activity = rng.zipf(1.6, n_actors).astype(float)
    source = rng.choice(n_actors, size=n, p=activity / activity.sum())
    target = rng.integers(0, n_targets, n)
    return pd.DataFrame({
        "source": actors[source],
        "target": issues[target],
        "target_kind": "issue",
        "polarity": rng.choice(np.array([1, -1], dtype=np.int8), n),
        "weight": rng.uniform(0.5, 2.0, n),
        "date": pd.Timestamp("2019-01-01") + pd.to_timedelta(rng.integers(0, 1095, n), unit="D"),
        "doc_id": rng.integers(0, max(n // 10, 1), n).astype(str),
    })


def direct_statements(n: int, n_actors: int, seed: int = 1) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    actors = np.array([f"actor_{i:04d}" for i in range(n_actors)], dtype=object)
    return pd.DataFrame({
        "source": actors[rng.integers(0, n_actors, n)],
        "target": actors[rng.integers(0, n_actors, n)],
        "target_kind": "actor",
        "polarity": rng.choice(np.array([1, -1], dtype=np.int8), n),
        "date": pd.Timestamp("2019-01-01") + pd.to_timedelta(rng.integers(0, 1095, n), unit="D"),
    })


PHASES: dict[str, float] = {}


@contextmanager
def timed(name: str):
    t0 = time.perf_counter()
    yield
    PHASES[name] = PHASES.get(name, 0.0) + time.perf_counter() - t0


def _wrap(module, name: str, label: str) -> None:
    original = getattr(module, name)

    def wrapper(*args, **kwargs):
        with timed(label):
            return original(*args, **kwargs)

    setattr(module, name, wrapper)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--actors", type=int, default=1_000)
    parser.add_argument("--targets", type=int, default=300)
    parser.add_argument("--direct-n", type=int, default=200_000)
    args = parser.parse_args()

    t0 = time.perf_counter()
    statements = synthetic_statements(args.n, args.actors, args.targets)
    print(f"generated {len(statements):,} statements in {time.perf_counter() - t0:.1f} s")

    # phase timings: wrap the stages build_network calls
    _wrap(build_module, "validate_statements", "validate")
    _wrap(build_module, "prepare_statements", "filters+duplicates")
    _wrap(build_module, "one_mode", "matrix products")
    _wrap(build_module, "evidence", "edge evidence (n, dates)")
    _wrap(build_module, "_add_nodes", "graph: nodes")
    _wrap(build_module, "_add_edges", "graph: edges")

    t0 = time.perf_counter()
    graph = build_network(statements, "subtract")
    total = time.perf_counter() - t0
    print(f"\nsubtract network: {graph.number_of_nodes():,} nodes, "
          f"{graph.number_of_edges():,} edges")
    for name, seconds in PHASES.items():
        print(f"  {name:<28s} {seconds:6.2f} s")
    print(f"  {'TOTAL build_network':<28s} {total:6.2f} s   (target: < 30 s)")

    t0 = time.perf_counter()
    frame = edges_frame(graph)
    print(f"  edges_frame ({len(frame):,} rows)       {time.perf_counter() - t0:6.2f} s")

    PHASES.clear()
    t0 = time.perf_counter()
    graph = build_network(statements, "subtract", normalization="jaccard",
                          duplicates="document", weighting="weight")
    print(f"\nsubtract, jaccard, duplicates='document', weighting='weight': "
          f"{graph.number_of_edges():,} edges in {time.perf_counter() - t0:.2f} s")

    direct = direct_statements(args.direct_n, args.actors)
    PHASES.clear()
    t0 = time.perf_counter()
    graph = build_network(direct, "direct")
    print(f"\ndirect network from {len(direct):,} statements: {graph.number_of_nodes():,} "
          f"nodes, {graph.number_of_edges():,} edges in {time.perf_counter() - t0:.2f} s")

    sample = statements.iloc[:200_000]
    t0 = time.perf_counter()
    snapshots = build_networks(sample, window="QS", step=None, kind="subtract")
    print(f"\nbuild_networks(window='QS') on {len(sample):,} statements: {len(snapshots)} "
          f"snapshots in {time.perf_counter() - t0:.2f} s")

    table = validate_statements(statements)
    t0 = time.perf_counter()
    prepare_statements(table, Filters.make(), "month", validated=True)
    print(f"\nduplicates='month' on {len(table):,} validated statements: "
          f"{time.perf_counter() - t0:.2f} s")


if __name__ == "__main__":
    main()
