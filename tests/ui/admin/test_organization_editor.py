"""Beheer → Organisaties and the service editor, driven through the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from tests.ui.message_boxes import click_in_next_message_box
from wijkinfo.db.models import Organization, Phone, Schedule, Service
from wijkinfo.services.people.auth import COORDINATOR, Actor
from wijkinfo.services.search.lookup import SearchService
from wijkinfo.ui.admin.directory_editor import DirectoryEditorView
from wijkinfo.ui.admin.organization_editor import OrganizationEditorView

GELDFIT = "Stichting Geldfit Lindestad"


def _tab(window, kind):
    """Open Beheer on the tab holding the view of this kind (a tab page may wrap the view)."""
    view = window.findChild(kind)
    window.nav.setCurrentRow(window.nav.count() - 1)  # Beheer
    tabs = window.admin_tabs
    tabs.setCurrentIndex(
        next(
            i
            for i in range(tabs.count())
            if tabs.widget(i) is view or tabs.widget(i).isAncestorOf(view)
        )
    )
    return view


def _on_top(window, view) -> bool:
    page = window.admin_tabs.currentWidget()
    return page is view or page.isAncestorOf(view)


@pytest.fixture
def coordinator(window, qtbot):
    window.set_actor(Actor(user_id=None, name="Kees", role=COORDINATOR))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _snapshot(store) -> tuple:
    with store.sessions() as session:
        return (
            tuple(
                session.execute(
                    select(Organization.name, Organization.website, Organization.email).order_by(
                        Organization.id
                    )
                )
            ),
            tuple(session.execute(select(Service.id, Service.status).order_by(Service.id))),
            tuple(session.execute(select(Phone.number).order_by(Phone.id))),
            tuple(session.execute(select(Schedule.byday, Schedule.opens_at).order_by(Schedule.id))),
        )


def _save(qtbot, widget) -> None:
    """Ctrl+S, as a coordinator saves, typing in ``widget`` (shortcuts follow the cursor)."""
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def _row(view: OrganizationEditorView, text: str) -> int:
    return next(i for i in range(view.list.count()) if view.list.item(i).text() == text)


def test_a_new_organisation_is_offered_for_services_at_once(coordinator, qtbot, demo_store):
    view = _tab(coordinator, OrganizationEditorView)
    view.new_button.click()
    assert view.name.hasFocus()
    qtbot.keyClicks(view.name, "Buurthuis De Linde")
    qtbot.keyClicks(view.website, "www.delinde.example.nl")
    qtbot.keyClicks(view.phone, "030 123 45 67")
    _save(qtbot, view.phone)
    assert view.message.text() == "Opgeslagen."
    assert view.heading.text() == "Bewerken: Buurthuis De Linde"
    assert view.phone.text() == "030 123 4567"
    assert view.list.currentItem().text() == "Buurthuis De Linde"
    services = _tab(coordinator, DirectoryEditorView)
    qtbot.waitUntil(lambda: services.organization.findText("Buurthuis De Linde") >= 0)


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("name", "x" * 10_000, "De naam is te lang: meer dan 300 tekens"),
        ("name", "   ", "Vul de naam in"),
        ("website", "niet een adres", "geen geldig webadres"),
        ("email", "info@", "geen geldig e-mailadres"),
        ("phone", "030-12345", "geen geldig telefoonnummer"),
        ("phone", "bel de balie", "geen geldig telefoonnummer"),
    ],
)
def test_bad_input_says_what_to_do_and_puts_the_cursor_there(
    coordinator, qtbot, demo_store, field, typed, message
):
    view = _tab(coordinator, OrganizationEditorView)
    view.list.setCurrentRow(_row(view, GELDFIT))
    before = _snapshot(demo_store)
    widget = getattr(view, field)
    widget.setText(typed)
    view.description.setFocus()
    _save(qtbot, view.description)
    assert view.message.text().startswith("Niet opgeslagen: ")
    assert message in view.message.text()
    qtbot.waitUntil(widget.hasFocus)
    assert _snapshot(demo_store) == before


def test_retiring_an_organisation_and_bringing_it_back(coordinator, qtbot, demo_store, language):
    language("nl")

    def referable() -> dict[str, bool]:
        return {
            h.name: h.referable
            for h in SearchService(demo_store).search("geldfit")
            if h.organization == GELDFIT
        }

    before = referable()
    assert list(before.values()).count(True) >= 3
    view = _tab(coordinator, OrganizationEditorView)
    qtbot.keyClicks(view.filter, "geldfit")
    visible = [
        view.list.item(i).text()
        for i in range(view.list.count())
        if not view.list.item(i).isHidden()
    ]
    assert visible == [GELDFIT]
    qtbot.keyClick(view.filter, Qt.Key.Key_Return)
    assert view.name.text() == GELDFIT and view.name.hasFocus()
    assert view.services.text() == "4 actieve diensten"
    view.retire_button.click()
    assert view.message.text() == (
        f"{GELDFIT} staat nu op niet actief, met 4 diensten die nog "
        "actief waren. ‘Weer actief’ zet ze terug."
    )
    assert view.retire_button.text() == "Weer actief"
    assert view.list.currentItem().text() == f"{GELDFIT} (niet actief)"
    assert not any(referable().values())
    services = _tab(coordinator, DirectoryEditorView)
    qtbot.waitUntil(lambda: services.organization.findText(f"{GELDFIT} (niet actief)") >= 0)

    view = _tab(coordinator, OrganizationEditorView)
    view.retire_button.click()
    assert view.message.text() == f"{GELDFIT} is weer actief, met 4 diensten."
    assert referable() == before


def test_messages_in_english_name_the_field_in_english(coordinator, qtbot, language):
    language("en")
    view = _tab(coordinator, OrganizationEditorView)
    view.list.setCurrentRow(_row(view, GELDFIT))
    view.name.setText("x" * 10_000)
    view.save_button.click()
    assert view.message.text() == (
        "Not saved: The name is too long: more than 300 characters. Make it shorter."
    )
    view.name.setText(GELDFIT)
    view.phone.setText("12345")
    view.save_button.click()
    assert view.message.text().startswith("Not saved: ‘12345’ is not a valid phone number")


def _load_from_search(window, qtbot, words: str) -> DirectoryEditorView:
    search = window.search_view
    qtbot.keyClicks(search.box, words)
    qtbot.waitUntil(lambda: search.current_service_id() is not None, timeout=15000)
    editor = _tab(window, DirectoryEditorView)
    editor.load_button.click()
    return editor


def test_hours_are_written_and_shown_in_dutch(coordinator, qtbot, demo_store):
    editor = _load_from_search(coordinator, qtbot, "schuldhulpverlening geldfit")
    assert editor.hours.toPlainText() == "ma-vr 09:00-17:00"
    editor.hours.setPlainText("di en do 13.30 tot 16.00\nvr 22:00-02:00")
    _save(qtbot, editor.hours)
    assert editor.message.text() == "Opgeslagen."
    sid = coordinator.search_view.current_service_id()
    editor.load(sid)
    assert editor.hours.toPlainText() == "di,do 13:30-16:00\nvr 22:00-02:00"


def test_english_hours_are_shown_and_read_in_english(coordinator, qtbot, demo_store, language):
    language("en")
    editor = _load_from_search(coordinator, qtbot, "schuldhulpverlening geldfit")
    assert editor.hours.toPlainText() == "mo-fr 09:00-17:00"
    editor.hours.setPlainText("mo-th 09:00-17:00\nFR 09:00-12:00")
    _save(qtbot, editor.hours)
    assert editor.message.text() == "Saved."
    with demo_store.sessions() as session:
        stored = sorted(
            session.scalars(
                select(Schedule.byday)
                .join(Service)
                .where(Service.name == "Schuldhulpverlening Geldfit", Schedule.is_closed.is_(False))
            )
        )
    assert stored == ["FR", "MO,TU,WE,TH"]


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("hours", "ma 25:00-26:00", "‘25:00’ is geen tijd"),
        ("hours", "elke dag 09:00-17:00", "‘elke dag’ zijn geen dagen"),
        ("hours", "09:00-17:00", "Schrijf bij elke openingstijd de dagen"),
        ("phones", "030-12345 — Balie", "‘030-12345’ is geen geldig telefoonnummer"),
        ("postal_code", "12345", "geen postcode"),
        ("name", "x" * 10_000, "De naam is te lang"),
    ],
)
def test_a_bad_service_edit_saves_nothing(coordinator, qtbot, demo_store, field, typed, message):
    editor = _load_from_search(coordinator, qtbot, "schuldhulpverlening geldfit")
    before = _snapshot(demo_store)
    widget = getattr(editor, field)
    widget.setPlainText(typed) if hasattr(widget, "setPlainText") else widget.setText(typed)
    editor.description.setFocus()
    _save(qtbot, editor.description)
    assert message in editor.message.text()
    qtbot.waitUntil(widget.hasFocus)
    assert _snapshot(demo_store) == before


def test_from_a_service_to_its_organisation(coordinator, qtbot):
    editor = _load_from_search(coordinator, qtbot, "schuldhulpverlening geldfit")
    editor.edit_organization_button.click()
    view = coordinator.findChild(OrganizationEditorView)
    assert _on_top(coordinator, view)
    assert view.name.text() == GELDFIT
    assert view.name.hasFocus()


def test_unsaved_changes_are_never_lost_silently(coordinator, qtbot, demo_store):
    view = _tab(coordinator, OrganizationEditorView)
    view.list.setCurrentRow(_row(view, GELDFIT))
    view.website.setText("www.geldfit.example.nl")
    seen: list[str] = []

    click_in_next_message_box("Terug naar het formulier", seen)
    view.list.setCurrentRow(_row(view, "Taalhuis Lindestad"))
    assert f"‘{GELDFIT}’ zijn nog niet opgeslagen" in seen[-1]
    assert (view.name.text(), view.website.text()) == (GELDFIT, "www.geldfit.example.nl")
    assert view.list.currentItem().text() == GELDFIT

    before = _snapshot(demo_store)
    click_in_next_message_box("Niet opslaan", seen)
    view.list.setCurrentRow(_row(view, "Taalhuis Lindestad"))
    assert view.name.text() == "Taalhuis Lindestad"
    assert _snapshot(demo_store) == before

    view.email.setText("balie@taalhuis.example.nl")
    click_in_next_message_box("Opslaan", seen)
    view.new_button.click()
    assert view.heading.text() == "Nieuwe organisatie"
    with demo_store.sessions() as session:
        assert (
            session.scalar(
                select(Organization.email).where(Organization.name == "Taalhuis Lindestad")
            )
            == "balie@taalhuis.example.nl"
        )


def test_saving_a_service_keeps_or_sets_gratis(coordinator, qtbot, demo_store):
    with demo_store.sessions() as session:
        free = session.scalar(
            select(Service.name).where(Service.is_free.is_(True)).order_by(Service.name)
        )
    editor = _load_from_search(coordinator, qtbot, free)
    assert editor.name.text() == free and editor.free.currentText() == "Gratis"
    _save(qtbot, editor.name)
    assert editor.message.text() == "Opgeslagen."

    def stored() -> bool | None:
        with demo_store.sessions() as session:
            return session.scalar(select(Service.is_free).where(Service.name == free))

    assert stored() is True
    editor.free.setCurrentIndex(editor.free.findText("Niet gratis"))
    seen: list[str] = []
    click_in_next_message_box("Opslaan", seen)
    editor.new_button.click()  # unsaved: saved on the way to a new service
    assert stored() is False
    assert editor.heading.text() == "Nieuwe dienst"
    coordinator.activateWindow()  # the offscreen platform does not give it back by itself
    qtbot.waitUntil(editor.name.hasFocus)
