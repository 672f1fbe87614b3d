"""Text size 100–200 %, for the whole application at once: the font, and with it row heights,
and the check boxes, radio buttons and scroll bars, which Qt does not grow with the font."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from wijkinfo.services.datafolder.machine_settings import TEXT_SIZES, check_text_size

#: the point size at 100 %: larger than Qt's default, for older volunteers
BASE_POINT_SIZE = 12
#: indicator and scroll bar size at 100 %, in pixels
BASE_CONTROL_PX = 16

# A style sheet rather than a QProxyStyle: a Python pixelMetric override is called thousands
# of times with None arguments, and PySide6 on Python 3.11 miscounts None's references there.
_SHEET = (
    "QCheckBox::indicator, QRadioButton::indicator, QGroupBox::indicator"
    " {{ width: {px}px; height: {px}px; }}"
    " QScrollBar:vertical {{ width: {px}px; }} QScrollBar:horizontal {{ height: {px}px; }}"
    " QAbstractButton, QTabBar {{ icon-size: {px}px; }}"
)


def current_text_size(app: QApplication) -> int:
    return int(app.property("wijkinfoTextSize") or 100)


def apply_text_size(app: QApplication, percent: int) -> None:
    """Set the text size now; every open window follows (widgets with a font of their own keep
    theirs)."""
    percent = check_text_size(percent)
    # Under a style sheet Qt no longer hands a new application font to the open widgets, and
    # the font reaches them through posted events: so no sheet, the font delivered, a sheet.
    app.setStyleSheet("")
    font = app.font()
    font.setPointSizeF(BASE_POINT_SIZE * percent / 100)
    app.setFont(font)
    app.sendPostedEvents()
    if percent == 100:
        # a sheet that matches nothing: the platform's own look, and like the other sizes a
        # repolish that hands the font to every widget (a dock kept 200 % without it)
        app.setStyleSheet("#wijkinfoNoRule {}")
    else:
        app.setStyleSheet(_SHEET.format(px=round(BASE_CONTROL_PX * percent / 100)))
    app.setProperty("wijkinfoTextSize", percent)


def remember_text_size(percent: int) -> None:
    """This computer keeps the size for the next start (a read-only config folder: not then)."""
    from wijkinfo.services.datafolder.machine_settings import update_machine_settings

    with contextlib.suppress(OSError):
        update_machine_settings(text_size=percent)


class TextSizeMenu(QObject):
    """Bestand › Tekstgrootte: the sizes to choose from, and Ctrl++ / Ctrl+- to step."""

    changed = Signal(int)

    def __init__(self, menu: QMenu, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = menu.addMenu(self.tr("&Tekstgrootte"))
        self.menu.setObjectName("textSizeMenu")
        self.group = QActionGroup(self)
        self.actions: dict[int, QAction] = {}
        for percent in TEXT_SIZES:
            action = QAction(self.tr("{0} %").format(percent), self)
            action.setCheckable(True)
            action.setData(percent)
            action.triggered.connect(lambda _c=False, p=percent: self.choose(p))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[percent] = action
        self.menu.addSeparator()
        bigger = QAction(self.tr("&Groter"), self)
        bigger.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        bigger.triggered.connect(lambda: self.step(1))
        smaller = QAction(self.tr("&Kleiner"), self)
        smaller.setShortcut(QKeySequence.StandardKey.ZoomOut)
        smaller.triggered.connect(lambda: self.step(-1))
        self.menu.addAction(bigger)
        self.menu.addAction(smaller)
        self.bigger, self.smaller = bigger, smaller
        self._show(current_text_size(_app()))

    def step(self, direction: int) -> None:
        sizes = list(TEXT_SIZES)
        now = current_text_size(_app())
        at = min(range(len(sizes)), key=lambda i: abs(sizes[i] - now))
        self.choose(sizes[max(0, min(len(sizes) - 1, at + direction))])

    def choose(self, percent: int) -> None:
        apply_text_size(_app(), percent)
        remember_text_size(percent)
        self._show(percent)
        self.changed.emit(percent)

    def _show(self, percent: int) -> None:
        action = self.actions.get(percent)
        if action is not None:
            action.setChecked(True)


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
