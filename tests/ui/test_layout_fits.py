"""Every area fits a small laptop screen at every text size, and no label is cut silently.

A desk's laptop is often 1366×768 (some 1024×768) and older volunteers set the text to 150 or
200 %: the window's minimum size must stay within the screen (the taskbar takes about 40 px),
and every label must either show its whole text, wrap, or end in "…" with the text on hover.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from wijkinfo.services.people.auth import COORDINATOR, Actor
from wijkinfo.ui.elided_label import ElidedLabel
from wijkinfo.ui.main_window import MainWindow
from wijkinfo.ui.text_size import apply_text_size

TASKBAR = 40
SCREENS = [(1366, 768, 100), (1366, 768, 150), (1366, 768, 200), (1024, 768, 100)]


@pytest.fixture
def text_size(qapp):
    """Set the app's text size for one test; the font and style sheet come back after."""
    font, sheet = qapp.font(), qapp.styleSheet()
    yield lambda percent: apply_text_size(qapp, percent)
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)
    qapp.setProperty("wijkinfoTextSize", None)


def _cut_labels(window) -> list[str]:
    cut = []
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or label.wordWrap() or not label.text():
            continue
        if isinstance(label, ElidedLabel):
            # shortening is allowed, but then the whole text must be on hover
            if label.is_elided() and label.toolTip() != label.text():
                cut.append(f"{label.text()!r} (no tooltip)")
            continue
        if label.width() + 1 < label.minimumSizeHint().width():
            cut.append(f"{label.text()!r} ({label.width()} < {label.minimumSizeHint().width()})")
    return cut


def _areas(window):
    return [r for r in range(window.nav.count()) if not window.nav.item(r).isHidden()]


@pytest.mark.parametrize(("width", "height", "percent"), SCREENS)
def test_every_area_fits_the_screen_at_every_text_size(
    qtbot, demo_store, text_size, width, height, percent
):
    text_size(percent)
    window = MainWindow(demo_store, actor=Actor("c", "Anna de Vries", COORDINATOR), demo=True)
    qtbot.addWidget(window)
    window.show()
    window.resize(width, height - TASKBAR)
    qtbot.waitExposed(window)
    window.search_box.setText("schuld")
    qtbot.waitUntil(lambda: window.search_view.model.rowCount() > 0, timeout=15000)
    for row in _areas(window):
        window.nav.setCurrentRow(row)
        pages = [window.stack.currentWidget()]
        if window.stack.currentWidget() is window.admin_tabs:
            pages = [window.admin_tabs.widget(i) for i in range(window.admin_tabs.count())]
        for i, _page in enumerate(pages):
            if window.admin_tabs is not None and window.stack.currentWidget() is window.admin_tabs:
                window.admin_tabs.setCurrentIndex(i)
            QApplication.processEvents()
            area = window.nav.item(row).text()
            least = window.minimumSizeHint()
            assert least.width() <= width, f"{area} needs {least.width()} px at {percent} %"
            assert least.height() <= height - TASKBAR, (
                f"{area} needs {least.height()} px high at {percent} %"
            )
            assert window.width() <= width, f"{area} widened the window at {percent} %"
            assert _cut_labels(window) == [], f"{area} at {percent} %"
    window.tasks.wait()


def test_a_long_message_under_the_detail_wraps_instead_of_widening(qtbot, window, text_size):
    text_size(150)
    window.resize(1366, 768 - TASKBAR)
    window.search_view.detail.status.setText(
        "Bedankt, de melding staat bij de coördinator. " * 6 + "Gekopieerd: 030 234 0500"
    )
    QApplication.processEvents()
    assert window.minimumSizeHint().width() <= 1366
    assert window.width() <= 1366
    status = window.search_view.detail.status
    assert status.wordWrap() and status.isVisibleTo(window)


def test_a_long_name_top_right_ends_in_dots_with_the_whole_name_on_hover(qtbot, window):
    long_name = "Anna Maria Theodora van den Berg-de Vries"
    window.set_actor(Actor("c", long_name, COORDINATOR))
    window.resize(1024, 768 - TASKBAR)
    QApplication.processEvents()
    bar = window.findChild(QLabel, "signedInLabel")
    assert bar is not None and long_name in bar.text()
    assert window.minimumSizeHint().width() <= 1024
    if bar.is_elided():
        assert bar.toolTip() == bar.text()


@pytest.mark.parametrize(("width", "height", "percent"), SCREENS)
def test_the_settings_dialog_fits_the_screen_at_every_text_size(
    qtbot, demo_store, text_size, width, height, percent
):
    from wijkinfo.ui.settings_dialog import SettingsDialog

    text_size(percent)
    window = MainWindow(demo_store, actor=Actor("c", "Anna de Vries", COORDINATOR), demo=True)
    qtbot.addWidget(window)
    window.show()
    window.resize(width, height - TASKBAR)
    qtbot.waitExposed(window)
    window.settings_action.trigger()
    dialog = next(d for d in window.findChildren(SettingsDialog) if d.isVisible())
    qtbot.waitUntil(lambda: dialog.loaded, timeout=15000)
    # as a window manager would: never larger than the screen, less a title bar
    dialog.resize(min(dialog.width(), width), min(dialog.height(), height - TASKBAR - 30))
    for i in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        page = dialog.tabs.tabText(i)
        least = dialog.minimumSizeHint()
        assert least.width() <= width, f"{page} needs {least.width()} px at {percent} %"
        assert least.height() <= height - TASKBAR - 30, f"{page} needs {least.height()} px high"
        assert _cut_labels(dialog) == [], f"{page} at {percent} %"
    dialog.reject()
    window.tasks.wait()
