"""Extraction of protest and assault events in the constructions real news reports use.

The sentences are our own, written in the style of wire reports; the packaged registry
supplies the actors (generic agents such as المتظاهرون، مسلحون and the states), with no
home-country composition so that the ids stay plain.
"""

from __future__ import annotations

import pytest

from stancenet.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(home_country=False)


def statements(extractor: Extractor, text: str) -> set[tuple[str, str, int]]:
    frame = extractor.run([text]).statements
    return set(zip(frame["source"], frame["target"], frame["polarity"], strict=True))


# ---------------------------------------------------------------- protests


def test_protest_participle_belongs_to_the_protesters_named_before_it(extractor):
    found = statements(extractor, "وخرج صباح الجمعة مئات من المتظاهرين احتجاجا على قرار الحكومة.")
    assert ("protesters", "government", -1) in found


def test_protest_noun_after_a_verb_of_going_out_is_the_protesters(extractor):
    found = statements(extractor, "آلاف المتظاهرين خرجوا للاحتجاج على سياسة الحكومة.")
    assert ("protesters", "government", -1) in found


def test_chanting_against_a_target_is_a_protest(extractor):
    found = statements(extractor, "وتدفق المتظاهرون إلى الساحة يهتفون ضد الحكومة.")
    assert ("protesters", "government", -1) in found


def test_quoted_death_to_slogan_is_the_chanters_protest(extractor):
    text = "وتجمع مئات المتظاهرين أمام المسجد مرددين هتافات منها «الموت لإسرائيل» و«الموت لأمريكا»."
    found = statements(extractor, text)
    assert ("protesters", "isr", -1) in found
    assert ("protesters", "usa", -1) in found
    # the first slogan's target is not the chanter of the second
    assert all(source in ("protesters",) for source, _, _ in found)


def test_down_with_slogan_targets_the_named_leader(extractor):
    found = statements(extractor, "وسار المتظاهرون في الشوارع مرددين «يسقط بوش».")
    assert ("protesters", "george_w_bush", -1) in found


def test_slogan_word_outside_a_chant_is_no_protest(extractor):
    # "يسقط" as a plain verb and "الموت" as a plain noun carry no stance
    assert statements(extractor, "وقال المتحدث إن الحكومة قد تسقط الشهر المقبل.") == set()
    assert statements(extractor, "وحكمت المحكمة بالموت لإيران في قضية قديمة.") == set()


def test_chants_hostile_to_states_are_the_protesters_opposition(extractor):
    text = "وسار المتظاهرون في المدينة ورددوا هتافات معادية لإيران والولايات المتحدة."
    found = statements(extractor, text)
    assert {("protesters", "irn", -1), ("protesters", "usa", -1)} <= found


def test_protest_organised_by_a_party_is_the_party_s(extractor):
    text = "وفرقت الشرطة مظاهرة نظمها حزب البعث ضد الحكومة."
    found = statements(extractor, text)
    assert any(target == "government" and polarity == -1 and source != "police"
               for source, target, polarity in found)


# ---------------------------------------------------------------- assaults


def test_attacker_named_by_nisba_on_the_attack_noun_after_a_passive_verb(extractor):
    found = statements(extractor, "وقتل عشرون مدنيا في سلسلة من الغارات الجوية الأمريكية أمس.")
    assert ("usa", "civilians", -1) in found


def test_victims_before_a_passive_verb_of_an_air_strike(extractor):
    text = "وقال مصدر إن «خمسة أشخاص، بينهم طفلان، قتلوا جراء ضربة جوية إسرائيلية»."
    found = statements(extractor, text)
    assert ("isr", "persons", -1) in found
    assert all(source == "isr" for source, _, _ in found)


def test_agent_of_an_attack_carried_out_by_someone_reaches_the_victims(extractor):
    text = "مقتل ثلاثة جنود وإصابة اثنين في هجوم نفذه مسلحون قرب المدينة."
    assert ("gunmen", "forces", -1) in statements(extractor, text)


def test_suffering_an_attack_attributed_to_a_group(extractor):
    text = "وتعرض الجنود أمس لهجوم انتحاري نسب إلى المتمردين."
    assert ("rebels", "forces", -1) in statements(extractor, text)


