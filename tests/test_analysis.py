"""Tests of stancenet.analysis: balance, frustration, blocs, centrality, polarisation, summary."""

from __future__ import annotations

import itertools
import warnings

import networkx as nx
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stancenet.analysis import (
    BalanceResult,
    BlocsResult,
    FrustrationResult,
    NoDominantEigenvalueWarning,
    PolarizationResult,
    SignedGraphError,
    adjusted_rand_index,
    balance,
    blocs,
    centrality,
    dna_polarization,
    frustration,
    polarization,
    signed_modularity,
    signed_sbm,
    summary,
)

# Read (1954), Highland tribes of New Guinea (Gahuku-Gama): 16 tribes, 29 alliances (+1),
# 29 enmities (-1). Written out here as facts: (tribe, tribe, sign).
HIGHLAND_TIES = [
    ("GAVEV", "KOTUN", 1), ("GAVEV", "OVE", -1), ("GAVEV", "ALIKA", -1), ("GAVEV", "NAGAM", -1),
    ("GAVEV", "GAHUK", -1), ("GAVEV", "ASARO", -1), ("GAVEV", "NAGAD", 1), ("GAVEV", "GAMA", 1),
    ("KOTUN", "OVE", -1), ("KOTUN", "NAGAM", -1), ("KOTUN", "GAHUK", -1), ("KOTUN", "NOTOH", -1),
    ("KOTUN", "KOHIK", -1), ("KOTUN", "NAGAD", 1), ("KOTUN", "GAMA", 1), ("OVE", "ALIKA", 1),
    ("OVE", "GAHUK", 1), ("OVE", "MASIL", 1), ("OVE", "UKUDZ", 1), ("ALIKA", "UKUDZ", 1),
    ("NAGAM", "MASIL", 1), ("NAGAM", "NOTOH", 1), ("NAGAM", "SEUVE", 1), ("NAGAM", "NAGAD", -1),
    ("NAGAM", "GAMA", -1), ("GAHUK", "MASIL", 1), ("GAHUK", "UKUDZ", 1), ("GAHUK", "NOTOH", -1),
    ("GAHUK", "GEHAM", 1), ("GAHUK", "ASARO", 1), ("GAHUK", "UHETO", -1), ("GAHUK", "GAMA", -1),
    ("MASIL", "UKUDZ", 1), ("MASIL", "GEHAM", 1), ("MASIL", "ASARO", 1), ("MASIL", "UHETO", 1),
    ("UKUDZ", "GEHAM", 1), ("UKUDZ", "ASARO", 1), ("UKUDZ", "SEUVE", -1), ("NOTOH", "KOHIK", 1),
    ("NOTOH", "GEHAM", -1), ("NOTOH", "UHETO", 1), ("NOTOH", "NAGAD", -1), ("KOHIK", "GEHAM", -1),
    ("KOHIK", "UHETO", 1), ("KOHIK", "NAGAD", -1), ("GEHAM", "ASARO", 1), ("GEHAM", "UHETO", -1),
    ("GEHAM", "NAGAD", -1), ("GEHAM", "GAMA", -1), ("ASARO", "SEUVE", -1), ("ASARO", "NAGAD", -1),
    ("ASARO", "GAMA", -1), ("UHETO", "SEUVE", 1), ("UHETO", "NAGAD", -1), ("UHETO", "GAMA", -1),
    ("SEUVE", "GAMA", -1), ("NAGAD", "GAMA", 1),
]  # fmt: skip


def highland() -> nx.Graph:
    G = nx.Graph()
    G.add_edges_from((a, b, {"sign": s}) for a, b, s in HIGHLAND_TIES)
    return G


def signed_graph(ties, directed=False, multi=False) -> nx.Graph:
    cls = {(False, False): nx.Graph, (True, False): nx.DiGraph, (False, True): nx.MultiGraph}
    G = cls[(directed, multi)]()
    for tie in ties:
        a, b, s = tie[:3]
        data = {"sign": s}
        if len(tie) > 3:
            data["weight"] = tie[3]
        G.add_edge(a, b, **data)
    return G


