"""What is true about the keys on this desk, for the Privacy page; and the one clean-up a desk
does on its own: a provisional key (left by migration 0007) sealed away as soon as it can be."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from wijkinfo.db.models import KeyHolder
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.privacy import keys


@dataclass(frozen=True)
class KeyStatus:
    #: a coordinator has a key pair here (so contact details can be saved and opened)
    coordinator_keys: bool
    #: a recovery sheet exists (its key pair holds the organisation keys)
    recovery_sheet: bool
    #: the private half of a provisional organisation key still waits on this computer
    provisional_key: bool


def key_status(store: Store) -> KeyStatus:
    with store.sessions() as session:
        coordinators = session.scalar(
            select(func.count()).select_from(KeyHolder).where(KeyHolder.kind == keys.COORDINATOR)
        )
        return KeyStatus(
            coordinator_keys=bool(coordinators),
            recovery_sheet=bool(keys.recovery_holders(session)),
            provisional_key=keys.has_provisional_key(session),
        )


def settle_provisional_key(store: Store) -> bool:
    """Seal a waiting provisional key to the key holders now on this desk and wipe it.

    Needs only public keys, so a desk does it at start-up and after every sync, without anyone
    signed in. True when a key was wiped."""
    with store.sessions() as session:
        if not keys.has_provisional_key(session):
            return False
    with store.unit_of_work() as session:
        return keys.take_over_provisional(session, by_user=None)
