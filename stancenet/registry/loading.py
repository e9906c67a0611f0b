"""Reading registry files (YAML and CSV) and merging them over the packaged defaults.

The packaged registry is a folder of YAML files, ``data/actors/*.yaml`` (read in sorted file
name order) and ``data/issues.yaml``. Users add or replace records with their own YAML or CSV
files: a record whose id is already known replaces the earlier one, a new id extends the
registry.

File formats
------------
YAML
    Either a list of records, each a mapping with an optional ``type`` (``actor``, the default,
    or ``issue``); or a mapping with the keys ``actors`` and/or ``issues`` (lists of records)
    and optionally ``defaults`` (field values applied to every actor of the file that does not
    set them, e.g. ``{country: IRQ}``).
CSV (UTF-8)
    One record a row. Columns: ``id`` (required), ``type`` (``actor``/``issue``, default
    actor), ``name_en``, ``name_ar``, ``aliases_ar``, ``aliases_en``, ``kind``, ``country``,
    ``sector``, ``parent``, ``bloc``, ``role``, ``agent``, ``nisba_ar``, ``keywords_ar``,
    ``keywords_en``, ``counter_keywords_ar``, ``description``. List cells separate their items with ``|``; empty cells
    mean "not set".

In both formats a nationality adjective in ``nisba_ar`` that ends in ي and has no article
(``عراقي``) is expanded to the forms the press writes: feminine, plurals and dual, each with
and without the article (``عراقية، العراقي، العراقية، عراقيون، عراقيين، العراقيون، العراقيين،
عراقيان، العراقيان``), and the accusative ``عراقيا``.
"""

from __future__ import annotations

import csv
import io
import os
import warnings
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from stancenet.registry.model import (
    ACTOR_FIELDS,
    ISSUE_FIELDS,
    Actor,
    Issue,
    Registry,
    RegistryError,
)

__all__ = ["default_registry", "load_registry", "read_registry_file", "expand_nisba"]

_TUPLE_FIELDS = frozenset(
    {"aliases_ar", "aliases_en", "nisba_ar", "keywords_ar", "keywords_en", "counter_keywords_ar"}
)
_CSV_COLUMNS = ("type", *dict.fromkeys((*ACTOR_FIELDS, *ISSUE_FIELDS)))
_TYPES = {"actor": (Actor, ACTOR_FIELDS), "issue": (Issue, ISSUE_FIELDS)}

PathLike = str | os.PathLike[str]

# libyaml's parser when PyYAML was built with it (several times faster on the packaged files)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def expand_nisba(forms: Iterable[str]) -> tuple[str, ...]:
    """Expand nationality adjectives to the forms the press writes.

    A form ending in ي without the article (``'عراقي'``) gives the masculine and feminine
    singular, the sound masculine plurals and the nominative dual (``'عراقيان'``), each with
    and without the article, and the indefinite accusative (``'عراقيا'``). Other forms
    (with the article, broken plurals such as ``'الأكراد'``) are kept as they are.

    Parameters
    ----------
    forms : iterable of str
        Adjectives as written in a registry file.

    Returns
    -------
    tuple of str
        The forms, expanded, without repeats, in a stable order.
    """
    result: list[str] = []
    for form in forms:
        form = form.strip()
        if form.endswith("ي") and not form.startswith("ال") and " " not in form:
            for word in (form, form + "ة", form + "ون", form + "ين", form + "ان"):
                result += [word, "ال" + word]
            # the indefinite accusative (قتل مدنيا أفغانيا); for some states it is also the
            # state's name (سوريا، تركيا), which the state's own alias outranks when matching
            result.append(form + "ا")
        else:
            result.append(form)
    return tuple(dict.fromkeys(result))


