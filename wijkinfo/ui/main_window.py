"""The main window: a navigation list on the left, the chosen area on the right.

Only areas that work are listed; later areas (Verwijzen, Signalen, Beheer) join when built.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wijkinfo import __version__
from wijkinfo.services import storage
from wijkinfo.services.auth import VOLUNTEER, Actor, can
from wijkinfo.services.search import SearchService
from wijkinfo.services.store import Store
from wijkinfo.ui.change_relay import ChangeRelay
from wijkinfo.ui.corrections_view import install_corrections
from wijkinfo.ui.referral_areas import install_referral_areas
from wijkinfo.ui.search_view import SearchView
from wijkinfo.ui.signals_area import install_signals
from wijkinfo.ui.tasks import TaskRunner
from wijkinfo.ui.user_messages import error_text


class MainWindow(QMainWindow):
    """Areas register themselves: ``add_area`` for the navigation, ``add_admin_tab`` for Beheer.

    ``actor_changed`` fires when another volunteer signs in, so areas can adapt.
    """

    actor_changed = Signal(object)

    def __init__(
        self,
        store: Store,
        *,
        actor: Actor | None = None,
        demo: bool = False,
        point_name: str = "",
    ) -> None:
        super().__init__()
        self.store = store
        # Until sign-in exists the desk works as an anonymous volunteer: least privilege.
        self.actor = actor or Actor(user_id=None, name="balie", role=VOLUNTEER)
        self.tasks = TaskRunner(self)
        self.changes = ChangeRelay(store.events, self)
        self.admin_tabs: QTabWidget | None = None
        self._admin_row = -1
        self.setWindowTitle(
            self.tr("wijkinfo — {0}").format(point_name) if point_name else "wijkinfo"
        )
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen else None
        # Fit the desk's laptop (often 1366×768) instead of spilling off the screen.
        self.resize(min(1200, room.width()) if room else 1200, min(780, room.height()) if room else 780)

        self.search_view = SearchView(SearchService(store), self.tasks, self)
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        self.add_area(self.tr("Zoeken"), self.search_view)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        self.demo_banner = QLabel(
            self.tr(
                "DEMO — dit zijn verzonnen gegevens van de stad Lindestad. "
                "Gebruik ze niet om mensen door te verwijzen."
            ),
            self,
        )
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setStyleSheet(
            "background:#fff3cd;color:#5c4400;padding:6px;font-weight:bold;"
        )
        self.demo_banner.setVisible(demo)
        layout.addWidget(self.demo_banner)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self._build_menu()
        install_corrections(self)  # "Klopt er iets niet?" and Beheer → Meldingen
        from wijkinfo.ui.exchange_view import ExchangeView  # issue 6: import and export

        self.add_admin_tab(self.tr("Importeren en exporteren"), ExchangeView(store, self))
        self.statusBar().showMessage(self.tr("Gegevens: {0}").format(store.paths.root))
        # Areas in the order of the desk's work: look up, refer, signal, manage.
        self.referrals = install_referral_areas(self)  # Verwijzen, tally bar, Beheer tabs
        self.signals_area = install_signals(self)  # Signalen, "wissel vrijwilliger", privacy
        self._fit_navigation()

    def add_area(self, title: str, widget: QWidget) -> int:
        """Add an area to the navigation (Beheer stays last); returns its row."""
        if self.admin_tabs is None:
            self.nav.addItem(title)
            return self.stack.addWidget(widget)
        row = self._admin_row
        self.nav.insertItem(row, title)
        self.stack.insertWidget(row, widget)
        self._admin_row += 1
        return row

    def _fit_navigation(self) -> None:
        """As wide as the longest area name (with room for a count such as "(12)"), no wider."""
        metrics = self.nav.fontMetrics()
        names = [self.nav.item(i).text() for i in range(self.nav.count())]
        widest = max(metrics.horizontalAdvance(name + " (99)") for name in names)
        self.nav.setFixedWidth(widest + 2 * self.nav.frameWidth() + 16)

    def add_admin_tab(self, title: str, widget: QWidget) -> None:
        """Add a tab to Beheer (coordinators); the area appears with its first tab."""
        if self.admin_tabs is None:
            self.admin_tabs = QTabWidget(self)
            self.admin_tabs.setObjectName("adminTabs")
            self.nav.addItem(self.tr("Beheer"))
            self._admin_row = self.stack.addWidget(self.admin_tabs)
            self._update_admin_visibility()
        self.admin_tabs.addTab(widget, title)

    def set_actor(self, actor: Actor) -> None:
        """Another person signs in at the desk (shift change)."""
        self.actor = actor
        self._update_admin_visibility()
        self.actor_changed.emit(actor)

    def _update_admin_visibility(self) -> None:
        if self.admin_tabs is None:
            return
        allowed = can(self.actor, "directory.edit")
        self.nav.item(self._admin_row).setHidden(not allowed)
        if not allowed and self.nav.currentRow() == self._admin_row:
            self.show_search()

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        backup = QAction(self.tr("Back-up &maken…"), self)
        backup.triggered.connect(self.make_backup)
        file_menu.addAction(backup)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Afsluiten"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        search_action = QAction(self.tr("&Zoeken"), self)
        search_action.setShortcuts([QKeySequence(Qt.Key.Key_F3), QKeySequence("Ctrl+F")])
        search_action.triggered.connect(self.show_search)
        self.addAction(search_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&Over wijkinfo"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def show_search(self) -> None:
        self.nav.setCurrentRow(0)
        self.search_view.focus_search()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.search_view.focus_search()

    def make_backup(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back-up opslaan"),
            str(self.store.paths.backups / "wijkinfo-backup.sqlite"),
            self.tr("wijkinfo-database (*.sqlite)"),
        )
        if not path:
            return
        self.tasks.run(
            lambda: storage.copy_database(self.store.paths.db, Path(path)),
            on_done=lambda _r: self.statusBar().showMessage(
                self.tr("Back-up gemaakt: {0}").format(path)
            ),
            on_error=lambda exc: QMessageBox.warning(self, "wijkinfo", error_text(exc)),
        )

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Over wijkinfo"),
            self.tr(
                "wijkinfo {0}\nDe sociale kaart van het wijkinformatiepunt.\nGegevens: {1}"
            ).format(__version__, self.store.paths.root),
        )

    def closeEvent(self, event) -> None:  # noqa: N802
        self.tasks.wait(10000)
        super().closeEvent(event)
