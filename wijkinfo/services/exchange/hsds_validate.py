"""Checking one untrusted HSDS 3.1 service (nested) before anything is written.

Each check names the field as a path (``phones[1].number``) and says in plain Dutch what is
wrong. Problems reject the record; warnings are shown but the record is imported. A reason is a
literal template plus values (a ``Message``), so the UI can show it in the user's language.
"""

from __future__ import annotations

import math
from typing import Any

from wijkinfo.db.models.directory import LOCATION_TYPES, SERVICE_STATUSES
from wijkinfo.services.exchange.hsds_checks import (
    DAY_TOKEN,
    DAYS,
    FREQS,
    MAX_EMAIL,
    MAX_NAME,
    MAX_TEXT,
    SERVICE_TEXT,
    Check,
    Finding,
    kind_of,
    phone_ok,
    short,
    thousands,
)


def validate_service(data: Any) -> tuple[list[Finding], list[Finding]]:
    """Problems and warnings for one nested HSDS service (paths relative to the service)."""
    c = Check()
    if not c.obj(data, "service"):
        return c.problems, c.warnings
    c.uid(data, "id", "")
    c.text(data, "name", "", MAX_NAME, required=True)
    c.enum(data, "status", "", SERVICE_STATUSES, required=True)
    for key, limit in SERVICE_TEXT.items():
        c.text(data, key, "", limit)
    c.url(data, "url", "")
    for key in ("email", "assurer_email"):
        c.text(data, key, "", MAX_EMAIL)
        value = data.get(key)
        if isinstance(value, str) and value and "@" not in value:
            c.bad(key, "‘{value}’ is geen e-mailadres", value=short(value))
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
    c = Check()
    if c.obj(data, field):
        _term(c, data, field + ".")
    return c.problems


def validate_taxonomy(data: Any, field: str = "taxonomy") -> list[Finding]:
    c = Check()
    if c.obj(data, field):
        c.uid(data, "id", field + ".")
        c.text(data, "name", field + ".", 200, required=True)
        c.text(data, "description", field + ".", MAX_TEXT)
    return c.problems


def _organization(c: Check, org: dict[str, Any], p: str) -> None:
    c.uid(org, "id", p)
    c.text(org, "name", p, MAX_NAME, required=True)
    c.text(org, "alternate_name", p, MAX_NAME)
    c.text(org, "description", p, MAX_TEXT)
    c.text(org, "email", p, MAX_EMAIL)
    c.url(org, "website", p)
    c.url(org, "logo", p)


def _phone(c: Check, phone: dict[str, Any], p: str) -> None:
    c.uid(phone, "id", p)
    c.text(phone, "number", p, 50, required=True)
    c.number(phone, "extension", p, 0, 10**9, integer=True)
    c.text(phone, "type", p, 20)
    c.text(phone, "description", p, MAX_TEXT)
    number = phone.get("number")
    if isinstance(number, str) and number and len(number) <= 50 and not phone_ok(number):
        c.warn(
            p + "number",
            "‘{value}’ lijkt geen geldig telefoonnummer; controleer het na het inlezen",
            value=short(number),
        )


def _schedule(c: Check, s: dict[str, Any], p: str) -> None:
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
            wrong = [t for t in byday.split(",") if t and not DAY_TOKEN.match(t.strip())]
            if wrong:
                c.bad(
                    p + "byday",
                    "‘{value}’ is geen dag; gebruik {choices}",
                    value=short(wrong[0]),
                    choices=", ".join(DAYS),
                )
    for ap, attr in c.items(s, "attributes", p):
        c.uid(attr, "id", ap, required=False)


def _location(c: Check, loc: dict[str, Any], p: str) -> None:
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
                value=short(country),
            )
        c.enum(addr, "address_type", ap, LOCATION_TYPES)
    for ap, acc in c.items(loc, "accessibility", p):
        c.uid(acc, "id", ap)
        c.text(acc, "description", ap, MAX_TEXT)
        c.text(acc, "details", ap, MAX_TEXT)
        c.url(acc, "url", ap)


def _attribute(c: Check, attr: dict[str, Any], p: str) -> None:
    c.uid(attr, "id", p)
    c.uid(attr, "taxonomy_term_id", p, required=False)
    c.text(attr, "label", p, 200)
    c.text(attr, "link_type", p, 100)
    value = attr.get("value")
    if value is not None and not isinstance(value, str | int | float):
        c.bad(p + "value", "moet tekst zijn, maar is {kind}", kind=kind_of(value))
    elif isinstance(value, str) and len(value) > MAX_TEXT:
        c.bad(
            p + "value",
            "is te lang ({count} tekens, hoogstens {limit})",
            count=thousands(len(value)),
            limit=thousands(MAX_TEXT),
        )
    term = attr.get("taxonomy_term")
    if term is not None and c.obj(term, p + "taxonomy_term"):
        _term(c, term, p + "taxonomy_term.")


def _term(c: Check, term: dict[str, Any], p: str) -> None:
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
