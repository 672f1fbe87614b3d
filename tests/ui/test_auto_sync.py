"""Automatic sync with no click: at start, every N minutes and when the window closes, between
two real data folders through a real encrypted sync folder."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton
from sqlalchemy import text

from tests.sync.conftest import COORDINATORS, seed_people
from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.datafolder.store import Store, open_store
from wijkinfo.services.people.auth import CLI_ACTOR, Actor
from wijkinfo.services.search.lookup import SearchService
from wijkinfo.services.sync import folder_sync, sync_settings
from wijkinfo.sync.engine import Engine
from wijkinfo.sync.keys import KdfProfile
from wijkinfo.ui.main_window import MainWindow
from wijkinfo.ui.sync_on_close import ClosingDialog, SyncOnClose
from wijkinfo.ui.sync_status import SyncStatus

COORDINATOR = Actor(user_id=None, name="Coördinator", role="coordinator")
PASS = "de linde bloeit"


@dataclass
class Desks:
    a: Store
    b: Store
    folder: Path


@pytest.fixture
def desks(tmp_path, migrated_template) -> Iterator[Desks]:
    """Two desks that share a set-up, encrypted sync folder; both know its passphrase."""
    stores = []
    for name in ("balie-a", "balie-b"):
        root = tmp_path / name
        root.mkdir()
        shutil.copyfile(migrated_template, root / "wijkinfo.sqlite")
        seed_people(root / "wijkinfo.sqlite")
        stores.append(open_store(DataPaths(root), backups=False))
    folder = tmp_path / "Nextcloud"
    folder.mkdir()
    cheap = KdfProfile(1, 8 * 1024, 1)
    folder_sync.set_up_folder(
        stores[0], actor=CLI_ACTOR, folder=folder, passphrase=PASS, profile=cheap
    )
    folder_sync.unlock_folder(stores[1], folder=folder, passphrase=PASS)
    yield Desks(stores[0], stores[1], folder)
    for store in stores:
        store.close()


def choose(store: Store, folder: Path, *, start=False, close=False, every=False) -> None:
    sync_settings.save_settings(
        store,
        actor=COORDINATOR,
        folder=str(folder),
        auto=every,
        interval_minutes=1,
        desk_name="",
        auto_start=start,
        auto_close=close,
    )


def add_service(store: Store, name: str) -> None:
    """A coordinator's new organisation and service, saved at that desk."""
    key = name.lower().replace(" ", "-")
    with store.unit_of_work(author=COORDINATORS[0]) as session:
        session.execute(
            text(
                "INSERT INTO organization (id, name, description, last_modified) "
                "VALUES (:o, :n, '', '2026-01-01')"
            ),
            {"o": f"o-{key}", "n": f"Stichting {name}"},
        )
        session.execute(
            text(
                "INSERT INTO service (id, organization_id, name, description, status, "
                "do_not_refer, last_modified) VALUES (:s, :o, :n, '', 'active', 0, '2026-01-01')"
            ),
            {"s": f"s-{key}", "o": f"o-{key}", "n": name},
        )


def found(store: Store, word: str) -> list[str]:
    """What a volunteer finds when searching for ``word`` at this desk."""
    return [hit.name for hit in SearchService(store).search(word, limit=5)]


def names(store: Store) -> list[str]:
    """Every service in the desk's database, once for each row."""
    with store.engine.connect() as conn:
        return sorted(conn.exec_driver_sql("SELECT name FROM service").scalars())


def open_window(qtbot, store: Store) -> MainWindow:
    window = MainWindow(store, point_name="Test")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def status_of(window: MainWindow) -> SyncStatus:
    status = window.findChild(SyncStatus, "syncStatus")
    assert status is not None
    return status


def close_and_wait(qtbot, window: MainWindow) -> None:
    window.close()
    guard = window.findChild(SyncOnClose, "syncOnClose")
    qtbot.waitUntil(lambda: not window.isVisible() and not status_of(window).running, timeout=30000)
    assert guard is None or guard.may_close or not status_of(window).closing
    window.tasks.wait()


