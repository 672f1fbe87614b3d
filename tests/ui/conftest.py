"""UI fixtures: the real main window on a real database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from wijkinfo.ui.i18n import install_language
from wijkinfo.ui.main_window import MainWindow
from wijkinfo.ui.text_size import apply_text_size


@pytest.fixture
def window(qtbot, demo_store):
    """The main window on the demo, shown, as the volunteer sees it after start-up."""
    w = MainWindow(demo_store, demo=True, point_name="Test")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.tasks.wait()


@pytest.fixture
def language(qapp):
    """Switch the UI language the way the app does (``language("en")``), for one test: the
    translators are taken away and Dutch is the default locale again afterwards, so no other
    test runs in the language this one chose."""
    installed = []

    def use(code):
        installed.extend(install_language(qapp, code))

    yield use
    for translator in installed:
        QApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))


@pytest.fixture
def text_size(qapp):
    """Set the app's text size for one test; the font and style sheet come back after."""
    font, sheet = qapp.font(), qapp.styleSheet()
    yield lambda percent: apply_text_size(qapp, percent)
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)
    qapp.setProperty("wijkinfoTextSize", None)


@pytest.fixture
def window_at(qtbot, demo_store, text_size):
    """``window_at(percent, width, height)``: the demo's window for a coordinator, shown at
    that text size and window size."""
    from wijkinfo.services.people.auth import COORDINATOR, Actor

    opened = []

    def make(percent, width, height):
        text_size(percent)
        window = MainWindow(demo_store, actor=Actor("c", "Anna de Vries", COORDINATOR), demo=True)
        qtbot.addWidget(window)
        window.show()
        window.resize(width, height)
        qtbot.waitExposed(window)
        opened.append(window)
        return window

    yield make
    for window in opened:
        window.tasks.wait()
