"""The engine's state machine (tests/sync/test_convergence.py) with the hub as one more transport.

Desks sync directly with each other, through a real encrypted folder and, at any step, with one
real hub, in pages of any size, with crashes injected inside the apply of a hub pull; now and
then a desk writes the hub's snapshot and the hub is compacted, so that desks behind it load the
snapshot. The machine's oracle
then checks at the end that every replica holds the same rows and that nothing was lost.

Examples: WIJKINFO_HUB_SYNC_EXAMPLES (default 40; ``make test``, as CI, runs 200).
"""

from __future__ import annotations

import os

import hypothesis.strategies as st
import psycopg
import pytest
from hypothesis.stateful import invariant, rule
from sqlalchemy import text

from tests.sync.hub.pg_server import PgServer
from tests.sync.test_convergence import SyncMachine, run_checked
from wijkinfo.db.migrate import known_revisions
from wijkinfo.sync import keys, sanity
from wijkinfo.sync.engine import InjectedCrash
from wijkinfo.sync.folder import FolderTransport
from wijkinfo.sync.hub import hub_snapshot
from wijkinfo.sync.hub.connection import connect, parse_address
from wijkinfo.sync.hub.hub_snapshot import compact_hub
from wijkinfo.sync.hub.schema import check_hub, init_hub
from wijkinfo.sync.hub.transport import TRANSPORT, _seq_after, sync_hub

EXAMPLES = int(os.environ.get("WIJKINFO_HUB_SYNC_EXAMPLES", "40"))
PARTS = 16
KEY = os.urandom(32)
FAST = keys.KdfProfile(time_cost=1, memory_kib=8 * 1024, parallelism=1)


class HubMachine(SyncMachine):
    server: PgServer
    hub_db: str

    def __init__(self) -> None:
        super().__init__()
        # One database for the whole run, emptied per example: creating and dropping a database
        # makes the server write a checkpoint each time, which dominated a run.
        with psycopg.connect(self.server.dsn(self.hub_db), autocommit=True) as conn:
            conn.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        self.hub = parse_address(self.server.dsn(self.hub_db))
        init_hub(self.hub)
        self.folder = self.root / "syncmap"
        self.folder.mkdir()
        self.folder_key = keys.create_folder_key(self.folder, "lindestad", profile=FAST)

    @rule(r=st.integers(0, 4))
    def folder_sync(self, r: int) -> None:
        """The same desks also meet in a real encrypted sync folder."""
        b = self.replicas[r % len(self.replicas)]
        t = FolderTransport(self.folder, self.folder_key, b, known_schemas=known_revisions())
        t.apply(t.pull())
        t.push()

    @rule(r=st.integers(0, 4))
    def hub_snapshot_then_compact(self, r: int) -> None:
        """A desk writes the hub's snapshot and the administrator compacts everything it holds:
        desks that had not read that far start from the snapshot at their next hub sync."""
        sync_hub(self.replicas[r % len(self.replicas)], self.hub, KEY, snapshot_every=1)
        compact_hub(self.hub, horizon_days=0)

    @rule(r=st.integers(0, 4), page=st.sampled_from((1, 4, 50, 2000)))
    def hub_sync(self, r: int, page: int) -> None:
        sync_hub(self.replicas[r % len(self.replicas)], self.hub, KEY, page=page, read_ahead=page)

    @rule(r=st.integers(0, 4), point=st.sampled_from(("after_log", "mid_apply", "before_cursor")))
    def crash_during_hub_sync(self, r: int, point: str) -> None:
        b = self.replicas[r % len(self.replicas)]
        before = (sanity.figures(b.store.engine), b.position())

        def crash(at: str) -> None:
            if at == point:
                raise InjectedCrash(at)

        loads_snapshot = self._would_load_snapshot(b)
        b.fault = crash
        try:
            sync_hub(b, self.hub, KEY)  # nothing new to apply: the crash point is not reached
        except InjectedCrash:
            # Pushes may have gone to the hub; the desk itself is as it was — unless it loaded
            # the hub's snapshot first, a step committed on its own (the next sync loads it
            # again: its cursor was not moved).
            if not loads_snapshot:
                assert (sanity.figures(b.store.engine), b.position()) == before
        finally:
            b.fault = None

    def _would_load_snapshot(self, b) -> bool:
        with connect(self.hub, autocommit=True) as conn:
            info = check_hub(conn, self.hub)
            found = hub_snapshot.newest(conn)
        cursor = b.cursor(source=info.hub_id, transport=TRANSPORT)
        after = _seq_after(info.epoch, cursor)
        return (
            found is not None
            and found.upto_seq > after
            and hub_snapshot.needs_snapshot(info, cursor, after)
        )

    @invariant()
    def cursors_never_run_ahead_of_the_data(self) -> None:
        """The engine's invariant for cursors that name a replica; a hub cursor names the hub
        (its own tests check that a hub pull never skips)."""
        logs = {}
        for e in self.replicas:
            with e.store.engine.connect() as conn:
                logs[e.replica_id()] = conn.execute(
                    text("SELECT id, origin_replica, origin_seq, state FROM outbox_change")
                ).all()
        for b in self.replicas:
            with b.store.engine.connect() as conn:
                cursors = conn.execute(
                    text("SELECT source_replica, position FROM sync_cursor WHERE transport != :t"),
                    {"t": TRANSPORT},
                ).all()
            have = {(o, q) for _i, o, q, _s in logs[b.replica_id()]}
            for source, position in cursors:
                claimed = {
                    (o, q)
                    for i, o, q, state in logs[source]
                    if i <= int(position) and state != "quarantined"
                }
                missing = claimed - have
                assert not missing, f"cursor claims {len(missing)} changes that are not here"


@pytest.mark.parametrize("part", range(PARTS))
@pytest.mark.timeout(900)  # a part on a loaded shared machine; the suite's 300 s is for hangs
def test_desks_mixing_direct_folder_and_hub_sync_converge_and_lose_nothing(
    people_template, pg_server, hub_db, part
):
    """One of PARTS runs, each with its own random examples: together EXAMPLES, spread over the
    test processes, and each within the per-test time limit."""
    run_checked(
        HubMachine,
        {"template": people_template, "server": pg_server, "hub_db": hub_db},
        examples=max(1, EXAMPLES // PARTS),
        steps=30,
    )
