"""Tests for the fast paths of stancenet.text: record construction and cutting words with
punctuation, each checked against the slow path it replaces."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from camel_tools.tokenizers.word import simple_word_tokenize
from hypothesis import given, settings
from hypothesis import strategies as st

from stancenet.extract.cues import Cue, CueEntry
from stancenet.extract.mentions import Mention
from stancenet.text import Sentence, Token, normalize, token_spans, tokenize
from stancenet.text._records import slot_constructor
from stancenet.text.tokenization import _lone_symbols

# every character the tokeniser cuts off by its punctuation fast path, with letters, marks,
# digits and the characters that make a symbol longer than one character (keycaps, skin
# tones, joiners, variation selectors)
PUNCTUATION = "!\"$%&'()+,-./:;<=>?@[\\]^_`{|}~«»،؛؟٪٫٬۔–—‘’“”…"
WORDY_TEXT = st.text(
    alphabet=st.sampled_from(
        list(PUNCTUATION)
        + list("ابتةىـأ\u064b\u0651\u0670abcÉ0123456789١٢#*©™😀🏽\ufe0f\u20e3\u200d字")
        + list("  \n\u00a0\u2028\x85")
    ),
    max_size=60,
)


def test_every_listed_punctuation_mark_takes_the_fast_path() -> None:
    assert _lone_symbols(PUNCTUATION) == set(PUNCTUATION)
    # keycap and emoji starters are never cut off alone
    assert _lone_symbols("#*0©") == set()


@settings(max_examples=400, deadline=None)
@given(WORDY_TEXT)
def test_tokenize_equals_camel_on_words_with_punctuation_also_when_memoised(text: str) -> None:
    for _ in range(2):  # the second time every word comes from the memo
        tokens = tokenize(text, offset=5)
        assert [t.text for t in tokens] == simple_word_tokenize(text)
        assert all(text[t.start - 5 : t.end - 5] == t.text for t in tokens)
        assert all(t.norm == normalize(t.text) for t in tokens)
        assert token_spans(text) == [(t.start - 5, t.end - 5) for t in tokens]


@pytest.mark.parametrize(
    ("cls", "values"),
    [
        (Token, ("العراق", "العراق", 3, 9)),
        (Sentence, (0, 0, 6, "العراق", (Token("العراق", "العراق", 0, 6),))),
        (Mention, (0, 1, 0, 6, "العراق", "irq", "Iraq", "actor", "state", "IRQ", None, None,
                   "", "registry")),
        (Cue, (1, 2, 7, 11, "رحب", CueEntry("welcome", "support", 1, 3.0, "object"), "verb",
               "", "")),
    ],
)
def test_slot_constructor_builds_what_the_dataclass_init_builds(cls: type, values: tuple) -> None:
    built = slot_constructor(cls)(*values)
    expected = cls(*values)
    assert type(built) is cls
    assert built == expected
    assert hash(built) == hash(expected)
    assert repr(built) == repr(expected)


def test_slot_constructor_refuses_records_it_cannot_build_faithfully() -> None:
    @dataclass(frozen=True)
    class Unslotted:
        a: int

    @dataclass(slots=True)
    class Mutable:
        a: int

    @dataclass(frozen=True, slots=True)
    class Checked:
        a: int

        def __post_init__(self) -> None:
            raise ValueError("checked")

    for cls in (Unslotted, Mutable, Checked, int):
        with pytest.raises(TypeError, match="slot_constructor"):
            slot_constructor(cls)
