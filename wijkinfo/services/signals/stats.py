"""Counting signals for reports: per month, theme, wijk and status, plus the desk's tallies.

Deleted signals still count through their trace rows (theme and month only).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from wijkinfo.db.models import ContactTally, Signal, SignalTrace
from wijkinfo.db.models.signals import SignalTheme
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.people.auth import Actor, require


@dataclass(frozen=True)
class SignalCounts:
    start: date | None
    end: date | None
    total: int
    per_month: tuple[tuple[str, int], ...]  # ("2026-11", 4), oldest first
    per_theme: tuple[tuple[str, int], ...]  # (theme name, n), most first
    per_wijk: tuple[tuple[str, int], ...]
    per_status: tuple[tuple[str, int], ...]
    overdue_open: int
    tallies_total: int
    tallies_per_channel: tuple[tuple[str, int], ...]
    tallies_per_theme: tuple[tuple[str, int], ...]


def check_period(start: date | None, end: date | None) -> None:
    if start and end and start > end:
        raise UserError("De begindatum ligt na de einddatum. Draai ze om.")


def _most_first(counter: Counter[str]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def signal_counts(
    store: Store,
    *,
    actor: Actor,
    start: date | None = None,
    end: date | None = None,
    today: date | None = None,
) -> SignalCounts:
    """Counts over signals dated between ``start`` and ``end`` (both included)."""
    require(actor, "report.view")
    check_period(start, end)
    from wijkinfo.services.signals.review import CLOSED, due_date

    today = today or date.today()
    months: Counter[str] = Counter()
    themes: Counter[str] = Counter()
    wijken: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    overdue = 0
    with store.sessions() as session:
        query = select(Signal).options(selectinload(Signal.theme))
        if start:
            query = query.where(Signal.signal_date >= start)
        if end:
            query = query.where(Signal.signal_date <= end)
        for s in session.scalars(query):
            months[s.signal_date.strftime("%Y-%m")] += 1
            themes[s.theme.name] += 1
            wijken[s.wijk or "onbekend"] += 1
            statuses[s.status] += 1
            if s.status not in CLOSED and today > due_date(s):
                overdue += 1
        names = {t.code: t.name for t in session.scalars(select(SignalTheme))}
        first = start.strftime("%Y-%m") if start else None
        last = end.strftime("%Y-%m") if end else None
        for trace in session.scalars(select(SignalTrace)):
            if (first and trace.month < first) or (last and trace.month > last):
                continue
            months[trace.month] += 1
            themes[names.get(trace.theme_code, trace.theme_code)] += 1
            wijken["onbekend (verwijderd)"] += 1
            statuses["verwijderd"] += 1
        tq = (
            select(ContactTally)
            .options(selectinload(ContactTally.themes))
            .where(ContactTally.undone.is_(False))
        )
        if start:
            tq = tq.where(ContactTally.day >= start)
        if end:
            tq = tq.where(ContactTally.day <= end)
        channels: Counter[str] = Counter()
        tally_themes: Counter[str] = Counter()
        tallies = 0
        for tally in session.scalars(tq):
            tallies += 1
            channels[tally.channel] += 1
            for t in tally.themes:
                tally_themes[names.get(t.theme_code, t.theme_code)] += 1
    return SignalCounts(
        start,
        end,
        sum(months.values()),
        tuple(sorted(months.items())),
        _most_first(themes),
        _most_first(wijken),
        _most_first(statuses),
        overdue,
        tallies,
        _most_first(channels),
        _most_first(tally_themes),
    )
