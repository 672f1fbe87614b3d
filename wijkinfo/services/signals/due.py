"""When a signal is late, as a condition the database can answer with an index.

A signal is late when it is still open and today is past its date plus the theme's response
time in working days. For one theme and one day, that holds exactly for the signals dated on or
before a cut-off date, so "late" becomes ``theme = t AND signal_date <= cutoff(t)``: no signal
has to be read into Python to know whether it is late.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import ColumnElement, and_, false, or_, select
from sqlalchemy.orm import Session

from wijkinfo.db.models import Signal
from wijkinfo.db.models.signals import SignalTheme

CLOSED = ("afgehandeld", "geannuleerd")
# "Open" as a list of values (not NOT IN closed), so an index on status can be searched.
OPEN = ("nieuw", "in_behandeling", "doorgezet", "heropend")


def working_days_after(start: date, days: int) -> date:
    """``start`` plus ``days`` working days (Monday to Friday), without walking every day."""
    if days <= 0:
        return start
    weeks, left = divmod(days, 5)
    day = start + timedelta(weeks=weeks)
    while left > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    # a whole number of weeks from a Saturday or Sunday lands on a weekend day; the last
    # working day counted is the Friday before
    while day.weekday() >= 5 and days % 5 == 0:
        day -= timedelta(days=1)
    return day


def late_cutoff(today: date, days: int) -> date:
    """The last signal date that is late today for a response time of ``days`` working days."""
    day = today - timedelta(days=1)
    while working_days_after(day, days) >= today:
        day -= timedelta(days=1)
    return day


def theme_days(session: Session) -> dict[str, int]:
    return {
        r.id: r.response_days
        for r in session.execute(select(SignalTheme.id, SignalTheme.response_days))
    }


def late_condition(session: Session, today: date) -> ColumnElement[bool]:
    """Open and past the response time, as one SQL condition."""
    per_theme = [
        and_(
            Signal.theme_id == theme_id,
            Signal.status.in_(OPEN),
            Signal.signal_date <= late_cutoff(today, days),
        )
        for theme_id, days in theme_days(session).items()
    ]
    if not per_theme:
        return false()
    return and_(Signal.status.in_(OPEN), or_(*per_theme))
