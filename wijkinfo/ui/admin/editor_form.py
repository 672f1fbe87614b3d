"""What the two directory editors (Sociale kaart, Organisaties) share: the heading with the
record's name and state, one message line, Ctrl+S, the question before unsaved changes are lost,
a failed save that puts the cursor in the field at fault, and unsaved changes carried over to the
same editor built anew (the window in another language)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from wijkinfo.services.directory.checks import field_at_fault
from wijkinfo.services.errors import UserError
from wijkinfo.ui.admin.unsaved_changes import may_leave
from wijkinfo.ui.user_messages import error_text

ERROR_STYLE = "color:#8a1c1c;font-weight:bold"
DONE_STYLE = "color:#1d6b2f"


@dataclass(frozen=True)
class EditorState:
    """The record in the form and only the fields typed over since it was loaded, so that a
    field left alone is shown as the new editor loads it (opening hours in its language)."""

    record_id: str | None = None
    changed: tuple[tuple[str, object], ...] = ()
    list_filter: str = ""


def _value(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    raise TypeError(type(widget).__name__)


def _put(widget: QWidget, value: object) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(str(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(value))
    elif isinstance(widget, QComboBox):
        found = (i for i in range(widget.count()) if widget.itemData(i) == value)
        widget.setCurrentIndex(next(found, -1))


class EditorForm(QWidget):
    """A subclass makes ``name`` and ``retire_button``, and provides ``save() -> bool``,
    ``_values()`` (the form's contents, to notice changes), ``_fields()`` (the service
    layer's field names and their widgets), ``_record_id()`` and ``_open(record_id)`` (load it,
    or an empty form for None); it calls ``_mark_clean()`` whenever the form shows what is
    stored."""

    name: QLineEdit
    retire_button: QPushButton

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._active = True
        self._clean: tuple = ()  # the form as loaded, to notice unsaved changes
        self._clean_inputs: dict[str, object] = {}  # the same, per field
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight:bold")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        save = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def save(self) -> bool:
        raise NotImplementedError

    def _values(self) -> tuple:
        raise NotImplementedError

    def _fields(self) -> dict[str, QWidget]:
        raise NotImplementedError

    def _record_id(self) -> str | None:
        raise NotImplementedError

    def _open(self, record_id: str | None) -> None:
        raise NotImplementedError

    def _inputs(self) -> dict[str, QWidget]:
        """Every field the coordinator fills in, by name."""
        return self._fields()

    def _input_values(self) -> dict[str, object]:
        return {name: _value(widget) for name, widget in self._inputs().items()}

    def _mark_clean(self) -> None:
        self._clean = self._values()
        self._clean_inputs = self._input_values()

    def keep(self) -> EditorState:
        """The record and the unsaved changes to it."""
        clean = self._clean_inputs
        changed = tuple(
            (name, value)
            for name, value in self._input_values().items()
            if name not in clean or value != clean[name]
        )
        return EditorState(self._record_id(), changed)

    def restore(self, state: EditorState) -> None:
        """The same record with the same unsaved changes (still unsaved: leaving asks)."""
        self._open(state.record_id)
        inputs = self._inputs()
        for name, value in state.changed:
            if name in inputs:
                _put(inputs[name], value)

    def _show(self, text: str, style: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)

    def _set_heading(self, name: str) -> None:
        if self._active:
            self.heading.setText(
                QCoreApplication.translate("EditorForm", "Bewerken: {0}").format(name)
            )
        else:
            self.heading.setText(
                QCoreApplication.translate("EditorForm", "Bewerken: {0} (niet actief)").format(name)
            )

    def _set_retire_text(self) -> None:
        if self._active:
            self.retire_button.setText(QCoreApplication.translate("EditorForm", "Niet meer actief"))
        else:
            self.retire_button.setText(QCoreApplication.translate("EditorForm", "Weer actief"))

    def _may_leave(self) -> bool:
        return may_leave(self, self._values() != self._clean, self.name.text(), self.save)

    def _save_failed(self, exc: UserError) -> bool:
        """Say why nothing was saved and put the cursor where the mistake is; False."""
        why = QCoreApplication.translate("EditorForm", "Niet opgeslagen: {0}")
        self._show(why.format(error_text(exc)), ERROR_STYLE)
        widget = self._fields().get(field_at_fault(exc) or "")
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return False
