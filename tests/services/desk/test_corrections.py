""" "Klopt er iets niet?": a report lands in the coordinators' queue; only they handle it."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from wijkinfo.db.models import DirectoryCorrection
from wijkinfo.services.desk.corrections import CorrectionService
from wijkinfo.services.errors import PermissionDenied, UserError
from wijkinfo.services.people.auth import COORDINATOR, VOLUNTEER, Actor
from wijkinfo.services.search.lookup import SearchService

VOL = Actor(user_id=None, name="Vera", role=VOLUNTEER)
COORD = Actor(user_id=None, name="Kees", role=COORDINATOR)


def _count(store) -> int:
    with store.sessions() as session:
        return session.scalar(select(func.count()).select_from(DirectoryCorrection))


def test_a_volunteer_reports_and_a_coordinator_handles_it(demo_store):
    service = SearchService(demo_store).search("schuld")[0]
    corrections = CorrectionService(demo_store)
    corrections.report(actor=VOL, service_id=service.id, text="Nieuw telefoonnummer sinds mei")
    queue = corrections.open_reports(actor=COORD)
    assert [(c.service_name, c.text) for c in queue] == [
        (service.name, "Nieuw telefoonnummer sinds mei")
    ]
    corrections.resolve(actor=COORD, correction_id=queue[0].id)
    assert corrections.open_reports(actor=COORD) == []


def test_volunteers_cannot_see_or_handle_the_queue(demo_store):
    corrections = CorrectionService(demo_store)
    with pytest.raises(PermissionDenied):
        corrections.open_reports(actor=VOL)
    with pytest.raises(PermissionDenied):
        corrections.resolve(actor=VOL, correction_id="x")


@pytest.mark.parametrize(
    ("service_id", "text", "message"),
    [
        (None, "klopt niet", "bestaat niet"),
        ("00000000-0000-0000-0000-000000000000", "klopt niet", "bestaat niet"),
        ("ok", "", "Schrijf kort"),
        ("ok", "   ", "Schrijf kort"),
        ("ok", "x" * 10_000, "te lang"),
        ("ok", 42, "Schrijf kort"),
    ],
)
def test_bad_reports_get_a_message_and_save_nothing(demo_store, service_id, text, message):
    if service_id == "ok":
        service_id = SearchService(demo_store).search("schuld")[0].id
    with pytest.raises(UserError, match=message):
        CorrectionService(demo_store).report(actor=VOL, service_id=service_id, text=text)
    assert _count(demo_store) == 0
