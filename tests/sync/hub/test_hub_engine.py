"""The real engine on real SQLite desks through a real hub, mixed with a folder desk: the same
rows everywhere (the engine's sanity figures agree), and the hub holds no name or phone."""

from __future__ import annotations

import os
from pathlib import Path

import psycopg
from sqlalchemy import text

from tests.sync.conftest import COORDINATORS, VOLUNTEER
from wijkinfo.db.migrate import known_revisions
from wijkinfo.sync import keys, sanity
from wijkinfo.sync.folder import FolderTransport
from wijkinfo.sync.hub.connection import parse_address
from wijkinfo.sync.hub.schema import init_hub
from wijkinfo.sync.hub.transport import sync_hub

HUB_KEY = os.urandom(32)
NAME, PHONE = "Fatima el Amrani", "030-7654321"


def _write(engine, author: str, sql: str, **params) -> None:
    with engine.store.unit_of_work(author=author) as session:
        session.execute(text(sql), params)


def _via_folder(engine, folder: Path, key) -> None:
    t = FolderTransport(folder, key, engine, known_schemas=known_revisions())
    t.apply(t.pull())
    t.push()


def test_hub_and_folder_desks_converge_with_the_real_engine(make_replica, hub_admin, tmp_path):
    hub = parse_address(hub_admin)
    init_hub(hub)
    folder = tmp_path / "syncmap"
    folder.mkdir()
    folder_key = keys.create_folder_key(
        folder, "lindestad-2026", profile=keys.KdfProfile(1, 8 * 1024, 1)
    )
    coordinator, desk, bridge, folder_desk = (make_replica(n) for n in ("c", "d", "b", "f"))
    _write(
        coordinator,
        COORDINATORS[0],
        "INSERT INTO organization (id, name, description, last_modified) "
        "VALUES ('org-1', 'Stichting Thuis', '', '2026-01-01 00:00:00')",
    )
    _write(
        coordinator,
        COORDINATORS[0],
        "INSERT INTO service (id, organization_id, name, description, status, do_not_refer, "
        "last_modified) VALUES ('svc-1', 'org-1', 'Hulp bij schulden', '', 'active', 0, "
        "'2026-01-01 00:00:00')",
    )
    _write(
        coordinator,
        COORDINATORS[0],
        "INSERT INTO phone (id, service_id, number, position) VALUES ('tel-1', 'svc-1', :n, 0)",
        n=PHONE,
    )
    with desk.store.engine.connect() as conn:
        theme = conn.execute(text("SELECT id FROM signal_theme LIMIT 1")).scalar()
    for engine, who in ((desk, VOLUNTEER), (folder_desk, VOLUNTEER)):
        _write(
            engine,
            who,
            "INSERT INTO signal (id, signal_date, created_at, created_by, theme_id, description, "
            "urgency, status, version) VALUES (:id, '2026-12-01', '2026-12-01 10:00:00', "
            ":who, :theme, :d, 'normaal', 'nieuw', 1)",
            id=f"sig-{engine.replica_id()[:8]}",
            who=who,
            theme=theme,
            d=f"{NAME} kan de huur niet betalen",
        )
    # The folder desk's signal travels folder → bridge → hub → the others: a round per hop.
    for _ in range(4):
        for engine in (coordinator, desk, bridge):
            sync_hub(engine, hub, HUB_KEY)
        _via_folder(bridge, folder, folder_key)  # the bridge desk uses both
        _via_folder(folder_desk, folder, folder_key)
    found = [sanity.figures(e.store.engine) for e in (coordinator, desk, bridge, folder_desk)]
    for other in found[1:]:
        assert sanity.differences(found[0], other) == []
    assert found[0]["signal"].rows == 2 and found[0]["phone"].rows == 1
    with psycopg.connect(hub_admin) as conn:
        held = [
            repr(row)
            for table in ("changes", "desks", "hub_meta", "hub_key")
            for row in conn.execute(f"SELECT * FROM {table}").fetchall()
        ]
    blob = "\n".join(held)
    for secret in (NAME, "Amrani", PHONE, "7654321", "huur", "Stichting Thuis", "schulden"):
        assert secret not in blob
