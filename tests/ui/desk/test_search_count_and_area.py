"""The desk sees how many services match in all, and can keep to its own wijk."""

from __future__ import annotations

from wijkinfo.services.people.auth import COORDINATOR, Actor
from wijkinfo.services.search.desk_area import save_desk_area
from wijkinfo.services.search.filters import SearchFilters
from wijkinfo.services.search.lookup import SearchService
from wijkinfo.ui.desk.results_model import PAGE

from .test_results_paging import EXTRA, big_store  # noqa: F401 - the fixture

COORD = Actor(user_id=None, name="Kees", role=COORDINATOR)


def test_the_count_is_of_every_match_not_of_the_first_page(qtbot, big_store):  # noqa: F811
    from wijkinfo.ui.main_window import MainWindow

    window = MainWindow(big_store)
    qtbot.addWidget(window)
    window.show()
    view = window.search_view
    with qtbot.waitSignal(view.count_shown, timeout=15000) as shown:
        qtbot.keyClicks(view.box, "buurthulp")
    assert view.model.rowCount() == PAGE
    assert shown.args[0] >= EXTRA and not shown.args[1]
    assert f"{shown.args[0]} dienst" in view.count_label.text()
    window.tasks.wait()


def test_only_in_my_wijk_keeps_to_the_desks_wijk(window, qtbot, demo_store):
    save_desk_area(demo_store, actor=COORD, wijk="wijk-oost", city="Lindestad")
    view = window.search_view
    qtbot.keyClicks(view.box, "eenzaam")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=15000)
    everywhere = view.model.rowCount()
    view.filter_bar.only_mine.setChecked(True)
    wanted = SearchService(demo_store).search(
        "eenzaam", filters=SearchFilters(wijk="wijk-oost"), limit=200
    )
    qtbot.waitUntil(lambda: view.model.rowCount() == len(wanted), timeout=15000)
    assert 0 < len(wanted) < everywhere
    shown = [view.model.hit(r).id for r in range(view.model.rowCount())]
    assert set(shown) == {h.id for h in wanted}


def test_a_volunteer_is_told_who_sets_the_wijk(window, qtbot):
    view = window.search_view
    view.area_button.click()  # the window's desk has nobody signed in: not a coordinator
    assert "coördinator" in view.count_label.text()
