"""Verwijzen: the basket, the resident's question, a preview of the sheet, print, save, copy.

The sheet is built off the UI thread after every change (briefly delayed while typing). Each
basket handed out (printed, saved or copied) is counted once, anonymously.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from wijkinfo.services.desk.referrals import ReferralSheet, ReferralSheets
from wijkinfo.services.people.auth import Actor
from wijkinfo.ui.desk.referral_basket import Basket, BasketItem
from wijkinfo.ui.file_dialogs import save_file_name
from wijkinfo.ui.flow_layout import FlowLayout
from wijkinfo.ui.pdf_printing import prepare_printer, print_document
from wijkinfo.ui.shell import scrollable
from wijkinfo.ui.tasks import TaskRunner
from wijkinfo.ui.user_messages import error_text

PREVIEW_DELAY_MS = 400


@dataclass(frozen=True)
class ReferralState:
    """The basket and the fields as typed, for the same view built anew."""

    items: tuple[BasketItem, ...] = ()
    question: str = ""
    note: str = ""
    name: str = ""
    # the basket already counted (printing it again in the new window counts nothing)
    counted_for: tuple[str, ...] | None = None


class ReferralView(QWidget):
    """``sheet_ready`` fires when the preview shows the current basket and fields."""

    sheet_ready = Signal()
    counted = Signal(str)

    def __init__(
        self,
        sheets: ReferralSheets,
        basket: Basket,
        tasks: TaskRunner,
        actor: Callable[[], Actor],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sheets, self._basket, self._tasks, self._actor = sheets, basket, tasks, actor
        self._sheet: ReferralSheet | None = None
        self._generation = 0
        self._counted_for: tuple[str, ...] | None = None

        self.list = QListWidget(self)
        self.list.setObjectName("basketList")
        self.list.setAccessibleName(self.tr("Diensten op de verwijsbrief"))
        self.empty_label = QLabel(
            self.tr("Het mandje is leeg. Zoek een dienst en kies ‘In verwijsmandje’ (Ctrl+P)."),
            self,
        )
        self.empty_label.setWordWrap(True)
        self.up_button = QPushButton(self.tr("Omhoog"), self)
        self.down_button = QPushButton(self.tr("Omlaag"), self)
        self.remove_button = QPushButton(self.tr("Verwijderen"), self)
        self.clear_button = QPushButton(self.tr("Nieuwe brief"), self)
        self.clear_button.setToolTip(self.tr("Maakt het mandje en de velden leeg"))
        self.question = QLineEdit(self)
        self.question.setObjectName("question")
        self.question.setMaxLength(200)
        self.question.setPlaceholderText(self.tr("Bijvoorbeeld: Ik heb schulden"))
        self.note = QLineEdit(self)
        self.note.setMaxLength(600)
        self.note.setPlaceholderText(self.tr("Een persoonlijke opmerking (niet verplicht)"))
        self.name = QLineEdit(self)
        self.name.setMaxLength(100)
        self.name.setPlaceholderText(self.tr("Wordt afgedrukt, nooit bewaard"))
        # the resident reads the sheet, not the volunteer: its own language, Dutch by default
        self.sheet_language = QComboBox(self)
        self.sheet_language.setObjectName("sheetLanguage")
        self.sheet_language.setAccessibleName(self.tr("Taal van de brief"))
        self.sheet_language.addItem("Nederlands", "nl")
        self.sheet_language.addItem("English", "en")

        self.preview_doc = QPdfDocument(self)
        self.preview = QPdfView(self)
        self.preview.setObjectName("sheetPreview")
        self.preview.setAccessibleName(self.tr("Voorbeeld van de verwijsbrief"))
        self.preview.setDocument(self.preview_doc)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._buffer: QBuffer | None = None
        self.status = QLabel(self)
        self.status.setObjectName("referralStatus")
        self.status.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Afdrukken…"), self)
        self.save_button = QPushButton(self.tr("Opslaan als PDF…"), self)
        self.copy_button = QPushButton(self.tr("Kopieer als tekst"), self)
        self.copy_button.setToolTip(self.tr("Voor een e-mail of een sms"))

        self._layout()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        basket.changed.connect(self._basket_changed)
        for field in (self.question, self.note, self.name):
            field.textChanged.connect(self._fields_changed)
        self.sheet_language.currentIndexChanged.connect(self._fields_changed)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self._remove)
        self.clear_button.clicked.connect(self.new_sheet)
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button.clicked.connect(self.save_with_dialog)
        self.copy_button.clicked.connect(self.copy_text)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.list, self._remove)
        print_shortcut = QShortcut(QKeySequence.StandardKey.Print, self, self.print_with_dialog)
        print_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._basket_changed()

    def _layout(self) -> None:
        # button rows wrap and labels go above their fields when the text is large
        moves = FlowLayout()
        for button in (self.up_button, self.down_button, self.remove_button, self.clear_button):
            moves.addWidget(button)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Vraag van de bewoner"), self.question)
        form.addRow(self.tr("Op&merking"), self.note)
        form.addRow(self.tr("&Naam (niet bewaard)"), self.name)
        form.addRow(self.tr("&Taal van de brief"), self.sheet_language)
        actions = FlowLayout()
        for button in (self.print_button, self.save_button, self.copy_button):
            actions.addWidget(button)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("<b>Op de verwijsbrief</b>"), self))
        column.addWidget(self.empty_label)
        column.addWidget(self.list, 1)
        column.addLayout(moves)
        column.addLayout(form)
        column.addLayout(actions)
        column.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scrollable(left))  # the form scrolls when large text needs the room
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # -- basket and fields ---------------------------------------------------------------------

    def _basket_changed(self) -> None:
        row = self.list.currentRow()
        self.list.clear()
        for i, item in enumerate(self._basket.items(), start=1):
            org = f" — {item.organization}" if item.organization else ""
            self.list.addItem(f"{i}. {item.name}{org}")
        if self.list.count():
            self.list.setCurrentRow(min(max(row, 0), self.list.count() - 1))
        has_items = bool(len(self._basket))
        self.empty_label.setVisible(not has_items)
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setEnabled(has_items)
        self._fields_changed()

    def _fields_changed(self) -> None:
        self._sheet = None
        self._set_actions_enabled(False)
        self._generation += 1
        if len(self._basket):
            self._timer.start()
        else:
            self._timer.stop()
            self.preview_doc.close()
            self.status.clear()

    def letterhead_changed(self) -> None:
        """The information point's details changed: rebuild the sheet on screen."""
        if len(self._basket):
            self._fields_changed()

    def _move(self, delta: int) -> None:
        row = self._basket.move(self.list.currentRow(), delta)
        self.list.setCurrentRow(row)

    def _remove(self) -> None:
        self._basket.remove(self.list.currentRow())

    def new_sheet(self) -> None:
        """Start over for the next resident: empty basket, empty fields."""
        for field in (self.question, self.note, self.name):
            field.clear()
        self.sheet_language.setCurrentIndex(0)
        self._basket.clear()
        self._counted_for = None

    def keep(self) -> ReferralState:
        return ReferralState(
            items=tuple(self._basket.items()),
            question=self.question.text(),
            note=self.note.text(),
            name=self.name.text(),
            counted_for=self._counted_for,
        )

    def restore(self, state: ReferralState) -> None:
        """The same basket and fields; the preview is made again, in the new language."""
        self.question.setText(state.question)
        self.note.setText(state.note)
        self.name.setText(state.name)
        self._basket.replace(list(state.items))
        self._counted_for = state.counted_for

    def _set_actions_enabled(self, enabled: bool) -> None:
        for button in (self.print_button, self.save_button, self.copy_button):
            button.setEnabled(enabled)

    # -- the preview -------------------------------------------------------------------------

    def refresh_preview(self) -> None:
        """Build the sheet for what is on screen now, off the UI thread."""
        self._timer.stop()
        if not len(self._basket):
            return
        generation = self._generation
        ids, actor = self._basket.ids(), self._actor()
        question, note, name = self.question.text(), self.note.text(), self.name.text()
        language = self.sheet_language.currentData()
        self.status.setText(self.tr("De brief wordt gemaakt…"))
        self._tasks.run(
            lambda: self._sheets.build(
                actor=actor,
                service_ids=ids,
                question=question,
                note=note,
                resident_name=name,
                language=language,
            ),
            on_done=lambda sheet: self._show_sheet(generation, sheet),
            on_error=lambda exc: self._show_error(generation, exc),
        )

    def _show_sheet(self, generation: int, sheet: ReferralSheet) -> None:
        if generation != self._generation:
            return
        self._sheet = sheet
        self.preview_doc.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(sheet.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.preview_doc.load(self._buffer)
        messages = [self.tr("%n pagina('s).", "", sheet.pages)]
        messages += [self._translate_warning(w) for w in sheet.warnings]
        self.status.setText(" ".join(messages))
        self._set_actions_enabled(True)
        self.sheet_ready.emit()

    def _translate_warning(self, warning: str) -> str:
        if "logo" in warning:
            return self.tr(
                "Het logo kan niet worden gebruikt; de brief is zonder logo. "
                "Kies een ander logo bij Beheer › Instellingen."
            )
        return warning

    def _show_error(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.status.setText(error_text(exc))

    def sheet(self) -> ReferralSheet | None:
        """The sheet on screen, when it matches the basket and fields."""
        return self._sheet

    # -- handing the sheet out -----------------------------------------------------------------

    def print_with_dialog(self) -> None:
        if self._sheet is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Verwijsbrief afdrukken"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Print the current sheet on ``printer`` and count it."""
        if self._sheet is None or self.preview_doc.pageCount() == 0:
            return False
        prepare_printer(printer)
        try:
            print_document(self.preview_doc, printer)
        except OSError as exc:
            self.status.setText(
                self.tr("Afdrukken lukt niet: {0}. Kies een andere printer.").format(exc)
            )
            return False
        self.status.setText(self.tr("De brief is naar de printer gestuurd."))
        self._count()
        return True

    def save_with_dialog(self) -> None:
        if self._sheet is None:
            return
        path = save_file_name(
            self,
            "pdf",
            self.tr("Verwijsbrief opslaan"),
            "verwijsbrief.pdf",
            self.tr("PDF-bestand (*.pdf)"),
        )
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> bool:
        if self._sheet is None:
            return False
        try:
            tmp = path.with_name(path.name + ".tmp")
            tmp.write_bytes(self._sheet.pdf)
            tmp.replace(path)
        except OSError as exc:
            self.status.setText(
                self.tr("Opslaan lukt niet: {0}. Kies een andere map.").format(exc.strerror or exc)
            )
            return False
        self.status.setText(self.tr("Opgeslagen: {0}").format(path))
        self._count()
        return True

    def copy_text(self) -> None:
        if self._sheet is None:
            return
        QGuiApplication.clipboard().setText(self._sheet.text)
        self.status.setText(self.tr("De brief staat als tekst op het klembord."))
        self._count()

    def _count(self) -> None:
        """One count per basket handed out, however often it is printed, saved or copied."""
        ids = tuple(self._sheet.service_ids) if self._sheet else ()
        if not ids or ids == self._counted_for:
            return
        self._counted_for = ids
        actor = self._actor()
        self._tasks.run(
            lambda: self._sheets.record(actor=actor, service_ids=ids),
            on_done=lambda counted: self.counted.emit(counted.id),
            on_error=lambda exc: self.status.setText(error_text(exc)),
        )
