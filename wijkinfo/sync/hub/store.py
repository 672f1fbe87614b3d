"""Rows in and out of the hub: sealed envelopes only, keyed by (origin replica, origin sequence).

A push first copies its rows into a temporary table (the slow part, over the network, without any
lock), then takes the push lock, inserts what the hub does not hold yet and records how far this
desk got, and commits: the lock is held only while the server copies rows it already has. A push
repeated after a lost connection inserts nothing twice (ON CONFLICT DO NOTHING).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import psycopg

from wijkinfo.sync.hub.schema import PUSH_LOCK

# A desk waiting longer than this for another's push gets an error (and tries again next sync);
# a desk that stops talking mid-push cannot hold the hub's tables for longer than this.
LOCK_TIMEOUT = "60s"
IDLE_TIMEOUT = "60s"


@dataclass(frozen=True)
class Envelope:
    origin_replica: str
    origin_seq: int
    sealed: bytes


@dataclass(frozen=True)
class HubRow:
    seq: int
    origin_replica: str
    origin_seq: int
    sealed: bytes


@dataclass(frozen=True)
class DeskPosition:
    """How far a desk's own log was pushed, and which change sits there (to spot a restore)."""

    epoch: str
    position: int
    change: str


def push(
    conn: psycopg.Connection,
    envelopes: Sequence[Envelope],
    *,
    replica_id: str,
    mark: DeskPosition,
    serialise: bool = True,
) -> list[int]:
    """Insert ``envelopes`` and record ``mark`` in one transaction; returns the server sequence
    numbers of the rows that were new (the caller need not pull those back).

    ``serialise=False`` leaves out the push lock; only the test that shows why it is needed
    uses it.
    """
    with conn.transaction():
        conn.execute(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'")
        conn.execute(f"SET LOCAL idle_in_transaction_session_timeout = '{IDLE_TIMEOUT}'")
        conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS push_stage "
            "(origin_replica text, origin_seq bigint, envelope bytea) ON COMMIT DELETE ROWS"
        )
        with conn.cursor() as cur:
            with cur.copy(
                "COPY push_stage (origin_replica, origin_seq, envelope) FROM STDIN (FORMAT BINARY)"
            ) as copy:
                copy.set_types(["text", "int8", "bytea"])
                for e in envelopes:
                    copy.write_row((e.origin_replica, e.origin_seq, e.sealed))
            if serialise:
                cur.execute("SELECT pg_advisory_xact_lock(%s)", (PUSH_LOCK,))
            # Changes of a desk bound to another login are that desk's to push: a relay of
            # one is left out instead of failing the push (the server would refuse it).
            cur.execute(
                "INSERT INTO changes (origin_replica, origin_seq, envelope) "
                "SELECT origin_replica, origin_seq, envelope FROM push_stage "
                "WHERE hub_may_write(origin_replica) "
                "ORDER BY origin_replica, origin_seq "
                "ON CONFLICT (origin_replica, origin_seq) DO NOTHING RETURNING seq"
            )
            inserted = [int(r[0]) for r in cur.fetchall()]
            # The desk row binds its replica id to this login; another login's desk row is
            # refused by row-level security, and the whole push with it.
            cur.execute(
                "INSERT INTO desks (replica_id, epoch, pushed_position, pushed_change) "
                "VALUES (%s, %s, %s, %s) ON CONFLICT (replica_id) DO UPDATE SET "
                "epoch = excluded.epoch, pushed_position = excluded.pushed_position, "
                "pushed_change = excluded.pushed_change, last_push = now(), "
                "login = current_user",
                (replica_id, mark.epoch, mark.position, mark.change),
            )
    return inserted


def bound_elsewhere(conn: psycopg.Connection, replica_id: str) -> str | None:
    """The login this desk's replica id belongs to on the hub, when it is not ours."""
    with conn.transaction():
        row = conn.execute(
            "SELECT login FROM desks WHERE replica_id = %s AND login <> current_user",
            (replica_id,),
        ).fetchone()
    return str(row[0]) if row else None


def pull(conn: psycopg.Connection, *, after: int, limit: int) -> list[HubRow]:
    """Rows after server sequence ``after``, in sequence order (an index range scan)."""
    with conn.transaction():
        rows = conn.execute(
            "SELECT seq, origin_replica, origin_seq, envelope FROM changes "
            "WHERE seq > %s ORDER BY seq LIMIT %s",
            (after, limit),
        ).fetchall()
    return [HubRow(int(r[0]), str(r[1]), int(r[2]), bytes(r[3])) for r in rows]


def desk_position(conn: psycopg.Connection, replica_id: str) -> DeskPosition | None:
    with conn.transaction():
        row = conn.execute(
            "SELECT epoch, pushed_position, pushed_change FROM desks WHERE replica_id = %s",
            (replica_id,),
        ).fetchone()
    return DeskPosition(str(row[0]), int(row[1]), str(row[2])) if row else None


def last_seq(conn: psycopg.Connection) -> int:
    with conn.transaction():
        row = conn.execute("SELECT coalesce(max(seq), 0) FROM changes").fetchone()
    return int(row[0]) if row else 0


def missing(conn: psycopg.Connection, keys: Sequence[tuple[str, int]]) -> set[tuple[str, int]]:
    """Which of ``keys`` the hub does not hold: a desk then seals and sends only those (every
    change it pulled from the hub is in its log too, and would otherwise travel back). What the
    hub held once and compacted away counts as held."""
    if not keys:
        return set()
    with conn.transaction():
        rows = conn.execute(
            "SELECT k.o, k.s FROM unnest(%s::text[], %s::bigint[]) AS k(o, s) "
            "WHERE NOT EXISTS (SELECT 1 FROM changes c "
            "WHERE c.origin_replica = k.o AND c.origin_seq = k.s) "
            "AND NOT EXISTS (SELECT 1 FROM compacted_origins x "
            "WHERE x.origin_replica = k.o AND k.s <= x.upto)",
            ([k[0] for k in keys], [k[1] for k in keys]),
        ).fetchall()
    return {(str(r[0]), int(r[1])) for r in rows}
