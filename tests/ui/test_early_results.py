"""What a volunteer types before the data folder is open shows results at once, the same the
search area gives once it has taken over; a database that must be updated first shows none."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QListWidget

from tests.services.signals.signal_helpers import make_people
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.services.directory.demo import load_demo
from wijkinfo.services.search.early import EARLY_LIMIT
from wijkinfo.services.search.lookup import SearchService
from wijkinfo.ui.main_window import MainWindow
from wijkinfo.ui.startup import DeskStart, start_early_results


def _lines(window: MainWindow) -> list[str]:
    shown = window.findChild(QListWidget, "earlyResultsList")
    assert shown is not None
    return [shown.item(i).text() for i in range(shown.count())]


def test_typing_before_the_data_is_open_shows_the_desks_results(qtbot, demo_store):
    window = MainWindow(paths=demo_store.paths)  # the data folder is not open for it
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    early = start_early_results(window, demo_store.paths)
    with qtbot.waitSignal(early.results_shown, timeout=15000) as shown:
        qtbot.keyClicks(window.search_box, "schulden")
    assert window.search_view is None and shown.args[0] > 0
    desk = SearchService(demo_store).search("schulden", limit=EARLY_LIMIT)
    assert _lines(window) == [
        f"{h.name}\n{h.organization}" if h.organization else h.name for h in desk
    ]
    # typing on searches again, as the search area would
    with qtbot.waitSignal(early.results_shown, timeout=15000):
        qtbot.keyClicks(window.search_box, " zuid")
    desk = SearchService(demo_store).search("schulden zuid", limit=EARLY_LIMIT)
    assert len(_lines(window)) == len(desk)
    early.stop()
    qtbot.keyClicks(window.search_box, "x")  # after the hand-over, nothing more here
    assert len(_lines(window)) == len(desk)


def test_an_older_database_shows_no_early_results_but_the_search_areas(qtbot, data_paths):
    from alembic import command

    from wijkinfo.db.engine import make_engine
    from wijkinfo.db.migrate import alembic_config

    store = open_store(data_paths)
    load_demo(store)
    make_people(store)  # an ordinary desk: no first-run dialog
    store.close()
    engine = make_engine(data_paths.db)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "-1")  # as the previous release left it
    engine.dispose()

    window = MainWindow(paths=data_paths)
    qtbot.addWidget(window)
    desk = DeskStart(window, data_paths)
    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClicks(window.search_box, "schulden")
    early_counts: list[int] = []
    found: list[int] = []
    desk.begin()
    early = window.findChild(QObject, "earlyResults")
    early.results_shown.connect(early_counts.append)
    window.search_ready.connect(lambda: window.search_view.results_shown.connect(found.append))
    try:
        with qtbot.waitSignal(window.opened, timeout=30000):
            pass
        qtbot.waitUntil(lambda: bool(found), timeout=15000)
    finally:
        desk.close()
    assert found[0] > 0 and early_counts == []
    names = [
        window.search_view.model.hit(i).name for i in range(window.search_view.model.rowCount())
    ]
    assert any("chuld" in name for name in names)
