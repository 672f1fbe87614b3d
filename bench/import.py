"""Benchmark: importing N generated HSDS services vs the plain limit (parse, executemany, FTS5).

Usage: python bench/import.py [N]   (default 100000); BENCH_PROFILE=out.prof adds a cProfile
of the import (slower: compare ratios without it). Builds its own data in a temp folder.
Prints one JSON object on the last line: both timings, the ratio (target <= 3) and memory:
peak RSS, and the resident memory sampled while the import streams (it should stay flat).
"""

from __future__ import annotations

import cProfile
import json
import os
import resource
import shutil
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import ijson
from sqlalchemy import text

from wijkinfo.db import fts
from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.services.exchange.hsds_import import import_hsds
from wijkinfo.services.exchange.hsds_rows import TABLES, columns, service_rows
from wijkinfo.services.people.auth import CLI_ACTOR
from wijkinfo.services.progress import Progress

NS = uuid.UUID("3d8b7a52-1c0e-4f67-9a3b-2f6d5e4c1b0a")
THEMES = ("schulden", "taal", "ouderen", "jeugd", "gezondheid", "werk", "wonen", "sport")


def uid(*parts: object) -> str:
    return str(uuid.uuid5(NS, "/".join(map(str, parts))))


def service(i: int) -> dict:
    org = i % 1000
    return {
        "id": uid("s", i),
        "name": f"Dienst {i} {THEMES[i % len(THEMES)]}",
        "status": "active",
        "description": f"Hulp bij {THEMES[i % len(THEMES)]} voor bewoners van wijk {i % 40}. "
        "Kom langs op het spreekuur of bel voor een afspraak.",
        "email": f"info{i}@voorbeeld.nl",
        "organization": {"id": uid("o", org), "name": f"Organisatie {org}"},
        "phones": [{"id": uid("p", i), "number": f"030-{2000000 + i % 7999999:07d}"}],
        "schedules": [
            {
                "id": uid("sch", i),
                "freq": "WEEKLY",
                "byday": "MO,WE",
                "opens_at": "09:00",
                "closes_at": "12:00",
            }
        ],
        "languages": [{"id": uid("l", i), "name": "Nederlands", "code": "nl"}],
        "service_at_locations": [
            {
                "id": uid("sal", i),
                "location": {
                    "id": uid("loc", i),
                    "location_type": "physical",
                    "name": f"Buurthuis {i}",
                    "addresses": [
                        {
                            "id": uid("a", i),
                            "address_1": f"Kerkstraat {i % 300 + 1}",
                            "city": "Lindestad",
                            "postal_code": "3511 AB",
                            "country": "NL",
                            "address_type": "physical",
                        }
                    ],
                },
            }
        ],
        "attributes": [
            {"id": uid("at", i), "label": "trefwoorden", "value": f"{THEMES[i % len(THEMES)]} hulp"}
        ],
    }


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return round(pages * resource.getpagesize() / 2**20, 1)


def peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    tmp = Path(tempfile.mkdtemp(prefix="wijkinfo-bench-"))
    source = tmp / "services.json"
    with source.open("w", encoding="utf-8") as out:  # written piece by piece, like a real export
        out.write("[")
        for i in range(n):
            out.write(("," if i else "") + json.dumps(service(i), ensure_ascii=False))
        out.write("]")
    size_mb = round(source.stat().st_size / 2**20, 1)

    rss_before = rss_mb()
    samples: list[float] = []

    def report(done: int, total: int) -> None:
        if not samples or done * 10 // max(total, 1) > (len(samples) - 1):
            samples.append(rss_mb())

    store = open_store(DataPaths(tmp / "import"), backups=False)
    start = time.perf_counter()
    profile = os.environ.get("BENCH_PROFILE")
    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    result = import_hsds(store, actor=CLI_ACTOR, path=source, progress=Progress(report))
    if profiler:
        profiler.disable()
        profiler.dump_stats(profile)
    import_s = time.perf_counter() - start
    store.close()
    assert result.new == n, result.summary()
    peak_import = peak_mb()

    # Baseline, the plain limit: parse the same file (streamed, the same parser), turn each
    # service into its table rows, executemany into the tables, one FTS5 rebuild. No checks,
    # no comparing with what is there, no duplicates, no progress.
    base = open_store(DataPaths(tmp / "baseline"), backups=False)
    now = datetime.now(UTC).replace(tzinfo=None)
    start = time.perf_counter()
    rows: dict[type, dict[str, dict]] = {m: {} for m in TABLES}
    with source.open("rb") as handle:
        for data in ijson.items(handle, "item", use_float=True):
            for model, model_rows in service_rows(data).items():
                for row in model_rows:
                    rows[model][row["id"]] = row
    with base.unit_of_work() as session:
        conn = session.connection()
        for model in TABLES:
            if rows[model]:
                cols = columns(model)
                if "last_modified" in model.__table__.c:
                    cols = [*cols, "last_modified"]
                    for r in rows[model].values():
                        r["last_modified"] = now
                conn.execute(
                    text(
                        f"INSERT INTO {model.__tablename__} ({', '.join(cols)}) "
                        f"VALUES ({', '.join(':' + c for c in cols)})"
                    ),
                    [{c: _sql(r[c]) for c in cols} for r in rows[model].values()],
                )
        fts.rebuild_index(session)
    baseline_s = time.perf_counter() - start
    base.close()

    figures = {
        "bench": "import",
        "services": n,
        "file_mb": size_mb,
        "import_s": round(import_s, 2),
        "baseline_executemany_fts_s": round(baseline_s, 2),
        "ratio": round(import_s / baseline_s, 2),
        "target_ratio": 3.0,
        "rss_before_import_mb": rss_before,
        "rss_during_import_mb": samples,
        "peak_rss_after_import_mb": peak_import,
        "peak_rss_end_mb": peak_mb(),
    }
    shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps(figures))


def _sql(value):
    # The raw insert binds what the ORM types would store (ISO text for dates and times).
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


if __name__ == "__main__":
    main()
