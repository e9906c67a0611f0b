"""Benchmarks of stancenet.analysis: speed of balance, frustration, blocs; blocs' ARI vs noise.

Run piece by piece (each prints its figures):

    python benchmarks/bench_analysis.py balance        # triangle census etc. on 1,000,000 edges
    python benchmarks/bench_analysis.py frustration    # exact frustration on 100, 300, 1000 edges
    python benchmarks/bench_analysis.py blocs          # Leiden blocs on 100,000 edges
    python benchmarks/bench_analysis.py noise          # ARI of blocs vs sign noise (signed SBM)
    python benchmarks/bench_analysis.py highland       # Read's Highland tribes (needs ../shared)
    python benchmarks/bench_analysis.py all
"""

from __future__ import annotations

import argparse
import platform
import time
from pathlib import Path

import networkx as nx
import numpy as np

from stancenet.analysis import (
    adjusted_rand_index,
    balance,
    blocs,
    frustration,
    signed_sbm,
)


def _random_signs(G: nx.Graph, negative_share: float, seed: int) -> nx.Graph:
    rng = np.random.default_rng(seed)
    signs = np.where(rng.random(G.number_of_edges()) < negative_share, -1, 1)
    nx.set_edge_attributes(G, dict(zip(G.edges, signs.tolist(), strict=True)), "sign")
    return G


