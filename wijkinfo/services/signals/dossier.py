"""The dossier of one organisation (or one service) for a period: what a coordinator takes to
the meeting with it. Counts per theme and month, open and closed, what came of them, how long
they took from *doorgezet* to *afgehandeld*, and what residents ran into, in their words with
contact details taken out. Never contact details, never internal notes, never a place.

Every count goes through the small-numbers rule (suppression.py) when it is printed.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from wijkinfo.db.models import (
    Organization,
    Service,
    Signal,
    SignalOrganization,
    SignalService,
    SignalStatusChange,
)
from wijkinfo.db.models.signals import SignalTheme
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.messages import Named
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.signals.due import CLOSED
from wijkinfo.services.signals.stats import Rows, check_period, in_period

# What could point at a person in a description, and what it becomes.
_SCRUB = (
    (re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"), "[e-mail]"),
    (re.compile(r"\b\d{4} ?[A-Za-z]{2}\b"), "[postcode]"),
)


_PHONE = re.compile(r"(\+|\b0)\d[\d \-().]{6,}\d")


def _phone(match: re.Match[str]) -> str:
    # nine digits or more: a phone number (a date such as 01-12-2026 has eight)
    return "[telefoonnummer]" if sum(c.isdigit() for c in match.group()) >= 9 else match.group()


_NAMED = re.compile(
    r"\b((?i:mevrouw|meneer|mevr|mw|dhr|de heer|familie|fam)\.?)\s+"
    r"((?:(?i:van|de|der|den|ten|ter|el|al)\s+)*)(\w[\w'-]*)"
)


def _named(match: re.Match[str]) -> str:
    # "mevrouw Jansen", "dhr. Öztürk", "familie van der Berg": a capital after a form of address
    if not match.group(3)[:1].isupper() and not match.group(2):
        return match.group()
    return f"{match.group(1)} [naam]"


def anonymise(text: str) -> str:
    """A description without e-mail addresses, phone numbers, postcodes and names after a
    form of address ("mevrouw Jansen" → "mevrouw [naam]")."""
    text = _PHONE.sub(_phone, text)
    text = _NAMED.sub(_named, text)
    for pattern, replacement in _SCRUB:
        text = pattern.sub(replacement, text)
    return " ".join(text.split())


@dataclass(frozen=True)
class DossierItem:
    month: str  # "2026-11": never the day
    theme: str
    status: str
    outcome: str | None
    text: str


@dataclass(frozen=True)
class Dossier:
    kind: str  # "organisatie" or "dienst"
    name: str
    organisation: str | None  # a service's organisation
    start: date | None
    end: date | None
    total: int
    per_theme: Rows
    per_month: Rows
    open_count: int
    closed_count: int
    per_outcome: Rows
    durations: tuple[int, ...]  # days from doorgezet to afgehandeld, per signal
    items: tuple[DossierItem, ...]
    threshold: int

    @property
    def median_days(self) -> float | None:
        return statistics.median(self.durations) if self.durations else None

    @property
    def slowest_days(self) -> int | None:
        return max(self.durations) if self.durations else None


@dataclass(frozen=True)
class Subject:
    kind: str
    id: str
    name: str


def find_subject(store: Store, *, actor: Actor, text: str) -> Subject:
    """An organisation (or else a service) by its id or its exact name, any case."""
    require(actor, "report.view")
    text = (text or "").strip()
    if not text:
        raise UserError("Noem de organisatie of dienst waarvan u het dossier wilt.")
    with store.sessions() as session:
        candidates = (
            ("organisatie", Organization.id, Organization.name),
            ("dienst", Service.id, Service.name),
        )
        for kind, id_col, name_col in candidates:
            by_id = session.execute(select(id_col, name_col).where(id_col == text)).first()
            if by_id is not None:
                return Subject(kind, by_id[0], by_id[1])
            rows = session.execute(
                select(id_col, name_col).where(func.lower(name_col) == text.lower())
            ).all()
            if len(rows) > 1:
                raise UserError(
                    "Er zijn {n} met de naam {name}. Geef het id in plaats van de naam.",
                    n=len(rows),
                    name=text,
                )
            if rows:
                return Subject(kind, rows[0][0], rows[0][1])
    raise UserError(
        "Er is geen organisatie of dienst met de naam {name}. Kijk de naam na in de sociale kaart.",
        name=text,
    )


def _involving(subject: Subject) -> ColumnElement[bool]:
    if subject.kind == "dienst":
        return Signal.id.in_(
            select(SignalService.signal_id).where(SignalService.service_id == subject.id)
        )
    services = select(Service.id).where(Service.organization_id == subject.id)
    return or_(
        Signal.id.in_(
            select(SignalOrganization.signal_id).where(
                SignalOrganization.organization_id == subject.id
            )
        ),
        Signal.id.in_(
            select(SignalService.signal_id).where(SignalService.service_id.in_(services))
        ),
    )


def _durations(session: Session, ids: list[str]) -> tuple[int, ...]:
    """Whole days from the first *doorgezet* to the last *afgehandeld*, per signal."""
    if not ids:
        return ()
    first: dict[str, datetime] = {}
    last: dict[str, datetime] = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        for sid, at in session.execute(
            select(SignalStatusChange.signal_id, func.min(SignalStatusChange.at))
            .where(
                SignalStatusChange.signal_id.in_(part), SignalStatusChange.to_status == "doorgezet"
            )
            .group_by(SignalStatusChange.signal_id)
        ):
            first[sid] = at
        for sid, at in session.execute(
            select(SignalStatusChange.signal_id, func.max(SignalStatusChange.at))
            .where(
                SignalStatusChange.signal_id.in_(part),
                SignalStatusChange.to_status == "afgehandeld",
            )
            .group_by(SignalStatusChange.signal_id)
        ):
            last[sid] = at
    return tuple(
        sorted(
            (last[s] - first[s]).days
            for s in ids
            if s in first and s in last and last[s] >= first[s]
        )
    )


def build_dossier(
    store: Store,
    *,
    actor: Actor,
    subject: Subject,
    start: date | None = None,
    end: date | None = None,
) -> Dossier:
    """The dossier of ``subject`` over signals dated from ``start`` to ``end`` (included)."""
    require(actor, "report.view")
    check_period(start, end)
    from wijkinfo.services.signals.suppression import threshold_of

    with store.sessions() as session:
        organisation = None
        if subject.kind == "dienst":
            service = session.get(Service, subject.id)
            if service is None:
                raise UserError("Deze dienst staat niet (meer) in de sociale kaart.")
            org = (
                session.get(Organization, service.organization_id)
                if service.organization_id
                else None
            )
            organisation = org.name if org else None
        elif session.get(Organization, subject.id) is None:
            raise UserError("Deze organisatie staat niet (meer) in de sociale kaart.")
        rows = session.execute(
            select(
                Signal.id,
                Signal.signal_date,
                SignalTheme.name,
                SignalTheme.name_en,
                Signal.status,
                Signal.outcome,
                Signal.description,
            )
            .join(SignalTheme, SignalTheme.id == Signal.theme_id)
            .where(*in_period(start, end), _involving(subject))
            .order_by(Signal.signal_date, Signal.created_at)
        ).all()
        themes: Counter[str] = Counter()
        months: Counter[str] = Counter()
        outcomes: Counter[str] = Counter()
        items = []
        closed = 0
        for _sid, day, dutch, english, status, outcome, text in rows:
            theme = Named(dutch, english or "")  # a file made in English shows the English
            themes[theme] += 1
            months[day.strftime("%Y-%m")] += 1
            if status in CLOSED:
                closed += 1
            if status == "afgehandeld":
                outcomes[outcome or "onbekend"] += 1
            items.append(
                DossierItem(day.strftime("%Y-%m"), theme, status, outcome, anonymise(text))
            )
        durations = _durations(session, [r[0] for r in rows if r[4] == "afgehandeld"])
        threshold = threshold_of(session)
    return Dossier(
        kind=subject.kind,
        name=subject.name,
        organisation=organisation,
        start=start,
        end=end,
        total=len(rows),
        per_theme=tuple(sorted(themes.items(), key=lambda kv: (-kv[1], kv[0]))),
        per_month=tuple(sorted(months.items())),
        open_count=len(rows) - closed,
        closed_count=closed,
        per_outcome=tuple(sorted(outcomes.items(), key=lambda kv: (-kv[1], kv[0]))),
        durations=durations,
        items=tuple(items),
        threshold=threshold,
    )
