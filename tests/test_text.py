"""Tests for stancenet.text: normalisation, tokenisation and sentence splitting."""

from __future__ import annotations

import pytest
from camel_tools.tokenizers.word import simple_word_tokenize
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from stancenet.text import Sentence, Token, normalize, normalize_camel, split_sentences, tokenize

SAMPLE = (
    "أكّد رئيسُ الوزراء العراقيّ مصطفى الكاظمي، يوم الأربعاء، أنّ «الحوار الاستراتيجي» مع "
    "واشنطن سيُفضي إلى إنسحاب القوات الأمريكية. وقال: إنّ إيران ليست طرفاً؟! ومضى قائلاً "
    "«لن نقبل بالتدخّل. هذه سيادتنا» ـــ كما نشرت قناة آفاق في 3.5 دقيقة ﻻ أكثر ٱلله مستشفى."
)

# characters news text is made of, plus the awkward ones: diacritics, tatweel, hamza
# forms, presentation forms, joiners, bidi marks, emoji, HTML, control characters
ARABIC_ALPHABET = st.sampled_from(
    list("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")
    + list("أإآٱىةؤئءـ")
    + list("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0653\u0654\u0655")
    + list("ﻻﷲ\ufdfc\ufdfd")
    + list("\u200c\u200d\u200f\u202b\ufeff\u00ad")
    + list(" \n\t\r\x00\x07\x1c\x85\u00a0\u2028")
    + list("،؛؟.!?:«»“”\"'()-<>/&;#*0123456789١٢٣")
    + list("😀👍🏽🇮🇶\ufe0f\u20e3abcXYZ")
)
NEWSY_TEXT = st.text(alphabet=ARABIC_ALPHABET, max_size=200)


def camel_chain(text: str) -> str:
    """camel-tools' functions one after the other, plus tatweel removal."""
    out = normalize_unicode(text)
    out = normalize_alef_ar(out)
    out = normalize_alef_maksura_ar(out)
    out = normalize_teh_marbuta_ar(out)
    return dediac_ar(out).replace("\u0640", "")


# --- normalisation ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("أحمد", "احمد"),
        ("إيران", "ايران"),
        ("آفاق", "افاق"),
        ("ٱلله", "الله"),
        ("مصطفى", "مصطفي"),
        ("الحكومة", "الحكومه"),
        ("العـــراق", "العراق"),
        ("رَحَّبَ", "رحب"),
        ("ﻻ", "لا"),
        ("حزب\u200cالله", "حزبالله"),
        ("", ""),
        ("Iraq 2020", "Iraq 2020"),
    ],
)
def test_normalize_folds_letter_forms_and_drops_marks(written: str, expected: str) -> None:
    assert normalize(written) == expected


def test_normalize_equals_camel_tools_functions_on_sample_text() -> None:
    for word in SAMPLE.split():
        assert normalize(word) == camel_chain(word)
    assert normalize(SAMPLE) == camel_chain(SAMPLE)


@settings(max_examples=300, deadline=None)
@given(NEWSY_TEXT)
def test_normalize_equals_camel_reference_on_random_text(text: str) -> None:
    assert normalize(text) == normalize_camel(text)


def test_normalize_camel_adds_only_format_character_removal_to_camel() -> None:
    text = SAMPLE + "\u200d\u200f"
    assert normalize_camel(text) == camel_chain(SAMPLE)


def test_normalize_rejects_non_strings() -> None:
    with pytest.raises(TypeError, match="text"):
        normalize(None)  # type: ignore[arg-type]


# --- tokenisation ----------------------------------------------------------------------


def test_tokenize_equals_camel_simple_word_tokenize_on_sample() -> None:
    assert [t.text for t in tokenize(SAMPLE)] == simple_word_tokenize(SAMPLE)


