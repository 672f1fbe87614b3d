"""`wijkinfo hub init` on a real server: set up, again, refused by a newer hub, bad logins."""

from __future__ import annotations

import shutil

import psycopg
from sqlalchemy import text

from tests.cli.test_sync_cli import add_service
from tests.sync.conftest import seed_people
from wijkinfo.cli import main
from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.datafolder.store import open_store


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_hub_init_sets_up_once_and_then_says_so(capsys, pg_server, hub_db):
    url = pg_server.url(hub_db)
    with psycopg.connect(pg_server.dsn(hub_db), autocommit=True) as conn:
        # Roles belong to the whole server: another test on this server may have made it.
        role = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'wijkinfo_desk'").fetchone()
    code, out, _ = run(capsys, "hub", "init", url)
    assert code == 0 and "Server ingericht" in out
    assert ("wijkinfo_desk bestaat niet" in out) == (role is None)
    code, out, _ = run(capsys, "hub", "init", url)
    assert code == 0 and "al ingericht" in out


def test_hub_init_refuses_a_hub_of_a_newer_wijkinfo(capsys, pg_server, hub_db):
    url = pg_server.url(hub_db)
    run(capsys, "hub", "init", url)
    with psycopg.connect(pg_server.dsn(hub_db), autocommit=True) as conn:
        conn.execute("UPDATE hub_meta SET value = '999' WHERE key = 'schema'")
    code, out, err = run(capsys, "hub", "init", url)
    assert code == 2 and out == ""
    assert "nieuwere wijkinfo" in err and len(err.strip().splitlines()) == 1


def test_a_wrong_password_is_one_line_and_never_printed(capsys, pg_server, hub_db):
    with psycopg.connect(pg_server.dsn(hub_db), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE cli_{hub_db[-6:]} LOGIN PASSWORD 'right-one'")
    url = pg_server.url(hub_db, user=f"cli_{hub_db[-6:]}", password="Wr0ng-Pass")
    code, out, err = run(capsys, "hub", "init", url)
    assert code == 2 and "weigert de login" in err and "Wr0ng-Pass" not in out + err
    with psycopg.connect(pg_server.dsn(hub_db)) as conn:
        assert conn.execute("SELECT to_regclass('hub_meta')").fetchone()[0] is None


def test_wijkinfo_sync_with_a_hub_address_end_to_end(
    capsys, pg_server, hub_db, tmp_path, migrated_template
):
    """Two data folders sync through the hub with `wijkinfo sync postgresql://…`, the same way
    and with the same summary as through a folder; the second run needs no passphrase."""
    dirs = []
    for name in ("coordinator", "desk"):
        root = tmp_path / name
        root.mkdir()
        shutil.copyfile(migrated_template, root / "wijkinfo.sqlite")
        seed_people(root / "wijkinfo.sqlite")
        dirs.append(root)
    coordinator, desk = dirs
    add_service(coordinator, "Schuldhulp Lindestad")
    url = pg_server.url(hub_db)
    run(capsys, "hub", "init", url)
    passfile = tmp_path / "pass.txt"
    passfile.write_text("de linde bloeit\n", encoding="utf-8")
    code, out, err = run(
        capsys, "--data-dir", coordinator, "sync", url, "--passphrase-file", passfile
    )
    assert (code, err) == (0, "") and "0 binnengekomen, 2 verstuurd" in out
    code, out, _ = run(capsys, "--data-dir", desk, "sync", url, "--passphrase-file", passfile)
    assert code == 0 and "2 binnengekomen" in out
    code, out, _ = run(capsys, "--data-dir", desk, "sync", url)  # key remembered
    assert code == 0 and "0 binnengekomen, 0 verstuurd" in out
    store = open_store(DataPaths(desk), backups=False)
    try:
        with store.engine.connect() as conn:
            names = conn.execute(text("SELECT name FROM service")).scalars().all()
    finally:
        store.close()
    assert names == ["Schuldhulp Lindestad"]


def test_hub_compact_without_a_snapshot_removes_nothing_and_says_why(capsys, pg_server, hub_db):
    url = pg_server.url(hub_db)
    run(capsys, "hub", "init", url)
    code, out, _ = run(capsys, "hub", "compact", url, "--horizon-days", "30")
    assert code == 0 and "0 oude wijzigingen" in out
    code, _, err = run(capsys, "hub", "compact", url, "--horizon-days", "0")
    assert code == 2 and "1 of meer" in err
