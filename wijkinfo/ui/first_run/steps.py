"""The steps before the start choice: the point's own details, the first coordinator, and the
recovery sheet. Each step gives the assistant a job to run in the background, or None."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.desk.point_settings import PointSettings, save_point_settings
from wijkinfo.services.errors import UserError
from wijkinfo.services.people import users
from wijkinfo.services.people.auth import Actor
from wijkinfo.services.privacy.recovery_sheet import write_recovery_sheet
from wijkinfo.ui.file_dialogs import open_file_name, save_file_name
from wijkinfo.ui.machine_settings_page import active_language
from wijkinfo.ui.tasks import TaskRunner
from wijkinfo.ui.user_messages import error_text

Job = Callable[[], object]


@dataclass
class SetUp:
    """What the assistant did so far (only on the UI thread)."""

    point: PointSettings | None = None
    actor: Actor | None = None
    #: the recovery code, shown once; kept in memory only until the assistant closes
    recovery_code: str = field(default="", repr=False)
    recovery_saved: bool = False
    coordinator_skipped: bool = False
    demo: bool = False
    imported: bool = False
    joined: bool = False


class Step(QWidget):
    """One page of the assistant."""

    def __init__(self, store: Store, tasks: TaskRunner, setup: SetUp) -> None:
        super().__init__()
        self.store, self.tasks, self.setup = store, tasks, setup
        self.layout_ = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.intro)

    def title(self) -> str:
        raise NotImplementedError

    def wanted(self) -> bool:
        """False: the assistant passes this step by."""
        return True

    def planned(self) -> bool:
        """Counted in "Stap 2 van 4" (a step may be planned before it is wanted)."""
        return True

    def skipped(self) -> None:
        """The volunteer skipped this step."""

    def entered(self) -> None:
        """The step is shown: put the cursor where the typing starts."""
        self.focusNextChild()

    def job(self) -> Job | None:
        """What Next runs in the background (a UserError raised here is shown at once)."""
        return None

    def finished(self, result: object) -> None:
        """The job's result, on the UI thread."""

    def skip_refused(self) -> str:
        """A line that stops Skip once (empty: skipping is fine)."""
        return ""


