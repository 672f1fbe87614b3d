"""Beheer › Telling: contacts and referral sheets per month, theme, wijk and channel; CSV."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wijkinfo.services.desk.tallies import REFERRAL_CHANNEL, Tallies, TallyTotal
from wijkinfo.services.events import REFERRALS, TALLIES, Change
from wijkinfo.services.people.auth import Actor
from wijkinfo.ui.file_dialogs import save_file_name
from wijkinfo.ui.machine_settings_page import active_language
from wijkinfo.ui.table_headers import fit_headings
from wijkinfo.ui.tasks import TaskRunner
from wijkinfo.ui.user_messages import error_text
from wijkinfo.ui.vocabulary_names import shown


class TallyReportView(QWidget):
    refreshed = Signal(int)

    def __init__(
        self,
        tallies: Tallies,
        tasks: TaskRunner,
        actor: Callable[[], Actor],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tallies, self._tasks, self._actor = tallies, tasks, actor
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Maand"),
                self.tr("Thema"),
                self.tr("Wijk"),
                self.tr("Kanaal"),
                self.tr("Aantal"),
            ]
        )
        self.table = QTableView(self)
        self.table.setObjectName("tallyTotalsTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        fit_headings(self.table)
        self.summary = QLabel(self)
        self.export_button = QPushButton(self.tr("Exporteren naar CSV…"), self)
        self.export_button.clicked.connect(self.export_with_dialog)
        refresh = QPushButton(self.tr("Vernieuwen"), self)
        refresh.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(refresh)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        explanation = QLabel(
            self.tr(
                "Contacten per maand, thema, wijk en kanaal. Een contact over twee thema's telt bij "
                "beide thema's. Verwijsbrieven staan erbij als kanaal ‘Verwijsbrief’."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

    def on_change(self, change: Change) -> None:
        if change.topic in (TALLIES, REFERRALS) and self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        actor = self._actor()
        self._tasks.run(
            lambda: self._tallies.totals(actor=actor),
            on_done=self._show,
            on_error=lambda exc: self.summary.setText(error_text(exc)),
        )

    def _show(self, rows: list[TallyTotal]) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for r in rows:
            count = QStandardItem()
            count.setData(r.contacts, 0)
            self.model.appendRow(
                [
                    QStandardItem(r.month),
                    QStandardItem(shown(r.theme) if r.theme_code else self.tr("onbekend")),
                    QStandardItem(self._wijk(r)),
                    QStandardItem(self._channel(r)),
                    count,
                ]
            )
        self.table.resizeColumnsToContents()
        self.summary.setText(self.tr("%n regel(s).", "", len(rows)))
        self.refreshed.emit(len(rows))

    def _wijk(self, row: TallyTotal) -> str:
        if row.channel_code == REFERRAL_CHANNEL:
            return ""
        return row.wijk if row.wijk_code else self.tr("onbekend")

    def _channel(self, row: TallyTotal) -> str:
        names = {
            "balie": self.tr("Balie"),
            "telefoon": self.tr("Telefoon"),
            "e-mail": self.tr("E-mail"),
            REFERRAL_CHANNEL: self.tr("Verwijsbrief"),
        }
        return names.get(row.channel_code, row.channel)

    def export_with_dialog(self) -> None:
        path = save_file_name(
            self,
            "report",
            self.tr("Telling exporteren"),
            "telling.csv",
            self.tr("CSV-bestand (*.csv)"),
        )
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        actor, language = self._actor(), active_language()  # the file speaks like the window
        self._tasks.run(
            lambda: self._tallies.export_csv(actor=actor, path=path, language=language),
            on_done=lambda n: self.summary.setText(
                self.tr("{0} regels opgeslagen in {1}").format(n, path)
            ),
            on_error=lambda exc: self.summary.setText(error_text(exc)),
        )
