"""Users at the desk: create, sign in with name + password/PIN, lock after wrong tries.

Passwords are hashed with scrypt (Python's standard library) and a random salt per user.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
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


def _check(name: str, password: str, role: str) -> str:
    name = (name or "").strip()
    if not name:
        raise UserError("Vul een naam in.")
    if len(name) > MAX_NAME:
        raise UserError("De naam is te lang (hoogstens {max} tekens).", max=MAX_NAME)
    if role not in ROLES:
        raise UserError("Kies een rol: vrijwilliger of coördinator.")
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise UserError(
            "Het wachtwoord of de pincode is te kort: minstens {min} tekens.", min=MIN_PASSWORD
        )
    return name


def _add(store: Store, actor: Actor | None, name: str, password: str, role: str) -> UserInfo:
    name = _check(name, password, role)
    user_id = new_id()
    # The first coordinator of a desk is made by nobody: the row is its own author, which the
    # sync engine accepts for a new user only.
    author = actor.user_id if actor is not None and actor.user_id else user_id
    with store.unit_of_work(author=author) as session:
        taken = session.scalar(select(User).where(func.lower(User.name) == name.lower()))
        if taken is not None:
            raise UserError("Er is al iemand met de naam {name}. Kies een andere naam.", name=name)
        user = User(id=user_id, name=name, role=role, password_hash=hash_password(password))
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
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise UserError(
            "Het wachtwoord of de pincode is te kort: minstens {min} tekens.", min=MIN_PASSWORD
        )
    with store.unit_of_work(author=actor.user_id) as session:
        user = session.get(User, user_id)
        if user is None:
            raise UserError("Deze gebruiker bestaat niet meer.")
        user.password_hash = hash_password(password)
        user.failed_attempts = 0
        user.locked_until = None
        write_audit(session, actor, "user.password", entity="user", entity_id=user_id)
    store.events.publish(Change(USERS, (user_id,)))


def sign_in(store: Store, *, name: str, password: str, now: datetime | None = None) -> Actor:
    """Check name + password. Five wrong tries in a row lock the account for five minutes."""
    now = now or utcnow()
    wrong = UserError("Naam of wachtwoord klopt niet. Probeer het opnieuw.")
    with store.unit_of_work() as session:
        user = session.scalar(
            select(User).where(func.lower(User.name) == (name or "").strip().lower())
        )
        if user is None or not user.active:
            # Same work as a real check, so the time taken does not tell which names exist.
            verify_password(password or "", _DUMMY_HASH)
            return_error: UserError | None = wrong
        elif user.locked_until is not None and user.locked_until > now:
            minutes = max(1, int((user.locked_until - now).total_seconds() + 59) // 60)
            return_error = UserError(
                "Dit account is even op slot na te veel foute pogingen. "
                "Probeer het over {minutes} minuten opnieuw.",
                minutes=minutes,
            )
        elif verify_password(password or "", user.password_hash):
            user.failed_attempts = 0
            user.locked_until = None
            actor = Actor(user_id=user.id, name=user.name, role=user.role)
            write_audit(session, actor, "user.sign_in", entity="user", entity_id=user.id, at=now)
            return actor
        else:
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
                user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                write_audit(
                    session,
                    None,
                    "user.locked",
                    entity="user",
                    entity_id=user.id,
                    detail=user.name,
                    at=now,
                )
                return_error = UserError(
                    "Vijf keer een fout wachtwoord: dit account is nu {minutes} minuten op slot.",
                    minutes=LOCK_MINUTES,
                )
            else:
                return_error = wrong
    # Raised after the commit, so the counted try is kept.
    raise return_error
