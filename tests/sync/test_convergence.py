"""Nothing lost, whatever the order: a Hypothesis state machine over 3–5 replicas.

Coordinator desks edit the directory, every desk logs signals and tallies, rows are deleted,
and batches travel between replicas in pieces, twice, replayed from the start, with clocks
jumping (also beyond the quarantine limit) and crashes injected inside apply. An oracle keeps
every committed write with its clock; at the end, after full rounds, every replica holds the
same rows, and each tracked field holds the newest write (or its row was deleted), and every
write that lost to another desk's is in a conflict log.

Invariant after each sync, the one the classic bug breaks: a cursor never claims a change that
the replica does not have. ``test_the_machine_finds_the_cursor_before_data_bug`` turns that bug
on and proves the machine catches it.

Examples: 500 of up to 15 steps by default, spread over PARTS tests; set
``WIJKINFO_SYNC_EXAMPLES`` for a deeper run.
"""

from __future__ import annotations

import atexit
import copy
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import text

from tests.sync.conftest import COORDINATORS, VOLUNTEER, open_replica
from wijkinfo.db.engine import sync_clock
from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.sync import sanity
from wijkinfo.sync.engine import Engine, InjectedCrash

EXAMPLES = int(os.environ.get("WIJKINFO_SYNC_EXAMPLES", "500"))
STEPS = int(os.environ.get("WIJKINFO_SYNC_STEPS", "15"))
#: Shrinking a failure takes minutes on a shared CI machine (and would hit the test timeout);
#: the failing steps are printed unshrunk. WIJKINFO_SYNC_SHRINK=1 shrinks them.
PHASES = tuple(
    p for p in Phase if os.environ.get("WIJKINFO_SYNC_SHRINK", "0") == "1" or p != Phase.shrink
)
DAY = 24 * 3600 * 1000
WORDS = ("schuld", "taal", "zorg", "wonen", "eten")


def _shm() -> str | None:
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None


#: (template, replicas) -> the replicas' starting files and the oracle that goes with them.
_PREBUILT: dict[tuple[Path, int], tuple[Path, list[Write], int, str, object]] = {}
atexit.register(lambda: [shutil.rmtree(v[0], ignore_errors=True) for v in _PREBUILT.values()])


@dataclass
class Write:
    table: str
    row_id: str
    op: str  # insert, upsert, delete
    values: dict
    hlc: str
    origin: int


