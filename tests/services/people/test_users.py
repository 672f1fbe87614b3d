"""Users: first coordinator, sign-in with scrypt hashes, lock after five wrong tries."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select

from wijkinfo.db.models import AuditLog, User
from wijkinfo.services.errors import PermissionDenied, UserError
from wijkinfo.services.people import users
from wijkinfo.services.people.auth import VOLUNTEER, Actor

T0 = datetime(2026, 11, 23, 9, 0)


@pytest.fixture
def coordinator(store):
    """The first coordinator, as made on the first run."""
    users.create_first_coordinator(store, name="Kees", password="geheim12")
    return users.sign_in(store, name="Kees", password="geheim12", now=T0)


def _count(store, model) -> int:
    with store.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_first_run_makes_a_coordinator_and_only_once(store):
    assert not users.has_users(store)
    with pytest.raises(UserError, match="minstens 8 tekens"):
        users.create_first_coordinator(store, name="Kees", password="2580")
    info = users.create_first_coordinator(store, name="Kees", password="geheim12")
    assert info.role == "coordinator"
    with pytest.raises(UserError, match="al gebruikers"):
        users.create_first_coordinator(store, name="Piet", password="geheim12")
    assert _count(store, User) == 1


def test_password_is_stored_as_salted_scrypt(store, coordinator):
    users.create_user(store, actor=coordinator, name="Ans", password="geheim12")
    with store.sessions() as s:
        hashes = [u.password_hash for u in s.scalars(select(User))]
    assert all(h.startswith("scrypt$") and "geheim12" not in h for h in hashes)
    assert hashes[0].split("$")[4] != hashes[1].split("$")[4]  # a salt per user


def test_sign_in_gives_the_role_and_is_audited(store, coordinator):
    users.create_user(store, actor=coordinator, name="Ans", password="8642", role="volunteer")
    actor = users.sign_in(store, name="ans", password="8642", now=T0)
    assert actor.role == VOLUNTEER and actor.name == "Ans"
    with store.sessions() as s:
        actions = set(s.scalars(select(AuditLog.action)))
    assert {"user.create", "user.sign_in"} <= actions


def test_five_wrong_tries_lock_for_five_minutes(store, coordinator):
    up = 1000.0  # the monotonic clock, in seconds
    for i in range(5):
        with pytest.raises(UserError, match="klopt niet"):
            users.sign_in(store, name="Kees", password="fout", now=T0, uptime=up + i)
    # Locked: even the right password is refused for five minutes.
    with pytest.raises(UserError, match="klopt niet"):
        users.sign_in(store, name="Kees", password="geheim12", now=T0, uptime=up + 4 * 60)
    actor = users.sign_in(store, name="Kees", password="geheim12", now=T0, uptime=up + 6 * 60)
    assert actor.name == "Kees"


def test_unknown_name_gives_the_same_message_as_a_wrong_password(store, coordinator):
    with pytest.raises(UserError, match="Naam of wachtwoord klopt niet"):
        users.sign_in(store, name="Niemand", password="geheim12", now=T0)


@pytest.mark.parametrize(
    ("name", "password", "role", "message"),
    [
        ("", "2580", "volunteer", "Vul een naam in"),
        ("   ", "2580", "volunteer", "Vul een naam in"),
        ("x" * 201, "2580", "volunteer", "te lang"),
        ("Ans", "12", "volunteer", "te kort"),
        ("Ans", "", "volunteer", "te kort"),
        ("Ans", None, "volunteer", "te kort"),
        ("Ans", "2580", "admin", "Kies een rol"),
        ("kees", "2580", "volunteer", "al iemand"),
    ],
)
def test_bad_new_users_are_refused_and_nothing_saved(
    store, coordinator, name, password, role, message
):
    with pytest.raises(UserError, match=message):
        users.create_user(store, actor=coordinator, name=name, password=password, role=role)
    assert _count(store, User) == 1


def test_a_volunteer_cannot_manage_users(store, coordinator):
    vol = Actor(user_id=None, name="Ans", role=VOLUNTEER)
    with pytest.raises(PermissionDenied):
        users.create_user(store, actor=vol, name="Bob", password="2580")
    with pytest.raises(PermissionDenied):
        users.list_users(store, actor=vol)
    with pytest.raises(PermissionDenied):
        users.set_password(store, actor=vol, user_id=coordinator.user_id, password="2580")
    assert _count(store, User) == 1