def _as_tuple(value: Any, where: str, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        items = value.split("|")
    elif isinstance(value, list | tuple):
        items = list(value)
    else:
        raise RegistryError(f"{where}: field {name!r} must be a list or a '|'-separated string")
    result = []
    for item in items:
        if not isinstance(item, str):
            raise RegistryError(f"{where}: field {name!r} holds a non-string entry {item!r}")
        if item.strip():
            result.append(item.strip())
    return tuple(dict.fromkeys(result))


def _make_record(raw: dict[str, Any], where: str, default_type: str = "actor") -> Actor | Issue:
    """Build one Actor or Issue from a raw mapping; errors name ``where`` (file and record)."""
    if not isinstance(raw, dict):
        raise RegistryError(f"{where}: a record must be a mapping of fields, got {raw!r}")
    record_type = raw.get("type") or default_type
    if record_type not in _TYPES:
        raise RegistryError(
            f"{where}: field 'type' is {record_type!r}; expected 'actor' or 'issue'"
        )
    cls, allowed = _TYPES[record_type]
    record_id = raw.get("id")
    if record_id is None or record_id == "":
        raise RegistryError(f"{where}: missing required field 'id'")
    if not isinstance(record_id, str):
        record_id = str(record_id)
    where = f"{where} (id {record_id!r})"
    # checked before empty values are dropped: in a YAML flow mapping an unquoted comma
    # inside a value ("role: leader, founder") silently makes a key with no value
    unknown = sorted(str(k) for k in set(raw) - set(allowed) - {"type"})
    if unknown:
        raise RegistryError(
            f"{where}: unknown field(s) {unknown} for an {record_type}; allowed: {list(allowed)}"
            " (in YAML, quote a value that contains a comma)"
        )
    raw = {k: v for k, v in raw.items() if k != "type" and v is not None and v != ""}
    raw["id"] = record_id
    for name in ("name_en", "name_ar"):
        if name not in raw:
            raise RegistryError(f"{where}: missing required field {name!r}")
    values: dict[str, Any] = {}
    for name, value in raw.items():
        if name in _TUPLE_FIELDS:
            value = _as_tuple(value, where, name)
            if name == "nisba_ar":
                value = expand_nisba(value)
        elif not isinstance(value, str):
            raise RegistryError(f"{where}: field {name!r} must be text, got {value!r}")
        else:
            value = value.strip()
        values[name] = value
    try:
        return cls(**values)
    except RegistryError as error:
        raise RegistryError(f"{where}: {error}") from None


def _yaml_records(text: str, source: str) -> list[tuple[dict[str, Any], str, str]]:
    try:
        data = yaml.load(text, Loader=_YAML_LOADER)
    except yaml.YAMLError as error:
        raise RegistryError(f"{source}: not valid YAML: {error}") from None
    if data is None:
        return []
    records: list[tuple[dict[str, Any], str, str]] = []
    if isinstance(data, list):
        for n, raw in enumerate(data, start=1):
            records.append((raw, f"{source}: record {n}", "actor"))
        return records
    if not isinstance(data, dict):
        raise RegistryError(
            f"{source}: expected a list of records or a mapping with 'actors'/'issues' lists"
        )
    unknown = sorted(set(data) - {"actors", "issues", "defaults"})
    if unknown:
        raise RegistryError(
            f"{source}: unknown top-level key(s) {unknown}; expected 'actors', 'issues', 'defaults'"
        )
    defaults = data.get("defaults") or {}
    if not isinstance(defaults, dict):
        raise RegistryError(f"{source}: 'defaults' must be a mapping of actor fields")
    for section, record_type in (("actors", "actor"), ("issues", "issue")):
        items = data.get(section) or []
        if not isinstance(items, list):
            raise RegistryError(f"{source}: {section!r} must be a list of records")
        for n, raw in enumerate(items, start=1):
            if record_type == "actor" and isinstance(raw, dict):
                raw = {**defaults, **raw}
            records.append((raw, f"{source}: {section} record {n}", record_type))
    return records


def _csv_records(text: str, source: str) -> list[tuple[dict[str, Any], str, str]]:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    columns = reader.fieldnames or []
    unknown = sorted(set(columns) - set(_CSV_COLUMNS))
    if unknown:
        raise RegistryError(f"{source}: unknown column(s) {unknown}; allowed: {list(_CSV_COLUMNS)}")
    if "id" not in columns:
        raise RegistryError(f"{source}: missing required column 'id'")
    records = []
    for n, row in enumerate(reader, start=2):  # row 1 is the header
        if None in row:
            raise RegistryError(f"{source}: row {n}: more cells than columns")
        raw = {k: v for k, v in row.items() if v is not None and v.strip() != ""}
        if not raw:
            continue
        record_type = raw.get("type", "actor").strip()
        raw["type"] = record_type
        allowed = _TYPES.get(record_type, (None, ()))[1]
        # a CSV row has every column; cells meant for the other record type must stay empty
        for name in list(raw):
            if name not in allowed and name != "type" and record_type in _TYPES:
                raise RegistryError(
                    f"{source}: row {n} (id {raw.get('id')!r}): column {name!r} is not a field "
                    f"of an {record_type}; leave it empty"
                )
        records.append((raw, f"{source}: row {n}", "actor"))
    return records


def read_registry_file(
    path: PathLike, *, text: str | None = None
) -> tuple[list[Actor | Issue], list[str]]:
    """Read one YAML or CSV registry file.

    Parameters
    ----------
    path : str or path-like
        The file; its suffix (``.yaml``/``.yml``/``.csv``) chooses the format.
    text : str, optional
        The file's content, when already read (package data).

    Returns
    -------
    records : list of Actor and Issue
        In file order.
    problems : list of str
        Duplicate ids inside the file (the later record is kept).

    Raises
    ------
    RegistryError
        The file is malformed; the message names the file, the record and the field.
    """
    source = str(path)
    suffix = Path(source).suffix.lower()
    if suffix not in {".yaml", ".yml", ".csv"}:
        raise RegistryError(f"{source}: unknown registry file type; expected .yaml, .yml or .csv")
    if text is None:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise RegistryError(f"{source}: no such registry file") from None
        except UnicodeDecodeError as error:
            raise RegistryError(f"{source}: not UTF-8 text ({error})") from None
    raws = _csv_records(text, source) if suffix == ".csv" else _yaml_records(text, source)
    records: list[Actor | Issue] = []
    problems: list[str] = []
    first_seen: dict[tuple[str, str], str] = {}
    for raw, where, default_type in raws:
        record = _make_record(raw, where, default_type)
        key = (type(record).__name__, record.id)
        if key in first_seen:
            problems.append(
                f"{where}: duplicate {key[0].lower()} id {record.id!r} "
                f"(first at {first_seen[key]}); the later record is kept"
            )
        else:
            first_seen[key] = where
        records.append(record)
    return records, problems


def _merge(
    registry_parts: Iterable[tuple[list[Actor | Issue], list[str]]],
) -> Registry:
    actors: dict[str, Actor] = {}
    issues: dict[str, Issue] = {}
    problems: list[str] = []
    for records, file_problems in registry_parts:
        problems += file_problems
        for record in records:
            if isinstance(record, Actor):
                actors[record.id] = record
            else:
                issues[record.id] = record
    return Registry(actors, issues, problems)


def _package_files() -> list[tuple[str, str]]:
    data = resources.files("stancenet.registry") / "data"
    files: list[tuple[str, str]] = []
    actors_dir = data / "actors"
    for entry in sorted(actors_dir.iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".yaml", ".yml")):
            files.append((f"stancenet/registry/data/actors/{entry.name}", entry.read_text("utf-8")))
    issues = data / "issues.yaml"
    files.append(("stancenet/registry/data/issues.yaml", issues.read_text("utf-8")))
    return files


