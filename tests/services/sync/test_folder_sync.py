"""A sync run through the service on real data folders: fail-safes that stop before any harm."""

from __future__ import annotations

import shutil

import pytest

from tests.sync.log_engine import LogEngine
from wijkinfo.services.errors import PermissionDenied, UserError
from wijkinfo.services.people.auth import ANONYMOUS_DESK, CLI_ACTOR
from wijkinfo.services.sync import folder_sync
from wijkinfo.services.sync import sync_settings as cfg
from wijkinfo.sync.keys import KdfProfile, WrongPassphrase

FAST = KdfProfile(time_cost=1, memory_kib=8 * 1024, parallelism=1)
PASS = "de linde bloeit"


@pytest.fixture
def engines():
    """One LogEngine per store (kept beside its database), standing in for the engine."""
    made: dict = {}

    def factory(store):
        path = store.paths.root / "log.sqlite"
        if path not in made:
            made[path] = LogEngine(path, schema=_head())
        return made[path]

    return factory


def _head() -> str:
    from wijkinfo.db.migrate import head_revision

    return str(head_revision())


@pytest.fixture
def cloud(tmp_path):
    folder = tmp_path / "Nextcloud" / "wijkinfo"
    folder.mkdir(parents=True)
    return folder


def run(store, engines, **kw):
    return folder_sync.sync_once(store, actor=ANONYMOUS_DESK, engine_factory=engines, **kw)


def test_set_up_and_sync_remembers_the_key(store, engines, cloud):
    folder_sync.set_up_folder(store, actor=CLI_ACTOR, folder=cloud, passphrase=PASS, profile=FAST)
    engines(store).write("service", "s1", {"name": "Geldfit"})
    summary = run(store, engines, folder=cloud)
    assert summary.ok and summary.sent == 1
    assert "1 verstuurd" in summary.line()
    assert cfg.read_settings(store).last_summary == summary.line()


def test_volunteers_cannot_set_up_or_change_settings(store, cloud):
    with pytest.raises(PermissionDenied):
        folder_sync.set_up_folder(store, actor=ANONYMOUS_DESK, folder=cloud, passphrase=PASS)
    with pytest.raises(PermissionDenied):
        cfg.save_settings(
            store,
            actor=ANONYMOUS_DESK,
            folder=str(cloud),
            auto=True,
            interval_minutes=5,
            desk_name="x",
        )


def test_settings_are_kept_on_this_machine(store, cloud):
    cfg.save_settings(
        store,
        actor=CLI_ACTOR,
        folder=str(cloud),
        auto=True,
        interval_minutes=10,
        desk_name="Balie Buurthuis",
    )
    s = cfg.read_settings(store)
    assert (s.folder, s.auto, s.interval_minutes, s.desk_name) == (
        str(cloud),
        True,
        10,
        "Balie Buurthuis",
    )
    with pytest.raises(UserError, match="1 tot 1440"):
        cfg.save_settings(
            store, actor=CLI_ACTOR, folder=None, auto=True, interval_minutes=0, desk_name=""
        )


def test_no_folder_chosen(store, engines):
    with pytest.raises(UserError, match="nog geen syncmap gekozen"):
        run(store, engines)


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda f: shutil.rmtree(f), "is er niet"),  # USB stick not plugged in
        (lambda f: None, "is leeg"),  # cloud client not downloaded yet
        (lambda f: (f / "foto.jpg").write_bytes(b"\xff\xd8"), "geen syncmap"),  # foreign
    ],
)
def test_missing_empty_or_foreign_folder_stops_and_changes_nothing(
    store, engines, cloud, make, says
):
    engines(store).write("service", "s1", {"name": "Geldfit"})
    make(cloud)
    with pytest.raises(UserError, match=says):
        run(store, engines, folder=cloud)
    assert engines(store).rows() == {("service", "s1"): {"name": "Geldfit"}}
    assert cfg.read_settings(store).last_sync_at is None


