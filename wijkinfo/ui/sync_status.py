"""The sync button in the window's status bar, for everyone: last sync, changes waiting,
progress and cancel while it runs, and automatic sync at start, every N minutes and (with
``wijkinfo.ui.sync_on_close``) when the window closes.

Every sync and every look at the folder runs through the task runner: a USB stick or a slow
cloud folder never freezes the window. An automatic sync never opens a dialog: a folder or
server that cannot be reached now is one quiet line, and the next try comes by itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from wijkinfo.services.people.auth import can
from wijkinfo.ui.admin.sync_view import when_text
from wijkinfo.ui.elided_label import ElidedLabel
from wijkinfo.ui.user_messages import error_text

if TYPE_CHECKING:
    from wijkinfo.services.datafolder.store import Store
    from wijkinfo.ui.desk_context import DeskContext
    from wijkinfo.ui.shell import Shell
    from wijkinfo.ui.tasks import TaskHandle, TaskRunner


class SyncStatus(QWidget):
    """Lives in the status bar; ``sync_now`` is what the button and the timer call.

    ``finished`` fires when a run ends, however it ended. ``minute_ms`` and ``run_sync`` are
    there so that tests need not wait minutes or only see a sync from its outside.
    """

    finished = Signal()
    #: how long a minute of the "every N minutes" setting lasts
    minute_ms = 60_000

    def __init__(
        self,
        store: Store,
        tasks: TaskRunner,
        actor: Callable[[], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from wijkinfo.services.sync import target

        self.setObjectName("syncStatus")
        self.store, self.tasks, self.actor = store, tasks, actor
        self.run_sync: Callable[..., Any] = target.sync_once  # the chosen folder, or the hub
        self._handle: TaskHandle | None = None
        self._settings: Any = None
        self._started = False
        self._note: str | None = None  # the outcome of the last sync, kept over refreshes
        self._generation = 0  # only the newest look at the settings is shown
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = ElidedLabel(parent=self)
        self.label.setObjectName("syncLabel")
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(120)
        self.progress.setVisible(False)
        self.button = QPushButton(self.tr("Synchroniseren"), self)
        self.button.setObjectName("syncButton")
        self.button.setToolTip(self.tr("Wissel wijzigingen uit met de andere balies"))
        self.button.clicked.connect(lambda: self.sync_now())
        self.cancel_button = QPushButton(self.tr("Stoppen"), self)
        self.cancel_button.setObjectName("syncCancel")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        for w in (self.label, self.progress, self.button, self.cancel_button):
            layout.addWidget(w, 1 if w is self.label else 0)
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.sync_now(automatic=True))
        self.refresh()

    # -- what the label says -------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the settings and the changes waiting off the UI thread, then show them."""
        from wijkinfo.services.sync import sync_settings
        from wijkinfo.services.sync.status import changes_waiting

        store = self.store

        def look() -> tuple[Any, int | None]:
            settings = sync_settings.read_settings(store)
            try:
                waiting = changes_waiting(store) if settings.folder else None
            except (OSError, ImportError):
                waiting = None
            return settings, waiting

        self._generation += 1
        generation = self._generation

        def show(result: tuple[Any, int | None]) -> None:
            if generation == self._generation:
                self._show(result)

        self.tasks.run(look, on_done=show, on_error=lambda _exc: None)

    def _show(self, result: tuple[Any, int | None]) -> None:
        settings, waiting = result
        self._settings = settings
        if not settings.folder:
            self.label.setText(self._note or self.tr("Sync: geen syncmap gekozen"))
        else:
            text = self.tr("Laatste sync: {0}").format(when_text(settings.last_sync_at))
            if waiting:
                text += " · " + self.tr("{0} wijzigingen wachten").format(waiting)
            if not settings.last_ok:
                text += " · " + self.tr("let op")
            self.label.setText(self._note or text)
            self.label.setToolTip(settings.last_summary if not self._note else text)
        if not self._started:
            self._started = True  # "at start" is this start only, not a later save
            if settings.auto_start and settings.folder:
                QTimer.singleShot(0, lambda: self.sync_now(automatic=True))
        interval = settings.interval_minutes * self.minute_ms
        if settings.auto and settings.folder and not self.closing:
            if not self.timer.isActive() or self.timer.interval() != interval:
                self.timer.start(interval)
        else:
            self.timer.stop()

    # -- a sync run ----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._handle is not None

    #: set once the window is closing: no timer starts a sync any more
    closing = False

    def wants_closing_sync(self) -> bool:
        """The coordinator chose to sync when the window closes, and there is a target."""
        settings = self._settings
        return bool(settings is not None and settings.auto_close and settings.folder)

    def sync_now(
        self, *, automatic: bool = False, passphrase: str | None = None, allow: bool = False
    ) -> None:
        if self.running:
            return  # one sync at a time: the button, the timer and the close share it
        if self._settings is not None and not self._settings.folder:
            if not automatic:
                self._say(self.tr("Er is nog geen syncmap gekozen. Vraag een coördinator."))
            return
        store, actor, run_sync = self.store, self.actor(), self.run_sync

        def work(progress) -> Any:
            return run_sync(
                store,
                actor=actor,
                passphrase=passphrase,
                progress=progress,
                allow_large_delete=allow,
            )

        self._note = None
        self._busy(True)
        self._handle = self.tasks.run(
            work,
            on_done=self._done,
            on_error=lambda exc: self._failed(exc, automatic=automatic),
            on_progress=self._progress,
            on_cancelled=self._cancelled,
        )

    def cancel(self) -> None:
        if self._handle:
            self._handle.cancel()
            self.label.setText(self.tr("Sync stopt na dit bestand…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
            self.label.setText(self.tr("Bezig met synchroniseren…"))

    def _ended(self) -> None:
        self._handle = None
        self._busy(False)
        self.refresh()
        self.finished.emit()

    def _done(self, summary: Any) -> None:
        self._ended()
        text = self.tr("Gesynchroniseerd: {0} binnengekomen, {1} verstuurd.").format(
            summary.received, summary.sent
        )
        if summary.conflicts:
            text += " " + self.tr("{0} conflicten (Beheer › Synchroniseren).").format(
                summary.conflicts
            )
        if summary.skipped:
            text += " " + self.tr("{0} bestanden overgeslagen.").format(len(summary.skipped))
        self._say(text)

    def _cancelled(self) -> None:
        self._ended()
        self._say(
            self.tr("Sync gestopt. Wat al binnen was, blijft; de rest komt de volgende keer.")
        )

    def _failed(self, exc: BaseException, *, automatic: bool) -> None:
        from wijkinfo.services.sync.folder_sync import LargeDelete, PassphraseNeeded

        self._ended()
        if automatic or self.closing:
            self._say_quietly(exc)  # no dialog in the middle of a volunteer's work
            return
        if isinstance(exc, LargeDelete) and can(self.actor(), "settings.edit"):
            answer = QMessageBox.question(
                self,
                self.tr("Veel verwijderen?"),
                error_text(exc)
                + "\n\n"
                + self.tr("Toch doorgaan? Er wordt eerst een back-up gemaakt."),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.sync_now(allow=True)
            return
        if isinstance(exc, PassphraseNeeded):
            text, ok = QInputDialog.getText(
                self,
                self.tr("Wachtwoord van de syncmap"),
                self.tr("Deze computer kent het wachtwoord van de syncmap nog niet. Wachtwoord:"),
                QLineEdit.EchoMode.Password,
            )
            if ok and text:
                self.sync_now(passphrase=text)
            return
        self._say(error_text(exc))

    def _say(self, text: str, tip: str = "") -> None:
        self._note = text
        self.label.setText(text)
        self.label.setToolTip(text)
        self.setToolTip(tip)  # the whole story, one hover away, when the line is short

    def _say_quietly(self, exc: BaseException) -> None:
        from wijkinfo.services.sync.folder_sync import FolderUnreachable
        from wijkinfo.sync.hub.connection import HubUnavailable

        if isinstance(exc, FolderUnreachable):
            text = self.tr("Syncmap niet bereikbaar; er is niets veranderd.")
        elif isinstance(exc, HubUnavailable):
            text = self.tr("Server niet bereikbaar; er is niets veranderd.")
        else:
            text = self.tr("Automatische sync lukte niet: {0}").format(error_text(exc))
        if self.timer.isActive():
            at = datetime.now() + timedelta(milliseconds=self.timer.remainingTime())
            text += " " + self.tr("Volgende poging om {0}.").format(at.strftime("%H:%M"))
        self._say(text, tip=error_text(exc))


def install_sync_status(shell: Shell, context: DeskContext) -> SyncStatus:
    """The button in the status bar, and Beheer › Synchroniseren for coordinators."""
    from wijkinfo.ui.admin.sync_view import SyncAdminView

    status = SyncStatus(context.store, context.tasks, context.actor)
    frame = shell.dialog_parent()
    if isinstance(frame, QMainWindow):
        frame.statusBar().addPermanentWidget(status)
    view = SyncAdminView(context.store, context.tasks, context.actor)
    view.settings_saved.connect(status.refresh)
    shell.add_admin_tab(QCoreApplication.translate("SyncStatus", "Synchroniseren"), view)
    if frame is not None:
        from wijkinfo.ui.sync_on_close import SyncOnClose

        SyncOnClose(status, frame)
    return status
