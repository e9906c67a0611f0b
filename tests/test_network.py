"""build_network: every kind, option and normalisation on small hand-computed examples.

The main example: three actors (a, b, c), two issues (x, y), one duplicated statement
(rows 0 and 1 are the same statement in document d1). Its matrices:

    A+ = a: x 2        A- = a: y 1
         b: x 1, y 1        c: x 1, y 1

so congruence a-b = 2 (x), a-c = 1 (y), b-c = 0; conflict a-b = 1 (y), a-c = 2 (x),
b-c = 2 (x, y); activity n_a = 3, n_b = 2, n_c = 2.
"""

from __future__ import annotations

from types import SimpleNamespace

import networkx as nx
import pandas as pd
import pytest

from stancenet.network import (
    build_network,
    edge_statements,
    edges_frame,
    nodes_frame,
)
from stancenet.schema import StatementsError


def main_example() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "source": ["a", "a", "b", "c", "a", "c", "b"],
            "target": ["x", "x", "x", "x", "y", "y", "y"],
            "target_kind": "issue",
            "polarity": [1, 1, 1, -1, -1, -1, 1],
            "date": ["2020-01-01", "2020-01-01", "2020-01-10", "2020-01-20", "2020-02-01",
                     "2020-02-05", "2020-02-10"],
            "doc_id": ["d1", "d1", "d2", "d3", "d4", "d5", "d6"],
            "weight": [1.0, 1.0, 2.0, 0.5, 1.5, 1.0, 3.0],
        }
    )


def direct_example() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "source": ["a", "a", "a", "b", "c", "c", "a"],
            "target": ["b", "b", "b", "a", "a", "a", "a"],
            "target_kind": "actor",
            "polarity": [1, 1, -1, -1, 1, -1, 1],
            "date": ["2020-01-01", "2020-01-02", "2020-01-03", "2020-01-04", "2020-01-05",
                     "2020-01-06", "2020-01-07"],
            "doc_id": ["d1", "d2", "d3", "d4", "d5", "d6", "d7"],
        }
    )


def signed(G: nx.Graph) -> dict[frozenset | tuple, float]:
    """Edge -> signed_weight (undirected edges keyed by frozenset)."""
    key = (lambda u, v: (u, v)) if G.is_directed() else (lambda u, v: frozenset((u, v)))
    return {key(u, v): d["signed_weight"] for u, v, d in G.edges(data=True)}


def pair(u: str, v: str) -> frozenset:
    return frozenset((u, v))


# --- one-mode kinds ---------------------------------------------------------------------


def test_congruence_counts_same_polarity_pairs():
    G = build_network(main_example(), "congruence")
    assert signed(G) == {pair("a", "b"): 2.0, pair("a", "c"): 1.0}
    assert all(d["sign"] == 1 for _, _, d in G.edges(data=True))


def test_conflict_counts_opposite_polarity_pairs_with_negative_sign():
    G = build_network(main_example(), "conflict")
    assert signed(G) == {pair("a", "b"): -1.0, pair("a", "c"): -2.0, pair("b", "c"): -2.0}
    assert all(d["sign"] == -1 and d["weight"] > 0 for _, _, d in G.edges(data=True))


def test_subtract_is_congruence_minus_conflict():
    G = build_network(main_example(), "subtract")
    assert signed(G) == {pair("a", "b"): 1.0, pair("a", "c"): -1.0, pair("b", "c"): -2.0}
    ab = G.edges["a", "b"]
    assert (ab["pos"], ab["neg"], ab["sign"], ab["weight"]) == (2.0, 1.0, 1, 1.0)


def test_one_mode_graphs_are_undirected_over_sources_only():
    G = build_network(main_example(), "subtract")
    assert not G.is_directed()
    assert set(G) == {"a", "b", "c"}