def test_a_renamed_folder_is_missing_and_found_again_under_its_new_name(store, engines, cloud):
    folder_sync.set_up_folder(store, actor=CLI_ACTOR, folder=cloud, passphrase=PASS, profile=FAST)
    run(store, engines, folder=cloud)
    moved = cloud.with_name("wijkinfo-oud")
    cloud.rename(moved)
    with pytest.raises(UserError, match="is er niet"):
        run(store, engines, folder=cloud)
    assert run(store, engines, folder=moved).ok  # same folder key: remembered by its id


def test_another_folder_at_the_same_place_is_refused(store, engines, cloud, tmp_path):
    folder_sync.set_up_folder(store, actor=CLI_ACTOR, folder=cloud, passphrase=PASS, profile=FAST)
    run(store, engines, folder=cloud)
    shutil.rmtree(cloud)
    cloud.mkdir()
    folder_sync.set_up_folder(store, actor=CLI_ACTOR, folder=cloud, passphrase=PASS, profile=FAST)
    cfg.remember(store, folder=cloud, folder_id="an-older-id", key=b"\0" * 32)
    with pytest.raises(UserError, match="andere syncmap"):
        run(store, engines, folder=cloud)


def test_a_second_desk_needs_the_passphrase_once(store, engines, cloud, tmp_path):
    from wijkinfo.services.datafolder.files import DataPaths
    from wijkinfo.services.datafolder.store import open_store

    folder_sync.set_up_folder(store, actor=CLI_ACTOR, folder=cloud, passphrase=PASS, profile=FAST)
    engines(store).write("service", "s1", {"name": "Geldfit"})
    run(store, engines, folder=cloud)
    other = open_store(DataPaths(tmp_path / "tweede"), backups=False)
    try:
        with pytest.raises(UserError, match="kent het wachtwoord"):
            run(other, engines, folder=cloud)
        with pytest.raises(WrongPassphrase, match="klopt niet"):
            run(other, engines, folder=cloud, passphrase="niet het goede")
        assert engines(other).rows() == {}
        assert run(other, engines, folder=cloud, passphrase=PASS).received == 1
        engines(other).write("signal", "g1", {"text": "hulp nodig"})
        assert run(other, engines, folder=cloud).sent == 1  # remembered now
        run(store, engines, folder=cloud)
        assert engines(store).rows() == engines(other).rows()
    finally:
        other.close()


def test_a_large_batch_gets_a_backup_first(store, engines, cloud, tmp_path, monkeypatch):
    from wijkinfo.services.datafolder.files import DataPaths
    from wijkinfo.services.datafolder.store import open_store

    monkeypatch.setattr(folder_sync, "LARGE_BATCH", 3)
    folder_sync.set_up_folder(store, actor=CLI_ACTOR, folder=cloud, passphrase=PASS, profile=FAST)
    for n in range(3):
        engines(store).write("service", f"s{n}", {"name": f"dienst {n}"})
    run(store, engines, folder=cloud)
    other = open_store(DataPaths(tmp_path / "tweede"), backups=False)
    try:
        summary = run(other, engines, folder=cloud, passphrase=PASS)
        assert summary.backup and (tmp_path / "tweede" / "backups").is_dir()
        assert "voor-sync" in summary.backup
    finally:
        other.close()


def test_change_passphrase_keeps_other_desks_working(store, engines, cloud):
    folder_sync.set_up_folder(store, actor=CLI_ACTOR, folder=cloud, passphrase=PASS, profile=FAST)
    folder_sync.change_passphrase(
        store, actor=CLI_ACTOR, folder=cloud, old=PASS, new="een nieuw wachtwoord", profile=FAST
    )
    assert run(store, engines, folder=cloud).ok
    with pytest.raises(WrongPassphrase):
        folder_sync.unlock_folder(store, folder=cloud, passphrase=PASS)
