"""Before an editor shows something else: "your changes are not saved yet" — save, drop, stay."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

SAVE, DISCARD, STAY = "save", "discard", "stay"


def ask_about_changes(parent: QWidget, name: str) -> str:
    """SAVE, DISCARD or STAY, as the coordinator answers."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("UnsavedChanges", text)

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("wijkinfo")
    box.setText(tr("De wijzigingen in ‘{0}’ zijn nog niet opgeslagen.").format(name or tr("nieuw")))
    save = box.addButton(tr("Opslaan"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("Niet opslaan"), QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton(tr("Terug naar het formulier"), QMessageBox.ButtonRole.RejectRole)
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
