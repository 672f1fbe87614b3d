"""Shared fixtures: real SQLite files in temporary folders, migrated by Alembic."""

from __future__ import annotations

import json
import os

# Qt draws offscreen in tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from wijkinfo.services.demo import demo_path, load_demo  # noqa: E402
from wijkinfo.services.storage import DataPaths  # noqa: E402
from wijkinfo.services.store import open_store  # noqa: E402


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
def store(data_paths):
    """An open store on a new database file, migrated to head."""
    s = open_store(data_paths)
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
