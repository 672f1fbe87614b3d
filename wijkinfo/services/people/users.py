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
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wijkinfo.db.base import new_id, utcnow
from wijkinfo.db.models import KeyHolder, User
from wijkinfo.db.models.people import ROLES
from wijkinfo.services.audit import write_audit
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import USERS, Change
from wijkinfo.services.people.auth import COORDINATOR, Actor, require
from wijkinfo.services.privacy import keys

MAX_TRIES = 5
LOCK_MINUTES = 5
LOCK_SECONDS = LOCK_MINUTES * 60
MIN_PASSWORD = 4  # a PIN of four digits is the least the desk accepts
# A coordinator's password also wraps the key to residents' contact details, and a copied
# database file can be tried offline: a PIN would fall in minutes, so a longer password.
MIN_COORDINATOR_PASSWORD = 8
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
    #: may open residents' contact details (a coordinator whose key holds the current org key)
    contact_access: bool = False
    #: only right after set-up: the code for the recovery sheet, shown once and never stored
    recovery_code: str | None = field(default=None, repr=False, compare=False)


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


def check_password(password: object, role: str = "volunteer") -> str:
    """The password if it is long and hard enough for ``role``; UserError otherwise."""
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise UserError(
            "Het wachtwoord of de pincode is te kort: minstens {min} tekens.", min=MIN_PASSWORD
        )
    if is_trivial(password):
        raise UserError(
            "Deze pincode is te makkelijk te raden (zoals 1111, 1234 of alleen spaties). "
            "Kies een andere."
        )
    if role == COORDINATOR and len(password) < MIN_COORDINATOR_PASSWORD:
        raise UserError(
            "Een coördinator heeft een wachtwoord van minstens {min} tekens nodig (geen "
            "pincode): het beschermt ook de contactgegevens van bewoners.",
            min=MIN_COORDINATOR_PASSWORD,
        )
    return password


_check_password = check_password  # the name the tests of earlier versions import


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
    return clean, check_password(password, role)


def _add(
    store: Store,
    actor: Actor | None,
    name: str,
    password: str,
    role: str,
    *,
    first: bool = False,
    grant_access: bool = False,
) -> UserInfo:
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
        code = None
        access = False
        if first:
            _unlocked, code = keys.set_up_organisation(session, user, password)
            access = True
        elif role == COORDINATOR:
            holder, _unlocked = keys.new_holder(session, secret=password, user_id=user.id)
            if grant_access:
                access = _grant(session, actor, holder, user)
        info = UserInfo(user.id, user.name, user.role, True, None, access, code)
    store.events.publish(Change(USERS, (info.id,)))
    return info


def create_first_coordinator(store: Store, *, name: str, password: str) -> UserInfo:
    """The first run: no users yet, so the first person becomes coordinator."""
    if has_users(store):
        raise UserError("Er zijn al gebruikers. Een coördinator kan nieuwe gebruikers maken.")
    return _add(store, None, name, password, "coordinator", first=True)


def create_user(
    store: Store,
    *,
    actor: Actor,
    name: str,
    password: str,
    role: str = "volunteer",
    grant_access: bool = False,
) -> UserInfo:
    """A coordinator adds a volunteer or coordinator. A new coordinator gets a key pair; with
    ``grant_access`` the signed-in coordinator also gives them access to contact details."""
    require(actor, "user.manage")
    return _add(store, actor, name, password, role, grant_access=grant_access)


def _grant(session: Session, actor: Actor | None, holder: KeyHolder, user: User) -> bool:
    """Seal the organisation keys the actor holds to ``holder``; False when the actor holds none."""
    if actor is None or actor.keys is None:
        return False
    if keys.grant_all(session, unlocked=actor.keys, holder=holder, granted_by=actor.user_id) == 0:
        return False
    write_audit(session, actor, "privacy.grant", entity="user", entity_id=user.id, detail=user.name)
    return True


def list_users(store: Store, *, actor: Actor) -> list[UserInfo]:
    require(actor, "user.manage")
    with store.sessions() as session:
        users = session.scalars(select(User).order_by(User.name)).all()
        access = keys.users_with_access(session)
        return [
            UserInfo(u.id, u.name, u.role, u.active, u.locked_until, u.id in access) for u in users
        ]


def active_user_names(store: Store) -> list[str]:
    """Names for the sign-in list (no roles, no details)."""
    with store.sessions() as session:
        return list(session.scalars(select(User.name).where(User.active).order_by(User.name)))


def set_password(store: Store, *, actor: Actor, user_id: str, password: str) -> None:
    """A coordinator sets someone's password (a reset). A coordinator's own key is re-wrapped;
    someone else's old key cannot be opened without the old password, so they get a new key
    pair, and the access they had is granted again at once by the actor (when the actor holds
    the keys; otherwise a coordinator grants it later)."""
    require(actor, "user.manage")
    with store.unit_of_work(author=actor.user_id) as session:
        user = session.get(User, user_id)
        if user is None:
            raise UserError("Deze gebruiker bestaat niet meer.")
        password = check_password(password, user.role)
        if user.role == COORDINATOR:
            _rekey(session, actor, user, password)
        user.password_hash = hash_password(password)
        user.failed_attempts = 0
        user.locked_until = None
        user.locked_at_uptime = None
        write_audit(session, actor, "user.password", entity="user", entity_id=user_id)
    store.events.publish(Change(USERS, (user_id,)))


def _rekey(session: Session, actor: Actor, user: User, password: str) -> None:
    holder = keys.holder_of(session, user.id)
    mine = actor.keys is not None and holder is not None and holder.id == actor.keys.holder_id
    if mine and holder is not None and actor.keys is not None:
        keys.rewrap(holder, actor.keys, password)
        return
    had_access = holder is not None and user.id in keys.users_with_access(session)
    if holder is not None:
        keys.drop_holder(session, holder)
    holder, _unlocked = keys.new_holder(session, secret=password, user_id=user.id)
    if had_access:
        _grant(session, actor, holder, user)


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
            unlocked = keys.unlock_coordinator(session, user, password)
            actor = Actor(user_id=user.id, name=user.name, role=user.role, keys=unlocked)
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
