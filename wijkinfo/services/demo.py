"""The demo sociale kaart of the fictional city Lindestad, for trying wijkinfo out."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from wijkinfo.db.models import Service
from wijkinfo.resources import resources_dir
from wijkinfo.services import hsds_mapping
from wijkinfo.services.errors import UserError
from wijkinfo.services.settings import get_setting, set_setting
from wijkinfo.services.store import Store

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


def load_demo(store: Store) -> DemoResult:
    """Fill an empty directory with the demo, in one transaction, and mark the data as demo."""
    data = json.loads(demo_path().read_text(encoding="utf-8"))
    with store.unit_of_work() as session:
        count = session.scalar(select(func.count()).select_from(Service))
        if count:
            if get_setting(session, "demo"):
                return DemoResult(services=count, already_loaded=True)
            raise UserError(
                "De sociale kaart bevat al {count} diensten. De demo kan alleen in een lege "
                "database; kies een nieuwe map met --data-dir.",
                count=count,
            )
        for taxonomy in data.get("taxonomies", []):
            hsds_mapping.add_taxonomy(session, taxonomy)
        session.flush()
        for term in _parents_first(data.get("taxonomy_terms", [])):
            hsds_mapping.add_taxonomy_term(session, term)
            session.flush()
        for service in data["services"]:
            hsds_mapping.add_service(session, service)
        set_setting(session, "demo", True)
        set_setting(session, "point_name", "Wijkinformatiepunt Lindestad (demo)")
    return DemoResult(services=len(data["services"]), already_loaded=False)


def _parents_first(terms: list[dict]) -> list[dict]:
    """Order terms so that every parent is written before its children."""
    by_id = {t["id"]: t for t in terms}
    ordered: list[dict] = []
    seen: set[str] = set()

    def visit(term: dict) -> None:
        if term["id"] in seen:
            return
        seen.add(term["id"])
        parent = by_id.get(term.get("parent_id") or "")
        if parent:
            visit(parent)
        ordered.append(term)

    for term in terms:
        visit(term)
    return ordered
