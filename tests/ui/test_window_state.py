"""Another language while wijkinfo runs builds the window anew; a volunteer finds everything as
it was: the area, the search, the basket and the referral fields, the signal form, the tally's
*Contact via* and wijk, and a coordinator's unsaved edit. A bigger text keeps it all too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.services.signals.signal_helpers import log, make_people
from tests.ui.message_boxes import click_in_next_message_box
from tests.ui.test_desk_visit_by_keyboard import type_into
from tests.ui.test_settings_dialog import closes, ctrl_enter, open_dialog
from wijkinfo.services.people.auth import COORDINATOR, Actor
from wijkinfo.services.search.lookup import SearchService
from wijkinfo.ui.admin.directory_editor import DirectoryEditorView
from wijkinfo.ui.admin.organization_editor import OrganizationEditorView
from wijkinfo.ui.admin.synonyms_view import SynonymsView
from wijkinfo.ui.admin.users_admin_tab import UsersAdminTab
from wijkinfo.ui.admin.vocabulary_view import VocabularyView
from wijkinfo.ui.i18n import install_language
from wijkinfo.ui.main_window import MainWindow
from wijkinfo.ui.text_size import apply_text_size
from wijkinfo.ui.window_settings import switch_language

NAME = "Łucja Öztürk"
LONG = ("Ł Ö é ß — de bewoner kreeg geen antwoord. " * 300)[:10_000]


@pytest.fixture
def keep_look(qapp):
    """Font, style sheet and language come back after the test, whatever it chose."""
    font, sheet = qapp.font(), qapp.styleSheet()
    yield
    install_language(qapp, "nl")
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)
    qapp.setProperty("wijkinfoTextSize", None)


def _window(qtbot, store) -> MainWindow:
    w = MainWindow(store, actor=Actor("u", "Anna", COORDINATOR), demo=True, point_name="Test")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _switch(qtbot, window: MainWindow, language: str) -> MainWindow:
    new = switch_language(window, language)
    qtbot.addWidget(new)
    assert new is not window and new.isVisible() and not window.isVisible()
    return new


def _fill_desk(qtbot, w: MainWindow) -> dict:
    """Search, pick the second result, two services in the basket, the referral fields, the
    tally's channel and wijk, and a signal form; returns what the volunteer sees."""
    view, areas = w.search_view, w.referrals
    qtbot.waitUntil(lambda: view.filter_bar.theme.count() > 1, timeout=15000)
    qtbot.keyClicks(view.box, "schuld")
    qtbot.waitUntil(lambda: view.model.rowCount() >= 3, timeout=15000)
    referable = [r for r in range(view.model.rowCount()) if view.model.hit(r).referable][:2]
    for row in referable:
        view.results.setCurrentIndex(view.model.index(row))
        hit = view.model.hit(row)
        qtbot.waitUntil(lambda h=hit: view.current_service_id() == h.id, timeout=15000)
        areas.add_action.trigger()
    assert len(areas.basket) == 2
    with qtbot.waitSignal(view.results_shown, timeout=15000):
        view.filter_bar.free.setChecked(True)  # a filter: the list is searched again
    assert view.model.rowCount() >= 2
    view.results.setCurrentIndex(view.model.index(1))
    chosen = view.model.hit(1).id
    qtbot.waitUntil(lambda: view.current_service_id() == chosen, timeout=15000)

    areas.view.question.setText("Ik heb schulden, Ł en Ö")
    areas.view.note.setText("Neem de brief van de bank mee")
    type_into(areas.view.name, NAME)
    tally = areas.tally_bar
    qtbot.mouseClick(tally.channel_buttons["telefoon"], Qt.MouseButton.LeftButton)
    tally.wijk.setCurrentIndex(2)

    form = w.signals_area.form
    form.theme.setCurrentIndex(1)
    form.places.set_codes(form.wijk.itemData(1), "")
    form.description.setPlainText(LONG)
    form.urgency.setCurrentIndex(2)
    form.wants_feedback.setChecked(True)
    type_into(form.contact_name, NAME)
    w.nav.setCurrentRow(1)  # Verwijzen
    return _seen(w)


def _seen(w: MainWindow) -> dict:
    view, areas, form = w.search_view, w.referrals, w.signals_area.form
    return {
        "area": w.nav.currentRow(),
        "search": view.box.text(),
        "free": view.filter_bar.free.isChecked(),
        "service": view.current_service_id(),
        "basket": areas.basket.ids(),
        "fields": (areas.view.question.text(), areas.view.note.text(), areas.view.name.text()),
        "channel": areas.tally_bar.channel(),
        "wijk": areas.tally_bar.wijk.currentData(),
        "signal": (
            form.theme.currentData(),
            form.places.codes(),
            form.description.toPlainText(),
            form.urgency.currentData(),
            form.wants_feedback.isChecked(),
            form.contact_name.text(),
        ),
    }


