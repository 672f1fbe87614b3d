"""The engine's rules one by one, between real replicas (copies of one migrated file)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from tests.sync.conftest import COORDINATORS, VOLUNTEER, sync
from wijkinfo.db.engine import sync_clock
from wijkinfo.sync import sanity, snapshot
from wijkinfo.sync.api import Change
from wijkinfo.sync.engine import InjectedCrash

BOSS = COORDINATORS[0]
DAY = 24 * 3600 * 1000


def run(engine, sql: str, author: str | None = BOSS, **params) -> None:
    with engine.store.unit_of_work(author=author) as session:
        session.execute(text(sql), params)


def one(engine, sql: str, **params):
    with engine.store.engine.connect() as conn:
        return conn.execute(text(sql), params).all()


def org(engine, oid: str = "o1", name: str = "Buurtwerk", author: str | None = BOSS) -> None:
    run(
        engine,
        "INSERT INTO organization (id, name, description, last_modified) "
        "VALUES (:id, :name, '', '2026-01-01 00:00:00')",
        author=author,
        id=oid,
        name=name,
    )


def service(engine, sid: str = "s1", oid: str = "o1", name: str = "Spreekuur") -> None:
    run(
        engine,
        "INSERT INTO service (id, organization_id, name, description, status, do_not_refer, "
        "last_modified) VALUES (:id, :o, :n, '', 'active', 0, '2026-01-01 00:00:00')",
        id=sid,
        o=oid,
        n=name,
    )


def conflicts(engine) -> list[tuple[str, str]]:
    return [(k, p) for k, p in one(engine, "SELECT kind, losing_payload_json FROM sync_conflict")]


def test_applied_changes_are_kept_under_their_origin_and_not_echoed(make_replica):
    a, b = make_replica("a"), make_replica("b")
    org(a)
    sync(a, b)
    assert one(b, "SELECT name FROM organization") == [("Buurtwerk",)]
    assert one(b, "SELECT origin_replica, origin_seq, state FROM outbox_change") == [
        (a.replica_id(), 1, "applied")
    ]
    assert one(b, "SELECT next_seq FROM replica") == [(1,)]  # b made no change of its own
    sync(b, a)  # a's own change comes back: nothing new
    assert a.position() == 1


def test_applying_twice_changes_nothing(make_replica):
    a, b = make_replica("a"), make_replica("b")
    org(a)
    batch = a.outgoing(0, 100)
    first = b.apply(batch.changes, source=a.replica_id(), transport="t", position="1")
    again = b.apply(batch.changes, source=a.replica_id(), transport="t", position="1")
    assert (first.applied, again.applied, again.already_known) == (1, 0, 1)
    assert b.cursor(source=a.replica_id(), transport="t") == "1"


def test_a_gap_waits_for_the_missing_change(make_replica):
    a, b = make_replica("a"), make_replica("b")
    org(a)
    run(a, "UPDATE organization SET name = 'Buurtwerk Oost'")
    first, second = a.outgoing(0, 100).changes
    result = b.apply([second], source="x", transport="t", position="2")
    assert result.held_back == 1
    assert one(b, "SELECT count(*) FROM organization") == [(0,)]
    b.apply([first], source="x", transport="t", position="1")
    assert one(b, "SELECT name FROM organization") == [("Buurtwerk Oost",)]
    assert b.waiting() == {}


def test_a_change_whose_parent_has_not_arrived_waits(make_replica):
    a, b, c = make_replica("a"), make_replica("b"), make_replica("c")
    org(a)
    sync(a, b)
    service(b)  # b's service refers to a's organisation; c hears from b first
    c.apply(b.outgoing(0, 100).changes[1:], source=b.replica_id(), transport="t", position="2")
    assert c.waiting() == {"held": 1}
    sync(a, c)
    assert one(c, "SELECT name FROM service") == [("Spreekuur",)]
    assert c.waiting() == {}


def test_a_directory_change_by_a_volunteer_is_refused_where_it_arrives(make_replica):
    a, b = make_replica("a"), make_replica("b")
    org(a, author=VOLUNTEER)
    org(a, oid="o2", name="Zonder naam", author=None)
    result = b.apply(a.outgoing(0, 10).changes, source=a.replica_id(), transport="t", position="2")
    assert result.refused == 2
    assert one(b, "SELECT count(*) FROM organization") == [(0,)]
    assert [k for k, _ in conflicts(b)] == ["refused", "refused"]


def test_a_clock_far_ahead_is_quarantined_not_absorbed(make_replica):
    a, b, c = make_replica("a"), make_replica("b"), make_replica("c")
    sync_clock(a.store.engine).offset_ms = 3 * DAY
    org(a)
    before = one(b, "SELECT hlc_ms FROM replica")
    result = b.apply(a.outgoing(0, 10).changes, source=a.replica_id(), transport="t", position="1")
    assert result.quarantined == 1 and result.applied == 0
    assert one(b, "SELECT count(*) FROM organization") == [(0,)]
    assert one(b, "SELECT hlc_ms FROM replica") == before
    sync(b, c)  # not passed on
    assert c.position() == 0
    assert b.release_quarantined() == 1
    assert one(b, "SELECT name FROM organization") == [("Buurtwerk",)]
    sync(b, c)  # passed on now, and c, whose clock is right too, keeps it aside as well
    assert c.waiting() == {"quarantined": 1}


def test_delete_wins_and_a_later_edit_goes_to_the_conflict_log(make_replica):
    a, b = make_replica("a"), make_replica("b")
    org(a)
    sync(a, b)
    run(a, "DELETE FROM organization WHERE id = 'o1'")
    run(
        b,
        "UPDATE organization SET email = 'nieuw@buurtwerk.nl' WHERE id = 'o1'",
        author=COORDINATORS[1],
    )
    sync(a, b)
    sync(b, a)
    for x in (a, b):
        assert one(x, "SELECT count(*) FROM organization") == [(0,)]
        assert any(k == "deleted" and "nieuw@buurtwerk.nl" in p for k, p in conflicts(x))


def test_a_service_of_an_organisation_deleted_elsewhere_stays_without_it(make_replica):
    a, b = make_replica("a"), make_replica("b")
    org(a)
    sync(a, b)
    service(b)
    run(a, "DELETE FROM organization WHERE id = 'o1'")
    sync(a, b)
    sync(b, a)
    for x in (a, b):
        assert one(x, "SELECT name, organization_id FROM service") == [("Spreekuur", None)]
    assert sanity.differences(sanity.figures(a.store.engine), sanity.figures(b.store.engine)) == []


def test_two_coordinators_editing_one_field_keep_the_newest_and_log_the_other(make_replica):
    a, b = make_replica("a"), make_replica("b")
    org(a)
    sync(a, b)
    run(a, "UPDATE organization SET name = 'Eerst'")
    run(b, "UPDATE organization SET name = 'Later'", author=COORDINATORS[1])
    sync(a, b)
    sync(b, a)
    for x in (a, b):
        assert one(x, "SELECT name FROM organization") == [("Later",)]
    assert any(json.loads(p) == {"name": "Eerst"} for _k, p in conflicts(a) + conflicts(b))


def test_the_same_user_name_made_on_two_desks_never_fails_the_merge(make_replica):
    a, b = make_replica("a"), make_replica("b")
    for x, uid in ((a, "u-a"), (b, "u-b")):
        run(
            x,
            'INSERT INTO "user" (id, name, role, failed_attempts, active, created_at) '
            "VALUES (:id, 'Ans', 'volunteer', 0, 1, '2026-01-01')",
            id=uid,
        )
    sync(a, b)
    sync(b, a)
    names = [one(x, "SELECT name FROM \"user\" WHERE id LIKE 'u-%' ORDER BY id") for x in (a, b)]
    assert names[0] == names[1]
    assert sorted(n for (n,) in names[0])[0] == "Ans" and len(set(names[0])) == 2
    assert any(k == "duplicate" for k, _ in conflicts(a) + conflicts(b))


def test_a_crash_before_the_cursor_leaves_neither_data_nor_cursor(make_replica):
    a, b = make_replica("a"), make_replica("b")
    org(a)

    def crash(point: str) -> None:
        if point == "before_cursor":
            raise InjectedCrash(point)

    b.fault = crash
    with pytest.raises(InjectedCrash):
        sync(a, b)
    assert one(b, "SELECT count(*) FROM organization") == [(0,)]
    assert b.cursor(source=a.replica_id(), transport="test") is None
    b.fault = None
    sync(a, b)
    assert one(b, "SELECT count(*) FROM organization") == [(1,)]


def test_a_desk_restored_from_backup_does_not_reuse_its_sequence_numbers(make_replica):
    a, b = make_replica("a"), make_replica("b")
    org(a)
    sync(a, b)
    run(a, "DELETE FROM outbox_change")  # as if a backup from before that change came back
    run(a, "UPDATE replica SET next_seq = 1")
    sync(b, a)
    assert one(a, "SELECT next_seq FROM replica") == [(2,)]


def test_a_remote_service_is_found_by_the_search_index(make_replica):
    a, b = make_replica("a"), make_replica("b")
    org(a)
    service(a, name="Schuldhulp")
    sync(a, b)
    assert one(b, "SELECT service_id FROM service_fts WHERE service_fts MATCH 'schuld*'") == [
        ("s1",)
    ]


def test_a_new_desk_loads_a_snapshot_and_keeps_its_own_changes(make_replica):
    a, b = make_replica("a"), make_replica("b")
    org(a)
    service(a)
    run(a, "DELETE FROM service WHERE id = 's1'")
    org(b, oid="o2", name="Eigen van b", author=COORDINATORS[1])
    snapshot.load(b, snapshot.from_bytes(snapshot.to_bytes(snapshot.export(a))))
    assert one(b, "SELECT id FROM organization ORDER BY id") == [("o1",), ("o2",)]
    sync(a, b)  # nothing new, and the deleted service does not come back
    assert one(b, "SELECT count(*) FROM service") == [(0,)]
    sync(b, a)
    assert sanity.differences(sanity.figures(a.store.engine), sanity.figures(b.store.engine)) == []


def test_compaction_drops_old_changes_and_refuses_older_ones_later(make_replica):
    a, b = make_replica("a"), make_replica("b")
    sync_clock(a.store.engine).offset_ms = -200 * DAY
    org(a)
    old = a.outgoing(0, 10).changes
    sync_clock(a.store.engine).offset_ms = 0
    org(a, oid="o2", name="Nieuw")
    sync(a, b)
    assert snapshot.compact(b) == 1
    assert snapshot.compact(b) == 0
    again = b.apply(
        [Change(**{**old[0].__dict__, "origin_replica": "elders", "origin_seq": 1})],
        source="elders",
        transport="t",
        position="1",
    )
    assert again.stale == 1
    horizon = one(b, "SELECT compacted_before FROM replica")[0][0]
    fresh = make_replica("c")
    assert snapshot.needs_snapshot(fresh, horizon)
    assert not snapshot.needs_snapshot(a, horizon)


def test_an_edit_in_the_editor_travels_with_its_author_and_a_volunteers_desk_refuses_none(
    make_replica,
):
    from wijkinfo.services.directory.organizations_edit import OrganizationEditor
    from wijkinfo.services.people.auth import COORDINATOR, Actor

    a, b = make_replica("a"), make_replica("b")
    kees = Actor(BOSS, "coordinator 0", COORDINATOR)
    OrganizationEditor(a.store).save_organization(actor=kees, name="Voedselbank")
    assert {c.author for c in a.outgoing(0, 10).changes} == {BOSS}
    sync(a, b)
    assert one(b, "SELECT name FROM organization") == [("Voedselbank",)]


def test_the_first_coordinator_of_a_desk_is_accepted_elsewhere(make_replica):
    from wijkinfo.services.people.users import create_first_coordinator

    a, b = make_replica("a"), make_replica("b")
    run(a, 'DELETE FROM "user"', author=None)  # a desk that starts with nobody
    info = create_first_coordinator(a.store, name="Fatima", password="geheim-wachtwoord-1")
    sync(a, b)
    assert one(b, 'SELECT name, role FROM "user" WHERE id = :i', i=info.id) == [
        ("Fatima", "coordinator")
    ]


def test_status_lists_every_synced_table_and_the_last_sync(make_replica):
    from wijkinfo.sync.tables import SYNCED_TABLES

    a, b = make_replica("a"), make_replica("b")
    org(a)
    sync(a, b)
    status = b.status()
    assert status["replica"] == b.replica_id()
    assert set(status["tables"]) == set(SYNCED_TABLES)
    assert status["tables"]["organization"]["rows"] == 1
    assert status["tables"] == a.status()["tables"]
    assert [s["source"] for s in status["sources"]] == [a.replica_id()]
