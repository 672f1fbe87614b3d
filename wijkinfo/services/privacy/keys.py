"""Who holds which key: coordinators' key pairs, the organisation key, grants, rotation.

Works inside the caller's session (the people and privacy services own the transactions).

- Every coordinator has a key holder row: an X25519 public key and the private key wrapped by
  the password. Signing in unwraps it (:func:`unlock`); it lives in the Actor in memory only.
- The organisation key pair seals contact details. Its private half is stored only sealed to
  key holders (:class:`OrgKeyGrant`): the coordinators with access and the recovery sheet.
- A desk never keeps an organisation private key in the open. When there is no organisation
  key yet, a new one is sealed at once to every key holder on this desk (public keys suffice)
  and its private half is dropped; with no key holder at all, contact details are refused.
- Only migration 0007 could not help it: the contact details stored before it were sealed to a
  *provisional* key whose private half waits in a per-machine setting, because no password was
  known then. It is sealed to the key holders and wiped the moment one exists on the desk (at
  start-up, after a sync, at a coordinator's sign-in); until then the Privacy page says so.
"""

from __future__ import annotations

import base64
import json

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from wijkinfo.db.base import new_id, utcnow
from wijkinfo.db.engine import authored_by
from wijkinfo.db.models import KeyHolder, OrgKey, OrgKeyGrant, Setting, User
from wijkinfo.services.errors import UserError
from wijkinfo.services.privacy import sealing
from wijkinfo.services.privacy.sealing import Unlocked

PROVISIONAL_SETTING = "contact_key_provisional"
COORDINATOR, RECOVERY = "coordinator", "recovery"


def holder_context(holder_id: str) -> str:
    return f"holder|{holder_id}"


def grant_info(org_key_id: str, holder_id: str) -> bytes:
    return f"wijkinfo org key v1|{org_key_id}|{holder_id}".encode()


def holder_of(session: Session, user_id: str) -> KeyHolder | None:
    return session.scalar(select(KeyHolder).where(KeyHolder.user_id == user_id))


def new_holder(
    session: Session, *, secret: str, user_id: str | None, kind: str = COORDINATOR
) -> tuple[KeyHolder, Unlocked]:
    private = sealing.new_private_key()
    holder_id = new_id()
    holder = KeyHolder(
        id=holder_id,
        user_id=user_id,
        kind=kind,
        public_key=sealing.public_text(private),
        wrapped_key=sealing.wrap(private, secret, context=holder_context(holder_id)),
    )
    session.add(holder)
    session.flush()
    return holder, Unlocked(holder_id, private)


def rewrap(holder: KeyHolder, unlocked: Unlocked, secret: str) -> None:
    """Same key pair, wrapped by a new password: nothing else has to change."""
    holder.wrapped_key = sealing.wrap(
        unlocked.private_key, secret, context=holder_context(holder.id)
    )


def open_holder(holder: KeyHolder, secret: str) -> Unlocked:
    private = sealing.unwrap(holder.wrapped_key, secret, context=holder_context(holder.id))
    if sealing.public_text(private) != holder.public_key:
        raise sealing.damaged()
    return Unlocked(holder.id, private)


def add_grant(
    session: Session,
    *,
    org_key: OrgKey,
    private: X25519PrivateKey,
    holder: KeyHolder,
    granted_by: str | None,
) -> None:
    exists = session.scalar(
        select(OrgKeyGrant.id).where(
            OrgKeyGrant.org_key_id == org_key.id, OrgKeyGrant.holder_id == holder.id
        )
    )
    if exists is not None:
        return
    sealed = sealing.seal(
        sealing.load_public(holder.public_key),
        sealing.private_bytes(private),
        info=grant_info(org_key.id, holder.id),
    )
    session.add(
        OrgKeyGrant(
            org_key_id=org_key.id, holder_id=holder.id, sealed_key=sealed, granted_by=granted_by
        )
    )


def new_org_key(session: Session) -> tuple[OrgKey, X25519PrivateKey]:
    private = sealing.new_private_key()
    row = OrgKey(id=new_id(), public_key=sealing.public_text(private))
    session.add(row)
    session.flush()
    return row, private


