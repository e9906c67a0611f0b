"""Tests for the actor/issue registry: packaged content, loading, merging, validation."""

from __future__ import annotations

import pickle
from collections import Counter
from importlib import resources

import pandas as pd
import pytest

import stancenet as sn
from stancenet.registry import (
    ACTOR_KINDS,
    Actor,
    Issue,
    Registry,
    RegistryError,
    default_registry,
    expand_nisba,
    load_registry,
    normalize_ar,
    read_registry_file,
)

OWN_ACTOR_FILES = (
    "10_iraq_state.yaml",
    "20_iraq_parties.yaml",
    "30_iraq_armed_factions.yaml",
    "40_region.yaml",
    "50_world.yaml",
    "60_agents.yaml",
    "70_movements_states.yaml",
)


@pytest.fixture(scope="module")
def registry() -> Registry:
    return default_registry()


def _write(path, text: str):
    path.write_text(text, encoding="utf-8")
    return path


# --- the packaged content -----------------------------------------------------------------


def test_default_registry_has_at_least_260_actors_and_32_issues(registry):
    assert len(registry.actors) >= 260
    assert len(registry.issues) >= 32


def test_top_level_api_exports_the_registry():
    r = sn.default_registry()
    assert r is default_registry()  # cached
    assert sn.load_registry is load_registry
    assert sn.Actor is Actor and sn.Issue is Issue and sn.RegistryError is RegistryError


def test_default_registry_validates_clean(registry):
    assert registry.validate() == []


def test_every_actor_has_an_arabic_name_and_a_known_kind(registry):
    for actor in registry.actors.values():
        assert any("\u0600" <= ch <= "\u06ff" for ch in actor.name_ar), actor.id
        assert actor.kind in ACTOR_KINDS


def test_every_issue_has_arabic_keywords(registry):
    for issue in registry.issues.values():
        assert len(issue.keywords_ar) >= 3, issue.id
        assert issue.description, issue.id


def test_own_data_files_do_not_repeat_ids_across_files():
    folder = resources.files("stancenet.registry") / "data" / "actors"
    ids: Counter[str] = Counter()
    for name in OWN_ACTOR_FILES:
        records, problems = read_registry_file(name, text=(folder / name).read_text("utf-8"))
        assert problems == []
        ids.update(r.id for r in records)
    assert [i for i, n in ids.items() if n > 1] == []


def test_states_have_nisba_forms_and_capital_metonyms(registry):
    irq = registry.actors["irq"]
    for form in ("عراقي", "العراقي", "العراقية", "العراقيين", "العراقيون", "عراقية"):
        assert form in irq.nisba_ar
    assert "بغداد" in irq.aliases_ar
    assert "طهران" in registry.actors["irn"].aliases_ar
    assert "واشنطن" in registry.actors["usa"].aliases_ar


def test_required_actors_are_present(registry):
    for actor_id in (
        "irq.government",
        "irq.parliament",
        "irq.army",
        "irq.security_forces",
        "usa.forces",
        "usa.embassy",
        "krg",
        "kataib_hezbollah",
        "asaib_ahl_al_haq",
        "pmf",
        "coordination_framework",
        "muqtada_al_sadr",
        "ali_al_sistani",
        "qassem_soleimani",
        "isis",
        "global_coalition",
        "hezbollah",
        "houthis",
        "army",
        "protesters",
        "gunmen",
    ):
        assert actor_id in registry.actors, actor_id
    for issue_id in ("us_withdrawal", "strategic_dialogue", "arab_opening", "pmf_status"):
        assert issue_id in registry.issues


def test_lebanese_hezbollah_and_iraqi_kataib_are_distinct(registry):
    assert registry.search("حزب الله").iloc[0]["id"] == "hezbollah"
    assert registry.search("كتائب حزب الله").iloc[0]["id"] == "kataib_hezbollah"


# --- lookups --------------------------------------------------------------------------------


def test_search_finds_actor_by_arabic_alias_in_another_spelling(registry):
    # 'ترمب' is an alias of Trump; a hamza/alef variant of an alias also matches
    assert "donald_trump" in set(registry.search("ترمب")["id"])
    assert registry.search("الامارات العربيه المتحده").iloc[0]["id"] == "are"


def test_search_finds_actor_by_english_name_case_insensitively(registry):
    found = registry.search("kataib hezbollah")
    assert list(found.columns) == ["id", "type", "name_en", "name_ar", "kind", "country", "matched"]
    assert found.iloc[0]["id"] == "kataib_hezbollah"


