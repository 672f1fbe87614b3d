"""Looking a service up by its phone number, written the way residents write numbers."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from wijkinfo.db.models import Organization, Phone, Service
from wijkinfo.services.events import DIRECTORY, Change
from wijkinfo.services.search.lookup import SearchService
from wijkinfo.services.search.phone_lookup import phone_digits


def _service_with(demo_store, stored: str) -> str:
    with demo_store.sessions() as session:
        return session.scalars(select(Phone.service_id).where(Phone.number == stored)).one()


@pytest.mark.parametrize(
    "stored, typed",
    [
        ("(030) 2818100", "030 281 81 00"),
        ("(030) 2818100", "0302818100"),
        ("(030) 2818100", "030-2818100"),
        ("(030) 2818100", "+31 30 281 8100"),
        ("(030) 2818100", "+31 (0)30 2818100"),
        ("(030) 2818100", "0031302818100"),
        ("(030) 2818100", "2818100"),  # without the area code
        ("+31 30 299 8800", "030-2998800"),
        ("030 276 11 20", "(030) 276.11.20"),
        ("06-51234567", "06 51 23 45 67"),
        ("0900-1234567", "0900 123 4567"),
    ],
)
def test_a_number_in_any_dutch_notation_finds_its_service(demo_store, stored, typed):
    wanted = _service_with(demo_store, stored)
    hits = SearchService(demo_store).search(typed)
    assert hits and hits[0].id == wanted


def test_the_whole_number_ranks_above_a_number_that_only_contains_it(demo_store):
    wanted = _service_with(demo_store, "030-2714400")
    hits = SearchService(demo_store).search("030 271 44 00")
    assert hits[0].id == wanted and hits[0].score > 1


@pytest.mark.parametrize("typed", ["2026", "1234 AB", "030 schulden", "+", "(", "06"])
def test_short_or_mixed_input_is_searched_as_words(demo_store, typed):
    assert phone_digits(typed) is None
    SearchService(demo_store).search(typed)  # no error, whatever it finds


def test_an_unknown_number_falls_back_to_an_ordinary_search(demo_store):
    assert SearchService(demo_store).search("099 999 9999") == []


def test_an_organisation_number_finds_its_services_and_an_edit_is_seen(demo_store):
    search = SearchService(demo_store)
    assert search.search("0201234599") == []  # the number is not in the directory yet
    with demo_store.unit_of_work() as session:
        org = session.scalars(select(Organization).order_by(Organization.name)).first()
        session.add(Phone(organization_id=org.id, number="020-1234599"))
        services = set(session.scalars(select(Service.id).where(Service.organization_id == org.id)))
    # every directory change is announced (editor, import); the search reads numbers again
    demo_store.events.publish(Change(DIRECTORY, ()))
    assert {h.id for h in search.search("020 123 45 99")} == services
