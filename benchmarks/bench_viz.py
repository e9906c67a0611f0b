"""Time the signed layout, the network plot and the GEXF writer on signed block models.

Run from the repository root::

    /work/venv/bin/python benchmarks/bench_viz.py

Prints seconds per call (best of 3) for 50, 150 and 500 nodes.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("MPLBACKEND", "Agg")

import matplotlib.pyplot as plt

sys.path.insert(0, str(Path(__file__).resolve().parent))

from render_docs import sbm_graph  # noqa: E402

from stancenet.io.export import write_gexf  # noqa: E402
from stancenet.viz import plot_network, signed_layout  # noqa: E402


def best_of(function, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
        plt.close("all")
    return min(times)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        for n in (50, 150, 500):
            G, blocs = sbm_graph(n=n, n_blocs=4, seed=1)
            layout = best_of(lambda G=G: signed_layout(G))
            plot = best_of(lambda G=G, b=blocs: plot_network(G, blocs=b))
            gexf = best_of(lambda G=G, b=blocs: write_gexf(G, Path(folder) / "g.gexf", blocs=b))
            print(f"n={n:4d} edges={G.number_of_edges():5d}  signed_layout {layout:6.3f} s  "
                  f"plot_network {plot:6.3f} s  write_gexf {gexf:6.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
