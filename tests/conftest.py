"""Shared fixtures: real SQLite files in temporary folders, migrated by Alembic.

Migrating a new file takes about half a second, and most tests want a fresh one, so the run
migrates one template file through Alembic and every ``store`` starts from a byte copy of it.
The migration tests themselves still take the real path (``open_store`` on an empty folder).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

# Qt draws offscreen in tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.datafolder.store import open_store

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory) -> Path:
    """One database file migrated to head by Alembic, copied by every ``store``; it has no
    replica row, so each copy gets a replica id of its own when it is opened."""
    from wijkinfo.db.engine import make_engine
    from wijkinfo.db.migrate import upgrade_to_head

    path = tmp_path_factory.mktemp("template") / "wijkinfo.sqlite"
    engine = make_engine(path)
    upgrade_to_head(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


from wijkinfo.services.directory.demo import demo_path, load_demo  # noqa: E402


@pytest.fixture(autouse=True)
def _no_real_data_dir(monkeypatch, tmp_path_factory):
    """Never let a test touch the developer's own data folder or language choice."""
    monkeypatch.setenv("WIJKINFO_DATA_DIR", str(tmp_path_factory.mktemp("default-data")))
    monkeypatch.delenv("WIJKINFO_LANG", raising=False)


@pytest.fixture
def data_paths(tmp_path) -> DataPaths:
    """A fresh, empty data folder of our own."""
    return DataPaths(tmp_path / "data")


@pytest.fixture
def store(data_paths, migrated_template):
    """An open store on a new database file at the newest schema (a copy of the template)."""
    data_paths.root.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(migrated_template, data_paths.db)
    s = open_store(data_paths, backups=False)
    yield s
    s.close()


@pytest.fixture
def demo_store(store):
    """The store with the Lindestad demo loaded, as a volunteer would first see it."""
    load_demo(store)
    return store


@pytest.fixture(scope="session")
def demo_data() -> dict:
    """The demo file itself, so tests can pick real services instead of hard-coding results."""
    return json.loads(demo_path().read_text(encoding="utf-8"))
