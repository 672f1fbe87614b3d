"""Coordinators keep the sociale kaart: organisations, services, phones, hours and addresses.

Everything is checked before anything is written; one save is one transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from wijkinfo.db.models import (
    Address,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
)
from wijkinfo.services.directory.checks import (
    MAX_NAME,
    at_field,
    check_email,
    check_phone,
    check_postcode,
    check_url,
    field_at_fault,
    text,
)
from wijkinfo.services.directory.hours_text import HoursInput, check_hours
from wijkinfo.services.directory.organizations_edit import (
    OrganizationEditor,
    organization_is_active,
)
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import DIRECTORY, Change
from wijkinfo.services.people.auth import Actor, require

__all__ = [
    "DirectoryEditor",
    "HoursInput",
    "PhoneInput",
    "ServiceInput",
    "check_email",
    "phones_from_text",
    "check_hours",
    "check_postcode",
    "check_url",
    "field_at_fault",
]


@dataclass(frozen=True)
class PhoneInput:
    number: str
    description: str | None = None


# A number (digits with spaces, dashes, dots, brackets, a leading +), then maybe a note.
_PHONE_LINE = re.compile(r"^\s*(\+?[\d\s().-]*\d)\s*(?:[—–:-]\s*)?(.*)$")


def phones_from_text(value: str) -> tuple[PhoneInput, ...]:
    """One number per line with an optional note: "030-1234567 - Balie", "14 030 Gemeente"."""
    out = []
    for line in (value or "").splitlines():
        if not line.strip():
            continue
        match = _PHONE_LINE.match(line)
        number, note = (match.group(1), match.group(2)) if match else (line, "")
        out.append(PhoneInput(number.strip(), note.strip() or None))
    return tuple(out)


@dataclass(frozen=True)
class ServiceInput:
    name: str
    organization_id: str
    description: str = ""
    url: str | None = None
    email: str | None = None
    fees: str | None = None
    is_free: bool | None = None
    eligibility: str | None = None
    address: str | None = None
    postal_code: str | None = None
    city: str | None = None
    phones: tuple[PhoneInput, ...] = ()
    hours: tuple[HoursInput, ...] = field(default_factory=tuple)
    #: shown by the editor; save_service leaves the status alone (retire/reactivate change it)
    active: bool = True


class DirectoryEditor(OrganizationEditor):
    """Services with their phones, hours and address; organisations come from the parent."""

    def save_service(
        self, *, actor: Actor, data: ServiceInput, service_id: str | None = None
    ) -> str:
        """Create or change a service with its phones, hours and address, all or nothing."""
        require(actor, "directory.edit")
        name = text(data.name, "name", required=True, most=MAX_NAME)
        description = text(data.description, "description") or ""
        url, email = check_url(data.url), check_email(data.email)
        postal_code = check_postcode(data.postal_code)
        address = text(data.address, "address", most=500)
        city = text(data.city, "city", most=200)
        fees = text(data.fees, "fees")
        eligibility = text(data.eligibility, "eligibility")
        if (address or postal_code) and not city:
            with at_field("city"):
                raise UserError("Vul de plaats in bij het adres.")
        if len(data.phones) > 20 or len(data.hours) > 50:
            with at_field("phones" if len(data.phones) > 20 else "hours"):
                raise UserError("Dat zijn te veel telefoonnummers of openingstijden.")
        phones = [
            (check_phone(p.number, "phones"), text(p.description, "phones", most=500))
            for p in data.phones
        ]
        with at_field("hours"):
            hours = [check_hours(h) for h in data.hours]
        with self.store.unit_of_work(author=actor.user_id) as session, at_field("organization"):
            org = session.get(Organization, data.organization_id or "")
            if org is None:
                raise UserError("Kies de organisatie van deze dienst.")
            service = session.get(Service, service_id) if service_id else Service()
            if service is None:
                raise UserError("Deze dienst bestaat niet (meer).")
            if service.organization_id != org.id and not organization_is_active(session, org.id):
                raise UserError(
                    "{name} is niet meer actief. Kies een andere organisatie, of "
                    "zet {name} eerst weer op actief.",
                    name=org.name,
                )
            service.name, service.description = name, description
            service.organization_id = data.organization_id
            service.url, service.email = url, email
            service.fees_description = fees
            service.is_free = data.is_free
            service.eligibility_description = eligibility
            session.add(service)
            service.phones = [
                Phone(number=n, description=d, position=i) for i, (n, d) in enumerate(phones)
            ]
            weekly = [s for s in service.schedules if s.is_closed]  # closures stay
            service.schedules = weekly + [
                Schedule(byday=days, opens_at=o, closes_at=c, freq="WEEKLY", position=i)
                for i, (days, o, c) in enumerate(hours)
            ]
            if address or city:
                self._set_address(session, service, address or "", postal_code, city or "")
            session.flush()
            sid = service.id
        self.store.events.publish(Change(DIRECTORY, (sid,)))
        return sid

    def _set_address(
        self, session: Session, service: Service, line: str, postcode: str | None, city: str
    ) -> None:
        sal = service.service_at_locations[0] if service.service_at_locations else None
        if sal is None:
            location = Location(organization_id=service.organization_id, name=None)
            session.add(location)
            service.service_at_locations.append(ServiceAtLocation(location=location))
        else:
            location = sal.location
        if location.addresses:
            a = location.addresses[0]
            a.address_1, a.postal_code, a.city = line, postcode, city
        else:
            location.addresses.append(Address(address_1=line, postal_code=postcode, city=city))

    def retire_service(self, *, actor: Actor, service_id: str) -> None:
        """No longer offered: kept for history, shown last and marked."""
        require(actor, "directory.edit")
        with self.store.unit_of_work(author=actor.user_id) as session:
            service = session.get(Service, service_id)
            if service is None:
                raise UserError("Deze dienst bestaat niet (meer).")
            service.status = "inactive"
        self.store.events.publish(Change(DIRECTORY, (service_id,)))

    def reactivate_service(self, *, actor: Actor, service_id: str) -> None:
        """Offered again (undoes retire_service); not while its organisation is retired."""
        require(actor, "directory.edit")
        with self.store.unit_of_work(author=actor.user_id) as session:
            service = session.get(Service, service_id)
            if service is None:
                raise UserError("Deze dienst bestaat niet (meer).")
            org = service.organization
            if org is not None and not organization_is_active(session, org.id):
                raise UserError(
                    "{name} is niet meer actief. Zet eerst de organisatie weer op "
                    "actief (Beheer › Organisaties).",
                    name=org.name,
                )
            service.status = "active"
        self.store.events.publish(Change(DIRECTORY, (service_id,)))

    def mark_checked(self, *, actor: Actor, service_id: str, today: date | None = None) -> None:
        """ "Vandaag gecontroleerd": the information was checked with the service today."""
        require(actor, "directory.edit")
        with self.store.unit_of_work(author=actor.user_id) as session:
            service = session.get(Service, service_id)
            if service is None:
                raise UserError("Deze dienst bestaat niet (meer).")
            service.assured_date = today or date.today()
        self.store.events.publish(Change(DIRECTORY, (service_id,)))

    def service_form(self, *, actor: Actor, service_id: str) -> ServiceInput:
        """A service as the editor shows it."""
        require(actor, "directory.edit")
        with self.store.sessions() as session:
            s = session.get(Service, service_id)
            if s is None:
                raise UserError("Deze dienst bestaat niet (meer).")
            address = next(
                (a for sal in s.service_at_locations for a in sal.location.addresses), None
            )
            return ServiceInput(
                name=s.name,
                organization_id=s.organization_id or "",
                description=s.description or "",
                url=s.url,
                email=s.email,
                fees=s.fees_description,
                is_free=s.is_free,
                eligibility=s.eligibility_description,
                address=address.address_1 if address else None,
                postal_code=address.postal_code if address else None,
                city=address.city if address else None,
                phones=tuple(PhoneInput(p.number, p.description) for p in s.phones),
                hours=tuple(
                    HoursInput(
                        h.byday or "", h.opens_at.strftime("%H:%M"), h.closes_at.strftime("%H:%M")
                    )
                    for h in s.schedules
                    if not h.is_closed and h.opens_at and h.closes_at
                ),
                active=s.status not in ("inactive", "defunct"),
            )
