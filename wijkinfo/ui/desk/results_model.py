"""The search results as a lazily filled Qt list model: name, organisation, first phone.

The first page arrives from a background search; scrolling asks ``fetchMore`` for the next
page (a page of a capped, already ordered search takes a few milliseconds).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from wijkinfo.services.search.lookup import ServiceHit

HitRole = Qt.ItemDataRole.UserRole + 1
PAGE = 50

#: fetch(offset, limit) -> the next hits of the same query
Fetcher = Callable[[int, int], list[ServiceHit]]


class ResultsModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._hits: list[ServiceHit] = []
        self._fetch: Fetcher | None = None
        self._more = False

    def set_hits(self, hits: list[ServiceHit], fetch: Fetcher | None = None) -> None:
        """Show ``hits``; ``fetch`` gives later pages (none when ``hits`` is everything)."""
        self.beginResetModel()
        self._hits = list(hits)
        self._fetch = fetch
        self._more = fetch is not None and len(hits) >= PAGE
        self.endResetModel()

    def hit(self, row: int) -> ServiceHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or self._fetch is None:
            return
        try:
            more = self._fetch(len(self._hits), PAGE)
        except Exception:  # noqa: BLE001 - a failed page only stops the scrolling
            more = []
        known = {h.id for h in self._hits}
        more = [h for h in more if h.id not in known]
        self._more = len(more) > 0
        if more:
            self.beginInsertRows(QModelIndex(), len(self._hits), len(self._hits) + len(more) - 1)
            self._hits.extend(more)
            self.endInsertRows()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
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
            return f"{first}\n{hit.organization}  ·  {phone}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.name
        if role == Qt.ItemDataRole.ForegroundRole and not hit.referable:
            return QBrush(QColor("#6b6b6b"))
        if role == HitRole:
            return hit
        return None
