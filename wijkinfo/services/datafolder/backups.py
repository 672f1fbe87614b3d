"""Backups: a checked copy or none at all, once a day at start-up, never pruning the good ones.

A backup is only worth something if it can be put back. So a damaged database is never copied
(the copy is checked after writing, and a failed check means no backup), a damaged copy is
never counted or kept, and the offer after damage names the newest copy that passes the check.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import sqlite3
from datetime import date, datetime
from enum import Enum
from pathlib import Path

from wijkinfo.services.datafolder import health
from wijkinfo.services.datafolder.faults import refuse_full_disk, storage_fault
from wijkinfo.services.datafolder.paths import (
    DAILY_PREFIX,
    DataPaths,
    fsync_dir,
    fsync_file,
    make_private_dir,
    remove_stale_temps,
    temp_beside,
)
from wijkinfo.services.errors import DatabaseDamaged, UserError

log = logging.getLogger(__name__)


class CopyState(Enum):
    HEALTHY = "healthy"
    DAMAGED = "damaged"
    #: could not be read just now (locked, no rights): neither counted nor removed
    UNKNOWN = "unknown"


def copy_state(path: Path) -> CopyState:
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=rw", uri=True)
    except sqlite3.Error:
        return CopyState.UNKNOWN
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
    except sqlite3.OperationalError:
        return CopyState.UNKNOWN
    except sqlite3.DatabaseError:  # "malformed", "not a database"
        return CopyState.DAMAGED
    finally:
        conn.close()
    if rows != ["ok"] or health.file_revision(path) is None:
        return CopyState.DAMAGED
    return CopyState.HEALTHY


def list_backups(paths: DataPaths) -> list[Path]:
    """All backup files, newest first."""
    if not paths.backups.is_dir():
        return []
    files = [p for p in paths.backups.glob("*.sqlite") if p.is_file()]
    return sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)


def newest_backup(paths: DataPaths) -> Path | None:
    """The newest backup that passes the check and this wijkinfo can read (None: there is none)."""
    for candidate in list_backups(paths):
        if health.restore_refusal(candidate) is None:
            return candidate
    return None


def damaged(paths: DataPaths, reason: str) -> DatabaseDamaged:
    backup = newest_backup(paths)
    if backup:
        return DatabaseDamaged(
            "Het databasebestand {db_path} is beschadigd ({reason}). "
            "Zet de nieuwste back-up terug: wijkinfo restore {backup}",
            db_path=paths.db,
            newest_backup=backup,
            reason=reason,
            backup=backup,
        )
    return DatabaseDamaged(
        "Het databasebestand {db_path} is beschadigd ({reason}). "
        "Er is geen back-up. Vraag hulp aan de beheerder; het bestand blijft bewaard.",
        db_path=paths.db,
        newest_backup=None,
        reason=reason,
    )


def copy_database(src: Path, dest: Path) -> None:
    """A consistent, checked copy with SQLite's online backup: temp name, fsync, rename.

    Raises UserError when the copy fails its check (then nothing is left at ``dest``).
    """
    if not src.is_file():
        raise UserError("Het bestand {file} bestaat niet. Controleer de naam.", file=src)
    if dest.exists() and dest.samefile(src):
        raise UserError(
            "{out} is de database zelf. Kies een andere plek voor de back-up.", out=dest
        )
    made_folder = not dest.parent.exists()
    try:
        make_private_dir(dest.parent)
        _copy_checked(src, dest)
        fsync_dir(dest.parent)
    except BaseException as exc:
        if made_folder:
            with contextlib.suppress(OSError):
                dest.parent.rmdir()  # only when still empty
        fault = storage_fault(exc, dest.parent)
        if fault is not None:
            raise fault from None
        raise


def _copy_checked(src: Path, dest: Path) -> None:
    with temp_beside(dest) as tmp:
        # A normal (not read-only) connection: it joins the WAL properly, so the copy holds
        # every committed transaction even while another program has the database open.
        source = sqlite3.connect(src)
        try:
            target = sqlite3.connect(tmp)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
        finally:
            source.close()
        fsync_file(tmp)
        problems = health.quick_problems(tmp)
        if problems:
            raise _bad_copy(src, dest, problems[0])
        os.replace(tmp, dest)


def _bad_copy(src: Path, dest: Path, reason: str) -> UserError:
    source_problems = health.quick_problems(src)
    if source_problems:
        return UserError(
            "Het databasebestand {db} is beschadigd ({reason}); daarom is er geen back-up "
            "gemaakt. De bestaande back-ups blijven bewaard. Start wijkinfo om een goede "
            "back-up terug te zetten.",
            db=src,
            reason=source_problems[0],
        )
    return UserError(
        "De back-up {dest} klopt niet na het schrijven ({reason}) en is niet bewaard. "
        "Controleer de schijf of kies een andere plek.",
        dest=dest,
        reason=reason,
    )


def reachable(paths: DataPaths) -> DataPaths:
    """``paths``, or with the data folder's own backups folder when the chosen one is not there
    (a USB stick that is not in): then a backup is made there, rather than none, or no start."""
    if paths.backup_dir is not None and not paths.backup_dir.is_dir():
        log.warning("back-upmap %s is er niet; de back-up gaat naar de gegevensmap", paths.backups)
        return dataclasses.replace(paths, backup_dir=None)
    return paths


def make_backup(paths: DataPaths, out: Path | None = None, *, label: str = "handmatig") -> Path:
    """A checked copy of the database in the backups folder (or at ``out``)."""
    if out is None:
        paths = reachable(paths)
        stamp = datetime.now().strftime("%Y-%m-%d_%H%M%S")
        out = paths.backups / f"{label}-{stamp}.sqlite"
    live = {paths.db, paths.wal, paths.shm, paths.lock}
    if any(out.absolute() == p or (out.exists() and p.exists() and out.samefile(p)) for p in live):
        raise UserError("{out} is de database zelf. Kies een andere plek voor de back-up.", out=out)
    refuse_full_disk(paths.root)  # even reading the database needs room for its -shm
    reason = health.probe_database(paths.db)
    if reason:
        raise damaged(paths, reason)
    try:
        copy_database(paths.db, out)
    except UserError as exc:
        problems = health.quick_problems(paths.db)
        if problems:  # the window offers a good backup for this one
            raise damaged(paths, problems[0]) from exc
        raise
    return out


def daily_backup(paths: DataPaths, today: date | None = None) -> Path | None:
    """Once a day at start-up; keeps the newest ``paths.keep_daily`` healthy daily backups.

    A database that fails the check is not copied: DatabaseDamaged is raised instead, so the
    good backups from earlier days stay and are offered.
    """
    if not paths.db.exists():
        return None
    paths = reachable(paths)
    today = today or date.today()
    target = paths.backups / f"{DAILY_PREFIX}{today.isoformat()}.sqlite"
    if target.exists():
        return None
    problems = health.quick_problems(paths.db)
    if problems:
        raise damaged(paths, problems[0])
    make_private_dir(paths.backups)
    remove_stale_temps(paths.backups)
    copy_database(paths.db, target)
    prune_dailies(paths, keep=target)
    return target


def prune_dailies(paths: DataPaths, *, keep: Path) -> list[Path]:
    """Remove daily backups beyond the newest ``keep_daily`` healthy ones, and damaged ones.

    ``keep`` was just written and checked, so a healthy backup always stays. Returns what went.
    """
    dailies = sorted(paths.backups.glob(f"{DAILY_PREFIX}*.sqlite"), reverse=True)
    healthy = 0
    removed = []
    for daily in dailies:
        if healthy >= paths.keep_daily:
            state = CopyState.DAMAGED  # old enough to go, whatever its state
        elif daily == keep:
            state = CopyState.HEALTHY
        else:
            state = copy_state(daily)
        if state is CopyState.HEALTHY:
            healthy += 1
        elif state is CopyState.DAMAGED:
            with contextlib.suppress(OSError):
                daily.unlink()
                removed.append(daily)
    return removed
