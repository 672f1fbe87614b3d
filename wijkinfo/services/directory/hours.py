"""Opening hours: weekly schedules with closures (holidays), read the Dutch way."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAY_NAMES = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
END_OF_DAY = time(23, 59)
DAY_SHORT = ("ma", "di", "wo", "do", "vr", "za", "zo")


@dataclass(frozen=True)
class ScheduleRule:
    """One schedule row, stripped of storage: weekly hours or a closure."""

    byday: tuple[str, ...] = ()
    opens_at: time | None = None
    closes_at: time | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    is_closed: bool = False
    description: str | None = None

    def valid_on(self, day: date) -> bool:
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_to and day > self.valid_to)

    @property
    def overnight(self) -> bool:
        return bool(self.opens_at and self.closes_at and self.closes_at <= self.opens_at)


@dataclass(frozen=True)
class DayHours:
    weekday: int
    day_name: str
    spans: tuple[str, ...]
    closed_note: str | None = None


def parse_byday(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    codes = [part.strip().upper()[-2:] for part in value.split(",") if part.strip()]
    return tuple(c for c in codes if c in DAY_CODES)


def _closed_on(rules: list[ScheduleRule], day: date) -> ScheduleRule | None:
    for rule in rules:
        if rule.is_closed and rule.valid_on(day):
            return rule
    return None


def _weekly(rules: list[ScheduleRule]) -> list[tuple[ScheduleRule, time, time]]:
    """The rules with weekly hours, each with its opening and closing time."""
    return [
        (r, r.opens_at, r.closes_at)
        for r in rules
        if not r.is_closed and r.opens_at is not None and r.closes_at is not None
    ]


def spans_on(rules: list[ScheduleRule], day: date) -> list[tuple[datetime, datetime]]:
    """Opening spans that start on ``day`` (an overnight span ends the next day)."""
    if _closed_on(rules, day):
        return []
    code = DAY_CODES[day.weekday()]
    spans = []
    for rule, opens_at, closes_at in _weekly(rules):
        if rule.valid_on(day) and (not rule.byday or code in rule.byday):
            start = datetime.combine(day, opens_at)
            end = datetime.combine(day, closes_at)
            if closes_at == END_OF_DAY:
                # 23:59 is how many sources write "until midnight" (24/7 as 00:00–23:59)
                end = datetime.combine(day + timedelta(days=1), time(0))
            elif rule.overnight:
                end += timedelta(days=1)
            spans.append((start, end))
    return sorted(spans)


def is_open_at(rules: list[ScheduleRule], moment: datetime) -> bool:
    """Open now? Looks at today's spans and at yesterday's overnight ones."""
    for day in (moment.date() - timedelta(days=1), moment.date()):
        for start, end in spans_on(rules, day):
            if start <= moment < end:
                return True
    return False


def _hhmm(t: time) -> str:
    return t.strftime("%H:%M")


def week_overview(rules: list[ScheduleRule], week_of: date) -> list[DayHours]:
    """Monday to Sunday of the week that holds ``week_of``, with closures applied."""
    monday = week_of - timedelta(days=week_of.weekday())
    out = []
    for i in range(7):
        day = monday + timedelta(days=i)
        closure = _closed_on(rules, day)
        spans = tuple(f"{_hhmm(s.time())}–{_hhmm(e.time())}" for s, e in spans_on(rules, day))
        note = (closure.description or "gesloten") if closure else None
        out.append(DayHours(i, DAY_NAMES[i], spans, note))
    return out


def has_hours(rules: list[ScheduleRule]) -> bool:
    return bool(_weekly(rules))
