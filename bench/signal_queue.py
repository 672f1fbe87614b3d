"""Bench: the coordinator's review queue and the report counts over many signals, against a
plain select of every signal's id and date in the same run.

    python bench/signal_queue.py [N]      (N signals, default 50,000)

Builds its own data in a temporary folder (untracked by the change log, as a snapshot would
load it). Targets on 50,000 signals: the queue's first page and every filter ≤ 100 ms, the
report counts ≤ 200 ms. Prints one JSON line at the end.
"""

from __future__ import annotations

import json
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from wijkinfo.db.engine import register_sync_functions
from wijkinfo.db.models import Signal, SignalTheme
from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.services.people.auth import COORDINATOR, Actor
from wijkinfo.services.signals.queue import queue_page
from wijkinfo.services.signals.stats import signal_counts

ACTOR = Actor(user_id=None, name="bench", role=COORDINATOR)
TODAY = date(2026, 11, 23)
WIJKEN = ["Oost", "West", "Noord", "Zuid", "Centrum"]
STATUSES = ["nieuw", "in_behandeling", "doorgezet", "afgehandeld", "afgehandeld", "geannuleerd"]


def best_of(fn: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def build(paths: DataPaths, n: int) -> None:
    open_store(paths, backups=False).close()
    rnd = random.Random(4)
    db = sqlite3.connect(paths.db)
    register_sync_functions(db, capture=False)
    db.execute("PRAGMA synchronous=OFF")
    themes = [r[0] for r in db.execute("SELECT id FROM signal_theme")]
    users = [str(uuid.UUID(int=rnd.getrandbits(128))) for _ in range(3)]
    db.executemany(
        "INSERT INTO user (id, name, name_key, role, password_hash, active, failed_attempts, "
        "created_at) VALUES (?, ?, ?, 'coordinator', 'x', 1, 0, '2026-01-01 00:00:00')",
        [(u, f"coordinator {i}", f"coordinator {i}") for i, u in enumerate(users)],
    )
    rows = []
    for i in range(n):
        day = TODAY - timedelta(days=rnd.randrange(730))
        status = rnd.choice(STATUSES)
        closed = f"{day + timedelta(days=20)} 10:00:00" if status in STATUSES[3:] else None
        rows.append(
            (
                str(uuid.UUID(int=rnd.getrandbits(128))),
                day.isoformat(),
                f"{day} 09:{i % 60:02d}:00",
                rnd.choice(themes),
                rnd.choice(WIJKEN),
                f"buurt {rnd.randrange(40)}",
                f"signaal {i}: wachtlijst schuldhulp, geen antwoord op de aanvraag",
                rnd.choice(["laag", "normaal", "hoog"]),
                status,
                rnd.choice(users + [None]),
                closed,
                rnd.choice(["opgelost", "deels", "niet_opgelost", "onbekend"])
                if status == "afgehandeld"
                else None,
            )
        )
    db.executemany(
        "INSERT INTO signal (id, signal_date, created_at, theme_id, wijk, buurt, description, "
        "urgency, status, assigned_to, closed_at, outcome, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        rows,
    )
    db.commit()
    db.execute("ANALYZE")
    db.close()


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    with tempfile.TemporaryDirectory() as tmp:
        paths = DataPaths(Path(tmp) / "data")
        build(paths, n)
        store = open_store(paths, backups=False)
        try:
            with store.sessions() as session:
                code = session.scalar(select(SignalTheme.code).order_by(SignalTheme.code))
                user = session.scalar(
                    select(Signal.assigned_to).where(Signal.assigned_to.is_not(None)).limit(1)
                )

            def page(**filters: object) -> Callable[[], object]:
                return lambda: queue_page(store, actor=ACTOR, today=TODAY, **filters)

            filters = {
                "status_nieuw": page(status="nieuw"),
                "theme": page(status="open", theme_code=code),
                "wijk": page(status="open", wijk="Oost"),
                "assigned": page(status="open", assigned_to=user),
                "unassigned": page(status="open", assigned_to="-"),
                "overdue": page(status="open", overdue=True),
                "all": page(),
            }
            first_page = best_of(page(status="open"))
            per_filter = {name: best_of(fn) for name, fn in filters.items()}
            counts = best_of(lambda: signal_counts(store, actor=ACTOR, today=TODAY))

            def baseline() -> object:
                with store.sessions() as session:
                    return session.execute(select(Signal.id, Signal.signal_date)).all()

            base = best_of(baseline)
        finally:
            store.close()
    slowest = max(per_filter.values())
    print(
        json.dumps(
            {
                "bench": "signal_queue",
                "signals": n,
                "queue_first_page_ms": round(first_page * 1000, 1),
                "filters_ms": {k: round(v * 1000, 1) for k, v in per_filter.items()},
                "slowest_filter_ms": round(slowest * 1000, 1),
                "report_counts_ms": round(counts * 1000, 1),
                "baseline_plain_select_ms": round(base * 1000, 1),
                "ratio_first_page_to_baseline": round(first_page / base, 2),
                "ratio_slowest_filter_to_baseline": round(slowest / base, 2),
                "ratio_counts_to_baseline": round(counts / base, 2),
                "targets_met": first_page <= 0.1 and slowest <= 0.1 and counts <= 0.2,
            }
        )
    )


if __name__ == "__main__":
    main()
