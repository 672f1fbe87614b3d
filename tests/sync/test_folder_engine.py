"""Two real data folders and one sync folder, with the real engine: they converge, encrypted."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.sync.conftest import COORDINATORS, VOLUNTEER
from wijkinfo.services.errors import PermissionDenied
from wijkinfo.services.people.auth import ANONYMOUS_DESK, CLI_ACTOR, Actor
from wijkinfo.services.sync import conflicts, folder_sync
from wijkinfo.sync import sanity
from wijkinfo.sync.keys import KdfProfile

FAST = KdfProfile(time_cost=1, memory_kib=8 * 1024, parallelism=1)
PASS = "de linde bloeit"
COORDINATOR = Actor(user_id=COORDINATORS[0], name="coordinator 0", role="coordinator")


def write(engine, author, sql, **params):
    with engine.store.unit_of_work(author=author) as session:
        session.execute(text(sql), params)


def add_service(engine, sid, name, *, org="o1", author=COORDINATORS[0]):
    write(
        engine,
        author,
        "INSERT INTO organization (id, name, description, last_modified) VALUES (:id, :name, '',"
        " '2026-01-01 00:00:00') ON CONFLICT DO NOTHING",
        id=org,
        name=f"Stichting {org}",
    )
    write(
        engine,
        author,
        "INSERT INTO service (id, organization_id, name, description, status, do_not_refer,"
        " last_modified) VALUES (:id, :org, :name, '', 'active', 0, '2026-01-01 00:00:00')",
        id=sid,
        org=org,
        name=name,
    )


def sync(engine, folder, **kw):
    return folder_sync.sync_once(
        engine.store, actor=ANONYMOUS_DESK, folder=folder, engine_factory=lambda s: engine, **kw
    )


@pytest.fixture
def desks(make_replica, tmp_path):
    coordinator, desk = make_replica("coordinator"), make_replica("desk")
    folder = tmp_path / "Nextcloud" / "wijkinfo"
    folder.mkdir(parents=True)
    folder_sync.set_up_folder(
        coordinator.store, actor=CLI_ACTOR, folder=folder, passphrase=PASS, profile=FAST
    )
    folder_sync.unlock_folder(desk.store, folder=folder, passphrase=PASS)
    return coordinator, desk, folder


def test_directory_and_signals_converge_and_the_folder_holds_no_plain_text(desks):
    coordinator, desk, folder = desks
    add_service(coordinator, "s1", "Schuldhulp Geldfit Lindestad")
    write(
        coordinator,
        COORDINATORS[0],
        "INSERT INTO phone (id, service_id, number, position) VALUES ('p1', 's1', '030-2818100', 0)",
    )
    theme = desk.store.engine.connect().exec_driver_sql("SELECT id FROM signal_theme").scalar()
    write(
        desk,
        VOLUNTEER,
        "INSERT INTO signal (id, signal_date, created_at, created_by, theme_id, description,"
        " urgency, status, version) VALUES ('g1', '2026-12-01', '2026-12-01 10:00:00', :who,"
        " :theme, 'Mevrouw Doğan wacht al weken op haar toeslag', 'normaal', 'nieuw', 1)",
        who=VOLUNTEER,
        theme=theme,
    )
    first = sync(coordinator, folder)
    second = sync(desk, folder)
    third = sync(coordinator, folder)
    assert first.ok and second.ok and third.ok
    assert second.received >= 3 and third.received >= 1
    assert sanity.figures(coordinator.store.engine) == sanity.figures(desk.store.engine)
    everything = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
    for secret in ("Geldfit", "030-2818100", "2818100", "Doğan", "toeslag"):
        assert secret.encode() not in everything
    names = desk.store.engine.connect().exec_driver_sql("SELECT name FROM service").scalars()
    assert list(names) == ["Schuldhulp Geldfit Lindestad"]


def test_a_batch_deleting_much_of_the_directory_waits_for_a_coordinator(desks):
    coordinator, desk, folder = desks
    for n in range(20):
        add_service(coordinator, f"s{n}", f"dienst {n}")
    sync(coordinator, folder)
    sync(desk, folder)
    for n in range(12):
        write(coordinator, COORDINATORS[0], "DELETE FROM service WHERE id = :id", id=f"s{n}")
    sync(coordinator, folder)
    before = sanity.figures(desk.store.engine)
    with pytest.raises(folder_sync.LargeDelete, match="12 van de"):
        sync(desk, folder)
    assert sanity.figures(desk.store.engine) == before
    with pytest.raises(PermissionDenied):
        sync(desk, folder, allow_large_delete=True)  # a volunteer cannot say yes
    done = folder_sync.sync_once(
        desk.store,
        actor=COORDINATOR,
        folder=folder,
        engine_factory=lambda s: desk,
        allow_large_delete=True,
    )
    assert done.ok
    assert sanity.figures(desk.store.engine) == sanity.figures(coordinator.store.engine)


def test_two_coordinators_edit_one_field_and_the_other_value_can_be_chosen(desks):
    coordinator, desk, folder = desks
    add_service(coordinator, "s1", "Geldfit")
    sync(coordinator, folder)
    sync(desk, folder)
    write(coordinator, COORDINATORS[0], "UPDATE service SET name = 'Geldfit A' WHERE id = 's1'")
    write(desk, COORDINATORS[1], "UPDATE service SET name = 'Geldfit B' WHERE id = 's1'")
    sync(coordinator, folder)
    sync(desk, folder)
    sync(coordinator, folder)
    name = "SELECT name FROM service WHERE id = 's1'"
    won = coordinator.store.engine.connect().exec_driver_sql(name).scalar()
    assert desk.store.engine.connect().exec_driver_sql(name).scalar() == won
    listed = conflicts.open_conflicts(coordinator.store) + conflicts.open_conflicts(desk.store)
    assert listed, "the losing value is in a conflict list"
    lost = listed[0]
    assert {lost.current, lost.other} == {"Geldfit A", "Geldfit B"}
    assert lost.who.startswith("coordinator") and lost.when
    owner = coordinator if lost in conflicts.open_conflicts(coordinator.store) else desk
    conflicts.choose_other_value(owner.store, actor=COORDINATOR, conflict_id=lost.id)
    assert owner.store.engine.connect().exec_driver_sql(name).scalar() == lost.other
    sync(owner, folder)
    other = desk if owner is coordinator else coordinator
    sync(other, folder)
    assert other.store.engine.connect().exec_driver_sql(name).scalar() == lost.other
    assert lost.id not in {c.id for c in conflicts.open_conflicts(owner.store)}
