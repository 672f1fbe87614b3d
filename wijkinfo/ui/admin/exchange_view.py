"""Beheer › Importeren en exporteren: bring a sociale kaart in (with a preview) and out again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wijkinfo.services.exchange.hsds_export import export_hsds
from wijkinfo.services.exchange.hsds_import import (
    ImportRefused,
    ImportResult,
    MissingRefused,
    import_hsds,
)
from wijkinfo.services.exchange.spreadsheet_import import FIELDS, import_table, preview_table
from wijkinfo.services.progress import Progress
from wijkinfo.ui.desk_context import DeskContext
from wijkinfo.ui.file_dialogs import existing_folder, open_file_name
from wijkinfo.ui.flow_layout import FlowLayout
from wijkinfo.ui.table_headers import fit_headings
from wijkinfo.ui.tasks import TaskHandle
from wijkinfo.ui.user_messages import error_text, message_text

TABLE_SUFFIXES = (".csv", ".txt", ".xlsx", ".xlsm", ".xls")


class ExchangeView(QWidget):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.store = context.store
        self.path: Path | None = None
        self.result: ImportResult | None = None
        self._task: TaskHandle | None = None
        layout = QVBoxLayout(self)

        box = QGroupBox(self.tr("Importeren"), self)
        inner = QVBoxLayout(box)
        row = FlowLayout()  # the rows wrap at large text instead of running past the edge
        self.choose_file = QPushButton(self.tr("Bestand &kiezen…"), box)
        self.choose_file.clicked.connect(self._ask_file)
        self.choose_folder = QPushButton(self.tr("Map met datapackage.json kiezen…"), box)
        self.choose_folder.clicked.connect(self._ask_folder)
        self.file_label = QLabel(self.tr("Nog geen bestand gekozen."), box)
        row.addWidget(self.choose_file)
        row.addWidget(self.choose_folder)
        row.addWidget(self.file_label)
        inner.addLayout(row)

        sheet_row = QHBoxLayout()
        self.sheet_label = QLabel(self.tr("Werkblad:"), box)
        self.sheet_combo = QComboBox(box)
        self.sheet_combo.currentTextChanged.connect(self._sheet_changed)
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet_combo, 1)
        inner.addLayout(sheet_row)
        self.mapping_label = QLabel(
            self.tr("Kolommen koppelen: kies bij elke kolom welk gegeven erin staat."), box
        )
        self.mapping_table = QTableWidget(0, 3, box)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Kolom in het bestand"), self.tr("Voorbeeld"), self.tr("Gegeven")]
        )
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        fit_headings(self.mapping_table)
        inner.addWidget(self.mapping_label)
        inner.addWidget(self.mapping_table, 2)

        actions = FlowLayout()
        self.skip_invalid = QCheckBox(self.tr("Afgewezen records overslaan"), box)
        self.skip_duplicates = QCheckBox(self.tr("Mogelijk dubbele diensten overslaan"), box)
        self.check_button = QPushButton(self.tr("&Controleren"), box)
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("&Inlezen"), box)
        self.import_button.clicked.connect(self.run_import)
        actions.addWidget(self.skip_invalid)
        actions.addWidget(self.skip_duplicates)
        actions.addWidget(self.check_button)
        actions.addWidget(self.import_button)
        inner.addLayout(actions)
        self.summary = QLabel("", box)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("importSummary")
        self.problems = QListWidget(box)
        # Shown only when the file leaves out lists (a file, a column) that importing deletes.
        self.replace_missing = QCheckBox(
            self.tr("Wat het bestand niet noemt ook verwijderen (telefoonnummers, tijden …)"), box
        )
        self.replace_missing.setVisible(False)
        self.replace_missing.toggled.connect(self._confirm_missing)
        inner.addWidget(self.summary)
        inner.addWidget(self.replace_missing)
        inner.addWidget(self.problems, 2)
        layout.addWidget(box, 3)

        out = QGroupBox(self.tr("Exporteren (HSDS 3)"), self)
        out_row = FlowLayout(out)
        self.format_combo = QComboBox(out)
        self.format_combo.addItem(self.tr("JSON (diensten)"), "json")
        self.format_combo.addItem(self.tr("CSV-tabellen met datapackage.json"), "csv")
        self.export_button = QPushButton(self.tr("&Exporteren naar map…"), out)
        self.export_button.clicked.connect(self._ask_export_folder)
        out_row.addWidget(QLabel(self.tr("Formaat:"), out))
        out_row.addWidget(self.format_combo)
        out_row.addWidget(self.export_button)
        layout.addWidget(out)

        busy = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.cancel_button = QPushButton(self.tr("&Annuleren"), self)
        self.cancel_button.clicked.connect(self.cancel)
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        layout.addLayout(busy)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setObjectName("exchangeStatus")
        layout.addWidget(self.status)
        self._show_mapping(False)
        self._set_busy(False)

    # -- choosing
    def _ask_file(self) -> None:
        chosen = open_file_name(
            self,
            "import",
            self.tr("Bestand kiezen"),
            self.tr("Sociale kaart (*.json *.csv *.txt *.xlsx *.zip);;Alle bestanden (*)"),
        )
        if chosen is not None:
            self.choose_path(chosen)

    def _ask_folder(self) -> None:
        chosen = existing_folder(self, "import", self.tr("Map kiezen"))
        if chosen is not None:
            self.choose_path(chosen)

    def choose_path(self, path: Path) -> None:
        """Take this file or folder; for a spreadsheet show the column mapping step."""
        self.path = Path(path)
        self.result = None
        self.problems.clear()
        self.summary.setText("")
        self.status.setText("")
        self.file_label.setText(self.path.name)
        self.replace_missing.setChecked(False)
        self.replace_missing.setVisible(False)
        self.import_button.setEnabled(False)
        self.check_button.setEnabled(True)
        is_table = self.path.suffix.lower() in TABLE_SUFFIXES
        self._show_mapping(is_table)
        if is_table:
            self._load_preview(None)

    def is_table(self) -> bool:
        return self.path is not None and self.path.suffix.lower() in TABLE_SUFFIXES

    def _load_preview(self, sheet: str | None) -> None:
        path = self.path
        if path is None:
            return
        try:
            preview = preview_table(path, sheet)
        except Exception as exc:  # noqa: BLE001 - a several-sheet workbook: let the coordinator pick one
            names = getattr(exc, "params", {}).get("sheets")
            if names and sheet is None and path.suffix.lower() == ".xlsx":
                self._fill_sheets(str(names).split(", "))
                return
            self._error(exc)
            return
        if preview.sheet_names and self.sheet_combo.count() == 0:
            self._fill_sheets(list(preview.sheet_names), preview_current=sheet)
        self.mapping_table.setRowCount(len(preview.headers))
        for row, header in enumerate(preview.headers):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(header))
            sample = (
                preview.sample[0][row] if preview.sample and row < len(preview.sample[0]) else ""
            )
            self.mapping_table.setItem(row, 1, QTableWidgetItem(sample))
            combo = QComboBox(self.mapping_table)
            combo.addItem(self.tr("(niet inlezen)"), None)
            labels = self._field_labels()
            for key in FIELDS:
                combo.addItem(labels[key], key)
            combo.setCurrentIndex(max(0, combo.findData(preview.mapping.get(header))))
            self.mapping_table.setCellWidget(row, 2, combo)
        self.mapping_table.resizeColumnsToContents()
        self.status.setText(
            self.tr("{0} rijen gevonden. Controleer de koppeling en klik op Controleren.").format(
                preview.rows
            )
        )

    def _field_labels(self) -> dict[str, str]:
        return {
            "id": self.tr("Id (HSDS)"),
            "naam": self.tr("Naam van de dienst"),
            "organisatie": self.tr("Organisatie"),
            "omschrijving": self.tr("Omschrijving"),
            "telefoon": self.tr("Telefoon"),
            "adres": self.tr("Adres (straat en huisnummer)"),
            "postcode": self.tr("Postcode"),
            "plaats": self.tr("Plaats"),
            "website": self.tr("Website"),
            "email": self.tr("E-mail"),
            "thema": self.tr("Thema"),
            "wijk": self.tr("Wijk"),
            "openingstijden": self.tr("Openingstijden"),
        }

    def _fill_sheets(self, names: list[str], preview_current: str | None = None) -> None:
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(names)
        if preview_current:
            self.sheet_combo.setCurrentText(preview_current)
        self.sheet_combo.blockSignals(False)
        self.sheet_label.setVisible(True)
        self.sheet_combo.setVisible(True)
        if preview_current is None:
            self._sheet_changed(self.sheet_combo.currentText())

    def _sheet_changed(self, name: str) -> None:
        if name and self.is_table():
            self._load_preview(name)

    def mapping(self) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for row in range(self.mapping_table.rowCount()):
            header, combo = self._mapping_row(row)
            out[header] = combo.currentData()
        return out

    def _mapping_row(self, row: int) -> tuple[str, QComboBox]:
        """A column's header and its list of fields (made together in ``_load_preview``)."""
        item, combo = self.mapping_table.item(row, 0), self.mapping_table.cellWidget(row, 2)
        assert item is not None and isinstance(combo, QComboBox)
        return item.text(), combo

    def set_field(self, header: str, field: str | None) -> None:
        """Correct the mapping of one column (as choosing in its list does)."""
        for row in range(self.mapping_table.rowCount()):
            name, combo = self._mapping_row(row)
            if name == header:
                combo.setCurrentIndex(combo.findData(field))

    # -- preview and import
    def _job(self, *, dry_run: bool, path: Path) -> Callable[[Progress], Any]:
        actor, skip = self._context.actor(), self.skip_invalid.isChecked()
        skip_dup = self.skip_duplicates.isChecked()
        replace = self.replace_missing.isChecked()
        store = self.store
        if self.is_table():
            mapping = self.mapping()
            sheet = self.sheet_combo.currentText() if self.sheet_combo.isVisible() else None

            def job(progress: Progress) -> Any:
                return import_table(
                    store,
                    actor=actor,
                    path=path,
                    mapping=mapping,
                    sheet=sheet or None,
                    dry_run=dry_run,
                    skip_invalid=skip,
                    skip_duplicates=skip_dup,
                    replace_missing=replace,
                    progress=progress,
                )
        else:

            def job(progress: Progress) -> Any:
                return import_hsds(
                    store,
                    actor=actor,
                    path=path,
                    dry_run=dry_run,
                    skip_invalid=skip,
                    skip_duplicates=skip_dup,
                    replace_missing=replace,
                    progress=progress,
                )

        return job

    def check(self) -> None:
        if self.path is None:
            return
        self._start(self._job(dry_run=True, path=self.path), self._previewed)

    def run_import(self) -> None:
        if self.path is None:
            return
        self._start(self._job(dry_run=False, path=self.path), self._imported)

    def _start(self, job, on_done) -> None:
        self._set_busy(True)
        self.status.setText(self.tr("Bezig…"))
        self._task = self._context.tasks.run(
            job,
            on_done=on_done,
            on_error=self._failed,
            on_progress=self._progressed,
            on_cancelled=self._cancelled,
        )

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1) if total else 0)
        self.progress.setValue(done)

    def _show_result(self, result: ImportResult) -> None:
        self.result = result
        self.summary.setText(
            self.tr(
                "Nieuw: {0}   Gewijzigd: {1}   Ongewijzigd: {2}   Afgewezen: {3}   "
                "Mogelijk dubbel: {4}"
            ).format(
                result.new,
                result.changed,
                result.unchanged,
                result.rejected_records,
                len(result.duplicates),
            )
        )
        self.problems.clear()
        for line in result.removal_lines():
            self.problems.addItem(self.tr("Let op, inlezen {0}").format(message_text(line)))
        # Each reason is a service Message: translated here, then filled in.
        for r in result.rejected:
            self.problems.addItem(self.tr("Afgewezen: {0}").format(message_text(r.message)))
        for d in result.duplicates:
            self.problems.addItem(
                self.tr("Mogelijk dubbel: nr. {0} ‘{1}’ lijkt op ‘{2}’ ({3})").format(
                    d.record, d.name, d.existing_name, message_text(d.why)
                )
            )
        for w in result.warnings:
            self.problems.addItem(self.tr("Let op: {0}").format(message_text(w.message)))

    def _previewed(self, result: ImportResult) -> None:
        self._set_busy(False)
        self._show_result(result)
        can_import = result.rejected_records == 0 or self.skip_invalid.isChecked()
        missing = bool(result.removes_unstated)
        self.replace_missing.setVisible(missing or self.replace_missing.isChecked())
        if missing and not self.replace_missing.isChecked():
            self.import_button.setEnabled(False)
            self.status.setText(
                self.tr("Het bestand noemt niet alles. Klopt dat? Vink dan het vakje aan.")
            )
            return
        self.import_button.setEnabled(can_import and (result.new + result.changed) > 0)
        if result.rejected_records and not self.skip_invalid.isChecked():
            self.status.setText(
                self.tr(
                    "Er zijn afgewezen records. Verbeter het bestand, of "
                    "kies ‘Afgewezen records overslaan’ en controleer "
                    "opnieuw."
                )
            )
        else:
            self.status.setText(self.tr("Controle klaar. Klik op Inlezen om op te slaan."))

    def _confirm_missing(self, checked: bool) -> None:
        # Confirming changes what the import does: the coordinator checks again first.
        self.import_button.setEnabled(False)
        if checked:
            self.status.setText(self.tr("Klik op Controleren en daarna op Inlezen."))

    def _imported(self, result: ImportResult) -> None:
        self._set_busy(False)
        self._show_result(result)
        self.import_button.setEnabled(False)
        self.status.setText(
            self.tr("Ingelezen: {0} nieuw, {1} gewijzigd.").format(result.new, result.changed)
        )

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ImportRefused | MissingRefused):
            self._show_result(exc.result)
        self._error(exc)

    def _error(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc))

    def _cancelled(self) -> None:
        self._set_busy(False)
        self.status.setText(self.tr("Geannuleerd. Er is niets veranderd."))

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        for w in (self.choose_file, self.choose_folder, self.export_button):
            w.setEnabled(not busy)
        # Controleren and Inlezen do nothing without a file: not clickable until one is chosen
        self.check_button.setEnabled(not busy and self.path is not None)
        if busy:
            self.import_button.setEnabled(False)
            self.progress.setRange(0, 0)

    def _show_mapping(self, show: bool) -> None:
        self.mapping_label.setVisible(show)
        self.mapping_table.setVisible(show)
        self.mapping_table.setRowCount(0)
        self.sheet_combo.clear()
        self.sheet_label.setVisible(False)
        self.sheet_combo.setVisible(False)

    # -- export
    def _ask_export_folder(self) -> None:
        chosen = existing_folder(self, "export", self.tr("Map voor de export kiezen"))
        if chosen is not None:
            self.export_to(chosen)

    def export_to(self, folder: Path) -> None:
        store, actor, fmt = self.store, self._context.actor(), self.format_combo.currentData()

        def job(progress):
            return export_hsds(store, actor=actor, folder=folder, fmt=fmt, progress=progress)

        self._start(job, self._exported)

    def _exported(self, result) -> None:
        self._set_busy(False)
        self.status.setText(
            self.tr("{0} diensten weggeschreven naar {1}.").format(
                result.services, str(result.folder)
            )
        )
