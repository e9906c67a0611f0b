"""The extraction pipeline: documents in, the statements table out.

:class:`Extractor` compiles the registry's mention matcher, the cue lexicon and the statement
rules once; it is picklable, so :meth:`Extractor.run` can hand it to worker processes
(``n_jobs``) and a distributed engine can ship it to its partitions. Each document goes through
the stages one after the other (split sentences -> find mentions -> find cues -> assemble
statements); every stage is a plain function of its input, so the output is a pure,
deterministic function of the documents. A document that fails is recorded with its error and
the batch goes on.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources
from itertools import compress, repeat
from operator import attrgetter
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from stancenet.extract.cues import Lexicon, default_lexicon, load_lexicon
from stancenet.extract.loose import LooseIssues
from stancenet.extract.mentions import Mention, MentionMatcher
from stancenet.extract.rules import DocumentState, StatementRules, two_named
from stancenet.schema import STATEMENT_COLUMNS, empty_statements, validate_statements
from stancenet.text import normalize, split_sentences

__all__ = ["DOCUMENT_COLUMNS", "DocumentsTable", "ExtractionResult", "Extractor", "extract",
           "as_documents"]

#: columns of the per-document accounting table
DOCUMENT_COLUMNS: tuple[str, ...] = ("doc_id", "n_sentences", "n_statements", "status", "error")

# the columns the rules fill, in the order of a row tuple
_ROW_COLUMNS = (
    "statement_id", "doc_id", "date", "sentence_id", "source", "source_name", "source_mention",
    "target", "target_name", "target_mention", "target_kind", "polarity", "weight", "category",
    "cue", "negated", "evidence", "start", "end", "confidence", "method",
)
assert _ROW_COLUMNS == tuple(STATEMENT_COLUMNS)

_PROGRESS_THRESHOLD = 200
# (map with these builds no comprehension function per sentence)
_NORM_OF = attrgetter("norm")
_TOK_START_OF = attrgetter("tok_start")
_ID_OF = attrgetter("id")
_ACTOR_KIND_OF = attrgetter("actor_kind")
_METHOD_OF = attrgetter("method")


def _written_forms(words: Sequence[str], clitics: Sequence[str]) -> dict[str, str]:
    """Every written form of ``words`` with one of ``clitics`` before it -> that clitic."""
    return {clitic + word: clitic for word in words for clitic in clitics}


# "نظيره"، "بنظيرته" ...: written form -> its clitic prefix
_COUNTERPART = _written_forms(("نظيره", "نظيرته", "نظيرها", "نظيريه"),
                              ("", "و", "ب", "ل", "وب", "ول"))
# "الجانب"، "والطرف" ...: written form -> its clitic prefix
_SIDES = _written_forms(("الجانب", "الطرف"), ("", "و", "ف", "ب", "وب", "فب"))
# offices a counterpart holds in another state (the registry's agent ids)
_OFFICES = {"foreign minister": "foreign_minister", "secretary of state": "foreign_minister",
            "prime minister": "prime_minister", "president": "president",
            "defense minister": "defense_minister", "defence minister": "defense_minister",
            "interior minister": "interior_minister", "speaker of parliament": "speaker"}
# words in a person's title that say he no longer (or not yet) holds the office
_NOT_HOLDING = frozenset({"السابق", "السابقه", "الاسبق", "الاسبقه", "المكلف", "المكلفه",
                          "المنتهيه", "المستقيل", "المستقيله", "المقال", "المرشح"})
_CHUNK = 64


@lru_cache(maxsize=100_000)  # (every person mention asks; roles repeat)
def _office(role: str) -> str | None:
    """The agent id of the office a role names ("foreign minister (2024-)" ->
    ``'foreign_minister'``), or None."""
    head = role.split("(")[0].split(",")[0].strip().lower()
    return None if head.startswith(("former ", "acting ")) else _OFFICES.get(head)


@dataclass(frozen=True)
class ExtractionResult:
    """What :meth:`Extractor.run` returns.

    Attributes
    ----------
    statements : pandas.DataFrame
        The statements table (validated, columns of `stancenet.schema.STATEMENT_COLUMNS`).
    documents : pandas.DataFrame
        One row per input document, in input order: ``doc_id``, ``n_sentences``,
        ``n_statements``, ``status`` (``'ok'``, ``'empty'`` or ``'error'``), ``error`` (the
        error message, '' unless status is ``'error'``).
    """

    statements: pd.DataFrame
    documents: pd.DataFrame

    @property
    def n_errors(self) -> int:
        """Number of documents whose extraction failed."""
        return int((self.documents["status"] == "error").sum())

    def to_frame(self) -> pd.DataFrame:
        """The statements table with the documents table in ``attrs['documents']``."""
        frame = self.statements.copy()
        frame.attrs["documents"] = DocumentsTable(self.documents)
        return frame


class DocumentsTable(pd.DataFrame):
    """The per-document accounting table as carried in a statements table's ``attrs``.

    A plain DataFrame, except that comparing it with another whole DataFrame gives one bool
    (same shape and values). pandas compares ``attrs`` when it combines frames (``pd.concat``
    of two extraction results); with a plain DataFrame there that comparison raises. Frames
    derived from it are plain DataFrames.
    """

    @property
    def _constructor(self) -> type[pd.DataFrame]:
        return pd.DataFrame

    def __eq__(self, other: object) -> Any:
        if isinstance(other, pd.DataFrame):
            return self is other or (self.shape == other.shape and self.equals(other))
        return super().__eq__(other)

    def __ne__(self, other: object) -> Any:
        if isinstance(other, pd.DataFrame):
            return not self.__eq__(other)
        return super().__ne__(other)

    __hash__ = None  # type: ignore[assignment]


def as_documents(docs: Any) -> pd.DataFrame:
    """Bring the accepted kinds of input to one documents table (doc_id, text, date).

    Parameters
    ----------
    docs : pandas.DataFrame, sequence or Series of str, or str
        A documents table with a ``text`` column (``doc_id`` and ``date`` optional; as
        returned by `stancenet.read_corpus`), a list or Series of texts, or one text. Texts
        without ids get ``d0000``, ``d0001``, ...

    Returns
    -------
    pandas.DataFrame
        Columns ``doc_id`` (str), ``text`` (object), ``date`` (datetime64, NaT when unknown).

    Raises
    ------
    TypeError
        ``docs`` is of another type, or a list holds something other than strings.
    ValueError
        The table lacks a ``text`` column, or doc ids repeat.
    """
    if isinstance(docs, str):
        docs = [docs]
    if isinstance(docs, pd.Series):
        docs = docs.tolist()
    if isinstance(docs, (list, tuple)):
        for i, text in enumerate(docs):
            if not (text is None or isinstance(text, str)):
                raise TypeError(
                    f"extract: docs[{i}] must be a string, got {type(text).__name__}"
                )
        frame = pd.DataFrame({"doc_id": [f"d{i:04d}" for i in range(len(docs))],
                              "text": list(docs)})
    elif isinstance(docs, pd.DataFrame):
        if "text" not in docs.columns:
            raise ValueError(
                f"extract: the documents table needs a 'text' column; it has {list(docs.columns)}"
            )
        frame = docs.copy()
        if "doc_id" not in frame.columns:
            frame["doc_id"] = [f"d{i:04d}" for i in range(len(frame))]
    else:
        raise TypeError(
            "extract: docs must be a documents DataFrame (doc_id, text), a list of strings or "
            f"a string, not {type(docs).__name__}"
        )
    frame["doc_id"] = frame["doc_id"].astype(str)
    repeated = frame["doc_id"][frame["doc_id"].duplicated()].unique().tolist()
    if repeated:
        raise ValueError(f"extract: column 'doc_id' has repeated ids, e.g. {repeated[:5]}")
    if "date" in frame.columns:
        dates = pd.to_datetime(frame["date"], errors="coerce", format="mixed")
        if getattr(dates.dt, "tz", None) is not None:
            dates = dates.dt.tz_convert(None)
        frame["date"] = dates.astype("datetime64[ns]")
    else:
        frame["date"] = pd.Series(pd.NaT, index=frame.index, dtype="datetime64[ns]")
    return frame[["doc_id", "text", "date"]].reset_index(drop=True)


class Extractor:
    """Compiled extraction: mention matcher, cue lexicon and rules, built once.

    Parameters
    ----------
    registry : stancenet.Registry, optional
        Actors and issues to recognise; the packaged registry by default.
    lexicon : Lexicon, str or Path, optional
        A compiled lexicon, or a user lexicon file merged on top of the packaged one; the
        packaged lexicon by default.
    home_country : bool or str, default True
        A generic agent named without a country ("الحكومة", "المحتجون") is read as the agent
        of the document's home country (``irq.government``). True: the home country is the
        country most often named in the document's mentions; an ISO alpha-3 code fixes it;
        False keeps bare agents bare.
    open_events : bool, default True
        For attack and protest cues, read a noun phrase the registry does not know as the
        actor (``new:`` id, confidence 0.5); see `stancenet.extract.rules.StatementRules`.
    anaphora : bool, default True
        A definite head noun ("الهيئة", "الحوار") names the organisation or issue whose full
        name ("الهيئة التنسيقية للمقاومة العراقية", "الحوار الاستراتيجي") came earlier in the
        document; so does the second word of a government's or ministry's name ("الإقليم"
        after "حكومة إقليم كردستان"), a family name without the article after a registry
        person's full name ("بارزاني" after "مسرور بارزاني"), and "the decision" / "the
        attack" (see `StatementRules.event_mentions`).
    office_holders : bool, default True
        An office named without its holder ("رئيس الوزراء العراقي") is the person the story
        introduced with that title earlier, else the registry person who held the office on
        the document's date (``stancenet/extract/data/offices.yaml``: Iraq's prime minister,
        president, speaker and foreign minister, the US president and secretary of state,
        Iran's president and foreign minister, Turkey's president, the Kurdistan Region's
        president). False keeps the office (``irq.prime_minister``).

    Notes
    -----
    A role followed by a stance word has no new name ("وزير الخارجية الإيراني انتقادات");
    "الجانب/الطرف" with a nationality is that state ("الجانب السعودي"); "نظيره الكويتي" is
    the holder of the same office in Kuwait (``kwt.foreign_minister``), or the person named
    right after it; two adjacent mentions of one actor are one mention.
    Issue keywords are found as written by the mention matcher and, where the press words
    them a little differently ("اتفاقاً لتطبيع الأوضاع في قضاء سنجار" for "اتفاق تطبيع
    الأوضاع في سنجار"), by `stancenet.extract.loose.LooseIssues` (method ``'loose'``).
    Instances pickle (for worker processes). Extraction of one document does not depend on
    any other, and nothing in it is random: the output is a pure function of the input.
    """

    def __init__(
        self,
        registry: Any = None,
        lexicon: Lexicon | str | Path | None = None,
        *,
        home_country: str | None | bool = True,
        open_events: bool = True,
        anaphora: bool = True,
        office_holders: bool = True,
    ) -> None:
        if registry is None:
            from stancenet.registry import default_registry

            registry = default_registry()
        if lexicon is None:
            lexicon = default_lexicon()
        elif isinstance(lexicon, (str, Path)):
            lexicon = load_lexicon(lexicon)
        elif not isinstance(lexicon, Lexicon):
            raise TypeError(
                f"Extractor: lexicon must be a Lexicon or a path, not {type(lexicon).__name__}"
            )
        self.registry = registry
        self.lexicon = lexicon
        self.anaphora = anaphora
        self.matcher = MentionMatcher(registry)
        self.loose = LooseIssues(registry.issues.values(), [
            name for actor in registry.actors.values()
            for name in (actor.name_ar, *actor.aliases_ar, *actor.nisba_ar) if name])
        nisba = _nisba_states(registry)
        self._nisba_words = frozenset(nisba)
        self.rules = StatementRules(lexicon, name_of=registry.name, open_events=open_events,
                                    nisba=nisba,
                                    known_ids=set(registry.actors) | set(registry.issues),
                                    civil_agents=_civil_agents(registry))
        if home_country is True:
            self.home_country, self.compose_agents = None, True
        elif not home_country:
            self.home_country, self.compose_agents = None, False
        else:
            if not isinstance(home_country, str) or len(home_country) != 3:
                raise ValueError(
                    "Extractor: home_country must be True, False/None or an ISO 3166 alpha-3 "
                    f"code such as 'IRQ', got {home_country!r}"
                )
            self.home_country, self.compose_agents = home_country.upper(), True
        self._composed: dict[tuple[str, str], tuple[str, str]] = {}
        self._parents: dict[str, tuple[str, Any] | None] = {}
        # office id -> [(first day, last day, holder actor)], for registry holders only
        self._terms: dict[str, list[tuple[str, str, Any]]] = {}
        if office_holders:
            for office, holders in _office_terms().items():
                terms = [(first, last or "9999-12-31", registry.actors[person])
                         for person, first, last in holders if person in registry.actors]
                if terms:
                    self._terms[office] = terms

    def _parent_mention(self, mention: Any) -> tuple[str, Any] | None:
        """The definite head and a mention of the organisation a person mention speaks for
        ("الأمين العام لحلف شمال الأطلسي X" -> "الحلف", nato), for later definite anaphora."""
        parent = getattr(mention, "parent", None)
        if not parent or mention.actor_kind != "person":
            return None
        if parent not in self._parents:
            actor = self.registry.actors.get(parent)
            found = None
            if actor is not None and actor.kind in _ANAPHORIC_KINDS and actor.name_ar:
                words = normalize(actor.name_ar).split()
                head = words[0] if words[0].startswith("ال") else "ال" + words[0]
                if len(words) >= 2 and len(head) >= 5:
                    found = (head, replace(mention, id=actor.id, name=actor.name_en,
                                           actor_kind=actor.kind, country=actor.country,
                                           parent=None, role=None, method="anaphora"))
            self._parents[parent] = found
        return self._parents[parent]

    def _compose(self, mention: Any, country: str) -> Any:
        """A bare generic agent mention as the agent of ``country`` (``irq.government``)."""
        if not self.compose_agents or mention.actor_kind != "agent" or "." in mention.id:
            return mention
        key = (country, mention.id)
        composed = self._composed.get(key)
        if composed is None:
            actor = self.registry.agent_actor(country, mention.id)
            if actor is not None:
                composed = (actor.id, actor.name_en)
            else:
                state = self.registry.state_of_country(country)
                where = state.name_en if state is not None else country
                composed = (f"{country.lower()}.{mention.id}", f"{mention.name} ({where})")
            self._composed[key] = composed
        return mention.named(composed[0], composed[1], country, "composed")

    def _dated_holders(self, norms: list[str], mentions: list, day: str) -> list:
        """An office still named without its holder is the registry person who held it on
        ``day`` ("رئيس الوزراء العراقي" on 2021-06-01 is Mustafa al-Kadhimi), unless a word
        in or right after it says former or designated ("رئيس الوزراء السابق")."""
        out = None
        for k, m in enumerate(mentions):
            terms = self._terms.get(m.id)  # (None for nearly every mention: tested first)
            if terms is None or m.kind != "actor" or m.actor_kind not in (
                    "agent", "institution") or not _NOT_HOLDING.isdisjoint(
                        norms[m.tok_start:m.tok_end + 1]):
                continue
            actor = next((a for first, last, a in terms if first <= day <= last), None)
            if actor is None:
                continue
            if out is None:
                out = list(mentions)
            out[k] = replace(m, id=actor.id, name=actor.name_en, actor_kind=actor.kind,
                             country=actor.country, parent=actor.parent, role=actor.role,
                             method="office")
        return mentions if out is None else out

    def _followers(self, sentence: Any, norms: list[str], mentions: list, cues: list,
                   state: DocumentState) -> list:
        """"ودعا الصدر أتباعه إلى ضبط النفس": a leader's followers, as the object of a cue, are
        the body the leader leads (his registry parent): the first actor the sentence names
        before them (its subject), else the story's last speaker, when that is a person."""
        if _FOLLOWERS_FORMS.keys().isdisjoint(norms):
            return mentions
        ends = {c.tok_end for c in cues if c.entry is not None or c.kind == "speech"}
        covered = {k for m in mentions for k in range(m.tok_start, m.tok_end)}
        added = []
        for i, word in enumerate(norms):
            clitic = _FOLLOWERS_FORMS.get(word)
            if clitic is None or i in covered or not any(e <= i for e in ends):
                continue
            leader = next((m for m in mentions if m.tok_end <= i and m.kind == "actor"), None) \
                or next((m for m in state.last_speakers if m.kind == "actor"), None)
            # (a body's followers are the body: "ودعا الإطار أنصاره" relates it to no one)
            body = self.registry.actors.get(leader.parent) if leader is not None \
                and leader.actor_kind == "person" and leader.parent else None
            if body is None:
                continue
            token = sentence.tokens[i]
            added.append(replace(leader, tok_start=i, tok_end=i + 1, start=token.start,
                                 end=token.end, text=token.text, id=body.id,
                                 name=body.name_en, actor_kind=body.kind, country=body.country,
                                 parent=None, role=None, prefix=clitic, method="followers"))
        if not added:
            return mentions
        return sorted([*mentions, *added], key=lambda m: m.tok_start)

    def _sides(self, sentence: Any, norms: list[str], mentions: list) -> list:
        """"الجانب السعودي"، "الطرف العراقي": the side named by a nationality is its state."""
        if _SIDES.keys().isdisjoint(norms):
            return mentions
        hits = [i for i, word in enumerate(norms) if word in _SIDES]
        added = []
        covered = None
        for i in hits:
            prefix = _SIDES[norms[i]]
            if covered is None:
                covered = {k for m in mentions for k in range(m.tok_start, m.tok_end)}
            if i in covered or i + 1 in covered:
                continue
            found = self.matcher.nationality_at(sentence, i + 1)
            state = self.matcher.state_of(found[0]) if found is not None else None
            actor = self.registry.actors.get(state) if state else None
            if actor is None:
                continue
            end = i + 1 + found[1]
            tokens = sentence.tokens
            added.append(Mention(i, end, tokens[i].start, tokens[end - 1].end,
                                 " ".join(t.text for t in tokens[i:end]), actor.id,
                                 actor.name_en, "actor", "state", actor.country, None, None,
                                 prefix, "composed"))
        if not added:
            return mentions
        return sorted([*mentions, *added], key=lambda m: m.tok_start)

    def _counterparts(self, sentence: Any, norms: list[str], mentions: list) -> list:
        """"نظيره الكويتي": the holder of the same office in that state.

        Followed by a name ("نظيره التركي هاكان فيدان"), the words are a title of that person
        and join the mention; alone, they name the office of the state (``kwt.foreign_minister``)
        when the person named before holds an office the registry has as an agent.
        """
        if _COUNTERPART.keys().isdisjoint(norms):
            return mentions
        hits = [i for i, word in enumerate(norms) if word in _COUNTERPART]
        out = list(mentions)
        for i in hits:
            found = self.matcher.nationality_at(sentence, i + 1) if i + 1 < len(norms) else None
            if found is None or any(m.tok_start <= i < m.tok_end for m in out):
                continue
            end = i + 1 + found[1]
            tokens = sentence.tokens
            after = next((m for m in out if m.tok_start == end), None)
            if after is not None and after.actor_kind == "person":
                out[out.index(after)] = replace(
                    after, tok_start=i, start=tokens[i].start, prefix=_COUNTERPART[norms[i]],
                    text=" ".join(t.text for t in tokens[i:after.tok_end]))
                continue
            holder = next((m for m in reversed(out) if m.tok_end <= i
                           and m.actor_kind == "person" and m.role), None)
            office = _office(holder.role) if holder is not None else None
            state = self.matcher.state_of(found[0])
            if office is None or state is None:
                continue
            actor_id = f"{state}.{office}"
            actor = self.registry.actors.get(actor_id)
            out.append(Mention(i, end, tokens[i].start, tokens[end - 1].end,
                               " ".join(t.text for t in tokens[i:end]), actor_id,
                               actor.name_en if actor is not None else actor_id, "actor",
                               "person", found[0], None, office.replace("_", " "),
                               _COUNTERPART[norms[i]], "composed"))
        return sorted(out, key=lambda m: m.tok_start)

    def __repr__(self) -> str:
        return (f"Extractor({len(self.registry)} registry records, "
                f"{len(self.lexicon)} cue entries)")

    # ------------------------------------------------------------------ one document
    def document_rows(self, doc_id: str, text: Any, date: Any = pd.NaT) -> tuple[list, tuple]:
        """Extract one document.

        Parameters
        ----------
        doc_id : str
            Its id.
        text : str
            Its text (anything else is an empty document).
        date : datetime-like, optional
            Its date, copied to every statement.

        Returns
        -------
        rows : list of tuple
            Statement rows in the column order of the statements table.
        info : tuple
            ``(doc_id, n_sentences, n_statements, status, error)``.
        """
        if not isinstance(text, str) or not text.strip():
            return [], (doc_id, 0, 0, "empty", "")
        rows: list[tuple] = []
        n_sentences = 0
        try:
            sentences = split_sentences(text)
            n_sentences = len(sentences)
            state = DocumentState()
            find_exact = self.matcher.find
            loose = self.loose.find
            find_cues = self.lexicon.find
            read = self.rules.sentence
            # stage 1: cues, and mentions where there are cues (nothing else can be read)
            staged = []
            for sentence in sentences:
                if not sentence.tokens:
                    continue
                norms = list(map(_NORM_OF, sentence.tokens))
                cues = find_cues(norms, sentence.tokens)
                # the passes that look for a few words (sides, counterparts, title heads,
                # followers, the two sides) run only where one of them is: one test for all
                triggered = not _PASS_WORDS.isdisjoint(norms)
                if not cues:
                    if self.anaphora:
                        # a sentence without cues can still name in full what a later
                        # sentence names by its head ("الحوار الاستراتيجي" ... "الحوار")
                        staged.append((sentence, loose(sentence, norms, find_exact(sentence)),
                                       cues, norms, triggered))
                    continue
                mentions = _names_before_cues(sentence, norms,
                                              loose(sentence, norms, find_exact(sentence)),
                                              cues, find_exact)
                if triggered:
                    mentions = self._counterparts(sentence, norms, self._sides(sentence, norms,
                                                                                 mentions))
                staged.append((sentence, mentions, cues, norms, triggered))
            # stage 2: a bare agent ("الحكومة") is the agent of the document's home country
            country = self.home_country or _home_country([s for s in staged if s[2]])
            # stage 3: statements, in document order (carry-over runs forward)
            heads: dict[str, Any] = {}
            seen: set = set()
            holders: dict[tuple[str, str], Any] = {}
            day = _day(date) if self._terms else None
            for sentence, mentions, cues, norms, triggered in staged:
                # "وفي بغداد، دعا ... الحكومة": a sentence set in a state's capital has that
                # state's bare agents, whatever the story's home
                local = country if self.home_country else (
                    _place_country(norms, mentions) or country)
                if local and "agent" in map(_ACTOR_KIND_OF, mentions):
                    # (only bare agents change: most mentions skip the call)
                    mentions = [self._compose(m, local) if m.actor_kind == "agent" else m
                                for m in mentions]
                mentions = _titled_person(sentence, norms, mentions)
                if triggered:
                    mentions = _title_heads(sentence, norms, mentions)
                    mentions = self._followers(sentence, norms, mentions, cues, state)
                mentions = _office_holders(sentence, norms, mentions, holders)
                if day is not None:
                    mentions = self._dated_holders(norms, mentions, day)
                mentions = _ended_counters(sentence, norms, mentions)
                if self.anaphora:
                    mentions = _definite_anaphora(sentence, norms, mentions, heads,
                                                  self._parent_mention, bool(cues),
                                                  self._nisba_words, seen)
                    mentions = self.rules.event_mentions(sentence, mentions, state, norms,
                                                         set(map(_TOK_START_OF, cues)))
                if triggered:
                    mentions = _two_sides(sentence, norms, mentions, state.parties)
                if not cues or not mentions and not any(c.suffix and c.kind == "verb"
                                                        for c in cues):
                    continue  # (an object pronoun names an actor of an earlier sentence)
                for k, st in enumerate(read(sentence, mentions, cues, state, norms)):
                    rows.append((
                        f"{doc_id}:{sentence.index}:{k}", doc_id, date, sentence.index,
                        st.source, st.source_name, st.source_mention, st.target, st.target_name,
                        st.target_mention, st.target_kind, st.polarity, st.weight, st.category,
                        st.cue, st.negated, sentence.text, sentence.start, sentence.end,
                        st.confidence, "rules",
                    ))
        except Exception as err:  # a bad document must never stop a batch
            message = f"{type(err).__name__}: {err}"
            return [], (doc_id, n_sentences, 0, "error", message)
        status = "ok" if n_sentences else "empty"
        return rows, (doc_id, n_sentences, len(rows), status, "")

    def _chunk(self, chunk: Sequence[tuple[str, Any, Any]]) -> tuple[list, list]:
        rows: list[tuple] = []
        infos: list[tuple] = []
        for doc_id, text, date in chunk:
            doc_rows, info = self.document_rows(doc_id, text, date)
            rows.extend(doc_rows)
            infos.append(info)
        return rows, infos

    # ------------------------------------------------------------------ a batch
    def run(self, docs: Any, n_jobs: int = 1, progress: bool | None = None) -> ExtractionResult:
        """Extract statements from a batch of documents.

        Parameters
        ----------
        docs : pandas.DataFrame, list or Series of str, or str
            See :func:`as_documents`.
        n_jobs : int, default 1
            Worker processes; -1 for one per CPU. The output is the same for any value.
        progress : bool, optional
            Show a tqdm progress bar. By default it is shown for 200 documents or more when
            standard error is a terminal.

        Returns
        -------
        ExtractionResult
            The statements table and the per-document accounting.
        """
        frame = as_documents(docs)
        if not isinstance(n_jobs, int) or n_jobs == 0 or n_jobs < -1:
            raise ValueError(f"extract: n_jobs must be a positive integer or -1, got {n_jobs!r}")
        if n_jobs == -1:
            n_jobs = os.cpu_count() or 1
        items = list(zip(frame["doc_id"], frame["text"], frame["date"], strict=True))
        if progress is None:
            progress = len(items) >= _PROGRESS_THRESHOLD and sys.stderr.isatty()
        chunks = [items[i : i + _CHUNK] for i in range(0, len(items), _CHUNK)]
        bar = None
        if progress:
            from tqdm.auto import tqdm

            bar = tqdm(total=len(items), unit="doc", desc="extract")
        rows: list[tuple] = []
        infos: list[tuple] = []
        try:
            for chunk_rows, chunk_infos in self._map(chunks, n_jobs):
                rows.extend(chunk_rows)
                infos.extend(chunk_infos)
                if bar is not None:
                    bar.update(len(chunk_infos))
        finally:
            if bar is not None:
                bar.close()
        documents = pd.DataFrame(infos, columns=list(DOCUMENT_COLUMNS))
        documents = documents.astype({"doc_id": "string", "n_sentences": "int64",
                                      "n_statements": "int64", "status": "string",
                                      "error": "string"})
        if rows:
            statements = pd.DataFrame(rows, columns=list(_ROW_COLUMNS))
            statements = validate_statements(statements, copy=False)
        else:
            statements = validate_statements(empty_statements())
        return ExtractionResult(statements, documents)

    def _map(self, chunks: list, n_jobs: int) -> Iterator[tuple[list, list]]:
        if n_jobs == 1 or len(chunks) <= 1:
            for chunk in chunks:
                yield self._chunk(chunk)
            return
        with ProcessPoolExecutor(
            max_workers=min(n_jobs, len(chunks)), initializer=_init_worker, initargs=(self,)
        ) as pool:
            # map keeps input order: the output does not depend on n_jobs
            yield from pool.map(_run_chunk, chunks)


# sectors of the generic agents that are organs of their state (CAMEO sector codes)
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})


