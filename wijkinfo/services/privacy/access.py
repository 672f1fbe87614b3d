"""Access to residents' contact details: grant it, make a recovery sheet, recover with it.

Granting needs a signed-in coordinator who holds the keys (it seals the organisation keys to
the newcomer's public key). The recovery code on paper opens its own key pair, which holds every
organisation key: it gives a coordinator a new password and access when every password is lost.
"""

from __future__ import annotations

from sqlalchemy import select

from wijkinfo.db.models import User
from wijkinfo.services.audit import write_audit
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import USERS, Change
from wijkinfo.services.people.auth import COORDINATOR, Actor, require
from wijkinfo.services.privacy import keys
from wijkinfo.services.privacy.contacts import no_access
from wijkinfo.services.privacy.sealing import Unlocked


def _needs_keys(actor: Actor) -> Unlocked:
    if actor.keys is None:
        raise no_access()
    return actor.keys


def grant_access(store: Store, *, actor: Actor, user_id: str) -> int:
    """Give coordinator ``user_id`` access; returns how many organisation keys were sealed."""
    require(actor, "user.manage")
    unlocked = _needs_keys(actor)
    with store.unit_of_work(author=actor.user_id) as session:
        user = session.get(User, user_id)
        if user is None or not user.active or user.role != COORDINATOR:
            raise UserError(
                "Alleen een actieve coördinator kan toegang tot contactgegevens krijgen."
            )
        holder = keys.holder_of(session, user_id)
        if holder is None:
            raise UserError(
                "{name} heeft nog geen sleutel. Laat {name} eerst één keer aanmelden; "
                "geef daarna toegang.",
                name=user.name,
            )
        count = keys.grant_all(session, unlocked=unlocked, holder=holder, granted_by=actor.user_id)
        if count == 0:
            raise no_access()
        write_audit(
            session, actor, "privacy.grant", entity="user", entity_id=user_id, detail=user.name
        )
    store.events.publish(Change(USERS, (user_id,)))
    return count


def new_recovery_sheet(store: Store, *, actor: Actor) -> str:
    """A new recovery code (for the sheet); the previous sheet stops working."""
    require(actor, "user.manage")
    unlocked = _needs_keys(actor)
    with store.unit_of_work(author=actor.user_id) as session:
        if not keys.opened_org_keys(session, unlocked):
            raise no_access()
        code = keys.new_recovery(session, unlocked=unlocked, by_user=actor.user_id)
        write_audit(session, actor, "privacy.recovery_sheet")
    return code


def has_recovery_sheet(store: Store) -> bool:
    with store.sessions() as session:
        return bool(keys.recovery_holders(session))


def recover_with_code(store: Store, *, code: str, name: str, new_password: str) -> None:
    """Every password forgotten: the code from the recovery sheet gives coordinator ``name`` a
    new password, a new key pair and access again. A wrong code changes nothing."""
    from wijkinfo.services.people.users import check_password, hash_password, name_key

    new_password = check_password(new_password, COORDINATOR)
    with store.sessions() as session:
        user_id = session.scalar(select(User.id).where(User.name_key == name_key(name)))
    with store.unit_of_work(author=user_id) as session:
        recovery = keys.open_recovery(session, code)
        user = session.get(User, user_id) if user_id else None
        if user is None or user.role != COORDINATOR:
            raise UserError(
                "{name} is geen coördinator in wijkinfo. Typ de naam van een coördinator.",
                name=name,
            )
        old = keys.holder_of(session, user.id)
        if old is not None:
            keys.drop_holder(session, old)
        holder, _unlocked = keys.new_holder(session, secret=new_password, user_id=user.id)
        keys.grant_all(session, unlocked=recovery, holder=holder, granted_by=user.id)
        user.password_hash = hash_password(new_password)
        user.active = True
        user.failed_attempts = 0
        user.locked_until = None
        user.locked_at_uptime = None
        actor = Actor(user_id=user.id, name=user.name, role=user.role)
        write_audit(session, actor, "privacy.recovered", entity="user", entity_id=user.id)
    store.events.publish(Change(USERS, (user.id,)))