@settings(max_examples=300, deadline=None)
@given(NEWSY_TEXT)
def test_tokenize_equals_camel_and_keeps_exact_offsets(text: str) -> None:
    tokens = tokenize(text)
    assert [t.text for t in tokens] == simple_word_tokenize(text)
    for token in tokens:
        assert text[token.start : token.end] == token.text
        assert token.norm == normalize(token.text)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_tokenize_equals_camel_on_any_unicode(text: str) -> None:
    tokens = tokenize(text)
    assert [t.text for t in tokens] == simple_word_tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_tokenize_offset_shifts_spans() -> None:
    tokens = tokenize("قال الكاظمي.", offset=100)
    assert [(t.start, t.end) for t in tokens] == [(100, 103), (104, 111), (111, 112)]
    assert tokens[1] == Token("الكاظمي", "الكاظمي", 104, 111)


def test_tokenize_splits_punctuation_and_emoji() -> None:
    assert [t.text for t in tokenize("«نرفض»،هذا!😀👍🏽")] == ["«", "نرفض", "»", "،", "هذا", "!", "😀", "👍🏽"]


# --- sentence splitting ----------------------------------------------------------------


def texts(sentences: list[Sentence]) -> list[str]:
    return [s.text for s in sentences]


def test_split_on_arabic_and_latin_terminals_but_not_on_comma() -> None:
    text = "رحب العراق بالقرار، وقال إنه مهم. هل توافق؟ نعم؛ نوافق! انتهى"
    assert texts(split_sentences(text)) == [
        "رحب العراق بالقرار، وقال إنه مهم.",
        "هل توافق؟",
        "نعم؛",
        "نوافق!",
        "انتهى",
    ]


def test_quotation_that_goes_on_is_not_split() -> None:
    text = "وقال: «نرفض الوجود الأجنبي. وعلى القوات أن تنسحب». ثم غادر. وأضاف “لن نقبل. أبداً” اليوم."
    assert texts(split_sentences(text)) == [
        "وقال: «نرفض الوجود الأجنبي. وعلى القوات أن تنسحب».",
        "ثم غادر.",
        "وأضاف “لن نقبل. أبداً” اليوم.",
    ]


def test_terminal_inside_closing_quote_ends_the_sentence_with_the_quote() -> None:
    text = "قال: «انتهى الأمر.» وغادر القاعة."
    assert texts(split_sentences(text)) == ["قال: «انتهى الأمر.»", "وغادر القاعة."]


def test_straight_quotes_hold_a_quoted_sentence_together() -> None:
    text = 'قال "لن نقبل. أبداً". ثم غادر.'
    assert texts(split_sentences(text)) == ['قال "لن نقبل. أبداً".', "ثم غادر."]


def test_unbalanced_quote_stops_holding_after_a_line_break() -> None:
    text = "قال «لن نقبل. أبداً\nسطر آخر. وجملة ثانية."
    assert texts(split_sentences(text)) == ["قال «لن نقبل. أبداً", "سطر آخر.", "وجملة ثانية."]


def test_no_split_in_decimal_numbers_abbreviations_and_domains() -> None:
    text = "بلغت النسبة 3.5 بالمئة وفق د. أحمد والقوات U.S. في موقع example.com اليوم. ثم انتهى."
    assert texts(split_sentences(text)) == [
        "بلغت النسبة 3.5 بالمئة وفق د. أحمد والقوات U.S. في موقع example.com اليوم.",
        "ثم انتهى.",
    ]


def test_line_breaks_end_sentences_unless_asked_otherwise() -> None:
    text = "عنوان الخبر\nنص الخبر الأول\nيتبع هنا.\n\nفقرة ثانية."
    assert texts(split_sentences(text)) == ["عنوان الخبر", "نص الخبر الأول", "يتبع هنا.", "فقرة ثانية."]
    assert texts(split_sentences(text, split_on_newline=False)) == [
        "عنوان الخبر\nنص الخبر الأول\nيتبع هنا.",
        "فقرة ثانية.",
    ]


