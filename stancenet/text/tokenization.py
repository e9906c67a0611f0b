"""Word tokenisation with character offsets, equal to camel-tools' ``simple_word_tokenize``.

camel-tools' :func:`~camel_tools.tokenizers.word.simple_word_tokenize` splits on whitespace
and cuts every punctuation mark, symbol and emoji off as a token of its own, but returns
strings only. Matching needs to know where each token sits in the document, so this module
runs the same splitting over spans. The text is split on whitespace as camel splits it; a word
made only of Arabic or Latin letters, marks and digits is one token as it stands (the common
case); a word of such characters and common punctuation (العراق. «نرفض) is cut at each mark;
any other word is cut with camel-tools' own symbol expression and symbol set, position by
position, exactly as camel-tools does. How a word is cut is memoised by word.
``tests/test_text.py`` checks on random Unicode that the token strings equal camel's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from camel_tools.tokenizers import word as _camel_word

from stancenet.text._records import _twin, slot_constructor
from stancenet.text.normalization import normalize

__all__ = ["Token", "token_spans", "tokenize"]

# camel-tools' own expression and set (private names, read once; the equality test guards
# against them changing)
_SYMBOLS_RE = _camel_word._SYMBOLS_RE
_SYMBOLS_ALL = _camel_word._SYMBOLS_ALL



def _char_class(chars: set[str]) -> str:
    """A regular-expression character class body matching exactly ``chars``."""
    codes = sorted(ord(c) for c in chars)
    parts = []
    run_start = previous = codes[0]
    for code in [*codes[1:], -1]:
        if code == previous + 1:
            previous = code
            continue
        if run_start == previous:
            parts.append(re.escape(chr(run_start)))
        else:
            parts.append(f"{re.escape(chr(run_start))}-{re.escape(chr(previous))}")
        run_start = previous = code
    return "".join(parts)


# camel's loop splits only where its symbol expression matches a string in its symbol set:
# a single punctuation/symbol character, or an emoji string; either way the split starts on a
# character of _SPLIT_START. A digit starts only keycap emoji, which need the characters that
# follow digits in the emoji set (U+FE0F, U+20E3), so a word holding digits but none of those
# cannot be split at a digit.
_SPLIT_START = {s[0] for s in _SYMBOLS_ALL}
_DIGIT_EMOJI_TAILS = {c for s in _SYMBOLS_ALL if s[0] in "0123456789" for c in s[1:]}
_SPECIAL = {c for c in _SPLIT_START if c not in "0123456789"} | _DIGIT_EMOJI_TAILS
# The fast path needs a short character class (the standard library scans a long one range by
# range): the letters, marks and digits of the scripts news text is written in, less anything
# special. A word with any other character simply takes camel's loop.
_PLAIN_RANGES = [
    (0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F),  # Latin
    (0x0610, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF),  # Arabic
]
_PLAIN = _char_class(
    {chr(c) for a, b in _PLAIN_RANGES for c in range(a, b + 1)} - _SPECIAL
    - {c for c in map(chr, range(0x0610, 0x0700)) if not c.isprintable()}
)



def _lone_symbols(candidates: str) -> set[str]:
    """The candidates camel always cuts off as a token of one character.

    Such a character is in camel's symbol set, starts no longer symbol of it (as # and *
    start keycap emoji), and camel's symbol expression matches it alone whatever follows
    (an emoji character would take a variation selector, a skin tone or a joiner with it).
    """
    longer = {s[0] for s in _SYMBOLS_ALL if len(s) > 1}
    tails = ("\ufe0f\u20e3", "\U0001f3fb", "\u200d\U0001f600", "\U000e0067\U000e007f", "x")
    return {
        c for c in candidates
        if c in _SYMBOLS_ALL and c not in longer
        and all(_SYMBOLS_RE.match(c + tail)[0] == c for tail in tails)
    }


# The punctuation of news text (ASCII, Arabic, quotation marks, dashes): a word made of plain
# characters and these (العراق. «نرفض ،الحكومة) is cut at each of them and nowhere else.
_PUNCT = _char_class(_lone_symbols(
    "!\"$%&'()+,-./:;<=>?@[\\]^_`{|}~«»،؛؟٪٫٬۔–—‘’“”…"
))

# camel splits on whitespace (str.split()) first. A word made only of plain characters is a
# token as it stands; a word of plain characters and punctuation is cut at each punctuation
# mark; any other word is cut position by position as camel cuts it.
_PLAIN_WORD_RE = re.compile(f"[{_PLAIN}]+")
_PUNCTUATED_WORD_RE = re.compile(f"[{_PLAIN}{_PUNCT}]+")
# the tokens of a punctuated word, which follow each other without a gap
_PIECE_RE = re.compile(rf"[{_PLAIN}]+|[{_PUNCT}]")
# positions at which camel's symbol expression may match a string of its symbol set
_SYMBOL_START = re.compile(f"[{_char_class(_SPLIT_START)}]")


@dataclass(frozen=True, slots=True)
class Token:
    """One token of a document.

    Attributes
    ----------
    text : str
        Surface form, exactly as in the document (``document[start:end] == text``).
    norm : str
        Matching form (:func:`stancenet.text.normalize` of ``text``).
    start, end : int
        Character offsets of the token in the document.
    """

    text: str
    norm: str
    start: int
    end: int


def _split_word(word: str) -> list[tuple[int, int]]:
    """Spans of camel's tokens inside one whitespace-free word (camel's own loop).

    Positions where camel's symbol expression cannot start are skipped in one step.
    """
    spans: list[tuple[int, int]] = []
    word_len = len(word)
    curr_ndx = curr_start = 0
    while curr_ndx < word_len:
        start_match = _SYMBOL_START.search(word, curr_ndx)
        if start_match is None:
            break
        curr_ndx = start_match.start()
        symbol_match = _SYMBOLS_RE.match(word, pos=curr_ndx)
        if symbol_match is not None and symbol_match[0] in _SYMBOLS_ALL:
            if curr_ndx != curr_start:
                spans.append((curr_start, curr_ndx))
            spans.append((curr_ndx, symbol_match.end()))
            curr_ndx = curr_start = symbol_match.end()
            continue
        curr_ndx += 1
    if curr_start < word_len:
        spans.append((curr_start, word_len))
    return spans


# (surface, norm, start, end) of each token of a word, offsets inside the word
_Pieces = tuple[tuple[str, str, int, int], ...]

# How each word is cut, by word, in two memos: a word that is one token with a non-empty
# matching form (nearly every word) maps to that form in _NORMS, so that the common case is
# one look-up with no test of what it found; any other word maps to its pieces in _PIECES.
# News vocabulary repeats, so most words of a document are looked up here rather than cut
# again; each memo is bounded like the normalisation memo.
_NORMS: dict[str, str] = {}
_PIECES: dict[str, _Pieces] = {}
_WORDS_LIMIT = 200_000


def _cut_word(word: str) -> _Pieces:
    """How camel cuts one whitespace-free word: its tokens, as pieces (memoised in
    ``_NORMS`` or ``_PIECES``)."""
    if _PLAIN_WORD_RE.fullmatch(word) is not None:
        pieces: _Pieces = ((word, normalize(word), 0, len(word)),)
    else:
        if _PUNCTUATED_WORD_RE.fullmatch(word) is not None:
            spans = [piece.span() for piece in _PIECE_RE.finditer(word)]
        else:
            spans = _split_word(word)
        pieces = tuple((word[a:b], normalize(word[a:b]), a, b) for a, b in spans)
    if len(pieces) == 1 and pieces[0][0] == word and pieces[0][1]:
        memo: dict = _NORMS
        memo_value: str | _Pieces = pieces[0][1]
    else:
        memo, memo_value = _PIECES, pieces
    if len(memo) >= _WORDS_LIMIT:
        memo.clear()
    memo[word] = memo_value
    return pieces


def token_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the tokens of ``text``, as camel-tools would cut them.

    Parameters
    ----------
    text : str
        Any string.

    Returns
    -------
    list of (int, int)
        ``(start, end)`` offsets into ``text``, in order.
    """
    spans: list[tuple[int, int]] = []
    position = 0
    for word in text.split():
        start = text.find(word, position)
        position = start + len(word)
        if word in _NORMS:
            spans.append((start, position))
        else:
            pieces = _PIECES.get(word) or _cut_word(word)
            spans.extend((start + a, start + b) for _, _, a, b in pieces)
    return spans


