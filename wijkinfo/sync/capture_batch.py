"""Change capture for bulk writes: note the keys per row, build the change log once, set-based.

The per-row triggers of :mod:`wijkinfo.sync.capture` tick the clock, call into Python and build
a JSON object for every row; on an import of tens of thousands of rows that costs more than the
import itself. Inside :func:`batched` the connection gets TEMP triggers instead, which only note
(table, rowid, key, operation, changed columns) in a TEMP table; the permanent triggers are
dropped inside the transaction and put back before it ends, so that no other connection ever
sees them gone (SQLite lets one writer in at a time, and a rollback restores them). When the block ends the notes become change-log rows in
a few INSERT … SELECT statements, in the order the writes happened, in the same transaction:
an insert carries the row as it is at the end of the block, an update the columns it changed
(with their final values), a delete a tombstone. Rows inserted or updated and then deleted in the
block travel as tombstones only. The sequence numbers stay gapless and the clock
moves on once for the whole block, one counter step per change.

A crash rolls the TEMP rows and the dropped triggers back with the rest of the transaction.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from functools import cache
from typing import Any

from sqlalchemy import Connection

from wijkinfo.db.engine import NORMAL_CACHE, current_author
from wijkinfo.sync.capture import PREFIX, _q, _row_id, _value
from wijkinfo.sync.clock import COUNTER_MAX, tick
from wijkinfo.sync.tables import SyncedTable, synced

PENDING = "temp.sync_pending"
_TRIGGER = "sync_batch_"
_PER_MS = COUNTER_MAX + 1
_BATCH_CACHE = -65536  # KiB, as PRAGMA cache_size counts negative sizes


def _pending_trigger_sql(spec: SyncedTable) -> list[str]:
    name, table = spec.name, f"main.{_q(spec.name)}"
    if len(spec.columns) > 62:
        raise ValueError(f"{name}: too many columns for the change mask")
    mask = " | ".join(
        f"(CASE WHEN OLD.{_q(c)} IS NOT NEW.{_q(c)} THEN {1 << i} ELSE 0 END)"
        for i, c in enumerate(spec.columns)
    )
    changed = " OR ".join(f"OLD.{_q(c)} IS NOT NEW.{_q(c)}" for c in spec.columns)
    insert = f"INSERT INTO sync_pending (tbl, rid, row_id, op, cols) VALUES ('{name}', "
    return [
        f"CREATE TEMP TRIGGER {_TRIGGER}ins_{name} AFTER INSERT ON {table} BEGIN "
        f"{insert}NEW.rowid, {_row_id(spec, 'NEW')}, 'i', 0); END",
        f"CREATE TEMP TRIGGER {_TRIGGER}upd_{name} AFTER UPDATE ON {table} WHEN {changed} BEGIN "
        f"{insert}NEW.rowid, {_row_id(spec, 'NEW')}, 'u', {mask}); END",
        f"CREATE TEMP TRIGGER {_TRIGGER}del_{name} AFTER DELETE ON {table} BEGIN "
        f"{insert}OLD.rowid, {_row_id(spec, 'OLD')}, 'd', 0); END",
    ]


def _lookups(spec: SyncedTable) -> tuple[str, str, str]:
    """(the row is still there, its insert payload, its update payload) for a note ``p``."""
    found = (
        f"FROM main.{_q(spec.name)} AS t WHERE t.rowid = p.rid AND {_row_id(spec, 't')} = p.row_id"
    )
    full = "json_object(" + ", ".join(f"'{c}', {_value(spec, 't', c)}" for c in spec.columns) + ")"
    parts = " UNION ALL ".join(
        f"SELECT '{c}' AS k, {_value(spec, 't', c)} AS v WHERE p.cols & {1 << i}"
        for i, c in enumerate(spec.columns)
    )
    partial = f"(SELECT json_group_object(k, v) FROM ({parts}))"
    return f"EXISTS (SELECT 1 {found})", f"(SELECT {full} {found})", f"(SELECT {partial} {found})"


@cache
def _flush_sql(tables: tuple[str, ...]) -> str:
    """One statement: the notes in their order become change-log rows, appended in that order.

    Parameters: 1 replica, 2 first sequence, 3 first clock ms, 4 first counter, 5 author,
    6 first log position, 7 the first note's id, 8 the time. A note of a row gone since becomes a tombstone
    (the row's own tombstone follows), which keeps the sequence gapless without renumbering."""
    exists, inserted, updated = [], [], []
    for name in tables:
        there, full, partial = _lookups(synced()[name])
        exists.append(f"WHEN '{name}' THEN {there}")
        inserted.append(f"WHEN '{name}' THEN {full}")
        updated.append(f"WHEN '{name}' THEN {partial}")
    there = f"(CASE p.tbl {' '.join(exists)} END)"
    payload = (
        f"CASE WHEN p.op = 'd' THEN '{{}}' WHEN p.op = 'i' "
        f"THEN coalesce(CASE p.tbl {' '.join(inserted)} END, '{{}}') "
        f"ELSE coalesce(CASE p.tbl {' '.join(updated)} END, '{{}}') END"
    )
    n = "(p.id - ?7)"
    return (
        "INSERT INTO main.outbox_change (id, origin_replica, origin_seq, hlc, author, "
        "table_name, row_id, op, payload_json, applied_at, state) "
        f"SELECT ?6 + {n}, ?1, ?2 + {n}, "
        f"printf('%018d-%06d-%s', ?3 + (?4 + {n}) / {_PER_MS}, (?4 + {n}) % {_PER_MS}, ?1), "
        "?5, p.tbl, p.row_id, "
        f"CASE WHEN p.op = 'd' OR NOT {there} THEN 'delete' WHEN p.op = 'i' THEN 'insert' "
        f"ELSE 'upsert' END, {payload}, ?8, 'applied' "
        f"FROM {PENDING} AS p ORDER BY p.id"
    )


def _setup(raw: Any) -> list[str]:
    """Swap the permanent row-by-row triggers for the TEMP noting ones; returns the SQL that
    puts the permanent ones back. Both happen inside the transaction (see :func:`batched`)."""
    # The notes of a large import stay in memory rather than spill (SQLite's default cache for
    # the temp schema is 2 MB; pages are only taken when used).
    raw.execute("PRAGMA temp.cache_size = -65536")
    # The change log's pages are written all at once at the end: with a cache that holds them,
    # SQLite does not spill (and rewrite) half-filled index pages to the WAL mid-transaction.
    raw.execute(f"PRAGMA main.cache_size = {_BATCH_CACHE}")
    raw.execute(
        f"CREATE TABLE IF NOT EXISTS {PENDING} (id INTEGER PRIMARY KEY, tbl TEXT NOT NULL, "
        "rid INTEGER, row_id TEXT NOT NULL, op TEXT NOT NULL, cols INTEGER NOT NULL)"
    )
    # Mirror the permanent triggers: a table without them (capture not installed) stays so.
    permanent = raw.execute(
        "SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' AND name LIKE ?",
        (PREFIX + "%",),
    ).fetchall()
    names = {str(n) for n, _sql in permanent}
    for spec in synced().values():
        if f"{PREFIX}ins_{spec.name}" in names:
            for statement in _pending_trigger_sql(spec):
                raw.execute(statement)
    # Dropped rather than switched off: even a trigger that only asks a Python function whether
    # to log costs more per row than the import's own insert.
    for name in sorted(names):
        raw.execute(f"DROP TRIGGER main.{_q(name)}")
    return [str(sql) for _n, sql in permanent]


def _teardown(raw: Any, permanent: list[str]) -> None:
    for spec in synced().values():
        for op in ("ins", "upd", "del"):
            raw.execute(f"DROP TRIGGER IF EXISTS temp.{_TRIGGER}{op}_{spec.name}")
    for sql in permanent:
        raw.execute(sql)
    raw.execute(f"PRAGMA main.cache_size = {NORMAL_CACHE}")


def flush(raw: Any) -> int:
    """Turn the notes into change-log rows (same transaction); returns how many."""
    first, last_id, count = raw.execute(
        f"SELECT min(id), max(id), count(*) FROM {PENDING}"
    ).fetchone()
    if count:
        assert last_id - first + 1 == count, "notes are numbered without gaps"
        replica, ms, counter, seq = raw.execute(
            "SELECT id, hlc_ms, hlc_counter, next_seq FROM main.replica"
        ).fetchone()
        now = int(raw.execute("SELECT wijkinfo_now_ms()").fetchone()[0])
        base_ms, base_counter = tick(int(ms), int(counter), now)
        position = int(
            raw.execute("SELECT coalesce(max(id), 0) + 1 FROM main.outbox_change").fetchone()[0]
        )
        at = raw.execute("SELECT strftime('%Y-%m-%d %H:%M:%f', 'now')").fetchone()[0]
        author = current_author.get()
        params = (replica, int(seq), base_ms, base_counter, author, position, first, at)
        tables = raw.execute(f"SELECT DISTINCT tbl FROM {PENDING}").fetchall()
        raw.execute(_flush_sql(tuple(sorted(str(t) for (t,) in tables))), params)
        last = base_counter + count - 1
        raw.execute(
            "UPDATE main.replica SET next_seq = next_seq + ?, hlc_ms = ?, hlc_counter = ?",
            (count, base_ms + last // _PER_MS, last % _PER_MS),
        )
        raw.execute(f"DELETE FROM {PENDING}")
    return int(count)


@contextlib.contextmanager
def batched(conn: Connection) -> Iterator[None]:
    """Capture the writes made on ``conn`` in this block set-based (see the module text).

    Use it inside the transaction that makes the writes, and commit after the block, never
    inside it (that would commit the permanent triggers' absence until the block ends)."""
    raw: Any = conn.connection.dbapi_connection
    if not raw.in_transaction:
        # The TEMP triggers are made and dropped inside the transaction, so that a rollback
        # takes them away too (the driver would otherwise run that DDL outside it).
        raw.execute("BEGIN")
    permanent = _setup(raw)
    try:
        yield
        flush(raw)
    finally:
        _teardown(raw, permanent)
