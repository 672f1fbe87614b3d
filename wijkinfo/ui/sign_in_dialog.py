"""Signing in at the desk: name + password/PIN; on the very first run, make the coordinator."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.people import users
from wijkinfo.services.people.auth import Actor
from wijkinfo.ui.user_messages import error_text


class _Dialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(480)
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setObjectName("signInError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#a00000;font-weight:bold;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def try_accept(self) -> None:
        raise NotImplementedError


class SignInDialog(_Dialog):
    """Choose or type your name, type your password or PIN, press Enter."""

    def __init__(self, store: Store, parent: QWidget | None = None, *, switching: bool = False):
        super().__init__(parent)
        self.store = store
        self.actor: Actor | None = None
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Wissel vrijwilliger") if switching else self.tr("Aanmelden"))
        self.intro.setText(self.tr("Wie zit er aan de balie? Kies uw naam en typ uw wachtwoord."))
        self.name = QComboBox(self)
        self.name.setObjectName("signInName")
        self.name.setEditable(True)
        self.name.addItems(users.active_user_names(store))
        self.name.setCurrentIndex(-1)
        self.password = QLineEdit(self)
        self.password.setObjectName("signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("&Naam"), self.name)
        self.form.addRow(self.tr("&Wachtwoord of pincode"), self.password)
        self.name.setFocus()

    def try_accept(self) -> None:
        try:
            self.actor = users.sign_in(
                self.store, name=self.name.currentText(), password=self.password.text()
            )
        except UserError as exc:
            self.error.setText(error_text(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


class FirstCoordinatorDialog(_Dialog):
    """The first run: the person installing wijkinfo becomes its first coordinator."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.actor: Actor | None = None
        self.setObjectName("firstCoordinatorDialog")
        self.setWindowTitle(self.tr("Eerste coördinator"))
        self.intro.setText(
            self.tr(
                "Welkom bij wijkinfo. Er is nog niemand aangemeld. U wordt de eerste "
                "coördinator: u kunt daarna vrijwilligers toevoegen."
            )
        )
        self.name = QLineEdit(self)
        self.name.setObjectName("firstName")
        self.password = QLineEdit(self)
        self.password.setObjectName("firstPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("firstRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("&Naam"), self.name)
        self.form.addRow(self.tr("&Wachtwoord of pincode"), self.password)
        self.form.addRow(self.tr("&Nog een keer"), self.repeat)

    def try_accept(self) -> None:
        if self.password.text() != self.repeat.text():
            self.error.setText(self.tr("De twee wachtwoorden zijn niet gelijk."))
            return
        try:
            users.create_first_coordinator(
                self.store, name=self.name.text(), password=self.password.text()
            )
            self.actor = users.sign_in(
                self.store, name=self.name.text(), password=self.password.text()
            )
        except UserError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()


def make_first_coordinator(store: Store, parent: QWidget | None = None) -> Actor | None:
    """The very first run: the person installing becomes coordinator. None when cancelled."""
    dialog = FirstCoordinatorDialog(store, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.actor
