"""The sync button in the status bar and Beheer › Synchroniseren, on a real data folder."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from wijkinfo.services.people.auth import Actor
from wijkinfo.services.sync import sync_settings
from wijkinfo.sync.keys import KEY_FILE

COORDINATOR = Actor(user_id=None, name="Coördinator", role="coordinator")
PASS = "de linde bloeit"


def sync_status(window):
    from wijkinfo.ui.sync_status import SyncStatus

    return window.findChild(SyncStatus, "syncStatus")


def admin_view(window):
    from wijkinfo.ui.admin.sync_view import SyncAdminView

    return window.findChild(SyncAdminView, "syncAdminView")


def test_everyone_has_a_sync_button_that_says_when_no_folder_is_chosen(window, qtbot):
    status = sync_status(window)
    assert status.isVisibleTo(window)
    qtbot.waitUntil(lambda: "geen syncmap" in status.label.text())
    status.button.click()
    qtbot.waitUntil(lambda: "Vraag een coördinator" in status.label.text())
    assert not status.running


def test_a_missing_folder_is_one_line_and_changes_nothing(window, qtbot, tmp_path):
    sync_settings.save_settings(
        window.store,
        actor=COORDINATOR,
        folder=str(tmp_path / "usb"),
        auto=False,
        interval_minutes=15,
        desk_name="",
    )
    status = sync_status(window)
    status.refresh()
    qtbot.waitUntil(lambda: "Laatste sync: nog nooit" in status.label.text())
    status.button.click()
    qtbot.waitUntil(lambda: "is er niet" in status.label.text())
    assert status.button.isEnabled() and not status.cancel_button.isVisible()


def test_coordinator_chooses_the_folder_and_sets_up_the_passphrase(window, qtbot, tmp_path):
    window.set_actor(COORDINATOR)
    view = admin_view(window)
    qtbot.waitUntil(lambda: view.is_loaded)
    cloud = tmp_path / "Nextcloud"
    cloud.mkdir()
    view.folder.setText(str(cloud))
    view.desk_name.setText("Balie De Linde")
    view.auto.setChecked(True)
    view.interval.setValue(30)
    view.findChild(QPushButton, "syncSave").click()
    qtbot.waitUntil(lambda: view.message.text() == "Opgeslagen.")
    saved = sync_settings.read_settings(window.store)
    assert (saved.folder, saved.desk_name, saved.auto, saved.interval_minutes) == (
        str(cloud),
        "Balie De Linde",
        True,
        30,
    )

    view.passphrase.setText(PASS)
    view.passphrase_again.setText(PASS + "x")
    view.findChild(QPushButton, "syncSetUp").click()
    assert "niet gelijk" in view.message.text() and not (cloud / KEY_FILE).exists()

    view.passphrase_again.setText(PASS)
    view.findChild(QPushButton, "syncSetUp").click()
    qtbot.waitUntil(lambda: "ingericht" in view.message.text(), timeout=10000)
    assert (cloud / KEY_FILE).exists() and view.passphrase.text() == ""

    view.passphrase.setText("niet het goede")
    view.findChild(QPushButton, "syncTest").click()
    qtbot.waitUntil(lambda: "klopt niet" in view.message.text(), timeout=10000)
    view.passphrase.setText(PASS)
    view.findChild(QPushButton, "syncTest").click()
    qtbot.waitUntil(
        lambda: "klopt" in view.message.text() and "niet" not in view.message.text(), timeout=10000
    )


def test_volunteers_cannot_save_sync_settings(window, qtbot, tmp_path):
    view = admin_view(window)
    qtbot.waitUntil(lambda: view.is_loaded)
    view.folder.setText(str(tmp_path))
    view.findChild(QPushButton, "syncSave").click()
    qtbot.waitUntil(lambda: "coördinator" in view.message.text())
    assert sync_settings.read_settings(window.store).folder is None
