"""Opening hours as coordinators write them: "ma-vr 09:00-17:00", "di en do 13.30 tot 16".

Days in Dutch (ma, di, …; maandag …; ma-vr; ma t/m vr), case-insensitive, or the HSDS codes
(MO, TU, …) that are stored. Shown back in Dutch: "ma-vr", "ma,wo".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import time

from wijkinfo.services.directory.hours import (
    DAY_CODES,
    DAY_NAMES,
    DAY_SHORT,
    END_OF_DAY,
    parse_byday,
)
from wijkinfo.services.errors import UserError

_TIME = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?(?:\s*u(?:ur)?)?$")
_RANGE = re.compile(r"\s*(?:-|–|—|t/m|\btot en met\b)\s*")
_DAY_PARTS = re.compile(r"(?:\s*[,;/&+]\s*|\s+en\s+|\s+)")
_SPAN = re.compile(r"\s*(?:-|–|—|\btot\b)\s*")
_SPANS = re.compile(r"\s*(?:,|;|\ben\b)\s*")


@dataclass(frozen=True)
class HoursInput:
    """Weekly hours as typed: days ("ma-vr", "MO,TU") and times ("09:00")."""

    days: str
    opens: str
    closes: str


def _day(word: str) -> int | None:
    word = word.strip().rstrip(".").lower()
    if word.upper() in DAY_CODES:
        return DAY_CODES.index(word.upper())
    if len(word) >= 2:
        for i, name in enumerate(DAY_NAMES):
            if name.startswith(word):  # ma, maa, maandag: the first two letters already decide
                return i
    return None


def parse_days(value: str) -> tuple[str, ...]:
    """Day codes in week order; UserError saying how to write days when it cannot be read."""
    words = (value or "").strip()
    if not words:
        raise UserError("Schrijf bij elke openingstijd de dagen, zoals ma-vr 09:00-17:00.")
    found: set[int] = set()
    joined = _RANGE.sub("-", words.lower())  # "ma t/m vr", "ma - vr" → "ma-vr"
    for part in _DAY_PARTS.split(joined):
        if not part:
            continue
        read = [_day(p) for p in part.split("-")]
        days = [d for d in read if d is not None]
        if not 1 <= len(read) <= 2 or len(days) != len(read):
            raise UserError(
                "‘{days}’ zijn geen dagen. Schrijf de dagen zoals ma,di,wo of "
                "ma-vr (of ma t/m vr).",
                days=words[:40],
            )
        first, last = days[0], days[-1]
        # "vr-ma" runs through the weekend
        found.update((first + step) % 7 for step in range((last - first) % 7 + 1))
    return tuple(DAY_CODES[i] for i in sorted(found))


def days_text(byday: str | None, names: Sequence[str] = DAY_SHORT) -> str:
    """Stored codes the Dutch way: three or more days in a row as a range (ma-vr).

    ``names``: Monday to Sunday as the reader writes them (the window passes English ones).
    """
    days = sorted(DAY_CODES.index(c) for c in set(parse_byday(byday)))
    parts: list[str] = []
    run: list[int] = []
    for day in [*days, None]:
        if run and (day is None or day != run[-1] + 1):
            if len(run) >= 3:
                parts.append(f"{names[run[0]]}-{names[run[-1]]}")
            else:
                parts.extend(names[i] for i in run)
            run = []
        if day is not None:
            run.append(day)
    return ",".join(parts)


def parse_time(value: str, *, closing: bool = False) -> time:
    """09:00, 9.30, 9 or 9 uur; 24:00 as a closing time means until midnight."""
    match = _TIME.match((value or "").strip().lower()) if isinstance(value, str) else None
    hour, minute = (int(match.group(1)), int(match.group(2) or 0)) if match else (99, 99)
    if closing and (hour, minute) == (24, 0):
        return END_OF_DAY
    if hour > 23 or minute > 59:
        raise UserError(
            "‘{time}’ is geen tijd. Schrijf de tijd zoals 09:00 of 17:30.", time=str(value)[:20]
        )
    return time(hour, minute)


def check_hours(hours: HoursInput) -> tuple[str, time, time]:
    """(byday codes as stored, opens, closes); closing before opening is open past midnight."""
    codes = parse_days(hours.days)
    if not (hours.opens or "").strip() or not (hours.closes or "").strip():
        raise UserError(
            "Schrijf bij ‘{days}’ van hoe laat tot hoe laat, zoals 09:00-17:00.",
            days=hours.days.strip()[:40],
        )
    opens, closes = parse_time(hours.opens), parse_time(hours.closes, closing=True)
    if opens == closes:
        raise UserError(
            "Openen en sluiten kan niet op hetzelfde tijdstip ({time}).",
            time=opens.strftime("%H:%M"),
        )
    return ",".join(codes), opens, closes


def hours_from_text(value: str) -> tuple[HoursInput, ...]:
    """One line per time, "ma-vr 09:00-17:00"; "ma 09:00-12:00, 13:00-17:00" gives two."""
    out: list[HoursInput] = []
    for line in (value or "").splitlines():
        line = line.strip()
        if not line:
            continue
        digit = re.search(r"\d", line)
        days, spans = (line[: digit.start()], line[digit.start() :]) if digit else (line, "")
        days = re.sub(r"\s*\bvan\s*$", "", days.strip().rstrip(":")).strip()
        for span in _SPANS.split(spans) if spans else [""]:
            opens, *closes = _SPAN.split(span.strip(), maxsplit=1)
            out.append(HoursInput(days, opens.strip(), "".join(closes).strip()))
    return tuple(out)


def hours_lines(hours: tuple[HoursInput, ...], names: Sequence[str] = DAY_SHORT) -> str:
    """Stored hours written back for the editor, in Dutch unless other day ``names``."""
    return "\n".join(f"{days_text(h.days, names)} {h.opens}-{h.closes}" for h in hours)
