"""What the desk shows about one service: its phones, hours, addresses and checks."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from wijkinfo.db.models import Attribute, Location, Service, ServiceAtLocation, TaxonomyTerm
from wijkinfo.services.directory.hours import DayHours, is_open_at, week_overview
from wijkinfo.services.directory.phones import dial_string, format_phone
from wijkinfo.services.directory.staleness import stale_months_in
from wijkinfo.services.errors import UserError
from wijkinfo.services.search.filters import schedule_rules


@dataclass(frozen=True)
class PhoneView:
    """A phone number as stored; ``display`` and ``dial`` are worked out when first read.

    Parsing with phonenumbers takes about half a millisecond a number: a results list only
    formats the rows on screen, not all two hundred hits of every keystroke.
    """

    number: str
    description: str | None

    @functools.cached_property
    def display(self) -> str:
        return format_phone(self.number)

    @functools.cached_property
    def dial(self) -> str:
        return dial_string(self.number)


@dataclass(frozen=True)
class ServiceDetail:
    id: str
    name: str
    alternate_name: str | None
    organization: str
    description: str
    phones: tuple[PhoneView, ...]
    addresses: tuple[str, ...]
    week: tuple[DayHours, ...]
    open_now: bool | None
    languages: tuple[str, ...]
    accessibility: tuple[str, ...]
    eligibility: str | None
    fees: str | None
    application_process: str | None
    required_documents: tuple[str, ...]
    url: str | None
    email: str | None
    themes: tuple[str, ...]
    areas: tuple[str, ...]
    assured_date: date | None
    status: str
    do_not_refer: bool
    do_not_refer_reason: str | None
    #: last checked longer ago than the setting ``stale_after_months`` (or never)
    stale: bool = False
    stale_after_months: int = 12


def _months_before(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    return date(year, month + 1, min(day.day, 28))


def _phones(service: Service) -> tuple[PhoneView, ...]:
    return tuple(PhoneView(p.number, p.description) for p in service.phones)


def read_detail(session: Session, service_id: str, *, now: datetime) -> ServiceDetail:
    """Everything the desk shows about one service, read in ``session``."""
    s = session.scalars(
        select(Service)
        .where(Service.id == service_id)
        .options(
            selectinload(Service.phones),
            selectinload(Service.schedules),
            selectinload(Service.languages),
            selectinload(Service.required_documents),
            selectinload(Service.organization),
            selectinload(Service.service_at_locations)
            .selectinload(ServiceAtLocation.location)
            .selectinload(Location.addresses),
            selectinload(Service.service_at_locations)
            .selectinload(ServiceAtLocation.location)
            .selectinload(Location.accessibility),
        )
    ).one_or_none()
    if s is None:
        raise UserError("Deze dienst bestaat niet (meer): {id}.", id=service_id)
    months = stale_months_in(session)
    terms = session.execute(
        select(Attribute.label, TaxonomyTerm.name)
        .join(TaxonomyTerm, TaxonomyTerm.id == Attribute.taxonomy_term_id)
        .where(Attribute.link_entity == "service", Attribute.link_id == s.id)
    ).all()
    rules = schedule_rules(s.schedules)
    locations = [sal.location for sal in s.service_at_locations]
    addresses = tuple(
        ", ".join(
            part
            for part in (
                loc.name,
                a.address_1,
                a.address_2,
                f"{a.postal_code or ''} {a.city}".strip(),
            )
            if part
        )
        for loc in locations
        for a in loc.addresses
    )
    week = tuple(week_overview(rules, now.date()))
    has_weekly = any(not r.is_closed and r.opens_at for r in rules)
    return ServiceDetail(
        id=s.id,
        name=s.name,
        alternate_name=s.alternate_name,
        organization=s.organization.name if s.organization else "",
        description=s.description or "",
        phones=_phones(s),
        addresses=addresses,
        week=week,
        open_now=is_open_at(rules, now) if has_weekly else None,
        languages=tuple(lang.name or lang.code or "" for lang in s.languages),
        accessibility=tuple(
            acc.description for loc in locations for acc in loc.accessibility if acc.description
        ),
        eligibility=s.eligibility_description,
        fees=s.fees_description,
        application_process=s.application_process,
        required_documents=tuple(d.document for d in s.required_documents),
        url=s.url,
        email=s.email,
        themes=tuple(name for label, name in terms if label == "thema"),
        areas=tuple(name for label, name in terms if label in ("wijk", "buurt")),
        assured_date=s.assured_date,
        status=s.status,
        do_not_refer=s.do_not_refer,
        do_not_refer_reason=s.do_not_refer_reason,
        stale=s.assured_date is None or s.assured_date < _months_before(now.date(), months),
        stale_after_months=months,
    )
