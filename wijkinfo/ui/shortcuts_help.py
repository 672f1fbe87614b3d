"""Keys that work everywhere: Ctrl+1…9 open the areas in the order of the navigation, and
Help › Sneltoetsen lists what a volunteer can do without the mouse."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListWidget, QMessageBox, QWidget


def install_area_keys(window: QWidget, nav: QListWidget) -> list[QAction]:
    """Ctrl+N opens the N-th area that is shown (hidden areas are skipped, so the numbers
    always match what the volunteer sees in the list)."""
    actions = []
    for number in range(1, 10):
        action = QAction(window)
        action.setObjectName(f"areaKey{number}")
        action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(lambda _c=False, n=number: open_area(nav, n))
        window.addAction(action)
        actions.append(action)
    return actions


def open_area(nav: QListWidget, number: int) -> None:
    shown = [row for row in range(nav.count()) if not nav.item(row).isHidden()]
    if 1 <= number <= len(shown):
        nav.setCurrentRow(shown[number - 1])


def shortcut_lines() -> list[tuple[str, str]]:
    return [
        (
            "Ctrl+1 … Ctrl+4",
            QCoreApplication.translate("Shortcuts", "Zoeken, Verwijzen, Signalen, Beheer"),
        ),
        ("F3, Ctrl+F", QCoreApplication.translate("Shortcuts", "naar het zoekvak")),
        (
            "↓, Enter",
            QCoreApplication.translate("Shortcuts", "naar de resultaten, de dienst tonen"),
        ),
        ("Ctrl+C", QCoreApplication.translate("Shortcuts", "eerste telefoonnummer kopiëren")),
        ("Ctrl+P", QCoreApplication.translate("Shortcuts", "dienst in het verwijsmandje")),
        (
            "Esc",
            QCoreApplication.translate("Shortcuts", "zoekvak leegmaken; een venster annuleren"),
        ),
        ("Ctrl+Enter", QCoreApplication.translate("Shortcuts", "een venster versturen")),
        ("Ctrl+S", QCoreApplication.translate("Shortcuts", "opslaan (signaal, dienst)")),
        ("Ctrl++, Ctrl+-", QCoreApplication.translate("Shortcuts", "tekst groter, kleiner")),
        (
            "Alt+letter",
            QCoreApplication.translate(
                "Shortcuts", "de knop of het veld met die onderstreepte letter"
            ),
        ),
        (
            "Tab, Shift+Tab",
            QCoreApplication.translate("Shortcuts", "naar het volgende, vorige veld"),
        ),
    ]


def show_shortcuts(parent: QWidget) -> None:
    rows = "".join(
        f"<tr><td><b>{keys}</b>&nbsp;&nbsp;</td><td>{what}</td></tr>"
        for keys, what in shortcut_lines()
    )
    box = QMessageBox(parent)
    box.setObjectName("shortcutsBox")
    box.setWindowTitle(QCoreApplication.translate("Shortcuts", "Sneltoetsen"))
    box.setText("<table>" + rows + "</table>")
    box.exec()


def install_shortcuts_help(window: QWidget, help_menu) -> QAction:
    action = QAction(QCoreApplication.translate("Shortcuts", "&Sneltoetsen"), window)
    action.setObjectName("shortcutsAction")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    action.triggered.connect(lambda: show_shortcuts(window))
    help_menu.insertAction(help_menu.actions()[0] if help_menu.actions() else None, action)
    return action
