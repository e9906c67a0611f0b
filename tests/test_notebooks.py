"""The notebooks execute top to bottom on the packaged data and write what they promise."""

import importlib.util
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
NAMES = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))

# files each notebook writes into its working directory
WRITTEN = {
    "01_quickstart.ipynb": ["network.gexf", "network.png"],
    "02_alliances_over_time.ipynb": ["alliances_over_time.gexf", "windows.csv"],
    "03_your_own_corpus_and_actors.ipynb": ["my_actors.yaml", "reviewed_statements.csv",
                                            "my_network.gexf"],
}


def _generator():
    spec = importlib.util.spec_from_file_location("build_notebooks",
                                                  NOTEBOOKS / "build_notebooks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_three_notebooks_exist():
    assert {"01_quickstart.ipynb", "02_alliances_over_time.ipynb",
            "03_your_own_corpus_and_actors.ipynb"} <= set(NAMES)


def test_committed_notebooks_match_their_generator_and_carry_no_outputs():
    notebooks = _generator().NOTEBOOKS
    assert sorted(notebooks) == NAMES
    for name, cells in notebooks.items():
        committed = nbformat.read(NOTEBOOKS / name, as_version=4)
        assert [(c.cell_type, c.source) for c in committed.cells] == [
            (c.cell_type, c.source) for c in cells], f"{name}: run build_notebooks.py again"
        assert all(not c.get("outputs") for c in committed.cells if c.cell_type == "code")


@pytest.mark.parametrize("name", NAMES)
def test_notebook_executes(name, tmp_path, monkeypatch):
    monkeypatch.setenv("MPLBACKEND", "Agg")
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=180, kernel_name="python3",
        resources={"metadata": {"path": str(tmp_path)}},
    )
    client.execute()
    errors = [o for cell in notebook.cells if cell.cell_type == "code"
              for o in cell.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    figures = [o for cell in notebook.cells if cell.cell_type == "code"
               for o in cell.get("outputs", []) if "image/png" in o.get("data", {})]
    assert figures, f"{name} shows no figure inline"
    for file_name in WRITTEN.get(name, []):
        path = tmp_path / file_name
        assert path.is_file() and path.stat().st_size > 0, f"{name} did not write {file_name}"
    for path in tmp_path.glob("*.gexf"):
        import networkx as nx

        assert nx.read_gexf(path).number_of_nodes() > 0
