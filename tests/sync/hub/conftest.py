"""A real PostgreSQL for the hub tests: one throwaway server per test process, one database per
test.

Each pytest-xdist worker is its own process with its own session, so each starts its own small
server on a socket in its own folder; no port or database is shared between workers. Where
PostgreSQL is not installed the hub tests are skipped with the reason — except under ``make
test`` (CI), which sets WIJKINFO_HUB_REQUIRED=1 so that a missing server fails instead.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests.sync.hub.pg_server import PgServer, remove_server, start_server, why_unavailable

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.hub)


def _required() -> bool:
    return os.environ.get("WIJKINFO_HUB_REQUIRED") == "1" or bool(os.environ.get("CI"))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The server of this test process, started once and removed at the end."""
    reason = why_unavailable()
    if reason:
        if _required():
            pytest.fail(f"hub tests need PostgreSQL: {reason}", pytrace=False)
        pytest.skip(reason)
    server = start_server()
    yield server
    remove_server(server)


@pytest.fixture
def hub_db(pg_server: PgServer) -> Iterator[str]:
    """A new empty database for one test (its name); dropped afterwards with its connections."""
    name = f"hub_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_server.dsn(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield name
    with psycopg.connect(pg_server.dsn(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def hub_admin(pg_server: PgServer, hub_db: str) -> str:
    """A connection string with every right on the test's database (what `hub init` gets)."""
    return pg_server.dsn(hub_db)
