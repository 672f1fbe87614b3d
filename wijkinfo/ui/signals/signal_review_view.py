"""Signalen beoordelen: the coordinator's queue with filters, and the detail with workflow."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.people.auth import Actor, can
from wijkinfo.services.signals import filters as signal_filters
from wijkinfo.services.signals import intake as signals
from wijkinfo.services.signals import review
from wijkinfo.services.signals.queue import QueuePage, queue_page
from wijkinfo.ui.signals.signal_detail_pane import SignalDetailPane
from wijkinfo.ui.signals.signal_queue_model import SignalQueueModel
from wijkinfo.ui.signals.signal_words import status_label
from wijkinfo.ui.table_headers import fit_headings
from wijkinfo.ui.tasks import TaskRunner
from wijkinfo.ui.user_messages import error_text
from wijkinfo.ui.vocabulary_names import shown


class SignalReviewView(QWidget):
    def __init__(
        self, store: Store, tasks: TaskRunner, actor: Callable[[], Actor], parent=None
    ) -> None:
        super().__init__(parent)
        self.store, self._actor, self._tasks = store, actor, tasks
        self._generation = 0  # the newest filter asked for wins
        self.status = QComboBox(self)
        self.status.setObjectName("filterStatus")
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("Alle open signalen"), "open")
        self.status.addItem(self.tr("Alle signalen"), "")
        for code in review.STATUS_LABELS:
            self.status.addItem(status_label(code), code)
        self.theme = QComboBox(self)
        self.theme.setObjectName("filterTheme")
        self.theme.setAccessibleName(self.tr("Thema"))
        self.theme.addItem(self.tr("Alle thema's"), "")
        for theme in signals.list_themes(store):
            self.theme.addItem(shown(theme.name, theme.name_en), theme.code)
        self.wijk = QComboBox(self)
        self.wijk.setObjectName("filterWijk")
        self.wijk.setAccessibleName(self.tr("Wijk"))
        self.assigned = QComboBox(self)
        self.assigned.setObjectName("filterAssigned")
        self.assigned.setAccessibleName(self.tr("Toegewezen aan"))
        self.overdue = QCheckBox(self.tr("Alleen te laat"), self)
        self.overdue.setObjectName("filterOverdue")
        self.follow_up = QCheckBox(self.tr("Nu navragen"), self)
        self.follow_up.setObjectName("filterFollowUp")
        self.follow_up.setToolTip(
            self.tr("Doorgezette signalen waarvan de navraagdatum is bereikt")
        )
        self.count_label = QLabel(self)
        self.saved = QComboBox(self)
        self.saved.setObjectName("savedFilters")
        self.saved.setAccessibleName(self.tr("Bewaarde filters"))
        self.saved.activated.connect(self._apply_saved)
        save_filter = QPushButton(self.tr("Filter b&ewaren…"), self)
        save_filter.setObjectName("saveFilter")
        save_filter.clicked.connect(self.ask_save_filter)
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("Status"), self.status),
            (self.tr("Thema"), self.theme),
            (self.tr("Wijk"), self.wijk),
            (self.tr("Toegewezen"), self.assigned),
        ):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(widget)
        filters.addWidget(self.overdue)
        filters.addWidget(self.follow_up)
        filters.addStretch(1)
        for combo in (self.status, self.theme, self.wijk, self.assigned):
            combo.currentIndexChanged.connect(self.refresh)
        self.overdue.toggled.connect(self.refresh)
        self.follow_up.toggled.connect(self.refresh)

        self.model = SignalQueueModel(tasks, self)
        self.model.page_failed.connect(self.count_label.setText)
        self.table = QTableView(self)
        self.table.setObjectName("signalQueue")
        self.table.setAccessibleName(self.tr("Signalen"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        fit_headings(self.table)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(150)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail = SignalDetailPane(store, tasks, actor, self)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        counts_row = QHBoxLayout()
        counts_row.addWidget(self.count_label, 1)
        counts_row.addWidget(QLabel(self.tr("Bewaarde filters"), self))
        counts_row.addWidget(self.saved)
        counts_row.addWidget(save_filter)
        top_layout.addLayout(counts_row)
        top_layout.addWidget(self.table, 1)
        splitter.addWidget(top)
        splitter.addWidget(self.detail)
        splitter.setSizes([320, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _fill_choices(self) -> None:
        """Wijken and coordinators change over time; keep the chosen filter if still there."""
        wijk, assigned = self.wijk.currentData(), self.assigned.currentData()
        for combo in (self.wijk, self.assigned):
            combo.blockSignals(True)
            combo.clear()
        self.wijk.addItem(self.tr("Alle wijken"), "")
        for code, name in signals.known_wijken(self.store):
            self.wijk.addItem(name, code)
        self.assigned.addItem(self.tr("Iedereen"), "")
        self.assigned.addItem(self.tr("Nog niemand"), "-")
        actor = self._actor()
        if can(actor, "signal.review"):
            for user_id, name in review.coordinators(self.store, actor=actor):
                self.assigned.addItem(name, user_id)
        self.wijk.setCurrentIndex(max(0, self.wijk.findData(wijk)))
        self.assigned.setCurrentIndex(max(0, self.assigned.findData(assigned)))
        for combo in (self.wijk, self.assigned):
            combo.blockSignals(False)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def criteria(self) -> dict:
        return {
            "status": self.status.currentData(),
            "theme_code": self.theme.currentData(),
            "wijk": self.wijk.currentData(),
            "assigned_to": self.assigned.currentData(),
            "overdue": self.overdue.isChecked(),
        }

    def _fill_saved(self) -> None:
        self.saved.clear()
        self.saved.addItem(self.tr("(kies een bewaard filter)"), None)
        actor = self._actor()
        if can(actor, "signal.review"):
            for f in signal_filters.list_filters(self.store, actor=actor):
                self.saved.addItem(f.name, f.criteria)

    def ask_save_filter(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Filter bewaren"), self.tr("Naam van dit filter:")
        )
        if ok:
            self.save_filter_as(name)

    def save_filter_as(self, name: str) -> None:
        try:
            signal_filters.save_filter(
                self.store, actor=self._actor(), name=name, criteria=self.criteria()
            )
        except UserError as exc:
            self.count_label.setText(error_text(exc))
            return
        self._fill_saved()

    def _apply_saved(self, index: int) -> None:
        criteria = self.saved.itemData(index)
        if not criteria and criteria != {}:
            return
        self.apply_criteria(criteria)

    def apply_criteria(self, criteria: dict) -> None:
        """Filter the queue as ``criteria`` says (as ``criteria()`` gives them) and read it."""
        combos = (
            ("status", self.status),
            ("theme_code", self.theme),
            ("wijk", self.wijk),
            ("assigned_to", self.assigned),
        )
        for key, combo in combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(criteria.get(key) or "")))
            combo.blockSignals(False)
        self.overdue.blockSignals(True)
        self.overdue.setChecked(bool(criteria.get("overdue")))
        self.overdue.blockSignals(False)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        """Read the queue for the chosen filter in the background."""
        self._generation += 1
        actor = self._actor()
        if not can(actor, "signal.review"):
            self.model.set_rows([])
            self.detail.show_signal(None)
            return
        if self.wijk.count() == 0:
            self._fill_choices()
        read = partial(
            queue_page,
            self.store,
            actor=actor,
            status=self.status.currentData() or None,
            theme_code=self.theme.currentData() or None,
            wijk=self.wijk.currentData() or None,
            assigned_to=self.assigned.currentData() or None,
            overdue=self.overdue.isChecked(),
            follow_up_due=self.follow_up.isChecked(),
        )
        self._tasks.run(
            read,
            on_done=partial(self._arrived, self._generation, read),
            on_error=lambda exc: self.count_label.setText(error_text(exc)),
        )

    def _arrived(self, generation: int, read: Callable[..., QueuePage], page: QueuePage) -> None:
        if generation != self._generation:
            return
        current = self.detail.signal_id
        rows = list(page.rows)

        def later_page(offset: int) -> list:
            return list(read(offset=offset, with_total=False).rows)

        self.model.set_rows(rows, page.total, later_page)
        self.table.resizeColumnsToContents()
        for column in (1, 7):  # theme and text may be long: keep them readable, not huge
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        self.count_label.setText(self.tr("%n signalen", "", page.total))
        ids = [r.id for r in rows]
        if current in ids:
            self.table.selectRow(ids.index(current))
            self.detail.show_signal(current)
        elif rows:
            self.table.selectRow(0)
        else:
            self.detail.show_signal(None)

    def reload(self) -> None:
        self._fill_choices()
        self._fill_saved()
        self.refresh()

    def _current_changed(self, current, _previous) -> None:
        if current.isValid():
            self.detail.show_signal(self.model.rows[current.row()].id)
