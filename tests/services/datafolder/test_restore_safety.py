"""Restore under faults: killed at every step it leaves a usable database; it takes the lock;
it refuses a backup from a newer wijkinfo or a file that is not wijkinfo's."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from wijkinfo.services.datafolder import files as storage
from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.services.errors import AlreadyRunning, UserError

# Restore in a child that SIGKILLs itself at the n-th line the restore code runs (0: never):
# real files, a real kill, at every point of the restore in turn.
RESTORER = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from wijkinfo.services.datafolder import restore
    from wijkinfo.services.datafolder.files import DataPaths
    kill_at, seen = int(sys.argv[3]), 0
    # the steps that touch the database; the checks only read, the copy aside writes new files
    STEPS = {"restore_backup", "_fold_wal"}
    def trace(frame, event, arg):
        global seen
        if frame.f_code.co_filename != restore.__file__ or frame.f_code.co_name not in STEPS:
            return None
        if event == "line":
            seen += 1
            if seen == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
        return trace
    sys.settrace(trace)
    restore.restore_backup(DataPaths(Path(sys.argv[1])), Path(sys.argv[2]))
    sys.settrace(None)
    print(seen)
    """
)

# Commit a marker and die, so that the marker lives only in the -wal (as after a power cut).
KILLED_WRITER = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from sqlalchemy import text
    from wijkinfo.services.datafolder.files import DataPaths
    from wijkinfo.services.datafolder.store import open_store
    store = open_store(DataPaths(Path(sys.argv[1])), backups=False)
    with store.unit_of_work() as s:
        s.execute(text("INSERT INTO setting (key, value_json) VALUES ('marker', '\\"oud\\"')"))
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def _marker(db: Path) -> str | None:
    conn = sqlite3.connect(db)
    try:
        row = conn.execute("SELECT value_json FROM setting WHERE key = 'marker'").fetchone()
    finally:
        conn.close()
    return row[0] if row else None


@pytest.fixture
def before_restore(data_paths, tmp_path):
    """A data folder whose newest rows are only in its -wal, and a backup marked 'nieuw'."""
    store = open_store(data_paths, backups=False)
    with store.unit_of_work() as s:
        s.execute(
            __import__("sqlalchemy").text(
                "INSERT INTO setting (key, value_json) VALUES ('marker', '\"nieuw\"')"
            )
        )
    store.close()
    backup = tmp_path / "terug.sqlite"
    storage.copy_database(data_paths.db, backup)
    store = open_store(data_paths, backups=False)
    with store.unit_of_work() as s:
        s.execute(__import__("sqlalchemy").text("DELETE FROM setting WHERE key = 'marker'"))
    store.close()
    subprocess.run([sys.executable, "-c", KILLED_WRITER, str(data_paths.root)], check=False)
    assert data_paths.wal.stat().st_size > 0
    saved = tmp_path / "saved"
    shutil.copytree(data_paths.root, saved)
    return saved, backup


def _reset(data_paths: DataPaths, saved: Path) -> None:
    shutil.rmtree(data_paths.root)
    shutil.copytree(saved, data_paths.root)


def test_a_kill_at_any_point_of_a_restore_leaves_a_usable_database(data_paths, before_restore):
    saved, backup = before_restore
    run = [sys.executable, "-c", RESTORER, str(data_paths.root), str(backup)]
    whole = subprocess.run([*run, "0"], capture_output=True, text=True, check=True)
    lines = int(whole.stdout)
    assert _marker(data_paths.db) == '"nieuw"'
    outcomes = set()
    for kill_at in range(1, lines + 1):
        _reset(data_paths, saved)
        done = subprocess.run([*run, str(kill_at)], capture_output=True)
        assert done.returncode == -signal.SIGKILL
        assert storage.integrity_problems(data_paths.db) == [], kill_at
        outcomes.add(_marker(data_paths.db))
        open_store(data_paths, backups=False).close()  # the lock went with the process
    # before the one rename the old database with its -wal rows, after it the backup
    assert outcomes == {'"oud"', '"nieuw"'}


def test_restore_takes_the_folder_lock(store, data_paths, tmp_path):
    backup = tmp_path / "b.sqlite"
    storage.copy_database(data_paths.db, backup)
    before = data_paths.db.read_bytes()
    with pytest.raises(AlreadyRunning):
        storage.restore_backup(data_paths, backup)  # the window has the folder open
    assert data_paths.db.read_bytes() == before


def test_restore_refuses_a_backup_from_a_newer_wijkinfo(store, data_paths, tmp_path):
    store.close()
    newer = tmp_path / "nieuwer.sqlite"
    storage.copy_database(data_paths.db, newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999_uit_de_toekomst'")
    conn.commit()
    conn.close()
    listing = sorted(os.listdir(data_paths.root))
    before = data_paths.db.read_bytes()
    with pytest.raises(UserError, match="nieuwere versie"):
        storage.restore_backup(data_paths, newer)
    assert data_paths.db.read_bytes() == before
    assert sorted(os.listdir(data_paths.root)) == listing


def test_restore_refuses_the_database_itself(store, data_paths):
    store.close()
    with pytest.raises(UserError, match="database zelf"):
        storage.restore_backup(data_paths, data_paths.db)