def test_search_finds_issues_by_keyword(registry):
    found = registry.search("الحوار الاستراتيجي")
    assert "strategic_dialogue" in set(found.loc[found["type"] == "issue", "id"])


def test_search_rejects_empty_text(registry):
    with pytest.raises(ValueError, match="text"):
        registry.search("  ")


def test_country_of_nisba_reads_nationality_adjectives(registry):
    assert registry.country_of_nisba("العراقي") == "IRQ"
    assert registry.country_of_nisba("الأميركية") == "USA"
    assert registry.country_of_nisba("الامريكيين") == "USA"
    assert registry.country_of_nisba("الإيرانيون") == "IRN"
    assert registry.country_of_nisba("الأتراك") == "TUR"
    assert registry.country_of_nisba("الحكومة") is None


def test_agent_actor_returns_the_country_institution(registry):
    assert registry.agent_actor("IRQ", "army").id == "irq.army"
    assert registry.agent_actor("usa", "forces").id == "usa.forces"
    assert registry.agent_actor(None, "army").id == "army"
    assert registry.agent_actor("IRQ", "no_such_agent") is None


def test_every_country_institution_uses_the_composed_id(registry):
    for actor in registry.actors.values():
        if actor.agent is not None:
            assert actor.id == f"{actor.country.lower()}.{actor.agent}"
            assert registry.actors[actor.agent].kind == "agent"


def test_name_falls_back_to_the_id(registry):
    assert registry.name("usa") == "United States"
    assert registry.name("no_such_id") == "no_such_id"
    assert registry.name("new:احمد_الشريفي") == "احمد الشريفي"


def test_frames_have_one_row_per_record(registry):
    actors = registry.actors_frame()
    issues = registry.issues_frame()
    assert isinstance(actors, pd.DataFrame) and len(actors) == len(registry.actors)
    assert len(issues) == len(registry.issues)
    assert actors.set_index("id").loc["irq", "nisba_ar"].startswith("عراقي")


def test_registry_pickles_round_trip(registry):
    registry.country_of_nisba("العراقي")  # build the lookup index first
    copy = pickle.loads(pickle.dumps(registry))
    assert copy.actors == registry.actors and copy.issues == registry.issues
    assert copy.country_of_nisba("العراقية") == "IRQ"


def test_normalize_folds_hamza_alef_maqsura_ta_marbuta_and_diacritics():
    assert normalize_ar("إِيرانُ") == normalize_ar("ايران")
    assert normalize_ar("مصطفى") == normalize_ar("مصطفي")
    assert normalize_ar("الحكومة") == normalize_ar("الحكومه")


def test_expand_nisba_gives_gender_number_and_article_forms():
    forms = expand_nisba(["سوري", "الأكراد"])
    assert set(forms) == {
        "سوري",
        "السوري",
        "سورية",
        "السورية",
        "سوريون",
        "السوريون",
        "سوريين",
        "السوريين",
        "سوريان",
        "السوريان",
        "سوريا",
        "الأكراد",
    }


# --- loading user files ---------------------------------------------------------------------

YAML_USER = """\
actors:
  - id: irq
    name_en: Republic of Iraq (user)
    name_ar: جمهورية العراق الاتحادية
    aliases_ar: [بغداد]
    kind: state
    country: IRQ
    nisba_ar: [عراقي]
  - id: ahmed_al_sharifi
    name_en: Ahmed al-Sharifi
    name_ar: أحمد الشريفي
    aliases_ar: [الشريفي]
    kind: person
    country: IRQ
    parent: irq.parliament
issues:
  - id: port_dispute
    name_en: Port dispute
    name_ar: نزاع الموانئ
    keywords_ar: [نزاع الموانئ]
"""


def test_load_registry_yaml_overrides_and_extends(tmp_path):
    path = _write(tmp_path / "user.yaml", YAML_USER)
    r = load_registry(path)
    assert r.actors["irq"].name_en == "Republic of Iraq (user)"
    assert r.actors["ahmed_al_sharifi"].name_ar == "أحمد الشريفي"
    assert r.issues["port_dispute"].keywords_ar == ("نزاع الموانئ",)
    assert len(r.actors) == len(default_registry().actors) + 1
    # the cached default is untouched
    assert default_registry().actors["irq"].name_en == "Iraq"


