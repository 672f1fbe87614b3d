"""Beheer → Organisaties: a coordinator adds, corrects and retires the organisations."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wijkinfo.services.directory.services_edit import DirectoryEditor
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import DIRECTORY, Change
from wijkinfo.services.people.auth import can
from wijkinfo.ui.admin.editor_form import DONE_STYLE, ERROR_STYLE, EditorForm, EditorState
from wijkinfo.ui.desk_context import DeskContext
from wijkinfo.ui.flow_layout import FlowLayout
from wijkinfo.ui.user_messages import error_text

_ID = Qt.ItemDataRole.UserRole


class OrganizationEditorView(EditorForm):
    def __init__(
        self, context: DeskContext, editor: DirectoryEditor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context, self._editor = context, editor
        self._org_id: str | None = None

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Zoek een organisatie"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.returnPressed.connect(self._open_first_match)
        self.list = QListWidget(self)
        self.list.setObjectName("organizationList")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._picked)
        left = QVBoxLayout()
        left.addWidget(self.filter)
        left.addWidget(self.list, 1)

        self.name = QLineEdit(self)
        self.description = QPlainTextEdit(self)
        self.description.setMaximumHeight(100)
        self.description.setTabChangesFocus(True)  # Tab goes on to the next field
        self.website = QLineEdit(self)
        self.website.setPlaceholderText("www.voorbeeld.nl")
        self.email = QLineEdit(self)
        self.email.setPlaceholderText("info@voorbeeld.nl")
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(self.tr("Algemeen nummer, zoals 030-1234567"))
        self.services = QLabel(self)
        form = QFormLayout()
        for label, widget in (
            (self.tr("Naam"), self.name),
            (self.tr("Omschrijving"), self.description),
            (self.tr("Website"), self.website),
            (self.tr("E-mail"), self.email),
            (self.tr("Telefoon"), self.phone),
            (self.tr("Diensten"), self.services),
        ):
            form.addRow(label, widget)

        self.new_button = QPushButton(self.tr("Nieuwe organisatie"), self)
        self.save_button = QPushButton(self.tr("Opslaan (Ctrl+S)"), self)
        self.retire_button = QPushButton(self)
        self.new_button.clicked.connect(self._new_clicked)
        self.save_button.clicked.connect(self.save)
        self.retire_button.clicked.connect(self.retire_or_reactivate)
        buttons = FlowLayout()  # wraps at large text, so the list keeps its share of the width
        for b in (self.new_button, self.save_button, self.retire_button):
            buttons.addWidget(b)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addLayout(buttons)
        right.addWidget(self.message)
        right.addLayout(form)
        right.addStretch(1)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 2)
        context.actor_changed.connect(lambda _a: self.refresh())
        context.changes.changed.connect(self._on_change)
        self.refresh()
        self.new_organization()

    # the list ---------------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if change.topic == DIRECTORY:
            self.refresh()

    def refresh(self) -> None:
        """Reload the list, keeping the organisation in the form selected."""
        if not can(self._context.actor(), "directory.edit"):
            self.list.clear()
            return
        self.list.blockSignals(True)
        self.list.clear()
        grey = QBrush(QColor("#6b6b6b"))
        for row in self._editor.organization_list(actor=self._context.actor()):
            label = row.name if row.active else self.tr("{0} (niet actief)").format(row.name)
            item = QListWidgetItem(label)
            item.setData(_ID, row.id)
            if not row.active:
                item.setForeground(grey)
            self.list.addItem(item)
            if row.id == self._org_id:
                self.list.setCurrentItem(item)
        self._apply_filter(self.filter.text())
        self.list.blockSignals(False)

    def _apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(not all(w in item.text().casefold() for w in words))

    def _picked(self, item: QListWidgetItem | None, _previous) -> None:
        if item is None or item.data(_ID) == self._org_id:
            return
        target = item.data(_ID)  # saving below rebuilds the list: keep the id, not the item
        if self._may_leave():
            self.load(target)
        self._select_row(self._org_id)

    def _select_row(self, organization_id: str | None) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        for i in range(self.list.count()):
            if self.list.item(i).data(_ID) == organization_id:
                self.list.setCurrentRow(i)
        self.list.blockSignals(False)

    def _record_id(self) -> str | None:
        return self._org_id

    def _open(self, record_id: str | None) -> None:
        if record_id is None:
            self.new_organization()
        else:
            self.load(record_id)
            self._select_row(record_id)

    def keep(self) -> EditorState:
        return replace(super().keep(), list_filter=self.filter.text())

    def restore(self, state: EditorState) -> None:
        self.filter.setText(state.list_filter)
        super().restore(state)

    def _new_clicked(self) -> None:
        if self._may_leave():
            self.new_organization()
            self.name.setFocus()

    def _open_first_match(self) -> None:
        """Enter in the search box opens the first organisation still listed."""
        for i in range(self.list.count()):
            if not self.list.item(i).isHidden():
                self.list.setCurrentRow(i)
                self.name.setFocus()
                return

    def select(self, organization_id: str) -> None:
        """Show this organisation in the form (from the service editor's button)."""
        self.filter.clear()
        if organization_id != self._org_id and self._may_leave():
            self.load(organization_id)
        self._select_row(self._org_id)
        self.name.setFocus()

    # the form ---------------------------------------------------------------------------

    def new_organization(self) -> None:
        self._org_id, self._active = None, True
        self.list.blockSignals(True)
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self.heading.setText(self.tr("Nieuwe organisatie"))
        for w in (self.name, self.website, self.email, self.phone):
            w.clear()
        self.description.clear()
        self.services.setText(self.tr("nog geen"))
        self.message.clear()
        self._set_buttons()
        self._mark_clean()

    def load(self, organization_id: str) -> None:
        try:
            form = self._editor.organization_form(
                actor=self._context.actor(), organization_id=organization_id
            )
        except UserError as exc:
            self._show(error_text(exc), ERROR_STYLE)
            return
        self._org_id, self._active = form.id, form.active
        self._set_heading(form.name)
        self.name.setText(form.name)
        self.description.setPlainText(form.description)
        self.website.setText(form.website or "")
        self.email.setText(form.email or "")
        self.phone.setText(form.phone or "")
        self.services.setText(self.tr("%n actieve dienst(en)", "", form.active_services))
        self.message.clear()
        self._set_buttons()
        self._mark_clean()

    def _set_buttons(self) -> None:
        self.retire_button.setEnabled(self._org_id is not None)
        self._set_retire_text()

    def _values(self) -> tuple[str, ...]:
        return (
            self.name.text(),
            self.description.toPlainText(),
            self.website.text(),
            self.email.text(),
            self.phone.text(),
        )

    def _fields(self) -> dict[str, QWidget]:
        return {
            "name": self.name,
            "description": self.description,
            "website": self.website,
            "email": self.email,
            "phone": self.phone,
        }

    def save(self) -> bool:
        try:
            self._org_id = self._editor.save_organization(
                actor=self._context.actor(),
                organization_id=self._org_id,
                name=self.name.text(),
                description=self.description.toPlainText(),
                website=self.website.text(),
                email=self.email.text(),
                phone=self.phone.text(),
            )
        except UserError as exc:
            return self._save_failed(exc)
        self.refresh()  # also done by the change event; here so the list is right at once
        self.load(self._org_id)
        self._show(self.tr("Opgeslagen."), DONE_STYLE)
        return True

    def retire_or_reactivate(self) -> None:
        if not self._org_id:
            return
        name = self.name.text()
        try:
            if self._active:
                count = self._editor.retire_organization(
                    actor=self._context.actor(), organization_id=self._org_id
                )
                text = self.tr(
                    "{0} staat nu op niet actief, met %n dienst(en) die nog actief "
                    "waren. ‘Weer actief’ zet ze terug.",
                    "",
                    count,
                ).format(name)
            else:
                count = self._editor.reactivate_organization(
                    actor=self._context.actor(), organization_id=self._org_id
                )
                text = self.tr("{0} is weer actief, met %n dienst(en).", "", count).format(name)
        except UserError as exc:
            self._show(error_text(exc), ERROR_STYLE)
            return
        self.refresh()
        self.load(self._org_id)
        self._show(text, DONE_STYLE)
