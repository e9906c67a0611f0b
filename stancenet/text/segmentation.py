"""Sentence splitting of Arabic news text, with offsets into the original document.

A sentence ends at . ! ? ؟ ؛ ; … (and runs of them such as ؟! or ...), together with any
closing quotation marks or brackets right after it, and at line breaks. It does not end

- inside a quotation that goes on (“ ” « » and straight " quotes): a quoted statement of
  several sentences stays one sentence with the verb of saying that introduces it;
- at a full stop between digits (3.5) or before a character that is neither a space, a
  quotation mark nor an Arabic letter (``example.com``);
- after an abbreviation: a single letter (د. for doctor, م. for the era, U.S.) or a word in
  :data:`ABBREVIATIONS`.

The Arabic comma ، never ends a sentence. HTML tags, character entities and control
characters are blanked (replaced by spaces of the same length) before splitting and
tokenising, so they neither end up inside tokens nor shift any offset.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_right
from dataclasses import dataclass
from operator import attrgetter

from stancenet.text._records import slot_constructor
from stancenet.text.tokenization import Token, _tokens

__all__ = ["ABBREVIATIONS", "Sentence", "blank_markup", "split_sentences"]

#: words (lower case, without the full stop) after which a full stop does not end a sentence;
#: single letters in any script are abbreviations too and are not listed
ABBREVIATIONS: frozenset[str] = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "st", "jr", "sr",
     "vs", "no", "inc", "ltd", "co", "corp", "dept", "govt", "approx"}
)

# each quotation mark with the mark that closes it (either way round: some text writes » ... «)
_QUOTE_PAIRS = {"«": "»", "“": "”", "»": "«", "”": "“"}
_STRAIGHT = '"'
# besides closing quotation marks, what may follow a terminal and still belong to its sentence
_TRAILING_BRACKETS = "'’)]}"
_TERMINALS = ".!?؟؛;…"
_END = attrgetter("end")

# the characters where something may happen: a line break, a quotation mark, a terminal
_EVENT_CHARS = "\n\u2028\u2029“”«»\".!?؟؛;…"
# The search for the next event runs over every character of a document; the standard library
# tests a character against a class of these in about forty machine instructions, but finds a
# single character (most documents hold only the full stop) ten times faster. So a document's
# events are searched with a class of just the event characters it holds (one expression per
# such set, memoised; it starts with one character class, never an alternation, which the
# standard library cannot skip to fast). The expression takes the run of terminal punctuation
# that follows an event with it (a second step less per sentence end); an event that is no
# terminal is one character, and the terminals after it are found again as the next event.
_EVENT_RES: dict[str, re.Pattern[str]] = {}


def _event_re(masked: str) -> re.Pattern[str]:
    """The expression finding the event characters that ``masked`` holds, each with the run
    of terminal punctuation after it."""
    present = "".join([char for char in _EVENT_CHARS if char in masked])
    found = _EVENT_RES.get(present)
    if found is None:
        # (a document without events is searched with the full class, and nothing is found)
        expression = f"[{re.escape(present or _EVENT_CHARS)}]"
        terminals = "".join(char for char in present if char in _TERMINALS)
        if terminals:
            expression += f"[{re.escape(terminals)}]*"
        found = _EVENT_RES[present] = re.compile(expression)
    return found


_BLANK_LINE_RE = re.compile(r"\n[^\S\n]*\n")
_CONTROL_CHARS = r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]"  # (not \t \n \v \f \r \x85)
_MARKUP_RE = re.compile(
    r"<!--.*?-->"  # comments
    r"|<[/!?]?[A-Za-z][^<>]{0,500}>"  # tags
    r"|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"  # entities
    f"|{_CONTROL_CHARS}",  # control characters
    re.DOTALL,
)
_CONTROL_RE = re.compile(_CONTROL_CHARS)
_ARABIC_LETTER_RE = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")

#: a quotation still open after this many characters is taken to be unbalanced and no longer
#: holds sentences together
QUOTE_SPAN_LIMIT = 1500


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a document.

    Attributes
    ----------
    index : int
        Position of the sentence in the document (0-based, consecutive).
    start, end : int
        Character offsets of the sentence in the document.
    text : str
        ``document[start:end]``, as written (HTML remnants included).
    tokens : tuple of Token
        The sentence's tokens, with document offsets. Markup, control characters and tokens
        whose matching form is empty (a lone diacritic, a tatweel) are left out.
    """

    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]