def test_load_registry_yaml_list_form_with_types(tmp_path):
    path = _write(
        tmp_path / "list.yml",
        "- {id: x_party, name_en: X Party, name_ar: حزب اكس, kind: party, country: IRQ}\n"
        "- {type: issue, id: x_issue, name_en: X issue, name_ar: قضية اكس, keywords_ar: [قضية اكس]}\n",
    )
    r = load_registry(path, include_defaults=False)
    assert set(r.actors) == {"x_party"} and set(r.issues) == {"x_issue"}


CSV_USER = (
    "id,type,name_en,name_ar,aliases_ar,aliases_en,kind,country,sector,parent,bloc,role,agent,keywords_ar\n"
    "usa,actor,United States of America,الولايات المتحدة,واشنطن|أمريكا,USA,state,USA,GOV,,,,,\n"
    "hamid_al_hayes,,Hamid al-Hayes,حميد الهايس,الهايس,,person,IRQ,CVL,,,tribal leader,,\n"
    "rent_law,issue,Rent law,قانون الإيجارات,,,,,,,,,,قانون الإيجارات|بدل الإيجار\n"
)


def test_load_registry_csv_overrides_and_extends_with_arabic_intact(tmp_path):
    path = _write(tmp_path / "user.csv", CSV_USER)
    r = load_registry(path)
    assert r.actors["usa"].name_en == "United States of America"
    assert r.actors["usa"].aliases_ar == ("واشنطن", "أمريكا")
    hayes = r.actors["hamid_al_hayes"]
    assert (hayes.name_ar, hayes.aliases_ar, hayes.role) == (
        "حميد الهايس",
        ("الهايس",),
        "tribal leader",
    )
    assert r.issues["rent_law"].keywords_ar == ("قانون الإيجارات", "بدل الإيجار")
    assert r.search("الهايس").iloc[0]["id"] == "hamid_al_hayes"


def test_csv_with_byte_order_mark_reads(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(("\ufeff" + "id,name_en,name_ar\nabc,Abc,أبك\n").encode("utf-8"))
    r = load_registry(path, include_defaults=False)
    assert r.actors["abc"].name_ar == "أبك"


def test_later_files_win_over_earlier_ones(tmp_path):
    a = _write(tmp_path / "a.yaml", "- {id: q, name_en: First, name_ar: الأول}\n")
    b = _write(tmp_path / "b.yaml", "- {id: q, name_en: Second, name_ar: الثاني}\n")
    assert load_registry(a, b, include_defaults=False).actors["q"].name_en == "Second"


# --- bad files ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- {name_en: No id, name_ar: بلا معرف}\n", r"record 1: missing required field 'id'"),
        (
            "- {id: ok, name_en: Ok, name_ar: حسن}\n- {id: bad_country, name_en: B, name_ar: ب, country: iraq}\n",
            r"record 2 \(id 'bad_country'\).*country",
        ),
        (
            "- {id: u, name_en: U, name_ar: ي, colour: red}\n",
            r"record 1 \(id 'u'\): unknown field.*colour",
        ),
        ("- {id: k, name_en: K, name_ar: ك, kind: wizard}\n", r"record 1 \(id 'k'\).*kind"),
        ("- {id: n, name_ar: ن}\n", r"record 1 \(id 'n'\): missing required field 'name_en'"),
        (
            "actors: [{id: a, name_en: A, name_ar: ا}]\npeople: []\n",
            r"unknown top-level key.*people",
        ),
        ("- [not, a, mapping]\n", r"record 1: a record must be a mapping"),
        ("- {id: 'has space', name_en: S, name_ar: س}\n", r"may not contain spaces"),
        (
            "- {id: r, name_en: R, name_ar: ر, role: leader, founder}\n",
            r"record 1 \(id 'r'\): unknown field.*founder.*quote a value that contains a comma",
        ),
    ],
)
def test_malformed_yaml_raises_registry_error_naming_file_and_record(tmp_path, text, message):
    path = _write(tmp_path / "bad.yaml", text)
    with pytest.raises(RegistryError, match=message) as info:
        load_registry(path, include_defaults=False)
    assert "bad.yaml" in str(info.value)