@pytest.mark.parametrize(
    ("normalization", "expected"),
    [
        # average: den = (n_u + n_v) / 2 = 2.5, 2.5, 2
        ("average", {pair("a", "b"): 0.4, pair("a", "c"): -0.4, pair("b", "c"): -1.0}),
        # DNA's cosine: den = n_u * n_v = 6, 6, 4
        ("cosine", {pair("a", "b"): 1 / 6, pair("a", "c"): -1 / 6, pair("b", "c"): -0.5}),
        # DNA's jaccard: den = m10 + m01 + m11 = 1 + 1 + 2, 2 + 1 + 1, 2 + 2 + 0
        ("jaccard", {pair("a", "b"): 0.25, pair("a", "c"): -0.25, pair("b", "c"): -0.5}),
    ],
)
def test_subtract_normalisations_match_hand_computation(normalization, expected):
    G = build_network(main_example(), "subtract", normalization=normalization)
    got = signed(G)
    assert got.keys() == expected.keys()
    for key, value in expected.items():
        assert got[key] == pytest.approx(value)


def test_congruence_and_conflict_share_the_normalisation_denominator():
    cong = build_network(main_example(), "congruence", normalization="jaccard")
    conf = build_network(main_example(), "conflict", normalization="jaccard")
    assert cong.edges["a", "b"]["weight"] == pytest.approx(2 / 4)
    assert conf.edges["a", "b"]["weight"] == pytest.approx(1 / 4)
    assert conf.edges["b", "c"]["weight"] == pytest.approx(2 / 4)


def test_jaccard_equals_textbook_jaccard_when_each_cell_has_one_statement():
    # a: (x,+), (y,+); b: (x,+), (z,-): shared 1, union 3
    df = pd.DataFrame({"source": ["a", "a", "b", "b"], "target": ["x", "y", "x", "z"],
                       "polarity": [1, 1, 1, -1]})
    G = build_network(df, "congruence", normalization="jaccard")
    assert G.edges["a", "b"]["weight"] == pytest.approx(1 / 3)


def test_duplicates_document_counts_a_statement_once_and_can_cancel_a_pair():
    G = build_network(main_example(), "subtract", duplicates="document")
    # a's x count falls to 1: a-b = 1 - 1 = 0 and a-c = 1 - 1 = 0 cancel; b-c = -2
    assert signed(G) == {pair("b", "c"): -2.0}


def test_ties_keep_cancelled_pairs_with_zero_weight_and_chosen_sign():
    for ties, sign in (("positive", 1), ("negative", -1)):
        G = build_network(main_example(), "subtract", duplicates="document", ties=ties)
        assert G.edges["a", "b"]["weight"] == 0.0
        assert G.edges["a", "b"]["sign"] == sign
        assert G.edges["a", "b"]["signed_weight"] == 0.0
        assert G.edges["a", "b"]["pos"] == G.edges["a", "b"]["neg"] == 1.0


def test_one_mode_edge_evidence_counts_and_dates():
    sub = build_network(main_example(), "subtract")
    assert sub.edges["a", "b"]["n_statements"] == 5
    assert sub.edges["b", "c"]["n_statements"] == 4
    assert (sub.edges["b", "c"]["first_date"], sub.edges["b", "c"]["last_date"]) == (
        "2020-01-10", "2020-02-10")
    cong = build_network(main_example(), "congruence")
    assert cong.edges["a", "b"]["n_statements"] == 3  # a's two (x,+), b's one
    assert (cong.edges["a", "c"]["first_date"], cong.edges["a", "c"]["last_date"]) == (
        "2020-02-01", "2020-02-05")
    conf = build_network(main_example(), "conflict")
    assert conf.edges["a", "c"]["n_statements"] == 3  # a's two (x,+), c's (x,-)
    assert conf.edges["a", "b"]["first_date"] == "2020-02-01"


def test_weighting_by_weight_uses_cue_intensity():
    G = build_network(main_example(), "congruence", weighting="weight")
    # a-b: (x,+) 1.0 + 1.0 times b's 2.0 = 4; a-c: (y,-) 1.5 * 1.0 = 1.5
    assert signed(G) == {pair("a", "b"): 4.0, pair("a", "c"): 1.5}


# --- two-mode ---------------------------------------------------------------------------


def test_twomode_subtract_is_signed_sum_per_actor_target():
    G = build_network(main_example(), "twomode")
    assert nx.is_bipartite(G)
    assert signed(G) == {
        pair("a", "x"): 2.0, pair("a", "y"): -1.0, pair("b", "x"): 1.0,
        pair("b", "y"): 1.0, pair("c", "x"): -1.0, pair("c", "y"): -1.0,
    }
    assert {n: d["bipartite"] for n, d in G.nodes(data=True)} == {
        "a": 0, "b": 0, "c": 0, "x": 1, "y": 1}
    assert G.nodes["x"]["node_type"] == "issue" and G.nodes["x"]["kind"] == "issue"


