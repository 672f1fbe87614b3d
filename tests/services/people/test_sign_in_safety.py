"""Sign-in that holds: one key per name whatever the letters, a lockout the wall clock cannot
move, one answer that tells nothing, no guessable PINs, no invisible characters in names."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from wijkinfo.db.models import User
from wijkinfo.services.errors import UserError
from wijkinfo.services.people import users

T0 = datetime(2026, 11, 23, 9, 0)
UP = 5000.0


@pytest.fixture
def kees(store):
    users.create_first_coordinator(store, name="Kees", password="geheim12")
    return users.sign_in(store, name="Kees", password="geheim12", uptime=UP)


def _count(store) -> int:
    with store.sessions() as s:
        return s.scalar(select(func.count()).select_from(User))


@pytest.mark.parametrize(
    ("made", "typed"),
    [
        ("Çetin", "Çetin"),
        ("Çetin", "çetin"),
        ("Émile", "émile"),
        ("Émile", "E\u0301mile"),  # the same letter typed as E + combining accent
        ("İlker", "İlker"),
        ("Łukasz", "ŁUKASZ"),
        ("Özlem", "ÖZLEM"),
        ("Özlem", "özlem"),
        ("Straße", "STRASSE"),
        ("Anne  Marie", "anne marie"),
    ],
)
def test_names_with_capitals_beyond_ascii_sign_in(store, kees, made, typed):
    users.create_user(store, actor=kees, name=made, password="geheim12")
    actor = users.sign_in(store, name=typed, password="geheim12", uptime=UP)
    assert actor.name == " ".join(made.split())


def test_ozlem_in_three_spellings_is_one_person(store, kees):
    users.create_user(store, actor=kees, name="özlem", password="zomer2026")
    for other in ("Özlem", "ÖZLEM", "O\u0308zlem"):
        with pytest.raises(UserError, match="al iemand"):
            users.create_user(store, actor=kees, name=other, password="winter2026")
    assert _count(store) == 2
    # "Özlem" signs in as özlem, never as a second account
    assert users.sign_in(store, name="Özlem", password="zomer2026", uptime=UP).name == "özlem"


def test_the_name_key_is_unique_in_the_database_itself(store, kees):
    users.create_user(store, actor=kees, name="Özlem", password="zomer2026")
    with pytest.raises(Exception, match="UNIQUE"), store.unit_of_work() as s:
        s.add(User(name="ÖZLEM", name_key=users.name_key("ÖZLEM"), role="volunteer"))


def _lock(store, at_uptime: float) -> None:
    for i in range(5):
        with pytest.raises(UserError):
            users.sign_in(store, name="Kees", password="fout", now=T0, uptime=at_uptime + i)


def test_turning_the_clock_forward_does_not_lift_a_lockout(store, kees):
    _lock(store, UP)
    with pytest.raises(UserError, match="klopt niet"):
        users.sign_in(
            store, name="Kees", password="geheim12", now=T0 + timedelta(minutes=6), uptime=UP + 60
        )


def test_turning_the_clock_back_does_not_stretch_a_lockout(store, kees):
    _lock(store, UP)
    back = T0 - timedelta(hours=3)
    with pytest.raises(UserError):
        users.sign_in(store, name="Kees", password="geheim12", now=back, uptime=UP + 4 * 60)
    actor = users.sign_in(store, name="Kees", password="geheim12", now=back, uptime=UP + 305)
    assert actor.name == "Kees"


def test_after_a_restart_of_the_computer_the_lockout_ends_in_time(store, kees):
    _lock(store, UP)
    # the monotonic clock starts again near zero: at most five minutes more
    with pytest.raises(UserError):
        users.sign_in(store, name="Kees", password="geheim12", now=T0, uptime=30.0)
    assert users.sign_in(store, name="Kees", password="geheim12", now=T0, uptime=301.0)


def test_locked_unknown_and_wrong_give_one_answer(store, kees):
    answers = set()
    with pytest.raises(UserError) as exc:
        users.sign_in(store, name="Niemand", password="geheim12", uptime=UP)
    answers.add(str(exc.value))
    with pytest.raises(UserError) as exc:
        users.sign_in(store, name="Kees", password="fout", uptime=UP)
    answers.add(str(exc.value))
    _lock(store, UP + 10)
    with pytest.raises(UserError) as exc:
        users.sign_in(store, name="Kees", password="geheim12", uptime=UP + 20)
    answers.add(str(exc.value))
    assert len(answers) == 1


@pytest.mark.parametrize(
    "pin", ["1111", "0000", "1234", "4321", "0123", "9876", "abcd", "    ", "\t\t\t\t", "１２３４"]
)
def test_trivial_pins_are_refused_and_nothing_saved(store, kees, pin):
    with pytest.raises(UserError, match="te makkelijk"):
        users.create_user(store, actor=kees, name="Ans", password=pin)
    with pytest.raises(UserError, match="te makkelijk"):
        users.set_password(store, actor=kees, user_id=kees.user_id, password=pin)
    assert _count(store) == 1
    assert users.sign_in(store, name="Kees", password="geheim12", uptime=UP)


@pytest.mark.parametrize(
    "name",
    ["Ans\tde Vries", "Ans\nde Vries", "Ans\x00", "Ans\u202eseirV", "Ans\u2028", "\x1b[31mAns"],
)
def test_control_characters_in_names_are_refused(store, kees, name):
    with pytest.raises(UserError, match="onzichtbaar teken"):
        users.create_user(store, actor=kees, name=name, password="geheim12")
    assert _count(store) == 1


def test_odd_spaces_become_one_plain_space(store, kees):
    info = users.create_user(store, actor=kees, name="Anne\u00a0 Marie ", password="geheim12")
    assert info.name == "Anne Marie"
    assert [u.name for u in users.list_users(store, actor=kees)] == ["Anne Marie", "Kees"]
