"""Opening a connection to the hub with one clear line when it fails, and never a password in it.

psycopg's own messages can repeat parts of the connection string, and a traceback chains them,
so every failure here is turned into a UserError built from the parts we choose to show (login,
server, database), raised ``from None``, with anything that looks like a secret scrubbed out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import psycopg
from psycopg.conninfo import conninfo_to_dict

from wijkinfo.services.errors import UserError

CONNECT_TIMEOUT_S = 10
# SQLSTATEs of a refused login: invalid_password, invalid_authorization_specification.
_LOGIN_REFUSED = {"28P01", "28000"}
_SECRET_PATTERNS = (
    re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", re.IGNORECASE),
    re.compile(r"(postgres(?:ql)?://[^:/@\s]*:)([^@\s]*)(@)", re.IGNORECASE),
)


class HubUnavailable(UserError):
    """The hub cannot be reached, refuses the login, or is not a (compatible) wijkinfo hub."""


@dataclass(frozen=True)
class HubAddress:
    """Where a hub is. ``conninfo`` may hold a password and is never shown; ``label`` is."""

    conninfo: str
    label: str

    def __repr__(self) -> str:  # a stray print or log line must not show the password
        return f"HubAddress({self.label!r})"


def is_hub_address(text: str) -> bool:
    return text.startswith(("postgresql://", "postgres://"))


def parse_address(text: str, *, password: str | None = None) -> HubAddress:
    """``postgresql://login@server/database?sslmode=verify-full`` (or key=value form)."""
    try:
        parts = conninfo_to_dict(text)
    except psycopg.ProgrammingError:
        raise HubUnavailable(
            "Het serveradres klopt niet. Schrijf het zoals "
            "postgresql://login@server/database; er is niets veranderd."
        ) from None
    if password:
        parts["password"] = password
    conninfo = " ".join(f"{k}={_quote(str(v))}" for k, v in parts.items() if v is not None)
    host = str(parts.get("host") or "localhost")
    label = f"{parts.get('user') or '?'}@{host}/{parts.get('dbname') or '?'}"
    return HubAddress(conninfo=conninfo, label=scrub(label))


def _quote(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def scrub(text: str, *secrets: str) -> str:
    """``text`` with passwords (given, or in a connection string) replaced by ***."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    text = _SECRET_PATTERNS[0].sub(r"\1***", text)
    return _SECRET_PATTERNS[1].sub(r"\1***\3", text)


def password_of(address: HubAddress) -> str:
    return str(conninfo_to_dict(address.conninfo).get("password") or "")


def connect(address: HubAddress, *, autocommit: bool = False) -> psycopg.Connection:
    """A connection to the hub, or HubUnavailable with one line saying what to do."""
    try:
        return psycopg.connect(
            address.conninfo,
            autocommit=autocommit,
            connect_timeout=CONNECT_TIMEOUT_S,
            application_name="wijkinfo",
        )
    except psycopg.OperationalError as exc:
        raise _explain(exc, address) from None


def _explain(exc: psycopg.Error, address: HubAddress) -> HubUnavailable:
    reason = scrub(
        str(exc).strip().splitlines()[0] if str(exc).strip() else "", password_of(address)
    )
    if exc.sqlstate in _LOGIN_REFUSED or "password authentication failed" in reason:
        return HubUnavailable(
            "De server weigert de login {label}: de naam of het wachtwoord klopt niet. "
            "Controleer ze bij de beheerder; er is niets veranderd.",
            label=address.label,
        )
    if "no password supplied" in reason:
        return HubUnavailable(
            "De server {label} vraagt het wachtwoord van de login, en deze computer heeft het "
            "niet. Vul het in bij Beheer › Synchroniseren › Server (of in ~/.pgpass); er is "
            "niets veranderd.",
            label=address.label,
        )
    if exc.sqlstate == "3D000":  # invalid_catalog_name
        return HubUnavailable(
            "De database van {label} bestaat niet. Controleer het adres; er is niets veranderd.",
            label=address.label,
        )
    return HubUnavailable(
        "De server {label} is niet bereikbaar ({reason}). Controleer het adres en de "
        "verbinding en probeer het opnieuw; er is niets veranderd.",
        label=address.label,
        reason=reason or "geen antwoord",
    )


def lost(exc: psycopg.Error, address: HubAddress) -> HubUnavailable:
    """A connection that broke halfway: what was committed stays, the rest is tried again."""
    reason = scrub(
        str(exc).strip().splitlines()[0] if str(exc).strip() else "", password_of(address)
    )
    return HubUnavailable(
        "De verbinding met {label} viel weg ({reason}). Wat al binnen was, blijft; "
        "synchroniseer opnieuw om de rest te doen.",
        label=address.label,
        reason=reason or "geen antwoord",
    )
