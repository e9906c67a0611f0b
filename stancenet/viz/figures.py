"""Figures beyond the network: stance matrix, stance timeline, balance over time; saving.

Each plotting function takes plain data (a statements table or a list of graphs), draws on a
given matplotlib Axes or a new one, and returns the Axes. `save_figure` writes PNG, SVG or
PDF at publication resolution with text kept as text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from stancenet.schema import validate_statements
from stancenet.viz.arabic import contains_arabic, label_font_family, prepare_label, shorten_label
from stancenet.viz.style import BLOC_COLORS

__all__ = [
    "plot_stance_matrix",
    "plot_timeline",
    "plot_balance_over_time",
    "save_figure",
]

_FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}


def _set_tick_labels(ax: Axes, axis: str, names: Sequence[str], max_len: int | None) -> None:
    """Tick labels that may hold Arabic: shortened, laid out by libraqm, Arabic font chosen."""
    texts = [prepare_label(shorten_label(name, max_len)) for name in names]
    setter = ax.set_xticks if axis == "x" else ax.set_yticks
    setter(range(len(texts)))
    ticks = ax.set_xticklabels(texts) if axis == "x" else ax.set_yticklabels(texts)
    for tick in ticks:
        family = label_font_family(tick.get_text())
        if family:
            tick.set_fontfamily(family)
        if contains_arabic(tick.get_text()):
            tick.set_language("ar")


def _names(df: pd.DataFrame, role: str) -> dict[str, str]:
    """id -> readable name for source or target, from the table's *_name column."""
    pairs = df[[role, f"{role}_name"]].drop_duplicates(role)
    return {
        key: (str(name) if pd.notna(name) and str(name).strip() else str(key))
        for key, name in zip(pairs[role], pairs[f"{role}_name"], strict=True)
    }


def plot_stance_matrix(
    statements: pd.DataFrame,
    ax: Axes | None = None,
    *,
    actors: Sequence[str] | None = None,
    targets: Sequence[str] | None = None,
    target_kind: str | None = "issue",
    top: int = 25,
    annotate: bool = True,
    max_label_len: int | None = 28,
    cmap: str = "RdYlGn",
) -> Axes:
    """Heatmap of net stance: actors (rows) by issues or other targets (columns).

    Each cell is the weighted net stance of one source toward one target,
    ``sum(polarity * weight) / sum(weight)``, from -1 (always against) to +1 (always for);
    cells with no statement are blank. With `annotate`, cells show the number of statements.

    Parameters
    ----------
    statements : pandas.DataFrame
        A statements table (checked with `stancenet.validate_statements`).
    ax : matplotlib Axes, optional
        Where to draw; a new figure when None.
    actors, targets : sequence of str, optional
        Source ids (rows) and target ids (columns) to show, in this order. Default: the
        `top` most frequent of each.
    target_kind : {'issue', 'actor'} or None
        Keep only targets of this kind (None keeps all). Ignored when `targets` is given.
    top : int
        Rows and columns shown when not chosen explicitly.
    annotate : bool
        Write the statement count in each cell.
    max_label_len : int or None
        Longer names are shortened.
    cmap : str
        A diverging matplotlib colormap (negative red, positive green by default).

    Returns
    -------
    matplotlib.axes.Axes

    Raises
    ------
    StatementsError
        If the table is not a valid statements table.
    ValueError
        If nothing is left to show after filtering.
    """
    df = validate_statements(statements)
    if targets is not None:
        df = df[df["target"].isin(list(targets))]
    elif target_kind is not None:
        if target_kind not in ("issue", "actor"):
            raise ValueError(f"target_kind must be 'issue', 'actor' or None, got {target_kind!r}")
        df = df[df["target_kind"] == target_kind]
    if actors is not None:
        df = df[df["source"].isin(list(actors))]
    if df.empty:
        raise ValueError(
            "no statements left to draw: check actors=, targets= and target_kind= "
            f"(target_kind={target_kind!r})"
        )
    rows = list(actors) if actors is not None else list(df["source"].value_counts().index[:top])
    cols = list(targets) if targets is not None else list(df["target"].value_counts().index[:top])
    df = df[df["source"].isin(rows) & df["target"].isin(cols)]
    signed = (df["polarity"].astype(float) * df["weight"]).groupby([df["source"], df["target"]])
    net = signed.sum() / df["weight"].groupby([df["source"], df["target"]]).sum()
    counts = df.groupby(["source", "target"]).size()
    matrix = net.unstack().reindex(index=rows, columns=cols)
    count_matrix = counts.unstack().reindex(index=rows, columns=cols)

    if ax is None:
        width = min(max(3.5 + 0.45 * len(cols), 6.0), 16.0)
        height = min(max(2.5 + 0.38 * len(rows), 4.0), 14.0)
        _, ax = plt.subplots(figsize=(width, height), layout="constrained")
    image = ax.imshow(
        np.ma.masked_invalid(matrix.to_numpy(dtype=float)),
        cmap=cmap, vmin=-1.0, vmax=1.0, aspect="auto",
    )
    source_names, target_names = _names(df, "source"), _names(df, "target")
    _set_tick_labels(ax, "x", [target_names.get(c, c) for c in cols], max_label_len)
    _set_tick_labels(ax, "y", [source_names.get(r, r) for r in rows], max_label_len)
    ax.tick_params(axis="x", labelrotation=45)
    for tick in ax.get_xticklabels():
        tick.set_horizontalalignment("right")
    if annotate:
        for i, row in enumerate(rows):
            for j, col in enumerate(cols):
                count = count_matrix.loc[row, col]
                if pd.notna(count):
                    ax.text(j, i, f"{int(count)}", ha="center", va="center", fontsize=7,
                            color="black")
    ax.figure.colorbar(image, ax=ax, label="net stance", shrink=0.8)
    ax.set_xlabel("target")
    ax.set_ylabel("actor")
    return ax


