"""The sanity check after a sync (after Anki's): per synced table a row count and a digest.

Two replicas that have seen the same changes must show the same figures; a mismatch means they
diverged, and the fix is a full snapshot exchange, never a silent carry-on. The digest is a
SHA-256 over the synced columns of every row in key order, so per-machine columns (lockout
counters) and the full-text index do not count.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine

from wijkinfo.sync.tables import synced


@dataclass(frozen=True)
class TableFigures:
    rows: int
    digest: str


def _canonical(value: Any) -> Any:
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, bytes):
        return value.hex()
    return value


def table_figures(conn: Connection, name: str) -> TableFigures:
    spec = synced()[name]
    cols = ", ".join(f'"{c}"' for c in spec.columns)
    order = ", ".join(f'"{c}"' for c in spec.pk)
    digest = hashlib.sha256()
    rows = 0
    result = conn.exec_driver_sql(f'SELECT {cols} FROM "{name}" ORDER BY {order}')
    for row in result:
        rows += 1
        digest.update(json.dumps([_canonical(v) for v in row], ensure_ascii=False).encode())
        digest.update(b"\n")
    return TableFigures(rows, digest.hexdigest()[:32])


def figures(engine: Engine) -> dict[str, TableFigures]:
    """Count and digest of every synced table, in one read transaction."""
    with engine.connect() as conn:
        return {name: table_figures(conn, name) for name in synced()}


def as_json(found: dict[str, TableFigures]) -> dict[str, dict[str, object]]:
    return {name: {"rows": f.rows, "digest": f.digest} for name, f in found.items()}


def differences(mine: dict[str, TableFigures], theirs: dict[str, TableFigures]) -> list[str]:
    """Tables whose figures differ (empty: the replicas agree)."""
    return sorted(t for t in set(mine) | set(theirs) if mine.get(t) != theirs.get(t))
