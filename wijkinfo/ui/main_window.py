"""The main window: a navigation list on the left, the chosen area on the right.

The window opens before the data does: its search box takes typing at once while the data folder
is opened off the UI thread (``wijkinfo.ui.startup.DeskStart``); ``attach`` then builds the areas
around the same box and runs what was typed. Modules that import SQLAlchemy are imported in
``attach``, not here, so that showing the window waits for nothing but Qt.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wijkinfo import __version__
from wijkinfo.logs import log_dir
from wijkinfo.services.datafolder import files as storage
from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.people.auth import ANONYMOUS_DESK, Actor, can
from wijkinfo.ui.desk_context import DeskContext
from wijkinfo.ui.elided_label import ElidedLabel
from wijkinfo.ui.shell import FILE_MENU, HELP_MENU, scrollable
from wijkinfo.ui.shortcuts_help import install_area_keys, install_shortcuts_help
from wijkinfo.ui.tasks import TaskRunner
from wijkinfo.ui.text_size import TextSizeMenu
from wijkinfo.ui.user_messages import error_text

if TYPE_CHECKING:
    from wijkinfo.services.datafolder.store import Store
    from wijkinfo.ui.change_relay import ChangeRelay
    from wijkinfo.ui.desk.referral_areas import ReferralAreas
    from wijkinfo.ui.desk.search_view import SearchView
    from wijkinfo.ui.signals.signals_area import SignalsArea

__all__ = ["MainWindow", "scrollable"]


class MainWindow(QMainWindow):
    """Areas register themselves: ``add_area`` for the navigation, ``add_admin_tab`` for Beheer
    (the window is their ``wijkinfo.ui.shell.Shell``); they get the data, the task runner and
    who is signed in from ``context`` (a ``DeskContext``), never from the window.

    ``actor_changed`` fires when another volunteer signs in, so areas can adapt;
    ``search_ready`` once the data is open and searching works; ``opened`` once every area is in
    place.
    """

    actor_changed = Signal(object)
    search_ready = Signal()
    opened = Signal()

    def __init__(
        self,
        store: Store | None = None,
        *,
        paths: DataPaths | None = None,
        actor: Actor | None = None,
        demo: bool = False,
        point_name: str = "",
    ) -> None:
        super().__init__()
        self.store: Store | None = None
        self.paths = paths or (store.paths if store is not None else None)
        self._actor = actor or ANONYMOUS_DESK
        self.tasks = TaskRunner(self)
        self.context: DeskContext | None = None
        self.changes: ChangeRelay | None = None
        self.search_view: SearchView | None = None
        self.referrals: ReferralAreas | None = None
        self.signals_area: SignalsArea | None = None
        self.admin_tabs: QTabWidget | None = None
        self._admin_row = -1
        self.demo, self.point_name = demo, point_name
        # the window built in its place in another language (``wijkinfo.ui.window_settings``)
        self.successor: MainWindow | None = None
        self.setWindowTitle("wijkinfo")
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen else None
        # Fit the desk's laptop (often 1366×768) instead of spilling off the screen.
        self.resize(
            min(1200, room.width()) if room else 1200, min(780, room.height()) if room else 780
        )

        # The search box exists from the first moment; the search area adopts it in attach().
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(self.tr("Waar zoekt u hulp bij? Bijvoorbeeld: schulden"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Zoeken"))
        self._opening = QWidget(self)
        opening_layout = QVBoxLayout(self._opening)
        opening_layout.setContentsMargins(0, 0, 0, 0)
        opening_layout.addWidget(self.search_box)
        self.opening_label = QLabel(self.tr("De sociale kaart wordt geopend…"), self._opening)
        self.opening_label.setObjectName("openingLabel")
        opening_layout.addWidget(self.opening_label)
        opening_layout.addStretch(1)

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        self.nav.addItem(self.tr("Zoeken"))
        self.stack.addWidget(self._opening)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        # one line, ending in "…" where there is no room (the whole text on hover): at 200 %
        # text on a 768 px screen every line is worth a search result
        self.demo_banner = ElidedLabel(
            self.tr("DEMO — verzonnen gegevens van Lindestad: niet om mensen door te verwijzen."),
            self,
        )
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setStyleSheet(
            "background:#fff3cd;color:#5c4400;padding:6px;font-weight:bold;"
        )
        self.demo_banner.setVisible(False)
        layout.addWidget(self.demo_banner)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self._build_menu()
        # the window's messages on the left, as one line that ends in "…" (the whole text on
        # hover) where the sync status leaves no room: Qt's own status message is clipped
        # mid-word and runs into the sync text
        self.status_text = ElidedLabel(parent=self)
        self.status_text.setObjectName("statusText")
        self.statusBar().addWidget(self.status_text, 1)
        self.show_status(self.tr("De gegevens worden geopend…"))
        self._fit_navigation()
        if store is not None:
            self.attach(store, demo=demo, point_name=point_name)

    def attach(
        self, store: Store, *, demo: bool = False, point_name: str = "", areas: bool = True
    ) -> None:
        """The data is open: the search area adopts the box and searches what was typed.

        ``areas=False`` leaves the other areas for ``install_areas`` (start-up imports their
        modules off the UI thread first, so the first results are not kept waiting)."""
        from wijkinfo.services.search.lookup import SearchService
        from wijkinfo.ui.desk.search_view import SearchView

        self.store = store
        self.paths = store.paths
        self.context = DeskContext(store=store, tasks=self.tasks, actor=self._actor, parent=self)
        self.context.actor_changed.connect(self._follow_actor)
        self.changes = self.context.changes
        self.demo = demo
        self.show_point_name(point_name)
        had_focus = self.search_box.hasFocus()
        self.search_view = SearchView(
            SearchService(store), self.tasks, self, box=self.search_box, actor=self.context.actor
        )
        self.stack.insertWidget(0, self.search_view)
        self.stack.removeWidget(self._opening)
        self._opening.deleteLater()
        self.nav.setCurrentRow(0)
        self.stack.setCurrentIndex(0)
        if had_focus or self.isActiveWindow():
            self.search_box.setFocus()
        self.demo_banner.setVisible(demo)
        self.show_status(self.tr("Gegevens: {0}").format(store.paths.root))
        self.backup_action.setEnabled(True)
        self.settings_action.setEnabled(True)
        self.search_ready.emit()
        if areas:
            self.install_areas()

    def install_areas(self) -> None:
        """Every area after Zoeken, in the order of the desk's work: refer, signal, manage."""
        from wijkinfo.ui.admin.exchange_view import ExchangeView
        from wijkinfo.ui.admin.vocabulary_view import install_vocabulary
        from wijkinfo.ui.desk.corrections_view import install_corrections
        from wijkinfo.ui.desk.referral_areas import install_referral_areas
        from wijkinfo.ui.signals.service_signals import install_service_signals
        from wijkinfo.ui.signals.signals_area import install_signals
        from wijkinfo.ui.sync_status import install_sync_status

        context, search = self.context, self.search_view
        assert context is not None and search is not None, "attach() first"
        install_corrections(self, context, search)  # "Klopt er iets niet?", Beheer → Meldingen
        self.add_admin_tab(self.tr("Importeren en exporteren"), ExchangeView(context))
        # Verwijzen, tally bar, Beheer tabs
        self.referrals = install_referral_areas(self, context, search)
        self.signals_area = install_signals(self, context).area  # Signalen, sign-in, privacy
        install_vocabulary(self, context, search)  # Beheer › Thema's en wijken
        install_service_signals(context, search)  # open signals and the note under a service
        install_sync_status(self, context)  # sync button in the status bar, Beheer › Synchroniseren
        self._fit_navigation()
        self.opened.emit()

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

    def show_point_name(self, name: str) -> None:
        """The information point's name in the title bar (it may change in Instellingen)."""
        self.point_name = name
        self.setWindowTitle(self.tr("wijkinfo — {0}").format(name) if name else "wijkinfo")

    def set_area_title(self, row: int, title: str) -> None:
        self.nav.item(row).setText(title)

    def set_area_allowed(self, row: int, allowed: bool) -> None:
        self.nav.item(row).setHidden(not allowed)
        if not allowed and self.nav.currentRow() == row:
            self.show_search()

    def add_dock(self, dock: QDockWidget) -> None:
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)

    def set_corner_widget(self, widget: QWidget) -> None:
        self.menuBar().setCornerWidget(widget)
        widget.show()  # a corner widget added after the window was shown stays hidden otherwise

    def menu(self, name: str) -> QMenu:
        found = self.menuBar().findChild(QMenu, name)
        if found is None:
            raise LookupError(name)
        return found

    def show_status(self, text: str) -> None:
        self.status_text.setText(text)

    def status_message(self) -> str:
        """What the status bar says now, for the areas and for tests."""
        return self.status_text.text()

    def dialog_parent(self) -> QWidget:
        return self

    def _fit_navigation(self) -> None:
        """As wide as the longest area name (with room for a count such as "(12)"), no wider."""
        metrics = self.nav.fontMetrics()
        names = [self.nav.item(i).text() for i in range(self.nav.count())]
        widest = max(metrics.horizontalAdvance(name + " (99)") for name in names)
        width = widest + 2 * self.nav.frameWidth() + 16
        self.nav.setFixedWidth(width)
        self.splitter.setSizes([width, max(self.width() - width, 1)])

    def add_admin_tab(self, title: str, widget: QWidget) -> None:
        """Add a tab to Beheer (coordinators); the area appears with its first tab."""
        if self.admin_tabs is None:
            self.admin_tabs = QTabWidget(self)
            self.admin_tabs.setObjectName("adminTabs")
            self.nav.addItem(self.tr("Beheer"))
            self._admin_row = self.stack.addWidget(self.admin_tabs)
            self._update_admin_visibility()
        self.admin_tabs.addTab(scrollable(widget), title)

    def show_admin_tab(self, widget: QWidget) -> None:
        """Open Beheer on the tab holding ``widget``."""
        tabs = self.admin_tabs
        if tabs is None:
            return
        for i in range(tabs.count()):
            page = tabs.widget(i)
            if page is not None and (page is widget or page.isAncestorOf(widget)):
                self.nav.setCurrentRow(self._admin_row)
                tabs.setCurrentIndex(i)
                return

    @property
    def actor(self) -> Actor:
        """The person signed in at the desk now."""
        return self._actor

    def set_actor(self, actor: Actor) -> None:
        """Another person signs in at the desk (shift change)."""
        if self.context is not None:
            self.context.set_actor(actor)  # the areas and the window follow the context
        else:
            self._follow_actor(actor)

    def _follow_actor(self, actor: Actor) -> None:
        self._actor = actor
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
        file_menu.setObjectName(FILE_MENU)
        backup = QAction(self.tr("Back-up &maken…"), self)
        backup.setObjectName("backupAction")
        backup.triggered.connect(self.make_backup)
        backup.setEnabled(False)  # until the data is open
        self.backup_action = backup
        file_menu.addAction(backup)
        self.text_size_menu = TextSizeMenu(file_menu, self)
        settings = QAction(self.tr("&Instellingen…"), self)
        settings.setObjectName("settingsAction")
        settings.setShortcut(QKeySequence("Ctrl+,"))
        settings.triggered.connect(self.open_settings)
        settings.setEnabled(False)  # until the data is open
        self.settings_action = settings
        file_menu.addAction(settings)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Afsluiten"), self)
        quit_action.setObjectName("quitAction")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        search_action = QAction(self.tr("&Zoeken"), self)
        search_action.setObjectName("searchAction")
        search_action.setShortcuts([QKeySequence(Qt.Key.Key_F3), QKeySequence("Ctrl+F")])
        search_action.triggered.connect(self.show_search)
        self.addAction(search_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName(HELP_MENU)
        about = QAction(self.tr("&Over wijkinfo"), self)
        about.setObjectName("aboutAction")
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        install_shortcuts_help(self, help_menu)
        install_area_keys(self, self.nav)

    def show_search(self) -> None:
        self.nav.setCurrentRow(0)
        self.focus_search()

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.focus_search()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # another text size: the names still fit (not in a window emptied for its successor)
        if event.type() == QEvent.Type.FontChange and self.successor is None:
            self._fit_navigation()

    def make_backup(self) -> None:
        if self.store is None:
            return
        paths = self.store.paths
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back-up opslaan"),
            str(paths.backups / "wijkinfo-backup.sqlite"),
            self.tr("wijkinfo-database (*.sqlite)"),
        )
        if not path:
            return
        self.tasks.run(
            lambda: storage.make_backup(paths, Path(path)),
            on_done=lambda _r: self.show_status(self.tr("Back-up gemaakt: {0}").format(path)),
            on_error=lambda exc: QMessageBox.warning(self, "wijkinfo", error_text(exc)),
        )

    def open_settings(self) -> None:
        """Bestand › Instellingen, over this window."""
        from wijkinfo.ui.window_settings import open_settings_dialog

        open_settings_dialog(self)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Over wijkinfo"),
            self.tr(
                "wijkinfo {0}\nDe sociale kaart van het wijkinformatiepunt.\n\n"
                "Gegevensmap: {1}\nLogbestanden: {2}"
            ).format(
                __version__,
                self.paths.root if self.paths else "",
                log_dir(self.paths.root) if self.paths else "",
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.tasks.wait(10000)
        super().closeEvent(event)
