"""The search results as a lazily filled Qt list model: name, organisation, first phone.

The first page arrives from a background search; scrolling to the end asks ``fetchMore`` for
the next page, which is read on a worker thread too and shown when it arrives, so the list
keeps scrolling while it loads. A page that cannot be read stops the loading and says why
(``page_failed``); it is not swallowed.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from wijkinfo.services.search.lookup import ServiceHit
from wijkinfo.ui.tasks import TaskRunner
from wijkinfo.ui.user_messages import error_text

HitRole = Qt.ItemDataRole.UserRole + 1
PAGE = 50

# fetch(offset, limit) -> the next hits of the same query (runs on a worker thread)
Fetcher = Callable[[int, int], list[ServiceHit]]

_ROOT = QModelIndex()


class ResultsModel(QAbstractListModel):
    # a later page could not be read: what to tell the volunteer
    page_failed = Signal(str)
    # a later page arrived (the number of new rows)
    page_arrived = Signal(int)

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._hits: list[ServiceHit] = []
        self._fetch: Fetcher | None = None
        self._more = False
        self._loading = False
        # a page asked for before the query changed belongs to the old list: drop it
        self._generation = 0

    def set_hits(self, hits: list[ServiceHit], fetch: Fetcher | None = None) -> None:
        """Show ``hits``; ``fetch`` gives later pages (none when ``hits`` is everything)."""
        self.beginResetModel()
        self._generation += 1
        self._hits = list(hits)
        self._fetch = fetch
        self._more = fetch is not None and len(hits) >= PAGE
        self._loading = False
        self.endResetModel()

    def hit(self, row: int) -> ServiceHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    @property
    def loading(self) -> bool:
        """A later page is being read."""
        return self._loading

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> bool:
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> None:
        if parent.isValid() or not self._more or self._loading or self._fetch is None:
            return
        self._loading = True
        generation = self._generation
        self._tasks.run(
            partial(self._fetch, len(self._hits), PAGE),
            on_done=lambda more: self._arrived(generation, more),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _arrived(self, generation: int, more: list[ServiceHit]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        known = {h.id for h in self._hits}
        more = [h for h in more if h.id not in known]
        self._more = len(more) > 0
        if more:
            self.beginInsertRows(_ROOT, len(self._hits), len(self._hits) + len(more) - 1)
            self._hits.extend(more)
            self.endInsertRows()
        self.page_arrived.emit(len(more))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._more = False  # no endless retries while scrolling; a new search starts over
        self.page_failed.emit(
            self.tr("Meer resultaten laden lukt niet. {0}").format(error_text(exc))
        )

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        hit = self.hit(index.row())
        if hit is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            phone = hit.phones[0].display if hit.phones else self.tr("geen telefoonnummer")
            first = hit.name
            if not hit.referable:
                first += "  ·  " + (
                    self.tr("niet doorverwijzen") if hit.do_not_refer else self.tr("niet actief")
                )
            # the phone number first: on a narrow list it is the organisation that ends in "…"
            return f"{first}\n{phone}  ·  {hit.organization}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.name}\n{hit.organization}"
        if role == Qt.ItemDataRole.ForegroundRole and not hit.referable:
            return QBrush(QColor("#6b6b6b"))
        if role == HitRole:
            return hit
        return None
