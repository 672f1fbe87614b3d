"""Bestand › Instellingen: this computer's settings and the information point's, in one place.

Per machine (machine.json, anyone may change them): language, text size, backup folder and
count. Shared (in the database, carried by sync; only a coordinator changes them, the services
check that): the point's details, the stale-data warning, the retention terms. The sync target
is shown with the way to Beheer › Synchroniseren, where it is chosen.

Opslaan (Ctrl+Enter) first checks this computer's choices, then saves what changed of the shared
settings in the background, then writes this computer's settings; a wrong value stops there
with one line on its page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from wijkinfo.services.datafolder.backup_place import check_backup_folder, save_machine_choices
from wijkinfo.services.datafolder.machine_settings import check_backup_count
from wijkinfo.services.datafolder.paths import DataPaths
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.desk.point_settings import PointSettings, load_point_settings
from wijkinfo.services.directory.staleness import stale_after_months
from wijkinfo.services.errors import UserError
from wijkinfo.services.people.auth import can
from wijkinfo.services.signals.retention import RetentionSettings, get_retention
from wijkinfo.ui.admin.point_details_form import PointDetailsForm
from wijkinfo.ui.admin.retention_box import RetentionBox
from wijkinfo.ui.admin.stale_warning_box import StaleWarningBox
from wijkinfo.ui.desk_context import DeskContext
from wijkinfo.ui.dialog_keys import ctrl_enter_accepts
from wijkinfo.ui.machine_settings_page import MachineSettingsPage
from wijkinfo.ui.shell import scrollable
from wijkinfo.ui.sync_target_page import SyncTargetPage
from wijkinfo.ui.user_messages import error_text


@dataclass(frozen=True)
class _Shared:
    """The shared settings as stored, read in one background step."""

    point: PointSettings
    stale_months: int
    terms: RetentionSettings
    sync: Any


def _read_shared(store: Store) -> _Shared:
    from wijkinfo.services.sync.sync_settings import read_settings

    return _Shared(
        load_point_settings(store),
        stale_after_months(store),
        get_retention(store),
        read_settings(store),
    )


@dataclass
class _Outcome:
    """What the background save did: the pages saved, and where it stopped."""

    saved: list[tuple[str, Any]] = field(default_factory=list)
    failed_page: str | None = None
    error: Exception | None = None


@dataclass(frozen=True)
class SettingsHooks:
    """What the dialog changes outside itself, given by the window that opens it."""

    # a text size to show now (while trying) or keep (on save: remembered too)
    show_text_size: Callable[[int], None]
    keep_text_size: Callable[[int], None]
    # this computer's backup folder and count changed: the paths to use from now on
    paths_changed: Callable[[DataPaths], None]
    # after the dialog closed, the window in another language
    language_chosen: Callable[[str], object]
    # Beheer › Synchroniseren (None: not for this person)
    open_sync: Callable[[], None] | None = None
    # the point's details were saved (its name goes in the title bar)
    point_saved: Callable[[PointSettings], None] | None = None


class SettingsDialog(QDialog):
    def __init__(
        self,
        context: DeskContext,
        paths: DataPaths,
        hooks: SettingsHooks,
        *,
        text_size: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Instellingen"))
        self._context, self._paths, self._hooks = context, paths, hooks
        self._text_size_at_start = text_size
        self.loaded = False
        self.may_edit = can(context.actor(), "settings.edit")
        why = self.tr(
            "Alleen een coördinator kan dit veranderen. Meld u aan als coördinator om het aan "
            "te passen."
        )

        self.machine = MachineSettingsPage(paths, text_size, self)
        self.machine.text_size_tried.connect(hooks.show_text_size)

        self.point_page = QWidget(self)
        self.point_page.setObjectName("pointSettingsPage")
        self.point_note = self._note(why, self.point_page)
        intro = QLabel(
            self.tr("Dit staat bovenaan en onderaan elke verwijsbrief."), self.point_page
        )
        intro.setWordWrap(True)
        self.point = PointDetailsForm(self.point_page)
        self.stale = StaleWarningBox(self.point_page)
        self.point_message = self._message(self.point_page)
        point_layout = QVBoxLayout(self.point_page)
        for shown in (self.point_note, intro, self.point, self.stale, self.point_message):
            point_layout.addWidget(shown)
        point_layout.addStretch(1)

        self.privacy_page = QWidget(self)
        self.privacy_page.setObjectName("privacySettingsPage")
        self.privacy_note = self._note(why, self.privacy_page)
        self.retention = RetentionBox(self.privacy_page)
        self.privacy_message = self._message(self.privacy_page)
        privacy_layout = QVBoxLayout(self.privacy_page)
        privacy_layout.addWidget(self.privacy_note)
        privacy_layout.addWidget(self.retention)
        privacy_layout.addWidget(self.privacy_message)
        privacy_layout.addStretch(1)

        self.sync = SyncTargetPage(self._go_to_sync if hooks.open_sync else None, self)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        for page, title in (
            (self.machine, self.tr("&Deze computer")),
            (self.point_page, self.tr("&Informatiepunt")),
            (self.privacy_page, self.tr("&Privacy")),
            (self.sync, self.tr("&Synchroniseren")),
        ):
            self.tabs.addTab(scrollable(page), title)
        self._pages = {
            "machine": self.machine,
            "point": self.point_page,
            "privacy": self.privacy_page,
        }

        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Opslaan"), self)
        self.save_button.setObjectName("saveSettings")
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.save_button.setDefault(True)
        cancel = QPushButton(self.tr("Annuleren"), self)
        cancel.setObjectName("cancelSettings")
        cancel.setToolTip(self.tr("Esc"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.hint = QLabel(self.tr("Ctrl+Enter slaat op, Esc annuleert."), self)
        self.hint.setStyleSheet("color:#555")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        ctrl_enter_accepts(self)
        self._fit_screen()
        for part in (self.point, self.stale, self.retention):
            part.set_editable(False)  # until the stored values are in
        self.save_button.setEnabled(False)
        self._saving = False
        context.tasks.run(
            lambda: _read_shared(context.store),
            on_done=self._while_open(self._show_shared),
            on_error=self._while_open(self._load_failed),
        )

    def _while_open(self, fn: Callable[[Any], None]) -> Callable[[Any], None]:
        """``fn``, unless the dialog was closed and deleted before the background step ended."""

        def call(value: Any) -> None:
            if Shiboken.isValid(self):
                fn(value)

        return call

    # -- building --------------------------------------------------------------------------

    def _fit_screen(self) -> None:
        """Roomy where there is room, never beyond the screen (a 1366×768 laptop, large text)."""
        wide = max(
            self.fontMetrics().averageCharWidth() * 80, self.tabs.tabBar().sizeHint().width()
        )
        wanted = self.sizeHint().expandedTo(QSize(wide + 40, 0))
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            wanted = wanted.boundedTo(QSize(room.width() - 40, room.height() - 60))
        self.resize(wanted)

    def _note(self, text: str, parent: QWidget) -> QLabel:
        note = QLabel(text, parent)
        note.setObjectName("readOnlyNote")
        note.setWordWrap(True)
        note.setStyleSheet("background:#eef3f8;padding:6px;")
        note.setVisible(not self.may_edit)
        return note

    def _message(self, parent: QWidget) -> QLabel:
        message = QLabel(parent)
        message.setObjectName("settingsDialogMessage")
        message.setWordWrap(True)
        message.setStyleSheet("color:#8a1c1c")
        return message

    # -- loading ---------------------------------------------------------------------------

    def _show_shared(self, shared: _Shared) -> None:
        self.point.show_settings(shared.point)
        self.stale.show_months(shared.stale_months)
        self.retention.show_terms(shared.terms)
        self.sync.show_settings(shared.sync)
        for part in (self.point, self.stale, self.retention):
            part.set_editable(self.may_edit)
        self.save_button.setEnabled(True)
        self.loaded = True

    def _load_failed(self, exc: BaseException) -> None:
        self.point_message.setText(error_text(exc))
        self.save_button.setEnabled(True)  # this computer's settings still save
        self.loaded = True

    # -- saving ----------------------------------------------------------------------------

    def _say(self, page: str, text: str) -> None:
        for label in (self.machine.message, self.point_message, self.privacy_message):
            label.clear()
        label = {
            "machine": self.machine.message,
            "point": self.point_message,
            "privacy": self.privacy_message,
        }[page]
        label.setText(text)
        widget = self._pages[page]
        for i in range(self.tabs.count()):
            tab = self.tabs.widget(i)
            if tab is not None and tab.isAncestorOf(widget):
                self.tabs.setCurrentIndex(i)

    def accept(self) -> None:
        if not self.save_button.isEnabled():
            return  # still loading, or a save is under way
        try:  # this computer's choices first: a wrong folder changes nothing at all
            check_backup_folder(self.machine.backup_folder.text())
            check_backup_count(self.machine.backup_count.value())
        except UserError as exc:
            self._say("machine", error_text(exc))
            return
        savers: list[tuple[str, Callable[[], Any]]] = []
        store = self._context.store
        if self.loaded and self.may_edit:
            actor = self._context.actor()
            if self.stale.is_changed():
                savers.append(("stale", self.stale.saver(store, actor)))
            if self.retention.is_changed():
                savers.append(("privacy", self.retention.saver(store, actor)))
            # last: it puts a new logo file in place once its part is written
            if self.point.is_changed():
                savers.append(("point", self.point.saver(store, actor)))
        if not savers:
            self._save_machine()
            return
        self.save_button.setEnabled(False)
        self._saving = True

        def save_shared() -> _Outcome:
            # one transaction: a refusal on one page keeps every page's change out
            outcome = _Outcome()
            try:
                with store.one_transaction():
                    for page, save in savers:
                        try:
                            outcome.saved.append((page, save()))
                        except Exception as exc:
                            outcome.failed_page, outcome.error = page, exc
                            raise
            except Exception:
                if outcome.error is None:
                    raise  # the commit itself: shown as any other failure
                outcome.saved.clear()  # rolled back: nothing of it was kept
            return outcome

        self._context.tasks.run(
            save_shared,
            on_done=self._while_open(self._shared_saved),
            on_error=self._while_open(self._failed),
        )

    def _shared_saved(self, outcome: _Outcome) -> None:
        self.save_button.setEnabled(True)
        self._saving = False
        for page, result in outcome.saved:
            if page == "point":
                self.point.show_settings(result)
                if self._hooks.point_saved is not None:
                    self._hooks.point_saved(result)
            elif page == "stale":
                self.stale.show_months(result)
            elif page == "privacy":
                self.retention.show_terms(self.retention.terms())
        if outcome.error is not None:
            page = "privacy" if outcome.failed_page == "privacy" else "point"
            self._say(page, error_text(outcome.error))
            return
        self._save_machine()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._saving = False
        self._say("point", error_text(exc))

    def _save_machine(self) -> None:
        language = self.machine.chosen_language()
        try:
            _settings, paths = save_machine_choices(
                self._paths,
                backup_folder=self.machine.backup_folder.text(),
                backup_count=self.machine.backup_count.value(),
                language=language,
            )
        except UserError as exc:
            self._say("machine", error_text(exc))
            return
        if paths != self._paths:
            self._hooks.paths_changed(paths)
        size = self.machine.chosen_text_size()
        self._text_size_at_start = size  # kept: no going back on close
        self._hooks.keep_text_size(size)
        switch = self.machine.language_changed()
        super().accept()
        if switch:
            self._hooks.language_chosen(language)

    def reject(self) -> None:
        if self._saving:
            return  # Esc during a save: the save ends first, then the dialog says how it went
        if self.machine.chosen_text_size() != self._text_size_at_start:
            self._hooks.show_text_size(self._text_size_at_start)  # tried, not kept
        super().reject()

    def _go_to_sync(self) -> None:
        self.reject()
        if self._hooks.open_sync is not None:
            self._hooks.open_sync()
