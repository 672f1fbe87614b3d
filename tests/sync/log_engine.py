"""A small SyncEngine on a plain SQLite file, to test the folder transport apart from the real
engine: it keeps every change by (origin, sequence), applies last-writer-wins per row, and
commits the cursor in the same transaction, so a killed process leaves all or nothing."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from wijkinfo.sync.api import DELETE, UPSERT, ApplyResult, Batch, Change

SCHEMA = "test-schema-1"


class LogEngine:
    def __init__(
        self, path: Path, fault: Callable[[str], None] | None = None, schema: str = SCHEMA
    ) -> None:
        self.schema = schema
        self.db = sqlite3.connect(path, isolation_level=None)
        self.fault = fault
        self.db.executescript(
            "CREATE TABLE IF NOT EXISTS meta (replica TEXT, seq INTEGER, clock INTEGER);"
            "CREATE TABLE IF NOT EXISTS log (pos INTEGER PRIMARY KEY AUTOINCREMENT, origin TEXT,"
            " seq INTEGER, hlc TEXT, author TEXT, tbl TEXT, row_id TEXT, op TEXT, vals TEXT,"
            " UNIQUE (origin, seq));"
            "CREATE TABLE IF NOT EXISTS rows (tbl TEXT, row_id TEXT, vals TEXT, hlc TEXT,"
            " PRIMARY KEY (tbl, row_id));"
            "CREATE TABLE IF NOT EXISTS cursor (source TEXT, transport TEXT, position TEXT,"
            " PRIMARY KEY (source, transport));"
        )
        if self.db.execute("SELECT count(*) FROM meta").fetchone()[0] == 0:
            self.db.execute("INSERT INTO meta VALUES (?, 0, 0)", (str(uuid.uuid4()),))

    def replica_id(self) -> str:
        return str(self.db.execute("SELECT replica FROM meta").fetchone()[0])

    def write(self, table: str, row_id: str, values: dict | None) -> None:
        """A local edit (None deletes), logged in the same transaction."""
        self.db.execute("BEGIN IMMEDIATE")
        seq, clock = self.db.execute("SELECT seq + 1, clock + 1 FROM meta").fetchone()
        self.db.execute("UPDATE meta SET seq = ?, clock = ?", (seq, clock))
        change = Change(
            self.replica_id(),
            seq,
            f"{clock:015d}-{self.replica_id()}",
            "tester",
            table,
            row_id,
            DELETE if values is None else UPSERT,
            values or {},
        )
        self._log(change)
        self._merge(change)
        self.db.execute("COMMIT")

    def outgoing(self, after_position: int, limit: int) -> Batch:
        rows = self.db.execute(
            "SELECT pos, origin, seq, hlc, author, tbl, row_id, op, vals FROM log WHERE pos > ?"
            " ORDER BY pos LIMIT ?",
            (after_position, limit),
        ).fetchall()
        changes = [Change(*r[1:8], json.loads(r[8])) for r in rows]
        first = rows[0][0] if rows else after_position
        last = rows[-1][0] if rows else after_position
        return Batch(changes, first, last, self.schema)

    def apply(
        self, changes: Sequence[Change], *, source: str, transport: str, position: str
    ) -> ApplyResult:
        applied = known = 0
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for n, change in enumerate(changes):
                if n == len(changes) // 2 and self.fault:
                    self.fault("mid_apply")
                if self._log(change):
                    self._merge(change)
                    remote = int(change.hlc.split("-")[0])
                    self.db.execute("UPDATE meta SET clock = max(clock, ?)", (remote,))
                    applied += 1
                else:
                    known += 1
            if self.fault:
                self.fault("before_cursor")
            self.db.execute(
                "INSERT INTO cursor VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET position = ?",
                (source, transport, position, position),
            )
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return ApplyResult(applied, known, 0, 0, 0)

    def cursor(self, *, source: str, transport: str) -> str | None:
        row = self.db.execute(
            "SELECT position FROM cursor WHERE source = ? AND transport = ?", (source, transport)
        ).fetchone()
        return row[0] if row else None

    def rows(self) -> dict[tuple[str, str], dict]:
        return {
            (t, r): json.loads(v)
            for t, r, v in self.db.execute(
                "SELECT tbl, row_id, vals FROM rows WHERE vals IS NOT NULL"
            )
        }

    def log_keys(self) -> list[tuple[str, int]]:
        return [tuple(r) for r in self.db.execute("SELECT origin, seq FROM log ORDER BY pos")]

    def _log(self, c: Change) -> bool:
        cur = self.db.execute(
            "INSERT INTO log (origin, seq, hlc, author, tbl, row_id, op, vals)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (
                c.origin_replica,
                c.origin_seq,
                c.hlc,
                c.author,
                c.table,
                c.row_id,
                c.op,
                json.dumps(dict(c.values)),
            ),
        )
        return cur.rowcount == 1

    def _merge(self, c: Change) -> None:
        old = self.db.execute(
            "SELECT hlc FROM rows WHERE tbl = ? AND row_id = ?", (c.table, c.row_id)
        ).fetchone()
        if old and old[0] > c.hlc:
            return
        if c.op == DELETE:  # a tombstone, so that an older upsert arriving later loses
            self.db.execute(
                "INSERT INTO rows VALUES (?, ?, NULL, ?) ON CONFLICT DO UPDATE SET vals = NULL,"
                " hlc = ?",
                (c.table, c.row_id, c.hlc, c.hlc),
            )
        else:
            self.db.execute(
                "INSERT INTO rows VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET vals = ?, hlc = ?",
                (
                    c.table,
                    c.row_id,
                    json.dumps(dict(c.values)),
                    c.hlc,
                    json.dumps(dict(c.values)),
                    c.hlc,
                ),
            )
