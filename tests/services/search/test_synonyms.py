"""Coordinators add search synonyms; the search uses them at once."""

from __future__ import annotations

import pytest

from wijkinfo.services.errors import PermissionDenied, UserError
from wijkinfo.services.people.auth import COORDINATOR, VOLUNTEER, Actor
from wijkinfo.services.search.lookup import SearchService
from wijkinfo.services.search.synonyms import SynonymService

COORD = Actor(user_id=None, name="Kees", role=COORDINATOR)
VOL = Actor(user_id=None, name="Vera", role=VOLUNTEER)


def test_an_added_synonym_is_used_by_the_running_search(demo_store):
    search = SearchService(demo_store)
    assert search.search("qwertyq") == []
    synonyms = SynonymService(demo_store)
    added = synonyms.add(actor=COORD, term="Qwertyq", expands_to="reparatiecafé")
    assert added.term == "qwertyq" and added.expands_to == "reparatiecafe"
    assert search.search("qwertyq")[0].name.startswith("Reparatiecafé")
    synonyms.remove(actor=COORD, synonym_id=added.id)
    assert search.search("qwertyq") == []


def test_only_coordinators_manage_synonyms(demo_store):
    with pytest.raises(PermissionDenied):
        SynonymService(demo_store).add(actor=VOL, term="a", expands_to="b")


@pytest.mark.parametrize(
    ("term", "expands_to"),
    [
        ("", "schulden"),
        ("twee woorden", "schulden"),
        ("x" * 10_000, "schulden"),
        ("geld", ""),
        ("geld", "!!"),
        (None, "schulden"),
    ],
)
def test_bad_synonyms_are_refused_and_nothing_saved(demo_store, term, expands_to):
    synonyms = SynonymService(demo_store)
    with pytest.raises(UserError):
        synonyms.add(actor=COORD, term=term, expands_to=expands_to)
    assert synonyms.list(actor=COORD) == []