def test_agent_claiming_in_quotes_after_the_marker(extractor):
    text = "قتل أربعة من رجال الشرطة في هجوم تبناه «تنظيم القاعدة»."
    found = statements(extractor, text)
    assert any(target == "police" and polarity == -1 and source != "police"
               for source, target, polarity in found)


def test_attack_noun_without_a_named_attacker_gives_no_statement(extractor):
    text = "قتل عشرة أشخاص في انفجار سيارة مفخخة وسط المدينة."
    assert statements(extractor, text) == set()


def test_coordinated_protest_verb_keeps_the_subject_of_the_first_verb(extractor):
    found = statements(extractor, "وخرج الطلاب من الجامعة وساروا نحو السفارة الأمريكية.")
    assert ("students", "usa", -1) in found


def test_going_out_into_the_streets_in_anger_at_a_decision(extractor):
    text = "ونزل المتظاهرون إلى الشوارع وسط غضب متزايد من قرار بريطانيا."
    assert ("protesters", "gbr", -1) in statements(extractor, text)


def test_criticism_in_a_sentence_about_protesters_is_theirs(extractor):
    text = "إلى ذلك، خرج آلاف المتظاهرين في المدن الكبرى وانتقدوا الحكومة."
    assert ("protesters", "government", -1) in statements(extractor, text)


def test_protesting_a_killing_by_an_agent_opposes_the_agent(extractor):
    text = "خرج متظاهرون أمس للاحتجاج على مقتل ثلاثة مدنيين على يد القوات الأمريكية."
    found = statements(extractor, text)
    assert ("protesters", "usa.forces", -1) in found


def test_count_after_a_split_launch_verb_is_its_subject(extractor):
    text = "وأطلق بعض المسلحين النار على دورية للشرطة."
    found = statements(extractor, text)
    assert any(source == "gunmen" and polarity == -1 for source, _, polarity in found)


def test_unknown_target_right_after_a_cue_ending_in_its_preposition(extractor):
    text = "وقال مسؤولون إن مسلحين أطلقوا النار على موكب المحافظ."
    found = statements(extractor, text)
    assert any(source == "gunmen" and target.startswith("new:") and polarity == -1
               for source, target, polarity in found)


def test_claiming_responsibility_for_a_kidnapping_names_the_kidnapper(extractor):
    text = "وأعلن تنظيم القاعدة مسؤوليته عن خطف ثلاثة جنود أمريكيين."
    assert ("al_qaeda", "usa.forces", -1) in statements(extractor, text)


def test_riot_during_a_demonstration_is_no_stance_toward_it(extractor):
    text = "اندلعت أعمال شغب خلال مظاهرة نظمها محتجون ضد الحكومة."
    found = statements(extractor, text)
    assert ("protesters", "government", -1) in found
    assert all(polarity == -1 for _, _, polarity in found)


def test_nationality_of_the_cities_where_protesters_marched_is_no_target(extractor):
    text = "ونزل المتظاهرون إلى الشوارع في عدة مدن باكستانية."
    assert statements(extractor, text) == set()


def test_cheering_a_leader_is_support_not_protest(extractor):
    text = "وكان المتظاهرون يهتفون بحياة جورج بوش."
    assert statements(extractor, text) == {("protesters", "george_w_bush", 1)}


def test_demanding_the_return_of_a_leader_puts_no_pressure_on_him(extractor):
    text = "ورفع المتظاهرون شعارات للمطالبة بعودة الرئيس السابق صدام حسين."
    found = statements(extractor, text)
    assert ("protesters", "saddam_hussein", -1) not in found


def test_organisers_named_before_a_protest_participle_stage_it(extractor):
    text = "وخرجت مسيرات ضخمة نظمتها النقابات احتجاجا على سياسة الحكومة."
    found = statements(extractor, text)
    assert ("workers", "government", -1) in found


def test_victims_before_a_verb_with_a_marked_agent(extractor):
    text = "وقال مصدر إن ضابط شرطة وجنديا اختطفا من منزليهما على يد مسلحين."
    found = statements(extractor, text)
    assert {("gunmen", "police", -1), ("gunmen", "forces", -1)} <= found
    assert all(source == "gunmen" for source, _, _ in found)


