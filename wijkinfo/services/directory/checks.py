"""Checks for the directory forms: each field has its own complete message, so it translates.

A failed check raises UserError with ``field`` set to the form field at fault (``name``,
``url``, ``phones``, …), so that the window can put the cursor there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Literal, overload
from urllib.parse import urlparse

from wijkinfo.services.directory.phones import format_phone, parse_dutch
from wijkinfo.services.errors import UserError

_POSTCODE = re.compile(r"^\s*(\d{4})\s*([A-Za-z]{2})\s*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_NAME = 300
MAX_TEXT = 5000

# One literal template per field (a field name as a parameter would stay Dutch in English).
_TOO_LONG: dict[str, Callable[[int], UserError]] = {
    "name": lambda most: UserError(
        "De naam is te lang: meer dan {max} tekens. Maak hem korter.", max=most
    ),
    "description": lambda most: UserError(
        "De omschrijving is te lang: meer dan {max} tekens. Maak hem korter.", max=most
    ),
    "url": lambda most: UserError(
        "De website is te lang: meer dan {max} tekens. Vul alleen het webadres in.", max=most
    ),
    "email": lambda most: UserError(
        "Het e-mailadres is te lang: meer dan {max} tekens. Vul één e-mailadres in.", max=most
    ),
    "postal_code": lambda most: UserError(
        "De postcode is te lang. Schrijf vier cijfers en twee letters, zoals 1234 AB."
    ),
    "address": lambda most: UserError(
        "Het adres is te lang: meer dan {max} tekens. Vul straat en huisnummer in.", max=most
    ),
    "city": lambda most: UserError(
        "De plaats is te lang: meer dan {max} tekens. Vul alleen de plaatsnaam in.", max=most
    ),
    "phones": lambda most: UserError(
        "De toelichting bij een telefoonnummer is te lang: meer dan {max} tekens. Maak die korter.",
        max=most,
    ),
    "fees": lambda most: UserError(
        "De kosten zijn te lang beschreven: meer dan {max} tekens. Maak het korter.", max=most
    ),
    "eligibility": lambda most: UserError(
        "‘Voor wie’ is te lang: meer dan {max} tekens. Maak het korter.", max=most
    ),
}
_TOO_LONG["website"] = _TOO_LONG["url"]
_TOO_LONG["phone"] = _TOO_LONG["phones"]


def _at(exc: UserError, field: str) -> UserError:
    exc.field = field  # type: ignore[attr-defined]  # read back by field_at_fault
    return exc


def field_at_fault(exc: BaseException) -> str | None:
    """The form field a check refused (``name``, ``url``, …), when known."""
    return getattr(exc, "field", None)


@contextmanager
def at_field(field: str) -> Iterator[None]:
    """Mark a UserError raised inside as being about ``field`` (unless it already says)."""
    try:
        yield
    except UserError as exc:
        if field_at_fault(exc) is None:
            _at(exc, field)
        raise


@overload
def text(value: object, field: str, *, required: Literal[True], most: int = MAX_TEXT) -> str: ...
@overload
def text(
    value: object, field: str, *, required: bool = False, most: int = MAX_TEXT
) -> str | None: ...
def text(value: object, field: str, *, required: bool = False, most: int = MAX_TEXT) -> str | None:
    """Trimmed text, None when empty; too long or not text gives that field's message."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise _at(UserError("Vul de naam in."), field)  # only names are required
        return None
    if not isinstance(value, str):
        raise _at(UserError("Vul hier gewone tekst in."), field)
    if len(value) > most:
        raise _at(_TOO_LONG[field](most), field)
    return value.strip()


def check_url(value: str | None, field: str = "url") -> str | None:
    value = text(value, field, most=2000)
    if value is None:
        return None
    if "://" not in value:
        value = "https://" + value
    parsed = urlparse(value)
    if parsed.scheme not in ("http", "https") or "." not in parsed.netloc or " " in value:
        raise _at(
            UserError(
                "‘{url}’ is geen geldig webadres. Schrijf het zoals www.voorbeeld.nl.",
                url=value[:80],
            ),
            field,
        )
    return value


def check_email(value: str | None, field: str = "email") -> str | None:
    value = text(value, field, most=320)
    if value is not None and not _EMAIL.match(value):
        raise _at(
            UserError(
                "‘{email}’ is geen geldig e-mailadres. Schrijf het zoals naam@voorbeeld.nl.",
                email=value[:80],
            ),
            field,
        )
    return value


def check_postcode(value: str | None, field: str = "postal_code") -> str | None:
    value = text(value, field, most=20)
    if value is None:
        return None
    match = _POSTCODE.match(value)
    if not match:
        raise _at(
            UserError(
                "‘{postcode}’ is geen postcode. Schrijf vier cijfers en twee "
                "letters, zoals 1234 AB.",
                postcode=value,
            ),
            field,
        )
    return f"{match.group(1)} {match.group(2).upper()}"


def check_phone(value: str | None, field: str = "phone", *, required: bool = True) -> str | None:
    """A Dutch (or foreign, with +) phone number, written the one Dutch way: 030 123 4567."""
    if not required and (value is None or not str(value).strip()):
        return None
    with at_field(field):
        if value is not None and not isinstance(value, str):
            raise UserError("Vul hier gewone tekst in.")
        parse_dutch(value or "")
    return format_phone(value or "")