def _settled(qtbot, w: MainWindow, seen: dict) -> None:
    view = w.search_view
    qtbot.waitUntil(lambda: view.current_service_id() == seen["service"], timeout=15000)
    assert _seen(w) == seen


def test_a_new_language_keeps_what_the_volunteer_typed_and_where_they_were(
    qtbot, demo_store, keep_look
):
    w = _window(qtbot, demo_store)
    seen = _fill_desk(qtbot, w)
    assert seen["signal"][2] == LONG and seen["fields"][2] == NAME

    english = _switch(qtbot, w, "en")
    assert english.nav.item(0).text() == "Search"
    _settled(qtbot, english, seen)
    assert english.stack.currentWidget() is english.referrals.view  # Verwijzen, now "Refer"
    assert english.nav.item(1).text().startswith("Refer") and "(2)" in english.nav.item(1).text()
    form = english.signals_area.form
    assert form.message.text() == ""  # never "draft restored": the form was never closed
    assert form.contact_box.isVisibleTo(form)

    # and back the way a volunteer does it: Bestand › Instellingen, Nederlands, Ctrl+Enter
    dialog = open_dialog(qtbot, english)
    dialog.machine.language.setCurrentIndex(dialog.machine.language.findData("nl"))
    ctrl_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: english.successor is not None, timeout=15000)
    dutch = english.successor
    qtbot.addWidget(dutch)
    _settled(qtbot, dutch, seen)
    assert dutch.nav.item(0).text() == "Zoeken"
    dutch.tasks.wait()


def test_a_bigger_text_keeps_everything_in_the_same_window(qtbot, demo_store, keep_look):
    app = QApplication.instance()
    apply_text_size(app, 100)
    w = _window(qtbot, demo_store)
    seen = _fill_desk(qtbot, w)
    for percent in (150, 200, 100):
        apply_text_size(app, percent)
        QApplication.processEvents()
        assert w.successor is None and w.isVisible()  # no window built anew
        assert _seen(w) == seen
        room = w.nav.viewport().width()
        for row in range(w.nav.count()):  # the area names are not cut ("Verw…")
            assert w.nav.fontMetrics().horizontalAdvance(w.nav.item(row).text()) < room
    w.tasks.wait()