def _civil_agents(registry: Any) -> frozenset[str]:
    """The registry's generic agents that are no organ of their state (protesters, tribes)."""
    return frozenset(a.id for a in registry.actors.values()
                     if a.kind == "agent" and (a.sector or "") not in _STATE_SECTORS)


def _nisba_states(registry: Any) -> dict[str, tuple[str, str]]:
    """Normalised nationality adjective -> (state id, English name), from the registry."""
    forms = getattr(registry, "nisba_forms", None)
    if forms is None:
        return {}
    states: dict[str, tuple[str, str]] = {}
    for word, country in forms().items():
        state = registry.state_of_country(country)
        if state is not None:
            states[normalize(word)] = (state.id, state.name_en)
    return states


# actor kinds whose names' head noun can stand for them later in a story ("الهيئة", "الإطار")
_ANAPHORIC_KINDS = frozenset({"party", "militia", "organisation", "coalition", "institution",
                              "media", "religious", "government"})
_CLITICS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")
# titles whose definite form later names the person who was introduced with it
_TITLE_WORDS = frozenset({"سفير", "سفيره", "رئيس", "رئيسه", "وزير", "وزيره", "مرشد", "امين",
                          "قائد", "مبعوث", "مبعوثه", "ممثل", "ممثله", "مستشار", "محافظ"})
