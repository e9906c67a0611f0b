"""Statement rules on hand-made mentions: the rules alone, without the mention matcher."""

from __future__ import annotations

from stancenet.extract.cues import default_lexicon
from stancenet.extract.mentions import Mention
from stancenet.extract.rules import DocumentState, StatementRules
from stancenet.text import split_sentences


def mention(sentence, first: int, last: int, id: str, kind: str = "actor", prefix: str = "",
            parent: str | None = None, role: str | None = None) -> Mention:
    tokens = sentence.tokens[first:last]
    return Mention(first, last, tokens[0].start, tokens[-1].end,
                   " ".join(t.text for t in tokens), id, id, kind, None, None, parent, role,
                   prefix, "registry")


def read(text: str, spans, state: DocumentState | None = None):
    lexicon = default_lexicon()
    (sentence,) = split_sentences(text)
    mentions = [mention(sentence, *span) for span in spans]
    cues = lexicon.find([t.norm for t in sentence.tokens], sentence.tokens)
    rules = StatementRules(lexicon, name_of=lambda key: key.upper())
    return rules.sentence(sentence, mentions, cues, state or DocumentState())


def test_expected_preposition_picks_the_target_over_an_earlier_mention():
    # رحب A اليوم في B بـ C : the target of رحب بـ is C, not the place B
    out = read("رحب زيد اليوم في بغداد بالقرار", [(1, 2, "a"), (4, 5, "b"), (5, 6, "c", "issue", "ب")])
    assert [(s.source, s.target) for s in out] == [("a", "c")]


def test_subject_before_a_verb_beats_the_object_after_it():
    out = read("زيد ينتقد عمرو", [(0, 1, "a"), (2, 3, "b")])
    assert [(s.source, s.target, s.speaker_rule) for s in out] == [("a", "b", "before")]


def test_coordinated_verb_does_not_take_the_preceding_object_as_subject():
    # the subject of وانتقد is the subject of the first verb, not its object عمرو
    out = read("استقبل زيد عمرو وانتقد القرار", [(1, 2, "a"), (2, 3, "b"), (4, 5, "q", "issue")])
    pairs = [(s.source, s.target) for s in out]
    assert ("a", "q") in pairs
    assert ("b", "q") not in pairs


def test_negator_beyond_the_window_does_not_negate():
    near = read("لم يدعم زيد عمرو", [(2, 3, "a"), (3, 4, "b")])
    far = read("لم يقل أحد شيئا ودعم زيد عمرو", [(5, 6, "a"), (6, 7, "b")])
    assert [s.polarity for s in near] == [-1] and near[0].negated
    assert [s.polarity for s in far] == [1] and not far[0].negated


def test_carry_over_uses_the_document_state():
    state = DocumentState()
    read("وقال زيد إن الأمر انتهى", [(1, 2, "a")], state)
    out = read("وأضاف أنه يرفض القرار", [(3, 4, "q", "issue")], state)
    # the bare وأضاف carries the last named speaker, and the clause after it is his
    assert [(s.source, s.target) for s in out] == [("a", "q")]
    assert out[0].speaker_rule in ("frame", "carry")


def test_spokesman_role_adds_the_parent_body_with_its_name():
    lexicon = default_lexicon()
    (sentence,) = split_sentences("وانتقد المتحدث خالد عمرو")
    speaker = mention(sentence, 1, 3, "new:خالد", parent="body", role="spokesman")
    target = mention(sentence, 3, 4, "b")
    cues = lexicon.find([t.norm for t in sentence.tokens], sentence.tokens)
    out = StatementRules(lexicon, name_of=str.upper).sentence(
        sentence, [speaker, target], cues, DocumentState())
    assert [(s.source, s.source_name, s.target) for s in out] == [
        ("new:خالد", "new:خالد", "b"), ("body", "BODY", "b")]


def test_descriptor_reads_source_before_and_target_after():
    out = read("الفصائل الموالية لطهران", [(0, 1, "f"), (2, 3, "irn", "actor", "ل")])
    assert [(s.source, s.target, s.category, s.polarity) for s in out] == [
        ("f", "irn", "affiliation", 1)]


def test_event_verb_reads_an_unknown_noun_phrase_as_its_actor():
    out = read("اعتصم الطلاب ضد الحكومة", [(3, 4, "government")])
    assert [(s.source, s.target, s.category) for s in out] == [
        ("new:الطلاب", "government", "protest")]


def test_unknown_actors_can_be_switched_off():
    lexicon = default_lexicon()
    (sentence,) = split_sentences("اعتصم الطلاب ضد الحكومة")
    cues = lexicon.find([t.norm for t in sentence.tokens], sentence.tokens)
    rules = StatementRules(lexicon, open_events=False)
    out = rules.sentence(sentence, [mention(sentence, 3, 4, "government")], cues, DocumentState())
    assert out == []
