"""Snapshots on the hub: a new desk loads one instead of every change since day one, and the
hub's changes older than the horizon can go.

After a sync, a desk whose hub cursor is ``every`` sequence numbers past the newest snapshot
writes one: the engine's ``snapshot.export`` (every synced row plus its change log), sealed like
a change, tagged with that cursor. Everything the hub held up to the cursor is in it: the desk had
just pushed its log and pulled up to there. One desk wins a race to write; the others skip.

A desk that has never read this hub, or whose cursor is below what the hub compacted away (away
longer than the horizon), loads the newest snapshot and goes on from its sequence number; what
it gets twice afterwards is known already and changes nothing. ``compact_hub`` (the
administrator's login) removes changes older than the horizon that a snapshot covers.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import psycopg

from wijkinfo.services.errors import UserError
from wijkinfo.sync import envelope
from wijkinfo.sync.api import SyncEngine
from wijkinfo.sync.hub.connection import HubAddress, HubUnavailable, connect, lost
from wijkinfo.sync.hub.schema import PUSH_LOCK, HubInfo, check_hub
from wijkinfo.sync.hub.sealed_rows import Refusals, unseal_in_place

#: Server sequence numbers between two snapshots on the hub.
SNAPSHOT_EVERY = 5000
DEFAULT_HORIZON_DAYS = 180
HEADER_KIND = "wijkinfo-hub-snapshot"
_SNAPSHOT_LOCK = PUSH_LOCK + 2
# Per origin, the complete run of sequence numbers the hub held (before and now): rows whose
# origin_seq minus their rank equals the run's start are exactly the ones without a gap before.
_REMEMBER_ORIGINS = """
    WITH s AS (
        SELECT c.origin_replica AS o, c.origin_seq AS q, coalesce(x.upto, 0) AS p,
               row_number() OVER (PARTITION BY c.origin_replica ORDER BY c.origin_seq) AS rn
        FROM changes c LEFT JOIN compacted_origins x ON x.origin_replica = c.origin_replica
        WHERE c.origin_seq > coalesce(x.upto, 0))
    INSERT INTO compacted_origins (origin_replica, upto)
    SELECT o, max(p) + count(*) FILTER (WHERE q - rn = p) FROM s GROUP BY o
    ON CONFLICT (origin_replica) DO UPDATE SET
        upto = greatest(compacted_origins.upto, excluded.upto)
"""


@dataclass(frozen=True)
class StoredSnapshot:
    id: int
    replica_id: str
    upto_seq: int


@dataclass(frozen=True)
class CompactResult:
    removed: int  # changes removed from the hub
    compacted_upto: int  # desks that have not read this far get the snapshot
    snapshots_removed: int
    no_snapshot: bool  # old changes wait: no snapshot covers them yet


def has_snapshots(engine: SyncEngine) -> bool:
    """Only the real engine can export and load snapshots (a test engine in memory cannot)."""
    return hasattr(engine, "store") and hasattr(engine, "position")


def newest(conn: psycopg.Connection) -> StoredSnapshot | None:
    with conn.transaction():
        row = conn.execute(
            "SELECT id, replica_id, upto_seq FROM snapshots ORDER BY upto_seq DESC, id DESC LIMIT 1"
        ).fetchone()
    return StoredSnapshot(int(row[0]), str(row[1]), int(row[2])) if row else None


def needs_snapshot(info: HubInfo, cursor: str | None, after: int) -> bool:
    """Never read this hub, or away longer than the horizon (changes it lacks are gone)."""
    return cursor is None or after < info.compacted_upto


def seal_snapshot(key: bytes, data: dict[str, Any], *, replica: str, upto: int) -> bytes:
    from wijkinfo.sync import snapshot

    header = {"kind": HEADER_KIND, "replica": replica, "upto": upto, "schema": data["schema"]}
    return envelope.seal(
        key, json.dumps(header, sort_keys=True).encode(), zlib.compress(snapshot.to_bytes(data), 1)
    )


def open_snapshot(
    key: bytes, stored: StoredSnapshot, sealed: bytes, schema_known: Callable[[str], bool]
) -> dict[str, Any]:
    """The snapshot's data, checked against the row it came in (the columns are not sealed)."""
    from wijkinfo.sync import snapshot

    _header, payload = unseal_in_place(
        key,
        sealed,
        expected={"kind": HEADER_KIND, "replica": stored.replica_id, "upto": stored.upto_seq},
        schema_known=schema_known,
        refusals=Refusals(
            wrong_key=UserError(
                "De momentopname op de server is met een ander wachtwoord versleuteld. Vraag de "
                "beheerder; er is niets van overgenomen."
            ),
            misplaced=UserError(
                "De momentopname op de server (nummer {id}) hoort niet bij zijn plek. Er is niets "
                "van overgenomen; vraag de beheerder de server na te kijken.",
                id=stored.id,
            ),
            newer=UserError(
                "Op de server staat een momentopname van een nieuwere wijkinfo. Werk wijkinfo bij "
                "en synchroniseer opnieuw; er is niets veranderd."
            ),
        ),
    )
    return snapshot.from_bytes(zlib.decompress(payload))


