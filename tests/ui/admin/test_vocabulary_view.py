"""Beheer › Thema's en wijken: one list for the tally, the signal form, search and reports."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.services.signals.signal_helpers import make_people
from wijkinfo.services.signals.stats import signal_counts
from wijkinfo.ui.admin.vocabulary_view import VocabularyView
from wijkinfo.ui.main_window import MainWindow


def _window(qtbot, store, actor):
    w = MainWindow(store, actor=actor)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def _pick_by_keyboard(qtbot, combo, typed: str) -> None:
    """Type a few letters, take the first place the list shows with ↓ and Enter."""
    line = combo.lineEdit()
    line.setFocus()
    qtbot.keyClicks(line, typed)
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_a_wijk_added_in_beheer_is_offered_in_a_volunteers_signal_form(qtbot, demo_store):
    kees, _f, ans = make_people(demo_store)
    w = _window(qtbot, demo_store, kees)
    view = w.findChild(VocabularyView)
    w.show_admin_tab(view)
    qtbot.keyClicks(view.place_name, "Overvecht")
    view.place_wijk.setCurrentIndex(0)  # a new wijk, not a buurt
    qtbot.mouseClick(view.findChild(type(view.rename_place_button), "vocabAddPlace"), Qt.LeftButton)
    qtbot.waitUntil(lambda: "Overvecht" in view.message.text() or "lijst" in view.message.text())
    qtbot.waitUntil(
        lambda: any(
            "Overvecht" in view.place_list.item(i).text() for i in range(view.place_list.count())
        )
    )

    w.set_actor(ans)  # shift change: a volunteer at the desk
    form = w.signals_area.form
    w.nav.setCurrentRow(w.stack.indexOf(w.signals_area))
    qtbot.waitUntil(lambda: "Overvecht" in _items(form.wijk), timeout=5000)

    # a report per wijk counts "Overvecht" and "overvecht " as one wijk
    for typed in ("Overvecht", "overvecht "):
        form.theme.setCurrentIndex(form.theme.findData("wonen"))
        form.wijk.setEditText(typed)
        qtbot.keyClicks(form.description, "Bewoner wacht al weken op een reparatie.")
        with qtbot.waitSignal(form.saved, timeout=10000):
            form.submit()
    _pick_by_keyboard(qtbot, form.wijk, "overv")
    assert form.wijk.currentText() == "Overvecht"
    per_wijk = dict(signal_counts(demo_store, actor=kees).per_wijk)
    assert per_wijk["Overvecht"] == 2
    w.tasks.wait()


def test_the_signal_form_picks_a_buurt_and_its_wijk_and_refuses_what_is_not_listed(
    qtbot, demo_store
):
    _kees, _f, ans = make_people(demo_store)
    w = _window(qtbot, demo_store, ans)
    form = w.signals_area.form
    w.nav.setCurrentRow(w.stack.indexOf(w.signals_area))
    _pick_by_keyboard(qtbot, form.buurt, "oostpo")
    qtbot.waitUntil(lambda: form.wijk.currentText() == "Oost")  # the buurt brought its wijk
    assert form.buurt.currentText() == "Oostpoort"
    assert "Lindepark" in _items(form.buurt) and "Binnenstad" not in _items(form.buurt)

    form.theme.setCurrentIndex(form.theme.findData("wonen"))
    form.wijk.setEditText("Atlantis")
    qtbot.keyClicks(form.description, "Bewoner wacht al weken op een reparatie.")
    form.submit()
    qtbot.waitUntil(lambda: "Atlantis" in form.message.text(), timeout=5000)
    assert "lijst" in form.message.text()
    w.tasks.wait()


def test_the_tally_has_the_same_theme_buttons_as_the_signal_form(qtbot, demo_store, language):
    kees, _f, ans = make_people(demo_store)
    from wijkinfo.services.vocabulary import themes

    themes.rename_theme(demo_store, actor=kees, code="wonen", name="Wonen", name_en="Housing")
    language("en")
    w = _window(qtbot, demo_store, ans)
    form = w.signals_area.form
    bar = w.referrals.tally_bar
    buttons = sorted(b.text().replace("&&", "&") for b in bar.theme_buttons.values())
    assert buttons == sorted(_items(form.theme))
    assert "Housing" in buttons and "Money worries & debt" in buttons  # the money button
    assert "Gezondheid & zorg" in buttons  # and the directory's own themes

    themes.add_theme(demo_store, actor=kees, name="Taal", name_en="Language", response_days=5)
    qtbot.waitUntil(lambda: "Language" in [b.text() for b in bar.theme_buttons.values()])
    qtbot.waitUntil(lambda: "Language" in _items(form.theme))
    themes.set_theme_active(demo_store, actor=kees, code="taal", active=False)
    qtbot.waitUntil(
        lambda: "taal" not in bar.theme_buttons and "Language" not in _items(form.theme)
    )
    w.tasks.wait()
