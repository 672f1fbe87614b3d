"""Dutch first, English as a translation: every string translated, and the window switches."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from wijkinfo.resources import resources_dir
from wijkinfo.ui.i18n import install_language
from wijkinfo.ui.main_window import MainWindow

TRANSLATIONS = resources_dir() / "translations"


def test_every_english_string_is_translated():
    root = ET.parse(TRANSLATIONS / "wijkinfo_en.ts").getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 50
    unfinished = [
        m.findtext("source") for m in messages
        if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []


def test_service_messages_list_is_current():
    sys.path.insert(0, str(TRANSLATIONS))
    try:
        import extract_messages
    finally:
        sys.path.pop(0)
    current = extract_messages.render(extract_messages.collect())
    assert extract_messages.OUTPUT.read_text(encoding="utf-8") == current, "run: make lupdate"


@pytest.fixture
def language(qapp):
    """Install a UI language for one test, and take it away again afterwards."""
    installed = []

    def use(code):
        installed.extend(install_language(qapp, code))

    yield use
    for translator in installed:
        QApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))


@pytest.mark.parametrize(
    ("code", "nav", "found"),
    [("en", "Search", "services found"), ("nl", "Zoeken", "diensten gevonden")],
)
def test_the_window_speaks_the_chosen_language(qtbot, demo_store, language, code, nav, found):
    language(code)
    window = MainWindow(demo_store, demo=True)
    qtbot.addWidget(window)
    window.show()
    assert window.nav.item(0).text() == nav
    view = window.search_view
    qtbot.keyClicks(view.box, "schuld")
    qtbot.waitUntil(lambda: found in view.count_label.text(), timeout=15000)
    window.tasks.wait()
