"""Which services of the sociale kaart a signal is about: search as you type, Enter adds.

The search runs on a worker thread (the desk's own forgiving search); the newest text wins.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.signals.links import ServiceChoice, find_services
from wijkinfo.ui.tasks import TaskRunner

SEARCH_DELAY_MS = 200


class ServicePicker(QWidget):
    def __init__(self, store: Store, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self._tasks = store, tasks
        self._generation = 0
        self._choices: dict[str, ServiceChoice] = {}
        self.search = QLineEdit(self)
        self.search.setObjectName("signalServiceSearch")
        self.search.setPlaceholderText(self.tr("Typ een deel van de naam van de dienst"))
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self._picked)
        self.search.setCompleter(completer)
        self.search.returnPressed.connect(lambda: self._picked(self.search.text()))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._look_up)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.chosen = QListWidget(self)
        self.chosen.setObjectName("signalServices")
        self.chosen.setAccessibleName(self.tr("Gekozen diensten (Delete haalt er een weg)"))
        self.chosen.setMaximumHeight(60)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.chosen, self._remove)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.chosen)

    @staticmethod
    def label(choice: ServiceChoice) -> str:
        return f"{choice.name} — {choice.organization}" if choice.organization else choice.name

    def _look_up(self) -> None:
        self._generation += 1
        self._tasks.run(
            partial(find_services, self.store, text=self.search.text()),
            on_done=partial(self._found, self._generation),
            on_error=lambda _exc: None,  # a failed suggestion is no reason to stop typing
        )

    def _found(self, generation: int, choices: list[ServiceChoice]) -> None:
        if generation != self._generation:
            return
        self._choices = {self.label(c): c for c in choices}
        self._model.setStringList(list(self._choices))
        completer = self.search.completer()
        if completer is not None and self.search.hasFocus() and choices:
            completer.complete()

    def _picked(self, text: str) -> None:
        choice = self._choices.get(text)
        if choice is None:
            return
        if choice.id not in self.service_ids():
            item = QListWidgetItem(self.label(choice))
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            self.chosen.addItem(item)
        QTimer.singleShot(0, self.search.clear)

    def _remove(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))

    def service_ids(self) -> list[str]:
        return [
            self.chosen.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.chosen.count())
        ]

    def clear(self) -> None:
        self.search.clear()
        self.chosen.clear()
