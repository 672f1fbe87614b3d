"""Dutch first, English as a translation: every string translated, and the window switches."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

import pytest

from wijkinfo.resources import resources_dir
from wijkinfo.ui.main_window import MainWindow

TRANSLATIONS = resources_dir() / "translations"


def test_every_english_string_is_translated():
    root = ET.parse(TRANSLATIONS / "wijkinfo_en.ts").getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 50
    unfinished = [
        m.findtext("source") for m in messages if m.find("translation").get("type") == "unfinished"
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


def test_translatable_strings_are_where_lupdate_finds_them_under_the_runtime_context():
    """``window.tr("x")`` is filed by lupdate under the context "window" but looked up at run
    time under the class name, so it would never be translated; a ``tr`` inside an f-string is
    not seen by lupdate at all. Only ``self.tr(...)`` and ``QCoreApplication.translate(...)``."""
    import ast

    root = TRANSLATIONS.parent.parent / "wijkinfo" / "ui"
    wrong = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "tr":
                receiver = node.func.value
                if not (isinstance(receiver, ast.Name) and receiver.id == "self"):
                    wrong.append(f"{path.name}:{node.lineno}")
            if isinstance(node, ast.JoinedStr):
                for part in ast.walk(node):
                    if isinstance(part, ast.Call) and getattr(part.func, "attr", None) in (
                        "tr",
                        "translate",
                    ):
                        wrong.append(f"{path.name}:{part.lineno} (in an f-string)")
    assert wrong == []


def test_an_english_coordinator_sees_english_areas_menus_and_today(qtbot, demo_store, language):
    from wijkinfo.services.people.auth import COORDINATOR, Actor
    from wijkinfo.services.signals.retention import get_retention
    from wijkinfo.ui.privacy_page import privacy_html
    from wijkinfo.ui.shell import FILE_MENU

    language("en")
    window = MainWindow(demo_store, actor=Actor("c", "Kees", COORDINATOR), demo=True)
    qtbot.addWidget(window)
    window.show()
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Search", "Refer", "Signals", "Manage"]
    tabs = [window.admin_tabs.tabText(i) for i in range(window.admin_tabs.count())]
    assert "Users and privacy" in tabs
    file_menu = [a.text() for a in window.menu(FILE_MENU).actions()]
    assert "&Switch volunteer…" in file_menu and "Sign &out" in file_menu
    page = privacy_html(get_retention(demo_store))
    assert "What" in page and "Wat bewaren" not in page
    view = window.search_view
    qtbot.keyClicks(view.box, "geldlijn")
    qtbot.waitUntil(lambda: "today" in view.detail.browser.toPlainText(), timeout=15000)
    assert "vandaag" not in view.detail.browser.toPlainText()
    window.tasks.wait()


def test_refusals_raised_through_subclasses_read_in_english(language):
    """They used to stay Dutch: the extractor only knew the subclasses by a hand-kept list."""
    from wijkinfo.services.privacy import sealing
    from wijkinfo.services.privacy.contacts import no_access
    from wijkinfo.ui.user_messages import error_text

    language("en")
    wrong = sealing.WrongSecret(
        "Het wachtwoord of de herstelcode opent deze sleutel niet. Probeer het opnieuw."
    )
    assert error_text(wrong).startswith("The password or recovery code")
    assert error_text(sealing.damaged()).startswith("These contact details")
    assert "coordinator" in error_text(no_access())


def test_wijk_and_buurt_have_an_english_word_each():
    """A wijk is a district and a buurt a neighbourhood, everywhere: the signal form asks for
    both, and one English word for the two made the English form ask the same thing twice."""
    import re

    root = ET.parse(TRANSLATIONS / "wijkinfo_en.ts").getroot()
    mixed = []
    for message in root.iter("message"):
        source, english = message.findtext("source") or "", message.findtext("translation") or ""
        wijk = re.search(r"\b[Ww]ijk(en)?\b", source) and "buurt" not in source.lower()
        buurt = re.search(r"\b[Bb]uurt(en)?\b", source) and not re.search(r"\b[Ww]ijk", source)
        if (wijk and "neighbourhood" in english.lower()) or (
            buurt and "district" in english.lower()
        ):
            mixed.append(source)
    assert mixed == []
