"""Beheer → Sociale kaart: a coordinator corrects a service found in Zoeken."""

from __future__ import annotations

from wijkinfo.services.people.auth import COORDINATOR, Actor
from wijkinfo.services.search.lookup import SearchService
from wijkinfo.ui.admin.directory_editor import DirectoryEditorView


def _editor(window) -> DirectoryEditorView:
    return window.findChild(DirectoryEditorView)


def test_coordinator_edits_the_service_from_the_search(window, qtbot, demo_store):
    window.set_actor(Actor(user_id=None, name="Kees", role=COORDINATOR))
    view = window.search_view
    qtbot.keyClicks(view.box, "schuld")
    qtbot.waitUntil(lambda: view.current_service_id() is not None, timeout=15000)
    sid = view.current_service_id()
    editor = _editor(window)
    editor.load_button.click()
    assert editor.name.text() == view.detail.detail().name

    editor.postal_code.setText("12345")
    editor.name.setText("Geldloket Kompas")
    editor.save_button.click()
    assert "postcode" in editor.message.text()
    assert SearchService(demo_store).search("geldloket") == []

    editor.postal_code.setText("3532 AB")
    editor.save_button.click()
    assert editor.message.text() == "Opgeslagen."
    assert [h.id for h in SearchService(demo_store).search("geldloket")] == [sid]
    editor.checked_button.click()
    assert "gecontroleerd" in editor.message.text()


def test_coordinator_adds_a_search_word(window, qtbot):
    from wijkinfo.ui.admin.synonyms_view import SynonymsView

    window.set_actor(Actor(user_id=None, name="Kees", role=COORDINATOR))
    view = window.findChild(SynonymsView)
    qtbot.keyClicks(view.term, "twee woorden")
    view.add_button.click()
    qtbot.waitUntil(lambda: "één zoekwoord" in view.message.text(), timeout=15000)
    assert view.list.count() == 0
    view.term.setText("qwertyq")
    view.expands_to.setText("reparatiecafe")
    view.add_button.click()
    qtbot.waitUntil(lambda: view.list.count() == 1, timeout=15000)
    search = window.search_view
    qtbot.keyClicks(search.box, "qwertyq")
    qtbot.waitUntil(lambda: search.model.rowCount() > 0, timeout=15000)
    assert search.model.hit(0).name.startswith("Reparatiecafé")


def test_an_edit_shows_in_the_detail_at_once(window, qtbot):
    window.set_actor(Actor(user_id=None, name="Kees", role=COORDINATOR))
    view = window.search_view
    qtbot.keyClicks(view.box, "schuld")
    qtbot.waitUntil(lambda: view.current_service_id() is not None, timeout=15000)
    editor = _editor(window)
    editor.load_button.click()
    editor.name.setText("Geldloket Kompas")
    editor.save_button.click()
    qtbot.waitUntil(lambda: view.detail.detail().name == "Geldloket Kompas", timeout=15000)


def test_from_a_volunteers_report_to_the_editor(window, qtbot, demo_store):
    from wijkinfo.services.desk.corrections import CorrectionService
    from wijkinfo.services.people.auth import VOLUNTEER
    from wijkinfo.ui.desk.corrections_view import CorrectionsQueue

    hit = SearchService(demo_store).search("reparatiecafe")[0]
    CorrectionService(demo_store).report(
        actor=Actor(user_id=None, name="Vera", role=VOLUNTEER),
        service_id=hit.id,
        text="Nu op zaterdag open",
    )
    window.set_actor(Actor(user_id=None, name="Kees", role=COORDINATOR))
    queue = window.findChild(CorrectionsQueue)
    qtbot.waitUntil(lambda: queue.list.count() == 1, timeout=15000)
    queue.edit_button.click()
    editor = _editor(window)
    page = window.admin_tabs.currentWidget()
    assert page is editor or page.isAncestorOf(editor)
    assert editor.name.text() == hit.name
    assert editor.heading.text() == f"Bewerken: {hit.name}"


def test_a_new_service_asks_for_its_organisation_instead_of_taking_the_first(
    window, qtbot, demo_store
):
    window.set_actor(Actor(user_id=None, name="Kees", role=COORDINATOR))
    editor = _editor(window)
    editor.new_button.click()
    assert editor.organization.currentIndex() == -1
    assert editor.organization.placeholderText() == "Kies een organisatie"
    editor.name.setText("Klusbus Zonnewijzer")
    editor.save_button.click()
    assert "organisatie" in editor.message.text()
    assert SearchService(demo_store).search("klusbus zonnewijzer") == []
    editor.organization.setCurrentIndex(0)
    editor.save_button.click()
    assert [h.name for h in SearchService(demo_store).search("klusbus zonnewijzer")] == [
        "Klusbus Zonnewijzer"
    ]