def test_twomode_activity_and_prominence_normalisation():
    act = signed(build_network(main_example(), "twomode", normalization="activity"))
    assert act[pair("a", "x")] == pytest.approx(2 / 3)
    assert act[pair("a", "y")] == pytest.approx(-1 / 3)
    assert act[pair("b", "y")] == pytest.approx(0.5)
    prom = signed(build_network(main_example(), "twomode", normalization="prominence"))
    assert prom[pair("a", "x")] == pytest.approx(0.5)  # x received 4
    assert prom[pair("c", "x")] == pytest.approx(-0.25)
    assert prom[pair("b", "y")] == pytest.approx(1 / 3)  # y received 3


def test_twomode_combine_codes_positive_negative_mixed():
    df = pd.concat([main_example(), pd.DataFrame(
        {"source": ["b"], "target": ["x"], "target_kind": ["issue"], "polarity": [-1],
         "date": ["2020-03-01"], "doc_id": ["d9"]})], ignore_index=True)
    G = build_network(df, "twomode", aggregation="combine")
    codes = {frozenset((u, v)): d["combine"] for u, v, d in G.edges(data=True)}
    assert codes == {pair("a", "x"): 1, pair("a", "y"): 2, pair("b", "x"): 3,
                     pair("b", "y"): 1, pair("c", "x"): 2, pair("c", "y"): 2}
    bx = G.edges["b", "x"]
    # b-x: one positive, one negative: mixed, net 0, latest statement negative
    assert (bx["combine_label"], bx["weight"], bx["sign"]) == ("mixed", 3.0, -1)
    act = build_network(df, "twomode", aggregation="combine", normalization="activity")
    assert act.edges["a", "y"]["weight"] == pytest.approx(2 / 2)  # a addressed 2 targets


def test_twomode_target_that_is_also_a_source_gets_its_own_node():
    G = build_network(direct_example(), "twomode")
    assert G.has_edge("a", "target:b")
    assert G.nodes["target:b"]["entity_id"] == "b" and G.nodes["target:b"]["bipartite"] == 1
    assert nx.is_bipartite(G)


# --- direct and combined ----------------------------------------------------------------


def test_direct_network_nets_stances_per_ordered_pair():
    G = build_network(direct_example(), "direct")
    assert isinstance(G, nx.DiGraph)
    # c -> a cancels (one +, one -) and is dropped; a -> a is a self statement
    assert signed(G) == {("a", "b"): 1.0, ("b", "a"): -1.0}
    ab = G.edges["a", "b"]
    assert (ab["pos"], ab["neg"], ab["n_statements"]) == (2.0, 1.0, 3)
    assert (ab["first_date"], ab["last_date"]) == ("2020-01-01", "2020-01-03")
    assert G.graph["n_self_statements"] == 1


def test_direct_ties_latest_takes_sign_of_most_recent_statement():
    G = build_network(direct_example(), "direct", ties="latest")
    assert G.edges["c", "a"]["sign"] == -1 and G.edges["c", "a"]["weight"] == 0.0
    reverse = direct_example().iloc[::-1].reset_index(drop=True)
    assert build_network(reverse, "direct", ties="latest").edges["c", "a"]["sign"] == -1


def test_direct_activity_and_prominence():
    act = signed(build_network(direct_example(), "direct", normalization="activity"))
    assert act[("a", "b")] == pytest.approx(1 / 3)  # a made 3 statements on others
    assert act[("b", "a")] == pytest.approx(-1.0)
    prom = signed(build_network(direct_example(), "direct", normalization="prominence"))
    assert prom[("b", "a")] == pytest.approx(-1 / 3)  # a received 3 (b once, c twice)


def combined_example() -> pd.DataFrame:
    extra = pd.DataFrame({"source": ["b", "c"], "target": ["c", "b"], "target_kind": "actor",
                          "polarity": [-1, -1], "date": ["2020-03-01", "2020-03-02"],
                          "doc_id": ["d7", "d8"]})
    return pd.concat([main_example(), extra], ignore_index=True)


