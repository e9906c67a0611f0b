"""stancenet: political stance and actor-network analysis of Arabic news.

The public API is re-exported here. Names are imported lazily on first use so
that ``import stancenet`` (and the command line) stays fast and does not load
matplotlib or the extraction machinery until they are needed.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    # statements table
    "STATEMENT_COLUMNS": "stancenet.schema",
    "REQUIRED_COLUMNS": "stancenet.schema",
    "StatementsError": "stancenet.schema",
    "validate_statements": "stancenet.schema",
    "empty_statements": "stancenet.schema",
    # input / output
    "read_statements": "stancenet.io",
    "write_statements": "stancenet.io",
    "read_corpus": "stancenet.io",
    "CorpusError": "stancenet.io",
    "write_gexf": "stancenet.io",
    "write_dynamic_gexf": "stancenet.io",
    "write_graphml": "stancenet.io",
    "write_tables": "stancenet.io",
    "write_json": "stancenet.io",
    # registry
    "Actor": "stancenet.registry",
    "Issue": "stancenet.registry",
    "Registry": "stancenet.registry",
    "RegistryError": "stancenet.registry",
    "default_registry": "stancenet.registry",
    "load_registry": "stancenet.registry",
    # extraction
    "extract": "stancenet.extract",
    "Extractor": "stancenet.extract",
    "evaluate": "stancenet.extract",
    # networks
    "build_network": "stancenet.network",
    "build_networks": "stancenet.network",
    "edge_statements": "stancenet.network",
    "edges_frame": "stancenet.network",
    "nodes_frame": "stancenet.network",
    "to_dynamic": "stancenet.network",
    # analysis
    "balance": "stancenet.analysis",
    "frustration": "stancenet.analysis",
    "blocs": "stancenet.analysis",
    "centrality": "stancenet.analysis",
    "polarization": "stancenet.analysis",
    "summary": "stancenet.analysis",
    # pictures
    "plot_network": "stancenet.viz",
    "signed_layout": "stancenet.viz",
    "plot_stance_matrix": "stancenet.viz",
    "plot_timeline": "stancenet.viz",
    "plot_balance_over_time": "stancenet.viz",
    "save_figure": "stancenet.viz",
    # packaged example data
    "demo_corpus": "stancenet.data",
    "load_gold": "stancenet.extract",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'stancenet' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