# bodies named in a construct ("حكومة إقليم كردستان"): the second word names them too
_CONSTRUCT_HEADS = frozenset({"حكومه", "وزاره"})


def _definite_anaphora(sentence: Any, norms: list[str], mentions: list, heads: dict,
                       parent_of: Any = None, resolve: bool = True,
                       nisba: frozenset[str] = frozenset(), seen: set | None = None) -> list:
    """Add mentions for definite head nouns that name an organisation or issue named in full
    earlier in the document ("الهيئة التنسيقية ..." ... "وقالت الهيئة"), and learn the heads
    of this sentence's mentions.

    ``heads`` maps every written form of a learned head (with the clitics و ف ب ل and their
    pairs: "الهيئه", "والهيئه", "للهيئه" ...) to ``(mention, {form: its clitic prefix})``;
    it is updated in place, so reading a sentence costs one dictionary look-up per word.
    With ``resolve`` False the sentence's words are not read (heads are only learned);
    ``seen`` (one set per document)
    skips mentions already learned from. A family name with the article
    ("هشام الهاشمي" ... "الهاشمي") is learned too, unless it is a nationality (``nisba``).
    """
    added = []
    if heads and resolve and not heads.keys().isdisjoint(norms):
        # (most sentences hold no learned head: one set operation decides it)
        covered = None
        tokens = sentence.tokens
        for i in compress(range(len(norms)), map(heads.__contains__, norms)):
            if covered is None:
                covered = {k for m in mentions for k in range(m.tok_start, m.tok_end)}
            if i in covered:
                continue
            earlier, clitic_of = heads[norms[i]]
            token = tokens[i]
            added.append(earlier.at(i, i + 1, token.start, token.end, token.text,
                                    clitic_of[norms[i]], "anaphora"))
    for m in mentions:
        actor_kind = m.actor_kind
        if seen is not None and actor_kind != "person":
            # (a person's full name is read again: it takes back the family name from a
            # namesake named in between)
            key = (m.id, m.text, m.method)
            if key in seen:
                continue  # learned from the same words earlier in the document
            seen.add(key)
        if actor_kind == "person":
            learned = parent_of(m) if parent_of is not None and m.parent else None
            if learned is not None and learned[0] not in heads:
                _learn_head(heads, *learned)  # "لحلف شمال الأطلسي" inside a person's title
            first = norms[m.tok_start].removeprefix(m.prefix) if m.tok_start < len(norms) \
                else ""
            if first.startswith("ال") and first[2:] in _TITLE_WORDS:
                # "السفيرة الأمريكية ألينا رومانوسكي" ... "وقالت السفيرة": the title names her
                _learn_head(heads, first, m)
            if m.method == "registry" and m.tok_end - m.tok_start >= 2:
                # "مسرور بارزاني" ... "بارزاني": a family name without the article (shared by
                # several registry people, so no alias of any) names the one the story named
                surname = norms[m.tok_end - 1]
                known = heads.get(surname)
                if len(surname) >= (6 if surname.startswith("ال") else 4) and surname.isalpha() \
                        and surname not in nisba and (known is None or known[0].id != m.id):
                    _record_forms(heads, _surname_forms(surname), m)
        elif m.kind == "issue" or actor_kind in _ANAPHORIC_KINDS:
            words = norms[m.tok_start : m.tok_end]
            if len(words) < 2:
                continue
            head = words[0][len(m.prefix):] if m.prefix and words[0].startswith(m.prefix) \
                else words[0]
            if m.method == "loose" and head.endswith("ا"):
                head = head[:-1]  # "اتفاقاً لتطبيع ..." ... "الاتفاق"
            if not head.startswith("ال"):
                head = "ال" + head
            if len(head) >= 5:
                _learn_head(heads, head, m)
            if words[0].removeprefix(m.prefix) in _CONSTRUCT_HEADS and len(words) >= 2:
                # "حكومة إقليم كردستان" ... "الإقليم"، "وزارة الخارجية العراقية" ... "الخارجية"
                second = words[1] if words[1].startswith("ال") else "ال" + words[1]
                if len(second) >= 5 and second not in heads:
                    _learn_head(heads, second, m)
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.tok_start)


