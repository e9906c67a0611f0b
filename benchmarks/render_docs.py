"""Regenerate the network pictures under docs/ (hand-made graphs, no data downloaded).

Run from the repository root::

    /work/venv/bin/python benchmarks/render_docs.py

Writes docs/network_10_ar.png (10 Iraqi actors, Arabic labels, directed signed ties as
hand-coded from public events of 2020-2021) and docs/network_100.png (100 actors from a
signed stochastic block model with 4 blocs, English labels), and prints their sizes and the
time taken.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("MPLBACKEND", "Agg")

import networkx as nx
import numpy as np

from stancenet.viz import plot_network, save_figure

DOCS = Path(__file__).resolve().parents[1] / "docs"

# id, English name, Arabic name, kind, bloc
IRAQ_ACTORS = [
    ("kataib_hezbollah", "Kataib Hezbollah", "كتائب حزب الله", "militia", 0),
    ("asaib_ahl_al_haq", "Asaib Ahl al-Haq", "عصائب أهل الحق", "militia", 0),
    ("fatah_alliance", "Fatah Alliance", "تحالف الفتح", "coalition", 0),
    ("pmf", "Popular Mobilization Forces", "هيئة الحشد الشعبي", "institution", 0),
    ("nouri_al_maliki", "Nouri al-Maliki", "نوري المالكي", "person", 0),
    ("irn", "Iran", "إيران", "state", 0),
    ("usa", "United States", "الولايات المتحدة", "state", 1),
    ("mustafa_al_kadhimi", "Mustafa al-Kadhimi", "مصطفى الكاظمي", "person", 1),
    ("kdp", "Kurdistan Democratic Party", "الحزب الديمقراطي الكردستاني", "party", 1),
    ("muqtada_al_sadr", "Muqtada al-Sadr", "مقتدى الصدر", "person", 2),
]

# source, target, polarity, number of statements (hand-made, plausible for 2020-2021)
IRAQ_TIES = [
    ("irn", "kataib_hezbollah", 1, 3),
    ("kataib_hezbollah", "irn", 1, 2),
    ("asaib_ahl_al_haq", "irn", 1, 2),
    ("fatah_alliance", "pmf", 1, 4),
    ("kataib_hezbollah", "pmf", 1, 2),
    ("asaib_ahl_al_haq", "kataib_hezbollah", 1, 1),
    ("nouri_al_maliki", "fatah_alliance", 1, 2),
    ("nouri_al_maliki", "pmf", 1, 1),
    ("kataib_hezbollah", "usa", -1, 6),
    ("asaib_ahl_al_haq", "usa", -1, 4),
    ("fatah_alliance", "usa", -1, 3),
    ("irn", "usa", -1, 5),
    ("usa", "irn", -1, 4),
    ("usa", "kataib_hezbollah", -1, 3),
    ("kataib_hezbollah", "mustafa_al_kadhimi", -1, 3),
    ("mustafa_al_kadhimi", "usa", 1, 3),
    ("usa", "mustafa_al_kadhimi", 1, 2),
    ("kdp", "usa", 1, 2),
    ("mustafa_al_kadhimi", "kdp", 1, 1),
    ("kdp", "pmf", -1, 1),
    ("muqtada_al_sadr", "usa", -1, 3),
    ("muqtada_al_sadr", "nouri_al_maliki", -1, 2),
    ("muqtada_al_sadr", "asaib_ahl_al_haq", -1, 2),
    ("muqtada_al_sadr", "mustafa_al_kadhimi", 1, 1),
]

BLOC_NAMES_IRAQ = {0: "resistance axis", 1: "government and allies", 2: "Sadrist movement"}


def _finish_activity(G: nx.DiGraph | nx.Graph) -> None:
    """Set n_made, n_received and activity from the edges' statement counts."""
    for node in G:
        if G.is_directed():
            made = sum(d["n_statements"] for *_, d in G.out_edges(node, data=True))
            received = sum(d["n_statements"] for *_, d in G.in_edges(node, data=True))
        else:
            made = received = sum(d["n_statements"] for *_, d in G.edges(node, data=True))
        G.nodes[node].update(n_made=made, n_received=received, activity=made + received)


