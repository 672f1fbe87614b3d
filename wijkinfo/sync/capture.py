"""Change capture: SQLite AFTER INSERT/UPDATE/DELETE triggers generated from the models.

Each trigger ticks the hybrid logical clock and the sequence in the ``replica`` row and appends
one change to ``outbox_change`` in the same statement, hence in the same transaction as the write:
ORM flushes, bulk ``update()``/``delete()``, ``text()``, ``executemany``, upserts and foreign-key
cascades alike. An insert carries every synced column, an update only the columns it changed, a
delete is a tombstone. REAL columns travel as exact text because SQLite's JSON rounds floats.

The triggers call the functions wijkinfo.db.engine registers on each connection; while the engine
applies remote changes ``wijkinfo_capturing()`` is 0 and nothing is logged (no echo). A migration
that changes a synced table must call :func:`install` again (it drops and recreates them all).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, text

from wijkinfo.sync.clock import SQL_FORMAT
from wijkinfo.sync.tables import SyncedTable, synced

PREFIX = "sync_capture_"
EMPTY = "'{}'"

_TICK = (
    "UPDATE replica SET "
    "hlc_counter = CASE WHEN wijkinfo_now_ms() <= hlc_ms AND hlc_counter < 999999 "
    "THEN hlc_counter + 1 ELSE 0 END, "
    "hlc_ms = CASE WHEN wijkinfo_now_ms() <= hlc_ms THEN "
    "(CASE WHEN hlc_counter < 999999 THEN hlc_ms ELSE hlc_ms + 1 END) "
    "ELSE wijkinfo_now_ms() END, "
    "next_seq = next_seq + 1;"
)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _value(spec: SyncedTable, ref: str, col: str) -> str:
    expr = f"{ref}.{_q(col)}"
    if col in spec.floats:
        return f"CASE WHEN {expr} IS NULL THEN NULL ELSE printf('%!.17g', {expr}) END"
    return expr


def _row_id(spec: SyncedTable, ref: str) -> str:
    if len(spec.pk) == 1:
        return f"CAST({ref}.{_q(spec.pk[0])} AS TEXT)"
    return "json_array(" + ", ".join(f"{ref}.{_q(c)}" for c in spec.pk) + ")"


def _log(spec: SyncedTable, op: str, ref: str, payload: str) -> str:
    return (
        "INSERT INTO outbox_change (origin_replica, origin_seq, hlc, author, table_name, row_id, "
        "op, payload_json, applied_at, state) "
        f"SELECT id, next_seq - 1, {SQL_FORMAT}, wijkinfo_author(), '{spec.name}', "
        f"{_row_id(spec, ref)}, '{op}', {payload}, strftime('%Y-%m-%d %H:%M:%f', 'now'), "
        "'applied' FROM replica;"
    )


def trigger_sql(spec: SyncedTable) -> list[str]:
    name, table = spec.name, _q(spec.name)
    full = (
        "json_object(" + ", ".join(f"'{c}', {_value(spec, 'NEW', c)}" for c in spec.columns) + ")"
    )
    changed = " OR ".join(f"OLD.{_q(c)} IS NOT NEW.{_q(c)}" for c in spec.columns)
    parts = " UNION ALL ".join(
        f"SELECT '{c}' AS k, {_value(spec, 'NEW', c)} AS v WHERE OLD.{_q(c)} IS NOT NEW.{_q(c)}"
        for c in spec.columns
    )
    partial = f"(SELECT json_group_object(k, v) FROM ({parts}))"
    return [
        f"CREATE TRIGGER {PREFIX}ins_{name} AFTER INSERT ON {table} WHEN wijkinfo_capturing() "
        f"BEGIN {_TICK} {_log(spec, 'insert', 'NEW', full)} END",
        f"CREATE TRIGGER {PREFIX}upd_{name} AFTER UPDATE ON {table} "
        f"WHEN wijkinfo_capturing() AND ({changed}) "
        f"BEGIN {_TICK} {_log(spec, 'upsert', 'NEW', partial)} END",
        f"CREATE TRIGGER {PREFIX}del_{name} AFTER DELETE ON {table} WHEN wijkinfo_capturing() "
        f"BEGIN {_TICK} {_log(spec, 'delete', 'OLD', EMPTY)} END",
    ]


def drop(conn: Connection) -> None:
    names: Sequence[str] = (
        conn.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE :p"),
            {"p": PREFIX + "%"},
        )
        .scalars()
        .all()
    )
    for trigger in names:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_q(trigger)}")


def install(conn: Connection) -> None:
    """(Re)create the capture triggers of every synced table there is yet (an older migration
    runs before the tables a later one makes; that one installs their triggers)."""
    drop(conn)
    existing: set[str] = set(
        conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars()
    )
    for spec in synced().values():
        if spec.name not in existing:
            continue
        for statement in trigger_sql(spec):
            conn.exec_driver_sql(statement)
