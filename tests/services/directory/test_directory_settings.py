"""After how many months the desk warns that a service's details may be out of date."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import update

from wijkinfo.db.models import Service
from wijkinfo.services.directory.staleness import save_stale_after_months, stale_after_months
from wijkinfo.services.errors import PermissionDenied, UserError
from wijkinfo.services.people.auth import COORDINATOR, VOLUNTEER, Actor
from wijkinfo.services.search.lookup import SearchService

KEES = Actor("c", "Kees", COORDINATOR)
NOW = datetime(2026, 11, 23, 10, 0)


def _checked_on(store, day: date) -> str:
    service_id = SearchService(store).search("geldlijn")[0].id
    with store.unit_of_work() as session:
        session.execute(update(Service).where(Service.id == service_id).values(assured_date=day))
    return service_id


def test_a_shorter_term_makes_the_desk_warn_sooner(demo_store):
    service_id = _checked_on(demo_store, date(2026, 3, 20))  # eight months before NOW
    search = SearchService(demo_store)
    assert stale_after_months(demo_store) == 12
    assert not search.detail(service_id, now=NOW).stale
    assert save_stale_after_months(demo_store, actor=KEES, months=6) == 6
    detail = search.detail(service_id, now=NOW)
    assert detail.stale and detail.stale_after_months == 6
    assert save_stale_after_months(demo_store, actor=KEES, months="9") == 9  # typed as text
    assert not search.detail(service_id, now=NOW).stale


@pytest.mark.parametrize(
    "months, message",
    [
        (0, "van 1 tot en met 120"),
        (-3, "van 1 tot en met 120"),
        (121, "van 1 tot en met 120"),
        (10_000, "van 1 tot en met 120"),
        ("twaalf", "als getal"),
        ("", "als getal"),
        ("1" * 10_000, "van 1 tot en met 120"),
        ("x" * 10_000, "als getal"),
        (None, "als getal"),
        (True, "als getal"),
        (6.5, "als getal"),
    ],
)
def test_bad_terms_are_refused_and_nothing_changes(store, months, message):
    save_stale_after_months(store, actor=KEES, months=18)
    with pytest.raises(UserError, match=message):
        save_stale_after_months(store, actor=KEES, months=months)
    assert stale_after_months(store) == 18


def test_a_volunteer_cannot_change_the_term(store):
    with pytest.raises(PermissionDenied):
        save_stale_after_months(store, actor=Actor("v", "Ans", VOLUNTEER), months=3)
    assert stale_after_months(store) == 12