def brute_force_frustration(G: nx.Graph, weight: str | None = None) -> float:
    nodes = list(G)
    if len(nodes) < 2:
        return 0
    best = np.inf
    for bits in itertools.product((0, 1), repeat=len(nodes) - 1):
        side = dict(zip(nodes, (0, *bits), strict=True))
        cost = 0.0
        for a, b, d in G.edges(data=True):
            frustrated = (side[a] != side[b]) if d["sign"] > 0 else (side[a] == side[b])
            if frustrated:
                cost += 1 if weight is None else d[weight]
        best = min(best, cost)
    return best


def frustrated_cost(G: nx.Graph, partition: dict, weight: str | None = None) -> float:
    cost = 0.0
    for a, b, d in G.edges(data=True):
        same = partition[a] == partition[b]
        if (d["sign"] > 0 and not same) or (d["sign"] < 0 and same):
            cost += 1 if weight is None else d[weight]
    return cost


@st.composite
def small_signed_graphs(draw, max_nodes: int = 9, weighted: bool = False):
    n = draw(st.integers(min_value=2, max_value=max_nodes))
    pairs = list(itertools.combinations(range(n), 2))
    present = draw(st.lists(st.booleans(), min_size=len(pairs), max_size=len(pairs)))
    signs = draw(st.lists(st.sampled_from([1, -1]), min_size=len(pairs), max_size=len(pairs)))
    weights = draw(
        st.lists(st.integers(min_value=0, max_value=5), min_size=len(pairs), max_size=len(pairs))
    )
    G = nx.Graph()
    G.add_nodes_from(range(n))
    for (a, b), keep, s, w in zip(pairs, present, signs, weights, strict=True):
        if keep:
            G.add_edge(a, b, sign=s, weight=float(w) if weighted else 1.0)
    return G


# --- input checks ----------------------------------------------------------------------------


def test_missing_sign_names_the_edge():
    G = nx.Graph()
    G.add_edge("a", "b", sign=1)
    G.add_edge("b", "c")
    with pytest.raises(SignedGraphError, match=r"\('b', 'c'\).*sign"):
        balance(G)


@pytest.mark.parametrize("bad", [0, 2, 0.5, "+", True, None])
def test_sign_outside_plus_minus_one_is_refused(bad):
    G = nx.Graph()
    G.add_edge("a", "b", sign=bad)
    with pytest.raises(SignedGraphError, match="not \\+1 or -1"):
        frustration(G)


@pytest.mark.parametrize("bad", [-1.0, float("nan"), float("inf"), "heavy"])
def test_bad_weight_is_refused_with_the_edge_named(bad):
    G = nx.Graph()
    G.add_edge("a", "b", sign=1, weight=bad)
    with pytest.raises(SignedGraphError, match=r"\('a', 'b'\)"):
        balance(G, weight="weight")


def test_float_and_numpy_signs_are_accepted():
    G = nx.Graph()
    G.add_edge("a", "b", sign=1.0)
    G.add_edge("b", "c", sign=np.int8(-1))
    G.add_edge("a", "c", sign=np.float64(-1.0))
    assert balance(G).triangles["+--"] == 1


def test_two_mode_graph_is_refused():
    G = nx.Graph()
    G.add_node("usa", node_type="actor")
    G.add_node("withdrawal", node_type="issue")
    G.add_edge("usa", "withdrawal", sign=-1)
    with pytest.raises(SignedGraphError, match="two-mode"):
        centrality(G)


def test_not_a_graph_is_refused():
    with pytest.raises(SignedGraphError, match="networkx graph"):
        balance([("a", "b")])


def test_summary_of_graph_without_ties_is_refused():
    G = nx.Graph()
    G.add_nodes_from("abc")
    with pytest.raises(SignedGraphError, match="no edges"):
        summary(G)


