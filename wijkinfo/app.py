"""Start-up of the window: display check, Qt, language, data folder, main window."""

from __future__ import annotations

import os
import sys

from wijkinfo.services.datafolder.files import DataPaths

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
    """``WIJKINFO_LANG`` for one start (as a shortcut may give it), else what this computer
    chose in Instellingen, else Dutch."""
    from wijkinfo.services.datafolder.machine_settings import read_machine_settings

    return os.environ.get("WIJKINFO_LANG") or read_machine_settings().language or "nl"


def main(paths: DataPaths, *, text_size: int | None = None) -> int:
    """The window on ``paths``; ``wijkinfo`` without a command (and ``wijkinfo-gui``) ends here.

    ``text_size`` (percent) is for this start only, as a desk's shortcut gives it; without it
    the size this computer remembers."""
    if not has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 2

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from wijkinfo.logs import log, setup_logging
    from wijkinfo.resources import resources_dir
    from wijkinfo.services.datafolder.machine_settings import read_machine_settings
    from wijkinfo.ui.crash_dialog import CrashReporter
    from wijkinfo.ui.i18n import TranslationMissing, install_language
    from wijkinfo.ui.main_window import MainWindow
    from wijkinfo.ui.startup import DeskStart
    from wijkinfo.ui.text_size import apply_text_size

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("wijkinfo")
    reporter = CrashReporter(setup_logging(paths.root), app)
    icon = resources_dir() / "icons" / "wijkinfo-256.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    apply_text_size(app, text_size or read_machine_settings().text_size)
    try:
        install_language(app, ui_language())
    except TranslationMissing as exc:
        log.error("%s", exc)
        print(exc, file=sys.stderr)
        return 2

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
        reporter.close()
    return start.exit_code or code
