"""Extraction behaviour on our own small sentences, one behaviour a test.

The registry here is written for the tests (a few states, agents, people and issues), so the
tests do not move when the packaged registry grows.
"""

from __future__ import annotations

import pickle

import pandas as pd
import pytest

from stancenet.extract import Extractor, extract
from stancenet.registry import Actor, Issue, Registry
from stancenet.schema import STATEMENT_COLUMNS


def _registry() -> Registry:
    actors = [
        Actor("irq", "Iraq", "العراق", aliases_ar=("بغداد",), kind="state", country="IRQ",
              nisba_ar=("العراقي", "العراقية", "عراقي", "عراقية")),
        Actor("usa", "United States", "الولايات المتحدة", aliases_ar=("واشنطن", "أمريكا"),
              kind="state", country="USA",
              nisba_ar=("الأمريكي", "الأمريكية", "أمريكي", "أمريكية")),
        Actor("irn", "Iran", "إيران", aliases_ar=("طهران",), kind="state", country="IRN",
              nisba_ar=("الإيراني", "الإيرانية", "إيراني", "إيرانية")),
        Actor("government", "Government", "الحكومة", kind="agent", sector="GOV"),
        Actor("forces", "Forces", "القوات", kind="agent", sector="MIL"),
        Actor("gunmen", "Gunmen", "مسلحون", aliases_ar=("مسلحين", "المسلحون"), kind="agent",
              sector="UAF"),
        Actor("armed_factions", "Armed factions", "الفصائل المسلحة", aliases_ar=("الفصائل",),
              kind="agent", sector="UAF"),
        Actor("demonstrators", "Demonstrators", "المتظاهرون", aliases_ar=("المتظاهرين",),
              kind="agent", sector="CVL"),
        Actor("muqtada_al_sadr", "Muqtada al-Sadr", "مقتدى الصدر", aliases_ar=("الصدر",),
              kind="person", country="IRQ", parent="sadrist_movement", role="cleric"),
        Actor("sadrist_movement", "Sadrist movement", "التيار الصدري", kind="party",
              country="IRQ"),
        Actor("kataib_hezbollah", "Kataib Hezbollah", "كتائب حزب الله", kind="militia",
              country="IRQ"),
        Actor("mustafa_al_kadhimi", "Mustafa al-Kadhimi", "مصطفى الكاظمي",
              aliases_ar=("الكاظمي",), kind="person", country="IRQ"),
    ]
    issues = [
        Issue("us_withdrawal", "US troop withdrawal", "انسحاب القوات الأمريكية",
              keywords_ar=("انسحاب القوات الأمريكية", "خروج القوات الأمريكية")),
        Issue("strategic_dialogue", "Strategic dialogue", "الحوار الاستراتيجي",
              keywords_ar=("الحوار الاستراتيجي",)),
        Issue("arab_opening", "Opening to Arab states", "الانفتاح على الدول العربية",
              keywords_ar=("انفتاح العراق على الدول العربية",)),
    ]
    return Registry(actors, issues)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(_registry())


def triples(extractor: Extractor, *texts: str) -> set[tuple[str, str, int]]:
    frame = extractor.run(list(texts)).statements
    return set(zip(frame["source"], frame["target"], frame["polarity"], strict=True))


def test_vso_subject_after_the_verb_is_the_source(extractor):
    assert triples(extractor, "انتقد مقتدى الصدر الولايات المتحدة.") == {
        ("muqtada_al_sadr", "usa", -1)
    }


def test_svo_subject_before_the_verb_is_the_source(extractor):
    assert triples(extractor, "كتائب حزب الله ترفض الحوار الاستراتيجي.") == {
        ("kataib_hezbollah", "strategic_dialogue", -1)
    }


def test_demand_for_an_issue_is_support_for_it(extractor):
    assert triples(extractor, "طالبت كتائب حزب الله بانسحاب القوات الأمريكية من العراق.") == {
        ("kataib_hezbollah", "us_withdrawal", 1)
    }


def test_accusation_targets_the_object_not_the_charge(extractor):
    found = triples(extractor, "واتهمت كتائب حزب الله الكاظمي بخدمة واشنطن.")
    assert ("kataib_hezbollah", "mustafa_al_kadhimi", -1) in found
    assert all(target != "usa" for _, target, _ in found)


