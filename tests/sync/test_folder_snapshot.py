"""A new desk joins a folder with history by loading a snapshot, then reads on from there."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.sync.conftest import COORDINATORS
from wijkinfo.services.people.auth import ANONYMOUS_DESK, CLI_ACTOR
from wijkinfo.services.sync import folder_sync
from wijkinfo.sync import sanity
from wijkinfo.sync.folder_files import SNAPSHOT, SYNC_DIR, list_files
from wijkinfo.sync.keys import KdfProfile

pytest.importorskip("wijkinfo.sync.snapshot")

FAST = KdfProfile(time_cost=1, memory_kib=8 * 1024, parallelism=1)
PASS = "de linde bloeit"


def sync(engine, folder, **kw):
    return folder_sync.sync_once(
        engine.store, actor=ANONYMOUS_DESK, folder=folder, engine_factory=lambda s: engine, **kw
    )


def test_a_new_desk_starts_from_a_snapshot_and_reads_on(make_replica, tmp_path, monkeypatch):
    monkeypatch.setattr(folder_sync, "SNAPSHOT_EVERY", 10)
    old, new = make_replica("old"), make_replica("new")
    folder = tmp_path / "cloud"
    folder.mkdir()
    folder_sync.set_up_folder(
        old.store, actor=CLI_ACTOR, folder=folder, passphrase=PASS, profile=FAST
    )
    with old.store.unit_of_work(author=COORDINATORS[0]) as session:
        session.execute(
            text(
                "INSERT INTO organization (id, name, description, last_modified) VALUES "
                "('o1', 'Stichting', '', '2026-01-01')"
            )
        )
        for n in range(15):
            session.execute(
                text(
                    "INSERT INTO service (id, organization_id, name, description, status, "
                    "do_not_refer, last_modified) VALUES (:id, 'o1', :id, '', 'active', 0, "
                    "'2026-01-01')"
                ),
                {"id": f"s{n}"},
            )
    sync(old, folder)
    snaps = [f for f in list_files(folder / SYNC_DIR / old.replica_id()) if f.kind == SNAPSHOT]
    assert len(snaps) == 1
    with old.store.unit_of_work(author=COORDINATORS[0]) as session:
        session.execute(text("UPDATE service SET name = 'later' WHERE id = 's1'"))
    sync(old, folder)

    joined = sync(new, folder, passphrase=PASS)
    assert joined.joined_from_snapshot and "momentopname" in joined.line()
    assert sanity.figures(new.store.engine) == sanity.figures(old.store.engine)
    assert (new.store.paths.backups).is_dir()
    again = sync(new, folder)
    assert not again.joined_from_snapshot and again.received == 0
