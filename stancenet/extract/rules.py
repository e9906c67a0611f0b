"""Statement rules: from a sentence's mentions and cues to who takes which stance toward whom.

This is the assembly stage of extraction. It reads one sentence at a time, in document order,
with the actor/issue mentions (:class:`stancenet.extract.mentions.MentionMatcher`) and the cues
(:class:`stancenet.extract.cues.Lexicon`) found in it, and returns :class:`RuleStatement` records.

Speaker (source) of a cue, first rule that applies:

0. *Reported clause*: a cue inside the clause a reported-speech frame introduces ("قال X إن
   ...", "وأضاف أن ...", after إن/أن, a colon or a quote) is the frame speaker's stance,
   whoever the clause names as its subject. An adverbial participle (مطالباً، داعياً، محذراً)
   shares the subject of its sentence.
1. *Subject before* (SVO, "الحكومة تدين ..."): an actor mention ending right before a verb
   (time words and قد may stand between; "A وB وC قد أعلنوا" gives all three; "X الذين
   اقتحموا" and "وكان X ... قد" reach back to X), not governed by a preposition; not used
   when the verb carries the conjunction و/ف (a coordinated verb shares the subject of the
   first one).
2. *Subject after* (VSO, "أدانت وزارة الخارجية ..."): an actor mention starting right after the
   verb (time words and a count such as معظم may stand between), not governed by a
   preposition. A title the role lexicon does not know may stand before a registry person
   ("قال المسؤول الأمني في الكتائب أبو علي العسكري"); a part or members of a body act for it
   ("قوة من الشرطة"، "قياديون في الفصائل", also before the verb: "مسلحون من القبائل أطلقوا").
   A description after the subject ("وطالب X، المعارض لـ Y، بـ ...") is skipped: it neither
   ends the clause nor gives the object. For a verbal noun without a possessive suffix the genitive after it is its
   subject ("رفض الفصائل للحوار") only when a target introduced by the expected preposition
   follows; otherwise it is the object.
3. *Frame*: the speaker of the nearest reported-speech frame before the cue in the sentence
   (قال/أكد/أعلن/أعرب X ...; a bare frame takes the subject of the sentence's first verb or
   the carried-over speaker; the subject of a main-clause verb counts too), or the source named
   by an attribution (بحسب X، وفقا لـ X) anywhere in the sentence.
4. *Carry-over*: the last named speaker of the document (a pronoun, a bare وأضاف/وتابع).
   Before it, an imperfect verb right after an indefinite noun ("صوت البرلمان على قانون
   يجرم X") takes the subject of the sentence's first verb: the adjectival clause states the
   main subject's stance.

A stance verb whose object is a clause ("وحذرت من أن الفصائل ستستأنف ...") frames that clause
like a verb of saying.

Event cues (attack, protest) never take rules 3-4: a killing is never attributed to whoever
last spoke. Their agent is a subject (rules 1-2), the agent of an event noun ("مقتل جنديين على
يد مسلحين"، "قام مسلحون بخطف ..."), a nationality adjective after an attack noun ("مقتل X
بغارة أمريكية" -> the United States attacks X), the actor of an earlier event verb of the same
sentence (for "...فقتلت"), or, with ``open_events``, a noun phrase the registry does not know
("اعتصم الطلاب" -> ``new:الطلاب``; it must look like a group: definite, plural, dual or a
nisba). A count right after an attack verb ("قتل ثلاثة أشخاص") is the victims of a passive,
never its agent. An attack verb followed by an agent marker is passive ("اغتيل X برصاص Y":
Y attacks X). "قامت X باعتقال Y": X (after or before قام) is the agent, Y the patient. Inside a
reported clause the speaker's own forces ("أعلن الجيش أن قواته قتلت") are the speaker. An
earlier event of the sentence lends its actor to a later attack only when it was an attack
too (protesters are not the authors of the killing they protest), and not across "ردا
على" (the attack retaliated for is someone else's). A person or a body before من is never the
crowd a group is drawn from ("حذر الصدر من X" warns against X).

Clashes and repression: a verb of happening next to an event noun ("ووقعت اشتباكات بين"، "الصدامات
التي وقعت بين") is no cue (وقعت is "occurred", not "signed"); the parties of a clash are no
protesters of a protest in the same sentence, nor the reverse. Dispersing or crushing
protesters (the lexicon's ``repress``: قمع، تفريق، فض) is an attack on them. A verb
form right after a preposition is a noun ("عن خطف"); a protest verb's there is a gathering, no
cue ("قذيفة على تجمع للمدنيين": the gathering of X is X). "X قتلوا في التفجير" (an attack verb,
a cause word, an attack noun that is no clash) is passive: X are victims, never the attackers.
A cause word before the launch verb ("أصيب X بعدما نفذت القوات ضربة جوية") names the victims
of the strike, as does the subject of an attack form before a nominal strike.

Victims and attackers in longer noun phrases: a plural in the construct state before its
genitive ("العشرات من مستوطني براخة هاجموا") is the subject of the verb after them; a verb the
reporter quotes («اختطفوا») keeps its subject; for an attack, a count marks the victims ("خطف
مسلحون يرتدون زي الشرطة خمسة بريطانيين"), counts and commas are no intervening words, and a
title with a possessive suffix may stand before a victim person ("منسقها العام الدكتور X"); a
claimant named in quotes after "تطلق على نفسها" is a ``new:`` actor. A verbal noun of an attack
takes no unknown noun phrase after it as its target ("هجوم بسيارة مفخخة"), nor the actor of
an earlier event of the sentence as its author.

Slogans, insults and notes: a quoted slogan with no preposition of its own ("«ليستقيل X»"،
"«يسقط X»") names its target right after it, known or not (a ``new:`` target); insults
(شتائم، سباب) are disapproval, and a second noun joined by و to a cue noun is no object of it
(no double negation); "أي" + a noun + a nationality ("رفضه لأي وصاية تركية") is about that
state; a protest note (مذكرة احتجاج) is a protest to whom it is handed (after إلى, or the
object of سلم/قدم before it), by the subject of the verb that hands it.

Demands of protesters: a demand or call noun with the purpose ل ("لمطالبة X بـ") in a sentence
about protesters is theirs, and its genitive is whom they make demands of; such a purpose
noun is no object of the protest verb before it. A demanded departure ("برحيل X"، 'بـ«استقالة
X»', the clitic written apart) names its target right after the noun, known or not. Holding
people is an attack only when hostages are named after it (the lexicon's ``hostage_words``).
In a demand of protesters (or after a participle or a describing verb: "مظاهرات تطالب السلطة
بوقف ...") an unknown definite noun phrase before the demanded thing is pressed (-1), and
what protesters denounce or reject after the cue's preposition is its target, known or not
("ينددون بالمعلمة"). A state named by its name (not a nationality) is no subject of a plural
verb right after it ("من مساجد الخرطوم ينددون").

Noun phrases and prepositions: a noun in the construct state with up to three genitive words ("تلاميذ مولانا عبد العزيز
احتجزوا") is the subject of the verb after them. After a preposition a verb of saying is a
noun ("احتجاجا على نقل النفايات"), except the lexicon's ``speech_nouns`` ("في بيان"); an
unknown noun phrase after the clitic لل ("المناهضين للعولمة") is read with its article.
A negator inside a mention negates nothing ("طائرة بدون طيار بقصف"). Members (the lexicon's
``member_nouns``: عناصر، أعضاء، نشطاء ...) stand for the body named after them, a mention or a
quoted name ("خمسة من أعضاء «مجلس X»"), and a vehicle or place is described by whom it carries
or who frequents it (تقل، يقصده) for an attack on it. Followers (``follower_nouns``: أنصار،
أتباع) of someone the registry does not know are a ``new:`` group ("أنصار الحريري").

Deaths: a verb or noun of dying (the lexicon's ``death_entries``: استشهد، توفي، لقي حتفه) is
an attack only through an agent the sentence names after it ("برصاص X"، "على يد X"), with who
died as its victims; after an agent marker (also "كانت خلفها"، "يقف وراءه") an unknown group
may be the agent (``new:``); a nationality after a place of custody names the agent of an
attack noun ("التعذيب في السجون الإسرائيلية"). The speaker's own forces after a verb of
suffering ("تعرض قواته لإطلاق نار") are the forces of the actor named last before. An attack
right by X's building, convoy or patrol ("فجر نفسه قرب موكب X"، خارج، أمام) is aimed at X; an
indefinite subject described by an imperfect clause and a comma ("انتحاريا يقود سيارة مفخخة،
فجر نفسه") is the subject of the verb after the comma. An imperfect after a coordinated verb
of beginning or going on (the lexicon's ``aspect_verbs``: وراحوا، وأخذوا) shares the subject
of the sentence's first verb. A cue for issues only whose object is an actor mention is a
plain preposition ("ساروا حتى السفارة الإسرائيلية": حتى is the march's goal, not "until").
The genitive of an attack noun of the lexicon's ``agent_genitive_nouns`` (هجوم، هجمات، غارات)
followed by على/ضد or a ل-object is its author ("هجمات طالبان على القوات"), also when the noun
is composed ("أدانت X هجوم طالبان على القوات" is against Taliban, sympathy for the forces).

Unnamed targets: an event whose target the text does not name ("اعتصم المتظاهرون قرب
المحطة") gives no statement; no placeholder actor is ever made up. A noun phrase of the
text after ضد/على may stand as a ``new:`` target (see ``open_events``); what an attack or
threat aims at is the state its nationality names ("ستستهدف المصالح الأمريكية"), and a protest against
an issue or a named government is an ordinary statement.

Target: the first actor or issue mention after the cue (after a VSO subject and past a
comma-bounded insert of up to seven words that names no bare actor: "انتقد الصدر، مساء
الأحد، X"; the subject of a launch verb is found past one too), before the next
cue, clause break or frame; a mention introduced by one of the cue's expected prepositions is
preferred (a capital after ب, "ببغداد", is a place, not a target; a decision, position or
effort of X stands for X: "رحب بقرار المحكمة"، "الحكم الصادر عن المحكمة"; taking part in X
is about X: "رفض المشاركة في الحكومة"; an adverb of manner is skipped: "بشكل قاطع";
rejecting accusations rejects their author: "رفض الاتهامات الأمريكية"; "بزعامة/برئاسة X"
is no object); adjuncts introduced by other prepositions ("في بغداد") are skipped; for an event noun the genitive after it is the
patient. Never the speaker itself. Mentions joined by و (or a comma) to the chosen source or
target are sources or targets too. `predicate` cues ("X خطوة على الطريق الصحيح") take the
first mention of their clause as target; `descriptor` cues ("X الموالية لإيران", also "X، التي
تضم فصائل موالية لإيران") read source before and target after. An object pronoun (إياه)
points back to the last target of the sentence.

Composition (also along a chain: "تعهد بمواصلة دعم X"): a verbal noun that is the object of
the cue before it ("طالب بطرد X"، "أدان
استهداف X"، "رحب بدعوة X"; the medium may stand between: "دان في بيان الهجوم على X") is
read through; a reflexive object ("دعا X إلى حل نفسها") sends the inner act back to X: the target is the noun's target and the polarity
the product of both (demanding an expulsion is opposition, condemning an attack on X is
sympathy for X). Condemning an attack whose agent is named by a nationality ("دان القصف
الإيراني") is opposition to that state. A demand addressed to an actor with no demanded
issue in sight ("طالب X Y بـ ...") is pressure on Y (-1), or an appeal when Y is an
international organisation (+1).

Symmetric cues (meet, agree, ally, clash; the lexicon's ``symmetric``) give the statement in
both directions; "بين A وB" names both parties, and coordinated subjects with no target
("A وB اتفقا") relate to each other. A negated symmetric cue is read one way only. "The two
sides" ("الجانبان"، "بين البلدين"; pipeline ``_two_sides``) are two actors joined by و earlier
in the sentence (the story's last meeting's if the sentence names them, else its first such
pair), or else the two parties of the story's last symmetric statement.

Object pronouns: a verb with an object pronoun ("واتهمه بـ"، "ودعاها إلى"; the lexicon compiles
these forms and never lets them displace a verbal noun with a possessive, "رفضه") takes as
target the sentence's last target, else the last actor named before it, else the story's last
targets or speakers (``_antecedents``; a dual pronoun takes two, a plural all). A pronoun
addressee of a call or demand is read like a named addressee. After a relative pronoun
("الفصائل التي تتهمها واشنطن") the pronoun is the noun described and the subject follows the
verb. Such a verb opens a clause, so one after a noun is an adjective that reads the same
("بصورة قاطعة"). An issue's counter keyword after a noun of ending ("إنهاء المهمة القتالية")
names the issue itself.

Hastening or going ahead with X ("إلى الإسراع في تشكيل الحكومة") is transparent: the target
is X.

A comma-bounded insert that opens with a preposition may name the speaker's aide ("دعا
الصدر، في بيان تلاه مساعده X، أتباعه إلى"). A leader's followers (أنصاره، أتباعه) as the object
of a cue are the body he leads, and a sentence that opens in a capital ("وفي بغداد،") composes
bare agents with that state (pipeline ``_followers``, ``_place_country``).

Condemning an attack whose author is a civil generic agent (protesters, tribes, gunmen) is a
stance toward that agent, not its state (``civil_agents``); a state organ (the army, the
air force) stands for its state.

A person named at the end of a longer title is named by the whole title ("ودعا ممثل الأمين
العام للأمم المتحدة X"), and "قوات X" is X (pipeline ``_title_heads``).

A verb right after a relative pronoun with no subject after it is the stance of the actor
the clause describes ("كتائب حزب الله التي تهاجم X"), and of no one when the described noun
names no actor ("الكتل التي تتمسك بالمحاصصة"). Curbing or deterring an actor's behaviour
opposes the actor (the lexicon's confront nouns; "سلوك إيران" is Iran).

An ambassador (a registry person whose role is ambassador) speaks for his state as well: the
statement is also written with the state as its source.

A verb the writer marked passive with a damma ("اتُّهم", "أُعلن") has no speaker: no stance
is read from it (event verbs keep their own passive rules).

Pacts: welcoming, supporting or rejecting an agreement between two actors ("رحبت واشنطن
بالاتفاق بين بغداد وأربيل") is a stance toward both parties when no target is named.

Charges and denials: the verbal noun after an accusation's object is the charge, the
accused's alleged act, and no stance of the accuser ("اتهمت واشنطن طهران بدعم الفصائل").
Denying (the lexicon's ``denial_entries``) is a rejection only of accusations right after
the verb and its subject ("نفت الخارجية الإيرانية الاتهامات الأمريكية"), and otherwise a verb
of saying. An issue named right after أي is the object ("أي تدخل أمريكي"); the nationality
after an act of the object's head (sanctions, claims, escalation) names its author, also past
an adjective and a preposition of the cue ("عن قلقه البالغ إزاء التصعيد التركي").

Context words (the lexicon's ``syntax`` section): a cue right after a conditional (إذا، لو،
ما دامت) is a condition, not a stance; a verb-looking cue after a word that governs a verbal
noun ("أهمية استمرار دعم X") is read as the noun; an object introduced by أي ("لن تعترف بأي
نتائج ...") is unspecified, so nothing later in the clause is its target (but "أي وجود لـ X" is
about X, and "أي اعتداء أمريكي" about the United States); a cue whose object is
a clause ("رفض أن يتحول العراق ...") has no actor target. Lexicon data also says which
generic agents act for the body after them ("نواب الإطار"), which aligned generic groups are
registry actors ("فصائل موالية لإيران" -> walai_factions), which institutions stand for their
state as targets (irn.consulate -> irn), and which publics an appeal addresses without a stance
("داعياً المواطنين"). A nationality adjective after a noun names a state target when no mention
is in reach ("مثمناً الجهود الصينية"), or right after the cue's object when that object is
something an actor says or does ("رفض التصريحات الإيرانية بشأن البحرين" is about Iran). Cooperation or consultation of a body with its own
state is no relation and is not emitted.

Story context (kept in `DocumentState`): a definite decision noun with no complement of its
own ("القرار"، "الحكم"، "القانون"، "الخطوة") stands for the subject of the document's first
sentence (the lede), and a definite attack noun ("الهجوم"، "القصف") for the actor of the last
attack read, including one who claimed it or launched it with no target named ("تبنت X الهجوم"; تبنى counts as a claim only with an
attack noun after it). Condemning an attack after its author is known is also a stance toward
the author. Welcoming "the resignation" (a definite act noun with no complement) reaches the
lede's subject. These targets carry a lower confidence (x0.7).

Further readings: a nationality after a definite verbal noun names whose stance it is ("الدعم
الأمريكي لـ X" is the United States' support); the genitive of a call or threat noun is its
author ("دعوة المرجعية البرلمان"), even inside reported speech; a threat whose object is only
named by its condition ("ما لم تتحرك الحكومة") is against that actor; a threat keeps its sign
when composed ("هدد بإغلاق الحدود مع X" is -1 toward X); a call names its addressee ("دعا X إلى
التعاون مع Y" is an appeal to X, and the cooperation with Y is read as well); a person who
"attacks" (هاجم) someone criticises them; an attack on a place hits whom the place hosts ("على
قاعدة تستضيف قوات أمريكية"); "أي علاقة مع X" is about X; "X كقوات احتلال" evaluates X; a
coordinated verb keeps the sentence's first subject; a clause after فيما/بينما has its own
subject; things two sides merely share ("الحدود المشتركة مع") are no joint act; a stance toward
an issue's counter keyword (mention method ``'counter'``: "السلاح المنفلت") counts reversed;
no stance is read against one's own state through its institutions, and no threat against it.

Negation: a negator (لا لم لن ليس غير عدم ما ...) within the lexicon's window before the cue
applies the category's policy from the lexicon: ``flip`` reverses polarity and halves the
weight (not supporting is weak opposition), ``drop`` emits nothing (a denied attack is not an
alliance).

Spokesman: a speaker mention whose ``role`` contains one of the lexicon's
``speaks_for_roles`` (spokesman, representative, official) and that has a ``parent`` yields the
statement for the person and again for the body. A leader (role 'leader', 'cleric') is not
his movement.

Confidence (a documented heuristic, not a probability): 0.9 for a VSO/SVO subject or a
descriptor, 0.85 for an event agent, 0.8 for a frame speaker, 0.6 for carry-over or an earlier
event's actor, 0.5 for an unknown noun phrase; times 0.85 when the target was not introduced by
an expected preposition (or adjacent), 0.7 for an unknown noun phrase or a story-context noun
("القرار"، "الهجوم") as target, 0.95 for a coordinated source or target, 0.8 when negated, 0.9
for a body reached through its spokesman.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import compress, count, pairwise
from operator import attrgetter, itemgetter
from typing import Any

from stancenet.extract.cues import Cue, Lexicon
from stancenet.extract.mentions import Mention
from stancenet.text._records import slot_constructor

__all__ = ["DocumentState", "RuleStatement", "StatementRules"]

_CONJUNCTIONS = ("و", "ف")
# "بشكل قاطع"، "بصورة واضحة": the word after them is an adverb of manner
_MANNER = frozenset({"بشكل", "وبشكل", "بصوره", "وبصوره"})
# "الذي يتزعمه X": who leads a body named just before
_LEADS = frozenset({"يتزعمه", "يتزعمها", "تتزعمه", "يقوده", "يقودها", "تقوده", "يرأسه", "يرأسها",
                    "ترأسه", "يراسه", "يراسها", "تراسه", "يتراسه", "يتراسها", "يترأسه"})
_ISSUED = frozenset({"الصادر", "الصادره", "الصادرين"})
# joining in: "رفض المشاركة في الحكومة" is a stance toward the government
_PARTICIPATION = frozenset({"المشاركه", "مشاركه", "الانضمام", "انضمام", "الدخول"})
# "كما اتهمت ...": as well, a second verb of the sentence
_ALSO = frozenset({"كما", "وكما", "ثم"})
_SEPARATORS = frozenset({"و", "،", ",", "او", "أو"})

# confidence factors (see the module docstring)
_SPEAKER_CONFIDENCE = {"before": 0.9, "after": 0.9, "agent": 0.85, "descriptor": 0.9,
                       "frame": 0.8, "event": 0.6, "carry": 0.6, "open": 0.5}
_OPEN_TARGET = 0.7
_RELATIVES = frozenset({"الذي", "التي", "الذين", "وهي", "وهو", "وهم"})
_MARKS = "\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"  # tatweel, diacritics
_ONE_OF = frozenset({"احد", "احدي", "اهم", "ابرز", "اقرب", "اكبر"})  # "X، أحد الحلفاء ..."
_RELATIVE_PRONOUNS = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"})
_BETWEEN = "بين"
# verbal nouns of hastening or going ahead, transparent to what follows them
_HASTEN = frozenset({"الاسراع", "التعجيل", "المضي", "الشروع", "البدء", "العمل"})
# pacts that stand for their parties ("رحب بالاتفاق بين بغداد وأربيل"), and the stances that
# may take them as their object
_PACTS = frozenset({"اتفاق", "اتفاقيه", "تفاهم", "مصالحه", "هدنه", "تقارب", "اتفاقات",
                    "تفاهمات"})
_PACT_CATEGORIES = frozenset({"praise", "support", "reject", "disapprove"})
_PACT_CLITICS = ("", "بال", "لل", "ال", "ب", "ل")  # "بالاتفاق"، "للاتفاق"، "اتفاق"
_PACT_FORMS = frozenset(clitic + pact for clitic in _PACT_CLITICS for pact in _PACTS)
_AGAINST = frozenset({"ضد", "علي"})
# stances whose target may be named by a nationality adjective alone
_NISBA_TARGET_CATEGORIES = frozenset({"praise", "disapprove", "accuse", "reject", "protest",
                                      "attack", "threaten"})
_ANY = frozenset({"باي", "اي", "لاي", "واي"})
_PRONOUN_COMPLEMENTIZERS = frozenset({"انها", "انه", "انهم", "بانها", "بانه", "بانهم"})
_QUOTES = frozenset({'"', "«", "»", "“", "”", "'"})
_CLOSING_QUOTES = frozenset({"»", "”"})
_DAMMA = "\u064f"  # the vowel a writer adds to mark a passive verb (اتُّهم، أُعلن)
_REFLEXIVES = frozenset({"نفسها", "نفسه", "انفسهم", "نفسيهما", "انفسها"})
_OBJECT_PRONOUNS = frozenset({"اياه", "اياها", "اياهم", "اياهما"})
_IMPERFECT = ("ي", "ت", "ن")
_BUILDINGS = frozenset({"مقر", "مبني", "مكتب", "قصر", "منزل", "مقار", "مكاتب", "قاعده", "مركز",
                        # a convoy or patrol is its owner's too ("قرب موكب الشيخ X")
                        "موكب", "قافله", "دوريه", "مراكز", "مباني", "مقرات"})
# words of nearness: an attack right by X's building or convoy is aimed at X
_NEAR = frozenset({"قرب", "امام", "خارج", "داخل", "عند", "بالقرب"})
# nouns for what an actor did or said, which a stance toward them aims at ("رحب بقرار X")
_POSSESSED = frozenset({"قرار", "قرارات", "مبادره", "موقف", "مواقف", "جهود", "مقترح", "اقتراح",
                        "سلوك", "نهج", "انشطه", "نشاطات",
                        "دعوه", "تصريحات", "خطوه", "سياسه", "سياسات", "حكم", "اعلان", "تعامل",
                        "ممارسات", "اجراءات", "تصرفات", "انتهاكات", "تدخل", "دور",
                        # supporting X's nomination or designation is supporting X
                        "ترشيح", "تكليف", "بطولات", "تضحيات", "انتصارات", "انجازات", "صمود",
                        # the fighters or positions of X stand for X ("ضد مسلحي حزب العمال")
                        "مسلحي", "مقاتلي", "عناصر", "مواقع", "معاقل", "مقرات",
                        # supporting the stability or security of X is supporting X
                        "استقرار", "امن",
                        # a gathering of X is X ("قذيفة على تجمع للمدنيين")
                        "تجمع", "تجمعا", "حشد", "حشدا"})
# what an actor says or does, whose nationality names the actor ("التصريحات الإيرانية")
_OWN_ACTS = _POSSESSED | frozenset({"اتهامات", "تدخلات", "تهديدات", "اعتداءات", "مطالب",
                                    "شروط", "ضغوط", "ضغوطات", "عقوبات", "مزاعم", "ادعاءات",
                                    "تصعيد"})
_PLURAL = re.compile("(ون|ين)$")
_POSSESSIVE = re.compile("..[^ا](ه|ها|هم)$")  # a noun with a possessive suffix (منسقها، قائده)
_KANA = frozenset({"كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا"})
_QAMA = frozenset({"قام", "قامت", "قاموا", "وقام", "وقامت", "وقاموا", "يقوم", "تقوم", "يقومون",
                   "ويقوم", "وتقوم",
                   # "أمرت القوات بضربات جوية على X": who orders an attack carries it out
                   "امر", "امرت", "وامر", "وامرت"})
_CLAUSE_OPENERS = frozenset({"حيث", "كما", "ثم", "وقد", "فقد", "اذ", "عندما", "بعدما", "حين",
                             "وكان", "وكانت", "كان", "كانت", "فيما", "بينما"})
# an unknown noun phrase names an actor when it is definite, plural, dual or a nisba
_GROUP_ENDING = re.compile("(ون|ين|ات|ان|يه|ي)$")
_ARABIC_WORD = re.compile("[\u0621-\u064a]+")
_INDEFINITE_ADJECTIVE = re.compile("(ون|ين|يه|ي|ان)$")
_OPEN_CLITICS = ("وبال", "وال", "بال", "فال", "لل", "ولل", "كال")
# which DocumentState list names the author of each kind of event noun
_AUTHOR_OF = {"decision": "lede", "attack": "attacker", "accusation": "accuser"}
_EVENT_CLITICS = ("", "و", "ف", "ب", "وب", "فب")
_EVENT_TARGET = 0.7  # confidence factor for a target reached through "the decision"/"the attack"
_CLAUSE_MARKS = frozenset({"،", ",", ".", ":", "؛", ";"})
_COMMAS = frozenset({"،", ","})
# actors that are never a crowd something else is drawn from ("حشود من المتظاهرين")
_NO_CROWD = frozenset({"person", "state", "government", "institution", "organisation", "party"})
_PRESENCE = frozenset({"عوده", "نفوذ", "وجود", "هيمنه", "سيطره", "سياسات", "سياسه", "تدخل",
                       "تدخلات", "بقاء", "حكم", "تواجد", "دور", "نشاط"})
_TIES = frozenset({"علاقه", "علاقات", "تعامل", "اتصال", "اتصالات", "تطبيع", "تعاون"})
_BODY_NOUNS = frozenset({"بعثه", "مكتب", "وفد", "قياده", "لجنه", "امانه", "مجلس", "رئاسه",
                        "سفاره", "قنصليه", "مندوب", "مندوبيه"})
_RANKS = frozenset({"العميد", "اللواء", "الفريق", "العقيد", "المقدم", "الرائد", "الشيخ",
                    "السيد", "الدكتور", "المهندس", "القاضي", "الجنرال", "الأدميرال", "الادميرال"})
_TITLES = frozenset({"رئيس", "رئيسه", "زعيم", "امين", "وزير", "وزيره", "قائد", "مرشد", "ممثل",
                     "سفير", "نائب", "محافظ", "مستشار", "متحدث", "ناطق"})
_CALLER_NOUNS = frozenset({"appeal", "threaten"})
# prepositions after which a verb-looking word is a noun (not من: "من قتل" is "who killed")
_NOUN_GOVERNORS = frozenset({"علي", "الي", "في", "عن", "ضد", "مع", "حول", "بعد", "قبل"})
_RETALIATION = frozenset({"ردا", "رداً", "انتقاما", "ثارا"})
_NEW_CLAUSE = frozenset({"فيما", "بينما", "وفيما", "وبينما"})
# words after which a word may be a verb with an object pronoun ("لكنه حذره"، "لم يتهمها")
# rather than a noun or an adjective that reads the same ("بصورة قاطعة")
_VERB_OPENERS = frozenset({"،", ",", "؛", ":", *_QUOTES, "قد", "لقد", "لم", "لن", "لا", "ما",
                           "ثم", "كما", "بل", "انه", "انها", "حين", "عندما", "بعدما",
                           "حيث", "اذ", "فيما", "بينما", "لكن", "لكنه", "لكنها", "ولكن",
                           "ولكنه", "ولكنها", "الذي", "التي", "الذين", "وقد", "ولم", "ولن"})
_LOOSE_TARGET = 0.85
_COORDINATED = 0.95
_NEGATED = 0.8
_VIA_SPOKESMAN = 0.9
# (C-level getters: set(map(_ID_OF, ms)) builds an id set without a comprehension's frame)
_ID_OF = attrgetter("id")
_START_OF = attrgetter("tok_start")
_TARGET_OF = itemgetter(1)  # of a (source, target, loose, coordinated) pair


@dataclass(frozen=True, slots=True)
class RuleStatement:
    """One stance read by the rules, before it becomes a row of the statements table.

    Attributes
    ----------
    source, source_name, source_mention : str
        Actor id, readable name and the words that named it.
    target, target_name, target_mention, target_kind : str
        Actor or issue id, name, words, and ``'actor'`` or ``'issue'``.
    polarity : int
        +1 or -1.
    weight : float
        Magnitude after negation.
    category : str
        Cue family.
    cue : str
        Surface text of the cue.
    negated : bool
        A negator was seen and applied.
    confidence : float
        Heuristic confidence in [0, 1].
    speaker_rule : str
        Which speaker rule applied (``'before'``, ``'after'``, ``'frame'``, ``'carry'``,
        ``'agent'``, ``'descriptor'``).
    """

    source: str
    source_name: str
    source_mention: str
    target: str
    target_name: str
    target_mention: str
    target_kind: str
    polarity: int
    weight: float
    category: str
    cue: str
    negated: bool
    confidence: float
    speaker_rule: str


# a statement is built for every (source, target) a cue gives; this skips the frozen
# __init__'s generic setattr
_new_statement = slot_constructor(RuleStatement)


@dataclass
class DocumentState:
    """What the rules carry from one sentence of a document to the next.

    Attributes
    ----------
    last_speakers : list of Mention
        The last explicitly named speaker(s), for pronoun and bare-verb carry-over.
    lede : list of Mention or None
        The subject of the document's first sentence (None until that sentence is read): the
        author of "the decision", "the ruling", "the law" the story later speaks of.
    attacker : list of Mention
        The actor(s) of the document's last attack, for a later "the attack".
    accuser : list of Mention
        Who made the document's last accusation ("ورفض المتحدث هذه الاتهامات" rejects them).
    victims : list of Mention
        Whom the document's last attack hit ("ودان X الاغتيال" with no author named is
        sympathy for them).
    last_targets : list of Mention
        The actors the last sentence with statements took a stance toward, for an object
        pronoun in the next one ("هاجم X Y." ... "واتهمه بـ").
    parties : list of Mention
        The two actors of the story's last meeting or other relation both sides enter, for
        a later "the two sides" ("الجانبان"، "الطرفين"، "البلدين").
    """

    last_speakers: list[Any] = field(default_factory=list)
    lede: list[Any] | None = None
    attacker: list[Any] = field(default_factory=list)
    victims: list[Any] = field(default_factory=list)
    accuser: list[Any] = field(default_factory=list)
    last_targets: list[Any] = field(default_factory=list)
    parties: list[Any] = field(default_factory=list)


class _Context:
    """What the rules know about the sentence being read."""

    # (a plain slotted class: one is built per sentence, and a dataclass's __init__ calls a
    # factory for each of its eleven mutable defaults)
    __slots__ = ("norms", "tokens", "starting", "ending", "blocked", "state", "frame",
                 "event_frame", "event_category", "attribution", "reported_from", "leading",
                 "polarity", "absorbed", "last_targets", "extra", "descriptions", "described",
                 "described_by")

    def __init__(self, norms: list[str], tokens: Sequence[Any], starting: dict[int, Any],
                 ending: dict[int, Any], blocked: set[int], state: DocumentState) -> None:
        self.norms = norms
        self.tokens = tokens
        self.starting = starting
        self.ending = ending
        self.blocked = blocked
        self.state = state
        self.frame: list[Any] = []  # speaker(s) of the current main clause
        self.event_frame: list[Any] = []  # actor(s) of the last event
        self.event_category = ""  # its category (a protester is not the author of a killing)
        self.attribution: list[Any] = []  # بحسب X
        self.reported_from = 1 << 30  # cues from here on are inside the reported clause
        self.leading: list[Any] = []  # subject of the first verb
        self.polarity: int | None = None  # a polarity the last cue read imposes on its statements
        self.absorbed: dict[int, Cue] = {}  # outer cue id -> its noun object
        self.last_targets: list[Any] = []  # targets of the last statement
        self.extra: list[tuple[Any, int]] = []  # (target, polarity) besides
        self.descriptions: dict[int, int] = {}  # descriptor start -> its end
        self.described: frozenset[int] = frozenset()  # tokens inside those descriptions
        self.described_by: dict[int, Any] = {}  # description end -> source


def two_named(mentions: Sequence[Any], before: int, parties: Sequence[Any]) -> list[Any]:
    """Whom "the two" ("البلدين"، "الجانبان") at token ``before`` stands for: two actors
    joined by و before it ("تركيا وإيران ... متهمة البلدين"), the pair that is the story's
    last meeting's ``parties`` if the sentence names them so, else the sentence's first
    such pair (its subject: "شكرت السعودية وإيران العراق وسلطنة عمان على استضافة الحوار
    بين الجانبين"); with no such pair, ``parties``. ``mentions`` are sorted."""
    pairs = [[first, second] for first, second in pairwise(mentions)
             if second.tok_end <= before and first.kind == second.kind == "actor"
             and first.tok_end == second.tok_start and second.prefix[:1] == "و"
             and first.id != second.id and "pair" not in (first.method, second.method)]
    known = {p.id for p in parties}
    return next((p for p in pairs if {m.id for m in p} == known), None) or \
        (pairs[0] if pairs else list(parties))


@cache  # (a pure function of a clitic prefix, of which there are a few dozen)
def _prep_of_prefix(prefix: str) -> str:
    """The preposition inside a clitic prefix ('وب' -> 'ب', 'لل' -> 'ل', 'و' -> '')."""
    rest = prefix
    while rest[:1] in _CONJUNCTIONS and rest:
        rest = rest[1:]
    return rest[:1] if rest[:1] in ("ب", "ل", "ك") else ""


class StatementRules:
    """The rules of the module docstring, compiled against one lexicon.

    Parameters
    ----------
    lexicon : Lexicon
        The compiled cue lexicon (its ``syntax`` word classes are read here).
    name_of : callable, optional
        Id -> readable name, for the bodies reached through a spokesman's ``parent``.
    known_ids : container of str, optional
        Registry ids, to apply the lexicon's ``aligned_groups`` only to actors that exist.
    nisba : mapping, optional
        Normalised nationality adjective -> (state id, state name), to read the agent of an
        attack noun ("بغارة أمريكية", "القصف الإيراني").
    open_events : bool, default True
        For event cues (attack, protest), read a noun phrase the registry does not know as
        the actor ("اعتصم الطلاب", id ``new:الطلاب``) when no mention stands in the subject or
        object place; such statements get a low confidence (0.5).
    civil_agents : container of str, optional
        Generic agents that are no organ of their state (protesters, tribes, gunmen): the
        author of an attack such an agent carried out is the agent, not its state.
    """

    def __init__(
        self,
        lexicon: Lexicon,
        name_of: Callable[[str], str] | None = None,
        *,
        open_events: bool = True,
        nisba: Mapping[str, tuple[str, str]] | None = None,
        known_ids: Any = None,
        civil_agents: Any = frozenset(),
    ) -> None:
        self.lexicon = lexicon
        self.civil_agents = frozenset(civil_agents)
        self.known_ids = frozenset(known_ids or ())
        self._starting_of: Mapping[int, Any] = {}
        self._ending_of: Mapping[int, Any] = {}
        self._ctx: _Context | None = None
        self._blocked: set[int] = set()
        self.name_of = name_of or (lambda key: key)
        self.nisba = dict(nisba or {})
        self.open_events = open_events
        self.speaks_for = lexicon.speaks_for_roles
        self._role_speaks: dict[str, bool] = {}  # memo of _speaks_for
        self.aligned = {
            (agent, target, polarity): actor
            for agents, target, polarity, actor in lexicon.aligned_groups
            for agent in agents
            if known_ids is None or actor in known_ids
        }
        self.represents_state = lexicon.represents_state
        self.appeal_publics = lexicon.appeal_publics
        self.member_agents = lexicon.member_agents
        syntax = lexicon.syntax

        def words(name: str) -> frozenset[str]:
            return frozenset(p[0] for p in syntax.get(name, ()) if len(p) == 1)

        def phrases(name: str) -> tuple[tuple[str, ...], ...]:
            return tuple(sorted((p for p in syntax.get(name, ()) if len(p) > 1), key=len,
                                reverse=True))

        def by_first(phrases: Sequence[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
            # a word -> the phrases that start with it, in their order: a phrase is matched
            # against only those that can match
            grouped: dict[str, list[tuple[str, ...]]] = {}
            for phrase in phrases:
                grouped.setdefault(phrase[0], []).append(phrase)
            return {word: tuple(group) for word, group in grouped.items()}

        self.gap_words = words("gap_words")
        self.gap_phrases = phrases("gap_words")
        self._gap_firsts = frozenset(p[0] for p in self.gap_phrases)
        self._gap_phrases_at = by_first(self.gap_phrases)
        self._gap_lasts = frozenset(p[-1] for p in self.gap_phrases)
        self._gap_starts = self.gap_words | self._gap_firsts  # words a gap may start with
        self._gap_ends = self.gap_words | self._gap_lasts  # words a gap may end with
        self.prepositions = words("prepositions")
        self.complementizers = words("complementizers")
        self._complement_openers = self.complementizers | {":", "«", '"', "“"}
        self.clause_breaks = words("clause_breaks")
        self.clause_break_phrases = phrases("clause_breaks")
        self.clause_break_firsts = frozenset(p[0] for p in self.clause_break_phrases)
        self._clause_breaks_at = by_first(self.clause_break_phrases)
        # words at which an object's window may end: a clause end (see _clause_end) or أي
        self._target_stops = (self.clause_breaks | self.complementizers
                              | self.clause_break_firsts | _ANY)
        self.agent_markers = phrases("agent_markers")
        self.agent_words = words("agent_markers")
        self.quantifiers = words("quantifiers")
        self.masdar_governors = words("masdar_governors")
        self.own_forces = words("own_forces")
        self.conditionals = words("conditionals")
        self.host_words = words("host_verbs")
        self.shared_things = words("shared_things")
        self.unnamed_attackers = words("unnamed_attackers")
        self.despite = words("despite_entries")
        self.verbal_attacks = words("verbal_attacks")
        verbal = next(iter(words("verbal_entry")), None)
        self.verbal_entry = lexicon.entries.get(verbal) if verbal else None
        if self.verbal_entry is None:
            self.verbal_attacks = frozenset()
        self.transparent = words("transparent_nouns")
        self.lede_acts = words("lede_acts")
        self.claim_attack_objects = words("claim_attack_objects")
        self.claims = words("claim_entries")
        self.chant_nouns = words("chant_nouns")
        self.protest_actors = words("protest_actors")
        self.protest_organisers = tuple(sorted(syntax.get("protest_organisers", ()), key=len,
                                               reverse=True))
        # first words of the marker phrases: most tokens are rejected by one set look-up
        self._organiser_firsts = frozenset(p[0] for p in self.protest_organisers)
        self._marker_firsts = frozenset(p[0] for p in self.agent_markers)
        self._markers_at = by_first(self.agent_markers)
        self._agent_starts = self._marker_firsts | self.agent_words
        self.cause_words = words("cause_words")
        self.happen_words = words("happen_words")
        self.note_nouns = words("note_nouns")
        self.agent_genitive_nouns = words("agent_genitive_nouns")
        self.aspect_verbs = words("aspect_verbs")
        self.death_entries = words("death_entries")
        self.custody_places = words("custody_places")
        self.member_nouns = words("member_nouns")
        self.follower_nouns = words("follower_nouns")
        self.speech_nouns = words("speech_nouns")
        self.hostage_entries = words("hostage_entries")
        self.denial_entries = words("denial_entries")
        self.hostage_words = words("hostage_words")
        self.stage_verbs = words("stage_verbs")
        self.claim_words = words("claim_words")
        self.claim_verbs = words("claim_verbs")
        self.claim_objects = words("claim_objects")
        self.place_nouns = words("place_nouns")
        # every word _word_prep reads before a mention; before any other word it finds none
        self._prep_context = (_BUILDINGS | self.place_nouns | _POSSESSED | self.prepositions
                              | {clitic + noun for clitic in ("ب", "ل") for noun in _POSSESSED}
                              | {conjunction + prep for conjunction in _CONJUNCTIONS
                                 for prep in self.prepositions})
        self.suffer_verbs = words("suffer_verbs")
        self.among_words = words("among_words")
        self._attack_cues: list[Cue] = []
        self.non_heads = (words("non_heads") | self.quantifiers | self.prepositions
                          | self.complementizers | self.clause_breaks | self.gap_words
                          | lexicon.negators)
        self.negators = lexicon.negators
        # "the decision", "the attack": written forms (with clitics) -> (prefix, kind)
        self.event_nouns: dict[str, tuple[str, str]] = {}
        for kind in _AUTHOR_OF:
            for noun in words(f"{kind}_nouns"):
                for clitic in _EVENT_CLITICS:
                    self.event_nouns.setdefault(clitic + noun, (clitic, kind))
                for clitic in ("ل", "ول", "فل"):  # للقرار = ل + القرار
                    self.event_nouns.setdefault(clitic + "ل" + noun[2:], (clitic, kind))
        self.window = lexicon.negation_window
        self.policy = lexicon.negation_policy

    # ------------------------------------------------------------------ helpers on a sentence
    def _gap_phrase_at(self, norms: Sequence[str], i: int) -> int:
        """The length of the multi-word gap phrase starting at token ``i`` (0 if none)."""
        for phrase in self._gap_phrases_at.get(norms[i], ()):
            if tuple(norms[i : i + len(phrase)]) == phrase:
                return len(phrase)
        return 0

    def _gap_phrase_tokens(self, norms: Sequence[str]) -> set[int]:
        """Tokens inside the sentence's multi-word gap phrases ("بأشد العبارات")."""
        out: set[int] = set()
        firsts = self._gap_firsts
        for i, word in enumerate(norms):
            if word in firsts:
                out.update(range(i, i + self._gap_phrase_at(norms, i)))
        return out

    def _past_subject(self, norms: Sequence[str], i: int, covered: Mapping[int, Any]) -> int:
        """The token after the gap words and the mention (a VSO subject) that follow ``i``."""
        i = self._gap_forward(norms, i)
        m = covered.get(i)
        return self._gap_forward(norms, m.tok_end) if m is not None else i

    def _gap_forward(self, norms: Sequence[str], i: int, limit: int = 3) -> int:
        if i >= len(norms) or norms[i] not in self._gap_starts:
            return i  # (the common case: no gap word at all)
        gap_words, n = self.gap_words, len(norms)
        for _ in range(limit):
            if i >= n:
                break
            if norms[i] in gap_words:
                i += 1
                continue
            if norms[i] not in self._gap_firsts:
                break  # (no gap phrase starts here: the common case)
            length = self._gap_phrase_at(norms, i)
            if not length:
                break
            i += length
        return i

    def _gap_backward(self, norms: Sequence[str], j: int, limit: int = 3) -> int:
        if j <= 0 or norms[j - 1] not in self._gap_ends:
            return j  # (the common case: no gap word at all)
        for _ in range(limit):
            if j <= 0:
                break
            if norms[j - 1] in self.gap_words:
                j -= 1
                continue
            if norms[j - 1] not in self._gap_lasts:
                break
            for phrase in self.gap_phrases:
                if j >= len(phrase) and tuple(norms[j - len(phrase) : j]) == phrase:
                    j -= len(phrase)
                    break
            else:
                break
        return j

    def _word_prep(self, norms: Sequence[str], mention: Any) -> str:
        """The preposition written as a word just before a mention ('' if none)."""
        k = mention.tok_start - 1
        if k >= 0 and norms[k] not in self._prep_context:
            return ""  # (the common case: the word before is nothing read below)
        if k > 0 and norms[k] in _BUILDINGS:
            k -= 1  # "أمام مقر السفارة": the preposition governs the building and its owner
        elif k > 0 and norms[k] in self.place_nouns:
            k -= 1  # "في العاصمة كاتماندو": the place is the preposition's, not an object
        if k < 0:
            return ""
        word = norms[k]
        if word[:1] in ("ب", "ل") and word[1:] in _POSSESSED:
            return word[:1]  # "بقرار المحكمة": what X decided stands for X
        if word in _POSSESSED and k > 0:
            k -= 1  # "على قرار المحكمة"
            word = norms[k]
        if word in self.prepositions:
            return word
        if word[:1] in _CONJUNCTIONS and word[1:] in self.prepositions:
            return word[1:]
        return ""

    def _governed(self, norms: Sequence[str], mention: Any) -> bool:
        return bool(_prep_of_prefix(mention.prefix) or self._word_prep(norms, mention))

    def _introduced_by(self, norms: Sequence[str], mention: Any, preps: Sequence[str]) -> bool:
        if not preps:
            return False
        clitic = _prep_of_prefix(mention.prefix)
        if clitic and clitic in preps:
            return True
        word = self._word_prep(norms, mention)
        return bool(word) and word in preps

    def _coordinated(self, norms: Sequence[str], first: Any, starting: Mapping[int, Any],
                     kind: str | None) -> list[Any]:
        """``first`` and the mentions joined to it by و or a comma."""
        if first.method == "pair" and self._ctx is not None:
            # "الجانبان": the two actors joined just before, or both parties of the story's
            # last meeting
            pair = two_named(sorted(self._ctx.starting.values(), key=_START_OF),
                             first.tok_start, self._ctx.state.parties)
            chain = [first, *(p.at(first.tok_start, first.tok_end, first.start, first.end,
                                   first.text, first.prefix, "pair") for p in pair[1:2])]
            return chain if kind is None or kind == "actor" else [first]
        chain = [first]
        k = first.tok_end
        while True:
            nxt = starting.get(k)
            if nxt is not None:
                joined = nxt.prefix[:1] == "و"
            elif k >= len(norms):
                break
            elif norms[k] in _SEPARATORS:
                nxt = starting.get(k + 1)
                # "لإيران، بانسحاب ...": another preposition after the comma opens a new phrase
                joined = nxt is not None and _prep_of_prefix(nxt.prefix) in (
                    "", _prep_of_prefix(first.prefix))
            elif norms[k][:1] == "و" and k + 1 < len(norms) and len(norms[k]) > 3 \
                    and k not in self._blocked:  # (the rare word in و tested first)
                # "البعثات ومستشاري التحالف": a conjoined noun with its genitive
                nxt = starting.get(k + 1)
                joined = nxt is not None and not nxt.prefix
            else:
                break
            if not joined or (kind is not None and nxt.kind != kind):
                break
            if nxt.id not in map(_ID_OF, chain):
                chain.append(nxt)
            k = nxt.tok_end
        return chain

    def _negated(self, norms: Sequence[str], cue: Cue, floor: int) -> bool:
        lo = max(floor, cue.tok_start - self.window)
        if self.negators.isdisjoint(norms[lo : cue.tok_start]):
            return False  # (most cues: no negator before them at all)
        # (a negator inside a name negates nothing: "طائرة بدون طيار بإطلاق صاروخ")
        return any(norms[k] in self.negators and k not in self._blocked
                   for k in range(lo, cue.tok_start))

    def _clause_end(self, norms: Sequence[str], i: int) -> bool:
        word = norms[i]
        if word in self.clause_breaks or word in self.complementizers:
            return True
        if word not in self.clause_break_firsts:
            return False
        return any(tuple(norms[i : i + len(p)]) == p for p in self._clause_breaks_at[word])

    # ------------------------------------------------------------------ the sentence
    def sentence(
        self,
        sentence: Any,
        mentions: Sequence[Any],
        cues: Sequence[Cue],
        state: DocumentState,
        norms: Sequence[str] | None = None,
    ) -> list[RuleStatement]:
        """Read the statements of one sentence.

        Parameters
        ----------
        sentence : stancenet.text.Sentence
            The sentence (its tokens' ``norm`` are read).
        mentions : sequence of Mention
            Its mentions, non-overlapping, sorted by ``tok_start``.
        cues : sequence of Cue
            Its cues and reported-speech frames (:meth:`Lexicon.find`).
        state : DocumentState
            Carried between the sentences of one document; updated in place.
        norms : sequence of str, optional
            The tokens' matching forms, when the caller already has them.

        Returns
        -------
        list of RuleStatement
            In text order of their cues; one statement per (source, target, polarity) in the
            sentence (the first cue that gives it wins).
        """
        norms = list(norms) if norms is not None else [t.norm for t in sentence.tokens]
        given, mentions = mentions, list(mentions)
        covered: dict[int, Any] = {}
        starting: dict[int, Any] = {}
        ending: dict[int, Any] = {}
        for m in mentions:  # (the three maps in one pass; rebuilt below if a mention goes)
            start, end = m.tok_start, m.tok_end
            covered.update(dict.fromkeys(range(start, end), m))
            starting[start] = m
            ending[end] = m

        # a cue inside a mention is part of a name ("تحالف الفتح"), except a relational
        # descriptor that a one-word mention swallowed ("الفصائل المعارضة لإيران")
        kept: list[Cue] = []
        for cue in cues:
            if cue.tok_start > 0 and norms[cue.tok_start - 1] in _MANNER:
                continue  # "بشكل قاطع": an adverb of manner, not the verb قاطع
            if _DAMMA in cue.text and cue.kind in ("verb", "form") and cue.entry is not None \
                    and not cue.entry.event and _DAMMA in cue.text[len(cue.prefix):][:4]:
                # (the first test rejects at once the many cues written without a damma)
                continue  # "اتُّهم أنصاره بـ": a verb the writer marked passive has no speaker
            if cue.suffix and cue.kind == "verb" and (
                    cue.text.rstrip(_MARKS).endswith("ة") or (
                        not cue.prefix and cue.tok_start > 0
                        and not self._opens_clause(norms, cue.tok_start, covered))):
                # "نصرة": a noun in ة is written apart from a verb in ه; "بصورة قاطعة": a verb
                # with an object pronoun opens its clause (after a subject, an actor; after
                # any other noun it describes it: "أسوأ اتفاق وقعته الولايات المتحدة")
                continue
            if covered.keys().isdisjoint(range(cue.tok_start, cue.tok_end)):
                kept.append(cue)  # (the common case: no mention around it)
                continue
            inside = {id(covered[k]): covered[k] for k in range(cue.tok_start, cue.tok_end)
                      if k in covered}
            if cue.entry is not None and cue.entry.symmetric and len(inside) == 1:
                (m,) = inside.values()
                if m.tok_start == cue.tok_start and m.tok_end < len(norms) \
                        and norms[m.tok_end] == _BETWEEN:
                    # "الحوار الاستراتيجي بين العراق والولايات المتحدة": the talks named as
                    # an issue are still talks between the two parties after بين
                    kept.append(cue)
                    continue
            if cue.entry is not None and cue.entry.target == "descriptor" and len(inside) == 1:
                (m,) = inside.values()
                # (only with its preposition after it: "المعارضة المسلحة" is the opposition)
                if (m.tok_start, m.tok_end) == (cue.tok_start, cue.tok_end) and any(
                    o.tok_end in (cue.tok_start, cue.tok_start - 1) for o in mentions if o is not m
                ) and cue.tok_end < len(norms) and norms[cue.tok_end][:1] == "ل":
                    mentions.remove(m)
                    for k in range(m.tok_start, m.tok_end):
                        covered.pop(k, None)
                    starting = {m.tok_start: m for m in mentions}
                    ending = {m.tok_end: m for m in mentions}
                    kept.append(cue)
        # (most passes below concern a few entries or categories: skipped, at one set look-up
        # each, in the many sentences without them)
        # (one loop, not three comprehensions: a comprehension's own frame costs more than
        # the two or three cues a sentence has)
        keys: set[str] = set()
        categories: set[str] = set()
        issue_only = event = False
        for c in kept:
            entry = c.entry
            if entry is not None:
                keys.add(entry.key)
                categories.add(entry.category)
                issue_only = issue_only or entry.issue_only
                event = event or entry.event
        if not self.denial_entries.isdisjoint(keys):
            # "نفت الخارجية الإيرانية الاتهامات": denying is a stance only toward accusations
            accusations = {c.tok_start for c in kept if c.kind == "noun" and c.entry is not None
                           and c.entry.category == "accuse"}
            # (elsewhere the verb is one of saying: "ونفى أن تكون ...")
            kept = [c if c.entry is None or c.entry.key not in self.denial_entries
                    or self._past_subject(norms, c.tok_end, covered) in accusations
                    else replace(c, entry=None, kind="speech") for c in kept]
        if "accuse" in categories:
            # "رفض الاتهامات الأمريكية": the accusations rejected are the object, not a stance
            kept = [c for k, c in enumerate(kept)
                    if not (k and c.kind == "noun" and c.entry is not None
                            and c.entry.category == "accuse" and kept[k - 1].entry is not None
                            and kept[k - 1].entry.category in ("reject", "disapprove")
                            and self._past_subject(norms, kept[k - 1].tok_end, covered)
                            == c.tok_start)]
        # (one pass over the cues for the two rules below; only verbs and speech concern them)
        nouned: list[Cue] = []
        noun_forms = self.lexicon.noun_forms
        for c in kept:
            if c.kind == "verb" or c.kind == "speech":
                start = c.tok_start
                if c.kind == "verb" and (
                    (start > 0 and not c.prefix and norms[start] in noun_forms
                     and (norms[start - 1] in self.masdar_governors
                          or norms[start - 1][1:] in self.masdar_governors))
                    or (c.prefix.endswith("ل") and norms[start][len(c.prefix):] in noun_forms
                        and norms[start][len(c.prefix):][:1] not in _IMPERFECT)):
                    # "أهمية استمرار دعم التحالف": after such a word a verb-looking cue is a
                    # verbal noun; so is a perfect-looking form after the purpose ل ("لدعم
                    # الحكومة": ل takes only the imperfect as a verb, "ليدعم")
                    c = replace(c, kind="noun")
                elif start > 0 and not c.prefix and norms[start - 1] in _NOUN_GOVERNORS:
                    # a verb never follows a preposition: a verb form there is a noun ("عن
                    # خطف ثلاثة جنود"); a protest verb's is a gathering, no stance ("قذيفة
                    # على تجمع للمواطنين") ("احتجاجا على نقل النفايات": a verb of saying
                    # there is a noun too, unless the lexicon lists it as a noun of saying,
                    # "في بيان")
                    if c.kind == "speech" and norms[start] not in self.speech_nouns \
                            or c.entry is not None and c.entry.category == "protest":
                        continue
                    if c.kind == "verb":
                        c = replace(c, kind="noun")
            nouned.append(c)
        kept = nouned
        # "ساروا حتى السفارة الإسرائيلية": a cue for issues only whose object is an actor is
        # a plain preposition there
        if issue_only:
            starting_kinds = {m.tok_start: m.kind for m in given}
            kept = [c for c in kept if c.entry is None or not c.entry.issue_only
                    or c.tok_end not in starting_kinds or starting_kinds[c.tok_end] != "actor"]
        if not self.hostage_entries.isdisjoint(keys):
            # "احتجزوا أربعة من الشرطة رهائن": holding is an attack only when hostages are named
            kept = [c for c in kept if c.entry is None or c.entry.key not in self.hostage_entries
                    or any(w in self.hostage_words for w in norms[c.tok_end : c.tok_end + 10])]
        # "ووقعت اشتباكات بين ..."، "الصدامات التي وقعت بين ...": a verb of happening next
        # to an event noun (or in a relative clause on it) says that the event took place
        # (وقعت = occurred), not that anyone signed or met
        event_ends = {c.tok_end for c in kept if c.entry is not None and c.entry.event} \
            if event else None
        if event_ends:
            event_starts = {c.tok_start for c in kept if c.entry is not None and c.entry.event}
            kept = [c for c in kept if not (
                c.entry is not None and not c.entry.event
                and norms[c.tok_start][len(c.prefix):] in self.happen_words
                and (c.tok_end in event_starts or c.tok_start in event_ends or (
                    c.tok_start >= 2 and norms[c.tok_start - 1] in _RELATIVES
                    and c.tok_start - 1 in event_ends)))]
        ctx = _Context(
            norms=norms,
            tokens=sentence.tokens,
            starting=starting,
            ending=ending,
            blocked=set(covered),
            state=state,
        )
        # (the cues sorted by their role in one pass)
        blocked = ctx.blocked
        attack_cues: list[Cue] = []
        descriptors: list[Cue] = []
        attributions: list[Cue] = []
        stance: list[Cue] = []  # the cues that take a stance (no speech frames)
        speech_tokens: set[int] = set()
        for c in kept:
            blocked.update(range(c.tok_start, c.tok_end))
            kind = c.kind
            if kind == "speech":
                speech_tokens.update(range(c.tok_start, c.tok_end))
            elif kind == "attribution":
                attributions.append(c)
            elif kind != "speech_participle":
                stance.append(c)
            entry = c.entry
            if entry is not None:
                if entry.category == "attack":
                    attack_cues.append(c)
                if entry.target == "descriptor":
                    descriptors.append(c)
        self._attack_cues = attack_cues
        self._starting_of = starting
        self._ending_of = ending
        self._ctx = ctx
        self._blocked = blocked
        if self.aligned and descriptors:
            self._align_groups(ctx, descriptors)
        for c in descriptors:
            # "وطالب X، المعارض لـ Y، بـ ...": the description is no part of the clause
            m = starting.get(c.tok_end) or starting.get(c.tok_end + 1)
            if m is not None:
                end = self._coordinated(norms, m, starting, None)[-1].tok_end
            else:
                # "، المعارض للوجود العسكري الأمريكي،": up to the closing comma
                end = next((k for k in range(c.tok_end, min(c.tok_end + 6, len(norms)))
                            if norms[k] in ("،", ",")), None)
                if end is None or c.tok_start == 0 or norms[c.tok_start - 1] not in ("،", ","):
                    continue
            if end < len(norms) and norms[end] in ("،", ","):
                end += 1
            ctx.descriptions[c.tok_start] = end
            if c.tok_start > 0 and norms[c.tok_start - 1] in ("،", ","):
                ctx.descriptions[c.tok_start - 1] = end
        if ctx.descriptions:
            ctx.described = frozenset(k for a, b in ctx.descriptions.items() for k in range(a, b))
        ctx.leading = self._leading_subject(ctx, len(norms))

        for cue in attributions:
            i = cue.tok_end
            if i < len(norms) and norms[i] in ("ل", "عن", "لما", "ما"):
                i += 1
            m = starting.get(i) or starting.get(i + 1)
            if m is not None and m.kind == "actor":
                ctx.attribution = self._coordinated(norms, m, starting, "actor")

        out: list[RuleStatement] = []
        seen: set[tuple[str, str, int]] = set()
        floor = 0  # negation never reaches back past a frame
        if len(stance) > 1:  # (a noun is absorbed by a cue before it)
            ctx.absorbed = self._absorbed(ctx, stance, covered, speech_tokens)
        inner = set(map(id, ctx.absorbed.values()))
        if "accuse" in categories:
            # "اتهمت واشنطن طهران بدعم الفصائل": the verbal noun after the accused is the
            # charge, the accused's alleged act, no stance of the accuser
            inner.update(id(charge) for accusation, charge in pairwise(stance)
                         if accusation.entry is not None and accusation.entry.category == "accuse"
                         and accusation.kind != "noun" and id(accusation) not in ctx.absorbed
                         and charge.kind == "noun" and _prep_of_prefix(charge.prefix) == "ب"
                         and charge.tok_start - accusation.tok_end <= 8)
        if inner:
            stance = [c for c in stance if id(c) not in inner]

        last_end = 0
        new_clauses = [k for k, word in enumerate(norms) if word in _NEW_CLAUSE] \
            if not _NEW_CLAUSE.isdisjoint(norms) else []
        for cue in kept:
            if cue.kind == "attribution" or id(cue) in inner:
                continue
            if new_clauses and any(last_end <= k < cue.tok_start for k in new_clauses):
                # "..., فيما ندد تحالف الفتح بالقصف ودعا إلى": a new clause, a new subject
                ctx.frame, ctx.reported_from, floor = [], 1 << 30, cue.tok_start
            last_end = cue.tok_end
            if cue.kind in ("speech", "speech_participle"):
                if ctx.frame and cue.tok_start >= ctx.reported_from \
                        and norms[cue.tok_start].removeprefix(cue.prefix) in self.speech_nouns \
                        and not any(
                        norms[k] in self.complementizers or norms[k] in _QUOTES
                        or norms[k] == ":" for k in range(cue.tok_end,
                                                         min(cue.tok_end + 6, len(norms)))):
                    # "واعتبر X أن تصريحات Y تدخل سافر": words of Y that X's words evaluate,
                    # not a new speaker
                    continue
                speakers = self._frame_speakers(ctx, cue)
                if speakers:
                    ctx.frame = speakers
                    # (after a long subject: "وقال زعيم التيار الصدري مقتدى الصدر في كلمة إن")
                    named_end = cue.tok_end
                    for m in speakers:
                        if m.tok_start >= cue.tok_end and ctx.starting.get(m.tok_start) is m:
                            named_end = max(named_end, m.tok_end)
                    ctx.reported_from = self._complement_start(norms, named_end)
                floor = cue.tok_end
                continue
            entry = cue.entry
            assert entry is not None
            if not self.conditionals.isdisjoint(norms[max(floor, cue.tok_start - 3):cue.tok_start]):
                continue  # "إذا لم تلتزم واشنطن": a condition, not a stance
            negated = self._negated(norms, cue, floor)
            if negated and self.policy.get(entry.category, "flip") == "drop":
                continue

            if entry.target == "descriptor":
                pairs = self._descriptor(norms, cue, ending, starting)
                speaker_rule = "descriptor"
            else:
                if entry.target == "predicate":
                    speakers, speaker_rule = (ctx.frame, "frame") if ctx.frame else (
                        (ctx.attribution, "frame") if ctx.attribution
                        else (state.last_speakers, "carry"))
                    targets = self._predicate_target(norms, cue, starting, speakers)
                    loose = False
                else:
                    ctx.polarity, ctx.extra = None, []
                    if entry.reported_only and not (ctx.frame
                                                    and cue.tok_start >= ctx.reported_from):
                        continue  # "ستكون حكومة أغلبية" is a stance only as someone's words
                    if entry.key in self.claims and not self._claims_attack(norms, cue):
                        continue  # "تبنى البرلمان القانون": adopting, not claiming an attack
                    if entry.symmetric and cue.tok_start > 0 and (
                            norms[cue.tok_start - 1] in self.shared_things
                            or norms[cue.tok_start - 1][1:] in self.shared_things):
                        continue  # "المصالح المشتركة مع"، "الحدود المشتركة مع": no joint act
                    # the clause ends at the next stance cue (a description inside the
                    # subject does not end it: "X، المعارض لـ Y،")
                    stop = len(norms)
                    for other in stance:
                        if other.tok_start > cue.tok_start \
                                and other.tok_start not in ctx.descriptions:
                            stop = other.tok_start
                            break
                    speakers, speaker_rule, targets, loose = self._stance(ctx, cue, stop)
                    if cue.suffix and cue.kind == "verb" and entry.target == "prepositional" \
                            and speakers:
                        targets, loose = self._addressed(ctx, cue, speakers, targets, loose)
                    if entry.key in self.verbal_attacks and speakers and all(
                            s.actor_kind == "person" for s in speakers):
                        # "هاجم الخزعلي الكاظمي": a person's attack in the news is in words
                        entry = self.verbal_entry
                        cue = replace(cue, entry=entry)
                    if entry.category == "attack" and speakers and not negated \
                            and speaker_rule != "open" and (
                                targets or entry.key in self.claims
                                or speaker_rule in ("before", "agent")
                                or (speaker_rule == "after" and cue.kind == "verb")):
                        # who attacked (or claimed it), for a later "the attack": an actor the
                        # story names, not unnamed gunmen (condemning their attack is sympathy
                        # for its victims)
                        named = [self._state_of_organ(s) for s in speakers
                                 if not s.id.startswith("new:")
                                 and s.id.split(".", 1)[-1] not in self.unnamed_attackers]
                        if named:
                            state.attacker = named
                        if targets:
                            state.victims = [t for t in targets if t.kind == "actor"]
                    if entry.category == "accuse" and speakers and targets and not negated:
                        state.accuser = [s for s in speakers if not s.id.startswith("new:")] \
                            or state.accuser
                    if speaker_rule in ("after", "before") and speakers and not entry.event \
                            and not ctx.frame:
                        ctx.frame = speakers
                    if entry.event and speakers:
                        ctx.event_frame, ctx.event_category = speakers, entry.category
                    elif speakers and cue.tok_start < ctx.reported_from:
                        # "وحذرت من أن الفصائل ستستأنف ...": a stance verb with a clause as
                        # its object frames that clause like a verb of saying
                        after = max([cue.tok_end] + [m.tok_end for m in speakers]) \
                            if speaker_rule == "after" else cue.tok_end
                        opened = self._clause_object(norms, after)
                        if opened is not None:
                            ctx.frame, ctx.reported_from = speakers, opened
                coordinated = len(speakers) > 1 or len(targets) > 1
                pairs = []
                for s in speakers:
                    for t in targets:
                        pairs.append((s, t, loose, coordinated))
                if entry.symmetric and not negated:
                    # meeting, agreeing, allying: a relation both sides enter
                    pairs += [(t, s, loose, c) for s, t, loose, c in pairs if t.kind == "actor"]
                    if not targets and len(speakers) > 1:
                        pairs += [(a, b, False, True) for a in speakers for b in speakers
                                  if a is not b]
                    both = next(([s, t] for s, t, _, _ in pairs if t.kind == "actor"
                                 and s.kind == "actor" and s.id != t.id), None)
                    if both is None and len(speakers) >= 2:
                        both = speakers[:2]  # "واتفقت السعودية وإيران على استئناف العلاقات"
                    if both is not None:
                        state.parties = both
            polarity = ctx.polarity if entry.target not in ("descriptor", "predicate") else None
            if pairs and entry.target != "descriptor":
                # (one pair, the common case, needs no hashing of the mention)
                ctx.last_targets = [pairs[0][1]] if len(pairs) == 1 else \
                    list(dict.fromkeys(map(_TARGET_OF, pairs)))
            for source, target, loose, coordinated in pairs:
                self._emit(out, seen, source, target, cue, negated, speaker_rule, loose,
                           coordinated, polarity)
            if entry.target not in ("descriptor", "predicate"):
                for target, extra_polarity in ctx.extra:
                    for source in speakers:
                        self._emit(out, seen, source, target, cue, negated, speaker_rule, True,
                                   True, extra_polarity)
                ctx.extra = []
        if ctx.frame:
            state.last_speakers = ctx.frame
        elif ctx.leading:
            state.last_speakers = ctx.leading
        targets = [t for t in ctx.last_targets if t.kind == "actor"] if ctx.last_targets else []
        if targets:
            state.last_targets = targets
        self._ctx, self._starting_of, self._ending_of = None, {}, {}
        self._blocked = set()
        self._attack_cues = []
        return out

    def _align_groups(self, ctx: _Context, cues: Sequence[Cue]) -> None:
        """A generic group described by its alignment becomes the registry's aligned group
        ("فصائل مسلحة حليفة لطهران" -> walai_factions), for every cue of the sentence."""
        for cue in cues:
            if cue.entry is None or cue.entry.target != "descriptor":
                continue
            for source, target, _, _ in self._descriptor(ctx.norms, cue, ctx.ending, ctx.starting):
                base = source.id.split(".", 1)[-1]
                actor = self.aligned.get((base, target.id, cue.entry.polarity))
                if actor is None:
                    continue
                renamed = source.named(actor, self.name_of(actor), source.country, "aligned")
                ctx.starting[source.tok_start] = renamed
                ctx.ending[source.tok_end] = renamed

    def _absorbed(self, ctx: _Context, stance: Sequence[Cue], covered: Container[int],
                  speech_tokens: set[int] = frozenset()) -> dict[int, Cue]:
        """Verbal nouns that are the object of the cue before them ("طالب بطرد"، "أدان
        استهداف"، "رحب بدعوة"): outer cue id -> inner noun cue. Their stances compose: the
        outer polarity times the inner one, toward the inner noun's target. The medium of the
        outer stance may stand between ("دان في بيان الهجوم على X"). ``covered`` holds the
        tokens inside the sentence's mentions."""
        absorbed: dict[int, Cue] = {}
        if len(stance) < 2:
            return absorbed
        gaps: set[int] | None = None  # (built when first needed)
        for outer, noun in zip(stance, stance[1:], strict=False):
            if outer.entry is None or noun.entry is None or id(outer) in absorbed.values():
                continue
            if outer.entry.target in ("descriptor", "predicate") or noun.entry.target in (
                    "descriptor", "predicate") or (outer.entry.category == "attack"
                                                   and outer.entry.key not in self.claims) \
                    or outer.entry.category == noun.entry.category == "protest":
                # (a claim reads through the attack it claims: "تبنى الهجوم على X"; a riot
                # during a demonstration is not a stance toward the demonstration)
                continue
            if not (noun.kind == "noun" or (noun.kind == "form" and noun.entry.event)):
                continue
            if noun.prefix[:1] == "و" and noun.tok_start == outer.tok_end:
                continue  # "للشتائم والسباب": a second noun joined to the first, no object
            if outer.entry.event and _prep_of_prefix(noun.prefix) == "ل" \
                    and "ل" not in outer.entry.prep:
                continue  # "تجمعوا أمام البرلمان لمطالبة الحكومة بـ": a purpose, no object
            first = self._gap_forward(ctx.norms, outer.tok_end)  # "جماعة تطلق على نفسها اسم"
            if noun.tok_start - first > 8:
                continue
            between = [k for k in range(first, noun.tok_start) if ctx.norms[k] not in _QUOTES]
            named = [k for k in between if k in ctx.starting
                     and not self._governed(ctx.norms, ctx.starting[k])]  # (not "في بغداد")
            if outer.kind != "noun" and named and named[0] == between[0]:
                named = named[1:]  # "ودان X القصف": the subject after the verb
            if outer.entry.category not in ("demand", "appeal") and named:
                continue  # "دعم القوات العراقية في مواجهة X": the mention is the object
            if outer.entry.category == "demand" and outer.entry.polarity < 0:
                continue  # "ضغوطاً على بغداد لإخراج X": pressure falls on whom it names
            if gaps is None:
                gaps = self._gap_phrase_tokens(ctx.norms)
            if all(k in covered or k in speech_tokens or ctx.norms[k] in self.gap_words
                   or k in gaps
                   or ctx.norms[k] in self.prepositions or ctx.norms[k] in self.transparent
                   or ctx.norms[k] in ("ب", "ل")  # 'بـ«استقالة X»': the clitic written apart
                   for k in between):  # ("رحب بإعلان الاستقالة": the announcement of it)
                absorbed[id(outer)] = noun
        return absorbed

    def _pact_parties(self, ctx: _Context, begin: int, stop: int) -> list[Any]:
        """The parties of an agreement the object names ("بالاتفاق بين بغداد وأربيل"،
        "اتفاق التطبيع بين X وY"): the two actors after بين, when a pact noun (with its
        preposition and article) stands right after the cue."""
        norms = ctx.norms
        i = self._gap_forward(norms, begin)
        if i >= min(stop, len(norms)) or i in ctx.starting:
            return []
        if norms[i] not in _PACT_FORMS:
            return []
        return self._parties_after(ctx, i + 1)

    def _between(self, ctx: _Context, cue: Cue) -> list[Any]:
        """The parties named after بين ("اشتباكات بين A وB"), when there are two or more."""
        return self._parties_after(ctx, cue.tok_end)

    def _parties_after(self, ctx: _Context, start: int) -> list[Any]:
        """The two parties named after a بين within six words of ``start``, or []."""
        norms = ctx.norms
        for k in range(start, min(start + 6, len(norms))):
            if norms[k] != _BETWEEN:
                continue
            parties: list[Any] = []
            for i in range(k + 1, min(k + 14, len(norms))):
                m = ctx.starting.get(i)
                if m is None or m.kind != "actor":
                    continue
                if m.method == "pair" and not parties:
                    return self._coordinated(norms, m, ctx.starting, "actor")  # "بين البلدين"
                if parties and (i - parties[-1].tok_end > 6 or not any(
                        norms[j][:1] == "و" for j in range(parties[-1].tok_end, i + 1))):
                    continue
                if all(p.id != m.id for p in parties):
                    parties.append(m)
                if len(parties) == 2:
                    break
            return parties if len(parties) == 2 else []
        return []

    def _leading_subject(self, ctx: _Context, before: int) -> list[Any]:
        """The subject of the sentence's first verb: the first ungoverned actor mention among
        its first tokens ("وحضر X الجلسة، وقال ...")."""
        k = min(ctx.starting, default=before)  # where the first mention starts
        if k >= min(before, 6):
            return []
        m = ctx.starting[k]
        if m.kind == "actor" and not self._governed(ctx.norms, m):
            return self._coordinated(ctx.norms, m, ctx.starting, "actor")
        return []

    def event_mentions(self, sentence: Any, mentions: Sequence[Any], state: DocumentState,
                       norms: Sequence[str] | None = None,
                       cue_starts: Container[int] = frozenset()) -> list[Any]:
        """Mentions for "the decision" / "the attack" that name no author of their own.

        A definite decision noun (the lexicon's ``decision_nouns``: القرار، الحكم، القانون،
        الخطوة ...) stands for the subject of the document's first sentence, the lede, whose
        act the story reports ("صوت مجلس النواب على قرار ..." ... "ووصف الصدر القرار بأنه
        ..."); a definite attack noun (``attack_nouns``) stands for the actor of the document's
        last attack read so far ("تبنت الجماعة الهجوم" ... "ودان X الهجوم"). A noun followed
        by its own complement (على، ضد، a relative pronoun, a nationality adjective or a
        mention) is left to the other rules. Call once per sentence, in document order, for
        every sentence (the first one sets the lede even when it carries no cue).

        Parameters
        ----------
        sentence : stancenet.text.Sentence
        mentions : sequence of Mention
            The sentence's mentions, sorted by ``tok_start``.
        state : DocumentState
            The document's state (its ``lede`` is set from the first sentence).
        norms : sequence of str, optional
            The tokens' matching forms.
        cue_starts : container of int, optional
            Where the sentence's cues start: a noun right before a cue is its subject, whatever
            follows ("إن الضربات استهدفت جماعات").

        Returns
        -------
        list of Mention
            ``mentions`` with the added ones (method ``'event'``), sorted.
        """
        norms = list(norms) if norms is not None else [t.norm for t in sentence.tokens]
        if state.lede is None:
            ctx = _Context(norms=norms, tokens=sentence.tokens,
                           starting={m.tok_start: m for m in mentions},
                           ending={m.tok_end: m for m in mentions}, blocked=set(), state=state)
            state.lede = self._leading_subject(ctx, len(norms))
            return list(mentions)
        if not (state.lede or state.attacker or state.accuser) or not self.event_nouns:
            return list(mentions)
        event_nouns = self.event_nouns
        if event_nouns.keys().isdisjoint(norms):
            return list(mentions)  # (most sentences name no event noun)
        # (the positions of the event nouns, found by a scan in C)
        nouns = list(compress(count(), map(event_nouns.__contains__, norms)))
        covered = {k for m in mentions for k in range(m.tok_start, m.tok_end)}
        added = []
        n = len(norms)
        for i in nouns:
            if i in covered:
                continue
            prefix, kind = event_nouns[norms[i]]
            authors = getattr(state, _AUTHOR_OF[kind])
            if not authors:
                continue
            own = False
            for k in range(i + 1, min(i + 4, n)):
                if k == i + 1 and k in cue_starts:
                    break  # the subject of the verb after it
                if norms[k] in _CLAUSE_MARKS or (norms[k][:1] == "و" and k not in covered):
                    break  # ("دانت الهجوم ودعت أنقرة": a new conjunct is no complement)
                if k in covered or norms[k] in _AGAINST or norms[k] in _RELATIVES \
                        or norms[k] in self.nisba:
                    own = True
                    break
            if own:
                continue
            token = sentence.tokens[i]
            author = authors[0]
            added.append(author.at(i, i + 1, token.start, token.end, token.text, prefix, "event"))
        if not added:
            return list(mentions)
        return sorted([*mentions, *added], key=_START_OF)

    def _frame_speakers(self, ctx: _Context, cue: Cue) -> list[Any]:
        """Who speaks in a reported-speech frame: its subject, else (a bare or participle
        frame) the speaker of the sentence so far, its leading subject, or carry-over."""
        norms = ctx.norms
        subject = None
        if cue.kind == "speech":
            subject = self._subject_after(norms, cue, ctx.starting)
            if subject is None and cue.prefix[:1] not in _CONJUNCTIONS:
                subject = self._subject_before(norms, cue, ctx.ending)
        if subject is not None:
            return self._coordinated(norms, subject, ctx.starting, "actor")
        if ctx.frame:
            return ctx.frame
        leading = self._leading_subject(ctx, cue.tok_start)
        return leading or list(ctx.state.last_speakers)

    def _complement_start(self, norms: Sequence[str], i: int) -> int:
        """Token index where the reported clause after a frame begins (after إن/أن, a colon
        or an opening quote), or the end of the sentence when none follows closely."""
        for k in range(i, min(i + 8, len(norms))):
            if norms[k] in self._complement_openers:
                return k + 1
        return len(norms)

    # ------------------------------------------------------------------ speakers
    def _subject_after(self, norms: Sequence[str], cue: Cue, starting: Mapping[int, Any]) -> Any:
        i = self._gap_forward(norms, cue.tok_end)
        while i < len(norms) and norms[i] in _QUOTES and i + 1 in starting:
            i += 1  # 'تبنت "المقاومة الإسلامية" الهجوم', 'جماعة تطلق على نفسها اسم "X"'
        if i < len(norms) and norms[i] in self.quantifiers and i not in starting:
            # "وقاطع معظم النواب": a count before the subject
            i += 1
            if i < len(norms) and norms[i] == "من":
                i += 1
        m = starting.get(i)
        if m is None and i + 2 < len(norms) and i + 2 in starting and (
                norms[i + 1] == "من" or (norms[i + 1] == "في" and _PLURAL.search(norms[i]))) \
                and _ARABIC_WORD.fullmatch(norms[i]) and norms[i] not in self.non_heads \
                and i not in self._blocked and not starting[i + 2].prefix:
            # "اعتدت قوة من الشرطة على", "اتهم قياديون في الفصائل": members act for the body
            m = starting[i + 2]
            if self._ctx is not None:
                tokens = self._ctx.tokens
                m = replace(m, tok_start=i, start=tokens[i].start,
                            text=" ".join(t.text for t in tokens[i : m.tok_end]))
            return m if m.kind == "actor" else None
        if m is None and i + 1 in starting and i < len(norms) and norms[i] in _BODY_NOUNS \
                and starting[i + 1].kind == "actor" and starting[i + 1].actor_kind != "person" \
                and not starting[i + 1].prefix and starting.get(starting[i + 1].tok_end) is None:
            # "حثت بعثة الأمم المتحدة"، "أعلن مكتب المرجعية": a body's organ acts for it
            m = starting[i + 1]
        if m is None and i + 1 in starting and i < len(norms) and _ARABIC_WORD.fullmatch(norms[i]):
            # "وقال ممثل المرجعية عبد المهدي الكربلائي": a title the role lexicon does not
            # know, then the body, then the person who holds it
            body = starting[i + 1]
            person = starting.get(body.tok_end)
            if person is not None and person.actor_kind == "person":
                m = person
        if m is None and i < len(norms) and norms[i] not in self.complementizers and any(
                p.actor_kind == "person" and p.method == "registry"
                for p in map(starting.get, range(i + 1, i + 7)) if p is not None):
            # "وقال المسؤول الأمني في الكتائب أبو علي العسكري": a title the role lexicon does
            # not know, with its scope, then the registry person who holds it
            for k in range(i + 1, min(i + 7, len(norms))):
                if not _ARABIC_WORD.fullmatch(norms[k]) or norms[k] in self.complementizers:
                    break
                person = starting.get(k)
                if person is None or (person.actor_kind != "person"
                                      and self._governed(norms, person)):
                    continue  # the title's scope ("في الكتائب", "لرئيس الوزراء")
                if person.actor_kind == "person" and person.method == "registry":
                    m = person
                break
        if m is not None and m.actor_kind != "person":
            person = starting.get(m.tok_end)
            if person is None and m.tok_end < len(norms) and norms[m.tok_end] in _RANKS:
                person = starting.get(m.tok_end + 1)  # "... العميد يحيى رسول"
            if person is not None and person.actor_kind == "person" and (
                    person.parent == m.id or norms[m.tok_start].removeprefix("ال") in _TITLES
                    or (m.method == "pattern" and norms[m.tok_end] in _RANKS)):
                # "المرجعية عبد المهدي الكربلائي": the body's man speaks; "رئيس الإقليم مسعود
                # بارزاني": an office named by its title, then the person who holds it
                m = person
        if m is not None and m.id.split(".", 1)[-1] in self.member_agents \
                and not norms[m.tok_end - 1].removeprefix(m.prefix).startswith("ال"):
            # (only in the construct state: "طالب النواب الحكومة" names two parties)
            body = starting.get(m.tok_end)
            if body is not None and body.kind == "actor" and not body.prefix:
                m = body  # "قاطع نواب الإطار التنسيقي": the members act for their bloc
        if m is not None and m.kind == "actor" and not self._governed(norms, m):
            return m
        return None

    def _subject_before(self, norms: Sequence[str], cue: Cue, ending: Mapping[int, Any]) -> Any:
        j = self._gap_backward(norms, cue.tok_start)
        if j > 1 and norms[j - 1] in _QUOTES and j - 1 in ending:
            j -= 1  # 'إن رجال أمن «اختطفوا» X': a verb quoted by the reporter
        m = ending.get(j)
        k = j
        verbal = cue.kind != "noun" and "ال" not in cue.prefix \
            and not norms[cue.tok_start].startswith(("ال", *_OPEN_CLITICS))
        while m is None and verbal and k >= 2 and j - k < 3 and (k - 1) not in self._blocked \
                and not norms[k - 1].startswith(_OPEN_CLITICS) \
                and _ARABIC_WORD.fullmatch(norms[k - 1]) and norms[k - 1] not in self.non_heads \
                and norms[k - 1] not in self.prepositions:
            k -= 1
            head = ending.get(k)
            if head is not None and head.kind == "actor" and not head.prefix \
                    and not norms[k - 1].startswith("ال") and len(norms[k - 1]) >= 4:
                # "العشرات من مستوطني براخة هاجموا"، "تلاميذ مولانا عبد العزيز احتجزوا": a
                # noun in the construct state is followed by its genitive; the whole noun
                # phrase is the subject
                m = head
        if m is not None and m.tok_start > 0 and cue.tok_start > 0 \
                and norms[cue.tok_start - 1] == "قد" \
                and _ARABIC_WORD.fullmatch(norms[m.tok_start - 1]) \
                and norms[m.tok_start - 1] not in self.prepositions \
                and norms[m.tok_start - 1] not in _KANA:
            # "وكان محتجون من أنصار الفصائل قد اعتصموا": the mention before قد is a genitive
            # of a longer subject; the subject is what follows كان
            m = None
        if m is None and j > 2 and norms[j - 1] in ("،", ",") and cue.kind != "noun":
            # "انتحاريا يقود سيارة مفخخة، فجر نفسه": an indefinite subject described by an
            # imperfect clause, then the comma and the verb
            for e in range(j - 2, max(j - 6, 0), -1):
                head = ending.get(e)
                if head is not None:
                    if head.kind == "actor" and norms[e][:1] in _IMPERFECT \
                            and not norms[head.tok_start].startswith("ال") and not head.prefix \
                            and (head.tok_start == 0 or not _ARABIC_WORD.fullmatch(
                                norms[head.tok_start - 1])
                                 or norms[head.tok_start - 1] in self.complementizers):
                        m = head
                    break
        if m is None and j > 0 and norms[j - 1] in _RELATIVES:
            # "المحتجون الذين اقتحموا": the subject is what the relative pronoun refers to
            k = j - 1
            m = ending.get(k) or ending.get(k - 1) if k > 0 and norms[k - 1] in (",", "،") \
                else ending.get(k)
        if m is None and cue.tok_start > 0 and norms[cue.tok_start - 1] == "قد":
            # "وكان X في المدينة قد حطموا": the subject follows كان
            for k in range(cue.tok_start - 2, max(cue.tok_start - 9, -1), -1):
                if norms[k] in _KANA:
                    m = self._starting_of.get(k + 1)
                    break
        if m is None or m.kind != "actor":
            return None
        # "A وB وC قد أعلنوا": walk back to the first of the coordinated subjects
        while m.prefix[:1] == "و":
            previous = ending.get(m.tok_start)
            if previous is None or previous.kind != "actor":
                break
            m = previous
        if self._governed(norms, m):
            return self._partitive(norms, m, ending)
        if m.actor_kind == "state" and self._plural_verb(norms, cue) and m.tok_end == j \
                and norms[m.tok_end - 1] not in self.nisba and norms[m.tok_end - 1][:-1] \
                not in self.nisba:  # (a nationality, "13 إثيوبياً خطفوا", is plural people)
            return None  # "من مساجد الخرطوم ينددون": a state is no subject of a plural verb
        return m

    def _partitive(self, norms: Sequence[str], m: Any, ending: Mapping[int, Any]) -> Any:
        """The subject "N من X" before a verb ("مسلحون من القبائل أطلقوا"، "قوة من الشرطة
        داهمت"): the actor N when the registry knows it, else X; None when ``m`` (= X) is
        governed by another preposition or nothing nominal stands before من."""
        k = m.tok_start - 1
        if m.prefix or k < 1 or norms[k] != "من":
            return None
        head = ending.get(k)
        if head is not None:
            return head if head.kind == "actor" and not self._governed(norms, head) else None
        word = norms[k - 1]
        if (k - 1) in self._blocked or not _ARABIC_WORD.fullmatch(word) or len(word) < 3 \
                or (word in self.non_heads and word not in self.quantifiers) \
                or word[:1] in ("ب", "ل"):
            return None
        conjoined_count = word[:1] == "و" and word[1:] in self.quantifiers  # "بين X ومئات من Y"
        if k - 2 >= 0 and not conjoined_count and (
                norms[k - 2] in self.prepositions or (k - 2) in self._blocked
                and (k - 2) not in self._ending_of):
            return None  # "في منطقة من بغداد" / a cue before the noun: not a subject
        tokens = self._ctx.tokens if self._ctx is not None else None
        if tokens is None:
            return m
        text = " ".join(t.text for t in tokens[k - 1 : m.tok_end])
        return replace(m, tok_start=k - 1, start=tokens[k - 1].start, text=text)

    def _stance(self, ctx: _Context, cue: Cue, stop: int):
        """Speakers, speaker rule, targets and looseness of an object/prepositional cue."""
        norms, starting, ending = ctx.norms, ctx.starting, ctx.ending
        entry = cue.entry
        speakers: list[Any] = []
        rule = ""
        after_end = cue.tok_end
        patient: Any = None
        patient_first = cue.kind == "noun" and entry.category == "attack"
        # "قامت الشرطة باعتقال X": the noun after قام is the act, X its patient
        qama_event = entry.event and cue.kind in ("noun", "form") \
            and _prep_of_prefix(cue.prefix) == "ب" \
            and any(norms[k] in _QAMA for k in range(max(cue.tok_start - 8, 0), cue.tok_start))
        patient_first = patient_first or qama_event
        genitive = self._genitive_agent(ctx, cue) if patient_first and not qama_event else None
        if cue.suffix and cue.kind == "verb" and cue.tok_start > 0 \
                and norms[cue.tok_start - 1] in _RELATIVE_PRONOUNS:
            # "الفصائل التي تتهمها واشنطن بـ": the pronoun is the noun the relative clause
            # describes, the subject follows the verb
            k = cue.tok_start - 1
            head = ending.get(k) or (ending.get(k - 1) if k > 0 and norms[k - 1] in ("،", ",")
                                     else None)
            subject = self._subject_after(norms, cue, starting)
            if head is None or subject is None or head.kind != "actor":
                return [], "", [], False
            speakers = self._coordinated(norms, subject, starting, "actor")
            return speakers, "after", [head] if all(s.id != head.id for s in speakers) else [], \
                True
        if genitive:
            # "هجمات حركة طالبان على القوات الأجنبية": the genitive of an attack noun followed
            # by its target is who attacked
            targets, loose = self._target(ctx, cue, genitive[-1].tok_end, stop, genitive)
            if not targets and self.open_events:
                targets, loose = self._open_target(ctx, cue, genitive[-1].tok_end, stop,
                                                   genitive)
            return genitive, "agent", targets, loose
        if entry.key in self.death_entries:
            # "استشهد ثلاثة فلسطينيين برصاص X"، "لقي 300 مواطن حتفهم في ...": a death is an
            # attack only through an agent the sentence names; who died are its victims
            agent = self._agent(norms, cue, starting, stop)
            if not agent:
                return [], "", [], False
            victims = self._chain_before(ctx, self._gap_backward(norms, cue.tok_start))
            if not victims:
                phrase, _ = self._open_phrase(ctx, self._gap_forward(norms, cue.tok_end))
                victims = [phrase] if phrase is not None and phrase.method != "open" else []
            return agent, "agent", [v for v in victims if v.id not in {a.id for a in agent}], True
        if entry.category == "attack" and cue.kind in ("noun", "form"):
            agent = self._nisba_after(ctx, cue) or self._custodian(ctx, cue)
            if agent is not None:
                # "مقتل X وY بغارة أمريكية": the nationality names the attacker, the victims
                # stand just before the attack (or after it, as its genitive)
                victims = self._chain_before(ctx, cue.tok_start)
                if not victims:
                    after = ctx.starting.get(agent.tok_end)
                    victims = [after] if after is not None and after.kind == "actor" else []
                if not victims:
                    victims = self._passive_victims(ctx, cue)
                return [agent], "agent", victims, True
        if cue.kind == "noun" and entry.category != "attack" and not cue.suffix \
                and "ال" in (norms[cue.tok_start][:2], norms[cue.tok_start][1:3]):
            agent = self._nisba_after(ctx, cue)
            if agent is not None:
                # "الدعم الأمريكي للعدوان"، "الرفض الإيراني للاتفاق": the nationality after a
                # definite verbal noun names whose stance it is, not the reporter's
                after_end = agent.tok_end
                targets, loose = self._target(ctx, cue, after_end, stop, [agent])
                return [agent], "agent", targets, loose
        if entry.key in self.despite:
            # "أجرى الإقليم استفتاء على الاستقلال، رغم معارضة بغداد وواشنطن": those named
            # after "despite the opposition of" oppose the issue the clause before names
            i = self._gap_forward(norms, cue.tok_end)
            first = starting.get(i)
            issue = next((m for m in reversed(list(starting.values()))
                          if m.kind == "issue" and m.tok_end <= cue.tok_start), None)
            if first is None or first.kind != "actor" or issue is None:
                return [], "", [], False
            end = next((k for k in range(i, len(norms)) if norms[k] in _CLAUSE_MARKS),
                       len(norms))
            # the opponents joined by و, past a place ("الحكومة في بغداد ودول الجوار وواشنطن")
            opponents = [first] + [m for k, m in sorted(starting.items())
                                   if first.tok_end <= k < end and m.kind == "actor"
                                   and m.prefix[:1] == "و"]
            return opponents, "after", [issue], True
        if cue.kind == "noun" and entry.category in _CALLER_NOUNS and not cue.suffix:
            own = starting.get(cue.tok_end)
            if own is not None and own.kind == "actor" and not own.prefix:
                # "دعوة المرجعية البرلمان إلى ..."، "تهديد بومبيو بإغلاق ...": the genitive of
                # a call or threat is the one who calls or threatens, whoever reports it
                chain = self._coordinated(norms, own, starting, "actor")
                after_end = chain[-1].tok_end
                targets, loose = self._target(ctx, cue, after_end, stop, chain)
                if not targets and entry.category == "threaten":
                    targets = self._conditioned(ctx, after_end, chain)
                    loose = True
                return chain, "after", targets, loose
        reported = ctx.frame and cue.tok_start >= ctx.reported_from
        # "من قبضة X": a cue that opens with a preposition has its object after it, and its
        # speaker comes from the sentence
        prepositional_cue = cue.tok_end - cue.tok_start > 1 \
            and norms[cue.tok_start] in self.prepositions
        before = self._gap_backward(norms, cue.tok_start) - 1
        relative = self._relative_subject(ctx, cue)
        if relative is not None:
            if not relative:
                return [], "", [], False  # "الكتل التي تتمسك بـ": no actor's stance
            speakers, rule = relative, "before"
        elif reported and entry.event and cue.tok_start - ctx.reported_from <= 1 \
                and norms[ctx.reported_from - 1] in _PRONOUN_COMPLEMENTIZERS:
            # "وقالت إنها استهدفت X": the pronoun is the speaker
            speakers, rule = ctx.frame, "frame"
        elif reported and entry.event and before >= ctx.reported_from \
                and norms[before] in self.own_forces and before not in ctx.ending:
            # "أعلن الجيش أن قواته قتلت X": the speaker's own forces act for it
            speakers, rule = ctx.frame, "frame"
        elif reported and not entry.event:
            # inside "قال X إن ...": the stance is the speaker's, whoever the clause names
            speakers, rule = ctx.frame, "frame"
        elif cue.kind in ("verb", "form") and ctx.frame and (
                cue.prefix[:1] in _CONJUNCTIONS
                or (cue.tok_start > 0 and norms[cue.tok_start - 1] in _ALSO)) \
                and not entry.event and ctx.frame[-1].tok_end <= cue.tok_start:
            # "ورحب X بالقانون، وشكر بغداد"، "...، كما اتهمت التنظيم": a second verb of the
            # sentence keeps its subject, and what follows it is its object
            speakers, rule = ctx.frame, "frame"
        elif cue.kind == "participle":
            # "..., مطالباً الحكومة بـ": the participle shares the subject of the sentence
            # an event participle ("احتجاجاً على") never takes a speaker of an earlier sentence
            # (a protest participle belongs to the protesters named before it, whoever spoke)
            speakers = (entry.category == "protest" and self._protest_actor(ctx, cue)) \
                or ctx.frame or self._leading_subject(ctx, cue.tok_start) \
                or ([] if entry.event else list(ctx.state.last_speakers))
            rule = "frame" if speakers else ""
        elif self._adjectival_clause(ctx, cue) and ctx.leading and not entry.event \
                and ctx.leading[-1].tok_end <= cue.tok_start:
            # "صوت البرلمان على قرار يلزم الحكومة بـ": the verb describes the decision, whose
            # author is the sentence's subject; what follows the verb is its object
            speakers, rule = ctx.leading, "frame"
        elif cue.kind in ("verb", "form") and not cue.prefix and cue.tok_start > 0 \
                and norms[cue.tok_start - 1] in self.aspect_verbs and ctx.leading \
                and ctx.leading[-1].tok_end < cue.tok_start - 1:
            # "أغلق المتظاهرون الطريق ... وراحوا يهاجمون X": the imperfect after a verb of
            # beginning or going on shares the subject of the sentence's first verb
            speakers, rule = ctx.leading, "before"
        elif cue.kind != "noun" and cue.prefix[:1] not in _CONJUNCTIONS and not qama_event \
                and not prepositional_cue:
            subject = self._subject_before(norms, cue, ending)
            if subject is not None:
                speakers, rule = self._coordinated(norms, subject, starting, "actor"), "before"
        if rule == "before" and entry.category == "attack" and cue.kind in ("verb", "form") \
                and not self._agent_marked(norms, speakers[0]):
            # "X اختطفوا على يد مسلحين": a marked agent makes the verb passive, and the
            # subject before it its victims
            agent = [a for a in self._agent(norms, cue, starting, stop)
                     if all(s.id != a.id for s in speakers)]
            if agent:
                victims = self._chain_before(ctx, speakers[0].tok_end) or speakers
                return agent, "agent", victims + speakers[1:], True
            if self._caused_by_attack(norms, cue):
                # "X قتلوا في التفجير"، "X أصيبوا جراء قصف": the verb is passive, its subject
                # the victims; the attack noun after it names (or not) who attacked them
                return [], "", [], False
        if not speakers and entry.category == "attack" and cue.kind in ("verb", "form"):
            # passive voice: "اغتيل X برصاص مسلحين"، "قتل ثلاثة جنود على يد Y": the agent is
            # named by an agent marker, the noun phrase after the verb is the victim
            agent = self._agent(norms, cue, starting, stop)
            if agent:
                speakers, rule = agent, "agent"
                phrase, _ = self._open_phrase(ctx, self._gap_forward(norms, cue.tok_end), True)
                if phrase is not None and all(a.id != phrase.id for a in agent) \
                        and phrase.tok_start < agent[0].tok_start:
                    patient = phrase
                elif agent[0].tok_start - cue.tok_end <= 2:
                    # "ضربة جوية نفذها الجيش على X": the target follows the agent
                    after_end = agent[-1].tok_end
        counted_after = entry.category == "attack" and cue.kind != "noun" and self._counted(
            norms, self._gap_forward(norms, cue.tok_end)) and entry is not self.lexicon.launch[2]
        if not speakers and not patient_first and cue.kind != "participle" and not counted_after \
                and not prepositional_cue \
                and not self._plural_verb(ctx.norms, cue):
            # "قتل تسعة سياح": a count after an attack verb names victims of a passive verb,
            # never the attacker
            subject = self._subject_after(norms, cue, starting)
            if subject is not None and cue.kind == "noun":
                # the genitive after a verbal noun is its subject only when a proper target
                # follows it; otherwise it is the object ("دعم الحكومة")
                chain = self._coordinated(norms, subject, starting, "actor")
                # (the target right after the genitive: "رفض الفصائل للحوار", not "لدعم
                # الحكومة العراقية في مجال مكافحة الفساد")
                near = self._gap_forward(norms, chain[-1].tok_end)
                later = [starting[k] for k in range(chain[-1].tok_end, min(stop, near + 2))
                         if k in starting]
                means = chain[-1].tok_end < len(norms) and norms[chain[-1].tok_end][:1] == "ب" \
                    and chain[-1].actor_kind == "person"
                if cue.suffix or not (means or any(
                        self._introduced_by(norms, m, entry.prep) for m in later)):
                    subject = None
                elif cue.prefix in ("ل", "لل") and entry.category in ("demand", "appeal") \
                        and (ctx.event_frame or self._protest_actor(ctx, cue)):
                    # "تجمعوا ... لمطالبة الحكومة بـ": a purpose of the protesters, whose
                    # genitive is whom they make demands of
                    subject = None
            if subject is not None:
                speakers = self._coordinated(norms, subject, starting, "actor")
                rule = "after"
                after_end = speakers[-1].tok_end
                after_end = ctx.descriptions.get(after_end, after_end)
        if not speakers and patient_first:
            agent = self._agent(norms, cue, starting, stop)
            if agent:
                speakers, rule = agent, "agent"
                if agent[0].tok_start - cue.tok_end <= 2:
                    after_end = agent[-1].tok_end  # "غارة نفذها الجيش على X"
        if not speakers and entry.category == "attack":
            # "أعلنت X مسؤوليتها عن خطف Y": who claims an attack carried it out
            speakers = self._claimant(ctx, cue)
            rule = "agent" if speakers else rule
        if not speakers and entry.category == "attack" and cue.kind in ("noun", "form"):
            # "شنت الطائرات الإسرائيلية غارة على X": the subject of the launch verb
            speakers = self._launcher(ctx, cue)
            rule = "agent" if speakers else rule
        if not speakers and entry.event and cue.kind in ("noun", "form") \
                and _prep_of_prefix(cue.prefix) == "ب":
            # "قام مسلحون بخطف X": the subject of قام is the agent of the event noun
            for k in range(cue.tok_start - 1, max(cue.tok_start - 8, -1), -1):
                if norms[k] in _QAMA:
                    i = self._gap_forward(norms, k + 1)
                    agent = starting.get(i)
                    if agent is None and k > 0:
                        # "قوة من الشرطة قامت بمداهمة": the subject stands before قامت
                        agent = self._subject_before(norms, replace(cue, tok_start=k,
                                                                    tok_end=k + 1), ending)
                    if agent is None and self.open_events:
                        agent, _ = self._open_phrase(ctx, i)
                    if agent is not None and agent.kind == "actor":
                        speakers, rule = [agent], "agent"
                    break
            patient_first = True
        # "ردا على (مقتل جنود ب)هجوم": the attack retaliated for is someone else's
        # (an attacker is no protester either: "مواجهات بين X وY الذين يحتجون")
        same_event = ctx.event_frame and (entry.category not in ("attack", "protest")
                                          or ctx.event_category == entry.category) \
            and not any(norms[k] in _RETALIATION and norms[k + 1] == "علي"
                        for k in range(ctx.event_frame[-1].tok_end, cue.tok_start - 1))
        if not speakers and entry.event and cue.prefix[:1] in _CONJUNCTIONS and same_event:
            # "أطلقت القوات ... فقتلت": a coordinated event verb keeps the actor of the first
            speakers, rule = ctx.event_frame, "event"
        if not speakers and (entry.symmetric or entry.key == "fight"):
            parties = self._between(ctx, cue)
            if parties:
                # each party to a clash or a meeting "between A and B" toward the other
                return [parties[0]], "after", [parties[1]], False
        if not speakers and entry.category == "protest":
            speakers = self._protest_actor(ctx, cue)
            if not speakers and cue.prefix[:1] in _CONJUNCTIONS and cue.kind != "noun":
                # "وخرج الطلاب ... وساروا نحو X": a coordinated protest verb keeps the subject
                # of the sentence's first verb
                speakers = [m for m in ctx.leading if m.tok_end <= cue.tok_start]
            rule = "event" if speakers else rule
        if not speakers and entry.event and self.open_events and cue.kind != "noun" \
                and cue.prefix[:1] not in _CONJUNCTIONS:
            before = self._open_before(ctx, cue)
            if before is not None:
                speakers, rule = [before], "open"
        if not speakers and entry.event and self.open_events and cue.kind != "noun" \
                and self._clause_initial(ctx, cue) and not self._plural_verb(norms, cue):
            i = self._gap_forward(norms, cue.tok_end)
            phrase, counted = self._open_phrase(ctx, i)
            if phrase is not None:
                if counted and entry.category == "attack":
                    patient = phrase  # "قتل ثلاثة أشخاص": victims of a passive verb
                elif not _prep_of_prefix(phrase.prefix):
                    speakers, rule = [phrase], "open"
                    after_end = phrase.tok_end
        if not speakers and entry.event and same_event and cue.kind != "noun":
            # (not a verbal noun: "استهدفت منشآت استخدمت في هجمات على X" names other attacks)
            speakers, rule = ctx.event_frame, "event"
        if not speakers and not entry.event and not (ctx.frame or ctx.attribution
                                                     or ctx.event_frame):
            # "خرج آلاف المتظاهرين ... وانتقدوا X": a stance in a sentence about protesters
            speakers = self._protest_actor(ctx, cue)
            rule = "event" if speakers else rule
        if not speakers and not entry.event:
            if ctx.frame:
                speakers, rule = ctx.frame, "frame"
            elif ctx.attribution:
                speakers, rule = ctx.attribution, "frame"
            elif ctx.event_frame:
                # "وردد المتظاهرون هتافات تندد بـ X": the chant is the protesters' stance
                speakers, rule = ctx.event_frame, "event"
            elif ctx.leading and ctx.leading[-1].tok_end <= cue.tok_start and (
                    cue.kind in ("noun", "form") or self._adjectival_clause(ctx, cue)
                    or cue.prefix[:1] in _CONJUNCTIONS):
                # "قضت المحكمة بـ ...، وألزمت حكومة الإقليم بـ": a coordinated verb keeps the
                # subject of the sentence's first verb
                # "صوت البرلمان على قانون يجرم X": a verb describing the object of the
                # sentence's main verb states the main subject's stance
                # "وأجرى الجيش مناورات مشتركة مع X": a nominal cue belongs to the sentence's subject
                speakers, rule = ctx.leading, "frame"
            elif ctx.state.last_speakers:
                speakers, rule = ctx.state.last_speakers, "carry"
        if not speakers:
            return [], "", [], False
        pronoun = cue.tok_end < len(norms) and norms[cue.tok_end] in _OBJECT_PRONOUNS
        if pronoun or (cue.suffix and cue.kind == "verb" and entry.target == "object"):
            # "محملاً إياها"، "واتهمه بـ": the object is whom the story spoke of last, with
            # whoever is joined to a separate pronoun
            targets = self._antecedents(ctx, cue, speakers,
                                        norms[cue.tok_end] if pronoun else cue.suffix)
            if not pronoun:
                return speakers, rule, targets, True
            speaker_ids = set(map(_ID_OF, speakers))
            joined = ctx.starting.get(cue.tok_end + 1)
            if joined is not None and joined.prefix[:1] == "و":
                targets += [t for t in self._coordinated(norms, joined, ctx.starting, "actor")
                            if t.id not in speaker_ids]
            return speakers, rule, targets, False
        noun = ctx.absorbed.get(id(cue))
        if noun is not None and entry.category != "attack":
            agent = self._nisba_after(ctx, noun)
            if agent is not None and noun.entry.category == "attack":
                # "دان القصف الإيراني": the condemnation is of whoever carried it out
                ctx.polarity = entry.polarity
                return speakers, rule, [agent], True
        if noun is not None:
            # "طالب بطرد X": the outer stance toward the inner noun's target, signs multiplied
            # (a threat is hostile whatever it threatens to do: "هدد بإغلاق الحدود مع X")
            ctx.polarity = -1 if entry.category == "threaten" or entry.key in self.claims \
                else entry.polarity * noun.entry.polarity
            while id(noun) in ctx.absorbed and noun.entry.category != "attack":
                # "تعهد بمواصلة دعم العراق": the chain of verbal nouns composes
                noun = ctx.absorbed[id(noun)]
                if entry.category != "threaten" and entry.key not in self.claims:
                    ctx.polarity *= noun.entry.polarity
            inner_stop = min(stop, noun.tok_end + 10)
            genitive = [a for a in self._genitive_agent(ctx, noun)
                        if all(s.id != a.id for s in speakers)] \
                if entry.category != "attack" else []
            targets, loose = self._target(
                ctx, noun, genitive[-1].tok_end if genitive else noun.tok_end, inner_stop,
                [*speakers, *genitive])
            if not targets and noun.tok_end < len(norms) and norms[noun.tok_end] in _REFLEXIVES:
                # "دعا X إلى حل نفسها": the inner act falls on the outer cue's own object
                targets = [m for m in (starting.get(k) for k in range(after_end, noun.tok_start))
                           if m is not None and m.kind == "actor" and not self._governed(norms, m)
                           and all(s.id != m.id for s in speakers)][:1]
                loose = True
                joined = starting.get(noun.tok_end + 1)
                if targets and joined is not None and joined.kind == "issue" \
                        and joined.prefix[:1] == "و":
                    # "إلى حل نفسها وتسليم أسلحتها إلى الدولة": the joined issue is called for
                    ctx.extra = [(joined, entry.polarity)]
                    return speakers, rule, targets, loose
            if not targets and noun.entry.category == "attack" and entry.category != "attack" \
                    and not ctx.state.attacker and ctx.state.victims \
                    and (noun.tok_end >= len(norms) or noun.tok_end not in starting) \
                    and "ال" in norms[noun.tok_start][:5]:
                # "ودان الكاظمي الاغتيال" after "اغتيل الهاشمي برصاص مجهولين": the victim
                targets = [m for m in ctx.state.victims if all(s.id != m.id for s in speakers)]
                loose = True
            if not targets and noun.entry.key in self.lede_acts and self.open_events \
                    and entry.category in ("demand", "protest") and noun.kind == "noun":
                # "تطالب برحيل باقييف"، "بـ«استقالة ثاباتيرو»": whose departure is demanded is
                # named right after the noun, known to the registry or not
                i = self._after_quote(norms, noun.tok_end)
                phrase, counted = self._open_phrase(ctx, i, True) if i < inner_stop \
                    else (None, False)
                if phrase is not None and phrase.method == "open" and not counted \
                        and not _prep_of_prefix(phrase.prefix) \
                        and norms[phrase.tok_start] not in self.place_nouns:
                    targets, loose = [phrase], True
            if not targets and noun.entry.key in self.lede_acts and ctx.state.lede \
                    and "ال" in norms[noun.tok_start][:5] and noun.tok_end < len(norms) \
                    and noun.tok_end not in starting:
                # "ورحب المحتجون بإعلان الاستقالة": whose resignation the story is about
                targets = [m for m in ctx.state.lede if all(s.id != m.id for s in speakers)]
                loose = True
            # "احتجاجا على مقتل X على يد Y": the outer stance falls on the attack's agent too
            agents = genitive or [a for a in self._agent(norms, noun, starting, inner_stop)
                                  if all(s.id != a.id for s in speakers)] \
                if noun.entry.category == "attack" and entry.category != "attack" else []
            if agents and not targets:
                ctx.polarity = entry.polarity
                return speakers, rule, agents, True
            addressee = [m for m in (starting.get(k) for k in range(after_end, noun.tok_start))
                         if m is not None and m.kind == "actor" and not self._governed(norms, m)
                         and all(s.id != m.id for s in speakers)][:1]
            if targets and entry.category == "appeal" and addressee \
                    and all(t.id != addressee[0].id for t in targets):
                # "دعا بارزاني الحكومة إلى التعاون مع الإقليم": the call is to the addressee
                # (+1); what it calls for is a stance toward the inner target as well
                ctx.extra = [(t, ctx.polarity) for t in targets]
                ctx.polarity = entry.polarity
                return speakers, rule, addressee, False
            if targets:
                # "باستقالة الحكومة وإجراء انتخابات": a coordinated issue is demanded directly
                ctx.extra = [(t, entry.polarity) for t in targets if t.kind != targets[0].kind]
                ctx.extra += [(a, entry.polarity) for a in agents]
                if noun.entry.category == "attack" and entry.category != "attack" \
                        and "ال" in norms[noun.tok_start][:5]:
                    # "ودانت X الاعتداء على قنصليتها" after the story named the attackers:
                    # condemning the attack is also a stance toward its author
                    named = {m.id for m in (*targets, *speakers, *agents)}
                    ctx.extra += [(a, entry.polarity) for a in ctx.state.attacker
                                  if a.id not in named]
                return speakers, rule, [t for t in targets if t.kind == targets[0].kind], loose
            ctx.polarity = None
        if entry.category == "protest" and cue.kind == "noun" and cue.tok_start > 0 and (
                norms[cue.tok_start - 1] in self.note_nouns
                or norms[cue.tok_start - 1][1:] in self.note_nouns):
            # "سلم المتظاهرون السفير مذكرة احتجاج"، "مذكرات احتجاج ... إلى قائمقام البلدة":
            # a protest note is a protest to whom it is handed
            recipient = self._note_recipient(ctx, cue, speakers)
            if recipient:
                return speakers, rule, recipient, True
        targets, loose = self._target(ctx, cue, after_end, stop, speakers)
        if not targets and not entry.symmetric and entry.category in _PACT_CATEGORIES:
            # "رحبت واشنطن بالاتفاق بين بغداد وأربيل": an agreement stands for its parties
            targets = [p for p in self._pact_parties(ctx, after_end, stop)
                       if all(s.id != p.id for s in speakers)]
            loose = True
        if not targets and entry.category == "attack" and self.host_words:
            targets = self._hosted(ctx, after_end, speakers, entry.target == "object")
            loose = True
        if not targets and entry.symmetric and norms[cue.tok_end - 1][-1:] == "ه" \
                and cue.kind == "form":
            # "حيث استقبله X": the object pronoun is the sentence's subject
            whom = ctx.leading or list(ctx.state.last_speakers)
            targets = [t for t in whom if all(s.id != t.id for s in speakers)]
            loose = True
        if not targets and entry.category == "demand" and not entry.issue_only:
            # "طالب X Y بـ ...": demanding of an actor, with nothing the registry names as the
            # demand, is pressure on that actor
            m = None
            # the addressee comes before any other cue ("مطالبين بمحاسبة المسؤولين عن قتل
            # المدنيين" addresses nobody; the civilians belong to the killing)
            for k in range(self._gap_forward(norms, after_end), min(after_end + 5, len(norms))):
                m = ctx.starting.get(k)
                if m is not None or k in ctx.blocked:
                    break
                if norms[k][:1] == "ب" and norms[k] not in self.quantifiers:
                    break  # "للمطالبة بعودة X": the demanded thing has begun; X is its object
            if m is not None and m.kind == "actor" and not self._governed(norms, m) \
                    and all(s.id != m.id for s in speakers):
                # an appeal to an international body is no pressure on it
                ctx.polarity = 1 if m.actor_kind == "organisation" else -1
                return speakers, rule, [m], True
            begin = self._gap_forward(norms, after_end)
            if m is None and self.open_events and begin not in ctx.blocked and (
                    rule == "event" or cue.kind == "participle"
                    or self._adjectival_clause(ctx, cue)):
                # "مظاهرات تطالب السلطة بوقف المفاوضات": in a demand of protesters (or after a
                # participle or a describing verb), a definite noun phrase before the demanded
                # thing is addressed
                phrase, counted = self._open_phrase(ctx, begin)
                if phrase is not None and phrase.method == "open" and not counted \
                        and not phrase.prefix and norms[phrase.tok_start].startswith("ال") \
                        and phrase.tok_end < len(norms) and norms[phrase.tok_end][:1] == "ب" \
                        and len(norms[phrase.tok_end]) > 3 and phrase.tok_end not in ctx.starting:
                    ctx.polarity = -1
                    return speakers, rule, [phrase], True
        if not targets and rule in ("agent", "before") and cue.kind in ("noun", "form"):
            # "قتل X في هجوم نفذه Y": the attack's victims are named by the verb before it
            targets = [m for m in self._passive_victims(ctx, cue)
                       if all(s.id != m.id for s in speakers)]
            loose = True
        if not targets and rule == "event" and not entry.event and self.open_events \
                and entry.polarity < 0 and entry.prep:
            # "خرج متظاهرون ... ينددون بالمعلمة": what protesters denounce, known or not
            phrase, counted = self._open_phrase(ctx, self._gap_forward(norms, after_end))
            if phrase is not None and phrase.method == "open" and not counted \
                    and _prep_of_prefix(phrase.prefix) in entry.prep \
                    and phrase.id not in {s.id for s in speakers}:
                return speakers, rule, [phrase], True
        if not targets and entry.event and self.open_events:
            if patient is not None and all(s.id != patient.id for s in speakers):
                targets, loose = [patient], True
            else:
                targets, loose = self._open_target(ctx, cue, after_end, stop, speakers)
        return speakers, rule, targets, loose

    def _note_recipient(self, ctx: _Context, cue: Cue, speakers: Sequence[Any]) -> list[Any]:
        """To whom a protest note is handed: the actor after إلى in the clause after the
        note, else the object of the verb that hands it ("سلم X Y مذكرة احتجاج")."""
        norms, starting = ctx.norms, ctx.starting
        speaker_ids = set(map(_ID_OF, speakers))
        for k in range(cue.tok_end, min(cue.tok_end + 12, len(norms) - 1)):
            if (norms[k] in _CLAUSE_MARKS and norms[k] not in ("،", ",")) \
                    or norms[k] in self.complementizers:
                break
            if norms[k] in ("الي", "لدي"):
                m = starting.get(k + 1)
                if m is None and norms[k + 1] in _BUILDINGS:
                    m = starting.get(k + 2)  # "إلى مقر السفارة"
                if m is not None and m.kind == "actor" and m.id not in speaker_ids:
                    return [m]
                break
        note = cue.tok_start - 1
        for k in range(note - 1, max(note - 10, -1), -1):
            m = ctx.ending.get(k + 1)
            if m is not None and m.kind == "actor" and m.id not in speaker_ids \
                    and not self._governed(norms, m):
                return [m]
            if norms[k] in self.stage_verbs or norms[k][1:] in self.stage_verbs:
                break
        return []

    def _caused_by_attack(self, norms: Sequence[str], cue: Cue) -> bool:
        """An attack verb followed by a cause word and an attack noun ("قتلوا في التفجير"،
        "أصيبوا جراء القصف"), or by an attack noun with ب ("قتلوا بغارة"): a passive verb."""
        i = self._gap_forward(norms, cue.tok_end)
        starts = {c.tok_start: c for c in self._attack_cues}
        if i < len(norms) and norms[i] in self.cause_words:
            i += 1
        elif i not in starts or _prep_of_prefix(starts[i].prefix) != "ب":
            return False
        # (a clash is different: who died in it was a party to it, "قتلوا في مواجهات مع X")
        return i in starts and starts[i].kind in ("noun", "form") \
            and not starts[i].entry.symmetric

    def _conditioned(self, ctx: _Context, begin: int, speakers: Sequence[Any]) -> list[Any]:
        """Whom a threat is made against when only its condition names them ("هدد بإغلاق
        السفارة ما لم تتحرك الحكومة"): the actor after ما لم / إذا لم / إن لم in the clause."""
        norms = ctx.norms
        speaker_ids = set(map(_ID_OF, speakers))
        for k in range(begin, min(begin + 15, len(norms) - 1)):
            if norms[k] == ".":
                break
            if norms[k] in ("ما", "اذا", "ان") and norms[k + 1] == "لم":
                for i in range(k + 2, min(k + 5, len(norms))):
                    m = ctx.starting.get(i)
                    if m is not None and m.kind == "actor" and m.id not in speaker_ids:
                        return [m]
                return []
        return []

    def _state_of_organ(self, mention: Any) -> Any:
        """A state's organ composed with it ("usa.forces") as the state: condemning "the
        strikes" the US forces carried out is a stance toward the United States."""
        if "." not in mention.id or mention.id.startswith("new:"):
            return mention
        state, agent = mention.id.split(".", 1)
        if agent in self.civil_agents:
            return mention  # "أحرق محتجون القنصلية" ... "ودانت X الهجوم": the protesters
        return replace(mention, id=state, name=self.name_of(state), actor_kind="state")

    def _claims_attack(self, norms: Sequence[str], cue: Cue) -> bool:
        """A claim verb ("تبنى") with an attack noun (the lexicon's ``claim_objects``) in the
        twenty words after it: a claim of responsibility, not the adoption of a law."""
        return any(norms[k] in self.claim_attack_objects
                   for k in range(cue.tok_end, min(cue.tok_end + 20, len(norms))))

    def _hosted(self, ctx: _Context, begin: int, speakers: Sequence[Any],
                aimed: bool = False) -> list[Any]:
        """Who an attack on a place hits when the place is described by whom it hosts
        ("على قاعدة عين الأسد التي تستضيف قوات أمريكية"): the actor after a host verb (the
        lexicon's ``host_verbs``) in the rest of the sentence, before any reported clause."""
        norms = ctx.norms
        speaker_ids = set(map(_ID_OF, speakers))
        # the place is the object, or comes after على / ضد ("وهي تسمية تضم فصائل" is no place)
        for k in range(begin, min(begin + 25, len(norms))):
            if norms[k] == "." or norms[k] in self.complementizers:
                break
            aimed = aimed or norms[k] in _AGAINST
            if not aimed or norms[k] not in self.host_words:
                continue
            i = self._gap_forward(norms, k + 1)
            while i < len(norms) and (norms[i] in self.quantifiers or norms[i].isdigit()
                                      or norms[i] in _QUOTES or (norms[i] == "من" and i > k + 1)
                                      or norms[i] in self.member_nouns):
                i += 1  # ("تقل ثلاثة من نشطاء «سرايا القدس»": members stand for their body)
            m = ctx.starting.get(i)
            if m is not None and m.kind == "actor" and m.id not in speaker_ids:
                return [t for t in self._coordinated(norms, m, ctx.starting, "actor")
                        if t.id not in speaker_ids]
            return []
        return []

    @staticmethod
    def _plural_verb(norms: Sequence[str], cue: Cue) -> bool:
        """A verb with a plural suffix (انتقدوا، يطالبون): a verb before its subject is
        singular, so the noun after a plural verb is its object, never its subject."""
        if cue.kind not in ("verb", "form"):
            return False
        word = norms[cue.tok_start][len(cue.prefix):]
        if cue.suffix:
            # "اتهموه"، "يتهمونها": the plural before an object pronoun
            word = word[:len(word) - len(cue.suffix)]
            word = word + "ا" if word.endswith("و") else word
        return len(word) >= 5 and (word.endswith("وا") or (
            word[:1] in ("ي", "ت") and word.endswith("ون")))

    def _adjectival_clause(self, ctx: _Context, cue: Cue) -> bool:
        """An imperfect verb right after an indefinite noun ("قانون يجرم"، "قرارا يلزم"):
        an adjectival clause, whose subject is the noun, not a named actor."""
        k = cue.tok_start - 1
        if cue.kind not in ("verb", "form") or cue.prefix or k < 0 or k in ctx.blocked:
            return False
        word, verb = ctx.norms[k], ctx.norms[cue.tok_start]
        return (verb[:1] in _IMPERFECT and _ARABIC_WORD.fullmatch(word) is not None
                and not word.startswith("ال") and word[:1] not in "وفبل"
                and word not in self.non_heads and len(word) > 3)

    def _clause_object(self, norms: Sequence[str], i: int) -> int | None:
        """Where a clause object right after a cue begins ("من أن", "إلى أن", "أن"), if any."""
        if i < len(norms) and norms[i] in ("من", "الي", "علي"):
            i += 1
        if i < len(norms) and norms[i] in self.complementizers:
            return i + 1
        return None

    def _count_before(self, norms: Sequence[str], m: Any) -> bool:
        """A count stands right before mention ``m`` ("خمسة بريطانيين"، "ثلاثة من الجنود")."""
        k = m.tok_start - 1
        if m.prefix or k < 0:
            return False
        if norms[k] == "من":
            k -= 1
        return k >= 0 and self._counted(norms, k)

    def _counted(self, norms: Sequence[str], i: int) -> bool:
        """A count (a quantifier word or a number) stands at token ``i``."""
        return i < len(norms) and (norms[i] in self.quantifiers or norms[i].isdigit())

    def _open_before(self, ctx: _Context, cue: Cue) -> Any:
        """An unknown noun phrase right before an event verb, opening its clause ("إن
        العشرات من مستوطني براخة هاجموا"، "وكان انتحاريان قد فجرا")."""
        norms = ctx.norms
        j = self._gap_backward(norms, cue.tok_start)
        for start in range(j - 1, max(j - 3, 0) - 1, -1):
            if start in ctx.blocked:
                return None
            before = norms[start - 1] if start > 0 else ""
            if start == 0 or before in _KANA or before in self.complementizers \
                    or before in self.quantifiers or before == "من" \
                    or not _ARABIC_WORD.fullmatch(before):
                phrase, counted = self._open_phrase(ctx, start)
                if phrase is not None and phrase.method == "open" and phrase.tok_end == j:
                    return phrase
                return None
        return None

    def _clause_initial(self, ctx: _Context, cue: Cue) -> bool:
        """A verb that opens its clause, so the noun after it is its subject (not a verb in a
        relative clause, "قصف استهدف منتجعاً", whose subject stands before it)."""
        if cue.tok_start == 0 or cue.prefix[:1] in _CONJUNCTIONS:
            return True
        before = ctx.norms[cue.tok_start - 1]
        if before in _CLAUSE_OPENERS or before in self.gap_words or before in self.complementizers:
            return True
        return not _ARABIC_WORD.fullmatch(before)  # punctuation, a quote, a number

    def _genitive_agent(self, ctx: _Context, cue: Cue) -> list[Any]:
        """The genitive of an attack noun that names its author (the lexicon's
        ``agent_genitive_nouns``: هجوم، هجمات، غارات ...) when the target follows it after على,
        ضد or the clitic ل ("هجمات طالبان على القوات"، "غارات الطيران الإسرائيلي على غزة")."""
        norms = ctx.norms
        if cue.kind != "noun" or cue.suffix or cue.entry.category != "attack" \
                or norms[cue.tok_start][len(cue.prefix):] not in self.agent_genitive_nouns:
            return []
        m = ctx.starting.get(cue.tok_end)
        if m is None or m.kind != "actor" or m.prefix:
            return []
        chain = self._coordinated(norms, m, ctx.starting, "actor")
        end = chain[-1].tok_end
        if end >= len(norms):
            return []
        after = ctx.starting.get(end)
        if (norms[end] in _AGAINST and tuple(norms[end : end + 2]) not in self.agent_markers
                and norms[end + 1 : end + 2] != ["يد"]) \
                or (after is not None and _prep_of_prefix(after.prefix) == "ل"):
            return chain
        return []

    def _custodian(self, ctx: _Context, cue: Cue) -> Any:
        """The state named by a nationality after a place of custody right after an attack
        noun ("التعذيب القاسي في السجون الإسرائيلية"): whoever holds the prisons."""
        norms = ctx.norms
        for k in range(cue.tok_end, min(cue.tok_end + 3, len(norms) - 2)):
            if norms[k] == "في" and norms[k + 1] in self.custody_places:
                return self._nisba_after(ctx, replace(cue, tok_end=k + 2))
        return None

    def _nisba_after(self, ctx: _Context, cue: Cue) -> Any:
        """The state named by a nationality adjective right after a cue, as a mention."""
        k = cue.tok_end
        if k >= len(ctx.norms) or k in ctx.blocked:
            return None
        word = ctx.norms[k]
        state = self.nisba.get(word)
        if state is None and word[:1] == "ب":
            state = self.nisba.get(word[1:])
        if state is None:
            return None
        token = ctx.tokens[k]
        return Mention(k, k + 1, token.start, token.end, token.text, state[0], state[1], "actor",
                       "state", None, None, None, "", "nisba")

    def _chain_before(self, ctx: _Context, j: int) -> list[Any]:
        """The mentions coordinated by و that end right at token ``j``."""
        m = ctx.ending.get(j)
        if m is None or m.kind != "actor":
            return []
        chain = [m]
        while m.prefix[:1] == "و":
            previous = ctx.ending.get(m.tok_start)
            if previous is None or previous.kind != "actor":
                break
            chain.insert(0, previous)
            m = previous
        return chain

    def _agent(self, norms, cue, starting, stop) -> list[Any]:
        """The agent of an event noun, introduced by على يد / من قبل / برصاص ..."""
        for i in range(cue.tok_end, min(stop, len(norms), cue.tok_end + 10)):
            if norms[i] not in self._agent_starts:
                continue  # (most words open no agent marker)
            for phrase in self._markers_at.get(norms[i], ()):
                if tuple(norms[i : i + len(phrase)]) == phrase:
                    m = starting.get(self._after_quote(norms, i + len(phrase)))
                    if m is not None and m.kind == "actor":
                        return self._coordinated(norms, m, starting, "actor")
                    if m is None and self._ctx is not None and self.open_events:
                        # "كانت خلفها جماعات إجرامية": a group the registry does not know
                        m, counted = self._open_phrase(
                            self._ctx, self._after_quote(norms, i + len(phrase)))
                        if m is not None and not counted and not m.prefix:
                            return [m]
            if norms[i] in self.agent_words:
                m = starting.get(self._after_quote(norms, i + 1))
                if m is not None and m.kind == "actor":
                    whole = starting.get(m.tok_end + 1) if m.actor_kind == "agent" \
                        and m.tok_end < len(norms) and norms[m.tok_end] == "من" else None
                    if whole is not None and whole.kind == "actor" \
                            and whole.actor_kind not in ("agent", "state", None):
                        return [whole]  # "شنه مسلحون من حزب العمال": the party's men
                    return self._coordinated(norms, m, starting, "actor")
                if m is None and self._ctx is not None:
                    # "بنيران إسرائيلية": a nationality after the marker names the state
                    m = self._nisba_after(self._ctx, replace(cue, tok_end=i + 1))
                    if m is not None:
                        return [m]
        return []

    def _launcher(self, ctx: _Context, cue: Cue) -> list[Any]:
        """The subject of a launch verb (شن، أطلق، وجه ...) whose object is the attack noun
        at the cue ("شنت الطائرات الإسرائيلية غارة على X")."""
        norms = ctx.norms
        verbs = self.lexicon.launch[0]
        k, floor = cue.tok_start, max(cue.tok_start - 7, -1)
        while k - 1 > floor:
            k -= 1
            word = norms[k]
            if word[:1] in _CONJUNCTIONS and word[1:] in verbs:
                word = word[1:]
            elif word not in verbs:
                if word in _COMMAS:
                    # "شنت القوات، ليل الجمعة، غارات": past a comma-bounded insert
                    opening = self._insert_opening(norms, k)
                    if opening is not None:
                        floor = max(floor - (k - opening) - 1, -1)
                        k = opening
                        continue
                if self._clause_end(norms, k) or word in ("،", ",", "."):
                    return []
                continue
            m = ctx.starting.get(self._gap_forward(norms, k + 1))
            if m is None and norms[k][:1] not in _CONJUNCTIONS:
                m = ctx.ending.get(self._gap_backward(norms, k))
            if m is not None and m.kind == "actor" and m.tok_end <= cue.tok_start \
                    and not self._governed(norms, m):
                return self._coordinated(norms, m, ctx.starting, "actor")
            return []
        return []

    def _claimant(self, ctx: _Context, cue: Cue) -> list[Any]:
        """Who claims the attack at the cue: "تبنت X المسؤولية عن (عملية) تفجير ..."،
        "أعلنت X مسؤوليتها عن خطف ..."، "تبنت X الهجوم". The claimant is the actor named
        before the claim (the subject of its verb), or a group-like noun phrase there."""
        norms = ctx.norms
        j = cue.tok_start - 1
        if j >= 0 and norms[j] in self.claim_objects:
            j -= 1  # "عن عملية تفجير"
        if j >= 1 and norms[j] == "عن" and norms[j - 1] in self.claim_words:
            end = j - 1
        else:
            k = cue.tok_start
            if k >= 1 and norms[k - 1] in _COMMAS:
                # "أعلن الحوثيون، الأحد، استهداف سفينة": past a comma-bounded insert
                k = self._insert_opening(norms, k - 1) or k
            m = ctx.ending.get(k)
            if m is None or m.tok_start == 0 or norms[m.tok_start - 1] not in self.claim_verbs:
                return []
            end = m.tok_end
        m = ctx.ending.get(end)
        if m is None and end > 0 and norms[end - 1] in self.claim_verbs:
            m = ctx.frame[0] if ctx.frame else None  # "وتبنى المسؤولية عن": the frame's
        if m is None and self.open_events and end > 2 and norms[end - 1] in _QUOTES:
            # 'أعلنت مجموعة تطلق على نفسها «المقاومة الوطنية ...» مسؤوليتها': the quoted name
            opening = next((k for k in range(end - 2, max(end - 12, 0) - 1, -1)
                            if norms[k] in _QUOTES), None)
            words = norms[opening + 1 : end - 1] if opening is not None else []
            if words and all(_ARABIC_WORD.fullmatch(w) for w in words) \
                    and opening + 1 not in ctx.blocked:
                tokens = ctx.tokens
                text = " ".join(t.text for t in tokens[opening + 1 : end - 1])
                m = Mention(opening + 1, end - 1, tokens[opening + 1].start,
                            tokens[end - 2].end, text, "new:" + "_".join(words), text, "actor",
                            None, None, None, None, "", "open")
        if m is None and self.open_events:
            for start in range(end - 1, max(end - 4, 0), -1):
                if norms[start - 1] in self.claim_verbs or norms[start - 1] in _QUOTES:
                    phrase, _ = self._open_phrase(ctx, start)
                    if phrase is not None and phrase.method == "open" and phrase.tok_end > end:
                        # "الحركة المسؤولية": the phrase stops where the claim begins
                        words = [self._open_word(w)[0] or w for w in norms[start:end]]
                        tokens = ctx.tokens
                        phrase = replace(phrase, tok_end=end, end=tokens[end - 1].end,
                                         text=" ".join(t.text for t in tokens[start:end]),
                                         id="new:" + "_".join(words))
                    if phrase is not None and phrase.tok_end == end:
                        m = phrase
                    break
        if m is None or m.kind != "actor" or self._governed(norms, m):
            return []
        return [m]

    @staticmethod
    def _after_quote(norms: Sequence[str], i: int) -> int:
        """Token ``i``, or the one after it when ``i`` is a quote ("تبناه «تنظيم X»")."""
        return i + 1 if i < len(norms) and norms[i] in _QUOTES else i

    def _passive_victims(self, ctx: _Context, cue: Cue) -> list[Any]:
        """The victims of an attack noun whose agent it names itself, named by an earlier
        attack verb of the sentence ("قتل 150 مدنيا في غارة أمريكية"، "ثمانية أشخاص قتلوا
        جراء ضربة جوية أمريكية") or by the subject of a verb of suffering ("تعرضت X لهجوم
        تبناه Y"). The noun must be the cause of the verb: introduced by a preposition
        (بغارة، لهجوم) or by one of the lexicon's ``cause_words`` (في، جراء، إثر ...)."""
        norms, starting, ending = ctx.norms, ctx.starting, ctx.ending
        floor = max(cue.tok_start - 20, 0)
        for j in range(cue.tok_start - 1, max(cue.tok_start - 13, -1), -1):
            if self._clause_end(norms, j):
                break
            word = norms[j]
            if word in self.suffer_verbs or (word[:1] in _CONJUNCTIONS
                                             and word[1:] in self.suffer_verbs):
                # "تعرضت القاعدة العسكرية لهجوم"، "الجنود تعرضوا لهجوم"
                after = self._gap_forward(norms, j + 1)
                m = starting.get(after) or ending.get(self._gap_backward(norms, j))
                if m is None and after < len(norms) and norms[after] in self.own_forces:
                    # "نفذت القوات الأمريكية ضربة إثر تعرض قواتها لإطلاق نار": the forces of
                    # the actor named last before
                    m = next((ending[e] for e in range(j, max(j - 12, 0), -1) if e in ending
                              and ending[e].kind == "actor"
                              and not self._governed(norms, ending[e])), None)
                    return [m] if m is not None else []
                if m is not None and m.kind == "actor" and not self._governed(norms, m):
                    return self._coordinated(norms, m, starting, "actor")
                return []
        k = cue.tok_start
        launch_verbs = self.lexicon.launch[0]
        if _prep_of_prefix(cue.prefix) not in ("ب", "ل") and not any(
                norms[j] in self.cause_words for j in range(max(k - 3, floor), k)) and not any(
                norms[j] in launch_verbs and norms[j - 1] in self.cause_words
                for j in range(max(k - 7, floor, 1), k)):
            # ("أصيب X بعدما نفذت القوات ضربة جوية": the cause word before the launch verb)
            return []
        victims: list[Any] = []
        for verb in reversed(self._attack_cues):
            if verb.tok_end > cue.tok_start or verb.tok_start < floor:
                continue
            phrase, counted = self._open_phrase(ctx, self._gap_forward(norms, verb.tok_end))
            if phrase is not None and phrase.method != "open" and phrase.tok_end <= k \
                    and (counted or not self._governed(norms, phrase)):
                found = self._coordinated(norms, phrase, starting, "actor")
            else:
                at = verb.tok_start - (norms[verb.tok_start - 1] in ("،", ",")
                                       if verb.tok_start > 0 else 0)
                subject = self._subject_before(norms, replace(verb, tok_start=at), ending) \
                    if verb.kind != "noun" and not verb.prefix else None
                if subject is not None and subject.tok_start > 1 \
                        and norms[subject.tok_start - 1] in self.among_words:
                    # "ثمانية أشخاص، بينهم طفلان، قتلوا": the victims are the whole count
                    j = subject.tok_start - 1
                    j -= 1 if j > 0 and norms[j - 1] in ("،", ",") else 0
                    subject = ending.get(j) or subject
                found = [subject] if subject is not None else []
            victims += [m for m in found if all(v.id != m.id for v in victims)]
        return victims

    # ------------------------------------------------------------------ open noun phrases
    def _open_phrase(self, ctx: _Context, i: int, any_noun: bool = False) -> tuple[Any, bool]:
        """The noun phrase at token ``i`` as an actor: a mention if one starts there after a
        count ("ثلاثة من رجال الشرطة"), else a ``new:`` actor for an unknown noun phrase.

        Returns the mention (or None) and whether a count opened the phrase.
        """
        norms = ctx.norms
        n = len(norms)
        j = i
        counted = False
        while j < n and (norms[j] in self.quantifiers or norms[j].isdigit()
                         or (counted and norms[j] == "من")):
            counted = True
            j += 1
        if j >= n:
            return None, counted
        if j in ctx.starting:
            m = ctx.starting[j]
            return (m if m.kind == "actor" else None), counted
        head, prefix = self._open_word(norms[j])
        if head in self.member_nouns and j not in ctx.blocked:
            # "خمسة من أعضاء «مجلس إنقاذ ديالى»"، "مقاتلي (الشباب)": the members stand for
            # the body named after them
            return self._members_body(ctx, j + 1), counted
        if head in self.follower_nouns and j not in ctx.blocked and j + 1 < n \
                and j + 1 not in ctx.starting and j + 1 not in ctx.blocked \
                and _ARABIC_WORD.fullmatch(norms[j + 1]) and norms[j + 1] not in self.non_heads:
            # "عدد من أنصار الحريري": the followers of someone the registry does not know
            tokens = ctx.tokens
            surface = " ".join(t.text for t in tokens[j : j + 2])
            if prefix and surface.startswith(prefix):
                surface = surface[len(prefix):]
            return Mention(j, j + 2, tokens[j].start, tokens[j + 1].end, surface,
                           "new:" + head + "_" + norms[j + 1], surface, "actor", None, None, None,
                           None, prefix, "open"), counted
        if head is None or j in ctx.blocked or head in self.non_heads or head in self.nisba:
            return None, counted  # (a nationality adjective alone heads no noun phrase)
        if not (any_noun or head.startswith("ال") or _GROUP_ENDING.search(head)):
            return None, counted
        words = [head]
        k = j + 1
        definite = head.startswith("ال")
        while k < n and len(words) < 3 and k not in ctx.blocked:
            word = norms[k]
            if not _ARABIC_WORD.fullmatch(word) or word in self.non_heads:
                break
            if word.startswith("ال") and len(word) > 3:
                words.append(word)
            elif (not definite and len(words) == 1 and len(word) > 3
                  and _INDEFINITE_ADJECTIVE.search(word)
                  and not (word[:1] in ("ي", "ت") and word.endswith("ون"))):
                words.append(word)
            else:
                break
            k += 1
        after = ctx.starting.get(k)
        if after is not None and after.actor_kind == "person":
            return after, counted  # "التابع للزعيم الشيعي مقتدى الصدر": a title, then him
        tokens = ctx.tokens
        surface = " ".join(t.text for t in tokens[j:k])
        if prefix and surface.startswith(prefix):
            surface = surface[len(prefix):]
            if head.startswith("ال") and not surface.startswith("ال"):
                surface = "ال" + surface[1:]  # "للعولمة" -> "العولمة"
        mention = Mention(
            tok_start=j, tok_end=k, start=tokens[j].start, end=tokens[k - 1].end,
            text=surface, id="new:" + "_".join(words), name=surface, kind="actor",
            actor_kind=None, country=None, parent=None, role=None, prefix=prefix,
            method="open",
        )
        return mention, counted

    def _members_body(self, ctx: _Context, i: int) -> Any:
        """The body named at token ``i`` after a noun for its members: a mention, or a
        quoted or bracketed name of up to six words as a ``new:`` actor."""
        norms = ctx.norms
        if i < len(norms) and norms[i] in ("من", "في"):
            i += 1  # "عناصر من جيش المهدي"، "قياديون في الفصائل"
        opening = i < len(norms) and (norms[i] in _QUOTES or norms[i] == "(")
        k = i + 1 if opening else i
        m = ctx.starting.get(k)
        if m is not None:
            return m if m.kind == "actor" else None
        if not opening:
            return None
        end = next((e for e in range(k, min(k + 7, len(norms)))
                    if norms[e] in _QUOTES or norms[e] == ")"), None)
        words = norms[k:end] if end is not None else []
        if not words or not all(_ARABIC_WORD.fullmatch(w) for w in words) \
                or any(e in ctx.blocked for e in range(k, end)):
            return None
        tokens = ctx.tokens
        text = " ".join(t.text for t in tokens[k:end])
        return Mention(k, end, tokens[k].start, tokens[end - 1].end, text,
                       "new:" + "_".join(words), text, "actor", None, None, None, None, "",
                       "open")

    def _open_word(self, word: str) -> tuple[str | None, str]:
        """A word that can head an unknown noun phrase, without its clitics, and the clitics."""
        if not _ARABIC_WORD.fullmatch(word):
            return None, ""
        prefix = ""
        for clitic in _OPEN_CLITICS:
            if word.startswith(clitic) and len(word) - len(clitic) >= 3:
                if clitic.endswith("لل"):  # "للإقليم" = ل + "الإقليم"
                    prefix, word = clitic[:-1], "ال" + word[len(clitic):]
                else:
                    prefix = clitic[:-2]
                    word = word[len(prefix):]
                break
        if len(word) < 3:
            return None, prefix
        if not prefix and word[:1] in ("ي", "ت") and word.endswith("ون") and len(word) >= 5:
            return None, prefix  # "مسلحون يستقلون دراجات": an imperfect verb, not a noun
        if word.endswith(("ها", "هم", "هما")) and len(word) >= 6 and not word.startswith("ال"):
            return None, prefix  # "مواقع مقاتليها": someone's own men, not a new group
        return word, prefix

    def _open_target(self, ctx: _Context, cue: Cue, begin: int, stop: int, speakers):
        """The unknown noun phrase an event is directed at: the object after the subject, or
        the phrase after one of the cue's prepositions (ضد، على)."""
        norms = ctx.norms
        entry = cue.entry
        end = min(stop, len(norms), begin + 8)
        speaker_ids = set(map(_ID_OF, speakers))
        positions = []
        if entry.target == "object" and cue.kind != "noun":
            # the object of an attack verb: whatever noun phrase follows its subject (not
            # after a verbal noun: "هجمات بصواريخ"، "للهجمات الجوية" name no target)
            positions.append((self._gap_forward(norms, begin), entry.category == "attack"))
        # after an explicit ضد / على the noun phrase is the target, whatever its form; after a
        # place word (أمام، نحو) only a nationality names one ("أمام السفارة التركية")
        positions += [(k + 1, norms[k] in _AGAINST) for k in range(begin, end)
                      if norms[k] in entry.prep]
        if cue.tok_end == begin and norms[begin - 1] in _AGAINST and norms[begin - 1] in entry.prep:
            positions.insert(0, (begin, True))  # "أطلقوا النار على X": the cue holds على
        for i, any_noun in positions:
            if i >= end + 1:
                continue
            phrase, _ = self._open_phrase(ctx, i, True)
            place_only = not any_noun and (k := i - 1) >= 0 and norms[k] not in _AGAINST \
                and entry.target == "prepositional"
            if phrase is not None and phrase.method == "open":
                # "أمام مركز التأشيرات التركي": a nationality after the place names its owner
                for k in range(phrase.tok_end, min(phrase.tok_end + 3, len(norms))):
                    state = self.nisba.get(norms[k])
                    if state is not None:
                        token = ctx.tokens[k]
                        phrase = Mention(k, k + 1, token.start, token.end, token.text, state[0],
                                         state[1], "actor", "state", None, None, None, "",
                                         "nisba")
                        break
            if phrase is not None and place_only and phrase.method == "open":
                continue
            if phrase is not None and phrase.id not in speaker_ids:
                return [phrase], True
        return [], False

    # ------------------------------------------------------------------ targets
    @staticmethod
    def _opens_clause(norms: Sequence[str], i: int, covered: Mapping[int, Any]) -> bool:
        """Whether a verb may stand at token ``i``: after a clause opener (a comma, a
        particle), an opening quote or an actor (its subject); not after another noun, which
        a verb-looking word describes ("أسوأ اتفاق" وقعته)."""
        k = i - 1
        if norms[k] in _QUOTES and k > 0 and (norms[k] in _CLOSING_QUOTES or (
                norms[k] == '"' and norms[:k + 1].count('"') % 2 == 0)):
            k -= 1  # past a closing quote: what the quote ends
        word = norms[k]
        if word in _VERB_OPENERS and not (k < i - 1 and word in _QUOTES):
            return True
        return k in covered and covered[k].kind == "actor"

    def _relative_subject(self, ctx: _Context, cue: Cue) -> list[Any] | None:
        """The subject of a verb right after a relative pronoun with no subject of its own
        after it: the noun the clause describes ("الفصائل التي ترفض الحوار"), [] when that
        is no actor ("الكتل التي تتمسك بالمحاصصة"), None when the rule does not apply."""
        norms = ctx.norms
        k = cue.tok_start - 1
        if cue.kind not in ("verb", "form") or cue.prefix or cue.suffix or k < 0 \
                or norms[k] not in _RELATIVE_PRONOUNS:
            return None
        if self._subject_after(norms, cue, ctx.starting) is not None:
            return None  # "الاتفاق الذي وقعته الحكومة": the clause names its subject
        head = ctx.ending.get(k) or (ctx.ending.get(k - 1) if k > 0 and norms[k - 1] in _COMMAS
                                     else None)
        if head is None or head.kind != "actor":
            return []
        return self._chain_before(ctx, head.tok_end)  # "X وY التي ..." -> [X, Y]

    def _addressed(self, ctx: _Context, cue: Cue, speakers: Sequence[Any], targets: list[Any],
                   loose: bool) -> tuple[list[Any], bool]:
        """The targets of a verb whose object pronoun is its addressee ("ودعاه إلى"،
        "وطالبها بـ"), read like a named addressee: a call is to the addressee, with what it
        calls for as a stance of its own; a demand with nothing the registry names as the
        demand is pressure on the addressee (an appeal to an international body)."""
        entry = cue.entry
        whom = self._antecedents(ctx, cue, speakers, cue.suffix)
        if not whom or (targets and entry.category != "appeal"):
            return targets, loose
        if entry.category == "appeal":
            inner = ctx.polarity if ctx.polarity is not None else entry.polarity
            ids = {w.id for w in whom}
            ctx.extra = [*ctx.extra, *((t, inner) for t in targets if t.id not in ids)]
            ctx.polarity = entry.polarity
        elif entry.category == "demand":
            ctx.polarity = 1 if whom[0].actor_kind == "organisation" else -1
        return whom, True

    def _antecedents(self, ctx: _Context, cue: Cue, speakers: Sequence[Any],
                     pronoun: str) -> list[Any]:
        """Whom an object pronoun ("واتهمه"، "إياها") stands for: the last targets of the
        sentence, else the last actor named before the cue, else the last targets of the
        story, else its last speakers; never the cue's own speakers. A dual pronoun (هما)
        takes two, a plural (هم) all, a singular the first."""
        speaker_ids = set(map(_ID_OF, speakers))
        targets = [t for t in ctx.last_targets if t.id not in speaker_ids]
        if not targets:
            for k in range(cue.tok_start - 1, -1, -1):
                m = ctx.ending.get(k + 1)
                # (not the object of a description: "القوى المقربة من إيران")
                if m is not None and m.kind == "actor" and m.id not in speaker_ids \
                        and m.tok_start not in ctx.described:
                    targets = [m]
                    break
        if not targets:
            targets = [t for t in ctx.state.last_targets if t.id not in speaker_ids] or [
                t for t in ctx.state.last_speakers if t.kind == "actor"
                and t.id not in speaker_ids]
        pronoun = pronoun.removeprefix("ايا")
        if pronoun.endswith("هما"):
            return targets[:2]
        if pronoun.endswith("هم"):
            return targets
        return targets[:1]

    def _target(self, ctx: _Context, cue: Cue, begin: int, stop: int, speakers):
        norms, starting = ctx.norms, ctx.starting
        entry = cue.entry
        speaker_ids = set(map(_ID_OF, speakers))
        begin = self._past_parenthesis(ctx, begin, stop)
        k = begin + 1 if begin < len(norms) and norms[begin] in entry.prep else begin
        if k + 2 < len(norms) and k not in starting and norms[k][norms[k][:1] == "ب":] in _HASTEN \
                and norms[k + 1] in ("في", "علي", "الي") and k + 2 in starting:
            begin = k + 2  # "إلى الإسراع في تشكيل الحكومة": hastening X is X
        end = min(stop, len(norms), begin + (10 if entry.target == "prepositional" else 8))
        if entry.target == "prepositional" and entry.prep:
            # 'عملية "المخلب - القفل" ضد مسلحي X': what an expected preposition at the edge
            # of the window introduces is still in reach (one further back moves nothing)
            for last in range(end - 1, max(begin, end - 3) - 1, -1):  # (the last one)
                if norms[last] in entry.prep:
                    end = min(stop, len(norms), max(end, last + 4))
                    break
        if begin < len(norms) and norms[begin] in self.complementizers:
            return [], False  # "رفض أن يتحول العراق ...": a clause is rejected, not an actor
        stops = self._target_stops
        for i in range(begin, end):
            if norms[i] not in stops:
                continue  # (most words neither end the clause nor are أي)
            if self._clause_end(norms, i) and i > begin and not (
                    norms[i] in _RELATIVES and norms[i - 1].removeprefix("ال") in _POSSESSED):
                end = i  # (the relative clause of "الدور الذي أدته X" names whose role)
                break
            if norms[i] in _ANY and i not in starting and not (
                    i + 2 < len(norms) and norms[i + 1] in _TIES and norms[i + 2] == "مع") \
                    and not (i + 1 in starting and starting[i + 1].kind == "issue"):
                # ("أي تدخل أمريكي": an issue named after أي is the object)
                # "بأي نتائج": an unspecified object, whatever the clause after it names (but
                # "أي علاقة مع X" is about X, "أي وجود لـ X" about X, and "أي اعتداء أمريكي"
                # about the United States)
                owner = starting.get(i + 2) if i + 2 < len(norms) \
                    and norms[i + 1] in _PRESENCE else None
                if owner is not None and _prep_of_prefix(owner.prefix) == "ل":
                    return [owner] if owner.id not in speaker_ids else [], True
                # (the nationality may follow other adjectives: "أي عمليات عسكرية تركية")
                j = next((j for j in range(i + 2, min(i + 5, len(norms)))
                          if norms[j] in self.nisba or j in starting
                          or not _ARABIC_WORD.fullmatch(norms[j])), None)
                state = self.nisba.get(norms[j]) if j is not None and j not in starting \
                    and i + 1 not in starting else None
                if state is not None and state[0] not in speaker_ids:
                    token = ctx.tokens[j]
                    return [Mention(j, j + 1, token.start, token.end, token.text, state[0],
                                    state[1], "actor", "state", None, None, None, "",
                                    "nisba")], True
                end = i
                break
        found = list(filter(None, map(starting.get, range(begin, end))))  # (in token order)
        # "رفض التصريحات الإيرانية بشأن البحرين": the object's nationality names whose it is,
        # before any mention further on
        # (and "ستستهدف المصالح الأمريكية": what an attack or threat aims at is the state's)
        b = self._gap_forward(norms, begin)  # ("ترفض بشكل قاطع الاتهامات الأمريكية")
        o = b  # the object's head noun
        if o + 3 < end and norms[o + 1] in entry.prep and o not in starting \
                and norms[o].startswith("ال"):
            o += 1  # "عن قلقه البالغ إزاء": past an adjective of the cue
        if o + 2 < end and norms[o] in entry.prep and o not in starting:
            o += 1  # "عن قلقه إزاء التصعيد التركي": past a preposition written apart
        own = o + 1 < end and o not in starting and o + 1 not in starting \
            and norms[o + 1] in self.nisba and (
                norms[o].removeprefix("ال") in _OWN_ACTS
                or (entry.category in ("attack", "threaten") and _ARABIC_WORD.fullmatch(
                    norms[o]) and norms[o] not in self.place_nouns
                    and norms[o] not in self.prepositions))
        if (not found or own) and (entry.actor_only
                                   or entry.category in _NISBA_TARGET_CATEGORIES):
            # "مثمناً الجهود الصينية": a nationality after a noun names the state it belongs to
            if own:
                found = []
            for k in range(begin + 1, end):
                if k in ctx.blocked or norms[k] not in self.nisba or norms[k - 1] in self.nisba:
                    continue
                if not _ARABIC_WORD.fullmatch(norms[k - 1]) or (k - 1) in ctx.blocked \
                        or norms[k - 1] in self.place_nouns:
                    continue  # "في مدن باكستانية": a place, not a target
                state = self.nisba[norms[k]]
                token = ctx.tokens[k]
                found.append(Mention(k, k + 1, token.start, token.end, token.text, state[0],
                                     state[1], "actor", "state", None, None, None, "", "nisba"))
            found.sort(key=_START_OF)
        if not found:
            return [], False
        described = ctx.described
        candidates = []  # (a loop, not a comprehension: one runs for every object read)
        for m in found:
            if m.id in speaker_ids or m.tok_start in described:
                continue  # "الفصائل المدعومة من إيران": not the object
            if m.tok_start >= 2 and not m.prefix and norms[m.tok_start - 1] == "من" and any(
                    s.tok_end == m.tok_start - 1 and s.actor_kind not in _NO_CROWD
                    for s in speakers):
                # "سارت حشود من المتظاهرين": the whole the speaker is part of is no object
                # (a person or a body is no crowd: "حذر الصدر من الحوار" warns against it)
                continue
            if (entry.actor_only and m.kind != "actor") \
                    or (entry.issue_only and m.kind != "issue"):
                continue
            if cue.kind == "noun" and entry.category == "attack" \
                    and self._agent_marked(norms, m):
                continue
            candidates.append(m)
        if not candidates:
            return [], False
        chosen = None
        loose = False
        first = candidates[0]
        if entry.category == "appeal" and first.kind == "actor" and first.tok_start == begin \
                and not self._governed(norms, first):
            # "ودعت حكومة الإقليم إلى تسليم ... إلى سومو": the call's addressee is its target
            candidates = [first]
        for m in candidates:
            if self._introduced_by(norms, m, entry.prep):
                if (m.actor_kind == "state" and m.tok_start != begin
                        and _prep_of_prefix(m.prefix) == "ب"):
                    continue  # "في ساحة التحرير ببغداد": a place, not the target
                chosen = m
                break
        if chosen is None:
            if entry.category == "demand":
                # the actor a demand is addressed to is not its target; the demanded thing is
                issues = [m for m in candidates if m.kind == "issue" and not (
                    entry.issue_only and any(norms[k] not in _QUOTES
                                             for k in range(begin, m.tok_start)))]
                if not issues:
                    return [], False
                chosen, loose = issues[0], True
            else:
                # the first mention that is not an adjunct introduced by another preposition
                # ("في بغداد"); an issue is rarely an adjunct, and من is partitive as often
                skipped: set[int] = set()  # ends of the adjuncts passed over
                if entry.category == "attack":
                    # "خطف مسلحون يرتدون زي الشرطة خمسة بريطانيين": a count marks the victims
                    # of an attack, whatever the subject's description names before them
                    counted = [m for m in candidates if m.kind == "actor" and not m.prefix
                               and self._word_prep(norms, m) in ("", "من")
                               and self._count_before(norms, m)]
                    candidates = counted[:1] + [m for m in candidates if m not in counted[:1]]
                for m in candidates:
                    word = self._word_prep(norms, m)
                    clitic = _prep_of_prefix(m.prefix)
                    if m.prefix[:1] == "و" and m.tok_start in skipped:
                        skipped.add(m.tok_end)  # "بين بغداد وأربيل": joined to an adjunct
                        continue
                    between = [norms[k] for k in range(b, m.tok_start)
                               if norms[k] not in self.gap_words]
                    limit = 1 if self.prepositions.isdisjoint(between) else 4
                    if entry.category == "attack" and m.kind == "actor":
                        if m is candidates[0] and not clitic and word in ("", "من") \
                                and self._count_before(norms, m):
                            chosen, loose = m, m.tok_start != begin
                            break
                        # "قبل خمسة أيام، عددا من الأشخاص": counts are no intervening words
                        between = [w for k, w in zip(range(b, m.tok_start), norms[b:],
                                                     strict=False)
                                   if w not in self.gap_words and not self._counted(norms, k)
                                   and w not in ("،", ",") and w not in _QUOTES
                                   and not (w == "من" and self._counted(norms, k - 1))]
                        if m.actor_kind == "person" and 0 < len(between) <= 3 \
                                and _POSSESSIVE.search(between[0]) and not clitic and not word:
                            # "اختطفوا منسقها العام الدكتور X": a title of the victim
                            chosen, loose = m, True
                            break
                    while between and m.kind == "actor" and (between[-1] in _BUILDINGS
                                                             or between[-1] in _BODY_NOUNS):
                        between.pop()  # "الهجوم على مقر بعثة الأمم المتحدة": its premises
                    # "مثمناً الدور الذي أدته الصين": what X did stands for X, and so does
                    # "الحكم الصادر عن المحكمة"; "رفض المشاركة في الحكومة" is about it
                    owned = (len(between) == 3 and between[1] in _RELATIVES
                             and between[0].removeprefix("ال") in _POSSESSED) or (
                        len(between) == 3 and between[1] in _ISSUED
                        and between[2] in ("عن", "من")
                        and between[0].removeprefix("ال") in _POSSESSED) or (
                        len(between) == 2 and between[0] in _PARTICIPATION
                        and between[1] in ("في", "الي"))
                    if len(between) > limit and m.kind == "actor" and not owned:
                        break  # an object stands next to its verb (after an adjunct at most)
                    if entry.issue_only and any(w not in _QUOTES for w in between):
                        break  # "حتى خروج آخر جندي"، "ستكون "حكومة أغلبية"": right after it
                    if cue.kind == "noun" and m.kind == "issue" and between and not any(
                            w in self.prepositions for w in between):
                        break  # "مواجهة الأزمة ... وإجراء انتخابات": a verbal noun's object
                        # is its genitive, not an issue further on
                    if entry.category == "attack" and m.kind == "actor" and word in _NEAR \
                            and norms[m.tok_start - 1] in _BUILDINGS and len(between) <= 3:
                        # "فجر نفسه قرب موكب الشيخ X": the owner of what the blast was next to
                        chosen, loose = m, True
                        break
                    ties = word == "مع" and m.tok_start >= 2 and norms[m.tok_start - 2] in _TIES
                    if m.tok_start == begin or word == "من" or not (word or clitic) or ties \
                            or owned or (
                            m.kind == "issue" and word in ("علي", "الي")) or (
                            # "غارة على قاعدة للمتشددين"، "قصفت X مواقع لـ Y": the owner of
                            # the building or positions attacked
                            clitic == "ل" and entry.category == "attack"
                            and (word in _AGAINST or m.tok_start - 1 == begin)
                            and (norms[m.tok_start - 1] in _BUILDINGS
                                 or norms[m.tok_start - 1] in _POSSESSED)):
                        chosen, loose = m, m.tok_start != begin
                        break
                    skipped.add(m.tok_end)
                if chosen is None:
                    return [], False
        chain = self._coordinated(norms, chosen, starting, None)
        if len(chain) == 1:
            return chain, loose  # (the chosen candidate is no speaker)
        return [m for m in chain if m.id not in speaker_ids], loose

    def _past_parenthesis(self, ctx: _Context, begin: int, stop: int) -> int:
        """Where the object starts after a comma-bounded insert ("قصفت القوات، ليل الجمعة،
        مواقع ..."، "انتقد الصدر، في تغريدة، الإطار"): the word after its closing comma. An
        insert is at most seven words, holds no clause break or quote and names no actor
        without a preposition (a list of names is no insert); otherwise ``begin``."""
        norms = ctx.norms
        if begin + 2 < len(norms) and norms[begin] in _RELATIVES and norms[begin + 1] in _LEADS \
                and begin + 2 in ctx.starting:
            # "اتهم تحالف الفتح الذي يتزعمه هادي العامري X": who leads the subject is no object
            begin = ctx.starting[begin + 2].tok_end
        if begin >= len(norms) or norms[begin] not in _COMMAS:
            return begin
        # (an insert that opens with a preposition may name the speaker's aide in it: "دعا
        # الصدر، في بيان تلاه مساعده X، أتباعه إلى")
        adjunct = begin + 1 < len(norms) and norms[begin + 1] in self.prepositions
        for k in range(begin + 1, min(begin + 9, stop, len(norms))):
            word = norms[k]
            if word in _COMMAS:
                return k + 1 if k > begin + 1 else begin
            if word in _QUOTES or self._clause_end(norms, k):
                return begin
            m = ctx.starting.get(k)
            if m is not None and not (self._word_prep(norms, m) or _prep_of_prefix(m.prefix)) \
                    and not (adjunct and any(
                        _POSSESSIVE.search(t.text.rstrip(_MARKS)) for t in ctx.tokens[k - 2:k])):
                return begin  # (but "في بيان تلاه مساعده X": the speaker's aide)
        return begin

    def _insert_opening(self, norms: Sequence[str], k: int) -> int | None:
        """The opening comma of a comma-bounded insert that closes at ``k`` ("القوات، ليل
        الجمعة، غارات" read backward from the second comma), or None."""
        for j in range(k - 2, max(k - 9, -1), -1):
            word = norms[j]
            if word in _COMMAS:
                return j
            if word in _QUOTES or self._clause_end(norms, j):
                return None
        return None

    def _agent_marked(self, norms, mention) -> bool:
        k = mention.tok_start
        for phrase in self.agent_markers:
            if k >= len(phrase) and tuple(norms[k - len(phrase) : k]) == phrase:
                return True
        return k > 0 and norms[k - 1] in self.agent_words

    def _predicate_target(self, norms, cue, starting, speakers) -> list[Any]:
        """What the evaluation ``cue`` is said of: an actor it is addressed to ("صفعة
        للولايات المتحدة"), else the first mention of the clause it closes ("إن X خطوة على
        الطريق الصحيح"), else the object of the verb that introduced the clause ("وصف X Y
        بأنه ...")."""
        speaker_ids = set(map(_ID_OF, speakers))
        if norms[cue.tok_start][:1] == "ك":
            # "ستتعامل مع القوات الأمريكية كقوات احتلال": "as" evaluates what stands before it
            j = cue.tok_start
            while j > 0 and norms[j - 1] in _QUOTES:
                j -= 1
            before = self._ending_of.get(j)
            if before is not None and before.id not in speaker_ids:
                return [before]
        k = cue.tok_end
        while k < len(norms) and norms[k] in _QUOTES:
            k += 1
        after = starting.get(k)
        # ("لم تف بوعودها للعراقيين": whom a blamed actor failed is not the one blamed)
        if after is not None and _prep_of_prefix(after.prefix) == "ل" and after.kind == "actor" \
                and after.id not in speaker_ids and cue.entry.category != "accuse":
            return [after]  # ("انتهاكاً للسيادة": what is violated is no addressee)
        floor = max(cue.tok_start - 15, 0)
        start, opener = floor, None
        for k in range(cue.tok_start - 1, floor - 1, -1):
            if norms[k] in _QUOTES and opener is None:
                start, opener = k + 1, k  # a quote opens the clause unless a complementiser
                continue                  # stands just before it (بأنها "...")
            if norms[k] in self.complementizers or norms[k] in (":", "،"):
                # the quoted evaluation belongs to the clause the complementiser opened
                start, opener = k + 1, k
                break
        if opener is None:
            return []  # no clause opened before the evaluation: nothing it is said of
        for k in range(start, cue.tok_start):
            m = starting.get(k)
            if m is not None and m.tok_end <= cue.tok_start and m.id not in speaker_ids:
                return [m]
        if norms[opener] in self.complementizers:
            m = self._ending_of.get(opener)  # "وصف X Y بأنه": Y stands right before بأنه
            if m is not None and m.id not in speaker_ids:
                return [m]
        return []

    def _protest_actor(self, ctx: _Context, cue: Cue) -> list[Any]:
        """Who stages a protest cue that has no subject of its own: the body named right
        after a protest noun as its organiser ("مظاهرة نظمها حزب X"), else the nearest
        protesters the sentence names before the cue ("خرج مئات من المتظاهرين ... احتجاجا
        على X"), not governed by a preposition other than the partitive من after a count."""
        norms, starting = ctx.norms, ctx.starting
        # "مظاهرة نظمها X"، "مسيرات نظمتها X احتجاجا على": the organiser right after the
        # protest noun, or right before the cue
        after = range(cue.tok_end, min(cue.tok_end + 3, len(norms))) \
            if cue.kind in ("noun", "form") else range(0)
        for i in [*after, *range(max(cue.tok_start - 6, 0), cue.tok_start)]:
            if norms[i] not in self._organiser_firsts:
                continue
            for phrase in self.protest_organisers:
                if tuple(norms[i : i + len(phrase)]) == phrase:
                    m = starting.get(i + len(phrase))
                    if m is not None and m.kind == "actor" and (
                            i >= cue.tok_end or m.tok_end <= cue.tok_start):
                        return self._coordinated(norms, m, starting, "actor")
        if cue.kind in ("noun", "form"):
            # "نظم الطلاب اعتصاما أمام X": the subject of the verb that stages the protest
            for k in range(cue.tok_start - 1, max(cue.tok_start - 7, -1), -1):
                word = norms[k]
                if word in self.stage_verbs or (word[:1] in _CONJUNCTIONS
                                                and word[1:] in self.stage_verbs):
                    m = starting.get(self._gap_forward(norms, k + 1))
                    if m is None and word[:1] not in _CONJUNCTIONS:
                        m = ctx.ending.get(self._gap_backward(norms, k))
                    if m is not None and m.kind == "actor" and not self._governed(norms, m) \
                            and m.tok_end <= cue.tok_start:
                        return self._coordinated(norms, m, starting, "actor")
                    break
        if not self.protest_actors:
            return []
        for k in range(cue.tok_start, max(cue.tok_start - 25, 0), -1):
            m = ctx.ending.get(k)
            if m is None or m.kind != "actor" \
                    or m.id.split(".", 1)[-1] not in self.protest_actors:
                continue
            if self._governed(norms, m) and not (
                    not m.prefix and self._word_prep(norms, m) == "من" and m.tok_start >= 2
                    and norms[m.tok_start - 2] in self.quantifiers):
                continue
            # "بين الطلاب المتظاهرين والشرطة": only fellow protesters join them
            return [c for c in self._coordinated(norms, m, starting, "actor")
                    if c.id.split(".", 1)[-1] in self.protest_actors]
        return []

    def _chanted(self, norms: Sequence[str], cue: Cue) -> bool:
        """A slogan stands at the cue: right after an opening quote or a chant noun
        ("هتافات معادية لـ X"، "«الموت لـ X»")."""
        k = cue.tok_start - 1
        if k < 0:
            return False
        word = norms[k]
        if word[:1] in _CONJUNCTIONS and word[1:] in self.chant_nouns:
            word = word[1:]
        return word in _QUOTES or word in self.chant_nouns

    def _chanters(self, cue: Cue) -> Any:
        """Whose chant a slogan is: the actor of the sentence's protest event, else the
        protesters named before it, else the subject of the sentence's first verb."""
        ctx = self._ctx
        if ctx is None:
            return None
        found = ctx.event_frame or self._protest_actor(ctx, cue) or ctx.leading
        return found[0] if found else None

    def _descriptor(self, norms, cue, ending, starting) -> list[tuple[Any, Any, bool, bool]]:
        chanted = self._chanted(norms, cue)
        if cue.entry.category == "protest" and not chanted:
            return []  # "الموت"، "يسقط" outside a quoted or named chant are no slogans
        source = None
        for j in range(cue.tok_start, max(cue.tok_start - 3, 0) - 1, -1):
            if j in ending:
                source = ending[j]
                break
            if j > 0 and norms[j - 1] in self.complementizers:
                break  # "قالت واشنطن إنها تابعة لـ X": the pronoun is described, not Washington
            if j > 0 and _ARABIC_WORD.fullmatch(norms[j - 1]) \
                    and not norms[j - 1].startswith("ال") \
                    and norms[j - 1] not in _ONE_OF and norms[j - 1] not in self.quantifiers \
                    and not any(
                        norms[k] in self.host_words for k in range(max(j - 5, 0), j - 1)):
                # "اتهمت واشنطن فصائل مدعومة من إيران": an indefinite noun is described (but
                # "يضم تحالف الفتح قوى مقربة من X": the members of what a clause names)
                break
        if chanted and source is not None and self._governed(norms, source):
            source = None  # "«الموت لـ X» و«الموت لـ Y»": X is the first slogan's target
        # "X، التي تضم فصائل موالية لإيران": the description is of X, what the clause names
        # is X's members
        first = source.tok_start if source is not None else cue.tok_start
        for r in range(first - 1, max(first - 4, 0) - 1, -1):
            if norms[r] in _RELATIVES:
                k = r
                while k > 0 and not _ARABIC_WORD.fullmatch(norms[k - 1]):
                    k -= 1  # a comma or a closing quote before the relative pronoun
                if k in ending:
                    source = ending[k]
                break
        if chanted:
            # "واجه المتظاهرون طوقا فرضته الشرطة ورددوا هتافات مناهضة لـ X": a chant is the
            # protesters', whoever the words before it name
            source = self._chanters(cue) or source
        if source is None or source.kind != "actor":
            return []
        ctx = self._ctx
        if ctx is not None and cue.prefix[:1] == "و" and source.tok_end in ctx.described_by:
            # "X، المرتبطة بـ Y والمناهضة لـ Z": the second description is of X too
            source = ctx.described_by[source.tok_end]
        target = None
        for i in (cue.tok_end, cue.tok_end + 1):
            if i in starting:
                target = starting[i]
                break
        if target is None and tuple(norms[cue.tok_end : cue.tok_end + 2]) == ("لكل", "من"):
            target = starting.get(cue.tok_end + 2)  # "مناهضة لكل من X وY"
            if target is not None:
                target = replace(target, prefix="ل" + target.prefix)
        if target is None and cue.tok_end < len(norms) and norms[cue.tok_end][:1] == "ل":
            # "المناهضة لعودة نفوذ الحزب الديمقراطي": against X's return, influence, presence
            i = cue.tok_end
            first = norms[i][1:]
            while i < min(cue.tok_end + 2, len(norms)) and (
                    (first if i == cue.tok_end else norms[i]) in _PRESENCE):
                i += 1
            if i > cue.tok_end and i in starting:
                target = replace(starting[i], prefix="ل" + starting[i].prefix)
        if target is None and self.open_events and self._ctx is not None \
                and cue.tok_end < len(norms) and norms[cue.tok_end][:1] == "ل":
            # "المتظاهرين المناهضين للعولمة": an unknown thing they are described against
            target, _ = self._open_phrase(self._ctx, cue.tok_end)
        if target is None and chanted and not cue.entry.prep and self.open_events \
                and self._ctx is not None and cue.tok_end < len(norms):
            # '«ليستقيل كيباكي»'، '«يسقط الطاغية»': whom the slogan names, known or not
            target, _ = self._open_phrase(self._ctx, cue.tok_end, True)
        if target is None or target.id == source.id:
            return []
        if not (self._introduced_by(norms, target, cue.entry.prep)
                or cue.text.split()[-1] in ("من",) or target.tok_start == cue.tok_end):
            return []
        chain = self._coordinated(norms, target, starting, None)
        if ctx is not None:
            ctx.described_by[chain[-1].tok_end] = source
        return [(source, t, False, len(chain) > 1) for t in chain]

    # ------------------------------------------------------------------ output
    def _speaks_for(self, role: str) -> bool:
        """Whether a person in this (lower-case) role speaks for the body they belong to
        (memoised: a pure function of the role, of which a corpus has a few dozen)."""
        speaks = self._role_speaks.get(role)
        if speaks is None:
            speaks = self._role_speaks[role] = any(word in role for word in self.speaks_for)
        return speaks

    def _emit(self, out, seen, source, target, cue, negated, speaker_rule, loose, coordinated,
              polarity=None):
        entry = cue.entry
        state, dot, base = target.id.partition(".")  # "irq.parliament"; a state has no dot
        if entry.category == "appeal" and (base if dot else state) in self.appeal_publics:
            return  # "داعياً المواطنين إلى الهدوء" is no stance toward the citizens
        institution = bool(dot) and base in self.represents_state
        if institution:
            target = replace(target, id=state, name=self.name_of(state), actor_kind="state")
        if source.id == target.id:
            return
        if (entry.category == "threaten" or institution) and target.actor_kind == "state" \
                and (source.country or "").lower() == target.id:
            return  # "هدد بإغلاق سفارة بلاده": no stance against one's own state
        if entry.category in ("cooperate", "consult") and target.actor_kind == "state" and (
                (source.country or "").lower() == target.id):
            return  # "بالتنسيق مع بغداد" said by an Iraqi body: no relation between two sides
        polarity, weight = polarity or entry.polarity, entry.weight
        method = getattr(target, "method", "")
        if method == "counter":
            polarity = -polarity  # criticising "السلاح المنفلت" is support for state control
        if negated:
            polarity, weight = -polarity, weight / 2
        confidence = _SPEAKER_CONFIDENCE.get(speaker_rule, 0.6)
        if method == "open":
            confidence *= _OPEN_TARGET
        elif method == "event":
            confidence *= _EVENT_TARGET
        elif loose:
            confidence *= _LOOSE_TARGET
        if coordinated:
            confidence *= _COORDINATED
        if negated:
            confidence *= _NEGATED
        sources = [(source.id, source.name, confidence)]
        parent = getattr(source, "parent", None)
        role = (getattr(source, "role", None) or "").lower()
        if parent and parent != target.id and parent != source.id and self._speaks_for(role):
            sources.append((parent, self.name_of(parent), confidence * _VIA_SPOKESMAN))
        elif role.startswith("ambassador") and source.country:
            # an ambassador speaks for his state ("ورحبت السفيرة الأمريكية X بـ")
            state = source.country.lower()
            if state != target.id and state in self.known_ids:
                sources.append((state, self.name_of(state), confidence * _VIA_SPOKESMAN))
        for source_id, source_name, conf in sources:
            key = (source_id, target.id, polarity)
            if key in seen:
                continue
            seen.add(key)
            out.append(_new_statement(  # (all fields, in RuleStatement's order)
                source_id, source_name, source.text,
                target.id, target.name, target.text, "issue" if target.kind == "issue" else "actor",
                polarity, weight, entry.category, cue.text, negated,
                round(min(max(conf, 0.0), 1.0), 3), speaker_rule,
            ))
