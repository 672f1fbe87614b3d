"""The desk's filters, lazy results, per-phone copy, stale warning and "Klopt er iets niet?"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from wijkinfo.db.models import Service
from wijkinfo.services.people.auth import COORDINATOR, Actor
from wijkinfo.services.search.filters import SearchFilters
from wijkinfo.services.search.lookup import SearchService
from wijkinfo.ui.dialog_keys import TextDialog


def _names(view) -> list[str]:
    return [view.model.hit(r).name for r in range(view.model.rowCount())]


def test_a_theme_filter_narrows_the_results(window, qtbot, demo_store):
    view = window.search_view
    bar = view.filter_bar
    qtbot.waitUntil(lambda: bar.theme.count() > 1, timeout=15000)
    index = bar.theme.findData("gezondheid-zorg")
    bar.theme.setCurrentIndex(index)
    expected = [
        h.name
        for h in SearchService(demo_store).search(
            "", limit=50, filters=SearchFilters(theme="gezondheid-zorg")
        )
    ]
    qtbot.waitUntil(lambda: _names(view) == expected, timeout=15000)
    assert 0 < len(expected) < 76


def test_results_load_more_when_scrolled(window, qtbot):
    view = window.search_view
    view.run_search()
    qtbot.waitUntil(lambda: view.model.rowCount() == 50, timeout=15000)
    assert view.model.canFetchMore()
    view.results.scrollToBottom()
    view.model.fetchMore()
    qtbot.waitUntil(lambda: view.model.rowCount() == 76, timeout=15000)
    assert len(set(_names(view))) == 76


def test_every_phone_has_its_own_copy_link(window, qtbot, demo_data):
    wanted = next(s for s in demo_data["services"] if len(s.get("phones", [])) >= 2)
    view = window.search_view
    qtbot.keyClicks(view.box, wanted["name"])
    qtbot.waitUntil(
        lambda: view.detail.detail() is not None and view.detail.detail().id == wanted["id"],
        timeout=15000,
    )
    assert view.detail.browser.toHtml().count("copy:") == len(wanted["phones"])
    view.detail.browser.anchorClicked.emit(QUrl("copy:1"))
    assert QApplication.clipboard().text() == view.detail.detail().phones[1].display


def test_an_old_check_date_gets_a_warning(window, qtbot, demo_store, demo_data):
    wanted = demo_data["services"][0]
    with demo_store.unit_of_work() as session:
        session.get(Service, wanted["id"]).assured_date = date(2020, 1, 2)
    view = window.search_view
    qtbot.keyClicks(view.box, wanted["name"])
    qtbot.waitUntil(
        lambda: view.detail.detail() is not None and view.detail.detail().id == wanted["id"],
        timeout=15000,
    )
    text = view.detail.browser.toPlainText()
    assert "02-01-2020" in text and "langer dan 12 maanden" in text


def test_report_in_two_clicks_then_the_coordinator_handles_it(window, qtbot):
    view = window.search_view
    qtbot.keyClicks(view.box, "schuld")
    qtbot.waitUntil(lambda: view.current_service_id() is not None, timeout=15000)
    shown = view.detail.detail().name

    tab_moved = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TextDialog):
            QTimer.singleShot(20, answer)
            return
        # all by keyboard: type, Tab leaves the text (no tab typed), Ctrl+Enter sends
        QTest.keyClicks(dialog.edit, "Het spreekuur is nu op dinsdag")
        QTest.keyClick(dialog.edit, Qt.Key.Key_Tab)
        tab_moved.append(not dialog.edit.hasFocus() and "\t" not in dialog.text())
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    QTimer.singleShot(0, answer)
    view.findChild(QPushButton, "reportCorrectionButton").click()
    qtbot.waitUntil(lambda: "Bedankt" in view.detail.status.text(), timeout=15000)
    assert tab_moved == [True]

    window.set_actor(Actor(user_id=None, name="Kees", role=COORDINATOR))
    from wijkinfo.ui.desk.corrections_view import CorrectionsQueue

    queue = window.findChild(CorrectionsQueue)
    qtbot.waitUntil(lambda: queue.list.count() == 1, timeout=15000)
    assert shown in queue.list.item(0).text()
    assert "dinsdag" in queue.list.item(0).text()
    queue.done_button.click()
    qtbot.waitUntil(lambda: queue.list.count() == 0, timeout=15000)
    assert queue.message.text() == "Gemarkeerd als afgehandeld."
