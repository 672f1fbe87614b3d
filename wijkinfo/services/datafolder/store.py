"""Opening the data folder for use: checks, lock, backups, migrations, session factory."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from wijkinfo.db import fts
from wijkinfo.db.base import new_id
from wijkinfo.db.engine import authored_by, make_engine, make_session_factory
from wijkinfo.db.migrate import current_revision, head_revision, known_revisions, upgrade_to_head
from wijkinfo.db.models import Replica
from wijkinfo.services.datafolder import files as storage
from wijkinfo.services.datafolder.files import DataDirLock, DataPaths
from wijkinfo.services.errors import SchemaTooNew
from wijkinfo.services.events import EventBus


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
        with authored_by(author), self.sessions() as session, session.begin():
            yield session

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
    today: date | None = None,
) -> Store:
    """Open (and create or migrate) the database in ``paths``.

    ``writer`` takes the folder's lock, so that no two programs write at once. A damaged file
    raises DatabaseDamaged and is left untouched; a newer schema raises SchemaTooNew.
    """
    storage.ensure_writable(paths)
    lock = DataDirLock(paths) if writer else None
    if lock:
        lock.acquire()
    try:
        return _open(paths, lock, backups=backups, today=today)
    except BaseException:
        if lock:
            lock.release()
        raise


def _open(paths: DataPaths, lock, *, backups: bool, today: date | None) -> Store:
    existed = paths.db.exists() and paths.db.stat().st_size > 0
    if existed:
        reason = storage.probe_database(paths.db)
        if reason:
            raise storage.damaged(paths, reason)
    engine = make_engine(paths.db)
    store = Store(paths, engine, make_session_factory(engine), lock)
    try:
        current = current_revision(engine)
        head = head_revision()
        if current is not None and current != head and current not in known_revisions():
            raise SchemaTooNew(
                "Deze gegevens zijn gemaakt met een nieuwere versie van wijkinfo. "
                "Werk wijkinfo bij voordat u verder gaat.",
            )
        if current != head:
            if existed and current is not None:
                backup = storage.make_backup(paths, label=f"voor-update-{current}")
                store.notes.append(f"back-up voor update: {backup}")
            upgrade_to_head(engine)
        if backups and existed:
            storage.daily_backup(paths, today)
        fts.install_fts_sync(store.sessions)
        _ensure_replica(store)
    except BaseException:
        engine.dispose()
        raise
    return store


def _ensure_replica(store: Store) -> None:
    with store.unit_of_work() as session:
        if session.scalars(select(Replica.id)).first() is None:
            session.add(Replica(id=new_id()))
