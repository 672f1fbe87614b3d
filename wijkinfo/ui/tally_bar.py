"""The tally bar at the desk: one click per contact (theme and channel), undo, and totals."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wijkinfo.services.auth import Actor
from wijkinfo.services.events import TALLIES, Change
from wijkinfo.services.tallies import Tallies, TallyRecorded
from wijkinfo.ui.tasks import TaskRunner
from wijkinfo.ui.user_messages import error_text


class TallyBar(QWidget):
    """A grid of buttons: a column per theme, a row per channel. ``totals_shown`` fires after
    the totals were refreshed."""

    totals_shown = Signal(int, int)

    def __init__(
        self,
        tallies: Tallies,
        tasks: TaskRunner,
        actor: Callable[[], Actor],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tallies, self._tasks, self._actor = tallies, tasks, actor
        self._undo_stack: list[TallyRecorded] = []
        self.buttons: dict[tuple[str, str], QPushButton] = {}
        channels = (("balie", self.tr("Balie")), ("telefoon", self.tr("Telefoon")),
                    ("e-mail", self.tr("E-mail")))
        grid = QGridLayout()
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(2)
        for row, (_code, channel_name) in enumerate(channels, start=1):
            grid.addWidget(QLabel(channel_name, self), row, 0)
        themes = tallies.themes()
        if not themes:
            grid.addWidget(QLabel(self.tr("Er zijn nog geen thema's in de sociale kaart."), self),
                           0, 1)
        for column, theme in enumerate(themes, start=1):
            header = QLabel(theme.name, self)
            header.setWordWrap(True)
            grid.addWidget(header, 0, column)
            for row, (code, channel_name) in enumerate(channels, start=1):
                button = QPushButton("+1", self)
                label = self.tr("{0} via {1}").format(theme.name, channel_name.lower())
                button.setToolTip(self.tr("Tel een contact: {0}").format(label))
                button.setAccessibleName(label)
                button.clicked.connect(
                    lambda _c=False, t=theme.code, ch=code: self.record(t, ch)
                )
                self.buttons[(theme.code, code)] = button
                grid.addWidget(button, row, column)
        self.wijk = QComboBox(self)
        self.wijk.setAccessibleName(self.tr("Wijk van de bewoner"))
        self.wijk.addItem(self.tr("Wijk: onbekend"), "")
        for wijk in tallies.wijken():
            self.wijk.addItem(wijk.name, wijk.code)
        self.undo_button = QPushButton(self.tr("Laatste ongedaan maken"), self)
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        self.totals = QLabel(self)
        self.totals.setObjectName("tallyTotals")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(self.wijk)
        side.addWidget(self.undo_button)
        side.addWidget(self.totals)
        side.addWidget(self.message)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addLayout(grid, 1)
        layout.addLayout(side)
        self.refresh_totals()

    def record(self, theme: str, channel: str) -> None:
        """Count one contact; the wijk goes back to "onbekend" for the next resident."""
        actor, wijk = self._actor(), self.wijk.currentData() or None
        self.wijk.setCurrentIndex(0)
        self._tasks.run(
            lambda: self._tallies.record(actor=actor, channel=channel, themes=[theme],
                                         wijk=wijk),
            on_done=self._recorded,
            on_error=lambda exc: self.message.setText(error_text(exc)),
        )

    def _recorded(self, recorded: TallyRecorded) -> None:
        self._undo_stack.append(recorded)
        self.undo_button.setEnabled(True)
        self.message.setText(self.tr("Geteld."))

    def undo(self) -> None:
        if not self._undo_stack:
            return
        recorded = self._undo_stack.pop()
        self.undo_button.setEnabled(bool(self._undo_stack))
        actor = self._actor()
        self._tasks.run(
            lambda: self._tallies.undo(actor=actor, tally_id=recorded.id),
            on_done=lambda _r: self.message.setText(self.tr("Ongedaan gemaakt.")),
            on_error=lambda exc: self.message.setText(error_text(exc)),
        )

    def on_change(self, change: Change) -> None:
        if change.topic == TALLIES:
            self.refresh_totals()

    def refresh_totals(self) -> None:
        self._tasks.run(self._tallies.desk_totals, on_done=self._show_totals)

    def _show_totals(self, totals) -> None:
        self.totals.setText(
            self.tr("Vandaag: {0} · Deze week: {1}").format(totals.today, totals.week)
        )
        self.totals_shown.emit(totals.today, totals.week)
