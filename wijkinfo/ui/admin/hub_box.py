"""Beheer › Synchroniseren › Server: the organisation's PostgreSQL hub as this machine's target.

The address and the desk's login are saved with the other sync settings (by the view's
Opslaan); the login's password goes to the operating system's keyring, or stays in memory until
wijkinfo closes when there is none (the box says which). "Test de verbinding" connects and checks
the hub without changing anything here, and with the data passphrase filled in remembers the key.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from wijkinfo.ui.user_messages import error_text

if TYPE_CHECKING:
    from wijkinfo.services.datafolder.store import Store
    from wijkinfo.services.sync.sync_settings import AutoSync
    from wijkinfo.ui.tasks import TaskRunner


class HubBox(QGroupBox):
    def __init__(
        self,
        store: Store,
        tasks: TaskRunner,
        say: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Server van de organisatie"))
        self.setObjectName("syncHubBox")
        self.store, self.tasks, self.say = store, tasks, say
        form = QFormLayout(self)
        self.server = QLineEdit(self)
        self.server.setObjectName("syncHubServer")
        self.server.setPlaceholderText(
            self.tr("bijvoorbeeld postgresql://hub.example.nl/wijkinfo_hub?sslmode=verify-full")
        )
        form.addRow(self.tr("Adres:"), self.server)
        self.login = QLineEdit(self)
        self.login.setObjectName("syncHubLogin")
        self.login.setPlaceholderText(self.tr("bijvoorbeeld balie_noord"))
        form.addRow(self.tr("Login van deze balie:"), self.login)
        self.password = self._secret("syncHubPassword")
        form.addRow(self.tr("Wachtwoord van de login:"), self.password)
        self.keyring_note = QLabel(self)
        self.keyring_note.setObjectName("syncHubKeyringNote")
        self.keyring_note.setWordWrap(True)
        form.addRow(self.keyring_note)
        self.passphrase = self._secret("syncHubPassphrase")
        form.addRow(self.tr("Wachtwoord van de gegevens (één keer):"), self.passphrase)
        row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test de verbinding"), self)
        self.test_button.setObjectName("syncHubTest")
        self.test_button.clicked.connect(self.test_connection)
        row.addWidget(self.test_button)
        row.addStretch(1)
        form.addRow(row)
        self._show_keyring_note()

    def _secret(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def showEvent(self, event: Any) -> None:
        self._show_keyring_note()  # a keyring may have been unlocked or set up meanwhile
        super().showEvent(event)

    def _show_keyring_note(self) -> None:
        from wijkinfo.services.sync.hub_settings import has_keyring

        if has_keyring():
            self.keyring_note.setText(
                self.tr("Het wachtwoord wordt bewaard in de wachtwoordkluis van deze computer.")
            )
        else:
            self.keyring_note.setText(
                self.tr(
                    "Deze computer heeft geen wachtwoordkluis. wijkinfo onthoudt het wachtwoord "
                    "daarom alleen tot u het programma sluit; daarna vult u het hier opnieuw in."
                )
            )

    def show_address(self, address: str | None) -> None:
        from wijkinfo.services.sync.hub_settings import is_hub_target, split_address

        if address and is_hub_target(address):
            server, login = split_address(address)
            self.server.setText(server)
            self.login.setText(login)

    def clear_secrets(self) -> None:
        self.password.clear()
        self.passphrase.clear()

    def values(self) -> tuple[str, str, str]:
        return self.server.text().strip(), self.login.text().strip(), self.password.text()

    def saver(self, actor: Any, *, auto: AutoSync, desk_name: str) -> Callable[[], Any]:
        """The save, to run through the task runner: the hub becomes this machine's target."""
        from wijkinfo.services.sync import hub_settings

        store = self.store
        server, login, password = self.values()
        return lambda: hub_settings.save_hub(
            store,
            actor=actor,
            server=server,
            login=login,
            password=password or None,
            auto=auto.every,
            interval_minutes=auto.interval_minutes,
            desk_name=desk_name,
            auto_start=auto.at_start,
            auto_close=auto.on_close,
        )

    def test_connection(self) -> None:
        from wijkinfo.services.sync import hub_settings

        store = self.store
        server, login, password = self.values()
        passphrase = self.passphrase.text()

        def check() -> Any:
            return hub_settings.test_hub(
                store, server=server, login=login, password=password, passphrase=passphrase
            )

        def done(result: Any) -> None:
            self.passphrase.clear()
            text = self.tr("De verbinding werkt: {0} (inrichting versie {1}).").format(
                result.label, result.schema
            )
            if result.key_remembered:
                text += " " + self.tr(
                    "Het wachtwoord van de gegevens klopt; deze computer onthoudt het."
                )
            self.say(text)

        self.say(self.tr("Bezig…"))
        self.tasks.run(check, on_done=done, on_error=lambda exc: self.say(error_text(exc)))