def test_malformed_csv_raises_registry_error_naming_file_and_row(tmp_path):
    unknown_column = _write(tmp_path / "cols.csv", "id,name_en,name_ar,colour\na,A,ا,red\n")
    with pytest.raises(RegistryError, match=r"cols\.csv: unknown column.*colour"):
        load_registry(unknown_column, include_defaults=False)
    bad_country = _write(tmp_path / "country.csv", "id,name_en,name_ar,country\na,A,ا,IQ\n")
    with pytest.raises(RegistryError, match=r"country\.csv: row 2 \(id 'a'\).*country"):
        load_registry(bad_country, include_defaults=False)
    wrong_field = _write(
        tmp_path / "wrong.csv", "id,type,name_en,name_ar,kind\ni,issue,I,ي,party\n"
    )
    with pytest.raises(RegistryError, match=r"row 2 \(id 'i'\): column 'kind' is not a field"):
        load_registry(wrong_field, include_defaults=False)


def test_unknown_file_type_and_missing_file_raise(tmp_path):
    with pytest.raises(RegistryError, match="unknown registry file type"):
        load_registry(tmp_path / "actors.json", include_defaults=False)
    with pytest.raises(RegistryError, match="no such registry file"):
        load_registry(tmp_path / "missing.yaml", include_defaults=False)


def test_unknown_parent_is_reported_by_validate_and_warned(tmp_path):
    path = _write(
        tmp_path / "orphan.yaml", "- {id: orphan, name_en: O, name_ar: يتيم, parent: nobody}\n"
    )
    with pytest.warns(UserWarning, match="unknown parent 'nobody'"):
        r = load_registry(path)
    assert "actor 'orphan': unknown parent 'nobody'" in r.validate()


def test_alias_claimed_by_two_actors_is_reported_after_normalisation(tmp_path):
    path = _write(
        tmp_path / "clash.yaml",
        "- {id: fake_sadr, name_en: Someone, name_ar: شخص ما, aliases_ar: [الصّدر]}\n",
    )
    with pytest.warns(UserWarning, match="claimed by several actors"):
        r = load_registry(path)
    problems = [p for p in r.validate() if "claimed" in p]
    assert len(problems) == 1
    assert "'muqtada_al_sadr'" in problems[0] and "'fake_sadr'" in problems[0]


def test_duplicate_id_inside_one_file_is_reported(tmp_path):
    path = _write(
        tmp_path / "dup.yaml",
        "- {id: twin, name_en: One, name_ar: واحد}\n- {id: twin, name_en: Two, name_ar: اثنان}\n",
    )
    with pytest.warns(UserWarning, match="duplicate actor id 'twin'"):
        r = load_registry(path, include_defaults=False)
    assert r.actors["twin"].name_en == "Two"


def test_issue_id_clashing_with_actor_id_is_reported(tmp_path):
    path = _write(tmp_path / "clash.yaml", "- {type: issue, id: irq, name_en: I, name_ar: قضية}\n")
    with pytest.warns(UserWarning):
        r = load_registry(path)
    assert "issue id 'irq' is also an actor id" in r.validate()


def test_institution_with_wrong_composed_id_is_reported():
    r = Registry(
        [
            Actor(id="army", name_en="Army", name_ar="الجيش", kind="agent"),
            Actor(
                id="iraqi_army",
                name_en="Iraqi Army",
                name_ar="الجيش العراقي",
                country="IRQ",
                agent="army",
            ),
        ],
        [],
    )
    assert r.validate() == [
        "actor 'iraqi_army': a country institution with agent 'army' must have id 'irq.army'"
    ]


def test_records_check_their_fields():
    with pytest.raises(RegistryError, match="country"):
        Actor(id="a", name_en="A", name_ar="ا", country="Iraq")
    with pytest.raises(RegistryError, match="name_ar"):
        Actor(id="a", name_en="A", name_ar="")
    with pytest.raises(RegistryError, match="'id'"):
        Issue(id="", name_en="I", name_ar="ي")
    with pytest.raises(RegistryError, match="keywords_ar"):
        Issue(id="i", name_en="I", name_ar="ي", keywords_ar=["list, not tuple"])


# --- issue direction ------------------------------------------------------------------------


def test_alias_table_lists_counter_keywords_with_reversed_polarity(registry):
    table = registry.alias_table()
    assert list(table.columns) == ["form", "norm", "n_tokens", "id", "type", "field", "polarity"]
    presence = table[table["form"] == "الوجود العسكري الأمريكي"].iloc[0]
    assert (presence["id"], presence["field"], presence["polarity"]) == (
        "us_withdrawal",
        "counter_keywords_ar",
        -1,
    )
    withdrawal = table[table["form"] == "انسحاب القوات الأمريكية"].iloc[0]
    assert withdrawal["polarity"] == 1
    # longest forms first, so 'كتائب حزب الله' is tried before 'حزب الله'
    assert table["n_tokens"].is_monotonic_decreasing


