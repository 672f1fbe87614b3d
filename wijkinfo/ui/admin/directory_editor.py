"""Beheer → Sociale kaart: a coordinator edits the service shown in Zoeken, or adds one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wijkinfo.services.directory.hours_text import hours_from_text, hours_lines
from wijkinfo.services.directory.services_edit import (
    DirectoryEditor,
    ServiceInput,
    phones_from_text,
)
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import DIRECTORY, Change
from wijkinfo.services.people.auth import can
from wijkinfo.ui.admin.editor_form import DONE_STYLE, ERROR_STYLE, EditorForm
from wijkinfo.ui.desk_context import DeskContext
from wijkinfo.ui.flow_layout import FlowLayout
from wijkinfo.ui.user_messages import error_text


class DirectoryEditorView(EditorForm):
    #: the coordinator wants to edit this organisation (its id) in Beheer › Organisaties
    edit_organization_requested = Signal(str)

    def __init__(
        self,
        context: DeskContext,
        editor: DirectoryEditor,
        current_service: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        """``current_service``: the id of the service shown in Zoeken (None when none)."""
        super().__init__(parent)
        self._context, self._editor = context, editor
        self._current_service = current_service
        self._service_id: str | None = None
        self.organization = QComboBox(self)
        self.organization.setPlaceholderText(self.tr("Kies een organisatie"))
        self.name = QLineEdit(self)
        self.description = QPlainTextEdit(self)
        self.url = QLineEdit(self)
        self.email = QLineEdit(self)
        self.fees = QLineEdit(self)
        self.free = QComboBox(self)  # the "Gratis" filter at the desk reads this
        for label, value in (
            (self.tr("Gratis: onbekend"), None),
            (self.tr("Gratis"), True),
            (self.tr("Niet gratis"), False),
        ):
            self.free.addItem(label, value)
        fees_row = QHBoxLayout()
        fees_row.addWidget(self.fees, 1)
        fees_row.addWidget(self.free)
        self.eligibility = QLineEdit(self)
        self.address = QLineEdit(self)
        self.postal_code = QLineEdit(self)
        self.city = QLineEdit(self)
        self.phones = QPlainTextEdit(self)
        self.phones.setPlaceholderText(
            self.tr("Eén nummer per regel, met een toelichting als dat helpt: 030-1234567 Balie")
        )
        self.hours = QPlainTextEdit(self)
        self.hours.setPlaceholderText(
            self.tr(
                "Eén regel per tijd: ma-vr 09:00-17:00 of di,do 13:30-16:00 "
                "(vr 22:00-02:00 is tot na middernacht)"
            )
        )
        for box in (self.description, self.phones, self.hours):
            box.setMaximumHeight(80)
            box.setTabChangesFocus(True)  # Tab goes on to the next field
        self.edit_organization_button = QPushButton(self.tr("Organisatie bewerken"), self)
        self.edit_organization_button.clicked.connect(self._edit_organization)
        organization_row = QHBoxLayout()
        organization_row.addWidget(self.organization, 1)
        organization_row.addWidget(self.edit_organization_button)
        form = QFormLayout()
        form.addRow(self.tr("Organisatie"), organization_row)
        for label, widget in (
            (self.tr("Naam"), self.name),
            (self.tr("Omschrijving"), self.description),
            (self.tr("Website"), self.url),
            (self.tr("E-mail"), self.email),
            (self.tr("Kosten"), fees_row),
            (self.tr("Voor wie"), self.eligibility),
            (self.tr("Adres"), self.address),
            (self.tr("Postcode"), self.postal_code),
            (self.tr("Plaats"), self.city),
            (self.tr("Telefoon"), self.phones),
            (self.tr("Openingstijden"), self.hours),
        ):
            form.addRow(label, widget)
        self.load_button = QPushButton(self.tr("Bewerk de dienst uit Zoeken"), self)
        self.new_button = QPushButton(self.tr("Nieuwe dienst"), self)
        self.save_button = QPushButton(self.tr("Opslaan (Ctrl+S)"), self)
        self.checked_button = QPushButton(self.tr("Vandaag gecontroleerd"), self)
        self.retire_button = QPushButton(self)
        self.load_button.clicked.connect(self.load_current)
        self.new_button.clicked.connect(self._new_clicked)
        self.save_button.clicked.connect(self.save)
        self.checked_button.clicked.connect(self.mark_checked)
        self.retire_button.clicked.connect(self.retire_or_reactivate)
        buttons = FlowLayout()  # wraps at large text instead of running past the edge
        for b in (
            self.load_button,
            self.new_button,
            self.save_button,
            self.checked_button,
            self.retire_button,
        ):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.message)  # under the buttons: seen even on a small screen
        layout.addLayout(form)
        layout.addStretch(1)
        context.actor_changed.connect(lambda _a: self.refresh_organizations())
        # any directory change may be an organisation saved, renamed or retired
        context.changes.changed.connect(self._on_change)
        self.refresh_organizations()
        self.new_service()

    def _edit_organization(self) -> None:
        if self.organization.currentData():
            self.edit_organization_requested.emit(self.organization.currentData())

    def _on_change(self, change: Change) -> None:
        if change.topic == DIRECTORY:
            self.refresh_organizations()

    def refresh_organizations(self) -> None:
        if not can(self._context.actor(), "directory.edit"):
            return
        current = self.organization.currentData()
        was_clean = self._values() == self._clean
        self.organization.blockSignals(True)
        self.organization.clear()
        for row in self._editor.organization_list(actor=self._context.actor()):
            label = row.name if row.active else self.tr("{0} (niet actief)").format(row.name)
            self.organization.addItem(label, row.id)
        if current:
            self.organization.setCurrentIndex(max(0, self.organization.findData(current)))
        if not current:
            self.organization.setCurrentIndex(-1)
        self.organization.blockSignals(False)
        if was_clean:  # a list filled in is no change of the coordinator's
            self._mark_clean()

    def new_service(self) -> None:
        self._service_id, self._active = None, True
        self.heading.setText(self.tr("Nieuwe dienst"))
        self.message.clear()
        for w in (
            self.name,
            self.url,
            self.email,
            self.fees,
            self.eligibility,
            self.address,
            self.postal_code,
            self.city,
        ):
            w.clear()
        for box in (self.description, self.phones, self.hours):
            box.clear()
        self.free.setCurrentIndex(0)
        # no organisation chosen beforehand: a new service under the first name in the list
        # by accident is worse than one question ("Kies de organisatie van deze dienst.")
        self.organization.setCurrentIndex(-1)
        self._set_buttons()
        self._mark_clean()

    def _record_id(self) -> str | None:
        return self._service_id

    def _open(self, record_id: str | None) -> None:
        if record_id is None:
            self.new_service()
        else:
            self.load(record_id)

    def _inputs(self) -> dict[str, QWidget]:
        return {**self._fields(), "free": self.free}

    def _new_clicked(self) -> None:
        if self._may_leave():
            self.new_service()
            self.name.setFocus()

    def _values(self) -> tuple:
        return (
            self.organization.currentData(),
            self.free.currentData(),
            self.description.toPlainText(),
            self.phones.toPlainText(),
            self.hours.toPlainText(),
            *(
                w.text()
                for w in (
                    self.name,
                    self.url,
                    self.email,
                    self.fees,
                    self.eligibility,
                    self.address,
                    self.postal_code,
                    self.city,
                )
            ),
        )

    def _set_buttons(self) -> None:
        self.checked_button.setEnabled(self._service_id is not None)
        self.retire_button.setEnabled(self._service_id is not None)
        self._set_retire_text()

    def load_current(self) -> None:
        service_id = self._current_service()
        if not service_id:
            self._show(self.tr("Zoek eerst een dienst op in Zoeken."), ERROR_STYLE)
            return
        self.load(service_id)

    def load(self, service_id: str) -> None:
        """Show this service in the form (asks first when the form has unsaved changes)."""
        if service_id != self._service_id and not self._may_leave():
            return
        try:
            data = self._editor.service_form(actor=self._context.actor(), service_id=service_id)
        except UserError as exc:
            self._show(error_text(exc), ERROR_STYLE)
            return
        self._service_id, self._active = service_id, data.active
        self._set_heading(data.name)
        # -1 (none chosen) rather than silently another organisation
        self.organization.setCurrentIndex(self.organization.findData(data.organization_id))
        self.name.setText(data.name)
        self.description.setPlainText(data.description)
        for widget, value in (
            (self.url, data.url),
            (self.email, data.email),
            (self.fees, data.fees),
            (self.eligibility, data.eligibility),
            (self.address, data.address),
            (self.postal_code, data.postal_code),
            (self.city, data.city),
        ):
            widget.setText(value or "")
        self.phones.setPlainText(
            "\n".join(
                p.number + (f" — {p.description}" if p.description else "") for p in data.phones
            )
        )
        self.hours.setPlainText(hours_lines(data.hours, self._day_names()))
        self.free.setCurrentIndex(max(0, self.free.findData(data.is_free)))
        self.message.clear()
        self._set_buttons()
        self._mark_clean()

    def _day_names(self) -> tuple[str, ...]:
        # English: mo, tu, … — the HSDS codes, which the hours parser reads as well
        return (
            self.tr("ma"),
            self.tr("di"),
            self.tr("wo"),
            self.tr("do"),
            self.tr("vr"),
            self.tr("za"),
            self.tr("zo"),
        )

    def form(self) -> ServiceInput:
        hours = hours_from_text(self.hours.toPlainText())
        return ServiceInput(
            name=self.name.text(),
            organization_id=self.organization.currentData() or "",
            description=self.description.toPlainText(),
            url=self.url.text(),
            email=self.email.text(),
            fees=self.fees.text(),
            is_free=self.free.currentData(),
            eligibility=self.eligibility.text(),
            address=self.address.text(),
            postal_code=self.postal_code.text(),
            city=self.city.text(),
            phones=phones_from_text(self.phones.toPlainText()),
            hours=hours,
        )

    def save(self) -> bool:
        try:
            self._service_id = self._editor.save_service(
                actor=self._context.actor(), data=self.form(), service_id=self._service_id
            )
        except UserError as exc:
            return self._save_failed(exc)
        self._show(self.tr("Opgeslagen."), DONE_STYLE)
        self._set_heading(self.name.text())
        self._set_buttons()
        self._mark_clean()
        return True

    def _fields(self) -> dict[str, QWidget]:
        """The service layer's field names (see directory_checks) and their widgets."""
        return {
            "organization": self.organization,
            "name": self.name,
            "description": self.description,
            "url": self.url,
            "email": self.email,
            "fees": self.fees,
            "eligibility": self.eligibility,
            "address": self.address,
            "postal_code": self.postal_code,
            "city": self.city,
            "phones": self.phones,
            "hours": self.hours,
        }

    def mark_checked(self) -> None:
        self._act(self._editor.mark_checked, self.tr("Gemarkeerd als vandaag gecontroleerd."))

    def retire_or_reactivate(self) -> None:
        if self._active:
            done = self._act(
                self._editor.retire_service, self.tr("De dienst staat nu op niet actief.")
            )
        else:
            done = self._act(self._editor.reactivate_service, self.tr("De dienst is weer actief."))
        if done:
            self._active = not self._active
            self._set_heading(self.name.text())
            self._set_buttons()

    def _act(self, fn, done: str) -> bool:
        if not self._service_id:
            return False
        try:
            fn(actor=self._context.actor(), service_id=self._service_id)
        except UserError as exc:
            self._show(error_text(exc), ERROR_STYLE)
            return False
        self._show(done, DONE_STYLE)
        return True