def _names_before_cues(sentence: Any, norms: list[str], mentions: list, cues: list,
                       find: Any) -> list:
    """Mentions whose new person name would run into a cue, read again up to the cue.

    A role is often followed by a name the registry does not know; the matcher takes the
    words after the role as that name. When they are a stance word ("ووجه وزير الخارجية
    الإيراني انتقادات إلى ..."), the office alone is the mention.
    """
    if not cues or "pattern" not in map(_METHOD_OF, mentions):
        return mentions  # (no new person's name in the sentence, the common case)
    starts = {c.tok_start for c in cues}
    out = None
    for m in mentions:
        if m.method != "pattern" or not m.id.startswith("new:"):
            continue
        cut = next((i for i in range(m.tok_start + 1, m.tok_end) if i in starts), None)
        if cut is None:
            continue
        again = [r for r in find(replace(sentence, tokens=sentence.tokens[:cut]))
                 if r.tok_start >= m.tok_start]
        if out is None:
            out = list(mentions)
        out[out.index(m):out.index(m) + 1] = again
    return mentions if out is None else out


def _titled_person(sentence: Any, norms: list[str], mentions: list) -> list:
    """One mention for an office, its post and the person who holds it ("السفيرة الأمريكية في
    بغداد ألينا رومانوسكي"): the person, spanning the whole title, so that the office (which
    stands for its state) is not read as a second actor. Two adjacent mentions of one actor
    ("ولي العهد السعودي الأمير محمد بن سلمان") are one mention."""
    if len(mentions) < 2:
        return mentions
    out = list(mentions)
    # (most sentences name each actor once: then there is no pair to join)
    k = 0 if len(set(map(_ID_OF, mentions))) < len(mentions) else len(out)
    while k + 1 < len(out):
        first, second = out[k], out[k + 1]
        if first.id == second.id and first.tok_end == second.tok_start and not second.prefix:
            out[k:k + 2] = [first.at(first.tok_start, second.tok_end, first.start, second.end,
                                     f"{first.text} {second.text}", first.prefix,
                                     first.method)]
        else:
            k += 1
    if len(out) < 3 or "في" not in norms:  # (the office and its post are joined by في)
        return out
    k = 0
    while k + 2 < len(out):
        office, place, person = out[k], out[k + 1], out[k + 2]
        if (office.kind == "actor" and office.method in ("pattern", "composed")
                and "." in office.id and place.actor_kind == "state"
                and place.tok_start == office.tok_end + 1 and norms[office.tok_end] == "في"
                and person.tok_start == place.tok_end and person.actor_kind == "person"
                and not person.prefix):
            tokens = sentence.tokens
            out[k:k + 3] = [person.at(office.tok_start, person.tok_end, office.start,
                                      person.end, " ".join(t.text for t in
                                                           tokens[office.tok_start:person.tok_end]),
                                      office.prefix, person.method)]
        k += 1
    return out


