"""What goes on a referral sheet, as plain data: no reportlab here, so the desk can hold and
check it without loading the PDF machinery (which is imported only when a sheet is made)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from wijkinfo.reports.service_fields import SHEET_FIELDS
from wijkinfo.services.languages import text_in

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
# Month and day names in English by hand: strftime would follow the computer's locale.
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Letterhead:
    name: str
    address: str = ""
    phone: str = ""
    hours: str = ""
    logo: str = ""  # a file path; empty for none


@dataclass(frozen=True)
class SheetService:
    name: str
    organization: str = ""
    description: str = ""
    phones: tuple[str, ...] = ()  # already formatted, with their description
    addresses: tuple[str, ...] = ()
    hours: tuple[str, ...] = ()  # lines such as "maandag t/m vrijdag: 09:00–17:00"
    documents: tuple[str, ...] = ()
    fees: str = ""
    email: str = ""
    url: str = ""


@dataclass(frozen=True)
class SheetData:
    letterhead: Letterhead
    day: date
    services: tuple[SheetService, ...]
    question: str = ""
    note: str = ""
    #: the language the resident reads: "nl" or "en" (what coordinators typed stays as typed)
    language: str = "nl"
    resident_name: str = ""


@dataclass(frozen=True)
class SheetResult:
    pdf: bytes
    pages: int
    #: things the user should know, in Dutch (for example: the logo could not be used)
    warnings: tuple[str, ...] = field(default_factory=tuple)


def dutch_date(day: date) -> str:
    """``maandag 23 november 2026``: the way a resident reads a date."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def resident_date(day: date, language: str = "nl") -> str:
    """``maandag 23 november 2026``, or ``Monday 23 November 2026``: never 11/23 or 23/11."""
    if language != "en":
        return dutch_date(day)
    weekday, month = ENGLISH_WEEKDAYS[day.weekday()], ENGLISH_MONTHS[day.month - 1]
    return f"{weekday} {day.day} {month} {day.year}"


def logo_problem(path: str) -> str | None:
    """Why this logo file cannot be printed, in Dutch; None when it can."""
    if not path:
        return None
    p = Path(path)
    if not p.is_file():
        return f"Het logo {path} is niet gevonden. Het blad is gemaakt zonder logo."
    try:
        from reportlab.lib.utils import ImageReader

        reader = ImageReader(str(p))
        width, height = reader.getSize()
        if width <= 0 or height <= 0:
            raise ValueError("empty image")
    except Exception:  # noqa: BLE001 - any unreadable file means: print without logo
        return f"Het logo {path} is geen bruikbaar plaatje (PNG of JPG). Het blad is gemaakt zonder logo."
    return None


def labelled_fields(svc: SheetService, language: str = "nl") -> list[tuple[str, tuple[str, ...]]]:
    """The labelled lines of one service, in the order and with the labels of ``SHEET_FIELDS``
    (in ``language``); a label only with something after it."""
    values: dict[str, tuple[str, ...]] = {
        "phones": svc.phones,
        "addresses": svc.addresses,
        "hours": svc.hours,
        "documents": svc.documents,
        "fees": (svc.fees,),
        "email": (svc.email,),
        "url": (svc.url,),
    }
    out = []
    for f in SHEET_FIELDS:
        kept = tuple(v for v in values[f.key] if v and v.strip())
        if kept:
            out.append((text_in(f.label, language), kept))
    return out
