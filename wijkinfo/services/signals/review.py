"""A coordinator's review of signals: the queue, detail with history, workflow, notes, contact.

Edits carry the version the coordinator saw; if someone else changed the signal meanwhile, the
edit is refused with a clear message and nothing is overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.exc import StaleDataError

from wijkinfo.db.base import utcnow
from wijkinfo.db.models import (
    Organization,
    Signal,
    SignalContact,
    SignalNote,
    SignalStatusChange,
    User,
)
from wijkinfo.db.models.vocabulary import Area
from wijkinfo.services.audit import write_audit
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import SIGNALS, Change
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.privacy.contacts import open_contact
from wijkinfo.services.signals.due import CLOSED as CLOSED
from wijkinfo.services.signals.intake import MAX_DESCRIPTION, add_working_days
from wijkinfo.services.signals.links import service_names
from wijkinfo.services.signals.queue import SignalRow, queue_page, summary_of

STATUS_LABELS = {
    "nieuw": "nieuw",
    "in_behandeling": "in behandeling",
    "doorgezet": "doorgezet",
    "afgehandeld": "afgehandeld",
    "geannuleerd": "geannuleerd",
    "heropend": "heropend",
}
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "nieuw": ("in_behandeling", "geannuleerd"),
    "in_behandeling": ("doorgezet", "afgehandeld", "geannuleerd"),
    "doorgezet": ("in_behandeling", "afgehandeld", "geannuleerd"),
    "afgehandeld": ("heropend",),
    "geannuleerd": (),
    "heropend": ("in_behandeling", "doorgezet", "afgehandeld", "geannuleerd"),
}


@dataclass(frozen=True)
class HistoryItem:
    at: datetime
    who: str | None
    kind: str  # "status" or "note"
    text: str  # in Dutch ("nieuw → in behandeling: …"); the UI builds its own from the codes
    from_status: str | None = None
    to_status: str | None = None
    note: str | None = None  # a status change's note, or the note itself


@dataclass(frozen=True)
class SignalDetail:
    row: SignalRow
    description: str
    forwarded_to: str | None
    organizations: tuple[str, ...]
    has_contact: bool
    created_at: datetime
    closed_at: datetime | None
    history: tuple[HistoryItem, ...]
    allowed: tuple[str, ...]
    agreement: str | None = None
    follow_up_on: date | None = None
    outcome: str | None = None
    services: tuple[str, ...] = ()


@dataclass(frozen=True)
class ContactDetails:
    name: str | None
    phone: str | None
    email: str | None
    consent_date: date
    anonymised: bool


def due_date(signal: Signal) -> date:
    return add_working_days(signal.signal_date, signal.theme.response_days)


def _place(signal: Signal, code: str | None) -> str | None:
    """The list's name for a stored place code (text from before the list stays as it is)."""
    session = object_session(signal)
    if not code or session is None:
        return code
    return session.scalar(select(Area.name).where(Area.code == code)) or code


def _row(signal: Signal, names: dict[str, str], today: date) -> SignalRow:
    due = due_date(signal)
    return SignalRow(
        id=signal.id,
        signal_date=signal.signal_date,
        theme_code=signal.theme.code,
        theme_name=signal.theme.name,
        wijk=_place(signal, signal.wijk),
        buurt=_place(signal, signal.buurt),
        urgency=signal.urgency,
        status=signal.status,
        assigned_to=signal.assigned_to,
        assigned_name=names.get(signal.assigned_to or ""),
        due=due,
        overdue=signal.status not in CLOSED and today > due,
        summary=summary_of(signal.description),
        version=signal.version,
        theme_name_en=signal.theme.name_en or "",
    )


def _names(session: Session) -> dict[str, str]:
    return {r.id: r.name for r in session.execute(select(User.id, User.name))}


def list_signals(
    store: Store,
    *,
    actor: Actor,
    status: str | None = None,
    theme_code: str | None = None,
    wijk: str | None = None,
    assigned_to: str | None = None,
    overdue: bool = False,
    today: date | None = None,
) -> list[SignalRow]:
    """The whole review queue, newest first, filtered (the window reads it a page at a time,
    see queue.queue_page). ``assigned_to="-"`` means: nobody yet."""
    page = queue_page(
        store,
        actor=actor,
        status=status,
        theme_code=theme_code,
        wijk=wijk,
        assigned_to=assigned_to,
        overdue=overdue,
        limit=None,
        with_total=False,
        today=today,
    )
    return list(page.rows)


