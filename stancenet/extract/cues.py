"""The stance cue lexicon: loading the packaged YAML data and finding cues in a sentence.

The lexicon (``stancenet/extract/data/cues.yaml``) lists the Arabic words and phrases that
carry a stance, each with its event-data category, polarity, Goldstein-like weight and the place
where its target is read. :func:`load_lexicon` reads it (plus user files merged on top) and
compiles it once into a :class:`Lexicon`: a dictionary keyed by the normalised first token
(with every clitic prefix the data allows already attached), whose values are the candidate
token tuples, longest first. Finding the cues of a sentence is then one dictionary look-up per
token. The compiled lexicon is plain data and pickles, so it travels to worker processes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import compress
from pathlib import Path
from typing import Any

import yaml

from stancenet.text import normalize
from stancenet.text._records import slot_constructor

__all__ = [
    "CATEGORIES",
    "TARGET_POSITIONS",
    "Cue",
    "CueEntry",
    "Lexicon",
    "LexiconError",
    "default_lexicon",
    "load_lexicon",
]

#: the cue families (CAMEO-like) a lexicon entry may belong to
CATEGORIES: tuple[str, ...] = (
    "appeal",
    "consult",
    "cooperate",
    "support",
    "praise",
    "demand",
    "disapprove",
    "accuse",
    "reject",
    "threaten",
    "protest",
    "attack",
    "affiliation",
)

#: where a cue's target is read (see the header of cues.yaml)
TARGET_POSITIONS: tuple[str, ...] = ("object", "prepositional", "predicate", "descriptor")

_NEGATION_POLICIES = ("flip", "drop")
# last letters after which a noun takes no tanween alef (ة, ى, alef, hamza)
_NO_TANWEEN = frozenset("هاءيى")
_TANWEEN_CATEGORIES = frozenset({"support", "praise", "reject", "disapprove", "protest"})
# entries whose verb takes its target as a direct object, which may be a pronoun suffix
_OBJECT_TARGETS = frozenset({"object", "prepositional"})
# bound of the memo of what each word opens
_MEMO_LIMIT = 200_000
# libyaml's loader when it is available: the packaged lexicon loads several times faster
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LexiconError(ValueError):
    """A cue lexicon file is malformed (the message names the file, the entry and the field)."""


@dataclass(frozen=True, slots=True)
class CueEntry:
    """One lexicon entry: what a cue means, whatever form it takes in the text.

    Attributes
    ----------
    key : str
        Unique name of the entry (``'condemn'``, ``'welcome'``).
    category : str
        One of :data:`CATEGORIES`.
    polarity : int
        +1 or -1 toward the target.
    weight : float
        Goldstein-like magnitude (0.5 .. 10).
    target : str
        One of :data:`TARGET_POSITIONS`.
    prep : tuple of str
        Normalised prepositions that introduce the target (``('ب',)``, ``('مع',)``).
    actor_only : bool
        The stance applies to actors only (an attack on an issue is no statement).
    event : bool
        An event verb (attack, protest) whose subject may be any noun phrase.
    symmetric : bool
        A relation both sides enter (meet, agree, ally): the statement is also read from
        the target to the source.
    issue_only : bool
        The cue states a stance only toward an issue ("ستكون حكومة أغلبية").
    reported_only : bool
        The cue is a stance only inside reported speech, as the speaker's ("قال X إن ...").
    """

    key: str
    category: str
    polarity: int
    weight: float
    target: str
    prep: tuple[str, ...] = ()
    actor_only: bool = False
    event: bool = False
    symmetric: bool = False
    issue_only: bool = False
    reported_only: bool = False


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue found in a sentence.

    Attributes
    ----------
    tok_start, tok_end : int
        Token span ``[tok_start, tok_end)`` inside the sentence.
    start, end : int
        Character offsets in the document.
    text : str
        Surface text of the cue.
    entry : CueEntry or None
        The lexicon entry; None for a reported-speech frame.
    kind : str
        ``'verb'``, ``'noun'``, ``'form'`` (a listed form or phrase), ``'participle'`` (an
        adverbial participle that shares the sentence's subject: مطالباً، داعياً),
        ``'speech'`` (a reported-speech verb), ``'speech_participle'`` (مؤكداً، قائلاً) or
        ``'attribution'`` (بحسب X, وفقا لـ X).
    prefix : str
        Clitic prefix stripped from the first token (``'و'``, ``'وس'``, ``'بال'`` ...).
    suffix : str
        Possessive suffix on a verbal noun (``'ه'`` in رفضه) or object pronoun on a verb
        (``'ه'`` in اتهمه), '' otherwise.
    """

    tok_start: int
    tok_end: int
    start: int
    end: int
    text: str
    entry: CueEntry | None
    kind: str
    prefix: str = ""
    suffix: str = ""


