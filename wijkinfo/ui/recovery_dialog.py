"""The recovery sheet in the window: show a new code (and save it as a PDF), or use one."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.people import users
from wijkinfo.services.people.auth import Actor
from wijkinfo.services.privacy import access
from wijkinfo.services.privacy.recovery_sheet import write_recovery_sheet
from wijkinfo.ui.machine_settings_page import active_language
from wijkinfo.ui.tasks import TaskRunner
from wijkinfo.ui.user_messages import error_text


class RecoveryCodeDialog(QDialog):
    """A new recovery code, shown once: save the sheet as a PDF and print it."""

    def __init__(
        self, store: Store, tasks: TaskRunner, code: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self._tasks, self._code = store, tasks, code
        self.setObjectName("recoveryCodeDialog")
        self.setWindowTitle(self.tr("Herstelblad"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Dit is de herstelcode van wijkinfo. Zijn alle coördinatoren hun wachtwoord "
                "kwijt, dan geeft deze code weer toegang tot de contactgegevens van bewoners. "
                "Zonder de code zijn ze dan voor altijd weg. Sla het herstelblad op, druk het "
                "af en bewaar het op een veilige plek (niet bij de laptop). wijkinfo bewaart "
                "de code niet."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.code = QLabel(code, self)
        self.code.setObjectName("recoveryCode")
        self.code.setStyleSheet("font-family:monospace;font-size:20px;font-weight:bold;")
        self.save = QPushButton(self.tr("Herstelblad &opslaan als PDF…"), self)
        self.save.setObjectName("saveRecoverySheet")
        self.save.clicked.connect(self.save_sheet)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.code, self.save, self.message, buttons):
            layout.addWidget(widget)

    def save_sheet(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Herstelblad opslaan"), "herstelblad-wijkinfo.pdf", "PDF (*.pdf)"
            )
        if not path:
            return
        self._tasks.run(
            partial(
                write_recovery_sheet,
                self.store,
                code=self._code,
                path=Path(path),
                language=active_language(),
            ),
            on_done=lambda p: self.message.setText(
                self.tr("Opgeslagen: {0}. Druk het af en wis daarna het bestand.").format(p)
            ),
            on_error=lambda exc: self.message.setText(error_text(exc)),
        )


class UseRecoveryDialog(QDialog):
    """Every password lost: name a coordinator, type the code and a new password."""

    def __init__(self, store: Store, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self._tasks = store, tasks
        self.actor: Actor | None = None
        self.setObjectName("useRecoveryDialog")
        self.setWindowTitle(self.tr("Herstelcode gebruiken"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Typ de naam van een coördinator, de code van het herstelblad en een nieuw "
                "wachtwoord. Die coördinator kan daarna weer aanmelden en ziet de "
                "contactgegevens weer."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Naam"), self.name)
        form.addRow(self.tr("&Herstelcode"), self.code)
        form.addRow(self.tr("Nieuw &wachtwoord"), self.password)
        form.addRow(self.tr("Nog een &keer"), self.repeat)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#a00000;font-weight:bold;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def try_accept(self) -> None:
        if self.password.text() != self.repeat.text():
            self.error.setText(self.tr("De twee wachtwoorden zijn niet gelijk."))
            return
        store = self.store
        name, code, password = self.name.text(), self.code.text(), self.password.text()

        def recover() -> Actor:
            access.recover_with_code(store, code=code, name=name, new_password=password)
            return users.sign_in(store, name=name, password=password)

        self.buttons.setEnabled(False)
        self._tasks.run(recover, on_done=self._done, on_error=self._refused)

    def _done(self, actor: Actor) -> None:
        self.buttons.setEnabled(True)
        self.actor = actor
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(error_text(exc))
