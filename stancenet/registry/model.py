"""Actor and Issue records, and the Registry that holds and looks them up.

An :class:`Actor` is anything that can take a stance or be the target of one (a person, a
party, a state, a generic agent such as "the army"); an :class:`Issue` is a policy question a
stance can be taken on. Both are frozen dataclasses that check their own fields, so a record
that exists is well formed. The :class:`Registry` maps ids to records and answers the lookups
the extraction stage needs (names, aliases, nationality adjectives, country institutions).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

import pandas as pd

__all__ = [
    "ACTOR_KINDS",
    "Actor",
    "Issue",
    "Registry",
    "RegistryError",
    "normalize_ar",
]

#: the kinds an actor may have
ACTOR_KINDS: frozenset[str] = frozenset(
    {
        "person",  # a named individual
        "party",  # a political party or movement
        "militia",  # an armed group outside (or nominally inside) the state's command
        "government",  # a cabinet or an executive as a body
        "state",  # a country spoken of as a whole (Iraq, Washington, Tehran)
        "organisation",  # companies, NGOs, international bodies, anything else organised
        "religious",  # religious authorities and institutions
        "media",  # newspapers, channels, agencies
        "agent",  # a generic agent ('the army', 'protesters') that composes with a country
        "coalition",  # an electoral or parliamentary alliance, a military coalition
        "institution",  # a state institution (parliament, a ministry, a court, an army)
    }
)

_ISO3 = re.compile(r"[A-Z]{3}")
_SECTOR = re.compile(r"[A-Z]{3}")
_ID_FORBIDDEN = re.compile(r"[\s:]")
_GENERATED_PREFIX = "new:"


class RegistryError(ValueError):
    """A registry record or file is malformed (names the file, record and field)."""


def _check_id(value: object, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise RegistryError(f"{what}: field 'id' must be a non-empty string, got {value!r}")
    body = value[len(_GENERATED_PREFIX) :] if value.startswith(_GENERATED_PREFIX) else value
    if not body or _ID_FORBIDDEN.search(body):
        raise RegistryError(
            f"{what} {value!r}: field 'id' may not contain spaces or ':' "
            "(except the prefix of generated ids such as 'new:احمد_الشريفي')"
        )
    return value


def _check_text(record: str, name: str, value: object, *, required: bool) -> None:
    if not isinstance(value, str):
        raise RegistryError(f"{record}: field {name!r} must be a string, got {value!r}")
    if required and not value.strip():
        raise RegistryError(f"{record}: field {name!r} must not be empty")


def _check_strings(record: str, name: str, values: object) -> None:
    if not isinstance(values, tuple):
        raise RegistryError(f"{record}: field {name!r} must be a tuple of strings, got {values!r}")
    for value in values:
        if not isinstance(value, str) or not value.strip():
            raise RegistryError(
                f"{record}: field {name!r} holds an empty or non-string entry {value!r}"
            )


def _check_optional_text(record: str, name: str, value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise RegistryError(
            f"{record}: field {name!r} must be a non-empty string or None, got {value!r}"
        )


@dataclass(frozen=True)
class Actor:
    """Someone or something that takes stances or is the target of them.

    Parameters
    ----------
    id : str
        Stable identifier: ISO alpha-3 in lower case for states (``'irq'``), a plain word for
        generic agents (``'army'``), ``'{iso3}.{agent}'`` for a country's institution
        (``'irq.army'``), snake case otherwise (``'muqtada_al_sadr'``).
    name_en, name_ar : str
        Readable English and Arabic names. The Arabic name is also matched in text.
    aliases_ar : tuple of str
        Other Arabic surface forms, written without clitic prefixes (و ف ب ل ك).
    aliases_en : tuple of str
        Other English names.
    kind : str
        One of :data:`ACTOR_KINDS`.
    country : str or None
        ISO 3166 alpha-3 code in upper case (``'IRQ'``).
    sector : str or None
        Three-letter sector code in the event-data tradition (GOV, MIL, REB, OPP, REL, PTY,
        IGO, MED, SPY, BUS, CVL, COP, JUD, LEG ...).
    parent : str or None
        Id of the body a person speaks for or an organisation belongs to.
    bloc : str or None
        Optional alignment label (``'resistance_axis'``).
    role : str or None
        For persons, the role the press names them by (``'prime minister'``).
    agent : str or None
        For a country's institution, the generic agent it instantiates (``'army'``).
    nisba_ar : tuple of str
        For states: the nationality adjectives as the press writes them.
    """

    id: str
    name_en: str
    name_ar: str
    aliases_ar: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    kind: str = "organisation"
    country: str | None = None
    sector: str | None = None
    parent: str | None = None
    bloc: str | None = None
    role: str | None = None
    agent: str | None = None
    nisba_ar: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _check_id(self.id, "actor")
        record = f"actor {self.id!r}"
        _check_text(record, "name_en", self.name_en, required=True)
        _check_text(record, "name_ar", self.name_ar, required=True)
        for name in ("aliases_ar", "aliases_en", "nisba_ar"):
            _check_strings(record, name, getattr(self, name))
        if self.kind not in ACTOR_KINDS:
            raise RegistryError(
                f"{record}: field 'kind' is {self.kind!r}; expected one of {sorted(ACTOR_KINDS)}"
            )
        if self.country is not None and (
            not isinstance(self.country, str) or not _ISO3.fullmatch(self.country)
        ):
            raise RegistryError(
                f"{record}: field 'country' is {self.country!r}; expected an ISO 3166 alpha-3 "
                "code in upper case such as 'IRQ', or nothing"
            )
        if self.sector is not None and (
            not isinstance(self.sector, str) or not _SECTOR.fullmatch(self.sector)
        ):
            raise RegistryError(
                f"{record}: field 'sector' is {self.sector!r}; expected a three-letter upper-case "
                "code such as 'GOV', or nothing"
            )
        for name in ("parent", "bloc", "role", "agent"):
            _check_optional_text(record, name, getattr(self, name))

    @property
    def surface_forms_ar(self) -> tuple[str, ...]:
        """The Arabic name followed by the Arabic aliases, without repeats."""
        return tuple(dict.fromkeys((self.name_ar, *self.aliases_ar)))


@dataclass(frozen=True)
class Issue:
    """A policy question actors take stances on.

    Parameters
    ----------
    id : str
        Snake-case identifier that is never also an actor id (``'us_withdrawal'``).
    name_en, name_ar : str
        Readable names.
    keywords_ar : tuple of str
        Arabic phrases that name the issue in text (without clitic prefixes). A stance
        toward one of them is a stance toward the issue with the same sign.
    keywords_en : tuple of str
        English phrases.
    description : str
        One or two sentences saying what the issue is and which side "support" means.
    counter_keywords_ar : tuple of str
        Arabic phrases that name the opposite of the issue (for ``us_withdrawal``: "the US
        military presence"; for ``protests_reform``: "the repression of protesters"). A stance
        toward one of them is a stance toward the issue with the sign reversed: rejecting the
        presence supports the withdrawal. Matchers that do not reverse signs should leave
        these phrases out (they are not in ``keywords_ar``).
    """

    id: str
    name_en: str
    name_ar: str
    keywords_ar: tuple[str, ...] = ()
    keywords_en: tuple[str, ...] = ()
    description: str = ""
    counter_keywords_ar: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _check_id(self.id, "issue")
        record = f"issue {self.id!r}"
        _check_text(record, "name_en", self.name_en, required=True)
        _check_text(record, "name_ar", self.name_ar, required=True)
        _check_strings(record, "keywords_ar", self.keywords_ar)
        _check_strings(record, "keywords_en", self.keywords_en)
        _check_strings(record, "counter_keywords_ar", self.counter_keywords_ar)
        _check_text(record, "description", self.description, required=False)


ACTOR_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Actor))
ISSUE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Issue))

# --- normalisation ------------------------------------------------------------------------

_SPACES = re.compile(r"\s+")


def normalize_ar(text: str) -> str:
    """Return the matching form of an Arabic (or any) string.

    The fold of :func:`stancenet.text.normalize` (alef and hamza-on-alef forms to ا, ى to
    ي, ة to ه, diacritics and tatweel removed) with runs of white space collapsed. The
    result is also lower-cased, so English names match case-insensitively.

    Parameters
    ----------
    text : str
        Any string.

    Returns
    -------
    str
        The normalised string.
    """
    from stancenet.text import normalize  # imported here: camel-tools loads on first use

    return _SPACES.sub(" ", normalize(text)).strip().lower()


# --- the registry -------------------------------------------------------------------------

_SEARCH_COLUMNS = ["id", "type", "name_en", "name_ar", "kind", "country", "matched"]


@dataclass
class Registry:
    """Actors and issues by id, with the lookups extraction needs.

    Parameters
    ----------
    actors : mapping or iterable of Actor
        The actors, by id (an iterable is keyed by each actor's id; a later record
        replaces an earlier one with the same id).
    issues : mapping or iterable of Issue
        The issues, by id.
    load_problems : list of str
        Problems noticed while loading (duplicate ids inside one file); :meth:`validate`
        reports them with the problems it finds itself.

    Notes
    -----
    The lookup index behind :meth:`agent_actor`, :meth:`country_of_nisba` and
    :meth:`search` is built on first use and not updated afterwards: to change the content,
    build a new registry (``Registry(actors, issues)`` or :func:`load_registry`) rather than
    editing ``actors`` or ``issues`` in place. A registry pickles without its index.
    """

    actors: dict[str, Actor] = field(default_factory=dict)
    issues: dict[str, Issue] = field(default_factory=dict)
    load_problems: list[str] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self.actors = _by_id(self.actors, Actor, "actors")
        self.issues = _by_id(self.issues, Issue, "issues")
        self.load_problems = list(self.load_problems)
        self._index: dict[str, Any] | None = None

    # pickling: the lookup index is rebuilt on demand rather than stored
    def __getstate__(self) -> dict[str, Any]:
        return {"actors": self.actors, "issues": self.issues, "load_problems": self.load_problems}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.actors = state["actors"]
        self.issues = state["issues"]
        self.load_problems = state["load_problems"]
        self._index = None

    def __len__(self) -> int:
        return len(self.actors) + len(self.issues)

    def __contains__(self, id: object) -> bool:
        return id in self.actors or id in self.issues

    def __repr__(self) -> str:
        return f"Registry({len(self.actors)} actors, {len(self.issues)} issues)"

    # lookups -------------------------------------------------------------------------------

    def get(self, id: str) -> Actor | Issue | None:
        """Return the actor or issue with this id, or None.

        Parameters
        ----------
        id : str
            An actor or issue id.

        Returns
        -------
        Actor or Issue or None
        """
        return self.actors.get(id) or self.issues.get(id)

    def name(self, id: str) -> str:
        """Return the readable English name of an actor or issue, falling back to the id.

        Ids the registry does not list are read as :meth:`resolve` reads them: a composed id
        ``'irn.armed_factions'`` reads "Armed factions (Iran)", a generated id
        ``'new:احمد_الشريفي'`` reads as its Arabic name with spaces.
        """
        record = self.resolve(id)
        return record.name_en if record is not None else str(id)

    def name_ar(self, id: str) -> str:
        """Return the Arabic name of an actor or issue, falling back to the id."""
        record = self.resolve(id)
        return record.name_ar if record is not None else str(id)

    def resolve(self, id: str) -> Actor | Issue | None:
        """Return the record for an id, describing ids the registry does not list.

        Extraction makes ids of two kinds that need not be in the registry: composed ids
        ``'{owner}.{suffix}'`` (a generic agent or role of a country or organisation, such as
        ``'irn.armed_factions'`` or ``'sadrist_movement.leader'``) and generated ids
        ``'new:<normalised Arabic name>'`` for people found by their title. For those this
        returns a new :class:`Actor` built from what the id says (names, country, kind,
        agent, parent); it is not added to the registry.

        Parameters
        ----------
        id : str
            Any actor or issue id.

        Returns
        -------
        Actor or Issue or None
            None when the id is neither listed nor of a readable form.
        """
        record = self.get(id)
        if record is not None or not isinstance(id, str):
            return record
        if id.startswith("new:") and len(id) > 4:
            name = id[4:].replace("_", " ")
            return Actor(id=id, name_en=name, name_ar=name, kind="person")
        owner_id, dot, suffix = id.rpartition(".")
        owner = self.actors.get(owner_id) if dot else None
        if owner is None or not suffix:
            return None
        generic = self.actors.get(suffix)
        if generic is not None and generic.kind == "agent":
            suffix_en, suffix_ar, kind, sector = (
                generic.name_en,
                generic.name_ar,
                "agent",
                generic.sector,
            )
            name_en = f"{suffix_en} ({owner.name_en})"
            name_ar = f"{suffix_ar} ({owner.name_ar})"
        else:  # a role of an organisation or state, named by the role's key
            kind, sector = "person", None
            name_en = f"{suffix.replace('_', ' ').capitalize()} ({owner.name_en})"
            name_ar = f"{owner.name_ar} ({suffix.replace('_', ' ')})"
        return Actor(
            id=id,
            name_en=name_en,
            name_ar=name_ar,
            kind=kind,
            country=owner.country,
            sector=sector,
            parent=None if owner.kind == "state" else owner.id,
            agent=suffix if kind == "agent" and owner.kind == "state" else None,
            role=None if kind == "agent" else suffix.replace("_", " "),
        )

    def agent_actor(self, country: str | None, agent: str) -> Actor | None:
        """Return the registry's actor for a generic agent of a country.

        Parameters
        ----------
        country : str or None
            ISO alpha-3 code, either case (``'IRQ'``, ``'irq'``). None returns the generic
            agent itself.
        agent : str
            A generic agent id (``'army'``, ``'parliament'``).

        Returns
        -------
        Actor or None
            The actor listed as ``'{iso3}.{agent}'`` (or any actor of that country with that
            ``agent``), None when the registry has none.
        """
        if country is None:
            actor = self.actors.get(agent)
            return actor if actor is not None and actor.kind == "agent" else None
        return self._lookups()["agents"].get((country.upper(), agent))

    def country_of_nisba(self, word: str) -> str | None:
        """Return the ISO alpha-3 code a nationality adjective refers to.

        Parameters
        ----------
        word : str
            A nisba as written, e.g. ``'العراقي'``, ``'الأمريكية'``, ``'إيرانيين'``.

        Returns
        -------
        str or None
            ``'IRQ'``, ``'USA'`` ..., or None when the word is no known nationality adjective.
        """
        return self._lookups()["nisba"].get(normalize_ar(word))

    def state_of_country(self, country: str) -> Actor | None:
        """Return the state actor of an ISO alpha-3 code (``'IRQ'`` -> the actor ``irq``)."""
        actor = self.actors.get(country.lower())
        return actor if actor is not None and actor.kind == "state" else None

    def nisba_forms(self) -> dict[str, str]:
        """Return every known nationality adjective (normalised) with its ISO alpha-3 code."""
        return dict(self._lookups()["nisba"])

    def generic_agents(self) -> list[Actor]:
        """Return the generic agents (actors of kind ``'agent'``), in id order."""
        return [a for _, a in sorted(self.actors.items()) if a.kind == "agent"]

    def search(self, text: str) -> pd.DataFrame:
        """Find actors and issues whose names or aliases contain ``text``.

        Matching is on normalised forms, so hamza, alef-maqsura, ta-marbuta and diacritic
        variants match each other and English matches case-insensitively.

        Parameters
        ----------
        text : str
            Arabic or English text.

        Returns
        -------
        pandas.DataFrame
            Columns ``id, type, name_en, name_ar, kind, country, matched``: one row per
            matching record, exact matches first; ``matched`` is the name or alias that
            matched. ``kind`` is ``'issue'`` for issues.
        """
        if not isinstance(text, str) or not text.strip():
            raise ValueError(f"search: text must be a non-empty string, got {text!r}")
        query = normalize_ar(text)
        rows: list[tuple[int, dict[str, Any]]] = []
        for record_type, record, forms in self._lookups()["forms"]:
            hits = [(form, norm) for form, norm in forms if query in norm]
            if not hits:
                continue
            exact = [form for form, norm in hits if norm == query]
            row = {
                "id": record.id,
                "type": record_type,
                "name_en": record.name_en,
                "name_ar": record.name_ar,
                "kind": record.kind if isinstance(record, Actor) else "issue",
                "country": record.country if isinstance(record, Actor) else None,
                "matched": exact[0] if exact else hits[0][0],
            }
            rows.append((0 if exact else 1, row))
        rows.sort(key=lambda row: (row[0], row[1]["id"]))
        return pd.DataFrame([row for _, row in rows], columns=_SEARCH_COLUMNS)

    # tables ---------------------------------------------------------------------------------

    def alias_table(self) -> pd.DataFrame:
        """Return every Arabic surface form the registry can match, one row per form.

        Returns
        -------
        pandas.DataFrame
            Columns ``form`` (as written), ``norm`` (:func:`normalize_ar` of it), ``n_tokens``
            (white-space separated words in ``norm``), ``id``, ``type`` (``'actor'`` or
            ``'issue'``), ``field`` (``'name_ar'``, ``'aliases_ar'``, ``'keywords_ar'`` or
            ``'counter_keywords_ar'``) and ``polarity`` (-1 for counter keywords, whose
            stances count against the issue, +1 otherwise). Rows are sorted longest first,
            so that a matcher trying them in order prefers the longest match
            ("كتائب حزب الله" before "حزب الله").
        """
        rows = []
        for record_type, records in (("actor", self.actors), ("issue", self.issues)):
            for record in records.values():
                if isinstance(record, Actor):
                    groups = [("name_ar", (record.name_ar,)), ("aliases_ar", record.aliases_ar)]
                else:
                    groups = [
                        ("name_ar", (record.name_ar,)),
                        ("keywords_ar", record.keywords_ar),
                        ("counter_keywords_ar", record.counter_keywords_ar),
                    ]
                seen: set[str] = set()
                for field_name, forms in groups:
                    polarity = -1 if field_name == "counter_keywords_ar" else 1
                    for form in forms:
                        norm = normalize_ar(form)
                        if norm in seen:
                            continue
                        seen.add(norm)
                        rows.append(
                            (
                                form,
                                norm,
                                len(norm.split()),
                                record.id,
                                record_type,
                                field_name,
                                polarity,
                            )
                        )
        columns = ["form", "norm", "n_tokens", "id", "type", "field", "polarity"]
        table = pd.DataFrame(rows, columns=columns)
        return table.sort_values(
            ["n_tokens", "norm", "id"], ascending=[False, True, True], ignore_index=True
        )

    def actors_frame(self) -> pd.DataFrame:
        """Return the actors as a table, one row per actor in id order.

        Tuple fields (aliases, nisba forms) are joined with ``'|'``.
        """
        return _frame(self.actors, ACTOR_FIELDS)

    def issues_frame(self) -> pd.DataFrame:
        """Return the issues as a table, one row per issue in id order."""
        return _frame(self.issues, ISSUE_FIELDS)

    # validation -----------------------------------------------------------------------------

    def validate(self) -> list[str]:
        """Return the problems in the registry's content, an empty list when it is clean.

        Checks: duplicate ids inside one loaded file; an Arabic or English alias (after
        normalisation) claimed by two actors; an Arabic keyword claimed by two issues, or
        both by an actor and an issue; a
        parent that is no actor id; an ``agent`` that is no generic agent, or a country
        institution whose id is not ``'{iso3}.{agent}'``; two actors for the same
        (country, agent); an issue id that is also an actor id.

        Returns
        -------
        list of str
            One readable message per problem.
        """
        problems = list(self.load_problems)
        problems += _shared_forms(
            self.actors.values(), lambda a: a.surface_forms_ar, "Arabic alias", "actors"
        )
        problems += _shared_forms(
            self.actors.values(),
            lambda a: tuple(dict.fromkeys((a.name_en, *a.aliases_en))),
            "English alias",
            "actors",
        )
        problems += _shared_forms(
            self.issues.values(),
            lambda i: tuple(dict.fromkeys((i.name_ar, *i.keywords_ar, *i.counter_keywords_ar))),
            "Arabic keyword",
            "issues",
        )
        actor_forms = {
            normalize_ar(form): actor.id
            for actor in self.actors.values()
            for form in actor.surface_forms_ar
        }
        for issue in self.issues.values():
            for form in dict.fromkeys(
                (issue.name_ar, *issue.keywords_ar, *issue.counter_keywords_ar)
            ):
                owner = actor_forms.get(normalize_ar(form))
                if owner is not None:
                    problems.append(
                        f"Arabic form {form!r} is both an alias of actor {owner!r} "
                        f"and a keyword of issue {issue.id!r}"
                    )
        seen_agents: dict[tuple[str | None, str], str] = {}
        for actor in self.actors.values():
            if actor.parent is not None and actor.parent not in self.actors:
                problems.append(f"actor {actor.id!r}: unknown parent {actor.parent!r}")
            if actor.parent == actor.id:
                problems.append(f"actor {actor.id!r}: is its own parent")
            if actor.agent is None:
                continue
            generic = self.actors.get(actor.agent)
            if generic is None or generic.kind != "agent":
                problems.append(
                    f"actor {actor.id!r}: agent {actor.agent!r} is not a generic agent id"
                )
            elif actor.country is None:
                problems.append(f"actor {actor.id!r}: has agent {actor.agent!r} but no country")
            elif actor.id != f"{actor.country.lower()}.{actor.agent}":
                problems.append(
                    f"actor {actor.id!r}: a country institution with agent {actor.agent!r} "
                    f"must have id '{actor.country.lower()}.{actor.agent}'"
                )
            key = (actor.country, actor.agent)
            if key in seen_agents:
                problems.append(
                    f"actors {seen_agents[key]!r} and {actor.id!r} both instantiate "
                    f"agent {actor.agent!r} for country {actor.country!r}"
                )
            seen_agents[key] = actor.id
        for issue_id in sorted(set(self.issues) & set(self.actors)):
            problems.append(f"issue id {issue_id!r} is also an actor id")
        return problems

    # internals ------------------------------------------------------------------------------

    def _lookups(self) -> dict[str, Any]:
        if self._index is None:
            agents: dict[tuple[str, str], Actor] = {}
            nisba: dict[str, str] = {}
            # explicit '{iso3}.{agent}' ids win over other actors carrying the same agent
            for actor in sorted(
                self.actors.values(),
                key=lambda a: (a.id != f"{(a.country or '').lower()}.{a.agent}", a.id),
            ):
                if actor.agent and actor.country:
                    agents.setdefault((actor.country, actor.agent), actor)
                if actor.country:
                    for form in actor.nisba_ar:
                        nisba.setdefault(normalize_ar(form), actor.country)
            forms = [
                (record_type, record, [(f, normalize_ar(f)) for f in _record_forms(record)])
                for record_type, records in (("actor", self.actors), ("issue", self.issues))
                for record in records.values()
            ]
            self._index = {"agents": agents, "nisba": nisba, "forms": forms}
        return self._index


def _by_id(records: Any, cls: type, what: str) -> dict[str, Any]:
    if isinstance(records, Mapping):
        items = list(records.items())
    elif isinstance(records, Iterable):
        items = [(getattr(r, "id", None), r) for r in records]
    else:
        raise TypeError(f"Registry: {what} must be a mapping or an iterable of {cls.__name__}")
    result: dict[str, Any] = {}
    for key, record in items:
        if not isinstance(record, cls):
            raise TypeError(f"Registry: {what} must hold {cls.__name__} records, got {record!r}")
        if key != record.id:
            raise RegistryError(
                f"Registry: {what} key {key!r} differs from record id {record.id!r}"
            )
        result[key] = record
    return result


def _record_forms(record: Actor | Issue) -> tuple[str, ...]:
    if isinstance(record, Actor):
        forms = (record.id, record.name_en, record.name_ar, *record.aliases_ar, *record.aliases_en)
    else:
        forms = (
            record.id,
            record.name_en,
            record.name_ar,
            *record.keywords_ar,
            *record.keywords_en,
            *record.counter_keywords_ar,
        )
    return tuple(dict.fromkeys(forms))


def _shared_forms(
    records: Iterable[Any], forms: Callable[[Any], tuple[str, ...]], label: str, what: str
) -> list[str]:
    owners: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for record in records:
        seen: set[str] = set()
        for form in forms(record):
            key = normalize_ar(form)
            if key and key not in seen:
                seen.add(key)
                owners[key].append((record.id, form))
    problems = []
    for key in sorted(owners):
        claims = owners[key]
        if len(claims) > 1:
            ids = ", ".join(repr(rid) for rid, _ in claims)
            problems.append(f"{label} {claims[0][1]!r} is claimed by several {what}: {ids}")
    return problems


def _frame(records: Mapping[str, Any], columns: tuple[str, ...]) -> pd.DataFrame:
    rows = []
    for _, record in sorted(records.items()):
        row = {}
        for column in columns:
            value = getattr(record, column)
            row[column] = "|".join(value) if isinstance(value, tuple) else value
        rows.append(row)
    return pd.DataFrame(rows, columns=list(columns))