# tokenisation builds one Token per word of the corpus: skip the frozen __init__'s setattr
_make_token = slot_constructor(Token)
# the common case is built inline in _tokens (a call per word costs as much as the building):
# a mutable stand-in for a Token (see ``_twin``), filled by attribute stores, then made a Token
_TOKEN_TWIN = _twin(Token)
assert _TOKEN_TWIN is not None, "Token must stay a plain frozen slotted dataclass"


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split ``text`` into tokens with their offsets and matching forms.

    Parameters
    ----------
    text : str
        The text to tokenise (a document, a sentence, an alias).
    offset : int, default 0
        Added to every token's ``start`` and ``end``; pass the position of ``text`` inside a
        larger document to get document offsets.

    Returns
    -------
    list of Token
        Tokens in order. Their ``text`` values equal camel-tools'
        ``simple_word_tokenize(text)``; ``text[t.start - offset:t.end - offset] == t.text``.

    Raises
    ------
    TypeError
        If ``text`` is not a string.

    Notes
    -----
    Time is linear in the length of ``text``.

    Examples
    --------
    >>> [t.text for t in tokenize("قال: «نرفض ذلك».")]
    ['قال', ':', '«', 'نرفض', 'ذلك', '»', '.']
    """
    if not isinstance(text, str):
        raise TypeError(f"tokenize: argument 'text' must be a str, got {type(text).__name__}")
    return _tokens(text, offset, True)


def _tokens(text: str, offset: int, keep_empty: bool) -> list[Token]:
    """The tokens of ``text`` (see :func:`tokenize`); with ``keep_empty`` False, those whose
    matching form is empty (a lone diacritic, a tatweel) are left out."""
    tokens: list[Token] = []
    append = tokens.append
    norm_of = _NORMS.get
    make = _make_token
    twin = _TOKEN_TWIN
    token_class = Token
    # camel splits on whitespace first. When one whitespace character separates each word
    # from the next (well-formed text: the words' characters and one between each pair are
    # all of it), a word starts one character after the previous one ends; otherwise its
    # offset is found from the end of the previous one (only whitespace lies between)
    words = text.split()
    find = None if len("".join(words)) + len(words) - 1 == len(text) else text.find
    end = -1  # (where the previous word ends)
    for word in words:
        start = end + 1 if find is None else find(word, end + 1)
        end = start + len(word)
        norm = norm_of(word)
        if norm is not None:  # the word is one token, whose matching form is ``norm``
            # the common case, built inline: a call per word costs as much as the setters
            token = twin()
            token.text = word
            token.norm = norm
            if offset:
                token.start = start + offset
                token.end = end + offset
            else:  # (a document's own offsets: no new integers)
                token.start = start
                token.end = end
            token.__class__ = token_class
            append(token)
        else:
            at = start + offset
            for surface, piece_norm, a, b in _PIECES.get(word) or _cut_word(word):
                if piece_norm or keep_empty:
                    append(make(surface, piece_norm, at + a, at + b))
    return tokens
