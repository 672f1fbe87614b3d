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


@pytest.fixture
def two_logins(pg_server, hub_db):
    """Two desks, each with its own login in the desk role (the README's per-desk recipe)."""
    suffix = hub_db[-6:]
    logins = [f"noord_{suffix}", f"zuid_{suffix}"]
    with psycopg.connect(pg_server.dsn(hub_db), autocommit=True) as conn:
        conn.execute(
            f"DO $$ BEGIN CREATE ROLE {DESK_ROLE} NOLOGIN; "
            "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
        )
        conn.execute(f'GRANT CONNECT, TEMPORARY ON DATABASE "{hub_db}" TO {DESK_ROLE}')
        for login in logins:
            conn.execute(
                f"CREATE ROLE {login} LOGIN PASSWORD '{DESK_PASSWORD}' IN ROLE {DESK_ROLE}"
            )
    init_hub(parse_address(pg_server.dsn(hub_db)))
    yield [parse_address(pg_server.url(hub_db, user=u), password=DESK_PASSWORD) for u in logins]
    with psycopg.connect(pg_server.dsn(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{hub_db}" WITH (FORCE)')
        for login in logins:
            conn.execute(f"DROP ROLE IF EXISTS {login}")


def test_a_desk_login_cannot_write_as_another_desk(two_logins):
    noord_login, zuid_login = two_logins
    noord, zuid = MemoryEngine("replica-noord"), MemoryEngine("replica-zuid")
    noord.write("signal", "s1", n=1)
    zuid.write("signal", "s2", n=2)
    known = lambda r: r == SCHEMA  # noqa: E731
    sync_hub(noord, noord_login, b"k" * 32, schema_known=known)
    sync_hub(zuid, zuid_login, b"k" * 32, schema_known=known)
    with connect(zuid_login, autocommit=True) as conn:
        forged = [
            "INSERT INTO changes (origin_replica, origin_seq, envelope) "
            "VALUES ('replica-noord', 99, 'x')",
            "INSERT INTO changes (origin_replica, origin_seq, envelope, pushed_by) "
            "VALUES ('replica-zuid', 99, 'x', 'postgres')",
            "INSERT INTO desks (replica_id, epoch, pushed_position, pushed_change) "
            "VALUES ('replica-noord', 'e', 0, '-') ON CONFLICT (replica_id) DO UPDATE "
            "SET pushed_position = 0",
            "INSERT INTO desks (replica_id, epoch, pushed_position, pushed_change, login) "
            "VALUES ('replica-other', 'e', 0, '-', 'postgres')",
            "INSERT INTO snapshots (replica_id, upto_seq, envelope) "
            "VALUES ('replica-noord', 1, 'x')",
        ]
        for statement in forged:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        # An update or delete of another desk's rows finds nothing to change.
        assert conn.execute("UPDATE desks SET pushed_position = 0").rowcount == 1  # its own
        assert conn.execute("DELETE FROM snapshots").rowcount == 0
        rows = conn.execute("SELECT replica_id, login, pushed_position FROM desks").fetchall()
    assert sorted(rows) == [
        ("replica-noord", noord_login.label.split("@")[0], 1),
        ("replica-zuid", zuid_login.label.split("@")[0], 0),
    ]
    # The zuid login, given noord's replica id, is stopped in one line before anything is sent.
    impostor = MemoryEngine("replica-noord")
    impostor.write("signal", "s3", n=3)
    with pytest.raises(HubUnavailable) as exc:
        sync_hub(impostor, zuid_login, b"k" * 32, schema_known=known)
    assert "op naam van de login noord_" in str(exc.value) and "\n" not in str(exc.value)


def test_a_desk_relays_a_folder_desk_but_not_another_login(two_logins):
    noord_login, zuid_login = two_logins
    known = lambda r: r == SCHEMA  # noqa: E731
    noord, zuid, folder_desk = (MemoryEngine(n) for n in ("noord", "zuid", "map-desk"))
    noord.write("signal", "s-noord", n=1)
    sync_hub(noord, noord_login, b"k" * 32, schema_known=known)  # binds "noord" to its login
    noord.write("signal", "s-noord-2", n=2)  # not pushed yet
    folder_desk.write("signal", "s-map", n=3)
    # zuid got both through a shared folder before noord pushed its second change
    zuid.apply(folder_desk.log, source="map-desk", transport="folder", position="1")
    zuid.apply(noord.log, source="noord", transport="folder", position="2")
    sync_hub(zuid, zuid_login, b"k" * 32, schema_known=known)
    with connect(zuid_login, autocommit=True) as conn:
        held = conn.execute(
            "SELECT origin_replica, origin_seq, pushed_by FROM changes ORDER BY seq"
        ).fetchall()
    zuid_name = zuid_login.label.split("@")[0]
    assert ("map-desk", 1, zuid_name) in held  # a folder desk's change is relayed
    assert ("noord", 2) not in {(o, s) for o, s, _ in held}  # noord's own to send
    sync_hub(noord, noord_login, b"k" * 32, schema_known=known)
    reader = MemoryEngine("lezer")
    sync_hub(reader, noord_login, b"k" * 32, schema_known=known)
    assert {(c.origin_replica, c.origin_seq) for c in reader.log} == {
        ("noord", 1),
        ("noord", 2),
        ("map-desk", 1),
    }