# a leader's followers (أنصاره، أتباعه ...), with their clitic forms -> the clitic
_FOLLOWERS_FORMS = _written_forms(("انصاره", "اتباعه", "مؤيديه", "مناصريه", "انصارها",
                                    "اتباعها", "مؤيديها", "مناصريها"),
                                   ("", "و", "ب", "ل", "وب", "ول"))
# "the two sides": words for both parties of the story's last meeting (their clitic forms are
# built with the definite heads', below)
_TWO_SIDES = frozenset({"الجانبان", "الجانبين", "الطرفان", "الطرفين", "البلدان", "البلدين",
                        "الزعيمان", "الزعيمين", "الرئيسان", "الرئيسين", "الوزيران", "الوزيرين"})


def _two_sides(sentence: Any, norms: list[str], mentions: list, parties: list) -> list:
    """Mentions for "the two sides" ("وأكد الجانبان"، "بين البلدين"): the first of the two
    actors joined by و just before in the sentence ("تركيا وإيران ... البلدين"), else the
    first party of the story's last meeting (``parties``), with method ``'pair'`` (the
    rules join the second to it)."""
    if _TWO_SIDES_FORMS.keys().isdisjoint(norms):
        return mentions
    covered = {k for m in mentions for k in range(m.tok_start, m.tok_end)}
    added = []
    for i, word in enumerate(norms):
        clitic = _TWO_SIDES_FORMS.get(word)
        if clitic is None or i in covered:
            continue
        first = (two_named(mentions, i, parties) or [None])[0]
        if first is None:
            continue
        token = sentence.tokens[i]
        added.append(first.at(i, i + 1, token.start, token.end, token.text, clitic, "pair"))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.tok_start)


