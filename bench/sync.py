"""Benchmark: the sync engine's incremental cost, and what change capture costs the importer.

Usage: python bench/sync.py [BIG] [SMALL] [IMPORT] [SNAPSHOT]
(defaults 100000 1000 20000 100000; 0 leaves a part out)

1. Applying the same 1,000 changes (edits, new services with phones, deletes) from a coordinator
   desk to a replica of BIG services and to one of SMALL services: the cost should follow the
   changes, not the size of the directory (target ratio <= 1.5).
2. Importing IMPORT generated HSDS services with the capture triggers in place vs the same import
   with the triggers dropped (target ratio <= 1.3).
3. A new desk joining a folder by loading a snapshot of SNAPSHOT services (decrypt, parse,
   insert, search index) vs a raw executemany of the same rows plus the FTS build (target
   ratio <= 3), with the peak resident memory of the process.

Prints one JSON object on the last line.
"""

from __future__ import annotations

import json
import resource
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
from wijkinfo.db.engine import applying, register_sync_functions
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


def apply_seconds(root: Path, count: int) -> tuple[float, float, int]:
    source, target = _pair(root, count)
    _make_changes(source)
    batch = source.outgoing(0, 100_000)
    # A desk in use has its file in the system's cache; a file just written and reopened may not.
    with target.store.engine.connect() as conn:
        conn.exec_driver_sql("SELECT count(*), sum(length(description)) FROM service").all()
        conn.exec_driver_sql("SELECT count(*) FROM service_fts").all()
    start = time.perf_counter()
    cpu = time.process_time()
    result = target.apply(
        batch.changes,
        source=source.replica_id(),
        transport="bench",
        position=str(batch.last_position),
    )
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu
    assert result.applied == len(batch.changes), result
    source.store.close()
    target.store.close()
    return seconds, cpu, len(batch.changes)


def import_seconds(root: Path, count: int, *, triggers: bool) -> tuple[float, float]:
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
    start, cpu = time.perf_counter(), time.process_time()
    import_hsds(store, actor=CLI_ACTOR, path=source)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    store.close()
    return seconds, cpu


def snapshot_seconds(root: Path, count: int) -> tuple[float, float, int]:
    """(joining from the folder's snapshot, raw executemany + FTS of the same rows, rows)."""
    from sqlalchemy.orm import Session

    from wijkinfo.db import fts
    from wijkinfo.db.migrate import known_revisions
    from wijkinfo.sync import keys, snapshot
    from wijkinfo.sync.folder import FolderTransport
    from wijkinfo.sync.folder_snapshot import join_from_snapshot, write_snapshot_if_due
    from wijkinfo.sync.tables import SYNCED_TABLES, synced

    source_paths = build(root / "source", count)
    source = Engine(open_store(source_paths, backups=False))
    with source.store.unit_of_work(author=COORDINATOR) as session:  # one change: a log position
        session.execute(text("UPDATE organization SET description = 'x' WHERE rowid = 1"))
    folder = root / "folder"
    folder.mkdir()
    key = keys.create_folder_key(folder, "de linde bloeit")
    schemas = known_revisions()
    assert write_snapshot_if_due(
        FolderTransport(folder, key, source, known_schemas=schemas), every=0
    )
    data = snapshot.export(source)
    source.store.close()
    rows = sum(len(t["rows"]) for t in data["tables"].values())

    desk = Engine(open_store(DataPaths(root / "desk"), backups=False))
    start = time.perf_counter()
    assert join_from_snapshot(FolderTransport(folder, key, desk, known_schemas=schemas))
    joined = time.perf_counter() - start
    desk.store.close()

    raw = open_store(DataPaths(root / "raw"), backups=False)
    start = time.perf_counter()
    with applying(), raw.unit_of_work() as session:  # untracked, as the snapshot load is
        conn = session.connection()
        for name in reversed(SYNCED_TABLES):  # the few rows a new database starts with
            conn.exec_driver_sql(f'DELETE FROM "{name}"')
        for name in SYNCED_TABLES:
            cols = data["tables"][name]["columns"]
            if not data["tables"][name]["rows"]:
                continue
            spec = synced()[name]
            extra = list(spec.local_defaults)
            fill = tuple(spec.local_defaults[c] for c in extra)
            names = ", ".join(f'"{c}"' for c in [*cols, *extra])
            marks = ", ".join("?" for _ in [*cols, *extra])
            conn.exec_driver_sql(
                f'INSERT INTO "{name}" ({names}) VALUES ({marks})',
                [(*r, *fill) for r in data["tables"][name]["rows"]],
            )
        fts.rebuild_index(Session(bind=conn))
    baseline = time.perf_counter() - start
    raw.close()
    return joined, baseline, rows


def main() -> None:
    big = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    small = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000
    imported = int(sys.argv[3]) if len(sys.argv) > 3 else 20_000
    snapped = int(sys.argv[4]) if len(sys.argv) > 4 else 100_000
    tmp = Path(tempfile.mkdtemp(prefix="wijkinfo-bench-sync-"))
    figures: dict[str, object] = {"bench": "sync"}
    if big and small:
        figures.update(_apply_figures(tmp, big, small))
    if imported:
        figures.update(_import_figures(tmp, imported))
    if snapped:
        joined, baseline, rows = snapshot_seconds(tmp / "snapshot", snapped)
        figures.update(
            {
                "snapshot_services": snapped,
                "snapshot_rows": rows,
                "snapshot_join_s": round(joined, 2),
                "snapshot_baseline_executemany_fts_s": round(baseline, 2),
                "snapshot_ratio": round(joined / baseline, 2),
                "snapshot_target_ratio": 3.0,
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            }
        )
    shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps(figures))


def _apply_figures(tmp: Path, big: int, small: int) -> dict[str, object]:
    small_s, small_cpu, n = apply_seconds(tmp / "small", small)
    big_s, big_cpu, _ = apply_seconds(tmp / "big", big)
    return {
        "changes": n,
        "apply_small_replica_s": round(small_s, 3),
        "small_services": small,
        "apply_big_replica_s": round(big_s, 3),
        "big_services": big,
        "apply_ratio": round(big_s / small_s, 2),
        "apply_target_ratio": 1.5,
        "apply_small_cpu_s": round(small_cpu, 3),
        "apply_big_cpu_s": round(big_cpu, 3),
        "apply_cpu_ratio": round(big_cpu / small_cpu, 2),
    }


def _import_figures(tmp: Path, imported: int) -> dict[str, object]:
    without, without_cpu = import_seconds(tmp / "import", imported, triggers=False)
    with_triggers, with_cpu = import_seconds(tmp / "import", imported, triggers=True)
    return {
        "import_services": imported,
        "import_without_triggers_s": round(without, 2),
        "import_with_triggers_s": round(with_triggers, 2),
        "capture_ratio": round(with_triggers / without, 2),
        "capture_target_ratio": 1.3,
        "import_without_triggers_cpu_s": round(without_cpu, 2),
        "import_with_triggers_cpu_s": round(with_cpu, 2),
        "capture_cpu_ratio": round(with_cpu / without_cpu, 2),
    }


if __name__ == "__main__":
    main()
