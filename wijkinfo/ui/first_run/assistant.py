"""The first-run assistant: one window, a step at a time, by keyboard.

Ctrl+Enter goes to the next step (and finishes on the last), Esc skips a step, closing the
window stops the assistant: nothing of it ever quits wijkinfo, and what was done stays done.
Every step's work runs on the task runner; the window waits for it with its buttons off.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.ui.dialog_keys import SEND_KEYS
from wijkinfo.ui.first_run.start_step import StartStep
from wijkinfo.ui.first_run.steps import CoordinatorStep, PointStep, RecoveryStep, SetUp, Step
from wijkinfo.ui.tasks import TaskRunner
from wijkinfo.ui.user_messages import error_text

ALL_STEPS = (PointStep, CoordinatorStep, RecoveryStep, StartStep)
COORDINATOR_STEPS = (CoordinatorStep, RecoveryStep)


class FirstRunAssistant(QDialog):
    """``completed(SetUp)`` fires once, when the assistant closes (finished or not)."""

    completed = Signal(object)

    def __init__(
        self,
        store: Store,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        steps: Sequence[type[Step]] = ALL_STEPS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunAssistant")
        self.setWindowTitle(self.tr("wijkinfo instellen"))
        self.store, self.tasks = store, tasks
        self.setup = SetUp()
        self._busy = False
        self._completed = False
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)  # larger type than the window's
        self.setFont(font)

        self.heading = QLabel(self)
        self.heading.setObjectName("firstRunHeading")
        self.heading.setWordWrap(True)
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.4)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.stack = QStackedWidget(self)
        self.steps: list[Step] = []
        for kind in steps:
            step = kind(store, tasks, self.setup)
            self.steps.append(step)
            self.stack.addWidget(step)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.stack)
        self.error = QLabel(self)
        self.error.setObjectName("firstRunError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#a00000;font-weight:bold;")
        self.hint = QLabel(self.tr("Ctrl+Enter: volgende stap   ·   Esc: stap overslaan"), self)
        self.hint.setObjectName("firstRunHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#555")
        self.back = QPushButton(self.tr("&Vorige"), self)
        self.back.setObjectName("firstRunBack")
        self.back.clicked.connect(self.go_back)
        self.skip_button = QPushButton(self.tr("Over&slaan"), self)
        self.skip_button.setObjectName("firstRunSkip")
        self.skip_button.clicked.connect(self.skip)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("firstRunNext")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.go_next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        for keys in SEND_KEYS:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.go_next)
        self._fit_screen()
        self._history: list[int] = []
        self._show(self._next_index(-1))

    # -- navigation ---------------------------------------------------------------------------

    @property
    def step(self) -> Step:
        return self.steps[self.stack.currentIndex()]

    def _next_index(self, after: int) -> int | None:
        for index in range(after + 1, len(self.steps)):
            if self.steps[index].wanted():
                return index
        return None

    def _show(self, index: int | None) -> None:
        if index is None:
            self._finish()
            return
        self.stack.setCurrentIndex(index)
        for i, step in enumerate(self.steps):  # only the page shown counts for the size
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            step.setSizePolicy(policy, policy)
            step.adjustSize()
        planned = [i for i, s in enumerate(self.steps) if s.planned() or i == index]
        self.heading.setText(
            self.tr("Stap {0} van {1}: {2}").format(
                planned.index(index) + 1, len(planned), self.step.title()
            )
        )
        last = self._next_index(index) is None
        self.next_button.setText(self.tr("&Klaar") if last else self.tr("Vol&gende"))
        self.back.setEnabled(bool(self._history))
        self.error.clear()
        self.step.entered()

    def go_next(self) -> None:
        """Do this step's work (in the background), then show the next step."""
        if self._busy or self._completed:
            return
        self.error.clear()
        try:
            job = self.step.job()
        except UserError as exc:
            self.error.setText(error_text(exc))
            return
        if job is None:
            self._advance(None)
            return
        self._set_busy(True)
        self.tasks.run(job, on_done=self._advance, on_error=self._refused)

    def skip(self) -> None:
        """Leave this step as it is (on the last step: start empty and close)."""
        if self._busy or self._completed:
            return
        refused = self.step.skip_refused()
        if refused:
            self.error.setText(refused)
            return
        self.step.skipped()
        self._move_on()

    def go_back(self) -> None:
        if self._busy or not self._history:
            return
        index = self._history.pop()
        self._show(index)
        self.back.setEnabled(bool(self._history))

    def _advance(self, result: object) -> None:
        self._set_busy(False)
        try:
            if result is not None:
                self.step.finished(result)
        except UserError as exc:
            self.error.setText(error_text(exc))
            return
        self._move_on()

    def _move_on(self) -> None:
        current = self.stack.currentIndex()
        nxt = self._next_index(current)
        if nxt is not None:
            # the coordinator, once made, is not made again: no way back past it
            self._history = [i for i in self._history + [current] if self.steps[i].wanted()]
        self._show(nxt)

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.error.setText(error_text(exc))
        self.step.entered()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.back, self.skip_button, self.next_button):
            button.setEnabled(not busy and (button is not self.back or bool(self._history)))
        self.hint.setText(
            self.tr("Even geduld…")
            if busy
            else self.tr("Ctrl+Enter: volgende stap   ·   Esc: stap overslaan")
        )

    # -- closing ------------------------------------------------------------------------------

    def _finish(self) -> None:
        if not self._completed:
            self._completed = True
            self.completed.emit(self.setup)
        super().accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.skip()  # Esc skips a step; the window's close button stops the assistant
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        self.go_next()

    def reject(self) -> None:
        if self._busy:
            return  # a step's work is under way: let it end first
        self._finish()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        self._finish()
        super().closeEvent(event)

    def _fit_screen(self) -> None:
        """About 70 characters wide and as tall as the screen allows, at any text size."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen else None
        width = self.fontMetrics().averageCharWidth() * 72
        height = self.fontMetrics().height() * 26
        if room is not None:
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)


def open_first_run(
    store: Store,
    tasks: TaskRunner,
    parent: QWidget | None,
    *,
    steps: Sequence[type[Step]] = ALL_STEPS,
) -> FirstRunAssistant:
    """Show the assistant over ``parent`` without blocking (``open``, not ``exec``)."""
    assistant = FirstRunAssistant(store, tasks, parent, steps=steps)
    assistant.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    assistant.open()
    return assistant
