"""Pictures of signed actor networks: network plots, stance figures, Arabic labels.

Names are loaded lazily so that ``stancenet.viz.layout`` and ``stancenet.viz.style`` (used
by the GEXF writer) can be imported without importing matplotlib's pyplot.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS: dict[str, str] = {
    "plot_network": "stancenet.viz.network",
    "node_label": "stancenet.viz.network",
    "signed_layout": "stancenet.viz.layout",
    "resolve_layout": "stancenet.viz.layout",
    "plot_stance_matrix": "stancenet.viz.figures",
    "plot_timeline": "stancenet.viz.figures",
    "plot_balance_over_time": "stancenet.viz.figures",
    "save_figure": "stancenet.viz.figures",
    "prepare_label": "stancenet.viz.arabic",
    "shorten_label": "stancenet.viz.arabic",
    "arabic_font_families": "stancenet.viz.arabic",
}

__all__ = list(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'stancenet.viz' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
