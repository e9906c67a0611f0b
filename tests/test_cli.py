"""The `stancenet` command as a newcomer meets it."""

import json
import subprocess
import sys

import networkx as nx
import pandas as pd
import pytest

from stancenet import __version__
from stancenet.cli import main

COMMANDS = ["demo", "extract", "network", "analyze", "plot", "export", "registry", "evaluate"]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "stancenet.cli", *args],
                          capture_output=True, text=True, timeout=600)


def test_version_and_help_from_the_command():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"stancenet {__version__}"
    result = run("--help")
    assert result.returncode == 0
    for command in COMMANDS:
        assert command in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command, capsys):
    with pytest.raises(SystemExit) as stop:
        main([command, "--help"])
    assert stop.value.code == 0
    assert "example:" in capsys.readouterr().out


def test_wrong_usage_exits_2(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["network"])  # missing input and output
    assert stop.value.code == 2


def test_failure_is_one_line_with_exit_1(tmp_path):
    result = run("network", str(tmp_path / "absent.csv"), "-o", str(tmp_path / "g.gexf"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "absent.csv" in result.stderr
    assert "Traceback" not in result.stderr


def test_debug_shows_the_traceback(tmp_path):
    result = run("--debug", "network", str(tmp_path / "absent.csv"), "-o", str(tmp_path / "g"))
    assert result.returncode == 1
    assert "Traceback" in result.stderr


@pytest.fixture
def coded(tmp_path):
    path = tmp_path / "coded.csv"
    pd.DataFrame({
        "source": ["kataib_hezbollah", "asaib_ahl_al_haq", "usa", "kdp", "muqtada_al_sadr",
                   "kataib_hezbollah", "usa"],
        "target": ["usa", "usa", "kataib_hezbollah", "usa", "usa", "asaib_ahl_al_haq", "kdp"],
        "polarity": [-1, -1, -1, 1, -1, 1, 1],
        "date": ["2020-01-05"] * 7,
    }).to_csv(path, index=False)
    return path


def test_network_export_and_analyze_on_hand_coded_statements(coded, tmp_path):
    assert main(["-q", "network", str(coded), "-o", str(tmp_path / "g.gexf")]) == 0
    graph = nx.read_gexf(tmp_path / "g.gexf")
    assert graph.number_of_edges() == 7
    assert main(["-q", "export", str(coded), "--format", "graphml",
                 "-o", str(tmp_path / "g.graphml")]) == 0
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() == 5
    assert main(["-q", "analyze", str(coded), "--format", "json",
                 "-o", str(tmp_path / "a.json")]) == 0
    payload = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert set(payload["actors"]) == {"kataib_hezbollah", "asaib_ahl_al_haq", "usa", "kdp",
                                      "muqtada_al_sadr"}
    assert main(["-q", "analyze", str(tmp_path / "g.gexf"), "-o", str(tmp_path / "r.md")]) == 0
    assert "Frustration index" in (tmp_path / "r.md").read_text(encoding="utf-8")


def test_network_filters_reach_build_network(coded, tmp_path):
    out = tmp_path / "g.graphml"
    assert main(["-q", "network", str(coded), "--exclude", "kdp", "-o", str(out)]) == 0
    assert "kdp" not in nx.read_graphml(out)
    assert main(["-q", "network", str(coded), "--actor", "usa", "--actor", "kataib_hezbollah",
                 "-o", str(out)]) == 0
    kept = nx.read_graphml(out)
    assert {u for u, _ in kept.edges} == {"usa", "kataib_hezbollah"}


def test_extract_writes_statements_and_accounts_for_every_document(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "طالبت كتائب حزب الله بانسحاب القوات الأمريكية من العراق.", encoding="utf-8")
    (folder / "b.txt").write_text("   ", encoding="utf-8")
    out = tmp_path / "s.csv"
    report = tmp_path / "docs.csv"
    assert main(["-q", "extract", str(folder), "-o", str(out), "--report", str(report)]) == 0
    statements = pd.read_csv(out, encoding="utf-8-sig")
    assert (statements["source"] == "kataib_hezbollah").any()
    accounting = pd.read_csv(report, encoding="utf-8-sig")
    assert sorted(accounting["doc_id"]) == ["a", "b"]


def test_registry_search_and_validate(tmp_path, capsys):
    assert main(["registry", "search", "الصدر"]) == 0
    assert "muqtada_al_sadr" in capsys.readouterr().out
    bad = tmp_path / "mine.yaml"
    bad.write_text("actors:\n  - id: sadr_copy\n    name_en: Copy\n    name_ar: نسخة\n"
                   "    aliases_ar: [مقتدى الصدر]\n", encoding="utf-8")
    assert main(["registry", "validate", "--registry", str(bad)]) == 1
    assert "مقتدى الصدر" in capsys.readouterr().out


def test_plot_writes_a_png(coded, tmp_path):
    out = tmp_path / "n.png"
    assert main(["-q", "plot", str(coded), "--labels", "ar", "-o", str(out)]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_demo_writes_every_file(tmp_path):
    out = tmp_path / "demo"
    result = run("-q", "demo", "-o", str(out))
    assert result.returncode == 0, result.stderr
    for name in ["statements.csv", "network.gexf", "network.png", "stance_matrix.png",
                 "timeline.png", "report.md"]:
        assert (out / name).stat().st_size > 0, name
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "## Strongest oppositions" in report
    statements = pd.read_csv(out / "statements.csv", encoding="utf-8-sig")
    assert len(statements) > 50