@lru_cache(maxsize=1)
def _default_parts() -> tuple[tuple[tuple[Actor | Issue, ...], tuple[str, ...]], ...]:
    parts = []
    for name, text in _package_files():
        records, problems = read_registry_file(name, text=text)
        parts.append((tuple(records), tuple(problems)))
    return tuple(parts)


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    """Return the packaged registry of actors and issues.

    The result is cached: later calls return the same object, so treat it as read-only
    (build your own with :func:`load_registry` to change it).

    Returns
    -------
    Registry
    """
    return _merge((list(records), list(problems)) for records, problems in _default_parts())


def load_registry(*paths: PathLike, include_defaults: bool = True) -> Registry:
    """Load registry files and merge them over the packaged defaults.

    Parameters
    ----------
    *paths : str or path-like
        YAML or CSV files, merged in the order given: a record whose id is already present
        replaces it, a new id is added. A folder stands for its ``.yaml``, ``.yml`` and
        ``.csv`` files in sorted name order.
    include_defaults : bool, default True
        Start from :func:`default_registry`; otherwise from an empty registry.

    Returns
    -------
    Registry
        A new registry (the cached default is not changed).

    Raises
    ------
    RegistryError
        A file is malformed (missing id, bad country code, unknown field ...); the message
        names the file and the record.

    Warns
    -----
    UserWarning
        When the merged registry has content problems (:meth:`Registry.validate`), such as an
        unknown parent or an alias claimed by two actors.
    """
    parts: list[tuple[list[Actor | Issue], list[str]]] = []
    if include_defaults:
        parts += [(list(records), list(problems)) for records, problems in _default_parts()]
    for path in paths:
        if not isinstance(path, str | os.PathLike):
            raise TypeError(f"load_registry: paths must be file paths, got {path!r}")
        if Path(path).is_dir():
            files = sorted(
                p for p in Path(path).iterdir() if p.suffix.lower() in {".yaml", ".yml", ".csv"}
            )
            parts += [read_registry_file(file) for file in files]
        else:
            parts.append(read_registry_file(path))
    registry = _merge(parts)
    problems = registry.validate()
    if problems:
        shown = "\n  ".join(problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        warnings.warn(
            f"registry has {len(problems)} problem(s):\n  {shown}{more}", UserWarning, stacklevel=2
        )
    return registry
