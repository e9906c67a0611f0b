"""Alliances per quarter: balance and blocs of the demo corpus, one snapshot every three months.

Usage: python examples/alliances_per_quarter.py
"""

import pandas as pd

import stancenet as sn

statements = sn.extract(sn.demo_corpus())
snapshots = sn.build_networks(statements, window="91D", step="91D", kind="direct")

rows = []
for graph in snapshots:
    if graph.number_of_edges() == 0:
        rows.append({"start": graph.graph["start"], "end": graph.graph["end"], "actors": 0})
        continue
    balance = sn.balance(graph)
    rows.append({
        "start": graph.graph["start"],
        "end": graph.graph["end"],
        "actors": graph.number_of_nodes(),
        "ties": graph.number_of_edges(),
        "negative share": sum(d["sign"] < 0 for *_, d in graph.edges(data=True))
        / graph.number_of_edges(),
        "balanced triangles": balance.triangle_ratio,
        "blocs": len(set(sn.blocs(graph).membership.values())),
    })
print(pd.DataFrame(rows).to_string(index=False))