class SyncMachine(RuleBasedStateMachine):
    template: Path
    cursor_first = False

    def __init__(self) -> None:
        super().__init__()
        # Real SQLite files; in memory-backed /dev/shm when there is one, where fsync is free
        # (the machine runs hundreds of examples, each a few hundred commits).
        self.root = Path(tempfile.mkdtemp(prefix="wijkinfo-sync-", dir=_shm()))
        self.replicas: list[Engine] = []
        self.writes: list[Write] = []
        self.counter = 0
        self.last: tuple[int, int, object] | None = None
        self.moved = False

    # -- set-up and helpers ----------------------------------------------------------------

    @initialize(n=st.integers(3, 5))
    def make_replicas(self, n: int) -> None:
        built = _PREBUILT.get((self.template, n))
        if built is None:
            self._build(n)
            _PREBUILT[(self.template, n)] = self._keep()
            return
        folder, writes, counter, theme, last = built
        for i in range(n):
            paths = DataPaths(self.root / f"r{i}")
            paths.root.mkdir(parents=True)
            shutil.copyfile(folder / f"r{i}.sqlite", paths.db)
            store = open_store(paths, backups=False)
            self.replicas.append(Engine(store, cursor_first=self.cursor_first))
        self.writes, self.counter, self.theme = copy.deepcopy(writes), counter, theme
        self.last = last

    def _build(self, n: int) -> None:
        for i in range(n):
            store = open_replica(self.template, self.root / f"r{i}")
            self.replicas.append(Engine(store, cursor_first=self.cursor_first))
        self.theme = self.rows(0, "SELECT id FROM signal_theme WHERE code = 'geldzorgen'")[0][0]
        # A small directory every desk already has, so that the first steps can disagree on it.
        for word in WORDS[:2]:
            self.create_org(0, word)
        for i, word in enumerate(WORDS[:3]):
            self.create_service(0, i, word)
        self.log_signal(2, "schuld")
        for dst in range(1, n):
            self._sync(0, dst, 10_000)
            self._sync(2, dst % n if dst != 2 else 0, 10_000)

    def _keep(self) -> tuple[Path, list[Write], int, str, object]:
        """The replicas as they start, copied once, so that each example starts from files
        (the first examples of each size build them)."""
        folder = Path(tempfile.mkdtemp(prefix="start-", dir=_shm()))
        for i, engine in enumerate(self.replicas):
            with engine.store.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            shutil.copyfile(engine.store.paths.db, folder / f"r{i}.sqlite")
        return folder, copy.deepcopy(self.writes), self.counter, self.theme, self.last

    def teardown(self) -> None:
        for engine in self.replicas:
            engine.store.close()
        shutil.rmtree(self.root, ignore_errors=True)

    def new_id(self, kind: str) -> str:
        self.counter += 1
        return f"{kind}-{self.counter:05d}-0000-4000-8000-000000000000"[:36]

    def author(self, r: int) -> str:
        return COORDINATORS[r] if r < 2 else VOLUNTEER

    def rows(self, r: int, sql: str) -> list:
        with self.replicas[r].store.engine.connect() as conn:
            return list(conn.execute(text(sql)).all())

    def write(self, r: int, table: str, row_id: str, op: str, sql: str, params: dict) -> None:
        """Commit one write on replica ``r`` and note it, with its clock, in the oracle."""
        engine = self.replicas[r]
        before = engine.position()
        with engine.store.unit_of_work(author=self.author(r)) as session:
            session.execute(text(sql), params)
        with engine.store.engine.connect() as conn:
            logged = conn.execute(
                text(
                    "SELECT hlc, op, table_name, row_id FROM outbox_change WHERE id > :p "
                    "ORDER BY id"
                ),
                {"p": before},
            ).all()
        mine = [x for x in logged if (x[2], x[3]) == (table, row_id)]
        assert mine and mine[0][1] == op, f"write not captured: {table} {row_id} {op}"
        values = {k: v for k, v in params.items() if k != "id"}
        self.writes.append(Write(table, row_id, op, values, mine[0][0], r))

    def pick(self, r: int, sql: str, index: int) -> str | None:
        found = [row[0] for row in self.rows(r, sql)]
        return found[index % len(found)] if found else None

    # -- the directory, on coordinator desks -----------------------------------------------

    @rule(r=st.integers(0, 1), word=st.sampled_from(WORDS))
    def create_org(self, r: int, word: str) -> None:
        oid = self.new_id("org")
        self.write(
            r,
            "organization",
            oid,
            "insert",
            "INSERT INTO organization (id, name, description, last_modified) "
            "VALUES (:id, :name, '', '2026-01-01 00:00:00')",
            {"id": oid, "name": f"Stichting {word}"},
        )

    @rule(r=st.integers(0, 1), i=st.integers(0, 50), word=st.sampled_from(WORDS))
    def create_service(self, r: int, i: int, word: str) -> None:
        org = self.pick(r, "SELECT id FROM organization ORDER BY id", i)
        if org is None:
            return
        sid = self.new_id("svc")
        self.write(
            r,
            "service",
            sid,
            "insert",
            "INSERT INTO service (id, organization_id, name, description, status, do_not_refer, "
            "last_modified) VALUES (:id, :organization_id, :name, '', 'active', 0, "
            "'2026-01-01 00:00:00')",
            {"id": sid, "organization_id": org, "name": f"Hulp bij {word}"},
        )

    @rule(
        r=st.integers(0, 1),
        i=st.integers(0, 50),
        column=st.sampled_from(("name", "description")),
        word=st.sampled_from(WORDS),
    )
    def edit_service(self, r: int, i: int, column: str, word: str) -> None:
        sid = self.pick(r, "SELECT id FROM service ORDER BY id", i)
        if sid is None:
            return
        self.write(
            r,
            "service",
            sid,
            "upsert",
            f"UPDATE service SET {column} = :{column} WHERE id = :id",
            {"id": sid, column: f"{word} {self.counter}"},
        )
        self.counter += 1

    def on_both(self, i: int) -> str | None:
        """A service both coordinator desks have."""
        sql = "SELECT id FROM service ORDER BY id"
        both = sorted({r[0] for r in self.rows(0, sql)} & {r[0] for r in self.rows(1, sql)})
        return both[i % len(both)] if both else None

    @rule(i=st.integers(0, 50), column=st.sampled_from(("name", "description")))
    def two_coordinators_edit_one_field(self, i: int, column: str) -> None:
        sid = self.on_both(i)
        if sid is None:
            return
        for r in (1, 0):
            self.counter += 1
            self.write(
                r,
                "service",
                sid,
                "upsert",
                f"UPDATE service SET {column} = :{column} WHERE id = :id",
                {"id": sid, column: f"bureau {r} {self.counter}"},
            )

    @rule(i=st.integers(0, 50), deleter=st.integers(0, 1))
    def delete_against_edit(self, i: int, deleter: int) -> None:
        sid = self.on_both(i)
        if sid is None:
            return
        self.counter += 1
        self.write(
            1 - deleter,
            "service",
            sid,
            "upsert",
            "UPDATE service SET name = :name WHERE id = :id",
            {"id": sid, "name": f"nog open {self.counter}"},
        )
        self.write(
            deleter, "service", sid, "delete", "DELETE FROM service WHERE id = :id", {"id": sid}
        )

    @rule(r=st.integers(0, 1), i=st.integers(0, 50), j=st.integers(0, 50))
    def move_service(self, r: int, i: int, j: int) -> None:
        sid = self.pick(r, "SELECT id FROM service ORDER BY id", i)
        org = self.pick(r, "SELECT id FROM organization ORDER BY id", j)
        current = self.rows(r, f"SELECT organization_id FROM service WHERE id = '{sid}'")
        if sid is None or org is None or current[0][0] == org:
            return
        self.write(
            r,
            "service",
            sid,
            "upsert",
            "UPDATE service SET organization_id = :organization_id WHERE id = :id",
            {"id": sid, "organization_id": org},
        )

    @rule(r=st.integers(0, 1), i=st.integers(0, 50))
    def add_phone(self, r: int, i: int) -> None:
        sid = self.pick(r, "SELECT id FROM service ORDER BY id", i)
        if sid is None:
            return
        pid = self.new_id("tel")
        self.write(
            r,
            "phone",
            pid,
            "insert",
            "INSERT INTO phone (id, service_id, number, position) "
            "VALUES (:id, :service_id, :number, 0)",
            {"id": pid, "service_id": sid, "number": f"030-{self.counter:07d}"},
        )

    @rule(r=st.integers(0, 1), i=st.integers(0, 50))
    def delete_service(self, r: int, i: int) -> None:
        sid = self.pick(r, "SELECT id FROM service ORDER BY id", i)
        if sid is not None:
            self.write(
                r, "service", sid, "delete", "DELETE FROM service WHERE id = :id", {"id": sid}
            )

    @rule(r=st.integers(0, 1), i=st.integers(0, 50))
    def delete_org(self, r: int, i: int) -> None:
        oid = self.pick(
            r,
            "SELECT id FROM organization o WHERE NOT EXISTS "
            "(SELECT 1 FROM service s WHERE s.organization_id = o.id) ORDER BY id",
            i,
        )
        if oid is not None:
            self.write(
                r,
                "organization",
                oid,
                "delete",
                "DELETE FROM organization WHERE id = :id",
                {"id": oid},
            )

    # -- what every desk makes ---------------------------------------------------------------

    @rule(r=st.integers(0, 4), word=st.sampled_from(WORDS))
    def log_signal(self, r: int, word: str) -> None:
        r %= len(self.replicas)
        gid = self.new_id("sig")
        self.write(
            r,
            "signal",
            gid,
            "insert",
            "INSERT INTO signal (id, signal_date, created_at, created_by, theme_id, description, "
            "urgency, status, version) VALUES (:id, '2026-12-01', '2026-12-01 10:00:00', "
            ":created_by, :theme_id, :description, 'normaal', 'nieuw', 1)",
            {
                "id": gid,
                "created_by": self.author(r),
                "theme_id": self.theme,
                "description": f"Bewoner met {word}",
            },
        )

    @rule(
        r=st.integers(0, 4),
        i=st.integers(0, 50),
        status=st.sampled_from(("in_behandeling", "afgehandeld")),
    )
    def review_signal(self, r: int, i: int, status: str) -> None:
        r %= len(self.replicas)
        gid = self.pick(r, f"SELECT id FROM signal WHERE status != '{status}' ORDER BY id", i)
        if gid is not None:
            self.write(
                r,
                "signal",
                gid,
                "upsert",
                "UPDATE signal SET status = :status WHERE id = :id",
                {"id": gid, "status": status},
            )

    @rule(r=st.integers(0, 1), i=st.integers(0, 50))
    def delete_signal(self, r: int, i: int) -> None:
        gid = self.pick(r, "SELECT id FROM signal ORDER BY id", i)
        if gid is not None:
            self.write(r, "signal", gid, "delete", "DELETE FROM signal WHERE id = :id", {"id": gid})

    @rule(r=st.integers(0, 4), theme=st.sampled_from(WORDS))
    def tally(self, r: int, theme: str) -> None:
        r %= len(self.replicas)
        tid = self.new_id("tal")
        self.write(
            r,
            "contact_tally",
            tid,
            "insert",
            "INSERT INTO contact_tally (id, day, at, channel, undone) "
            "VALUES (:id, '2026-12-01', '2026-12-01 10:00:00', :channel, 0)",
            {"id": tid, "channel": "balie"},
        )
        key = f'["{tid}","{theme}"]'
        self.write(
            r,
            "contact_tally_theme",
            key,
            "insert",
            "INSERT INTO contact_tally_theme (tally_id, theme_code) VALUES (:tally_id, :theme)",
            {"tally_id": tid, "theme": theme},
        )

    @rule(r=st.integers(0, 4), i=st.integers(0, 50), theme=st.sampled_from(WORDS))
    def toggle_tally_theme(self, r: int, i: int, theme: str) -> None:
        r %= len(self.replicas)
        tid = self.pick(r, "SELECT id FROM contact_tally ORDER BY id", i)
        if tid is None:
            return
        key = f'["{tid}","{theme}"]'
        there = self.rows(
            r,
            f"SELECT 1 FROM contact_tally_theme WHERE tally_id = '{tid}' "
            f"AND theme_code = '{theme}'",
        )
        if there:
            self.write(
                r,
                "contact_tally_theme",
                key,
                "delete",
                "DELETE FROM contact_tally_theme WHERE tally_id = :tally_id "
                "AND theme_code = :theme",
                {"tally_id": tid, "theme": theme},
            )
        else:
            self.write(
                r,
                "contact_tally_theme",
                key,
                "insert",
                "INSERT INTO contact_tally_theme (tally_id, theme_code) VALUES (:tally_id, :theme)",
                {"tally_id": tid, "theme": theme},
            )

    # -- moving changes --------------------------------------------------------------------

    def _sync(self, src: int, dst: int, limit: int, after: int | None = None) -> None:
        a, b = self.replicas[src], self.replicas[dst]
        source = a.replica_id()
        start = int(b.cursor(source=source, transport="t") or 0) if after is None else after
        batch = a.outgoing(start, limit)
        b.apply(batch.changes, source=source, transport="t", position=str(batch.last_position))
        self.last = (src, dst, batch)
        self.moved = True

    @rule(src=st.integers(0, 4), dst=st.integers(0, 4), limit=st.sampled_from((1, 3, 10, 500)))
    def sync(self, src: int, dst: int, limit: int) -> None:
        src, dst = src % len(self.replicas), dst % len(self.replicas)
        if src != dst:
            self._sync(src, dst, limit)

    @rule()
    def coordinators_meet(self) -> None:
        """The two coordinator desks sync both ways (so that they can then disagree)."""
        self._sync(0, 1, 10_000)
        self._sync(1, 0, 10_000)

    @precondition(lambda self: self.last is not None)
    @rule()
    def duplicate_last_batch(self) -> None:
        assert self.last is not None
        src, dst, batch = self.last
        b = self.replicas[dst]
        source = self.replicas[src].replica_id()
        result = b.apply(
            batch.changes, source=source, transport="t", position=str(batch.last_position)
        )
        assert result.applied == 0

    @rule(src=st.integers(0, 4), dst=st.integers(0, 4))
    def replay_from_start(self, src: int, dst: int) -> None:
        src, dst = src % len(self.replicas), dst % len(self.replicas)
        if src != dst:
            self._sync(src, dst, 10_000, after=0)

    @rule(r=st.integers(0, 4), jump=st.sampled_from((-2 * DAY, -3_600_000, 3_600_000, 3 * DAY)))
    def clock_jump(self, r: int, jump: int) -> None:
        clock = sync_clock(self.replicas[r % len(self.replicas)].store.engine)
        clock.offset_ms = jump

    @rule(
        src=st.integers(0, 4),
        dst=st.integers(0, 4),
        point=st.sampled_from(("after_log", "mid_apply", "before_cursor")),
    )
    def crash_during_sync(self, src: int, dst: int, point: str) -> None:
        src, dst = src % len(self.replicas), dst % len(self.replicas)
        if src == dst:
            return
        b = self.replicas[dst]
        before = (sanity.figures(b.store.engine), b.position())

        def crash(at: str) -> None:
            if at == point:
                raise InjectedCrash(at)

        b.fault = crash
        try:
            self._sync(src, dst, 10_000)
        except InjectedCrash:
            assert (sanity.figures(b.store.engine), b.position()) == before
        finally:
            b.fault = None

    # -- what must always hold ---------------------------------------------------------------

    @invariant()
    def cursors_never_run_ahead_of_the_data(self) -> None:
        if not self.moved:  # only a sync moves a cursor
            return
        self.moved = False
        logs = {}
        for e in self.replicas:
            with e.store.engine.connect() as conn:
                logs[e.replica_id()] = conn.execute(
                    text("SELECT id, origin_replica, origin_seq, state FROM outbox_change")
                ).all()
        for b in self.replicas:
            with b.store.engine.connect() as conn:
                cursors = conn.execute(
                    text("SELECT source_replica, position FROM sync_cursor")
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

    # -- the end ---------------------------------------------------------------------------

    def converge(self) -> None:
        """Everyone to the first replica, then the first to everyone: every replica relays all
        it has, so a star reaches the same state as every pair (and costs far fewer syncs)."""
        for engine in self.replicas:
            engine.fault = None
        others = range(1, len(self.replicas))
        # Released twice: a change from a desk with its clock days ahead reaches the others only
        # through the first replica once it is released there, and is held again on arrival.
        for release in (False, True, True):
            if release:  # a coordinator accepts what a desk with a clock days ahead wrote
                for engine in self.replicas:
                    engine.release_quarantined()
            for src in others:
                self._sync(src, 0, 100_000)
            for dst in others:
                self._sync(0, dst, 100_000)

    def check(self) -> None:
        self.converge()
        found = [sanity.figures(e.store.engine) for e in self.replicas]
        for other in found[1:]:
            assert sanity.differences(found[0], other) == []
        for engine in self.replicas:
            assert engine.waiting() == {}
        self.check_oracle()

    def check_oracle(self) -> None:
        by_row: dict[tuple[str, str], list[Write]] = {}
        for w in self.writes:
            by_row.setdefault((w.table, w.row_id), []).append(w)
        with self.replicas[0].store.engine.connect() as conn:
            for (table, row_id), writes in by_row.items():
                if table == "contact_tally_theme":
                    last = max(writes, key=lambda w: w.hlc)
                    tally, theme = row_id[2:-2].split('","')
                    here = conn.execute(
                        text(
                            "SELECT 1 FROM contact_tally_theme WHERE tally_id = :t AND theme_code = :c"
                        ),
                        {"t": tally, "c": theme},
                    ).first()
                    assert (here is not None) == (last.op == "insert"), (table, row_id)
                    continue
                row = (
                    conn.execute(text(f"SELECT * FROM {table} WHERE id = :id"), {"id": row_id})
                    .mappings()
                    .first()
                )
                deleted = any(w.op == "delete" for w in writes)
                if deleted:
                    assert row is None, f"{table} {row_id} was deleted but is back"
                    continue
                if table == "phone" and row is None:
                    continue  # its service was deleted (the phone went with it)
                assert row is not None, f"{table} {row_id} was made and lost"
                newest: dict[str, Write] = {}
                for w in writes:
                    for col in w.values:
                        if col not in newest or w.hlc > newest[col].hlc:
                            newest[col] = w
                for col, w in newest.items():
                    want = w.values[col]
                    if col == "organization_id" and not self.org_alive(conn, want):
                        want = None
                    assert row[col] == want, (table, row_id, col, row[col], want)
        self.check_losers_kept(by_row)

    def org_alive(self, conn, org_id: str) -> bool:
        return (
            conn.execute(text("SELECT 1 FROM organization WHERE id = :id"), {"id": org_id}).first()
            is not None
        )

    def check_losers_kept(self, by_row: dict[tuple[str, str], list[Write]]) -> None:
        kept = set()
        for engine in self.replicas:
            with engine.store.engine.connect() as conn:
                for table, row_id, payload in conn.execute(
                    text("SELECT table_name, row_id, losing_payload_json FROM sync_conflict")
                ):
                    kept.add((table, row_id, payload))
        for (table, row_id), writes in by_row.items():
            if table != "service" or any(w.op == "delete" for w in writes):
                continue
            for w in writes:
                for col, value in w.values.items():
                    if col == "organization_id":
                        continue
                    later = [x for x in writes if col in x.values and x.hlc > w.hlc]
                    if not later or any(x.origin == w.origin for x in later):
                        continue  # the final value, or the same desk changed it again
                    if all(x.values[col] == value for x in later):
                        continue
                    assert any(
                        t == table and r == row_id and f'"{col}": "{value}"' in p
                        for t, r, p in kept
                    ), f"lost write of {table}.{col} = {value!r} is in no conflict log"


def run_checked(
    base: type, attrs: dict, *, examples: int, steps: int = STEPS, derandomize: bool = False
) -> None:
    """Run the state machine ``base`` (with ``attrs`` set on it) for ``examples`` examples, each
    ending with the final full round and the oracle's check (``check``)."""
    machine = type("Machine", (base,), attrs)

    class Checked(machine):  # type: ignore[misc, valid-type]
        def teardown(self) -> None:
            try:
                if self.replicas:
                    self.check()
            finally:
                super().teardown()

    run_state_machine_as_test(
        Checked,
        settings=settings(
            max_examples=examples,
            stateful_step_count=steps,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
            phases=PHASES,
            report_multiple_bugs=False,
            derandomize=derandomize,
        ),
    )


def _run(
    template: Path, *, cursor_first: bool = False, examples: int = EXAMPLES, fixed: bool = False
) -> None:
    attrs = {"template": template, "cursor_first": cursor_first}
    run_checked(SyncMachine, attrs, examples=examples, derandomize=fixed)


#: The examples are spread over a few tests, so that the workers of a CI run share them.
PARTS = 20


@pytest.mark.parametrize("part", range(PARTS))
def test_every_replica_converges_and_nothing_is_lost(people_template, part):
    _run(people_template, examples=max(1, EXAMPLES // PARTS))


def test_the_machine_finds_the_cursor_before_data_bug(people_template):
    # Found either by the invariant (a cursor claims what is not there) or, when a relay
    # brought the lost changes by another way first, by the replicas' differing at the end.
    # The same examples every run (derandomized): a search that must find the bug cannot be
    # left to chance, or one unlucky run in CI would call a sound sync broken.
    with pytest.raises(AssertionError):
        _run(people_template, cursor_first=True, examples=100, fixed=True)
