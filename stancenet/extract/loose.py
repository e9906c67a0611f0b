"""Issue keywords found when the press words them a little differently from the registry.

The mention matcher (:mod:`stancenet.extract.mentions`) finds an issue keyword only as written,
with clitics on its first word. News text inflects and pads the same phrase: "اتفاقاً لتطبيع
الأوضاع في قضاء سنجار" for the keyword "اتفاق تطبيع الأوضاع في سنجار" (a tanween alef, a
clitic on an inner word, one extra word). :class:`LooseIssues` reads such phrases: every content
word of a keyword of at least two content words must appear, in order, each possibly with one
clitic (و ف ب ل ك, the article, and their pairs), the article or a tanween alef, within a span
at most one token longer than the keyword. Particles (في، من، على ...) may differ. A loose
match never overlaps a mention the exact matcher found, and is reported with method
``'loose'``.

Reading a word costs one dictionary look-up: the readings of each written form are memoised.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import compress
from typing import Any

from stancenet.extract.mentions import Mention
from stancenet.text import normalize

__all__ = ["LooseIssues"]

# clitics a word of a keyword may carry in the text (one of them), longest first
_CLITICS = ("وبال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "وب", "ول", "فب",
            "فل", "و", "ف", "ب", "ل", "ك")
# particles a reworded phrase may drop, add or change
_PARTICLES = frozenset({"في", "من", "على", "علي", "الى", "الي", "إلى", "مع", "عن", "و", "او",
                        "أو", "بين", "ضد", "حول", "بشان", "بشأن"})
_MIN_STEM = 3
_MEMO_LIMIT = 200_000


def _canonical(word: str) -> str:
    """A keyword word without its article."""
    if word.startswith("ال") and len(word) - 2 >= _MIN_STEM:
        return word[2:]
    return word


def _readings(word: str) -> tuple[str, ...]:
    """The canonical keyword words a written word may be (the word itself, without one
    clitic, without the article, without a tanween alef), in a fixed order (a set's order
    changes with the process's string hashing, and the order decides ties between keywords)."""
    bases = [word] + [word[len(clitic):] for clitic in _CLITICS
                      if word.startswith(clitic) and len(word) - len(clitic) >= _MIN_STEM]
    out: dict[str, None] = {}
    for base in bases:
        base = _canonical(base)
        out[base] = None
        if base.endswith("ا") and len(base) - 1 >= _MIN_STEM:
            out[base[:-1]] = None  # اتفاقاً -> اتفاق
    return tuple(out)


class LooseIssues:
    """Issue keywords read with inflection, inner clitics and one extra word.

    Parameters
    ----------
    issues : iterable of stancenet.registry.Issue
        The issues whose ``keywords_ar`` (and ``counter_keywords_ar``) are read.
    names : iterable of str, optional
        Actor names and aliases; a keyword whose first word is one of them on its own is
        left to the exact matcher.

    Notes
    -----
    Picklable; the memo of readings is rebuilt lazily in each process.
    """

    def __init__(self, issues: Iterable[Any], names: Iterable[str] = ()) -> None:
        # a keyword opening with a word that alone names an actor ("العراق ...", "الحكومة
        # ...") is left to the exact matcher: the word is nearly always that actor's mention
        skip = {_canonical(normalize(name)) for name in names if " " not in name.strip()}
        # first content word -> [(issue id, name, method, content words, keyword length)]
        self.index: dict[str, list[tuple[str, str, str, tuple[str, ...], int]]] = {}
        for issue in issues:
            for method, keywords in (("loose", getattr(issue, "keywords_ar", ())),
                                     ("counter", getattr(issue, "counter_keywords_ar", ()))):
                for keyword in keywords:
                    words = normalize(keyword).split()
                    content = tuple(_canonical(w) for w in words if w not in _PARTICLES)
                    if len(content) < 2 or content[0] in skip:
                        continue  # (one word: the exact matcher reads its clitics already)
                    entry = (issue.id, issue.name_en, method, content, len(words))
                    self.index.setdefault(content[0], []).append(entry)
        self._setup()

    def _setup(self) -> None:
        # the words a keyword has after its first content word: only these matter ahead
        self._later = frozenset(w for entries in self.index.values() for entry in entries
                                for w in entry[3][1:])
        self._memo: dict[str, tuple] = {}
        self._memo_readings: dict[str, tuple[str, ...]] = {}
        self._memo_later: dict[str, frozenset[str]] = {}

    def __getstate__(self) -> dict[str, Any]:
        return {"index": self.index}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.index = state["index"]
        self._setup()

    def _readings(self, word: str) -> tuple[str, ...]:
        """The readings of a word (memoised)."""
        found = self._memo_readings.get(word)
        if found is None:
            found = _readings(word)
            if len(self._memo_readings) >= _MEMO_LIMIT:
                self._memo_readings.clear()
            self._memo_readings[word] = found
        return found

    def _starts(self, word: str) -> tuple:
        """The index entries a written word may open, with the longest keyword length among
        them and every word they have after their first: ``(length, ((later words, entry),
        ...), all later words)``, or ``()`` when it opens none (memoised)."""
        found = self._memo.get(word)
        if found is None:
            entries = tuple(entry for reading in self._readings(word)
                            for entry in self.index.get(reading, ()))
            found = (max(entry[4] for entry in entries),
                     tuple((frozenset(entry[3][1:]), entry) for entry in entries),
                     frozenset(w for entry in entries for w in entry[3][1:])) \
                if entries else ()
            if len(self._memo) >= _MEMO_LIMIT:
                self._memo.clear()
            self._memo[word] = found
        return found

    def _later_readings(self, word: str) -> frozenset[str]:
        """The readings of a word that are a later content word of some keyword (memoised;
        nearly always empty)."""
        found = self._memo_later.get(word)
        if found is None:
            found = self._later.intersection(self._readings(word))
            if len(self._memo_later) >= _MEMO_LIMIT:
                self._memo_later.clear()
            self._memo_later[word] = found
        return found

    def find(self, sentence: Any, norms: Sequence[str], mentions: Sequence[Mention]) -> list:
        """``mentions`` with the loosely worded issue keywords of the sentence added.

        Parameters
        ----------
        sentence : stancenet.text.Sentence
        norms : sequence of str
            The tokens' matching forms.
        mentions : sequence of Mention
            The exact matcher's mentions, sorted by ``tok_start``.

        Returns
        -------
        list of Mention
            Sorted by ``tok_start``; the added ones have method ``'loose'`` (or ``'counter'``
            for a counter keyword).
        """
        try:  # (a word not seen before raises KeyError: read and memoise every word then)
            starts = list(map(self._memo.__getitem__, norms))
        except KeyError:
            starts = list(map(self._starts, norms))
        if not any(starts):
            return list(mentions)  # the common case: no word opens a keyword
        n = len(norms)
        # each word's readings that some keyword has after its first word (nearly always
        # none), read once for the sentence
        try:
            laters = list(map(self._memo_later.__getitem__, norms))
        except KeyError:
            laters = list(map(self._later_readings, norms))
        covered = None
        added = []
        free = 0  # tokens before this one belong to a loose match already
        for i, (longest, entries, needed) in compress(enumerate(starts), starts):
            if i < free:
                continue
            # the words ahead: a keyword whose words are not all there cannot match
            ahead = frozenset().union(*laters[i + 1:i + 1 + longest])
            if needed.isdisjoint(ahead):
                continue  # no keyword opening here has a word ahead: none can match
            best = None
            for later_words, entry in entries:
                if not later_words <= ahead:
                    continue
                issue_id, name, method, content, length = entry
                if covered is None:
                    covered = bytearray(n)
                    for m in mentions:
                        covered[m.tok_start:m.tok_end] = b"\x01" * (m.tok_end - m.tok_start)
                if covered[i]:
                    break
                end = self._match(norms, i, content, min(n, i + length + 1), covered)
                if end is not None and (best is None or end > best[0]):
                    best = (end, issue_id, name, method)
            if best is None:
                continue
            end, issue_id, name, method = best
            tokens = sentence.tokens
            first = norms[i]
            prefix = next((c for c in _CLITICS if first.startswith(c)
                           and _canonical(first[len(c):]) in self.index), "")
            prefix = prefix[:-2] if prefix.endswith("ال") else prefix
            added.append(Mention(
                i, end, tokens[i].start, tokens[end - 1].end,
                " ".join(t.text for t in tokens[i:end]), issue_id, name, "issue", None, None,
                None, None, prefix, method))
            covered[i:end] = b"\x01" * (end - i)
            free = end
        if not added:
            return list(mentions)
        return sorted([*mentions, *added], key=lambda m: m.tok_start)

    def _match(self, norms: Sequence[str], i: int, content: tuple[str, ...], limit: int,
               covered: bytearray) -> int | None:
        """The end of a match of ``content`` opening at token ``i`` within ``limit``."""
        k = i + 1
        for word in content[1:]:
            while k < limit and (covered[k] or word not in self._readings(norms[k])):
                if covered[k]:
                    return None
                k += 1
            if k >= limit:
                return None
            k += 1
        return k