def find_current_org_key(session: Session) -> OrgKey | None:
    return session.scalar(
        select(OrgKey)
        .where(OrgKey.retired_at.is_(None))
        .order_by(OrgKey.created_at.desc(), OrgKey.id)
        .limit(1)
    )


def no_key_holder() -> UserError:
    return UserError(
        "Contactgegevens kunnen op deze computer nog niet veilig worden bewaard: er is nog geen "
        "coördinator met een sleutel. Laat een coördinator één keer aanmelden, of sla het "
        "signaal op zonder contactgegevens."
    )


def current_org_key(session: Session) -> OrgKey:
    """The key new contact details are sealed to.

    With none yet, a new one is sealed to every key holder here and its private half is not
    kept; with no key holder either, nobody could ever open the details: UserError."""
    row = find_current_org_key(session)
    if row is not None:
        return row
    holders = list(session.scalars(select(KeyHolder)))
    if not holders:
        raise no_key_holder()
    row, private = new_org_key(session)
    for holder in holders:
        add_grant(session, org_key=row, private=private, holder=holder, granted_by=None)
    return row


def has_provisional_key(session: Session) -> bool:
    return session.get(Setting, PROVISIONAL_SETTING) is not None


def take_over_provisional(session: Session, *, by_user: str | None) -> bool:
    """Seal a provisional organisation key to every key holder, then wipe it from this desk.

    False (and the key stays) while there is no key holder to seal it to."""
    row = session.get(Setting, PROVISIONAL_SETTING)
    if row is None:
        return False
    holders = list(session.scalars(select(KeyHolder)))
    if not holders:
        return False
    data = json.loads(row.value_json)
    org_key = session.get(OrgKey, data["org_key_id"])
    if org_key is not None:
        private = sealing.load_private(base64.b64decode(data["private"]))
        for holder in holders:
            add_grant(session, org_key=org_key, private=private, holder=holder, granted_by=by_user)
    session.delete(row)
    session.flush()
    return True


def open_org_key(session: Session, unlocked: Unlocked, org_key_id: str) -> X25519PrivateKey | None:
    """The organisation private key ``org_key_id`` if this holder was granted it."""
    cached = unlocked.org_keys.get(org_key_id)
    if cached is not None:
        return cached
    grant = session.scalar(
        select(OrgKeyGrant).where(
            OrgKeyGrant.org_key_id == org_key_id, OrgKeyGrant.holder_id == unlocked.holder_id
        )
    )
    if grant is None:
        return None
    raw = sealing.open_sealed(
        unlocked.private_key, grant.sealed_key, info=grant_info(org_key_id, unlocked.holder_id)
    )
    private = sealing.load_private(raw)
    unlocked.org_keys[org_key_id] = private
    return private


def opened_org_keys(session: Session, unlocked: Unlocked) -> list[tuple[OrgKey, X25519PrivateKey]]:
    """Every organisation key this holder can open."""
    ids = session.scalars(
        select(OrgKeyGrant.org_key_id).where(OrgKeyGrant.holder_id == unlocked.holder_id)
    ).all()
    out = []
    for org_key_id in dict.fromkeys(ids):
        org_key = session.get(OrgKey, org_key_id)
        private = open_org_key(session, unlocked, org_key_id)
        if org_key is not None and private is not None:
            out.append((org_key, private))
    return out


def has_access(session: Session, unlocked: Unlocked | None) -> bool:
    current = find_current_org_key(session)
    if unlocked is None or current is None:
        return False
    return open_org_key(session, unlocked, current.id) is not None


def grant_all(
    session: Session, *, unlocked: Unlocked, holder: KeyHolder, granted_by: str | None
) -> int:
    """Seal every organisation key ``unlocked`` can open to ``holder``; how many."""
    opened = opened_org_keys(session, unlocked)
    for org_key, private in opened:
        add_grant(session, org_key=org_key, private=private, holder=holder, granted_by=granted_by)
    return len(opened)


def drop_holder(session: Session, holder: KeyHolder) -> None:
    """A holder and its grants; delete the grants first, so each travels as its own delete."""
    for grant in session.scalars(select(OrgKeyGrant).where(OrgKeyGrant.holder_id == holder.id)):
        session.delete(grant)
    session.flush()
    session.delete(holder)
    session.flush()