def test_self_loops_are_ignored():
    G = highland()
    G.add_edge("GAMA", "GAMA", sign=-1)
    assert frustration(G).index == 7
    assert balance(G).n_edges == 58


def test_directed_ties_are_summed_and_opposite_reciprocal_ties_cancel():
    G = signed_graph([("a", "b", 1), ("b", "a", 1), ("b", "c", 1), ("c", "b", -1), ("a", "c", -1)],
                     directed=True)  # fmt: skip
    result = balance(G)
    # a-b positive (1+1), b-c cancels (1-1) and is dropped, a-c negative
    assert result.n_edges == 2
    assert result.n_cancelled == 1
    assert result.n_positive == 1 and result.n_negative == 1


def test_directed_weighted_ties_merge_by_signed_weight_sum():
    G = signed_graph([("a", "b", 1, 3.0), ("b", "a", -1, 1.0), ("b", "c", -1, 2.0),
                      ("c", "a", -1, 1.0)], directed=True)  # fmt: skip
    result = frustration(G, weight="weight")
    table = result.edges_frame().set_index(["source", "target"])
    assert table.loc[("a", "b"), "sign"] == 1
    assert table.loc[("a", "b"), "weight"] == pytest.approx(2.0)
    # +, -, - is balanced
    assert result.index == 0


def test_multigraph_parallel_ties_are_summed():
    G = signed_graph([("a", "b", 1), ("a", "b", -1), ("a", "b", -1), ("b", "c", 1), ("a", "c", 1)],
                     multi=True)  # fmt: skip
    result = balance(G)
    assert result.triangles == {"+++": 0, "++-": 1, "+--": 0, "---": 0}


# --- balance ---------------------------------------------------------------------------------


def brute_force_census(G: nx.Graph, weight: str | None = None) -> dict:
    census = dict.fromkeys(["+++", "++-", "+--", "---"], 0.0)
    for a, b, c in itertools.combinations(G.nodes, 3):
        if G.has_edge(a, b) and G.has_edge(b, c) and G.has_edge(a, c):
            ties = [G.edges[a, b], G.edges[b, c], G.edges[a, c]]
            n_negative = sum(t["sign"] < 0 for t in ties)
            value = 1.0 if weight is None else float(np.prod([t[weight] for t in ties]))
            census[["+++", "++-", "+--", "---"][n_negative]] += value
    return census


@settings(max_examples=60, deadline=None)
@given(small_signed_graphs(max_nodes=9, weighted=True))
def test_triangle_census_equals_enumeration(G):
    result = balance(G, weight="weight", walk=None)
    expected = brute_force_census(G)
    assert result.triangles == {k: int(v) for k, v in expected.items()}
    expected_weighted = brute_force_census(G, weight="weight")
    for kind, value in expected_weighted.items():
        assert result.weighted_triangles[kind] == pytest.approx(value)


def test_highland_triangle_census_and_ratio():
    result = balance(highland())
    assert isinstance(result, BalanceResult)
    assert result.triangles == {k: int(v) for k, v in brute_force_census(highland()).items()}
    balanced = result.triangles["+++"] + result.triangles["+--"]
    assert result.triangle_ratio == pytest.approx(balanced / result.n_triangles)
    assert 0 < result.triangle_ratio < 1
    assert list(result.to_frame()["type"]) == ["+++", "++-", "+--", "---"]


def test_balanced_graph_has_ratio_one_and_walk_balance_one():
    G = signed_sbm([6, 5], p=0.8, noise=0.0, seed=3)
    result = balance(G)
    assert result.triangle_ratio == 1.0
    assert result.walk_ratio == pytest.approx(1.0)


def test_walk_balance_matches_matrix_exponential():
    from scipy.linalg import expm

    G = highland()
    A = nx.to_numpy_array(G, weight="sign")
    expected = np.trace(expm(A)) / np.trace(expm(np.abs(A)))
    assert balance(G).walk_ratio == pytest.approx(expected, rel=1e-9)


