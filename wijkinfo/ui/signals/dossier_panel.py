"""Rapportage › Dossier: the gespreksnotitie of one organisation (or service) for a quarter, and
the organisation × theme combinations that keep coming back.

Three clicks for a coordinator: Rapportage, the organisation, *Gespreksnotitie (PDF)…* (the
period is the last full quarter unless chosen otherwise).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.people.auth import Actor, can
from wijkinfo.services.signals.dossier import Subject, find_subject
from wijkinfo.services.signals.dossier_files import write_dossier
from wijkinfo.services.signals.links import organisation_choices
from wijkinfo.services.signals.patterns import Recurring, quarter_start, recurring
from wijkinfo.ui.machine_settings_page import active_language
from wijkinfo.ui.table_headers import fit_headings
from wijkinfo.ui.tasks import TaskRunner
from wijkinfo.ui.user_messages import error_text


def quarter_period(today: date, which: str) -> tuple[date | None, date | None]:
    """(start, end) of "last" or "this" quarter, or of "year" (this year so far)."""
    this = quarter_start(today)
    if which == "this":
        return this, today
    if which == "year":
        return date(today.year, 1, 1), today
    last = quarter_start(this - timedelta(days=1))
    return last, this - timedelta(days=1)


class DossierPanel(QGroupBox):
    def __init__(
        self,
        store: Store,
        tasks: TaskRunner,
        actor: Callable[[], Actor],
        period: Callable[[], tuple[date | None, date | None] | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Dossier per organisatie of dienst"))
        self.store, self.tasks, self._actor, self._report_period = store, tasks, actor, period
        self.subject = QComboBox(self)
        self.subject.setObjectName("dossierSubject")
        self.subject.setEditable(True)
        self.subject.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.subject.setMinimumWidth(280)
        completer = self.subject.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        line = self.subject.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Kies of typ een organisatie of dienst"))
        self.period = QComboBox(self)
        self.period.setObjectName("dossierPeriod")
        self.period.addItem(self.tr("Vorig kwartaal"), "last")
        self.period.addItem(self.tr("Dit kwartaal"), "this")
        self.period.addItem(self.tr("Dit jaar"), "year")
        self.period.addItem(self.tr("De periode hierboven"), "report")
        self.pdf_button = QPushButton(self.tr("&Gespreksnotitie (PDF)…"), self)
        self.pdf_button.setObjectName("dossierPdf")
        self.pdf_button.clicked.connect(lambda: self.ask_and_write("pdf"))
        self.csv_button = QPushButton(self.tr("Dossier als C&SV…"), self)
        self.csv_button.setObjectName("dossierCsv")
        self.csv_button.clicked.connect(lambda: self.ask_and_write("csv"))
        self.message = QLabel(self)
        self.message.setObjectName("dossierMessage")
        self.message.setWordWrap(True)
        self.recurring = QTableWidget(0, 4, self)
        self.recurring.setObjectName("recurringTable")
        self.recurring.setHorizontalHeaderLabels(
            [self.tr("Organisatie"), self.tr("Thema"), self.tr("Per kwartaal"), self.tr("Trend")]
        )
        self.recurring.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recurring.verticalHeader().setVisible(False)
        self.recurring.horizontalHeader().setStretchLastSection(True)
        fit_headings(self.recurring)
        self.recurring.setMinimumHeight(100)
        self.recurring.setMaximumHeight(160)  # the charts below must stay in sight at 768 px
        row = QHBoxLayout()
        row.addWidget(self.subject, 2)
        row.addWidget(self.period)
        row.addWidget(self.pdf_button)
        row.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("Komt steeds terug (organisatie × thema, per kwartaal)")))
        layout.addWidget(self.recurring)

    def refresh(self) -> None:
        actor = self._actor()
        if not can(actor, "report.view"):
            return
        store = self.store

        def read() -> tuple[list[tuple[str, str]], list[Recurring]]:
            return organisation_choices(store), recurring(store, actor=actor)

        self.tasks.run(
            read, on_done=self._arrived, on_error=lambda e: self.message.setText(error_text(e))
        )

    def _arrived(self, answer: tuple[list[tuple[str, str]], list[Recurring]]) -> None:
        choices, rows = answer
        typed = self.subject.currentText()
        self.subject.blockSignals(True)
        self.subject.clear()
        for org_id, name in choices:
            self.subject.addItem(name, org_id)
        self.subject.setCurrentIndex(-1)
        self.subject.setEditText(typed)
        self.subject.blockSignals(False)
        self.recurring.setRowCount(len(rows))
        trends = {"meer": self.tr("meer"), "minder": self.tr("minder"), "gelijk": self.tr("gelijk")}
        for i, r in enumerate(rows):
            series = "  ".join(f"{q}: {n}" for q, n in r.per_quarter)
            for j, text in enumerate((r.organisation, r.theme, series, trends[r.trend])):
                self.recurring.setItem(i, j, QTableWidgetItem(text))
        self.recurring.resizeColumnsToContents()

    def chosen_period(self) -> tuple[date | None, date | None] | None:
        which = self.period.currentData()
        if which == "report":
            return self._report_period()
        return quarter_period(date.today(), which)

    def _subject_text(self) -> str:
        index = self.subject.currentIndex()
        if index >= 0 and self.subject.itemText(index) == self.subject.currentText():
            return str(self.subject.itemData(index))
        return self.subject.currentText()

    def ask_and_write(self, kind: str) -> None:
        text = self._subject_text().strip()
        if not text:
            self.message.setText(self.tr("Kies eerst een organisatie of dienst."))
            return
        name = "gespreksnotitie.pdf" if kind == "pdf" else "dossier.csv"
        pattern = self.tr("PDF (*.pdf)") if kind == "pdf" else self.tr("CSV (*.csv)")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Dossier opslaan"), str(Path.home() / name), pattern
        )
        if path:
            self.write(text, Path(path))

    def write(self, subject_text: str, path: Path) -> None:
        """Make the dossier of ``subject_text`` (a name or id) in the background."""
        period = self.chosen_period()
        if period is None:
            return
        start, end = period
        store, actor = self.store, self._actor()
        language = active_language()  # the file speaks like the window

        def make() -> Subject:
            subject = find_subject(store, actor=actor, text=subject_text)
            write_dossier(
                store,
                actor=actor,
                subject=subject,
                path=path,
                start=start,
                end=end,
                language=language,
            )
            return subject

        self.message.setText(self.tr("Het dossier wordt gemaakt…"))
        self.tasks.run(
            make,
            on_done=partial(self._written, path),
            on_error=lambda e: self.message.setText(error_text(e)),
        )

    def _written(self, path: Path, subject: Subject) -> None:
        self.message.setText(self.tr("Dossier van {0} opgeslagen: {1}").format(subject.name, path))
