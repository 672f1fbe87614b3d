"""The set-up rule: before anyone has been made, whoever installs wijkinfo may set the desk up.

On an empty database there is nobody to ask: the information point's details, the sync folder
to join and the first coordinator all come before any coordinator exists. Once a user exists
(made here or arrived by sync), the ordinary role check applies again.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from wijkinfo.db.models import User
from wijkinfo.services.people.auth import Actor, can, require


def nobody_yet(session: Session) -> bool:
    """True while the database holds no user at all (the very first run)."""
    return session.scalar(select(User.id).limit(1)) is None


def require_or_set_up(session: Session, actor: Actor | None, permission: str) -> None:
    """Raise PermissionDenied unless ``actor`` may do ``permission`` or nobody exists yet.

    Call it inside the unit of work that writes, so that a user made meanwhile (on this desk
    or by a sync) closes the door before the write."""
    if can(actor, permission) or nobody_yet(session):
        return
    require(actor, permission)
