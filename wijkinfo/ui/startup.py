"""Start-up behind an open window: the data folder is opened off the UI thread while the search
box already takes typing; then the dialogs start-up may need, each plain and in Dutch."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from wijkinfo.services.datafolder import files as storage
from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.errors import DatabaseDamaged, UserError
from wijkinfo.services.search.early import EarlySearch
from wijkinfo.ui.early_results import EarlyResults
from wijkinfo.ui.tasks import TaskRunner
from wijkinfo.ui.user_messages import error_text

if TYPE_CHECKING:
    from wijkinfo.services.datafolder.desk_start import OpenedDesk
    from wijkinfo.services.datafolder.store import Store
    from wijkinfo.ui.first_run.assistant import FirstRunAssistant
    from wijkinfo.ui.first_run.steps import SetUp
    from wijkinfo.ui.main_window import MainWindow


def _no_coordinator_line() -> str:
    return QCoreApplication.translate(
        "Startup", "Er is nog geen coördinator. Kies Aanmelden… (rechtsboven) om er een te maken."
    )


#: When a search was typed before the data was open, the other areas wait for its results
#: (they compete for the same CPU), but no longer than this.
AREAS_AT_THE_LATEST_MS = 1500


def _open_in_background(paths: DataPaths) -> OpenedDesk:
    from wijkinfo.services.datafolder.desk_start import open_desk

    opened = open_desk(paths)
    import wijkinfo.ui.desk.search_view  # noqa: F401 - so that attaching it waits for no import

    return opened


def _import_areas() -> None:
    """The other areas' modules, imported off the UI thread while the first results show."""
    import wijkinfo.ui.admin.exchange_view
    import wijkinfo.ui.desk.corrections_view
    import wijkinfo.ui.desk.referral_areas
    import wijkinfo.ui.signals.signals_area  # noqa: F401


class DeskStart(QObject):
    """Opens ``paths`` for an already visible ``window``.

    ``stopped(exit_code)`` fires when start-up cannot go on (the user stopped at a dialog, or the
    folder cannot be used); the window is closed then.
    """

    stopped = Signal(int)

    def __init__(self, window: MainWindow, paths: DataPaths) -> None:
        super().__init__(window)
        self.window, self.paths = window, paths
        self.store: Store | None = None
        self.exit_code = 0
        self._areas_started = False
        #: the first-run assistant while it is open
        self.assistant: FirstRunAssistant | None = None
        self._early: EarlyResults | None = None

    def begin(self) -> None:
        if self._early is None:  # what is typed meanwhile is searched read-only, at once
            self._early = start_early_results(self.window, self.paths)
        self.window.tasks.run(
            partial(_open_in_background, self.paths), on_done=self._opened, on_error=self._failed
        )

    def close(self) -> None:
        """After the event loop: close the store (also one that arrived after the window)."""
        self.window.tasks.wait()
        QCoreApplication.processEvents()  # deliver an opening that finished meanwhile
        if self.store is not None:
            self.store.close()
            self.store = None

    def _stop(self, code: int) -> None:
        self.exit_code = code
        self.window.close()
        self.stopped.emit(code)

    def _stop_early(self) -> None:
        if self._early is not None:
            self._early.stop()  # before a restore replaces the file it reads

    def _failed(self, exc: BaseException) -> None:
        self._stop_early()
        if isinstance(exc, DatabaseDamaged):
            if _offer_restore(exc, self.paths, self.window):
                self.begin()
                return
        else:
            QMessageBox.critical(
                self.window,
                QCoreApplication.translate("Startup", "wijkinfo kan niet starten"),
                error_text(exc),
            )
        self._stop(1)

    def _opened(self, opened: OpenedDesk) -> None:
        self._stop_early()
        self.store = store = opened.store
        if not self.window.isVisible():  # closed while the data was being opened
            return
        if opened.ask_demo and not opened.has_users:
            self._attach(opened, opened.demo)
            # Queued: the assistant comes over a window that is shown and already searches.
            QTimer.singleShot(0, self._start_first_run)
        elif opened.ask_demo:
            offer_demo(store, self.window.tasks, self.window, partial(self._demo_answered, opened))
        else:
            self._attach(opened, opened.demo)

    def _demo_answered(self, opened: OpenedDesk, loaded: bool) -> None:
        if self.window.isVisible():
            self._attach(opened, loaded)

    def _attach(self, opened: OpenedDesk, demo: bool) -> None:
        self.window.attach(opened.store, demo=demo, point_name=opened.point_name, areas=False)
        if not opened.has_users:
            self.window.show_status(_no_coordinator_line())
        view = self.window.search_view
        assert view is not None  # attach() made it
        if view.box.text().strip():  # the first results first, then the other areas
            view.results_shown.connect(self._import_areas_once)
            # …but not later than this, whatever became of that first search (an error)
            QTimer.singleShot(AREAS_AT_THE_LATEST_MS, self._import_areas_once)
        else:
            self._import_areas_once()

    def _start_first_run(self) -> None:
        """Once per data folder (claimed with the demo offer): the first-run assistant."""
        from wijkinfo.services.directory.demo import claim_demo_offer

        store = self.store
        if store is None or not self.window.isVisible():
            return
        self.window.tasks.run(
            partial(claim_demo_offer, store), on_done=self._open_assistant, on_error=self._failed
        )

    def _open_assistant(self, first_time: bool) -> None:
        from wijkinfo.ui.first_run.assistant import open_first_run

        if not first_time or self.store is None or not self.window.isVisible():
            return
        self.assistant = open_first_run(self.store, self.window.tasks, self.window)
        self.assistant.completed.connect(self._set_up)

    def _set_up(self, setup: SetUp) -> None:
        """The assistant closed: the window shows what it did."""
        self.assistant = None
        if setup.point is not None:
            self.window.show_point_name(setup.point.name)
        if setup.demo:
            self.window.demo_banner.setVisible(True)
        if setup.actor is not None:
            self.window.set_actor(setup.actor)
            self.window.show_status(
                QCoreApplication.translate("Startup", "Welkom, {0}. wijkinfo is klaar.").format(
                    setup.actor.name
                )
            )
        elif setup.joined:
            self.window.show_status(
                QCoreApplication.translate(
                    "Startup",
                    "Aangesloten bij de syncmap. Meld u aan met de naam en het wachtwoord die "
                    "een coördinator u gaf.",
                )
            )
        self.window.focus_search()

    def _import_areas_once(self, _count: int = 0) -> None:
        if not self._areas_started:  # later results change nothing
            self._areas_started = True
            self.window.tasks.run(_import_areas, on_done=self._install_areas, on_error=self._failed)

    def _install_areas(self, _result: object = None) -> None:
        if self.window.isVisible():
            self.window.install_areas()


