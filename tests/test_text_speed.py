"""Tests for the shortcuts the speed work took in splitting and cue finding: each case goes
down one of the paths a shortcut created and checks the result the plain reading gives."""

from __future__ import annotations

import pytest

from stancenet.extract.cues import default_lexicon
from stancenet.text import split_sentences, tokenize


def cue_keys(text: str) -> list[tuple[str | None, str]]:
    tokens = tokenize(text)
    cues = default_lexicon().find([t.norm for t in tokens], tokens)
    return [(c.entry.key if c.entry else None, c.kind) for c in cues]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation mark right before a run of terminals: the run is an event of its own
        ("قال: «لن نقبل»؟! ثم غادر.", ["قال: «لن نقبل»؟!", "ثم غادر."]),
        ('قال "لا." ثم غادر.', ['قال "لا."', "ثم غادر."]),
        # a run of several terminals ends one sentence
        ("هل يعود؟!! نعم.", ["هل يعود؟!!", "نعم."]),
    ],
)
def test_terminal_runs_after_quotation_marks_end_sentences_where_they_did(
    text: str, expected: list[str]
) -> None:
    assert [s.text for s in split_sentences(text)] == expected


def test_a_token_with_an_empty_matching_form_is_kept_by_tokenize_but_not_in_sentences() -> None:
    for _ in range(2):  # the second time the words come from the memo
        assert [(t.text, t.norm) for t in tokenize("ـ رحب")] == [("ـ", ""), ("رحب", "رحب")]
        assert [[t.text for t in s.tokens] for s in split_sentences("ـ رحب")] == [["رحب"]]


def test_a_launch_object_that_only_starts_longer_cues_still_makes_a_launch() -> None:
    # عملية starts multi-word cues only ("عملية عسكرية"); none matches here
    assert cue_keys("شن الجيش عملية ضد المسلحين") == [("launch_attack", "verb")]


def test_a_launch_object_inside_a_cue_of_its_own_makes_no_launch() -> None:
    assert cue_keys("شن الجيش حملة عسكرية ضد المسلحين") == [("attack_armed", "form")]
    assert cue_keys("شن الجيش هجوما على المسلحين") == [("attack_armed", "form")]