def test_combined_adds_weighted_direct_and_subtract_parts():
    G = build_network(combined_example(), "combined")
    assert signed(G) == {pair("a", "b"): 1.0, pair("a", "c"): -1.0, pair("b", "c"): -4.0}
    bc = G.edges["b", "c"]
    assert (bc["direct"], bc["indirect"], bc["n_statements"]) == (-2.0, -2.0, 6)
    weighted = build_network(combined_example(), "combined", direct_weight=2.0,
                             indirect_weight=0.5)
    assert signed(weighted)[pair("b", "c")] == pytest.approx(-5.0)
    assert signed(weighted)[pair("a", "b")] == pytest.approx(0.5)


def test_combined_normalises_only_the_subtract_part():
    G = build_network(combined_example(), "combined", normalization="cosine")
    # n_b = n_c = 3 now (their direct statements count as activity): S_bc = -2 / 9
    assert G.edges["b", "c"]["signed_weight"] == pytest.approx(-2 - 2 / 9)
    assert G.edges["a", "b"]["signed_weight"] == pytest.approx(1 / 9)


# --- filters ----------------------------------------------------------------------------


def test_date_range_is_inclusive():
    G = build_network(main_example(), "twomode", start="2020-01-10", end="2020-02-01")
    assert signed(G) == {pair("b", "x"): 1.0, pair("c", "x"): -1.0, pair("a", "y"): -1.0}
    assert (G.graph["start"], G.graph["end"]) == ("2020-01-10", "2020-02-01")


def test_actor_and_target_include_exclude_lists():
    only_ab = build_network(main_example(), "subtract", actors=["a", "b"])
    assert set(only_ab) == {"a", "b"}
    no_c = build_network(main_example(), "subtract", exclude_actors=["c"])
    assert signed(no_c) == signed(only_ab)
    only_x = build_network(main_example(), "twomode", targets=["x"])
    assert {d["entity_id"] for _, d in only_x.nodes(data=True) if d["bipartite"] == 1} == {"x"}
    no_x = build_network(main_example(), "twomode", exclude_targets=["x"])
    assert "x" not in no_x


def test_target_kind_filter():
    G = build_network(combined_example(), "twomode", target_kind="actor")
    assert {d["entity_id"] for _, d in G.nodes(data=True) if d["bipartite"] == 1} == {"b", "c"}


def test_min_statements_drops_thinly_supported_edges():
    G = build_network(main_example(), "subtract", min_statements=5)
    assert set(signed(G)) == {pair("a", "b"), pair("a", "c")}


def test_isolates_keep_actors_without_edges():
    dropped = build_network(main_example(), "subtract", end="2020-01-10")
    kept = build_network(main_example(), "subtract", end="2020-01-10", isolates=True)
    assert set(dropped) == {"a", "b"}
    assert set(kept) == {"a", "b", "c"}
    assert kept.degree("c") == 0 and kept.nodes["c"]["n_made"] == 0


def fake_registry() -> SimpleNamespace:
    actors = {
        "a": SimpleNamespace(name_en="Actor A", name_ar="الفاعل أ", kind="party", country="IRQ"),
        "b": SimpleNamespace(name_en="Actor B", name_ar="الفاعل ب", kind="militia",
                             country="IRQ"),
        "c": SimpleNamespace(name_en="Actor C", name_ar="الفاعل ج", kind="state", country="USA"),
    }
    issues = {"x": SimpleNamespace(name_en="Issue X", name_ar="القضية س")}
    return SimpleNamespace(actors=actors, issues=issues)


def test_actor_kinds_filter_needs_and_uses_registry():
    with pytest.raises(ValueError, match="registry"):
        build_network(main_example(), "subtract", actor_kinds=["party"])
    G = build_network(main_example(), "subtract", actor_kinds=["party", "militia"],
                      registry=fake_registry())
    assert set(G) == {"a", "b"}