def iraq_graph() -> tuple[nx.DiGraph, dict[str, int]]:
    """The 10-actor hand-made Iraqi network and its blocs."""
    G = nx.DiGraph(kind="direct", start="2020-01-01", end="2021-12-31")
    for actor_id, name_en, name_ar, kind, _ in IRAQ_ACTORS:
        country = actor_id.upper() if kind == "state" else "IRQ"
        G.add_node(actor_id, name_en=name_en, name_ar=name_ar, kind=kind, country=country,
                   node_type="actor")
    for source, target, sign, count in IRAQ_TIES:
        G.add_edge(source, target, sign=sign, weight=float(count), signed_weight=float(sign * count),
                   pos=count if sign > 0 else 0, neg=count if sign < 0 else 0,
                   n_statements=count, first_date="2020-01-05", last_date="2021-11-30")
    _finish_activity(G)
    return G, {actor_id: bloc for actor_id, *_, bloc in IRAQ_ACTORS}


def sbm_graph(n: int = 100, n_blocs: int = 4, seed: int = 7) -> tuple[nx.Graph, dict[int, int]]:
    """A signed stochastic block model: positive ties inside blocs, negative across, 10% noise."""
    rng = np.random.default_rng(seed)
    words = ["National", "Reform", "Unity", "Liberation"]
    bloc = {i: i * n_blocs // n for i in range(n)}
    G = nx.Graph(kind="direct")
    for i in range(n):
        kind = "party" if i % 3 else "person"
        long = " Movement for Development and Justice" if i % 9 == 0 else ""
        G.add_node(i, name_en=f"{words[bloc[i]]}{long} {kind} {i:02d}", name_ar="", kind=kind,
                   country="IRQ", node_type="actor")
    for i in range(n):
        for j in range(i + 1, n):
            same = bloc[i] == bloc[j]
            if rng.random() < (0.12 if same else 0.02):
                sign = 1 if same else -1
                if rng.random() < 0.1:
                    sign = -sign
                count = int(rng.integers(1, 6))
                G.add_edge(i, j, sign=sign, weight=float(count), signed_weight=float(sign * count),
                           pos=count if sign > 0 else 0, neg=count if sign < 0 else 0,
                           n_statements=count, first_date="", last_date="")
    _finish_activity(G)
    return G, bloc


def _save_small(fig, path: Path, dpi: int) -> None:
    """Save as PNG, then reduce to a 256-colour palette so the file stays small for the repo."""
    from PIL import Image

    save_figure(fig, path, dpi=dpi)
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.FASTOCTREE,
                                              dither=Image.Dither.NONE)
    small.save(path, optimize=True)
    print(f"{path.name}: {small.size[0]}x{small.size[1]} px, {path.stat().st_size / 1024:.0f} KB")


def main() -> int:
    DOCS.mkdir(exist_ok=True)
    start = time.perf_counter()
    G, blocs = iraq_graph()
    ax = plot_network(G, blocs=blocs, labels="ar", bloc_names=BLOC_NAMES_IRAQ,
                      title="Iraqi actors 2020-2021 (hand-made example), Arabic labels")
    _save_small(ax.figure, DOCS / "network_10_ar.png", dpi=110)

    G, blocs = sbm_graph()
    ax = plot_network(G, blocs=blocs, labels="en",
                      bloc_names={0: "National", 1: "Reform", 2: "Unity", 3: "Liberation"},
                      title="Signed block model: 100 actors, 4 blocs (30 most active labelled)")
    _save_small(ax.figure, DOCS / "network_100.png", dpi=100)
    print(f"total {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
