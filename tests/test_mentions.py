"""Tests for stancenet.extract.mentions: aliases, clitics, composition, roles, issues."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stancenet.extract.mentions import Mention, MentionMatcher, load_roles
from stancenet.registry import Actor, Issue, Registry, expand_nisba
from stancenet.text import split_sentences


def agent(id: str, name_ar: str, *aliases: str, name_en: str | None = None) -> Actor:
    return Actor(id, name_en or id.replace("_", " ").capitalize(), name_ar, aliases, kind="agent")


@pytest.fixture(scope="module")
def registry() -> Registry:
    actors = [
        Actor("irq", "Iraq", "العراق", ("بغداد",), kind="state", country="IRQ",
              nisba_ar=expand_nisba(["عراقي"])),
        Actor("usa", "United States", "الولايات المتحدة", ("واشنطن", "أمريكا"), kind="state",
              country="USA", nisba_ar=expand_nisba(["أمريكي"])),
        Actor("isr", "Israel", "إسرائيل", kind="state", country="ISR",
              nisba_ar=expand_nisba(["إسرائيلي"])),
        Actor("irn", "Iran", "إيران", ("طهران",), kind="state", country="IRN",
              nisba_ar=expand_nisba(["إيراني"])),
        Actor("lbn", "Lebanon", "لبنان", kind="state", country="LBN"),
        # an alias that a wrongly stripped ل would produce from لبنان
        Actor("banan", "Banan", "بنان", kind="person"),
        agent("army", "الجيش"),
        agent("police", "الشرطة"),
        agent("forces", "القوات"),
        agent("security_forces", "قوات الأمن", "القوات الأمنية", name_en="Security forces"),
        agent("government", "الحكومة"),
        agent("gunmen", "مسلحون", "مسلحين"),
        agent("demonstrators", "المتظاهرون", "المتظاهرين", "متظاهرون", "متظاهرين"),
        agent("officials", "المسؤولون", "المسؤولين", "مسؤولون", "مسؤولين"),
        agent("foreign_minister", "وزير الخارجية", name_en="Foreign Minister"),
        Actor("irq.army", "Iraqi Army", "الجيش العراقي", kind="institution", country="IRQ",
              agent="army"),
        Actor("irq.security_forces", "Iraqi security forces", "القوات الأمنية العراقية",
              kind="institution", country="IRQ", agent="security_forces"),
        Actor("irq.government", "Government of Iraq", "الحكومة العراقية", kind="government",
              country="IRQ", agent="government"),
        Actor("kataib_hezbollah", "Kataib Hezbollah", "كتائب حزب الله", kind="militia",
              country="IRQ"),
        Actor("hezbollah", "Hezbollah", "حزب الله", kind="party", country="LBN"),
        Actor("pmf", "Popular Mobilization Forces", "الحشد الشعبي", ("الحشد",), kind="militia",
              country="IRQ"),
        Actor("sadrist_movement", "Sadrist Movement", "التيار الصدري", kind="party",
              country="IRQ"),
        Actor("mustafa_al_kadhimi", "Mustafa al-Kadhimi", "مصطفى الكاظمي", ("الكاظمي",),
              kind="person", country="IRQ", role="prime minister"),
        Actor("abu_ali_al_askari", "Abu Ali al-Askari", "أبو علي العسكري", kind="person",
              country="IRQ", parent="kataib_hezbollah"),
    ]
    issues = [
        Issue("us_withdrawal", "US withdrawal", "انسحاب القوات الأمريكية",
              ("الانسحاب الأمريكي", "خروج القوات الأجنبية")),
        Issue("strategic_dialogue", "Strategic dialogue", "الحوار الاستراتيجي"),
    ]
    return Registry(actors, issues)


@pytest.fixture(scope="module")
def matcher(registry: Registry) -> MentionMatcher:
    return MentionMatcher(registry)


def mentions(matcher: MentionMatcher, text: str) -> list[Mention]:
    return matcher.find_text(text)


def ids(matcher: MentionMatcher, text: str) -> list[str]:
    return [m.id for m in mentions(matcher, text)]


# --- registry aliases and clitics ------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected_id", "expected_prefix"),
    [
        ("وبالعراق", "irq", "وب"),
        ("بالعراق", "irq", "ب"),
        ("للعراق", "irq", "ل"),
        ("وللعراق", "irq", "ول"),
        ("والكاظمي", "mustafa_al_kadhimi", "و"),
        ("فالحشد", "pmf", "ف"),
        ("كالحشد", "pmf", "ك"),
        ("لإيران", "irn", "ل"),
        ("العراق", "irq", ""),
    ],
)
def test_clitic_prefixes_are_stripped_and_recorded(
    matcher: MentionMatcher, word: str, expected_id: str, expected_prefix: str
) -> None:
    [mention] = mentions(matcher, f"رحب {word} بذلك")
    assert (mention.id, mention.prefix, mention.text) == (expected_id, expected_prefix, word)
    assert mention.method == "registry"


def test_unprefixed_reading_wins_over_a_stripped_one(matcher: MentionMatcher) -> None:
    # لبنان is Lebanon, not ل + بنان; بغداد is Baghdad, not ب + غداد
    assert [(m.id, m.prefix) for m in mentions(matcher, "زار لبنان ثم بغداد")] == [
        ("lbn", ""),
        ("irq", ""),
    ]
    assert [(m.id, m.prefix) for m in mentions(matcher, "وصل لبنان")] == [("lbn", "")]


def test_stripping_needs_a_long_enough_remainder(registry: Registry) -> None:
    short = Registry([*registry.actors.values(), Actor("xx", "XX", "قم", kind="state")], [])
    assert [m.id for m in MentionMatcher(short).find_text("وقم")] == []
    assert [m.id for m in MentionMatcher(short).find_text("قم")] == ["xx"]


def test_longest_match_first(matcher: MentionMatcher) -> None:
    assert ids(matcher, "هاجمت كتائب حزب الله القاعدة") == ["kataib_hezbollah"]
    assert ids(matcher, "قال حزب الله ثم كتائب حزب الله") == ["hezbollah", "kataib_hezbollah"]
    assert ids(matcher, "وقالت قيادة الحشد الشعبي") == ["pmf"]


def test_diacritics_and_letter_forms_do_not_block_a_match(matcher: MentionMatcher) -> None:
    text = "رحَّب مُصطفى الكاظِمي بقرارِ إيرانَ"
    found = mentions(matcher, text)
    assert [m.id for m in found] == ["mustafa_al_kadhimi", "irn"]
    assert all(text[m.start : m.end] == m.text for m in found)


def test_mentions_do_not_overlap_and_are_sorted(matcher: MentionMatcher) -> None:
    text = (
        "أكد الكاظمي أن العراق وإيران وواشنطن وكتائب حزب الله والحشد الشعبي والجيش العراقي "
        "يدعمون الحوار الاستراتيجي"
    )
    for sentence in split_sentences(text):
        found = matcher.find(sentence)
        assert len(found) == 8
        for before, after in zip(found, found[1:], strict=False):
            assert before.tok_end <= after.tok_start


# --- composed agents -------------------------------------------------------------------


def test_agent_with_nationality_uses_the_registry_actor_when_listed(
    matcher: MentionMatcher,
) -> None:
    [army] = mentions(matcher, "انتشر الجيش العراقي")
    assert (army.id, army.name, army.method) == ("irq.army", "Iraqi Army", "registry")
    # قوات الأمن العراقية is not an alias, but composes to the listed irq.security_forces
    [forces] = mentions(matcher, "انتشرت قوات الأمن العراقية")
    assert (forces.id, forces.method, forces.country) == ("irq.security_forces", "composed", "IRQ")
    assert forces.text == "قوات الأمن العراقية"


def test_agent_with_nationality_composes_an_id_the_registry_lacks(
    matcher: MentionMatcher,
) -> None:
    [police] = mentions(matcher, "اعتقلت الشرطة الإسرائيلية متظاهرين")[:1]
    assert (police.id, police.name, police.country, police.method) == (
        "isr.police", "Israeli police", "ISR", "composed",
    )
    assert ids(matcher, "وانسحبت القوات الأمريكية") == ["usa.forces"]
    assert ids(matcher, "خرج متظاهرون عراقيون") == ["irq.demonstrators"]
    assert ids(matcher, "قال مسؤولون إيرانيون") == ["irn.officials"]


def test_agent_in_construct_with_a_state_name_composes(matcher: MentionMatcher) -> None:
    assert ids(matcher, "أعلنت حكومة بغداد") == ["irq.government"]
    assert ids(matcher, "انسحب جيش إيران") == ["irn.army"]
    # the indefinite form composes with an indefinite adjective only
    assert ids(matcher, "انتشرت قوات أمريكية") == ["usa.forces"]
    assert ids(matcher, "انتشرت قوات الأمريكية") == []


def test_generic_agent_without_nationality_stays_generic(matcher: MentionMatcher) -> None:
    [found] = mentions(matcher, "انتشر الجيش في المدينة")
    assert (found.id, found.actor_kind, found.method) == ("army", "agent", "registry")


def test_nationality_adjective_alone_names_no_actor(matcher: MentionMatcher) -> None:
    assert ids(matcher, "قال المواطن العراقي إن الوضع صعب") == []


# --- role patterns ---------------------------------------------------------------------


def test_role_with_organisation_and_registry_person(matcher: MentionMatcher) -> None:
    text = "قال المتحدث باسم كتائب حزب الله أبو علي العسكري إن القرار مرفوض"
    [found] = mentions(matcher, text)
    assert found.id == "abu_ali_al_askari"
    assert found.text == "المتحدث باسم كتائب حزب الله أبو علي العسكري"
    assert (found.role, found.parent, found.method) == ("spokesman", "kataib_hezbollah", "registry")


def test_role_with_unknown_name_makes_a_new_person(matcher: MentionMatcher) -> None:
    text = "وقال المحلل السياسي أحمد الشريفي إن الحكومة أخطأت"
    found = mentions(matcher, text)
    assert [m.id for m in found] == ["new:احمد_الشريفي", "government"]
    person = found[0]
    assert (person.name, person.actor_kind, person.role, person.method) == (
        "أحمد الشريفي", "person", "political analyst", "pattern",
    )
    assert person.text == "المحلل السياسي أحمد الشريفي"


def test_new_person_name_keeps_particles_and_stops_at_stopwords(matcher: MentionMatcher) -> None:
    assert ids(matcher, "أكد الخبير الأمني أبو محمد الزيدي في تصريح") == ["new:ابو_محمد_الزيدي"]
    assert ids(matcher, "وأوضح الباحث علي حسن الأربعاء أن") == ["new:علي_حسن"]


def test_role_with_nationality_and_unknown_name(matcher: MentionMatcher) -> None:
    [found] = mentions(matcher, "قال وزير الخارجية الإيراني محمد جواد ظريف إن")
    assert found.id == "new:محمد_جواد_ظريف"
    assert (found.country, found.role, found.parent) == ("IRN", "foreign minister", "irn.government")


def test_role_with_nationality_and_registry_person(matcher: MentionMatcher) -> None:
    [found] = mentions(matcher, "أكد رئيس الوزراء العراقي مصطفى الكاظمي أن")
    assert (found.id, found.role, found.method) == ("mustafa_al_kadhimi", "prime minister", "registry")
    assert found.text == "رئيس الوزراء العراقي مصطفى الكاظمي"


def test_unnamed_spokesman_stands_for_the_body(matcher: MentionMatcher) -> None:
    [found] = mentions(matcher, "وقال المتحدث باسم كتائب حزب الله إن")
    assert (found.id, found.role, found.parent, found.method) == (
        "kataib_hezbollah", "spokesman", "kataib_hezbollah", "pattern",
    )
    [government] = mentions(matcher, "وقال المتحدث باسم الحكومة العراقية إن")
    assert (government.id, government.parent) == ("irq.government", "irq.government")


def test_unnamed_office_with_nationality_is_a_composed_office(matcher: MentionMatcher) -> None:
    [found] = mentions(matcher, "وصل وزير الخارجية الإيراني إلى بغداد")[:1]
    assert (found.id, found.country, found.role) == ("irn.foreign_minister", "IRN", "foreign minister")
    assert found.name == "Iranian foreign minister"
    assert ids(matcher, "دعا زعيم التيار الصدري إلى") == ["sadrist_movement.leader"]


def test_role_scope_may_carry_the_preposition_lam(matcher: MentionMatcher) -> None:
    [found] = mentions(matcher, "قال الأمين العام لكتائب حزب الله إن")
    assert (found.id, found.parent) == ("kataib_hezbollah.secretary_general", "kataib_hezbollah")


def test_official_of_a_country_is_its_officials(matcher: MentionMatcher) -> None:
    assert ids(matcher, "قال مسؤول عراقي إن") == ["irq.officials"]
    assert ids(matcher, "قال مسؤول في الحشد الشعبي إن") == ["pmf"]


def test_role_needing_a_scope_does_not_read_an_unknown_body_as_a_name(
    matcher: MentionMatcher,
) -> None:
    assert ids(matcher, "قال رئيس لجنة الأمن والدفاع النيابية إن") == []
    assert ids(matcher, "قال المتحدث باسم الجبهة الجديدة إن") == []


def test_role_without_scope_or_name_names_no_one(matcher: MentionMatcher) -> None:
    assert ids(matcher, "قال المحلل السياسي إن الوضع صعب") == []
    assert ids(matcher, "وصف الوزير ذلك") == []


def test_role_prefix_is_recorded(matcher: MentionMatcher) -> None:
    [found] = mentions(matcher, "رحب بالمحلل السياسي أحمد الشريفي")
    assert (found.id, found.prefix) == ("new:احمد_الشريفي", "ب")


# --- issues ----------------------------------------------------------------------------


def test_issue_keywords_with_clitics(matcher: MentionMatcher) -> None:
    found = mentions(matcher, "طالب البرلمان بالانسحاب الأمريكي ودعم الحوار الاستراتيجي")
    assert [(m.id, m.kind, m.prefix, m.method) for m in found] == [
        ("us_withdrawal", "issue", "ب", "keyword"),
        ("strategic_dialogue", "issue", "", "keyword"),
    ]
    assert found[0].actor_kind is None
    assert ids(matcher, "وطالب بانسحاب القوات الأمريكية") == ["us_withdrawal"]


# --- robustness ------------------------------------------------------------------------


def test_matcher_pickles(matcher: MentionMatcher) -> None:
    text = "قال المتحدث باسم كتائب حزب الله إن الجيش العراقي وبالعراق"
    copy = pickle.loads(pickle.dumps(matcher))
    assert copy.find_text(text) == matcher.find_text(text)


@pytest.mark.parametrize(
    "text",
    ["", "   \n\t ", "The Iraqi army left Baghdad.", "<div>العراق</div>&nbsp;", "\u064e\u0651 ـ",
     "\x00\x01\x02 الكاظمي \x7f", "😀😀 🇮🇶", "المتحدث باسم", "رئيس", "وزير الخارجية الإيراني"],
)
def test_bad_input_does_not_fail(matcher: MentionMatcher, text: str) -> None:
    for mention in matcher.find_text(text):
        assert text[mention.start : mention.end] == mention.text


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["العراق", "وبالعراق", "الجيش", "العراقي", "المتحدث", "باسم", "كتائب", "حزب", "الله",
             "المحلل", "السياسي", "أحمد", "إن", "،", ".", "«", "»", "لل", "و", "رئيس", "الوزراء",
             "الأمين", "العام", "لكتائب", "\u064e", "<b>", "مسؤول", "الإيراني", "قوات", "الأمن"]
        ),
        max_size=40,
    )
)
def test_mentions_on_random_word_salad_keep_offsets(matcher: MentionMatcher, words: list[str]) -> None:
    text = " ".join(words)
    for sentence in split_sentences(text):
        found = matcher.find(sentence)
        for before, after in zip(found, found[1:], strict=False):
            assert before.tok_end <= after.tok_start
        for mention in found:
            assert text[mention.start : mention.end] == mention.text
            assert 0 <= mention.tok_start < mention.tok_end <= len(sentence.tokens)


def test_hundred_thousand_word_document(matcher: MentionMatcher) -> None:
    sentence = "قال المتحدث باسم كتائب حزب الله إن الجيش العراقي وبالعراق يرفضان الانسحاب الأمريكي. "
    n_words = len(sentence.split())
    text = sentence * (100_000 // n_words + 1)
    found = matcher.find_text(text)
    assert len(found) == 4 * (100_000 // n_words + 1)


def test_long_runs_of_role_words_do_not_recurse(matcher: MentionMatcher) -> None:
    text = " ".join(["رئيس"] * 2000)
    assert matcher.find_text(text) == []


def test_matcher_rejects_what_is_not_a_registry() -> None:
    with pytest.raises(TypeError, match="registry"):
        MentionMatcher(registry={"irq": "Iraq"})


def test_role_lexicon_names_its_problems(tmp_path) -> None:
    path = tmp_path / "roles.yaml"
    path.write_text("roles: []\nclitics: []\nstopwords: []\n", encoding="utf-8")
    with pytest.raises(ValueError, match="name_particles"):
        load_roles(path)


def test_default_registry_and_role_lexicon_compile_and_find() -> None:
    matcher = MentionMatcher()
    found = matcher.find_text("رحب الجيش العراقي بقرار الحكومة العراقية")
    assert [m.id for m in found] == ["irq.army", "irq.government"]


def test_plural_nationality_noun_alone_is_the_countrys_people(registry: Registry) -> None:
    people = Registry([*registry.actors.values(), agent("people", "الشعب", name_en="The people")], [])
    matcher = MentionMatcher(people)
    [found] = matcher.find_text("رحب الإيرانيون بالقرار")
    assert (found.id, found.name, found.method, found.country) == (
        "irn.people", "Iranian people", "composed", "IRN",
    )
    assert [m.id for m in matcher.find_text("قتل ثلاثة عراقيين")] == ["irq.people"]
    assert [m.id for m in matcher.find_text("الشعب العراقي")] == ["irq.people"]
    assert matcher.find_text("قال المواطن العراقي") == []


def test_definite_role_does_not_take_a_following_name_as_its_scope(matcher: MentionMatcher) -> None:
    # he visited Baghdad; the MP accused the PMF: the names are objects, not possessors
    assert [(m.id, m.method) for m in mentions(matcher, "زار وزير الخارجية بغداد")] == [
        ("foreign_minister", "registry"), ("irq", "registry"),
    ]
    assert ids(matcher, "اتهم النائب الحشد الشعبي") == ["pmf"]
    # the construct form does take it
    assert ids(matcher, "قال وزير خارجية إيران إن") == ["irn.foreign_minister"]


def test_default_country_localises_generic_agents(matcher: MentionMatcher) -> None:
    text = "انتقد المتظاهرون الحكومة والجيش الأمريكي وكتائب حزب الله"
    assert ids(matcher, text) == ["demonstrators", "government", "usa.army", "kataib_hezbollah"]
    found = matcher.find_text(text, default_country="irq")
    assert [m.id for m in found] == [
        "irq.demonstrators", "irq.government", "usa.army", "kataib_hezbollah",
    ]
    assert (found[1].name, found[1].method, found[1].country) == (
        "Government of Iraq", "composed", "IRQ",
    )
    [spokesman] = matcher.find_text("وقال المتحدث باسم الحكومة إن", default_country="IRQ")
    assert (spokesman.id, spokesman.parent, spokesman.role) == (
        "irq.government", "irq.government", "spokesman",
    )


def test_nationality_at_reads_a_nisba_for_the_rules_stage(matcher: MentionMatcher) -> None:
    [sentence] = split_sentences("ندد العراق بالقصف الإسرائيلي على غزة")
    assert matcher.find(sentence)[0].id == "irq"
    assert matcher.nationality_at(sentence, 3) == ("ISR", 1)
    assert matcher.nationality_at(sentence, 2) is None
    assert matcher.nationality_at(sentence, 99) is None
    assert matcher.state_of("isr") == "isr"


# --- event-report agents, blocks, adjectives, issue article forms (default registry) ----------


@pytest.fixture(scope="module")
def default_matcher() -> MentionMatcher:
    return MentionMatcher()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل مسلحون خمسة مدنيين في السوق", ["gunmen", "civilians"]),
        ("فجر انتحاري نفسه قرب حافلة تقل زوارا", ["suicide_bombers"]),
        ("أصيب ثلاثة جنود أمريكيين", ["usa.forces"]),
        ("قتل جنديان أمريكيان", ["usa.forces"]),
        ("قتلت قوات الاحتلال مدنيا فلسطينيا", ["occupation_forces", "pse.civilians"]),
        ("هاجمت حركة طالبان مقرا للشرطة الأفغانية", ["taliban", "afg.police"]),
        ("اتهمت الحكومة الصومالية حركة الشباب بالهجوم", ["som.government", "al_shabaab"]),
        ("اشتبك الجيش اللبناني مع مسلحي فتح الإسلام", ["lbn.army", "fatah_al_islam"]),
        ("تبنت كتائب شهداء الأقصى وسرايا القدس العملية",
         ["al_aqsa_martyrs_brigades", "al_quds_brigades"]),
        ("تظاهر آلاف الطلاب والعمال أمام البرلمان", ["students", "workers", "parliament"]),
        ("هاجم مستوطنون إسرائيليون المصلين", ["isr.settlers", "worshippers"]),
        ("اعتقلت الشرطة متظاهرين أفغان", ["police", "afg.protesters"]),
        ("خطف مسلحون القنصل الأفغاني", ["gunmen", "afg.consul"]),
    ],
)
def test_event_report_agents_and_movements_are_found(
    default_matcher: MentionMatcher, text: str, expected: list[str]
) -> None:
    assert [m.id for m in default_matcher.find_text(text)] == expected


def test_sadr_city_is_not_muqtada_al_sadr(default_matcher: MentionMatcher) -> None:
    assert [m.id for m in default_matcher.find_text("سقطت قذائف على مدينة الصدر ببغداد")] == [
        "irq"
    ]
    assert [m.id for m in default_matcher.find_text("دعا الصدر أنصاره إلى الهدوء")] == [
        "muqtada_al_sadr"
    ]


def test_blocked_adjective_use_names_no_bomber(default_matcher: MentionMatcher) -> None:
    assert default_matcher.find_text("وقع هجوم انتحاري قرب السوق") == []
    assert [m.id for m in default_matcher.find_text("فجر انتحاري حزامه الناسف")] == [
        "suicide_bombers"
    ]


def test_bare_occupation_forces_is_not_a_composable_agent(default_matcher: MentionMatcher) -> None:
    [found] = default_matcher.find_text("قصفت قوات الاحتلال المنطقة")
    assert found.id == "occupation_forces" and found.actor_kind != "agent"
    [found] = default_matcher.find(split_sentences("قصفت قوات الاحتلال المنطقة")[0],
                                   default_country="IRQ")
    assert found.id == "occupation_forces"
    assert [m.id for m in default_matcher.find_text("قصفت قوات الاحتلال الإسرائيلي غزة")][0] == (
        "isr.army"
    )


def test_preposition_prefixed_noun_after_a_role_is_not_a_name(
    default_matcher: MentionMatcher,
) -> None:
    found = default_matcher.find_text("أشاد رئيس الوزراء بخدمة المتطوعين")
    assert [m.id for m in found][:1] == ["prime_minister"]
    assert not any(m.id.startswith("new:") for m in found)
    found = default_matcher.find_text("رحب رئيس الوزراء بدعم الجيران")
    assert not any(m.id.startswith("new:") for m in found)
    # a name that merely starts with ب is still a name
    assert default_matcher.find_text("قال المحلل السياسي باسل الكعبي")[0].id == "new:باسل_الكعبي"
    assert default_matcher.find_text("قال الرئيس بشار الأسد")[0].id == "bashar_al_assad"


def test_nationality_after_an_agent_adjective_composes(default_matcher: MentionMatcher) -> None:
    [found] = default_matcher.find_text("انتشرت القوات الخاصة العراقية في المدينة")
    assert found.id == "irq.special_forces" and found.country == "IRQ"
    [found] = default_matcher.find_text("انتشرت القوات النظامية السورية")
    assert (found.id, found.text) == ("syr.forces", "القوات النظامية السورية")
    # the adjective must agree in definiteness: no composition across القوات + خاصة + العراقية
    assert [m.id for m in default_matcher.find_text("وصلت القوات مسرعة العراقية")] == ["forces"]


def test_issue_keyword_found_with_the_article_the_other_way_round() -> None:
    registry = Registry(
        [],
        [
            Issue("strategic_dialogue", "Strategic dialogue", "الحوار الاستراتيجي"),
            Issue("normalisation", "Normalisation", "تطبيع"),
            Issue("us_withdrawal", "US withdrawal", "انسحاب القوات الأمريكية"),
        ],
    )
    matcher = MentionMatcher(registry)
    assert [m.id for m in matcher.find_text("دعا إلى حوار استراتيجي شامل")] == [
        "strategic_dialogue"
    ]
    assert [m.id for m in matcher.find_text("رفض التطبيع")] == ["normalisation"]
    # a construct phrase gets no article form
    assert matcher.find_text("رفض الانسحاب القوات الأمريكية") == []


def test_an_issue_variant_never_overrides_a_listed_phrase() -> None:
    registry = Registry(
        [Actor("dialogue_committee", "Dialogue committee", "حوار استراتيجي", kind="organisation")],
        [Issue("strategic_dialogue", "Strategic dialogue", "الحوار الاستراتيجي")],
    )
    matcher = MentionMatcher(registry)
    assert [m.id for m in matcher.find_text("اجتمع حوار استراتيجي")] == ["dialogue_committee"]


def test_office_modifier_before_a_name_is_skipped(matcher: MentionMatcher) -> None:
    [found] = mentions(matcher, "أكد رئيس الوزراء العراقي المستقيل مصطفى الكاظمي أن")
    assert found.id == "mustafa_al_kadhimi"
    assert found.text == "رئيس الوزراء العراقي المستقيل مصطفى الكاظمي"
    found = mentions(matcher, "وقال المحلل السياسي السابق أحمد الشريفي إن الحكومة أخطأت")
    assert found[0].id == "new:احمد_الشريفي"


def test_office_modifier_without_a_name_is_not_swallowed(matcher: MentionMatcher) -> None:
    found = mentions(matcher, "انتقد رئيس الوزراء العراقي السابق الحكومة")
    assert all(m.text.split()[-1] != "السابق" for m in found)
