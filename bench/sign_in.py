"""What sealed contacts add to a sign-in: a coordinator's (scrypt check + Argon2id unwrap of the
key) against a volunteer's (scrypt check only), in the same run. Also the Argon2id derivation
alone, and opening one sealed contact. Prints one JSON object on the last line.

    .venv/bin/python bench/sign_in.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wijkinfo.services.datafolder.files import DataPaths  # noqa: E402
from wijkinfo.services.datafolder.store import open_store  # noqa: E402
from wijkinfo.services.people import users  # noqa: E402
from wijkinfo.services.privacy import sealing  # noqa: E402
from wijkinfo.services.signals import intake, review  # noqa: E402


def _ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(DataPaths(Path(tmp) / "data"), backups=False)
        try:
            users.create_first_coordinator(store, name="Kees", password="geheim-wachtwoord")
            kees = users.sign_in(store, name="Kees", password="geheim-wachtwoord")
            users.create_user(store, actor=kees, name="Ans", password="2580")
            ans = users.sign_in(store, name="Ans", password="2580")
            sid = intake.log_signal(
                store,
                actor=ans,
                signal_date="01-11-2026",
                theme_code="geldzorgen",
                description="bench",
                contact=intake.ContactInput(phone="0612345678", consent=True),
            ).id
            volunteer = _ms(lambda: users.sign_in(store, name="Ans", password="2580"), args.runs)
            coordinator = _ms(
                lambda: users.sign_in(store, name="Kees", password="geheim-wachtwoord"), args.runs
            )
            salt = b"0123456789abcdef"
            derive = _ms(
                lambda: sealing.derive("geheim-wachtwoord", salt, sealing.PASSWORD_PROFILE),
                args.runs,
            )
            fresh = users.sign_in(store, name="Kees", password="geheim-wachtwoord")
            read = _ms(lambda: review.read_contact(store, actor=fresh, signal_id=sid), args.runs)
        finally:
            store.close()
    profile = sealing.PASSWORD_PROFILE
    print(
        json.dumps(
            {
                "bench": "sign_in",
                "argon2id": {
                    "time_cost": profile.time_cost,
                    "memory_kib": profile.memory_kib,
                    "parallelism": profile.parallelism,
                },
                "volunteer_sign_in_ms": round(volunteer, 1),
                "coordinator_sign_in_ms": round(coordinator, 1),
                "argon2id_derive_ms": round(derive, 1),
                "read_contact_ms": round(read, 1),
                "ratio_coordinator_vs_volunteer": round(coordinator / volunteer, 2),
            }
        )
    )


if __name__ == "__main__":
    main()
