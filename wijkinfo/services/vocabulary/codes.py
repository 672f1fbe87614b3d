"""Codes and ids of list entries: made from the name, so that two desks adding the same wijk
offline get the same row, and typed text compared the way a volunteer types it."""

from __future__ import annotations

import hashlib
import re
import uuid

from wijkinfo.db.text_fold import fold
from wijkinfo.services.errors import UserError

# The namespace migration 0005 gave the signal themes; areas use "area/<code>".
NS = uuid.UUID("9c5f4e1a-7b2d-4c3e-8f6a-1d2e3f4a5b6c")
MAX_NAME = 200


def theme_id(code: str) -> str:
    return str(uuid.uuid5(NS, f"signal_theme/{code}"))


def area_id(code: str) -> str:
    return str(uuid.uuid5(NS, f"area/{code}"))


def slug(text: str) -> str:
    """A readable code part; a name in another script gets a short digest of itself."""
    plain = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    if plain or not key(text):
        return plain
    return "x" + hashlib.sha1(key(text).encode()).hexdigest()[:10]


def key(text: str | None) -> str:
    """A name with case, spaces, dashes and accents gone: "Overvecht " and "overvecht" agree."""
    return re.sub(r"[\W_]+", "", fold(text or ""))


def clean_name(value: object, *, place: bool) -> str:
    """A name typed in Beheer: single spaces, not empty, not too long, at least one letter."""
    if not isinstance(value, str) or not value.strip():
        if place:
            raise UserError("Vul de naam van de wijk of buurt in.")
        raise UserError("Vul de naam van het thema in.")
    name = " ".join(value.split())
    if len(name) > MAX_NAME:
        raise UserError("De naam is te lang (meer dan {max} tekens).", max=MAX_NAME)
    if not slug(name):
        raise UserError("Een naam heeft minstens één letter of cijfer. Kijk de naam na.")
    return name