def test_cancelling_the_settings_keeps_the_language_and_everything_typed(
    qtbot, demo_store, keep_look
):
    w = _window(qtbot, demo_store)
    seen = _fill_desk(qtbot, w)
    dialog = open_dialog(qtbot, w)
    dialog.machine.language.setCurrentIndex(dialog.machine.language.findData("en"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Annuleren
    qtbot.waitUntil(lambda: closes(dialog), timeout=15000)
    QApplication.processEvents()
    assert w.successor is None and w.isVisible()
    assert w.nav.item(0).text() == "Zoeken"
    assert _seen(w) == seen
    w.tasks.wait()


def _admin_tab(w: MainWindow, view) -> None:
    w.show_admin_tab(view)
    QApplication.processEvents()


def test_a_coordinators_unsaved_edits_in_beheer_come_along_and_stay_unsaved(
    qtbot, demo_store, keep_look
):
    w = _window(qtbot, demo_store)
    search = w.search_view
    qtbot.keyClicks(search.box, "schuld")
    qtbot.waitUntil(lambda: search.current_service_id() is not None, timeout=15000)
    service_id = search.current_service_id()

    editor = w.findChild(DirectoryEditorView)
    _admin_tab(w, editor)
    editor.load_button.click()
    old_name, hours = editor.name.text(), editor.hours.toPlainText()
    editor.name.setText(NAME)
    editor.description.setPlainText(LONG)
    organizations = w.findChild(OrganizationEditorView)
    organizations.list.setCurrentRow(0)
    org_name = organizations.name.text()
    organizations.phone.setText("030-7654321")
    point = w.referrals.settings
    point.address.setText("Ölweg 1, Łódź")
    vocabulary = w.findChild(VocabularyView)
    _admin_tab(w, vocabulary)
    qtbot.waitUntil(lambda: vocabulary.theme_list.count() > 0, timeout=15000)
    vocabulary.theme_list.setCurrentRow(0)
    theme = vocabulary.theme_list.currentItem().data(Qt.ItemDataRole.UserRole)
    vocabulary.theme_name.setText("Geld en schulden Ł")
    w.findChild(SynonymsView).term.setText("geldzorgen Ö")
    users = w.findChild(UsersAdminTab)
    users.name.setText(NAME)
    users.password.setText("geheim123")
    _admin_tab(w, editor)  # Beheer › Sociale kaart is what the coordinator looks at

    english = _switch(qtbot, w, "en")
    editor = english.findChild(DirectoryEditorView)
    assert english.stack.currentWidget() is english.admin_tabs
    assert english.admin_tabs.currentWidget().isAncestorOf(editor)
    assert editor.heading.text() == f"Editing: {old_name}"
    assert (editor.name.text(), editor.description.toPlainText()) == (NAME, LONG)
    if hours:  # left alone, so read again, with the English day names
        assert editor.hours.toPlainText() != hours and editor.hours.toPlainText()
    organizations = english.findChild(OrganizationEditorView)
    assert organizations.name.text() == org_name
    assert organizations.phone.text() == "030-7654321"
    assert organizations.list.currentItem().text() == org_name
    assert english.referrals.settings.address.text() == "Ölweg 1, Łódź"
    assert english.findChild(SynonymsView).term.text() == "geldzorgen Ö"
    users = english.findChild(UsersAdminTab)
    assert users.name.text() == NAME
    assert users.password.text() == ""  # a secret is never handed on: typed again
    vocabulary = english.findChild(VocabularyView)
    _admin_tab(english, vocabulary)  # showing the tab reads the list again: typing stays
    qtbot.waitUntil(lambda: vocabulary.theme_list.count() > 0, timeout=15000)
    english.tasks.settle()
    assert vocabulary.theme_list.currentItem().data(Qt.ItemDataRole.UserRole) == theme
    assert vocabulary.theme_name.text() == "Geld en schulden Ł"

    # still unsaved: leaving the organisation asks, and "Back to the form" keeps the edit
    seen: list[str] = []
    click_in_next_message_box("Back to the form", seen)
    organizations.new_button.click()
    assert seen and org_name in seen[0]
    assert organizations.phone.text() == "030-7654321"
    # the service's edit saves from the new window (shorter: a description has a limit)
    editor.description.setPlainText(LONG[:400])
    editor.save_button.click()
    assert editor.message.text() == "Saved."
    assert SearchService(demo_store).detail(service_id).name == NAME
    english.tasks.wait()


def test_a_coordinator_reviewing_a_signal_keeps_the_signal_filters_and_note(
    qtbot, demo_store, keep_look
):
    kees, _fatima, ans = make_people(demo_store)
    first = log(demo_store, ans).id
    second = log(demo_store, ans, description="Geen plek bij de voedselbank, Öykü wacht.").id
    w = MainWindow(demo_store, actor=kees, demo=True, point_name="Test")
    qtbot.addWidget(w)
    w.show()
    review = w.signals_area.review
    qtbot.waitUntil(lambda: review.model.rowCount() == 2, timeout=15000)
    w.nav.setCurrentRow(w.nav.row(w.nav.findItems("Signalen", Qt.MatchFlag.MatchExactly)[0]))
    w.signals_area.setCurrentIndex(1)  # Beoordelen
    review.status.setCurrentIndex(review.status.findData("nieuw"))
    qtbot.waitUntil(lambda: review.model.rowCount() == 2, timeout=15000)
    row = next(r for r in range(2) if review.model.rows[r].id == second)
    review.table.selectRow(row)
    qtbot.waitUntil(lambda: review.detail.detail is not None, timeout=15000)
    assert review.detail.signal_id == second != first
    review.detail.note.setText("Gebeld met Łucja: ze belt terug")
    review.detail.forward_to.setText("Gemeente, afdeling Öffentlichkeit")
    w.signals_area.reports.start.setText("01-06-2026")

    english = _switch(qtbot, w, "en")
    area = english.signals_area
    assert english.stack.currentWidget() is area and area.currentIndex() == 1
    review = area.review
    qtbot.waitUntil(lambda: review.detail.detail is not None, timeout=15000)
    english.tasks.settle()
    assert review.detail.signal_id == second
    assert review.status.currentData() == "nieuw"
    assert review.table.currentIndex().row() == row
    assert review.detail.note.text() == "Gebeld met Łucja: ze belt terug"
    assert review.detail.forward_to.text() == "Gemeente, afdeling Öffentlichkeit"
    assert area.reports.start.text() == "01-06-2026"
    english.tasks.wait()
