"""Putting a backup back: checked first, under the folder's lock, and one rename at the end.

The order matters. The backup is copied to a temp file beside the database, written through to
the disk and checked; the current database (with its -wal) is copied aside; the current -wal is
folded into its database; only then one rename puts the new file in place. A program killed at
any moment leaves either the old database or the new one, never none and never a stale -wal
beside the wrong file (SQLite would apply it and damage the new one).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from wijkinfo.services.datafolder import health
from wijkinfo.services.datafolder.backups import copy_database
from wijkinfo.services.datafolder.lock import DataDirLock
from wijkinfo.services.datafolder.paths import (
    DB_NAME,
    DataPaths,
    ensure_writable,
    fsync_dir,
    fsync_file,
    remove_stale_temps,
    temp_beside,
)
from wijkinfo.services.errors import UserError


def check_restorable(file: Path) -> None:
    """Refuse anything that is not a healthy wijkinfo database this version can read."""
    refusal = health.restore_refusal(file, full=True)
    if refusal is not None:
        raise refusal


def restore_backup(
    paths: DataPaths,
    file: Path,
    *,
    wait: float = 0.0,
    on_wait: Callable[[], None] | None = None,
) -> Path | None:
    """Put ``file`` in place of the current database; the current one is kept beside it.

    Takes the folder's lock (waiting up to ``wait`` seconds), so never while another wijkinfo
    has the folder open. Returns the kept copy of the previous database, if there was one.
    """
    file = file.absolute()
    check_restorable(file)
    ensure_writable(paths)
    if paths.db.exists() and file.samefile(paths.db):
        raise UserError("{file} is de database zelf. Kies een back-up.", file=file)
    lock = DataDirLock(paths)
    lock.acquire(wait=wait, on_wait=on_wait)
    try:
        remove_stale_temps(paths.root)
        with temp_beside(paths.db) as staged:
            copy_database(file, staged)
            check_restorable(staged)
            aside = _keep_current(paths)
            _fold_wal(paths)
            os.replace(staged, paths.db)
        fsync_dir(paths.root)
        with contextlib.suppress(OSError):
            paths.shm.unlink()  # belonged to the previous file; SQLite makes a new one
    finally:
        lock.release()
    return aside


def _keep_current(paths: DataPaths) -> Path | None:
    """A byte copy of the current database and its -wal, damaged or not: nothing is lost."""
    if not paths.db.exists():
        return None
    stamp = datetime.now().strftime("%Y-%m-%d_%H%M%S")
    aside = paths.db.with_name(f"{DB_NAME}.voor-herstel-{stamp}")
    pairs = [(paths.wal, Path(str(aside) + "-wal")), (paths.db, aside)]
    for src, dest in pairs:  # the database last: its name tells that the copy is complete
        if not src.exists():
            continue
        with temp_beside(dest) as tmp:
            shutil.copyfile(src, tmp)
            fsync_file(tmp)
            os.replace(tmp, dest)
    fsync_dir(paths.root)
    return aside


def _fold_wal(paths: DataPaths) -> None:
    """Write the -wal into its database and remove it, so no -wal is left for the new file."""
    if not paths.wal.exists():
        return
    try:
        conn = sqlite3.connect(paths.db, timeout=5)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        finally:
            conn.close()
        if str(mode).lower() == "delete" and not paths.wal.exists():
            return
        raise _busy()
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise _busy() from None
    except sqlite3.DatabaseError:
        pass
    # A damaged database cannot take its -wal back; the copy made aside keeps both.
    for side in (paths.wal, paths.shm):
        with contextlib.suppress(FileNotFoundError):
            side.unlink()


def _busy() -> UserError:
    return UserError(
        "Een ander wijkinfo-programma leest de database nu. Wacht even en probeer het "
        "opnieuw. Er is niets veranderd."
    )
