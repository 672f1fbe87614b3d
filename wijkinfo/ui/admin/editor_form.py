"""What the two directory editors (Sociale kaart, Organisaties) share: the heading with the
record's name and state, one message line, Ctrl+S, the question before unsaved changes are lost,
and a failed save that puts the cursor in the field at fault."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from wijkinfo.services.directory.checks import field_at_fault
from wijkinfo.services.errors import UserError
from wijkinfo.ui.admin.unsaved_changes import may_leave
from wijkinfo.ui.user_messages import error_text

ERROR_STYLE = "color:#8a1c1c;font-weight:bold"
DONE_STYLE = "color:#1d6b2f"


class EditorForm(QWidget):
    """A subclass makes ``name`` and ``retire_button``, and provides ``save() -> bool``,
    ``_values()`` (the form's contents, to notice changes) and ``_fields()`` (the service
    layer's field names and their widgets)."""

    name: QLineEdit
    retire_button: QPushButton

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._active = True
        self._clean: tuple = ()  # the form as loaded, to notice unsaved changes
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