def test_sentence_indices_offsets_and_tokens_are_consistent() -> None:
    sentences = split_sentences(SAMPLE)
    assert [s.index for s in sentences] == list(range(len(sentences)))
    for sentence in sentences:
        assert SAMPLE[sentence.start : sentence.end] == sentence.text
        for token in sentence.tokens:
            assert SAMPLE[token.start : token.end] == token.text
            assert sentence.start <= token.start < token.end <= sentence.end


def test_html_remnants_are_not_tokens_and_offsets_stay_exact() -> None:
    text = "<p>رحب <b>العراق</b>&nbsp;بالقرار.</p><br/>حزب<i>الله</i> &#1575;&amp; ثم"
    sentences = split_sentences(text)
    words = [t.text for s in sentences for t in s.tokens]
    assert words == ["رحب", "العراق", "بالقرار", ".", "حزب", "الله", "ثم"]
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert all(text[t.start : t.end] == t.text for t in sentence.tokens)


def test_diacritics_control_characters_and_lone_marks_keep_offsets() -> None:
    text = "رَحَّبَ\x00 العراقُ \u064e بالقرار\x07 ـ .\u200f 😀"
    sentences = split_sentences(text)
    tokens = [t for s in sentences for t in s.tokens]
    assert [t.norm for t in tokens] == ["رحب", "العراق", "بالقرار", ".", "😀"]
    assert all(text[t.start : t.end] == t.text for t in tokens)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t", "<p></p>", "\u064e\u0651", "\x00\x01"])
def test_empty_or_blank_documents_give_no_sentences(text: str) -> None:
    assert split_sentences(text) == []


def test_non_arabic_text_is_split_too() -> None:
    assert texts(split_sentences("The army left. Mr. Smith stayed!")) == [
        "The army left.",
        "Mr. Smith stayed!",
    ]


@settings(max_examples=200, deadline=None)
@given(NEWSY_TEXT)
def test_split_sentences_never_fails_and_keeps_offsets(text: str) -> None:
    sentences = split_sentences(text)
    previous_end = 0
    for number, sentence in enumerate(sentences):
        assert sentence.index == number
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.start >= previous_end
        previous_end = sentence.end
        assert sentence.tokens
        for token in sentence.tokens:
            assert text[token.start : token.end] == token.text
            assert token.norm


def test_overlong_sentence_is_cut_at_whitespace() -> None:
    text = " ".join(["كلمة"] * 3000)
    sentences = split_sentences(text, max_chars=500)
    assert len(sentences) > 1
    assert all(len(s.text) <= 500 for s in sentences)
    assert sum(len(s.tokens) for s in sentences) == 3000


def test_hundred_thousand_word_document_is_split() -> None:
    sentence = "رحب الجيش العراقي بقرار الحكومة، وقال المتحدث إن «الوضع مستقر. تماماً». "
    words_per_sentence = len(sentence.split())
    text = sentence * (100_000 // words_per_sentence + 1)
    sentences = split_sentences(text)
    assert len(sentences) == 100_000 // words_per_sentence + 1


def test_split_sentences_rejects_bad_arguments() -> None:
    with pytest.raises(TypeError, match="text"):
        split_sentences(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_chars"):
        split_sentences("نص", max_chars=0)


def test_split_sentences_leaves_the_garbage_collector_as_it_found_it() -> None:
    import gc

    assert gc.isenabled()
    split_sentences("رحب العراق بالقرار. ثم غادر.")
    assert gc.isenabled()
    gc.disable()
    try:
        split_sentences("رحب العراق بالقرار. ثم غادر.")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_quotation_marks_written_the_other_way_round_hold_together_too() -> None:
    text = "وقال: »نرفض ذلك. لن نقبل«. ثم غادر. وأضاف ”لا. أبداً“ اليوم."
    assert texts(split_sentences(text)) == [
        "وقال: »نرفض ذلك. لن نقبل«.",
        "ثم غادر.",
        "وأضاف ”لا. أبداً“ اليوم.",
    ]