def test_subject_of_a_verb_that_stages_a_protest_is_its_actor(extractor):
    found = statements(extractor, "ونظم طلاب الجامعة أمس اعتصاما ضد الحكومة.")
    assert ("students", "government", -1) in found


def test_a_state_of_world_news_is_a_target(extractor):
    text = "ورفع المتظاهرون اللافتات وهتفوا ضد إستونيا."
    assert ("protesters", "est", -1) in statements(extractor, text)


def test_chant_after_another_clause_is_the_protesters_not_the_police(extractor):
    text = ("وواجه المتظاهرون المعارضون طوقا أمنيا فرضته الشرطة ورددوا هتافات مناهضة "
            "للحكومة.")
    found = statements(extractor, text)
    assert ("protesters", "government", -1) in found
    assert all(source != "police" for source, _, _ in found)


def test_protest_participle_prefers_the_protesters_to_the_speaker_of_the_sentence(extractor):
    text = ("واستقبل الرئيس الأمريكي جورج بوش ضيفه، فيما تدفق آلاف المتظاهرين إلى المدينة "
            "احتجاجا على السياسة الأمريكية.")
    found = statements(extractor, text)
    assert ("protesters", "usa", -1) in found
    assert all(source == "protesters" for source, _, polarity in found if polarity < 0)


def test_the_whole_a_crowd_is_part_of_is_no_target(extractor):
    found = statements(extractor, "وسارت حشود من المتظاهرين ضد الحكومة.")
    assert ("crowd", "protesters", -1) not in found


def test_capital_after_in_is_a_place_not_a_target(extractor):
    found = statements(extractor, "وكان الآلاف قد خرجوا في مسيرات في العاصمة طهران.")
    assert all(target != "irn" for _, target, _ in found)


def test_air_strike_carried_out_by_an_army_on_a_base_of_a_group(extractor):
    text = "وجاءت الهجمات بعد ضربة جوية نفذها الجيش الباكستاني على قاعدة للمتشددين."
    assert ("pak.army", "militants", -1) in statements(extractor, text)


def test_subject_of_a_launch_verb_is_the_agent_of_the_raid(extractor):
    text = "وشنت الطائرات الإسرائيلية غارة على مقر لحركة حماس."
    assert ("isr.air_force", "hamas", -1) in statements(extractor, text)


def test_ordering_air_strikes_on_a_police_station(extractor):
    text = "وأوضح أن القوات الأجنبية أمرت بضربات جوية على مركز الشرطة."
    found = statements(extractor, text)
    assert any(target == "police" and polarity == -1 and source != "police"
               for source, target, polarity in found)


def test_positions_of_a_group_bombed_stand_for_the_group(extractor):
    text = "وقصفت طائرات أمريكية مواقع لحركة طالبان."
    assert ("usa.air_force", "taliban", -1) in statements(extractor, text)


def test_time_words_and_adjectives_are_never_open_targets(extractor):
    found = statements(extractor, "وخطف مسلحون الأسبوع الماضي عددا من الأشخاص.")
    assert all(not target.startswith("new:") for _, target, _ in found)
    found = statements(extractor, "وتبنت حركة حماس هجوما على الفلسطينية.")
    assert all(target != "new:الفلسطينيه" for _, target, _ in found)


def test_time_phrase_between_verb_and_victim_is_skipped(extractor):
    found = statements(extractor, "واغتال مسلحون مجهولون الأسبوع الماضي الصحفيين في المدينة.")
    assert ("gunmen", "journalists", -1) in found


def test_region_of_a_country_after_in_is_a_place_not_a_target(extractor):
    found = statements(extractor, "واقتحم مسلحون مطارا في وسط الصومال.")
    assert all(target != "som" for _, target, _ in found)