def plot_timeline(
    statements: pd.DataFrame,
    ax: Axes | None = None,
    *,
    actors: Sequence[str] | None = None,
    issues: Sequence[str] | None = None,
    by: str | None = None,
    freq: str = "M",
    top: int = 6,
    cumulative: bool = False,
) -> Axes:
    """Stance over time: net stance per period, one line per actor (or per target).

    The value of a line in a period is ``sum(polarity * weight)`` of its statements in that
    period (positive: support outweighs opposition); marker size grows with the number of
    statements.

    Parameters
    ----------
    statements : pandas.DataFrame
        A statements table with dates (rows without a date are left out).
    ax : matplotlib Axes, optional
    actors : sequence of str, optional
        Source ids to keep.
    issues : sequence of str, optional
        Target ids (issues or actors) to keep.
    by : {'source', 'target'}, optional
        One line per source or per target. Default: 'target' when only `issues` is given,
        else 'source'.
    freq : str
        pandas period alias: 'D', 'W', 'M', 'Q', 'Y'.
    top : int
        Lines drawn when the lines are not chosen explicitly (most statements first).
    cumulative : bool
        Plot the running total instead of the per-period value.

    Returns
    -------
    matplotlib.axes.Axes

    Raises
    ------
    ValueError
        If no dated statement is left, or `by` is not 'source' or 'target'.
    """
    df = validate_statements(statements)
    if by is None:
        by = "target" if issues is not None and actors is None else "source"
    if by not in ("source", "target"):
        raise ValueError(f"by must be 'source' or 'target', got {by!r}")
    if actors is not None:
        df = df[df["source"].isin(list(actors))]
    if issues is not None:
        df = df[df["target"].isin(list(issues))]
    df = df[df["date"].notna()]
    if df.empty:
        raise ValueError("no dated statements left to draw (check the date column, actors=, "
                         "issues=)")
    chosen = actors if by == "source" else issues
    lines = list(chosen) if chosen is not None else list(df[by].value_counts().index[:top])
    df = df[df[by].isin(lines)]
    period = df["date"].dt.to_period(freq).dt.start_time
    df = df.assign(period=period, signed=df["polarity"].astype(float) * df["weight"])
    grouped = df.groupby([by, "period"]).agg(net=("signed", "sum"), n=("signed", "size"))
    names = _names(df, by)
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 4.5), layout="constrained")
    # every period of the span, so that a period without statements breaks the line
    # (or, cumulative, keeps it flat) instead of drawing a slope across it
    periods = pd.period_range(df["date"].min(), df["date"].max(), freq=freq).start_time
    for i, line in enumerate(lines):
        if line not in grouped.index.get_level_values(0):
            continue
        part = grouped.loc[line].reindex(periods)
        if cumulative:
            values = part["net"].fillna(0.0).cumsum()
        else:
            values = part["net"]
        part = part.fillna({"n": 0})
        label = prepare_label(shorten_label(names.get(line, line), 30))
        ax.plot(part.index, values, marker=None, lw=1.6, color=BLOC_COLORS[i % len(BLOC_COLORS)],
                label=label)
        said = part["n"].to_numpy() > 0
        ax.scatter(part.index[said], values[said], s=12 + 8 * part["n"].to_numpy()[said],
                   color=BLOC_COLORS[i % len(BLOC_COLORS)], zorder=3)
    ax.axhline(0.0, color="0.4", lw=0.8)
    ax.set_ylabel("cumulative net stance" if cumulative else "net stance (support − opposition)")
    ax.set_xlabel(f"period ({freq})")
    legend = ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    for text in legend.get_texts():
        family = label_font_family(text.get_text())
        if family:
            text.set_fontfamily(family)
    return ax


def _triangle_ratio(G: nx.Graph) -> float:
    """Share of balanced triangles, from `stancenet.analysis.balance` (walk measure skipped)."""
    from stancenet.analysis import balance

    return float(balance(G, walk=None).triangle_ratio)


