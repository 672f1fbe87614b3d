"""The frame around the areas, as the areas see it: where they register themselves.

Installers (``install_signals``, ``install_referral_areas``, ``install_corrections``) take a
``Shell`` and a ``DeskContext``; the main window is one ``Shell``. They never reach for the
window's own widgets, so the window can change its layout without breaking an area."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMenu, QScrollArea, QWidget

from wijkinfo.ui.narrow_page import fit_narrow

#: objectNames of the menus an area may add to (``Shell.menu``)
FILE_MENU = "fileMenu"
HELP_MENU = "helpMenu"


class Shell(Protocol):
    def add_area(self, title: str, widget: QWidget) -> int:
        """Add an area to the navigation; returns its row."""
        ...

    def set_area_title(self, row: int, title: str) -> None: ...

    def set_area_allowed(self, row: int, allowed: bool) -> None:
        """Show or hide an area in the navigation (leaving it when it is open)."""
        ...

    def add_admin_tab(self, title: str, widget: QWidget) -> None: ...

    def show_admin_tab(self, widget: QWidget) -> None: ...

    def add_dock(self, dock: QDockWidget) -> None: ...

    def set_corner_widget(self, widget: QWidget) -> None:
        """The top right of the menu bar (who is signed in)."""
        ...

    def menu(self, name: str) -> QMenu:
        """The menu with this objectName (``FILE_MENU``, ``HELP_MENU``)."""
        ...

    def show_status(self, text: str) -> None:
        """A short message in the status bar."""
        ...

    def dialog_parent(self) -> QWidget:
        """The widget dialogs open over."""
        ...


def scrollable(widget: QWidget) -> QScrollArea:
    """A page that scrolls instead of making the whole window taller or wider than the screen
    (the desk's laptop is often 1366×768, with large type)."""
    area = QScrollArea()
    area.setObjectName(f"scroll_{widget.objectName() or type(widget).__name__}")
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not to the frame
    fit_narrow(widget)  # and it scrolls down, never sideways
    area.setWidget(widget)
    return area
