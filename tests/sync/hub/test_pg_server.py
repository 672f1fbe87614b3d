"""The throwaway server itself: reachable, one database per test, and it survives a restart."""

from __future__ import annotations

import psycopg
import pytest


def test_server_answers_on_its_socket(pg_server, hub_admin, hub_db):
    with psycopg.connect(hub_admin) as conn:
        version = conn.execute("SHOW server_version_num").fetchone()[0]
        name = conn.execute("SELECT current_database()").fetchone()[0]
    assert int(version) >= 150000
    assert name == hub_db


def test_restart_cuts_open_connections(pg_server, hub_admin):
    conn = psycopg.connect(hub_admin)
    pg_server.restart()
    with pytest.raises(psycopg.OperationalError):
        conn.execute("SELECT 1")
    conn.close()
    with psycopg.connect(hub_admin) as again:
        assert again.execute("SELECT 1").fetchone() == (1,)
