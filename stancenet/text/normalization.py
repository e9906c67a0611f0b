"""Letter normalisation of Arabic strings for matching, on camel-tools.

:func:`normalize` gives the *matching form* of a string: the form in which the registry's
aliases, the cue lexicon and the tokens of a document are compared. It is camel-tools'
normalisation chain (``normalize_unicode`` -> ``normalize_alef_ar`` ->
``normalize_alef_maksura_ar`` -> ``normalize_teh_marbuta_ar`` -> ``dediac_ar``) followed by
the removal of tatweel (U+0640) and of invisible format characters (zero-width joiners and
non-joiners, bidi marks, the byte-order mark), which the press leaves inside words and which
would otherwise split a match.

Normalisation never changes offsets: the tokeniser normalises each token on its own and keeps
the token's surface form and character span in the original document.
"""

from __future__ import annotations

import re

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)

__all__ = ["normalize", "normalize_camel"]

_TATWEEL = "\u0640"
# invisible format characters (Unicode category Cf) that typing and web pages leave inside
# Arabic words: soft hyphen, Arabic letter mark, ZWSP/ZWNJ/ZWJ, LRM/RLM, bidi embeddings and
# isolates, word joiner, BOM
_FORMAT_CHARS_RE = re.compile(
    "[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)

# Strings made only of these characters are already in NFKC form and untouched by camel's
# Unicode fix, so the fast path may skip ``normalize_unicode`` for them. The range stops before
# U+0653-U+0655 (maddah/hamza above/below), which NFKC composes with a preceding alef.
_NFKC_STABLE_RE = re.compile("[\u0020-\u007e\u0621-\u0652\u0660-\u066d\u060c\u061b\u061f]*")

# One translation table equivalent to camel's alef / alef maksura / teh marbuta maps and its
# Arabic diacritic set (verified against the camel-tools functions in tests/test_text.py),
# plus tatweel and the format characters above.
_LETTER_TABLE: dict[int, str | None] = {
    **{ord(c): "\u0627" for c in "\u0625\u0623\u0671\u0622"},  # إ أ ٱ آ -> ا
    0x0649: "\u064a",  # ى -> ي
    0x0629: "\u0647",  # ة -> ه
    **{ord(c): None for c in "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"},
    0x0640: None,  # tatweel
    **{cp: None for cp in (0x00AD, 0x061C, 0xFEFF)},
    **{cp: None for cp in range(0x200B, 0x2010)},
    **{cp: None for cp in range(0x202A, 0x202F)},
    **{cp: None for cp in range(0x2060, 0x2065)},
    **{cp: None for cp in range(0x2066, 0x206A)},
}

# Token strings repeat a great deal in news text; a bounded memo makes normalisation of a
# repeated token a dictionary look-up.
_CACHE: dict[str, str] = {}
_CACHE_LIMIT = 200_000


def normalize_camel(text: str) -> str:
    """Normalise with the camel-tools functions called one after the other (reference form).

    Parameters
    ----------
    text : str
        Any string.

    Returns
    -------
    str
        ``dediac_ar(normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(
        normalize_unicode(text)))))`` with tatweel and invisible format characters removed.

    Notes
    -----
    :func:`normalize` returns the same result faster; this function is the reference it is
    tested against.
    """
    out = normalize_unicode(text)
    out = normalize_alef_ar(out)
    out = normalize_alef_maksura_ar(out)
    out = normalize_teh_marbuta_ar(out)
    out = dediac_ar(out)
    out = out.replace(_TATWEEL, "")
    return _FORMAT_CHARS_RE.sub("", out)


def normalize(text: str) -> str:
    """Return the matching form of ``text``.

    Alef forms (أ إ آ ٱ) become ا, alef maksura ى becomes ي, teh marbuta ة becomes ه; Arabic
    diacritics, tatweel and invisible format characters are removed; the string is put in
    Unicode NFKC form first (so presentation forms such as ﻻ become لا). Latin letters, digits
    and punctuation are kept as they are.

    Parameters
    ----------
    text : str
        Any string (a token, an alias, a whole sentence).

    Returns
    -------
    str
        The normalised string; it may be shorter than ``text`` (diacritics removed) or, for
        compatibility characters, longer.

    Raises
    ------
    TypeError
        If ``text`` is not a string.

    Examples
    --------
    >>> normalize("الإِماراتُ")
    'الامارات'
    >>> normalize("مُصْطَفَى")
    'مصطفي'
    """
    cached = _CACHE.get(text)
    if cached is not None:
        return cached
    if not isinstance(text, str):
        raise TypeError(f"normalize: argument 'text' must be a str, got {type(text).__name__}")
    if _NFKC_STABLE_RE.fullmatch(text) is None:
        # rare characters: take camel's Unicode step, then the same letter table
        text_nfkc = normalize_unicode(text)
    else:
        text_nfkc = text
    result = text_nfkc.translate(_LETTER_TABLE)
    if len(_CACHE) >= _CACHE_LIMIT:
        _CACHE.clear()
    _CACHE[text] = result
    return result
