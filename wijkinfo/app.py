"""Start-up of the window: display check, Qt, language, data folder, main window."""

from __future__ import annotations

import os
import sys

from wijkinfo.services.datafolder.files import DataPaths

BASE_POINT_SIZE = 12
NO_DISPLAY_MESSAGE = (
    "wijkinfo: geen beeldscherm gevonden (DISPLAY is leeg). Start wijkinfo op een computer "
    "met beeldscherm, of zonder scherm onder Xvfb: xvfb-run -a wijkinfo"
)


def has_display() -> bool:
    """False on Linux without X11/Wayland, unless Qt is told to draw elsewhere."""
    if not sys.platform.startswith("linux"):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def ui_language() -> str:
    return os.environ.get("WIJKINFO_LANG", "nl")


def main(paths: DataPaths) -> int:
    """The window on ``paths``; ``wijkinfo`` without a command (and ``wijkinfo-gui``) ends here."""
    if not has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 2

    from PySide6.QtWidgets import QApplication

    from wijkinfo.ui.i18n import install_language
    from wijkinfo.ui.main_window import MainWindow
    from wijkinfo.ui.startup import DeskStart

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("wijkinfo")
    font = app.font()
    font.setPointSize(max(font.pointSize(), BASE_POINT_SIZE))
    app.setFont(font)
    install_language(app, ui_language())

    # The window and its search box come first; the data folder opens behind it (checks, lock,
    # backup, migrations, retention), then the areas are built and what was typed is searched.
    window = MainWindow(paths=paths)
    start = DeskStart(window, paths)
    start.stopped.connect(app.exit)
    window.show()
    start.begin()
    try:
        code = app.exec()
    finally:
        start.close()
    return start.exit_code or code