# words that head a title whose name comes at its end ("ممثل الأمين العام للأمم المتحدة X"),
# and bodies' armed members ("قوات الجيش العراقي" is the army)
_TITLE_HEADS = frozenset({"ممثل", "مبعوث", "مستشار", "نائب", "مساعد", "المبعوث", "الممثل",
                          "المستشار"})
_FORCES_OF = frozenset({"قوات", "قطعات", "وحدات"})
_HEAD_WORDS = _TITLE_HEADS | _FORCES_OF
_TITLE_HEAD_FORMS = frozenset(c + w for w in _HEAD_WORDS for c in ("", "و"))


def _title_heads(sentence: Any, norms: list[str], mentions: list) -> list:
    """A person named at the end of a longer title ("ودعا ممثل الأمين العام للأمم المتحدة
    مارتن كوبلر") is named by the whole title, and "قوات X" is X: the mention takes in the
    head word before it, so that it stands right after the verb as its subject."""
    if _TITLE_HEAD_FORMS.isdisjoint(norms):
        return mentions
    out = None
    taken = {k for m in mentions for k in range(m.tok_start, m.tok_end)}
    for k, m in enumerate(mentions):
        i = m.tok_start - 1
        if i < 0 or i in taken or m.prefix or m.kind != "actor":
            continue
        word = norms[i]
        clitic = "و" if word[:1] == "و" and word[1:] in _HEAD_WORDS else ""
        head = word[len(clitic):]
        if not (head in _TITLE_HEADS and m.actor_kind == "person"
                and m.method in ("pattern", "registry")
                or head in _FORCES_OF and m.actor_kind != "person"):
            continue
        token = sentence.tokens[i]
        if out is None:
            out = list(mentions)
        out[k] = replace(m, tok_start=i, start=token.start, prefix=clitic,
                         text=f"{token.text} {m.text}")
    return mentions if out is None else out


