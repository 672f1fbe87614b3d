"""Snapshots and compaction on a real hub with the real engine: a new desk starts from the
snapshot, a desk away longer than the horizon gets it too, and nothing made anywhere is lost."""

from __future__ import annotations

import os

import psycopg
from sqlalchemy import text

from tests.sync.conftest import COORDINATORS, VOLUNTEER
from wijkinfo.sync import sanity
from wijkinfo.sync.hub.connection import parse_address
from wijkinfo.sync.hub.hub_snapshot import compact_hub
from wijkinfo.sync.hub.schema import init_hub
from wijkinfo.sync.hub.transport import sync_hub

KEY = os.urandom(32)


def _services(engine, start: int, n: int) -> None:
    with engine.store.unit_of_work(author=COORDINATORS[0]) as session:
        session.execute(
            text(
                "INSERT OR IGNORE INTO organization (id, name, description, last_modified) "
                "VALUES ('org-1', 'Stichting Thuis', '', '2026-01-01 00:00:00')"
            )
        )
        for i in range(start, start + n):
            session.execute(
                text(
                    "INSERT INTO service (id, organization_id, name, description, status, "
                    "do_not_refer, last_modified) VALUES (:id, 'org-1', :name, '', 'active', 0, "
                    "'2026-01-01 00:00:00')"
                ),
                {"id": f"svc-{i:04d}", "name": f"Dienst {i}"},
            )


def _signal(engine, sid: str) -> None:
    with engine.store.engine.connect() as conn:
        theme = conn.execute(text("SELECT id FROM signal_theme LIMIT 1")).scalar()
    with engine.store.unit_of_work(author=VOLUNTEER) as session:
        session.execute(
            text(
                "INSERT INTO signal (id, signal_date, created_at, created_by, theme_id, "
                "description, urgency, status, version) VALUES (:id, '2026-12-01', "
                "'2026-12-01 10:00:00', :who, :theme, 'geen huis', 'normaal', 'nieuw', 1)"
            ),
            {"id": sid, "who": VOLUNTEER, "theme": theme},
        )


def _same(*engines) -> None:
    found = [sanity.figures(e.store.engine) for e in engines]
    for other in found[1:]:
        assert sanity.differences(found[0], other) == []


def _hub(hub_admin):
    address = parse_address(hub_admin)
    init_hub(address)
    return address


def test_a_new_desk_starts_from_the_snapshot_and_sends_nothing_back(make_replica, hub_admin):
    hub = _hub(hub_admin)
    coordinator, newcomer = make_replica("c"), make_replica("n")
    _services(coordinator, 0, 30)
    first = sync_hub(coordinator, hub, KEY, snapshot_every=10)
    assert first.wrote_snapshot
    _signal(newcomer, "sig-new")  # made before it ever synced: must survive the load
    loads: list[str] = []
    joined = sync_hub(newcomer, hub, KEY, snapshot_every=10, before_load=lambda: loads.append(1))
    assert joined.joined_from_snapshot and loads == [1]
    assert joined.pulled == 0  # everything came in the snapshot
    assert joined.new_on_hub == 1  # its own signal, nothing of what the snapshot brought
    sync_hub(coordinator, hub, KEY, snapshot_every=10_000)
    _same(coordinator, newcomer)
    again = sync_hub(newcomer, hub, KEY, snapshot_every=10_000)
    assert (again.sent, again.pulled, again.joined_from_snapshot) == (0, 0, False)
    with newcomer.store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM service")).scalar() == 30


def test_a_desk_away_longer_than_the_horizon_gets_the_snapshot(make_replica, hub_admin):
    hub = _hub(hub_admin)
    coordinator, away, regular = make_replica("c"), make_replica("a"), make_replica("r")
    _services(coordinator, 0, 5)
    for engine in (coordinator, away, regular):
        sync_hub(engine, hub, KEY, snapshot_every=10_000)
    _signal(away, "sig-away")  # made while away, not yet sent
    _services(coordinator, 5, 20)
    sync_hub(coordinator, hub, KEY, snapshot_every=10)
    sync_hub(regular, hub, KEY, snapshot_every=10_000)

    result = compact_hub(hub, horizon_days=0)
    assert result.removed > 20 and not result.no_snapshot
    with psycopg.connect(hub_admin) as conn:
        left = conn.execute("SELECT count(*) FROM changes").fetchone()[0]
    assert left < 5

    back = sync_hub(away, hub, KEY, snapshot_every=10_000)
    assert back.joined_from_snapshot and back.new_on_hub == 1
    stays = sync_hub(regular, hub, KEY, snapshot_every=10_000)
    assert not stays.joined_from_snapshot  # it had read past what was compacted
    sync_hub(coordinator, hub, KEY, snapshot_every=10_000)
    _same(coordinator, away, regular)
    with regular.store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM signal")).scalar() == 1
        assert conn.execute(text("SELECT count(*) FROM service")).scalar() == 25


def test_without_a_snapshot_compaction_removes_nothing_and_says_why(make_replica, hub_admin):
    hub = _hub(hub_admin)
    coordinator = make_replica("c")
    _services(coordinator, 0, 3)
    sync_hub(coordinator, hub, KEY, snapshot_every=10_000)
    result = compact_hub(hub, horizon_days=0)
    assert (result.removed, result.no_snapshot) == (0, True)
    late = make_replica("late")
    sync_hub(late, hub, KEY)
    _same(coordinator, late)


def test_a_newer_snapshot_replaces_the_older_one_of_the_same_desk(make_replica, hub_admin):
    hub = _hub(hub_admin)
    coordinator = make_replica("c")
    for round_ in range(3):
        _services(coordinator, round_ * 10, 10)
        assert sync_hub(coordinator, hub, KEY, snapshot_every=5).wrote_snapshot
    with psycopg.connect(hub_admin) as conn:
        rows = conn.execute("SELECT count(*), max(upto_seq) FROM snapshots").fetchone()
        top = conn.execute("SELECT max(seq) FROM changes").fetchone()[0]
    assert rows == (1, top)
