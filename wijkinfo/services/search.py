"""Looking up services: the desk's search and a service's detail."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session, selectinload

from wijkinfo.db.models import Attribute, Location, Service, ServiceAtLocation, TaxonomyTerm
from wijkinfo.services.errors import UserError
from wijkinfo.services.hours import DayHours, ScheduleRule, is_open_at, parse_byday, week_overview
from wijkinfo.services.phones import dial_string, format_phone
from wijkinfo.services.store import Store

MAX_QUERY_LENGTH = 200
_WORD = re.compile(r"\w+", re.UNICODE)
# bm25 column weights: service_id, name, alternate_name, description, organization, themes, keywords
_BM25 = "bm25(service_fts, 0, 10.0, 6.0, 1.0, 3.0, 2.0, 4.0)"


@dataclass(frozen=True)
class PhoneView:
    display: str
    dial: str
    description: str | None


@dataclass(frozen=True)
class ServiceHit:
    id: str
    name: str
    organization: str
    phones: tuple[PhoneView, ...]
    status: str
    do_not_refer: bool
    score: float

    @property
    def referable(self) -> bool:
        return self.status == "active" and not self.do_not_refer


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


def fts_query(user_text: str) -> str | None:
    """Every word must match, each as a prefix; None when there is nothing to search for."""
    words = _WORD.findall(user_text.lower())
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)


def _phones(service: Service) -> tuple[PhoneView, ...]:
    return tuple(
        PhoneView(format_phone(p.number), dial_string(p.number), p.description)
        for p in service.phones
    )


class SearchService:
    """The lookup the desk and ``wijkinfo search`` share."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def search(self, query: str, *, limit: int = 50) -> list[ServiceHit]:
        """Services matching every word of ``query`` (as prefixes), best first.

        Inactive and do-not-refer services come last. An empty query lists services by name.
        """
        if len(query) > MAX_QUERY_LENGTH:
            raise UserError(
                "De zoekvraag is te lang (meer dan {max} tekens). Gebruik een paar woorden.",
                max=MAX_QUERY_LENGTH,
            )
        if limit < 1:
            raise UserError("Het aantal resultaten moet 1 of meer zijn.")
        match = fts_query(query)
        with self.store.sessions() as session:
            if match is None:
                rows = session.execute(
                    select(Service.id, text("0.0")).order_by(Service.name).limit(limit)
                ).all()
            else:
                rows = session.execute(
                    text(
                        f"SELECT f.service_id, {_BM25} AS rank FROM service_fts f "
                        "JOIN service s ON s.id = f.service_id "
                        "WHERE service_fts MATCH :match "
                        "ORDER BY (s.status != 'active' OR s.do_not_refer), rank, s.name "
                        "LIMIT :limit"
                    ),
                    {"match": match, "limit": limit},
                ).all()
            return self._hits(session, rows)

    def _hits(self, session: Session, rows) -> list[ServiceHit]:
        ids = [r[0] for r in rows]
        services = {
            s.id: s
            for s in session.scalars(
                select(Service)
                .where(Service.id.in_(ids))
                .options(selectinload(Service.phones), selectinload(Service.organization))
            )
        }
        hits = []
        for sid, rank in rows:
            s = services[sid]
            hits.append(
                ServiceHit(
                    id=s.id,
                    name=s.name,
                    organization=s.organization.name if s.organization else "",
                    phones=_phones(s),
                    status=s.status,
                    do_not_refer=s.do_not_refer,
                    score=round(-float(rank), 4),
                )
            )
        return hits

    def detail(self, service_id: str, *, now: datetime | None = None) -> ServiceDetail:
        """Everything the desk shows about one service."""
        now = now or datetime.now()
        with self.store.sessions() as session:
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
            terms = session.execute(
                select(Attribute.label, TaxonomyTerm.name)
                .join(TaxonomyTerm, TaxonomyTerm.id == Attribute.taxonomy_term_id)
                .where(Attribute.link_entity == "service", Attribute.link_id == s.id)
            ).all()
            rules = [
                ScheduleRule(
                    byday=parse_byday(r.byday),
                    opens_at=r.opens_at,
                    closes_at=r.closes_at,
                    valid_from=r.valid_from,
                    valid_to=r.valid_to,
                    is_closed=r.is_closed,
                    description=r.description,
                )
                for r in s.schedules
            ]
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
                    acc.description for loc in locations for acc in loc.accessibility
                    if acc.description
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
            )