def test_walk_balance_estimate_is_close_to_exact():
    G = signed_sbm([150, 150], p=0.05, noise=0.2, seed=7)
    exact = balance(G, walk="exact").walk_ratio
    estimate = balance(G, walk="estimate", seed=1)
    assert estimate.walk_method == "estimate"
    assert estimate.walk_ratio == pytest.approx(exact, rel=0.1)


def test_weighted_triangle_ratio_weighs_by_product_of_weights():
    # balanced triangle a-b-c with weights 1,1,1; unbalanced triangle c-d-e with weights 2,2,2
    G = signed_graph([("a", "b", 1, 1.0), ("b", "c", 1, 1.0), ("a", "c", 1, 1.0),
                      ("c", "d", 1, 2.0), ("d", "e", 1, 2.0), ("c", "e", -1, 2.0)])  # fmt: skip
    result = balance(G, weight="weight")
    assert result.triangle_ratio == 0.5
    assert result.weighted_triangle_ratio == pytest.approx(1 / (1 + 8))


# --- frustration -----------------------------------------------------------------------------


def test_highland_tribes_frustration_index_is_seven_as_in_the_literature():
    result = frustration(highland())
    assert isinstance(result, FrustrationResult)
    assert result.index == 7
    assert result.optimal
    assert result.lower_bound == 7
    assert set(result.partition.values()) <= {0, 1}
    assert len(result.frustrated_edges) == 7
    assert frustrated_cost(highland(), result.partition) == 7


def test_highland_heuristic_is_labelled_and_bounds_the_index():
    result = frustration(highland(), method="heuristic")
    assert result.method == "heuristic"
    assert result.lower_bound <= 7 <= result.index
    assert result.optimal == (result.lower_bound == result.index)
    assert frustrated_cost(highland(), result.partition) == result.index


@settings(max_examples=80, deadline=None)
@given(small_signed_graphs(max_nodes=9))
def test_exact_frustration_equals_brute_force(G):
    result = frustration(G, method="exact")
    assert result.optimal
    assert result.index == brute_force_frustration(G)
    assert frustrated_cost(G, result.partition) == result.index
    assert len(result.frustrated_edges) == result.index


@settings(max_examples=40, deadline=None)
@given(small_signed_graphs(max_nodes=8, weighted=True))
def test_exact_weighted_frustration_equals_brute_force(G):
    result = frustration(G, weight="weight", method="exact")
    assert result.optimal
    assert result.index == pytest.approx(brute_force_frustration(G, weight="weight"))
    assert frustrated_cost(G, result.partition, "weight") == pytest.approx(result.index)


@settings(max_examples=30, deadline=None)
@given(small_signed_graphs(max_nodes=9))
def test_heuristic_bounds_bracket_the_exact_index(G):
    exact = brute_force_frustration(G)
    result = frustration(G, method="heuristic")
    assert result.lower_bound <= exact <= result.index


def test_disconnected_graph_with_bridges_sums_block_indices():
    G = highland()
    G2 = nx.relabel_nodes(highland(), lambda x: x + "_2")
    G = nx.union(G, G2)
    G.add_edge("GAMA", "GAMA_2", sign=-1)  # a bridge is never frustrated
    G.add_edge("lonely", "GAMA", sign=1)
    G.add_node("isolate")
    result = frustration(G)
    assert result.index == 14
    assert result.optimal
    assert frustrated_cost(G, result.partition) == 14


def test_time_limit_reports_bounds_and_not_optimal():
    rng = np.random.default_rng(0)
    G = nx.gnm_random_graph(150, 900, seed=1)
    for a, b in G.edges:
        G.edges[a, b]["sign"] = int(rng.choice([1, -1]))
    result = frustration(G, method="exact", time_limit=0.05)
    assert not result.optimal
    assert "not proven optimal" in result.message
    assert 0 <= result.lower_bound < result.index
    assert frustrated_cost(G, result.partition) == result.index


def test_frustration_to_frame_counts_frustrated_ties_per_node():
    result = frustration(highland())
    frame = result.to_frame()
    assert frame["n_frustrated"].sum() == 2 * result.index
    assert set(frame.columns) == {"node", "side", "n_frustrated"}


