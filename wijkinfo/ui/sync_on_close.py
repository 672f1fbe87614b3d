"""Closing the window while a sync runs, or with "sync when wijkinfo closes" on.

The close waits for the sync, and a small window says so, with a button to close without
waiting. Closing early is safe at any moment: each file of changes is applied in one
transaction together with how far that folder was read, and our own file is written under a
temporary name and renamed only when complete, so a stopped sync is either done or not done
per file, and the next sync carries on where this one stopped. What was saved at the desk is
already in the database before any of this starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from wijkinfo.ui.sync_status import SyncStatus

# a sync that ends this quickly (an unplugged stick) needs no window about it
SHOW_AFTER_MS = 400
# after "close without waiting", how long a sync may take to reach a safe point
STOP_WITHIN_MS = 10_000


class ClosingDialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("syncClosingDialog")
        self.setWindowTitle(self.tr("wijkinfo sluit"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "wijkinfo synchroniseert nog met de andere balies. Het venster sluit vanzelf als "
                "dat klaar is."
            ),
            self,
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        layout.addWidget(self.progress)
        note = QLabel(
            self.tr(
                "Sluit u zonder te wachten, dan blijft alles wat u hebt opgeslagen bewaard. "
                "De rest gaat mee met de volgende sync."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.close_now = QPushButton(self.tr("Sluiten zonder te wachten"), self)
        self.close_now.setObjectName("syncCloseNow")
        self.close_now.clicked.connect(self.reject)
        layout.addWidget(self.close_now)


class SyncOnClose(QObject):
    """Holds the window's close event until the sync has ended (or the user will not wait)."""

    def __init__(self, status: SyncStatus, window: QWidget) -> None:
        super().__init__(status)
        self.setObjectName("syncOnClose")
        self.status, self.window = status, window
        self.may_close = False
        self.dialog: ClosingDialog | None = None
        window.installEventFilter(self)
        status.finished.connect(self._sync_ended)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.window or event.type() != QEvent.Type.Close or self.may_close:
            return False
        if self.status.closing:
            event.ignore()  # already waiting; the window closes when the sync ends
            return True
        if not self.status.running and self.status.wants_closing_sync():
            self.status.sync_now(automatic=True)
        if not self.status.running:
            return False
        self.status.closing = True
        self.status.timer.stop()
        event.ignore()
        QTimer.singleShot(SHOW_AFTER_MS, self._show_dialog)
        return True

    def _show_dialog(self) -> None:
        if self.may_close or not self.status.running:
            return
        self.dialog = ClosingDialog(self.window)
        self.dialog.rejected.connect(self.close_without_waiting)
        self.dialog.show()

    def close_without_waiting(self) -> None:
        """Stop the sync at its next safe point; the window goes at once."""
        if self.may_close:
            return
        self.status.cancel()
        self.window.hide()
        QTimer.singleShot(STOP_WITHIN_MS, self._close)

    def _sync_ended(self) -> None:
        if self.status.closing:
            self._close()

    def _close(self) -> None:
        if self.may_close:
            return
        self.may_close = True
        if self.dialog is not None:
            self.dialog.hide()
        self.window.close()
