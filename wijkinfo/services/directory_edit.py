"""Coordinators keep the sociale kaart: organisations, services, phones, hours and addresses.

Everything is checked before anything is written; one save is one transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time
from urllib.parse import urlparse

from sqlalchemy import select

from wijkinfo.db.models import (
    Address,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
)
from wijkinfo.services.auth import Actor, require
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import DIRECTORY, Change
from wijkinfo.services.hours import DAY_CODES
from wijkinfo.services.phones import format_phone, parse_dutch
from wijkinfo.services.store import Store

_POSTCODE = re.compile(r"^\s*(\d{4})\s*([A-Za-z]{2})\s*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")
MAX_NAME = 300
MAX_TEXT = 5000


@dataclass(frozen=True)
class PhoneInput:
    number: str
    description: str | None = None


@dataclass(frozen=True)
class HoursInput:
    """Weekly hours: days as codes ("MO,TU") and times as "09:00"."""

    days: str
    opens: str
    closes: str


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


def _text(value, what: str, *, required: bool = False, most: int = MAX_TEXT) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise UserError("Vul de naam in.")  # only the name is required
        return None
    if not isinstance(value, str) or len(value) > most:
        raise UserError("Te lang: {what} heeft meer dan {max} tekens.", what=what, max=most)
    return value.strip()


def check_url(value: str | None) -> str | None:
    value = _text(value, "de website", most=2000)
    if value is None:
        return None
    if "://" not in value:
        value = "https://" + value
    parsed = urlparse(value)
    if parsed.scheme not in ("http", "https") or "." not in parsed.netloc or " " in value:
        raise UserError("‘{url}’ is geen geldig webadres. Schrijf het zoals www.voorbeeld.nl.",
                        url=value[:80])
    return value


def check_email(value: str | None) -> str | None:
    value = _text(value, "het e-mailadres", most=320)
    if value is not None and not _EMAIL.match(value):
        raise UserError("‘{email}’ is geen geldig e-mailadres. Schrijf het zoals naam@voorbeeld.nl.",
                        email=value[:80])
    return value


def check_postcode(value: str | None) -> str | None:
    value = _text(value, "de postcode", most=20)
    if value is None:
        return None
    match = _POSTCODE.match(value)
    if not match:
        raise UserError("‘{postcode}’ is geen postcode. Schrijf vier cijfers en twee letters, "
                        "zoals 1234 AB.", postcode=value)
    return f"{match.group(1)} {match.group(2).upper()}"


def _check_time(value: str) -> time:
    match = _TIME.match(value or "") if isinstance(value, str) else None
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise UserError("‘{time}’ is geen tijd. Schrijf de tijd zoals 09:00 of 17:30.",
                        time=str(value)[:20])
    return time(int(match.group(1)), int(match.group(2)))


def check_hours(hours: HoursInput) -> tuple[str, time, time]:
    codes = [c.strip().upper() for c in (hours.days or "").split(",") if c.strip()]
    if not codes or any(c not in DAY_CODES for c in codes):
        raise UserError("Kies de dagen waarop de dienst open is (MO, TU, WE, TH, FR, SA, SU).")
    opens, closes = _check_time(hours.opens), _check_time(hours.closes)
    if opens == closes:
        raise UserError("Openen en sluiten kan niet op hetzelfde tijdstip ({time}).",
                        time=opens.strftime("%H:%M"))
    # closing before opening is allowed: open past midnight (22:00–02:00)
    return ",".join(dict.fromkeys(codes)), opens, closes


class DirectoryEditor:
    def __init__(self, store: Store) -> None:
        self.store = store

    def save_organization(
        self, *, actor: Actor, name: str, organization_id: str | None = None,
        website: str | None = None, email: str | None = None,
    ) -> str:
        require(actor, "directory.edit")
        name = _text(name, "de naam", required=True, most=MAX_NAME)
        website, email = check_url(website), check_email(email)
        with self.store.unit_of_work() as session:
            org = session.get(Organization, organization_id) if organization_id else Organization()
            if org is None:
                raise UserError("Deze organisatie bestaat niet (meer).")
            org.name, org.website, org.email = name, website, email
            session.add(org)
            session.flush()
            org_id = org.id
        self.store.events.publish(Change(DIRECTORY, ()))
        return org_id

    def save_service(self, *, actor: Actor, data: ServiceInput, service_id: str | None = None
                     ) -> str:
        """Create or change a service with its phones, hours and address, all or nothing."""
        require(actor, "directory.edit")
        name = _text(data.name, "de naam", required=True, most=MAX_NAME)
        description = _text(data.description, "de omschrijving") or ""
        url, email = check_url(data.url), check_email(data.email)
        postal_code = check_postcode(data.postal_code)
        address = _text(data.address, "het adres", most=500)
        city = _text(data.city, "de plaats", most=200)
        if (address or postal_code) and not city:
            raise UserError("Vul de plaats in bij het adres.")
        if len(data.phones) > 20 or len(data.hours) > 50:
            raise UserError("Dat zijn te veel telefoonnummers of openingstijden.")
        phones = [
            (format_phone(p.number) if parse_dutch(p.number) else p.number,
             _text(p.description, "de toelichting", most=500))
            for p in data.phones
        ]
        hours = [check_hours(h) for h in data.hours]
        with self.store.unit_of_work() as session:
            if session.get(Organization, data.organization_id or "") is None:
                raise UserError("Kies de organisatie van deze dienst.")
            service = session.get(Service, service_id) if service_id else Service()
            if service is None:
                raise UserError("Deze dienst bestaat niet (meer).")
            service.name, service.description = name, description
            service.organization_id = data.organization_id
            service.url, service.email = url, email
            service.fees_description = _text(data.fees, "de kosten")
            service.is_free = data.is_free
            service.eligibility_description = _text(data.eligibility, "voor wie")
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

    def _set_address(self, session, service: Service, line: str, postcode, city: str) -> None:
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
        with self.store.unit_of_work() as session:
            service = session.get(Service, service_id)
            if service is None:
                raise UserError("Deze dienst bestaat niet (meer).")
            service.status = "inactive"
        self.store.events.publish(Change(DIRECTORY, (service_id,)))

    def mark_checked(self, *, actor: Actor, service_id: str, today: date | None = None) -> None:
        """"Vandaag gecontroleerd": the information was checked with the service today."""
        require(actor, "directory.edit")
        with self.store.unit_of_work() as session:
            service = session.get(Service, service_id)
            if service is None:
                raise UserError("Deze dienst bestaat niet (meer).")
            service.assured_date = today or date.today()
        self.store.events.publish(Change(DIRECTORY, (service_id,)))

    def organizations(self, *, actor: Actor) -> list[tuple[str, str]]:
        require(actor, "directory.edit")
        with self.store.sessions() as session:
            return [tuple(r) for r in session.execute(
                select(Organization.id, Organization.name).order_by(Organization.name))]

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
                name=s.name, organization_id=s.organization_id or "",
                description=s.description or "", url=s.url, email=s.email,
                fees=s.fees_description, is_free=s.is_free, eligibility=s.eligibility_description,
                address=address.address_1 if address else None,
                postal_code=address.postal_code if address else None,
                city=address.city if address else None,
                phones=tuple(PhoneInput(p.number, p.description) for p in s.phones),
                hours=tuple(
                    HoursInput(h.byday or "", h.opens_at.strftime("%H:%M"),
                               h.closes_at.strftime("%H:%M"))
                    for h in s.schedules if not h.is_closed and h.opens_at and h.closes_at
                ),
            )
