"""Zoeken: the search box, the results and the detail pane, keyboard first."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from wijkinfo.services.people.auth import Actor
from wijkinfo.services.search.filters import SearchFilters
from wijkinfo.services.search.lookup import FilterChoices, MatchCount, SearchService
from wijkinfo.ui.desk.desk_area_control import DeskAreaButton
from wijkinfo.ui.desk.results_model import PAGE, ResultsModel
from wijkinfo.ui.desk.search_filter_bar import SearchFilterBar
from wijkinfo.ui.desk.service_detail_view import ServiceDetailView
from wijkinfo.ui.tasks import TaskRunner
from wijkinfo.ui.user_messages import error_text

SEARCH_DELAY_MS = 120


@dataclass(frozen=True)
class SearchState:
    """What the volunteer searched for and looks at, for the same view built anew."""

    text: str = ""
    filters: SearchFilters = SearchFilters()
    service_id: str | None = None
    searched: bool = False


class SearchView(QWidget):
    """Type to search; arrows move through results; Enter or a click shows detail."""

    results_shown = Signal(int)
    #: the service now shown in the detail pane ("" when none)
    current_service_changed = Signal(str)

    # the count of the shown search arrived (the number, whether there are more)
    count_shown = Signal(int, bool)

    def __init__(
        self,
        search: SearchService,
        tasks: TaskRunner,
        parent=None,
        *,
        box: QLineEdit,
        actor: Callable[[], Actor] | None = None,
    ) -> None:
        """``box``: the window's search box, which may already hold what was typed while the
        data was being opened. ``actor``: who is signed in now (to set the desk's wijk)."""
        super().__init__(parent)
        self._search, self._tasks = search, tasks
        self._generation = 0
        self._detail_generation = 0
        self._count: Callable[[], MatchCount] = lambda: MatchCount(0)
        self._choices_known = False
        self._search_when_choices = False  # a restored search waits for the filter lists
        self._wanted_service: str | None = None  # shown again once the results are there
        self.box = box
        self.box.installEventFilter(self)
        self.filter_bar = SearchFilterBar(self)
        self.filter_bar.changed.connect(self.run_search)
        self.area_button = DeskAreaButton(search.store, tasks, actor, self.filter_bar)
        self.filter_bar.add_more(self.area_button)
        self.area_button.changed.connect(self.run_search)
        self.count_label = QLabel(self)
        self.count_label.setWordWrap(True)  # an error message here wraps, never widens
        self.results = QListView(self)
        self.results.setObjectName("results")
        self.results.setAccessibleName(self.tr("Gevonden diensten"))
        self.results.setUniformItemSizes(True)
        self.results.setAlternatingRowColors(True)
        # long names end in "…" rather than a sideways scroll bar eating a line of results
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.model = ResultsModel(tasks, self)
        self.model.page_failed.connect(self.count_label.setText)
        self.area_button.failed.connect(self.count_label.setText)
        self.results.setModel(self.model)
        # Ask for the next page a little before the end, so it is there when the volunteer is.
        self.results.verticalScrollBar().valueChanged.connect(self._near_the_end)
        self.detail = ServiceDetailView(self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.box)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.results, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        # the results a little wider than the detail, in proportion at every window size: at
        # 200 % text the filters then keep to two lines, and at 100 % on 1024 px the detail
        # keeps room for a name (the filters' one-line width would take it all)
        splitter.setSizes([560, 440])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(lambda _t: self._timer.start())
        self.results.selectionModel().currentChanged.connect(self._current_changed)
        self.results.activated.connect(self._show_index)
        QShortcut(QKeySequence.StandardKey.Copy, self.results, self.detail.copy_main_phone)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.clear)
        self.detail.browser.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        if self.box.text().strip():  # typed while the data was being opened: that comes first
            self.run_search()
        # filter lists and the typo vocabulary are read off the UI thread once at start
        self._tasks.run(self._search.filter_choices, on_done=self._choices_arrived)
        self._tasks.run(self._search.warm)

    def reload_filter_choices(self) -> None:
        """Read the filter lists again (the shared list of themes and wijken changed)."""
        self._tasks.run(self._search.filter_choices, on_done=self._choices_arrived)

    def _choices_arrived(self, choices: FilterChoices) -> None:
        self.filter_bar.set_choices(choices)
        self.area_button.set_areas(choices.areas)
        self._choices_known = True
        if self._search_when_choices:
            self._search_when_choices = False
            self.run_search()

    def keep(self) -> SearchState:
        """The search as it is now (to be shown again in a window built anew)."""
        return SearchState(
            text=self.box.text(),
            filters=self.filter_bar.filters(),
            service_id=self.current_service_id(),
            searched=self._generation > 0,
        )

    def restore(self, state: SearchState) -> None:
        """The same words, filters and service as ``state``; the search runs once the filter
        lists are there, so it searches with every filter at once."""
        self.box.setText(state.text)
        self._timer.stop()  # not a search for the words alone first
        self.filter_bar.restore(state.filters)
        self._wanted_service = state.service_id
        if not state.searched:
            return
        if self._choices_known:
            self.run_search()
        else:
            self._search_when_choices = True

    def _near_the_end(self, value: int) -> None:
        bar = self.results.verticalScrollBar()
        if value >= bar.maximum() - 2 * bar.pageStep() and self.model.canFetchMore():
            self.model.fetchMore()

    def current_service_id(self) -> str | None:
        """The service the volunteer is looking at, for actions such as "add to basket"."""
        detail = self.detail.detail()
        return detail.id if detail else None

    def add_detail_action(self, action: QAction) -> QPushButton:
        """Put an action (with its shortcut) as a button under the detail pane."""
        button = QPushButton(action.text(), self.detail)
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setText(action.text()))
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        self.addAction(action)
        self.detail.button_row.insertWidget(self.detail.button_row.count(), button)
        return button

    def refresh_detail(self) -> None:
        """Read the shown service again (after an edit)."""
        index = self.results.currentIndex()
        if index.isValid():
            self._show_index(index)

    def focus_search(self) -> None:
        self.box.setFocus()
        self.box.selectAll()

    def clear(self) -> None:
        self.box.clear()
        self.focus_search()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.box and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount():
                self.results.setFocus()
                if not self.results.currentIndex().isValid():
                    self.results.setCurrentIndex(self.model.index(0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._timer.stop()
                self.run_search()
                return True
        return super().eventFilter(obj, event)

    def run_search(self) -> None:
        """Search for the box's text; a newer query always wins over an older one."""
        self._generation += 1
        generation = self._generation
        query = self.box.text()
        filters = self.filter_bar.filters()
        search = self._search

        def fetch(offset: int, limit: int):
            return search.search(query, limit=limit, offset=offset, filters=filters)

        self._tasks.run(
            lambda: fetch(0, PAGE),
            on_done=lambda hits: self._show_hits(generation, hits, fetch),
            on_error=lambda exc: self._show_error(generation, exc),
        )

        def count() -> MatchCount:
            return search.count(query, filters=filters)

        self._count = count

    def _run_count(self, generation: int) -> None:
        """After the first page: how many there are in all (a few ms more, so not before)."""
        self._tasks.run(
            self._count,
            on_done=lambda found: self._show_count(generation, found),
            on_error=lambda _exc: None,  # the page's own label stays; the list still pages
        )

    def _show_count(self, generation: int, found: MatchCount) -> None:
        if generation != self._generation or not found.total:
            return
        if found.more:
            text = self.tr("Meer dan {0} diensten gevonden, de beste eerst").format(
                QLocale().toString(found.total)
            )
        else:
            text = self.tr("%n dienst(en) gevonden, de beste eerst", "", found.total)
        self.count_label.setText(text)
        self.count_shown.emit(found.total, found.more)

    def _show_hits(self, generation: int, hits, fetch=None) -> None:
        if generation != self._generation:
            return
        self.model.set_hits(hits, fetch)
        wanted, self._wanted_service = self._wanted_service, None
        if hits:
            if len(hits) >= PAGE:
                self.count_label.setText(
                    self.tr("%n of meer diensten gevonden, de beste eerst", "", len(hits))
                )
            else:
                self.count_label.setText(self.tr("%n dienst(en) gevonden", "", len(hits)))
            self._show_first_or(wanted, hits)
            if len(hits) >= PAGE:
                self._run_count(generation)
        else:
            self.count_label.setText(self.tr("Niets gevonden. Probeer een ander woord."))
            self.detail.show_empty()
            self.current_service_changed.emit("")
        self.results_shown.emit(len(hits))

    def _show_first_or(self, wanted: str | None, hits) -> None:
        """The first result, or the service the volunteer looked at before (a window built
        anew): chosen in the list when it is on this page, else shown in the detail alone."""
        row = next((i for i, hit in enumerate(hits) if hit.id == wanted), None)
        if wanted and row is None:
            self._show_service(wanted)
            return
        self.results.setCurrentIndex(self.model.index(row or 0))

    def _show_error(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.model.set_hits([])
        self.count_label.setText(error_text(exc))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_index(current)

    def _show_index(self, index: QModelIndex) -> None:
        hit = self.model.hit(index.row())
        if hit is not None:
            self._show_service(hit.id)

    def _show_service(self, service_id: str) -> None:
        self._detail_generation += 1
        generation = self._detail_generation
        self._tasks.run(
            lambda: self._search.detail(service_id),
            on_done=lambda d: self._detail_arrived(generation, d),
            on_error=lambda exc: self.count_label.setText(error_text(exc)),
        )

    def _detail_arrived(self, generation: int, detail) -> None:
        if generation == self._detail_generation:
            self.detail.show_detail(detail)
            self.current_service_changed.emit(detail.id)
