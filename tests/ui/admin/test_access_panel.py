"""Beheer › Gebruikers en privacy: give access, switch off, and a resident's wipe request."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tests.services.signals.signal_helpers import log, make_people
from tests.ui.signals.test_signals_area import _window
from wijkinfo.services.people import users
from wijkinfo.services.signals import intake as signals
from wijkinfo.services.signals import review


def _select(qtbot, tab, name):
    qtbot.waitUntil(
        lambda: any(tab.list.item(i).text().startswith(name) for i in range(tab.list.count())),
        timeout=15000,
    )
    for i in range(tab.list.count()):
        if tab.list.item(i).text().startswith(name):
            tab.list.setCurrentRow(i)


def test_a_coordinator_gives_access_and_wipes_on_request(qtbot, store, tmp_path):
    kees, _fatima, ans = make_people(store)
    sid = log(store, ans, contact=signals.ContactInput(phone="06-24681357", consent=True)).id
    w = _window(qtbot, store, kees)
    tab = w.admin_tabs.findChild(QWidget, "usersAdminTab")
    w.admin_tabs.setCurrentWidget(tab)
    panel = tab.access
    _select(qtbot, tab, "Fatima")
    assert "toegang" not in tab.list.currentItem().text()
    panel.grant.click()
    qtbot.waitUntil(lambda: "heeft nu toegang" in panel.message.text(), timeout=15000)
    fatima = users.sign_in(store, name="Fatima", password="geheim12")
    assert review.read_contact(store, actor=fatima, signal_id=sid).phone == "06-24681357"
    _select(qtbot, tab, "Ans")
    panel.toggle.click()
    qtbot.waitUntil(lambda: "staat uit" in panel.message.text(), timeout=15000)

    panel.query.setText("0624681357")
    panel.find_resident()
    qtbot.waitUntil(lambda: panel.found.count() == 1, timeout=15000)
    beheer = next(i for i in range(w.nav.count()) if w.nav.item(i).text() == "Beheer")
    w.nav.setCurrentRow(beheer)
    w.admin_tabs.setCurrentWidget(tab)
    w.resize(1366, 768)
    qtbot.wait(200)
    w.grab().save(str(tmp_path / "beheer.png"))
    panel.found.setCurrentRow(0)
    panel.wipe(confirm=False)
    qtbot.waitUntil(lambda: "gewist" in panel.message.text(), timeout=15000)
    assert review.read_contact(store, actor=fatima, signal_id=sid).anonymised
