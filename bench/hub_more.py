"""The two larger hub benches of bench/hub.py: a new desk's first load from a hub with a big
directory (through the hub's snapshot), and many desks syncing through one server at once."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import psycopg

from tests.sync.hub.memory_engine import SCHEMA, MemoryEngine
from wijkinfo.sync.api import ApplyResult, Change
from wijkinfo.sync.hub.connection import parse_address
from wijkinfo.sync.hub.schema import DESK_ROLE, init_hub
from wijkinfo.sync.hub.transport import sync_hub

KEY = os.urandom(32)
COORDINATOR = "c0000000-0000-4000-8000-00000000beef"
TEXT = "Hulp bij formulieren en geldzaken, inloop op dinsdag en donderdag"


def _hub(server: Any, name: str) -> Any:
    with psycopg.connect(server.dsn(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    address = parse_address(server.dsn(name))
    init_hub(address)
    return address


def first_load(server: Any, services: int) -> dict[str, Any]:
    from bench.synthetic import build
    from wijkinfo.db.engine import authored_by
    from wijkinfo.services.datafolder.files import DataPaths
    from wijkinfo.services.datafolder.store import open_store
    from wijkinfo.sync.engine import Engine

    tmp = Path(tempfile.mkdtemp(prefix="wkbench-hub-"))
    try:
        t0 = time.perf_counter()
        open_store(DataPaths(tmp / "empty"), backups=False).close()
        migrate_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        build(tmp / "raw", services)
        raw_s = time.perf_counter() - t0 - migrate_s  # executemany of the rows + the index

        with authored_by(COORDINATOR):  # the coordinator's import: every row in the change log
            build(tmp / "source", services, capture=True)
        source = open_store(DataPaths(tmp / "source"), backups=False)
        hub = _hub(server, "bench_first_load")
        t0 = time.perf_counter()
        pushed = sync_hub(Engine(source), hub, KEY)
        push_s = time.perf_counter() - t0
        assert pushed.wrote_snapshot
        newcomer = open_store(DataPaths(tmp / "new"), backups=False)
        t0 = time.perf_counter()
        joined = sync_hub(Engine(newcomer), hub, KEY)
        load_s = time.perf_counter() - t0
        assert joined.joined_from_snapshot
        with newcomer.engine.connect() as conn:
            got = conn.exec_driver_sql("SELECT count(*) FROM service").scalar()
            indexed = conn.exec_driver_sql("SELECT count(*) FROM service_fts").scalar()
        assert got == services and indexed == services, (got, indexed)
        again = sync_hub(Engine(newcomer), hub, KEY)  # the next sync sends nothing back
        assert again.sent == 0 and again.pulled == 0
        with psycopg.connect(hub.conninfo) as conn:
            row = conn.execute("SELECT length(envelope) FROM snapshots").fetchone()
            changes = conn.execute("SELECT count(*) FROM changes").fetchone()[0]
        source.close()
        newcomer.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return {
        "first_load_services": services,
        "first_load_hub_changes": int(changes),
        "first_load_snapshot_bytes": int(row[0]),
        "first_load_s": round(load_s, 2),
        "raw_bulk_insert_fts_s": round(raw_s, 2),
        "first_load_ratio": round(load_s / raw_s, 2),
        "first_load_target_ratio": 3.0,
        "coordinator_first_push_s": round(push_s, 2),
    }


class CountingDesk(MemoryEngine):
    """A simulated desk that keeps its own changes and only counts what it pulls (50 desks × 50,000
    changes would not fit in memory as objects): per origin, how many and the highest sequence,
    so that a gap or a duplicate shows."""

    def __init__(self, replica: str) -> None:
        super().__init__(replica)
        self.seen: dict[str, list[int]] = {}

    def apply(
        self, changes: Sequence[Change], *, source: str, transport: str, position: str
    ) -> ApplyResult:
        for c in changes:
            count_top = self.seen.setdefault(c.origin_replica, [0, 0])
            count_top[0] += 1
            count_top[1] = max(count_top[1], c.origin_seq)
        self.cursors[(source, transport)] = position
        return ApplyResult(len(changes), 0, 0, 0, 0)


def _known(revision: str) -> bool:
    return revision == SCHEMA


def many_desks(server: Any, desks: int, each: int) -> dict[str, Any]:
    hub = _hub(server, "bench_many_desks")
    fleet = [CountingDesk(f"desk-{i:02d}") for i in range(desks)]
    for desk in fleet:
        for n in range(each):
            desk.write("signal", f"{desk.replica}-{n}", description=TEXT, n=n)

    def one(desk: CountingDesk) -> Any:
        return sync_hub(desk, hub, KEY, schema_known=_known)

    t0 = time.perf_counter()
    with ThreadPoolExecutor(8) as pool:
        first = list(pool.map(one, fleet))  # push own, pull what is there already
    first_s = time.perf_counter() - t0
    with ThreadPoolExecutor(8) as pool:
        second = list(pool.map(one, fleet))  # everyone pulls the rest
    total_s = time.perf_counter() - t0
    pushed = sum(r.new_on_hub for r in first + second)
    pulled = sum(r.pulled for r in first + second)
    assert pushed == desks * each
    for desk in fleet:
        others = {o: v for o, v in desk.seen.items() if o != desk.replica}
        assert len(others) == desks - 1
        assert all(v == [each, each] for v in others.values()), "a gap or a duplicate"
    plan = _plan_as_desk(server, hub)
    return {
        "desks": desks,
        "changes_per_desk": each,
        "desks_round1_s": round(first_s, 2),
        "desks_total_s": round(total_s, 2),
        "desks_pushed": pushed,
        "desks_pulled": pulled,
        "desks_changes_per_s": round((pushed + pulled) / total_s),
        "desks_pull_plan": plan,
    }


def _plan_as_desk(server: Any, hub: Any) -> list[str]:
    """EXPLAIN of the pull query as a desk login runs it: row-level security applies to it."""
    dbname = hub.label.rsplit("/", 1)[-1]
    with psycopg.connect(server.dsn(dbname), autocommit=True) as conn:
        conn.execute(
            f"DO $$ BEGIN CREATE ROLE {DESK_ROLE} NOLOGIN; "
            "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
        )
        conn.execute("CREATE ROLE bench_desk NOLOGIN IN ROLE " + DESK_ROLE)
        init_hub(hub)  # grants the desk role its rights
        conn.execute("ANALYZE changes")
        conn.execute("SET ROLE bench_desk")
        top = conn.execute("SELECT max(seq) FROM changes").fetchone()[0]
        rows = conn.execute(
            "EXPLAIN SELECT seq, origin_replica, origin_seq, envelope FROM changes "
            "WHERE seq > %s ORDER BY seq LIMIT 2000",
            (int(top) - 1000,),
        ).fetchall()
        conn.execute("RESET ROLE")
    return [str(r[0]).strip() for r in rows]