def test_weapon_with_a_nationality_stands_for_that_state_s_forces(extractor):
    found = statements(extractor, "وأصاب صاروخ إسرائيلي سيارة تقل ثلاثة من عناصر الشرطة.")
    assert any(source == "isr.forces" and polarity == -1 for source, _, polarity in found)
    # alone, a weapon names no one
    assert statements(extractor, "وأصاب صاروخ سيارة تقل ثلاثة من عناصر الشرطة.") == set()


def test_fire_of_a_nationality_after_a_passive_kill_names_the_state(extractor):
    found = statements(extractor, "وقتل ثلاثة مدنيين بنيران إسرائيلية.")
    assert ("isr", "civilians", -1) in found


def test_carrying_out_raids_is_launching_them(extractor):
    text = "ونفذت طائرات أمريكية غارات على مواقع لطالبان."
    assert ("usa.air_force", "taliban", -1) in statements(extractor, text)


def test_a_body_announcing_the_death_of_its_own_men_attacks_no_one(extractor):
    text = "من جهته، أعلن الجيش الأمريكي مقتل أحد جنوده في انفجار قنبلة."
    assert statements(extractor, text) == set()


def test_to_hell_slogan_targets_the_named_state(extractor):
    text = "وردد المتظاهرون هتافات منها «إلى الجحيم يا دنمارك»."
    assert ("protesters", "dnk", -1) in statements(extractor, text)


def test_imperative_slogan_against_a_state(extractor):
    text = "واجتاح المتظاهرون الشوارع على هتافات «لنسحق أمريكا»."
    assert ("protesters", "usa", -1) in statements(extractor, text)


# ---------------------------------------------------------------- clashes, repression, passives


def test_clashes_between_police_and_protesters_are_mutual_attacks(extractor):
    found = statements(extractor, "واندلعت صدامات بين الشرطة والمتظاهرين في وسط العاصمة.")
    assert {("police", "protesters", -1), ("protesters", "police", -1)} <= found


def test_verb_of_happening_next_to_a_clash_is_no_signing(extractor):
    found = statements(extractor, "ووقعت مواجهات عنيفة بين قوى الأمن ومئات الشبان في الضواحي.")
    assert ("security_forces", "youths", -1) in found
    assert all(polarity == -1 for _, _, polarity in found)
    found = statements(extractor, "وأسفرت الصدامات التي وقعت بين الشرطة والطلاب عن إصابة العشرات.")
    assert ("police", "students", -1) in found
    assert all(polarity == -1 for _, _, polarity in found)


def test_a_clash_party_is_not_the_author_of_a_protest(extractor):
    text = "ووقعت مواجهات بين الشرطة ومئات من الشبان الذين يحتجون على قرار الحكومة."
    found = statements(extractor, text)
    assert ("youths", "government", -1) in found
    assert ("police", "government", -1) not in found


def test_dispersing_or_crushing_protesters_is_force_against_them(extractor):
    assert ("army", "protesters", -1) in statements(
        extractor, "وأدى قمع الجيش للمتظاهرين إلى سقوط عشرات الجرحى.")
    assert ("police", "protesters", -1) in statements(
        extractor, "وفرقت الشرطة المتظاهرين بالغاز المسيل للدموع.")
    assert ("police", "protesters", -1) in statements(
        extractor, "وأطلقت الشرطة الرصاص المطاطي في الهواء لتفريق المتظاهرين.")


def test_agent_introduced_by_from_the_side_of_after_suffering_fire(extractor):
    text = "وتعرضت دورية للشرطة لإطلاق نار من جانب مسلحين مجهولين."
    assert ("gunmen", "police", -1) in statements(extractor, text)


def test_gathering_after_a_preposition_is_the_target_not_a_protest(extractor):
    text = "وأطلقت مروحية إسرائيلية صاروخا على تجمع للمدنيين في رفح."
    frame = extractor.run([text]).statements
    found = set(zip(frame["source"], frame["target"], frame["category"], strict=True))
    assert ("isr.air_force", "civilians", "attack") in found
    assert all(category != "protest" for _, _, category in found)


def test_victims_wounded_after_a_strike_the_forces_carried_out(extractor):
    text = "وأصيب سبعة أشخاص بعدما نفذت القوات الأمريكية ضربة جوية."
    assert ("usa.forces", "persons", -1) in statements(extractor, text)


