"""Counting signals for reports: per month, theme, wijk, buurt, status and outcome, plus the
desk's tallies. Every count is made by the database (GROUP BY), so a report over 50,000 signals
reads a few dozen rows, not 50,000.

Deleted signals still count through their trace rows (theme and month only).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Executable, func, select
from sqlalchemy.orm import Session

from wijkinfo.db.models import ContactTally, ContactTallyTheme, Signal, SignalTrace
from wijkinfo.db.models.signals import SignalTheme
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.messages import Message, Named
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.signals.due import late_condition
from wijkinfo.services.vocabulary.codes import key as place_key
from wijkinfo.services.vocabulary.places import place_names

Rows = tuple[tuple[str, int], ...]
# Labels wijkinfo writes itself; Messages, so a report made in English says them in English.
UNKNOWN = Message("onbekend")
UNKNOWN_DELETED = Message("onbekend (verwijderd)")
DELETED = Message("verwijderd")


@dataclass(frozen=True)
class SignalCounts:
    start: date | None
    end: date | None
    total: int
    per_month: Rows  # ("2026-11", 4), oldest first
    per_theme: Rows  # (theme name, n), most first
    per_wijk: Rows
    per_status: Rows
    overdue_open: int
    tallies_total: int
    tallies_per_channel: Rows
    tallies_per_theme: Rows
    per_buurt: tuple[tuple[str | None, str | None, int], ...] = ()  # (wijk, buurt, n)
    per_outcome: Rows = ()  # closed signals by what came of it
    threshold: int = 5  # counts below this are never printed


def check_period(start: date | None, end: date | None) -> None:
    if start and end and start > end:
        raise UserError("De begindatum ligt na de einddatum. Draai ze om.")


def _most_first(counter: Counter[str]) -> Rows:
    return tuple(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def in_period(start: date | None, end: date | None) -> list[ColumnElement[bool]]:
    where = []
    if start:
        where.append(Signal.signal_date >= start)
    if end:
        where.append(Signal.signal_date <= end)
    return where


def grouped(session: Session, query: Executable) -> Counter[str]:
    """(key, count) rows of a GROUP BY as a counter; a missing key counts as "onbekend"."""
    out: Counter[str] = Counter()
    rows: list[tuple[object, int]] = [(r[0], r[1]) for r in session.execute(query)]
    for key, n in rows:
        out[str(key) if key is not None else UNKNOWN] += n
    return out


def _by_place(counts: Counter[str], names: dict[str, str]) -> Counter[str]:
    """Counts per place code as counts per name; text the list does not know (kept as it was
    typed before the list) joins the name it spells, whatever its case, spaces or accents."""
    out: Counter[str] = Counter()
    label: dict[str, str] = {}
    for value, k in sorted(counts.items()):
        name = names.get(value) or (value if value is UNKNOWN else " ".join(value.split()))
        out[label.setdefault(place_key(name), name)] += k
    return out


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
    from wijkinfo.services.signals.followup import OUTCOME_COLUMN
    from wijkinfo.services.signals.suppression import threshold_of

    today = today or date.today()
    where = in_period(start, end)
    n = func.count()
    with store.sessions() as session:
        # per day along the date index, then per month here: no sort in the database
        months: Counter[str] = Counter()
        for day, k in session.execute(
            select(Signal.signal_date, n).where(*where).group_by(Signal.signal_date)
        ):
            months[day.strftime("%Y-%m")] += k
        listed = session.execute(
            select(SignalTheme.id, SignalTheme.code, SignalTheme.name, SignalTheme.name_en)
        ).all()
        # Named: a file made in English shows a theme's English name (stats stay Dutch as str)
        theme_names = {i: Named(name, name_en or "") for i, _c, name, name_en in listed}
        themes: Counter[str] = Counter()
        for theme_id, k in session.execute(
            select(Signal.theme_id, n).where(*where).group_by(Signal.theme_id)
        ):
            themes[theme_names.get(theme_id, UNKNOWN)] += k
        places = place_names(session)
        wijken = _by_place(
            grouped(session, select(Signal.wijk, n).where(*where).group_by(Signal.wijk)), places
        )
        statuses = grouped(session, select(Signal.status, n).where(*where).group_by(Signal.status))
        buurten = tuple(
            (places.get(w, w) if w else w, places.get(b, b) if b else b, k)
            for w, b, k in session.execute(
                select(Signal.wijk, Signal.buurt, n)
                .where(*where)
                .group_by(Signal.wijk, Signal.buurt)
            )
        )
        outcomes = grouped(
            session,
            select(OUTCOME_COLUMN, n)
            .where(*where, Signal.status == "afgehandeld")
            .group_by(OUTCOME_COLUMN),
        )
        overdue = (
            session.scalar(
                select(n).select_from(Signal).where(*where, late_condition(session, today))
            )
            or 0
        )
        names = {code: Named(name, name_en or "") for _i, code, name, name_en in listed}
        trace_where = []
        if start:
            trace_where.append(SignalTrace.month >= start.strftime("%Y-%m"))
        if end:
            trace_where.append(SignalTrace.month <= end.strftime("%Y-%m"))
        for t_month, code, k in session.execute(
            select(SignalTrace.month, SignalTrace.theme_code, n)
            .where(*trace_where)
            .group_by(SignalTrace.month, SignalTrace.theme_code)
        ):
            months[t_month] += k
            themes[names.get(code, code)] += k
            wijken[UNKNOWN_DELETED] += k
            statuses[DELETED] += k
        t_where: list[ColumnElement[bool]] = [ContactTally.undone.is_(False)]
        if start:
            t_where.append(ContactTally.day >= start)
        if end:
            t_where.append(ContactTally.day <= end)
        channels = grouped(
            session, select(ContactTally.channel, n).where(*t_where).group_by(ContactTally.channel)
        )
        tally_themes: Counter[str] = Counter()
        for code, k in session.execute(
            select(ContactTallyTheme.theme_code, n)
            .join(ContactTally, ContactTally.id == ContactTallyTheme.tally_id)
            .where(*t_where)
            .group_by(ContactTallyTheme.theme_code)
        ):
            tally_themes[names.get(code, code)] += k
        threshold = threshold_of(session)
    return SignalCounts(
        start,
        end,
        sum(months.values()),
        tuple(sorted(months.items())),
        _most_first(themes),
        _most_first(wijken),
        _most_first(statuses),
        overdue,
        sum(channels.values()),
        _most_first(channels),
        _most_first(tally_themes),
        per_buurt=buurten,
        per_outcome=_most_first(outcomes),
        threshold=threshold,
    )
