"""Arabic labels in matplotlib: font choice, shortening, and the no-libraqm fallback.

matplotlib >= 3.11 shapes and orders text itself through libraqm (joined letter forms,
right-to-left runs), so labels are passed as plain logical-order strings. Reshaping them by
hand on top (the arabic-reshaper + python-bidi recipe written for older matplotlib) would
reverse them a second time and ask the font for presentation-form glyphs it may lack. Only
when libraqm is absent does `prepare_label` fall back to that recipe, with a warning.
"""

from __future__ import annotations

import functools
import re
import warnings

from matplotlib import ft2font
from matplotlib.font_manager import fontManager

__all__ = [
    "HAS_LIBRAQM",
    "ARABIC_FONT_PREFERENCE",
    "contains_arabic",
    "arabic_font_families",
    "label_font_family",
    "prepare_label",
    "shorten_label",
]

#: matplotlib lays out complex scripts itself (libraqm built in)
HAS_LIBRAQM: bool = hasattr(ft2font, "__libraqm_version__")

#: installed fonts tried first for Arabic text, best-looking first; DejaVu Sans (shipped
#: with matplotlib, covers the Arabic block) is the last resort
ARABIC_FONT_PREFERENCE: tuple[str, ...] = (
    "Noto Sans Arabic",
    "Noto Naskh Arabic",
    "Noto Sans Arabic UI",
    "Amiri",
    "Scheherazade New",
    "KacstOne",
    "KacstBook",
    "Vazirmatn",
    "Arial",
    "DejaVu Sans",
)

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
# letters every Arabic font used for labels must have: alef, beh, teh marbuta, meem, yeh
_ARABIC_PROBE = "\u0627\u0628\u0629\u0645\u064a"


def contains_arabic(text: str) -> bool:
    """True if `text` has at least one character of the Arabic script blocks."""
    return bool(_ARABIC.search(text or ""))


@functools.cache
def _covers_arabic(path: str) -> bool:
    try:
        charmap = ft2font.FT2Font(path).get_charmap()
    except (OSError, RuntimeError, ValueError):
        return False
    return all(ord(ch) in charmap for ch in _ARABIC_PROBE)


@functools.lru_cache(maxsize=1)
def arabic_font_families() -> tuple[str, ...]:
    """Installed font families that cover Arabic letters, preferred ones first.

    Returns
    -------
    tuple of str
        Family names for matplotlib's font fallback list: the installed fonts of
        `ARABIC_FONT_PREFERENCE` whose files hold the Arabic letters, then (if none of
        those is installed) any other installed font that does. Empty only when no
        installed font covers Arabic, in which case a warning is given once.
    """
    by_name: dict[str, list[str]] = {}
    for entry in fontManager.ttflist:
        by_name.setdefault(entry.name, []).append(entry.fname)
    chosen = [
        name
        for name in ARABIC_FONT_PREFERENCE
        if any(_covers_arabic(path) for path in by_name.get(name, ()))
    ]
    if not chosen:
        chosen = sorted(
            name for name, paths in by_name.items() if any(_covers_arabic(p) for p in paths)
        )[:1]
    if not chosen:
        warnings.warn(
            "no installed font covers Arabic letters; Arabic labels will show empty boxes. "
            "Install one (e.g. Debian package fonts-noto-core) or keep matplotlib's DejaVu Sans.",
            RuntimeWarning,
            stacklevel=2,
        )
    return tuple(chosen)


def label_font_family(text: str) -> list[str] | None:
    """Font fallback list for one label, or None to keep matplotlib's default font.

    Text with Arabic letters gets the Arabic-capable families followed by DejaVu Sans (for
    any Latin part); other text keeps the default.
    """
    if not contains_arabic(text):
        return None
    families = list(arabic_font_families())
    if "DejaVu Sans" not in families:
        families.append("DejaVu Sans")
    return families


@functools.lru_cache(maxsize=1)
def _warn_no_libraqm() -> None:
    warnings.warn(
        "this matplotlib has no libraqm, so it cannot join Arabic letters or lay them out "
        "right to left; stancenet reshapes Arabic labels with arabic-reshaper and "
        "python-bidi instead. Upgrade to matplotlib >= 3.11 for correct Arabic text.",
        RuntimeWarning,
        stacklevel=3,
    )


def prepare_label(text: str) -> str:
    """The string to hand to matplotlib for a label.

    With libraqm (matplotlib >= 3.11) this is `text` itself, in logical order. Without it,
    Arabic text is reshaped into presentation forms and reordered for display (needs the
    ``arabic-reshaper`` and ``python-bidi`` packages), with a one-time warning; if those are
    missing too, the text is returned unchanged and the warning says so.

    Parameters
    ----------
    text : str
        A label in logical (typing) order.

    Returns
    -------
    str
        The text to draw.
    """
    if HAS_LIBRAQM or not contains_arabic(text):
        return text
    _warn_no_libraqm()
    try:
        import arabic_reshaper
        from bidi.algorithm import get_display
    except ImportError:
        warnings.warn(
            "arabic-reshaper and python-bidi are not installed: Arabic labels will be drawn "
            "with disjoint letters, left to right.",
            RuntimeWarning,
            stacklevel=2,
        )
        return text
    return get_display(arabic_reshaper.reshape(text))


def shorten_label(text: str, max_len: int | None) -> str:
    """Cut `text` to at most `max_len` characters at a word boundary, ending with '…'.

    Parameters
    ----------
    text : str
        The full name (logical order for Arabic; the ellipsis goes at the logical end, which
        matplotlib draws on the left of right-to-left text).
    max_len : int or None
        Longest label kept whole; None keeps every label whole.

    Returns
    -------
    str
        `text` unchanged if short enough, else its first words (or, for one long word, its
        first ``max_len - 1`` characters) followed by '…'.
    """
    text = " ".join(str(text).split())
    if max_len is None or len(text) <= max_len:
        return text
    if max_len < 2:
        raise ValueError(f"max_label_len must be at least 2, got {max_len}")
    words = text.split(" ")
    kept = ""
    for word in words:
        candidate = f"{kept} {word}" if kept else word
        if len(candidate) > max_len - 1:
            break
        kept = candidate
    if not kept:
        kept = text[: max_len - 1]
    return kept.rstrip(" -،,") + "\u2026"
