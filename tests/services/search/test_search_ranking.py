"""Search forgives: synonyms, typos, compound parts; names rank above descriptions."""

from __future__ import annotations

import pytest

from wijkinfo.db.models import Organization, SearchSynonym, Service
from wijkinfo.services.events import DIRECTORY, Change
from wijkinfo.services.search.lookup import SearchService
from wijkinfo.services.search.terms import Vocabulary, edit_distance


def _add(store, *services: dict) -> dict[str, str]:
    ids = {}
    with store.unit_of_work() as session:
        org = Organization(name="Stichting Testwijk")
        session.add(org)
        for fields in services:
            s = Service(organization=org, **fields)
            session.add(s)
            session.flush()
            ids[fields["name"]] = s.id
    return ids


def test_a_misspelled_word_still_finds_the_service(demo_store):
    hits = SearchService(demo_store).search("schuldhulpverlenign")
    assert hits and "schuldhulpverlening" in hits[0].name.lower()


@pytest.mark.parametrize(
    ("typed", "expect"),
    [
        ("geldzorgen", "schuld"),
        ("eenzaam", "ontmoet"),
        ("huisarts", "huisarts"),
    ],
)
def test_shipped_synonyms_find_what_residents_mean(demo_store, typed, expect):
    hits = SearchService(demo_store).search(typed, limit=200)
    names = " ".join(h.name.lower() for h in hits)
    assert expect in names


def test_a_coordinators_synonym_counts_after_a_change(store):
    _add(store, {"name": "Kledingbank Noord", "description": "Gratis kleding."})
    search = SearchService(store)
    assert search.search("jassen") == [] or all(
        "Kleding" not in h.name for h in search.search("jassen")
    )
    with store.unit_of_work() as session:
        session.add(SearchSynonym(term="jassen", expands_to="kleding"))
    store.events.publish(Change(DIRECTORY))
    assert [h.name for h in search.search("jassen")] == ["Kledingbank Noord"]


def test_name_matches_rank_above_description_matches(store):
    _add(
        store,
        {"name": "Buurthuis De Linde", "description": "Elke week koffie en een taalcafe."},
        {"name": "Taalcafe Centrum", "description": "Oefenen met Nederlands praten."},
    )
    hits = SearchService(store).search("taalcafe")
    assert [h.name for h in hits] == ["Taalcafe Centrum", "Buurthuis De Linde"]


def test_inactive_and_do_not_refer_come_last_and_are_marked(store):
    _add(
        store,
        {"name": "Voedselbank Oud", "status": "inactive"},
        {"name": "Voedselbank Dicht", "do_not_refer": True},
        {"name": "Voedselbank Nieuw"},
    )
    hits = SearchService(store).search("voedselbank")
    assert hits[0].name == "Voedselbank Nieuw" and hits[0].referable
    assert {h.name for h in hits[1:]} == {"Voedselbank Oud", "Voedselbank Dicht"}
    assert not any(h.referable for h in hits[1:])


def test_part_of_a_compound_word_is_found(store):
    _add(store, {"name": "Zorgcoöperatie Lindestad"})
    assert [h.name for h in SearchService(store).search("cooperatie")] == [
        "Zorgcoöperatie Lindestad"
    ]


def test_nonsense_finds_nothing_rather_than_anything(demo_store):
    assert SearchService(demo_store).search("qqqxxyzz") == []


def test_edit_distance_counts_a_swap_as_one():
    assert edit_distance("verlenign", "verlening", 2) == 1
    assert edit_distance("abc", "xyz", 1) == 2
    assert Vocabulary(["schuld", "schulden"]).has_prefix("schul")
    assert not Vocabulary(["schuld"]).has_prefix("schx")


def test_paging_through_the_full_list(demo_store):
    search = SearchService(demo_store)
    first = search.search("", limit=10)
    second = search.search("", limit=10, offset=10)
    assert len(first) == len(second) == 10
    assert not {h.id for h in first} & {h.id for h in second}
