"""Printing a status letter from the detail pane: ask where, build it in the background."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from wijkinfo.services.signals.documents import make_status_letter
from wijkinfo.ui.desk_context import DeskContext
from wijkinfo.ui.user_messages import error_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatusLetter", text)


def print_status_letter(
    context: DeskContext,
    signal_id: str | None,
    parent: QWidget | None,
    *,
    status: Callable[[str], None],
    path: Path | None = None,
) -> None:
    """``status`` shows a short message (the status bar); ``parent`` the dialogs' owner."""
    if not signal_id:
        return
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            _tr("Statusbrief opslaan"),
            str(Path.home() / "statusbrief.pdf"),
            _tr("PDF (*.pdf)"),
        )
        if not chosen:
            return
        path = Path(chosen)
    actor, store, target = context.actor(), context.store, path
    status(_tr("De statusbrief wordt gemaakt…"))
    context.tasks.run(
        lambda: make_status_letter(store, actor=actor, signal_id=signal_id, path=target),
        on_done=lambda p: status(
            _tr("Statusbrief opgeslagen: {0}. Open het bestand om te printen.").format(p)
        ),
        on_error=lambda exc: QMessageBox.warning(parent, "wijkinfo", error_text(exc)),
    )
