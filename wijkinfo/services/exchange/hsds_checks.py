"""The small checks an untrusted HSDS record is made of: ids, texts, links, numbers, dates.

``Check`` collects problems (the record is refused) and warnings (it is imported), each with
the field as a path and a Dutch ``Message``; hsds_validate walks a service with them.
"""

from __future__ import annotations

import math
import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import phonenumbers

from wijkinfo.services.directory import phones
from wijkinfo.services.errors import UserError
from wijkinfo.services.messages import Message

# Longer than any real description; a 5 MB text is a broken file, not a service.
MAX_TEXT = 20_000
MAX_NAME = 500
MAX_URL = 2000
MAX_EMAIL = 320
FREQS = ("WEEKLY", "MONTHLY")
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?([.,]\d+)?(Z|[+-]\d\d:?\d\d)?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_SEPARATORS = re.compile(r"[\s\-./()]")
_NATIONAL = re.compile(r"0[1-9]\d{8}")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):(?!\d)")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
DAY_TOKEN = re.compile(r"^[+-]?\d{0,2}(MO|TU|WE|TH|FR|SA|SU)$")

SERVICE_TEXT = {
    "alternate_name": MAX_NAME,
    "description": MAX_TEXT,
    "interpretation_services": MAX_TEXT,
    "application_process": MAX_TEXT,
    "fees_description": MAX_TEXT,
    "wait_time": MAX_TEXT,
    "eligibility_description": MAX_TEXT,
    "alert": MAX_TEXT,
}


@dataclass(frozen=True)
class Finding:
    field: str
    message: Message

    @property
    def template(self) -> str:
        return self.message.template

    @property
    def params(self) -> dict[str, Any]:
        return self.message.params

    @property
    def reason(self) -> str:
        """The Dutch text (for the CLI and logs); it is the Message itself."""
        return self.message


