"""Coordinators edit the directory; bad input gets a clear message and saves nothing."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from wijkinfo.db.models import Organization, Phone, Schedule, Service
from wijkinfo.services.directory.services_edit import (
    DirectoryEditor,
    HoursInput,
    PhoneInput,
    ServiceInput,
    field_at_fault,
    phones_from_text,
)
from wijkinfo.services.errors import PermissionDenied, UserError
from wijkinfo.services.people.auth import COORDINATOR, VOLUNTEER, Actor
from wijkinfo.services.search.lookup import SearchService

COORD = Actor(user_id=None, name="Kees", role=COORDINATOR)
VOL = Actor(user_id=None, name="Vera", role=VOLUNTEER)


def _counts(store) -> tuple[int, ...]:
    with store.sessions() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(m))
            for m in (Organization, Service, Phone, Schedule)
        )


@pytest.fixture
def org_id(store) -> str:
    return DirectoryEditor(store).save_organization(
        actor=COORD, name="Stichting Kompas", website="www.kompas.example.nl"
    )


def _good(org_id: str, **changes) -> ServiceInput:
    fields = dict(
        name="Formulierenhulp Kompas",
        organization_id=org_id,
        description="Hulp bij brieven.",
        url="kompas.example.nl",
        email="info@kompas.example.nl",
        postal_code="3532ab",
        address="Poortstraat 1",
        city="Lindestad",
        phones=(PhoneInput("0302714400", "Balie"),),
        hours=(HoursInput("MO,WE", "09:00", "12:00"), HoursInput("FR", "22:00", "02:00")),
    )
    fields.update(changes)
    return ServiceInput(**fields)


def test_a_new_service_is_found_at_once_with_its_phone_and_hours(store, org_id):
    sid = DirectoryEditor(store).save_service(actor=COORD, data=_good(org_id))
    hits = SearchService(store).search("formulierenhulp")
    assert [h.id for h in hits] == [sid]
    assert hits[0].phones[0].display == "030 271 4400"
    d = SearchService(store).detail(sid, now=datetime(2026, 11, 28, 1, 0))  # Saturday 01:00
    assert d.open_now is True
    assert any("3532 AB" in a for a in d.addresses)
    assert d.url == "https://kompas.example.nl"


def test_edit_retire_and_check_today(store, org_id):
    editor = DirectoryEditor(store)
    sid = editor.save_service(actor=COORD, data=_good(org_id))
    editor.save_service(actor=COORD, service_id=sid, data=_good(org_id, name="Brievenhulp"))
    assert SearchService(store).search("formulierenhulp") == []
    editor.mark_checked(actor=COORD, service_id=sid, today=date(2026, 11, 23))
    assert SearchService(store).detail(sid).assured_date == date(2026, 11, 23)
    editor.retire_service(actor=COORD, service_id=sid)
    hit = SearchService(store).search("brievenhulp")[0]
    assert not hit.referable


def test_volunteers_cannot_edit(store, org_id):
    editor = DirectoryEditor(store)
    before = _counts(store)
    with pytest.raises(PermissionDenied):
        editor.save_service(actor=VOL, data=_good(org_id))
    with pytest.raises(PermissionDenied):
        editor.save_organization(actor=VOL, name="X")
    with pytest.raises(PermissionDenied):
        editor.mark_checked(actor=VOL, service_id="x")
    assert _counts(store) == before


@pytest.mark.parametrize(
    ("changes", "message", "at"),
    [
        ({"name": ""}, "Vul de naam in", "name"),
        ({"name": "x" * 10_000}, "De naam is te lang: meer dan 300 tekens", "name"),
        ({"description": "x" * 10_000}, "De omschrijving is te lang", "description"),
        ({"address": "x" * 10_000}, "Het adres is te lang", "address"),
        ({"fees": "x" * 10_000}, "De kosten zijn te lang beschreven", "fees"),
        ({"phones": (PhoneInput("12345"),)}, "geen geldig telefoonnummer", "phones"),
        ({"phones": (PhoneInput(""),)}, "Vul een telefoonnummer in", "phones"),
        ({"phones": (PhoneInput("030-1234567", "x" * 10_000),)}, "toelichting", "phones"),
        ({"postal_code": "12345"}, "geen postcode", "postal_code"),
        ({"postal_code": "AB 1234"}, "geen postcode", "postal_code"),
        ({"url": "niet een adres"}, "geen geldig webadres", "url"),
        ({"url": "ftp://x.nl"}, "geen geldig webadres", "url"),
        ({"email": "info@"}, "geen geldig e-mailadres", "email"),
        ({"hours": (HoursInput("MO", "25:00", "12:00"),)}, "geen tijd", "hours"),
        ({"hours": (HoursInput("ma", "09:00", "09:00"),)}, "hetzelfde tijdstip", "hours"),
        ({"hours": (HoursInput("XX", "09:00", "12:00"),)}, "‘XX’ zijn geen dagen", "hours"),
        (
            {"hours": (HoursInput("", "09:00", "12:00"),)},
            "Schrijf bij elke openingstijd de dagen",
            "hours",
        ),
        ({"city": None}, "plaats", "city"),
        ({"organization_id": "nope"}, "organisatie", "organization"),
        ({"description": 42}, "gewone tekst", "description"),
    ],
)
def test_bad_input_gets_a_message_and_saves_nothing(store, org_id, changes, message, at):
    before = _counts(store)
    with pytest.raises(UserError, match=message) as caught:
        DirectoryEditor(store).save_service(actor=COORD, data=_good(org_id, **changes))
    assert field_at_fault(caught.value) == at  # the window puts the cursor there
    assert _counts(store) == before


def test_a_bad_edit_leaves_the_service_as_it_was(store, org_id):
    editor = DirectoryEditor(store)
    sid = editor.save_service(actor=COORD, data=_good(org_id))
    with pytest.raises(UserError):
        editor.save_service(
            actor=COORD, service_id=sid, data=_good(org_id, name="Anders", email="fout")
        )
    assert SearchService(store).detail(sid).name == "Formulierenhulp Kompas"


def test_dutch_hours_are_stored_as_hsds_codes_and_shown_back_in_dutch(store, org_id):
    editor = DirectoryEditor(store)
    sid = editor.save_service(
        actor=COORD,
        data=_good(
            org_id,
            hours=(
                HoursInput("ma t/m vr", "9.00", "17.00"),
                HoursInput("Zaterdag", "22:00", "02:00"),
            ),
        ),
    )
    with store.sessions() as session:
        stored = [
            (s.byday, s.opens_at.strftime("%H:%M"))
            for s in session.scalars(
                select(Schedule).where(Schedule.service_id == sid).order_by(Schedule.position)
            )
        ]
    assert stored == [("MO,TU,WE,TH,FR", "09:00"), ("SA", "22:00")]
    form = editor.service_form(actor=COORD, service_id=sid)
    assert [h.days for h in form.hours] == ["MO,TU,WE,TH,FR", "SA"]
    d = SearchService(store).detail(sid, now=datetime(2026, 11, 29, 1, 30))  # Sunday 01:30
    assert d.open_now is True  # Saturday night, past midnight


def test_a_retired_service_comes_back(store, org_id):
    editor = DirectoryEditor(store)
    sid = editor.save_service(actor=COORD, data=_good(org_id))
    editor.retire_service(actor=COORD, service_id=sid)
    assert editor.service_form(actor=COORD, service_id=sid).active is False
    editor.reactivate_service(actor=COORD, service_id=sid)
    assert editor.service_form(actor=COORD, service_id=sid).active is True
    assert SearchService(store).search("formulierenhulp")[0].referable


@pytest.mark.parametrize(
    ("typed", "phones"),
    [
        ("030-1234567 — Balie", [("030-1234567", "Balie")]),
        ("030-1234567 - Balie", [("030-1234567", "Balie")]),
        ("030 123 45 67: na 13 uur", [("030 123 45 67", "na 13 uur")]),
        ("+31 30 123 4567", [("+31 30 123 4567", None)]),
        (
            "14 030 Gemeente\n\n0800-1234 (gratis)",
            [("14 030", "Gemeente"), ("0800-1234", "(gratis)")],
        ),
        ("Balie", [("Balie", None)]),  # no number at all: the check says so
    ],
)
def test_phone_lines_as_coordinators_type_them(typed, phones):
    assert [(p.number, p.description) for p in phones_from_text(typed)] == phones
