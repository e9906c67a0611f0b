"""The cue lexicon: packaged data, compilation, matching with clitics and suffixes."""

from __future__ import annotations

import pickle

import pytest

from stancenet.extract.cues import (
    CATEGORIES,
    LexiconError,
    default_lexicon,
    load_lexicon,
)
from stancenet.text import normalize, tokenize


def keys_of(text: str, lexicon=None) -> list[tuple[str | None, str]]:
    lexicon = lexicon or default_lexicon()
    tokens = tokenize(text)
    return [(c.entry.key if c.entry else None, c.kind)
            for c in lexicon.find([t.norm for t in tokens], tokens)]


def test_packaged_lexicon_covers_every_category():
    lexicon = default_lexicon()
    assert set(lexicon.categories()) == set(CATEGORIES)
    assert lexicon.n_forms > 500


def test_every_weight_is_a_goldstein_like_magnitude():
    for entry in default_lexicon().entries.values():
        assert 0.5 <= entry.weight <= 10
        assert entry.polarity in (1, -1)


def test_conjunction_and_future_prefixes_are_stripped_by_the_matcher():
    assert keys_of("وسيدين") == [("condemn", "verb")]
    assert keys_of("فندد") == [("denounce", "verb")]
    assert keys_of("ستطالب") == [("demand", "verb")]


def test_verb_paradigm_is_generated_from_perfect_and_imperfect():
    for form in ("أدان", "أدانت", "أدانوا", "يدين", "تدين", "يدينون"):
        assert keys_of(form) == [("condemn", "verb")], form


def test_verbal_nouns_take_article_prepositions_and_possessive_suffixes():
    assert keys_of("بالرفض") == [("reject", "noun")]
    assert keys_of("رفضها") == [("reject", "noun")]
    assert keys_of("إدانته") == [("condemn", "noun")]
    found = default_lexicon().find([normalize("رفضه")])
    assert found[0].suffix == "ه"


def test_the_longest_multi_word_expression_wins():
    assert keys_of("خطوة على الطريق الصحيح") == [("right_path", "form")]
    assert keys_of("لا قيمة لها") == [("worthless", "form")]


def test_spelling_variants_of_hamza_and_alef_maksura_match():
    assert keys_of("ادانت") == keys_of("أدانت")
    assert keys_of("اعرب") == [(None, "speech")]


def test_reported_speech_frames_and_attributions_are_found():
    assert keys_of("وقال") == [(None, "speech")]
    assert keys_of("بحسب") == [(None, "attribution")]


def test_cue_offsets_point_into_the_document():
    text = "أمس أدانت الحكومة"
    tokens = tokenize(text)
    (cue,) = default_lexicon().find([t.norm for t in tokens], tokens)
    assert text[cue.start : cue.end] == "أدانت"
    assert (cue.tok_start, cue.tok_end) == (1, 2)


def test_compiled_lexicon_pickles():
    lexicon = default_lexicon()
    again = pickle.loads(pickle.dumps(lexicon))
    assert again.index == lexicon.index
    assert keys_of("رحبت", again) == [("welcome", "verb")]


def test_user_file_adds_and_replaces_entries(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "entries:\n"
        "  - {key: salute, category: praise, target: object, forms: [حيا, حيت]}\n"
        "  - {key: welcome, category: praise, target: prepositional, prep: [ب], forms: [هلل]}\n",
        encoding="utf-8",
    )
    lexicon = load_lexicon(path)
    assert keys_of("وحيت", lexicon) == [("salute", "form")]
    assert keys_of("هلل", lexicon) == [("welcome", "form")]
    assert keys_of("رحب", lexicon) == []  # the user's entry replaced the packaged one


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        ("{key: x, category: hug, forms: [a]}", "category"),
        ("{key: x, category: praise, polarity: 0, forms: [a]}", "polarity"),
        ("{key: x, category: praise, polarity: 1, weight: 40, forms: [a]}", "weight"),
        ("{key: x, category: praise, polarity: 1, target: somewhere, forms: [a]}", "target"),
        ("{key: x, category: praise, polarity: 1}", "verb"),
    ],
)
def test_malformed_entry_is_reported_with_its_field(tmp_path, entry, field):
    path = tmp_path / "bad.yaml"
    path.write_text(f"entries:\n  - {entry}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=field):
        load_lexicon(path, include_defaults=False)


def test_missing_lexicon_file_is_named(tmp_path):
    with pytest.raises(LexiconError, match="not found"):
        load_lexicon(tmp_path / "nope.yaml")


def test_verbal_noun_after_a_clitic_is_a_noun_but_the_bare_form_stays_a_verb():
    assert keys_of("بقتل") == [("kill", "noun")]
    assert keys_of("قتل") == [("kill", "verb")]


def test_dawn_is_no_bombing_but_blowing_oneself_up_is():
    assert keys_of("فجر الأربعاء") == []
    assert keys_of("فجر نفسه") == [("bomb", "form")]


def test_adverbial_participles_of_praise_and_protest_are_participles():
    assert keys_of("مثمناً") == [("value", "participle")]
    assert keys_of("احتجاجاً") == [("demonstrate", "participle")]


def test_passive_attack_forms_are_cues():
    assert keys_of("اغتيل") == [("kill", "form")]
    assert keys_of("أصيب") == [("wound", "form")]


def test_launch_verb_with_a_launch_object_later_in_the_clause_is_an_attack_cue():
    assert keys_of("أطلق الحرس الثوري فجر الأربعاء صواريخ على القاعدة") == [
        ("launch_attack", "verb")]
    assert ("launch_attack", "verb") not in keys_of("أطلق الرئيس مبادرة للحوار")
