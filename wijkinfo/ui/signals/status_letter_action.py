"""Printing a status letter from the detail pane: ask where, build it in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from wijkinfo.services.signals.documents import make_status_letter
from wijkinfo.ui.user_messages import error_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatusLetter", text)


def print_status_letter(window, signal_id: str | None, path: Path | None = None) -> None:
    if not signal_id:
        return
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(
            window,
            _tr("Statusbrief opslaan"),
            str(Path.home() / "statusbrief.pdf"),
            _tr("PDF (*.pdf)"),
        )
        if not chosen:
            return
        path = Path(chosen)
    actor = window.actor
    window.statusBar().showMessage(_tr("De statusbrief wordt gemaakt…"))
    window.tasks.run(
        lambda: make_status_letter(window.store, actor=actor, signal_id=signal_id, path=path),
        on_done=lambda p: window.statusBar().showMessage(
            _tr("Statusbrief opgeslagen: {0}. Open het bestand om te printen.").format(p)
        ),
        on_error=lambda exc: QMessageBox.warning(window, "wijkinfo", error_text(exc)),
    )
