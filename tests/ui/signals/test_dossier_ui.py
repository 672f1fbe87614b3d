"""Signalen in the window at city scale and with what came of it: a lazy queue, forwarding with
an agreement, closing with an outcome, similar signals, the dossier in Rapportage, services in
the form, and what a service's detail says about signals to whom."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from tests.reports.pdf_checks import pdf_text
from tests.services.signals.dossier_helpers import org_and_service
from tests.services.signals.signal_helpers import log, make_people
from tests.ui.signals.test_signals_area import _window
from wijkinfo.db.models import SignalService
from wijkinfo.services.signals import review


def test_the_queue_reads_a_page_at_a_time(qtbot, store):
    kees, _f, ans = make_people(store)
    for i in range(120):
        log(store, ans, signal_date=date(2026, 11, 20) - timedelta(days=i % 300))
    view = _window(qtbot, store, kees).signals_area.review
    view.refresh()
    qtbot.waitUntil(lambda: view.model.total == 120, timeout=15000)
    assert view.model.rowCount() == 50 and "120" in view.count_label.text()
    assert view.model.canFetchMore()
    view.model.fetchMore()
    qtbot.waitUntil(lambda: view.model.rowCount() == 100, timeout=15000)
    ids = [r.id for r in view.model.rows]
    assert len(set(ids)) == 100


def test_forward_with_agreement_close_with_outcome_and_see_similar(qtbot, demo_store):
    kees, _f, ans = make_people(demo_store)
    _org, _name, service_id = org_and_service(demo_store)
    for day in (3, 4):
        log(demo_store, ans, signal_date=date(2026, 11, day), service_ids=[service_id])
    sid = log(demo_store, ans, signal_date=date(2026, 11, 20), service_ids=[service_id]).id
    pane = _window(qtbot, demo_store, kees).signals_area.review.detail
    pane.show_signal(sid)
    qtbot.waitUntil(lambda: pane.detail is not None, timeout=15000)
    assert pane.similar.count() == 2 and "2 eerdere" in pane.similar_label.text()
    qtbot.waitUntil(
        lambda: pane.findChild(type(pane.letter_button), "step_in_behandeling") is not None
    )
    pane.findChild(type(pane.letter_button), "step_in_behandeling").click()
    qtbot.waitUntil(
        lambda: pane.detail is not None and pane.detail.row.status == "in_behandeling",
        timeout=15000,
    )
    assert pane.agreement.isVisibleTo(pane) and pane.outcome.isVisibleTo(pane)
    pane.forward_to.setText("Geldfit")
    pane.agreement.setText("Belt de bewoner deze week")
    pane.follow_up.setText("31-02-2099")  # no such day: one line, nothing changes
    pane.change_status("doorgezet")
    assert "geen bestaande datum" in pane.message.text()
    day = date.today() + timedelta(days=7)
    pane.follow_up.setText(day.strftime("%d-%m-%Y"))
    pane.change_status("doorgezet")
    qtbot.waitUntil(
        lambda: pane.detail is not None and pane.detail.row.status == "doorgezet", timeout=15000
    )
    assert pane.detail.agreement == "Belt de bewoner deze week"
    assert pane.detail.follow_up_on == day
    assert "Belt de bewoner" in pane.facts.text()
    pane.outcome.setCurrentIndex(pane.outcome.findData("deels"))
    pane.change_status("afgehandeld")  # closed, it leaves the queue of open signals
    qtbot.waitUntil(
        lambda: (
            review.get_signal(demo_store, actor=kees, signal_id=sid).row.status == "afgehandeld"
        ),
        timeout=15000,
    )
    assert review.get_signal(demo_store, actor=kees, signal_id=sid).outcome == "deels"


def test_dossier_from_rapportage_in_a_few_clicks(qtbot, demo_store, tmp_path):
    kees, _f, ans = make_people(demo_store)
    org_id, org_name, _service = org_and_service(demo_store)
    for i in range(3):
        log(demo_store, ans, signal_date=date(2026, 10, 5 + i), organization_ids=[org_id])
    area = _window(qtbot, demo_store, kees).signals_area
    area.setCurrentIndex(2)  # Rapportage
    panel = area.reports.dossier
    qtbot.waitUntil(lambda: panel.subject.count() > 0, timeout=15000)
    qtbot.waitUntil(lambda: panel.recurring.rowCount() == 1, timeout=15000)
    assert panel.recurring.item(0, 0).text() == org_name
    panel.subject.setCurrentIndex(panel.subject.findText(org_name))
    panel.period.setCurrentIndex(panel.period.findData("year"))
    out = tmp_path / "notitie.pdf"
    panel.write(panel._subject_text(), out)
    qtbot.waitUntil(lambda: "opgeslagen" in panel.message.text(), timeout=20000)
    assert f"signalen over {org_name}" in pdf_text(out.read_bytes())
    panel.write("Bestaat niet", tmp_path / "x.pdf")
    qtbot.waitUntil(lambda: "geen organisatie" in panel.message.text(), timeout=15000)
    assert not (tmp_path / "x.pdf").exists()


def test_the_form_links_a_service_found_while_typing(qtbot, demo_store):
    _kees, _f, ans = make_people(demo_store)
    form = _window(qtbot, demo_store, ans).signals_area.form
    form.theme.setCurrentIndex(0)
    qtbot.keyClicks(form.description, "Wachtlijst van een half jaar.")
    form.services.search.setFocus()
    qtbot.keyClicks(form.services.search, "schuld")
    qtbot.waitUntil(lambda: form.services._model.rowCount() > 0, timeout=15000)
    first = form.services._model.stringList()[0]
    form.services._picked(first)
    assert form.services.chosen.count() == 1
    form.save_button.click()
    qtbot.waitUntil(form.save_button.isEnabled, timeout=15000)
    with demo_store.sessions() as s:
        assert len(s.scalars(select(SignalService)).all()) == 1
    assert form.services.chosen.count() == 0  # ready for the next resident


def test_a_service_detail_tells_coordinators_of_open_signals_and_volunteers_only_the_note(
    qtbot, demo_store
):
    kees, _f, ans = make_people(demo_store)
    w = _window(qtbot, demo_store, kees)
    view = w.search_view
    w.nav.setCurrentRow(0)
    qtbot.keyClicks(view.box, "schuld")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=15000)
    view.results.setCurrentIndex(view.model.index(0))
    qtbot.waitUntil(lambda: view.current_service_id() is not None, timeout=15000)
    service_id = view.current_service_id()
    log(demo_store, ans, service_ids=[service_id])
    log(demo_store, ans, service_ids=[service_id])
    bar = view.detail.findChild(QWidget, "serviceSignals")
    bar.refresh()
    qtbot.waitUntil(lambda: "2 open signalen" in bar.label.text(), timeout=15000)
    bar.save_note("lange wachttijd, gemeld")
    qtbot.waitUntil(lambda: "lange wachttijd" in bar.label.text(), timeout=15000)
    w.set_actor(ans)
    qtbot.waitUntil(lambda: "open signalen" not in bar.label.text(), timeout=15000)
    assert "Let op: lange wachttijd, gemeld" in bar.label.text()
    assert not bar.edit_button.isVisible()
    qtbot.keyClick(view.results, Qt.Key.Key_Down)