def plot_balance_over_time(
    snapshots: Iterable[nx.Graph] | pd.DataFrame,
    ax: Axes | None = None,
    *,
    measure: Callable[[nx.Graph], float] | None = None,
    label: str = "share of balanced triangles",
) -> Axes:
    """Structural balance of each time window, as a line over the windows' dates.

    Parameters
    ----------
    snapshots : list of graphs, or DataFrame
        Graphs in time order, each with graph attributes ``start`` and ``end`` (ISO dates;
        the window is drawn at its midpoint, or at its index when dates are missing); or a
        table with a ``date`` (or ``start``/``end``) column and a ``balance`` column.
    ax : matplotlib Axes, optional
    measure : callable, optional
        graph -> number. Default: the share of balanced triangles,
        ``stancenet.balance(G, walk=None).triangle_ratio`` (NaN for a window without
        triangles, left as a gap in the line).
    label : str
        The y-axis label.

    Returns
    -------
    matplotlib.axes.Axes

    Raises
    ------
    ValueError
        If there is no snapshot, or the table lacks the needed columns.
    """
    if isinstance(snapshots, pd.DataFrame):
        table = snapshots
        if "balance" not in table.columns:
            raise ValueError(f"snapshot table needs a 'balance' column; it has {list(table)}")
        if "date" in table.columns:
            when = pd.to_datetime(table["date"])
        elif {"start", "end"} <= set(table.columns):
            start, end = pd.to_datetime(table["start"]), pd.to_datetime(table["end"])
            when = start + (end - start) / 2
        else:
            raise ValueError("snapshot table needs a 'date' column or 'start' and 'end' columns")
        values = table["balance"].astype(float).to_numpy()
        sizes = None
    else:
        graphs = list(snapshots)
        if not graphs:
            raise ValueError("no snapshots given")
        measure = measure or _triangle_ratio
        values = np.array([measure(G) for G in graphs], dtype=float)
        sizes = np.array([G.number_of_edges() for G in graphs])
        try:
            start = pd.to_datetime([G.graph["start"] for G in graphs])
            end = pd.to_datetime([G.graph["end"] for G in graphs])
            when = start + (end - start) / 2
        except (KeyError, ValueError, TypeError):
            when = pd.Index(range(len(graphs)))
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 3.8), layout="constrained")
    ax.plot(when, values, color=BLOC_COLORS[0], lw=1.8, marker="o")
    empty = ~np.isfinite(values)
    if empty.any():
        ax.scatter(np.asarray(when)[empty], np.zeros(int(empty.sum())), marker="x", color="0.5",
                   label="window without triangles", zorder=3)
        ax.legend(fontsize=8, frameon=False, loc="best")
    if sizes is not None:
        for x, y, m in zip(when, values, sizes, strict=True):
            if np.isfinite(y):
                ax.annotate(f"{m}", (x, y), textcoords="offset points", xytext=(0, 6),
                            ha="center", fontsize=7, color="0.35")
    ax.set_ylim(-0.02, 1.05)
    ax.set_ylabel(label)
    ax.set_xlabel("time window" + (" (edges per window above points)" if sizes is not None
                                   else ""))
    ax.grid(alpha=0.3)
    return ax


def save_figure(fig: Figure, path: str | Path, *, dpi: int = 300, **kwargs) -> Path:
    """Save a figure as PNG, SVG or PDF, the format taken from the file suffix.

    Text stays text: SVG keeps ``<text>`` elements (``svg.fonttype='none'``) and PDF embeds
    TrueType fonts (``pdf.fonttype=42``), so labels, Arabic included, remain selectable and
    editable.

    Parameters
    ----------
    fig : matplotlib Figure
        The figure (for an Axes use ``ax.figure``).
    path : str or Path
        Where to write; the suffix (.png, .svg, .pdf) picks the format.
    dpi : int
        Resolution for PNG (and raster parts of PDF/SVG); 300 suits print.
    **kwargs
        Passed on to ``Figure.savefig``.

    Returns
    -------
    Path
        The written file.

    Raises
    ------
    ValueError
        If the suffix is not .png, .svg or .pdf.
    TypeError
        If `fig` is not a matplotlib Figure.
    """
    if not isinstance(fig, Figure):
        raise TypeError(f"fig must be a matplotlib Figure (use ax.figure), not {type(fig).__name__}")
    path = Path(path)
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(
            f"cannot tell the format of {str(path)!r}: use a .png, .svg or .pdf suffix"
        )
    kwargs.setdefault("bbox_inches", "tight")
    kwargs.setdefault("facecolor", "white")
    with plt.rc_context({"svg.fonttype": "none", "pdf.fonttype": 42}):
        fig.savefig(path, format=fmt, dpi=dpi, **kwargs)
    return path

