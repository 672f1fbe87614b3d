"""The signal form by keyboard: the organisation picked with ↓ + Enter is the one added, and a
first signal does not greet the volunteer with a restored draft."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.services.signals.signal_helpers import make_people
from wijkinfo.ui.main_window import MainWindow


def _form(qtbot, store, actor):
    w = MainWindow(store, actor=actor)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.nav.setCurrentRow(w.stack.indexOf(w.signals_area))
    return w, w.signals_area.form


def test_down_and_enter_add_the_organisation_chosen_in_the_list(qtbot, demo_store):
    _kees, _f, ans = make_people(demo_store)
    _w, form = _form(qtbot, demo_store, ans)
    line = form.org_picker.lineEdit()
    line.setFocus()
    qtbot.keyClicks(line, "Lindestad")
    popup = form.org_picker.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    chosen = popup.currentIndex().data()
    assert chosen and chosen != popup.model().index(0, 0).data()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert [form.orgs.item(i).text() for i in range(form.orgs.count())] == [chosen]
    assert line.text() == ""  # ready for the next one


def test_a_first_signal_does_not_say_a_draft_was_restored(qtbot, store):
    _kees, _f, ans = make_people(store)
    w, form = _form(qtbot, store, ans)
    form.save_draft()  # an empty form saved, as signing out does
    w.set_actor(ans)  # the same volunteer signs in again
    assert "teruggezet" not in form.message.text()
    qtbot.keyClicks(form.description, "Wacht al weken op antwoord.")
    form.save_draft()
    w.set_actor(ans)
    assert "teruggezet" in form.message.text()
