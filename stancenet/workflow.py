"""The whole job in one call: corpus to statements, network, analysis, pictures, GEXF, report."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

__all__ = ["run_pipeline", "core_actors"]


def core_actors(graph: nx.Graph, *, min_activity: int = 2) -> list:
    """Actors of the largest connected part of `graph` with at least `min_activity` statements.

    Parameters
    ----------
    graph : networkx.Graph or networkx.DiGraph
        A network from `stancenet.build_network` (nodes carry ``activity``).
    min_activity : int
        Fewest statements (made and received) an actor needs.

    Returns
    -------
    list
        The nodes, in the graph's order.
    """
    keep = [n for n, a in graph.nodes(data="activity", default=0) if (a or 0) >= min_activity]
    sub = graph.subgraph(keep)
    parts = (nx.weakly_connected_components(sub) if sub.is_directed()
             else nx.connected_components(sub))
    largest = max(parts, key=len, default=set())
    return [n for n in graph.nodes if n in largest]


def run_pipeline(
    corpus: pd.DataFrame | str | os.PathLike | None,
    output: str | os.PathLike,
    *,
    registry: Any = None,
    kind: str = "direct",
    labels: str = "en",
    progress: bool | None = None,
    title: str = "stancenet report",
    time_limit: float = 20.0,
    min_activity: int = 2,
) -> dict[str, Path]:
    """Run extraction, network building, analysis and drawing, and write every file.

    Parameters
    ----------
    corpus : DataFrame, path, or None
        A documents table, anything `stancenet.read_corpus` reads, or None for the
        packaged demo corpus.
    output : path
        Folder to write into (created when missing).
    registry : stancenet.Registry, optional
        Actors and issues; the default registry when omitted.
    kind : str
        Network kind for the graph, picture, GEXF and report (see `build_network`).
    labels : {'en', 'ar', 'both'}
        Node labels of the network picture.
    progress : bool, optional
        Progress bar during extraction.
    title : str
        Title of the report.
    time_limit : float
        Seconds for the exact frustration solver.
    min_activity : int
        Actors with fewer statements (made and received) are left out of the picture
        (not out of the GEXF or the report).

    Returns
    -------
    dict
        Name -> path of each file written: statements.csv, documents.csv, network.gexf,
        network.png, stance_matrix.png, timeline.png, report.md.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from stancenet.data import demo_corpus
    from stancenet.extract import extract
    from stancenet.io import read_corpus, write_gexf, write_statements
    from stancenet.network import build_network
    from stancenet.registry import default_registry
    from stancenet.report import analyse_network, render_report
    from stancenet.viz import plot_network, plot_stance_matrix, plot_timeline, save_figure

    out = Path(output)
    out.mkdir(parents=True, exist_ok=True)
    registry = registry or default_registry()
    if corpus is None:
        docs = demo_corpus()
    elif isinstance(corpus, pd.DataFrame):
        docs = corpus
    else:
        docs = read_corpus(corpus)

    statements = extract(docs, registry, progress=progress)
    documents = statements.attrs.get("documents")
    written: dict[str, Path] = {}
    written["statements"] = write_statements(statements, out / "statements.csv")
    if documents is not None:
        documents.to_csv(out / "documents.csv", index=False, encoding="utf-8-sig")
        written["documents"] = out / "documents.csv"

    graph = build_network(statements, kind=kind, registry=registry)
    report = analyse_network(graph, statements, documents=documents, time_limit=time_limit)
    membership = report.blocs.membership

    # the picture shows the core: actors in the largest connected part with at least
    # `min_activity` statements; the GEXF and the report keep every actor
    core = core_actors(graph, min_activity=min_activity)
    fig, ax = plt.subplots(figsize=(13, 11))
    plot_network(graph.subgraph(core), ax=ax, blocs=membership, labels=labels)
    ax.set_title(f"{title}: {kind} network\n{len(core)} of {graph.number_of_nodes()} actors: "
                 f"the largest connected part, at least {min_activity} statements each")
    written["network.png"] = save_figure(fig, out / "network.png", dpi=150)
    plt.close(fig)

    # the GEXF carries the same seeded signed layout and bloc colours as the picture
    write_gexf(graph, out / "network.gexf", blocs=membership, label=labels)
    written["network.gexf"] = out / "network.gexf"

    ax = plot_stance_matrix(statements)
    written["stance_matrix.png"] = save_figure(ax.figure, out / "stance_matrix.png", dpi=150)
    plt.close(ax.figure)
    ax = plot_timeline(statements)
    written["timeline.png"] = save_figure(ax.figure, out / "timeline.png", dpi=150)
    plt.close(ax.figure)

    (out / "report.md").write_text(render_report(report, title=title), encoding="utf-8")
    written["report.md"] = out / "report.md"
    return {k: Path(v) for k, v in written.items()}
