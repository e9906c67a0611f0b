"""Tests that Arabic labels are drawn correctly: joined letters, right to left, no missing glyph."""

from __future__ import annotations

import os

os.environ.setdefault("MPLBACKEND", "Agg")

import io
import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib import ft2font
from matplotlib.font_manager import FontProperties, findfont
from test_viz import IRAQI_ACTORS, iraqi_graph

from stancenet.viz import arabic, plot_network, save_figure
from stancenet.viz.arabic import (
    arabic_font_families,
    contains_arabic,
    label_font_family,
    prepare_label,
    shorten_label,
)

PRESENTATION_FORMS = range(0xFB50, 0xFF00)  # Arabic Presentation Forms-A and -B

needs_libraqm = pytest.mark.skipif(not arabic.HAS_LIBRAQM, reason="matplotlib without libraqm")


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _ink(text: str, fontsize: float = 40) -> np.ndarray:
    """Grey-level ink (0 blank .. 1 black) of `text` drawn alone with the Arabic font list."""
    fig = plt.figure(figsize=(6, 1.5), dpi=100)
    fig.text(0.5, 0.5, text, fontsize=fontsize, ha="center", va="center",
             fontfamily=label_font_family(text) or None, language="ar", parse_math=False)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="rgba", dpi=100)
    width, height = (int(v) for v in fig.canvas.get_width_height())
    plt.close(fig)
    rgba = np.frombuffer(buffer.getvalue(), dtype=np.uint8).reshape(height, width, 4)
    return 1.0 - rgba[..., :3].mean(axis=2) / 255.0


def _ink_columns(ink: np.ndarray) -> np.ndarray:
    return np.flatnonzero(ink.max(axis=0) > 0.3)


def test_arabic_labels_hold_the_logical_order_text_not_presentation_forms():
    G = iraqi_graph()
    ax = plot_network(G, labels="ar", max_label_len=None)
    drawn = {t.get_gid()[6:]: t.get_text() for t in ax.texts
             if (t.get_gid() or "").startswith("label:")}
    for actor_id, _, name_ar, *_ in IRAQI_ACTORS:
        assert drawn[actor_id] == name_ar
        assert not any(ord(ch) in PRESENTATION_FORMS for ch in drawn[actor_id])


def test_saving_arabic_labels_warns_of_no_missing_glyph(tmp_path):
    ax = plot_network(iraqi_graph(), labels="both")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        save_figure(ax.figure, tmp_path / "arabic.png", dpi=80)
        save_figure(ax.figure, tmp_path / "arabic.pdf")
    messages = [str(w.message) for w in caught]
    assert not [m for m in messages if "missing from font" in m or "Glyph" in m], messages


def test_the_missing_glyph_check_catches_a_font_without_arabic(tmp_path):
    # the check above can fail: Computer Modern (shipped with matplotlib) has no Arabic
    fig = plt.figure()
    fig.text(0.1, 0.5, "إيران", fontfamily="cmr10")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig.savefig(tmp_path / "boxes.png")
    assert any("missing from font" in str(w.message) for w in caught)


def test_the_chosen_arabic_fonts_cover_arabic_letters():
    families = arabic_font_families()
    assert families, "no Arabic-capable font found (matplotlib ships DejaVu Sans, which is one)"
    path = findfont(FontProperties(family=[families[0]]), fallback_to_default=False)
    charmap = ft2font.FT2Font(path).get_charmap()
    assert all(ord(ch) in charmap for ch in "ابتثجحخدذرزسشصضطظعغفقكلمنهوي")
    assert label_font_family("Iran") is None
    assert label_font_family("إيران")[-1] == "DejaVu Sans"


@needs_libraqm
def test_letters_are_joined_when_drawn():
    # five behs in a row join into one narrow word; with a zero-width non-joiner between them
    # each takes its wide isolated form. Unshaped text would draw both the same width.
    joined = _ink_columns(_ink("ببببب"))
    apart = _ink_columns(_ink("\u200c".join("ببببب")))
    joined_width = joined.max() - joined.min()
    apart_width = apart.max() - apart.min()
    assert joined_width < 0.75 * apart_width, (joined_width, apart_width)


@needs_libraqm
def test_words_are_laid_out_right_to_left():
    # alef then four behs: alef (tall) is the first letter, so it must be drawn at the right
    ink = _ink("اببب")
    columns = _ink_columns(ink)
    heights = (ink[:, columns] > 0.3).sum(axis=0)
    tallest = columns[np.argmax(heights)]
    middle = (columns.min() + columns.max()) / 2
    assert tallest > middle
    # and for a word typed with alef last, alef is at the left
    ink = _ink("بببا")
    columns = _ink_columns(ink)
    heights = (ink[:, columns] > 0.3).sum(axis=0)
    assert columns[np.argmax(heights)] < (columns.min() + columns.max()) / 2


def test_prepare_label_keeps_text_when_matplotlib_lays_out_arabic(monkeypatch):
    monkeypatch.setattr(arabic, "HAS_LIBRAQM", True)
    assert prepare_label("مقتدى الصدر") == "مقتدى الصدر"


def test_prepare_label_warns_without_libraqm(monkeypatch):
    monkeypatch.setattr(arabic, "HAS_LIBRAQM", False)
    arabic._warn_no_libraqm.cache_clear()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        shown = prepare_label("مقتدى الصدر")
    assert any("libraqm" in str(w.message) for w in caught)
    assert contains_arabic(shown)
    assert prepare_label("Iran") == "Iran"


def test_contains_arabic():
    assert contains_arabic("Kataib كتائب")
    assert not contains_arabic("Kataib Hezbollah")
    assert not contains_arabic("")


@pytest.mark.parametrize(
    ("text", "max_len", "expected"),
    [
        ("Iran", 10, "Iran"),
        ("Kurdistan Democratic Party", 21, "Kurdistan Democratic…"),
        ("Kurdistan Democratic Party", 20, "Kurdistan…"),
        ("الحزب الديمقراطي الكردستاني", 18, "الحزب الديمقراطي…"),
        ("Supercalifragilistic", 8, "Superca…"),
        ("Kurdistan   Democratic\tParty", None, "Kurdistan Democratic Party"),
    ],
)
def test_shorten_label_cuts_at_a_word_boundary(text, max_len, expected):
    shortened = shorten_label(text, max_len)
    assert shortened == expected
    if max_len is not None:
        assert len(shortened) <= max_len


def test_shorten_label_refuses_a_length_below_two():
    with pytest.raises(ValueError, match="max_label_len"):
        shorten_label("Kataib Hezbollah", 1)
