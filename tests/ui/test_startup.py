"""Start-up as the desk sees it: the window and its search box first, the data opened behind it;
a damaged database offers the backup, an empty one the demo (the first run itself:
tests/ui/first_run/)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.services.signals.signal_helpers import make_people
from tests.ui.message_boxes import click_in_next_message_box
from wijkinfo.services.datafolder import files as storage
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.services.directory.demo import directory_is_empty, is_demo, load_demo
from wijkinfo.ui.main_window import MainWindow
from wijkinfo.ui.sign_in_bar import SignInBar
from wijkinfo.ui.sign_in_dialog import SignInDialog
from wijkinfo.ui.startup import DeskStart, offer_demo
from wijkinfo.ui.tasks import TaskRunner


def _bar(window: MainWindow) -> SignInBar:
    """The bar at the top right that says who is signed in (found by name, as a user sees it)."""
    bar = window.findChild(SignInBar, "signInBar")
    assert bar is not None
    return bar


def _prepare(data_paths, *, demo: bool = True, people: bool = True) -> None:
    store = open_store(data_paths)
    try:
        if demo:
            load_demo(store)
        if people:
            make_people(store)
    finally:
        store.close()


@pytest.fixture
def starting(qtbot, data_paths):
    """Start the way ``wijkinfo`` does: show the window, then open the data behind it."""
    made: list[DeskStart] = []

    def start(*, before_open=None) -> tuple[MainWindow, DeskStart, list[int]]:
        window = MainWindow(paths=data_paths)
        qtbot.addWidget(window)
        desk = DeskStart(window, data_paths)
        stops: list[int] = []
        desk.stopped.connect(stops.append)
        window.show()
        qtbot.waitExposed(window)
        if before_open:
            before_open(window)
        desk.begin()
        made.append(desk)
        return window, desk, stops

    yield start
    for desk in made:
        desk.close()


def _answer_dialog(kind, fill) -> None:
    def attempt(tries: int = 400) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            fill(dialog)
        elif tries:
            QTimer.singleShot(25, lambda: attempt(tries - 1))

    QTimer.singleShot(0, attempt)


def test_the_search_box_takes_typing_before_the_data_is_open_and_searches_it_after(
    qtbot, data_paths, starting
):
    _prepare(data_paths)

    def type_at_once(window: MainWindow) -> None:
        assert window.focusWidget() is window.search_box and window.search_view is None
        assert "wordt geopend" in window.opening_label.text()
        qtbot.keyClicks(window.search_box, "schulden")

    found: list[int] = []
    window, _desk, stops = starting(before_open=type_at_once)
    window.search_ready.connect(lambda: window.search_view.results_shown.connect(found.append))
    with qtbot.waitSignal(window.opened, timeout=15000):
        pass
    qtbot.waitUntil(lambda: bool(found), timeout=15000)
    assert found[0] > 0 and not stops
    assert window.search_box.text() == "schulden" and window.focusWidget() is window.search_box
    names = [
        window.search_view.model.hit(i).name for i in range(window.search_view.model.rowCount())
    ]
    assert any("chuld" in name for name in names)
    assert window.demo_banner.isVisible()
    # nobody signed in yet: looking up works, signals wait for a name
    assert window.actor.user_id is None
    assert "Niet aangemeld" in _bar(window).label.text()
    assert window.backup_action.isEnabled()


def test_signing_in_from_the_bar_and_signing_out_again(qtbot, data_paths, starting):
    _prepare(data_paths)
    window, _desk, _stops = starting()
    with qtbot.waitSignal(window.opened, timeout=15000):
        pass
    signals_row = [window.nav.item(i).text() for i in range(window.nav.count())].index("Signalen")
    assert window.nav.item(signals_row).isHidden()

    def fill(dialog: SignInDialog) -> None:
        assert dialog.windowTitle() == "Aanmelden"
        dialog.name.setCurrentText("Ans")
        qtbot.keyClicks(dialog.password, "2580")
        qtbot.keyClick(dialog.password, "\r")

    _answer_dialog(SignInDialog, fill)
    with qtbot.waitSignal(window.actor_changed, timeout=15000):
        _bar(window).sign_in_button.click()
    assert window.actor.name == "Ans"
    assert "Ans" in _bar(window).label.text()
    assert not window.nav.item(signals_row).isHidden()
    assert _bar(window).sign_out_button.isVisible()
    with qtbot.waitSignal(window.actor_changed):
        _bar(window).sign_out_button.click()
    assert window.actor.user_id is None and window.nav.item(signals_row).isHidden()


def test_damaged_database_offers_the_newest_backup_and_keeps_the_damaged_file(
    qtbot, data_paths, starting
):
    _prepare(data_paths)
    backup = storage.make_backup(data_paths)
    junk = b"kapot" * 500
    for side in ("wijkinfo.sqlite-wal", "wijkinfo.sqlite-shm"):
        (data_paths.root / side).unlink(missing_ok=True)
    data_paths.db.write_bytes(junk)
    seen: list[str] = []
    click_in_next_message_box("Back-up terugzetten", seen)
    window, _desk, stops = starting()
    with qtbot.waitSignal(window.opened, timeout=15000):
        pass
    assert window.demo_banner.isVisible() and not stops
    assert "beschadigd" in seen[0] and str(backup) in seen[0]
    kept = [p for p in data_paths.root.iterdir() if p.is_file() and p.read_bytes() == junk]
    assert len(kept) == 1 and kept[0] != data_paths.db


def test_choosing_to_quit_leaves_everything_as_it_was(qtbot, data_paths, starting):
    data_paths.root.mkdir(parents=True)
    data_paths.db.write_bytes(b"kapot" * 500)
    seen: list[str] = []
    click_in_next_message_box("Afsluiten", seen)
    window, desk, stops = starting()
    qtbot.waitUntil(lambda: stops == [1], timeout=15000)
    assert data_paths.db.read_bytes() == b"kapot" * 500
    assert "geen back-up" in seen[0]
    assert not window.isVisible() and desk.exit_code == 1 and window.search_view is None


def test_second_window_on_the_same_folder_is_refused_with_a_message(
    qtbot, store, data_paths, starting
):
    seen: list[str] = []
    click_in_next_message_box("OK", seen)
    _window, _desk, stops = starting()
    qtbot.waitUntil(lambda: stops == [1], timeout=15000)
    assert "al geopend" in seen[0]


def _offer_demo(qtbot, store) -> bool:
    """The answer of one demo offer, run in the background as at start-up."""
    tasks = TaskRunner()
    answers: list[bool] = []
    offer_demo(store, tasks, None, answers.append)
    qtbot.waitUntil(lambda: answers != [])
    tasks.wait()
    return answers[0]


def test_empty_directory_offers_the_demo(qtbot, store):
    seen: list[str] = []
    click_in_next_message_box("Demo laden", seen)
    assert _offer_demo(qtbot, store)
    assert not directory_is_empty(store) and is_demo(store)
    assert "Lindestad" in seen[0]
    assert not _offer_demo(qtbot, store)  # asked once only


def test_declining_the_demo_keeps_it_empty(qtbot, data_paths):
    store = open_store(data_paths)
    try:
        click_in_next_message_box("Leeg beginnen", [])
        assert not _offer_demo(qtbot, store)
        assert directory_is_empty(store)
        assert not _offer_demo(qtbot, store)  # not asked again on the next start
    finally:
        store.close()


def test_closing_the_window_while_the_data_opens_gives_the_folder_back(qtbot, data_paths, starting):
    _prepare(data_paths)
    window, desk, _stops = starting()
    window.close()  # waits for the opening under way
    desk.close()
    assert window.search_view is None  # nothing was built for a closed window
    store = open_store(data_paths)  # the lock was released: the next start works
    store.close()


def test_an_older_database_is_backed_up_and_updated_behind_the_open_window(
    qtbot, data_paths, starting
):
    from alembic import command

    from wijkinfo.db.engine import make_engine
    from wijkinfo.db.migrate import alembic_config, current_revision, head_revision

    _prepare(data_paths)
    engine = make_engine(data_paths.db)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")  # as a wijkinfo of the first release left it
    engine.dispose()
    window, desk, stops = starting()
    with qtbot.waitSignal(window.opened, timeout=30000):
        pass
    assert not stops and window.store is not None
    assert current_revision(window.store.engine) == head_revision()
    backups = [p.name for p in data_paths.backups.iterdir()]
    assert any("voor-update-0001" in name for name in backups)


def test_a_search_that_fails_before_the_data_is_open_still_gets_every_area(
    qtbot, data_paths, starting
):
    _prepare(data_paths)
    window, _desk, stops = starting(
        before_open=lambda w: w.search_box.setText("schuld " * 60)  # over the 200-character cap
    )
    with qtbot.waitSignal(window.opened, timeout=15000):
        pass
    assert "te lang" in window.search_view.count_label.text() and not stops
    assert [window.nav.item(i).text() for i in range(2)] == ["Zoeken", "Verwijzen"]
