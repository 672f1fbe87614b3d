""" "Klopt er iets niet?": volunteers report wrong directory information; coordinators handle it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from wijkinfo.db.base import utcnow
from wijkinfo.db.models import DirectoryCorrection, Service
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import CORRECTIONS, Change
from wijkinfo.services.people.auth import Actor, require

MAX_TEXT = 2000


@dataclass(frozen=True)
class CorrectionView:
    id: str
    service_id: str
    service_name: str
    at: datetime
    text: str
    status: str


class CorrectionService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def report(self, *, actor: Actor, service_id: str, text: str) -> CorrectionView:
        """A volunteer's note that something about a service is wrong; lands in the queue."""
        require(actor, "directory.report")
        if not isinstance(text, str) or not text.strip():
            raise UserError("Schrijf kort wat er niet klopt, bijvoorbeeld: nieuw telefoonnummer.")
        if len(text) > MAX_TEXT:
            raise UserError(
                "De melding is te lang (meer dan {max} tekens). Schrijf het korter.", max=MAX_TEXT
            )
        with self.store.unit_of_work(author=actor.user_id) as session:
            service = session.get(Service, service_id) if isinstance(service_id, str) else None
            if service is None:
                raise UserError("Deze dienst bestaat niet (meer). Zoek hem opnieuw op.")
            row = DirectoryCorrection(
                service_id=service.id,
                text=text.strip(),
                reported_by=actor.user_id,
                origin_replica=None,
            )
            session.add(row)
            session.flush()
            view = CorrectionView(row.id, service.id, service.name, row.at, row.text, row.status)
        self.store.events.publish(Change(CORRECTIONS, (view.id,)))
        return view

    def open_reports(self, *, actor: Actor) -> list[CorrectionView]:
        """The queue, oldest first."""
        require(actor, "directory.edit")
        with self.store.sessions() as session:
            rows = session.execute(
                select(DirectoryCorrection, Service.name)
                .outerjoin(Service, Service.id == DirectoryCorrection.service_id)
                .where(DirectoryCorrection.status == "open")
                .order_by(DirectoryCorrection.at)
            ).all()
            return [
                CorrectionView(c.id, c.service_id, name or "?", c.at, c.text, c.status)
                for c, name in rows
            ]

    def resolve(self, *, actor: Actor, correction_id: str) -> None:
        """Mark a report as handled."""
        require(actor, "directory.edit")
        with self.store.unit_of_work(author=actor.user_id) as session:
            row = session.get(DirectoryCorrection, correction_id)
            if row is None:
                raise UserError("Deze melding bestaat niet (meer).")
            row.status = "done"
            row.resolved_by = actor.user_id
            row.resolved_at = utcnow()
        self.store.events.publish(Change(CORRECTIONS, (correction_id,)))
