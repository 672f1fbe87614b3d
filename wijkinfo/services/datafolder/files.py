"""The data folder: where it is, one writer at a time, backups, integrity, restore."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import platformdirs

from wijkinfo.services.errors import AlreadyRunning, DatabaseDamaged, DataDirError, UserError

DB_NAME = "wijkinfo.sqlite"
LOCK_NAME = "wijkinfo.lock"
BACKUP_DIR = "backups"
DAILY_PREFIX = "dagelijks-"
KEEP_DAILY = 14


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def db(self) -> Path:
        return self.root / DB_NAME

    @property
    def lock(self) -> Path:
        return self.root / LOCK_NAME

    @property
    def backups(self) -> Path:
        return self.root / BACKUP_DIR


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("wijkinfo", appauthor=False))


PORTABLE_DIR = "wijkinfo-data"


def portable_data_dir(program_dir: Path | None = None) -> Path | None:
    """A ``wijkinfo-data`` folder beside the installed program (a bundle on a USB stick), if
    there is one: then the data travels with the stick."""
    if program_dir is None:
        if not getattr(sys, "frozen", False):
            return None
        program_dir = Path(sys.executable).resolve().parent
    candidate = program_dir / PORTABLE_DIR
    return candidate if candidate.is_dir() else None


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> DataPaths:
    """``--data-dir`` first, then ``WIJKINFO_DATA_DIR``, then a ``wijkinfo-data`` folder beside
    the program (portable mode), then the platform's user-data folder."""
    chosen = (
        explicit or os.environ.get("WIJKINFO_DATA_DIR") or portable_data_dir() or default_data_dir()
    )
    return DataPaths(Path(chosen).expanduser().absolute())


def ensure_writable(paths: DataPaths) -> None:
    """Make the folder if needed and prove that we can write there."""
    root = paths.root
    if root.exists() and not root.is_dir():
        raise DataDirError(
            "De gegevensmap {root} is geen map. Kies een andere map met --data-dir.", root=root
        )
    try:
        root.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".schrijftest-", dir=root)
        os.close(fd)
        os.unlink(probe)
    except OSError:
        raise DataDirError(
            "wijkinfo kan niet schrijven in de gegevensmap {root}. "
            "Kies een map waar u mag schrijven (--data-dir) of vraag de beheerder om rechten.",
            root=root,
        ) from None


class DataDirLock:
    """An exclusive lock on the data folder, released when the process ends (even if killed)."""

    def __init__(self, paths: DataPaths) -> None:
        self.paths = paths
        self._fh = None

    def acquire(self) -> None:
        fh = open(self.paths.lock, "a+b")  # noqa: SIM115 - held open for the lock's lifetime
        try:
            if sys.platform == "win32":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            raise AlreadyRunning(
                "wijkinfo is al geopend met de gegevensmap {root}. "
                "Sluit eerst het andere wijkinfo-venster, of kies een andere map.",
                root=self.paths.root,
            ) from None
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def __enter__(self) -> DataDirLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def probe_database(db_path: Path) -> str | None:
    """None when the file opens as an SQLite database, else the reason in plain words."""
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None


def integrity_problems(db_path: Path) -> list[str]:
    """Run SQLite's full integrity and foreign-key checks; empty when all is well."""
    reason = probe_database(db_path)
    if reason:
        return [reason]
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        problems = [] if rows == ["ok"] else rows
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        problems += [f"verwijzing klopt niet: {r[0]} rij {r[1]} → {r[2]}" for r in fk[:20]]
        return problems
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()


def list_backups(paths: DataPaths) -> list[Path]:
    """All backup files, newest first."""
    if not paths.backups.is_dir():
        return []
    files = [p for p in paths.backups.glob("*.sqlite") if p.is_file()]
    return sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)


def newest_backup(paths: DataPaths) -> Path | None:
    return next(iter(list_backups(paths)), None)


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
    """A consistent copy with SQLite's online backup, written to a temp name, then renamed."""
    if not src.is_file():
        raise UserError("Het bestand {file} bestaat niet. Controleer de naam.", file=src)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".tmp")
    # A normal (not read-only) connection: it joins the WAL properly, so the copy holds every
    # committed transaction even while another program has the database open.
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
    os.replace(tmp, dest)


def make_backup(paths: DataPaths, out: Path | None = None, *, label: str = "handmatig") -> Path:
    if out is None:
        stamp = datetime.now().strftime("%Y-%m-%d_%H%M%S")
        out = paths.backups / f"{label}-{stamp}.sqlite"
    copy_database(paths.db, out)
    return out


def daily_backup(paths: DataPaths, today: date | None = None) -> Path | None:
    """Once a day at start-up; keeps the newest ``KEEP_DAILY`` daily backups."""
    if not paths.db.exists():
        return None
    today = today or date.today()
    target = paths.backups / f"{DAILY_PREFIX}{today.isoformat()}.sqlite"
    made = None
    if not target.exists():
        copy_database(paths.db, target)
        made = target
    dailies = sorted(paths.backups.glob(f"{DAILY_PREFIX}*.sqlite"), reverse=True)
    for old in dailies[KEEP_DAILY:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return made


def set_aside(paths: DataPaths, why: str) -> Path | None:
    """Rename the current database file (and its WAL) out of the way; never delete it."""
    if not paths.db.exists():
        return None
    stamp = datetime.now().strftime("%Y-%m-%d_%H%M%S")
    aside = paths.db.with_name(f"{DB_NAME}.{why}-{stamp}")
    os.replace(paths.db, aside)
    for suffix in ("-wal", "-shm"):
        side = Path(str(paths.db) + suffix)
        if side.exists():
            os.replace(side, Path(str(aside) + suffix))
    return aside


def check_restorable(file: Path) -> None:
    """Refuse anything that is not a healthy wijkinfo database, before touching the current one."""
    if not file.is_file():
        raise UserError("Het bestand {file} bestaat niet. Controleer de naam.", file=file)
    problems = integrity_problems(file)
    if problems:
        raise UserError(
            "{file} is geen bruikbare wijkinfo-back-up ({reason}). Kies een ander bestand.",
            file=file,
            reason=problems[0],
        )
    conn = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    if not {"alembic_version", "service", "organization"} <= tables:
        raise UserError(
            "{file} is een database, maar geen wijkinfo-back-up. Kies een ander bestand.",
            file=file,
        )


def restore_backup(paths: DataPaths, file: Path) -> Path | None:
    """Put ``file`` in place of the current database. The current one is kept beside it."""
    file = file.absolute()
    check_restorable(file)
    ensure_writable(paths)
    staged = paths.db.with_name(DB_NAME + ".restore.tmp")
    copy_database(file, staged)
    aside = set_aside(paths, "voor-herstel")
    os.replace(staged, paths.db)
    return aside
