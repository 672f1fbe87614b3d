"""The seams between the sync engine and its transports (folder, PostgreSQL hub).

The engine owns the change log, the merge and the cursors; a transport only stores and fetches
sealed batches. Everything here is plain data so that both sides can be tested apart.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

UPSERT = "upsert"
DELETE = "delete"
#: A new row, with every synced column in ``values`` (an UPSERT carries only changed columns).
INSERT = "insert"
OPS = (INSERT, UPSERT, DELETE)


@dataclass(frozen=True)
class Change:
    """One captured write, as it travels: keyed by (origin_replica, origin_seq)."""

    origin_replica: str
    origin_seq: int
    hlc: str  # sorts as text: wall milliseconds, counter, replica
    author: str | None  # user id of who made it, checked again when applied
    table: str
    row_id: str
    op: str  # UPSERT or DELETE (a tombstone)
    values: Mapping[str, Any] = field(default_factory=dict)  # changed columns, JSON-safe


@dataclass(frozen=True)
class Batch:
    """Changes read from the local log in log order, with the log positions they span."""

    changes: Sequence[Change]
    first_position: int
    last_position: int
    schema: str  # Alembic revision of the writer


@dataclass(frozen=True)
class ApplyResult:
    applied: int
    already_known: int
    held_back: int  # waiting for an earlier change of the same origin (a gap) or a parent row
    conflicts: int
    refused: int  # rights checked at apply time: e.g. a directory edit by a non-coordinator
    quarantined: int = 0  # clock too far ahead: kept aside, not applied, not relayed
    stale: int = 0  # older than this replica's compaction horizon: a snapshot is needed


class SyncEngine(Protocol):
    """What transports may call. One implementation: wijkinfo.sync.engine."""

    def replica_id(self) -> str: ...

    def outgoing(self, after_position: int, limit: int) -> Batch:
        """Changes in the local log (own and relayed) after ``after_position``."""
        ...

    def apply(
        self, changes: Sequence[Change], *, source: str, transport: str, position: str
    ) -> ApplyResult:
        """Merge ``changes`` and record ``position`` as the cursor of (source, transport), all in
        one transaction: a crash leaves either both or neither."""
        ...

    def cursor(self, *, source: str, transport: str) -> str | None: ...
