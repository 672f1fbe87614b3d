"""Whether a window is short in lines of text: 150–200 % text on a 768 px screen.

There the desk folds what it can (the tally's theme buttons into a menu, the less used search
filters behind *Meer filters*), so that the results and the detail keep their room. Decided from
the window's height and the font alone, never from the folded widgets, so it cannot flip back
and forth."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

#: below this many lines of text in the window's height, the desk folds
SHORT_BELOW_LINES = 30


def window_is_short(widget: QWidget) -> bool:
    window = widget.window()
    if window is widget:  # not in a window yet
        return False
    lines = window.height() / max(widget.fontMetrics().lineSpacing(), 1)
    return lines < SHORT_BELOW_LINES


class WindowHeightWatch(QObject):
    """Calls ``changed`` when ``widget``'s window is resized or the text size changes."""

    def __init__(self, widget: QWidget, changed: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget, self._changed = widget, changed
        self._window: QWidget | None = None
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._widget and kind in (QEvent.Type.Show, QEvent.Type.FontChange):
            window = self._widget.window()
            if window is not self._widget and window is not self._window:
                if self._window is not None:
                    self._window.removeEventFilter(self)
                self._window = window
                window.installEventFilter(self)
            self._changed()
        elif watched is self._window and kind == QEvent.Type.Resize:
            self._changed()
        return False
