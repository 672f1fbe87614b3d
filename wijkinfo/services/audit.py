"""The audit log: who did or saw what, when. Append-only; written in the caller's transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from wijkinfo.db.base import utcnow
from wijkinfo.db.models import AuditLog
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.people.auth import Actor, require


def write_audit(
    session: Session,
    actor: Actor | None,
    action: str,
    *,
    entity: str | None = None,
    entity_id: str | None = None,
    detail: str | None = None,
    at: datetime | None = None,
) -> None:
    """Add one audit row to ``session`` (committed with the change it describes)."""
    who = actor.name if actor else None
    session.add(
        AuditLog(
            at=at or utcnow(),
            user_id=actor.user_id if actor else None,
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=f"{who}: {detail}" if who and detail else (detail or who),
        )
    )


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    user_id: str | None
    action: str
    entity: str | None
    entity_id: str | None
    detail: str | None


def list_audit(store: Store, *, actor: Actor, limit: int = 200) -> list[AuditEntry]:
    """The newest audit entries first (coordinators)."""
    require(actor, "user.manage")
    with store.sessions() as session:
        rows = session.scalars(select(AuditLog).order_by(AuditLog.at.desc()).limit(limit))
        return [
            AuditEntry(r.at, r.user_id, r.action, r.entity, r.entity_id, r.detail) for r in rows
        ]
