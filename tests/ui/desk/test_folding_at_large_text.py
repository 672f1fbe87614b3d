"""At 150–200 % text on a 768 px screen the desk folds the tally's theme buttons into a menu and
the less used search filters behind *Meer filters*; at 100 % nothing is folded. Folded or not,
a volunteer counts a contact and sets a filter by keyboard, and an active folded filter shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from wijkinfo.services.desk.tallies import Tallies
from wijkinfo.services.people.auth import COORDINATOR, Actor
from wijkinfo.ui.desk.tally_bar import TallyBar

ANNA = Actor("c", "Anna de Vries", COORDINATOR)


def _desk(window_at, percent, height=768 - 40):
    window = window_at(percent, 1366, height)
    QApplication.processEvents()
    return window


def test_at_100_percent_nothing_is_folded(window_at):
    window = _desk(window_at, 100)
    tally = window.findChild(TallyBar)
    bar = window.search_view.filter_bar
    assert not tally.compact and not tally.theme_menu_button.isVisibleTo(window)
    assert all(b.isVisibleTo(window) for b in tally.theme_buttons.values())
    assert not bar.more_button.isVisibleTo(window)
    assert bar.open_now.isVisibleTo(window) and bar.language.isVisibleTo(window)
    window.tasks.wait()


@pytest.mark.parametrize("percent", [150, 200])
def test_large_text_counts_a_contact_from_the_theme_menu_by_keyboard(
    qtbot, demo_store, window_at, percent
):
    window = _desk(window_at, percent)
    tally = window.findChild(TallyBar)
    assert tally.compact and tally.theme_menu_button.isVisibleTo(window)
    assert not any(b.isVisibleTo(window) for b in tally.theme_buttons.values())
    tally.channel_buttons["telefoon"].setChecked(True)
    tally.theme_menu_button.setFocus()
    QTest.keyClick(tally.theme_menu_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: tally.theme_menu.isVisible(), timeout=5000)
    names = [a.text().replace("&&", "&") for a in tally.theme_menu.actions()]
    target = names.index("Geldzorgen & schulden")
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    for _ in range(target + 1):
        QTest.keyClick(menu, Qt.Key.Key_Down)
    QTest.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Geteld" in tally.message.text(), timeout=15000)
    assert tally.channel() == "balie"  # the next visitor is at the desk again
    counted = Tallies(demo_store).totals(actor=ANNA)
    assert [(t.channel_code, t.theme_code, t.contacts) for t in counted] == [
        ("telefoon", "geldzorgen", 1)
    ]
    window.tasks.wait()


def test_large_text_folds_filters_and_says_how_many_are_on(window_at):
    window = _desk(window_at, 200)
    bar = window.search_view.filter_bar
    assert bar.more_button.isVisibleTo(window) and not bar.open_now.isVisibleTo(window)
    assert bar.theme.isVisibleTo(window) and not bar.wijk.isVisibleTo(window)
    bar.more_button.setFocus()
    QTest.keyClick(bar.more_button, Qt.Key.Key_Space)
    assert bar.open_now.isVisibleTo(window) and bar.free.isVisibleTo(window)
    bar.free.setChecked(True)
    QTest.keyClick(bar.more_button, Qt.Key.Key_Space)  # fold again: the filter stays on
    assert not bar.free.isVisibleTo(window)
    assert "1" in bar.more_button.text() and bar.filters().free
    window.resize(1366, 2400)  # a tall window has room: nothing folded, the filter in sight
    QApplication.processEvents()
    assert not bar.more_button.isVisibleTo(window) and bar.free.isVisibleTo(window)
    window.tasks.wait()


def test_folding_follows_a_change_of_text_size_while_open(window_at, text_size):
    window = _desk(window_at, 100)
    tally = window.findChild(TallyBar)
    text_size(200)
    QApplication.processEvents()
    assert tally.compact and window.search_view.filter_bar.folded
    text_size(100)
    QApplication.processEvents()
    assert not tally.compact and not window.search_view.filter_bar.folded
    # back at 100 %, the docked tally bar too (it once kept the 200 % font)
    assert tally.undo_button.font().pointSizeF() == window.search_box.font().pointSizeF()
    window.tasks.wait()
