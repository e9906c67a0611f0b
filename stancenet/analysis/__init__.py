"""Signed network analysis: balance, frustration, blocs, signed centrality, polarisation.

Plain functions over a signed networkx graph whose edges carry ``sign`` (+1/-1) and,
optionally, a magnitude such as ``weight`` (>= 0). Directed graphs and multigraphs are
symmetrised by summing signed weights per pair, self-loops are ignored, and two-mode
(actor-issue) graphs are refused; see `stancenet.analysis._signed`.
"""

from ._signed import SignedGraphError
from .balance import BalanceResult, balance
from .blocs import BlocsResult, adjusted_rand_index, blocs, signed_modularity, signed_sbm
from .centrality import NoDominantEigenvalueWarning, centrality, pn_index, signed_eigenvector
from .frustration import FrustrationResult, frustration
from .polarization import (
    DnaPolarizationResult,
    PolarizationResult,
    dna_polarization,
    polarization,
)
from .summary import SummaryResult, summary

__all__ = [
    "SignedGraphError",
    "BalanceResult",
    "balance",
    "FrustrationResult",
    "frustration",
    "BlocsResult",
    "blocs",
    "signed_modularity",
    "signed_sbm",
    "adjusted_rand_index",
    "centrality",
    "pn_index",
    "signed_eigenvector",
    "NoDominantEigenvalueWarning",
    "PolarizationResult",
    "DnaPolarizationResult",
    "polarization",
    "dna_polarization",
    "SummaryResult",
    "summary",
]
