"""The last step: how the sociale kaart starts — the demo, a file, empty, or the organisation's
existing sync folder (which brings the directory and the people along)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.people.auth import can
from wijkinfo.ui.file_dialogs import existing_folder, open_file_name
from wijkinfo.ui.first_run.steps import Job, SetUp, Step
from wijkinfo.ui.tasks import TaskRunner

DEMO, IMPORT, EMPTY, JOIN = "demo", "import", "empty", "join"


def _indented(widget: QWidget) -> QWidget:
    box = QWidget(widget.parentWidget())
    row = QHBoxLayout(box)
    row.setContentsMargins(32, 0, 0, 0)
    row.addWidget(widget)
    return box


class StartStep(Step):
    def __init__(self, store: Store, tasks: TaskRunner, setup: SetUp) -> None:
        super().__init__(store, tasks, setup)
        self.intro.setText(self.tr("Hoe wilt u beginnen?"))
        self.choices = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.notes: dict[str, QLabel] = {}
        for key, text, note in (
            (
                DEMO,
                self.tr("&Demo laden"),
                self.tr("Verzonnen diensten van de stad Lindestad, om te oefenen."),
            ),
            (
                IMPORT,
                self.tr("&Bestand inlezen"),
                self.tr("Een sociale kaart in HSDS (een JSON- of zip-bestand)."),
            ),
            (EMPTY, self.tr("&Leeg beginnen"), self.tr("U vult de sociale kaart zelf.")),
            (
                JOIN,
                self.tr("Aansluiten bij een sync&map"),
                self.tr("De syncmap van uw organisatie brengt de sociale kaart en de mensen mee."),
            ),
        ):
            button = QRadioButton(text, self)
            button.setObjectName(f"start_{key}")
            button.setAccessibleDescription(note)
            self.choices.addButton(button)
            self.buttons[key] = button
            label = QLabel(note, self)
            label.setWordWrap(True)
            self.notes[key] = label
        self.buttons[DEMO].setChecked(True)

        self.file = QLineEdit(self)
        self.file.setObjectName("importFile")
        self.file.setAccessibleName(self.tr("Bestand om in te lezen"))
        self.choose_file = QPushButton(self.tr("Bestand &openen…"), self)
        self.choose_file.clicked.connect(self._ask_file)
        self.import_note = QLabel(
            self.tr("Inlezen doet een coördinator: maak eerst een coördinator."), self
        )
        self.import_note.setWordWrap(True)
        file_row = QWidget(self)
        file_layout = QHBoxLayout(file_row)
        file_layout.setContentsMargins(32, 0, 0, 0)
        file_layout.addWidget(self.file, 1)
        file_layout.addWidget(self.choose_file)

        self.folder = QLineEdit(self)
        self.folder.setObjectName("syncFolder")
        self.folder.setAccessibleName(self.tr("Syncmap"))
        self.choose_folder = QPushButton(self.tr("Map k&iezen…"), self)
        self.choose_folder.clicked.connect(self._ask_folder)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("syncPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Wachtwoord van de syncmap"))
        join_box = QWidget(self)
        join_form = QFormLayout(join_box)
        join_form.setContentsMargins(32, 0, 0, 0)
        join_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_folder)
        folder_label = QLabel(self.tr("Sy&ncmap"), join_box)
        folder_label.setBuddy(self.folder)
        join_form.addRow(folder_label, folder_row)
        join_form.addRow(self.tr("&Wachtwoord van de syncmap"), self.passphrase)
        self.join_note = QLabel(
            self.tr(
                "Aansluiten kan alleen zonder eigen coördinator: de coördinatoren komen mee uit "
                "de syncmap. U heeft hier al een coördinator gemaakt."
            ),
            self,
        )
        self.join_note.setWordWrap(True)

        for key, extra in ((DEMO, ()), (IMPORT, (file_row,)), (EMPTY, ()), (JOIN, ())):
            self.layout_.addWidget(self.buttons[key])
            self.layout_.addWidget(_indented(self.notes[key]))
            for widget in extra:
                self.layout_.addWidget(widget)
        self.layout_.insertWidget(self.layout_.indexOf(file_row) + 1, _indented(self.import_note))
        self.layout_.addWidget(join_box)
        self.layout_.addWidget(_indented(self.join_note))
        self.layout_.addStretch(1)
        self._file_row, self._join_box = file_row, join_box
        self.choices.buttonToggled.connect(lambda *_a: self._follow_choice())

    def title(self) -> str:
        return self.tr("De sociale kaart")

    def choice(self) -> str:
        return next(key for key, button in self.buttons.items() if button.isChecked())

    def choose(self, key: str) -> None:
        self.buttons[key].setChecked(True)

    def entered(self) -> None:
        coordinator = can(self.setup.actor, "directory.import")
        self.buttons[IMPORT].setEnabled(coordinator)
        self.import_note.setVisible(not coordinator)
        # A coordinator made here would start a second organisation key beside the folder's.
        self.buttons[JOIN].setEnabled(self.setup.actor is None)
        self.join_note.setVisible(self.setup.actor is not None)
        checked = self.choices.checkedButton()
        if checked is None or not checked.isEnabled():
            self.buttons[DEMO].setChecked(True)
        self._follow_choice()
        self.buttons[self.choice()].setFocus()

    def _follow_choice(self) -> None:
        choice = self.choice()
        allowed = self.buttons[choice].isEnabled()
        self._file_row.setEnabled(choice == IMPORT and allowed)
        self._join_box.setEnabled(choice == JOIN and allowed)

    def _ask_file(self) -> None:
        chosen = open_file_name(
            self, "import", self.tr("Sociale kaart inlezen"), self.tr("HSDS (*.json *.zip)")
        )
        if chosen is not None:
            self.file.setText(str(chosen))

    def _ask_folder(self) -> None:
        chosen = existing_folder(self, "sync", self.tr("Syncmap kiezen"))
        if chosen is not None:
            self.folder.setText(str(chosen))

    def job(self) -> Job | None:
        store, actor, choice = self.store, self.setup.actor, self.choice()
        if not self.buttons[choice].isEnabled():
            raise UserError(self.tr("Dat kan hier niet. Kies iets anders."))
        if choice == DEMO:
            from wijkinfo.services.directory.demo import load_demo

            return partial(load_demo, store, actor=actor)
        if choice == IMPORT:
            if not self.file.text().strip():
                raise UserError(self.tr("Kies eerst het bestand met de sociale kaart."))
            from wijkinfo.services.exchange.hsds_import import import_hsds

            assert actor is not None  # the choice is enabled for a coordinator only
            return partial(import_hsds, store, actor=actor, path=Path(self.file.text().strip()))
        if choice == JOIN:
            if not self.folder.text().strip():
                raise UserError(self.tr("Kies de syncmap van uw organisatie."))
            from wijkinfo.services.sync.join import join_sync_folder

            return partial(
                join_sync_folder,
                store,
                actor=actor,
                folder=Path(self.folder.text().strip()),
                passphrase=self.passphrase.text(),
            )
        return None

    def finished(self, result: object) -> None:
        choice = self.choice()
        if choice == IMPORT and not getattr(result, "written", True):
            raise UserError(
                self.tr(
                    "In het bestand staan {0} diensten met fouten. Er is niets ingelezen. Kijk "
                    "het bestand na in Beheer › Importeren en exporteren, of kies iets anders."
                ).format(getattr(result, "rejected_records", 0))
            )
        self.setup.demo = choice == DEMO
        self.setup.imported = choice == IMPORT
        self.setup.joined = choice == JOIN
        self.passphrase.clear()
