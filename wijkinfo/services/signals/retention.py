"""Retention (AVG): anonymise contact details N days after a signal closed, delete the signal
after M days, leaving a trace row (id, theme, month) so that counts stay right.

Runs at start-up and by ``wijkinfo retention [--dry-run]``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from wijkinfo.db.base import utcnow
from wijkinfo.db.models import Signal, SignalContact, SignalTrace
from wijkinfo.services.audit import write_audit
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import SIGNALS, Change
from wijkinfo.services.messages import Message, Named
from wijkinfo.services.people.auth import COORDINATOR, Actor, require
from wijkinfo.services.privacy.contacts import forget_sealed_copies
from wijkinfo.services.settings import get_setting, set_setting
from wijkinfo.services.signals.review import CLOSED

log = logging.getLogger(__name__)

ANONYMISE_KEY = "retention_anonymise_days"
DELETE_KEY = "retention_delete_days"
DEFAULT_ANONYMISE_DAYS = 365
DEFAULT_DELETE_DAYS = 730
MAX_DAYS = 3650

#: Start-up runs retention on behalf of the information point itself.
STARTUP_ACTOR = Actor(user_id=None, name="bewaartermijn bij opstarten", role=COORDINATOR)


@dataclass(frozen=True)
class RetentionSettings:
    anonymise_days: int
    delete_days: int


@dataclass(frozen=True)
class RetentionResult:
    anonymised: tuple[str, ...]
    deleted: tuple[str, ...]
    lines: tuple[str, ...]
    dry_run: bool


def get_retention(store: Store) -> RetentionSettings:
    with store.sessions() as session:
        return RetentionSettings(
            int(get_setting(session, ANONYMISE_KEY) or DEFAULT_ANONYMISE_DAYS),
            int(get_setting(session, DELETE_KEY) or DEFAULT_DELETE_DAYS),
        )


def set_retention(store: Store, *, actor: Actor, anonymise_days: int, delete_days: int) -> None:
    """Change the terms (coordinators). Deleting can never come before anonymising."""
    require(actor, "settings.edit")
    for value in (anonymise_days, delete_days):
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= MAX_DAYS:
            raise UserError("Een bewaartermijn is een aantal dagen van 1 tot {max}.", max=MAX_DAYS)
    if delete_days < anonymise_days:
        raise UserError(
            "Signalen verwijderen kan niet eerder dan contactgegevens wissen. "
            "Maak de termijn voor verwijderen even lang of langer."
        )
    with store.unit_of_work() as session:
        set_setting(session, ANONYMISE_KEY, anonymise_days)
        set_setting(session, DELETE_KEY, delete_days)
        write_audit(
            session,
            actor,
            "retention.settings",
            detail=f"wissen na {anonymise_days} dagen, verwijderen na {delete_days}",
        )


def run_retention(
    store: Store, *, actor: Actor, dry_run: bool = False, now: datetime | None = None
) -> RetentionResult:
    """Apply the terms; with ``dry_run`` only say what would change."""
    require(actor, "retention.run")
    now = now or utcnow()
    terms = get_retention(store)
    anonymise_before = now - timedelta(days=terms.anonymise_days)
    delete_before = now - timedelta(days=terms.delete_days)
    anonymised: list[str] = []
    deleted: list[str] = []
    lines: list[str] = []
    with store.unit_of_work() as session:
        closed = session.scalars(
            select(Signal)
            .options(selectinload(Signal.theme))
            .where(
                Signal.status.in_(CLOSED),
                Signal.closed_at.is_not(None),
                Signal.closed_at <= anonymise_before,
            )
        ).all()
        for signal in closed:
            label = Message(
                "signaal van {when:%d-%m-%Y} ({theme})",
                when=signal.signal_date,
                theme=Named(signal.theme.name, signal.theme.name_en or ""),
            )
            # closed_at is set for every closed signal (the query asks for it)
            if signal.closed_at is not None and signal.closed_at <= delete_before:
                deleted.append(signal.id)
                lines.append(
                    Message("{label}: verwijderen, alleen een telregel blijft", label=label)
                )
                if not dry_run:
                    session.add(
                        SignalTrace(
                            signal_id=signal.id,
                            theme_code=signal.theme.code,
                            month=signal.signal_date.strftime("%Y-%m"),
                            deleted_at=now,
                        )
                    )
                    contact = session.get(SignalContact, signal.id)
                    if contact is not None:
                        session.delete(contact)
                    session.delete(signal)
                continue
            contact = session.get(SignalContact, signal.id)
            if contact is None or contact.anonymised_at is not None:
                continue
            anonymised.append(signal.id)
            lines.append(Message("{label}: contactgegevens wissen", label=label))
            if not dry_run:
                contact.sealed = None
                contact.anonymised_at = now
        if not dry_run and (anonymised or deleted):
            session.flush()
            forget_sealed_copies(session, anonymised + deleted)
            write_audit(
                session,
                actor,
                "retention.run",
                at=now,
                detail=f"{len(anonymised)} gewist, {len(deleted)} verwijderd",
            )
    if not dry_run and (anonymised or deleted):
        store.events.publish(Change(SIGNALS, tuple(anonymised + deleted)))
    if not dry_run and (anonymised or deleted):
        log.info(
            "bewaartermijn: %d signalen geanonimiseerd, %d verwijderd",
            len(anonymised),
            len(deleted),
        )
    return RetentionResult(tuple(anonymised), tuple(deleted), tuple(lines), dry_run)
