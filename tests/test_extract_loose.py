"""Loosely worded issue keywords (stancenet.extract.loose)."""

from __future__ import annotations

import pickle
from dataclasses import replace

import pytest

from stancenet.extract import Extractor
from stancenet.extract.loose import LooseIssues
from stancenet.registry import Actor, Issue, Registry
from stancenet.text import split_sentences


def _registry() -> Registry:
    actors = [
        Actor("irq", "Iraq", "العراق", aliases_ar=("بغداد",), kind="state", country="IRQ",
              nisba_ar=("العراقي", "العراقية")),
        Actor("krg", "Kurdistan Regional Government", "حكومة إقليم كردستان",
              kind="government", country="IRQ"),
        Actor("unami", "UNAMI", "بعثة الأمم المتحدة لمساعدة العراق", kind="organisation"),
    ]
    issues = [
        Issue("sinjar_agreement", "Sinjar agreement", "اتفاق سنجار",
              keywords_ar=("اتفاق تطبيع الأوضاع في سنجار",)),
        Issue("pmf_status", "State control of arms", "حصر السلاح بيد الدولة",
              keywords_ar=("حل الحشد",)),
    ]
    return Registry(actors, issues)


@pytest.fixture(scope="module")
def loose() -> LooseIssues:
    return LooseIssues(_registry().issues.values())


def found(loose: LooseIssues, text: str) -> list[tuple[str, str]]:
    sentence = split_sentences(text)[0]
    norms = [t.norm for t in sentence.tokens]
    return [(m.id, m.text) for m in loose.find(sentence, norms, [])]


def test_a_keyword_with_tanween_an_inner_clitic_and_one_extra_word_is_found(loose):
    text = "وقعت بغداد اتفاقاً لتطبيع الأوضاع في قضاء سنجار."
    assert found(loose, text) == [("sinjar_agreement", "اتفاقاً لتطبيع الأوضاع في قضاء سنجار")]


def test_two_extra_words_are_too_many(loose):
    assert found(loose, "طالب بحل الأزمة مع الحشد.") == []


def test_the_words_must_come_in_order(loose):
    assert found(loose, "الحشد طالب بحل البرلمان.") == []


def test_a_loose_keyword_never_overlaps_an_exact_mention(loose):
    sentence = split_sentences("وقعت بغداد اتفاقاً لتطبيع الأوضاع في سنجار.")[0]
    norms = [t.norm for t in sentence.tokens]
    capital = next(m for m in Extractor(_registry()).matcher.find(sentence) if m.id == "irq")
    # an exact mention on "الأوضاع" (token 4) blocks the loose reading across it
    blocking = [replace(capital, tok_start=4, tok_end=5)]
    assert all(m.id != "sinjar_agreement" for m in loose.find(sentence, norms, blocking))


def test_the_head_of_a_loose_keyword_names_the_issue_later(loose):
    text = ("وقعت بغداد وحكومة إقليم كردستان اتفاقاً لتطبيع الأوضاع في قضاء سنجار. "
            "ورحبت بعثة الأمم المتحدة لمساعدة العراق بالاتفاق.")
    frame = Extractor(_registry()).run([text]).statements
    assert ("unami", "sinjar_agreement", 1) in set(
        zip(frame.source, frame.target, frame.polarity, strict=True))


def test_loose_issues_survive_pickling(loose):
    copy = pickle.loads(pickle.dumps(loose))
    assert found(copy, "وقعت بغداد اتفاقاً لتطبيع الأوضاع في قضاء سنجار.") == found(
        loose, "وقعت بغداد اتفاقاً لتطبيع الأوضاع في قضاء سنجار.")
