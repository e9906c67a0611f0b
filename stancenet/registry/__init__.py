"""The actor and issue registry: who and what can be named in text.

Actors and issues are data, shipped as YAML files in ``stancenet/registry/data/`` and
extendable with the user's own YAML or CSV files (:func:`load_registry`, which merges them
over the packaged defaults by id).

Packaged files (read in sorted order; a later record with the same id replaces an earlier one)::

    data/actors/10_iraq_state.yaml          the Iraqi state, its institutions, office holders
    data/actors/20_iraq_parties.yaml        parties, coalitions, protest movement, clerics
    data/actors/30_iraq_armed_factions.yaml the PMF, the armed factions and their leaders
    data/actors/40_region.yaml              neighbours and regional powers
    data/actors/50_world.yaml               outside powers, the UN system, ISIS, media
    data/actors/60_agents.yaml              generic agents (army, police, protesters ...)
    data/actors/90_additions.yaml           actors the gold standard needs (other maintainer)
    data/issues.yaml                        issues, each named for one side of a question

Conventions (the header of each file says more):

* states have ISO alpha-3 ids in lower case (``irq``), their capital as an alias and their
  nationality adjectives in ``nisba_ar`` (:meth:`Registry.country_of_nisba`);
* generic agents have plain ids (``army``), and a country's institution has the id
  ``'{iso3}.{agent}'`` with ``agent`` set (``irq.army``; :meth:`Registry.agent_actor`); the
  agent vocabulary is listed in ``60_agents.yaml``;
* an issue's ``keywords_ar`` name the side that "support" means, its
  ``counter_keywords_ar`` name the other side (a stance toward them counts reversed);
* ids the registry does not list but extraction makes (``'irn.armed_factions'``,
  ``'new:احمد_الشريفي'``) are described by :meth:`Registry.resolve`.
"""

from stancenet.registry.loading import (
    default_registry,
    expand_nisba,
    load_registry,
    read_registry_file,
)
from stancenet.registry.model import (
    ACTOR_KINDS,
    Actor,
    Issue,
    Registry,
    RegistryError,
    normalize_ar,
)

__all__ = [
    "ACTOR_KINDS",
    "Actor",
    "Issue",
    "Registry",
    "RegistryError",
    "default_registry",
    "expand_nisba",
    "load_registry",
    "normalize_ar",
    "read_registry_file",
]
