"""The review queue as a lazily filled Qt table model (rows are plain dataclasses).

The first page comes with the filter's answer; scrolling to the end asks ``fetchMore`` for the
next page, read on a worker thread, so a queue of 50,000 signals opens as fast as one of 50.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from wijkinfo.services.signals.queue import SignalRow
from wijkinfo.ui.signals.signal_words import (
    status_label,
    urgency_label,
)
from wijkinfo.ui.tasks import TaskRunner
from wijkinfo.ui.user_messages import error_text
from wijkinfo.ui.vocabulary_names import shown

# fetch(offset) -> the next page of the same filter (runs on a worker thread)
PageFetcher = Callable[[int], list[SignalRow]]


class SignalQueueModel(QAbstractTableModel):
    # a later page could not be read: what to tell the coordinator
    page_failed = Signal(str)

    def __init__(self, tasks: TaskRunner | None = None, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[SignalRow] = []
        self.total = 0
        self._tasks = tasks
        self._fetch: PageFetcher | None = None
        self._loading = False
        self._generation = 0  # a page of an older filter is dropped
        self.headers = [
            self.tr("Datum"),
            self.tr("Thema"),
            self.tr("Wijk"),
            self.tr("Status"),
            self.tr("Urgentie"),
            self.tr("Toegewezen aan"),
            self.tr("Uiterlijk"),
            self.tr("Wat ging er mis"),
        ]

    def set_rows(
        self, rows: list[SignalRow], total: int | None = None, fetch: PageFetcher | None = None
    ) -> None:
        """Show ``rows`` of ``total``; ``fetch`` reads the rows after them when scrolled to."""
        self.beginResetModel()
        self._generation += 1
        self.rows = list(rows)
        self.total = len(rows) if total is None else total
        self._fetch = fetch
        self._loading = False
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and self._fetch is not None
            and self._tasks is not None
            and not self._loading
            and len(self.rows) < self.total
        )

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._fetch is None or self._tasks is None:
            return
        self._loading = True
        generation = self._generation
        self._tasks.run(
            lambda: self._fetch(len(self.rows)) if self._fetch else [],
            on_done=lambda more: self._arrived(generation, more),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _arrived(self, generation: int, more: list[SignalRow]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        known = {r.id for r in self.rows}
        more = [r for r in more if r.id not in known]
        if not more:
            self.total = len(self.rows)  # the queue shrank meanwhile: stop asking
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._fetch = None  # no endless retries while scrolling; a new filter starts over
        self.page_failed.emit(self.tr("Meer signalen laden lukt niet. {0}").format(error_text(exc)))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            due = row.due.strftime("%d-%m-%Y")
            values = [
                row.signal_date.strftime("%d-%m-%Y"),
                shown(row.theme_name, row.theme_name_en),
                row.wijk or "",
                status_label(row.status),
                urgency_label(row.urgency),
                row.assigned_name or "—",
                self.tr("{0} (te laat)").format(due) if row.overdue else due,
                row.summary,
            ]
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue and index.column() == 6:
            return QBrush(QColor("#a00000"))
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None
