"""Answering modal message boxes from a test, as a user would click them."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def click_in_next_message_box(button_text: str, seen: list[str]) -> None:
    """Answer the next modal message box by clicking the button with this text."""

    def attempt(tries: int = 200) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text() + "\n" + box.informativeText())
            for button in box.buttons():
                if button.text() == button_text:
                    button.click()
                    return
            raise AssertionError(f"no button {button_text!r} in {box.text()!r}")
        if tries:
            QTimer.singleShot(25, lambda: attempt(tries - 1))

    QTimer.singleShot(0, attempt)
