"""What ``wijkinfo sync --status`` and the status bar show: where this replica stands."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.sync import sync_settings as cfg


@dataclass(frozen=True)
class SourceSeen:
    source: str
    transport: str
    position: str | None
    updated_at: str | None


@dataclass(frozen=True)
class SyncStatus:
    replica: str
    position: int  # newest position in the local change log
    unsent: int  # own log positions not yet in the chosen folder (None-like 0 without one)
    waiting: dict[str, int]  # held back / quarantined changes
    sources: tuple[SourceSeen, ...]
    tables: dict[str, dict[str, Any]]  # per synced table: rows and digest (the sanity check)
    folder: str | None
    last_sync_at: str | None
    last_summary: str

    def as_json(self) -> dict[str, Any]:
        return {
            "replica": self.replica,
            "position": self.position,
            "unsent": self.unsent,
            "waiting": self.waiting,
            "folder": self.folder,
            "last_sync": self.last_sync_at,
            "last_summary": self.last_summary,
            "sources": [s.__dict__ for s in self.sources],
            "tables": self.tables,
        }


def sync_status(store: Store) -> SyncStatus:
    from wijkinfo.sync.engine import Engine

    engine = Engine(store)
    settings = cfg.read_settings(store)
    found: dict[str, Any] = engine.status()
    sources = tuple(
        SourceSeen(str(s["source"]), str(s["transport"]), s["position"], s["at"])
        for s in found["sources"]
    )
    position = int(found["position"])
    return SyncStatus(
        replica=str(found["replica"]),
        position=position,
        unsent=_unsent(store, settings.folder, str(found["replica"]), position),
        waiting=dict(found["waiting"]),
        sources=sources,
        tables=dict(found["tables"]),
        folder=settings.folder,
        last_sync_at=settings.last_sync_at,
        last_summary=settings.last_summary,
    )


def changes_waiting(store: Store) -> int:
    """Own log positions the chosen folder does not have yet (cheap: names only)."""
    from wijkinfo.sync.engine import Engine

    engine = Engine(store)
    settings = cfg.read_settings(store)
    return _unsent(store, settings.folder, engine.replica_id(), engine.position())


def _unsent(store: Store, folder: str | None, replica: str, position: int) -> int:
    from pathlib import Path

    from wijkinfo.sync.folder_files import CHANGES, SYNC_DIR, list_files

    if not folder or folder.startswith(("postgresql://", "postgres://")):
        return 0  # a hub: what it lacks is known only by asking it, at the next sync
    own = [f for f in list_files(Path(folder) / SYNC_DIR / replica) if f.kind == CHANGES]
    written = max((f.last for f in own), default=0)
    if written >= position:
        return 0
    with store.engine.connect() as conn:
        return int(
            conn.exec_driver_sql(
                "SELECT count(*) FROM outbox_change WHERE id > ? AND origin_replica = ?",
                (written, replica),
            ).scalar()
            or 0
        )
