"""Property tests for build_network, and agreement with a transcription of DNA's exporter.

`dna_one_mode` and `dna_two_mode` below follow the loops of Discourse Network Analyzer's
``Exporter.computeOneModeMatrix`` / ``computeTwoModeMatrix`` (DNA 3,
github.com/leifeld/dna, ``dna/src/main/java/export/Exporter.java``) for a boolean
qualifier, pair by pair, so that the vectorised code is checked against DNA's own
arithmetic rather than against itself.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stancenet.network import build_network, edges_frame

ACTORS = ["a", "b", "c", "d"]
ISSUES = ["x", "y", "z"]

statement = st.fixed_dictionaries(
    {
        "source": st.sampled_from(ACTORS),
        "target": st.sampled_from(ISSUES + ACTORS[:2]),
        "polarity": st.sampled_from([1, -1]),
        "day": st.integers(0, 60),
        "doc_id": st.sampled_from(["d0", "d1", "d2", "d3"]),
        "weight": st.sampled_from([0.5, 1.0, 2.0]),
    }
)
tables = st.lists(statement, min_size=1, max_size=25).map(
    lambda rows: pd.DataFrame(rows).assign(
        date=lambda d: pd.Timestamp("2021-01-01") + pd.to_timedelta(d["day"], unit="D"),
        target_kind=lambda d: d["target"].map(lambda t: "actor" if t in ACTORS else "issue"),
    ).drop(columns="day")
)
# every build validates its table (~0.1 s), so a few examples per property keep this file
# at a few tens of seconds
FAST = settings(max_examples=15, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


def signed(G) -> dict:
    if G.is_directed():
        return {(u, v): d["signed_weight"] for u, v, d in G.edges(data=True)}
    return {frozenset((u, v)): d["signed_weight"] for u, v, d in G.edges(data=True)}


def close(a: dict, b: dict) -> bool:
    keys = set(a) | set(b)
    return all(math.isclose(a.get(k, 0.0), b.get(k, 0.0), rel_tol=1e-9, abs_tol=1e-12)
               for k in keys)


def dedupe_document(df: pd.DataFrame) -> pd.DataFrame:
    ordered = df.sort_values("date", kind="stable")
    return ordered.drop_duplicates(["doc_id", "source", "target", "polarity"], keep="first")


# --- DNA transcriptions ------------------------------------------------------------------


def dna_array(df: pd.DataFrame) -> tuple[list, list, dict]:
    """DNA's 3D array: [row][column][qualifier level], level 0 = negative, 1 = positive."""
    names1 = sorted(df["source"].unique())
    names2 = sorted(df["target"].unique())
    array = {}
    for s, t, p in zip(df["source"], df["target"], df["polarity"], strict=True):
        key = (s, t, 1 if p > 0 else 0)
        array[key] = array.get(key, 0.0) + 1.0
    return names1, names2, array


def dna_one_mode(df: pd.DataFrame, aggregation: str, normalization: str) -> dict:
    names1, names2, a = dna_array(df)
    get = lambda i, j, k: a.get((i, j, k), 0.0)  # noqa: E731
    levels = (0, 1)
    out = {}
    for i1 in names1:
        for i2 in names1:
            if i1 >= i2:
                continue
            mat1 = mat2 = 0.0
            for j in names2:
                for k1 in levels:
                    for k2 in levels:
                        product = get(i1, j, k1) * get(i2, j, k2)
                        mat1 += product * (1.0 - abs(k1 - k2))
                        mat2 += product * abs(k1 - k2)
            c1 = sum(get(i1, j, k) for j in names2 for k in levels)
            c2 = sum(get(i2, j, k) for j in names2 for k in levels)
            if normalization == "no":
                norm = 1.0
            elif normalization == "average":
                norm = (c1 + c2) / 2
            elif normalization == "cosine":
                norm = math.sqrt(c1 * c1) * math.sqrt(c2 * c2)
            else:
                m10 = m01 = m11 = 0.0
                for j in names2:
                    for k in levels:
                        if get(i2, j, k) == 0:
                            m10 += get(i1, j, k)
                        if get(i1, j, k) == 0:
                            m01 += get(i2, j, k)
                        if get(i1, j, k) > 0 and get(i2, j, k) > 0:
                            m11 += get(i1, j, k) * get(i2, j, k)
                norm = m01 + m10 + m11
            mat1, mat2 = (0.0, 0.0) if norm == 0 else (mat1 / norm, mat2 / norm)
            value = {"congruence": mat1, "conflict": -mat2, "subtract": mat1 - mat2}[aggregation]
            if value != 0:
                out[frozenset((i1, i2))] = value
    return out


