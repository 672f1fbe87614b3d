"""Row-level SQL the merge shares: keys, reading a row, and writing to the conflict log."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection

from wijkinfo.db.base import new_id
from wijkinfo.sync.tables import SyncedTable, decode_row_id


def q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def where(spec: SyncedTable) -> str:
    return " AND ".join(f"{q(c)} = ?" for c in spec.pk)


def key(spec: SyncedTable, row_id: str) -> list[Any]:
    keys = decode_row_id(spec, row_id)
    return [keys[c] for c in spec.pk]


def read_row(conn: Connection, spec: SyncedTable, row_id: str) -> dict[str, Any] | None:
    cols = ", ".join(q(c) for c in spec.columns)
    row = conn.exec_driver_sql(
        f"SELECT {cols} FROM {q(spec.name)} WHERE {where(spec)}", tuple(key(spec, row_id))
    ).first()
    return dict(zip(spec.columns, row, strict=True)) if row is not None else None


def conflict(
    conn: Connection,
    spec: SyncedTable,
    row_id: str,
    *,
    kind: str,
    values: dict[str, Any],
    replica: str = "",
    hlc: str = "",
    winning_hlc: str | None = None,
    author: str | None = None,
) -> None:
    conn.exec_driver_sql(
        "INSERT INTO sync_conflict (id, at, table_name, row_id, losing_replica, losing_hlc, "
        "losing_payload_json, kind, winning_hlc, author, resolved) "
        "VALUES (?, strftime('%Y-%m-%d %H:%M:%f', 'now'), ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        (
            new_id(),
            spec.name,
            row_id,
            replica,
            hlc,
            json.dumps(values, default=str, ensure_ascii=False),
            kind,
            winning_hlc,
            author,
        ),
    )
