"""Opening the data folder for use: checks, lock, backups, migrations, session factory.

Only the holder of the folder's lock creates, migrates, backs up or writes. A reader (``search``,
``export``) opens without the lock when the database is ready; when it is not (a new folder, a
migration due), it takes the lock for that preparation, waiting for whoever has it, and then
reads like any other reader.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from wijkinfo.db import fts
from wijkinfo.db.base import new_id
from wijkinfo.db.engine import authored_by, make_engine, make_session_factory
from wijkinfo.db.migrate import current_revision, head_revision, known_revisions, upgrade_to_head
from wijkinfo.db.models import Replica
from wijkinfo.services.datafolder import backups as backup_files
from wijkinfo.services.datafolder import health
from wijkinfo.services.datafolder.faults import refuse_full_disk, storage_fault
from wijkinfo.services.datafolder.lock import DataDirLock
from wijkinfo.services.datafolder.paths import (
    PRIVATE_FILE,
    DataPaths,
    ensure_writable,
    refuse_read_only,
    remove_stale_temps,
    tighten,
)
from wijkinfo.services.errors import SchemaTooNew, UserError
from wijkinfo.services.events import EventBus

log = logging.getLogger(__name__)

#: the session of an open ``Store.one_transaction`` in this thread, with the engine it is on
_joined: ContextVar[tuple[Engine, Session] | None] = ContextVar("joined_session", default=None)


@dataclass
class Store:
    """An open data folder. Services get one of these; close it when done."""

    paths: DataPaths
    engine: Engine
    sessions: sessionmaker[Session]
    lock: DataDirLock | None = None
    notes: list[str] = field(default_factory=list)
    events: EventBus = field(default_factory=EventBus)

    @contextlib.contextmanager
    def unit_of_work(self, *, author: str | None = None) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error.

        ``author`` (a user id) is recorded with every change the block makes, for sync: a
        directory change travels only when a coordinator made it."""
        joined = _joined.get()
        if joined is not None and joined[0] is self.engine:  # inside one_transaction: join it
            with authored_by(author):
                yield joined[1]
            return
        with authored_by(author), self.sessions() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def one_transaction(self) -> Iterator[None]:
        """Several services' saves as one: every ``unit_of_work`` in this block (this thread)
        joins one transaction, committed at the end or rolled back as a whole; what they
        announce is delivered only after the commit."""
        if _joined.get() is not None:
            yield  # already inside one
            return
        with self.events.held() as announced, self.sessions() as session, session.begin():
            token = _joined.set((self.engine, session))
            try:
                yield
            finally:
                _joined.reset(token)
        self.events.deliver(announced)

    def replica_id(self) -> str:
        with self.sessions() as session:
            return session.scalars(select(Replica.id)).one()

    def close(self) -> None:
        self.engine.dispose()
        if self.lock:
            self.lock.release()


def open_store(
    paths: DataPaths,
    *,
    writer: bool = True,
    backups: bool = True,
    daily: bool = True,
    today: date | None = None,
    wait: float = 0.0,
    on_wait: Callable[[], None] | None = None,
) -> Store:
    """Open (and create or migrate) the database in ``paths``.

    ``writer`` takes the folder's lock for as long as the store is open, so that no two
    programs write at once; ``wait`` is how long to wait for it (``on_wait`` is called once
    when waiting starts). A damaged file raises DatabaseDamaged and is left untouched; a newer
    schema raises SchemaTooNew; a full disk or missing rights raise one clear UserError.
    ``daily=False`` leaves the daily backup to the caller (the desk makes it after retention,
    so that it never holds what retention wipes).
    """
    try:
        refuse_full_disk(paths.root)
        refuse_read_only(paths)
        if writer:
            ensure_writable(paths)
            lock = DataDirLock(paths)
            lock.acquire(wait=wait, on_wait=on_wait)
            try:
                notes = _prepare(paths, backups=backups, daily=daily, today=today)
                return _connect(paths, lock, notes)
            except BaseException:
                lock.release()
                raise
        if _needs_preparing(paths):
            ensure_writable(paths)
            with contextlib.ExitStack() as stack:
                lock = DataDirLock(paths)
                lock.acquire(wait=wait, on_wait=on_wait)
                stack.callback(lock.release)
                # whoever held the lock may have done it meanwhile
                notes = _prepare(paths, backups=False, today=today)
            return _connect(paths, None, notes)
        return _connect(paths, None, [])
    except (OSError, sqlite3.Error, SQLAlchemyError) as exc:
        fault = storage_fault(exc, paths.root)
        if fault is None:
            raise
        raise fault from None