def test_balanced_graph_has_zero_frustration():
    G = signed_sbm([10, 12], p=0.5, noise=0.0, seed=2)
    result = frustration(G)
    assert result.index == 0 and result.optimal
    truth = nx.get_node_attributes(G, "bloc")
    assert adjusted_rand_index(truth, result.partition) == 1.0


# --- blocs -----------------------------------------------------------------------------------


def test_highland_blocs_find_the_three_way_split_with_two_inconsistent_ties():
    result = blocs(highland())
    assert isinstance(result, BlocsResult)
    assert result.n_blocs == 3
    assert result.n_violations == 2
    assert result.quality == pytest.approx(signed_modularity(highland(), result.membership))


@pytest.mark.parametrize("k", [None, 3])
def test_blocs_recover_planted_blocs_at_low_noise(k):
    for seed in range(3):
        G = signed_sbm([40, 40, 40], p=0.15, noise=0.05, seed=seed)
        truth = nx.get_node_attributes(G, "bloc")
        result = blocs(G, k=k, seed=seed)
        assert adjusted_rand_index(truth, result.membership) >= 0.9


def test_blocs_degrade_as_noise_rises():
    scores = []
    for noise in (0.05, 0.25, 0.45):
        G = signed_sbm([40, 40, 40], p=0.15, noise=noise, seed=11)
        truth = nx.get_node_attributes(G, "bloc")
        scores.append(adjusted_rand_index(truth, blocs(G, seed=0).membership))
    assert scores[0] >= 0.9
    assert scores[2] < 0.5
    assert scores[0] >= scores[1] >= scores[2]


def test_blocs_are_deterministic_for_a_seed():
    G = signed_sbm([30, 30, 30], p=0.2, noise=0.25, seed=5)
    assert blocs(G, seed=4).membership == blocs(G, seed=4).membership
    assert blocs(G, k=3, seed=4).membership == blocs(G, k=3, seed=4).membership


def test_blocs_k_forces_the_number_of_blocs_and_counts_violations():
    G = highland()
    result = blocs(G, k=2)
    assert result.n_blocs == 2
    assert result.method == "sponge"
    assert result.n_violations == frustrated_cost(G, result.membership)
    with pytest.raises(ValueError, match="k must be"):
        blocs(G, k=0)


def test_adjusted_rand_index_known_values():
    assert adjusted_rand_index([0, 0, 1, 1], [5, 5, 7, 7]) == 1.0
    # sklearn's documented example: ARI([0, 0, 1, 1], [0, 0, 1, 2]) = 0.5714...
    assert adjusted_rand_index([0, 0, 1, 1], [0, 0, 1, 2]) == pytest.approx(4 / 7)
    assert adjusted_rand_index([0, 0, 1, 1], [0, 1, 0, 1]) == pytest.approx(-0.5)


def test_adjusted_rand_index_agrees_with_scikit_learn():
    metrics = pytest.importorskip("sklearn.metrics")
    rng = np.random.default_rng(0)
    for _ in range(20):
        a = rng.integers(0, 4, 50)
        b = rng.integers(0, 3, 50)
        assert adjusted_rand_index(a, b) == pytest.approx(metrics.adjusted_rand_score(a, b))


def test_signed_sbm_plants_signs_by_bloc():
    G = signed_sbm([5, 5], p=1.0, noise=0.0, seed=0)
    assert G.number_of_edges() == 45
    for a, b, d in G.edges(data=True):
        assert d["sign"] == (1 if G.nodes[a]["bloc"] == G.nodes[b]["bloc"] else -1)


# --- centrality ------------------------------------------------------------------------------


