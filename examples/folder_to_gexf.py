"""A folder of Arabic .txt news files to a statements table, a GEXF file for Gephi and a PNG.

Usage: python examples/folder_to_gexf.py [FOLDER] [OUTPUT_FOLDER]
(defaults: the six sample articles in examples/data/txt, output to examples_out/folder)
"""

import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import stancenet as sn  # noqa: E402

here = Path(__file__).parent
folder = Path(sys.argv[1]) if len(sys.argv) > 1 else here / "data" / "txt"
out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("examples_out") / "folder"
out.mkdir(parents=True, exist_ok=True)

docs = sn.read_corpus(folder)  # doc_id = file name without .txt
statements = sn.extract(docs)
print(f"{len(docs)} documents -> {len(statements)} statements")
print(statements[["source_name", "polarity", "target_name", "category"]].head(10).to_string())

graph = sn.build_network(statements, kind="direct")
sn.write_statements(statements, out / "statements.csv")
sn.write_gexf(graph, out / "network.gexf")
ax = sn.plot_network(graph, labels="both")
sn.save_figure(ax.figure, out / "network.png")
print(f"wrote {out / 'network.gexf'} and {out / 'network.png'}")