def dna_two_mode(df: pd.DataFrame, normalization: str) -> dict:
    """Two-mode 'subtract' (boolean qualifier) with DNA's activity/prominence."""
    names1, names2, a = dna_array(df)
    get = lambda i, j, k: a.get((i, j, k), 0.0)  # noqa: E731
    mat = {(i, j): get(i, j, 1) - get(i, j, 0) for i in names1 for j in names2}
    if normalization == "activity":
        for i in names1:
            den = sum(get(i, j, k) for j in names2 for k in (0, 1))
            for j in names2:
                mat[i, j] = 0.0 if den == 0 else mat[i, j] / den
    elif normalization == "prominence":
        for j in names2:
            den = sum(get(i, j, k) for i in names1 for k in (0, 1))
            for i in names1:
                mat[i, j] = 0.0 if den == 0 else mat[i, j] / den
    return {(i, j): value for (i, j), value in mat.items() if value != 0}


# --- agreement with DNA ------------------------------------------------------------------


@FAST
@given(df=tables, normalization=st.sampled_from(["no", "average", "jaccard", "cosine"]),
       duplicates=st.sampled_from(["include", "document"]))
def test_one_mode_kinds_match_dna_exporter(df, normalization, duplicates):
    reference_input = df if duplicates == "include" else dedupe_document(df)
    for kind in ("congruence", "conflict", "subtract"):
        G = build_network(df, kind, normalization=normalization, duplicates=duplicates)
        assert close(signed(G), dna_one_mode(reference_input, kind, normalization)), kind


@FAST
@given(df=tables, normalization=st.sampled_from(["no", "activity", "prominence"]))
def test_two_mode_subtract_matches_dna_exporter(df, normalization):
    G = build_network(df, "twomode", normalization=normalization)
    got = {(u, G.nodes[v]["entity_id"]) if G.nodes[u]["bipartite"] == 0 else (v, G.nodes[u]["entity_id"]):
           d["signed_weight"] for u, v, d in G.edges(data=True)}
    assert close(got, dna_two_mode(df, normalization))


# --- algebraic properties ----------------------------------------------------------------


@FAST
@given(df=tables, normalization=st.sampled_from(["no", "average", "jaccard", "cosine"]),
       weighting=st.sampled_from(["count", "weight"]))
def test_subtract_equals_congruence_minus_conflict_edge_by_edge(df, normalization, weighting):
    options = {"normalization": normalization, "weighting": weighting}
    congruence = signed(build_network(df, "congruence", **options))
    conflict = signed(build_network(df, "conflict", **options))  # already negative
    subtract = signed(build_network(df, "subtract", **options))
    expected = {k: congruence.get(k, 0.0) + conflict.get(k, 0.0)
                for k in set(congruence) | set(conflict)}
    # pairs that cancel (ties='drop') are absent from subtract; close() treats absent as 0
    assert close(subtract, expected)


@FAST
@given(df=tables, kind=st.sampled_from(["direct", "twomode", "subtract", "combined"]),
       permutation=st.permutations(ACTORS))
