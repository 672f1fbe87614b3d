"""PostgreSQL hub: push and pull throughput against plain COPY / SELECT of the same rows.

Starts a throwaway server (as the hub tests do), fills one desk with N changes of a realistic
size, and measures in the same run:

- push: ``sync_hub`` of a desk with N new changes (seal, ask what the hub lacks, COPY into the
  staging table, insert under the push lock) against a plain ``COPY`` of N rows of the same size
  into a table without constraints;
- pull: a new desk pulling all N (select by sequence, unseal, apply to an in-memory engine)
  against a plain ``SELECT`` of the same rows;
- incremental pull of 1,000 changes from a hub holding ``--small`` and ``--large`` changes
  (the pull query is an index range scan, so the ratio should stay near 1), with the plan.

- first load of a new desk from a hub whose coordinator has 100,000 services (``--services``):
  the snapshot download, unseal and load, against a raw executemany bulk insert of the same rows
  plus the search index build, in the same run (target ≤ 3×);
- 50 simulated desks (``--desks``), each with 1,000 changes (``--desk-changes``), syncing at once
  (8 at a time) through one server: total time, changes per second, and the pull query's plan
  as a desk login sees it (row-level security on).

    .venv/bin/python bench/hub.py [--changes 20000] [--small 10000] [--large 200000]
        [--services 100000] [--desks 50] [--desk-changes 1000]

Prints one JSON object on the last line.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg

from tests.sync.hub.memory_engine import SCHEMA, MemoryEngine
from tests.sync.hub.pg_server import remove_server, start_server, why_unavailable
from wijkinfo.sync.hub.connection import parse_address
from wijkinfo.sync.hub.schema import init_hub
from wijkinfo.sync.hub.store import DeskPosition, Envelope, push
from wijkinfo.sync.hub.transport import sync_hub

KEY = os.urandom(32)
TEXT = "Hulp bij formulieren en geldzaken, inloop op dinsdag en donderdag " * 3


def known(revision: str) -> bool:
    return revision == SCHEMA


def desk_with(name: str, n: int) -> MemoryEngine:
    desk = MemoryEngine(name)
    for i in range(n):
        desk.write("service", f"svc-{i:07d}", name=f"Dienst {i}", description=TEXT, phone="030-1")
    return desk


def new_hub(server, name: str):
    with psycopg.connect(server.dsn(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    address = parse_address(server.dsn(name))
    init_hub(address)
    return address


def fill(address, origin: str, n: int, size: int) -> None:
    """Load ``n`` envelopes of ``size`` bytes straight through the store (no sealing)."""
    blob = os.urandom(size)
    with psycopg.connect(address.conninfo, autocommit=True) as conn:
        step = 20_000
        for start in range(0, n, step):
            rows = [Envelope(origin, s, blob) for s in range(start + 1, min(n, start + step) + 1)]
            push(conn, rows, replica_id=origin, mark=DeskPosition("bench", 0, "-"))


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--changes", type=int, default=20_000)
    ap.add_argument("--small", type=int, default=10_000)
    ap.add_argument("--large", type=int, default=200_000)
    ap.add_argument("--services", type=int, default=100_000)
    ap.add_argument("--desks", type=int, default=50)
    ap.add_argument("--desk-changes", type=int, default=1000)
    args = ap.parse_args()
    reason = why_unavailable()
    if reason:
        print(json.dumps({"bench": "hub", "skipped": reason}))
        return 1
    server = start_server()
    try:
        hub = new_hub(server, "bench_hub")
        source = desk_with("desk-a", args.changes)
        push_s = timed(lambda: sync_hub(source, hub, KEY, schema_known=known))
        with psycopg.connect(hub.conninfo, autocommit=True) as conn:
            size = int(conn.execute("SELECT avg(length(envelope)) FROM changes").fetchone()[0])
            conn.execute("CREATE TABLE plain (origin text, seq bigint, envelope bytea)")
            blob = os.urandom(size)

            def copy() -> None:
                with conn.cursor() as cur, cur.copy("COPY plain FROM STDIN (FORMAT BINARY)") as cp:
                    cp.set_types(["text", "int8", "bytea"])
                    for s in range(args.changes):
                        cp.write_row(("desk-a", s, blob))

            copy_s = timed(copy)
            select_s = timed(lambda: conn.execute("SELECT * FROM plain ORDER BY seq").fetchall())
        reader = MemoryEngine("desk-b")
        pull_s = timed(lambda: sync_hub(reader, hub, KEY, schema_known=known))
        assert len(reader.log) == args.changes

        incremental = {}
        plan = ""
        for label, held in (("small", args.small), ("large", args.large)):
            address = new_hub(server, f"bench_{label}")
            fill(address, "old", held, size)  # filler rows that nobody unseals
            with psycopg.connect(address.conninfo, autocommit=True) as conn:
                top = int(conn.execute("SELECT max(seq) FROM changes").fetchone()[0])
            start = _position(address, top)
            hub_id = _hub_id(address)
            fresh = desk_with(f"new-{label}", 1000)
            fresh.cursors[(hub_id, "hub")] = start
            sync_hub(fresh, address, KEY, schema_known=known)
            follower = MemoryEngine("follower")
            follower.cursors[(hub_id, "hub")] = start
            with psycopg.connect(address.conninfo, autocommit=True) as conn:
                conn.execute("ANALYZE changes")
                plan = conn.execute(
                    "EXPLAIN SELECT seq, origin_replica, origin_seq, envelope FROM changes "
                    "WHERE seq > %s ORDER BY seq LIMIT 2000",
                    (top,),
                ).fetchall()[1][0]
            incremental[label] = timed(
                lambda f=follower, a=address: sync_hub(f, a, KEY, schema_known=known)
            )
            assert len(follower.log) == 1000
        from bench.hub_more import first_load, many_desks

        first = first_load(server, args.services)
        desks = many_desks(server, args.desks, args.desk_changes)
    finally:
        remove_server(server)
    result = {
        "bench": "hub",
        "changes": args.changes,
        "envelope_bytes": size,
        "push_s": round(push_s, 3),
        "copy_baseline_s": round(copy_s, 3),
        "push_ratio": round(push_s / copy_s, 2),
        "push_changes_per_s": round(args.changes / push_s),
        "pull_s": round(pull_s, 3),
        "select_baseline_s": round(select_s, 3),
        "pull_ratio": round(pull_s / select_s, 2),
        "pull_changes_per_s": round(args.changes / pull_s),
        "incremental_1000_small_s": round(incremental["small"], 3),
        "incremental_1000_large_s": round(incremental["large"], 3),
        "incremental_ratio_large_vs_small": round(incremental["large"] / incremental["small"], 2),
        "hub_sizes": [args.small, args.large],
        "pull_plan": plan.strip(),
        **first,
        **desks,
    }
    print(json.dumps(result))
    return 0


def _hub_id(address) -> str:
    with psycopg.connect(address.conninfo) as conn:
        return str(conn.execute("SELECT value FROM hub_meta WHERE key = 'hub_id'").fetchone()[0])


def _position(address, seq: int) -> str:
    from wijkinfo.sync.hub.connection import connect
    from wijkinfo.sync.hub.schema import check_hub

    with connect(address, autocommit=True) as conn:
        return f"{check_hub(conn, address).epoch}|{seq}"


if __name__ == "__main__":
    raise SystemExit(main())