def _field(parent: QWidget, name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    return edit


class PointStep(Step):
    """Name, address, phone, opening hours and logo: the letterhead of sheets and letters."""

    def __init__(self, store: Store, tasks: TaskRunner, setup: SetUp) -> None:
        super().__init__(store, tasks, setup)
        self.intro.setText(
            self.tr(
                "Welkom bij wijkinfo. Eerst de gegevens van uw informatiepunt. Ze staan boven "
                "en onder elke verwijsbrief en in elke brief aan een bewoner. U kunt ze later "
                "nog veranderen."
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = _field(self, "pointName", self.tr("Naam van het informatiepunt"))
        self.name.setPlaceholderText(self.tr("Bijvoorbeeld: Wijkpunt De Linde"))
        self.address = _field(self, "pointAddress", self.tr("Adres"))
        self.address.setPlaceholderText(self.tr("Straat en huisnummer, plaats"))
        self.phone = _field(self, "pointPhone", self.tr("Telefoonnummer"))
        self.phone.setPlaceholderText("030 123 45 67")
        self.hours = _field(self, "pointHours", self.tr("Openingstijden"))
        self.hours.setPlaceholderText(self.tr("Bijvoorbeeld: ma–vr 9.00–12.00"))
        self.logo = _field(self, "pointLogo", self.tr("Logo (een PNG- of JPG-bestand)"))
        self.choose_logo = QPushButton(self.tr("Logo &kiezen…"), self)
        self.choose_logo.setObjectName("chooseLogo")
        self.choose_logo.clicked.connect(self._ask_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(self.choose_logo)
        for text, edit in (
            (self.tr("&Naam"), self.name),
            (self.tr("&Adres"), self.address),
            (self.tr("&Telefoonnummer"), self.phone),
            (self.tr("&Openingstijden"), self.hours),
        ):
            form.addRow(text, edit)
        logo_label = QLabel(self.tr("&Logo"), self)
        logo_label.setBuddy(self.logo)
        form.addRow(logo_label, logo_row)
        self.layout_.addLayout(form)
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("Uw informatiepunt")

    def entered(self) -> None:
        self.name.setFocus()

    def _ask_logo(self) -> None:
        chosen = open_file_name(
            self, "logo", self.tr("Logo kiezen"), self.tr("Plaatjes (*.png *.jpg *.jpeg)")
        )
        if chosen is not None:
            self.logo.setText(str(chosen))

    def job(self) -> Job | None:
        return partial(
            save_point_settings,
            self.store,
            actor=self.setup.actor,
            name=self.name.text(),
            address=self.address.text(),
            phone=self.phone.text(),
            hours=self.hours.text(),
            logo=self.logo.text(),
        )

    def finished(self, result: object) -> None:
        assert isinstance(result, PointSettings)
        self.setup.point = result


class CoordinatorStep(Step):
    """The first coordinator; skippable, since looking up services needs nobody."""

    def __init__(self, store: Store, tasks: TaskRunner, setup: SetUp) -> None:
        super().__init__(store, tasks, setup)
        self.intro.setText(
            self.tr(
                "Nu de eerste coördinator: dat bent u, als u het informatiepunt beheert. Een "
                "coördinator maakt vrijwilligers aan, houdt de sociale kaart bij en leest "
                "signalen. Het wachtwoord heeft minstens 8 tekens.\n\n"
                "Zoeken en verwijzen werken ook zonder coördinator. Sluit deze computer aan "
                "bij de syncmap van uw organisatie? Sla deze stap dan over: de coördinatoren "
                "komen mee uit de syncmap."
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = _field(self, "firstName", self.tr("Naam van de coördinator"))
        self.password = _field(self, "firstPassword", self.tr("Wachtwoord"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = _field(self, "firstRepeat", self.tr("Wachtwoord nog een keer"))
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Naam"), self.name)
        form.addRow(self.tr("&Wachtwoord"), self.password)
        form.addRow(self.tr("Nog &een keer"), self.repeat)
        self.layout_.addLayout(form)
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("De eerste coördinator")

    def wanted(self) -> bool:
        return self.setup.actor is None

    def skipped(self) -> None:
        self.setup.coordinator_skipped = True

    def entered(self) -> None:
        self.name.setFocus()

    def job(self) -> Job | None:
        if self.password.text() != self.repeat.text():
            self.repeat.clear()
            self.repeat.setFocus()
            raise UserError(
                "De twee wachtwoorden zijn niet gelijk. Typ het wachtwoord nog een keer."
            )
        store, name, password = self.store, self.name.text(), self.password.text()

        def make_and_sign_in() -> tuple[Actor, str]:
            info = users.create_first_coordinator(store, name=name, password=password)
            return users.sign_in(store, name=name, password=password), info.recovery_code or ""

        return make_and_sign_in

    def finished(self, result: object) -> None:
        assert isinstance(result, tuple)
        self.setup.actor, self.setup.recovery_code = result
        self.password.clear()
        self.repeat.clear()


class RecoveryStep(Step):
    """The recovery code, once: save or print the sheet; say what is lost without it."""

    def __init__(self, store: Store, tasks: TaskRunner, setup: SetUp) -> None:
        super().__init__(store, tasks, setup)
        self.intro.setText(
            self.tr(
                "Dit is de herstelcode van uw informatiepunt. Contactgegevens van bewoners "
                "zijn versleuteld: alleen coördinatoren kunnen ze lezen, met hun wachtwoord. "
                "Vergeten alle coördinatoren hun wachtwoord, dan geeft alleen deze code weer "
                "toegang. Zonder de code zijn de contactgegevens dan voor altijd weg.\n\n"
                "Sla het herstelblad op of druk het af, en bewaar het papier op een veilige "
                "plek, niet bij de laptop. wijkinfo bewaart de code niet."
            )
        )
        self.code = QLabel(self)
        self.code.setObjectName("recoveryCode")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setWordWrap(True)
        self.code.setStyleSheet("font-family:monospace;font-weight:bold;")
        font = self.code.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.code.setFont(font)
        self.save = QPushButton(self.tr("Herstelblad &opslaan als PDF…"), self)
        self.save.setObjectName("saveRecoverySheet")
        self.save.clicked.connect(lambda: self.save_sheet())
        self.print_button = QPushButton(self.tr("Herstelblad &afdrukken…"), self)
        self.print_button.setObjectName("printRecoverySheet")
        self.print_button.clicked.connect(self.print_sheet)
        row = QHBoxLayout()
        row.addWidget(self.save)
        row.addWidget(self.print_button)
        row.addStretch(1)
        self.message = QLabel(self)
        self.message.setObjectName("recoveryMessage")
        self.message.setWordWrap(True)
        self.layout_.addWidget(self.code)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.message)
        self.layout_.addStretch(1)
        self._warned = False

    def title(self) -> str:
        return self.tr("Het herstelblad")

    def wanted(self) -> bool:
        return bool(self.setup.recovery_code)

    def planned(self) -> bool:
        return not self.setup.coordinator_skipped

    def entered(self) -> None:
        self.code.setText(self.setup.recovery_code)
        self.save.setFocus()

    def skip_refused(self) -> str:
        if self.setup.recovery_saved or self._warned:
            return ""
        self._warned = True
        return self.tr(
            "U heeft het herstelblad nog niet opgeslagen of afgedrukt. Schrijf de code dan nu "
            "over. Nog een keer Volgende gaat verder zonder herstelblad."
        )

    def job(self) -> Job | None:
        refused = self.skip_refused()
        if refused:
            raise UserError(refused)
        return None

    def save_sheet(self, path: Path | None = None) -> None:
        if path is None:
            path = save_file_name(
                self,
                "pdf",
                self.tr("Herstelblad opslaan"),
                "herstelblad-wijkinfo.pdf",
                "PDF (*.pdf)",
            )
        if path is None:
            return
        self.tasks.run(
            partial(
                write_recovery_sheet,
                self.store,
                code=self.setup.recovery_code,
                path=path,
                language=active_language(),
            ),
            on_done=self._saved,
            on_error=lambda exc: self.message.setText(error_text(exc)),
        )

    def _saved(self, path: object) -> None:
        self.setup.recovery_saved = True
        self.message.setText(
            self.tr(
                "Opgeslagen: {0}. Druk het af, bewaar het veilig en wis daarna het bestand."
            ).format(path)
        )

    def print_sheet(self) -> None:
        """Through a file outside the data folder that is gone again after printing."""
        folder = tempfile.mkdtemp(prefix="wijkinfo-herstel-")
        path = Path(folder) / "herstelblad.pdf"
        self.tasks.run(
            partial(
                write_recovery_sheet,
                self.store,
                code=self.setup.recovery_code,
                path=path,
                language=active_language(),
            ),
            on_done=lambda _p: self._print_file(path),
            on_error=lambda exc: self.message.setText(error_text(exc)),
        )

    def _print_file(self, path: Path) -> None:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from wijkinfo.ui.pdf_printing import prepare_printer, print_document

        try:
            document = QPdfDocument(self)
            document.load(str(path))
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            prepare_printer(printer)
            printer.setDocName(self.tr("Herstelblad"))
            dialog = QPrintDialog(printer, self)
            if dialog.exec() == QPrintDialog.DialogCode.Accepted:
                print_document(document, printer)
                self.setup.recovery_saved = True
                self.message.setText(self.tr("Het herstelblad is naar de printer gestuurd."))
            document.close()
        except OSError as exc:
            self.message.setText(error_text(exc))
        finally:
            path.unlink(missing_ok=True)
            path.parent.rmdir()
