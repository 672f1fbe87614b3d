"""Residents' rights (AVG): show a resident everything kept about them, and wipe it on request.

The details are sealed, so a search by phone number, e-mail or name opens every contact in
memory for the signed-in coordinator and compares there; nothing readable is written, and the
search itself is audited (without the words searched for).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from wijkinfo.db.base import utcnow
from wijkinfo.db.models import Signal, SignalContact
from wijkinfo.services.audit import write_audit
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import SIGNALS, Change
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.privacy.contacts import (
    PlainContact,
    forget_sealed_copies,
    no_access,
    open_contact,
)
from wijkinfo.services.privacy.sealing import SealedError


@dataclass(frozen=True)
class FoundContact:
    signal_id: str
    signal_date: date
    status: str
    name: str | None
    phone: str | None
    email: str | None


def _digits(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    # +31 6… and 06… are one number
    if digits.startswith("0031"):
        digits = "0" + digits[4:]
    elif digits.startswith("31") and len(digits) == 11:
        digits = "0" + digits[2:]
    return digits


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).casefold()
    return " ".join("".join(c for c in plain if not unicodedata.combining(c)).split())


def _matches(contact: PlainContact, query: str) -> bool:
    digits = _digits(query)
    if len(digits) >= 6 and contact.phone and digits in _digits(contact.phone):
        return True
    folded = _fold(query)
    if "@" in folded:
        return bool(contact.email) and _fold(contact.email or "") == folded
    return len(folded) >= 3 and bool(contact.name) and folded in _fold(contact.name or "")


def find_contacts(store: Store, *, actor: Actor, query: str) -> list[FoundContact]:
    """Signals whose contact details match a phone number, an e-mail or (part of) a name."""
    require(actor, "signal.contact.read")
    if actor.keys is None:
        raise no_access()
    if not isinstance(query, str) or len(query.strip()) < 3:
        raise UserError("Typ een telefoonnummer, e-mailadres of naam (minstens 3 tekens).")
    found: list[FoundContact] = []
    unreadable = 0
    with store.unit_of_work(author=actor.user_id) as session:
        rows = session.execute(
            select(SignalContact, Signal)
            .join(Signal, Signal.id == SignalContact.signal_id)
            .where(SignalContact.sealed.is_not(None))
            .order_by(Signal.signal_date.desc())
        ).all()
        for contact, signal in rows:
            try:
                plain = open_contact(session, actor, contact)
            except SealedError:
                unreadable += 1
                continue
            except UserError:  # sealed to a key this coordinator was not granted
                unreadable += 1
                continue
            if plain is not None and _matches(plain, query.strip()):
                found.append(
                    FoundContact(
                        signal.id,
                        signal.signal_date,
                        signal.status,
                        plain.name,
                        plain.phone,
                        plain.email,
                    )
                )
        write_audit(
            session,
            actor,
            "signal.contact.search",
            detail=f"{len(found)} gevonden, {unreadable} niet te openen",
        )
    return found


def wipe_contact(
    store: Store, *, actor: Actor, signal_id: str, now: datetime | None = None
) -> bool:
    """Wipe one resident's contact details from a signal (the signal itself stays)."""
    require(actor, "signal.contact.read")
    if actor.user_id is None:
        raise no_access()
    with store.unit_of_work(author=actor.user_id) as session:
        contact = session.get(SignalContact, signal_id)
        if contact is None or contact.sealed is None:
            return False
        contact.sealed = None
        contact.anonymised_at = now or utcnow()
        session.flush()
        forget_sealed_copies(session, [signal_id])
        write_audit(session, actor, "signal.contact.wipe", entity="signal", entity_id=signal_id)
    store.events.publish(Change(SIGNALS, (signal_id,)))
    return True