def _office_holders(sentence: Any, norms: list[str], mentions: list,
                    holders: dict[tuple[str, str], Any]) -> list:
    """An office named without its holder ("وانتقد رئيس الوزراء ...") is the person the
    story introduced with that title ("رئيس الوزراء مصطفى الكاظمي"); ``holders`` (one per
    document, updated in place) maps (country, office agent id) to that person. A former or
    designated holder ("رئيس الوزراء السابق") is not learned."""
    out = None
    for k, m in enumerate(mentions):
        if m.kind != "actor":
            continue
        actor_kind = m.actor_kind
        if actor_kind == "person":
            office = _office(m.role) if m.role else None
            if office is not None and m.country and _NOT_HOLDING.isdisjoint(
                    norms[m.tok_start:m.tok_end]):
                holders[(m.country.lower(), office)] = m
                holders[("", office)] = m
            continue
        if not holders or actor_kind not in ("agent", "institution"):
            continue  # (no holder learned yet, the common case: nothing to look up)
        country, _, office = m.id.rpartition(".")
        person = holders.get((country, office))
        if person is None or person.tok_start >= m.tok_start and person in mentions:
            continue
        if out is None:
            out = list(mentions)
        out[k] = person.at(m.tok_start, m.tok_end, m.start, m.end, m.text, m.prefix, "office")
    return mentions if out is None else out


# nouns of ending that are no cues (إخراج، طرد، إغلاق are: they compose with what they end):
# "ending the combat mission" is the issue the mission's counter keyword opposes
# ("إنهاء المهمة القتالية للقوات الأمريكية" is the withdrawal)
_ENDING = frozenset({"انهاء", "انتهاء", "تفكيك", "ازاله"})


def _ended_counters(sentence: Any, norms: list[str], mentions: list) -> list:
    """An issue's counter keyword right after a noun of ending ("بإنهاء المهمة القتالية")
    names the issue itself: the mention takes the noun in and counts as a keyword."""
    if "counter" not in map(_METHOD_OF, mentions):
        return mentions  # (no counter keyword in the sentence, the common case)
    out = None
    for k, m in enumerate(mentions):
        if m.method != "counter" or m.prefix or m.tok_start == 0:
            continue
        word = norms[m.tok_start - 1]
        clitic = next((c for c in ("", *_CLITICS) if word.startswith(c)
                       and word[len(c):] in _ENDING), None)
        if clitic is None or any(o.tok_end == m.tok_start for o in mentions):
            continue
        token = sentence.tokens[m.tok_start - 1]
        if out is None:
            out = list(mentions)
        out[k] = replace(m, tok_start=m.tok_start - 1, start=token.start,
                         text=f"{token.text} {m.text}", prefix=clitic, method="keyword")
    return mentions if out is None else out


# a word's written forms, and the clitic of each form
_Forms = tuple[tuple[str, ...], dict[str, str]]


def _head_forms(head: str) -> _Forms:
    """The written forms of a definite head and the clitic of each, in the order
    :func:`_learn_head` records them (memoised per head)."""
    found = _HEAD_FORMS.get(head)
    if found is None:
        forms, clitics = [head], [""]
        for clitic in reversed(_CLITICS):  # the two-letter clitics win, as when reading
            forms.append(clitic + head)
            clitics.append(clitic)
            if clitic.endswith("ل"):
                forms.append(clitic + "ل" + head[2:])  # للهيئة = ل + الهيئة
                clitics.append(clitic)
        if len(_HEAD_FORMS) >= 100_000:
            _HEAD_FORMS.clear()
        found = _HEAD_FORMS[head] = (tuple(forms), dict(zip(forms, clitics, strict=True)))
    return found


def _surname_forms(surname: str) -> _Forms:
    """The written forms of a family name (bare and with each clitic) and the clitic of
    each (memoised per name)."""
    found = _SURNAME_FORMS.get(surname)
    if found is None:
        if len(_SURNAME_FORMS) >= 100_000:
            _SURNAME_FORMS.clear()
        forms = tuple(c + surname for c in ("", *_CLITICS))
        found = _SURNAME_FORMS[surname] = (forms, dict(zip(forms, ("", *_CLITICS), strict=True)))
    return found