def get_signal(
    store: Store, *, actor: Actor, signal_id: str, today: date | None = None
) -> SignalDetail:
    """A signal with its full history. Contact details are not part of it (see read_contact)."""
    require(actor, "signal.review")
    today = today or date.today()
    with store.sessions() as session:
        signal = load(session, signal_id)
        names = _names(session)
        items = [
            HistoryItem(
                h.at,
                names.get(h.user_id or ""),
                "status",
                _status_text(h),
                from_status=h.from_status,
                to_status=h.to_status,
                note=h.note,
            )
            for h in signal.history
        ] + [
            HistoryItem(n.at, names.get(n.user_id or ""), "note", n.text, note=n.text)
            for n in signal.notes
        ]
        items.sort(key=lambda i: i.at)
        org_ids = [o.organization_id for o in signal.organizations]
        orgs = (
            tuple(session.scalars(select(Organization.name).where(Organization.id.in_(org_ids))))
            if org_ids
            else ()
        )
        has_contact = session.get(SignalContact, signal_id) is not None
        return SignalDetail(
            row=_row(signal, names, today),
            description=signal.description,
            forwarded_to=signal.forwarded_to,
            organizations=orgs,
            has_contact=has_contact,
            created_at=signal.created_at,
            closed_at=signal.closed_at,
            history=tuple(items),
            allowed=TRANSITIONS.get(signal.status, ()),
            agreement=signal.agreement,
            follow_up_on=signal.follow_up_on,
            outcome=signal.outcome,
            services=service_names(session, signal.id),
        )


def _status_text(change: SignalStatusChange) -> str:
    text = STATUS_LABELS.get(change.to_status, change.to_status)
    if change.from_status:
        text = f"{STATUS_LABELS.get(change.from_status, change.from_status)} → {text}"
    return f"{text}: {change.note}" if change.note else text


def load(session: Session, signal_id: str) -> Signal:
    signal = session.get(Signal, signal_id)
    if signal is None:
        raise UserError("Dit signaal bestaat niet (meer). Vernieuw de lijst.")
    return signal


def guard(signal: Signal, expected_version: int) -> None:
    if signal.version != expected_version:
        raise UserError(
            "Iemand anders heeft dit signaal net gewijzigd. Er is niets overschreven. "
            "Bekijk de nieuwe stand en probeer het opnieuw."
        )


def commit_edit(store: Store, signal_id: str, edit: Callable[[Session], None]) -> None:
    try:
        with store.unit_of_work() as session:
            edit(session)
    except StaleDataError:  # a write slipped in between our read and our write
        raise UserError(
            "Iemand anders heeft dit signaal net gewijzigd. Er is niets overschreven. "
            "Bekijk de nieuwe stand en probeer het opnieuw."
        ) from None
    store.events.publish(Change(SIGNALS, (signal_id,)))


