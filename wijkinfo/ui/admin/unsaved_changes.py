"""Before an editor shows something else: "your changes are not saved yet" — save, drop, stay."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

SAVE, DISCARD, STAY = "save", "discard", "stay"


def ask_about_changes(parent: QWidget, name: str) -> str:
    """SAVE, DISCARD or STAY, as the coordinator answers."""
    # each text spelled out in its own translate(): lupdate finds only literal texts
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("wijkinfo")
    box.setText(
        QCoreApplication.translate(
            "UnsavedChanges", "De wijzigingen in ‘{0}’ zijn nog niet opgeslagen."
        ).format(name or QCoreApplication.translate("UnsavedChanges", "nieuw"))
    )
    save = box.addButton(
        QCoreApplication.translate("UnsavedChanges", "Opslaan"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("UnsavedChanges", "Niet opslaan"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    stay = box.addButton(
        QCoreApplication.translate("UnsavedChanges", "Terug naar het formulier"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(save)
    box.setEscapeButton(stay)
    box.exec()
    clicked = box.clickedButton()
    return SAVE if clicked is save else DISCARD if clicked is discard else STAY


def may_leave(parent: QWidget, changed: bool, name: str, save: Callable[[], bool]) -> bool:
    """True when the form may show something else: nothing changed, saved, or dropped."""
    if not changed:
        return True
    answer = ask_about_changes(parent, name)
    if answer == SAVE:
        return save()
    return answer == DISCARD
