"""Retention reaches the backups: old backups go, and backups from before sealing are scrubbed.

- Every kind of backup (daily, manual, before an update, before a restore) older than the term
  for contact details is removed at start-up, after retention ran and the day's backup was
  made. So a backup never holds a resident's (sealed) details much longer than that term after
  the database wiped them.
- Backups made before contact details were sealed (schema before 0007) hold them as plain
  text. A coordinator is asked; with their yes the plain values are wiped from those files
  (and from the change log copied into them) and the file is rewritten by VACUUM, or a file
  that cannot be rewritten is removed.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from wijkinfo.db.engine import register_sync_functions
from wijkinfo.services.datafolder import health
from wijkinfo.services.datafolder.backups import list_backups
from wijkinfo.services.datafolder.paths import DataPaths

log = logging.getLogger(__name__)

PLAIN_COLUMNS = ("name", "phone", "email")


#: The names wijkinfo gives its own backups (daily, manual, before an update, sync or restore).
OWN_NAMES = ("dagelijks-", "handmatig-", "voor-")


def _ours(backup: Path) -> bool:
    """A backup wijkinfo made or can read. A backup folder chosen by the user may hold other
    programs' ``.sqlite`` files; those are never removed."""
    return backup.name.startswith(OWN_NAMES) or health.file_revision(backup) is not None


def remove_expired_backups(paths: DataPaths, *, days: int, now: float | None = None) -> list[Path]:
    """Remove wijkinfo's backups older than ``days`` (by the time they were written)."""
    cutoff = (time.time() if now is None else now) - days * 86400
    removed = []
    for backup in list_backups(paths):
        try:
            if backup.stat().st_mtime < cutoff and _ours(backup):
                backup.unlink()
                removed.append(backup)
        except OSError:
            continue
    if removed:
        log.info("bewaartermijn: %d oude back-ups verwijderd", len(removed))
    return removed


def _plain_count(conn: sqlite3.Connection) -> int:
    columns = {str(r[1]) for r in conn.execute("PRAGMA table_info(signal_contact)")}
    plain = [c for c in PLAIN_COLUMNS if c in columns]
    if not plain:
        return 0
    where = " OR ".join(f"{c} IS NOT NULL" for c in plain)
    return int(conn.execute(f"SELECT count(*) FROM signal_contact WHERE {where}").fetchone()[0])


def plain_text_backups(paths: DataPaths) -> list[Path]:
    """Backups that still hold residents' contact details as readable text."""
    found = []
    for backup in list_backups(paths):
        try:
            conn = sqlite3.connect(f"{backup.absolute().as_uri()}?mode=ro", uri=True)
        except sqlite3.Error:
            continue
        try:
            if _plain_count(conn):
                found.append(backup)
        except sqlite3.DatabaseError:
            continue
        finally:
            conn.close()
    return found


@dataclass(frozen=True)
class ScrubResult:
    scrubbed: tuple[Path, ...]
    removed: tuple[Path, ...]


def scrub_plain_backups(paths: DataPaths) -> ScrubResult:
    """Wipe the plain contact details from every backup that has them (the coordinator agreed).

    The rest of such a backup stays usable: restoring it brings back everything but those
    details, which the current database keeps sealed anyway.
    """
    scrubbed: list[Path] = []
    removed: list[Path] = []
    for backup in plain_text_backups(paths):
        try:
            _scrub(backup)
            scrubbed.append(backup)
        except sqlite3.Error:
            with contextlib.suppress(OSError):
                backup.unlink()
                removed.append(backup)
    if scrubbed or removed:
        log.info(
            "oude back-ups zonder leesbare contactgegevens: %d herschreven, %d verwijderd",
            len(scrubbed),
            len(removed),
        )
    return ScrubResult(tuple(scrubbed), tuple(removed))


def _scrub(backup: Path) -> None:
    conn = sqlite3.connect(backup, isolation_level=None)
    try:
        # untracked on purpose: a backup is not a replica, nothing here is ever sent
        register_sync_functions(conn, capture=False)
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute("BEGIN")
        columns = {str(r[1]) for r in conn.execute("PRAGMA table_info(signal_contact)")}
        sets = ", ".join(f"{c} = NULL" for c in PLAIN_COLUMNS if c in columns)
        conn.execute(f"UPDATE signal_contact SET {sets}")
        keys = ", ".join(f"'$.{c}'" for c in PLAIN_COLUMNS)
        for table, column in (
            ("outbox_change", "payload_json"),
            ("sync_conflict", "losing_payload_json"),
        ):
            has = {str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")}
            if column in has:
                conn.execute(
                    f"UPDATE {table} SET {column} = json_remove({column}, {keys}) "
                    f"WHERE table_name = 'signal_contact' AND json_valid({column})"
                )
        conn.execute("COMMIT")
        # VACUUM writes the file anew: no old page with the plain text is left in it
        conn.execute("VACUUM")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()
