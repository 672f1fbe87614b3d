"""Benchmark: the sync engine's incremental cost, and what change capture costs the importer.

Usage: python bench/sync.py [BIG] [SMALL] [IMPORT]   (defaults 100000 1000 20000)

1. Applying the same 1,000 changes (edits, new services with phones, deletes) from a coordinator
   desk to a replica of BIG services and to one of SMALL services: the cost should follow the
   changes, not the size of the directory (target ratio <= 1.5).
2. Importing IMPORT generated HSDS services with the capture triggers in place vs the same import
   with the triggers dropped (target ratio <= 1.3).

Prints one JSON object on the last line.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text

from bench.synthetic import build
from wijkinfo.db.engine import register_sync_functions
from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.services.exchange.hsds_import import import_hsds
from wijkinfo.services.people.auth import CLI_ACTOR
from wijkinfo.sync import capture
from wijkinfo.sync.engine import Engine

COORDINATOR = "c0000000-0000-4000-8000-00000000beef"
CHANGES = 1000


def _pair(root: Path, count: int) -> tuple[Engine, Engine]:
    """Two replicas holding the same ``count`` services (untracked, as after a snapshot)."""
    source = build(root / "source", count)
    db = sqlite3.connect(source.db)
    register_sync_functions(db, capture=False)
    db.execute(
        'INSERT INTO "user" (id, name, role, failed_attempts, active, created_at) '
        "VALUES (?, 'coördinator', 'coordinator', 0, 1, '2026-01-01')",
        (COORDINATOR,),
    )
    db.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    target = DataPaths(root / "target")
    target.root.mkdir(parents=True)
    shutil.copyfile(source.db, target.db)
    db = sqlite3.connect(target.db)
    db.execute("UPDATE replica SET id = ?", (str(uuid.uuid4()),))
    db.commit()
    db.close()
    return Engine(open_store(source, backups=False)), Engine(open_store(target, backups=False))


def _make_changes(engine: Engine) -> None:
    """1,000 changes on the coordinator's desk: 600 edits, 150 services with a phone, 100 deletes."""
    with engine.store.engine.connect() as conn:
        ids = [r[0] for r in conn.execute(text("SELECT id FROM service ORDER BY id LIMIT 800"))]
        org = conn.execute(text("SELECT id FROM organization LIMIT 1")).scalar()
    with engine.store.unit_of_work(author=COORDINATOR) as session:
        for n, sid in enumerate(ids[:600]):
            session.execute(
                text("UPDATE service SET description = :d WHERE id = :id"),
                {"d": f"Nieuwe tekst {n}", "id": sid},
            )
        for n in range(150):
            sid = str(uuid.uuid4())
            session.execute(
                text(
                    "INSERT INTO service (id, organization_id, name, description, status, "
                    "do_not_refer, last_modified) VALUES (:id, :o, :n, '', 'active', 0, "
                    "'2026-12-01 00:00:00')"
                ),
                {"id": sid, "o": org, "n": f"Nieuwe dienst {n}"},
            )
            session.execute(
                text("INSERT INTO phone (id, service_id, number, position) VALUES (:i, :s, :n, 0)"),
                {"i": str(uuid.uuid4()), "s": sid, "n": f"030-{n:07d}"},
            )
        session.execute(
            text(
                "DELETE FROM phone WHERE service_id IN (SELECT id FROM service WHERE id > :a "
                "ORDER BY id LIMIT 50)"
            ),
            {"a": ids[-1]},
        )
        session.execute(
            text(
                "DELETE FROM service WHERE id IN (SELECT id FROM service WHERE id > :a "
                "ORDER BY id LIMIT 50)"
            ),
            {"a": ids[-1]},
        )


def apply_seconds(root: Path, count: int) -> tuple[float, int]:
    source, target = _pair(root, count)
    _make_changes(source)
    batch = source.outgoing(0, 100_000)
    start = time.perf_counter()
    result = target.apply(
        batch.changes,
        source=source.replica_id(),
        transport="bench",
        position=str(batch.last_position),
    )
    seconds = time.perf_counter() - start
    assert result.applied == len(batch.changes), result
    source.store.close()
    target.store.close()
    return seconds, len(batch.changes)


def import_seconds(root: Path, count: int, *, triggers: bool) -> float:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from importlib import import_module

    service = import_module("import").service
    source = root / "services.json"
    root.mkdir(parents=True, exist_ok=True)
    if not source.exists():
        with source.open("w", encoding="utf-8") as out:
            out.write("[")
            for i in range(count):
                out.write(("," if i else "") + json.dumps(service(i), ensure_ascii=False))
            out.write("]")
    store = open_store(DataPaths(root / ("with" if triggers else "without")), backups=False)
    if not triggers:
        with store.engine.begin() as conn:
            capture.drop(conn)
    start = time.perf_counter()
    import_hsds(store, actor=CLI_ACTOR, path=source)
    seconds = time.perf_counter() - start
    store.close()
    return seconds


def main() -> None:
    big = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    small = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000
    imported = int(sys.argv[3]) if len(sys.argv) > 3 else 20_000
    tmp = Path(tempfile.mkdtemp(prefix="wijkinfo-bench-sync-"))
    small_s, n = apply_seconds(tmp / "small", small)
    big_s, _ = apply_seconds(tmp / "big", big)
    without = import_seconds(tmp / "import", imported, triggers=False)
    with_triggers = import_seconds(tmp / "import", imported, triggers=True)
    shutil.rmtree(tmp, ignore_errors=True)
    print(
        json.dumps(
            {
                "bench": "sync",
                "changes": n,
                "apply_small_replica_s": round(small_s, 3),
                "small_services": small,
                "apply_big_replica_s": round(big_s, 3),
                "big_services": big,
                "apply_ratio": round(big_s / small_s, 2),
                "apply_target_ratio": 1.5,
                "import_services": imported,
                "import_without_triggers_s": round(without, 2),
                "import_with_triggers_s": round(with_triggers, 2),
                "capture_ratio": round(with_triggers / without, 2),
                "capture_target_ratio": 1.3,
            }
        )
    )


if __name__ == "__main__":
    main()
