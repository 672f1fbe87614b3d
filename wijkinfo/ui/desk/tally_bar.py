"""The tally bar at the desk: one click per contact (theme and channel), undo, and totals.

Where the window is short in lines of text (150–200 % text on a 768 px screen) the theme buttons
give way to one button with the themes in a menu, so that the results keep their room."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wijkinfo.services.desk.tallies import Choice, Tallies, TallyRecorded
from wijkinfo.services.events import TALLIES, VOCABULARY, Change
from wijkinfo.services.people.auth import Actor
from wijkinfo.ui.elided_label import ElidedLabel
from wijkinfo.ui.flow_layout import FlowLayout
from wijkinfo.ui.short_window import WindowHeightWatch, window_is_short
from wijkinfo.ui.tasks import TaskRunner
from wijkinfo.ui.user_messages import error_text
from wijkinfo.ui.vocabulary_names import shown


@dataclass(frozen=True)
class TallyState:
    """How the next contact is counted, and what *Laatste ongedaan maken* takes back."""

    channel: str = "balie"
    wijk: str = ""
    undo: tuple[TallyRecorded, ...] = ()


class TallyBar(QWidget):
    """Two compact rows for a small laptop screen: how the resident came (balie, telefoon,
    e-mail) and one button per theme that counts the contact. ``totals_shown`` fires after the
    totals were refreshed."""

    totals_shown = Signal(int, int)

    def __init__(
        self,
        tallies: Tallies,
        tasks: TaskRunner,
        actor: Callable[[], Actor],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tallyBar")
        self._tallies, self._tasks, self._actor = tallies, tasks, actor
        self._undo_stack: list[TallyRecorded] = []
        channels = (
            ("balie", self.tr("Balie")),
            ("telefoon", self.tr("Telefoon")),
            ("e-mail", self.tr("E-mail")),
        )
        # Two wrapping rows: at 200% text on a 1366 px screen the buttons take two lines
        # instead of pushing the window past the edge of the screen.
        top = FlowLayout()
        channel_box = QWidget(self)
        channel_row = QHBoxLayout(channel_box)
        channel_row.setContentsMargins(0, 0, 0, 0)
        channel_row.addWidget(QLabel(self.tr("Contact via:"), channel_box))
        self.channel_group = QButtonGroup(self)
        self.channel_buttons: dict[str, QRadioButton] = {}
        for code, name in channels:
            radio = QRadioButton(name, channel_box)
            radio.setChecked(code == "balie")
            self.channel_group.addButton(radio)
            self.channel_buttons[code] = radio
            channel_row.addWidget(radio)
        top.addWidget(channel_box)
        self.wijk = QComboBox(self)
        self.wijk.setAccessibleName(self.tr("Wijk van de bewoner"))
        top.addWidget(self.wijk)
        self.theme_menu = QMenu(self)
        self.theme_menu_button = QPushButton(self.tr("Tel 1 contact over…"), self)
        self.theme_menu_button.setObjectName("tallyThemeMenu")
        self.theme_menu_button.setAccessibleName(self.tr("Tel een contact: kies het thema"))
        self.theme_menu_button.setMenu(self.theme_menu)
        self.theme_menu_button.hide()
        self.compact = False
        top.addWidget(self.theme_menu_button)
        self.undo_button = QPushButton(self.tr("Laatste ongedaan maken"), self)
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        top.addWidget(self.undo_button)
        self.totals = QLabel(self)
        self.totals.setObjectName("tallyTotals")
        top.addWidget(self.totals)
        self.message = ElidedLabel(parent=self)
        self.message.setObjectName("tallyMessage")
        top.addWidget(self.message)

        # The theme buttons scroll when they need more than two lines (many themes at 200 %
        # text): the results keep their room on a 768 px screen.
        self._themes_box = QWidget(self)
        row = FlowLayout(self._themes_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Tel 1 contact over:"), self._themes_box))
        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("tallyThemes")
        self._scroll.setWidget(self._themes_box)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._top = top
        self._theme_row = row
        self._theme_widgets: list[QWidget] = []
        self.theme_buttons: dict[str, QPushButton] = {}
        self._show_lists((tallies.themes(), tallies.wijken()))  # as before: small, at once
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self._scroll)
        WindowHeightWatch(self, self._fit_height)
        self.refresh_totals()

    def fill_lists(self) -> None:
        """Read the shared list again (a coordinator changed it) and show it."""
        tallies = self._tallies
        self._tasks.run(lambda: (tallies.themes(), tallies.wijken()), on_done=self._show_lists)

    def _show_lists(self, lists: tuple[list[Choice], list[Choice]]) -> None:
        """One button per theme of the shared list, and its wijken in the wijk list."""
        themes, wijken = lists
        for widget in self._theme_widgets:
            self._theme_row.removeWidget(widget)
            widget.deleteLater()
        self._theme_widgets, self.theme_buttons = [], {}
        self.theme_menu.clear()
        if not themes:
            empty = QLabel(
                self.tr("Er zijn nog geen thema's in de sociale kaart."), self._themes_box
            )
            self._theme_widgets.append(empty)
            self._theme_row.addWidget(empty)
        for theme in themes:
            name = shown(theme.name, theme.name_en)
            button = QPushButton(name.replace("&", "&&"), self._themes_box)  # "&": no shortcut
            button.setToolTip(self.tr("Tel een contact: {0}").format(name))
            button.setAccessibleName(self.tr("Tel een contact: {0}").format(name))
            button.clicked.connect(lambda _c=False, t=theme.code: self.record(t, self.channel()))
            self.theme_buttons[theme.code] = button
            action = QAction(name.replace("&", "&&"), self.theme_menu)
            action.triggered.connect(lambda _c=False, t=theme.code: self.record(t, self.channel()))
            self.theme_menu.addAction(action)
            self._theme_widgets.append(button)
            self._theme_row.addWidget(button)
        current = self.wijk.currentData()
        self.wijk.clear()
        self.wijk.addItem(self.tr("Wijk: onbekend"), "")
        for wijk in wijken:
            self.wijk.addItem(wijk.name, wijk.code)
        self.wijk.setCurrentIndex(max(0, self.wijk.findData(current)))
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _theme_line(self) -> int:
        """The height of one line of theme buttons."""
        return max((w.sizeHint().height() for w in self._theme_widgets), default=0)

    def _should_be_compact(self, width: int) -> bool:
        """Themes in a menu when they need more than one line and the window is short."""
        if not self.theme_buttons or not window_is_short(self):
            return False
        line = self._theme_line()
        return self._theme_row.heightForWidth(width) > line

    def _fit_height(self) -> None:
        # A dock asks its widget for a fixed height: tell it how many lines the buttons need now,
        # two lines of theme buttons at most (the rest scrolls).
        width = max(self.width() - 8, 1)
        compact = self._should_be_compact(width)
        if compact != self.compact:
            self.compact = compact
            self._scroll.setVisible(not compact)
            self.theme_menu_button.setVisible(compact)
        row = self._theme_row
        line = self._theme_line()
        themes = row.heightForWidth(width)
        shown_height = min(themes, 2 * line + max(row.spacing(), 0)) if line else themes
        if compact:
            shown_height = 0
        self._scroll.setFixedHeight(max(shown_height, 0))
        needed = self._top.heightForWidth(width) + shown_height + 6
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def channel(self) -> str:
        """The channel chosen for the next contact (balie unless the volunteer picks another)."""
        return next(code for code, radio in self.channel_buttons.items() if radio.isChecked())

    def keep(self) -> TallyState:
        return TallyState(self.channel(), self.wijk.currentData() or "", tuple(self._undo_stack))

    def restore(self, state: TallyState) -> None:
        """The same *Contact via*, wijk and undo as ``state`` (a window built anew)."""
        radio = self.channel_buttons.get(state.channel)
        if radio is not None:
            radio.setChecked(True)
        self.wijk.setCurrentIndex(max(0, self.wijk.findData(state.wijk)))
        self._undo_stack = list(state.undo)
        self.undo_button.setEnabled(bool(self._undo_stack))

    def record(self, theme: str, channel: str) -> None:
        """Count one contact; wijk and channel go back to "onbekend" and Balie for the next
        resident, so one telephone call is not counted for every visitor after it."""
        actor, wijk = self._actor(), self.wijk.currentData() or None
        self.wijk.setCurrentIndex(0)
        self.channel_buttons["balie"].setChecked(True)  # the next resident is most often here
        self._tasks.run(
            lambda: self._tallies.record(actor=actor, channel=channel, themes=[theme], wijk=wijk),
            on_done=self._recorded,
            on_error=lambda exc: self._say(error_text(exc)),
        )

    def _recorded(self, recorded: TallyRecorded) -> None:
        self._undo_stack.append(recorded)
        self.undo_button.setEnabled(True)
        self._say(self.tr("Geteld."))

    def undo(self) -> None:
        if not self._undo_stack:
            return
        recorded = self._undo_stack.pop()
        self.undo_button.setEnabled(bool(self._undo_stack))
        actor = self._actor()
        self._tasks.run(
            lambda: self._tallies.undo(actor=actor, tally_id=recorded.id),
            on_done=lambda _r: self._say(self.tr("Ongedaan gemaakt.")),
            on_error=lambda exc: self._say(error_text(exc)),
        )

    def on_change(self, change: Change) -> None:
        if change.topic == TALLIES:
            self.refresh_totals()
        elif change.topic == VOCABULARY:
            self.fill_lists()

    def refresh_totals(self) -> None:
        self._tasks.run(self._tallies.desk_totals, on_done=self._show_totals)

    def _show_totals(self, totals) -> None:
        self.totals.setText(
            self.tr("Vandaag: {0} · Deze week: {1}").format(totals.today, totals.week)
        )
        self._fit_height()  # a longer line may need a line more
        self.totals_shown.emit(totals.today, totals.week)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self._fit_height()
