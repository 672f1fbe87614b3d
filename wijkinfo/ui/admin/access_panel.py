"""Beheer → Gebruikers en privacy, the part about people and keys: give access to contact
details, a new password, switch someone off or on, a new recovery sheet, old backups, and a
resident's request to see or wipe their details."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wijkinfo.services.datafolder import backup_retention
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.people import accounts, users
from wijkinfo.services.people.auth import Actor
from wijkinfo.services.people.users import UserInfo
from wijkinfo.services.privacy import access, residents
from wijkinfo.services.privacy.residents import FoundContact
from wijkinfo.ui.flow_layout import FlowLayout
from wijkinfo.ui.tasks import TaskRunner
from wijkinfo.ui.user_messages import error_text


class AccessPanel(QWidget):
    """Acts on the person selected in ``people`` (items carry a UserInfo)."""

    changed = Signal()

    def __init__(
        self,
        store: Store,
        tasks: TaskRunner,
        actor: Callable[[], Actor],
        people: QListWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self._tasks, self._actor, self.people = store, tasks, actor, people
        self.setObjectName("accessPanel")
        self.grant = QPushButton(self.tr("Toegang tot contactgegevens &geven"), self)
        self.grant.setObjectName("grantAccess")
        self.grant.clicked.connect(self.grant_access)
        self.reset = QPushButton(self.tr("Nieuw &wachtwoord…"), self)
        self.reset.setObjectName("resetPassword")
        self.reset.clicked.connect(self.reset_password)
        self.toggle = QPushButton(self.tr("&Uitzetten / weer aanzetten"), self)
        self.toggle.setObjectName("toggleActive")
        self.toggle.clicked.connect(self.toggle_active)
        self.sheet = QPushButton(self.tr("Nieuw he&rstelblad…"), self)
        self.sheet.setObjectName("newRecoverySheet")
        self.sheet.clicked.connect(self.new_sheet)
        self.scrub = QPushButton(self.tr("Oude back-ups opschonen…"), self)
        self.scrub.setObjectName("scrubBackups")
        self.scrub.clicked.connect(self.scrub_backups)
        self.message = QLabel(self)
        self.message.setObjectName("accessMessage")
        self.message.setWordWrap(True)
        keys_box = QGroupBox(self.tr("Sleutels en accounts"), self)
        row = FlowLayout(keys_box)  # wraps at large text instead of running past the edge
        for button in (self.grant, self.reset, self.toggle, self.sheet, self.scrub):
            row.addWidget(button)

        self.query = QLineEdit(self)
        self.query.setObjectName("residentQuery")
        self.query.setPlaceholderText(self.tr("Telefoonnummer, e-mailadres of naam"))
        self.query.returnPressed.connect(self.find_resident)
        find = QPushButton(self.tr("&Zoek bewoner"), self)
        find.setObjectName("findResident")
        find.clicked.connect(self.find_resident)
        self.found = QListWidget(self)
        self.found.setObjectName("residentFound")
        self.found.setMaximumHeight(110)
        wipe = QPushButton(self.tr("Contactgegevens w&issen"), self)
        wipe.setObjectName("wipeResident")
        wipe.clicked.connect(self.wipe)
        rights = QGroupBox(self.tr("Inzage en wissen op verzoek van een bewoner"), self)
        rights_layout = QVBoxLayout(rights)
        search_row = QHBoxLayout()
        search_row.addWidget(self.query, 1)
        search_row.addWidget(find)
        rights_layout.addLayout(search_row)
        rights_layout.addWidget(self.found)
        rights_layout.addWidget(wipe, 0, Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(keys_box)
        layout.addWidget(rights)
        layout.addWidget(self.message)

    def _selected(self) -> UserInfo | None:
        item = self.people.currentItem()
        info = item.data(Qt.ItemDataRole.UserRole) if item else None
        if not isinstance(info, UserInfo):
            self.message.setText(self.tr("Kies eerst iemand in de lijst."))
            return None
        return info

    def _run(self, fn: Callable[[], object], done: str) -> None:
        def finished(_result: object) -> None:
            self.message.setText(done)
            self.changed.emit()

        self._tasks.run(fn, on_done=finished, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc))

    def grant_access(self) -> None:
        info = self._selected()
        if info is None:
            return
        self._run(
            partial(access.grant_access, self.store, actor=self._actor(), user_id=info.id),
            self.tr("{0} heeft nu toegang tot de contactgegevens.").format(info.name),
        )

    def reset_password(self, password: str | None = None) -> None:
        info = self._selected()
        if info is None:
            return
        if password is None:
            password, ok = QInputDialog.getText(
                self,
                self.tr("Nieuw wachtwoord"),
                self.tr("Nieuw wachtwoord voor {0}:").format(info.name),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return
        self._run(
            partial(
                users.set_password,
                self.store,
                actor=self._actor(),
                user_id=info.id,
                password=password,
            ),
            self.tr("{0} heeft een nieuw wachtwoord.").format(info.name),
        )

    def toggle_active(self) -> None:
        info = self._selected()
        if info is None:
            return
        done = (
            self.tr("{0} staat uit (blijft bewaard).")
            if info.active
            else self.tr("{0} staat weer aan.")
        )
        self._run(
            partial(
                accounts.set_active,
                self.store,
                actor=self._actor(),
                user_id=info.id,
                active=not info.active,
            ),
            done.format(info.name),
        )

    def new_sheet(self) -> None:
        def show(code: str) -> None:
            from wijkinfo.ui.recovery_dialog import RecoveryCodeDialog

            self.message.setText(self.tr("Een nieuw herstelblad; het vorige werkt niet meer."))
            RecoveryCodeDialog(self.store, self._tasks, code, self).open()

        self._tasks.run(
            partial(access.new_recovery_sheet, self.store, actor=self._actor()),
            on_done=show,
            on_error=self._failed,
        )

    def scrub_backups(self) -> None:
        paths = self.store.paths

        def ask(found: list[object]) -> None:
            if not found:
                self.message.setText(self.tr("Geen back-up bevat leesbare contactgegevens."))
                return
            answer = QMessageBox.question(
                self,
                self.tr("Oude back-ups"),
                self.tr(
                    "{0} back-ups van vóór de versleuteling bevatten contactgegevens van "
                    "bewoners als leesbare tekst. Die gegevens uit de back-ups wissen? De rest "
                    "van de back-ups blijft bruikbaar."
                ).format(len(found)),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self._run(
                    partial(backup_retention.scrub_plain_backups, paths),
                    self.tr("De oude back-ups bevatten geen leesbare contactgegevens meer."),
                )

        self._tasks.run(
            partial(backup_retention.plain_text_backups, paths), on_done=ask, on_error=self._failed
        )

    def find_resident(self) -> None:
        def show(found: list[FoundContact]) -> None:
            self.found.clear()
            for f in found:
                item = QListWidgetItem(
                    f"{f.signal_date:%d-%m-%Y} — {f.name or '—'} — {f.phone or '—'} — "
                    f"{f.email or '—'}"
                )
                item.setData(Qt.ItemDataRole.UserRole, f.signal_id)
                self.found.addItem(item)
            self.message.setText(self.tr("{0} signalen gevonden.").format(len(found)))

        self._tasks.run(
            partial(
                residents.find_contacts, self.store, actor=self._actor(), query=self.query.text()
            ),
            on_done=show,
            on_error=self._failed,
        )

    def wipe(self, *, confirm: bool = True) -> None:
        item = self.found.currentItem()
        if item is None:
            self.message.setText(self.tr("Kies eerst een gevonden signaal."))
            return
        if (
            confirm
            and QMessageBox.question(
                self,
                self.tr("Contactgegevens wissen"),
                self.tr("De contactgegevens bij dit signaal wissen? Dit kan niet terug."),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        signal_id = item.data(Qt.ItemDataRole.UserRole)
        self._tasks.run(
            partial(residents.wipe_contact, self.store, actor=self._actor(), signal_id=signal_id),
            on_done=lambda _r: self._wiped(item),
            on_error=self._failed,
        )

    def _wiped(self, item: QListWidgetItem) -> None:
        self.found.takeItem(self.found.row(item))
        self.message.setText(self.tr("De contactgegevens zijn gewist."))
