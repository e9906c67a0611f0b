"""The packaged table of office holders (stancenet/extract/data/offices.yaml) is well formed."""

from __future__ import annotations

import stancenet
from stancenet.extract.pipeline import _office_terms


def test_every_office_holder_is_a_registry_person_with_ordered_terms():
    registry = stancenet.default_registry()
    terms = _office_terms()
    assert terms
    for office, holders in terms.items():
        assert registry.get(office) is not None or "." in office, office
        previous_last = ""
        for person, first, last in holders:
            actor = registry.get(person)
            assert actor is not None and actor.kind == "person", (office, person)
            assert len(first) == 10 and (last is None or first <= last), (office, person)
            assert first > previous_last, f"{office}: {person}'s term overlaps the one before"
            previous_last = last or "9999-12-31"