def test_pn_index_follows_everett_borgatti_formula():
    G = highland()
    frame = centrality(G)
    nodes = list(G)
    A = nx.to_numpy_array(G, nodelist=nodes, weight="sign")
    P, N = (A > 0).astype(float), (A < 0).astype(float)
    n = len(nodes)
    expected = np.linalg.solve(np.eye(n) - (P - 2 * N) / (2 * n - 2), np.ones(n))
    assert frame.loc[nodes, "pn"].to_numpy() == pytest.approx(expected)
    assert frame.loc["MASIL", "pos_degree"] == 7 and frame.loc["MASIL", "neg_degree"] == 0
    assert frame.loc["GAMA", "net_degree"] == 3 - 6


def test_directed_degrees_split_in_and_out():
    G = signed_graph([("a", "b", 1, 2.0), ("c", "b", -1, 1.0), ("b", "a", -1, 0.5)], directed=True)
    frame = centrality(G, weight="weight")
    assert frame.loc["b", "pos_in"] == 2.0
    assert frame.loc["b", "neg_in"] == 1.0
    assert frame.loc["b", "neg_out"] == 0.5
    assert frame.loc["a", "pos_out"] == 2.0
    assert {"pn", "pn_in"} <= set(frame.columns)


def test_signed_eigenvector_warns_without_dominant_eigenvalue():
    G = signed_graph([("a", "b", -1), ("c", "d", 1)])  # eigenvalues +1, -1, +1, -1
    with pytest.warns(NoDominantEigenvalueWarning):
        frame = centrality(G)
    assert frame.attrs["dominant"] is False


def test_signed_eigenvector_of_highland_is_dominant_and_unit():
    with warnings.catch_warnings():
        warnings.simplefilter("error", NoDominantEigenvalueWarning)
        frame = centrality(highland())
    assert frame.attrs["dominant"] is True
    assert np.linalg.norm(frame["eigenvector"]) == pytest.approx(1.0)


def test_broker_score_is_high_for_positive_ties_into_two_blocs():
    # two camps {a1, a2, a3} and {b1, b2, b3} opposed; m is friends with a1 and b1
    ties = [("a1", "a2", 1), ("a2", "a3", 1), ("a1", "a3", 1), ("b1", "b2", 1), ("b2", "b3", 1),
            ("b1", "b3", 1), ("a1", "b1", -1), ("a2", "b2", -1), ("a3", "b3", -1),
            ("m", "a1", 1), ("m", "b1", 1)]  # fmt: skip
    G = signed_graph(ties)
    membership = {"a1": 0, "a2": 0, "a3": 0, "b1": 1, "b2": 1, "b3": 1, "m": 0}
    frame = centrality(G, blocs_result=membership)
    assert frame.loc["m", "broker"] == pytest.approx(0.5)
    assert frame.loc["m", "n_blocs_reached"] == 2
    assert frame.loc["a2", "broker"] == 0.0


# --- polarisation ----------------------------------------------------------------------------


def test_polarization_is_one_for_a_perfectly_polarised_graph():
    G = signed_sbm([8, 8], p=0.6, noise=0.0, seed=1)
    result = polarization(G, nx.get_node_attributes(G, "bloc"))
    assert isinstance(result, PolarizationResult)
    assert result.score == 1.0
    assert float(result) == 1.0


def test_polarization_of_frustration_partition_is_one_minus_normalised_index():
    G = highland()
    result = frustration(G)
    score = polarization(G, result.partition).score
    assert score == pytest.approx(1 - 7 / 58)


def test_polarization_is_zero_when_every_tie_contradicts_the_partition():
    G = signed_sbm([6, 6], p=0.7, noise=1e-12, seed=1)
    flipped = G.copy()
    for a, b in flipped.edges:
        flipped.edges[a, b]["sign"] *= -1
    assert polarization(flipped, nx.get_node_attributes(G, "bloc")).score == 0.0


def test_polarization_to_frame_tabulates_within_between_ties():
    table = polarization(highland(), blocs(highland())).to_frame()
    assert table.to_numpy().sum() == 58
    assert table.loc["within", "negative"] + table.loc["between", "positive"] == 2


