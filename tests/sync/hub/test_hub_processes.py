"""Twenty desk processes push and pull against one real hub at the same time: every desk ends
with every change exactly once, and the hub holds each change once."""

from __future__ import annotations

import multiprocessing
import os

from tests.sync.hub.memory_engine import SCHEMA, MemoryEngine
from wijkinfo.sync.hub.connection import connect, parse_address
from wijkinfo.sync.hub.schema import init_hub
from wijkinfo.sync.hub.transport import sync_hub

DESKS, ROUNDS, PER_ROUND = 20, 3, 10
KEY = os.urandom(32)


def _known(revision: str) -> bool:
    return revision == SCHEMA


def desk_process(conninfo: str, name: str, barrier, results) -> None:
    """One desk in its own process: write, sync, write, sync … then, once every desk has
    pushed, one last sync that must bring in everything."""
    try:
        hub = parse_address(conninfo)
        desk = MemoryEngine(name)
        for round_ in range(ROUNDS):
            for n in range(PER_ROUND):
                desk.write("signal", f"{name}-{round_}-{n}", n=n)
            sync_hub(desk, hub, KEY, schema_known=_known, page=7)  # small pages: more interleaving
        barrier.wait(timeout=240)
        sync_hub(desk, hub, KEY, schema_known=_known)
        keys = [(c.origin_replica, c.origin_seq) for c in desk.log]
        results.put((name, keys, None))
    except BaseException as exc:  # noqa: BLE001 - reported by the test
        results.put((name, [], repr(exc)))


def test_twenty_desk_processes_at_once_converge_without_a_gap(hub_admin):
    init_hub(parse_address(hub_admin))
    ctx = multiprocessing.get_context("fork")
    barrier, results = ctx.Barrier(DESKS), ctx.Queue()
    procs = [
        ctx.Process(target=desk_process, args=(hub_admin, f"desk-{i:02d}", barrier, results))
        for i in range(DESKS)
    ]
    for p in procs:
        p.start()
    got = [results.get(timeout=280) for _ in procs]
    for p in procs:
        p.join(timeout=30)
    assert [err for _n, _k, err in got if err] == []
    every = {(f"desk-{i:02d}", s) for i in range(DESKS) for s in range(1, ROUNDS * PER_ROUND + 1)}
    for name, keys, _ in got:
        assert len(keys) == len(set(keys)), f"{name} has a change twice"
        assert set(keys) == every, f"{name} misses {len(every - set(keys))} changes"
    with connect(parse_address(hub_admin), autocommit=True) as conn:
        count, distinct = conn.execute(
            "SELECT count(*), count(DISTINCT (origin_replica, origin_seq)) FROM changes"
        ).fetchone()
    assert count == distinct == len(every)
