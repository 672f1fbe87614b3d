"""In the English UI nothing a user reads is Dutch, and in the Dutch UI nothing is English: every
area (Zoeken with a service's detail, Verwijzen, Signalen with Beoordelen and Rapportage, Beheer
and its tabs), the dialogs the menus open, their labels, buttons, tooltips, menu items,
placeholders, column heads, combo items, status text, and the history of a reviewed signal.
tests/ui/visible_texts.py decides with the translation catalogue itself.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

from tests.services.signals.signal_helpers import log, make_people
from tests.ui.keyboard_walk import area_pages
from tests.ui.visible_texts import leaks, texts_of
from wijkinfo.services.desk.tallies import CHANNEL_NAMES, Tallies
from wijkinfo.services.signals import review
from wijkinfo.ui.main_window import MainWindow
from wijkinfo.ui.signals.signal_words import DEFAULT_THEME_NAMES

# Menu items that end the session or change the whole app (the text size) instead of opening
# a dialog; their own texts are checked with the menu bar.
NOT_OPENED = {"quitAction", "signOut", "textSizeMenu"}


def _history(store, kees) -> str:
    """A reviewed signal (its history shows statuses) and a tally (channels, themes)."""
    signal_id = log(store, kees).id
    review.change_status(
        store,
        actor=kees,
        signal_id=signal_id,
        to_status="in_behandeling",
        expected_version=1,
        note="Gebeld met de gemeente.",
        now=datetime(2026, 11, 23, 10, 0),
    )
    tallies = Tallies(store)
    tallies.record(actor=kees, channel="telefoon", themes=[tallies.themes()[0].code])
    return signal_id


def _seeded_dutch(store) -> set[str]:
    """Dutch that wijkinfo itself writes as data: the first signal themes, channels, statuses."""
    # the directory's own themes are the coordinator's data (they may carry an English name)
    themes = set(DEFAULT_THEME_NAMES)
    return themes | set(CHANNEL_NAMES.values()) | set(review.STATUS_LABELS.values())


def _strings(value: object) -> set[str]:
    """Every text inside a service's detail: what coordinators typed is data, not a leak."""
    if isinstance(value, str):
        return {value}
    if dataclasses.is_dataclass(value):
        value = [getattr(value, f.name) for f in dataclasses.fields(value)]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, (list, tuple, set, frozenset)):
        return set().union(*(_strings(v) for v in value)) if value else set()
    return set()


def _settle(window) -> None:
    for _ in range(3):
        QApplication.processEvents()
        window.tasks.wait()
    QApplication.processEvents()


def _dialog_texts(qtbot, trigger) -> list[str]:
    """What the dialog that ``trigger`` opens shows; it is closed again right away."""
    seen: list[str] = []
    fired: list[bool] = []

    def grab() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            seen.extend(texts_of(dialog))
            if isinstance(dialog, QDialog):
                dialog.reject()
            else:
                dialog.close()
        fired.append(True)

    QTimer.singleShot(400, grab)
    trigger()
    qtbot.waitUntil(lambda: bool(fired), timeout=15000)
    return seen


def _menu_actions(window) -> list:
    found = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                if action.menu().objectName() not in NOT_OPENED:
                    walk(action.menu())
            elif action.isEnabled() and action.text() and action.objectName() not in NOT_OPENED:
                found.append(action)

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu())
    return found


def _open_everything(qtbot, window, signal_id) -> list[tuple[str, list[str]]]:
    seen = [("window", texts_of(window))]
    search = window.search_view
    qtbot.keyClicks(search.box, "schuld")
    qtbot.waitUntil(lambda: search.model.rowCount() > 0, timeout=15000)
    search.results.setCurrentIndex(search.model.index(0, 0))
    qtbot.waitUntil(lambda: search.current_service_id() is not None, timeout=15000)
    _settle(window)
    data = _strings(search.detail.detail())
    review_view = window.signals_area.review
    for name, page in area_pages(window):
        _settle(window)
        if page.isAncestorOf(review_view) and review_view.model.rowCount():
            review_view.table.selectRow(0)
            qtbot.waitUntil(lambda: review_view.detail.signal_id == signal_id, timeout=15000)
            _settle(window)
        seen.append((name, texts_of(page)))
    window.show_search()
    _settle(window)
    for action in _menu_actions(window):
        seen.append((f"menu › {action.text()}", _dialog_texts(qtbot, action.trigger)))
        _settle(window)
    for button in window.search_view.detail.findChildren(QWidget, "reportCorrectionButton"):
        seen.append(("Klopt er iets niet?", _dialog_texts(qtbot, button.click)))
    return [(name, [t for t in texts if t not in data]) for name, texts in seen]


#: The editor of the one list of themes and wijken shows each entry's Dutch and English name side
#: by side, in either language, so that a coordinator can keep both.
BOTH_NAMES = ("Thema's en wijken", "Themes and districts")


@pytest.mark.parametrize("code", ["en", "nl"])
def test_no_area_or_dialog_shows_the_other_language(qtbot, demo_store, language, code):
    kees, _fatima, _ans = make_people(demo_store)
    signal_id = _history(demo_store, kees)
    dutch_data = _seeded_dutch(demo_store)
    language(code)
    window = MainWindow(demo_store, actor=kees, demo=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen = _open_everything(qtbot, window, signal_id)
    window.tasks.wait()
    assert len(seen) > 15
    found = {
        name: leaked
        for name, texts in seen
        if (leaked := leaks(texts, code, dutch_data)) and not name.endswith(BOTH_NAMES)
    }
    assert found == {}


def _dialogs(store, tasks, parent):
    """The dialogs that open from a button rather than a menu: sign-in, the first coordinator,
    the recovery sheet and code, the desk's own wijk, the crash dialog."""
    from wijkinfo.services.search.desk_area import DeskArea
    from wijkinfo.ui.crash_dialog import CrashReporter
    from wijkinfo.ui.desk.desk_area_control import DeskAreaDialog
    from wijkinfo.ui.first_run.assistant import FirstRunAssistant
    from wijkinfo.ui.recovery_dialog import RecoveryCodeDialog, UseRecoveryDialog
    from wijkinfo.ui.sign_in_dialog import SignInDialog

    reporter = CrashReporter(None, parent)
    try:
        crash = reporter.dialog("details")
    finally:
        reporter.close()
    return {
        "sign in": SignInDialog(store, tasks, parent),
        "switch volunteer": SignInDialog(store, tasks, parent, switching=True),
        "first run": FirstRunAssistant(store, tasks, parent),
        "recovery sheet": RecoveryCodeDialog(store, tasks, "ABCD-EFGH", parent),
        "recovery code": UseRecoveryDialog(store, tasks, parent),
        "my wijk": DeskAreaDialog(DeskArea(wijk="", city=""), (), parent),
        "crash": crash,
    }


@pytest.mark.parametrize("code", ["en", "nl"])
def test_the_dialogs_behind_buttons_speak_the_chosen_language(qtbot, demo_store, language, code):
    make_people(demo_store)
    language(code)
    window = MainWindow(demo_store, demo=True)
    qtbot.addWidget(window)
    found = {}
    for name, dialog in _dialogs(demo_store, window.tasks, window).items():
        dialog.show()
        _settle(window)
        texts = texts_of(dialog)
        assert texts, name
        if leaked := leaks(texts, code):
            found[name] = leaked
        dialog.close()
    window.tasks.wait()
    assert found == {}