def test_attack_by_gunmen_on_forces_is_negative(extractor):
    frame = extractor.run(["استهدف مسلحون القوات الأمريكية."]).statements
    assert list(zip(frame["source"], frame["target"], frame["category"], strict=True)) == [
        ("gunmen", "usa.forces", "attack")
    ]


def test_bare_agent_is_the_agent_of_the_home_country(extractor):
    text = "انتقد مقتدى الصدر الحكومة."
    assert triples(extractor, text) == {("muqtada_al_sadr", "irq.government", -1)}
    bare = Extractor(_registry(), home_country=False)
    assert triples(bare, text) == {("muqtada_al_sadr", "government", -1)}


def test_no_home_country_without_a_majority(extractor):
    text = "انتقد مقتدى الصدر الحكومة وأمريكا."
    found = triples(extractor, text)
    assert ("muqtada_al_sadr", "government", -1) in found


def test_negation_flips_support_into_weak_opposition(extractor):
    frame = extractor.run(["لم يؤيد مقتدى الصدر الحوار الاستراتيجي."]).statements
    assert len(frame) == 1
    row = frame.iloc[0]
    assert (row["polarity"], bool(row["negated"])) == (-1, True)
    assert row["weight"] < extractor.lexicon.entries["endorse"].weight


def test_negated_attack_is_no_statement(extractor):
    assert triples(extractor, "لم يستهدف مسلحون القوات الأمريكية.") == set()


def test_reported_speech_gives_the_speaker_of_an_evaluation(extractor):
    text = "وقال مقتدى الصدر إن انفتاح العراق على الدول العربية خطوة على الطريق الصحيح."
    assert triples(extractor, text) == {("muqtada_al_sadr", "arab_opening", 1)}


def test_expressed_rejection_reads_speaker_from_the_frame(extractor):
    text = "وأعرب مقتدى الصدر عن رفضه للحوار الاستراتيجي."
    assert triples(extractor, text) == {("muqtada_al_sadr", "strategic_dialogue", -1)}


def test_bare_verb_carries_over_the_last_named_speaker(extractor):
    text = "انتقد مقتدى الصدر الولايات المتحدة. وأضاف أنه يرفض الحوار الاستراتيجي."
    frame = extractor.run([text]).statements
    second = frame[frame["sentence_id"] == 1]
    assert list(zip(second["source"], second["target"], strict=True)) == [
        ("muqtada_al_sadr", "strategic_dialogue")
    ]


def test_loyal_to_description_is_positive_affiliation(extractor):
    frame = extractor.run(["وقالت الفصائل الموالية لإيران إنها ستواصل عملها."]).statements
    rows = frame[frame["category"] == "affiliation"]
    assert list(zip(rows["source"], rows["target"], rows["polarity"], strict=True)) == [
        ("armed_factions", "irn", 1)
    ]


def test_opposed_to_description_is_negative_affiliation(extractor):
    found = triples(extractor, "وقالت الفصائل المناهضة لإيران إنها ستواصل عملها.")
    assert ("armed_factions", "irn", -1) in found


def test_spokesman_speaks_for_himself_and_his_body(extractor):
    text = "وأعرب المتحدث باسم كتائب حزب الله محمد محيي عن رفضه للحوار الاستراتيجي."
    found = triples(extractor, text)
    assert ("kataib_hezbollah", "strategic_dialogue", -1) in found
    assert ("new:محمد_محيي", "strategic_dialogue", -1) in found


def test_leader_is_not_taken_for_his_movement(extractor):
    found = triples(extractor, "انتقد مقتدى الصدر الولايات المتحدة.")
    assert all(source != "sadrist_movement" for source, _, _ in found)


def test_targets_joined_by_and_each_get_a_statement(extractor):
    text = "رحب مقتدى الصدر بالحوار الاستراتيجي وانسحاب القوات الأمريكية."
    assert triples(extractor, text) == {
        ("muqtada_al_sadr", "strategic_dialogue", 1),
        ("muqtada_al_sadr", "us_withdrawal", 1),
    }


def test_speaker_is_never_its_own_target(extractor):
    assert triples(extractor, "انتقد مقتدى الصدر الصدر.") == set()


