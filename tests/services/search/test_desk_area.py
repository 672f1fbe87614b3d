"""The desk's own neighbourhood first: with the point's wijk and city set, services there rank
above equally good matches elsewhere; "only in my wijk" shows only them."""

from __future__ import annotations

import sqlite3

import pytest

from wijkinfo.services.errors import PermissionDenied, UserError
from wijkinfo.services.people.auth import COORDINATOR, VOLUNTEER, Actor
from wijkinfo.services.search.desk_area import load_desk_area, save_desk_area
from wijkinfo.services.search.filters import SearchFilters
from wijkinfo.services.search.lookup import SearchService

COORD = Actor(user_id=None, name="Kees", role=COORDINATOR)
VOL = Actor(user_id=None, name="Vera", role=VOLUNTEER)


def _in_wijk(search: SearchService, query: str, wijk: str) -> set[str]:
    return {h.id for h in search.search(query, filters=SearchFilters(wijk=wijk), limit=500)}


@pytest.mark.parametrize(("query", "wijk"), [("eenzaam", "wijk-zuid"), ("huisarts", "wijk-oost")])
def test_my_wijk_comes_first_among_equally_good_matches(demo_store, query, wijk):
    search = SearchService(demo_store)
    before = search.search(query, limit=200)
    save_desk_area(demo_store, actor=COORD, wijk=wijk, city="")
    after = search.search(query, limit=200)
    mine = _in_wijk(search, query, wijk)
    assert {h.id for h in after} == {h.id for h in before}  # the same matches, reordered
    assert mine and after != before
    # within each band of equal match quality, the wijk's services lead
    for score in {h.score for h in after}:
        band = [h.id in mine for h in after if h.score == score]
        assert band == sorted(band, reverse=True)


def test_my_wijk_then_my_city_then_elsewhere(demo_store):
    search = SearchService(demo_store)
    save_desk_area(demo_store, actor=COORD, wijk="wijk-zuid", city="Lindestad")
    hits = search.search("eenzaam", limit=200)
    mine = _in_wijk(search, "eenzaam", "wijk-zuid")
    db = sqlite3.connect(demo_store.paths.db)
    in_city = {
        sid
        for (sid,) in db.execute(
            "SELECT service_id FROM service_fts WHERE area LIKE '%ctlindestad%'"
        )
    }
    db.close()
    assert in_city - mine and mine  # the demo has all three kinds
    for score in {h.score for h in hits}:
        places = [
            0 if h.id in mine else 1 if h.id in in_city else 2 for h in hits if h.score == score
        ]
        assert places == sorted(places)


def test_only_in_my_wijk_filters(demo_store):
    search = SearchService(demo_store)
    save_desk_area(demo_store, actor=COORD, wijk="wijk-oost", city="Lindestad")
    only = search.search("eenzaam", filters=SearchFilters(only_my_wijk=True), limit=200)
    assert only and {h.id for h in only} == _in_wijk(search, "eenzaam", "wijk-oost")
    assert search.count("eenzaam", filters=SearchFilters(only_my_wijk=True)).total == len(only)


def test_only_in_my_wijk_without_a_wijk_says_what_to_do(demo_store):
    with pytest.raises(UserError, match="Mijn wijk"):
        SearchService(demo_store).search("eenzaam", filters=SearchFilters(only_my_wijk=True))


def test_the_area_is_a_coordinators_setting_and_must_exist(demo_store):
    with pytest.raises(PermissionDenied):
        save_desk_area(demo_store, actor=VOL, wijk="wijk-oost", city="")
    with pytest.raises(UserError, match="geen bekende wijk"):
        save_desk_area(demo_store, actor=COORD, wijk="Atlantis", city="")
    with pytest.raises(UserError, match="te lang"):
        save_desk_area(demo_store, actor=COORD, wijk="", city="x" * 101)
    assert load_desk_area(demo_store).wijk == ""  # nothing was saved
    save_desk_area(demo_store, actor=COORD, wijk="Oost", city="  Lindestad ")
    area = load_desk_area(demo_store)
    assert (area.wijk, area.city) == ("Oost", "Lindestad")


def test_a_service_in_my_city_leads_and_follows_its_address(store):
    from wijkinfo.db.models import Address, Location, Organization, Service, ServiceAtLocation

    with store.unit_of_work() as session:
        org = Organization(name="Stichting Ergens")
        session.add(org)
        far = Service(organization=org, name="Taalhuis A")
        near = Service(organization=org, name="Taalhuis Bee")  # longer: last without a city
        session.add_all([far, near])
        place = Location(organization=org, name="Kantoor")
        session.add(place)
        session.flush()
        address = Address(location=place, address_1="Markt 1", city="'s-Hertogenbosch")
        session.add_all([address, ServiceAtLocation(service=near, location=place)])
        session.flush()
        near_id, address_id = near.id, address.id
    search = SearchService(store)
    assert [h.name for h in search.search("taalhuis")] == ["Taalhuis A", "Taalhuis Bee"]
    save_desk_area(store, actor=COORD, wijk="", city="s Hertogenbosch")
    assert search.search("taalhuis")[0].id == near_id
    with store.unit_of_work() as session:
        session.get(Address, address_id).city = "Utrecht"
    assert search.search("taalhuis")[0].name == "Taalhuis A"
