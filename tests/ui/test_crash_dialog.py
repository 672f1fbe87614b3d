"""An unexpected error at the desk: a plain Dutch dialog, details to copy, the program goes on."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from wijkinfo import logs
from wijkinfo.ui.crash_dialog import CrashReporter


@pytest.fixture
def reporter(qapp, tmp_path):
    """Logging and the crash dialog as app.main sets them up, undone afterwards."""
    hooks = (sys.excepthook, threading.excepthook)
    r = CrashReporter(logs.setup_logging(tmp_path / "data"))
    yield r
    r.close()
    for h in list(logs.log.handlers):
        logs.log.removeHandler(h)
        h.close()
    sys.excepthook, threading.excepthook = hooks


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_click_shows_the_dialog_and_the_window_goes_on(qtbot, window, reporter):
    seen: dict[str, str] = {}

    def answer(tries: int = 200) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "crashDialog":
            seen["text"] = box.text() + "\n" + box.informativeText()
            seen["title"] = box.windowTitle()
            box.findChild(type(box.buttons()[0]), "copyDetails").click()
            seen["clipboard"] = QApplication.clipboard().text()
            seen["still_open"] = str(box.isVisible())
            for b in box.buttons():
                if b.text().replace("&", "") == "Sluiten":
                    b.click()
            return
        if tries:
            QTimer.singleShot(25, lambda: answer(tries - 1))

    def broken_slot() -> None:
        raise ValueError("iets onverwachts")

    QTimer.singleShot(0, answer)
    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: "clipboard" in seen and QApplication.activeModalWidget() is None)
    assert seen["title"] == "Er ging iets mis"
    assert "niet verloren" in seen["text"]
    assert str(reporter.log_file) in seen["text"]
    assert "ValueError: iets onverwachts" in seen["clipboard"]
    assert "wijkinfo " in seen["clipboard"] and "Python " in seen["clipboard"]
    assert seen["still_open"] == "True"  # copying does not close the dialog
    assert "ValueError: iets onverwachts" in reporter.log_file.read_text(encoding="utf-8")
    # The desk goes on: the window is there and searches.
    assert window.isVisible()
    qtbot.keyClicks(window.search_box, "schuld")
    qtbot.waitUntil(lambda: window.search_view.model.rowCount() > 0)


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_worker_thread_is_shown_on_the_ui_thread(qtbot, reporter):
    shown: list[tuple[str, bool]] = []
    reporter.crashed.disconnect()  # record instead of opening the modal dialog
    reporter.crashed.connect(
        lambda d: shown.append((d, threading.current_thread() is threading.main_thread()))
    )

    def work() -> None:
        raise OSError("schijf vol")

    t = threading.Thread(target=work)
    t.start()
    t.join()
    qtbot.waitUntil(lambda: bool(shown))
    details, on_ui_thread = shown[0]
    assert "OSError: schijf vol" in details
    assert on_ui_thread