def change_status(
    store: Store,
    *,
    actor: Actor,
    signal_id: str,
    to_status: str,
    expected_version: int,
    note: str | None = None,
    forwarded_to: str | None = None,
    now: datetime | None = None,
    agreement: str | None = None,
    follow_up_on: date | None = None,
    outcome: str | None = None,
) -> None:
    """Move a signal along the workflow; only the whitelisted steps are allowed.

    Forwarding keeps ``agreement`` and ``follow_up_on``; closing as *afgehandeld* keeps the
    ``outcome`` (none given: *onbekend*)."""
    require(actor, "signal.review")
    from wijkinfo.services.signals import followup

    now = now or utcnow()
    agreement = followup.check_agreement(agreement)
    follow_up_on = followup.check_follow_up(follow_up_on, today=now.date())
    if to_status == "afgehandeld":
        outcome = followup.check_outcome(outcome)
    note = (note or "").strip() or None
    if note and len(note) > MAX_DESCRIPTION:
        raise UserError("De toelichting is te lang (hoogstens {max} tekens).", max=MAX_DESCRIPTION)

    def edit(session: Session) -> None:
        signal = load(session, signal_id)
        guard(signal, expected_version)
        if to_status not in TRANSITIONS.get(signal.status, ()):
            raise UserError(
                "Een signaal met status {current} kan niet naar {target}.",
                current=STATUS_LABELS.get(signal.status, signal.status),
                target=STATUS_LABELS.get(to_status, to_status),
            )
        if to_status == "doorgezet":
            target = (forwarded_to or "").strip()
            if not target:
                raise UserError(
                    "Vul in naar wie het signaal is doorgezet (gemeente of organisatie)."
                )
            if len(target) > 500:
                raise UserError("De naam van de gemeente of organisatie is te lang.")
            signal.forwarded_to = target
            signal.agreement = agreement or signal.agreement
            signal.follow_up_on = follow_up_on
        session.add(
            SignalStatusChange(
                signal_id=signal.id,
                from_status=signal.status,
                to_status=to_status,
                user_id=actor.user_id,
                note=note,
                at=now,
            )
        )
        signal.status = to_status
        signal.closed_at = now if to_status in CLOSED else None
        signal.outcome = outcome if to_status == "afgehandeld" else None
        if to_status in CLOSED:
            signal.follow_up_on = None  # nothing left to ask after
        write_audit(
            session,
            actor,
            "signal.status",
            entity="signal",
            entity_id=signal.id,
            detail=to_status,
            at=now,
        )

    commit_edit(store, signal_id, edit)


def assign(
    store: Store, *, actor: Actor, signal_id: str, user_id: str | None, expected_version: int
) -> None:
    """Give the signal to a coordinator (or to nobody)."""
    require(actor, "signal.review")

    def edit(session: Session) -> None:
        signal = load(session, signal_id)
        guard(signal, expected_version)
        if user_id is not None and session.get(User, user_id) is None:
            raise UserError("Deze gebruiker bestaat niet (meer).")
        signal.assigned_to = user_id
        write_audit(
            session, actor, "signal.assign", entity="signal", entity_id=signal.id, detail=user_id
        )

    commit_edit(store, signal_id, edit)


def add_note(
    store: Store, *, actor: Actor, signal_id: str, text: str, now: datetime | None = None
) -> None:
    """An internal note; notes are added, never edited, so two coordinators cannot collide."""
    require(actor, "signal.review")
    if not isinstance(text, str) or not text.strip():
        raise UserError("De notitie is leeg. Schrijf eerst iets op.")
    if len(text.strip()) > MAX_DESCRIPTION:
        raise UserError("De notitie is te lang (hoogstens {max} tekens).", max=MAX_DESCRIPTION)
    with store.unit_of_work(author=actor.user_id) as session:
        load(session, signal_id)
        session.add(
            SignalNote(
                signal_id=signal_id, user_id=actor.user_id, text=text.strip(), at=now or utcnow()
            )
        )
    store.events.publish(Change(SIGNALS, (signal_id,)))


def read_contact(store: Store, *, actor: Actor, signal_id: str) -> ContactDetails | None:
    """The resident's contact details: a signed-in coordinator with access only (the details
    are sealed). Every view is audited."""
    require(actor, "signal.contact.read")
    with store.unit_of_work() as session:
        load(session, signal_id)
        contact = session.get(SignalContact, signal_id)
        if contact is None:
            return None
        plain = open_contact(session, actor, contact)
        write_audit(session, actor, "signal.contact.read", entity="signal", entity_id=signal_id)
        return ContactDetails(
            plain.name if plain else None,
            plain.phone if plain else None,
            plain.email if plain else None,
            contact.consent_date,
            contact.anonymised_at is not None,
        )


def coordinators(store: Store, *, actor: Actor) -> list[tuple[str, str]]:
    """(id, name) of people a signal can be assigned to."""
    require(actor, "signal.review")
    with store.sessions() as session:
        return [
            (r.id, r.name)
            for r in session.execute(
                select(User.id, User.name)
                .where(User.active, User.role == "coordinator")
                .order_by(User.name)
            )
        ]
