"""Scrolling through a long result list: later pages are read in the background and appear
when they arrive; a page that cannot be read says so instead of silently ending the list."""

from __future__ import annotations

import json
import sqlite3
import uuid

import pytest

from wijkinfo.services.exchange.hsds_import import import_hsds
from wijkinfo.services.people.auth import COORDINATOR, Actor
from wijkinfo.services.search.lookup import SearchService
from wijkinfo.ui.desk.results_model import PAGE, ResultsModel
from wijkinfo.ui.tasks import TaskRunner

EXTRA = 420  # with the demo's 76: ten pages


@pytest.fixture
def big_store(demo_store, tmp_path):
    """The demo plus many generated services, imported the way a coordinator imports them."""
    org = {"id": str(uuid.uuid4()), "name": "Stichting Buurtkracht"}
    services = [
        {
            "id": str(uuid.uuid4()),
            "name": f"Buurthulp {i:03d}",
            "description": "Hulp in de buurt bij klusjes en formulieren.",
            "status": "active",
            "organization": org,
            "phones": [{"id": str(uuid.uuid4()), "number": f"030-27{i:05d}"}],
        }
        for i in range(EXTRA)
    ]
    path = tmp_path / "buurthulp.json"
    path.write_text(json.dumps({"services": services}), encoding="utf-8")
    import_hsds(demo_store, actor=Actor(None, "Kees", COORDINATOR), path=path)
    return demo_store


def _scroll_to_the_end(qtbot, view) -> None:
    while view.model.canFetchMore():
        before = view.model.rowCount()
        view.results.scrollToBottom()  # the list view asks the model for the next page
        if view.model.rowCount() == before and not view.model.loading:
            view.model.fetchMore()
        qtbot.waitUntil(lambda: not view.model.loading, timeout=15000)


def test_scrolling_reads_every_service_once_in_pages(qtbot, big_store):
    from wijkinfo.ui.main_window import MainWindow

    window = MainWindow(big_store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    view = window.search_view
    view.run_search()  # an empty box lists the whole sociale kaart
    qtbot.waitUntil(lambda: view.model.rowCount() == PAGE, timeout=15000)
    pages: list[int] = []
    view.model.page_arrived.connect(pages.append)
    _scroll_to_the_end(qtbot, view)
    ids = [view.model.hit(r).id for r in range(view.model.rowCount())]
    names = {view.model.hit(r).name for r in range(view.model.rowCount())}
    assert len(ids) == len(set(ids)) == 76 + EXTRA  # every service, each once
    assert {f"Buurthulp {i:03d}" for i in range(EXTRA)} <= names
    assert len(pages) >= (76 + EXTRA) // PAGE - 1  # page by page, not all at once
    window.tasks.wait()


def test_the_next_page_is_asked_for_before_the_end_is_reached(qtbot, big_store):
    from wijkinfo.ui.main_window import MainWindow

    window = MainWindow(big_store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    view = window.search_view
    view.run_search()
    qtbot.waitUntil(lambda: view.model.rowCount() == PAGE, timeout=15000)
    bar = view.results.verticalScrollBar()
    bar.setValue(bar.maximum() - bar.pageStep())  # a screen above the end: still scrolling
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 * PAGE, timeout=15000)
    window.tasks.wait()


def test_a_page_is_asked_for_once_while_it_loads(qtbot, big_store):
    tasks = TaskRunner()
    search = SearchService(big_store)
    calls: list[int] = []

    def fetch(offset: int, limit: int):
        calls.append(offset)
        return search.search("", limit=limit, offset=offset)

    model = ResultsModel(tasks)
    model.set_hits(fetch(0, PAGE), fetch)
    model.fetchMore()
    assert model.loading and not model.canFetchMore()
    model.fetchMore()  # the view asks again while scrolling: no second read
    qtbot.waitUntil(lambda: not model.loading, timeout=15000)
    assert calls == [0, PAGE] and model.rowCount() == 2 * PAGE
    tasks.wait()


def test_a_page_from_a_previous_search_is_dropped(qtbot, big_store):
    tasks = TaskRunner()
    search = SearchService(big_store)

    def fetch(offset: int, limit: int):
        return search.search("buurthulp", limit=limit, offset=offset)

    model = ResultsModel(tasks)
    model.set_hits(fetch(0, PAGE), fetch)
    model.fetchMore()
    demo = search.search("schulden", limit=PAGE)
    model.set_hits(demo)  # the volunteer typed something else meanwhile
    tasks.wait()
    qtbot.wait(50)  # deliver the old page
    assert [model.hit(r).name for r in range(model.rowCount())] == [h.name for h in demo]


def test_a_page_that_cannot_be_read_is_shown_and_stops_the_loading(qtbot, big_store):
    from wijkinfo.ui.main_window import MainWindow

    window = MainWindow(big_store)
    qtbot.addWidget(window)
    window.show()
    view = window.search_view
    qtbot.keyClicks(view.box, "buurthulp")
    qtbot.waitUntil(lambda: view.model.rowCount() == PAGE, timeout=15000)
    with sqlite3.connect(big_store.paths.db) as db:  # the index is damaged under the desk
        for table in ("service_fts", "service_fts_names", "service_fts_labels"):
            db.execute(f"DROP TABLE {table}")
    view.model.fetchMore()
    qtbot.waitUntil(lambda: "Meer resultaten laden lukt niet" in view.count_label.text())
    assert view.model.rowCount() == PAGE and not view.model.canFetchMore()
    window.tasks.wait()
