"""The window's side of Bestand › Instellingen: the dialog wired to the window it opens over,
and another language while wijkinfo runs.

Qt's translators are swapped, and because every area sets its texts when it is built, the
window is then built anew on the same data, as the same person, at the same place on the
screen, showing what the old one showed and held unsaved (``wijkinfo.ui.window_state``). The
old window is emptied and hidden (start-up still holds it and closes the data through it at the
end). Like start-up, this module builds the window; no view does."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDockWidget, QMenuBar, QStatusBar, QWidget

from wijkinfo.services.datafolder.paths import DataPaths
from wijkinfo.services.people.auth import can
from wijkinfo.ui.i18n import install_language
from wijkinfo.ui.settings_dialog import SettingsDialog, SettingsHooks
from wijkinfo.ui.text_size import apply_text_size, current_text_size
from wijkinfo.ui.window_state import keep_window, restore_window

if TYPE_CHECKING:
    from wijkinfo.ui.main_window import MainWindow


def open_settings_dialog(window: MainWindow) -> SettingsDialog | None:
    """The dialog over ``window``, wired to it (None while the data is still opening)."""
    context, paths = window.context, window.paths
    if context is None or paths is None:
        return None
    app = QApplication.instance()
    assert isinstance(app, QApplication)

    def paths_changed(new: DataPaths) -> None:
        context.store.paths = new
        window.paths = new

    sync_view = window.findChild(QWidget, "syncAdminView")
    open_sync = None
    if sync_view is not None and can(context.actor(), "directory.edit"):
        open_sync = lambda: window.show_admin_tab(sync_view)  # noqa: E731
    hooks = SettingsHooks(
        show_text_size=lambda percent: apply_text_size(app, percent),
        keep_text_size=window.text_size_menu.choose,
        paths_changed=paths_changed,
        language_chosen=lambda language: switch_language(window, language),
        open_sync=open_sync,
        point_saved=lambda point: window.show_point_name(point.name),
    )
    dialog = SettingsDialog(context, paths, hooks, text_size=current_text_size(app), parent=window)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def switch_language(window: MainWindow, language: str) -> MainWindow:
    """The window in ``language``; returns the window to use from now on."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    store = window.store
    if store is None:  # still opening: the areas are built later, already in the new language
        install_language(app, language)
        return window
    window.tasks.settle()  # what the old window was waiting for is there before it is kept
    kept = keep_window(window)
    install_language(app, language)
    new = type(window)(
        store,
        paths=window.paths,
        actor=window.actor,
        demo=window.demo,
        point_name=window.point_name,
    )
    new.setGeometry(window.geometry())
    if window.isMaximized():
        new.showMaximized()
    else:
        new.show()
    restore_window(new, kept)
    window.successor = new  # keeps it alive: the old window is the one start-up holds
    _empty(window)
    window.tasks.forget()  # nothing of the old window's may arrive in its emptied areas
    new.activateWindow()
    return new


def _empty(window: MainWindow) -> None:
    """Hide the old window and take its areas down, so none of them acts on a change any more."""
    window.hide()
    central = window.takeCentralWidget()
    if central is not None:
        central.deleteLater()
    for dock in window.findChildren(QDockWidget):
        window.removeDockWidget(dock)
        dock.deleteLater()
    window.setMenuBar(QMenuBar())
    window.setStatusBar(QStatusBar())
    if window.context is not None:
        window.context.deleteLater()
        window.context = None
