"""Checking one untrusted HSDS 3.1 service (nested) before anything is written.

Each check names the field as a path (``phones[1].number``) and says in plain Dutch what is
wrong. Problems reject the record; warnings are shown but the record is imported. A reason is a
literal template plus values (a ``Message``), so the UI can show it in the user's language.
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

from wijkinfo.db.models.directory import LOCATION_TYPES, SERVICE_STATUSES
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
_DAY_TOKEN = re.compile(r"^[+-]?\d{0,2}(MO|TU|WE|TH|FR|SA|SU)$")

_SERVICE_TEXT = {
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


class _Check:
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
            self.bad(field, "moet een object zijn, maar is {kind}", kind=_kind(value))
            return False
        return True

    def items(
        self, data: dict[str, Any], key: str, prefix: str
    ) -> list[tuple[str, dict[str, Any]]]:
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.bad(prefix + key, "moet een lijst zijn, maar is {kind}", kind=_kind(value))
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
            self.bad(prefix + key, "moet tekst zijn, maar is {kind}", kind=_kind(value))
            return
        if _UUID.fullmatch(value):
            return  # the usual spelling, checked without building a UUID
        try:
            uuid.UUID(value)
        except ValueError:
            self.bad(prefix + key, "‘{value}’ is geen geldige UUID", value=_short(value))

    def text(
        self, data: dict[str, Any], key: str, prefix: str, limit: int, *, required: bool = False
    ) -> None:
        value = data.get(key)
        if value is None or (required and value == ""):
            if required:
                self.bad(prefix + key, "ontbreekt of is leeg")
            return
        if not isinstance(value, str):
            self.bad(prefix + key, "moet tekst zijn, maar is {kind}", kind=_kind(value))
        elif len(value) > limit:
            self.bad(
                prefix + key,
                "is te lang ({count} tekens, hoogstens {limit})",
                count=_thousands(len(value)),
                limit=_thousands(limit),
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
        parsed = urlsplit(value.strip() if "://" in value else "https://" + value.strip())
        scheme = _SCHEME.match(value.strip())
        if (
            (scheme and scheme.group(1).lower() not in ("http", "https"))
            or parsed.scheme not in ("http", "https")
            or "." not in parsed.netloc
            or any(c.isspace() for c in value.strip())
        ):
            self.bad(
                prefix + key,
                "‘{value}’ is geen webadres; alleen http:// en https:// worden ingelezen",
                value=_short(value),
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
                value=_short(value),
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
                    prefix + key, "moet een heel getal zijn, maar is {kind}", kind=_kind(value)
                )
            else:
                self.bad(prefix + key, "moet een getal zijn, maar is {kind}", kind=_kind(value))
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
                prefix + key, "‘{value}’ is geen datum; schrijf JJJJ-MM-DD", value=_short(value)
            )
            return
        try:
            date.fromisoformat(value[:10])
            if len(value) > 10:  # a date-time: the time must exist too
                datetime.fromisoformat(value)
        except ValueError:
            self.bad(prefix + key, "‘{value}’ is geen bestaande datum", value=_short(value))

    def clock(self, data: dict[str, Any], key: str, prefix: str) -> None:
        value = data.get(key)
        if value is None:
            return
        if not isinstance(value, str) or not _TIME.match(value):
            self.bad(
                prefix + key,
                "‘{value}’ is geen tijd; schrijf UU:MM, zoals 09:30",
                value=_short(value),
            )


@lru_cache(maxsize=1 << 16)
def _phone_ok(number: str) -> bool:
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


def _kind(value: Any) -> str:
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


def _thousands(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def _short(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:37] + "…"


def validate_service(data: Any) -> tuple[list[Finding], list[Finding]]:
    """Problems and warnings for one nested HSDS service (paths relative to the service)."""
    c = _Check()
    if not c.obj(data, "service"):
        return c.problems, c.warnings
    c.uid(data, "id", "")
    c.text(data, "name", "", MAX_NAME, required=True)
    c.enum(data, "status", "", SERVICE_STATUSES, required=True)
    for key, limit in _SERVICE_TEXT.items():
        c.text(data, key, "", limit)
    c.url(data, "url", "")
    for key in ("email", "assurer_email"):
        c.text(data, key, "", MAX_EMAIL)
        value = data.get(key)
        if isinstance(value, str) and value and "@" not in value:
            c.bad(key, "‘{value}’ is geen e-mailadres", value=_short(value))
    c.number(data, "minimum_age", "", 0, 130, integer=True)
    c.number(data, "maximum_age", "", 0, 130, integer=True)
    low, high = data.get("minimum_age"), data.get("maximum_age")
    if isinstance(low, int) and isinstance(high, int) and low > high:
        c.bad("minimum_age", "{low} is hoger dan maximum_age {high}", low=low, high=high)
    c.day(data, "assured_date", "")
    c.uid(data, "organization_id", "", required=False)
    org = data.get("organization")
    if org is not None and c.obj(org, "organization"):
        _organization(c, org, "organization.")
    for p, phone in c.items(data, "phones", ""):
        _phone(c, phone, p)
    for p, sched in c.items(data, "schedules", ""):
        _schedule(c, sched, p)
    for p, lang in c.items(data, "languages", ""):
        c.uid(lang, "id", p)
        c.text(lang, "name", p, 200)
        c.text(lang, "code", p, 20)
        c.text(lang, "note", p, MAX_TEXT)
    for p, doc in c.items(data, "required_documents", ""):
        c.uid(doc, "id", p)
        c.text(doc, "document", p, MAX_TEXT)
        c.url(doc, "uri", p)
    for p, sal in c.items(data, "service_at_locations", ""):
        c.uid(sal, "id", p)
        c.text(sal, "description", p, MAX_TEXT)
        loc = sal.get("location")
        if loc is not None:
            if c.obj(loc, p + "location"):
                _location(c, loc, p + "location.")
        elif not sal.get("location_id"):
            c.bad(p + "location_id", "ontbreekt; noem de locatie of neem haar op")
        else:
            c.uid(sal, "location_id", p)
    for p, attr in c.items(data, "attributes", ""):
        _attribute(c, attr, p)
    return c.problems, c.warnings


def validate_term(data: Any, field: str = "taxonomy_term") -> list[Finding]:
    c = _Check()
    if c.obj(data, field):
        _term(c, data, field + ".")
    return c.problems


def validate_taxonomy(data: Any, field: str = "taxonomy") -> list[Finding]:
    c = _Check()
    if c.obj(data, field):
        c.uid(data, "id", field + ".")
        c.text(data, "name", field + ".", 200, required=True)
        c.text(data, "description", field + ".", MAX_TEXT)
    return c.problems


def _organization(c: _Check, org: dict[str, Any], p: str) -> None:
    c.uid(org, "id", p)
    c.text(org, "name", p, MAX_NAME, required=True)
    c.text(org, "alternate_name", p, MAX_NAME)
    c.text(org, "description", p, MAX_TEXT)
    c.text(org, "email", p, MAX_EMAIL)
    c.url(org, "website", p)
    c.url(org, "logo", p)


def _phone(c: _Check, phone: dict[str, Any], p: str) -> None:
    c.uid(phone, "id", p)
    c.text(phone, "number", p, 50, required=True)
    c.number(phone, "extension", p, 0, 10**9, integer=True)
    c.text(phone, "type", p, 20)
    c.text(phone, "description", p, MAX_TEXT)
    number = phone.get("number")
    if isinstance(number, str) and number and len(number) <= 50 and not _phone_ok(number):
        c.warn(
            p + "number",
            "‘{value}’ lijkt geen geldig telefoonnummer; controleer het na het inlezen",
            value=_short(number),
        )


def _schedule(c: _Check, s: dict[str, Any], p: str) -> None:
    c.uid(s, "id", p)
    for key in ("valid_from", "valid_to", "dtstart", "until"):
        c.day(s, key, p)
    c.enum(s, "freq", p, FREQS)
    c.number(s, "interval", p, 1, 366, integer=True)
    c.clock(s, "opens_at", p)
    c.clock(s, "closes_at", p)
    c.text(s, "description", p, MAX_TEXT)
    c.text(s, "notes", p, MAX_TEXT)
    c.text(s, "bymonthday", p, 100)
    byday = s.get("byday")
    if byday is not None:
        if not isinstance(byday, str) or len(byday) > 40:
            c.bad(p + "byday", "moet dagen zijn zoals MO,TU,WE")
        else:
            wrong = [t for t in byday.split(",") if t and not _DAY_TOKEN.match(t.strip())]
            if wrong:
                c.bad(
                    p + "byday",
                    "‘{value}’ is geen dag; gebruik {choices}",
                    value=_short(wrong[0]),
                    choices=", ".join(DAYS),
                )
    for ap, attr in c.items(s, "attributes", p):
        c.uid(attr, "id", ap, required=False)


def _location(c: _Check, loc: dict[str, Any], p: str) -> None:
    c.uid(loc, "id", p)
    c.enum(loc, "location_type", p, LOCATION_TYPES)
    for key in ("name", "alternate_name"):
        c.text(loc, key, p, MAX_NAME)
    for key in ("description", "transportation"):
        c.text(loc, key, p, MAX_TEXT)
    c.url(loc, "url", p)
    for key, limit in (("latitude", 90), ("longitude", 180)):
        value = loc.get(key)
        if (
            isinstance(value, int | float)
            and not isinstance(value, bool)
            and math.isfinite(value)
            and abs(value) > limit
        ):
            c.warn(
                p + key,
                "{value} ligt niet tussen -{limit} en {limit}; controleer de plek",
                value=value,
                limit=limit,
            )
        else:
            c.number(loc, key, p, -limit, limit)
    for ap, addr in c.items(loc, "addresses", p):
        c.uid(addr, "id", ap)
        c.text(addr, "address_1", ap, MAX_NAME, required=True)
        c.text(addr, "city", ap, 200, required=True)
        for key in ("attention", "address_2"):
            c.text(addr, key, ap, MAX_NAME)
        for key in ("region", "state_province"):
            c.text(addr, key, ap, 200)
        c.text(addr, "postal_code", ap, 20)
        country = addr.get("country")
        if country is not None and (not isinstance(country, str) or len(country) != 2):
            c.bad(
                ap + "country",
                "‘{value}’ is geen landcode van twee letters (NL)",
                value=_short(country),
            )
        c.enum(addr, "address_type", ap, LOCATION_TYPES)
    for ap, acc in c.items(loc, "accessibility", p):
        c.uid(acc, "id", ap)
        c.text(acc, "description", ap, MAX_TEXT)
        c.text(acc, "details", ap, MAX_TEXT)
        c.url(acc, "url", ap)


def _attribute(c: _Check, attr: dict[str, Any], p: str) -> None:
    c.uid(attr, "id", p)
    c.uid(attr, "taxonomy_term_id", p, required=False)
    c.text(attr, "label", p, 200)
    c.text(attr, "link_type", p, 100)
    value = attr.get("value")
    if value is not None and not isinstance(value, str | int | float):
        c.bad(p + "value", "moet tekst zijn, maar is {kind}", kind=_kind(value))
    elif isinstance(value, str) and len(value) > MAX_TEXT:
        c.bad(
            p + "value",
            "is te lang ({count} tekens, hoogstens {limit})",
            count=_thousands(len(value)),
            limit=_thousands(MAX_TEXT),
        )
    term = attr.get("taxonomy_term")
    if term is not None and c.obj(term, p + "taxonomy_term"):
        _term(c, term, p + "taxonomy_term.")


def _term(c: _Check, term: dict[str, Any], p: str) -> None:
    c.uid(term, "id", p)
    c.text(term, "name", p, MAX_NAME, required=True)
    c.text(term, "code", p, 200)
    c.text(term, "description", p, MAX_TEXT)
    c.uid(term, "parent_id", p, required=False)
    c.uid(term, "taxonomy_id", p, required=False)
    detail = term.get("taxonomy_detail")
    if detail is not None and c.obj(detail, p + "taxonomy_detail"):
        c.uid(detail, "id", p + "taxonomy_detail.")
        c.text(detail, "name", p + "taxonomy_detail.", 200, required=True)
