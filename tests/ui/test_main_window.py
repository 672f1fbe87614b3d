"""The window shows only what the signed-in role may use."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from wijkinfo.services.people.auth import COORDINATOR, VOLUNTEER, Actor
from wijkinfo.ui.main_window import MainWindow


def _nav_titles(window):
    return [
        window.nav.item(i).text()
        for i in range(window.nav.count())
        if not window.nav.item(i).isHidden()
    ]


def test_only_working_areas_are_listed(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert _nav_titles(window) == ["Zoeken", "Verwijzen"]


def test_beheer_is_for_coordinators_and_follows_a_shift_change(qtbot, store):
    window = MainWindow(store, actor=Actor("c", "Kees", COORDINATOR))
    qtbot.addWidget(window)
    window.add_admin_tab("Diensten", QLabel("x"))
    assert _nav_titles(window) == ["Zoeken", "Verwijzen", "Signalen", "Beheer"]
    window.nav.setCurrentRow(3)
    with qtbot.waitSignal(window.actor_changed):
        window.set_actor(Actor("v", "Ans", VOLUNTEER))
    # a signed-in volunteer refers and logs signals, but does not manage
    assert _nav_titles(window) == ["Zoeken", "Verwijzen", "Signalen"]
    assert window.stack.currentWidget() is window.search_view


def test_the_window_fits_a_1366_by_768_laptop_with_large_type(qtbot, demo_store):
    """Tall or wide pages (Beheer, Signalen) scroll instead of pushing the window off-screen."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    font = app.font()
    old = font.pointSize()
    font.setPointSize(12)  # what the app sets at start (BASE_POINT_SIZE)
    app.setFont(font)
    try:
        window = MainWindow(demo_store, actor=Actor("c", "Kees", COORDINATOR), demo=True)
        qtbot.addWidget(window)
        least = window.minimumSizeHint()
        assert least.width() <= 1366 and least.height() <= 768 - 40  # room for the taskbar
    finally:
        font.setPointSize(old)
        app.setFont(font)
