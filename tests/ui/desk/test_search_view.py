"""A volunteer types a question and sees services with their phone numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wijkinfo.services.directory.phones import format_phone


def _schuld_service(demo_data):
    return next(
        s
        for s in demo_data["services"]
        if "schuld" in s["name"].lower() and s.get("phones") and s.get("status") == "active"
    )


def _result_texts(view):
    return [view.model.index(r).data() for r in range(view.model.rowCount())]


def test_search_box_has_focus_at_start(window, qtbot):
    qtbot.waitUntil(lambda: window.search_view.box.hasFocus())
    assert window.demo_banner.isVisible()


def test_typing_finds_a_debt_service_and_shows_its_phone(window, qtbot, demo_data):
    wanted = _schuld_service(demo_data)
    view = window.search_view
    qtbot.keyClicks(view.box, "schuld")
    qtbot.waitUntil(lambda: any(wanted["name"] in t for t in _result_texts(view)), timeout=15000)
    row = next(i for i, t in enumerate(_result_texts(view)) if wanted["name"] in t)
    view.results.setFocus()
    view.results.setCurrentIndex(view.model.index(row))
    phone = format_phone(wanted["phones"][0]["number"])
    qtbot.waitUntil(lambda: phone in view.detail.browser.toPlainText(), timeout=15000)
    assert wanted["name"] in view.detail.browser.toPlainText()


def test_keyboard_only_down_enter_copy_escape(window, qtbot):
    view = window.search_view
    qtbot.keyClicks(view.box, "schuld")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=15000)
    qtbot.keyClick(view.box, Qt.Key.Key_Down)
    assert view.results.hasFocus() or QApplication.focusWidget() is view.results
    qtbot.keyClick(view.results, Qt.Key.Key_Return)
    first = view.model.hit(view.results.currentIndex().row())
    qtbot.waitUntil(lambda: view.detail.detail() is not None, timeout=15000)
    assert view.detail.detail().id == first.id
    if first.phones:
        qtbot.keyClick(view.results, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.clipboard().text() == view.detail.detail().phones[0].display
    qtbot.keyClick(view.results, Qt.Key.Key_Escape)
    assert view.box.text() == ""
    qtbot.waitUntil(lambda: view.box.hasFocus())


def test_the_newest_query_wins(window, qtbot):
    view = window.search_view
    for text in ("sport", "zorg", "schuld"):
        view.box.setText(text)
        view.run_search()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=15000)
    texts = " ".join(_result_texts(view)).lower()
    assert "schuld" in texts


def test_nothing_found_says_so(window, qtbot):
    view = window.search_view
    qtbot.keyClicks(view.box, "qqqxxyzz")
    qtbot.waitUntil(lambda: "Niets gevonden" in view.count_label.text(), timeout=15000)
    assert view.model.rowCount() == 0


def test_detail_actions_act_on_the_service_shown(window, qtbot):
    from PySide6.QtGui import QAction

    view = window.search_view
    picked = []
    action = QAction("Bewaar", view)
    action.triggered.connect(lambda: picked.append(view.current_service_id()))
    button = view.add_detail_action(action)
    qtbot.keyClicks(view.box, "schuld")
    with qtbot.waitSignal(view.current_service_changed, timeout=15000) as shown:
        pass
    button.click()
    assert picked == [shown.args[0]] and picked[0]


def test_a_phone_number_from_a_letter_finds_the_service_and_copies_back(window, qtbot):
    """A resident shows a letter with "bel +31 (0)30 281 81 00": who is that?"""
    view = window.search_view
    qtbot.keyClicks(view.box, "+31 (0)30 281 81 00")
    qtbot.waitUntil(lambda: view.detail.detail() is not None, timeout=15000)
    assert view.model.rowCount() >= 1
    assert "030 281 8100" in [p.display for p in view.detail.detail().phones]
    view.results.setFocus()
    qtbot.keyClick(view.results, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "030 281 8100"
