"""The review queue at city scale: one page at a time, filtered and counted by the database.

Only the columns a row shows are read (no ORM objects), the filters are indexed conditions
(*te laat* included, see due.py), and the count is one ``COUNT(*)``; so the first page of a
queue of 50,000 signals reads 50 rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from wijkinfo.db.models import Signal, User
from wijkinfo.db.models.signals import SignalTheme
from wijkinfo.db.models.vocabulary import Area
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.signals.due import CLOSED, OPEN, late_condition, working_days_after
from wijkinfo.services.vocabulary.places import place_names

PAGE = 50
SUMMARY = 120


@dataclass(frozen=True)
class SignalRow:
    id: str
    signal_date: date
    theme_code: str
    theme_name: str
    wijk: str | None
    buurt: str | None
    urgency: str
    status: str
    assigned_to: str | None
    assigned_name: str | None
    due: date
    overdue: bool
    summary: str
    version: int
    theme_name_en: str = ""  # the theme's English name, when a coordinator gave one


@dataclass(frozen=True)
class QueuePage:
    rows: tuple[SignalRow, ...]
    total: int  # all signals that match the filters, not only this page


def summary_of(description: str | None) -> str:
    first_line = description.splitlines()[0] if description else ""
    return first_line[:SUMMARY]


def _conditions(
    session: Session,
    *,
    status: str | None,
    theme_code: str | None,
    wijk: str | None,
    assigned_to: str | None,
    overdue: bool,
    today: date,
    follow_up_due: bool = False,
) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if status == "open":
        where.append(Signal.status.in_(OPEN))
    elif status:
        where.append(Signal.status == status)
    if theme_code:
        theme_id = session.scalar(select(SignalTheme.id).where(SignalTheme.code == theme_code))
        where.append(Signal.theme_id == (theme_id or ""))
    if wijk:  # a code of the list, or a name: the rows store the code
        code = session.scalar(select(Area.code).where((Area.code == wijk) | (Area.name == wijk)))
        where.append(Signal.wijk.in_({wijk, code or wijk}))
    if assigned_to == "-":
        where.append(Signal.assigned_to.is_(None))
    elif assigned_to:
        where.append(Signal.assigned_to == assigned_to)
    if overdue:
        where.append(late_condition(session, today))
    if follow_up_due:  # the overdue list of follow-ups (followup.py)
        where.append(Signal.status.in_(OPEN))
        where.append(Signal.follow_up_on <= today)
    return where


def queue_page(
    store: Store,
    *,
    actor: Actor,
    status: str | None = None,
    theme_code: str | None = None,
    wijk: str | None = None,
    assigned_to: str | None = None,
    overdue: bool = False,
    follow_up_due: bool = False,
    offset: int = 0,
    limit: int | None = PAGE,
    with_total: bool = True,
    today: date | None = None,
) -> QueuePage:
    """A page of the review queue, newest first. ``assigned_to="-"`` means: nobody yet."""
    require(actor, "signal.review")
    today = today or date.today()
    filters: dict[str, Any] = dict(
        status=status,
        theme_code=theme_code,
        wijk=wijk,
        assigned_to=assigned_to,
        overdue=overdue,
        today=today,
        follow_up_due=follow_up_due,
    )
    with store.sessions() as session:
        where = _conditions(session, **filters)
        query = (
            select(
                Signal.id,
                Signal.signal_date,
                SignalTheme.code,
                SignalTheme.name,
                SignalTheme.response_days,
                Signal.wijk,
                Signal.buurt,
                Signal.urgency,
                Signal.status,
                Signal.assigned_to,
                User.name,
                func.substr(Signal.description, 1, SUMMARY + 80),
                Signal.version,
                SignalTheme.name_en,
            )
            .join(SignalTheme, SignalTheme.id == Signal.theme_id)
            .outerjoin(User, User.id == Signal.assigned_to)
            .where(*where)
            .order_by(Signal.signal_date.desc(), Signal.created_at.desc())
            .offset(max(0, offset))
        )
        if limit is not None:
            query = query.limit(limit)
        rows = []
        places = place_names(session)
        for row in session.execute(query).all():
            r: tuple[Any, ...] = tuple(row)
            due = working_days_after(r[1], r[4])
            rows.append(
                SignalRow(
                    id=r[0],
                    signal_date=r[1],
                    theme_code=r[2],
                    theme_name=r[3],
                    wijk=places.get(r[5], r[5]) if r[5] else r[5],
                    buurt=places.get(r[6], r[6]) if r[6] else r[6],
                    urgency=r[7],
                    status=r[8],
                    assigned_to=r[9],
                    assigned_name=r[10],
                    due=due,
                    overdue=r[8] not in CLOSED and today > due,
                    summary=summary_of(r[11]),
                    version=r[12],
                    theme_name_en=r[13] or "",
                )
            )
        total = len(rows)
        if with_total:
            total = session.scalar(select(func.count()).select_from(Signal).where(*where)) or 0
    return QueuePage(tuple(rows), total)
