"""Looking a service up by its phone number, written in any Dutch notation: a resident shows a
letter with "bel 030-234 05 20" and asks who that is."""

from __future__ import annotations

import json
import re
import sqlite3

#: A query of only digits and phone punctuation, with at least this many digits, is also
#: looked up as (part of) a phone number.
PHONE_DIGITS = 5
_PHONE_QUERY = re.compile(r"^[\d\s+()\-./]+$")

#: One stored phone: (its digits, service id, organisation id).
PhoneEntry = tuple[str, str | None, str | None]


def _digits(number: str) -> str:
    """A number in any Dutch notation as plain digits, +31 and 0031 written as 0."""
    text = number.strip()
    digits = re.sub(r"\D", "", text.replace("(0)", ""))
    if text.startswith("+") and digits.startswith("31"):
        return "0" + digits[2:]
    if digits.startswith("0031"):
        return "0" + digits[4:]
    return digits


def phone_digits(query: str) -> str | None:
    """The digits to look for when ``query`` is (part of) a phone number in any Dutch
    notation (030-234 05 20, +31 (0)30 2340520, 0031302340520, 2340520); else None."""
    if not _PHONE_QUERY.match(query.strip()):
        return None
    digits = _digits(query)
    return digits if len(digits) >= PHONE_DIGITS else None


def read_phone_index(raw: sqlite3.Connection) -> list[PhoneEntry]:
    """Every phone as digits. Kept by the caller until the directory changes: comparing digits
    in memory takes milliseconds, normalising 100,000 stored numbers in SQL on every
    keystroke took half a second."""
    return [
        (_digits(number), sid, org)
        for number, sid, org in raw.execute("SELECT number, service_id, organization_id FROM phone")
    ]


def services_with_number(
    raw: sqlite3.Connection,
    phones: list[PhoneEntry],
    digits: str,
    where: str,
    params: dict[str, object],
    cap: int,
) -> list[tuple[str, float]]:
    """(service id, score) of services passing ``where`` whose own or organisation's number
    contains ``digits``: usable ones first, then a whole-number match (score 2) before a
    number that only contains it (score 1), then by name."""
    found = [p for p in phones if digits in p[0]][:cap]
    if not found:
        return []
    whole_services = {sid for number, sid, _org in found if sid and number == digits}
    whole_orgs = {org for number, sid, org in found if not sid and org and number == digits}
    rows = raw.execute(
        "SELECT s.id, s.name, (s.status != 'active' OR s.do_not_refer), s.organization_id "
        "FROM service s WHERE (s.id IN (SELECT value FROM json_each(:sids)) "
        "OR s.organization_id IN (SELECT value FROM json_each(:oids))) "
        f"AND {where} LIMIT :cap",
        {
            **params,
            "sids": json.dumps(sorted({sid for _n, sid, _o in found if sid})),
            "oids": json.dumps(sorted({org for _n, sid, org in found if not sid and org})),
            "cap": cap,
        },
    ).fetchall()

    def whole(row: tuple[str, str, int, str | None]) -> bool:
        return row[0] in whole_services or row[3] in whole_orgs

    ordered = sorted(rows, key=lambda r: (bool(r[2]), not whole(r), r[1]))
    return [(r[0], 2.0 if whole(r) else 1.0) for r in ordered]
