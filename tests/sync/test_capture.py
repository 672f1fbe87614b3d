"""Every way of writing reaches the change log, in the same transaction, and nothing else does."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

import pytest
from sqlalchemy import delete, text, update
from sqlalchemy.dialects.sqlite import insert

from tests.sync.conftest import COORDINATORS
from wijkinfo.db.engine import applying, sync_clock
from wijkinfo.db.models import Location, Organization, Phone, Service, User
from wijkinfo.sync.tables import check_complete, synced

AUTHOR = COORDINATORS[0]


def log(store) -> list[dict]:
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT * FROM outbox_change ORDER BY id")).mappings().all()
    return [dict(r, values=json.loads(r["payload_json"])) for r in rows]


def _org_with_service(store) -> tuple[str, str]:
    with store.unit_of_work(author=AUTHOR) as session:
        org = Organization(name="Buurtwerk")
        session.add(org)
        session.flush()
        service = Service(name="Spreekuur", organization_id=org.id)
        service.phones.append(Phone(number="030-1234567"))
        session.add(service)
        session.flush()
        return org.id, service.id


def test_orm_unit_of_work_logs_insert_update_delete_with_author(store):
    org_id, service_id = _org_with_service(store)
    with store.unit_of_work(author=AUTHOR) as session:
        session.get(Service, service_id).name = "Inloopspreekuur"
    with store.unit_of_work(author=AUTHOR) as session:
        session.delete(session.get(Service, service_id))
    entries = [(e["table_name"], e["op"]) for e in log(store)]
    assert entries == [
        ("organization", "insert"),
        ("service", "insert"),
        ("phone", "insert"),
        ("service", "upsert"),
        ("phone", "delete"),
        ("service", "delete"),
    ]
    update_entry = log(store)[3]
    assert update_entry["values"]["name"] == "Inloopspreekuur"
    assert "description" not in update_entry["values"]  # only what changed travels
    assert {e["author"] for e in log(store)} == {AUTHOR}
    seqs = [e["origin_seq"] for e in log(store)]
    assert seqs == list(range(1, len(seqs) + 1))
    assert {e["origin_replica"] for e in log(store)} == {store.replica_id()}


def test_bulk_orm_update_and_delete_log_every_row(store):
    with store.unit_of_work(author=AUTHOR) as session:
        session.add_all([Organization(name=f"Org {i}") for i in range(5)])
    with store.unit_of_work(author=AUTHOR) as session:
        session.execute(
            update(Organization).where(Organization.name != "Org 0").values(email="x@y.nl")
        )
        session.execute(delete(Organization).where(Organization.name == "Org 0"))
    ops = [(e["op"], e["values"].get("email")) for e in log(store)[5:]]
    assert ops.count(("upsert", "x@y.nl")) == 4
    assert ops.count(("delete", None)) == 1


def test_text_executemany_and_upsert_are_logged(store):
    with store.unit_of_work(author=AUTHOR) as session:
        session.execute(
            text(
                "INSERT INTO organization (id, name, description, last_modified) "
                "VALUES (:id, :name, '', '2026-01-01')"
            ),
            [{"id": f"o{i}", "name": f"Org {i}"} for i in range(3)],
        )
        session.execute(text("UPDATE organization SET website = 'https://a.nl' WHERE id = 'o1'"))
        stmt = insert(Organization).values(
            id="o2", name="Org twee", description="", last_modified=datetime(2026, 1, 2)
        )
        session.execute(
            stmt.on_conflict_do_update(index_elements=["id"], set_={"name": stmt.excluded.name})
        )
    entries = [(e["row_id"], e["op"], e["values"].get("name")) for e in log(store)]
    assert entries[:3] == [
        ("o0", "insert", "Org 0"),
        ("o1", "insert", "Org 1"),
        ("o2", "insert", "Org 2"),
    ]
    assert entries[3] == ("o1", "upsert", None)
    assert entries[4] == ("o2", "upsert", "Org twee")


def test_foreign_key_cascade_logs_the_children(store):
    _org_id, service_id = _org_with_service(store)
    with store.unit_of_work(author=AUTHOR) as session:
        session.execute(text("DELETE FROM service WHERE id = :id"), {"id": service_id})
    tail = [(e["table_name"], e["op"]) for e in log(store)[-2:]]
    assert sorted(tail) == [("phone", "delete"), ("service", "delete")]


def test_a_rolled_back_write_leaves_no_change(store):
    with pytest.raises(RuntimeError), store.unit_of_work(author=AUTHOR) as session:
        session.add(Organization(name="Weg"))
        session.flush()
        raise RuntimeError("stop")
    assert log(store) == []


def test_applying_remote_changes_is_not_logged(store):
    with applying(), store.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO organization (id, name, description, last_modified) "
                "VALUES ('r1', 'Van elders', '', '2026-01-01')"
            )
        )
    assert log(store) == []


def test_per_machine_columns_do_not_travel(store):
    with store.unit_of_work(author=AUTHOR) as session:
        session.execute(update(User).values(failed_attempts=3))
    assert log(store) == []
    assert "failed_attempts" not in synced()["user"].columns


def test_floats_travel_exactly(store):
    with store.unit_of_work(author=AUTHOR) as session:
        session.add(Location(name="Buurthuis", latitude=0.1 + 0.2, longitude=5.123456789012345))
    values = log(store)[0]["values"]
    assert float(values["latitude"]) == 0.1 + 0.2
    assert float(values["longitude"]) == 5.123456789012345


def test_a_tool_without_the_functions_cannot_write_untracked(store):
    raw = sqlite3.connect(store.paths.db)
    with pytest.raises(sqlite3.OperationalError, match="no such function"):
        raw.execute(
            "INSERT INTO organization (id, name, description, last_modified) "
            "VALUES ('x', 'Stiekem', '', '2026-01-01')"
        )
    raw.rollback()
    assert raw.execute("SELECT count(*) FROM organization").fetchone()[0] == 0
    raw.close()


def test_clock_only_moves_forward_even_when_the_wall_clock_jumps_back(store):
    clock = sync_clock(store.engine)
    with store.unit_of_work(author=AUTHOR) as session:
        session.add(Organization(name="Eerst"))
    clock.offset_ms = -3 * 24 * 3600 * 1000
    with store.unit_of_work(author=AUTHOR) as session:
        session.add_all([Organization(name=f"Later {i}") for i in range(3)])
    clocks = [e["hlc"] for e in log(store)]
    assert clocks == sorted(clocks) and len(set(clocks)) == 4


def test_every_table_is_declared_synced_or_per_machine():
    assert check_complete() == []