def test_registry_fills_node_attributes():
    G = build_network(main_example(), "twomode", registry=fake_registry())
    assert G.nodes["a"]["name_ar"] == "الفاعل أ"
    assert (G.nodes["a"]["kind"], G.nodes["a"]["country"]) == ("party", "IRQ")
    assert G.nodes["a"]["name_en"] == "Actor A"
    assert (G.nodes["x"]["kind"], G.nodes["x"]["name_ar"]) == ("issue", "القضية س")
    assert G.nodes["y"]["name_ar"] == "" and G.nodes["y"]["kind"] == "issue"


def test_node_attributes_without_registry_come_from_table():
    df = main_example().assign(source_name=lambda d: d["source"].str.upper())
    G = build_network(df, "twomode")
    assert G.nodes["a"]["name_en"] == "A"
    assert (G.nodes["a"]["name_ar"], G.nodes["a"]["kind"], G.nodes["a"]["country"]) == (
        "", "", "")
    assert (G.nodes["a"]["n_made"], G.nodes["x"]["n_received"]) == (3, 4)
    assert G.nodes["a"]["activity"] == 3


# --- evidence and tables ----------------------------------------------------------------


def test_edge_statements_returns_the_rows_counted():
    df = main_example()
    sub = build_network(df, "subtract")
    assert list(edge_statements(sub, "b", "c", df).index) == [2, 3, 5, 6]
    cong = build_network(df, "congruence", duplicates="document")
    rows = edge_statements(cong, "a", "b", df)
    assert list(rows.index) == [0, 2]  # the duplicate row 1 was not counted
    assert len(rows) == cong.edges["a", "b"]["n_statements"]
    conf = build_network(df, "conflict")
    assert list(edge_statements(conf, "c", "a", df).index) == [0, 1, 3]
    two = build_network(df, "twomode")
    assert list(edge_statements(two, "x", "a", df).index) == [0, 1]
    direct = build_network(direct_example(), "direct")
    assert list(edge_statements(direct, "a", "b", direct_example()).index) == [0, 1, 2]
    comb = build_network(combined_example(), "combined")
    assert len(edge_statements(comb, "b", "c", combined_example())) == 6
    with pytest.raises(KeyError):
        edge_statements(direct, "b", "c", direct_example())


def test_edge_statements_matches_n_statements_for_every_edge():
    df = combined_example()
    for kind in ("direct", "twomode", "congruence", "conflict", "subtract", "combined"):
        G = build_network(df, kind)
        for u, v, data in G.edges(data=True):
            assert len(edge_statements(G, u, v, df)) == data["n_statements"], (kind, u, v)


def test_edges_and_nodes_frames_have_stable_columns():
    G = build_network(main_example(), "subtract")
    edges = edges_frame(G)
    assert list(edges.columns[:10]) == ["source", "target", "sign", "weight", "signed_weight",
                                        "pos", "neg", "n_statements", "first_date",
                                        "last_date"]
    assert len(edges) == 3
    nodes = nodes_frame(G)
    assert list(nodes.columns[:9]) == ["id", "name_en", "name_ar", "kind", "country",
                                       "node_type", "n_made", "n_received", "activity"]
    assert sorted(nodes["id"]) == ["a", "b", "c"]


def test_graph_attributes_describe_the_build():
    G = build_network(main_example(), "subtract", normalization="cosine", duplicates="document")
    assert G.graph["kind"] == "subtract" and G.graph["normalization"] == "cosine"
    assert G.graph["duplicates"] == "document"
    assert (G.graph["start"], G.graph["end"]) == ("2020-01-01", "2020-02-10")
    assert G.graph["n_statements"] == 6


# --- duplicates by period ---------------------------------------------------------------


def test_duplicates_per_week_month_year_and_range():
    dates = ["2020-01-06", "2020-01-12", "2020-01-13", "2020-02-01", "2021-01-06"]
    df = pd.DataFrame({"source": "a", "target": "x", "polarity": 1, "date": dates,
                       "doc_id": ["d1", "d1", "d2", "d3", "d4"]})
    expected = {"include": 5, "document": 4, "week": 4, "month": 3, "year": 2,
                "acrossrange": 1}
    for duplicates, count in expected.items():
        G = build_network(df, "twomode", duplicates=duplicates)
        assert G.edges["a", "x"]["pos"] == count, duplicates
        assert G.edges["a", "x"]["first_date"] == "2020-01-06"


