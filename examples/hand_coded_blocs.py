"""Hand-coded statements in the style of Discourse Network Analyzer to blocs and balance.

The CSV has DNA's columns (organization, concept, agreement yes/no); rename them to the
statements table's source, target, polarity and stancenet does the rest.
Usage: python examples/hand_coded_blocs.py [CSV]
"""

import sys
from pathlib import Path

import pandas as pd

import stancenet as sn

path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "data" / (
    "hand_coded_statements.csv")
coded = pd.read_csv(path)
statements = sn.validate_statements(
    coded.rename(columns={"organization": "source", "concept": "target",
                          "agreement": "polarity"}).assign(target_kind="issue")
)

# actors tied through shared positions on issues: agreement (+) minus disagreement (-)
graph = sn.build_network(statements, kind="subtract")
found = sn.blocs(graph)
balance = sn.balance(graph)
frustration = sn.frustration(graph)

print(f"{graph.number_of_nodes()} actors, {graph.number_of_edges()} ties")
for bloc in sorted(set(found.membership.values())):
    members = sorted(n for n, b in found.membership.items() if b == bloc)
    print(f"bloc {bloc}: {', '.join(members)}")
print(f"balanced triangles: {balance.triangle_ratio:.1%}")
print(f"frustration index: {frustration.index:g} (optimal: {frustration.optimal})")
