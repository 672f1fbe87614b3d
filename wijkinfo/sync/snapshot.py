"""Full snapshots (a new desk, one away longer than the horizon, a failed sanity check) and
compaction of the change log.

A snapshot holds every synced row plus the change log itself (without quarantined changes) and
how far each origin's sequence is complete, so that the replica that loads it knows which
changes it already has, keeps the tombstones that stop deleted rows coming back, and relays
what it got. Loading replaces the synced tables in one transaction, then merges this replica's
own changes that the snapshot does not hold yet on top (by clock), so nothing made here is lost.

Compaction drops log entries older than the horizon (default 180 days). A change older than the
horizon that arrives later is refused as stale: its row's history is gone, and applying it could
bring a deleted row back. A replica away for longer needs a snapshot (:func:`needs_snapshot`).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from wijkinfo.db import fts
from wijkinfo.db.engine import applying, sync_clock
from wijkinfo.db.migrate import head_revision
from wijkinfo.services.errors import UserError
from wijkinfo.sync import clock as hlc
from wijkinfo.sync.engine import HELD, Engine
from wijkinfo.sync.tables import SYNCED_TABLES, synced

DEFAULT_HORIZON_DAYS = 180
_LOG_COLUMNS = (
    "origin_replica",
    "origin_seq",
    "hlc",
    "author",
    "table_name",
    "row_id",
    "op",
    "payload_json",
    "applied_at",
    "state",
)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def export(engine: Engine) -> dict[str, Any]:
    """Everything a new replica needs, as JSON-safe data, read in one transaction."""
    with engine.store.engine.connect() as conn:
        tables: dict[str, Any] = {}
        for name in SYNCED_TABLES:
            spec = synced()[name]
            cols = ", ".join(_q(c) for c in spec.columns)
            rows = conn.exec_driver_sql(f"SELECT {cols} FROM {_q(name)}").all()
            tables[name] = {"columns": list(spec.columns), "rows": [list(r) for r in rows]}
        log = conn.exec_driver_sql(
            f"SELECT {', '.join(_LOG_COLUMNS)} FROM outbox_change "
            "WHERE state != 'quarantined' ORDER BY id"
        ).all()
        origins = dict(
            conn.exec_driver_sql("SELECT origin_replica, contiguous_seq FROM sync_origin").all()
        )
        replica = conn.exec_driver_sql(
            "SELECT id, next_seq, hlc_ms, hlc_counter, compacted_before FROM replica"
        ).one()
    origins[replica[0]] = replica[1] - 1
    return {
        "schema": head_revision(),
        "replica": replica[0],
        "hlc": [replica[2], replica[3]],
        "compacted_before": replica[4],
        "tables": tables,
        "log": [list(r) for r in log],
        "origins": origins,
    }


def to_bytes(snapshot: dict[str, Any]) -> bytes:
    return json.dumps(snapshot, ensure_ascii=False, separators=(",", ":"), default=str).encode()


def from_bytes(data: bytes) -> dict[str, Any]:
    return dict(json.loads(data.decode("utf-8")))


def load(engine: Engine, snapshot: dict[str, Any]) -> None:
    """Replace the synced tables with ``snapshot``, keep this replica's own newer changes."""
    if snapshot.get("schema") not in (None, head_revision()) and str(snapshot["schema"]) > str(
        head_revision()
    ):
        raise UserError("Deze gegevens komen van een nieuwere versie. Werk wijkinfo bij.")
    own = engine.replica_id()
    with applying(), engine.store.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        for name in reversed(SYNCED_TABLES):
            conn.exec_driver_sql(f"DELETE FROM {_q(name)}")
        for name in SYNCED_TABLES:
            _load_rows(conn, name, snapshot["tables"].get(name))
        # What we had is merged again on top, by clock: our own changes the snapshot lacks,
        # and others' that reached us and not the replica that made the snapshot.
        conn.exec_driver_sql(
            "UPDATE outbox_change SET state = ? WHERE state != 'quarantined'", (HELD,)
        )
        if snapshot["log"]:
            conn.exec_driver_sql(
                "UPDATE outbox_change SET state = ? WHERE origin_replica = ? AND origin_seq = ?",
                [(r[9], r[0], r[1]) for r in snapshot["log"]],
            )
            marks = ", ".join("?" for _ in _LOG_COLUMNS)
            conn.exec_driver_sql(
                f"INSERT INTO outbox_change ({', '.join(_LOG_COLUMNS)}) VALUES ({marks}) "
                "ON CONFLICT (origin_replica, origin_seq) DO NOTHING",
                [tuple(r) for r in snapshot["log"]],
            )
        for origin, upto in snapshot["origins"].items():
            if origin == own:
                conn.exec_driver_sql(
                    "UPDATE replica SET next_seq = max(next_seq, ?)", (int(upto) + 1,)
                )
                continue
            conn.exec_driver_sql(
                "INSERT INTO sync_origin (origin_replica, contiguous_seq) VALUES (?, ?) "
                "ON CONFLICT (origin_replica) DO UPDATE SET "
                "contiguous_seq = max(contiguous_seq, excluded.contiguous_seq)",
                (origin, int(upto)),
            )
        if snapshot.get("compacted_before"):
            conn.exec_driver_sql(
                "UPDATE replica SET compacted_before = max(coalesce(compacted_before, ''), ?)",
                (snapshot["compacted_before"],),
            )
        engine._run_held(conn, own)
        ms, counter = snapshot["hlc"]
        now = sync_clock(engine.store.engine).now_ms()
        engine._absorb_clocks(conn, now, hlc.format_hlc(int(ms), int(counter), ""))
        fts.rebuild_index(Session(bind=conn))


