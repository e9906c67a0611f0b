"""Drawing a signed actor network with matplotlib: `plot_network`.

Positive ties are solid green lines, negative ties dashed red ones, line width follows tie
strength, nodes are coloured by bloc and sized by activity, and labels (English, Arabic or
both) are shortened, thinned to the most active actors when crowded, and each placed
at the free spot around its node that overlaps the fewest other labels and nodes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Mapping
from typing import Any

import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.text import Text

from stancenet.viz.arabic import contains_arabic, label_font_family, prepare_label, shorten_label
from stancenet.viz.layout import resolve_layout
from stancenet.viz.style import (
    NEGATIVE_COLOR,
    POSITIVE_COLOR,
    UNASSIGNED_COLOR,
    bloc_color,
    bloc_membership,
    edge_magnitude,
    edge_sign,
    node_activity,
    node_sizes,
)

__all__ = ["plot_network", "node_label"]

_LABEL_MODES = ("en", "ar", "both")


def node_label(data: Mapping[str, Any], node: Hashable, mode: str = "en") -> str:
    """Full (unshortened) label of a node in the requested language.

    Parameters
    ----------
    data : mapping
        The node's attributes (``name_en``, ``name_ar``).
    node : hashable
        The node id, used when a name is missing.
    mode : {'en', 'ar', 'both'}
        English name, Arabic name, or English over Arabic on two lines. A missing name falls
        back to the other language, then to the id.

    Returns
    -------
    str
    """
    if mode not in _LABEL_MODES:
        raise ValueError(f"labels must be one of {_LABEL_MODES} or None, got {mode!r}")
    english = str(data.get("name_en") or "").strip()
    arabic = str(data.get("name_ar") or "").strip()
    if mode == "en":
        return english or arabic or str(node)
    if mode == "ar":
        return arabic or english or str(node)
    if english and arabic:
        return f"{english}\n{arabic}"
    return english or arabic or str(node)


def _figure_side(n: int) -> float:
    if n <= 15:
        return 7.0
    if n <= 60:
        return 9.0
    return 11.0


def _place_labels(
    anchors: np.ndarray,
    sizes: np.ndarray,
    radii: np.ndarray,
    obstacles: np.ndarray,
    bounds: tuple[float, float, float, float],
) -> np.ndarray:
    """Greedy label placement in display pixels; returns each box centre's offset.

    Labels are placed one after another (callers pass them most important first). For each,
    candidate spots around its node (above, below, beside, diagonal; then the same further
    out) are scored by their overlap with labels already placed (heavily), with other nodes,
    with the drawing's border, and by their distance from the node; the best spot wins.
    anchors: (m, 2) node centres; sizes: (m, 2) box width/height; radii: (m,) node radii;
    obstacles: (p, 3) centres and radii of all nodes; bounds: xmin, ymin, xmax, ymax.
    """
    directions = np.array(
        [(0, 1), (0, -1), (1, 0), (-1, 0), (1, 1), (-1, 1), (1, -1), (-1, -1)], dtype=float
    )
    xmin, ymin, xmax, ymax = bounds
    placed: list[np.ndarray] = []  # boxes as [x0, y0, x1, y1]
    offsets = np.zeros_like(anchors)
    for i, (anchor, (width, height), radius) in enumerate(zip(anchors, sizes, radii, strict=True)):
        best, best_score = None, np.inf
        for ring in range(5):
            gap = 2.0 + ring * (height + 2.0)
            for rank, (dx, dy) in enumerate(directions):
                offset = np.array(
                    [dx * (radius + gap + width / 2.0 * abs(dx)),
                     dy * (radius + gap + height / 2.0 * abs(dy))]
                )
                if dx and dy:  # diagonals: start from the node's rim, not its bounding box
                    offset *= 0.85
                centre = anchor + offset
                box = np.array([centre[0] - width / 2, centre[1] - height / 2,
                                centre[0] + width / 2, centre[1] + height / 2])
                score = 2.0 * ring * height + rank * 0.5
                outside = (max(xmin - box[0], 0) + max(box[2] - xmax, 0)
                           + max(ymin - box[1], 0) + max(box[3] - ymax, 0))
                score += 50.0 * outside
                if placed:
                    others = np.array(placed)
                    ox = np.minimum(box[2], others[:, 2]) - np.maximum(box[0], others[:, 0])
                    oy = np.minimum(box[3], others[:, 3]) - np.maximum(box[1], others[:, 1])
                    area = float(np.sum(np.clip(ox, 0, None) * np.clip(oy, 0, None)))
                    score += (1000.0 + area) if area > 0 else 0.0
                if len(obstacles):
                    nx_ = np.clip(obstacles[:, 0], box[0], box[2]) - obstacles[:, 0]
                    ny_ = np.clip(obstacles[:, 1], box[1], box[3]) - obstacles[:, 1]
                    inside = obstacles[:, 2] - np.hypot(nx_, ny_)
                    score += 8.0 * np.sum(np.clip(inside, 0, None))
                if score < best_score:
                    best, best_score = (offset, box), score
            if best_score < 2.0 * (ring + 1) * height:
                break  # nothing better can come from spots further out
        offset, box = best
        offsets[i] = offset
        placed.append(box)
    return offsets


def plot_network(
    G: nx.Graph,
    ax: Axes | None = None,
    *,
    blocs: Any = None,
    layout: str | Callable[..., Mapping] | Mapping[Hashable, Any] | None = "signed",
    labels: str | Mapping[Hashable, str] | None = "en",
    seed: int | None = 0,
    max_labels: int | None = None,
    max_label_len: int | None = 24,
    node_size: tuple[float, float] = (60.0, 900.0),
    edge_width: tuple[float, float] | None = None,
    font_size: float | None = None,
    arrows: bool | None = None,
    legend: bool = True,
    bloc_names: Mapping[Any, str] | None = None,
    title: str | None = None,
    declutter: bool = True,
) -> Axes:
    """Draw a signed network: green solid alliances, red dashed oppositions, blocs in colour.

    Parameters
    ----------
    G : networkx Graph or DiGraph
        Signed graph following the stancenet graph contract: edges with ``sign`` (or
        ``signed_weight``) and ``weight``; nodes with ``name_en``, ``name_ar``, ``activity``
        and optionally ``node_type`` ('issue' nodes are drawn as squares) and ``bloc``.
    ax : matplotlib Axes, optional
        Where to draw; a new square figure sized for the graph when None.
    blocs : dict, object with ``.membership``, or None
        Node -> bloc (number or label), or the result of ``stancenet.blocs``. Default: the
        node attribute ``bloc`` where present; nodes without a bloc are grey.
    layout : 'signed', networkx layout name or function, or dict
        Node positions; see `stancenet.viz.resolve_layout`. The default `signed_layout`
        (seeded by `seed`) puts allies close and opponents apart. ``write_gexf`` uses the
        same default, so Gephi opens the file with the positions of this picture.
    labels : {'en', 'ar', 'both'}, dict, or None
        English names, Arabic names (drawn right to left with joined letters), both on two
        lines, a dict node -> label, or None for no labels.
    seed : int or None
        Seed of the layout.
    max_labels : int, optional
        Label only the this many most active nodes. Default: every node up to 40 nodes,
        otherwise the 30 most active.
    max_label_len : int or None
        Longer names are cut at a word boundary and end with '…' (the graph keeps the full
        names); None never shortens.
    node_size : (float, float)
        Marker area (points²) of the least and of the most active node.
    edge_width : (float, float), optional
        Line width of the weakest and of the strongest tie; default (0.6, 4.5) up to 30
        nodes, thinner for larger graphs.
    font_size : float, optional
        Label size; default 10 up to 15 nodes, 8.5 up to 60, else 7.5.
    arrows : bool, optional
        Draw arrow heads; default True for directed graphs.
    legend : bool
        Add a legend below the drawing (tie signs, blocs with their sizes, node size).
    bloc_names : dict, optional
        bloc -> name shown in the legend instead of "bloc <b>".
    title : str, optional
        Axes title.
    declutter : bool
        Place each label (most active node first) at the spot around its node that overlaps
        the fewest labels and nodes, with a thin leader line when placed far out.

    Returns
    -------
    matplotlib.axes.Axes
        The axes drawn on; each label is a Text (Annotation) whose gid is ``label:<node>``.

    Raises
    ------
    ValueError
        On an unknown `labels` mode or positions missing nodes.
    """
    if isinstance(labels, str) and labels not in _LABEL_MODES:
        raise ValueError(f"labels must be one of {_LABEL_MODES}, a dict or None, got {labels!r}")
    nodes = list(G)
    n = len(nodes)
    if ax is None:
        side = _figure_side(n)
        fig, ax = plt.subplots(figsize=(side, side * 1.08))
        # fixed margins (no constrained layout) so label positions measured below stay put;
        # the legend sits in the bottom margin
        fig.subplots_adjust(left=0.02, right=0.98, top=0.96, bottom=0.1)
    fig = ax.figure
    pos = resolve_layout(G, layout, seed=seed)
    membership = bloc_membership(G, blocs)
    # a bloc of one actor groups nothing: draw such actors grey under one legend line
    bloc_sizes = Counter(membership.values())
    membership = {node: b for node, b in membership.items() if bloc_sizes[b] > 1}
    colours = bloc_color(membership)
    activity = node_activity(G)
    sizes = node_sizes(activity, *node_size)
    directed = G.is_directed()
    arrows = directed if arrows is None else arrows

    # edges: weakest to strongest width, negative dashed
    edges = [(u, v, d) for u, v, d in G.edges(data=True) if u != v]
    strongest = max((edge_magnitude(d) for *_, d in edges), default=0.0) or 1.0
    alpha = 0.8 if n <= 30 else 0.55
    if edge_width is None:
        edge_width = (0.6, 4.5) if n <= 30 else (0.4, 3.0) if n <= 60 else (0.3, 2.0)
    for sign, colour, style in ((1, POSITIVE_COLOR, "solid"), (-1, NEGATIVE_COLOR, "dashed")):
        chosen = [(u, v, d) for u, v, d in edges if edge_sign(d) == sign]
        if not chosen:
            continue
        widths = [
            edge_width[0] + (edge_width[1] - edge_width[0]) * edge_magnitude(d) / strongest
            for *_, d in chosen
        ]
        arrow_options = (
            {"arrowstyle": "-|>", "arrowsize": 12 if n <= 30 else 7,
             "connectionstyle": "arc3,rad=0.1", "min_target_margin": 2}
            if arrows else {}
        )
        drawn = nx.draw_networkx_edges(
            G,
            pos,
            edgelist=[(u, v) for u, v, _ in chosen],
            width=widths,
            edge_color=colour,
            style=style,
            alpha=alpha,
            arrows=arrows,
            nodelist=nodes,
            node_size=[sizes[node] for node in nodes],
            ax=ax,
            **arrow_options,
        )
        for artist in drawn if isinstance(drawn, list) else [drawn]:
            artist.set_zorder(1)

    # nodes: circles for actors, squares for issues
    for marker, is_issue in (("o", False), ("s", True)):
        group = [node for node in nodes if (G.nodes[node].get("node_type") == "issue") == is_issue]
        if not group:
            continue
        xy = np.array([pos[node] for node in group])
        ax.scatter(
            xy[:, 0],
            xy[:, 1],
            s=[sizes[node] for node in group],
            c=[colours.get(membership.get(node), UNASSIGNED_COLOR) for node in group],
            marker=marker,
            edgecolors="white",
            linewidths=1.0,
            zorder=2,
        )

    # frame the drawing before measuring label boxes in pixels
    if n:
        xy_all = np.array([pos[node] for node in nodes])
        low, high = xy_all.min(axis=0), xy_all.max(axis=0)
        pad = 0.12 * max(float((high - low).max()), 1e-6)
        ax.set_xlim(low[0] - pad, high[0] + pad)
        ax.set_ylim(low[1] - pad, high[1] + pad)
    ax.set_aspect("equal", adjustable="box")
    ax.set_axis_off()
    if title:
        ax.set_title(title)
    if legend:
        _add_legend(ax, G, membership, colours, bloc_names, n)

    if labels is not None and n:
        _draw_labels(
            ax, G, pos, sizes, activity, labels, max_labels, max_label_len, font_size, declutter
        )
    return ax


def _natural(value: Any) -> tuple:
    """Sort key putting numbers in numeric order before text labels."""
    try:
        return (0, float(value), "")
    except (TypeError, ValueError):
        return (1, 0.0, str(value))


def _add_legend(
    ax: Axes,
    G: nx.Graph,
    membership: Mapping[Hashable, Any],
    colours: Mapping[Any, str],
    bloc_names: Mapping[Any, str] | None,
    n: int,
) -> None:
    handles: list[Line2D] = [
        Line2D([], [], color=POSITIVE_COLOR, lw=2.2, label="positive tie (alliance, support)"),
        Line2D([], [], color=NEGATIVE_COLOR, lw=2.2, ls="--", label="negative tie (opposition)"),
    ]
    counts: dict[Any, int] = {}
    for bloc in membership.values():
        counts[bloc] = counts.get(bloc, 0) + 1
    for bloc, colour in sorted(colours.items(), key=lambda item: _natural(item[0])):
        name = (bloc_names or {}).get(bloc, f"bloc {bloc}")
        handles.append(
            Line2D([], [], ls="", marker="o", markersize=9, markerfacecolor=colour,
                   markeredgecolor="white", label=f"{name} ({counts[bloc]})")
        )
    if membership and len(membership) < n:
        handles.append(
            Line2D([], [], ls="", marker="o", markersize=9, markerfacecolor=UNASSIGNED_COLOR,
                   markeredgecolor="white", label=f"no bloc, or alone in one ({n - len(membership)})")
        )
    if any(d.get("node_type") == "issue" for _, d in G.nodes(data=True)):
        handles.append(
            Line2D([], [], ls="", marker="s", markersize=8, markerfacecolor="white",
                   markeredgecolor="0.3", label="issue")
        )
    handles.append(
        Line2D([], [], ls="", marker="o", markersize=5, markerfacecolor="0.6",
               markeredgecolor="white", label="node size = activity")
    )
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, 0.0),
        ncol=min(3, len(handles)),
        frameon=False,
        fontsize=9,
        handlelength=2.6,
    )


def _draw_labels(
    ax: Axes,
    G: nx.Graph,
    pos: Mapping[Hashable, np.ndarray],
    sizes: Mapping[Hashable, float],
    activity: Mapping[Hashable, float],
    labels: str | Mapping[Hashable, str],
    max_labels: int | None,
    max_label_len: int | None,
    font_size: float | None,
    declutter: bool,
) -> None:
    nodes = list(G)
    n = len(nodes)
    if max_labels is None:
        max_labels = n if n <= 40 else 30
    ranked = sorted(nodes, key=lambda node: (-activity[node], str(node)))
    shown = ranked[: max(max_labels, 0)]
    if font_size is None:
        font_size = 10.0 if n <= 15 else 8.5 if n <= 60 else 7.5
    fig = ax.figure
    points_per_pixel = 72.0 / fig.dpi
    texts = []
    for node in shown:
        if isinstance(labels, Mapping):
            full = str(labels.get(node, node))
        else:
            full = node_label(G.nodes[node], node, labels)
        lines = [shorten_label(line, max_label_len) for line in full.split("\n")]
        text = "\n".join(prepare_label(line) for line in lines)
        arabic = contains_arabic(text)
        radius_points = np.sqrt(sizes[node] / np.pi)
        annotation = ax.annotate(
            text,
            xy=pos[node],
            xytext=(0.0, radius_points + 2.0),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=font_size,
            fontfamily=label_font_family(text),
            language="ar" if arabic and "\n" not in text else None,
            parse_math=False,
            zorder=3,
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75},
            annotation_clip=False,
            arrowprops={"arrowstyle": "-", "lw": 0.5, "color": "0.45", "shrinkA": 0.0,
                        "shrinkB": radius_points},
        )
        annotation.arrow_patch.set_visible(False)  # leader line shown only if moved far
        annotation.set_gid(f"label:{node}")
        texts.append((node, annotation))
    if not (declutter and texts):
        return
    # measure in pixels once the axes geometry is final (run the figure's layout engine,
    # e.g. constrained layout of a user's figure, before measuring)
    if fig.get_layout_engine() is not None:
        fig.draw_without_rendering()
    ax.apply_aspect()
    renderer = fig.canvas.get_renderer()
    to_pixels = ax.transData.transform
    anchors = np.array([to_pixels(pos[node]) for node, _ in texts])
    # the Text's own extent: Annotation's would include the (hidden) leader line
    boxes = [Text.get_window_extent(annotation, renderer) for _, annotation in texts]
    box_sizes = np.array([[b.width + 3.0, b.height + 2.0] for b in boxes])
    label_radii = np.array([np.sqrt(sizes[node] / np.pi) / points_per_pixel for node, _ in texts])
    node_xy = np.array([to_pixels(pos[node]) for node in nodes])
    radii = np.array([np.sqrt(sizes[node] / np.pi) / points_per_pixel for node in nodes])
    axes_box = ax.get_window_extent(renderer)
    offsets = _place_labels(
        anchors, box_sizes, label_radii, np.column_stack([node_xy, radii]),
        (axes_box.x0, axes_box.y0, axes_box.x1, axes_box.y1),
    )
    for (_, annotation), offset, radius, size in zip(
        texts, offsets, label_radii, box_sizes, strict=True
    ):
        annotation.set_horizontalalignment("center")
        annotation.set_verticalalignment("center")
        annotation.xyann = tuple(offset * points_per_pixel)
        if np.hypot(*offset) > radius + size[1] * 1.6:
            annotation.arrow_patch.set_visible(True)
