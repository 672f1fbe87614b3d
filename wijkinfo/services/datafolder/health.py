"""Is a database file healthy, and is it ours? SQLite's own checks, read-only, never a write."""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from wijkinfo.services.datafolder.paths import DataPaths
from wijkinfo.services.errors import UserError

#: Tables every wijkinfo database has, from the first migration on.
WIJKINFO_TABLES = frozenset({"alembic_version", "service", "organization"})

# The -shm file starts with SQLite's WAL index header (https://sqlite.org/walformat.html):
# iVersion u32, unused u32, iChange u32, isInit u8, bigEndCksum u8, szPage u16, mxFrame u32.
_SHM_VERSION = 3007000
_WAL_HEADER = 32
_FRAME_HEADER = 24


@contextlib.contextmanager
def _read_only(db_path: Path) -> Iterator[sqlite3.Connection]:
    # mode=rw: never creates a file, and as the last connection it removes the -wal and -shm
    # it made (a read-only one leaves them); a write-protected file still opens for reading.
    conn = sqlite3.connect(f"{db_path.absolute().as_uri()}?mode=rw", uri=True)
    try:
        yield conn
    finally:
        conn.close()


def probe_database(db_path: Path) -> str | None:
    """None when the file opens as an SQLite database, else the reason in plain words.

    Cheap (reads the schema only): for every start. Damage inside a data page passes it;
    ``quick_problems`` finds that.
    """
    try:
        with _read_only(db_path) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        raise  # the disk or the rights, not the file: faults.storage_fault says which
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None


def quick_problems(db_path: Path) -> list[str]:
    """SQLite's ``quick_check``: every page of every table read; empty when all is well."""
    try:
        with _read_only(db_path) as conn:
            rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def integrity_problems(db_path: Path) -> list[str]:
    """SQLite's full integrity and foreign-key checks; empty when all is well."""
    reason = probe_database(db_path)
    if reason:
        return [reason]
    try:
        with _read_only(db_path) as conn:
            rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
            problems = [] if rows == ["ok"] else rows
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    problems += [f"verwijzing klopt niet: {r[0]} rij {r[1]} → {r[2]}" for r in fk[:20]]
    return problems


def file_revision(db_path: Path) -> str | None:
    """The schema revision written in a wijkinfo database, None when it is not one."""
    try:
        with _read_only(db_path) as conn:
            tables = {
                str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not tables >= WIJKINFO_TABLES:
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return str(row[0]) if row else None


def restore_refusal(file: Path, *, full: bool = False) -> UserError | None:
    """Why ``file`` cannot be put back (None: it can): missing, damaged, not wijkinfo's, or
    made by a newer wijkinfo. ``full`` runs the slow integrity check instead of quick_check."""
    from wijkinfo.db.migrate import known_revisions

    if not file.is_file():
        return UserError("Het bestand {file} bestaat niet. Controleer de naam.", file=file)
    problems = integrity_problems(file) if full else quick_problems(file)
    if problems:
        return UserError(
            "{file} is geen bruikbare wijkinfo-back-up ({reason}). Kies een ander bestand.",
            file=file,
            reason=problems[0],
        )
    revision = file_revision(file)
    if revision is None:
        return UserError(
            "{file} is een database, maar geen wijkinfo-back-up. Kies een ander bestand.",
            file=file,
        )
    if revision not in known_revisions():
        return UserError(
            "{file} is gemaakt met een nieuwere versie van wijkinfo. Werk wijkinfo eerst bij, "
            "of kies een oudere back-up. Er is niets veranderd.",
            file=file,
        )
    return None


def wal_lost(paths: DataPaths) -> bool:
    """True when committed transactions were in a -wal file that has since disappeared.

    A running SQLite keeps in the -shm file how many frames its -wal holds. When a program
    is killed, both files stay; when the -wal was deleted while it ran (a cleaning tool, a
    sync client), the -shm still counts frames that are gone. A clean close removes both.
    """
    try:
        head = paths.shm.read_bytes()[:20]
    except OSError:
        return False
    if len(head) < 20:
        return False
    order: Literal["little", "big"] = "little" if sys.byteorder == "little" else "big"
    version = int.from_bytes(head[0:4], order)
    is_init = head[12]
    page = int.from_bytes(head[14:16], order)
    frames = int.from_bytes(head[16:20], order)
    if version != _SHM_VERSION or not is_init or frames == 0:
        return False
    page_size = 65536 if page == 1 else page
    needed = _WAL_HEADER + frames * (_FRAME_HEADER + page_size)
    try:
        size = paths.wal.stat().st_size
    except OSError:
        return True
    return size < needed
