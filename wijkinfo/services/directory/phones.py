"""Dutch phone numbers in any notation people write, checked and shown one way."""

from __future__ import annotations

import re

import phonenumbers

from wijkinfo.services.errors import UserError

_FREE_OR_PAID = re.compile(r"^0(800|900|90[69])")


def parse_dutch(number: str) -> phonenumbers.PhoneNumber:
    """Parse a number as written in the Netherlands; UserError when it cannot be one."""
    cleaned = (number or "").strip().strip('"')
    if not cleaned:
        raise UserError("Vul een telefoonnummer in.")
    if len(cleaned) > 40:
        raise UserError("Het telefoonnummer is te lang. Vul één nummer in, zoals 030-1234567.")
    try:
        parsed = phonenumbers.parse(cleaned, "NL")
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is None or not phonenumbers.is_valid_number(parsed):
        raise UserError(
            "‘{number}’ is geen geldig telefoonnummer. Schrijf het zoals 030-1234567 of 06-12345678.",
            number=cleaned,
        )
    return parsed


def format_phone(number: str) -> str:
    """The number as a Dutch reader expects it (030 123 4567, +32 …); unchanged if unparseable."""
    try:
        parsed = parse_dutch(number)
    except UserError:
        return (number or "").strip().strip('"')
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if parsed.country_code == 31
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(parsed, fmt)


def dial_string(number: str) -> str:
    """Digits only, for copying into a phone (0302345678)."""
    try:
        parsed = parse_dutch(number)
    except UserError:
        return re.sub(r"[^\d+]", "", number or "")
    if parsed.country_code == 31:
        return "0" + str(parsed.national_number)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
