"""The `stancenet` command: extract, build, analyse, draw and export stance networks.

Exit codes: 0 success, 1 the command failed (bad data, a file that cannot be read ...),
2 the command line itself is wrong. Errors are one line on stderr; ``--debug`` shows the
traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

__all__ = ["main", "build_parser"]

NETWORK_KINDS = ("direct", "twomode", "congruence", "conflict", "subtract", "combined")
GRAPH_SUFFIXES = (".gexf", ".graphml", ".json")


class CommandError(Exception):
    """A failure to report as one line with exit code 1."""


def _registry(paths: Sequence[str] | None):
    from stancenet.registry import default_registry, load_registry

    return load_registry(*paths) if paths else default_registry()


def _say(args: argparse.Namespace, message: str) -> None:
    if not getattr(args, "quiet", False):
        print(message, file=sys.stderr)


def _network_options(args: argparse.Namespace) -> dict[str, Any]:
    options: dict[str, Any] = {"kind": args.kind}
    for name in ("normalization", "duplicates", "start", "end", "min_statements"):
        value = getattr(args, name, None)
        if value is not None:
            options[name] = value
    if getattr(args, "weighting", None):
        options["weighting"] = args.weighting
    if getattr(args, "keep_isolates", False):
        options["isolates"] = True
    if getattr(args, "actor", None):
        options["actors"] = args.actor
    if getattr(args, "exclude", None):
        # leaving an actor out means as the one who speaks and as the one spoken about
        options["exclude_actors"] = args.exclude
        options["exclude_targets"] = args.exclude
    return options


def _read_graph(path: Path):
    import networkx as nx

    suffix = path.suffix.lower()
    if suffix == ".gexf":
        return nx.read_gexf(path)
    if suffix == ".graphml":
        return nx.read_graphml(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    return nx.node_link_graph(data, edges="edges" if "edges" in data else "links")


def _load_network(args: argparse.Namespace):
    """A graph from a graph file, or built from a statements file with the network options."""
    from stancenet.io import read_statements
    from stancenet.network import build_network

    path = Path(args.input)
    if not path.exists():
        raise CommandError(f"input not found: {path}")
    if path.suffix.lower() in GRAPH_SUFFIXES:
        return _read_graph(path), None
    registry = _registry(getattr(args, "registry", None))
    statements = read_statements(path, registry=registry)
    graph = build_network(statements, registry=registry, **_network_options(args))
    return graph, statements


def _add_network_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("network options (when INPUT is a statements file)")
    group.add_argument("--kind", choices=NETWORK_KINDS, default="direct",
                       help="network kind (default: direct actor-to-actor stances)")
    group.add_argument("--normalization", help="none, average, jaccard, cosine (one-mode); "
                       "activity, prominence (two-mode)")
    group.add_argument("--duplicates", choices=("include", "document", "week", "month", "year"),
                       help="count repeated (source, target, polarity) once per period")
    group.add_argument("--start", help="first date to include (YYYY-MM-DD)")
    group.add_argument("--end", help="last date to include (YYYY-MM-DD)")
    group.add_argument("--min-statements", type=int, help="drop ties with fewer statements")
    group.add_argument("--weighting", choices=("count", "weight"),
                       help="count statements (default) or sum cue intensities")
    group.add_argument("--keep-isolates", action="store_true",
                       help="keep actors left without a tie (dropped by default)")
    group.add_argument("--actor", action="append", help="keep only statements made by these actors (repeatable)")
    group.add_argument("--exclude", action="append", help="leave out these actors, as sources and as targets (repeatable)")
    group.add_argument("--registry", action="append", metavar="FILE",
                       help="extra actor/issue file (YAML or CSV) merged over the defaults")


# --------------------------------------------------------------------------- commands


def cmd_demo(args: argparse.Namespace) -> int:
    from stancenet.workflow import run_pipeline

    out = Path(args.output)
    started = time.perf_counter()
    _say(args, f"stancenet demo: extracting stances from the packaged demo corpus into {out}/")
    written = run_pipeline(None, out, kind=args.kind, progress=not args.quiet,
                           title="stancenet demo: Iraqi politics 2019-2022",
                           time_limit=args.time_limit)
    for name, path in written.items():
        _say(args, f"  {name:<16} {path}")
    _say(args, f"done in {time.perf_counter() - started:.1f} s")
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from stancenet.extract import extract
    from stancenet.io import read_corpus, write_statements

    docs = read_corpus(args.input, text_column=args.text_column, id_column=args.id_column,
                       date_column=args.date_column, title_column=args.title_column)
    registry = _registry(args.registry)
    progress = True if args.progress else (False if args.quiet else None)
    statements = extract(docs, registry, n_jobs=args.jobs, progress=progress)
    path = write_statements(statements, args.output)
    accounting = statements.attrs.get("documents")
    if accounting is not None and "status" in accounting:
        counts = accounting["status"].value_counts().to_dict()
        summary = ", ".join(f"{v} {k}" for k, v in sorted(counts.items()))
        _say(args, f"{len(docs)} documents ({summary}) -> {len(statements)} statements -> {path}")
        if args.report:
            accounting.to_csv(args.report, index=False, encoding="utf-8-sig")
            _say(args, f"per-document report -> {args.report}")
    else:
        _say(args, f"{len(docs)} documents -> {len(statements)} statements -> {path}")
    return 0


def cmd_network(args: argparse.Namespace) -> int:
    graph, _ = _load_network(args)
    path = _export(graph, Path(args.output), args.format)
    _say(args, f"{graph.graph.get('kind', 'network')}: {graph.number_of_nodes()} nodes, "
               f"{graph.number_of_edges()} edges -> {path}")
    return 0


def _export(graph, path: Path, fmt: str | None) -> Path:
    from stancenet import io

    fmt = fmt or {".gexf": "gexf", ".graphml": "graphml", ".json": "json",
                  ".csv": "csv"}.get(path.suffix.lower())
    if fmt is None:
        raise CommandError(f"cannot tell the export format of {path}: use .gexf, .graphml, "
                           f".json or .csv, or --format")
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "gexf":
        io.write_gexf(graph, path)
    elif fmt == "graphml":
        io.write_graphml(graph, path)
    elif fmt == "json":
        io.write_json(graph, path)
    else:
        written = io.write_tables(graph, path)
        return Path(written[0]) if isinstance(written, (list, tuple)) else path
    return path


def cmd_export(args: argparse.Namespace) -> int:
    graph, _ = _load_network(args)
    path = _export(graph, Path(args.output), args.format)
    _say(args, f"exported {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges "
               f"-> {path}")
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    from stancenet.analysis import summary
    from stancenet.report import analyse_network, render_report

    graph, statements = _load_network(args)
    if graph.number_of_edges() == 0:
        raise CommandError("the network has no ties to analyse")
    if args.format == "text":
        if statements is None:
            import pandas as pd

            from stancenet.schema import empty_statements

            statements = empty_statements()
            statements["date"] = pd.Series(dtype="datetime64[ns]")
        report = analyse_network(graph, statements, time_limit=args.time_limit)
        text = render_report(report, title=f"stancenet analysis of {Path(args.input).name}")
        if args.output:
            Path(args.output).write_text(text, encoding="utf-8")
            _say(args, f"report -> {args.output}")
        else:
            print(text)
        return 0
    result = summary(graph)
    actors = result.to_frame() if hasattr(result, "to_frame") else result
    if args.format == "csv":
        target = args.output or sys.stdout
        actors.to_csv(target, encoding="utf-8-sig" if args.output else None)
    else:
        graph_figures = getattr(result, "graph", {})
        if hasattr(graph_figures, "to_dict"):
            graph_figures = graph_figures.to_dict()
        payload = {"graph": _jsonable(graph_figures),
                   "actors": json.loads(actors.to_json(orient="index", force_ascii=False))}
        text = json.dumps(payload, ensure_ascii=False, indent=2)
        if args.output:
            Path(args.output).write_text(text, encoding="utf-8")
        else:
            print(text)
    if args.output:
        _say(args, f"{args.format} -> {args.output}")
    return 0


def _jsonable(value: Any) -> Any:
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if hasattr(value, "item") and getattr(value, "size", 1) == 1:
        return _jsonable(value.item())
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def cmd_plot(args: argparse.Namespace) -> int:
    import matplotlib

    matplotlib.use("Agg")
    from stancenet import viz

    output = Path(args.output)
    if args.figure == "network":
        import matplotlib.pyplot as plt

        from stancenet.analysis import blocs

        graph, _ = _load_network(args)
        fig, ax = plt.subplots(figsize=(args.width, args.height))
        membership = blocs(graph).membership if graph.number_of_edges() else None
        viz.plot_network(graph, ax=ax, blocs=membership, labels=args.labels)
    else:
        from stancenet.io import read_statements

        statements = read_statements(args.input, registry=_registry(args.registry))
        if args.figure == "stance-matrix":
            ax = viz.plot_stance_matrix(statements)
        else:
            ax = viz.plot_timeline(statements)
        fig = ax.figure
    viz.save_figure(fig, output)
    _say(args, f"{args.figure} -> {output}")
    return 0


def cmd_registry(args: argparse.Namespace) -> int:
    registry = _registry(args.registry)
    if args.action == "validate":
        problems = registry.validate()
        for problem in problems:
            print(problem)
        _say(args, f"{len(registry.actors)} actors, {len(registry.issues)} issues, "
                   f"{len(problems)} problems")
        return 1 if problems else 0
    if args.action == "search":
        if not args.query:
            raise CommandError("registry search needs a query, e.g. stancenet registry search الصدر")
        table = registry.search(args.query)
    elif args.what == "issues":
        table = registry.issues_frame()
    else:
        table = registry.actors_frame()
    import pandas as pd

    columns = [c for c in ("id", "type", "name_en", "name_ar", "kind", "country", "parent")
               if c in table.columns]
    with pd.option_context("display.max_rows", None, "display.width", 200,
                           "display.max_colwidth", 40):
        print(table[columns].to_string(index=False) if columns else table.to_string())
    _say(args, f"{len(table)} rows")
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from stancenet.extract import evaluate, load_gold

    gold = load_gold(args.gold)
    if args.statements is None:
        from stancenet.extract import extract

        predicted = extract(gold.documents, _registry(args.registry), progress=False)
    else:
        from stancenet.io import read_statements

        predicted = read_statements(args.statements)
    result = evaluate(gold.statements, predicted)
    print(result.report() if hasattr(result, "report") else str(result))
    return 0


# --------------------------------------------------------------------------- parser


class _Formatter(argparse.RawDescriptionHelpFormatter):
    pass


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the `stancenet` command."""
    from stancenet import __version__

    parser = argparse.ArgumentParser(
        prog="stancenet",
        formatter_class=_Formatter,
        description="Political stance and actor-network analysis of Arabic news.",
        epilog="examples:\n"
               "  stancenet demo -o demo_out\n"
               "  stancenet extract news/ -o statements.csv\n"
               "  stancenet network statements.csv --kind subtract -o network.gexf\n"
               "  stancenet analyze statements.csv\n"
               "Run 'stancenet COMMAND --help' for each command.",
    )
    parser.add_argument("--version", action="version", version=f"stancenet {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    parser.add_argument("-q", "--quiet", action="store_true", help="print less")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_text: str, example: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text,
                           epilog=f"example:\n  {example}", formatter_class=_Formatter)
        # SUPPRESS keeps a flag given before the command from being reset by the subparser
        p.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                       help="show tracebacks on errors")
        p.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS,
                       help="print less")
        return p

    p = add("demo", "run the whole pipeline on the packaged demo corpus",
            "stancenet demo -o demo_out")
    p.add_argument("-o", "--output", default="stancenet_demo", help="output folder")
    p.add_argument("--kind", choices=NETWORK_KINDS, default="direct", help="network kind")
    p.add_argument("--time-limit", type=float, default=20.0,
                   help="seconds for the exact frustration solver")
    p.set_defaults(func=cmd_demo)

    p = add("extract", "extract stance statements from Arabic news",
            "stancenet extract news.jsonl -o statements.csv")
    p.add_argument("input", help="a .txt file, a folder of .txt files, .jsonl, .csv or .parquet")
    p.add_argument("-o", "--output", required=True,
                   help="statements file (.csv, .jsonl or .parquet)")
    p.add_argument("--text-column", help="column holding the text in a table file")
    p.add_argument("--id-column", help="column holding the document id")
    p.add_argument("--date-column", help="column holding the date")
    p.add_argument("--title-column", help="column holding the title")
    p.add_argument("--registry", action="append", metavar="FILE",
                   help="extra actor/issue file (YAML or CSV) merged over the defaults")
    p.add_argument("-j", "--jobs", type=int, default=1, help="worker processes")
    p.add_argument("--progress", action="store_true", help="always show a progress bar")
    p.add_argument("--report", metavar="CSV", help="write the per-document accounting here")
    p.set_defaults(func=cmd_extract)

    p = add("network", "build a signed network from statements and write it",
            "stancenet network statements.csv --kind subtract -o network.gexf")
    p.add_argument("input", help="statements file (.csv, .jsonl, .parquet)")
    p.add_argument("-o", "--output", required=True,
                   help="graph file: .gexf, .graphml, .json, or .csv (node and edge tables)")
    p.add_argument("--format", choices=("gexf", "graphml", "json", "csv"))
    _add_network_options(p)
    p.set_defaults(func=cmd_network)

    p = add("analyze", "balance, frustration, blocs and centrality of a network",
            "stancenet analyze statements.csv --kind direct --format csv -o actors.csv")
    p.add_argument("input", help="statements file, or a graph file (.gexf, .graphml, .json)")
    p.add_argument("--format", choices=("text", "csv", "json"), default="text",
                   help="text: a Markdown report; csv/json: one row per actor")
    p.add_argument("-o", "--output", help="write here instead of standard output")
    p.add_argument("--time-limit", type=float, default=20.0,
                   help="seconds for the exact frustration solver")
    _add_network_options(p)
    p.set_defaults(func=cmd_analyze)

    p = add("plot", "draw a network, a stance matrix or a timeline",
            "stancenet plot statements.csv --labels ar -o network.png")
    p.add_argument("input", help="statements file (or a graph file for --figure network)")
    p.add_argument("-o", "--output", required=True, help=".png, .svg or .pdf")
    p.add_argument("--figure", choices=("network", "stance-matrix", "timeline"),
                   default="network")
    p.add_argument("--labels", choices=("en", "ar", "both"), default="en")
    p.add_argument("--width", type=float, default=11.0, help="inches")
    p.add_argument("--height", type=float, default=9.0, help="inches")
    _add_network_options(p)
    p.set_defaults(func=cmd_plot)

    p = add("export", "write a network for Gephi and other tools",
            "stancenet export statements.csv --format gexf -o network.gexf")
    p.add_argument("input", help="statements file, or a graph file")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--format", choices=("gexf", "graphml", "json", "csv"))
    _add_network_options(p)
    p.set_defaults(func=cmd_export)

    p = add("registry", "list, search or validate actors and issues",
            "stancenet registry search الصدر")
    p.add_argument("action", choices=("list", "search", "validate"))
    p.add_argument("query", nargs="?", help="text to search (Arabic or English)")
    p.add_argument("--what", choices=("actors", "issues"), default="actors",
                   help="what 'list' lists")
    p.add_argument("--registry", action="append", metavar="FILE",
                   help="your actor/issue file (YAML or CSV), merged over the defaults")
    p.set_defaults(func=cmd_registry)

    p = add("evaluate", "precision, recall and F1 of extracted statements against a gold set",
            "stancenet evaluate  # the packaged gold set, extracted afresh")
    p.add_argument("gold", nargs="?", help="gold folder (documents.jsonl + statements.csv); "
                   "default: the packaged gold standard")
    p.add_argument("statements", nargs="?",
                   help="extracted statements to score; default: extract the gold documents now")
    p.add_argument("--registry", action="append", metavar="FILE")
    p.set_defaults(func=cmd_evaluate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `stancenet` command; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    shown = warnings.showwarning
    if not args.debug:
        warnings.showwarning = _one_line_warning
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("stancenet: interrupted", file=sys.stderr)
        return 1
    except Exception as err:  # one clear line unless --debug
        if args.debug:
            raise
        message = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        print(f"stancenet {args.command}: error: {message}", file=sys.stderr)
        return 1
    finally:
        warnings.showwarning = shown


def _one_line_warning(message, category, filename, lineno, file=None, line=None) -> None:
    # a user of the command wants the message, not the line of stancenet that raised it
    text = " ".join(str(message).split())
    print(f"stancenet: warning: {text}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
