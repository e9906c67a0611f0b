"""Finding actor and issue mentions in sentences: registry aliases, composed agents, roles.

A :class:`MentionMatcher` is compiled once from a :class:`~stancenet.registry.Registry` and the
role lexicon (``stancenet/extract/data/roles.yaml``) into one index: a dictionary from tuples
of normalised tokens to what they name. :meth:`MentionMatcher.find` walks a sentence's tokens
left to right; at each token it strips candidate clitic prefixes (و ف ب ل ك and their
combinations, لل = ل + the article) from the first token, looks up every phrase length from
the longest down, and takes the first reading that resolves. A match consumes its tokens, so
mentions never overlap and the time is linear in the number of tokens (times the longest
phrase length, a constant).

Besides plain registry aliases (method ``'registry'``), issue keywords (``'keyword'``) and
counter keywords (``'counter'``: "السلاح المنفلت" names the other side of state control of arms,
so a stance toward it counts reversed) it finds

- generic agents composed with a nationality adjective or a state: الجيش العراقي -> ``irq.army``,
  حكومة بغداد -> ``irq.government`` (method ``'composed'``);
- people and offices introduced by a role: ROLE [nationality | organisation] [NAME], e.g.
  المحلل السياسي أحمد الشريفي -> ``new:احمد_الشريفي``; المتحدث باسم كتائب حزب الله ->
  ``kataib_hezbollah``; وزير الخارجية الإيراني -> ``irn.foreign_minister`` (method
  ``'pattern'``, or ``'registry'`` when the name is a registry person).

Phrases listed under ``not_mentions`` in ``roles.yaml`` (مدينة الصدر, هجوم انتحاري) are matched
like any phrase but name no one: the matcher reports nothing for them and goes on after them,
so the words inside (الصدر, انتحاري) are not read as the actors they name elsewhere. Issue
keywords are also indexed with the article the other way round where that is safe (حوار
استراتيجي for الحوار الاستراتيجي).

The id conventions are written out in ``NOTES_mentions.md`` and in ``roles.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from importlib import resources
from itertools import compress
from operator import attrgetter
from pathlib import Path
from typing import Any

import yaml
from camel_tools.utils.dediac import dediac_ar

from stancenet.text import Sentence, Token, normalize, split_sentences, tokenize
from stancenet.text._records import slot_constructor

__all__ = ["Mention", "MentionMatcher", "load_roles"]

# kinds of index entries
_ACTOR = "actor"  # a registry actor (any kind but agent)
_AGENT = "agent"  # a generic agent: composes with a following nisba or state
_AGENT_BARE = "agent_bare"  # an agent's form without the article: composes with a state only
_ISSUE = "issue"
_COUNTER = "counter"  # an issue's counter keyword: a stance toward it counts reversed
_NISBA = "nisba"  # a nationality adjective of a state
_ROLE = "role"
_BLOCK = "block"  # a phrase that names no one and hides the names inside it (مدينة الصدر)

# trying order of the entries that share one key: a role pattern first (it reaches further),
# then blocks, actors, agents and issues; a nisba alone names nothing
_ENTRY_ORDER = {
    _ROLE: 0, _BLOCK: 1, _ACTOR: 2, _AGENT: 3, _AGENT_BARE: 4, _ISSUE: 5, _COUNTER: 6, _NISBA: 7
}
# entries whose reading depends on the word alone (roles and agents read the words after them)
_ALONE_KINDS = frozenset({_BLOCK, _ACTOR, _ISSUE, _COUNTER, _NISBA})
# ... and those that read only a nationality or a state right after them (or an adjective
# and then a nationality)
_AGENT_KINDS = frozenset({_AGENT, _AGENT_BARE}) | _ALONE_KINDS

_ARABIC_WORD_RE = re.compile("[\u0621-\u064a]+")
_ARTICLE = "ال"
# the article alone or behind a clitic: no name opens with these
_ARTICLE_FORMS = ("ال", "بال", "وال", "فال", "كال", "لل")
# a prefix is stripped only when this much of the word is left: keeps بغداد from reading
# as ب + غداد against a short alias, and a two-letter remainder is too ambiguous to match
_MIN_REMAINDER = 3
_CLITIC_ARTICLES = ("بال", "لل")  # a clitic preposition with the article: no name word
_MAX_NAME_WORDS = 3  # name words, not counting particles (أبو، بن، عبد ...)
_MAX_NAME_TOKENS = 6
# a nationality noun in the plural (sound plurals, and broken plurals such as الأمريكان) stands
# for the country's people, the generic agent below
_PLURAL_ENDINGS = ("ين", "ون", "ان")
_PEOPLE = "people"
_HEAD_CACHE_LIMIT = 500_000
_NORM_OF = attrgetter("norm")


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor or issue named in a sentence.

    Attributes
    ----------
    tok_start, tok_end : int
        Token span ``[tok_start, tok_end)`` inside the sentence.
    start, end : int
        Character offsets in the document.
    text : str
        The surface text of the mention, as in the document.
    id : str
        Actor or issue id: a registry id, a composed id (``'irq.army'``,
        ``'irn.foreign_minister'``) or a new person (``'new:احمد_الشريفي'``).
    name : str
        Readable name (English where known, the Arabic name for new persons).
    kind : str
        ``'actor'`` or ``'issue'``.
    actor_kind : str or None
        person, party, militia, state, agent, ... (None for issues).
    country : str or None
        ISO alpha-3 code in upper case.
    parent : str or None
        For people: the body they speak for or belong to.
    role : str or None
        For people found by role: ``'spokesman'``, ``'prime minister'``, ...
    prefix : str
        Clitic prefix stripped from the first token (``''``, ``'و'``, ``'ب'``, ``'وب'``,
        ``'ل'`` ...); ``لل`` is recorded as ``'ل'``.
    method : str
        ``'registry'``, ``'composed'``, ``'pattern'``, ``'keyword'`` or ``'counter'`` (an
        issue's counter keyword: a stance toward it is a stance against the issue).
    """

    tok_start: int
    tok_end: int
    start: int
    end: int
    text: str
    id: str
    name: str
    kind: str
    actor_kind: str | None
    country: str | None
    parent: str | None
    role: str | None
    prefix: str
    method: str

    def at(self, tok_start: int, tok_end: int, start: int, end: int, text: str, prefix: str,
           method: str) -> Mention:
        """The same actor or issue named at another span (``dataclasses.replace`` of the
        span, text, prefix and method, built without ``replace``'s generic machinery)."""
        return _new_mention(tok_start, tok_end, start, end, text, self.id, self.name,
                            self.kind, self.actor_kind, self.country, self.parent, self.role,
                            prefix, method)

    def named(self, id: str, name: str, country: str | None, method: str) -> Mention:
        """The same words read as another actor (``dataclasses.replace`` of the id, name,
        country and method, built without ``replace``'s generic machinery)."""
        return _new_mention(self.tok_start, self.tok_end, self.start, self.end, self.text, id,
                            name, self.kind, self.actor_kind, country, self.parent, self.role,
                            self.prefix, method)


