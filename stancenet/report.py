"""A readable Markdown report of a stance network: actors, blocs, balance, ties with evidence."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
import pandas as pd

__all__ = ["NetworkReport", "analyse_network", "render_report"]


@dataclass(frozen=True)
class NetworkReport:
    """Everything the report shows, computed once so that CLI, notebooks and files agree.

    Attributes
    ----------
    graph : networkx.Graph
        The signed network analysed.
    statements : pandas.DataFrame
        The statements it was built from.
    balance, frustration, blocs : result objects of `stancenet.analysis`
    centrality : pandas.DataFrame
        `stancenet.centrality` of the graph.
    documents : pandas.DataFrame or None
        Per-document accounting of the extraction, when known.
    """

    graph: nx.Graph
    statements: pd.DataFrame
    balance: Any
    frustration: Any
    blocs: Any
    centrality: pd.DataFrame
    documents: pd.DataFrame | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)


def analyse_network(
    graph: nx.Graph,
    statements: pd.DataFrame,
    *,
    documents: pd.DataFrame | None = None,
    time_limit: float = 20.0,
    seed: int = 0,
) -> NetworkReport:
    """Run the standard analyses (balance, exact frustration, blocs, centrality) on a graph.

    Parameters
    ----------
    graph : networkx.Graph or networkx.DiGraph
        A signed graph (edges carry ``sign``).
    statements : pandas.DataFrame
        The statements the graph was built from (for evidence sentences).
    documents : pandas.DataFrame, optional
        Per-document extraction accounting to summarise in the report.
    time_limit : float
        Seconds allowed to the exact frustration solver.
    seed : int
        Seed for the bloc detection.

    Returns
    -------
    NetworkReport
    """
    from stancenet.analysis import balance, blocs, centrality, frustration

    return NetworkReport(
        graph=graph,
        statements=statements,
        balance=balance(graph),
        frustration=frustration(graph, time_limit=time_limit),
        blocs=blocs(graph, seed=seed),
        centrality=centrality(graph),
        documents=documents,
    )


def _name(graph: nx.Graph, node: Any) -> str:
    data = graph.nodes[node]
    english = data.get("name_en") or str(node)
    arabic = data.get("name_ar") or ""
    return f"{english} ({arabic})" if arabic and arabic != english else english


def _md_cell(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _evidence(report: NetworkReport, u: Any, v: Any) -> str:
    from stancenet.network import edge_statements

    try:
        rows = edge_statements(report.graph, u, v, report.statements)
    except Exception:  # an edge built outside build_network may have no evidence trail
        return ""
    if rows is None or len(rows) == 0:
        return ""
    rows = rows.sort_values("confidence", ascending=False)
    row = rows.iloc[0]
    sentence = str(row.get("evidence", "")).strip()
    if not sentence:
        return ""
    if len(sentence) > 220:
        sentence = sentence[:217] + "..."
    return f"{sentence} ({row.get('doc_id', '')})"


def render_report(report: NetworkReport, *, title: str = "stancenet report", top: int = 10) -> str:
    """Render a `NetworkReport` as Markdown.

    Parameters
    ----------
    report : NetworkReport
    title : str
        First heading.
    top : int
        How many actors and ties to list in each table.

    Returns
    -------
    str
        The Markdown text.
    """
    graph = report.graph
    statements = report.statements
    lines = [f"# {title}", ""]

    # corpus and statements
    lines += ["## Corpus and statements", ""]
    if report.documents is not None and len(report.documents):
        docs = report.documents
        status = docs["status"].value_counts().to_dict() if "status" in docs else {}
        status_text = ", ".join(f"{k}: {v}" for k, v in sorted(status.items()))
        lines.append(f"- Documents: {len(docs)} ({status_text})")
        if "n_sentences" in docs:
            lines.append(f"- Sentences: {int(docs['n_sentences'].sum())}")
    lines.append(f"- Statements: {len(statements)} "
                 f"({int((statements['polarity'] > 0).sum())} positive, "
                 f"{int((statements['polarity'] < 0).sum())} negative)")
    dates = statements["date"].dropna()
    if len(dates):
        lines.append(f"- Dates: {dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}")
    lines.append(f"- Network: {graph.graph.get('kind', 'signed')}, {graph.number_of_nodes()} "
                 f"actors, {graph.number_of_edges()} ties")
    lines.append("")

    # top actors
    cent = report.centrality
    membership = dict(report.blocs.membership)
    activity = {n: graph.nodes[n].get("activity", graph.degree(n)) for n in graph.nodes}
    ranked = sorted(graph.nodes, key=lambda n: (-activity[n], str(n)))[:top]
    lines += ["## Most active actors", "",
              "| actor | statements made + received | bloc | positive ties | negative ties | PN |",
              "|---|---:|---:|---:|---:|---:|"]
    for node in ranked:
        row = cent.loc[node] if node in cent.index else {}
        pos, neg, pn = (row["pos_degree"], row["neg_degree"], row["pn"]) if len(row) else ("",) * 3
        lines.append(
            f"| {_md_cell(_name(graph, node))} | {activity[node]} | {membership.get(node, '')} | "
            f"{_fmt(pos)} | {_fmt(neg)} | {_fmt(pn)} |"
        )
    lines.append("")

    # blocs
    lines += ["## Blocs", ""]
    quality = report.blocs.quality
    violations = report.blocs.n_violations
    if quality is not None:
        lines.append(f"Signed modularity {quality:.3f}; ties that violate the blocs: {violations}.")
        lines.append("")
    groups: dict[Any, list[Any]] = {}
    for node, bloc in membership.items():
        groups.setdefault(bloc, []).append(node)
    for bloc, members in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        if len(members) < 2:
            continue
        members = sorted(members, key=lambda n: -activity.get(n, 0))
        names = ", ".join(graph.nodes[n].get("name_en") or str(n) for n in members[:15])
        more = f" and {len(members) - 15} more" if len(members) > 15 else ""
        lines.append(f"- **Bloc {bloc}** ({len(members)}): {names}{more}")
    singletons = sum(1 for m in groups.values() if len(m) == 1)
    if singletons:
        lines.append(f"- {singletons} actors stand alone in blocs of one.")
    lines.append("")

    # balance and frustration
    bal = report.balance
    fr = report.frustration
    lines += ["## Balance", ""]
    ratio = bal.triangle_ratio
    if ratio == ratio:  # NaN when the graph has no triangle
        lines.append(f"- Balanced triangles: {ratio:.1%} of {bal.n_triangles}")
    walk = bal.walk_ratio
    if walk is not None:
        lines.append(f"- Walk-based balance (Estrada and Benzi): {walk:.3f}")
    proven = "proven optimal" if fr.optimal else (
        f"not proven optimal; lower bound {fr.lower_bound}")
    lines.append(f"- Frustration index: {fr.index:g} of {graph.number_of_edges()} ties "
                 f"({proven}): the fewest ties whose removal would split the actors into two "
                 f"camps with only alliances inside and only oppositions between.")
    lines.append("")

    # strongest ties
    edges = []
    for u, v, data in graph.edges(data=True):
        edges.append((u, v, float(data.get("signed_weight", data.get("sign", 0))), data))
    for label, chosen in (
        ("Strongest alliances", sorted((e for e in edges if e[2] > 0), key=lambda e: -e[2])),
        ("Strongest oppositions", sorted((e for e in edges if e[2] < 0), key=lambda e: e[2])),
    ):
        lines += [f"## {label}", "", "| from | to | signed weight | statements | evidence |",
                  "|---|---|---:|---:|---|"]
        for u, v, sw, data in chosen[:top]:
            lines.append(
                f"| {_md_cell(_name(graph, u))} | {_md_cell(_name(graph, v))} | {sw:g} | "
                f"{data.get('n_statements', '')} | {_md_cell(_evidence(report, u, v))} |"
            )
        lines.append("")
    return "\n".join(lines)


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3g}"
    return str(value)