def bench_balance(edges: int = 1_000_000) -> None:
    print(f"== balance on {edges:,} edges ==")
    cases = []
    t0 = time.perf_counter()
    G = signed_sbm([25_000, 25_000], p=edges / (50_000 * 49_999 / 2), noise=0.1, seed=1)
    cases.append(("signed SBM, 2 blocs of 25,000, noise 0.1", G, time.perf_counter() - t0))
    t0 = time.perf_counter()
    H = _random_signs(nx.barabasi_albert_graph(edges // 5, 5, seed=1), 0.3, seed=1)
    cases.append(("Barabasi-Albert n=200,000 m=5, 30% negative", H, time.perf_counter() - t0))
    for label, graph, built in cases:
        print(f"{label}: {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges "
              f"(built in {built:.1f} s)")  # fmt: skip
        for walk in (None, "estimate"):
            t0 = time.perf_counter()
            result = balance(graph, walk=walk)
            seconds = time.perf_counter() - t0
            walk_text = "" if walk is None else f", walk balance {result.walk_ratio:.4f} ({walk})"
            print(f"  balance(G, walk={walk!r}): {seconds:.1f} s; triangles {result.triangles}, "
                  f"ratio {result.triangle_ratio:.4f}{walk_text}")  # fmt: skip
        nx.set_edge_attributes(graph, 1.0, "weight")
        t0 = time.perf_counter()
        result = balance(graph, weight="weight", walk=None)
        print(f"  balance(G, weight='weight', walk=None): {time.perf_counter() - t0:.1f} s; "
              f"weighted ratio {result.weighted_triangle_ratio:.4f}")  # fmt: skip


def bench_frustration(sizes: tuple[int, ...] = (100, 300, 1000), time_limit: float = 300.0) -> None:
    print(f"== exact frustration (time limit {time_limit:.0f} s per graph) ==")
    for m in sizes:
        cases = [
            (
                "random graph, avg degree 6, random signs (50% negative)",
                _random_signs(nx.gnm_random_graph(m // 3, m, seed=m), 0.5, seed=m),
            ),
            (
                "signed SBM, 2 blocs, noise 0.1",
                _sbm_with_edges(m, noise=0.1, seed=m),
            ),
        ]
        for label, G in cases:
            t0 = time.perf_counter()
            result = frustration(G, method="exact", time_limit=time_limit)
            seconds = time.perf_counter() - t0
            print(f"  m={G.number_of_edges():>5} n={G.number_of_nodes():>4} {label}: "
                  f"{seconds:7.2f} s, index {result.index}, lower bound {result.lower_bound}, "
                  f"optimal {result.optimal}, blocks {result.n_blocks}")  # fmt: skip
            t0 = time.perf_counter()
            heuristic = frustration(G, method="heuristic")
            print(f"      heuristic: {time.perf_counter() - t0:6.2f} s, upper {heuristic.index}, "
                  f"lower {heuristic.lower_bound}")  # fmt: skip


def _sbm_with_edges(m: int, noise: float, seed: int) -> nx.Graph:
    n = max(8, m // 3)
    p = min(1.0, m / (n * (n - 1) / 2))
    return signed_sbm([n // 2, n - n // 2], p=p, noise=noise, seed=seed)


def bench_blocs(edges: int = 100_000) -> None:
    print(f"== blocs on {edges:,} edges ==")
    for n in (5_000, 20_000):
        G = signed_sbm([n // 5] * 5, p=edges / (n * (n - 1) / 2), noise=0.1, seed=3)
        truth = nx.get_node_attributes(G, "bloc")
        print(f"signed SBM, 5 blocs of {n // 5:,}, noise 0.1: {G.number_of_nodes():,} nodes, "
              f"{G.number_of_edges():,} edges, mean degree {2 * G.number_of_edges() / n:.0f}")  # fmt: skip
        for k in (None, 5):
            t0 = time.perf_counter()
            result = blocs(G, k=k, seed=0)
            seconds = time.perf_counter() - t0
            print(f"  blocs(G, k={k}): {seconds:.1f} s, {result.n_blocs} blocs ({result.method}), "
                  f"quality {result.quality:.4f}, violations {result.n_violations:,}, "
                  f"ARI {adjusted_rand_index(truth, result.membership):.3f}")  # fmt: skip


def bench_noise(repeats: int = 5) -> None:
    print("== blocs vs sign noise: signed SBM, 3 blocs of 100, p=0.1; mean ARI over "
          f"{repeats} graphs ==")  # fmt: skip
    print(f"  {'noise':>5}  {'leiden ARI':>10}  {'sponge k=3 ARI':>14}  {'leiden blocs':>12}")
    for noise in (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5):
        leiden, sponge, found = [], [], []
        for seed in range(repeats):
            G = signed_sbm([100, 100, 100], p=0.1, noise=noise, seed=seed)
            truth = nx.get_node_attributes(G, "bloc")
            result = blocs(G, seed=seed)
            leiden.append(adjusted_rand_index(truth, result.membership))
            found.append(result.n_blocs)
            sponge.append(adjusted_rand_index(truth, blocs(G, k=3, seed=seed).membership))
        print(f"  {noise:5.2f}  {np.mean(leiden):10.3f}  {np.mean(sponge):14.3f}  "
              f"{np.mean(found):12.1f}")  # fmt: skip


def bench_highland() -> None:
    path = Path(__file__).resolve().parents[2] / "shared" / "data" / "highland_tribes.csv"
    if not path.exists():
        print(f"skipped: {path} not found")
        return
    import pandas as pd

    table = pd.read_csv(path)
    G = nx.Graph()
    G.add_edges_from((r.source, r.target, {"sign": int(r.sign)}) for r in table.itertuples())
    t0 = time.perf_counter()
    result = frustration(G)
    print(f"== Highland tribes: {G.number_of_nodes()} tribes, {G.number_of_edges()} ties ==")
    print(f"  frustration index {result.index} (literature: 7), optimal {result.optimal}, "
          f"{time.perf_counter() - t0:.3f} s")  # fmt: skip
    found = blocs(G)
    print(f"  blocs: {found.n_blocs} blocs, {found.n_violations} inconsistent ties "
          f"(literature: best 3-way partition leaves 2)")  # fmt: skip
    print(f"  balance: triangle ratio {balance(G).triangle_ratio:.4f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "what", choices=["balance", "frustration", "blocs", "noise", "highland", "all"]
    )
    parser.add_argument("--time-limit", type=float, default=300.0, help="seconds, frustration")
    args = parser.parse_args()
    print(
        f"machine: {platform.processor() or platform.machine()}, python {platform.python_version()}"
    )
    if args.what in ("highland", "all"):
        bench_highland()
    if args.what in ("frustration", "all"):
        bench_frustration(time_limit=args.time_limit)
    if args.what in ("blocs", "all"):
        bench_blocs()
    if args.what in ("noise", "all"):
        bench_noise()
    if args.what in ("balance", "all"):
        bench_balance()


if __name__ == "__main__":
    main()