def test_offsets_and_evidence_point_at_the_sentence(extractor):
    text = "جملة أولى بلا موقف. انتقد مقتدى الصدر الولايات المتحدة."
    frame = extractor.run([text]).statements
    row = frame.iloc[0]
    assert text[row["start"] : row["end"]] == row["evidence"]
    assert "انتقد" in row["evidence"] and row["sentence_id"] == 1
    assert row["statement_id"] == "d0000:1:0"
    assert row["method"] == "rules" and 0 < row["confidence"] <= 1


def test_output_is_a_valid_statements_table_with_document_accounting(extractor):
    frame = extract(["انتقد مقتدى الصدر الولايات المتحدة.", ""], registry=_registry())
    assert list(frame.columns) == list(STATEMENT_COLUMNS)
    documents = frame.attrs["documents"]
    assert list(documents["status"]) == ["ok", "empty"]
    assert list(documents["n_statements"]) == [1, 0]


def test_documents_table_input_keeps_ids_and_dates(extractor):
    docs = pd.DataFrame({"doc_id": ["a1"], "date": ["2021-04-07"],
                         "text": ["انتقد مقتدى الصدر الولايات المتحدة."]})
    frame = extractor.run(docs).statements
    assert frame["doc_id"].tolist() == ["a1"]
    assert frame["date"].iloc[0] == pd.Timestamp("2021-04-07")


def test_bad_documents_never_stop_the_batch(extractor):
    docs = [
        "",
        "   \n\t ",
        "Plain English text about nothing in particular.",
        "<div><p>انتقد مقتدى الصدر</p> <b>الولايات المتحدة</b></div>",
        "\u064e\u064f\u0650",
        "\x00\x01\x02 انتقد\x07 مقتدى الصدر \x1b الولايات المتحدة",
        "انتقد مقتدى الصدر الولايات المتحدة " * 25_000,
    ]
    result = extractor.run(docs)
    documents = result.documents
    assert len(documents) == len(docs)
    assert (documents["status"] != "error").all(), documents["error"].tolist()
    assert list(documents["status"][:2]) == ["empty", "empty"]
    assert documents["n_statements"].iloc[6] >= 1


def test_a_failing_document_is_recorded_and_the_rest_go_on(extractor, monkeypatch):
    clone = pickle.loads(pickle.dumps(extractor))
    real_find = clone.matcher.find

    def find(sentence):
        if "انفجار" in sentence.text:
            raise RuntimeError("boom")
        return real_find(sentence)

    monkeypatch.setattr(clone.matcher, "find", find)
    result = clone.run(["انتقد مقتدى الصدر الانفجار.", "انتقد مقتدى الصدر الولايات المتحدة."])
    assert list(result.documents["status"]) == ["error", "ok"]
    assert "boom" in result.documents["error"].iloc[0]
    assert result.n_errors == 1 and len(result.statements) == 1


def test_extraction_is_deterministic_across_processes(extractor):
    texts = ["انتقد مقتدى الصدر الولايات المتحدة.", "كتائب حزب الله ترفض الحوار الاستراتيجي."] * 70
    one = extractor.run(texts).statements
    again = extractor.run(texts).statements
    two = extractor.run(texts, n_jobs=2).statements
    pd.testing.assert_frame_equal(one, again)
    pd.testing.assert_frame_equal(one, two)


def test_single_string_and_series_are_accepted(extractor):
    assert len(extractor.run("انتقد مقتدى الصدر الولايات المتحدة.").documents) == 1
    series = pd.Series(["انتقد مقتدى الصدر الولايات المتحدة.", "نص"])
    assert extractor.run(series).documents["doc_id"].tolist() == ["d0000", "d0001"]


@pytest.mark.parametrize(
    ("docs", "error", "message"),
    [
        (pd.DataFrame({"body": ["x"]}), ValueError, "'text'"),
        (pd.DataFrame({"doc_id": ["a", "a"], "text": ["x", "y"]}), ValueError, "repeated"),
        (42, TypeError, "int"),
        (["ok", 3], TypeError, r"docs\[1\]"),
    ],
)
def test_bad_input_is_named(extractor, docs, error, message):
    with pytest.raises(error, match=message):
        extractor.run(docs)


def test_bad_n_jobs_is_named(extractor):
    with pytest.raises(ValueError, match="n_jobs"):
        extractor.run(["x"], n_jobs=0)