def test_relabelling_actors_permutes_the_network(df, kind, permutation):
    mapping = dict(zip(ACTORS, [p.upper() for p in permutation], strict=True))
    relabelled = df.assign(source=df["source"].map(mapping),
                           target=df["target"].map(lambda t: mapping.get(t, t)))
    original = build_network(df, kind)
    renamed = build_network(relabelled, kind)

    def rename(node: str) -> str:
        plain = original.nodes[node].get("entity_id", node)
        new = mapping.get(plain, plain)
        return "target:" + new if node.startswith("target:") else new

    expected = {}
    for key, value in signed(original).items():
        u, v = tuple(key)
        renamed_key = (rename(u), rename(v))
        expected[renamed_key if original.is_directed() else frozenset(renamed_key)] = value
    assert close(signed(renamed), expected)
    assert set(renamed) == {rename(n) for n in original}


@FAST
@given(df=tables, kind=st.sampled_from(["direct", "twomode", "congruence", "conflict",
                                        "subtract", "combined"]))
def test_doubling_the_table_doubles_counts_under_include(df, kind):
    # combined = direct (x2) + subtract (x4): a pair that nets to zero once does not net to
    # zero twice, so keep cancelled pairs to compare the same edges
    options = {"ties": "positive"} if kind == "combined" else {}
    once = edges_frame(build_network(df, kind, **options)).set_index(
        ["source", "target"]).sort_index()
    twice_graph = build_network(pd.concat([df, df], ignore_index=True), kind, **options)
    twice = edges_frame(twice_graph).set_index(["source", "target"]).sort_index()
    assert list(once.index) == list(twice.index)
    assert (twice["n_statements"] == 2 * once["n_statements"]).all()
    # direct/two-mode values are sums (x2); one-mode values are products (x4)
    factor = 2.0 if kind in ("direct", "twomode") else 4.0
    if kind == "combined":
        factor = None
    if factor is not None:
        assert twice["signed_weight"].to_numpy() == pytest.approx(
            factor * once["signed_weight"].to_numpy())
        assert twice["pos"].to_numpy() == pytest.approx(factor * once["pos"].to_numpy())
        assert twice["neg"].to_numpy() == pytest.approx(factor * once["neg"].to_numpy())
    elif len(once):
        assert twice["direct"].to_numpy() == pytest.approx(2 * once["direct"].to_numpy())
        assert twice["indirect"].to_numpy() == pytest.approx(4 * once["indirect"].to_numpy())
    assert (twice["first_date"] == once["first_date"]).all()


@FAST
@given(df=tables, kind=st.sampled_from(["direct", "twomode", "subtract", "combined"]),
       normalization=st.sampled_from(["no", "normalised"]))
def test_doubling_the_table_changes_nothing_under_document_duplicates(df, kind, normalization):
    norm = normalization
    if norm == "normalised":
        norm = "activity" if kind in ("direct", "twomode") else "jaccard"
    once = edges_frame(build_network(df, kind, duplicates="document", normalization=norm))
    twice = edges_frame(build_network(pd.concat([df, df], ignore_index=True), kind,
                                      duplicates="document", normalization=norm))
    pd.testing.assert_frame_equal(
        once.sort_values(["source", "target"]).reset_index(drop=True),
        twice.sort_values(["source", "target"]).reset_index(drop=True),
    )


@FAST
@given(df=tables, kind=st.sampled_from(["direct", "twomode", "subtract", "combined",
                                        "congruence", "conflict"]))
def test_edge_attributes_are_consistent(df, kind):
    G = build_network(df, kind, ties="positive")
    for _, _, d in G.edges(data=True):
        assert d["sign"] in (1, -1)
        assert d["weight"] >= 0
        assert d["signed_weight"] == pytest.approx(d["sign"] * d["weight"])
        assert d["n_statements"] >= 1
        assert d["first_date"] <= d["last_date"]
        if kind in ("subtract", "direct", "twomode", "combined"):
            assert d["signed_weight"] == pytest.approx(d["pos"] - d["neg"])
