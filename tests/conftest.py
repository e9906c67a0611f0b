"""Test configuration shared by every test module."""

import os

# Figures are drawn off-screen in tests; set before any test imports pyplot.
os.environ.setdefault("MPLBACKEND", "Agg")
