"""Saved filters for the review queue, per coordinator, and response-time targets per theme."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from wijkinfo.db.models import SavedSignalFilter
from wijkinfo.db.models.signals import SignalTheme
from wijkinfo.services.audit import write_audit
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import SIGNALS, Change
from wijkinfo.services.people.auth import Actor, require

CRITERIA = ("status", "theme_code", "wijk", "assigned_to", "overdue")
MAX_RESPONSE_DAYS = 250


@dataclass(frozen=True)
class SavedFilter:
    id: str
    name: str
    criteria: dict[str, Any]


def save_filter(store: Store, *, actor: Actor, name: str, criteria: dict[str, Any]) -> SavedFilter:
    """Keep the current queue filters under a name (same name: replaced)."""
    require(actor, "signal.review")
    name = (name or "").strip()
    if not name:
        raise UserError("Geef het filter een naam.")
    if len(name) > 200:
        raise UserError("De naam van het filter is te lang (hoogstens {max} tekens).", max=200)
    clean = {k: criteria[k] for k in CRITERIA if criteria.get(k)}
    with store.unit_of_work() as session:
        row = session.scalar(
            select(SavedSignalFilter).where(
                SavedSignalFilter.user_id == actor.user_id, SavedSignalFilter.name == name
            )
        )
        if row is None:
            row = SavedSignalFilter(user_id=actor.user_id, name=name)
            session.add(row)
        row.criteria_json = json.dumps(clean, ensure_ascii=False)
        session.flush()
        return SavedFilter(row.id, row.name, clean)


def list_filters(store: Store, *, actor: Actor) -> list[SavedFilter]:
    require(actor, "signal.review")
    with store.sessions() as session:
        rows = session.scalars(
            select(SavedSignalFilter)
            .where(SavedSignalFilter.user_id == actor.user_id)
            .order_by(SavedSignalFilter.name)
        )
        return [SavedFilter(r.id, r.name, json.loads(r.criteria_json or "{}")) for r in rows]


def delete_filter(store: Store, *, actor: Actor, filter_id: str) -> None:
    require(actor, "signal.review")
    with store.unit_of_work() as session:
        row = session.get(SavedSignalFilter, filter_id)
        if row is not None and row.user_id == actor.user_id:
            session.delete(row)


def set_response_days(store: Store, *, actor: Actor, theme_code: str, days: int) -> None:
    """The response-time target of a theme, in working days (coordinators)."""
    require(actor, "settings.edit")
    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= MAX_RESPONSE_DAYS:
        raise UserError(
            "De reactietermijn is een aantal werkdagen van 1 tot {max}.", max=MAX_RESPONSE_DAYS
        )
    with store.unit_of_work() as session:
        theme = session.scalar(select(SignalTheme).where(SignalTheme.code == theme_code))
        if theme is None:
            raise UserError(
                "Het thema {theme} bestaat niet. Kies een thema uit de lijst.", theme=theme_code
            )
        theme.response_days = days
        write_audit(
            session,
            actor,
            "signal.theme.response_days",
            entity="signal_theme",
            entity_id=theme.id,
            detail=f"{theme_code}: {days}",
        )
    store.events.publish(Change(SIGNALS))
