"""Referral sheets from the directory, and the anonymous count of sheets handed out."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from tests.reports.pdf_checks import folded, pdf_text
from wijkinfo.db.models import Address, Location, Referral, ReferralService, ServiceAtLocation
from wijkinfo.services.desk.referrals import ReferralSheets, week_lines
from wijkinfo.services.directory.hours import DayHours
from wijkinfo.services.errors import PermissionDenied, UserError
from wijkinfo.services.events import REFERRALS
from wijkinfo.services.people.auth import COORDINATOR, VOLUNTEER, Actor
from wijkinfo.services.search.lookup import SearchService

VOLUNTEER_ACTOR = Actor("v", "Ans", VOLUNTEER)
NOW = datetime(2026, 11, 23, 10, 0)


def _ids(demo_data, *names):
    by_name = {s["name"]: s["id"] for s in demo_data["services"]}
    return [by_name[n] for n in names]


def _three(demo_data):
    with_url = [s for s in demo_data["services"] if s.get("url") and s.get("phones")]
    return [s["id"] for s in with_url[:3]]


def _count(store) -> int:
    with store.sessions() as session:
        return session.scalar(select(func.count()).select_from(Referral))


def test_sheet_holds_every_service_with_its_formatted_details(demo_store, demo_data):
    ids = _three(demo_data)
    sheets = ReferralSheets(demo_store)
    sheet = sheets.build(
        actor=VOLUNTEER_ACTOR,
        service_ids=ids,
        question="Hulp met geld",
        resident_name="Ayşe Doğan",
        now=NOW,
    )
    text = pdf_text(sheet.pdf)
    assert "Wijkinformatiepunt Lindestad (demo)" in text and "Ayşe Doğan" in text
    assert "maandag 23 november 2026" in text and "Hulp met geld" in text
    search = SearchService(demo_store)
    for sid in ids:
        d = search.detail(sid, now=NOW)
        assert folded(d.name) in text and d.url in text.replace(" ", "") or d.url in text
        for phone in d.phones:
            assert phone.display in text
        for address in d.addresses:
            assert folded(address) in text
        for doc in d.required_documents:
            assert folded(doc) in text
    assert sheet.service_names[0] in sheet.text and "Uw vraag: Hulp met geld" in sheet.text
    assert _count(demo_store) == 0  # building (a preview) counts nothing


def test_recording_counts_services_day_and_theme_and_announces_it(demo_store, demo_data):
    ids = _three(demo_data)
    seen = []
    demo_store.events.subscribe(seen.append)
    counted = ReferralSheets(demo_store).record(
        actor=VOLUNTEER_ACTOR, service_ids=ids, day=date(2026, 11, 23)
    )
    with demo_store.sessions() as session:
        referral = session.get(Referral, counted.id)
        assert referral.day == date(2026, 11, 23) and referral.theme_code
        positions = (
            session.execute(
                select(ReferralService.service_id)
                .where(ReferralService.referral_id == counted.id)
                .order_by(ReferralService.position)
            )
            .scalars()
            .all()
        )
    assert positions == ids
    assert [c.topic for c in seen] == [REFERRALS]


def test_the_residents_name_and_question_are_never_stored(demo_store, demo_data):
    ids = _three(demo_data)
    sheets = ReferralSheets(demo_store)
    sheets.build(
        actor=VOLUNTEER_ACTOR,
        service_ids=ids,
        resident_name="Zzyxwq Łomżyński",
        question="Qqqvraag over mijn schulden",
        note="Nnnnotitie",
    )
    sheets.record(actor=VOLUNTEER_ACTOR, service_ids=ids)
    demo_store.engine.dispose()
    for path in demo_store.paths.root.glob("wijkinfo.sqlite*"):
        raw = path.read_bytes()
        for secret in ("Zzyxwq", "Łomżyński", "Qqqvraag", "Nnnnotitie"):
            assert secret.encode() not in raw and secret.encode("utf-16-le") not in raw


@pytest.mark.parametrize(
    "kwargs, message",
    [
        (dict(service_ids=[]), "Kies eerst"),
        (dict(service_ids=["", "  "]), "Kies eerst"),
        (dict(service_ids="abc"), "lijst"),
        (dict(service_ids=[1, 2]), "lijst"),
        (dict(service_ids=["bestaat-niet"]), "bestaat niet"),
        (dict(service_ids=[f"x{i}" for i in range(21)]), "hoogstens 20"),
        (dict(question="x" * 10_000), "vraag is te lang"),
        (dict(resident_name="x" * 10_000), "naam is te lang"),
        (dict(note="x" * 10_000), "opmerking is te lang"),
    ],
)
def test_bad_input_says_what_to_do_and_counts_nothing(demo_store, demo_data, kwargs, message):
    args = dict(service_ids=_three(demo_data)) | kwargs
    with pytest.raises(UserError, match=message):
        ReferralSheets(demo_store).build(actor=VOLUNTEER_ACTOR, **args)
    if "service_ids" in kwargs:
        with pytest.raises(UserError):
            ReferralSheets(demo_store).record(actor=VOLUNTEER_ACTOR, **kwargs)
    assert _count(demo_store) == 0


@pytest.mark.parametrize("actor", [None, Actor("x", "Onbekend", "gast")])
def test_only_desk_roles_may_print(demo_store, demo_data, actor):
    sheets = ReferralSheets(demo_store)
    with pytest.raises(PermissionDenied):
        sheets.build(actor=actor, service_ids=_three(demo_data))
    with pytest.raises(PermissionDenied):
        sheets.record(actor=actor, service_ids=_three(demo_data))
    assert _count(demo_store) == 0
    sheets.record(actor=Actor("c", "Kees", COORDINATOR), service_ids=_three(demo_data))
    assert _count(demo_store) == 1


def test_service_without_phone_prints_cleanly(demo_store, demo_data):
    bare = [s["id"] for s in demo_data["services"] if not s.get("phones")][:1]
    sheet = ReferralSheets(demo_store).build(actor=VOLUNTEER_ACTOR, service_ids=bare, now=NOW)
    text = pdf_text(sheet.pdf).replace("Telefoon: ", "")
    assert "Telefoon" not in text


def test_week_lines_take_equal_days_together():
    week = [DayHours(i, "", ("09:00–17:00",) if i < 5 else ()) for i in range(7)]
    assert week_lines(week) == ("maandag t/m vrijdag: 09:00–17:00", "zaterdag en zondag: gesloten")
    week[3] = DayHours(3, "", (), "Kerst")
    assert week_lines(week)[1] == "donderdag: gesloten (Kerst)"
    assert week_lines([DayHours(i, "", ()) for i in range(7)]) == ()


def test_a_service_with_45_addresses_prints_them_all_on_numbered_pages(demo_store, demo_data):
    sid = _three(demo_data)[0]
    streets = [f"Poortstraat {n}" for n in range(1, 46)]
    with demo_store.unit_of_work() as session:
        for street in streets:
            location = Location(name=f"Vestiging {street}")
            location.addresses = [
                Address(address_1=street, postal_code="3532 CT", city="Lindestad")
            ]
            session.add(location)
            session.flush()
            session.add(ServiceAtLocation(service_id=sid, location_id=location.id))
    sheet = ReferralSheets(demo_store).build(actor=VOLUNTEER_ACTOR, service_ids=[sid], now=NOW)
    text = pdf_text(sheet.pdf)
    assert sheet.pages >= 2 and f"pagina {sheet.pages} van {sheet.pages}" in text
    assert all(f"{street}," in text for street in streets) and "(vervolg)" in text
    assert all(f"{street}," in sheet.text for street in streets)
