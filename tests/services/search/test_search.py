"""The desk's search on the demo sociale kaart."""

from __future__ import annotations

import pytest

from wijkinfo.services.directory.phones import format_phone
from wijkinfo.services.errors import UserError
from wijkinfo.services.search.lookup import SearchService


def _demo_service(demo_data, needle: str) -> dict:
    """A demo service whose name holds ``needle`` and that has a phone number."""
    return next(
        s
        for s in demo_data["services"]
        if needle in s["name"].lower() and s.get("phones") and s.get("status") == "active"
    )


def test_schuld_finds_the_debt_services_with_their_phone(demo_store, demo_data):
    wanted = _demo_service(demo_data, "schuld")
    hits = SearchService(demo_store).search("schuld")
    by_id = {h.id: h for h in hits}
    assert wanted["id"] in by_id
    shown = [p.display for p in by_id[wanted["id"]].phones]
    assert format_phone(wanted["phones"][0]["number"]) in shown


def test_every_word_must_match_as_a_prefix(demo_store, demo_data):
    wanted = _demo_service(demo_data, "schuld")
    org_word = wanted["organization"]["name"].split()[-1][:4]
    hits = SearchService(demo_store).search(f"schul {org_word}")
    assert wanted["id"] in [h.id for h in hits]
    assert SearchService(demo_store).search("schuld xyzzyquux") == []


def test_diacritics_do_not_matter(demo_store):
    service = SearchService(demo_store)
    plain = {h.id for h in service.search("zorgcooperatie")}
    accented = {h.id for h in service.search("Zorgcoöperatie")}
    assert plain and plain == accented
    assert service.search("reparatiecafe")[0].name.startswith("Reparatiecafé")


def test_not_referable_services_come_last(demo_store, demo_data):
    hits = SearchService(demo_store).search("", limit=500)
    assert len(hits) == len(demo_data["services"])
    flags = [h.referable for h in SearchService(demo_store).search("lindestad", limit=500)]
    assert flags == sorted(flags, reverse=True)


def test_detail_has_phones_address_and_hours(demo_store, demo_data):
    wanted = next(
        s
        for s in demo_data["services"]
        if s.get("phones") and s.get("service_at_locations") and s.get("schedules")
    )
    d = SearchService(demo_store).detail(wanted["id"])
    assert d.name == wanted["name"]
    assert d.phones[0].display == format_phone(wanted["phones"][0]["number"])
    postcode = wanted["service_at_locations"][0]["location"]["addresses"][0]["postal_code"]
    assert any(postcode in a for a in d.addresses)
    assert any(day.spans for day in d.week)


@pytest.mark.parametrize(("query", "limit"), [("a" * 10_000, 10), ("schuld", 0)])
def test_bad_search_input_gets_a_message(demo_store, query, limit):
    with pytest.raises(UserError):
        SearchService(demo_store).search(query, limit=limit)


def test_only_punctuation_finds_nothing_instead_of_failing(demo_store):
    assert SearchService(demo_store).search('"*()-:', limit=5) == []


def test_unknown_service_detail_is_a_user_error(demo_store):
    with pytest.raises(UserError, match="bestaat niet"):
        SearchService(demo_store).detail("00000000-0000-0000-0000-000000000000")
