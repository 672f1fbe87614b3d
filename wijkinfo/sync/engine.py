"""The sync engine on one Store: the log transports read, and the apply they call.

``apply`` runs in one SQLite transaction: the received changes are kept in the log under their
origin (so that they are relayed, never echoed as new changes), merged in clock order across
sources, and the cursor of (source, transport) is written last in the same transaction. A crash
anywhere leaves either all of it or none; applying the same changes again changes nothing.

Waiting: a change whose origin has a gap before it (an earlier sequence number not yet seen), or
whose parent row, row or author has not arrived, stays in the log as *held* and is tried again on
every later apply. A change whose clock is more than ``max_skew_ms`` ahead of this machine's
clock is *quarantined*: kept aside, neither applied nor relayed nor absorbed into our clock,
until our clock has caught up or a coordinator releases it.
Rights: a change to a coordinator-owned table is *refused* (and written to the conflict log as
"refused") unless its author is a coordinator here; a user row created by itself (the first
coordinator of a desk) is accepted.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from wijkinfo.db import fts
from wijkinfo.db.engine import applying, sync_clock
from wijkinfo.db.migrate import head_revision
from wijkinfo.services.datafolder.store import Store
from wijkinfo.sync import clock as hlc
from wijkinfo.sync import merge, rows
from wijkinfo.sync.api import INSERT, ApplyResult, Batch, Change
from wijkinfo.sync.tables import synced

HELD = "held"
REFUSED = "refused"
QUARANTINED = "quarantined"
APPLIED = "applied"
CONFLICT = "conflict"

#: Named points where a test may inject a crash.
FAULT_POINTS = ("after_log", "mid_apply", "before_cursor")


class InjectedCrash(RuntimeError):
    """Raised by a fault hook in tests: the transaction is rolled back like a killed process."""


@dataclass
class Engine:
    store: Store
    max_skew_ms: int = hlc.DEFAULT_MAX_SKEW_MS
    #: Test hook, called with each name of FAULT_POINTS; raise to simulate a crash there.
    fault: Callable[[str], None] | None = None
    #: Re-introduces the classic bug (cursor committed before the data): for the tests only.
    cursor_first: bool = False
    _replica: str | None = field(default=None, repr=False)
    _top: str = field(default="", repr=False)  # newest remote clock applied in this call

    def replica_id(self) -> str:
        if self._replica is None:
            self._replica = self.store.replica_id()
        return self._replica

    # -- what transports read ------------------------------------------------------------

    def outgoing(self, after_position: int, limit: int) -> Batch:
        with self.store.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT id, origin_replica, origin_seq, hlc, author, table_name, row_id, op, "
                "payload_json FROM outbox_change WHERE id > ? AND state != 'quarantined' "
                "ORDER BY id LIMIT ?",
                (after_position, limit),
            ).all()
        changes = [Change(r[1], r[2], r[3], r[4], r[5], r[6], r[7], json.loads(r[8])) for r in rows]
        last = rows[-1][0] if rows else after_position
        first = rows[0][0] if rows else after_position
        return Batch(changes, first, last, head_revision())

    def cursor(self, *, source: str, transport: str) -> str | None:
        with self.store.engine.connect() as conn:
            return conn.exec_driver_sql(
                "SELECT position FROM sync_cursor WHERE source_replica = ? AND transport = ?",
                (source, transport),
            ).scalar()

    def position(self) -> int:
        """The newest position in the local log."""
        with self.store.engine.connect() as conn:
            return int(conn.exec_driver_sql("SELECT max(id) FROM outbox_change").scalar() or 0)

    def waiting(self) -> dict[str, int]:
        with self.store.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT state, count(*) FROM outbox_change "
                "WHERE state IN ('held', 'quarantined') GROUP BY state",
            ).all()
        return {str(s): int(str(n)) for s, n in rows}

    def status(self) -> dict[str, object]:
        """What ``wijkinfo sync --status`` shows: who we are, the log, what waits, the last
        sync per source, and per synced table the row count and digest."""
        from wijkinfo.sync import sanity

        with self.store.engine.connect() as conn:
            sources = conn.exec_driver_sql(
                "SELECT source_replica, transport, position, updated_at FROM sync_cursor "
                "ORDER BY source_replica, transport"
            ).all()
        return {
            "replica": self.replica_id(),
            "position": self.position(),
            "waiting": self.waiting(),
            "sources": [
                {"source": s, "transport": t, "position": p, "at": str(at)}
                for s, t, p, at in sources
            ],
            "tables": sanity.as_json(sanity.figures(self.store.engine)),
        }

    # -- apply -----------------------------------------------------------------------------

    def apply(
        self, changes: Sequence[Change], *, source: str, transport: str, position: str
    ) -> ApplyResult:
        if self.cursor_first:
            with self.store.engine.begin() as conn:
                self._write_cursor(conn, source, transport, position, changes)
        with applying(), self.store.engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            counts = self._apply(conn, changes)
            self._hit("before_cursor")
            self._write_cursor(conn, source, transport, position, changes)
        return counts

    def _hit(self, point: str) -> None:
        if self.fault is not None:
            self.fault(point)

    def _apply(self, conn: Connection, changes: Sequence[Change]) -> ApplyResult:
        own = self.replica_id()
        now = sync_clock(self.store.engine).now_ms()
        known = quarantined = stale = 0
        mine: set[int] = set()
        horizon = conn.exec_driver_sql("SELECT compacted_before FROM replica").scalar()
        for change in sorted(changes, key=lambda c: c.hlc):
            if change.table not in synced():
                stale += 1  # a table this version does not know: wait for an upgrade
                continue
            if self._known(conn, change, own):
                known += 1
                continue
            if horizon and change.hlc < horizon:
                stale += 1
                continue
            far = hlc.too_far_ahead(hlc.parse(change.hlc).ms, now, self.max_skew_ms)
            state = QUARANTINED if far else HELD
            quarantined += far
            mine.add(self._log(conn, change, state))
            if change.origin_replica == own:
                conn.exec_driver_sql(
                    "UPDATE replica SET next_seq = max(next_seq, ?)", (change.origin_seq + 1,)
                )
        self._hit("after_log")
        self._release_quarantine(conn, now)
        done = self._run_held(conn, own)
        self._absorb_clocks(conn, now, self._top)
        applied = sum(1 for i in mine if done.get(i) in (APPLIED, CONFLICT))
        conflicts = sum(1 for i in mine if done.get(i) == CONFLICT)
        refused = sum(1 for i in mine if done.get(i) == REFUSED)
        held = len(mine) - applied - refused - quarantined
        return ApplyResult(applied, known, held, conflicts, refused, quarantined, stale)

    def _known(self, conn: Connection, change: Change, own: str) -> bool:
        row = conn.exec_driver_sql(
            "SELECT 1 FROM outbox_change WHERE origin_replica = ? AND origin_seq = ?",
            (change.origin_replica, change.origin_seq),
        ).first()
        if row is not None:
            return True
        if change.origin_replica == own:
            return False  # ours, but not in our log: this file was restored from a backup
        upto = conn.exec_driver_sql(
            "SELECT contiguous_seq FROM sync_origin WHERE origin_replica = ?",
            (change.origin_replica,),
        ).scalar()
        return upto is not None and change.origin_seq <= upto  # seen, since compacted

    def _log(self, conn: Connection, change: Change, state: str) -> int:
        cur = conn.exec_driver_sql(
            "INSERT INTO outbox_change (origin_replica, origin_seq, hlc, author, table_name, "
            "row_id, op, payload_json, applied_at, state) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, strftime('%Y-%m-%d %H:%M:%f', 'now'), ?)",
            (
                change.origin_replica,
                change.origin_seq,
                change.hlc,
                change.author,
                change.table,
                change.row_id,
                change.op,
                json.dumps(dict(change.values), ensure_ascii=False, default=str),
                state,
            ),
        )
        return int(cur.lastrowid or 0)

    def _release_quarantine(self, conn: Connection, now: int, *, force: bool = False) -> None:
        limit = hlc.format_hlc(now + self.max_skew_ms, hlc.COUNTER_MAX, "~")
        if force:
            limit = "~"
        ids: Sequence[int] = (
            conn.exec_driver_sql(
                "SELECT id FROM outbox_change WHERE state = ? AND hlc <= ? ORDER BY id",
                (QUARANTINED, limit),
            )
            .scalars()
            .all()
        )
        for log_id in ids:
            # A new log position: readers whose cursor is already past the old one (it was not
            # relayed while quarantined) must still get it.
            conn.exec_driver_sql(
                "UPDATE outbox_change SET state = ?, "
                "id = (SELECT max(id) + 1 FROM outbox_change) WHERE id = ?",
                (HELD, log_id),
            )

    def release_quarantined(self) -> int:
        """A coordinator accepts the quarantined changes (the other desk's clock was right)."""
        with applying(), self.store.engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            before = self._count(conn, QUARANTINED)
            self._release_quarantine(conn, 0, force=True)
            self._run_held(conn, self.replica_id())
            now = sync_clock(self.store.engine).now_ms()
            self._absorb_clocks(conn, now, self._top, force=True)
        return before

    @staticmethod
    def _count(conn: Connection, state: str) -> int:
        # The state as a literal, so that SQLite uses the partial index of waiting changes.
        sql = f"SELECT count(*) FROM outbox_change WHERE state = '{state}'"
        return int(conn.exec_driver_sql(sql).scalar() or 0)

    def _contiguous(self, conn: Connection, origin: str) -> int:
        """Advance and return how far ``origin``'s sequence is complete in the log."""
        upto = conn.exec_driver_sql(
            "SELECT contiguous_seq FROM sync_origin WHERE origin_replica = ?", (origin,)
        ).scalar()
        start = int(upto or 0)
        seqs: Sequence[int] = (
            conn.exec_driver_sql(
                "SELECT origin_seq FROM outbox_change WHERE origin_replica = ? AND origin_seq > ? "
                "AND state != 'quarantined' ORDER BY origin_seq",
                (origin, start),
            )
            .scalars()
            .all()
        )
        n = start
        for seq in seqs:
            if seq != n + 1:
                break
            n = seq
        if n != start or upto is None:
            conn.exec_driver_sql(
                "INSERT INTO sync_origin (origin_replica, contiguous_seq) VALUES (?, ?) "
                "ON CONFLICT (origin_replica) DO UPDATE SET contiguous_seq = excluded.contiguous_seq",
                (origin, n),
            )
        return n

    def _run_held(self, conn: Connection, own: str) -> dict[int, str]:
        """Merge held changes in clock order until none moves; returns each one's outcome."""
        outcome: dict[int, str] = {}
        self._top = ""
        touched: set[str] = set()
        progress = True
        first = True
        while progress:
            progress = False
            rows = conn.exec_driver_sql(
                "SELECT id, origin_replica, origin_seq, hlc, author, table_name, row_id, op, "
                "payload_json FROM outbox_change WHERE state = 'held' ORDER BY hlc",
            ).all()
            upto = {o: self._contiguous(conn, o) for o in {r[1] for r in rows} if o != own}
            for n, r in enumerate(rows):
                if first and n == len(rows) // 2:
                    self._hit("mid_apply")
                if r[1] != own and r[2] > upto[r[1]]:
                    outcome[r[0]] = HELD  # an earlier change of this origin is missing
                    continue
                change = Change(r[1], r[2], r[3], r[4], r[5], r[6], r[7], json.loads(r[8]))
                verdict = self._rights(conn, change)
                # before applying too: a deleted organisation takes its services with it
                touched.update(self._services_touched(conn, change))
                if verdict == merge.APPLIED:
                    verdict = merge.merge(conn, change, log_id=r[0], own=own)
                if verdict == merge.WAIT:
                    outcome[r[0]] = HELD
                    continue
                state = {merge.APPLIED: APPLIED, merge.CONFLICT: CONFLICT}.get(verdict, verdict)
                conn.exec_driver_sql(
                    "UPDATE outbox_change SET state = ? WHERE id = ?", (state, r[0])
                )
                outcome[r[0]] = state
                if state in (APPLIED, CONFLICT) and r[1] != own:
                    self._top = max(self._top, r[3])
                touched.update(self._services_touched(conn, change))
                progress = True
            first = False
        if touched:
            fts.reindex_services(Session(bind=conn), touched)
        return outcome

    def _rights(self, conn: Connection, change: Change) -> str:
        spec = synced()[change.table]
        if not spec.coordinator_owned:
            return merge.APPLIED
        if change.author is None:
            return self._refuse(conn, change)
        if change.table == "user" and change.op == INSERT and change.author == change.row_id:
            return merge.APPLIED  # a desk's first coordinator, made at its first start
        role = conn.exec_driver_sql(
            'SELECT role FROM "user" WHERE id = ?', (change.author,)
        ).scalar()
        if role is None:
            return merge.WAIT  # the author's own row has not arrived yet
        if role != "coordinator":
            return self._refuse(conn, change)
        return merge.APPLIED

    def _refuse(self, conn: Connection, change: Change) -> str:
        rows.conflict(
            conn,
            synced()[change.table],
            change.row_id,
            kind="refused",
            replica=change.origin_replica,
            hlc=change.hlc,
            values=dict(change.values),
            author=change.author,
        )
        return REFUSED

    @staticmethod
    def _services_touched(conn: Connection, change: Change) -> set[str]:
        if change.table == "service":
            return {change.row_id}
        if change.table == "organization":
            sql = "SELECT id FROM service WHERE organization_id = ?"
            return set(conn.exec_driver_sql(sql, (change.row_id,)).scalars())
        if change.table == "attribute":
            row = conn.exec_driver_sql(
                "SELECT link_id FROM attribute WHERE id = ? AND link_entity = 'service'",
                (change.row_id,),
            ).scalar()
            linked = change.values.get("link_id")
            return {str(x) for x in (row, linked) if x}
        if change.table == "service_at_location":  # the city of its address is an area token
            sql = "SELECT service_id FROM service_at_location WHERE id = ?"
            found: set[object] = set(conn.exec_driver_sql(sql, (change.row_id,)).scalars())
            linked = change.values.get("service_id")
            return {str(x) for x in (*found, linked) if x}
        if change.table == "address":
            sql = (
                "SELECT sal.service_id FROM address a JOIN service_at_location sal "
                "ON sal.location_id = a.location_id WHERE a.id = ?"
            )
            return set(conn.exec_driver_sql(sql, (change.row_id,)).scalars())
        return set()

    def _absorb_clocks(self, conn: Connection, now: int, top: str, *, force: bool = False) -> None:
        """Move our clock past the newest remote clock applied (never a quarantined one)."""
        if not top:
            return
        remote = hlc.parse(str(top))
        if not force and hlc.too_far_ahead(remote.ms, now, self.max_skew_ms):
            return
        state = conn.exec_driver_sql("SELECT hlc_ms, hlc_counter FROM replica").one()
        ms, counter = int(state[0]), int(state[1])
        if (remote.ms, remote.counter) <= (ms, counter):
            return
        new_ms, new_counter = hlc.receive(ms, counter, remote.ms, remote.counter, now)
        conn.exec_driver_sql(
            "UPDATE replica SET hlc_ms = ?, hlc_counter = ?", (new_ms, new_counter)
        )

    def _write_cursor(
        self,
        conn: Connection,
        source: str,
        transport: str,
        position: str,
        changes: Sequence[Change],
    ) -> None:
        last = max((c.origin_seq for c in changes if c.origin_replica == source), default=0)
        conn.exec_driver_sql(
            "INSERT INTO sync_cursor (source_replica, transport, last_seq, position, updated_at) "
            "VALUES (?, ?, ?, ?, strftime('%Y-%m-%d %H:%M:%f', 'now')) "
            "ON CONFLICT (source_replica, transport) DO UPDATE SET "
            "last_seq = max(last_seq, excluded.last_seq), position = excluded.position, "
            "updated_at = excluded.updated_at",
            (source, transport, last, position),
        )