def join(
    conn: psycopg.Connection,
    engine: SyncEngine,
    key: bytes,
    schema_known: Callable[[str], bool],
    *,
    after: int,
    before_load: Callable[[], object] | None = None,
) -> tuple[StoredSnapshot, set[tuple[str, int]]] | None:
    """Load the newest snapshot into ``engine`` when it reaches past ``after``; returns it with
    the changes it brought (None: the hub has none that helps)."""
    from wijkinfo.sync import snapshot

    found = newest(conn)
    if found is None or found.upto_seq <= after:
        return None
    with conn.transaction():
        row = conn.execute("SELECT envelope FROM snapshots WHERE id = %s", (found.id,)).fetchone()
    if row is None:
        return None  # removed by a compaction just now: the next sync takes the newer one
    data = open_snapshot(key, found, bytes(row[0]), schema_known)
    if before_load:
        before_load()
    snapshot.load(engine, data)  # type: ignore[arg-type]
    return found, loaded_keys(data)


def write_if_due(
    conn: psycopg.Connection,
    engine: SyncEngine,
    key: bytes,
    *,
    upto: int,
    every: int = SNAPSHOT_EVERY,
) -> bool:
    """Write this desk's snapshot when the hub has moved ``every`` past the newest one."""
    if not has_snapshots(engine):
        return False
    last = newest(conn)
    if upto - (last.upto_seq if last else 0) < every:
        return False
    from wijkinfo.sync import snapshot

    data = snapshot.export(engine)  # type: ignore[arg-type]
    sealed = seal_snapshot(key, data, replica=engine.replica_id(), upto=upto)
    with conn.transaction():
        got = conn.execute("SELECT pg_try_advisory_xact_lock(%s)", (_SNAPSHOT_LOCK,)).fetchone()
        if not got or not got[0]:
            return False  # another desk writes one right now
        again = conn.execute("SELECT coalesce(max(upto_seq), 0) FROM snapshots").fetchone()
        if again is not None and upto - int(again[0]) < every:
            return False
        conn.execute(
            "INSERT INTO snapshots (replica_id, upto_seq, envelope) VALUES (%s, %s, %s)",
            (engine.replica_id(), upto, sealed),
        )
        # Our own older snapshots are of no more use: the newest one covers more.
        conn.execute(
            "DELETE FROM snapshots WHERE replica_id = %s AND upto_seq < %s AND made_by = "
            "current_user",
            (engine.replica_id(), upto),
        )
    return True


def compact_hub(address: HubAddress, *, horizon_days: int = DEFAULT_HORIZON_DAYS) -> CompactResult:
    """Remove changes pushed longer than ``horizon_days`` ago that the newest snapshot holds,
    and every older snapshot; in one transaction, under the push lock."""
    with connect(address) as conn:
        try:
            info = check_hub(conn, address)
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (PUSH_LOCK,))
            top = newest(conn)
            old = conn.execute(
                "SELECT count(*) FROM changes WHERE pushed_at < now() - make_interval(days => %s)",
                (horizon_days,),
            ).fetchone()
            if top is None:
                conn.rollback()
                return CompactResult(0, info.compacted_upto, 0, bool(old and old[0]))
            upto_row = conn.execute(
                "SELECT max(seq) FROM changes WHERE seq <= %s "
                "AND pushed_at < now() - make_interval(days => %s)",
                (top.upto_seq, horizon_days),
            ).fetchone()
            upto = max(int(upto_row[0]) if upto_row and upto_row[0] else 0, info.compacted_upto)
            if upto > info.compacted_upto:
                conn.execute(_REMEMBER_ORIGINS)
            removed = conn.execute("DELETE FROM changes WHERE seq <= %s", (upto,)).rowcount
            dropped = conn.execute("DELETE FROM snapshots WHERE id <> %s", (top.id,)).rowcount
            conn.execute(
                "UPDATE hub_meta SET value = %s WHERE key = 'compacted_upto'", (str(upto),)
            )
            left = conn.execute(
                "SELECT count(*) FROM changes WHERE pushed_at < now() - make_interval(days => %s)",
                (horizon_days,),
            ).fetchone()
            conn.commit()
        except psycopg.errors.InsufficientPrivilege:
            raise HubUnavailable(
                "De login {label} mag op deze server niets opruimen. Gebruik de login van de "
                "eigenaar van de database (zie README, PostgreSQL-hub); er is niets veranderd.",
                label=address.label,
            ) from None
        except psycopg.OperationalError as exc:
            raise lost(exc, address) from None
    return CompactResult(int(removed or 0), upto, int(dropped or 0), bool(left and left[0]))


def loaded_keys(data: dict[str, Any]) -> set[tuple[str, int]]:
    return {(str(r[0]), int(r[1])) for r in data["log"]}


def pushed_through(engine: SyncEngine, after: int, loaded: set[tuple[str, int]]) -> tuple[int, str]:
    """How far this desk's log counts as pushed after a snapshot load: past ``after`` (the mark
    of the push just before the load), every change the snapshot brought was on the hub already,
    so the mark moves over them up to the first one it did not bring. Returns (position, key)."""
    real: Any = engine  # has_snapshots(engine): the real engine, with its store
    store = real.store
    position, key = after, ""
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT id, origin_replica, origin_seq FROM outbox_change "
            "WHERE id > ? AND state != 'quarantined' ORDER BY id",
            (after,),
        )
        for log_id, origin, seq in rows:
            if (str(origin), int(seq)) not in loaded:
                break
            position, key = int(log_id), f"{origin}:{seq}"
    return position, key
