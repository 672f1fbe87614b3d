"""Search as the desk types it, on 100,000 synthetic services, against raw FTS5.

Builds a migrated database in a temp dir, replays 200 queries as typed (every prefix of two or
more letters) through SearchService, the same call the UI makes, and the same prefixes as a raw
FTS5 bm25-ranked prefix query. Per keystroke it also times the count the desk shows (exact up
to 10,000, else "meer dan 10.000") and counting every match without that cap. ``fidelity`` is
the share of keystrokes (a fixed sample, ``--sample``) whose shipped top 10 equals the top 10
of the full ranking computed the slow way over every match (services/search/reference.py).
Prints one JSON object on the last line.

    .venv/bin/python bench/search.py [--services 100000] [--sample 120]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic import FIRST, PLACES, SECOND, TOPICS, build
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.services.search import ranking
from wijkinfo.services.search.lookup import SearchService, _raw, _typed_words, fts_query
from wijkinfo.services.search.reference import full_ranking

UI_LIMIT = 50  # what the desk asks for per keystroke (it fetches more when scrolled)


def queries(n: int, seed: int = 11) -> list[str]:
    """Realistic desk questions: a service word, a topic, a place, a synonym, now and then a typo."""
    rnd = random.Random(seed)
    fixed = ["geldzorgen", "eenzaam", "huisarts", "schuldhulpverlenign", "zorgcooperatie"]
    out = list(fixed)
    while len(out) < n:
        kind = rnd.random()
        word = (rnd.choice(FIRST) + rnd.choice(SECOND)).lower()
        if kind < 0.45:
            out.append(word)
        elif kind < 0.7:
            out.append(f"{word} {rnd.choice(PLACES).lower()}")
        elif kind < 0.9:
            out.append(rnd.choice(TOPICS))
        else:
            out.append(rnd.choice(FIRST).lower() + " " + rnd.choice(PLACES).lower())
    return out[:n]


def typed(query: str) -> list[str]:
    """Every prefix of two or more characters, as the box sees them while typing."""
    return [query[:i] for i in range(2, len(query) + 1) if not query[:i].endswith(" ")]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--services", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--sample", type=int, default=120, help="keystrokes checked for fidelity")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        paths = build(Path(tmp) / "data", args.services)
        build_s = time.perf_counter() - t0
        keystrokes = [p for q in queries(args.queries) for p in typed(q)]

        store = open_store(paths, backups=False)
        search = SearchService(store)
        t = time.perf_counter()
        search.warm()  # the desk does this off the UI thread right after start
        warm_ms = (time.perf_counter() - t) * 1000
        ours, counts, full_counts = [], [], []
        for text in keystrokes:
            t = time.perf_counter()
            search.search(text, limit=UI_LIMIT)
            ours.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            search.count(text)
            counts.append((time.perf_counter() - t) * 1000)
        step = max(1, len(keystrokes) // args.sample)
        checked = keystrokes[::step][: args.sample]
        same = 0
        t_ref = time.perf_counter()
        with store.sessions() as session:
            raw_conn = _raw(session)
            for text in checked:
                plans = search._plans(session, _typed_words(text), "1", {})
                t = time.perf_counter()
                ranking.count(raw_conn, plans, cap=None)
                full_counts.append((time.perf_counter() - t) * 1000)
                shipped = [h.id for h in search.search(text, limit=10)]
                same += shipped == full_ranking(raw_conn, plans)[:10]
        reference_s = time.perf_counter() - t_ref
        store.close()

        db = sqlite3.connect(paths.db)
        raw = []
        for text in keystrokes:
            match = fts_query(text)
            t = time.perf_counter()
            db.execute(
                "SELECT service_id, bm25(service_fts) FROM service_fts WHERE service_fts MATCH ? "
                "ORDER BY rank LIMIT ?",
                (match, UI_LIMIT),
            ).fetchall()
            raw.append((time.perf_counter() - t) * 1000)
        db.close()

    figures = {
        "bench": "search",
        "services": args.services,
        "queries": args.queries,
        "keystrokes": len(keystrokes),
        "build_s": round(build_s, 1),
        "warm_ms": round(warm_ms, 1),
        "p50_ms": round(statistics.median(ours), 2),
        "p99_ms": round(percentile(ours, 99), 2),
        "max_ms": round(max(ours), 2),
        "raw_fts_p50_ms": round(statistics.median(raw), 2),
        "raw_fts_p99_ms": round(percentile(raw, 99), 2),
        "ratio_p99": round(percentile(ours, 99) / percentile(raw, 99), 3),
        "ratio_p50": round(statistics.median(ours) / statistics.median(raw), 3),
        "target_p99_ms": 16,
        "fidelity": round(same / len(checked), 3),
        "fidelity_keystrokes": len(checked),
        "target_fidelity": 0.95,
        "reference_s": round(reference_s, 1),
        "count_p50_ms": round(statistics.median(counts), 2),
        "count_p99_ms": round(percentile(counts, 99), 2),
        "count_all_p50_ms": round(statistics.median(full_counts), 2),
        "count_all_p99_ms": round(percentile(full_counts, 99), 2),
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
