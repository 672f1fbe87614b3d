"""Signals about services of the sociale kaart: picking a service while logging (the desk's own
search, as you type), what a coordinator sees on a service's detail, and the public note that
volunteers see instead of the signals themselves."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wijkinfo.db.base import utcnow
from wijkinfo.db.models import Organization, Service, ServicePublicNote, Signal, SignalService
from wijkinfo.services.audit import write_audit
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import DIRECTORY, Change
from wijkinfo.services.people.auth import Actor, can, require
from wijkinfo.services.signals.due import OPEN

MAX_NOTE = 300
PICK_LIMIT = 15


@dataclass(frozen=True)
class ServiceChoice:
    id: str
    name: str
    organization: str


@dataclass(frozen=True)
class ServiceSignals:
    """What wijkinfo tells about signals on a service's detail, by who is looking."""

    open_count: int  # 0 for volunteers: they see nothing of the signals
    latest: date | None
    public_note: str | None


def find_services(store: Store, *, text: str, limit: int = PICK_LIMIT) -> list[ServiceChoice]:
    """Services for the signal form's picker, with the desk's forgiving search."""
    from wijkinfo.services.search.lookup import SearchService

    text = (text or "").strip()
    if not text:
        return []
    hits = SearchService(store).search(text[:200], limit=limit)
    return [ServiceChoice(h.id, h.name, h.organization) for h in hits]


def check_services(session: Session, service_ids: tuple[str, ...]) -> tuple[str, ...]:
    ids = tuple(dict.fromkeys(service_ids))
    if ids:
        found = set(session.scalars(select(Service.id).where(Service.id.in_(ids))))
        if len(found) != len(ids):
            raise UserError("Een gekozen dienst staat niet (meer) in de sociale kaart.")
    return ids


def link_services(session: Session, signal_id: str, service_ids: tuple[str, ...]) -> None:
    """Tie the signal to these services (in the caller's unit of work)."""
    for service_id in check_services(session, service_ids):
        session.add(SignalService(signal_id=signal_id, service_id=service_id))


def service_names(session: Session, signal_id: str) -> tuple[str, ...]:
    return tuple(
        session.scalars(
            select(Service.name)
            .join(SignalService, SignalService.service_id == Service.id)
            .where(SignalService.signal_id == signal_id)
            .order_by(Service.name)
        )
    )


def service_signals(store: Store, *, actor: Actor, service_id: str) -> ServiceSignals:
    """For a service's detail: coordinators see how many open signals concern it; everyone
    sees the public note, if any."""
    with store.sessions() as session:
        note = session.get(ServicePublicNote, service_id)
        text = note.text if note else None
        if not can(actor, "signal.review"):
            return ServiceSignals(0, None, text)
        direct = select(SignalService.signal_id).where(SignalService.service_id == service_id)
        row = session.execute(
            select(func.count(), func.max(Signal.signal_date)).where(
                Signal.id.in_(direct), Signal.status.in_(OPEN)
            )
        ).one()
        return ServiceSignals(int(row[0] or 0), row[1], text)


def set_public_note(store: Store, *, actor: Actor, service_id: str, text: str | None) -> None:
    """The line volunteers see on the service ("lange wachttijd, gemeld"); empty removes it."""
    require(actor, "directory.edit")
    text = " ".join((text or "").split())
    if len(text) > MAX_NOTE:
        raise UserError("De notitie is te lang (hoogstens {max} tekens).", max=MAX_NOTE)
    with store.unit_of_work(author=actor.user_id) as session:
        if session.get(Service, service_id) is None:
            raise UserError("Deze dienst staat niet (meer) in de sociale kaart.")
        note = session.get(ServicePublicNote, service_id)
        if not text:
            if note is not None:
                session.delete(note)
        elif note is None:
            session.add(
                ServicePublicNote(
                    service_id=service_id,
                    text=text,
                    updated_by=actor.user_id,
                    author_name=actor.name,
                    updated_at=utcnow(),
                )
            )
        else:
            note.text, note.updated_by, note.author_name = text, actor.user_id, actor.name
            note.updated_at = utcnow()
        write_audit(session, actor, "service.public_note", entity="service", entity_id=service_id)
    store.events.publish(Change(DIRECTORY, (service_id,)))


def organisation_choices(store: Store) -> list[tuple[str, str]]:
    """(id, name) of organisations and services, for the dossier's picker."""
    with store.sessions() as session:
        return [
            (r.id, r.name)
            for r in session.execute(
                select(Organization.id, Organization.name).order_by(Organization.name)
            )
        ]