def start_early_results(window: MainWindow, paths: DataPaths) -> EarlyResults:
    """Early results on ``paths`` under the window's search box, on the window's first page."""
    opening = window.opening_label.parentWidget()
    assert opening is not None  # the label sits on the window's first page
    return EarlyResults(EarlySearch(paths.db), window.tasks, window.search_box, opening)


def _offer_restore(exc: DatabaseDamaged, paths: DataPaths, parent: QWidget | None) -> bool:
    box = QMessageBox(parent)
    box.setObjectName("damagedDatabaseBox")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Startup", "Database beschadigd"))
    box.setText(error_text(exc))
    restore = None
    if exc.newest_backup is not None:
        box.setInformativeText(
            QCoreApplication.translate(
                "Startup",
                "Het beschadigde bestand blijft bewaard. Wilt u de nieuwste back-up "
                "terugzetten?\n{0}",
            ).format(exc.newest_backup)
        )
        restore = box.addButton(
            QCoreApplication.translate("Startup", "Back-up terugzetten"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    box.addButton(
        QCoreApplication.translate("Startup", "Afsluiten"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    if restore is None or exc.newest_backup is None or box.clickedButton() is not restore:
        return False
    try:
        storage.restore_backup(paths, exc.newest_backup)
    except UserError as err:
        QMessageBox.critical(
            parent, QCoreApplication.translate("Startup", "Terugzetten lukt niet"), error_text(err)
        )
        return False
    return True


def offer_demo(
    store: Store, tasks: TaskRunner, parent: QWidget | None, on_done: Callable[[bool], None]
) -> None:
    """On an empty directory, ask once whether to load the demo; ``on_done(loaded)`` after.

    Reading, remembering the offer and loading run in the background; a failure is shown and
    the desk starts empty."""
    from wijkinfo.services.directory.demo import claim_demo_offer, load_demo

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Startup", "De demo laden lukt niet"),
            error_text(exc),
        )
        on_done(False)

    def ask(offer: bool) -> None:
        if not offer or not _wants_demo(parent):
            on_done(False)
            return
        tasks.run(partial(load_demo, store), on_done=lambda _r: on_done(True), on_error=failed)

    tasks.run(partial(claim_demo_offer, store), on_done=ask, on_error=failed)


def _wants_demo(parent: QWidget | None) -> bool:
    box = QMessageBox(parent)
    box.setObjectName("offerDemoBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Startup", "De sociale kaart is nog leeg"))
    box.setText(
        QCoreApplication.translate(
            "Startup",
            "Er staan nog geen diensten in wijkinfo. Wilt u de demo laden om het programma "
            "uit te proberen? De demo bevat verzonnen diensten van de stad Lindestad.",
        )
    )
    yes = box.addButton(
        QCoreApplication.translate("Startup", "Demo laden"), QMessageBox.ButtonRole.YesRole
    )
    box.addButton(
        QCoreApplication.translate("Startup", "Leeg beginnen"), QMessageBox.ButtonRole.NoRole
    )
    box.exec()
    return box.clickedButton() is yes
