"""Word tokenisation with character offsets, equal to camel-tools' ``simple_word_tokenize``.

camel-tools' :func:`~camel_tools.tokenizers.word.simple_word_tokenize` splits on whitespace
and cuts every punctuation mark, symbol and emoji off as a token of its own, but returns
strings only. Matching needs to know where each token sits in the document, so this module
runs the same splitting over spans. One regular expression walks the text: a
whitespace-delimited word made only of Arabic or Latin letters, marks and digits is one token
as it stands (the common case); any other word is cut with camel-tools' own symbol expression
and symbol set, position by position, exactly as camel-tools does. ``tests/test_text.py``
checks on random Unicode that the token strings equal camel's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from camel_tools.tokenizers import word as _camel_word

from stancenet.text.normalization import _CACHE as _NORM_CACHE
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

# One pass over the text (the standard library's \s is str.isspace(), the whitespace
# str.split() and so camel split on): a word made only of plain characters is a token as it
# stands; any other word is cut position by position as camel cuts it.
# Group 1 is a plain word, group 2 any other word.
_WORD_RE = re.compile(rf"([{_PLAIN}]++)(?!\S)|(\S+)")
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
    for match in _WORD_RE.finditer(text):
        if match.lastindex == 1:
            spans.append(match.span())
        else:
            start = match.start()
            spans.extend((start + a, start + b) for a, b in _split_word(match[0]))
    return spans


# Building a frozen dataclass through its __init__ goes through object.__setattr__ once per
# field; setting the slots through their descriptors directly is about twice as fast, and
# tokenisation builds one Token per word of the corpus.
_new_token = object.__new__
_set_text = Token.text.__set__  # type: ignore[attr-defined]
_set_norm = Token.norm.__set__  # type: ignore[attr-defined]
_set_start = Token.start.__set__  # type: ignore[attr-defined]
_set_end = Token.end.__set__  # type: ignore[attr-defined]


def _token(text: str, norm: str, start: int, end: int) -> Token:
    token = _new_token(Token)
    _set_text(token, text)
    _set_norm(token, norm)
    _set_start(token, start)
    _set_end(token, end)
    return token


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
    tokens: list[Token] = []
    append = tokens.append
    cached = _NORM_CACHE.get
    find = text.find
    new, set_text, set_norm, set_start, set_end = (
        _new_token, _set_text, _set_norm, _set_start, _set_end
    )
    # findall returns the words without match objects; each word's offset is found from the
    # end of the previous one (only whitespace lies between), which is cheaper than spans
    position = 0
    for plain, other in _WORD_RE.findall(text):
        if plain:
            start = find(plain, position)
            position = start + len(plain)
            token = new(Token)
            set_text(token, plain)
            set_norm(token, cached(plain) or normalize(plain))
            set_start(token, start + offset)
            set_end(token, position + offset)
            append(token)
        else:
            start = find(other, position)
            position = start + len(other)
            word_start = start + offset
            for a, b in _split_word(other):
                surface = other[a:b]
                append(_token(surface, normalize(surface), word_start + a, word_start + b))
    return tokens
