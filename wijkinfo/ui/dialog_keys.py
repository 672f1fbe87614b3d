"""The same keys in every dialog: Ctrl+Enter sends, Esc cancels (Qt's own), Tab moves on.

Volunteers who work without the mouse learn one habit; a multi-line text field would otherwise
swallow both Tab (a tab character) and Enter (a new line), leaving no way out but the mouse.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

SEND_KEYS = ("Ctrl+Return", "Ctrl+Enter")


def ctrl_enter_accepts(dialog: QDialog) -> None:
    """Ctrl+Enter accepts ``dialog`` from any field in it (Esc already rejects)."""
    for keys in SEND_KEYS:
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(dialog.accept)


class TextDialog(QDialog):
    """Asks for a few lines of text: Tab to the buttons, Ctrl+Enter sends, Esc cancels."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str) -> None:
        super().__init__(parent)
        self.setObjectName("textDialog")
        self.setWindowTitle(title)
        self.label = QLabel(prompt, self)
        self.label.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("dialogText")
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(prompt)
        self.label.setBuddy(self.edit)
        self.hint = QLabel(self.tr("Ctrl+Enter verstuurt, Esc annuleert."), self)
        self.hint.setStyleSheet("color:#555")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        ctrl_enter_accepts(self)
        self.edit.setFocus()

    def text(self) -> str:
        return self.edit.toPlainText()


def ask_text(parent: QWidget | None, title: str, prompt: str) -> str | None:
    """The text, or None when the volunteer cancelled."""
    dialog = TextDialog(parent, title, prompt)
    try:
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