def test_duplicates_differ_by_polarity_are_both_kept():
    df = pd.DataFrame({"source": "a", "target": "x", "polarity": [1, -1, 1],
                       "doc_id": "d1"})
    G = build_network(df, "twomode", duplicates="document", ties="positive")
    assert (G.edges["a", "x"]["pos"], G.edges["a", "x"]["neg"]) == (1.0, 1.0)


# --- bad input --------------------------------------------------------------------------


def test_unknown_kind_and_options_are_rejected_with_the_choices():
    with pytest.raises(ValueError, match="kind must be one of"):
        build_network(main_example(), "bipartite")
    with pytest.raises(ValueError, match="normalization"):
        build_network(main_example(), "subtract", normalization="activity")
    with pytest.raises(ValueError, match="normalization"):
        build_network(main_example(), "twomode", normalization="jaccard")
    with pytest.raises(ValueError, match="duplicates"):
        build_network(main_example(), "subtract", duplicates="day")
    with pytest.raises(ValueError, match="ties='latest'"):
        build_network(main_example(), "subtract", ties="latest")
    with pytest.raises(ValueError, match="aggregation"):
        build_network(main_example(), "subtract", aggregation="combine")
    with pytest.raises(ValueError, match="min_statements"):
        build_network(main_example(), "subtract", min_statements=0)
    with pytest.raises(ValueError, match="weighting"):
        build_network(main_example(), "subtract", weighting="confidence")


def test_polarity_zero_is_rejected():
    df = main_example()
    df.loc[3, "polarity"] = 0
    with pytest.raises(StatementsError, match="polarity"):
        build_network(df, "subtract")


def test_empty_table_gives_an_empty_graph_with_attributes():
    empty = pd.DataFrame({"source": [], "target": [], "polarity": []})
    for kind in ("direct", "twomode", "congruence", "conflict", "subtract", "combined"):
        G = build_network(empty, kind)
        assert G.number_of_nodes() == 0 and G.graph["kind"] == kind
        assert G.graph["n_statements"] == 0


def test_filters_that_leave_nothing_give_an_empty_graph():
    G = build_network(main_example(), "subtract", start="2030-01-01")
    assert G.number_of_nodes() == 0


def test_missing_dates_with_date_filter_raise_naming_the_count():
    df = main_example()
    df.loc[[1, 4], "date"] = None
    with pytest.raises(StatementsError, match="2 of 7 statements have no date"):
        build_network(df, "subtract", start="2020-01-01")
    with pytest.raises(StatementsError, match="no date"):
        build_network(df, "subtract", duplicates="month")
    G = build_network(df, "twomode")  # no date needed: undated rows count, dates ''
    assert G.edges["a", "y"]["first_date"] == ""
    assert G.edges["a", "x"]["first_date"] == "2020-01-01"


def test_document_duplicates_need_document_ids():
    df = main_example().drop(columns="doc_id")
    with pytest.raises(StatementsError, match="doc_id"):
        build_network(df, "subtract", duplicates="document")


def test_bad_filter_arguments_are_rejected():
    with pytest.raises(ValueError, match="before start"):
        build_network(main_example(), "subtract", start="2020-02-01", end="2020-01-01")
    with pytest.raises(ValueError, match="list of ids"):
        build_network(main_example(), "subtract", actors="a")
    with pytest.raises(ValueError, match="not a date"):
        build_network(main_example(), "subtract", start="someday")


@pytest.mark.parametrize("kind", ["congruence", "conflict", "subtract", "combined"])
@pytest.mark.parametrize("normalization", ["no", "jaccard"])
def test_sparse_path_gives_the_same_graph_as_dense(monkeypatch, kind, normalization):
    import stancenet.network.matrices as matrices

    df = combined_example()
    df.loc[2, "date"] = None  # an undated statement exercises the empty-date cells
    dense = edges_frame(build_network(df, kind, normalization=normalization))
    monkeypatch.setattr(matrices, "_DENSE_PRODUCT", 0)
    monkeypatch.setattr(matrices, "_DENSE_CELLS", 0)
    sparse = edges_frame(build_network(df, kind, normalization=normalization))
    pd.testing.assert_frame_equal(dense, sparse)
