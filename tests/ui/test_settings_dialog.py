"""Bestand › Instellingen as a desk uses it: what changes shows at once, a volunteer sees the
shared settings but cannot change them, a wrong backup folder changes nothing, and what was
saved is still there after a restart."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from shiboken6 import Shiboken

from tests.services.signals.signal_helpers import make_people
from wijkinfo.services.datafolder.machine_settings import config_dir, read_machine_settings
from wijkinfo.services.datafolder.paths import resolve_data_dir
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.services.desk.point_settings import load_point_settings
from wijkinfo.services.directory.staleness import stale_after_months
from wijkinfo.services.people.auth import COORDINATOR, Actor
from wijkinfo.services.settings import set_setting
from wijkinfo.services.signals.retention import get_retention
from wijkinfo.services.sync.sync_settings import FOLDER
from wijkinfo.ui.i18n import install_language
from wijkinfo.ui.main_window import MainWindow
from wijkinfo.ui.settings_dialog import SettingsDialog
from wijkinfo.ui.text_size import apply_text_size, current_text_size


@pytest.fixture
def keep_look(qapp):
    """Font, style sheet and language come back after the test, whatever it chose."""
    font, sheet = qapp.font(), qapp.styleSheet()
    yield
    install_language(qapp, "nl")
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)
    qapp.setProperty("wijkinfoTextSize", None)


def _window(qtbot, store, role=COORDINATOR, actor=None) -> MainWindow:
    actor = actor or Actor("u", "Anna", role)
    w = MainWindow(store, actor=actor, demo=True, point_name="Test")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def open_dialog(qtbot, window: MainWindow) -> SettingsDialog:
    window.settings_action.trigger()
    shown = [d for d in window.findChildren(SettingsDialog) if d.isVisible()]
    assert len(shown) == 1
    dialog = shown[0]
    qtbot.waitUntil(lambda: dialog.loaded, timeout=15000)
    return dialog


def closes(dialog: SettingsDialog) -> bool:
    """True once the dialog closed; while open, says why (so a failing wait shows it)."""
    if not Shiboken.isValid(dialog):  # closed and already gone
        return True
    if dialog.isVisible():
        lines = (dialog.machine.message, dialog.point_message, dialog.privacy_message)
        print([label.text() for label in lines if label.text()])
    return not dialog.isVisible()


def ctrl_enter(qtbot, dialog: SettingsDialog) -> None:
    qtbot.keyClick(
        dialog.focusWidget() or dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )


def test_a_text_size_shows_at_once_cancel_takes_it_back_and_save_keeps_it(
    qtbot, demo_store, keep_look
):
    apply_text_size(QApplication.instance(), 100)
    w = _window(qtbot, demo_store)
    label = w.findChild(QLabel, "signedInLabel")
    before = label.font().pointSizeF()
    dialog = open_dialog(qtbot, w)
    dialog.machine.text_size.setCurrentIndex(dialog.machine.text_size.findData(150))
    QApplication.processEvents()
    assert label.font().pointSizeF() == pytest.approx(before * 1.5)  # the window grew already
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert label.font().pointSizeF() == pytest.approx(before)
    assert read_machine_settings().text_size == 100

    dialog = open_dialog(qtbot, w)
    dialog.machine.text_size.setCurrentIndex(dialog.machine.text_size.findData(150))
    ctrl_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: closes(dialog), timeout=15000)
    assert label.font().pointSizeF() == pytest.approx(before * 1.5)
    assert read_machine_settings().text_size == 150
    assert w.text_size_menu.actions[150].isChecked()
    w.tasks.wait()


def test_english_shows_in_the_window_at_once_without_a_restart(qtbot, demo_store, keep_look):
    w = _window(qtbot, demo_store)
    dialog = open_dialog(qtbot, w)
    dialog.machine.language.setCurrentIndex(dialog.machine.language.findData("en"))
    ctrl_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: w.successor is not None, timeout=15000)
    new = w.successor
    qtbot.addWidget(new)
    assert new.isVisible() and not w.isVisible()
    assert new.nav.item(0).text() == "Search"
    assert new.menuBar().actions()[0].text() == "&File"
    assert new.actor.name == "Anna" and new.store is demo_store  # same person, same data
    assert read_machine_settings().language == "en"
    # and back to Dutch the same way, from the new window
    dialog = open_dialog(qtbot, new)
    assert dialog.windowTitle() == "Settings"
    dialog.machine.language.setCurrentIndex(dialog.machine.language.findData("nl"))
    ctrl_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: new.successor is not None, timeout=15000)
    qtbot.addWidget(new.successor)
    assert new.successor.nav.item(0).text() == "Zoeken"
    new.successor.tasks.wait()


def test_a_volunteer_sees_the_retention_terms_but_cannot_change_them(qtbot, demo_store):
    before = get_retention(demo_store)
    _kees, _fatima, ans = make_people(demo_store)
    w = _window(qtbot, demo_store, actor=ans)
    dialog = open_dialog(qtbot, w)
    dialog.tabs.setCurrentIndex(2)
    QApplication.processEvents()
    assert dialog.privacy_note.isVisibleTo(dialog)
    assert "coördinator" in dialog.privacy_note.text()
    assert dialog.retention.anonymise.value() == before.anonymise_days
    assert dialog.retention.anonymise.isReadOnly() and dialog.retention.delete.isReadOnly()
    assert dialog.point.name.isReadOnly() and dialog.stale.months.isReadOnly()
    qtbot.keyClicks(dialog.retention.anonymise, "9")  # typing does nothing
    assert dialog.retention.anonymise.value() == before.anonymise_days
    dialog.retention.anonymise.setValue(30)  # even a value forced into the field…
    ctrl_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: closes(dialog), timeout=15000)
    w.tasks.wait()
    assert get_retention(demo_store) == before  # …is never saved
    assert not dialog.sync.go.isEnabled()


def _file(tmp_path: Path) -> str:
    f = tmp_path / "back-ups.txt"
    f.write_text("geen map", encoding="utf-8")
    return str(f)


BAD_FOLDERS = {
    "a file": (_file, "is een bestand"),
    "a missing folder": (lambda tmp: str(tmp / "er-niet"), "bestaat niet"),
    "a folder nobody may write in": (lambda _tmp: "/proc", "mag niet schrijven"),
    "not a whole path": (lambda _tmp: "back-ups", "hele pad"),
}


@pytest.mark.parametrize("case", BAD_FOLDERS, ids=list(BAD_FOLDERS))
def test_a_bad_backup_folder_gives_one_line_and_changes_nothing(qtbot, demo_store, tmp_path, case):
    make, says = BAD_FOLDERS[case]
    if case == "a folder nobody may write in" and not os.path.isdir("/proc"):
        pytest.skip("no /proc here")
    w = _window(qtbot, demo_store)
    dialog = open_dialog(qtbot, w)
    dialog.machine.backup_folder.setText(make(tmp_path))
    dialog.machine.backup_count.setValue(3)
    dialog.stale.months.setValue(6)  # a shared change in the same save
    dialog.tabs.setCurrentIndex(1)
    ctrl_enter(qtbot, dialog)
    QApplication.processEvents()
    w.tasks.wait()
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == 0  # the page with the mistake comes to the front
    line = dialog.machine.message.text()
    assert says in line and "\n" not in line
    assert not (config_dir() / "machine.json").exists()  # nothing of this computer written
    assert stale_after_months(demo_store) == 12  # nor anything shared
    assert w.paths.backups == demo_store.paths.own_backups
    dialog.reject()


def test_what_was_saved_is_there_after_a_restart(qtbot, demo_store, tmp_path, keep_look):
    stick = tmp_path / "stick"
    stick.mkdir()
    kees, _fatima, _ans = make_people(demo_store)  # the audit trail names a real person
    w = _window(qtbot, demo_store, actor=kees)
    dialog = open_dialog(qtbot, w)
    m = dialog.machine
    m.text_size.setCurrentIndex(m.text_size.findData(125))
    m.backup_folder.setText(str(stick))
    m.backup_count.setValue(5)
    dialog.point.phone.setText("0301234567")
    dialog.point.hours.setText("ma-vr 10-16")
    dialog.stale.months.setValue(6)
    dialog.retention.anonymise.setValue(400)
    dialog.retention.delete.setValue(800)
    ctrl_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: closes(dialog), timeout=15000)
    assert w.paths.backups == stick == demo_store.paths.backups  # from now on, not only at restart
    w.close()
    w.tasks.wait()
    demo_store.close()  # the program ends…

    again = open_store(resolve_data_dir(demo_store.paths.root), backups=False)
    try:
        assert again.paths.backups == stick and again.paths.keep_daily == 5
        later = _window(qtbot, again, actor=kees)
        dialog = open_dialog(qtbot, later)
        assert dialog.machine.backup_folder.text() == str(stick)
        assert dialog.machine.backup_count.value() == 5
        assert (
            read_machine_settings().text_size == 125 == current_text_size(QApplication.instance())
        )
        assert dialog.point.phone.text() == "030 123 4567"
        assert dialog.point.hours.text() == "ma-vr 10-16"
        assert dialog.stale.months.value() == 6
        assert (dialog.retention.anonymise.value(), dialog.retention.delete.value()) == (400, 800)
        assert load_point_settings(again).phone == "030 123 4567"
        dialog.reject()
        later.close()
        later.tasks.wait()
    finally:
        again.close()


def test_a_wrong_phone_number_keeps_the_dialog_open_with_one_line(qtbot, demo_store):
    w = _window(qtbot, demo_store)
    dialog = open_dialog(qtbot, w)
    dialog.point.phone.setText("12")
    ctrl_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: "telefoonnummer" in dialog.point_message.text(), timeout=15000)
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 1
    assert load_point_settings(demo_store).phone == ""
    assert not (config_dir() / "machine.json").exists()
    dialog.reject()
    w.tasks.wait()


def test_the_sync_page_says_where_to_and_leads_to_beheer(qtbot, demo_store, tmp_path):
    with demo_store.unit_of_work() as session:
        set_setting(session, FOLDER, str(tmp_path / "nextcloud"))
    w = _window(qtbot, demo_store)
    dialog = open_dialog(qtbot, w)
    assert str(tmp_path / "nextcloud") in dialog.sync.target.text()
    assert dialog.sync.last.text() == "nog nooit"
    dialog.tabs.setCurrentIndex(3)
    dialog.sync.go.click()
    assert not dialog.isVisible()
    assert w.stack.currentWidget() is w.admin_tabs
    page = w.admin_tabs.currentWidget()
    assert page.findChild(type(page), "syncAdminView") is not None or page.objectName() == (
        "scroll_syncAdminView"
    )
    w.tasks.wait()


def test_a_new_name_for_the_point_shows_in_the_title_bar_at_once(qtbot, demo_store):
    w = _window(qtbot, demo_store)
    dialog = open_dialog(qtbot, w)
    dialog.point.name.setText("Wijkpunt De Linde")
    ctrl_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: closes(dialog), timeout=15000)
    assert w.windowTitle() == "wijkinfo — Wijkpunt De Linde"
    assert load_point_settings(demo_store).name == "Wijkpunt De Linde"
    w.tasks.wait()


def test_the_language_chosen_here_is_the_one_the_next_start_uses(monkeypatch):
    from wijkinfo.app import ui_language
    from wijkinfo.services.datafolder.machine_settings import update_machine_settings

    assert ui_language() == "nl"
    update_machine_settings(language="en")
    assert ui_language() == "en"
    monkeypatch.setenv("WIJKINFO_LANG", "nl")  # a shortcut's choice for one start still wins
    assert ui_language() == "nl"


def test_closing_the_dialog_before_its_values_arrive_is_fine(qtbot, demo_store):
    w = _window(qtbot, demo_store)
    w.tasks.wait()
    gate = threading.Event()
    for _ in range(2):  # both workers busy: the dialog's read has to wait
        w.tasks.run(gate.wait)
    w.settings_action.trigger()
    dialog = next(d for d in w.findChildren(SettingsDialog) if d.isVisible())
    dialog.reject()  # Esc at once: the values arrive after the dialog is gone
    qtbot.waitUntil(lambda: not Shiboken.isValid(dialog), timeout=15000)
    gate.set()
    w.tasks.wait()
    QApplication.processEvents()  # the late values find no dialog, and no error follows
    assert w.isVisible()


def test_a_refusal_on_one_page_saves_nothing_of_the_others(qtbot, demo_store):
    """Opslaan is one transaction: deleting before wiping is refused on the privacy page, and
    the new name typed on the point's page is not kept either (nor announced to the window)."""
    kees, _fatima, _ans = make_people(demo_store)  # the audit trail names a real person
    w = _window(qtbot, demo_store, actor=kees)
    before_name, before_terms = load_point_settings(demo_store).name, get_retention(demo_store)
    before_months = stale_after_months(demo_store)
    announced = []
    demo_store.events.subscribe(announced.append)
    dialog = open_dialog(qtbot, w)
    dialog.point.name.setText("Wijkpunt Łucja Öztürk")
    dialog.stale.months.setValue(dialog.stale.months.value() + 1)
    dialog.retention.anonymise.setValue(200)
    dialog.retention.delete.setValue(100)
    ctrl_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: "verwijderen" in dialog.privacy_message.text(), timeout=15000)
    w.tasks.wait()
    assert dialog.isVisible()
    assert load_point_settings(demo_store).name == before_name
    assert get_retention(demo_store) == before_terms
    assert stale_after_months(demo_store) == before_months
    assert announced == []
    # put right, the same Opslaan keeps all of it
    dialog.retention.delete.setValue(300)
    ctrl_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: closes(dialog), timeout=15000)
    assert load_point_settings(demo_store).name == "Wijkpunt Łucja Öztürk"
    assert get_retention(demo_store).delete_days == 300
    assert stale_after_months(demo_store) == before_months + 1
    assert announced
    w.tasks.wait()