# mentions are built for every reading tried; this skips the frozen __init__'s generic setattr
_new_mention = slot_constructor(Mention)


# --- the role lexicon ---------------------------------------------------------------------


def load_roles(path: str | Path | None = None) -> dict[str, Any]:
    """Read the role lexicon (roles, clitics, stopwords, name particles, demonyms, and the
    optional ``not_mentions`` and ``agent_adjectives`` lists).

    Parameters
    ----------
    path : str or Path, optional
        A YAML file in the format of the packaged ``stancenet/extract/data/roles.yaml``;
        the packaged file when omitted.

    Returns
    -------
    dict
        The parsed file.

    Raises
    ------
    ValueError
        If a section is missing or a role lacks a field; the message names both.
    """
    if path is None:
        text = resources.files("stancenet.extract").joinpath("data/roles.yaml").read_text("utf-8")
        where = "roles.yaml (packaged)"
    else:
        text = Path(path).read_text(encoding="utf-8")
        where = str(path)
    data = yaml.safe_load(text) or {}
    for section in ("roles", "clitics", "stopwords", "name_particles"):
        if section not in data:
            raise ValueError(f"{where}: section {section!r} is missing")
    for number, role in enumerate(data["roles"]):
        for field in ("key", "phrases", "scope", "unnamed"):
            if field not in role:
                raise ValueError(f"{where}: role #{number} lacks field {field!r}")
        if role["unnamed"] not in ("body", "composed", "none"):
            raise ValueError(
                f"{where}: role {role['key']!r}: field 'unnamed' is {role['unnamed']!r}; "
                "expected body, composed or none"
            )
        for scope in role["scope"]:
            if scope not in ("nationality", "organisation"):
                raise ValueError(
                    f"{where}: role {role['key']!r}: scope {scope!r} is not nationality or "
                    "organisation"
                )
    return data


def _phrase_key(phrase: str) -> tuple[str, ...]:
    """Normalised token tuple of a phrase, as sentence tokens will show it."""
    return tuple(t.norm for t in tokenize(phrase) if t.norm)


def _toggle_article(word: str) -> str | None:
    """The word with the article taken off or put on (None when too short to be sure)."""
    if word.startswith(_ARTICLE):
        return word[2:] if len(word) >= 5 else None
    return _ARTICLE + word if len(word) >= 3 and _ARABIC_WORD_RE.fullmatch(word) else None