class Check:
    def __init__(self) -> None:
        self.problems: list[Finding] = []
        self.warnings: list[Finding] = []

    # The template must be a literal at each call: the translation extractor reads it there.
    def bad(self, field: str, template: str, **params: Any) -> None:
        self.problems.append(Finding(field, Message(template, **params)))

    def warn(self, field: str, template: str, **params: Any) -> None:
        self.warnings.append(Finding(field, Message(template, **params)))

    def obj(self, value: Any, field: str) -> bool:
        if not isinstance(value, dict):
            self.bad(field, "moet een object zijn, maar is {kind}", kind=kind_of(value))
            return False
        return True

    def items(
        self, data: dict[str, Any], key: str, prefix: str
    ) -> list[tuple[str, dict[str, Any]]]:
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.bad(prefix + key, "moet een lijst zijn, maar is {kind}", kind=kind_of(value))
            return []
        out = []
        for i, item in enumerate(value):
            path = f"{prefix}{key}[{i + 1}]"
            if self.obj(item, path):
                out.append((path + ".", item))
        return out

    def uid(self, data: dict[str, Any], key: str, prefix: str, *, required: bool = True) -> None:
        value = data.get(key)
        if value is None or value == "":
            if required:
                self.bad(prefix + key, "ontbreekt; elk record heeft een id (een UUID) nodig")
            return
        if not isinstance(value, str):
            self.bad(prefix + key, "moet tekst zijn, maar is {kind}", kind=kind_of(value))
            return
        if _UUID.fullmatch(value):
            return  # the usual spelling, checked without building a UUID
        try:
            uuid.UUID(value)
        except ValueError:
            self.bad(prefix + key, "‘{value}’ is geen geldige UUID", value=short(value))

    def text(
        self, data: dict[str, Any], key: str, prefix: str, limit: int, *, required: bool = False
    ) -> None:
        value = data.get(key)
        if value is None or (required and value == ""):
            if required:
                self.bad(prefix + key, "ontbreekt of is leeg")
            return
        if not isinstance(value, str):
            self.bad(prefix + key, "moet tekst zijn, maar is {kind}", kind=kind_of(value))
        elif len(value) > limit:
            self.bad(
                prefix + key,
                "is te lang ({count} tekens, hoogstens {limit})",
                count=thousands(len(value)),
                limit=thousands(limit),
            )
        elif _CONTROL.search(value):
            self.bad(prefix + key, "bevat een onzichtbaar stuurteken (zoals NUL); haal het weg")
        elif not value.isascii() and _SURROGATE.search(value):
            # A lone surrogate (JSON "\ud800") cannot be stored as UTF-8 at all.
            self.bad(prefix + key, "bevat tekens die geen geldige Unicode zijn")

    def url(self, data: dict[str, Any], key: str, prefix: str) -> None:
        """A link someone may open or print: only http and https, as in the editor."""
        self.text(data, key, prefix, MAX_URL)
        value = data.get(key)
        if not isinstance(value, str) or not value.strip() or len(value) > MAX_URL:
            return
        try:
            parsed = urlsplit(value.strip() if "://" in value else "https://" + value.strip())
        except ValueError:  # such as an unclosed "[" where an IPv6 address would go
            parsed = None
        scheme = _SCHEME.match(value.strip())
        if (
            parsed is None
            or (scheme and scheme.group(1).lower() not in ("http", "https"))
            or parsed.scheme not in ("http", "https")
            or "." not in parsed.netloc
            or any(c.isspace() for c in value.strip())
        ):
            self.bad(
                prefix + key,
                "‘{value}’ is geen webadres; alleen http:// en https:// worden ingelezen",
                value=short(value),
            )

    def enum(
        self,
        data: dict[str, Any],
        key: str,
        prefix: str,
        allowed: tuple[str, ...],
        *,
        required: bool = False,
    ) -> None:
        value = data.get(key)
        if value is None:
            if required:
                self.bad(prefix + key, "ontbreekt; kies uit {choices}", choices=", ".join(allowed))
            return
        if value not in allowed:
            self.bad(
                prefix + key,
                "‘{value}’ is onbekend; kies uit {choices}",
                value=short(value),
                choices=", ".join(allowed),
            )

    def number(
        self,
        data: dict[str, Any],
        key: str,
        prefix: str,
        low: float,
        high: float,
        *,
        integer: bool = False,
    ) -> None:
        value = data.get(key)
        if value is None:
            return
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        if ok and not math.isfinite(value):
            self.bad(prefix + key, "{value} is geen eindig getal", value=value)
            return
        if ok and integer and isinstance(value, float) and not value.is_integer():
            ok = False
        if not ok:
            if integer:
                self.bad(
                    prefix + key, "moet een heel getal zijn, maar is {kind}", kind=kind_of(value)
                )
            else:
                self.bad(prefix + key, "moet een getal zijn, maar is {kind}", kind=kind_of(value))
        elif not low <= value <= high:
            self.bad(
                prefix + key,
                "{value} ligt niet tussen {low} en {high}",
                value=value,
                low=f"{low:g}",
                high=f"{high:g}",
            )

    def day(self, data: dict[str, Any], key: str, prefix: str) -> None:
        value = data.get(key)
        if value is None:
            return
        if not isinstance(value, str) or not _DATE.match(value):
            self.bad(
                prefix + key, "‘{value}’ is geen datum; schrijf JJJJ-MM-DD", value=short(value)
            )
            return
        try:
            date.fromisoformat(value[:10])
            if len(value) > 10:  # a date-time: the time must exist too
                datetime.fromisoformat(value)
        except ValueError:
            self.bad(prefix + key, "‘{value}’ is geen bestaande datum", value=short(value))

    def clock(self, data: dict[str, Any], key: str, prefix: str) -> None:
        value = data.get(key)
        if value is None:
            return
        if not isinstance(value, str) or not _TIME.match(value):
            self.bad(
                prefix + key,
                "‘{value}’ is geen tijd; schrijf UU:MM, zoals 09:30",
                value=short(value),
            )


@lru_cache(maxsize=1 << 16)
def phone_ok(number: str) -> bool:
    # Organisations share numbers across their services: each one is checked once. The
    # usual notation (0 and nine digits, with any separators) needs no parse: it is what
    # phonenumbers' own parse makes of it, and parsing is most of the cost of a check.
    digits = _SEPARATORS.sub("", number)
    if _NATIONAL.fullmatch(digits):
        national = phonenumbers.PhoneNumber(country_code=31, national_number=int(digits[1:]))
        return bool(phonenumbers.is_valid_number(national))
    try:
        phones.parse_dutch(number)
    except UserError:
        return False
    return True


def kind_of(value: Any) -> str:
    """What the value is, in words (a Message, so the UI translates the word too)."""
    kind = type(value)
    if kind is dict:
        return Message("een object")
    if kind is list:
        return Message("een lijst")
    if kind is str:
        return Message("tekst")
    if kind is bool:
        return Message("waar/onwaar")
    if kind in (int, float):
        return Message("een getal")
    if value is None:
        return Message("leeg")
    return kind.__name__


def thousands(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def short(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:37] + "…"
