"""Signing in at the desk: name + password/PIN (the first coordinator is made by the first-run
assistant, wijkinfo/ui/first_run/).

Reading the names and checking a password (scrypt, ~0.1 s) run on the task runner; the dialog
waits for the answer with its OK button disabled, and shows any failure in its error line."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

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
from wijkinfo.services.people import users
from wijkinfo.services.people.auth import Actor
from wijkinfo.ui.tasks import TaskRunner
from wijkinfo.ui.user_messages import error_text


class _Dialog(QDialog):
    def __init__(self, store: Store, tasks: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.store, self._tasks = store, tasks
        self.actor: Actor | None = None
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

    @property
    def busy(self) -> bool:
        """A check is under way (OK is disabled meanwhile)."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        return ok is not None and not ok.isEnabled()

    def _check(self, fn: Callable[[], Actor]) -> None:
        """Run ``fn`` (the sign-in) in the background; accept with its actor, or say why not."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is None or not ok.isEnabled():
            return  # Enter pressed twice: one check is enough
        ok.setEnabled(False)
        self.error.clear()
        self._tasks.run(fn, on_done=self._signed_in, on_error=self._refused)

    def _signed_in(self, actor: Actor) -> None:
        self._enable_ok()
        self.actor = actor
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._enable_ok()
        self.error.setText(error_text(exc))
        self._after_refusal()

    def _after_refusal(self) -> None:
        pass

    def _enable_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(True)


class SignInDialog(_Dialog):
    """Choose or type your name, type your password or PIN, press Enter."""

    def __init__(
        self,
        store: Store,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        switching: bool = False,
    ) -> None:
        super().__init__(store, tasks, parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Wissel vrijwilliger") if switching else self.tr("Aanmelden"))
        self.intro.setText(self.tr("Wie zit er aan de balie? Kies uw naam en typ uw wachtwoord."))
        self.name = QComboBox(self)
        self.name.setObjectName("signInName")
        self.name.setEditable(True)
        self.name.setCurrentIndex(-1)
        tasks.run(partial(users.active_user_names, store), on_done=self._names_arrived)
        self.password = QLineEdit(self)
        self.password.setObjectName("signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("&Naam"), self.name)
        self.form.addRow(self.tr("&Wachtwoord of pincode"), self.password)
        recover = self.buttons.addButton(
            self.tr("Herstelcode gebruiken…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        recover.setObjectName("useRecoveryCode")
        recover.clicked.connect(self.use_recovery_code)
        self.name.setFocus()

    def use_recovery_code(self) -> None:
        """Every coordinator's password lost: the recovery sheet signs one in again."""
        from wijkinfo.ui.recovery_dialog import UseRecoveryDialog

        dialog = UseRecoveryDialog(self.store, self._tasks, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.actor is not None:
            self.actor = dialog.actor
            self.accept()

    def _names_arrived(self, names: list[str]) -> None:
        typed = self.name.currentText()  # a name typed meanwhile stays
        self.name.addItems(names)
        if typed:
            self.name.setEditText(typed)
        else:
            self.name.setCurrentIndex(-1)

    def try_accept(self) -> None:
        self._check(
            partial(
                users.sign_in,
                self.store,
                name=self.name.currentText(),
                password=self.password.text(),
            )
        )

    def _after_refusal(self) -> None:
        self.password.clear()
        self.password.setFocus()
