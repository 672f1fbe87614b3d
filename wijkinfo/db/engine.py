"""Engine and session factory for the embedded SQLite file.

Every connection also gets the SQL functions the change-capture triggers call (installed by
migration 0004, generated in wijkinfo.sync.capture):

- ``wijkinfo_now_ms()``: this machine's wall clock in milliseconds (plus a test offset), from
  which the triggers tick the hybrid logical clock kept in the ``replica`` row;
- ``wijkinfo_capturing()``: 0 while the sync engine applies remote changes (do not log them
  as new changes), else 1;
- ``wijkinfo_author()``: the user id of who writes, as the service said with
  ``store.unit_of_work(author=...)``, or NULL.

A tool that opens the file without these functions (the ``sqlite3`` shell, a script) cannot
write to a synced table: the trigger fails with "no such function" and the write is rolled back.
That is on purpose: an untracked write would never reach the other desks and the desks would
silently disagree. Trusted scripts call :func:`register_sync_functions` on their connection.
"""

from __future__ import annotations

import contextlib
import contextvars
import time
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from wijkinfo.db.media import is_removable
from wijkinfo.db.text_fold import SQL_FUNCTION, fold

#: Who writes in this context (a user id), read by the capture triggers.
current_author: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "wijkinfo_author", default=None
)
#: True while remote changes are being applied: the triggers then do not log.
applying_remote: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "wijkinfo_applying", default=False
)


@dataclass
class SyncClock:
    """The wall clock the triggers read; tests move ``offset_ms`` to fake a wrong clock."""

    offset_ms: int = 0

    def now_ms(self) -> int:
        return time.time_ns() // 1_000_000 + self.offset_ms


_clocks: weakref.WeakKeyDictionary[Engine, SyncClock] = weakref.WeakKeyDictionary()


def sync_clock(engine: Engine) -> SyncClock:
    """The clock of ``engine``'s connections (one per engine, shared by its connections)."""
    clock = _clocks.get(engine)
    if clock is None:
        clock = _clocks[engine] = SyncClock()
    return clock


@contextlib.contextmanager
def authored_by(author: str | None) -> Iterator[None]:
    token = current_author.set(author)
    try:
        yield
    finally:
        current_author.reset(token)


@contextlib.contextmanager
def applying() -> Iterator[None]:
    token = applying_remote.set(True)
    try:
        yield
    finally:
        applying_remote.reset(token)


def register_sync_functions(
    dbapi_conn: Any, clock: Callable[[], int] | None = None, *, capture: bool = True
) -> None:
    """Give a raw sqlite3 connection the functions the capture triggers and the search index call. ``capture=False``
    makes its writes untracked (for bench data generators only)."""
    now = clock or SyncClock().now_ms
    dbapi_conn.create_function("wijkinfo_now_ms", 0, now)
    set_capturing(dbapi_conn, on=capture)
    dbapi_conn.create_function("wijkinfo_author", 0, current_author.get)
    # The search index stores folded text (db/fts.py); the same fold as the search's query side.
    dbapi_conn.create_function(SQL_FUNCTION, 1, fold, deterministic=True)


#: How much of the file the search may read through a memory map.
MAP_BYTES = 256 * 1024 * 1024

#: 16 MB of page cache (SQLite's default is 2 MB), in PRAGMA cache_size's negative KiB.
NORMAL_CACHE = -16384


def set_capturing(dbapi_conn: Any, *, on: bool) -> None:
    """Switch the per-row capture triggers of this one connection on (the default) or off
    (while wijkinfo.sync.capture_batch notes the writes itself, or for bench generators)."""
    if on:
        dbapi_conn.create_function(
            "wijkinfo_capturing", 0, lambda: 0 if applying_remote.get() else 1
        )
    else:
        dbapi_conn.create_function("wijkinfo_capturing", 0, lambda: 0)


def _sqlite_pragmas(dbapi_conn: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    # What is deleted or overwritten (wiped contact details, an old key) is zeroed in the file,
    # not left readable in a free page.
    cur.execute("PRAGMA secure_delete=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    # WAL + FULL: a killed process or a power cut never loses a committed transaction.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    # 16 MB of page cache (SQLite's default is 2 MB): the change log's key index stays in memory
    # during an import, which keeps the capture triggers cheap.
    cur.execute(f"PRAGMA cache_size={NORMAL_CACHE}")
    # Temporary tables (the notes of a bulk capture, wijkinfo.sync.capture_batch) and their
    # journal stay in memory instead of a file in the system's temp folder.
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.close()


def _mapped_reads(dbapi_conn: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    # Reads through a memory map: the desk's search reads ~50 scattered service rows per
    # keystroke, which from the OS cache by read() calls took ~10 ms on 100,000 services, ~1 ms
    # mapped. Writes still go through the WAL as before. Not on a USB stick (db/media.py).
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA mmap_size={MAP_BYTES}")
    cur.close()


def make_engine(db_path: Path) -> Engine:
    """An engine on ``db_path``; connections may be used from worker threads (one at a time)."""
    engine = create_engine(
        f"sqlite:///{db_path}",
        connect_args={"check_same_thread": False},
    )
    clock = sync_clock(engine)
    event.listen(engine, "connect", _sqlite_pragmas)
    if not is_removable(db_path.parent):
        event.listen(engine, "connect", _mapped_reads)
    event.listen(
        engine, "connect", lambda conn, _record: register_sync_functions(conn, clock.now_ms)
    )
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