def _article_variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Forms of a normalised issue phrase with the article the other way round.

    A phrase of several words that are all definite or all indefinite toggles every word
    (الحوار الاستراتيجي <-> حوار استراتيجي). A single word only gains the article (تطبيع ->
    التطبيع): without it a word such as انسحاب or تطبيع heads a construct about anything
    (انسحاب القوات التركية، تطبيع العلاقات مع الرياض). Construct phrases (انسحاب القوات) have
    no counterpart and get none.
    """
    if not key or (len(key) > 1 and len({w.startswith(_ARTICLE) for w in key}) > 1):
        return []
    if len(key) == 1 and key[0].startswith(_ARTICLE):
        return []
    toggled = [_toggle_article(w) for w in key]
    if any(w is None for w in toggled):
        return []
    return [tuple(w for w in toggled if w is not None)]


def _phrase_trie(
    phrases: Mapping[tuple[str, ...], tuple[tuple[str, Any], ...]],
) -> dict[str, list[Any]]:
    """The phrase index as a trie: word -> [entries of the phrase ending here or None,
    trie of the words that may follow]."""
    trie: dict[str, list[Any]] = {}
    for key, entries in phrases.items():
        level = trie
        for word in key[:-1]:
            level = level.setdefault(word, [None, {}])[1]
        level.setdefault(key[-1], [None, {}])[0] = entries
    return trie


# --- the matcher --------------------------------------------------------------------------


class MentionMatcher:
    """Finds actor and issue mentions in sentences; compiled once from a registry.

    Parameters
    ----------
    registry : Registry, optional
        Actors and issues to find; :func:`stancenet.registry.default_registry` when omitted.
    roles : str, Path or dict, optional
        The role lexicon: a YAML path or an already loaded dict (see :func:`load_roles`); the
        packaged ``roles.yaml`` when omitted.

    Notes
    -----
    The compiled matcher holds only dictionaries, tuples and strings, so it pickles (for
    worker processes). :meth:`find` takes time linear in the number of tokens.

    Examples
    --------
    >>> matcher = MentionMatcher(registry)                            # doctest: +SKIP
    >>> [m.id for m in matcher.find_text("رحب الجيش العراقي بالقرار")]  # doctest: +SKIP
    ['irq.army']
    """

    def __init__(self, registry: Any = None, roles: str | Path | Mapping | None = None) -> None:
        if registry is None:
            from stancenet.registry import default_registry

            registry = default_registry()
        if not hasattr(registry, "actors") or not hasattr(registry, "issues"):
            raise TypeError(
                "MentionMatcher: argument 'registry' must be a stancenet Registry (with "
                f"'actors' and 'issues'), got {type(registry).__name__}"
            )
        lexicon = dict(roles) if isinstance(roles, Mapping) else load_roles(roles)

        # actor id -> (name_en, kind, country, parent, role, agent)
        self._actors: dict[str, tuple[str, str, str | None, str | None, str | None, str | None]]
        self._actors = {
            a.id: (a.name_en, a.kind, a.country, a.parent, a.role, a.agent)
            for a in registry.actors.values()
        }
        self._issues: dict[str, str] = {i.id: i.name_en for i in registry.issues.values()}
        # actor id -> the fields of its mention from id to role, as _actor_mention fills them
        self._actor_fields: dict[str, tuple[Any, ...]] = {
            actor_id: (actor_id, name, "actor", kind, country, parent or None, role)
            for actor_id, (name, kind, country, parent, role, _) in self._actors.items()
        }
        # (ISO3, agent id) -> the registry's actor for that country's agent
        self._country_agents: dict[tuple[str, str], str] = {}
        for actor in sorted(
            registry.actors.values(),
            key=lambda a: (a.id != f"{(a.country or '').lower()}.{a.agent}", a.id),
        ):
            if actor.agent and actor.country:
                self._country_agents.setdefault((actor.country, actor.agent), actor.id)
        self._state_of: dict[str, str] = {
            a.country: a.id
            for a in registry.actors.values()
            if a.kind == "state" and a.country
        }
        self._demonyms: dict[str, str] = dict(lexicon.get("demonyms") or {})
        self._roles: list[tuple[str, str | None, tuple[str, ...], str, str | None, bool]] = [
            (
                r["key"],
                r.get("role"),
                tuple(r["scope"]),
                r["unnamed"],
                r.get("body"),
                bool(r.get("needs_scope", False)),
            )
            for r in lexicon["roles"]
        ]
        self._clitics: tuple[tuple[str, str, str], ...] = tuple(
            (normalize(surface), label, normalize(restore))
            for surface, label, restore in lexicon["clitics"]
        )
        self._clitic_letters = frozenset(surface[0] for surface, _, _ in self._clitics)
        stop = {normalize(w) for w in lexicon["stopwords"]}
        self._stopwords = frozenset(stop | {c + w for w in stop for c in ("و", "ف", "ب", "ل")})
        self._particles = frozenset(normalize(w) for w in lexicon["name_particles"])
        self._written_stopwords = frozenset(
            dediac_ar(w) for w in lexicon.get("written_stopwords") or ()
        )
        # one-letter preposition clitics (ب ل ك): a word behind one that ends in ta marbuta is
        # a noun governed by the preposition (بخدمة، لزيارة), not the first word of a name
        self._preposition_clitics = frozenset(
            normalize(surface)
            for surface, label, restore in lexicon["clitics"]
            if len(surface) == 1 and not restore and surface not in ("و", "ف")
        )
        # adjectives that may stand between an agent and its nationality (القوات الخاصة العراقية)
        self._role_modifiers = frozenset(
            normalize(w) for w in lexicon.get("role_modifiers") or ()
        )
        self._agent_adjectives = frozenset(
            normalize(w) for w in lexicon.get("agent_adjectives") or ()
        )

        phrases: dict[tuple[str, ...], list[tuple[str, Any]]] = {}

        def add(key: tuple[str, ...], entry: tuple[str, Any]) -> None:
            if key and entry not in phrases.setdefault(key, []):
                phrases[key].append(entry)

        for actor in registry.actors.values():
            kind = _AGENT if actor.kind == "agent" else _ACTOR
            for form in dict.fromkeys((actor.name_ar, *actor.aliases_ar)):
                key = _phrase_key(form)
                add(key, (kind, actor.id))
                if kind == _AGENT and key[0].startswith(_ARTICLE) and len(key[0]) > 3:
                    # جيش العراق, حكومة بغداد: the construct form before a state's name
                    add((key[0][2:], *key[1:]), (_AGENT_BARE, actor.id))
            if actor.country:
                for form in actor.nisba_ar:
                    add(_phrase_key(form), (_NISBA, actor.country))
        for issue in registry.issues.values():
            for form in dict.fromkeys((issue.name_ar, *issue.keywords_ar)):
                add(_phrase_key(form), (_ISSUE, issue.id))
            for form in issue.counter_keywords_ar:
                # "السلاح المنفلت": the other side of the issue (method 'counter')
                add(_phrase_key(form), (_COUNTER, issue.id))
        # the same keywords with the article the other way round (التطبيع / تطبيع, الحوار
        # الاستراتيجي / حوار استراتيجي, انسحاب القوات / الانسحاب), where no listed phrase has
        # that form already
        for issue in registry.issues.values():
            for form in dict.fromkeys((issue.name_ar, *issue.keywords_ar)):
                for variant in _article_variants(_phrase_key(form)):
                    if variant not in phrases:
                        add(variant, (_ISSUE, issue.id))
        for form in lexicon.get("not_mentions") or ():
            add(_phrase_key(form), (_BLOCK, None))
        # weapons named with a nationality stand for that state's forces ("صاروخ إسرائيلي" ->
        # isr.forces); alone they name no one, like the construct form of an agent
        for agent_id, forms in (lexicon.get("weapons") or {}).items():
            if agent_id in self._actors:
                for form in forms:
                    add(_phrase_key(form), (_AGENT_BARE, agent_id))
        for number, role in enumerate(lexicon["roles"]):
            for form in role["phrases"]:
                add(_phrase_key(form), (_ROLE, (number, False)))
            for form in role.get("construct") or ():
                add(_phrase_key(form), (_ROLE, (number, True)))

        self._phrases: dict[tuple[str, ...], tuple[tuple[str, Any], ...]] = {
            key: tuple(sorted(entries, key=lambda e: _ENTRY_ORDER[e[0]]))
            for key, entries in phrases.items()
        }
        self._longest: dict[str, int] = {}
        for key in self._phrases:
            self._longest[key[0]] = max(self._longest.get(key[0], 0), len(key))
        self._trie = _phrase_trie(self._phrases)
        # the phrases that can give a nationality, an actor or a state, as tries of their own:
        # what a role or an agent reads after itself walks only these, with no entry to filter
        self._nisba_trie = self._kind_trie(lambda kind, _: kind == _NISBA)
        self._actor_trie = self._kind_trie(lambda kind, _: kind == _ACTOR)
        self._state_trie = self._kind_trie(
            lambda kind, value: kind == _ACTOR and self._actors[value][1] == "state"
            and bool(self._actors[value][2])
        )
        # the words after a generic agent that may make it another mention: a phrase (a
        # nationality, a state) starts there, or an adjective stands before the nationality
        self._opening_words = frozenset(self._longest) | self._agent_adjectives
        self._head_cache: dict[str, tuple[tuple[str, str, list], ...]] = {}
        self._word_cache: dict[str, tuple] = {}

    def _kind_trie(self, keeps: Callable[[str, Any], bool]) -> dict[str, list[Any]]:
        """The phrase trie of the entries ``keeps(kind, value)`` accepts."""
        kept = {}
        for key, entries in self._phrases.items():
            chosen = tuple(e for e in entries if keeps(*e))
            if chosen:
                kept[key] = chosen
        return _phrase_trie(kept)

    # pickling keeps the plain attributes (no slots, no compiled objects to worry about)
    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_head_cache"] = {}  # memos, rebuilt as words are seen
        state["_word_cache"] = {}
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def __repr__(self) -> str:
        return f"MentionMatcher({len(self._phrases)} phrases, {len(self._roles)} roles)"

    # -- public ------------------------------------------------------------------------------

    def find(self, sentence: Sentence, *, default_country: str | None = None) -> list[Mention]:
        """Find the mentions in one sentence.

        Parameters
        ----------
        sentence : Sentence
            A sentence from :func:`stancenet.text.split_sentences`.
        default_country : str, optional
            ISO alpha-3 code of the country a document is about. When given, a generic agent
            named without a nationality (الحكومة، المحتجون، البرلمان) is read as that
            country's (``'irq.government'``, method ``'composed'``); by default it stays
            generic (``'government'``).

        Returns
        -------
        list of Mention
            Non-overlapping mentions sorted by ``tok_start``; at each position the longest
            reading wins (كتائب حزب الله over حزب الله), and an unprefixed reading wins over a
            prefixed one of the same length.
        """
        norms = list(map(_NORM_OF, sentence.tokens))
        mentions: list[Mention] = []
        # most words start no phrase in any reading: find the few that may in one pass (a
        # word that starts none is memoised as ``()``); a word not seen before raises
        # KeyError, cheaper to catch once than to test every memo value against None
        try:
            words = list(map(self._word_cache.__getitem__, norms))
        except KeyError:
            words = list(map(self._alone, norms))
        free = 0  # tokens before this one belong to a mention already
        tokens = sentence.tokens
        opening_words = self._opening_words
        n = len(norms)
        for i in compress(range(n), words):
            if i < free:
                continue
            fixed, template, continuations = words[i]
            if fixed and (i + 1 == n or norms[i + 1] not in continuations and (
                    fixed == 1 or norms[i + 1] not in opening_words)):
                # no phrase goes on from this word here, and what it names alone does not
                # depend on the words after it: the memoised reading, at this position
                if template is None:
                    continue
                free = i + 1
                if template[2] != _BLOCK:
                    token = tokens[i]
                    # (a token's text is the document's, as the sentence's slice would give)
                    mentions.append(_new_mention(i, free, token.start, token.end, token.text,
                                                 *template))
                continue
            found = self._resolve(sentence, norms, i, allow_prefix=True)
            if found is not None:
                if found.kind != _BLOCK:
                    mentions.append(found)
                free = found.tok_end
        if default_country is not None:
            mentions = [self._localised(m, default_country.upper()) for m in mentions]
        return mentions

    def find_text(self, text: str, *, default_country: str | None = None) -> list[Mention]:
        """Split ``text`` into sentences and find the mentions of all of them, in order."""
        return [
            m
            for sentence in split_sentences(text)
            for m in self.find(sentence, default_country=default_country)
        ]

    def nationality_at(self, sentence: Sentence, index: int) -> tuple[str, int] | None:
        """Read a nationality adjective at a token of a sentence.

        For the rules stage: an event noun followed by a nisba names its agent (القصف
        الإسرائيلي، بغارة أمريكية), which :meth:`find` does not report on its own because a
        singular nisba after an ordinary noun (الوضع العراقي) names no actor.

        Parameters
        ----------
        sentence : Sentence
            The sentence.
        index : int
            Token index in the sentence.

        Returns
        -------
        (str, int) or None
            The ISO alpha-3 code and the number of tokens the adjective spans, or None.
        """
        norms = [t.norm for t in sentence.tokens]
        if not 0 <= index < len(norms):
            return None
        found = self._nisba_at(norms, index)
        return None if found is None else (found[1], found[0])

    def state_of(self, country: str) -> str | None:
        """The registry id of the state with this ISO alpha-3 code (``'IRQ'`` -> ``'irq'``)."""
        return self._state_of.get(country.upper())

    def _localised(self, mention: Mention, country: str) -> Mention:
        """A generic agent's mention read as the default country's agent."""
        generic = self._actors.get(mention.id)
        if generic is None or generic[1] != "agent":
            return mention
        actor_id, name, actor_kind = self._composed(country, mention.id)
        parent = mention.parent
        if parent == mention.id:
            parent = actor_id
        return replace(
            mention, id=actor_id, name=name, actor_kind=actor_kind, country=country,
            parent=parent, method="composed",
        )

    # -- look-up ----------------------------------------------------------------------------

    def _heads(self, word: str) -> tuple[tuple[str, str, list], ...]:
        """Readings of a first token: (prefix, token without it, its node of the phrase trie).

        Only readings from which some phrase starts are kept; the unprefixed reading comes
        first. Memoised per word: news vocabulary repeats.
        """
        heads = self._head_cache.get(word)
        if heads is not None:
            return heads
        variants = [("", word)]
        if word and word[0] in self._clitic_letters:
            for surface, label, restore in self._clitics:
                rest = len(word) - len(surface)
                if word.startswith(surface) and rest >= (2 if restore else _MIN_REMAINDER):
                    variants.append((label, restore + word[len(surface) :]))
        trie = self._trie
        heads = tuple((label, head, trie[head]) for label, head in variants if head in trie)
        if len(self._head_cache) >= _HEAD_CACHE_LIMIT:
            self._head_cache.clear()
        self._head_cache[word] = heads
        return heads

    def _alone(self, word: str) -> tuple:
        """What a first word names when no phrase goes on from it (memoised per word).

        Returns ``()`` when no phrase starts with the word (in any reading), else
        ``(fixed, template, continuations)``: ``fixed`` is 1 when every phrase of one word
        it may be (with any clitic) is of a kind that reads nothing after it (an actor, an
        issue, a block, a nationality noun), 2 when some are generic agents, which read what
        follows only when a phrase starts there or it is an adjective of agents (see
        ``_opening_words``), and 0 otherwise (a role reads names); ``template`` the
        field values after the span (id ... method) of the mention it then gives, or None;
        ``continuations`` the words after it that go on to a longer phrase, where it must be
        read in full.
        """
        found = self._word_cache.get(word)
        if found is not None:
            return found
        heads = self._heads(word)
        if not heads:
            alone: tuple = ()  # (falsy: no phrase starts with this word)
            if len(self._word_cache) >= _HEAD_CACHE_LIMIT:
                self._word_cache.clear()
            self._word_cache[word] = alone
            return alone
        continuations: set[str] = set()
        fixed = 1
        for _, _, (entries, following) in heads:
            continuations.update(following)
            if entries is None:
                continue
            if fixed and any(kind not in _AGENT_KINDS for kind, _ in entries):
                fixed = 0
            elif fixed == 1 and any(kind not in _ALONE_KINDS for kind, _ in entries):
                fixed = 2
        template = None
        if fixed:
            # read as a sentence of this one word: nothing else can take part
            sentence = Sentence(0, 0, len(word), word, (Token(word, word, 0, len(word)),))
            found = self._resolve(sentence, [word], 0, allow_prefix=True)
            if found is not None:
                template = (found.id, found.name, found.kind, found.actor_kind, found.country,
                            found.parent, found.role, found.prefix, found.method)
        alone = (fixed, template, frozenset(continuations))
        if len(self._word_cache) >= _HEAD_CACHE_LIMIT:
            self._word_cache.clear()
        self._word_cache[word] = alone
        return alone

    def _readings(
        self, norms: list[str], i: int, allow_prefix: bool
    ) -> list[tuple[int, str, tuple[tuple[str, Any], ...]]]:
        """Every phrase starting at token ``i``: (length, prefix, entries), best first."""
        heads = self._head_cache.get(norms[i])
        if heads is None:
            heads = self._heads(norms[i])
        if not heads:
            return []
        readings = []
        n = len(norms)
        walked = 0
        for label, _, node in heads:
            if label and not allow_prefix:
                continue
            entries, following = node
            walked += 1
            # walk the phrase trie along the sentence: it stops at the first word no phrase
            # goes on with, instead of trying every length up to the longest phrase
            end = i + 1
            while True:
                if entries is not None:
                    readings.append((end - i, label, entries))
                if end >= n or not following:
                    break
                node = following.get(norms[end])
                if node is None:
                    break
                entries, following = node
                end += 1
        if len(readings) > 1:
            # longest first; for equal length the reading with the shorter prefix
            if walked == 1:
                readings.reverse()  # (one reading of the word: its lengths only grow)
            else:
                readings.sort(key=lambda r: (-r[0], len(r[1])))
        return readings

    def _resolve(
        self, sentence: Sentence, norms: list[str], i: int, allow_prefix: bool,
        roles: bool = True,
    ) -> Mention | None:
        """The mention that starts at token ``i``, if any (role patterns only if ``roles``)."""
        best: Mention | None = None
        for length, prefix, entries in self._readings(norms, i, allow_prefix):
            for kind, value in entries:
                if kind == _ROLE:
                    # a role pattern may reach past a longer alias (الرئيس العراقي + a name)
                    if roles:
                        found = self._role_mention(sentence, norms, i, length, prefix, value)
                        if found is not None and (best is None or found.tok_end > best.tok_end):
                            best = found
                    continue
                if best is not None:
                    continue
                if kind == _BLOCK:
                    found = self._mention(
                        sentence, i, i + length, "", "", _BLOCK, None, None, None, None, prefix,
                        _BLOCK,
                    )
                elif kind == _ACTOR:
                    found = self._mention(sentence, i, i + length, *self._actor_fields[value],
                                          prefix, "registry")
                elif kind in (_AGENT, _AGENT_BARE):
                    found = self._agent_mention(sentence, norms, i, length, prefix, value, kind)
                elif kind in (_ISSUE, _COUNTER):
                    found = self._mention(
                        sentence, i, i + length, value, self._issues[value], "issue", None,
                        None, None, None, prefix, "keyword" if kind == _ISSUE else "counter",
                    )
                elif norms[i + length - 1].endswith(_PLURAL_ENDINGS):
                    # a plural nationality noun on its own (الإيرانيون، العراقيين، الأمريكان)
                    # names the country's people
                    actor_id, name, actor_kind = self._composed(value, _PEOPLE)
                    found = self._mention(
                        sentence, i, i + length, actor_id, name, "actor", actor_kind, value,
                        None, None, prefix, "composed",
                    )
                else:  # a singular nationality adjective on its own names no one
                    found = None
                best = found
        return best

    # -- building mentions ------------------------------------------------------------------

    @staticmethod
    def _mention(
        sentence: Sentence,
        tok_start: int,
        tok_end: int,
        id: str,
        name: str,
        kind: str,
        actor_kind: str | None,
        country: str | None,
        parent: str | None,
        role: str | None,
        prefix: str,
        method: str,
    ) -> Mention:
        first, last = sentence.tokens[tok_start], sentence.tokens[tok_end - 1]
        text = sentence.text[first.start - sentence.start : last.end - sentence.start]
        return _new_mention(
            tok_start, tok_end, first.start, last.end, text, id, name, kind, actor_kind,
            country, parent, role, prefix, method,
        )

    def _actor_mention(
        self, sentence: Sentence, tok_start: int, tok_end: int, prefix: str, actor_id: str,
        method: str = "registry", role: str | None = None, parent: str | None = None,
    ) -> Mention:
        if role is None and parent is None:
            return self._mention(sentence, tok_start, tok_end, *self._actor_fields[actor_id],
                                 prefix, method)
        name, kind, country, own_parent, own_role, _ = self._actors[actor_id]
        return self._mention(
            sentence, tok_start, tok_end, actor_id, name, "actor", kind, country,
            own_parent or parent, role or own_role, prefix, method,
        )

    @staticmethod
    def _longest_phrase(
        trie: dict[str, list[Any]], norms: list[str], j: int
    ) -> tuple[int, tuple[tuple[str, Any], ...]] | None:
        """(length, entries) of the longest phrase of ``trie`` (one of the kind tries) that
        starts at token ``j`` with no clitic stripped, or None.

        The first of :meth:`_readings` with ``allow_prefix`` False and that trie, found by
        one walk that builds no list.
        """
        if j >= len(norms):
            return None
        node = trie.get(norms[j])
        if node is None:
            return None
        entries, following = node
        found = None if entries is None else (1, entries)
        end = j + 1
        n = len(norms)
        while end < n and following:
            node = following.get(norms[end])
            if node is None:
                break
            entries, following = node
            end += 1
            if entries is not None:
                found = (end - j, entries)
        return found

    def _nisba_at(self, norms: list[str], j: int) -> tuple[int, str] | None:
        """(length, ISO3) of a nationality adjective at token ``j``."""
        found = self._longest_phrase(self._nisba_trie, norms, j)
        return None if found is None else (found[0], found[1][0][1])

    def _state_at(self, norms: list[str], j: int) -> tuple[int, str] | None:
        """(length, ISO3) of a state's name at token ``j`` (no clitic before it)."""
        found = self._longest_phrase(self._state_trie, norms, j)
        return None if found is None else (found[0], self._actors[found[1][0][1]][2])

    def _composed(
        self, country: str, agent_id: str, what: str | None = None
    ) -> tuple[str, str, str]:
        """(id, name, actor kind) of a generic agent (or office) composed with a country.

        The registry's actor for (country, agent) when it lists one, else the id
        ``'{iso3}.{agent}'`` named from the country's demonym and ``what`` (by default the
        agent's English name, lower case).
        """
        actor_id = self._country_agents.get((country, agent_id))
        if actor_id is None and f"{country.lower()}.{agent_id}" in self._actors:
            actor_id = f"{country.lower()}.{agent_id}"
        if actor_id is not None:
            name, kind, *_ = self._actors[actor_id]
            return actor_id, name, kind
        generic = self._actors.get(agent_id)
        if what is None:
            what = generic[0].lower() if generic else agent_id.replace("_", " ")
            what = what.removeprefix("the ")  # 'The people' -> 'Iraqi people'
        kind = generic[1] if generic else "person"
        return f"{country.lower()}.{agent_id}", self._qualified(country, what), kind

    def _qualified(self, country: str, what: str) -> str:
        """'Iraqi army' from ('IRQ', 'army'); 'army (Iraq)' without a demonym."""
        demonym = self._demonyms.get(country)
        if demonym:
            return f"{demonym} {what}"
        state = self._state_of.get(country)
        state_name = self._actors[state][0] if state else country
        return f"{what} ({state_name})"

    def _agent_mention(
        self, sentence: Sentence, norms: list[str], i: int, length: int, prefix: str,
        agent_id: str, kind: str,
    ) -> Mention | None:
        j = i + length
        nationality = self._nisba_at(norms, j)
        if nationality is None and j + 1 < len(norms) and norms[j] in self._agent_adjectives:
            # one adjective between the agent and its nationality (القوات الخاصة العراقية،
            # قوات خاصة أمريكية), all three definite or all three indefinite
            definite = norms[j - 1].startswith(_ARTICLE)
            if norms[j].startswith(_ARTICLE) == definite == norms[j + 1].startswith(_ARTICLE):
                after = self._nisba_at(norms, j + 1)
                if after is not None:
                    nationality = (after[0] + 1, after[1])
        if nationality is not None and kind == _AGENT_BARE and norms[j].startswith(_ARTICLE):
            nationality = None  # an indefinite noun takes an indefinite adjective: قوات أمريكية
        if nationality is None and kind == _AGENT_BARE:
            # a state's name attaches to the construct form only (حكومة بغداد); after the
            # definite form it is another mention (انتشر الجيش بغداد is not Baghdad's army)
            nationality = self._state_at(norms, j)
        if nationality is not None:
            extra, country = nationality
            actor_id, name, actor_kind = self._composed(country, agent_id)
            return self._mention(
                sentence, i, j + extra, actor_id, name, "actor", actor_kind, country, None,
                None, prefix, "composed",
            )
        if kind == _AGENT_BARE:
            return None
        return self._actor_mention(sentence, i, j, prefix, agent_id)

    def _name_follows(self, sentence: Sentence, norms: list[str], j: int) -> bool:
        """Whether a registry person or a name starts at token `j`."""
        if j >= len(norms):
            return False
        found = self._longest_phrase(self._actor_trie, norms, j)
        if found is not None and any(self._actors[v][1] == "person" for _, v in found[1]):
            return True
        return self._name_end(sentence, norms, j) > j

    def _role_mention(
        self, sentence: Sentence, norms: list[str], i: int, length: int, prefix: str,
        role_entry: tuple[int, bool],
    ) -> Mention | None:
        role_number, construct = role_entry
        key, role, scopes, unnamed, body, needs_scope = self._roles[role_number]
        needs_scope = needs_scope or construct
        j = i + length
        country: str | None = None
        organisation: Mention | None = None
        # A role ending in a definite word (النائب، وزير الخارجية) takes a nationality only as an
        # adjective; a name after it is not its possessor (زار وزير الخارجية بغداد: he visited
        # Baghdad). Only a construct form (وزير خارجية إيران، زعيم التيار) or a preposition
        # (المتحدث باسم، القيادي في، الأمين العام لـ) attaches a following name.
        attaches = not norms[j - 1].startswith(_ARTICLE)
        if "nationality" in scopes:
            found = self._nisba_at(norms, j)
            if found is None and attaches:
                found = self._state_at(norms, j)
            if found is not None:
                j += found[0]
                country = found[1]
        if country is None and "organisation" in scopes and j < len(norms):
            # no role pattern inside the scope: keeps the look-ahead bounded (no recursion)
            candidate = self._resolve(sentence, norms, j, allow_prefix=True, roles=False)
            if (
                candidate is not None
                and candidate.kind == "actor"
                and candidate.actor_kind not in ("person", "state")
                and (candidate.prefix == "ل" or (attaches and candidate.prefix == ""))
            ):
                organisation = candidate
                j = candidate.tok_end
        if organisation is not None:
            parent: str | None = organisation.id
            country = organisation.country
            scope_id = organisation.id
        elif country is not None:
            parent = self._composed(country, body)[0] if body else self._state_of.get(
                country, country.lower()
            )
            scope_id = country.lower()
        else:
            parent = scope_id = None
        if needs_scope and scope_id is None:
            return None

        # "رئيس الوزراء العراقي المستقيل عادل عبد المهدي": a modifier of the office (former,
        # resigned, designate ...) may stand before the name; it is skipped only when a name
        # follows, since the office alone ("رئيس الوزراء السابق") is not today's holder
        after_scope = j
        while j < len(norms) and norms[j] in self._role_modifiers:
            j += 1
        if j > after_scope and not self._name_follows(sentence, norms, j):
            j = after_scope
        # a registry person right after the role (and scope)
        reading = self._longest_phrase(self._actor_trie, norms, j)
        if reading is not None:
            # (only the longest actor reading: when it is no person, no name follows)
            person_length, entries = reading
            for _, person in entries:
                if self._actors[person][1] == "person":
                    return self._actor_mention(
                        sentence, i, j + person_length, prefix, person, role=role,
                        parent=parent,
                    )
        name_end = self._name_end(sentence, norms, j)
        if name_end > j:
            name_norm = "_".join(norms[j:name_end])
            name_text = " ".join(t.text for t in sentence.tokens[j:name_end])
            return self._mention(
                sentence, i, name_end, f"new:{name_norm}", name_text, "actor", "person",
                country, parent, role, prefix, "pattern",
            )
        if scope_id is None or unnamed == "none":
            return None
        if unnamed == "body":
            if organisation is not None:
                return self._mention(
                    sentence, i, j, organisation.id, organisation.name, "actor",
                    organisation.actor_kind, country, parent, role, prefix, "pattern",
                )
            assert country is not None
            if body:
                body_id, body_name, body_kind = self._composed(country, body)
            else:
                body_id = self._state_of.get(country, country.lower())
                body_name = self._actors[body_id][0] if body_id in self._actors else country
                body_kind = "state"
            return self._mention(
                sentence, i, j, body_id, body_name, "actor", body_kind, country, parent, role,
                prefix, "pattern",
            )
        # composed office: '{organisation}.{key}', or the country's office '{iso3}.{key}'
        role_name = role or key.replace("_", " ")
        if organisation is not None:
            office_id, name, office_kind = (
                f"{scope_id}.{key}", f"{organisation.name} {role_name}", "person"
            )
        else:
            assert country is not None
            office_id, name, office_kind = self._composed(country, key, role_name)
        return self._mention(
            sentence, i, j, office_id, name, "actor", office_kind, country, parent, role,
            prefix, "pattern",
        )

    def _not_a_first_name(self, word: str, written: str) -> bool:
        """Whether a word cannot open a person's name.

        Names do not open with the article (also behind a clitic: بالوكالة), and adverbial
        accusatives that often follow a role (احتجاجاً، تعبيراً) carry tanween or end in
        alef; first names ending in alef are short (رضا) or written with alef maqsura. A
        preposition clitic before a word in ta marbuta (أشاد رئيس الوزراء بخدمة ...) is a
        governed noun: a man's first name does not take a preposition after his title.
        """
        bare = dediac_ar(written)
        return (
            word.startswith(_ARTICLE_FORMS)
            or word.startswith(("وب", "وك", "فب", "فك", "فل"))  # 'and' + a preposition
            or "\u064b" in written
            or (len(word) >= 5 and word.endswith("ا"))
            or (len(bare) >= 4 and bare[0] in self._preposition_clitics and bare.endswith("ة"))
        )

    def _name_end(self, sentence: Sentence, norms: list[str], j: int) -> int:
        """End of a person's name starting at token ``j`` (``j`` when there is none)."""
        end = j
        words = 0
        n = len(norms)
        while end < n and words < _MAX_NAME_WORDS and end - j < _MAX_NAME_TOKENS:
            word = norms[end]
            if (
                _ARABIC_WORD_RE.fullmatch(word) is None
                or len(word) < 2
                or word in self._stopwords
                or dediac_ar(sentence.tokens[end].text) in self._written_stopwords
                or (len(word) >= 4 and word.endswith("وا"))  # plural verbs: كانوا، قالوا
                or (end > j and word.startswith("و"))  # 'and': the name has ended
                # a preposition with the article is no name ("علي الدباغ بالخطة")
                or (end > j and word.startswith(_CLITIC_ARTICLES))
                or (end == j and self._not_a_first_name(word, sentence.tokens[end].text))
                or any(prefix for prefix, _, _ in self._heads(word))  # و + a known word
                or self._longest_phrase(self._trie, norms, end) is not None  # a phrase starts
            ):
                break
            if word not in self._particles:
                words += 1
            end += 1
        while end > j and norms[end - 1] in self._particles:
            end -= 1
        return end
