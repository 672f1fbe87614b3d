"""Signalen in the window: a volunteer logs, a coordinator reviews; drafts survive; sign-in."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QWidget
from sqlalchemy import select

from tests.services.signals.signal_helpers import log, make_people
from wijkinfo.db.models import Signal, SignalContact
from wijkinfo.services.signals import intake as signals
from wijkinfo.services.signals import review
from wijkinfo.ui.main_window import MainWindow
from wijkinfo.ui.sign_in_dialog import SignInDialog
from wijkinfo.ui.tasks import TaskRunner


def _window(qtbot, store, actor):
    w = MainWindow(store, actor=actor)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    row = w.stack.indexOf(w.signals_area)
    if not w.nav.item(row).isHidden():
        w.nav.setCurrentRow(row)  # Signalen
    return w


def _wait_saved(qtbot, form) -> None:
    """The form saves in the background; its button waits until the answer is there."""
    qtbot.waitUntil(form.save_button.isEnabled, timeout=15000)


def _signals(store):
    with store.sessions() as s:
        return s.scalars(select(Signal)).all()


def test_volunteer_logs_a_signal_with_the_keyboard(qtbot, demo_store):
    _kees, _f, ans = make_people(demo_store)
    w = _window(qtbot, demo_store, ans)
    area = w.signals_area
    w.nav.setCurrentRow(w.stack.indexOf(area))
    assert w.stack.currentWidget() is area
    assert not area.isTabVisible(1)  # no review queue for a volunteer
    form = area.form
    assert "Geen namen" in form.hint.text() and form.hint.isVisible()
    form.date.selectAll()
    qtbot.keyClicks(form.date, "20-11-2026")
    form.theme.setFocus()
    form.theme.setCurrentIndex(form.theme.findData("wonen"))
    qtbot.keyClicks(form.wijk, "Oost")
    qtbot.keyClicks(form.org_picker.lineEdit(), form.org_picker.itemText(0))
    qtbot.keyClick(form.org_picker.lineEdit(), Qt.Key.Key_Return)
    assert form.orgs.count() == 1
    qtbot.keyClicks(form.description, "Al maanden wachten op reparatie van de verwarming.")
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    _wait_saved(qtbot, form)
    assert "opgeslagen" in form.message.text()
    with demo_store.sessions() as s:
        saved = s.scalars(select(Signal)).all()
        # the wijk picked from the shared list, stored by its code
        assert len(saved) == 1 and saved[0].wijk == "wijk-oost" and saved[0].theme.code == "wonen"
        assert len(saved[0].organizations) == 1
    assert form.description.toPlainText() == ""  # ready for the next resident


def test_contact_needs_consent_that_is_never_pre_ticked(qtbot, store):
    _kees, _f, ans = make_people(store)
    form = _window(qtbot, store, ans).signals_area.form
    form.theme.setCurrentIndex(0)
    qtbot.keyClicks(form.description, "Geen antwoord van de gemeente.")
    form.wants_feedback.setChecked(True)
    assert form.contact_box.isVisible() and not form.consent.isChecked()
    qtbot.keyClicks(form.contact_phone, "06-12345678")
    form.save_button.click()
    _wait_saved(qtbot, form)
    assert "toestemming" in form.message.text()
    assert _signals(store) == []
    form.consent.setChecked(True)
    form.save_button.click()
    _wait_saved(qtbot, form)
    assert "opgeslagen" in form.message.text()
    with store.sessions() as s:
        assert "12345678" not in s.scalars(select(SignalContact.sealed)).one()
    assert not form.consent.isChecked()  # the next resident starts unticked again


def test_bad_input_shows_a_message_and_saves_nothing(qtbot, store):
    _kees, _f, ans = make_people(store)
    form = _window(qtbot, store, ans).signals_area.form
    form.theme.setCurrentIndex(0)
    form.date.setText("31-02-2026")
    qtbot.keyClicks(form.description, "Iets")
    form.save_button.click()
    _wait_saved(qtbot, form)
    assert "geen bestaande datum" in form.message.text()
    form.date.setText("20-11-2026")
    form.description.setPlainText("x" * 10_000)
    assert "10000 van 2000" in form.counter.text()
    form.save_button.click()
    _wait_saved(qtbot, form)
    assert "te lang" in form.message.text()
    assert _signals(store) == []


def test_draft_survives_a_closed_window(qtbot, store):
    _kees, _f, ans = make_people(store)
    w = _window(qtbot, store, ans)
    qtbot.keyClicks(w.signals_area.form.description, "Half getypt signaal")
    qtbot.waitUntil(lambda: signals.load_draft(store, actor=ans) is not None)
    w.close()
    again = _window(qtbot, store, ans)
    form = again.signals_area.form
    assert form.description.toPlainText() == "Half getypt signaal"
    assert "concept" in form.message.text()


def test_coordinator_moves_a_signal_through_the_workflow(qtbot, store):
    kees, fatima, ans = make_people(store)
    sid = log(store, ans, contact=signals.ContactInput(phone="0612345678", consent=True)).id
    w = _window(qtbot, store, kees)
    area = w.signals_area
    assert area.isTabVisible(1)
    area.setCurrentIndex(1)
    view = area.review
    pane = view.detail
    qtbot.waitUntil(lambda: pane.detail is not None and pane.detail.row.id == sid)
    assert view.model.rowCount() == 1
    pane.findChild(type(pane.contact_button), "step_in_behandeling").click()
    qtbot.waitUntil(
        lambda: review.get_signal(store, actor=kees, signal_id=sid).row.status == "in_behandeling"
    )
    qtbot.keyClicks(pane.note, "Gemeente gebeld")
    qtbot.keyClick(pane.note, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: any(
            "Gemeente gebeld" in pane.history.item(i).text() for i in range(pane.history.count())
        )
    )
    pane.contact_button.click()
    qtbot.waitUntil(lambda: "0612345678" in pane.contact.text())
    # Another coordinator changes it meanwhile: this one sees a message, nothing overwritten.
    # (on another desk: this window hears nothing of it until it tries)
    version = review.get_signal(store, actor=fatima, signal_id=sid).row.version
    w.changes.blockSignals(True)
    review.change_status(
        store, actor=fatima, signal_id=sid, to_status="geannuleerd", expected_version=version
    )
    w.changes.blockSignals(False)
    qtbot.waitUntil(lambda: pane.findChild(type(pane.contact_button), "step_doorgezet") is not None)
    pane.findChild(type(pane.contact_button), "step_doorgezet").click()
    qtbot.waitUntil(lambda: "net gewijzigd" in pane.message.text())
    assert review.get_signal(store, actor=kees, signal_id=sid).row.status == "geannuleerd"


def test_volunteer_window_has_no_way_to_contact_details(qtbot, store):
    _kees, _f, ans = make_people(store)
    log(store, ans, contact=signals.ContactInput(phone="0612345678", consent=True))
    area = _window(qtbot, store, ans).signals_area
    assert area.review.model.rowCount() == 0
    assert "0612345678" not in area.review.detail.contact.text()


def test_sign_in_dialog_refuses_a_wrong_password(qtbot, store):
    make_people(store)
    tasks = TaskRunner()
    dialog = SignInDialog(store, tasks)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.name.count() == 3)  # the names, read in the background
    dialog.name.setCurrentText("Ans")
    qtbot.keyClicks(dialog.password, "fout")
    dialog.try_accept()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert "klopt niet" in dialog.error.text() and dialog.actor is None
    assert dialog.password.text() == ""  # ready to type again
    qtbot.keyClicks(dialog.password, "2580")
    dialog.try_accept()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.actor is not None and dialog.actor.name == "Ans"
    tasks.wait()


def test_switching_volunteer_changes_what_the_window_shows(qtbot, store):
    kees, _f, ans = make_people(store)
    w = _window(qtbot, store, kees)
    assert w.signals_area.isTabVisible(1)
    with qtbot.waitSignal(w.actor_changed):
        w.set_actor(ans)
    assert not w.signals_area.isTabVisible(1)
    assert w.signals_area.review.model.rowCount() == 0


def test_coordinator_sees_charts_and_saves_the_pdf_report(qtbot, store, tmp_path):
    kees, _f, ans = make_people(store)
    log(store, ans)
    area = _window(qtbot, store, kees).signals_area
    reports = area.reports
    assert reports is not None and area.isTabVisible(2)
    reports.start.setText("01-01-2026")
    reports.refresh()
    qtbot.waitUntil(lambda: reports.counts is not None and reports.counts.total == 1)
    # one signal is a small number: the summary and the chart say "< 5", never "1"
    assert "< 5" in reports.summary.text() and " 1" not in reports.summary.text()
    assert reports.month_view.chart().series()[0].barSets()[0].at(0) == 0
    axis = reports.month_view.chart().axes()[0]
    assert any("(< 5)" in html.unescape(c) for c in axis.categories())
    reports.run_pdf(tmp_path / "rapport.pdf")
    qtbot.waitUntil(lambda: "opgeslagen" in reports.summary.text())
    assert (tmp_path / "rapport.pdf").read_bytes().startswith(b"%PDF")


def test_status_letter_from_the_detail_pane(qtbot, store, tmp_path):
    from wijkinfo.ui.signals.status_letter_action import print_status_letter

    kees, _f, ans = make_people(store)
    sid = log(store, ans).id
    w = _window(qtbot, store, kees)
    area = w.signals_area  # the area's status messages reach the window's status bar
    print_status_letter(
        w.context, sid, area, status=area.status_message.emit, path=tmp_path / "brief.pdf"
    )
    qtbot.waitUntil(
        lambda: (tmp_path / "brief.pdf").exists() and "opgeslagen" in w.status_message()
    )


def test_coordinator_adds_a_volunteer_in_beheer(qtbot, store):
    from wijkinfo.services.people import users

    kees, _f, _ans = make_people(store)
    w = _window(qtbot, store, kees)
    tab = w.admin_tabs.findChild(QWidget, "usersAdminTab")
    qtbot.keyClicks(tab.name, "Bram")
    qtbot.keyClicks(tab.password, "7395")
    tab.findChild(QPushButton, "addUser").click()
    qtbot.waitUntil(lambda: "Bram kan nu aanmelden" in tab.message.text(), timeout=15000)
    assert users.sign_in(store, name="Bram", password="7395").role == "volunteer"
    qtbot.waitUntil(  # the list is read again, with Bram in it
        lambda: any("Bram" in tab.list.item(i).text() for i in range(tab.list.count()))
    )
    tab.anonymise.setValue(800)
    tab.findChild(QPushButton, "saveTerms").click()
    qtbot.waitUntil(lambda: "niet eerder" in tab.message.text(), timeout=15000)


def test_privacy_page_states_terms_and_who_sees_what(qtbot, store):
    from wijkinfo.services.signals.retention import get_retention
    from wijkinfo.ui.privacy_page import PrivacyPage

    page = PrivacyPage(get_retention(store))
    qtbot.addWidget(page)
    text = page.text.toPlainText()
    assert "365 dagen" in text and "730 dagen" in text
    assert "Alleen coördinatoren zien contactgegevens" in text


def test_the_help_menu_opens_the_privacy_page(qtbot, store):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from wijkinfo.ui.privacy_page import PrivacyPage

    _kees, _f, ans = make_people(store)
    w = _window(qtbot, store, ans)
    seen: list[str] = []

    def read_and_close() -> None:
        page = QApplication.activeModalWidget()
        if not isinstance(page, PrivacyPage):
            QTimer.singleShot(20, read_and_close)
            return
        seen.append(page.text.toPlainText())
        page.reject()

    QTimer.singleShot(0, read_and_close)
    w.findChild(QAction, "privacyAction").trigger()
    qtbot.waitUntil(lambda: seen != [], timeout=15000)
    assert "365 dagen" in seen[0]


def test_saved_filter_brings_back_the_same_queue(qtbot, store):
    kees, _f, ans = make_people(store)
    log(store, ans, wijk="Oost")
    log(store, ans, wijk="West")
    area = _window(qtbot, store, kees).signals_area
    area.setCurrentIndex(1)
    view = area.review
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    view.wijk.setCurrentIndex(view.wijk.findText("West"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.save_filter_as("Alleen West")
    view.wijk.setCurrentIndex(0)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    index = view.saved.findText("Alleen West")
    view.saved.setCurrentIndex(index)
    view.saved.activated.emit(index)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.rows[0].wijk == "West"


def test_coordinator_sets_a_response_time_target(qtbot, store):
    kees, _f, _ans = make_people(store)
    w = _window(qtbot, store, kees)
    tab = w.admin_tabs.findChild(QWidget, "usersAdminTab")
    qtbot.waitUntil(lambda: tab.theme.findText("Wonen") >= 0)  # the themes, read in the background
    tab.theme.setCurrentIndex(tab.theme.findText("Wonen"))
    tab.target.setValue(4)
    tab.findChild(QPushButton, "saveTarget").click()
    qtbot.waitUntil(lambda: "opgeslagen" in tab.message.text(), timeout=15000)
    assert {t.code: t.response_days for t in signals.list_themes(store)}["wonen"] == 4


def test_wissel_vrijwilliger_signs_in_the_next_person(qtbot, store):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    kees, _f, _ans = make_people(store)
    w = _window(qtbot, store, kees)

    def answer(tries: int = 200) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SignInDialog):
            dialog.name.setCurrentText("Ans")
            qtbot.keyClicks(dialog.password, "2580")
            qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        elif tries:
            QTimer.singleShot(25, lambda: answer(tries - 1))

    QTimer.singleShot(0, answer)
    with qtbot.waitSignal(w.actor_changed):
        w.findChild(QAction, "switchVolunteer").trigger()
    assert w.actor.name == "Ans" and not w.signals_area.isTabVisible(1)
