"""Shared fixtures: real SQLite files in temporary folders, migrated by Alembic.

Migrating a new file takes about half a second, and most tests want a fresh one, so the run
migrates one template file through Alembic and every ``store`` starts from a byte copy of it
(every ``demo_store`` from a copy of that template with the demo loaded).
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
    """Never let a test touch the developer's own data folder, machine settings or language
    choice."""
    monkeypatch.setenv("WIJKINFO_DATA_DIR", str(tmp_path_factory.mktemp("default-data")))
    monkeypatch.setenv("WIJKINFO_CONFIG_DIR", str(tmp_path_factory.mktemp("machine-config")))
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


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory, migrated_template) -> Path:
    """The migrated template with the Lindestad demo loaded, copied by every ``demo_store``:
    loading the demo takes most of a second and the UI tests all start from it. Its replica
    row is taken out again, so each copy still gets a replica id of its own."""
    from sqlalchemy import delete

    from wijkinfo.db.models import Replica

    paths = DataPaths(tmp_path_factory.mktemp("demo-template") / "data")
    paths.root.mkdir(parents=True)
    shutil.copyfile(migrated_template, paths.db)
    template = open_store(paths, backups=False)
    try:
        load_demo(template)
        with template.unit_of_work() as session:
            session.execute(delete(Replica))
        with template.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        template.close()
    return paths.db


@pytest.fixture
def demo_store(data_paths, demo_template):
    """An open store with the Lindestad demo loaded, as a volunteer would first see it (a copy
    of the demo template)."""
    data_paths.root.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(demo_template, data_paths.db)
    s = open_store(data_paths, backups=False)
    yield s
    s.close()


@pytest.fixture
def people(store):
    """Two coordinators (Kees, Fatima) and a volunteer (Ans) with real user rows, signed in:
    the signal tests need both roles, and each role's rights come from the real sign-in."""
    from tests.services.signals.signal_helpers import make_people

    return make_people(store)


@pytest.fixture(scope="session")
def demo_data() -> dict:
    """The demo file itself, so tests can pick real services instead of hard-coding results."""
    return json.loads(demo_path().read_text(encoding="utf-8"))


@pytest.fixture
def likely_duplicate(demo_data) -> dict:
    """The demo's first service as another source would send it: ids of its own, no
    organisation and no location, but the same name and phone number, so an import into the
    demo takes it for a likely duplicate. A fresh copy each time: tests change it."""
    other = json.loads(json.dumps(demo_data["services"][0]))
    other["id"] = "11111111-1111-4111-8111-111111111111"
    other.pop("organization")
    for i, item in enumerate(
        other["phones"] + other["schedules"] + other["languages"] + other["attributes"]
    ):
        item["id"] = f"22222222-2222-4222-8222-{i:012d}"
    other["service_at_locations"] = []
    return other


@pytest.fixture(autouse=True)
def _cheap_key_wrapping(monkeypatch):
    """Coordinators' keys are wrapped with Argon2id at half a second a time by design; tests sign
    in hundreds of times, so they wrap with a cheap profile (the wrap stores its own cost)."""
    from wijkinfo.services.privacy import sealing

    monkeypatch.setattr(sealing, "PASSWORD_PROFILE", sealing.KdfProfile(1, 64, 1))
