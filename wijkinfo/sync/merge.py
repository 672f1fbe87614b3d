"""Merging one remote change into the tables: per field last writer wins, deletes, parents.

Rules (the same on every replica, so that every order of arrival ends in the same rows):

- A field takes the value of the change with the highest hybrid logical clock that set it (ties
  cannot happen: the clock text ends with the replica id). The clock of a field is read from the
  change log (applied entries of that row); a row loaded from a snapshot without log entries has
  no clock yet and any change wins. The value that lost is kept in ``sync_conflict``.
- Delete against edit: a delete of a row with its own id (every UUID table) is final: the row
  stays deleted, and an edit that arrives for it (made before or after the delete, seen or not)
  goes to the conflict log with its values, so that a coordinator can bring it back. A row keyed
  by its contents (a tally's theme, a signal's organisation) exists or not by the newest of its
  insert and delete.
- A row whose parent was deleted: with a CASCADE key it is kept out (conflict log); with any
  other key that may be empty it is stored without the parent (a service of a deleted
  organisation), else kept out. A delete first treats rows that would restrict it the same way
  (conflict log), as the delete already happened elsewhere. Known limit: moving a child to
  another parent while its old parent is deleted elsewhere, under a CASCADE key, depends on the
  order (no screen of wijkinfo moves phones, hours or languages between services).
- A change whose parent row, row or author has not arrived yet waits (``WAIT``).
- A unique value made on two desks (two users named Ans) never fails the merge: the row made
  later gets the value with a short suffix of its id, and the conflict log says so.

The merge writes with ``INSERT … ON CONFLICT DO UPDATE`` and plain ``UPDATE``/``DELETE``, never
``REPLACE`` (which deletes first, fires cascades and only the insert trigger).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

from wijkinfo.sync.api import DELETE, INSERT, Change
from wijkinfo.sync.rows import conflict, key, q, read_row, where
from wijkinfo.sync.tables import SyncedTable, decode_row_id, encode_row_id, synced
from wijkinfo.sync.unique import dedupe

APPLIED = "applied"
CONFLICT = "conflict"  # seen, nothing of it written (its values are in the conflict log)
WAIT = "wait"


def _to_db(spec: SyncedTable, values: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for col, value in values.items():
        if col not in spec.columns:
            continue  # a column of a newer schema, or a per-machine one
        if col in spec.floats and isinstance(value, str):
            value = float(value)
        out[col] = value
    return out


def _history(conn: Connection, table: str, row_id: str, skip: int | None) -> list[tuple[Any, ...]]:
    return list(
        conn.exec_driver_sql(
            "SELECT hlc, op, payload_json, origin_replica FROM outbox_change "
            "WHERE table_name = ? AND row_id = ? AND state = 'applied' AND id IS NOT ?",
            (table, row_id, skip),
        )
    )


def field_clocks(history: Iterable[tuple[Any, ...]]) -> dict[str, tuple[str, str]]:
    """Per column: (clock, origin) of the newest applied change that set it."""
    clocks: dict[str, tuple[str, str]] = {}
    for hlc, op, payload, origin in history:
        if op == DELETE:
            continue
        for col in json.loads(payload):
            if col not in clocks or hlc > clocks[col][0]:
                clocks[col] = (hlc, origin)
    return clocks


def tombstone(history: Iterable[tuple[Any, ...]]) -> str | None:
    """The clock of the newest applied delete of the row, if any."""
    clocks = [hlc for hlc, op, _p, _o in history if op == DELETE]
    return max(clocks) if clocks else None


def _exists(conn: Connection, table: str, column: str, value: Any) -> bool:
    sql = f"SELECT 1 FROM {q(table)} WHERE {q(column)} = ? LIMIT 1"
    return conn.exec_driver_sql(sql, (value,)).first() is not None


def _was_deleted(conn: Connection, table: str, row_id: str) -> bool:
    """Known and gone: a tombstone, or an applied insert of a row that is no longer there (a
    cascade of a delete removed it here without a change of its own)."""
    return (
        conn.exec_driver_sql(
            "SELECT 1 FROM outbox_change WHERE table_name = ? AND row_id = ? "
            "AND state = 'applied' AND op IN ('delete', 'insert') LIMIT 1",
            (table, row_id),
        ).first()
        is not None
    )


def _parents(
    conn: Connection, spec: SyncedTable, values: dict[str, Any]
) -> tuple[str, dict[str, Any]]:
    """(APPLIED, values) when every parent is there (a deleted parent of a column that may be
    empty is emptied in ``values``), CONFLICT when a required parent was deleted, WAIT when
    one has not arrived yet."""
    out = dict(values)
    for fk in spec.table.foreign_keys:
        col = fk.parent.name
        value = out.get(col)
        if value is None or col not in out:
            continue
        parent = fk.column.table.name
        if _exists(conn, parent, fk.column.name, value):
            continue
        if parent not in synced() or not _was_deleted(conn, parent, str(value)):
            return WAIT, out
        if _nulls(fk):
            out[col] = None
        else:
            return CONFLICT, out
    return APPLIED, out


def _nulls(fk: Any) -> bool:
    """A deleted parent leaves the child without it (rather than removing the child) when the
    column may be empty and the key does not cascade: what ON DELETE SET NULL does, and the one
    outcome that does not depend on whether the child or the delete arrived first."""
    return bool(fk.parent.nullable) and (fk.ondelete or "").upper() != "CASCADE"


def merge(conn: Connection, change: Change, *, log_id: int | None, own: str) -> str:
    """Merge ``change`` (already in the log as ``log_id``) into its table."""
    spec = synced()[change.table]
    history = _history(conn, spec.name, change.row_id, log_id)
    if change.op == DELETE:
        return _delete(conn, spec, change, history)
    values = _to_db(spec, dict(change.values))
    current = read_row(conn, spec, change.row_id)
    stone = tombstone(history)
    keyed_by_content = spec.pk != ("id",)
    if current is None:
        resurrect = change.op == INSERT and keyed_by_content and (stone or "") < change.hlc
        if stone is not None and not resurrect:
            _lost_to_delete(conn, spec, change, values, stone)
            return CONFLICT
        if change.op != INSERT:
            if _was_deleted(conn, spec.name, change.row_id):
                _lost_to_delete(conn, spec, change, values, stone)
                return CONFLICT
            return WAIT  # the row's insert has not arrived yet
        verdict, values = _parents(conn, spec, values)
        if verdict == CONFLICT:
            _parent_deleted(conn, spec, change, values)
            return CONFLICT
        if verdict == WAIT:
            return WAIT
        _insert(conn, spec, change, values)
        return APPLIED
    verdict, values = _parents(conn, spec, values)
    if verdict == WAIT:
        return WAIT
    if verdict == CONFLICT:
        _parent_deleted(conn, spec, change, values)
        _remove(conn, spec, change.row_id)
        return APPLIED
    clocks = field_clocks(history)
    winners: dict[str, Any] = {}
    lost: dict[str, Any] = {}
    beaten: dict[str, Any] = {}
    beaten_by: tuple[str, str] | None = None
    for col, value in values.items():
        if col in spec.pk:
            continue
        clock = clocks.get(col)
        if clock is None or change.hlc > clock[0]:
            winners[col] = value
            if clock is not None and current[col] != value and clock[1] != change.origin_replica:
                beaten[col] = current[col]
                beaten_by = clock
        elif current[col] != value and clock[1] != change.origin_replica:
            lost[col] = value
    if lost:
        newest = max(clocks[c][0] for c in lost)
        conflict(
            conn,
            spec,
            change.row_id,
            kind="lost",
            replica=change.origin_replica,
            hlc=change.hlc,
            values=lost,
            winning_hlc=newest,
            author=change.author,
        )
    if beaten and beaten_by is not None:
        conflict(
            conn,
            spec,
            change.row_id,
            kind="lost",
            replica=beaten_by[1],
            hlc=beaten_by[0],
            values=beaten,
            winning_hlc=change.hlc,
            author=None,
        )
    if winners:
        _update(conn, spec, change, winners)
    return APPLIED


def _lost_to_delete(
    conn: Connection, spec: SyncedTable, change: Change, values: dict[str, Any], stone: str | None
) -> None:
    conflict(
        conn,
        spec,
        change.row_id,
        kind="deleted",
        replica=change.origin_replica,
        hlc=change.hlc,
        values=values,
        winning_hlc=stone,
        author=change.author,
    )


def _insert(conn: Connection, spec: SyncedTable, change: Change, values: dict[str, Any]) -> None:
    values = {**spec.local_defaults, **decode_row_id(spec, change.row_id), **values}
    try:
        with conn.begin_nested():
            _upsert(conn, spec, values)
    except IntegrityError:
        dedupe(conn, spec, change, values)
        _upsert(conn, spec, values)


def _upsert(conn: Connection, spec: SyncedTable, values: dict[str, Any]) -> None:
    cols = list(values)
    sets = [c for c in cols if c not in spec.pk]
    update = ", ".join(f"{q(c)} = excluded.{q(c)}" for c in sets)
    sql = (
        f"INSERT INTO {q(spec.name)} ({', '.join(q(c) for c in cols)}) "
        f"VALUES ({', '.join('?' for _ in cols)}) "
        f"ON CONFLICT ({', '.join(q(c) for c in spec.pk)}) "
        + (f"DO UPDATE SET {update}" if update else "DO NOTHING")
    )
    conn.exec_driver_sql(sql, tuple(values[c] for c in cols))


def _update(conn: Connection, spec: SyncedTable, change: Change, values: dict[str, Any]) -> None:
    sets = ", ".join(f"{q(c)} = ?" for c in values)
    sql = f"UPDATE {q(spec.name)} SET {sets} WHERE {where(spec)}"
    params = (*values.values(), *key(spec, change.row_id))
    try:
        with conn.begin_nested():
            conn.exec_driver_sql(sql, params)
    except IntegrityError:
        full = {**(read_row(conn, spec, change.row_id) or {}), **values}
        dedupe(conn, spec, change, full)
        conn.exec_driver_sql(sql, (*(full[c] for c in values), *key(spec, change.row_id)))


def _parent_deleted(
    conn: Connection, spec: SyncedTable, change: Change, values: dict[str, Any]
) -> None:
    """Log that ``change`` lost because a row it points to was deleted elsewhere."""
    conflict(
        conn,
        spec,
        change.row_id,
        kind="parent_deleted",
        replica=change.origin_replica,
        hlc=change.hlc,
        values=values,
        author=change.author,
    )


def _delete(
    conn: Connection, spec: SyncedTable, change: Change, history: list[tuple[Any, ...]]
) -> str:
    current = read_row(conn, spec, change.row_id)
    if current is None:
        return APPLIED
    clocks = field_clocks(history)
    newest = max((c[0] for c in clocks.values()), default="")
    if spec.pk != ("id",) and newest > change.hlc:
        return APPLIED  # re-added after this delete: the newer insert stands
    if newest > change.hlc:
        conflict(
            conn,
            spec,
            change.row_id,
            kind="deleted",
            replica=change.origin_replica,
            hlc=newest,
            values=current,
            winning_hlc=change.hlc,
            author=change.author,
        )
    _remove(conn, spec, change.row_id)
    return APPLIED


def _remove(conn: Connection, spec: SyncedTable, row_id: str) -> None:
    """Delete a row, first the rows whose foreign key would restrict it (elsewhere they were
    never made, or were removed with it)."""
    for child in synced().values():
        for fk in child.table.foreign_keys:
            if fk.column.table.name != spec.name:
                continue
            if (fk.ondelete or "").upper() in ("CASCADE", "SET NULL"):
                continue
            cols = ", ".join(q(c) for c in child.pk)
            rows = conn.exec_driver_sql(
                f"SELECT {cols} FROM {q(child.name)} WHERE {q(fk.parent.name)} = ?",
                (decode_row_id(spec, row_id)[fk.column.name],),
            ).all()
            for child_key in rows:
                child_id = encode_row_id(list(child_key))
                values = read_row(conn, child, child_id) or {}
                conflict(conn, child, child_id, kind="parent_deleted", values=values)
                if _nulls(fk):
                    conn.exec_driver_sql(
                        f"UPDATE {q(child.name)} SET {q(fk.parent.name)} = NULL "
                        f"WHERE {where(child)}",
                        tuple(key(child, child_id)),
                    )
                else:
                    _remove(conn, child, child_id)
    conn.exec_driver_sql(
        f"DELETE FROM {q(spec.name)} WHERE {where(spec)}", tuple(key(spec, row_id))
    )
