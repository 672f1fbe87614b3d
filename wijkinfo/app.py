"""Start-up of the window: display check, Qt, language, data folder, main window."""

from __future__ import annotations

import os
import sys

from wijkinfo.services.storage import DataPaths, resolve_data_dir

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


def main(paths: DataPaths | None = None) -> int:
    if paths is None:  # started as wijkinfo-gui: same options as the CLI
        from wijkinfo.cli import main as cli_main

        return cli_main(sys.argv[1:])
    if not has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 2

    from PySide6.QtWidgets import QApplication

    from wijkinfo.services.demo import is_demo
    from wijkinfo.services.retention import STARTUP_ACTOR, run_retention
    from wijkinfo.services.settings import get_setting
    from wijkinfo.ui.i18n import install_language
    from wijkinfo.ui.main_window import MainWindow
    from wijkinfo.ui.sign_in_dialog import sign_in_at_start
    from wijkinfo.ui.startup import offer_demo, open_store_interactive

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("wijkinfo")
    font = app.font()
    font.setPointSize(max(font.pointSize(), BASE_POINT_SIZE))
    app.setFont(font)
    install_language(app, ui_language())

    store = open_store_interactive(paths or resolve_data_dir())
    if store is None:
        return 1
    try:
        offer_demo(store)
        run_retention(store, actor=STARTUP_ACTOR)  # AVG terms apply even if nobody asks
        actor = sign_in_at_start(store)  # the first run makes the first coordinator
        if actor is None:
            return 1
        with store.sessions() as session:
            point_name = get_setting(session, "point_name")
        window = MainWindow(store, actor=actor, demo=is_demo(store), point_name=point_name)
        window.show()
        return app.exec()
    finally:
        store.close()
