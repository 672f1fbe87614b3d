"""Beheer › Synchroniseren (coordinators): the folder, the passphrase, the desks, the conflicts.

All reading and writing goes through the task runner; the view only shows what comes back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wijkinfo.ui.table_headers import fit_headings
from wijkinfo.ui.user_messages import error_text

if TYPE_CHECKING:
    from wijkinfo.services.datafolder.store import Store
    from wijkinfo.ui.tasks import TaskRunner


def when_text(iso: str | None) -> str:
    """'vandaag 14:05' or '3 dec 14:05' in local time; 'nog nooit' without a sync."""
    if not iso:
        return QCoreApplication.translate("SyncStatus", "nog nooit")
    at = datetime.fromisoformat(iso).astimezone()
    if at.date() == datetime.now().astimezone().date():
        return QCoreApplication.translate("SyncStatus", "vandaag {0}").format(at.strftime("%H:%M"))
    return at.strftime("%d-%m-%Y %H:%M")


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class SyncAdminView(QWidget):
    settings_saved = Signal()

    def __init__(
        self,
        store: Store,
        tasks: TaskRunner,
        actor: Callable[[], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncAdminView")
        self.store, self.tasks, self.actor = store, tasks, actor
        self._conflicts: list[Any] = []
        self._generation = 0  # a load started before a save must not undo what was saved
        self.is_loaded = False
        layout = QVBoxLayout(self)
        layout.addWidget(self._settings_box())
        from wijkinfo.ui.admin.hub_box import HubBox

        self.hub_box = HubBox(store, tasks, self._say, self)
        layout.addWidget(self.hub_box)
        self._folder_boxes = [self._passphrase_box(), self._desks_box()]
        for box in self._folder_boxes:
            layout.addWidget(box)
        layout.addWidget(self._conflicts_box())
        self.message = QLabel(self)
        self.message.setObjectName("syncMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.load()

    # -- layout ----------------------------------------------------------------------------

    def _settings_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Synchroniseren van deze computer"), self)
        form = QFormLayout(box)
        kind = QHBoxLayout()
        self.via_folder = QRadioButton(self.tr("map (cloudmap of USB-stick)"), box)
        self.via_folder.setObjectName("syncViaFolder")
        self.via_server = QRadioButton(self.tr("server van de organisatie"), box)
        self.via_server.setObjectName("syncViaServer")
        self.via_folder.setChecked(True)
        for button in (self.via_folder, self.via_server):
            kind.addWidget(button)
            button.toggled.connect(self._show_kind)
        kind.addStretch(1)
        form.addRow(self.tr("Via:"), kind)
        self._settings_form = form
        row = QHBoxLayout()
        self._folder_row = row
        self.folder = QLineEdit(box)
        self.folder.setObjectName("syncFolder")
        self.folder.setPlaceholderText(
            self.tr("bijvoorbeeld de Nextcloud-map of E:\\wijkinfo-sync")
        )
        choose = QPushButton(self.tr("Kies…"), box)
        choose.clicked.connect(self._choose_folder)
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        form.addRow(self.tr("Map:"), row)
        self.desk_name = QLineEdit(box)
        self.desk_name.setObjectName("syncDeskName")
        self.desk_name.setPlaceholderText(self.tr("bijvoorbeeld Balie Buurthuis De Linde"))
        form.addRow(self.tr("Naam van deze balie:"), self.desk_name)
        from wijkinfo.ui.admin.auto_sync_box import AutoSyncBox

        self.auto_sync = AutoSyncBox(box)
        self.auto, self.interval = self.auto_sync.every, self.auto_sync.interval
        form.addRow(self.tr("Vanzelf:"), self.auto_sync)
        save = QPushButton(self.tr("Opslaan"), box)
        save.setObjectName("syncSave")
        save.clicked.connect(self.save)
        save_row = QHBoxLayout()
        save_row.addWidget(save)
        save_row.addStretch(1)
        form.addRow("", save_row)
        return box

    def _passphrase_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Wachtwoord van de syncmap"), self)
        form = QFormLayout(box)
        form.addRow(
            QLabel(
                self.tr(
                    "Alles in de syncmap is versleuteld. Elke balie heeft dit wachtwoord één keer "
                    "nodig. Kwijt = de syncmap opnieuw inrichten; bewaar het goed."
                ),
                box,
            )
        )
        self.passphrase = _password_field(box, "syncPassphrase")
        self.passphrase_again = _password_field(box, "syncPassphraseAgain")
        self.new_passphrase = _password_field(box, "syncNewPassphrase")
        form.addRow(self.tr("Wachtwoord:"), self.passphrase)
        form.addRow(self.tr("Nog een keer (bij inrichten of wijzigen):"), self.passphrase_again)
        form.addRow(self.tr("Nieuw wachtwoord (bij wijzigen):"), self.new_passphrase)
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("syncTest", self.tr("Testen"), self.test_passphrase),
            ("syncSetUp", self.tr("Nieuwe syncmap inrichten"), self.set_up),
            ("syncChange", self.tr("Wachtwoord wijzigen"), self.change_passphrase),
        ):
            button = QPushButton(text, box)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)
        return box

    def _desks_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Balies in deze syncmap"), self)
        v = QVBoxLayout(box)
        self.desks = QTableWidget(0, 2, box)
        self.desks.setObjectName("syncDesks")
        self.desks.setHorizontalHeaderLabels([self.tr("Balie"), self.tr("Laatst gezien")])
        self.desks.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.desks.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.desks.verticalHeader().setVisible(False)
        self.desks.setMinimumHeight(120)
        self.desks.setMaximumHeight(170)
        v.addWidget(self.desks)
        return box

    def _conflicts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Conflicten: twee balies veranderden hetzelfde"), self)
        v = QVBoxLayout(box)
        self.conflicts = QTableWidget(0, 5, box)
        self.conflicts.setObjectName("syncConflicts")
        self.conflicts.setHorizontalHeaderLabels(
            [
                self.tr("Wat"),
                self.tr("Waarde nu"),
                self.tr("Andere waarde"),
                self.tr("Door"),
                self.tr("Wanneer"),
            ]
        )
        self.conflicts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        fit_headings(self.conflicts)
        self.conflicts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflicts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflicts.verticalHeader().setVisible(False)
        self.conflicts.setMinimumHeight(140)
        self.conflicts.setMaximumHeight(220)
        v.addWidget(self.conflicts)
        row = QHBoxLayout()
        self.choose_other = QPushButton(self.tr("Kies de andere waarde"), box)
        self.choose_other.setObjectName("syncChooseOther")
        self.choose_other.clicked.connect(self.pick_other_value)
        refresh = QPushButton(self.tr("Vernieuwen"), box)
        refresh.clicked.connect(self.load)
        row.addWidget(self.choose_other)
        row.addWidget(refresh)
        row.addStretch(1)
        v.addLayout(row)
        return box

    # -- loading ---------------------------------------------------------------------------

    def load(self) -> None:
        from wijkinfo.services.sync import sync_settings

        store = self.store

        def read() -> tuple[Any, list[Any], list[Any]]:
            settings = sync_settings.read_settings(store)
            return settings, _desks_or_empty(store, settings), _conflicts_or_empty(store)

        self._generation += 1
        generation = self._generation

        def loaded(result: tuple[Any, list[Any], list[Any]]) -> None:
            if generation == self._generation:
                self._loaded(result)

        self.tasks.run(read, on_done=loaded, on_error=self._error)

    def _loaded(self, result: tuple[Any, list[Any], list[Any]]) -> None:
        settings, desks, conflicts = result
        self.folder.setText(settings.folder or "")
        self.desk_name.setText(settings.desk_name)
        self.auto_sync.show_choice(settings.automatic)
        self.desks.setRowCount(len(desks))
        for r, d in enumerate(desks):
            self.desks.setItem(r, 0, QTableWidgetItem(d.name))
            self.desks.setItem(r, 1, QTableWidgetItem(when_text(d.synced_at)))
        self._conflicts = conflicts
        self.conflicts.setRowCount(len(conflicts))
        for r, c in enumerate(conflicts):
            for col, text in enumerate((c.what, c.current, c.other, c.who, c.when)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.conflicts.setItem(r, col, item)
        self.choose_other.setEnabled(bool(conflicts))
        from wijkinfo.services.sync.hub_settings import is_hub_target

        server = is_hub_target(settings.folder)
        (self.via_server if server else self.via_folder).setChecked(True)
        if server:
            self.folder.clear()
            self.hub_box.show_address(settings.folder)
        self._show_kind()
        self.is_loaded = True

    # -- actions ---------------------------------------------------------------------------

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Kies de syncmap"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def _show_kind(self) -> None:
        server = self.via_server.isChecked()
        self._settings_form.setRowVisible(self._folder_row, not server)
        self.hub_box.setVisible(server)
        for box in self._folder_boxes:
            box.setVisible(not server)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def save(self) -> None:
        from wijkinfo.services.sync import sync_settings

        store, actor = self.store, self.actor()
        auto, name = self.auto_sync.choice(), self.desk_name.text()
        if self.via_server.isChecked():
            save = self.hub_box.saver(actor, auto=auto, desk_name=name)
            self._run(save, self.tr("Opgeslagen."), saved=True)
            return
        folder = self.folder.text().strip() or None
        self._run(
            lambda: sync_settings.save_settings(
                store,
                actor=actor,
                folder=folder,
                auto=auto.every,
                interval_minutes=auto.interval_minutes,
                desk_name=name,
                auto_start=auto.at_start,
                auto_close=auto.on_close,
            ),
            self.tr("Opgeslagen."),
            saved=True,
        )

    def _folder_or_say(self) -> Path | None:
        text = self.folder.text().strip()
        if not text:
            self.message.setText(self.tr("Kies eerst de syncmap."))
            return None
        return Path(text)

    def test_passphrase(self) -> None:
        from wijkinfo.services.sync import folder_sync

        folder = self._folder_or_say()
        if folder is None:
            return
        store, passphrase = self.store, self.passphrase.text()
        self._run(
            lambda: folder_sync.unlock_folder(store, folder=folder, passphrase=passphrase),
            self.tr("Het wachtwoord klopt. Deze computer onthoudt het."),
        )

    def set_up(self) -> None:
        from wijkinfo.services.sync import folder_sync

        folder = self._folder_or_say()
        if folder is None or not self._same(self.passphrase, self.passphrase_again):
            return
        store, actor, passphrase = self.store, self.actor(), self.passphrase.text()
        self._run(
            lambda: folder_sync.set_up_folder(
                store, actor=actor, folder=folder, passphrase=passphrase
            ),
            self.tr("De syncmap is ingericht. Geef het wachtwoord aan de andere balies."),
        )

    def change_passphrase(self) -> None:
        from wijkinfo.services.sync import folder_sync

        folder = self._folder_or_say()
        if folder is None or not self._same(self.new_passphrase, self.passphrase_again):
            return
        store, actor = self.store, self.actor()
        old, new = self.passphrase.text(), self.new_passphrase.text()
        self._run(
            lambda: folder_sync.change_passphrase(
                store, actor=actor, folder=folder, old=old, new=new
            ),
            self.tr("Het wachtwoord is gewijzigd. Balies die al meedoen, hoeven niets te doen."),
        )

    def pick_other_value(self) -> None:
        from wijkinfo.services.sync import conflicts

        row = self.conflicts.currentRow()
        if not 0 <= row < len(self._conflicts):
            self.message.setText(self.tr("Kies eerst een conflict in de lijst."))
            return
        store, actor, conflict_id = self.store, self.actor(), self._conflicts[row].id
        self._run(
            lambda: conflicts.choose_other_value(store, actor=actor, conflict_id=conflict_id),
            self.tr("De andere waarde staat er nu; de andere balies krijgen haar bij hun sync."),
        )

    def _same(self, first: QLineEdit, again: QLineEdit) -> bool:
        if first.text() != again.text():
            self.message.setText(
                self.tr("De twee wachtwoorden zijn niet gelijk. Er is niets veranderd.")
            )
            return False
        return True

    def _run(self, fn: Callable[[], Any], success: str, *, saved: bool = False) -> None:
        self.message.setText(self.tr("Bezig…"))
        self._generation += 1

        def done(_result: Any) -> None:
            for field in (self.passphrase, self.passphrase_again, self.new_passphrase):
                field.clear()
            self.hub_box.clear_secrets()
            self.message.setText(success)
            if saved:
                self.settings_saved.emit()
            self.load()

        self.tasks.run(fn, on_done=done, on_error=self._error)

    def _error(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc))


def _desks_or_empty(store: Store, settings: Any) -> list[Any]:
    from wijkinfo.services.errors import UserError
    from wijkinfo.services.sync import folder_sync

    if not settings.folder or not settings.knows_key:
        return []
    try:
        return folder_sync.desks(store)
    except (UserError, OSError):
        return []  # the folder is not there now: the list waits for the next look


def _conflicts_or_empty(store: Store) -> list[Any]:
    from wijkinfo.services.sync import conflicts

    try:
        return conflicts.open_conflicts(store)
    except ImportError:
        return []  # a build without the sync engine: nothing can conflict