def no_dialog_open() -> bool:
    return not any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_a_change_from_desk_a_arrives_at_start_of_desk_b(qtbot, desks):
    add_service(desks.a, "Zilverwerk Maaltijdservice")
    assert folder_sync.sync_once(desks.a, actor=CLI_ACTOR, folder=desks.folder).sent == 2
    choose(desks.b, desks.folder, start=True)

    window = open_window(qtbot, desks.b)
    status = status_of(window)
    qtbot.waitUntil(lambda: "2 binnengekomen" in status.label.text(), timeout=30000)
    assert found(desks.b, "zilverwerk") == ["Zilverwerk Maaltijdservice"]
    assert not status.timer.isActive()  # at start only: no timer was chosen
    close_and_wait(qtbot, window)


def test_the_timer_brings_a_later_change_without_a_click(qtbot, desks, monkeypatch):
    monkeypatch.setattr(SyncStatus, "minute_ms", 150)
    choose(desks.b, desks.folder, every=True)
    window = open_window(qtbot, desks.b)
    status = status_of(window)
    qtbot.waitUntil(status.timer.isActive)
    assert status.timer.interval() == 150

    add_service(desks.a, "Repair Cafe Linde")
    folder_sync.sync_once(desks.a, actor=CLI_ACTOR, folder=desks.folder)
    qtbot.waitUntil(lambda: found(desks.b, "repair") == ["Repair Cafe Linde"], timeout=30000)
    qtbot.waitUntil(lambda: "Gesynchroniseerd" in status.label.text() or not status.running)
    close_and_wait(qtbot, window)


def test_closing_the_window_sends_what_was_saved_at_the_desk(qtbot, desks):
    choose(desks.a, desks.folder, close=True)
    window = open_window(qtbot, desks.a)
    status = status_of(window)
    qtbot.waitUntil(status.wants_closing_sync)
    add_service(desks.a, "Taalhuis Noord")  # saved at the desk just before closing

    close_and_wait(qtbot, window)
    summary = folder_sync.sync_once(desks.b, actor=CLI_ACTOR, folder=desks.folder)
    assert summary.received == 2
    assert found(desks.b, "taalhuis") == ["Taalhuis Noord"]


def test_an_unplugged_stick_is_a_quiet_line_and_changes_nothing(qtbot, desks, monkeypatch):
    monkeypatch.setattr(SyncStatus, "minute_ms", 200)
    add_service(desks.b, "Buurtbus")
    stick = desks.folder.parent / "USB-stick"  # not plugged in
    choose(desks.b, stick, start=True, close=True, every=True)
    window = open_window(qtbot, desks.b)
    status = status_of(window)
    qtbot.waitUntil(lambda: "niet bereikbaar" in status.label.text(), timeout=30000)
    assert "Volgende poging om" in status.label.text()
    assert "USB-stick" in status.toolTip()  # the whole story is one hover away
    assert no_dialog_open()
    qtbot.wait(500)  # a few timer rounds against the missing stick
    assert "niet bereikbaar" in status.label.text() and no_dialog_open()
    assert names(desks.b) == ["Buurtbus"]
    assert not stick.exists()  # nothing was made in its place

    close_and_wait(qtbot, window)  # the close sync finds no stick either, and just closes
    assert names(desks.b) == ["Buurtbus"]


class _PausedEngine(Engine):
    """The real engine, stopping inside its first apply until the test lets it go on."""

    reached = threading.Event()
    release = threading.Event()

    def apply(self, *args, **kwargs):
        type(self).reached.set()
        type(self).release.wait(20)
        return super().apply(*args, **kwargs)


