"""build_networks (time windows) and to_dynamic (one graph with spells for dynamic GEXF)."""

from __future__ import annotations

import pandas as pd
import pytest
from test_network import main_example

from stancenet.network import (
    build_network,
    build_networks,
    edge_statements,
    edges_frame,
    to_dynamic,
    window_bounds,
)
from stancenet.schema import StatementsError


def windows(graphs) -> list[tuple[str, str]]:
    return [(g.graph["start"], g.graph["end"]) for g in graphs]


def test_fixed_windows_move_by_step_and_carry_their_dates():
    graphs = build_networks(main_example(), window="30D", step="15D", kind="twomode")
    assert windows(graphs) == [("2020-01-01", "2020-01-30"), ("2020-01-16", "2020-02-14"),
                               ("2020-01-31", "2020-02-29")]
    assert [g.graph["window_index"] for g in graphs] == [0, 1, 2]


def test_each_snapshot_equals_build_network_on_its_date_range():
    df = main_example()
    for graph in build_networks(df, window="30D", step="15D", kind="subtract",
                                normalization="average"):
        alone = build_network(df, "subtract", normalization="average",
                              start=graph.graph["start"], end=graph.graph["end"])
        pd.testing.assert_frame_equal(edges_frame(graph), edges_frame(alone))


def test_calendar_windows_tile_months_and_quarters():
    df = main_example()
    months = build_networks(df, window="MS", step=None, kind="twomode")
    assert windows(months) == [("2020-01-01", "2020-01-31"), ("2020-02-01", "2020-02-29")]
    assert sum(g.graph["n_statements"] for g in months) == len(df)
    quarters = build_networks(df.assign(date=pd.to_datetime(df["date"]) + pd.Timedelta(days=40)),
                              window="QS", step=None, kind="twomode")
    assert windows(quarters) == [("2020-01-01", "2020-03-31")]


def test_window_bounds_roll_back_to_calendar_period():
    bounds = window_bounds(pd.Timestamp("2020-02-15"), pd.Timestamp("2020-07-01"), "QS")
    assert [(a.date().isoformat(), b.date().isoformat()) for a, b in bounds] == [
        ("2020-01-01", "2020-04-01"), ("2020-04-01", "2020-07-01"), ("2020-07-01", "2020-10-01")]
    with pytest.raises(ValueError, match="frequency"):
        window_bounds(pd.Timestamp("2020-01-01"), pd.Timestamp("2020-02-01"), "fortnight")


def test_overall_start_end_limit_the_statements_used():
    graphs = build_networks(main_example(), window="MS", step=None, kind="twomode",
                            start="2020-01-15", end="2020-02-03")
    assert windows(graphs) == [("2020-01-01", "2020-01-31"), ("2020-02-01", "2020-02-29")]
    assert [g.graph["n_statements"] for g in graphs] == [1, 1]


def test_duplicates_are_handled_before_cutting_windows():
    df = pd.DataFrame({"source": "a", "target": "x", "polarity": 1,
                       "date": ["2020-01-30", "2020-01-31", "2020-02-01"]})
    graphs = build_networks(df, window="2D", step="1D", kind="twomode", duplicates="month")
    # the Jan 31 statement repeats Jan 30 (same month) and is counted nowhere
    assert [g.graph["n_statements"] for g in graphs] == [1, 1, 1]
    assert windows(graphs)[1] == ("2020-01-31", "2020-02-01")
    assert graphs[1].edges["a", "x"]["first_date"] == "2020-02-01"


def test_isolates_give_every_snapshot_the_same_nodes():
    graphs = build_networks(main_example(), window="MS", step=None, kind="subtract",
                            isolates=True)
    assert all(set(g) == {"a", "b", "c"} for g in graphs)


def test_edge_statements_of_a_snapshot_stay_inside_its_window():
    df = main_example()
    graphs = build_networks(df, window="MS", step=None, kind="subtract")
    january = graphs[0]
    rows = edge_statements(january, "a", "c", df)
    assert list(rows.index) == [0, 1, 3]
    assert len(rows) == january.edges["a", "c"]["n_statements"]


def test_missing_dates_are_an_error_naming_the_count():
    df = main_example()
    df.loc[2, "date"] = None
    with pytest.raises(StatementsError, match="1 of 7 statements have no date"):
        build_networks(df, window="30D")


def test_empty_table_gives_no_snapshots():
    assert build_networks(pd.DataFrame({"source": [], "target": [], "polarity": []})) == []


def test_unknown_keyword_is_rejected():
    with pytest.raises(TypeError, match="normalisation"):
        build_networks(main_example(), normalisation="average")


def test_to_dynamic_merges_spells_and_keeps_per_window_values():
    df = main_example()
    snapshots = build_networks(df, window="30D", step="15D", kind="twomode")
    dynamic = to_dynamic(snapshots)
    assert dynamic.graph["mode"] == "dynamic"
    assert dynamic.graph["slices"] == [("2020-01-01", "2020-01-30"),
                                       ("2020-01-31", "2020-02-14"),
                                       ("2020-02-15", "2020-02-29")]
    # a-x (Jan 1) is only in window 0
    assert dynamic.edges["a", "x"]["spells"] == [("2020-01-01", "2020-01-30")]
    # c-x (Jan 20) is in windows 0 and 1: two contiguous slices merged into one spell
    assert dynamic.edges["c", "x"]["spells"] == [("2020-01-01", "2020-02-14")]
    assert dynamic.edges["c", "x"]["signed_weight_series"] == [
        (-1.0, "2020-01-01", "2020-01-30"), (-1.0, "2020-01-31", "2020-02-14")]
    assert dynamic.edges["c", "x"]["n_snapshots"] == 2
    assert dynamic.nodes["a"]["spells"] == [("2020-01-01", "2020-02-29")]
    # a-y (Feb 1) is in windows 1 and 2
    assert dynamic.edges["a", "y"]["sign_series"] == [
        (-1, "2020-01-31", "2020-02-14"), (-1, "2020-02-15", "2020-02-29")]


def test_to_dynamic_spells_have_gaps_where_an_edge_is_absent():
    df = pd.DataFrame({"source": "a", "target": "x", "polarity": 1,
                       "date": ["2020-01-05", "2020-03-05"]})
    dynamic = to_dynamic(build_networks(df, window="MS", step=None, kind="twomode"))
    assert dynamic.edges["a", "x"]["spells"] == [("2020-01-01", "2020-01-31"),
                                                 ("2020-03-01", "2020-03-31")]


def test_to_dynamic_rejects_bad_input():
    with pytest.raises(ValueError, match="at least one"):
        to_dynamic([])
    graphs = build_networks(main_example(), window="MS", step=None, kind="direct")
    with pytest.raises(ValueError, match="time order"):
        to_dynamic(graphs[::-1])


def test_dynamic_graph_is_readable_by_networkx_gexf_writer(tmp_path):
    import networkx as nx

    dynamic = to_dynamic(build_networks(main_example(), window="30D", step="15D",
                                        kind="subtract"))
    path = tmp_path / "dynamic.gexf"
    nx.write_gexf(dynamic, path)
    text = path.read_text(encoding="utf-8")
    assert 'mode="dynamic"' in text and "<spell " in text
    assert 'title="signed_weight_series"' in text
    static = build_network(main_example(), "twomode")
    nx.write_graphml(static, tmp_path / "static.graphml")  # build_params is a plain string
