"""Bench: the coordinator's review queue over many signals, against a plain query baseline.

Builds its own data (5,000 signals) in a temporary folder. Prints one JSON line at the end.
"""

from __future__ import annotations

import json
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from wijkinfo.db.models import Signal
from wijkinfo.db.models.signals import SignalTheme
from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.services.people.auth import COORDINATOR, Actor
from wijkinfo.services.signals import review
from wijkinfo.services.signals.stats import signal_counts

N = 5000
ACTOR = Actor(user_id=None, name="bench", role=COORDINATOR)


def best_of(fn, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    rng = random.Random(4)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(DataPaths(Path(tmp) / "data"), backups=False)
        try:
            with store.unit_of_work() as session:
                themes = list(session.scalars(select(SignalTheme.id)))
                for i in range(N):
                    session.add(
                        Signal(
                            signal_date=date(2026, 11, 20) - timedelta(days=rng.randrange(700)),
                            theme_id=rng.choice(themes),
                            wijk=rng.choice(["Oost", "West", "Noord"]),
                            description=f"signaal {i}",
                            urgency="normaal",
                            status=rng.choice(["nieuw", "in_behandeling", "afgehandeld"]),
                        )
                    )
            today = date(2026, 11, 23)

            def baseline():
                with store.sessions() as session:
                    return session.execute(select(Signal.id, Signal.signal_date)).all()

            queue = best_of(
                lambda: review.list_signals(store, actor=ACTOR, status="open", today=today)
            )
            overdue = best_of(
                lambda: review.list_signals(store, actor=ACTOR, overdue=True, today=today)
            )
            counts = best_of(lambda: signal_counts(store, actor=ACTOR, today=today))
            base = best_of(baseline)
        finally:
            store.close()
    print(
        json.dumps(
            {
                "bench": "signal_queue",
                "signals": N,
                "queue_open_ms": round(queue * 1000, 1),
                "queue_overdue_ms": round(overdue * 1000, 1),
                "report_counts_ms": round(counts * 1000, 1),
                "baseline_plain_select_ms": round(base * 1000, 1),
                "ratio_queue_to_baseline": round(queue / base, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
