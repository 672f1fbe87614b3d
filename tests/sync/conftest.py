"""Replicas for sync tests: copies of the migrated template that share the same people.

Every replica starts with the same two coordinators and one volunteer, loaded untracked as a
snapshot would load them, and gets its own replica id when opened.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from wijkinfo.db.engine import register_sync_functions
from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.datafolder.store import Store, open_store
from wijkinfo.sync.engine import Engine

COORDINATORS = ("c0000000-0000-4000-8000-000000000001", "c0000000-0000-4000-8000-000000000002")
VOLUNTEER = "v0000000-0000-4000-8000-000000000003"


def seed_people(db: Path) -> None:
    conn = sqlite3.connect(db)
    register_sync_functions(conn, capture=False)
    people = [(uid, f"coordinator {n}", "coordinator") for n, uid in enumerate(COORDINATORS)]
    people.append((VOLUNTEER, "vrijwilliger", "volunteer"))
    conn.executemany(
        'INSERT INTO "user" (id, name, role, failed_attempts, active, created_at) '
        "VALUES (?, ?, ?, 0, 1, '2026-01-01 00:00:00')",
        people,
    )
    conn.commit()
    conn.close()


@pytest.fixture(scope="session")
def people_template(migrated_template, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("people") / "wijkinfo.sqlite"
    shutil.copyfile(migrated_template, path)
    seed_people(path)
    return path


def open_replica(template: Path, root: Path) -> Store:
    paths = DataPaths(root)
    paths.root.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, paths.db)
    return open_store(paths, backups=False)


@pytest.fixture
def make_replica(people_template, tmp_path) -> Iterator[Callable[[str], Engine]]:
    stores: list[Store] = []

    def make(name: str) -> Engine:
        store = open_replica(people_template, tmp_path / name)
        stores.append(store)
        return Engine(store)

    yield make
    for store in stores:
        store.close()


def sync(src: Engine, dst: Engine, *, limit: int = 10_000, transport: str = "test") -> None:
    """Everything ``src`` has (own and relayed) after ``dst``'s cursor, into ``dst``."""
    source = src.replica_id()
    after = int(dst.cursor(source=source, transport=transport) or 0)
    batch = src.outgoing(after, limit)
    dst.apply(batch.changes, source=source, transport=transport, position=str(batch.last_position))