# a cue is built for every cue word of a corpus: skip the frozen __init__'s generic setattr
_new_cue = slot_constructor(Cue)

# one compiled pattern: (normalised tokens, entry or None, kind, prefix, suffix)
_Pattern = tuple[tuple[str, ...], CueEntry | None, str, str, str]


@dataclass
class Lexicon:
    """A compiled cue lexicon.

    Build it with :func:`load_lexicon` or :func:`default_lexicon`. The compiled index maps
    the normalised first token of a cue (prefixes included) to the patterns that start with
    it, longest first.

    Attributes
    ----------
    entries : dict of str to CueEntry
        Entries by key.
    surface_forms : dict of str to tuple of str
        The surface forms of each entry as written in the data (or generated from a verb),
        before prefixes and suffixes are added.
    negators : frozenset of str
        Normalised negation words.
    negation_window : int
        How many tokens before a cue a negator may stand.
    negation_policy : dict of str to str
        Category -> ``'flip'`` or ``'drop'``.
    syntax : dict of str to frozenset of tuple of str
        The closed word classes of the ``syntax`` section (``gap_words``, ``prepositions``,
        ``complementizers``, ``agent_markers``, ``clause_breaks``, ``quantifiers``,
        ``non_heads``), as normalised token tuples.
    speaks_for_roles : frozenset of str
        Mention roles whose statements are also the statements of their ``parent`` body.
    aligned_groups : tuple
        ``(generic agent ids, target id, polarity, actor id)``: a generic group described as
        aligned with the target is that actor.
    represents_state : frozenset of str
        Agent names (embassy, consulate, ambassador) whose composed ids stand for their state
        as targets.
    appeal_publics : frozenset of str
        Generic agents an appeal addresses without a stance toward them.
    member_agents : frozenset of str
        Generic agents that, followed by an organisation, act for it ("نواب الإطار").
    noun_forms : frozenset of str
        Normalised verbal nouns of the entries (to tell دعم the noun from دعم the verb).
    launch : tuple
        ``(launch verbs, launch objects, entry)`` from the ``syntax`` section: an attack verb
        split from what it launches by its subject ("أطلق الحرس الثوري ... صواريخ على X").
    """

    entries: dict[str, CueEntry]
    surface_forms: dict[str, tuple[str, ...]]
    negators: frozenset[str]
    negation_window: int
    negation_policy: dict[str, str]
    index: dict[str, list[_Pattern]] = field(default_factory=dict, repr=False)
    syntax: dict[str, frozenset[tuple[str, ...]]] = field(default_factory=dict, repr=False)
    speaks_for_roles: frozenset[str] = frozenset()
    aligned_groups: tuple[tuple[frozenset[str], str, int, str], ...] = ()
    represents_state: frozenset[str] = frozenset()
    appeal_publics: frozenset[str] = frozenset()
    noun_forms: frozenset[str] = frozenset()
    member_agents: frozenset[str] = frozenset()
    sources: tuple[str, ...] = ()
    launch: tuple[frozenset[str], frozenset[str], CueEntry | None] = (frozenset(), frozenset(),
                                                                        None)

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def n_forms(self) -> int:
        """Number of surface forms in the data (before prefixes and suffixes are added)."""
        return sum(len(forms) for forms in self.surface_forms.values())

    @property
    def n_keys(self) -> int:
        """Number of compiled first-token keys (with prefixes and suffixes)."""
        return len(self.index)

    def categories(self) -> dict[str, int]:
        """Number of entries in each category."""
        counts: dict[str, int] = {}
        for entry in self.entries.values():
            counts[entry.category] = counts.get(entry.category, 0) + 1
        return counts

    def find(self, norms: Sequence[str], tokens: Sequence[Any] | None = None) -> list[Cue]:
        """Find the cues and reported-speech frames in a sentence.

        Parameters
        ----------
        norms : sequence of str
            The normalised tokens of the sentence (``[t.norm for t in sentence.tokens]``).
        tokens : sequence of Token, optional
            The tokens themselves, to fill character offsets and surface text; without them
            offsets are token indices.

        Returns
        -------
        list of Cue
            Non-overlapping cues, the longest match at each position, in text order.

        Notes
        -----
        O(n) dictionary look-ups for a sentence of n tokens (times the few patterns that
        share a first token).
        """
        found: list[Cue] = []
        # what each word may open: its patterns arranged by their second word, or () when no
        # cue starts with it (a memo beside the fields: not pickled, rebuilt for another
        # index object); a small memo of the words seen is quicker to read than the index
        launch = self.launch
        memo = self.__dict__.get("_by_word")
        if memo is None or memo[0] is not self.index or memo[1] is not launch:
            memo = self.__dict__["_by_word"] = (self.index, launch, {})
        try:  # (a word not seen before raises KeyError: read and memoise every word then)
            starts = list(map(memo[2].__getitem__, norms))
        except KeyError:
            starts = list(map(self._starts, norms))
        n = len(norms)
        free = 0  # tokens before this one belong to a cue already
        # an attack verb split from what it launches (see _launches) needs a launch object
        # outside every cue: such a word is visited like a cue start (the memo sees to it)
        launch_objects = launch[1] if launch[2] is not None else ()
        launching = False
        # most words start no cue: visit only those that may
        for i in compress(range(n), starts):
            if i < free:
                continue
            longer, chosen = starts[i]
            if longer is not None and i + 1 < n:
                # only the patterns whose second word is the next word can match
                for pattern in longer.get(norms[i + 1], ()):
                    words = pattern[0]
                    if len(words) == 2 or tuple(norms[i + 2 : i + len(words)]) == words[2:]:
                        chosen = pattern
                        break
            if chosen is None:
                if norms[i] in launch_objects:
                    launching = True
                continue
            words, entry, kind, prefix, suffix = chosen
            end = i + len(words)
            if tokens is None:
                start_char, end_char, text = i, end, " ".join(norms[i:end])
            elif end == i + 1:
                token = tokens[i]
                start_char, end_char, text = token.start, token.end, token.text
            else:
                start_char, end_char = tokens[i].start, tokens[end - 1].end
                text = " ".join(t.text for t in tokens[i:end])
            found.append(_new_cue(i, end, start_char, end_char, text, entry, kind, prefix,
                                  suffix))
            free = end
        if launching:
            found = self._launches(norms, tokens, found)
        return found

    def _starts(self, word: str) -> tuple:
        """What a word may open (see :meth:`find`), memoised."""
        memo = self.__dict__["_by_word"][2]
        found = memo.get(word)
        if found is None:
            patterns = self.index.get(word)
            if patterns:
                found = _by_second_word(patterns)
            elif self.launch[2] is not None and word in self.launch[1]:
                found = (None, None)  # (a launch object that starts no cue: visited all the same)
            else:
                found = ()
            if len(memo) >= _MEMO_LIMIT:
                memo.clear()
            memo[word] = found
        return found

    def _launches(self, norms: Sequence[str], tokens: Sequence[Any] | None,
                  found: list[Cue]) -> list[Cue]:
        """Attack verbs split by their subject ("أطلق الحرس الثوري ... صواريخ على X"، "شن
        الجيش التركي عملية ضد Y"): a launch verb with a launch object up to twelve words later,
        in the same clause and outside any other cue, is a cue of the launch entry."""
        verbs, objects, entry = self.launch
        forms = self.__dict__.get("_launch_forms")
        if forms is None or forms[0] is not verbs:
            forms = self.__dict__["_launch_forms"] = (
                verbs, frozenset(verbs) | {c + v for v in verbs for c in ("و", "ف")})
        if forms[1].isdisjoint(norms):
            return found  # no launch verb (with or without و ف) in the sentence
        taken = {k for c in found for k in range(c.tok_start, c.tok_end)}
        stops = self.syntax.get("clause_breaks", frozenset()) | self.syntax.get(
            "complementizers", frozenset())
        added = []
        for i, word in enumerate(norms):
            prefix = word[:1] if word[:1] in ("و", "ف") and word[1:] in verbs else ""
            if i in taken or (not prefix and word not in verbs):
                continue
            if i + 2 < len(norms) and norms[i + 1] == "علي" and norms[i + 2].startswith(
                    ("نفس", "انفس")):
                continue  # "جماعة تطلق على نفسها اسم": naming, not launching
            for k in range(i + 1, min(i + 13, len(norms))):
                if k in taken or norms[k] in (".", "،", ",") or (norms[k],) in stops:
                    break
                if norms[k] in objects:
                    start, end, text = (tokens[i].start, tokens[i].end, tokens[i].text) \
                        if tokens is not None else (i, i + 1, word)
                    added.append(Cue(i, i + 1, start, end, text, entry, "verb", prefix))
                    break
        if not added:
            return found
        return sorted([*found, *added], key=lambda c: c.tok_start)

    def __getstate__(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            setattr(self, name, value)


def _by_second_word(patterns: list[_Pattern]) -> tuple[dict[str, list[_Pattern]] | None,
                                                       _Pattern | None]:
    """The patterns of one first word (longest first) arranged for matching: those of two
    words or more by their second word, each list in the original order, and the first
    one-word pattern (which always matches, and is tried after every longer one)."""
    longer: dict[str, list[_Pattern]] = {}
    single = None
    for pattern in patterns:
        if len(pattern[0]) > 1:
            if single is not None:
                # not longest first (a hand-built index): the one-word pattern before it
                # wins, as the patterns are tried in their order
                break
            longer.setdefault(pattern[0][1], []).append(pattern)
        elif single is None:
            single = pattern
    return (longer or None), single


def _as_list(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LexiconError(f"{where} must be a list of non-empty strings, got {value!r}")
    return [v.strip() for v in value]


def _inflect_verb(perfect: str, imperfect: str) -> list[str]:
    """The regular paradigm of a sound verb from its perfect and imperfect 3rd masc. sing.

    Perfect: 3ms, 3fs (ت), 3mp (وا), 3md (ا), 3fd (تا). Imperfect: the four person prefixes
    (ي ت ن أ), the plural (ون) and subjunctive/jussive plural (وا), the dual (ان).
    """
    forms = [perfect, perfect + "ت", perfect + "وا", perfect + "ا", perfect + "تا"]
    stem = imperfect[1:] if imperfect[:1] in "يت" else imperfect
    for person in ("ي", "ت", "ن", "أ"):
        forms.append(person + stem)
    forms += ["ي" + stem + "ون", "ت" + stem + "ون", "ي" + stem + "وا", "ي" + stem + "ان",
              "ت" + stem + "ان"]
    return forms


def _aligned(raw: Any) -> tuple[frozenset[str], str, int, str]:
    where = f"aligned_groups entry {raw!r}"
    if not isinstance(raw, dict) or not {"agents", "target", "polarity", "actor"} <= set(raw):
        raise LexiconError(f"{where}: needs fields agents, target, polarity, actor")
    if raw["polarity"] not in (1, -1):
        raise LexiconError(f"{where}: field 'polarity' must be 1 or -1")
    return (frozenset(_as_list(raw["agents"], f"{where}: field 'agents'")), str(raw["target"]),
            int(raw["polarity"]), str(raw["actor"]))


def _with_object(verb: str, pronoun: str) -> str:
    """A normalised verb form with an object pronoun (اتهموا + ه -> اتهموه)."""
    if verb.endswith("وا"):
        return verb[:-1] + pronoun
    return verb + pronoun


def _suffixed(noun: str, suffix: str) -> str:
    """A normalised noun with a possessive suffix (a final ه from ة becomes ت)."""
    if noun.endswith("ه"):
        return noun[:-1] + "ت" + suffix
    return noun + suffix


def _read_yaml(path: Path | str | None) -> tuple[dict[str, Any], str]:
    if path is None:
        text = resources.files("stancenet.extract").joinpath("data/cues.yaml").read_text("utf-8")
        name = "stancenet/extract/data/cues.yaml"
    else:
        path = Path(path)
        if not path.is_file():
            raise LexiconError(f"cue lexicon file not found: {str(path)!r}")
        text = path.read_text("utf-8")
        name = str(path)
    try:
        data = yaml.load(text, Loader=_YAML_LOADER)
    except yaml.YAMLError as err:
        raise LexiconError(f"{name}: not valid YAML ({err})") from err
    if not isinstance(data, dict):
        raise LexiconError(f"{name}: expected a mapping at the top level")
    return data, name


def _entry(raw: Any, categories: dict[str, dict], where: str) -> CueEntry:
    if not isinstance(raw, dict):
        raise LexiconError(f"{where}: an entry must be a mapping, got {raw!r}")
    key = raw.get("key")
    if not isinstance(key, str) or not key.strip():
        raise LexiconError(f"{where}: field 'key' must be a non-empty string")
    where = f"{where} {key!r}"
    category = raw.get("category")
    if category not in CATEGORIES:
        raise LexiconError(f"{where}: field 'category' must be one of {CATEGORIES}, got {category!r}")
    defaults = categories.get(category, {})
    polarity = raw.get("polarity", defaults.get("polarity"))
    if polarity not in (1, -1):
        raise LexiconError(f"{where}: field 'polarity' must be 1 or -1, got {polarity!r}")
    weight = raw.get("weight", defaults.get("weight", 1.0))
    if not isinstance(weight, (int, float)) or not 0.5 <= float(weight) <= 10:
        raise LexiconError(f"{where}: field 'weight' must be a number in [0.5, 10], got {weight!r}")
    target = raw.get("target", "object")
    if target not in TARGET_POSITIONS:
        raise LexiconError(
            f"{where}: field 'target' must be one of {TARGET_POSITIONS}, got {target!r}"
        )
    prep = tuple(normalize(p) for p in _as_list(raw.get("prep"), f"{where}: field 'prep'"))
    return CueEntry(
        key=key,
        category=category,
        polarity=int(polarity),
        weight=float(weight),
        target=target,
        prep=prep,
        actor_only=bool(raw.get("actor_only", False)),
        event=bool(raw.get("event", False)),
        symmetric=bool(raw.get("symmetric", False)),
        issue_only=bool(raw.get("issue_only", False)),
        reported_only=bool(raw.get("reported_only", False)),
    )


def load_lexicon(*paths: str | Path, include_defaults: bool = True) -> Lexicon:
    """Read cue lexicon files and compile them.

    Parameters
    ----------
    *paths : str or Path
        User lexicon files in the format of the packaged ``cues.yaml`` (only ``entries`` is
        needed). Their entries are merged on top of the packaged ones: an entry with a key
        already present replaces it.
    include_defaults : bool, default True
        Start from the packaged lexicon.

    Returns
    -------
    Lexicon
        The compiled, picklable lexicon.

    Raises
    ------
    LexiconError
        A file is missing or malformed; the message names the file, the entry and the field.
    """
    documents = []
    if include_defaults:
        documents.append(_read_yaml(None))
    documents.extend(_read_yaml(p) for p in paths)
    if not documents:
        raise LexiconError("load_lexicon: no lexicon given (include_defaults=False and no paths)")

    settings: dict[str, Any] = {}
    entries: dict[str, CueEntry] = {}
    raw_entries: dict[str, dict[str, Any]] = {}
    for data, name in documents:
        for section in ("categories", "prefixes", "suffixes", "negation", "speech", "syntax"):
            if section in data:
                if not isinstance(data[section], dict):
                    raise LexiconError(f"{name}: section {section!r} must be a mapping")
                settings.setdefault(section, {}).update(data[section])
        for section in ("negators", "negation_window", "speaks_for_roles", "aligned_groups",
                        "represents_state", "appeal_publics", "member_agents"):
            if section in data:
                settings[section] = data[section]
        raw_list = data.get("entries", [])
        if not isinstance(raw_list, list):
            raise LexiconError(f"{name}: section 'entries' must be a list")
        for i, raw in enumerate(raw_list):
            entry = _entry(raw, settings.get("categories", {}), f"{name}: entries[{i}]")
            entries[entry.key] = entry
            raw_entries[entry.key] = raw

    policy = {c: settings.get("negation", {}).get(c, "flip") for c in CATEGORIES}
    for category, rule in policy.items():
        if rule not in _NEGATION_POLICIES:
            raise LexiconError(
                f"negation policy for {category!r} must be one of {_NEGATION_POLICIES}, got {rule!r}"
            )
    prefixes = settings.get("prefixes", {})
    verb_prefixes = [""] + [normalize(p) for p in _as_list(prefixes.get("verb"), "prefixes.verb")]
    noun_prefixes = [""] + [normalize(p) for p in _as_list(prefixes.get("noun"), "prefixes.noun")]
    form_prefixes = sorted({*verb_prefixes, *noun_prefixes} - {"ك", "كال"})
    suffixes = [normalize(s) for s in _as_list(settings.get("suffixes", {}).get("noun"), "suffixes")]
    object_suffixes = [normalize(s) for s in
                       _as_list(settings.get("suffixes", {}).get("verb"), "suffixes.verb")]

    patterns: dict[tuple[str, ...], _Pattern] = {}

    def add(form: str, entry: CueEntry | None, kind: str, prefs: Iterable[str],
            sufs: Iterable[str] = ("",), attach: Callable[[str, str], str] = _suffixed) -> None:
        words = tuple(normalize(w) for w in form.split())
        if not words or not all(words):
            return
        for suffix in sufs:
            last = attach(words[-1], suffix) if suffix else words[-1]
            base = (*words[:-1], last)
            for prefix in prefs:
                if prefix.endswith("ال") and base[0].startswith("ال"):
                    continue
                key = (prefix + base[0], *base[1:])
                known = patterns.get(key)
                # a form as written beats the same string produced by adding a clitic
                if known is not None and (known[3] == "" or prefix != ""):
                    continue
                patterns[key] = (key, entry, kind, prefix, suffix)

    surface_forms: dict[str, tuple[str, ...]] = {}
    # unprefixed forms first, so that a written form always wins over a generated one
    for key, entry in entries.items():
        raw = raw_entries[key]
        where = f"entry {key!r}"
        verb = _as_list(raw.get("verb"), f"{where}: field 'verb'")
        if verb and len(verb) != 2:
            raise LexiconError(f"{where}: field 'verb' must be [perfect, imperfect], got {verb!r}")
        verb_forms = _inflect_verb(*verb) if verb else []
        forms = _as_list(raw.get("forms"), f"{where}: field 'forms'")
        nouns = _as_list(raw.get("nouns"), f"{where}: field 'nouns'")
        participles = _as_list(raw.get("participles"), f"{where}: field 'participles'")
        if not (verb_forms or forms or nouns or participles):
            raise LexiconError(
                f"{where}: needs at least one of 'verb', 'forms', 'nouns', 'participles'"
            )
        surface_forms[key] = tuple(dict.fromkeys([*verb_forms, *forms, *nouns, *participles]))
        for form in participles:
            add(form, entry, "participle", ["", "و"])
        for form in verb_forms:
            add(form, entry, "verb", [""])
        for form in forms:
            add(form, entry, "form", [""])
        for form in nouns:
            add(form, entry, "noun", [""])
    for key, entry in entries.items():
        raw = raw_entries[key]
        verb = _as_list(raw.get("verb"), key)
        for form in _inflect_verb(*verb) if verb else []:
            add(form, entry, "verb", verb_prefixes[1:])
        for form in _as_list(raw.get("forms"), key):
            add(form, entry, "form", form_prefixes[1:])
        for form in _as_list(raw.get("nouns"), key):
            add(form, entry, "noun", noun_prefixes, [s for s in suffixes])
            add(form, entry, "noun", noun_prefixes[1:])
            word = normalize(form)
            if " " not in word and word[-1:] not in _NO_TANWEEN \
                    and entry.category in _TANWEEN_CATEGORIES:
                # the accusative of purpose ("تضامناً مع"، "رفضاً لـ"، "دعماً لـ"); a meeting
                # or a threat in the accusative is an object ("استهدف اجتماعاً")
                add(word + "ا", entry, "noun", ["", "و", "ف"])

    # a verb with an object pronoun ("واتهمه بـ"، "وطالبها بـ"), after every other form: a
    # verbal noun with a possessive ("رفضه") and any written form keep their reading
    for key, entry in entries.items():
        raw = raw_entries[key]
        if entry.target not in _OBJECT_TARGETS:
            continue
        verb = _as_list(raw.get("verb"), key)
        irregular = _as_list(raw.get("object_verbs"), f"entry {key!r}: field 'object_verbs'")
        for form in [*(_inflect_verb(*verb) if verb else []), *irregular]:
            add(form, entry, "verb", verb_prefixes, object_suffixes, _with_object)

    speech = settings.get("speech", {})
    speech_forms: list[str] = []
    for pair in speech.get("verbs", []):
        pair = _as_list(pair, "speech.verbs")
        speech_forms += _inflect_verb(*pair) if len(pair) == 2 else pair
    speech_forms += _as_list(speech.get("forms"), "speech.forms")
    for form in _as_list(speech.get("participles"), "speech.participles"):
        add(form, None, "speech_participle", ["", "و"])
    for form in speech_forms:
        add(form, None, "speech", [""])
    for form in speech_forms:
        add(form, None, "speech", verb_prefixes[1:])
    for form in _as_list(speech.get("attribution"), "speech.attribution"):
        add(form, None, "attribution", ["", "و", "ف"])

    index: dict[str, list[_Pattern]] = {}
    for pattern in patterns.values():
        index.setdefault(pattern[0][0], []).append(pattern)
    for candidates in index.values():
        candidates.sort(key=lambda p: -len(p[0]))

    negators = frozenset(normalize(w) for w in _as_list(settings.get("negators"), "negators"))
    window = settings.get("negation_window", 2)
    if not isinstance(window, int) or window < 0:
        raise LexiconError(f"negation_window must be a non-negative integer, got {window!r}")
    syntax = {
        name: frozenset(
            tuple(normalize(w) for w in phrase.split())
            for phrase in _as_list(words, f"syntax.{name}")
        )
        for name, words in settings.get("syntax", {}).items()
    }
    launch_key = sorted(w for (w,) in syntax.get("launch_entry", ()) if w)
    if launch_key and launch_key[0] not in entries:
        raise LexiconError(f"syntax.launch_entry names no entry: {launch_key[0]!r}")
    launch = (frozenset(w for (w, *_) in syntax.get("launch_verbs", ())),
              frozenset(w for (w, *_) in syntax.get("launch_objects", ())),
              entries[launch_key[0]] if launch_key else None)
    return Lexicon(
        launch=launch,
        entries=entries,
        surface_forms=surface_forms,
        negators=negators,
        negation_window=window,
        negation_policy=policy,
        index=index,
        syntax=syntax,
        speaks_for_roles=frozenset(_as_list(settings.get("speaks_for_roles"), "speaks_for_roles")),
        aligned_groups=tuple(_aligned(g) for g in settings.get("aligned_groups") or ()),
        represents_state=frozenset(_as_list(settings.get("represents_state"), "represents_state")),
        appeal_publics=frozenset(_as_list(settings.get("appeal_publics"), "appeal_publics")),
        member_agents=frozenset(_as_list(settings.get("member_agents"), "member_agents")),
        noun_forms=frozenset(
            normalize(form) for key in entries for form in _as_list(raw_entries[key].get("nouns"), key)
        ),
        sources=tuple(name for _, name in documents),
    )


@cache
def default_lexicon() -> Lexicon:
    """The packaged lexicon, compiled once per process.

    Returns
    -------
    Lexicon
    """
    return load_lexicon()