def test_counter_keywords_are_kept_out_of_keywords(registry):
    for issue in registry.issues.values():
        assert not set(map(normalize_ar, issue.keywords_ar)) & set(
            map(normalize_ar, issue.counter_keywords_ar)
        ), issue.id


def test_csv_reads_counter_keywords(tmp_path):
    path = _write(
        tmp_path / "issues.csv",
        "id,type,name_en,name_ar,keywords_ar,counter_keywords_ar\n"
        "dam_project,issue,Dam project,مشروع السد,بناء السد|مشروع السد الجديد,إيقاف السد\n",
    )
    issue = load_registry(path, include_defaults=False).issues["dam_project"]
    assert issue.keywords_ar == ("بناء السد", "مشروع السد الجديد")
    assert issue.counter_keywords_ar == ("إيقاف السد",)


# --- ids the registry does not list ---------------------------------------------------------


def test_resolve_describes_composed_and_generated_ids(registry):
    composed = registry.resolve("irn.armed_factions")
    assert (composed.name_en, composed.country, composed.kind, composed.agent) == (
        "Armed factions (Iran)",
        "IRN",
        "agent",
        "armed_factions",
    )
    role = registry.resolve("sadrist_movement.leader")
    assert (role.kind, role.parent, role.country) == ("person", "sadrist_movement", "IRQ")
    generated = registry.resolve("new:احمد_الشريفي")
    assert (generated.name_ar, generated.kind) == ("احمد الشريفي", "person")
    assert registry.resolve("irq.army") is registry.actors["irq.army"]
    assert registry.resolve("nowhere.army") is None
    assert registry.resolve("no_such_id") is None
    assert registry.name("irn.armed_factions") == "Armed factions (Iran)"


def test_user_file_may_name_a_generated_id(tmp_path):
    path = _write(
        tmp_path / "names.yaml",
        "- {id: 'new:احمد_الشريفي', name_en: Ahmed al-Sharifi, name_ar: أحمد الشريفي}\n",
    )
    r = load_registry(path)
    assert r.name("new:احمد_الشريفي") == "Ahmed al-Sharifi"


def test_every_person_has_a_role(registry):
    assert [a.id for a in registry.actors.values() if a.kind == "person" and not a.role] == []


def test_load_registry_reads_a_folder_in_sorted_order(tmp_path):
    _write(tmp_path / "b.yaml", "- {id: q, name_en: Second, name_ar: الثاني}\n")
    _write(tmp_path / "a.csv", "id,name_en,name_ar\nq,First,الأول\np,Other,آخر\n")
    _write(tmp_path / "notes.txt", "not a registry file")
    r = load_registry(tmp_path, include_defaults=False)
    assert r.actors["q"].name_en == "Second" and "p" in r.actors


def test_event_report_agents_and_movements_are_in_the_registry(registry):
    agents = {a.id for a in registry.generic_agents()}
    for agent in ("civilians", "suicide_bombers", "militants", "students", "pilgrims",
                  "workers", "children", "women", "detainees", "settlers", "demonstrators",
                  "worshippers", "journalists", "residents", "tribes", "officials"):
        assert agent in agents, agent
    for actor in ("taliban", "al_shabaab", "fatah_al_islam", "mahdi_army", "sahwa", "janjaweed",
                  "darfur_rebels", "polisario", "pjak", "pkk", "qassam_brigades",
                  "al_aqsa_martyrs_brigades", "al_quds_brigades", "hezbollah", "amal_movement"):
        assert registry.actors[actor].kind != "agent", actor
    for iso3 in ("AFG", "PAK", "SOM", "SDN", "LBY", "MAR", "DZA", "TUN", "YEM", "PSE", "LBN",
                 "SYR"):
        state = registry.state_of_country(iso3)
        assert state is not None and state.nisba_ar, iso3
    assert registry.validate() == []


def test_ambiguous_short_forms_are_not_global_aliases(registry):
    # a bare head noun is read only after the full name (the pipeline's definite anaphora)
    forms = {normalize_ar(f) for a in registry.actors.values() for f in a.surface_forms_ar}
    for short in ("الحشد", "الإطار", "المفوضية", "الهيئة", "الحوار", "الصحوة"):
        assert normalize_ar(short) not in forms, short


def test_expand_nisba_gives_dual_and_accusative():
    forms = expand_nisba(["أفغاني"])
    assert {"أفغانيان", "الأفغانيان", "أفغانيا"} <= set(forms)
