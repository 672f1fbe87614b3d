"""The demo sociale kaart of the fictional city Lindestad, for trying wijkinfo out."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from wijkinfo.db.models import Service, Setting
from wijkinfo.resources import resources_dir
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.exchange.hsds_writer import BatchWriter
from wijkinfo.services.exchange.records import Record
from wijkinfo.services.people.auth import Actor
from wijkinfo.services.settings import get_setting, set_setting
from wijkinfo.services.vocabulary.adopt import adopt_directory_terms
from wijkinfo.sync.capture_batch import batched

DEMO_FILE = "demo/sociale_kaart_demo.json"


@dataclass(frozen=True)
class DemoResult:
    services: int
    already_loaded: bool


def demo_path() -> Path:
    return resources_dir() / DEMO_FILE


def directory_is_empty(store: Store) -> bool:
    with store.sessions() as session:
        return session.scalar(select(func.count()).select_from(Service)) == 0


def is_demo(store: Store) -> bool:
    with store.sessions() as session:
        return bool(get_setting(session, "demo"))


def claim_demo_offer(store: Store) -> bool:
    """Whether to offer the demo now: only on an empty directory, and only once per data folder.

    True marks the offer as made (in the same transaction as the checks), so the question is
    never asked twice, whatever the answer."""
    with store.unit_of_work() as session:
        if session.scalar(select(func.count()).select_from(Service)):
            return False
        if get_setting(session, "demo") or get_setting(session, "demo_offered"):
            return False
        set_setting(session, "demo_offered", True)
    return True


def load_demo(store: Store, *, actor: Actor | None = None) -> DemoResult:
    """Fill an empty directory with the demo, in one transaction, and mark the data as demo.

    ``actor``: who loads it; their user id goes with the changes, so that the demo reaches the
    other desks when a coordinator loaded it (without one, only this desk has it)."""
    data = json.loads(demo_path().read_text(encoding="utf-8"))
    with store.unit_of_work(author=actor.user_id if actor else None) as session:
        count = session.scalar(select(func.count()).select_from(Service))
        if count:
            if get_setting(session, "demo"):
                return DemoResult(services=count, already_loaded=True)
            raise UserError(
                "De sociale kaart bevat al {count} diensten. De demo kan alleen in een lege "
                "database; kies een nieuwe map met --data-dir.",
                count=count,
            )
        # The same row writer as `wijkinfo import hsds`, inside this one transaction.
        with batched(session.connection()):
            writer = BatchWriter(session)
            for number, taxonomy in enumerate(data.get("taxonomies", []), start=1):
                writer.taxonomy(Record("taxonomy", DEMO_FILE, number, taxonomy))
            for number, term in enumerate(data.get("taxonomy_terms", []), start=1):
                writer.term(Record("taxonomy_term", DEMO_FILE, number, term))
            writer.services(
                [Record("service", DEMO_FILE, n, s) for n, s in enumerate(data["services"], 1)]
            )
            writer.finish()
            adopt_directory_terms(session)  # the tally and signal form offer them too
        if writer.out.rejected:  # a damaged installation, not the user's doing
            raise UserError(
                "De demo kan niet geladen worden ({reason}). Installeer wijkinfo opnieuw.",
                reason=writer.out.rejected[0].message,
            )
        set_setting(session, "demo", True)
        if session.get(Setting, "point_name") is None:  # a name typed at set-up stays
            set_setting(session, "point_name", "Wijkinformatiepunt Lindestad (demo)")
    return DemoResult(services=len(data["services"]), already_loaded=False)
