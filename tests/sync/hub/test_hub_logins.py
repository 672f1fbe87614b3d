"""Desk logins on a real hub: the data passphrase, the rights of a desk, and failures that say
one thing and never the password."""

from __future__ import annotations

import logging

import psycopg
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from tests.sync.hub.memory_engine import SCHEMA, MemoryEngine
from wijkinfo.sync.hub.connection import HubUnavailable, connect, parse_address
from wijkinfo.sync.hub.hub_key import unlock_hub_key
from wijkinfo.sync.hub.schema import DESK_ROLE, init_hub
from wijkinfo.sync.hub.transport import sync_hub
from wijkinfo.sync.keys import KdfProfile

FAST = KdfProfile(time_cost=1, memory_kib=8 * 1024, parallelism=1)  # the real one takes ~0.6 s
DESK_PASSWORD = "Ge-heim 42!"


@pytest.fixture
def desk_login(pg_server, hub_db):
    """The README's recipe: a group role with the hub's rights, one login per desk in it."""
    with psycopg.connect(pg_server.dsn(hub_db), autocommit=True) as conn:
        conn.execute(
            f"DO $$ BEGIN CREATE ROLE {DESK_ROLE} NOLOGIN; "
            "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
        )
        conn.execute(f'GRANT CONNECT, TEMPORARY ON DATABASE "{hub_db}" TO {DESK_ROLE}')
        login = f"desk_{hub_db[-6:]}"
        conn.execute(f"CREATE ROLE {login} LOGIN PASSWORD '{DESK_PASSWORD}' IN ROLE {DESK_ROLE}")
    init_hub(parse_address(pg_server.dsn(hub_db)))
    yield pg_server.url(hub_db, user=login)
    with psycopg.connect(pg_server.dsn(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{hub_db}" WITH (FORCE)')
        conn.execute(f"DROP ROLE IF EXISTS {login}")


def test_the_first_desk_sets_the_passphrase_and_the_others_share_the_key(hub_admin):
    address = parse_address(hub_admin)
    init_hub(address)
    with connect(address, autocommit=True) as one, connect(address, autocommit=True) as two:
        key, created = unlock_hub_key(one, address, "lindestad-2026", profile=FAST)
        same, again = unlock_hub_key(two, address, "lindestad-2026", profile=FAST)
        assert (created, again) == (True, False) and key == same
        with pytest.raises(HubUnavailable) as exc:
            unlock_hub_key(two, address, "lindestad-2025", profile=FAST)
        assert "klopt niet" in str(exc.value)
        stored = one.execute("SELECT key_file FROM hub_key").fetchone()[0]
    assert key.hex() not in stored  # the server holds the key wrapped only


def test_a_desk_login_syncs_but_cannot_erase_or_edit_history(desk_login):
    address = parse_address(desk_login, password=DESK_PASSWORD)
    desk = MemoryEngine("desk-zuid")
    desk.write("signal", "s1", n=1)
    with connect(address, autocommit=True) as conn:
        key, _ = unlock_hub_key(conn, address, "lindestad-2026", profile=FAST)
    result = sync_hub(desk, address, key, schema_known=lambda r: r == SCHEMA)
    assert result.new_on_hub == 1
    with connect(address, autocommit=True) as conn:
        for statement in (
            "DELETE FROM changes",
            "UPDATE changes SET envelope = ''",
            "DELETE FROM hub_key",
            "DROP TABLE changes",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        assert conn.execute("SELECT count(*) FROM changes").fetchone()[0] == 1


def test_a_wrong_password_is_one_line_without_the_password(desk_login):
    address = parse_address(desk_login, password="wrong-Secret-99")
    with pytest.raises(HubUnavailable) as exc:
        sync_hub(MemoryEngine("x"), address, b"k" * 32)
    line = str(exc.value)
    assert "weigert de login" in line and "\n" not in line
    assert "wrong-Secret-99" not in line and exc.value.__cause__ is None
    assert exc.value.__suppress_context__


def test_a_password_in_the_address_never_shows(desk_login, caplog):
    caplog.set_level(logging.DEBUG)  # psycopg's own log lines too
    url = desk_login.replace("@/", ":wrong-Secret-99@/")
    address = parse_address(url)
    assert "wrong-Secret-99" not in repr(address) + address.label
    with pytest.raises(HubUnavailable) as exc:
        sync_hub(MemoryEngine("x"), address, b"k" * 32)
    assert "wrong-Secret-99" not in str(exc.value)
    assert "wrong-Secret-99" not in caplog.text


def test_an_unreachable_hub_is_one_line_and_changes_nothing(tmp_path):
    address = parse_address(f"postgresql://desk:Secret-7@/hub?host={tmp_path}&port=1")
    desk = MemoryEngine("x")
    desk.write("signal", "s1", n=1)
    with pytest.raises(HubUnavailable) as exc:
        sync_hub(desk, address, b"k" * 32)
    assert "niet bereikbaar" in str(exc.value) and "Secret-7" not in str(exc.value)
    assert len(desk.log) == 1 and desk.cursors == {}


def test_a_bad_address_says_how_to_write_it():
    with pytest.raises(HubUnavailable) as exc:
        parse_address("postgresql://desk@/hub?sslmode=verify-full&nonsense=1")
    assert "postgresql://login@server/database" in str(exc.value)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Zs", "Cc")), min_size=4))
def test_scrub_hides_any_password_in_either_form(secret):
    from wijkinfo.sync.hub.connection import scrub

    assume("@" not in secret and "'" not in secret and "\\\\" not in secret)
    for template in (
        "connection to server failed: host=/tmp password={} dbname=hub",
        "could not connect to postgresql://desk:{}@hub.example.nl/hub",
    ):
        assume(secret not in template.format(""))
        line = template.format(secret)
        assert secret not in scrub(line, secret)
        assert secret not in scrub(line)
