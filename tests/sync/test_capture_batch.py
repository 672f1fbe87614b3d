"""Bulk writes captured set-based log the same changes as the per-row triggers would."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from tests.sync.conftest import COORDINATORS
from wijkinfo.db.engine import sync_clock
from wijkinfo.sync.capture_batch import batched

AUTHOR = COORDINATORS[0]


def _writes(session) -> None:
    """Every kind of write a bulk job makes, in one transaction."""
    session.execute(
        text(
            "INSERT INTO organization (id, name, description, last_modified) "
            "VALUES (:id, :name, '', '2026-01-01')"
        ),
        [{"id": f"o{i}", "name": f"Org {i}"} for i in range(4)],
    )
    session.execute(
        text(
            "INSERT INTO service (id, organization_id, name, description, status, do_not_refer, "
            "last_modified) VALUES (:id, 'o0', :n, '', 'active', 0, '2026-01-01')"
        ),
        [{"id": f"s{i}", "n": f"Dienst {i}"} for i in range(3)],
    )
    session.execute(
        text("INSERT INTO phone (id, service_id, number, position) VALUES (:i, :s, '030', 0)"),
        [{"i": f"p{i}", "s": f"s{i}"} for i in range(3)],
    )
    session.execute(
        text(
            "INSERT INTO location (id, name, latitude, longitude, location_type) "
            "VALUES ('l1', 'Buurthuis', :lat, 5.123456789012345, 'physical')"
        ),
        {"lat": 0.1 + 0.2},
    )
    session.execute(
        text(
            "INSERT INTO service_at_location (id, service_id, location_id) VALUES ('x', 's0', 'l1')"
        )
    )
    session.execute(text("UPDATE organization SET website = 'https://a.nl' WHERE id = 'o1'"))
    session.execute(text("UPDATE service SET name = 'Nieuw', description = 'd' WHERE id = 's1'"))
    session.execute(text("DELETE FROM service WHERE id = 's2'"))  # cascades to its phone
    session.execute(text("DELETE FROM organization WHERE id = 'o3'"))  # made and gone
    session.execute(text("UPDATE organization SET name = 'Org twee' WHERE id = 'o2'"))


def _log(store) -> list[dict]:
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT * FROM outbox_change ORDER BY id")).mappings().all()
    return [dict(r) for r in rows]


def _final(entries: list[dict]) -> dict:
    """What a replica that applies these changes ends up with, per row."""
    rows: dict = {}
    for e in entries:
        key = (e["table_name"], e["row_id"])
        if e["op"] == "delete":
            rows[key] = None
        else:
            rows[key] = {**(rows.get(key) or {}), **json.loads(e["payload_json"])}
    return {k: v for k, v in rows.items() if v is not None}


def test_batched_capture_ends_where_row_by_row_capture_ends(make_replica):
    store, other = make_replica("a").store, make_replica("b").store
    with store.unit_of_work(author=AUTHOR) as session:
        _writes(session)
    with other.unit_of_work(author=AUTHOR) as session, batched(session.connection()):
        _writes(session)
    plain, bulk = _log(store), _log(other)
    assert _final(bulk) == _final(plain)
    assert [e["origin_seq"] for e in bulk] == list(range(1, len(bulk) + 1))
    clocks = [e["hlc"] for e in bulk]
    assert clocks == sorted(clocks) and len(set(clocks)) == len(clocks)
    assert {e["author"] for e in bulk} == {AUTHOR}
    assert {e["origin_replica"] for e in bulk} == {other.replica_id()}
    # The deleted service's tombstone comes with its phone's; the made-and-gone org leaves one.
    ops = {(e["table_name"], e["row_id"]): e["op"] for e in bulk}
    assert ops[("service", "s2")] == ops[("phone", "p2")] == ops[("organization", "o3")] == "delete"
    assert (
        float(json.loads(next(e for e in bulk if e["row_id"] == "l1")["payload_json"])["latitude"])
        == 0.1 + 0.2
    )
    # An update of an existing row carries only what changed.
    with other.unit_of_work(author=AUTHOR) as session, batched(session.connection()):
        session.execute(text("UPDATE service SET name = 'Later' WHERE id = 's0'"))
    last = _log(other)[-1]
    assert json.loads(last["payload_json"]) == {"name": "Later"}
    assert last["origin_seq"] == len(bulk) + 1


def test_row_by_row_capture_goes_on_after_a_batch_and_on_other_connections(store):
    with store.unit_of_work(author=AUTHOR) as session, batched(session.connection()):
        session.execute(
            text(
                "INSERT INTO organization (id, name, description, last_modified) VALUES ('a', 'A', '', '2026-01-01')"
            )
        )
        with store.engine.connect() as other:  # another connection of the pool
            assert other.exec_driver_sql("SELECT wijkinfo_capturing()").scalar() == 1
    with store.unit_of_work(author=AUTHOR) as session:
        session.execute(text("UPDATE organization SET name = 'B' WHERE id = 'a'"))
    entries = [(e["table_name"], e["op"], e["origin_seq"]) for e in _log(store)]
    assert entries == [
        ("organization", "insert", 1),
        ("organization", "upsert", 2),
    ]


def test_a_failed_batch_logs_nothing_and_leaves_capture_on(store):
    with (
        pytest.raises(RuntimeError),
        store.unit_of_work(author=AUTHOR) as session,
        batched(session.connection()),
    ):
        session.execute(
            text(
                "INSERT INTO organization (id, name, description, last_modified) VALUES ('a', 'A', '', '2026-01-01')"
            )
        )
        raise RuntimeError("stop")
    assert _log(store) == []
    with store.unit_of_work(author=AUTHOR) as session:
        session.execute(
            text(
                "INSERT INTO organization (id, name, description, last_modified) VALUES ('b', 'B', '', '2026-01-01')"
            )
        )
    assert [(e["row_id"], e["origin_seq"]) for e in _log(store)] == [("b", 1)]


def test_the_clock_of_a_batch_never_goes_back(store):
    with store.unit_of_work(author=AUTHOR) as session:
        session.execute(
            text(
                "INSERT INTO organization (id, name, description, last_modified) VALUES ('a', 'A', '', '2026-01-01')"
            )
        )
    sync_clock(store.engine).offset_ms = -5 * 24 * 3600 * 1000
    with store.unit_of_work(author=AUTHOR) as session, batched(session.connection()):
        session.execute(
            text(
                "INSERT INTO organization (id, name, description, last_modified) VALUES (:i, 'X', '', '2026-01-01')"
            ),
            [{"i": f"b{i}"} for i in range(5)],
        )
    clocks = [e["hlc"] for e in _log(store)]
    assert clocks == sorted(clocks) and len(set(clocks)) == 6


def test_a_batch_rolled_back_after_the_block_leaves_no_trigger_behind(store):
    with pytest.raises(RuntimeError), store.unit_of_work(author=AUTHOR) as session:
        with batched(session.connection()):
            session.execute(
                text(
                    "INSERT INTO organization (id, name, description, last_modified) "
                    "VALUES ('a', 'A', '', '2026-01-01')"
                )
            )
        raise RuntimeError("refused after the writes")
    for _ in range(3):  # every connection of the pool
        with store.unit_of_work(author=AUTHOR) as session:
            temp = session.execute(text("SELECT count(*) FROM temp.sqlite_master")).scalar()
            session.execute(
                text(
                    "INSERT INTO organization (id, name, description, last_modified) "
                    "VALUES (:i, 'B', '', '2026-01-01')"
                ),
                {"i": f"b{_}"},
            )
            assert temp == 0
    assert [e["origin_seq"] for e in _log(store)] == [1, 2, 3]