def test_victims_killed_in_a_bombing_are_not_its_authors(extractor):
    for text in ("وقال المتحدث إن ستة مدنيين قتلوا في التفجير الانتحاري قرب السوق.",
                 "وقال المتحدث إن ستة مدنيين وثلاثة من رجال الشرطة قتلوا في التفجير الانتحاري."):
        assert all(source not in ("police", "civilians")
                   for source, _, _ in statements(extractor, text))


def test_protesters_demanding_that_the_military_step_down(extractor):
    text = "وطالب المتظاهرون العسكر بتسليم السلطة إلى المدنيين."
    assert ("protesters", "army", -1) in statements(extractor, text)


# ---------------------------------------------------------------- who was hit, who claims it


def test_plural_in_the_construct_state_with_its_genitive_is_the_subject(extractor):
    text = "وقال مسؤول محلي إن العشرات من مستوطني يتسهار هاجموا المزارعين في قرية عوريف."
    assert ("settlers", "workers", -1) in statements(extractor, text)


def test_count_marks_the_victims_after_a_described_subject(extractor):
    text = "وخطف مسلحون يرتدون زي الجيش أربعة صحفيين من فندقهم في بغداد."
    assert ("gunmen", "journalists", -1) in statements(extractor, text)


def test_time_phrase_and_count_do_not_separate_a_verb_from_its_victims(extractor):
    text = "واختطف مسلحون قبل يومين، عددا من العمال قرب الحدود."
    assert ("gunmen", "workers", -1) in statements(extractor, text)


def test_verb_quoted_by_the_reporter_and_a_title_of_the_victim(extractor):
    text = "وقالت الجمعية إن رجال أمن «اختطفوا» أمس رئيسها الدكتور أحمد سليمان من منزله."
    assert ("police", "new:احمد_سليمان", -1) in statements(extractor, text)


def test_claim_by_a_group_named_in_quotes_after_calling_itself(extractor):
    text = ("وأعلنت جماعة تطلق على نفسها «كتائب الثأر للشهداء» مسؤوليتها عن خطف ثلاثة جنود "
            "أمريكيين.")
    assert ("new:كتائب_الثار_للشهداء", "usa.forces", -1) in statements(extractor, text)


def test_plural_attack_noun_attributed_as_the_work_of_a_group(extractor):
    text = "وقتل عشرات المدنيين في هجمات يعتقد أنها من فعل مسلحين متشددين."
    assert ("gunmen", "civilians", -1) in statements(extractor, text)


def test_verbal_noun_of_an_attack_takes_no_junk_object_as_target(extractor):
    # the victim of a passive verb is no attacker, and what the attack was made with is no
    # target ("بسيارة مفخخة")
    assert statements(extractor, "وقتل سائق في هجوم بسيارة مفخخة.") == set()


# ---------------------------------------------------------------- slogans, insults, notes


def test_insults_hurled_at_a_body_are_disapproval_not_sympathy(extractor):
    text = "ووجه المتظاهرون الشتائم والسباب للحكومة أمام مقرها."
    found = statements(extractor, text)
    assert ("protesters", "government", -1) in found
    assert ("protesters", "government", 1) not in found


def test_chanted_call_to_go_names_its_target_even_when_unknown(extractor):
    found = statements(extractor, "وهتف المحتجون «ليرحل الطاغية» أمام القصر.")
    assert ("protesters", "new:الطاغيه", -1) in found


def test_rejecting_any_act_of_a_nationality_is_against_that_state(extractor):
    text = "وأعلن تحالف الفتح رفضه لأي وصاية تركية على العراق."
    assert ("fatah_alliance", "tur", -1) in statements(extractor, text)


def test_protest_note_is_a_protest_to_whom_it_is_handed(extractor):
    assert ("protesters", "usa", -1) in statements(
        extractor, "وسلم المحتجون مذكرة احتجاج إلى السفير الأمريكي.")
    assert ("students", "irn.ministry_of_foreign_affairs", -1) in statements(
        extractor, "وقدم الطلاب مذكرة احتجاج إلى وزارة الخارجية الإيرانية.")


