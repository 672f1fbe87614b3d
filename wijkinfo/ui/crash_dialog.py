"""An unexpected error, told in plain Dutch: nothing saved is lost, what to send, where the log is.

Every uncaught error (a slot, a worker thread) already reaches the log through wijkinfo.logs;
this shows it to the person at the desk, on the UI thread, and keeps the program running.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from wijkinfo import logs

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: 10,
    QtMsgType.QtInfoMsg: 20,
    QtMsgType.QtWarningMsg: 30,
    QtMsgType.QtCriticalMsg: 40,
    QtMsgType.QtFatalMsg: 50,
}


def _qt_message(mode: QtMsgType, _context: object, message: str) -> None:
    logs.log.getChild("qt").log(_QT_LEVELS.get(mode, 30), "%s", message)


class CrashReporter(QObject):
    """Shows the crash dialog for errors from any thread (queued onto the UI thread)."""

    crashed = Signal(str)

    def __init__(self, log_file: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.last_details = ""
        self._showing = False
        self.crashed.connect(self._show)
        logs.add_crash_listener(self.crashed.emit)
        qInstallMessageHandler(_qt_message)

    def close(self) -> None:
        logs.remove_crash_listener(self.crashed.emit)
        qInstallMessageHandler(None)

    def dialog(self, details: str) -> QMessageBox:
        parent: QWidget | None = QApplication.activeWindow()
        box = QMessageBox(parent)
        box.setObjectName("crashDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Er ging iets mis"))
        box.setText(self.tr("wijkinfo liep tegen een onverwachte fout aan."))
        where = str(self.log_file) if self.log_file else self.tr("(geen logbestand)")
        box.setInformativeText(
            self.tr(
                "Wat al was opgeslagen, is niet verloren. U kunt gewoon verder werken.\n\n"
                "Gebeurt het vaker? Klik op ‘Kopieer details’ en stuur dat, met het logbestand, "
                "naar uw coördinator.\n\nHet logbestand: {0}"
            ).format(where)
        )
        box.setDetailedText(details)
        copy = box.addButton(self.tr("&Kopieer details"), QMessageBox.ButtonRole.ActionRole)
        copy.setObjectName("copyDetails")
        # The copy button must not close the dialog: the volunteer may still read the text.
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        box.addButton(self.tr("&Sluiten"), QMessageBox.ButtonRole.AcceptRole)
        return box

    def _show(self, details: str) -> None:
        self.last_details = details
        if self._showing:  # one dialog at a time; the log has every error
            return
        self._showing = True
        try:
            self.dialog(details).exec()
        finally:
            self._showing = False