def _load_rows(conn: Connection, name: str, data: dict[str, Any] | None) -> None:
    if not data or not data["rows"]:
        return
    spec = synced()[name]
    cols = [c for c in data["columns"] if c in spec.columns]
    index = [data["columns"].index(c) for c in cols]
    extra = list(spec.local_defaults)
    names = [*cols, *extra]
    sql = (
        f"INSERT INTO {_q(name)} ({', '.join(_q(c) for c in names)}) "
        f"VALUES ({', '.join('?' for _ in names)})"
    )
    fill = tuple(spec.local_defaults[c] for c in extra)
    conn.exec_driver_sql(sql, [(*(row[i] for i in index), *fill) for row in data["rows"]])


def compact(engine: Engine, *, horizon_days: int = DEFAULT_HORIZON_DAYS) -> int:
    """Drop log entries older than the horizon; returns how many went."""
    now = sync_clock(engine.store.engine).now_ms()
    cutoff = hlc.format_hlc(now - horizon_days * 24 * 3600 * 1000, 0, "")
    with engine.store.engine.begin() as conn:
        found = conn.exec_driver_sql("SELECT DISTINCT origin_replica FROM outbox_change").all()
        own = engine.replica_id()
        for (origin,) in found:
            if origin != own:
                engine._contiguous(conn, str(origin))  # remember what we had before it goes
        gone = conn.exec_driver_sql(
            "DELETE FROM outbox_change WHERE hlc < ? AND state IN ('applied', 'conflict', "
            "'refused')",
            (cutoff,),
        ).rowcount
        conn.exec_driver_sql(
            "UPDATE replica SET compacted_before = max(coalesce(compacted_before, ''), ?)",
            (cutoff,),
        )
    return int(gone or 0)


def needs_snapshot(engine: Engine, source_compacted_before: str | None) -> bool:
    """True when the source has compacted changes newer than anything we have seen: we were
    away longer than its horizon and a plain sync would miss changes."""
    if not source_compacted_before:
        return False
    with engine.store.engine.connect() as conn:
        newest = conn.exec_driver_sql("SELECT max(hlc) FROM outbox_change").scalar()
    return (newest or "") < source_compacted_before