def two_camp_statements() -> pd.DataFrame:
    rows = []
    for actor in ("a1", "a2", "a3"):
        rows += [(actor, "x", 1), (actor, "y", -1)]
    for actor in ("b1", "b2", "b3"):
        rows += [(actor, "x", -1), (actor, "y", 1)]
    return pd.DataFrame(rows, columns=["source", "target", "polarity"])


def test_dna_polarization_separates_two_camps():
    result = dna_polarization(two_camp_statements(), k=2)
    camp = {actor: result.membership[actor] for actor in ("a1", "a2", "a3", "b1", "b2", "b3")}
    assert len({camp["a1"], camp["a2"], camp["a3"]}) == 1
    assert len({camp["b1"], camp["b2"], camp["b3"]}) == 1
    assert camp["a1"] != camp["b1"]
    # congruence only within camps, conflict only between: Q_cong = 1/2, Q_conf = -1/2
    assert result.score == pytest.approx(0.5)
    ei = dna_polarization(two_camp_statements(), k=2, quality="ei")
    assert ei.score == pytest.approx(1.0)


def test_polarization_carries_dna_score_when_statements_are_given():
    G = highland()
    result = polarization(G, blocs(G), statements=two_camp_statements())
    assert result.dna is not None and result.dna.score == pytest.approx(0.5)


# --- summary and integration -----------------------------------------------------------------


def test_summary_gathers_actor_table_and_graph_figures():
    result = summary(highland())
    actors = result.actors
    assert list(actors.index) == list(highland())
    assert {"pn", "eigenvector", "bloc", "broker", "side", "n_frustrated"} <= set(actors.columns)
    assert actors["n_frustrated"].sum() == 2 * 7
    assert result.graph["frustration_index"] == 7
    assert result.graph["n_edges"] == 58
    assert 0 < result.graph["triangle_ratio"] < 1


def test_analyses_run_on_a_graph_from_build_network():
    network = pytest.importorskip("stancenet.network")
    build_network = getattr(network, "build_network", None)
    if build_network is None:
        pytest.skip("stancenet.network.build_network is not available yet")
    statements = pd.DataFrame(
        {
            "source": ["usa", "usa", "irn", "irq", "irq", "irn", "kataib", "kataib"],
            "target": ["irq", "irn", "usa", "usa", "irn", "kataib", "usa", "irn"],
            "polarity": [1, -1, -1, 1, 1, 1, -1, 1],
        }
    )
    G = build_network(statements, kind="direct")
    assert frustration(G).optimal
    assert balance(G, weight="weight").n_edges >= 1
    assert "pn" in centrality(G, weight="weight").columns
    assert 0 <= polarization(G, blocs(G)).score <= 1


@settings(max_examples=60, deadline=None)
@given(small_signed_graphs(max_nodes=9, weighted=True))
def test_and_model_milp_alone_equals_brute_force(G):
    # the binary programme itself, without the heuristic shortcut or the block decomposition
    from stancenet.analysis._signed import signed_edges
    from stancenet.analysis.frustration import _frustration_of, _milp_block

    edges = signed_edges(G, "weight")
    sides, proven, lower, _ = _milp_block(
        edges.n_nodes, edges.u, edges.v, edges.sign, edges.weight, root=0, time_limit=10
    )
    assert proven and sides is not None and sides[0] == 1
    value = edges.weight[_frustration_of(sides, edges.u, edges.v, edges.sign)].sum()
    assert value == pytest.approx(brute_force_frustration(G, weight="weight"))
    assert lower == pytest.approx(value)


def test_centrality_reports_the_callers_bloc_labels():
    G = nx.Graph()
    G.add_edge("a", "b", sign=1)
    G.add_edge("b", "c", sign=-1)
    G.add_edge("c", "d", sign=1)
    G.add_edge("a", "d", sign=-1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NoDominantEigenvalueWarning)
        frame = centrality(G, blocs_result={"a": 7, "b": 7, "c": 3, "d": 3})
    assert frame["bloc"].to_dict() == {"a": 7, "b": 7, "c": 3, "d": 3}