def _connect(paths: DataPaths, lock: DataDirLock | None, notes: list[str]) -> Store:
    engine = make_engine(paths.db)
    store = Store(paths, engine, make_session_factory(engine), lock, notes)
    # SQLAlchemy's session events take a sessionmaker as well; fts types the narrower case
    fts.install_fts_sync(store.sessions)  # type: ignore[arg-type]
    return store


def _needs_preparing(paths: DataPaths) -> bool:
    """What a reader can tell without writing: is the database there, whole and current?"""
    if not paths.db.exists() or paths.db.stat().st_size == 0 or health.wal_lost(paths):
        return True
    reason = health.probe_database(paths.db)
    if reason:
        raise backup_files.damaged(paths, reason)
    if health.file_revision(paths.db) != head_revision():
        return True
    try:
        conn = sqlite3.connect(f"{paths.db.absolute().as_uri()}?mode=rw", uri=True)
        try:
            return bool(conn.execute("SELECT count(*) FROM replica").fetchone()[0] == 0)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return True


def _prepare(
    paths: DataPaths, *, backups: bool, today: date | None, daily: bool = True
) -> list[str]:
    """Under the lock: find damage, create or migrate, make the daily backup, a replica id."""
    remove_stale_temps(paths.root)
    if health.wal_lost(paths):
        _set_aside_stale_shm(paths)
    existed = paths.db.exists() and paths.db.stat().st_size > 0
    if existed:
        reason = health.probe_database(paths.db)
        if reason:
            raise backup_files.damaged(paths, reason)
        for own in (paths.db, paths.wal, paths.shm):
            tighten(own, PRIVATE_FILE)
    else:
        # SQLite gives the -wal and -shm files the rights of the database file.
        os.close(os.open(paths.db, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE))
    notes: list[str] = []
    engine = make_engine(paths.db)
    try:
        current = current_revision(engine)
        head = head_revision()
        if current is not None and current != head and current not in known_revisions():
            raise SchemaTooNew(
                "Deze gegevens zijn gemaakt met een nieuwere versie van wijkinfo. "
                "Werk wijkinfo bij voordat u verder gaat.",
            )
        if backups and daily and existed:
            made = backup_files.daily_backup(paths, today)
            if made:
                notes.append(f"dagelijkse back-up: {made}")
                log.info("dagelijkse back-up gemaakt: %s", made)
        if current != head:
            if existed and current is not None:
                backup = backup_files.make_backup(paths, label=f"voor-update-{current}")
                notes.append(f"back-up voor update: {backup}")
                log.info("back-up voor de update gemaakt: %s", backup)
            upgrade_to_head(engine)
            log.info("database bijgewerkt van %s naar %s", current or "leeg", head)
        _ensure_replica(make_session_factory(engine))
    finally:
        engine.dispose()
    return notes


def _set_aside_stale_shm(paths: DataPaths) -> None:
    """The -wal went while a program had it open: say so once, keeping the evidence."""
    stamp = datetime.now().strftime("%Y-%m-%d_%H%M%S")
    aside = paths.shm.with_name(f"{paths.shm.name}.wal-kwijt-{stamp}")
    os.replace(paths.shm, aside)
    raise UserError(
        "Het bestand {wal} is verdwenen terwijl wijkinfo open was (bijvoorbeeld gewist door "
        "een opruim- of synchronisatieprogramma). De laatste wijzigingen van toen zijn "
        "daardoor kwijt; de database zelf is in orde. Controleer de laatste gegevens en start "
        "wijkinfo opnieuw. Zet de gegevensmap niet in een map die wordt gesynchroniseerd.",
        wal=paths.wal,
    )


def _ensure_replica(sessions: sessionmaker[Session]) -> None:
    with sessions() as session, session.begin():
        if session.scalars(select(Replica.id)).first() is None:
            session.add(Replica(id=new_id()))
