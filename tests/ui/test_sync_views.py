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


def test_the_window_syncs_with_another_desk_through_an_encrypted_folder(
    window, qtbot, tmp_path, migrated_template
):
    import shutil

    from sqlalchemy import text

    from tests.sync.conftest import COORDINATORS, seed_people
    from wijkinfo.services.datafolder.files import DataPaths
    from wijkinfo.services.datafolder.store import open_store
    from wijkinfo.services.people.auth import CLI_ACTOR
    from wijkinfo.services.sync import folder_sync
    from wijkinfo.sync.keys import KdfProfile

    seed_people(window.store.paths.db)
    other_root = tmp_path / "tweede-balie"
    other_root.mkdir()
    shutil.copyfile(migrated_template, other_root / "wijkinfo.sqlite")
    seed_people(other_root / "wijkinfo.sqlite")
    cloud = tmp_path / "Nextcloud"
    cloud.mkdir()
    other = open_store(DataPaths(other_root), backups=False)
    try:
        folder_sync.set_up_folder(
            other,
            actor=CLI_ACTOR,
            folder=cloud,
            passphrase=PASS,
            profile=KdfProfile(1, 8 * 1024, 1),
        )
        with other.unit_of_work(author=COORDINATORS[0]) as session:
            session.execute(
                text(
                    "INSERT INTO organization (id, name, description, last_modified) VALUES "
                    "('o-sync', 'Stichting Zilverwerk', '', '2026-01-01')"
                )
            )
            session.execute(
                text(
                    "INSERT INTO service (id, organization_id, name, description, status, "
                    "do_not_refer, last_modified) VALUES ('s-sync', 'o-sync', "
                    "'Zilverwerk Maaltijdservice', '', 'active', 0, '2026-01-01')"
                )
            )
        assert folder_sync.sync_once(other, actor=CLI_ACTOR, folder=cloud).sent == 2

        sync_settings.save_settings(
            window.store,
            actor=COORDINATOR,
            folder=str(cloud),
            auto=False,
            interval_minutes=15,
            desk_name="Balie Test",
        )
        folder_sync.unlock_folder(window.store, folder=cloud, passphrase=PASS)
        status = sync_status(window)
        status.refresh()
        qtbot.waitUntil(lambda: "Laatste sync" in status.label.text())
        status.button.click()
        qtbot.waitUntil(lambda: "Gesynchroniseerd" in status.label.text(), timeout=30000)
        assert "2 binnengekomen" in status.label.text()
        assert not status.running and status.button.isEnabled()

        from wijkinfo.services.search.lookup import SearchService

        hits = SearchService(window.store).search("zilverwerk", limit=5)
        assert [h.name for h in hits] == ["Zilverwerk Maaltijdservice"]

        window.set_actor(COORDINATOR)
        view = admin_view(window)
        view.load()
        qtbot.waitUntil(lambda: view.desks.rowCount() == 2, timeout=10000)
        names = {view.desks.item(r, 0).text() for r in range(2)}
        assert "Balie Test" in names
    finally:
        other.close()
    everything = b"".join(p.read_bytes() for p in cloud.rglob("*") if p.is_file())
    assert b"Zilverwerk" not in everything and b"Lindestad" not in everything
