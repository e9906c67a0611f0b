"""Tests of the network plot, the signed layout and the other figures (stancenet.viz)."""

from __future__ import annotations

import os

os.environ.setdefault("MPLBACKEND", "Agg")

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import LineCollection, PathCollection
from matplotlib.colors import to_rgba
from matplotlib.patches import FancyArrowPatch

from stancenet.viz import (
    plot_balance_over_time,
    plot_network,
    plot_stance_matrix,
    plot_timeline,
    resolve_layout,
    save_figure,
    signed_layout,
)
from stancenet.viz.style import BLOC_COLORS, NEGATIVE_COLOR, POSITIVE_COLOR

# --------------------------------------------------------------------------------------
# hand-made graphs following the stancenet graph contract (also used by test_export.py)
# --------------------------------------------------------------------------------------

# id, English name, Arabic name, kind, country
IRAQI_ACTORS = [
    ("kataib_hezbollah", "Kataib Hezbollah", "كتائب حزب الله", "militia", "IRQ"),
    ("asaib_ahl_al_haq", "Asaib Ahl al-Haq", "عصائب أهل الحق", "militia", "IRQ"),
    ("irn", "Iran", "إيران", "state", "IRN"),
    ("usa", "United States", "الولايات المتحدة", "state", "USA"),
    ("mustafa_al_kadhimi", "Mustafa al-Kadhimi", "مصطفى الكاظمي", "person", "IRQ"),
    ("kdp", "Kurdistan Democratic Party", "الحزب الديمقراطي الكردستاني", "party", "IRQ"),
]
IRAQI_BLOCS = {"kataib_hezbollah": 0, "asaib_ahl_al_haq": 0, "irn": 0,
               "usa": 1, "mustafa_al_kadhimi": 1, "kdp": 1}
# source, target, polarity, statements
IRAQI_TIES = [
    ("kataib_hezbollah", "irn", 1, 3),
    ("irn", "kataib_hezbollah", 1, 2),
    ("asaib_ahl_al_haq", "kataib_hezbollah", 1, 1),
    ("kataib_hezbollah", "usa", -1, 5),
    ("asaib_ahl_al_haq", "usa", -1, 2),
    ("irn", "usa", -1, 4),
    ("usa", "irn", -1, 3),
    ("mustafa_al_kadhimi", "usa", 1, 2),
    ("kdp", "usa", 1, 1),
    ("kataib_hezbollah", "mustafa_al_kadhimi", -1, 2),
]


def _add_tie(G: nx.Graph, u, v, sign: int, count: int, first: str = "", last: str = "") -> None:
    G.add_edge(u, v, sign=sign, weight=float(count), signed_weight=float(sign * count),
               pos=count if sign > 0 else 0, neg=count if sign < 0 else 0,
               n_statements=count, first_date=first, last_date=last)


def _set_activity(G: nx.Graph) -> None:
    for node in G:
        if G.is_directed():
            made = sum(d["n_statements"] for *_, d in G.out_edges(node, data=True))
            received = sum(d["n_statements"] for *_, d in G.in_edges(node, data=True))
        else:
            made = received = sum(d["n_statements"] for *_, d in G.edges(node, data=True))
        G.nodes[node].update(n_made=made, n_received=received, activity=made + received)


def iraqi_graph(directed: bool = True) -> nx.Graph:
    """Six Iraqi actors with Arabic names and plausible signed ties (hand-made)."""
    G = nx.DiGraph(kind="direct") if directed else nx.Graph(kind="direct")
    G.graph.update(start="2020-01-01", end="2020-12-31", normalization="none")
    for actor_id, name_en, name_ar, kind, country in IRAQI_ACTORS:
        G.add_node(actor_id, name_en=name_en, name_ar=name_ar, kind=kind, country=country,
                   node_type="actor")
    for source, target, sign, count in IRAQI_TIES:
        _add_tie(G, source, target, sign, count, "2020-01-05", "2020-12-20")
    _set_activity(G)
    return G


