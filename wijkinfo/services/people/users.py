"""Users at the desk: create, sign in with name + password/PIN, lock after wrong tries.

Passwords are hashed with scrypt (Python's standard library) and a random salt per user.
A name is compared by its key (Unicode case folding + NFC, unique in the database), so that
Özlem and ÖZLEM are one person whatever the keyboard. A lockout is timed on the monotonic
clock, so that changing the wall clock neither lifts it nor stretches it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from wijkinfo.db.base import new_id, utcnow
from wijkinfo.db.models import User
from wijkinfo.db.models.people import ROLES
from wijkinfo.services.audit import write_audit
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import USERS, Change
from wijkinfo.services.people.auth import Actor, require

MAX_TRIES = 5
LOCK_MINUTES = 5
LOCK_SECONDS = LOCK_MINUTES * 60
MIN_PASSWORD = 4  # a PIN of four digits is the least the desk accepts
MAX_NAME = 200
# scrypt cost: strong enough for a desk laptop, under ~0.1 s per sign-in.
_N, _R, _P = 2**14, 8, 1


_DUMMY_HASH = f"scrypt${_N}${_R}${_P}${'00' * 16}${'00' * 32}"


@dataclass(frozen=True)
class UserInfo:
    id: str
    name: str
    role: str
    active: bool
    locked_until: datetime | None


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str | None) -> bool:
    if not stored:
        return False
    try:
        kind, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if kind != "scrypt":
        return False
    got = hashlib.scrypt(
        password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32
    )
    return hmac.compare_digest(got.hex(), digest)


def has_users(store: Store) -> bool:
    """False on the very first run: then the first coordinator is made."""
    with store.sessions() as session:
        return (session.scalar(select(func.count()).select_from(User)) or 0) > 0


# Joiners that some scripts need inside a name (Persian, Hindi, emoji families).
_ALLOWED_FORMAT = {"\u200c", "\u200d"}


def name_key(name: str) -> str:
    """The name as sign-in compares it: spaces as one, Unicode case folding, then NFC."""
    folded = unicodedata.normalize("NFD", " ".join(name.split())).casefold()
    return unicodedata.normalize("NFC", folded)


def _clean_name(name: object) -> str:
    """The name as stored: NFC, any kind of space as one plain space; control and invisible
    characters (a tab, a new line, a direction override) refused, as they break lists."""
    text = unicodedata.normalize("NFC", name) if isinstance(name, str) else ""
    text = "".join(" " if unicodedata.category(ch) == "Zs" else ch for ch in text)
    text = " ".join(part for part in text.split(" ") if part)
    if not text:
        raise UserError("Vul een naam in.")
    if len(text) > MAX_NAME:
        raise UserError("De naam is te lang (hoogstens {max} tekens).", max=MAX_NAME)
    for ch in text:
        kind = unicodedata.category(ch)
        if ch not in _ALLOWED_FORMAT and (kind[0] == "C" or kind in ("Zl", "Zp")):
            raise UserError(
                "Een naam mag geen tab, nieuwe regel of ander onzichtbaar teken hebben. "
                "Typ de naam opnieuw."
            )
    return text


def _check_password(password: object) -> str:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise UserError(
            "Het wachtwoord of de pincode is te kort: minstens {min} tekens.", min=MIN_PASSWORD
        )
    if is_trivial(password):
        raise UserError(
            "Deze pincode is te makkelijk te raden (zoals 1111, 1234 of alleen spaties). "
            "Kies een andere."
        )
    return password


def is_trivial(password: str) -> bool:
    """All one character, a run up or down (1234, 4321, abcd), or only spaces."""
    text = unicodedata.normalize("NFKC", password).casefold()
    if not text.strip():
        return True
    if len(set(text)) == 1:
        return True
    steps = {ord(b) - ord(a) for a, b in zip(text, text[1:], strict=False)}
    return steps in ({1}, {-1})


def _check(name: object, password: object, role: str) -> tuple[str, str]:
    clean = _clean_name(name)
    if role not in ROLES:
        raise UserError("Kies een rol: vrijwilliger of coördinator.")
    return clean, _check_password(password)


def _add(store: Store, actor: Actor | None, name: str, password: str, role: str) -> UserInfo:
    name, password = _check(name, password, role)
    key = name_key(name)
    user_id = new_id()
    # The first coordinator of a desk is made by nobody: the row is its own author, which the
    # sync engine accepts for a new user only.
    author = actor.user_id if actor is not None and actor.user_id else user_id
    with store.unit_of_work(author=author) as session:
        taken = session.scalar(select(User).where(User.name_key == key))
        if taken is not None:
            raise UserError("Er is al iemand met de naam {name}. Kies een andere naam.", name=name)
        user = User(
            id=user_id, name=name, name_key=key, role=role, password_hash=hash_password(password)
        )
        session.add(user)
        session.flush()
        write_audit(
            session,
            actor,
            "user.create",
            entity="user",
            entity_id=user.id,
            detail=f"{name} ({role})",
        )
        info = UserInfo(user.id, user.name, user.role, True, None)
    store.events.publish(Change(USERS, (info.id,)))
    return info


def create_first_coordinator(store: Store, *, name: str, password: str) -> UserInfo:
    """The first run: no users yet, so the first person becomes coordinator."""
    if has_users(store):
        raise UserError("Er zijn al gebruikers. Een coördinator kan nieuwe gebruikers maken.")
    return _add(store, None, name, password, "coordinator")


def create_user(
    store: Store, *, actor: Actor, name: str, password: str, role: str = "volunteer"
) -> UserInfo:
    """A coordinator adds a volunteer or coordinator."""
    require(actor, "user.manage")
    return _add(store, actor, name, password, role)


def list_users(store: Store, *, actor: Actor) -> list[UserInfo]:
    require(actor, "user.manage")
    with store.sessions() as session:
        users = session.scalars(select(User).order_by(User.name))
        return [UserInfo(u.id, u.name, u.role, u.active, u.locked_until) for u in users]


def active_user_names(store: Store) -> list[str]:
    """Names for the sign-in list (no roles, no details)."""
    with store.sessions() as session:
        return list(session.scalars(select(User.name).where(User.active).order_by(User.name)))


def set_password(store: Store, *, actor: Actor, user_id: str, password: str) -> None:
    require(actor, "user.manage")
    password = _check_password(password)
    with store.unit_of_work(author=actor.user_id) as session:
        user = session.get(User, user_id)
        if user is None:
            raise UserError("Deze gebruiker bestaat niet meer.")
        user.password_hash = hash_password(password)
        user.failed_attempts = 0
        user.locked_until = None
        user.locked_at_uptime = None
        write_audit(session, actor, "user.password", entity="user", entity_id=user_id)
    store.events.publish(Change(USERS, (user_id,)))


def _locked_for(locked_at: float | None, uptime: float) -> float:
    """Seconds of lockout left. The monotonic clock restarts with the computer: then at least
    its uptime has passed since the lockout, which is counted instead (never longer)."""
    if locked_at is None:
        return 0.0
    elapsed = uptime - locked_at if uptime >= locked_at else uptime
    return max(0.0, LOCK_SECONDS - elapsed)


def sign_in(
    store: Store,
    *,
    name: str,
    password: str,
    now: datetime | None = None,
    uptime: float | None = None,
) -> Actor:
    """Check name + password. Five wrong tries in a row lock the account for five minutes.

    Every refusal has the same words, whether the name is unknown, the password wrong or the
    account locked, so that trying does not tell which names exist. ``now`` is the wall-clock
    time for the audit log; ``uptime`` the monotonic clock that times the lockout.
    """
    now = now or utcnow()
    uptime = time.monotonic() if uptime is None else uptime
    refused = UserError(
        "Naam of wachtwoord klopt niet. Na vijf foute pogingen gaat een account vijf minuten "
        "op slot. Probeer het opnieuw."
    )
    key = name_key(name) if isinstance(name, str) else ""
    with store.unit_of_work() as session:
        user = session.scalar(select(User).where(User.name_key == key)) if key else None
        if user is None or not user.active:
            # Same work as a real check, so the time taken does not tell which names exist.
            verify_password(password or "", _DUMMY_HASH)
            raise refused
        if _locked_for(user.locked_at_uptime, uptime) > 0:
            verify_password(password or "", _DUMMY_HASH)
            raise refused
        if user.locked_at_uptime is not None:  # a lockout that has run out
            user.locked_at_uptime = None
            user.locked_until = None
        if verify_password(password or "", user.password_hash):
            user.failed_attempts = 0
            actor = Actor(user_id=user.id, name=user.name, role=user.role)
            write_audit(session, actor, "user.sign_in", entity="user", entity_id=user.id, at=now)
            return actor
        user.failed_attempts = (user.failed_attempts or 0) + 1
        write_audit(
            session,
            None,
            "user.sign_in_failed",
            entity="user",
            entity_id=user.id,
            detail=user.name,
            at=now,
        )
        if user.failed_attempts >= MAX_TRIES:
            user.failed_attempts = 0
            user.locked_at_uptime = uptime
            user.locked_until = now + timedelta(minutes=LOCK_MINUTES)  # shown in the user list
            write_audit(
                session,
                None,
                "user.locked",
                entity="user",
                entity_id=user.id,
                detail=user.name,
                at=now,
            )
    # Raised after the commit, so the counted try is kept.
    raise refused
