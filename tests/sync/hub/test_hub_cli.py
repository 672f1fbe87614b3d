"""`wijkinfo hub init` on a real server: set up, again, refused by a newer hub, bad logins."""

from __future__ import annotations

import psycopg

from wijkinfo.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_hub_init_sets_up_once_and_then_says_so(capsys, pg_server, hub_db):
    url = pg_server.url(hub_db)
    code, out, _ = run(capsys, "hub", "init", url)
    assert code == 0 and "Server ingericht" in out and "wijkinfo_desk bestaat niet" in out
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
