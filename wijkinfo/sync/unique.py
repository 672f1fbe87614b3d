"""Unique values made on two desks (two users named Ans): the merge never fails on them.

The row made later (by the clock of its first change, then by id) gets the value with a short
suffix of its id, on every replica alike, and the conflict log says so.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from wijkinfo.sync.api import Change
from wijkinfo.sync.rows import conflict, key, q, where
from wijkinfo.sync.tables import SyncedTable, encode_row_id


def _unique_columns(spec: SyncedTable) -> list[str]:
    cols = [c.name for c in spec.table.columns if c.unique]
    for constraint in spec.table.constraints:
        names = [c.name for c in getattr(constraint, "columns", [])]
        if type(constraint).__name__ == "UniqueConstraint" and len(names) == 1:
            cols.append(names[0])
    return list(dict.fromkeys(cols))


def _insert_clock(conn: Connection, spec: SyncedTable, row_id: str) -> str:
    row = conn.exec_driver_sql(
        "SELECT min(hlc) FROM outbox_change WHERE table_name = ? AND row_id = ? "
        "AND state = 'applied'",
        (spec.name, row_id),
    ).scalar()
    return str(row or "")


def dedupe(conn: Connection, spec: SyncedTable, change: Change, values: dict[str, Any]) -> None:
    """Two desks made the same unique value: the row made later gets a suffix. Changes
    ``values`` in place when the incoming row is the later one."""
    for col in _unique_columns(spec):
        value = values.get(col)
        if value is None:
            continue
        other = conn.exec_driver_sql(
            f"SELECT {', '.join(q(c) for c in spec.pk)} FROM {q(spec.name)} WHERE {q(col)} = ?",
            (value,),
        ).first()
        if other is None:
            continue
        other_id = encode_row_id(list(other))
        if other_id == change.row_id:
            continue
        mine = (change.hlc, change.row_id)
        theirs = (_insert_clock(conn, spec, other_id), other_id)
        later_id = change.row_id if mine > theirs else other_id
        renamed = f"{value} ({later_id[:8]})"
        if later_id == change.row_id:
            values[col] = renamed
        else:
            conn.exec_driver_sql(
                f"UPDATE {q(spec.name)} SET {q(col)} = ? WHERE {where(spec)}",
                (renamed, *key(spec, other_id)),
            )
        conflict(
            conn,
            spec,
            later_id,
            kind="duplicate",
            replica=change.origin_replica,
            hlc=change.hlc,
            values={col: value, "renamed": renamed},
            author=change.author,
        )
