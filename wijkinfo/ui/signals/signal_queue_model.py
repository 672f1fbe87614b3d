"""The review queue as a Qt table model (rows are plain dataclasses from the service)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from wijkinfo.services.signals.review import SignalRow


def status_label(status: str) -> str:
    labels = {
        "nieuw": QCoreApplication.translate("SignalStatus", "nieuw"),
        "in_behandeling": QCoreApplication.translate("SignalStatus", "in behandeling"),
        "doorgezet": QCoreApplication.translate("SignalStatus", "doorgezet"),
        "afgehandeld": QCoreApplication.translate("SignalStatus", "afgehandeld"),
        "geannuleerd": QCoreApplication.translate("SignalStatus", "geannuleerd"),
        "heropend": QCoreApplication.translate("SignalStatus", "heropend"),
    }
    return labels.get(status, status)


def urgency_label(urgency: str) -> str:
    labels = {
        "laag": QCoreApplication.translate("SignalUrgency", "laag"),
        "normaal": QCoreApplication.translate("SignalUrgency", "normaal"),
        "hoog": QCoreApplication.translate("SignalUrgency", "hoog"),
    }
    return labels.get(urgency, urgency)


class SignalQueueModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[SignalRow] = []
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

    def set_rows(self, rows: list[SignalRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

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
                row.theme_name,
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