_HEAD_FORMS: dict[str, _Forms] = {}
_SURNAME_FORMS: dict[str, _Forms] = {}
# "الجانبان"، "وللطرفين" ...: written form -> its clitic prefix
_TWO_SIDES_FORMS = {form: clitic for word in _TWO_SIDES
                    for form, clitic in _head_forms(word)[1].items()}
# every word one of the word-triggered passes looks for (a sentence without any skips them)
_PASS_WORDS = frozenset().union(_SIDES, _COUNTERPART, _TITLE_HEAD_FORMS, _FOLLOWERS_FORMS,
                                _TWO_SIDES_FORMS)


def _record_forms(heads: dict, forms: _Forms, mention: Any) -> None:
    """Map each written form to ``(mention, the forms' clitics)`` in ``heads``."""
    written, clitic_of = forms
    # (one update in C rather than a store per form, about a dozen forms in most sentences;
    # one value for all forms, no tuple each: the clitic is read only for a word that hits)
    heads.update(zip(written, repeat((mention, clitic_of))))


def _learn_head(heads: dict, head: str, mention: Any) -> None:
    """Record the written forms of a definite head (``head`` starts with ال)."""
    known = heads.get(head)
    if known is not None and known[0].id == mention.id:
        return  # learned already (the forms are the same)
    _record_forms(heads, _head_forms(head), mention)


@cache
def _office_terms() -> dict[str, list[tuple[str, str, str | None]]]:
    """The packaged table of office holders (``data/offices.yaml``): office id ->
    [(person id, first day, last day or None)]."""
    text = resources.files("stancenet.extract").joinpath("data/offices.yaml").read_text("utf-8")
    data = yaml.safe_load(text) or {}
    return {office: [(str(p), str(first), str(last) if last else None)
                     for p, first, last in holders]
            for office, holders in (data.get("offices") or {}).items()}


def _day(date: Any) -> str | None:
    """A document date as YYYY-MM-DD, or None when it has none."""
    if date is None or date is pd.NaT:
        return None
    if not isinstance(date, str) and hasattr(date, "year"):  # a Timestamp, a date
        return f"{date.year:04d}-{date.month:02d}-{date.day:02d}"
    if not isinstance(date, str) and pd.isna(date):
        return None
    try:
        return pd.Timestamp(date).strftime("%Y-%m-%d")
    except (ValueError, TypeError):
        return None


def _place_country(norms: list[str], mentions: list) -> str | None:
    """The country of a state or capital a sentence opens with as its place ("وفي بغداد،")."""
    if not norms or norms[0] not in ("في", "وفي") or not mentions:
        return None
    first = mentions[0]
    if first.tok_start == 1 and first.kind == "actor" and first.actor_kind == "state" \
            and not first.prefix:
        return first.country
    return None


def _home_country(staged: list) -> str | None:
    """The country most of a document's country-bearing mentions belong to (a strict plurality).

    Only mentions that can be subjects count (no clitic preposition: "الموالية لإيران" says
    nothing about where the story is), a state named as a place ("في بغداد") counts three
    times, and generic agents do not vote. A tie, no home country: bare agents then stay
    bare.
    """
    counts: dict[str, int] = {}
    for _, mentions, _, norms, _ in staged:
        for m in mentions:
            if m.kind != "actor" or not m.country or m.actor_kind == "agent":
                continue
            if m.actor_kind == "state" and (m.prefix.endswith("ب") or (
                    m.tok_start > 0 and norms[m.tok_start - 1] == "في")):
                # "في بغداد": where the story happens weighs more than who is named
                counts[m.country] = counts.get(m.country, 0) + 3
            elif _votes(m.prefix):
                counts[m.country] = counts.get(m.country, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.values(), reverse=True)
    best = max(counts, key=lambda c: counts[c])
    return best if len(ranked) == 1 or ranked[0] > ranked[1] else None


def _votes(prefix: str) -> bool:
    """Whether a mention with this clitic prefix may be a subject (no ب ل ك in it)."""
    found = _VOTES.get(prefix)
    if found is None:
        found = _VOTES[prefix] = not any(c in prefix for c in "بلك")
    return found


_VOTES: dict[str, bool] = {}

_WORKER: Extractor | None = None


def _init_worker(extractor: Extractor) -> None:
    global _WORKER
    _WORKER = extractor


def _run_chunk(chunk: Iterable[tuple[str, Any, Any]]) -> tuple[list, list]:
    assert _WORKER is not None
    return _WORKER._chunk(list(chunk))


_DEFAULT: dict[int, Extractor] = {}


def extract(
    docs: Any,
    registry: Any = None,
    *,
    lexicon: Lexicon | str | Path | None = None,
    n_jobs: int = 1,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Turn Arabic news documents into the statements table.

    Parameters
    ----------
    docs : pandas.DataFrame, list or Series of str, or str
        A documents table (``doc_id``, ``text``, optional ``date``; as from
        `stancenet.read_corpus`), a list of texts, or one text.
    registry : stancenet.Registry, optional
        Actors and issues; the packaged registry by default.
    lexicon : Lexicon, str or Path, optional
        Cue lexicon or a user lexicon file; the packaged one by default.
    n_jobs : int, default 1
        Worker processes (-1: one per CPU); the output does not depend on it.
    progress : bool, optional
        Progress bar; by default for 200 documents or more on a terminal.

    Returns
    -------
    pandas.DataFrame
        The statements table (`stancenet.schema.STATEMENT_COLUMNS`), ``statement_id`` =
        ``"{doc_id}:{sentence_id}:{k}"``. ``attrs['documents']`` holds the per-document
        accounting (doc_id, n_sentences, n_statements, status, error) as a
        `DocumentsTable`. ``pd.concat`` of the tables of two runs works; pandas keeps
        ``attrs`` only when they are equal, so concatenate the runs' ``attrs['documents']``
        yourself if you need the accounting of both.

    Examples
    --------
    >>> import stancenet
    >>> df = stancenet.extract(["أدانت وزارة الخارجية العراقية الهجوم التركي."])  # doctest: +SKIP
    """
    if registry is None and lexicon is None:
        extractor = _DEFAULT.get(0)
        if extractor is None:
            extractor = _DEFAULT[0] = Extractor()
    else:
        extractor = Extractor(registry, lexicon)
    return extractor.run(docs, n_jobs=n_jobs, progress=progress).to_frame()
