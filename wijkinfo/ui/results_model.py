"""The search results as a Qt list model: name, organisation and first phone number."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from wijkinfo.services.search import ServiceHit

HitRole = Qt.ItemDataRole.UserRole + 1


class ResultsModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._hits: list[ServiceHit] = []

    def set_hits(self, hits: list[ServiceHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> ServiceHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self._hits)

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