def sbm_graph(n: int = 100, n_blocs: int = 4, seed: int = 3, p_in: float = 0.15,
              p_out: float = 0.03) -> tuple[nx.Graph, dict[int, int]]:
    """A signed block model: positive ties inside blocs, negative between, weights 1-4."""
    rng = np.random.default_rng(seed)
    bloc = {i: i * n_blocs // n for i in range(n)}
    G = nx.Graph(kind="direct")
    for i in range(n):
        G.add_node(i, name_en=f"Actor {i:03d} of bloc {bloc[i]}", name_ar="", kind="party",
                   country="IRQ", node_type="actor")
    for i in range(n):
        for j in range(i + 1, n):
            same = bloc[i] == bloc[j]
            if rng.random() < (p_in if same else p_out):
                _add_tie(G, i, j, 1 if same else -1, int(rng.integers(1, 5)))
    _set_activity(G)
    return G, bloc


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


# --------------------------------------------------------------------------------------
# plot_network
# --------------------------------------------------------------------------------------

def _edge_collections(ax) -> list[LineCollection]:
    return [c for c in ax.collections if isinstance(c, LineCollection)]


def test_positive_ties_solid_green_and_negative_ties_dashed_red():
    G = iraqi_graph(directed=False)
    ax = plot_network(G)
    collections = _edge_collections(ax)
    assert len(collections) == 2
    by_colour = {tuple(np.round(c.get_edgecolor()[0][:3], 3)): c for c in collections}
    green = by_colour[tuple(np.round(to_rgba(POSITIVE_COLOR)[:3], 3))]
    red = by_colour[tuple(np.round(to_rgba(NEGATIVE_COLOR)[:3], 3))]
    n_positive = sum(1 for *_, d in G.edges(data=True) if d["sign"] > 0)
    assert len(green.get_segments()) == n_positive
    assert len(red.get_segments()) == G.number_of_edges() - n_positive
    solid_offset, solid_dashes = green.get_linestyle()[0]
    dash_offset, dashes = red.get_linestyle()[0]
    assert solid_dashes is None
    assert dashes is not None and len(dashes) >= 2


def test_edge_width_grows_with_weight():
    G = iraqi_graph(directed=False)
    ax = plot_network(G)
    red = next(c for c in _edge_collections(ax)
               if np.allclose(c.get_edgecolor()[0][:3], to_rgba(NEGATIVE_COLOR)[:3]))
    widths = red.get_linewidths()
    weights = [d["weight"] for *_, d in G.edges(data=True) if d["sign"] < 0]
    order = np.argsort(weights)
    assert np.all(np.diff(np.asarray(widths)[order]) >= 0)
    assert widths[order[-1]] > widths[order[0]]


def test_directed_graph_draws_one_arrow_per_tie():
    G = iraqi_graph(directed=True)
    ax = plot_network(G)
    arrows = [p for p in ax.patches if isinstance(p, FancyArrowPatch)]
    assert len(arrows) == G.number_of_edges()
    dashed = [p for p in arrows if p.get_linestyle() in ("--", "dashed")]
    assert len(dashed) == sum(1 for *_, d in G.edges(data=True) if d["sign"] < 0)


def _labels(ax) -> dict[str, str]:
    return {t.get_gid()[len("label:"):]: t.get_text() for t in ax.texts
            if (t.get_gid() or "").startswith("label:")}


def test_labels_in_english_arabic_or_both():
    G = iraqi_graph()
    english = _labels(plot_network(G, labels="en", max_label_len=None))
    arabic = _labels(plot_network(G, labels="ar", max_label_len=None))
    both = _labels(plot_network(G, labels="both", max_label_len=None))
    assert english["irn"] == "Iran"
    assert arabic["irn"] == "إيران"
    assert both["usa"] == "United States\nالولايات المتحدة"
    assert set(arabic) == set(G)


def test_unknown_label_mode_is_refused():
    with pytest.raises(ValueError, match="labels"):
        plot_network(iraqi_graph(), labels="fr")


def test_long_names_are_shortened_and_the_graph_keeps_the_full_name():
    G = iraqi_graph()
    labels = _labels(plot_network(G, labels="ar", max_label_len=18))
    assert labels["kdp"] == "الحزب الديمقراطي…"
    assert len(labels["kdp"]) <= 18
    assert G.nodes["kdp"]["name_ar"] == "الحزب الديمقراطي الكردستاني"


def test_crowded_graph_labels_only_the_most_active_nodes():
    G, _ = sbm_graph(100)
    labels = _labels(plot_network(G))
    assert len(labels) == 30
    activity = nx.get_node_attributes(G, "activity")
    threshold = sorted(activity.values(), reverse=True)[29]
    assert all(activity[int(node)] >= threshold for node in labels)
    assert len(_labels(plot_network(G, max_labels=5))) == 5


def _overlapping_pairs(ax) -> int:
    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    boxes = [matplotlib.text.Text.get_window_extent(t, renderer) for t in ax.texts
             if (t.get_gid() or "").startswith("label:")]
    return sum(1 for i, a in enumerate(boxes) for b in boxes[i + 1:] if a.overlaps(b))


def test_labels_of_a_crowded_graph_do_not_overlap():
    G, blocs = sbm_graph(120, seed=5)
    ax = plot_network(G, blocs=blocs, max_labels=40)
    assert _overlapping_pairs(ax) == 0
    # the same labels left where they start (above each node) do overlap: the check can fail
    crowded = plot_network(G, blocs=blocs, max_labels=40, declutter=False)
    assert _overlapping_pairs(crowded) > 0


def _node_facecolors(ax) -> np.ndarray:
    nodes = [c for c in ax.collections if isinstance(c, PathCollection)]
    assert len(nodes) == 1
    return nodes[0].get_facecolors()


def test_nodes_are_coloured_by_bloc_from_a_dict_or_a_membership_object():
    G = iraqi_graph()

    class Result:
        membership = IRAQI_BLOCS

    for blocs in (IRAQI_BLOCS, Result()):
        colours = _node_facecolors(plot_network(G, blocs=blocs))
        by_node = dict(zip(G, colours, strict=True))
        # both blocs have three members: the first in sort order gets the first colour
        assert np.allclose(by_node["irn"], to_rgba(BLOC_COLORS[0]))
        assert np.allclose(by_node["usa"], to_rgba(BLOC_COLORS[1]))


def test_bloc_node_attribute_is_used_when_no_blocs_are_given():
    G = iraqi_graph()
    nx.set_node_attributes(G, {n: b + 10 for n, b in IRAQI_BLOCS.items()}, "bloc")
    colours = dict(zip(G, _node_facecolors(plot_network(G)), strict=True))
    assert not np.allclose(colours["irn"], colours["usa"])
    assert np.allclose(colours["irn"], colours["kataib_hezbollah"])


def test_node_size_grows_with_activity():
    G = iraqi_graph()
    nodes = next(c for c in plot_network(G).collections if isinstance(c, PathCollection))
    sizes = dict(zip(G, nodes.get_sizes(), strict=True))
    activity = nx.get_node_attributes(G, "activity")
    most, least = max(activity, key=activity.get), min(activity, key=activity.get)
    assert sizes[most] > sizes[least]


def test_issue_nodes_are_drawn_as_squares_and_named_in_the_legend():
    G = iraqi_graph()
    G.add_node("us_withdrawal", name_en="US withdrawal", name_ar="انسحاب القوات الأمريكية",
               node_type="issue", activity=3)
    _add_tie(G, "kataib_hezbollah", "us_withdrawal", 1, 3)
    ax = plot_network(G)
    assert sum(isinstance(c, PathCollection) for c in ax.collections) == 2
    legend_texts = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "issue" in legend_texts


def test_legend_names_tie_signs_and_blocs_with_their_sizes():
    ax = plot_network(iraqi_graph(), blocs=IRAQI_BLOCS, bloc_names={0: "resistance axis"})
    texts = [t.get_text() for t in ax.get_legend().get_texts()]
    assert any("positive" in t for t in texts)
    assert any("negative" in t for t in texts)
    assert "resistance axis (3)" in texts
    assert "bloc 1 (3)" in texts


def test_plot_network_draws_on_a_given_axes():
    fig, ax = plt.subplots()
    assert plot_network(iraqi_graph(), ax=ax) is ax


def test_empty_and_single_node_graphs_are_drawn():
    plot_network(nx.Graph())
    single = nx.Graph()
    single.add_node("irn", name_en="Iran")
    assert _labels(plot_network(single)) == {"irn": "Iran"}


# --------------------------------------------------------------------------------------
# layouts
# --------------------------------------------------------------------------------------

def test_signed_layout_is_reproducible_with_a_seed():
    G, _ = sbm_graph(40)
    first, again, other = signed_layout(G, seed=1), signed_layout(G, seed=1), signed_layout(G, seed=2)
    assert all(np.allclose(first[n], again[n]) for n in G)
    assert not all(np.allclose(first[n], other[n]) for n in G)


def _mean_distance(pos, pairs) -> float:
    return float(np.mean([np.linalg.norm(pos[u] - pos[v]) for u, v in pairs]))


def test_signed_layout_puts_allies_close_and_opponents_apart():
    G, bloc = sbm_graph(60, n_blocs=3, seed=11)
    pos = signed_layout(G, seed=0)
    same = [(u, v) for u in G for v in G if u < v and bloc[u] == bloc[v]]
    other = [(u, v) for u in G for v in G if u < v and bloc[u] != bloc[v]]
    assert _mean_distance(pos, other) > 1.6 * _mean_distance(pos, same)
    # with every sign made positive the blocs are not pushed apart as much
    unsigned = G.copy()
    for *_, d in unsigned.edges(data=True):
        d["sign"], d["signed_weight"] = 1, d["weight"]
    flat = signed_layout(unsigned, seed=0)
    flat_ratio = _mean_distance(flat, other) / _mean_distance(flat, same)
    assert _mean_distance(pos, other) / _mean_distance(pos, same) > flat_ratio


def test_signed_layout_spans_the_requested_scale():
    G, _ = sbm_graph(30)
    xy = np.array(list(signed_layout(G, scale=2.0).values()))
    assert np.isclose(np.abs(xy).max(), 2.0)
    assert np.allclose(xy.mean(axis=0), 0.0, atol=1e-9)


def test_layout_accepts_a_networkx_name_a_function_and_a_dict():
    G = iraqi_graph()
    circular = resolve_layout(G, "circular")
    assert np.allclose(circular["irn"], nx.circular_layout(G)["irn"])
    assert np.allclose(resolve_layout(G, nx.shell_layout)["usa"], nx.shell_layout(G)["usa"])
    given = {n: (i, -i) for i, n in enumerate(G)}
    ax = plot_network(G, layout=given)
    assert resolve_layout(G, given)["irn"].tolist() == [2.0, -2.0]
    assert ax is not None
    assert set(resolve_layout(G, "spring_layout")) == set(G)


def test_layout_dict_missing_nodes_and_unknown_names_are_refused():
    G = iraqi_graph()
    with pytest.raises(ValueError, match="lack 1 node"):
        resolve_layout(G, {n: (0, 0) for n in list(G)[1:]})
    with pytest.raises(ValueError, match="unknown layout"):
        resolve_layout(G, "no_such")
    with pytest.raises(TypeError):
        resolve_layout(G, 42)


# --------------------------------------------------------------------------------------
# other figures
# --------------------------------------------------------------------------------------

def _statements() -> pd.DataFrame:
    rows = [
        # source, target, kind, polarity, weight, date
        ("kataib_hezbollah", "us_withdrawal", "issue", 1, 1.0, "2020-01-10"),
        ("kataib_hezbollah", "us_withdrawal", "issue", 1, 2.0, "2020-02-10"),
        ("mustafa_al_kadhimi", "us_withdrawal", "issue", -1, 1.0, "2020-02-11"),
        ("mustafa_al_kadhimi", "us_withdrawal", "issue", 1, 1.0, "2020-03-01"),
        ("mustafa_al_kadhimi", "strategic_dialogue", "issue", 1, 1.0, "2020-03-05"),
        ("kataib_hezbollah", "strategic_dialogue", "issue", -1, 1.0, "2020-03-06"),
        ("kataib_hezbollah", "usa", "actor", -1, 1.0, "2020-03-07"),
    ]
    return pd.DataFrame(rows, columns=["source", "target", "target_kind", "polarity", "weight",
                                       "date"])


def test_stance_matrix_shows_weighted_net_stance_per_actor_and_issue():
    ax = plot_stance_matrix(_statements())
    image = ax.get_images()[0].get_array()
    rows = [t.get_text() for t in ax.get_yticklabels()]
    cols = [t.get_text() for t in ax.get_xticklabels()]
    assert set(cols) == {"us_withdrawal", "strategic_dialogue"}  # the actor target is left out
    cell = {(r, c): image[i, j] for i, r in enumerate(rows) for j, c in enumerate(cols)}
    assert cell[("kataib_hezbollah", "us_withdrawal")] == pytest.approx(1.0)
    assert cell[("mustafa_al_kadhimi", "us_withdrawal")] == pytest.approx(0.0)
    assert cell[("kataib_hezbollah", "strategic_dialogue")] == pytest.approx(-1.0)


def test_stance_matrix_leaves_cells_without_statements_blank_and_uses_names():
    df = _statements()
    df["source_name"] = df["source"].map({"kataib_hezbollah": "كتائب حزب الله",
                                          "mustafa_al_kadhimi": "Mustafa al-Kadhimi"})
    ax = plot_stance_matrix(df, actors=["kataib_hezbollah", "mustafa_al_kadhimi"],
                            targets=["us_withdrawal", "usa"])
    image = ax.get_images()[0].get_array()
    assert bool(np.ma.getmaskarray(image)[1, 1])  # al-Kadhimi said nothing about the USA
    assert [t.get_text() for t in ax.get_yticklabels()] == ["كتائب حزب الله",
                                                            "Mustafa al-Kadhimi"]


def test_stance_matrix_refuses_an_empty_selection():
    with pytest.raises(ValueError, match="no statements"):
        plot_stance_matrix(_statements(), actors=["nobody"])


def test_timeline_plots_net_stance_per_month_for_chosen_actors():
    ax = plot_timeline(_statements(), actors=["kataib_hezbollah"], freq="M")
    line = ax.get_lines()[0]
    x = pd.to_datetime(line.get_xdata())
    values = dict(zip(x.strftime("%Y-%m"), line.get_ydata(), strict=True))
    assert values == {"2020-01": 1.0, "2020-02": 2.0, "2020-03": -2.0}


def test_timeline_by_issue_draws_one_line_per_issue():
    ax = plot_timeline(_statements(), issues=["us_withdrawal", "strategic_dialogue"])
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels == ["us_withdrawal", "strategic_dialogue"]


def test_balance_over_time_plots_the_triangle_ratio_of_each_window():
    windows = []
    for month, flip in ((1, False), (2, True)):
        G = nx.Graph(start=f"2020-0{month}-01", end=f"2020-0{month}-28")
        _add_tie(G, "a", "b", 1, 1)
        _add_tie(G, "b", "c", 1, 1)
        _add_tie(G, "a", "c", -1 if flip else 1, 1)
        windows.append(G)
    ax = plot_balance_over_time(windows)
    assert ax.get_lines()[0].get_ydata().tolist() == [1.0, 0.0]
    table = pd.DataFrame({"date": ["2020-01-15", "2020-02-15"], "balance": [0.5, 0.75]})
    assert plot_balance_over_time(table).get_lines()[0].get_ydata().tolist() == [0.5, 0.75]


# --------------------------------------------------------------------------------------
# save_figure
# --------------------------------------------------------------------------------------

def test_save_figure_writes_png_svg_and_pdf_with_arabic_kept_as_text(tmp_path):
    ax = plot_network(iraqi_graph(), labels="ar")
    png = save_figure(ax.figure, tmp_path / "net.png", dpi=100)
    svg = save_figure(ax.figure, tmp_path / "net.svg")
    pdf = save_figure(ax.figure, tmp_path / "net.PDF")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "إيران" in svg.read_text(encoding="utf-8")
    data = pdf.read_bytes()
    assert data[:5] == b"%PDF-"
    assert b"/FontFile2" in data  # TrueType embedded (fonttype 42), not Type 3 outlines


def test_save_figure_resolution(tmp_path):
    fig, _ = plt.subplots(figsize=(2, 1))
    from PIL import Image

    with Image.open(save_figure(fig, tmp_path / "a.png", dpi=300, bbox_inches=None)) as image:
        assert image.size == (600, 300)


def test_save_figure_refuses_unknown_suffixes(tmp_path):
    fig, _ = plt.subplots()
    with pytest.raises(ValueError, match=r"\.png, \.svg or \.pdf"):
        save_figure(fig, tmp_path / "net.jpg")
    with pytest.raises(TypeError, match="ax.figure"):
        save_figure(fig.axes[0], tmp_path / "net.png")
