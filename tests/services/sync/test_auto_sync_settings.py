"""When this machine syncs by itself: off until a coordinator chooses, kept on this machine."""

from __future__ import annotations

import pytest

from wijkinfo.services.errors import PermissionDenied, UserError
from wijkinfo.services.people.auth import ANONYMOUS_DESK, CLI_ACTOR
from wijkinfo.services.settings import set_setting
from wijkinfo.services.sync import sync_settings as cfg
from wijkinfo.services.sync.sync_settings import AutoSync
from wijkinfo.sync.tables import SYNCED_TABLES


def test_automatic_sync_is_off_until_a_coordinator_switches_it_on(store):
    assert cfg.read_settings(store).automatic == AutoSync()
    chosen = AutoSync(at_start=True, on_close=True, every=False, interval_minutes=30)
    saved = cfg.save_auto_sync(store, actor=CLI_ACTOR, choice=chosen)
    assert saved.automatic == chosen
    assert cfg.read_settings(store).automatic == chosen


def test_saving_the_folder_keeps_the_start_and_close_choice_unless_given(store, tmp_path):
    cfg.save_auto_sync(store, actor=CLI_ACTOR, choice=AutoSync(at_start=True, on_close=True))
    saved = cfg.save_settings(
        store, actor=CLI_ACTOR, folder=str(tmp_path), auto=True, interval_minutes=5, desk_name=""
    )
    assert saved.automatic == AutoSync(True, True, True, 5)
    saved = cfg.save_settings(
        store,
        actor=CLI_ACTOR,
        folder=str(tmp_path),
        auto=False,
        interval_minutes=5,
        desk_name="",
        auto_start=False,
    )
    assert saved.automatic == AutoSync(False, True, False, 5)


def test_an_older_automatic_setting_still_syncs_at_start(store):
    # Before the three choices, "automatic" meant at start and every N minutes.
    with store.unit_of_work() as session:
        set_setting(session, cfg.AUTO, True)
    assert cfg.read_settings(store).automatic == AutoSync(True, False, True, 15)


@pytest.mark.parametrize("minutes", [0, -5, 1441])
def test_a_wrong_interval_is_one_line_and_changes_nothing(store, minutes):
    with pytest.raises(UserError, match="1 tot 1440 minuten"):
        cfg.save_auto_sync(
            store, actor=CLI_ACTOR, choice=AutoSync(every=True, interval_minutes=minutes)
        )
    assert cfg.read_settings(store).automatic == AutoSync()


def test_volunteers_cannot_switch_automatic_sync_on(store):
    with pytest.raises(PermissionDenied):
        cfg.save_auto_sync(store, actor=ANONYMOUS_DESK, choice=AutoSync(at_start=True))
    assert cfg.read_settings(store).automatic == AutoSync()


def test_the_choice_stays_on_this_machine():
    assert "setting" not in SYNCED_TABLES
