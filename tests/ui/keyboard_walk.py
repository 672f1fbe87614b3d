"""Walking every control of an area as a keyboard user and a screen reader meet them."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenuBar,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QWidget,
)

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def area_pages(window) -> list[tuple[str, QWidget]]:
    """(name, page) for every area, and every Beheer tab as a page of its own."""
    pages = []
    for row in range(window.nav.count()):
        if window.nav.item(row).isHidden():
            continue
        window.nav.setCurrentRow(row)
        QApplication.processEvents()
        widget = window.stack.widget(row)
        name = window.nav.item(row).text()
        if isinstance(widget, QTabWidget):  # Beheer, Signalen: each tab is a page of its own
            for i in range(widget.count()):
                if not widget.isTabVisible(i):
                    continue
                widget.setCurrentIndex(i)
                QApplication.processEvents()
                pages.append((f"{name} › {widget.tabText(i)}", widget.widget(i)))
        else:
            pages.append((name, widget))
    return pages


def _mnemonic(widget: QWidget) -> str | None:
    if isinstance(widget, (QAbstractButton, QLabel)):
        text = widget.text()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    else:
        return None
    found = MNEMONIC.search(text or "")
    return found.group(1).lower() if found else None


def _labelled(page: QWidget) -> set[int]:
    buddies = set()
    for label in page.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None:
            buddies.add(id(buddy))
    return buddies


def _named(widget: QWidget, buddies: set[int]) -> bool:
    if widget.accessibleName().strip() or id(widget) in buddies:
        return True
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return True
    if isinstance(widget, QGroupBox) and widget.title().strip():
        return True
    parent = widget.parentWidget()  # a combo box's line edit is named by the combo box
    return parent is not None and parent.focusProxy() is widget and _named(parent, buddies)


def focusable(page: QWidget) -> list[QWidget]:
    found = []
    for widget in page.findChildren(QWidget):
        if isinstance(widget, (QScrollBar, QTabBar, QMenuBar)) or widget.isWindow():
            continue
        if not widget.isVisibleTo(page) or not widget.isEnabled():
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
            found.append(widget)
    return found


def problems(window, page: QWidget) -> list[str]:
    """Duplicated mnemonics among the visible controls (the menu bar's count too, or in a
    dialog its tabs'), controls without an accessible name, and controls Tab never reaches."""
    out = []
    buddies = _labelled(page)
    keys = [_mnemonic(w) for w in page.findChildren(QWidget) if w.isVisibleTo(page)]
    if isinstance(window, QMainWindow):
        titles = [a.text() for a in window.menuBar().actions()]
    else:  # a dialog: its tabs' Alt+letters are there on every page
        titles = [
            tabs.tabText(i) for tabs in window.findChildren(QTabWidget) for i in range(tabs.count())
        ]
    menu_keys = [MNEMONIC.search(t).group(1).lower() for t in titles if MNEMONIC.search(t)]
    for key, n in Counter(k for k in keys + menu_keys if k).items():
        if n > 1:
            out.append(f"Alt+{key.upper()} is on {n} controls")
    controls = focusable(page)
    for widget in controls:
        if not _named(widget, buddies):
            out.append(f"no name: {type(widget).__name__} {widget.objectName()!r}")
    return out
