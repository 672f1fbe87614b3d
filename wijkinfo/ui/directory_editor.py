"""Beheer → Sociale kaart: a coordinator edits the service shown in Zoeken, or adds one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wijkinfo.services.auth import can
from wijkinfo.services.directory_edit import (
    DirectoryEditor,
    HoursInput,
    PhoneInput,
    ServiceInput,
)
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import DIRECTORY
from wijkinfo.ui.user_messages import error_text

if TYPE_CHECKING:
    from wijkinfo.ui.main_window import MainWindow


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class DirectoryEditorView(QWidget):
    def __init__(self, window: MainWindow, editor: DirectoryEditor) -> None:
        super().__init__(window)
        self._window, self._editor = window, editor
        self._service_id: str | None = None
        self.heading = QLabel(self)
        self.organization = QComboBox(self)
        self.name = QLineEdit(self)
        self.description = QPlainTextEdit(self)
        self.url = QLineEdit(self)
        self.email = QLineEdit(self)
        self.fees = QLineEdit(self)
        self.eligibility = QLineEdit(self)
        self.address = QLineEdit(self)
        self.postal_code = QLineEdit(self)
        self.city = QLineEdit(self)
        self.phones = QPlainTextEdit(self)
        self.phones.setPlaceholderText(self.tr("Eén nummer per regel: 030-1234567 — Balie"))
        self.hours = QPlainTextEdit(self)
        self.hours.setPlaceholderText(self.tr("Eén regel per tijd: MO,TU,WE 09:00-17:00"))
        for box in (self.description, self.phones, self.hours):
            box.setMaximumHeight(80)
        form = QFormLayout()
        for label, widget in (
            (self.tr("Organisatie"), self.organization), (self.tr("Naam"), self.name),
            (self.tr("Omschrijving"), self.description), (self.tr("Website"), self.url),
            (self.tr("E-mail"), self.email), (self.tr("Kosten"), self.fees),
            (self.tr("Voor wie"), self.eligibility), (self.tr("Adres"), self.address),
            (self.tr("Postcode"), self.postal_code), (self.tr("Plaats"), self.city),
            (self.tr("Telefoon"), self.phones), (self.tr("Openingstijden"), self.hours),
        ):
            form.addRow(label, widget)
        self.load_button = QPushButton(self.tr("Bewerk de dienst uit Zoeken"), self)
        self.new_button = QPushButton(self.tr("Nieuwe dienst"), self)
        self.save_button = QPushButton(self.tr("Opslaan"), self)
        self.checked_button = QPushButton(self.tr("Vandaag gecontroleerd"), self)
        self.retire_button = QPushButton(self.tr("Niet meer actief"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.load_button.clicked.connect(self.load_current)
        self.new_button.clicked.connect(self.new_service)
        self.save_button.clicked.connect(self.save)
        self.checked_button.clicked.connect(self.mark_checked)
        self.retire_button.clicked.connect(self.retire)
        buttons = QHBoxLayout()
        for b in (self.load_button, self.new_button, self.save_button, self.checked_button,
                  self.retire_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        window.actor_changed.connect(lambda _a: self.refresh_organizations())
        window.changes.changed.connect(
            lambda c: c.topic == DIRECTORY and not c.ids and self.refresh_organizations()
        )
        self.refresh_organizations()
        self.new_service()

    def refresh_organizations(self) -> None:
        if not can(self._window.actor, "directory.edit"):
            return
        current = self.organization.currentData()
        self.organization.clear()
        for org_id, name in self._editor.organizations(actor=self._window.actor):
            self.organization.addItem(name, org_id)
        if current:
            self.organization.setCurrentIndex(max(0, self.organization.findData(current)))

    def new_service(self) -> None:
        self._service_id = None
        self.heading.setText(self.tr("Nieuwe dienst"))
        for w in (self.name, self.url, self.email, self.fees, self.eligibility, self.address,
                  self.postal_code, self.city):
            w.clear()
        for box in (self.description, self.phones, self.hours):
            box.clear()
        self._set_buttons()

    def _set_buttons(self) -> None:
        self.checked_button.setEnabled(self._service_id is not None)
        self.retire_button.setEnabled(self._service_id is not None)

    def load_current(self) -> None:
        service_id = self._window.search_view.current_service_id()
        if not service_id:
            self.message.setText(self.tr("Zoek eerst een dienst op in Zoeken."))
            return
        self.load(service_id)

    def load(self, service_id: str) -> None:
        try:
            data = self._editor.service_form(actor=self._window.actor, service_id=service_id)
        except UserError as exc:
            self.message.setText(error_text(exc))
            return
        self._service_id = service_id
        self.heading.setText(self.tr("Bewerken: {0}").format(data.name))
        self.organization.setCurrentIndex(max(0, self.organization.findData(data.organization_id)))
        self.name.setText(data.name)
        self.description.setPlainText(data.description)
        for widget, value in ((self.url, data.url), (self.email, data.email),
                              (self.fees, data.fees), (self.eligibility, data.eligibility),
                              (self.address, data.address), (self.postal_code, data.postal_code),
                              (self.city, data.city)):
            widget.setText(value or "")
        self.phones.setPlainText("\n".join(
            p.number + (f" — {p.description}" if p.description else "") for p in data.phones))
        self.hours.setPlainText("\n".join(f"{h.days} {h.opens}-{h.closes}" for h in data.hours))
        self.message.clear()
        self._set_buttons()

    def form(self) -> ServiceInput:
        phones = []
        for line in _lines(self.phones.toPlainText()):
            number, _sep, note = line.partition("—")
            phones.append(PhoneInput(number.strip(), note.strip() or None))
        hours = []
        for line in _lines(self.hours.toPlainText()):
            days, _sep, span = line.rpartition(" ")
            opens, _sep, closes = span.partition("-")
            hours.append(HoursInput(days.replace(" ", ""), opens, closes))
        return ServiceInput(
            name=self.name.text(), organization_id=self.organization.currentData() or "",
            description=self.description.toPlainText(), url=self.url.text(),
            email=self.email.text(), fees=self.fees.text(), eligibility=self.eligibility.text(),
            address=self.address.text(), postal_code=self.postal_code.text(),
            city=self.city.text(), phones=tuple(phones), hours=tuple(hours),
        )

    def save(self) -> None:
        try:
            self._service_id = self._editor.save_service(
                actor=self._window.actor, data=self.form(), service_id=self._service_id
            )
        except UserError as exc:
            self.message.setStyleSheet("color:#8a1c1c;font-weight:bold")
            self.message.setText(self.tr("Niet opgeslagen: {0}").format(error_text(exc)))
            return
        self.message.setStyleSheet("color:#1d6b2f")
        self.message.setText(self.tr("Opgeslagen."))
        self.heading.setText(self.tr("Bewerken: {0}").format(self.name.text()))
        self._set_buttons()

    def mark_checked(self) -> None:
        self._act(self._editor.mark_checked, self.tr("Gemarkeerd als vandaag gecontroleerd."))

    def retire(self) -> None:
        self._act(self._editor.retire_service, self.tr("De dienst staat nu op niet actief."))

    def _act(self, fn, done: str) -> None:
        if not self._service_id:
            return
        try:
            fn(actor=self._window.actor, service_id=self._service_id)
        except UserError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(done)
