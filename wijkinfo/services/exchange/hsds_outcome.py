"""What a batch import did, and the state the parts of the batch writer share.

``Outcome`` counts new, changed and unchanged services and lists refusals and warnings;
``WriterState`` holds the connection and the prepared statements every part uses.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from wijkinfo.services.exchange.hsds_plan import WritePlan
from wijkinfo.services.exchange.hsds_rows import Model, Rows
from wijkinfo.services.exchange.records import Duplicate, Notice, Record, Rejection

_CHUNK = 500


@dataclass
class Outcome:
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: int = 0
    skipped_duplicates: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    # the record each rejection refuses (a rejection may name another file's row)
    refused: list[tuple[str, int]] = field(default_factory=list)
    warnings: list[Notice] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    # rows of existing services the import deletes, per nested list (phones, schedules …)
    removed: Counter[str] = field(default_factory=Counter)
    # … of which the source did not state the list at all (a missing file, column or key)
    removed_unstated: Counter[str] = field(default_factory=Counter)

    def refuse(self, record: Record, path: str, reason: str) -> None:
        self.rejected.append(record.rejection(path, reason))
        self.refused.append(record.key)

    def caution(self, record: Record, path: str, reason: str) -> None:
        self.warnings.append(record.notice(path, reason))


Batch = list[tuple[Record, str, Rows]]
Existing = dict[Model, dict[str, dict[str, Any]]]


def chunks(ids: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def path_of(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


class WriterState:
    """The connection, the outcome so far and one prepared ``WritePlan`` per table."""

    conn: Connection
    out: Outcome
    seen_services: set[str]
    pending_parents: dict[str, tuple[Record, str]]
    _plans: dict[Model, WritePlan]

    def _plan(self, model: Model) -> WritePlan:
        plan = self._plans.get(model)
        if plan is None:
            plan = self._plans[model] = WritePlan(model, self.conn.dialect)
        return plan

    def _known(self, model: Model, ids: set[str]) -> set[str]:
        return self._plan(model).ids(self.conn, ids) if ids else set()
