"""Residents' contact details, sealed to the organisation key the moment they are saved.

Sealing needs only the organisation's public key, so any desk seals, signed in or not. Opening
needs a signed-in coordinator whose key was granted that organisation key. Name, phone and
e-mail travel as one sealed JSON value bound to its signal: copied onto another signal, it does
not open.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from wijkinfo.db.models import SignalContact
from wijkinfo.services.errors import PermissionDenied
from wijkinfo.services.people.auth import Actor, can
from wijkinfo.services.privacy import keys, sealing


@dataclass(frozen=True)
class PlainContact:
    name: str | None
    phone: str | None
    email: str | None


class NoContactAccess(PermissionDenied):
    """The actor holds no key that opens these contact details."""


def no_access() -> NoContactAccess:
    return NoContactAccess(
        "Contactgegevens zijn versleuteld. Alleen een aangemelde coördinator die toegang heeft "
        "gekregen kan ze lezen. Meld u aan, of vraag een coördinator om u toegang te geven."
    )


def contact_info(signal_id: str, org_key_id: str) -> bytes:
    return f"wijkinfo contact v1|{signal_id}|{org_key_id}".encode()


def seal_contact(
    session: Session, *, signal_id: str, name: str | None, phone: str | None, email: str | None
) -> tuple[str, str]:
    """(sealed text, organisation key id) for a new contact row."""
    org_key = keys.current_org_key(session)
    payload = json.dumps({"name": name, "phone": phone, "email": email}, ensure_ascii=False).encode(
        "utf-8"
    )
    sealed = sealing.seal(
        sealing.load_public(org_key.public_key),
        payload,
        info=contact_info(signal_id, org_key.id),
    )
    return sealed, org_key.id


def open_contact(session: Session, actor: Actor, row: SignalContact) -> PlainContact | None:
    """The details in ``row`` (None once wiped); NoContactAccess or Damaged otherwise."""
    if not can(actor, "signal.contact.read") or actor.keys is None:
        raise no_access()
    if row.sealed is None:
        return None
    private = keys.open_org_key(session, actor.keys, row.org_key_id or "")
    if private is None:
        raise no_access()
    raw = sealing.open_sealed(
        private, row.sealed, info=contact_info(row.signal_id, row.org_key_id or "")
    )
    try:
        data = json.loads(raw.decode("utf-8"))
        fields = [data.get(k) for k in ("name", "phone", "email")] if isinstance(data, dict) else []
        if len(fields) != 3 or not all(v is None or isinstance(v, str) for v in fields):
            raise ValueError
    except (ValueError, UnicodeDecodeError):
        raise sealing.damaged() from None
    return PlainContact(fields[0], fields[1], fields[2])


def forget_sealed_copies(session: Session, signal_ids: list[str]) -> None:
    """Wiped details also leave the change log and the conflict log of this desk.

    Only the older changes that carry a sealed value lose it; the wipe itself (sealed = NULL)
    stays, so that it still travels to the other desks.
    """
    for signal_id in signal_ids:
        for table, column in (
            ("outbox_change", "payload_json"),
            ("sync_conflict", "losing_payload_json"),
        ):
            session.execute(
                text(
                    f"UPDATE {table} SET {column} = json_remove({column}, '$.sealed') "
                    f"WHERE table_name = 'signal_contact' AND row_id = :id "
                    f"AND json_valid({column}) AND json_extract({column}, '$.sealed') IS NOT NULL"
                ),
                {"id": signal_id},
            )
