"""Coordinators keep accounts: change one's own password, switch a person off and on again.

A person switched off is kept (the audit log and the signals still name them) but cannot sign
in. Switching a coordinator off also takes away their key and rotates the organisation key, so
contact details saved from then on cannot be opened with anything they might have kept. The
last active coordinator cannot be switched off: nobody could manage wijkinfo any more.
"""

from __future__ import annotations

from sqlalchemy import func, select

from wijkinfo.db.models import User
from wijkinfo.services.audit import write_audit
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import USERS, Change
from wijkinfo.services.people.auth import COORDINATOR, Actor, require
from wijkinfo.services.people.users import check_password, hash_password, verify_password
from wijkinfo.services.privacy import keys


def set_active(store: Store, *, actor: Actor, user_id: str, active: bool) -> None:
    """Switch a person off (kept for the audit log) or on again."""
    require(actor, "user.manage")
    with store.unit_of_work(author=actor.user_id) as session:
        user = session.get(User, user_id)
        if user is None:
            raise UserError("Deze gebruiker bestaat niet meer.")
        if user.active == active:
            return
        if not active and user.role == COORDINATOR:
            others = session.scalar(
                select(func.count())
                .select_from(User)
                .where(User.active, User.role == COORDINATOR, User.id != user.id)
            )
            if not others:
                raise UserError(
                    "{name} is de laatste actieve coördinator en kan niet uit. Maak eerst een "
                    "andere coördinator.",
                    name=user.name,
                )
            holder = keys.holder_of(session, user.id)
            if holder is not None:
                keys.drop_holder(session, holder)
            if keys.find_current_org_key(session) is not None:
                keys.rotate(session, by_user=actor.user_id)
        user.active = active
        write_audit(
            session,
            actor,
            "user.activate" if active else "user.deactivate",
            entity="user",
            entity_id=user.id,
            detail=user.name,
        )
    store.events.publish(Change(USERS, (user_id,)))


def change_own_password(
    store: Store, *, actor: Actor, old_password: str, new_password: str
) -> None:
    """A new password for the signed-in person; a coordinator's key is wrapped again with it."""
    if actor.user_id is None:
        raise UserError("Meld u eerst aan.")
    with store.unit_of_work(author=actor.user_id) as session:
        user = session.get(User, actor.user_id)
        if user is None or not verify_password(old_password, user.password_hash):
            raise UserError("Het huidige wachtwoord klopt niet. Er is niets veranderd.")
        new_password = check_password(new_password, user.role)
        holder = keys.holder_of(session, user.id)
        if holder is not None:
            keys.rewrap(holder, keys.open_holder(holder, old_password), new_password)
        user.password_hash = hash_password(new_password)
        write_audit(session, actor, "user.password", entity="user", entity_id=user.id)
    store.events.publish(Change(USERS, (actor.user_id,)))
