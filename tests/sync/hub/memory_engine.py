"""A small SyncEngine in memory, to test the hub transport's side of the contract on its own.

It keeps the promises of ``wijkinfo.sync.api`` that the transport relies on — a log of every
change seen, keyed by (origin, sequence), ``apply`` idempotent and atomic with its cursor — and
a last-writer-wins table state so that convergence can be checked. The real engine is tested
with the hub end to end where it is available; this one lets a test run ten desks in a second.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

from wijkinfo.sync.api import UPSERT, ApplyResult, Batch, Change

SCHEMA = "memory-1"
_clock = itertools.count(1)


@dataclass
class MemoryEngine:
    replica: str
    log: list[Change] = field(default_factory=list)
    known: set[tuple[str, int]] = field(default_factory=set)
    rows: dict[tuple[str, str], tuple[str, dict]] = field(default_factory=dict)
    cursors: dict[tuple[str, str], str] = field(default_factory=dict)
    next_seq: int = 1

    def replica_id(self) -> str:
        return self.replica

    def write(self, table: str, row_id: str, **values: object) -> Change:
        change = Change(
            origin_replica=self.replica,
            origin_seq=self.next_seq,
            hlc=f"{next(_clock):015d}-{self.replica}",
            author=None,
            table=table,
            row_id=row_id,
            op=UPSERT,
            values=dict(values),
        )
        self.next_seq += 1
        self._keep(change)
        return change

    def _keep(self, change: Change) -> None:
        self.log.append(change)
        self.known.add((change.origin_replica, change.origin_seq))
        current = self.rows.get((change.table, change.row_id))
        if current is None or change.hlc > current[0]:
            self.rows[(change.table, change.row_id)] = (change.hlc, dict(change.values))

    def outgoing(self, after_position: int, limit: int) -> Batch:
        chunk = self.log[after_position : after_position + limit]
        return Batch(
            changes=chunk,
            first_position=after_position + 1,
            last_position=after_position + len(chunk),
            schema=SCHEMA,
        )

    def apply(
        self, changes: Sequence[Change], *, source: str, transport: str, position: str
    ) -> ApplyResult:
        applied = known = 0
        for change in changes:
            if (change.origin_replica, change.origin_seq) in self.known:
                known += 1
                continue
            self._keep(change)
            applied += 1
            if change.origin_replica == self.replica:
                self.next_seq = max(self.next_seq, change.origin_seq + 1)
        self.cursors[(source, transport)] = position
        return ApplyResult(applied, known, 0, 0, 0)

    def cursor(self, *, source: str, transport: str) -> str | None:
        return self.cursors.get((source, transport))

    def state(self) -> dict[tuple[str, str], dict]:
        return {k: v[1] for k, v in self.rows.items()}
