"""UI fixtures: the real main window on a real database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from wijkinfo.ui.i18n import install_language
from wijkinfo.ui.main_window import MainWindow


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