# ---------------------------------------------------------------- demands of protesters, hostages


def test_purpose_demand_of_protesters_is_made_of_its_genitive(extractor):
    text = "وتجمع المتظاهرون في الساحة لمطالبة نوري المالكي بالاستقالة."
    found = statements(extractor, text)
    assert ("protesters", "nouri_al_maliki", -1) in found
    assert ("nouri_al_maliki", "protesters", -1) not in found


def test_purpose_of_a_rally_is_not_its_object(extractor):
    text = "وتجمع متظاهرون أمام البرلمان لمطالبة الحكومة بإطلاق سراح المعتقلين."
    found = statements(extractor, text)
    assert ("protesters", "parliament", -1) in found
    assert ("protesters", "general_amnesty_law", -1) not in found


def test_demanded_departure_names_its_target_even_when_unknown(extractor):
    text = "وخرج آلاف المتظاهرين في العاصمة يطالبون برحيل موغابي."
    assert ("protesters", "new:موغابي", -1) in statements(extractor, text)


def test_holding_people_hostage_is_an_attack_but_a_detention_is_not(extractor):
    text = "وقال الضابط إن «تلاميذ المدرسة احتجزوا أربعة من رجال الشرطة رهائن» منذ الصباح."
    assert ("students", "police", -1) in statements(extractor, text)
    assert statements(extractor, "واحتجزت الشرطة أربعة من المشتبه بهم.") == set()


def test_unknown_thing_a_group_is_described_against_after_the_clitic_lil(extractor):
    text = "وسار مئات الطلاب المعارضين للخصخصة في شوارع المدينة."
    assert ("students", "new:الخصخصه", -1) in statements(extractor, text)


def test_verb_of_saying_after_a_preposition_is_a_noun(extractor):
    text = "واعتصم العمال احتجاجا على نقل المصنع إلى مدينة أخرى."
    assert ("workers", "new:نقل_المصنع", -1) in statements(extractor, text)
    # a noun of saying after a preposition still frames what follows
    text = "وقالت الوزارة في بيان إن القوات قتلت ثلاثة مسلحين."
    assert ("forces", "gunmen", -1) in statements(extractor, text)


def test_negator_inside_a_name_negates_no_attack(extractor):
    text = "وقامت طائرة بدون طيار بقصف مواقع لحركة طالبان قرب الحدود."
    assert ("air_force", "taliban", -1) in statements(extractor, text)


def test_launching_missiles_as_a_verbal_noun_after_qama(extractor):
    text = "وقامت المروحيات الإسرائيلية بإطلاق صواريخ على مواقع لحزب الله."
    assert ("isr.air_force", "hezbollah", -1) in statements(extractor, text)


def test_fire_on_a_vehicle_hits_whom_it_carries(extractor):
    text = "وأطلقت القوات الأمريكية النار على سيارة تقل ثلاثة من قادة «كتائب حزب الله» قرب المطار."
    assert ("usa.forces", "kataib_hezbollah", -1) in statements(extractor, text)


def test_members_of_a_quoted_body_stand_for_the_body(extractor):
    text = "وقتل مسلحون خمسة من أعضاء «لجنة المصالحة الوطنية» في المدينة."
    assert ("gunmen", "new:لجنه_المصالحه_الوطنيه", -1) in statements(extractor, text)


# ---------------------------------------------------------------- deaths with a named agent


def test_dying_by_the_fire_of_a_named_agent_is_an_attack_by_it(extractor):
    text = "واستشهد ثلاثة فلسطينيين برصاص الجيش الإسرائيلي في نابلس."
    assert ("isr.army", "pse.people", -1) in statements(extractor, text)
    # a death with no agent named is no statement
    assert statements(extractor, "وتوفي الرئيس السابق في المستشفى.") == set()


def test_torture_in_the_prisons_of_a_state_is_that_state_s_attack(extractor):
    text = "وتوفي ثلاثة أسرى تحت التعذيب في السجون الإسرائيلية."
    assert ("isr", "detainees", -1) in statements(extractor, text)


