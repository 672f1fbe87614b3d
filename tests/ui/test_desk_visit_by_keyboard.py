"""A whole desk visit without the mouse: search, detail, referral sheet, tally, sign-in, signal.

Every step is a key press sent to whatever has the focus, as a volunteer who cannot use a mouse
would do it; only waiting and checking look inside the window. The checks are what the
volunteer and later the coordinator see: a saved sheet that names the service, a counted
contact in the report, a signal in the coordinator's queue.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWidget

from wijkinfo.services.desk.tallies import Tallies
from wijkinfo.services.people import users
from wijkinfo.services.people.auth import COORDINATOR, Actor
from wijkinfo.services.signals.queue import queue_page
from wijkinfo.ui.desk.referral_view import ReferralView
from wijkinfo.ui.desk.tally_bar import TallyBar

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier

VOLUNTEER, PIN = "Łucja Öztürk", "8264"


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(k: Qt.Key, mod: Qt.KeyboardModifier = NONE) -> None:
    QTest.keyClick(_focus(), k, mod)


def type_into(widget: QWidget, text: str) -> None:
    """Type ``text`` letter by letter; Ł or Ö arrive as a keyboard layout sends them (a key
    event with that text), since QTest's own typing knows ASCII only."""
    for letter in text:
        if letter.isascii():
            QTest.keyClick(widget, letter)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, letter, NONE)


def type_text(text: str) -> None:
    type_into(_focus(), text)


def tab_to(found: Callable[[QWidget], bool], *, most: int = 80) -> QWidget:
    """Press Tab until the focus is on a control ``found`` accepts (as a keyboard user would)."""
    seen = []
    for _ in range(most):
        widget = _focus()
        if found(widget):
            return widget
        seen.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}")
        key(Qt.Key.Key_Tab)
    raise AssertionError("Tab never reaches it; the focus went through: " + ", ".join(seen[:40]))


def button(text: str) -> Callable[[QWidget], bool]:
    def shown(label: str) -> str:  # "&&" is a shown "&", a single "&" marks the Alt letter
        return label.replace("&&", "\0").replace("&", "").replace("\0", "&")

    return lambda w: isinstance(w, QPushButton) and shown(w.text()) == text


def in_dialog(dialog: QWidget) -> QWidget:
    """Where the dialog's keyboard focus is (offscreen, a new window is not made active, so the
    application's focus stays behind; on a screen the two are the same)."""
    return dialog.focusWidget() or dialog


def back_in_window(qtbot, window: QWidget) -> None:
    """After a dialog: on a screen the window is active again by itself; offscreen it is not."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)


def answer_next_dialog(kind: type, answer: Callable[[QWidget], None]) -> None:
    """When a modal dialog of ``kind`` opens, answer it by keyboard."""

    def attempt(tries: int = 400) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            answer(dialog)
        elif tries:
            QTimer.singleShot(25, lambda: attempt(tries - 1))

    QTimer.singleShot(0, attempt)


def test_a_whole_desk_visit_needs_no_mouse(window, qtbot, demo_store, tmp_path: Path):
    first = users.create_first_coordinator(demo_store, name="Anna", password="geheim12")
    anna = Actor(user_id=first.id, name="Anna", role=COORDINATOR)
    users.create_user(demo_store, actor=anna, name=VOLUNTEER, password=PIN)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search_box, timeout=15000)

    # search, and the first result's detail with ↓
    type_text("schuld")
    view = window.search_view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=15000)
    key(Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: view.current_service_id() is not None, timeout=15000)
    service = view.detail.detail().name

    # on the referral sheet with Ctrl+P, then to the sheet with Ctrl+2
    key(Qt.Key.Key_P, CTRL)
    sheet_view = window.findChild(ReferralView)
    qtbot.waitUntil(lambda: len(sheet_view._basket) == 1, timeout=15000)
    key(Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: window.stack.currentWidget().isAncestorOf(_focus()), timeout=5000)
    key(Qt.Key.Key_V, ALT)  # &Vraag van de bewoner
    type_text("Brief van de deurwaarder")
    saved = tmp_path / "verwijsbrief-keyboard.pdf"

    def save_as(dialog: QWidget) -> None:
        # Qt's own file dialog is Qt's keyboard: typing a whole path opens its completer, which
        # offscreen swallows the Enter; so the name is put in place, and Enter saves
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(saved))
        QTest.keyClick(in_dialog(dialog), Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: sheet_view.save_button.isEnabled(), timeout=20000)
    tab_to(button("Opslaan als PDF…"))
    answer_next_dialog(QFileDialog, save_as)
    key(Qt.Key.Key_Space)
    qtbot.waitUntil(saved.exists, timeout=20000)
    text = " ".join(page.extract_text() for page in PdfReader(saved).pages)
    assert service.split()[0] in text and "deurwaarder" in text
    back_in_window(qtbot, window)

    # count the contact: by phone, about money; Contact via goes back to Balie afterwards
    tally = window.findChild(TallyBar)
    tab_to(lambda w: w.parent() is not None and "Balie" in getattr(w, "text", lambda: "")())
    key(Qt.Key.Key_Right)  # the next channel: Telefoon
    assert tally.channel() == "telefoon"
    tab_to(button("Geldzorgen & schulden"))
    key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Geteld" in tally.message.text(), timeout=15000)
    assert tally.channel() == "balie"
    counted = Tallies(demo_store).totals(actor=anna)
    assert [(t.channel_code, t.theme_code, t.contacts) for t in counted] == [
        ("telefoon", "geldzorgen", 1),
        ("verwijsbrief", "hulpvragen-initiatieven", 1),  # the saved sheet counts as a referral
    ]

    # sign in (Aanmelden…), then log a signal in Signalen
    def sign_in(dialog: QWidget) -> None:
        type_into(in_dialog(dialog), VOLUNTEER)
        QTest.keyClick(in_dialog(dialog), Qt.Key.Key_Tab)
        type_into(in_dialog(dialog), PIN)
        QTest.keyClick(in_dialog(dialog), Qt.Key.Key_Return)

    tab_to(button("Aanmelden…"))
    answer_next_dialog(QWidget, sign_in)
    key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.actor.name == VOLUNTEER, timeout=20000)
    back_in_window(qtbot, window)
    key(Qt.Key.Key_3, CTRL)
    qtbot.waitUntil(lambda: window.nav.currentItem().text() == "Signalen", timeout=10000)
    key(Qt.Key.Key_T, ALT)  # &Thema
    type_text("Geld")
    key(Qt.Key.Key_M, ALT)  # Wat ging er &mis?
    type_text("Bewoner wacht al acht weken op antwoord van de gemeente over de schuldhulp.")
    key(Qt.Key.Key_Return, CTRL)

    def logged() -> list:
        rows = queue_page(demo_store, actor=anna).rows
        return [r for r in rows if "acht weken" in r.summary]

    qtbot.waitUntil(lambda: bool(logged()), timeout=20000)
    assert logged()[0].theme_code == "geldzorgen"