# one Sentence per sentence of a corpus: skip the frozen __init__'s generic setattr
_make_sentence = slot_constructor(Sentence)


def blank_markup(text: str) -> str:
    """Replace HTML tags, character entities and control characters by spaces.

    Parameters
    ----------
    text : str
        Any string.

    Returns
    -------
    str
        A string of the same length as ``text`` in which every character of a tag
        (``<p class="x">``), a comment, an entity (``&nbsp;``, ``&#1575;``) or a control
        character other than tab, line breaks and form feed is a space; all other characters
        are unchanged, so offsets into the result are offsets into ``text``.
    """
    # nothing to blank without < & or a control character; the quick test of printable text
    # fails at its first line break, and the search for control characters decides then
    if "<" not in text and "&" not in text and (
        text.isprintable() or _CONTROL_RE.search(text) is None
    ):
        return text
    return _MARKUP_RE.sub(lambda m: " " * (m.end() - m.start()), text)


def _is_abbreviation(masked: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation."""
    if dot >= 2 and masked[dot - 1].isalpha() and masked[dot - 2].isalpha():
        if not masked[dot - 1].isascii():
            return False  # a word of two or more letters of another script: no abbreviation
    start = dot
    while start > 0 and not masked[start - 1].isspace() and masked[start - 1] != ".":
        start -= 1
    word = masked[start:dot]
    if not word:
        return False
    if len(word.rstrip("\u0640")) == 1 and word[0].isalpha():
        return True
    return word.lower() in ABBREVIATIONS


def _boundaries(masked: str, split_on_newline: bool) -> list[int]:
    """Offsets at which sentences end (exclusive), in order."""
    n = len(masked)
    ends: list[int] = []
    # closing marks expected for the open “ and « quotations, innermost last; a closing mark
    # met while nothing is open opens a quotation written the other way round (» ... «)
    expected: list[str] = []
    straight_open = False  # an unclosed " quotation
    quote_opened_at = -1
    pos = 0
    blank_lines = None if split_on_newline else {m.start() for m in _BLANK_LINE_RE.finditer(masked)}
    search = _event_re(masked).search
    while True:
        match = search(masked, pos)
        if match is None:
            break
        a, b = match.span()
        first = masked[a]
        if first not in _TERMINALS:
            b = a + 1  # (a line break or a quotation mark: an event of one character)
        event = masked[a:b]
        pos = b
        if first in "\n\u2028\u2029":
            if blank_lines is None or a in blank_lines:
                ends.append(a)
                expected.clear()
                straight_open = False
            continue
        if first in _QUOTE_PAIRS:
            if expected and expected[-1] == first:
                expected.pop()
            else:
                if not expected and not straight_open:
                    quote_opened_at = a
                expected.append(_QUOTE_PAIRS[first])
            continue
        if first == _STRAIGHT:
            if not straight_open and not expected:
                quote_opened_at = a
            straight_open = not straight_open
            continue
        # a run of terminal punctuation
        if event == ".":
            if 0 < a and b < n and masked[a - 1].isdigit() and masked[b].isdigit():
                continue
            if _is_abbreviation(masked, a):
                continue
        end = b
        while end < n:  # closing quotes and brackets right after belong to this sentence
            char = masked[end]
            if char in _QUOTE_PAIRS:
                if not expected or expected[-1] != char:
                    break  # it opens the next quotation
                expected.pop()
            elif char == _STRAIGHT:
                if not straight_open:
                    break
                straight_open = False
            elif char not in _TRAILING_BRACKETS:
                break
            end += 1
        pos = end
        if end < n:
            following = masked[end]
            if not (
                following.isspace()
                or following in _QUOTE_PAIRS
                or following == _STRAIGHT
                or _ARABIC_LETTER_RE.match(following)
            ):
                continue
        if expected or straight_open:
            if a - quote_opened_at < QUOTE_SPAN_LIMIT:
                continue  # the quotation goes on
            expected.clear()
            straight_open = False
        ends.append(end)
    ends.append(n)
    return ends


def _pieces(tokens: tuple[Token, ...], max_chars: int) -> list[list[Token]]:
    """Cut a sentence's tokens into runs spanning at most ``max_chars`` characters each.

    A single token longer than ``max_chars`` stays whole, as a run of its own.
    """
    pieces: list[list[Token]] = []
    current: list[Token] = []
    for token in tokens:
        if current and token.end - current[0].start > max_chars:
            pieces.append(current)
            current = []
        current.append(token)
    pieces.append(current)
    return pieces


def split_sentences(
    text: str, *, max_chars: int = 3000, split_on_newline: bool = True
) -> list[Sentence]:
    """Split a document into sentences with tokens and offsets.

    Parameters
    ----------
    text : str
        The document.
    max_chars : int, default 3000
        A sentence longer than this (text without punctuation) is cut between tokens into
        pieces of at most ``max_chars`` characters (a single longer token stays whole), so later
        stages never see a huge sentence.
    split_on_newline : bool, default True
        Whether every line break ends a sentence (news paragraphs, titles). With False only a
        blank line does (hard-wrapped text).

    Returns
    -------
    list of Sentence
        Sentences in document order, each with at least one token; ``text[s.start:s.end] ==
        s.text`` and ``text[t.start:t.end] == t.text`` for every token. An empty or blank
        document gives an empty list.

    Raises
    ------
    TypeError
        If ``text`` is not a string.
    ValueError
        If ``max_chars`` is smaller than 1.

    Notes
    -----
    Time is linear in the length of ``text``.

    Examples
    --------
    >>> [s.text for s in split_sentences("رحب العراق بالقرار. وقال: «نرفض ذلك. لن نقبل».")]
    ['رحب العراق بالقرار.', 'وقال: «نرفض ذلك. لن نقبل».']
    """
    if not isinstance(text, str):
        raise TypeError(
            f"split_sentences: argument 'text' must be a str, got {type(text).__name__}"
        )
    if max_chars < 1:
        raise ValueError(f"split_sentences: 'max_chars' must be >= 1, got {max_chars}")
    # Tokens are small objects made by the hundred thousand; the cyclic garbage collector would
    # otherwise run over all of them again and again (half the time of a split). Nothing here
    # makes reference cycles, so pausing it for the call loses nothing.
    collecting = gc.isenabled()
    if collecting:
        gc.disable()
    try:
        return _split(text, max_chars, split_on_newline)
    finally:
        if collecting:
            gc.enable()


def _split(text: str, max_chars: int, split_on_newline: bool) -> list[Sentence]:
    masked = blank_markup(text)
    # Tokenise the whole document once; a sentence boundary always falls at a token's end
    # (after a punctuation token, or on a line break), so no token straddles two sentences.
    # Tokens with an empty matching form are left out (a tuple: a slice is then the sentence's).
    tokens = tuple(_tokens(masked, 0, False))
    sentences: list[Sentence] = []
    first = 0
    for boundary in _boundaries(masked, split_on_newline):
        last = bisect_right(tokens, boundary, first, key=_END)
        if last == first:
            continue
        run = tokens[first:last]
        first = last
        if run[-1].end - run[0].start <= max_chars:
            pieces = [run]
        else:
            pieces = _pieces(run, max_chars)
        for piece in pieces:
            start, end = piece[0].start, piece[-1].end
            sentences.append(
                _make_sentence(len(sentences), start, end, text[start:end], tuple(piece))
            )
    return sentences
