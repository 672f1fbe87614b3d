"""Coordinators create, edit and retire organisations; bad input saves nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from wijkinfo.db.models import Attribute, Organization, Phone, Service
from wijkinfo.services.directory.services_edit import (
    DirectoryEditor,
    PhoneInput,
    ServiceInput,
    field_at_fault,
)
from wijkinfo.services.errors import PermissionDenied, UserError
from wijkinfo.services.people.auth import COORDINATOR, VOLUNTEER, Actor
from wijkinfo.services.search.lookup import SearchService

COORD = Actor(user_id=None, name="Kees", role=COORDINATOR)
VOL = Actor(user_id=None, name="Vera", role=VOLUNTEER)


def _snapshot(store) -> tuple:
    """Everything an organisation edit can touch, to show that nothing changed."""
    with store.sessions() as session:
        counts = tuple(
            session.scalar(select(func.count()).select_from(m))
            for m in (Organization, Service, Phone, Attribute)
        )
        orgs = tuple(
            session.execute(
                select(
                    Organization.id,
                    Organization.name,
                    Organization.description,
                    Organization.website,
                    Organization.email,
                ).order_by(Organization.id)
            )
        )
        statuses = tuple(session.execute(select(Service.id, Service.status).order_by(Service.id)))
        numbers = tuple(session.scalars(select(Phone.number).order_by(Phone.id)))
    return counts, orgs, statuses, numbers


@pytest.fixture
def editor(store) -> DirectoryEditor:
    return DirectoryEditor(store)


@pytest.fixture
def org_id(editor) -> str:
    return editor.save_organization(
        actor=COORD, name="Stichting Kompas", website="www.kompas.example.nl", phone="030-2714400"
    )


def _service(editor, org_id, name) -> str:
    return editor.save_service(
        actor=COORD,
        data=ServiceInput(name=name, organization_id=org_id, phones=(PhoneInput("030-2714400"),)),
    )


def test_create_and_edit_an_organisation(editor, store, org_id):
    _service(editor, org_id, "Formulierenhulp")
    form = editor.organization_form(actor=COORD, organization_id=org_id)
    assert (form.name, form.website, form.phone, form.active) == (
        "Stichting Kompas",
        "https://www.kompas.example.nl",
        "030 271 4400",
        True,
    )
    editor.save_organization(
        actor=COORD,
        organization_id=org_id,
        name="Buurtwerk Noord",
        description="Welzijn in de wijk.",
        email="info@noord.example.nl",
        phone="",
    )
    form = editor.organization_form(actor=COORD, organization_id=org_id)
    assert (form.name, form.description, form.email, form.website, form.phone) == (
        "Buurtwerk Noord",
        "Welzijn in de wijk.",
        "info@noord.example.nl",
        None,
        None,
    )
    # the desk finds the service under its organisation's new name
    assert [h.name for h in SearchService(store).search("buurtwerk")] == ["Formulierenhulp"]
    rows = editor.organization_list(actor=COORD)
    assert [(r.name, r.active, r.services) for r in rows] == [("Buurtwerk Noord", True, 1)]


@pytest.mark.parametrize(
    ("number", "shown"),
    [
        ("030-1234567", "030 123 4567"),
        ("030 123 45 67", "030 123 4567"),
        ("+31 30 123 4567", "030 123 4567"),
        ("0031301234567", "030 123 4567"),
        ("06-12345678", "06 12345678"),
        ("0800-1234", "0800 1234"),
        ("14 030", "14 030"),
    ],
)
def test_dutch_phone_notations_are_accepted(editor, number, shown):
    org_id = editor.save_organization(actor=COORD, name="Gemeente Lindestad", phone=number)
    assert editor.organization_form(actor=COORD, organization_id=org_id).phone == shown


@pytest.mark.parametrize(
    ("fields", "message", "at"),
    [
        ({"name": "x" * 10_000}, "De naam is te lang: meer dan 300 tekens", "name"),
        ({"name": "   "}, "Vul de naam in", "name"),
        ({"name": None}, "Vul de naam in", "name"),
        ({"name": 42}, "gewone tekst", "name"),
        ({"description": "x" * 10_000}, "De omschrijving is te lang", "description"),
        ({"website": "niet een adres"}, "geen geldig webadres", "website"),
        ({"website": "ftp://kompas.nl"}, "geen geldig webadres", "website"),
        ({"website": "x" * 10_000}, "De website is te lang", "website"),
        ({"email": "info@"}, "geen geldig e-mailadres", "email"),
        ({"email": "info kompas.nl"}, "geen geldig e-mailadres", "email"),
        ({"phone": "12345"}, "geen geldig telefoonnummer", "phone"),
        ({"phone": "030-123456"}, "geen geldig telefoonnummer", "phone"),
        ({"phone": "06-1234567"}, "geen geldig telefoonnummer", "phone"),
        ({"phone": "bel maar"}, "geen geldig telefoonnummer", "phone"),
        ({"phone": "0" * 100}, "te lang", "phone"),
        ({"name": "stichting kompas"}, "Er is al een organisatie ‘Stichting Kompas’", "name"),
    ],
)
@pytest.mark.parametrize("existing", [False, True], ids=["new", "edit"])
def test_bad_organisation_input_saves_nothing(editor, store, org_id, fields, message, at, existing):
    values = {"name": "Buurtwerk Noord", **fields}
    if existing:
        values["organization_id"] = editor.save_organization(actor=COORD, name="Buurtwerk")
    before = _snapshot(store)
    with pytest.raises(UserError, match=message) as caught:
        editor.save_organization(actor=COORD, **values)
    assert field_at_fault(caught.value) == at
    assert _snapshot(store) == before


def test_retiring_takes_its_services_along_and_back(editor, store, org_id):
    first, second = _service(editor, org_id, "Formulierenhulp"), _service(editor, org_id, "Koffie")
    earlier = _service(editor, org_id, "Oude cursus")
    editor.retire_service(actor=COORD, service_id=earlier)
    assert editor.retire_organization(actor=COORD, organization_id=org_id) == 2
    hits = {h.name: h.referable for h in SearchService(store).search("kompas")}
    assert hits == {"Formulierenhulp": False, "Koffie": False, "Oude cursus": False}
    form = editor.organization_form(actor=COORD, organization_id=org_id)
    assert (form.active, form.active_services) == (False, 0)
    assert editor.organization_list(actor=COORD)[0].active is False
    with pytest.raises(UserError, match="al op niet actief"):
        editor.retire_organization(actor=COORD, organization_id=org_id)
    with pytest.raises(UserError, match="Zet eerst de organisatie weer op actief"):
        editor.reactivate_service(actor=COORD, service_id=first)

    assert editor.reactivate_organization(actor=COORD, organization_id=org_id) == 2
    states = {
        sid: editor.service_form(actor=COORD, service_id=sid).active
        for sid in (first, second, earlier)
    }
    assert states == {first: True, second: True, earlier: False}  # retired before stays so


def test_no_new_service_under_a_retired_organisation(editor, store, org_id):
    editor.retire_organization(actor=COORD, organization_id=org_id)
    before = _snapshot(store)
    with pytest.raises(UserError, match="niet meer actief") as caught:
        _service(editor, org_id, "Nieuwe dienst")
    assert field_at_fault(caught.value) == "organization"
    assert _snapshot(store) == before


def test_volunteers_cannot_change_organisations(editor, store, org_id):
    _service(editor, org_id, "Formulierenhulp")
    before = _snapshot(store)
    for call in (
        lambda: editor.save_organization(actor=VOL, name="X"),
        lambda: editor.save_organization(actor=VOL, organization_id=org_id, name="X"),
        lambda: editor.retire_organization(actor=VOL, organization_id=org_id),
        lambda: editor.reactivate_organization(actor=VOL, organization_id=org_id),
        lambda: editor.organization_form(actor=VOL, organization_id=org_id),
        lambda: editor.organization_list(actor=VOL),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert _snapshot(store) == before


def test_an_organisation_that_is_gone(editor, store):
    before = _snapshot(store)
    with pytest.raises(UserError, match="bestaat niet"):
        editor.save_organization(actor=COORD, organization_id="weg", name="X")
    with pytest.raises(UserError, match="bestaat niet"):
        editor.retire_organization(actor=COORD, organization_id="weg")
    assert _snapshot(store) == before
