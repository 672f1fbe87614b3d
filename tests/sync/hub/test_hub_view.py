"""Beheer › Synchroniseren with "server" chosen, in the real window against a real hub."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from tests.sync.hub.test_hub_settings import PASSPHRASE, SECRET, desk_hub, no_keyring  # noqa: F401
from tests.ui.conftest import window  # noqa: F401
from wijkinfo.services.people.auth import Actor
from wijkinfo.services.sync import sync_settings

COORDINATOR = Actor(user_id=None, name="Coördinator", role="coordinator")


def test_a_coordinator_chooses_the_server_tests_it_and_the_desk_syncs(
    no_keyring,  # noqa: F811 - before the window, which looks for a keyring
    window,  # noqa: F811
    qtbot,
    desk_hub,  # noqa: F811
):
    from wijkinfo.ui.admin.sync_view import SyncAdminView
    from wijkinfo.ui.sync_status import SyncStatus

    server, login = desk_hub
    window.set_actor(COORDINATOR)
    view = window.findChild(SyncAdminView, "syncAdminView")
    qtbot.waitUntil(lambda: view.is_loaded)
    assert not view.hub_box.isVisibleTo(view)  # a folder is the default
    view.via_server.click()
    assert view.hub_box.isVisibleTo(view) and not view.folder.isVisibleTo(view)
    assert "geen wachtwoordkluis" in view.hub_box.keyring_note.text()
    view.hub_box.server.setText(server)
    view.hub_box.login.setText(login)
    view.hub_box.password.setText("niet het goede")
    view.hub_box.test_button.click()
    qtbot.waitUntil(lambda: "weigert de login" in view.message.text(), timeout=10000)
    assert "niet het goede" not in view.message.text()

    view.hub_box.password.setText(SECRET)
    view.hub_box.passphrase.setText(PASSPHRASE)
    view.hub_box.test_button.click()
    qtbot.waitUntil(lambda: "De verbinding werkt" in view.message.text(), timeout=20000)
    assert "onthoudt" in view.message.text() and view.hub_box.passphrase.text() == ""

    view.findChild(QPushButton, "syncSave").click()
    qtbot.waitUntil(lambda: view.message.text() == "Opgeslagen.")
    saved = sync_settings.read_settings(window.store)
    assert saved.folder.startswith(f"postgresql://{login}@") and SECRET not in saved.folder
    view.load()
    qtbot.waitUntil(lambda: view.is_loaded and view.via_server.isChecked())
    assert (view.hub_box.server.text(), view.hub_box.login.text()) == (server, login)
    assert view.hub_box.password.text() == ""
    view.resize(1000, 700)
    view.grab().save(str(window.store.paths.root / "hub-view.png"))

    status = window.findChild(SyncStatus, "syncStatus")
    status.refresh()
    qtbot.waitUntil(lambda: "Laatste sync: nog nooit" in status.label.text())
    assert "wachten" not in status.label.text()  # a hub is not a folder to count files in
    status.button.click()
    qtbot.waitUntil(lambda: not status.running, timeout=60000)
    assert "Gesynchroniseerd" in status.label.text() and "verstuurd" in status.label.text()
    assert sync_settings.read_settings(window.store).last_summary.startswith(
        f"Gesynchroniseerd met {login}@"
    )
    assert SECRET.encode() not in window.store.paths.db.read_bytes()
