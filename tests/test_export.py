"""Tests of the graph writers (stancenet.io.export): GEXF, dynamic GEXF, GraphML, CSV, JSON.

Every file is opened with an independent reader (networkx, pandas, json) and, when
``../shared/gexf-1.3`` and xmllint are present, GEXF files are validated against the official
GEXF 1.3 RELAX NG schema.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd
import pytest
from test_viz import IRAQI_ACTORS, IRAQI_BLOCS, _add_tie, _set_activity, iraqi_graph

from stancenet.io.export import (
    edge_table,
    node_table,
    write_dynamic_gexf,
    write_gexf,
    write_graphml,
    write_json,
    write_tables,
)
from stancenet.viz import signed_layout
from stancenet.viz.style import BLOC_COLORS, NEGATIVE_COLOR, POSITIVE_COLOR, hex_to_rgb

GEXF_SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "gexf-1.3" / "gexf.rng"
XMLLINT = shutil.which("xmllint")
needs_schema = pytest.mark.skipif(
    XMLLINT is None or not GEXF_SCHEMA.exists(),
    reason="xmllint or ../shared/gexf-1.3/gexf.rng not available",
)

ARABIC_NAMES = {actor_id: name_ar for actor_id, _, name_ar, *_ in IRAQI_ACTORS}


def _xmllint(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [XMLLINT, "--noout", "--relaxng", str(GEXF_SCHEMA), str(path)],
        capture_output=True, text=True, check=False,
    )


def _snapshots() -> list[nx.DiGraph]:
    """Three half-year windows; Kurdistan Democratic Party silent in the second."""
    windows = [("2020-01-01", "2020-06-30"), ("2020-07-01", "2020-12-31"),
               ("2021-01-01", "2021-06-30")]
    snapshots = []
    for i, (start, end) in enumerate(windows):
        G = nx.DiGraph(kind="direct", start=start, end=end)
        for actor_id, name_en, name_ar, kind, country in IRAQI_ACTORS:
            if not (actor_id == "kdp" and i == 1):
                G.add_node(actor_id, name_en=name_en, name_ar=name_ar, kind=kind,
                           country=country, node_type="actor")
        _add_tie(G, "kataib_hezbollah", "usa", -1, 2 + i, start, end)
        _add_tie(G, "irn", "kataib_hezbollah", 1, 1, start, end)
        # al-Kadhimi and the USA: allies, then a quarrel in the last window
        _add_tie(G, "mustafa_al_kadhimi", "usa", 1 if i < 2 else -1, 1, start, end)
        if i != 1:
            _add_tie(G, "kdp", "usa", 1, 1, start, end)
        _set_activity(G)
        snapshots.append(G)
    return snapshots


# --------------------------------------------------------------------------------------
# static GEXF
# --------------------------------------------------------------------------------------

def test_gexf_reads_back_with_networkx_keeping_arabic_names_and_signs(tmp_path):
    G = iraqi_graph()
    path = write_gexf(G, tmp_path / "iraq.gexf", blocs=IRAQI_BLOCS)
    H = nx.read_gexf(path)
    assert H.is_directed()
    assert set(H) == set(G)
    for node in G:
        assert H.nodes[node]["name_ar"] == ARABIC_NAMES[node]
        assert H.nodes[node]["name_en"] == G.nodes[node]["name_en"]
        assert H.nodes[node]["label"] == G.nodes[node]["name_en"]
        assert H.nodes[node]["bloc"] == IRAQI_BLOCS[node]
        assert H.nodes[node]["activity"] == G.nodes[node]["activity"]
    assert H.number_of_edges() == G.number_of_edges()
    for u, v, data in G.edges(data=True):
        read = H.edges[u, v]
        assert read["sign"] == data["sign"]
        assert read["signed_weight"] == data["signed_weight"]
        assert read["weight"] == data["weight"] >= 0
        assert read["n_statements"] == data["n_statements"]
        assert read["first_date"] == data["first_date"]


def test_gexf_edge_weight_is_never_negative_even_when_the_graph_stores_signed_weights(tmp_path):
    G = nx.Graph()
    G.add_edge("a", "b", weight=-2.5)  # a graph from elsewhere: sign only in the weight
    G.add_edge("b", "c", weight=1.0)
    H = nx.read_gexf(write_gexf(G, tmp_path / "w.gexf", centrality=False))
    assert H.edges["a", "b"]["weight"] == 2.5
    assert H.edges["a", "b"]["sign"] == -1
    assert H.edges["a", "b"]["signed_weight"] == -2.5


def test_gexf_carries_the_plot_colours_sizes_and_positions(tmp_path):
    G = iraqi_graph()
    H = nx.read_gexf(write_gexf(G, tmp_path / "iraq.gexf", blocs=IRAQI_BLOCS))
    pos = signed_layout(G, seed=0)
    for node in G:
        viz = H.nodes[node]["viz"]
        assert viz["position"]["x"] == pytest.approx(pos[node][0] * 500, abs=1e-3)
        assert viz["position"]["y"] == pytest.approx(pos[node][1] * 500, abs=1e-3)
    irn, usa = H.nodes["irn"]["viz"]["color"], H.nodes["usa"]["viz"]["color"]
    assert (irn["r"], irn["g"], irn["b"]) == hex_to_rgb(BLOC_COLORS[0])
    assert (usa["r"], usa["g"], usa["b"]) == hex_to_rgb(BLOC_COLORS[1])
    activity = nx.get_node_attributes(G, "activity")
    most, least = max(activity, key=activity.get), min(activity, key=activity.get)
    assert H.nodes[most]["viz"]["size"] > H.nodes[least]["viz"]["size"]


def test_gexf_edges_are_green_or_red_by_sign(tmp_path):
    G = iraqi_graph()
    n_positive = sum(1 for *_, d in G.edges(data=True) if d["sign"] > 0)
    path = write_gexf(G, tmp_path / "iraq.gexf")
    text = path.read_text(encoding="utf-8")
    green = 'r="{}" g="{}" b="{}"'.format(*hex_to_rgb(POSITIVE_COLOR))
    red = 'r="{}" g="{}" b="{}"'.format(*hex_to_rgb(NEGATIVE_COLOR))
    assert text.count(green) == n_positive
    assert text.count(red) == G.number_of_edges() - n_positive


def test_gexf_node_positions_can_come_from_a_given_layout(tmp_path):
    G = iraqi_graph()
    pos = {n: (i, 0.5) for i, n in enumerate(G)}
    H = nx.read_gexf(write_gexf(G, tmp_path / "p.gexf", pos=pos))
    assert H.nodes["irn"]["viz"]["position"]["x"] == pytest.approx(2 * 500)


def test_gexf_label_can_be_the_arabic_name(tmp_path):
    H = nx.read_gexf(write_gexf(iraqi_graph(), tmp_path / "ar.gexf", label="ar"))
    assert H.nodes["usa"]["label"] == "الولايات المتحدة"


def test_gexf_includes_signed_centralities(tmp_path):
    G = iraqi_graph()
    H = nx.read_gexf(write_gexf(G, tmp_path / "c.gexf"))
    # Kataib Hezbollah's strengths: positive 3 (to Iran) + 2 (from Iran) + 1 (from Asaib);
    # negative 5 (to the USA) + 2 (to al-Kadhimi)
    assert H.nodes["kataib_hezbollah"]["pos_degree"] == 6
    assert H.nodes["kataib_hezbollah"]["neg_degree"] == 7
    assert H.nodes["kataib_hezbollah"]["pos_out"] == 3
    assert "eigenvector" in H.nodes["usa"]


def test_gexf_two_mode_graph_keeps_issues_as_squares_without_centralities(tmp_path):
    G = iraqi_graph()
    G.add_node("us_withdrawal", name_en="US withdrawal", name_ar="انسحاب القوات الأمريكية",
               node_type="issue", activity=3)
    _add_tie(G, "kataib_hezbollah", "us_withdrawal", 1, 3)
    path = write_gexf(G, tmp_path / "two_mode.gexf")
    H = nx.read_gexf(path)
    assert H.nodes["us_withdrawal"]["name_ar"] == "انسحاب القوات الأمريكية"
    assert "pos_degree" not in H.nodes["usa"]  # analysis refuses two-mode graphs
    assert '<viz:shape value="square" />' in path.read_text(encoding="utf-8")


def test_gexf_refuses_node_ids_that_clash_as_text(tmp_path):
    G = nx.Graph()
    G.add_edge(1, "1", sign=1, weight=1.0)
    with pytest.raises(ValueError, match="not unique as text"):
        write_gexf(G, tmp_path / "x.gexf")


@needs_schema
def test_static_gexf_validates_against_the_official_schema(tmp_path):
    for name, G in (("directed", iraqi_graph()), ("undirected", iraqi_graph(directed=False))):
        result = _xmllint(write_gexf(G, tmp_path / f"{name}.gexf", blocs=IRAQI_BLOCS))
        assert result.returncode == 0, result.stderr
        assert "validates" in result.stderr


@needs_schema
def test_schema_check_rejects_networkx_own_gexf_13(tmp_path):
    # the validation above can fail: networkx's writer breaks the schema in three places
    path = tmp_path / "networkx.gexf"
    nx.write_gexf(iraqi_graph(), path, version="1.3")
    result = _xmllint(path)
    assert result.returncode != 0
    assert "fails to validate" in result.stderr


# --------------------------------------------------------------------------------------
# dynamic GEXF
# --------------------------------------------------------------------------------------

def test_dynamic_gexf_has_spells_and_per_window_values(tmp_path):
    path = write_dynamic_gexf(_snapshots(), tmp_path / "dynamic.gexf", blocs=IRAQI_BLOCS)
    H = nx.read_gexf(path)
    assert H.graph["mode"] == "dynamic"
    assert (H.graph["start"], H.graph["end"]) == ("2020-01-01", "2021-06-30")
    # KDP is silent in the second window: two spells
    assert H.nodes["kdp"]["spells"] == [("2020-01-01", "2020-06-30"),
                                        ("2021-01-01", "2021-06-30")]
    assert H.nodes["irn"]["spells"] == [("2020-01-01", "2021-06-30")]
    assert H.nodes["kdp"]["name_ar"] == "الحزب الديمقراطي الكردستاني"
    tie = H.edges["kataib_hezbollah", "usa"]
    assert tie["signed_weight"] == [(-2.0, "2020-01-01", "2020-06-30"),
                                    (-3.0, "2020-07-01", "2020-12-31"),
                                    (-4.0, "2021-01-01", "2021-06-30")]
    assert [w for w, *_ in tie["weight"]] == [2.0, 3.0, 4.0]
    quarrel = H.edges["mustafa_al_kadhimi", "usa"]
    assert [s for s, *_ in quarrel["sign"]] == [1, 1, -1]
    activity = dict(((s, e), a) for a, s, e in H.nodes["usa"]["activity"])
    assert activity[("2020-07-01", "2020-12-31")] == 4  # 3 from Kataib + 1 from al-Kadhimi


def test_dynamic_gexf_needs_dated_windows_in_order(tmp_path):
    snapshots = _snapshots()
    del snapshots[1].graph["start"]
    with pytest.raises(ValueError, match="snapshot 1 needs graph attributes 'start'"):
        write_dynamic_gexf(snapshots, tmp_path / "x.gexf")
    with pytest.raises(ValueError, match="time order"):
        write_dynamic_gexf(_snapshots()[::-1], tmp_path / "x.gexf")
    with pytest.raises(ValueError, match="no snapshots"):
        write_dynamic_gexf([], tmp_path / "x.gexf")


@needs_schema
def test_dynamic_gexf_validates_against_the_official_schema(tmp_path):
    result = _xmllint(write_dynamic_gexf(_snapshots(), tmp_path / "dynamic.gexf"))
    assert result.returncode == 0, result.stderr
    undirected = [nx.Graph(s) for s in _snapshots()]
    result = _xmllint(write_dynamic_gexf(undirected, tmp_path / "undirected.gexf"))
    assert result.returncode == 0, result.stderr


# --------------------------------------------------------------------------------------
# GraphML, CSV tables, JSON
# --------------------------------------------------------------------------------------

def test_graphml_reads_back_with_networkx_keeping_arabic_and_signs(tmp_path):
    G = iraqi_graph()
    G.graph["tags"] = ["example"]  # not a plain value: written as JSON text
    H = nx.read_graphml(write_graphml(G, tmp_path / "iraq.graphml", blocs=IRAQI_BLOCS))
    assert H.is_directed()
    for node in G:
        assert H.nodes[node]["name_ar"] == ARABIC_NAMES[node]
        assert H.nodes[node]["bloc"] == IRAQI_BLOCS[node]
    for u, v, data in G.edges(data=True):
        assert H.edges[u, v]["sign"] == data["sign"]
        assert H.edges[u, v]["signed_weight"] == data["signed_weight"]
    assert H.graph["tags"] == '["example"]'


def test_csv_tables_read_back_with_pandas_in_gephi_layout(tmp_path):
    G = iraqi_graph()
    nodes_path, edges_path = write_tables(G, tmp_path / "tables", prefix="iraq_",
                                          blocs=IRAQI_BLOCS)
    assert nodes_path.name == "iraq_nodes.csv"
    nodes = pd.read_csv(nodes_path, encoding="utf-8")
    edges = pd.read_csv(edges_path, encoding="utf-8")
    assert list(nodes.columns[:2]) == ["Id", "Label"]
    assert list(edges.columns[:4]) == ["Source", "Target", "Type", "Weight"]
    assert dict(zip(nodes["Id"], nodes["name_ar"], strict=True)) == ARABIC_NAMES
    assert (edges["Weight"] >= 0).all()
    assert set(edges["Type"]) == {"Directed"}
    assert np.allclose(edges["signed_weight"], edges["sign"] * edges["Weight"])
    assert len(edges) == G.number_of_edges()


def test_csv_tables_can_carry_a_byte_order_mark_for_excel(tmp_path):
    nodes_path, _ = write_tables(iraqi_graph(), tmp_path, encoding="utf-8-sig",
                                 centrality=False)
    assert nodes_path.read_bytes()[:3] == b"\xef\xbb\xbf"
    assert pd.read_csv(nodes_path, encoding="utf-8-sig")["Id"].iloc[0] == "kataib_hezbollah"


def test_json_reads_back_as_node_link_graph_with_arabic_unescaped(tmp_path):
    G = iraqi_graph()
    path = write_json(G, tmp_path / "iraq.json", blocs=IRAQI_BLOCS)
    text = path.read_text(encoding="utf-8")
    assert "كتائب حزب الله" in text
    H = nx.node_link_graph(json.loads(text), edges="edges")
    assert H.is_directed()
    assert {n: H.nodes[n]["name_ar"] for n in H} == ARABIC_NAMES
    assert H.edges["kataib_hezbollah", "usa"]["signed_weight"] == -5.0
    assert H.graph["start"] == "2020-01-01"


def test_tables_fill_sign_and_signed_weight_and_skip_nonscalar_attributes():
    G = nx.Graph()
    G.add_node("a", name_en="A", aliases=["x", "y"], viz={"size": 3})
    G.add_edge("a", "b", weight=-2.0)
    nodes, edges = node_table(G, centrality=False), edge_table(G)
    assert "viz" not in nodes.columns
    assert nodes.set_index("id").loc["a", "aliases"] == '["x", "y"]'
    assert edges.loc[0, ["weight", "sign", "signed_weight"]].tolist() == [2.0, -1, -2.0]


def test_dynamic_gexf_gives_moving_windows_contiguous_slices_that_never_overlap(tmp_path):
    # three-month windows moving by one month overlap; Gephi refuses overlapping intervals
    snapshots = []
    for month in (1, 2, 3):
        end = (pd.Timestamp(f"2020-{month:02d}-01") + pd.DateOffset(months=3)
               - pd.Timedelta(days=1))
        G = nx.DiGraph(start=f"2020-{month:02d}-01", end=end.date().isoformat())
        _add_tie(G, "kataib_hezbollah", "usa", -1, month)
        snapshots.append(G)
    H = nx.read_gexf(write_dynamic_gexf(snapshots, tmp_path / "moving.gexf"))
    values = H.edges["kataib_hezbollah", "usa"]["signed_weight"]
    assert values == [(-1.0, "2020-01-01", "2020-03-31"), (-2.0, "2020-04-01", "2020-04-30"),
                      (-3.0, "2020-05-01", "2020-05-31")]
    assert H.nodes["usa"]["spells"] == [("2020-01-01", "2020-05-31")]


def test_csv_path_names_the_two_tables(tmp_path):
    nodes_path, edges_path = write_tables(iraqi_graph(), tmp_path / "out" / "net.csv",
                                          centrality=False)
    assert nodes_path == tmp_path / "out" / "net_nodes.csv"
    assert edges_path == tmp_path / "out" / "net_edges.csv"
    assert len(pd.read_csv(edges_path)) == iraqi_graph().number_of_edges()


def test_gexf_label_can_hold_both_names(tmp_path):
    H = nx.read_gexf(write_gexf(iraqi_graph(), tmp_path / "both.gexf", label="both",
                                centrality=False))
    assert H.nodes["irn"]["label"] == "Iran (إيران)"
    with pytest.raises(ValueError, match="label must be"):
        write_gexf(iraqi_graph(), tmp_path / "x.gexf", label="fr")