def test_closing_mid_sync_without_waiting_is_safe(qtbot, desks):
    add_service(desks.b, "Voedselbank Oost")
    folder_sync.sync_once(desks.b, actor=CLI_ACTOR, folder=desks.folder)
    choose(desks.a, desks.folder, close=True)
    window = open_window(qtbot, desks.a)
    status = status_of(window)
    qtbot.waitUntil(status.wants_closing_sync)
    add_service(desks.a, "Schuldhulp Maatje")  # saved at the desk, not yet sent
    _PausedEngine.reached.clear()
    _PausedEngine.release.clear()
    runs = []

    def paused_sync(store, **kwargs):
        runs.append(1)
        return folder_sync.sync_once(store, engine_factory=_PausedEngine, **kwargs)

    status.run_sync = paused_sync
    window.close()
    qtbot.waitUntil(_PausedEngine.reached.is_set, timeout=30000)
    assert window.isVisible()  # the close waits for the sync

    status.sync_now()  # the button and the timer do not start a second sync meanwhile
    status.timer.timeout.emit()
    dialog = None

    def dialog_shown() -> bool:
        nonlocal dialog
        dialog = window.findChild(ClosingDialog, "syncClosingDialog")
        return dialog is not None and dialog.isVisible()

    qtbot.waitUntil(dialog_shown)
    assert "synchroniseert nog" in " ".join(label.text() for label in dialog.findChildren(QLabel))
    dialog.findChild(QPushButton, "syncCloseNow").click()
    assert not window.isVisible()  # gone at once, without waiting
    _PausedEngine.release.set()
    qtbot.waitUntil(lambda: not status.running, timeout=30000)
    window.tasks.wait()
    assert runs == [1]
    assert "Sync gestopt" in status.label.text()

    # The file that was being applied is in whole or not at all; nothing was sent yet.
    assert names(desks.a) in (["Schuldhulp Maatje"], ["Schuldhulp Maatje", "Voedselbank Oost"])
    # The next sync (the next start) carries on: both desks end with both services, once each.
    folder_sync.sync_once(desks.a, actor=CLI_ACTOR, folder=desks.folder)
    folder_sync.sync_once(desks.b, actor=CLI_ACTOR, folder=desks.folder)
    for store in (desks.a, desks.b):
        assert names(store) == ["Schuldhulp Maatje", "Voedselbank Oost"]
    assert found(desks.a, "voedselbank") == ["Voedselbank Oost"]
    assert found(desks.b, "schuldhulp") == ["Schuldhulp Maatje"]


def test_a_coordinator_switches_automatic_sync_on_in_beheer(qtbot, desks):
    from wijkinfo.ui.admin.auto_sync_box import AutoSyncBox
    from wijkinfo.ui.admin.sync_view import SyncAdminView

    assert sync_settings.read_settings(desks.a).automatic == sync_settings.AutoSync()  # all off
    window = open_window(qtbot, desks.a)
    window.set_actor(COORDINATOR)
    view = window.findChild(SyncAdminView, "syncAdminView")
    qtbot.waitUntil(lambda: view.is_loaded)
    box = view.findChild(AutoSyncBox, "autoSyncBox")
    assert not box.interval.isEnabled()  # the minutes count only with "every"
    view.folder.setText(str(desks.folder))
    box.at_start.setChecked(True)
    box.on_close.setChecked(True)
    box.every.setChecked(True)
    box.interval.setValue(20)
    view.findChild(QPushButton, "syncSave").click()
    qtbot.waitUntil(lambda: view.message.text() == "Opgeslagen.")
    assert sync_settings.read_settings(desks.a).automatic == sync_settings.AutoSync(
        at_start=True, on_close=True, every=True, interval_minutes=20
    )
    status = status_of(window)
    qtbot.waitUntil(lambda: status.timer.isActive() and status.wants_closing_sync())
    assert status.timer.interval() == 20 * 60_000
    assert not status.running  # saving "at start" does not start a sync now

    box.on_close.setChecked(False)
    box.every.setChecked(False)
    view.findChild(QPushButton, "syncSave").click()
    qtbot.waitUntil(lambda: not status.timer.isActive() and not status.wants_closing_sync())
    close_and_wait(qtbot, window)
