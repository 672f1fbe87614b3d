"""Residents' signals are in the data folder: it and its files are for the owner only."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from wijkinfo.services.datafolder import files as storage
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.services.directory.demo import load_demo

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_data_folder_and_its_files_are_owner_only(data_paths):
    old = os.umask(0o022)  # the usual umask, which makes files world-readable
    try:
        store = open_store(data_paths)
        load_demo(store)
        assert _mode(data_paths.wal) == 0o600 and _mode(data_paths.shm) == 0o600
        store.close()
        backup = storage.make_backup(data_paths)
    finally:
        os.umask(old)
    assert _mode(data_paths.root) == 0o700
    assert _mode(data_paths.db) == 0o600
    assert _mode(data_paths.lock) == 0o600
    assert _mode(data_paths.backups) == 0o700
    assert _mode(backup) == 0o600


def test_an_old_world_readable_folder_is_tightened_at_start(data_paths):
    open_store(data_paths).close()
    os.chmod(data_paths.root, 0o755)
    os.chmod(data_paths.db, 0o644)
    open_store(data_paths).close()
    assert _mode(data_paths.root) == 0o700 and _mode(data_paths.db) == 0o600
