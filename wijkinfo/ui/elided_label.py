"""A one-line label that shortens its text with "…" when there is no room, and shows the whole
text on hover: so a long name never makes the window wider than the screen, and a cut is
always visible (never a silent clip)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

#: how many average characters an elided label still shows at the least
LEAST_CHARACTERS = 8


class ElidedLabel(QLabel):
    def __init__(
        self, text: str = "", parent: QWidget | None = None, *, most_characters: int = 0
    ) -> None:
        """``most_characters``: ask for no more room than this many average characters (0: the
        whole text), for a place such as the menu bar that gives a widget what it asks."""
        super().__init__(text, parent)
        self._most = most_characters
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._update_tip()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tip()

    def is_elided(self) -> bool:
        """True while the shown text is shorter than the whole text."""
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        least = self.fontMetrics().averageCharWidth() * LEAST_CHARACTERS
        full = self.fontMetrics().horizontalAdvance(self.text())
        margins = self.contentsMargins()
        return QSize(min(least, full) + margins.left() + margins.right(), hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self._most:
            most = self.fontMetrics().averageCharWidth() * self._most
            hint.setWidth(min(hint.width(), most))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tip()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), shown)

    def _update_tip(self) -> None:
        # The whole text on hover, only when it is cut (a tip repeating the label is noise).
        self.setToolTip(self.text() if self.is_elided() else "")