def rotate(session: Session, *, by_user: str | None) -> OrgKey:
    """A new organisation key for every holder who had the current one; the old one retires.

    Only public keys are needed, so any coordinator can rotate. Details saved from now on cannot
    be opened with a key that was dropped before the rotation.
    """
    old = current_org_key(session)
    keepers = session.scalars(
        select(KeyHolder)
        .join(OrgKeyGrant, OrgKeyGrant.holder_id == KeyHolder.id)
        .where(OrgKeyGrant.org_key_id == old.id)
    ).all()
    old.retired_at = utcnow()
    row, private = new_org_key(session)
    for holder in dict.fromkeys(keepers):
        add_grant(session, org_key=row, private=private, holder=holder, granted_by=by_user)
    return row


def unlock_coordinator(session: Session, user: User, password: str) -> Unlocked | None:
    """At sign-in: a coordinator's key (made now if they have none yet), else None."""
    if user.role != "coordinator":
        return None
    # Sign-in opens its unit of work before it knows who signs in: the key rows made here are
    # this coordinator's own (the sync engine accepts coordinator-owned rows by their author).
    with authored_by(user.id):
        unlocked = _unlock(session, user, password)
        session.flush()
    return unlocked


def _unlock(session: Session, user: User, password: str) -> Unlocked | None:
    holder = holder_of(session, user.id)
    if holder is None:
        holder, unlocked = new_holder(session, secret=password, user_id=user.id)
    else:
        try:
            unlocked = open_holder(holder, password)
        except sealing.SealedError:
            # The password was reset on another desk and its new key row has not arrived yet:
            # sign in without access rather than throw away a key that may still be granted.
            return None
    take_over_provisional(session, by_user=user.id)
    return unlocked


def recovery_holders(session: Session) -> list[KeyHolder]:
    return list(session.scalars(select(KeyHolder).where(KeyHolder.kind == RECOVERY)))


def set_up_organisation(session: Session, user: User, password: str) -> tuple[Unlocked, str]:
    """The first coordinator: their key pair, the organisation key (or the provisional one taken
    over) and the recovery sheet's key pair. Returns the unlocked key and the recovery code."""
    holder, unlocked = new_holder(session, secret=password, user_id=user.id)
    if has_provisional_key(session):
        take_over_provisional(session, by_user=user.id)
    else:
        org_key, private = new_org_key(session)
        add_grant(session, org_key=org_key, private=private, holder=holder, granted_by=user.id)
    session.flush()
    code = new_recovery(session, unlocked=unlocked, by_user=user.id)
    return unlocked, code


def new_recovery(session: Session, *, unlocked: Unlocked, by_user: str | None) -> str:
    """A new recovery code with every organisation key ``unlocked`` opens; older codes stop."""
    for old in recovery_holders(session):
        drop_holder(session, old)
    code = sealing.new_recovery_code()
    holder, _ = new_holder(session, secret=code, user_id=None, kind=RECOVERY)
    grant_all(session, unlocked=unlocked, holder=holder, granted_by=by_user)
    return code


def open_recovery(session: Session, code: str) -> Unlocked:
    """The recovery sheet's key; WrongSecret when the code fits none."""
    code = sealing.normalise_recovery_code(code)
    for holder in recovery_holders(session):
        try:
            return open_holder(holder, code)
        except sealing.WrongSecret:
            continue
    raise sealing.WrongSecret(
        "Deze herstelcode past niet. Kijk de code na; een ouder herstelblad werkt niet meer "
        "als er later een nieuw is gemaakt."
    )


def users_with_access(session: Session) -> set[str]:
    """Users whose key holder was granted the current organisation key."""
    current = find_current_org_key(session)
    if current is None:
        return set()
    rows = session.scalars(
        select(KeyHolder.user_id)
        .join(OrgKeyGrant, OrgKeyGrant.holder_id == KeyHolder.id)
        .where(OrgKeyGrant.org_key_id == current.id, KeyHolder.user_id.is_not(None))
    )
    return {r for r in rows if r}