def test_unknown_group_behind_an_attack_is_its_agent(extractor):
    text = "وقتل شرطيان في هجوم كانت خلفها عصابات التهريب."
    found = statements(extractor, text)
    assert ("new:عصابات_التهريب", "police", -1) in found
    assert ("police", "new:خلفها", -1) not in found


def test_own_forces_suffering_fire_from_members_of_a_group(extractor):
    text = "وقال البيان إن الجيش رد بعد تعرض قواته لإطلاق نار من جانب عناصر من تنظيم القاعدة."
    found = statements(extractor, text)
    assert ("al_qaeda", "army", -1) in found
    assert ("army", "al_qaeda", -1) not in found


def test_bomber_described_by_a_clause_blows_himself_up_by_a_convoy(extractor):
    text = "وقال الضابط إن انتحاريا يقود دراجة نارية، فجر نفسه قرب موكب رئيس البرلمان محمد الحلبوسي."
    assert ("suicide_bombers", "mohammed_al_halbousi", -1) in statements(extractor, text)


def test_imperfect_after_a_verb_of_beginning_keeps_the_first_subject(extractor):
    text = "وأغلق المتظاهرون الطريق السريع، وأخذوا يهاجمون رئيس الوزراء نوري المالكي."
    assert ("protesters", "nouri_al_maliki", -1) in statements(extractor, text)


def test_march_up_to_an_embassy_is_a_protest_against_its_state(extractor):
    text = "وسار مئات المحتجين من وسط المدينة حتى السفارة الأمريكية."
    assert ("protesters", "usa", -1) in statements(extractor, text)


def test_genitive_of_an_attack_noun_before_its_target_is_the_attacker(extractor):
    text = "وتصاعدت هجمات حركة طالبان على القوات الأجنبية."
    assert ("taliban", "foreign_forces", -1) in statements(extractor, text)
    text = "وأدانت الحكومة هجوم حركة طالبان على القوات الأجنبية."
    found = statements(extractor, text)
    assert ("government", "taliban", -1) in found
    assert ("government", "taliban", 1) not in found


def test_workers_named_before_a_protest_participle_are_its_actors(extractor):
    text = "وبحسب الشرطة، توقف عن العمل أمس مئات العمال احتجاجا على قرار الحكومة."
    found = statements(extractor, text)
    assert ("workers", "government", -1) in found
    assert ("police", "government", -1) not in found


def test_protesters_demand_of_an_unknown_body_is_pressure_on_it(extractor):
    text = "وخرج آلاف المتظاهرين في مسيرات تطالب البلدية بتحسين الخدمات."
    assert ("protesters", "new:البلديه", -1) in statements(extractor, text)
    # a speaker's demand of an unknown body is no protesters' pressure
    assert statements(extractor, "وطالب مسرور بارزاني المجتمع الدولي بحماية الإقليم.") == set()


def test_a_state_is_no_subject_of_a_plural_verb(extractor):
    text = "وخرج مئات المتظاهرين من جوامع القاهرة يرفضون التعديلات الدستورية."
    found = statements(extractor, text)
    assert ("protesters", "constitutional_amendment", -1) in found
    assert ("egy", "constitutional_amendment", -1) not in found


def test_what_protesters_denounce_is_their_target_known_or_not(extractor):
    text = "وخرج المتظاهرون من مساجد القاهرة ينددون بالفيلم المسيء."
    assert ("protesters", "new:الفيلم_المسيء", -1) in statements(extractor, text)


def test_chanted_imperatives_to_disarm_or_farewell_name_their_target(extractor):
    found = statements(extractor, "وهتف المتظاهرون «انزعوا سلاح الميليشيات» أمام البرلمان.")
    assert ("protesters", "militias", -1) in found
    found = statements(extractor, "ورفع المحتجون لافتات كتب عليها «وداعا يا مبارك».")
    assert ("protesters", "new:مبارك", -1) in found


def test_followers_of_someone_unknown_are_a_group_of_their_own(extractor):
    text = "وتجمع عدد من أنصار المرشح الخاسر أمام مقر اللجنة معلنين رفضهم لترشيح نوري المالكي."
    assert ("new:انصار_المرشح", "nouri_al_maliki", -1) in statements(extractor, text)
