"""Qt's own dialogs (file dialog, message box buttons, print dialog) speak the user's language.

Each dialog is built twice, once with no translator (Qt's English source texts) and once in the
Dutch UI; every text that the Dutch dialog shows the same as the English one is a leak, unless
it is a word Dutch shares with English.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QWidget,
    QWizard,
)

# Words the Dutch of Qt rightly keeps as they are; paper sizes and units are names.
SAME_IN_DUTCH = {"OK", "Help", "Type", "Type:", "Millimeters (mm)", "Inches (in)", "..."}
SAME_IN_DUTCH |= {"Cicero (CC)", "Didot (DD)", "Pica (P\u0338)"}
_NAME_LIKE = re.compile(r"^[\d,.]+ ?(mm|in|pt)$|^[^A-Za-z]*$")

Q = QMessageBox.StandardButton


def _file_dialog() -> QWidget:
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.setNameFilters(["PDF (*.pdf)"])
    return dialog


def _message_box() -> QWidget:
    return QMessageBox(
        QMessageBox.Icon.Question, "x", "x", Q.Yes | Q.No | Q.Ok | Q.Cancel | Q.Close | Q.Save
    )


def _line_edit_menu() -> QWidget:
    field = QLineEdit()
    menu = field.createStandardContextMenu()
    menu.setParent(None)
    menu.field = field  # keeps the field (and so its actions) alive with the menu
    return menu


DIALOGS = {
    "file dialog": _file_dialog,
    "message box": _message_box,
    "input dialog": QInputDialog,
    "progress dialog": QProgressDialog,
    "wizard": QWizard,
    "text field menu": _line_edit_menu,
    "print dialog": lambda: QPrintDialog(QPrinter()),
    "page setup": lambda: QPageSetupDialog(QPrinter()),
}


def visible_texts(root: QWidget) -> list[str]:
    """What a user reads: labels, buttons, tooltips, menu items, combo items, column heads."""
    out: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        for name in ("text", "toolTip", "placeholderText"):
            getter = getattr(widget, name, None)
            if callable(getter):
                try:
                    value = getter()
                except TypeError:
                    continue
                if isinstance(value, str) and value:
                    out.append(value)
        out += [action.text() for action in widget.actions() if action.text()]
        if isinstance(widget, QComboBox):
            out += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            out += [
                str(model.headerData(i, Qt.Orientation.Horizontal))
                for i in range(model.columnCount())
            ]
    return out


def _texts(qtbot, make) -> list[str]:
    dialog = make()
    qtbot.addWidget(dialog)
    return visible_texts(dialog)


@pytest.mark.parametrize("kind", sorted(DIALOGS))
def test_qt_dialogs_say_nothing_in_english_in_the_dutch_ui(qtbot, language, kind):
    english = _texts(qtbot, DIALOGS[kind])
    language("nl")
    dutch = _texts(qtbot, DIALOGS[kind])
    assert len(dutch) == len(english)
    leaks = {
        e
        for e, d in zip(english, dutch, strict=True)
        if e == d and re.search("[a-z]{2}", e) and e not in SAME_IN_DUTCH and e != "x"
        if not _NAME_LIKE.match(e) and not _is_paper_or_folder(e)
    }
    assert leaks == set()


def _is_paper_or_folder(text: str) -> bool:
    from PySide6.QtGui import QPageSize

    papers = {QPageSize(size).name() for size in QPageSize.PageSizeId}
    return text in papers or text.startswith("/") or "(*." in text


def test_the_file_dialog_and_buttons_are_dutch(qtbot, language):
    language("nl")
    texts = _texts(qtbot, _file_dialog)
    assert "&Zoeken in:" in texts and "Bestands&type:" in texts
    box = _texts(qtbot, _message_box)
    assert {"Annuleren", "&Ja", "&Nee", "Opslaan"} <= set(box)


def test_the_english_ui_keeps_qt_in_english(qtbot, language):
    language("en")
    assert "&Look in:" in _texts(qtbot, _file_dialog)
    assert "Cancel" in _texts(qtbot, _message_box)
