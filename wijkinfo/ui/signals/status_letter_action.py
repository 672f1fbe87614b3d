"""A status letter from the detail pane: saved where asked, or printed at once; built in the
background either way."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from wijkinfo.services.datafolder.paths import TEMP_PREFIX
from wijkinfo.services.signals.documents import make_status_letter
from wijkinfo.ui.desk_context import DeskContext
from wijkinfo.ui.file_dialogs import save_file_name
from wijkinfo.ui.pdf_printing import prepare_printer, print_document
from wijkinfo.ui.user_messages import error_text


def print_status_letter(
    context: DeskContext,
    signal_id: str | None,
    parent: QWidget | None,
    *,
    status: Callable[[str], None],
    path: Path | None = None,
    language: str = "nl",
) -> None:
    """``status`` shows a short message (the status bar); ``parent`` the dialogs' owner;
    ``language`` is the letter's, chosen for the resident."""
    if not signal_id:
        return
    if path is None:
        chosen = save_file_name(
            parent,
            "pdf",
            QCoreApplication.translate("StatusLetter", "Statusbrief opslaan"),
            "statusbrief.pdf",
            QCoreApplication.translate("StatusLetter", "PDF (*.pdf)"),
        )
        if chosen is None:
            return
        path = chosen
    actor, store, target = context.actor(), context.store, path
    status(QCoreApplication.translate("StatusLetter", "De statusbrief wordt gemaakt…"))
    context.tasks.run(
        lambda: make_status_letter(
            store, actor=actor, signal_id=signal_id, path=target, language=language
        ),
        on_done=lambda p: status(
            QCoreApplication.translate(
                "StatusLetter", "Statusbrief opgeslagen: {0}. Open het bestand om te printen."
            ).format(p)
        ),
        on_error=lambda exc: QMessageBox.warning(parent, "wijkinfo", error_text(exc)),
    )


def print_status_letter_directly(
    context: DeskContext,
    signal_id: str | None,
    parent: QWidget | None,
    *,
    status: Callable[[str], None],
    printer: QPrinter | None = None,
    language: str = "nl",
) -> None:
    """Build the letter in the background, then print it like the referral sheet (the print
    dialog first, unless ``printer`` is given). The PDF lives in the owner-only data folder
    only while it prints: it may hold the resident's name."""
    if not signal_id:
        return
    actor, store = context.actor(), context.store
    handle, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".pdf", dir=store.paths.root)
    os.close(handle)
    target = Path(name)
    status(QCoreApplication.translate("StatusLetter", "De statusbrief wordt gemaakt…"))

    def made(path: Path) -> None:
        try:
            document = QPdfDocument()
            document.load(str(path))
            chosen = printer
            if chosen is None:
                chosen = QPrinter(QPrinter.PrinterMode.HighResolution)
                prepare_printer(chosen)
                dialog = QPrintDialog(chosen, parent)
                dialog.setWindowTitle(
                    QCoreApplication.translate("StatusLetter", "Statusbrief afdrukken")
                )
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    status(QCoreApplication.translate("StatusLetter", "Niet afgedrukt."))
                    return
            prepare_printer(chosen)
            chosen.setDocName(QCoreApplication.translate("StatusLetter", "Statusbrief"))
            try:
                print_document(document, chosen)
            except OSError as exc:
                QMessageBox.warning(parent, "wijkinfo", error_text(exc))
                return
            status(
                QCoreApplication.translate(
                    "StatusLetter", "De statusbrief is naar de printer gestuurd."
                )
            )
        finally:
            target.unlink(missing_ok=True)

    def failed(exc: BaseException) -> None:
        target.unlink(missing_ok=True)
        QMessageBox.warning(parent, "wijkinfo", error_text(exc))

    context.tasks.run(
        lambda: make_status_letter(
            store, actor=actor, signal_id=signal_id, path=target, language=language
        ),
        on_done=made,
        on_error=failed,
    )
