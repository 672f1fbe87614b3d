"""The results of what is typed before the data folder is open, under the window's search box
(startup.py puts them there).

The window shows its search box at once while the data folder opens behind it (startup.py).
Until then, each pause in typing runs ``EarlySearch`` (plain sqlite3, read-only) on the task
runner and lists its hits here; when the store is open, ``stop`` ends this and the search area
takes the box over and searches the same text the normal way (with the same ranking).
When the early search cannot answer (a new, old or damaged database) the list stays empty and
the window keeps saying that the data is being opened.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QVBoxLayout, QWidget

from wijkinfo.services.search.early import EarlyHit, EarlySearch
from wijkinfo.ui.tasks import TaskRunner

# The same pause as the search area's (ui/desk/search_view.py SEARCH_DELAY_MS).
DELAY_MS = 120


class EarlyResults(QObject):
    """Lists early hits in a list put under ``box`` in ``opening`` (the window's first page).

    ``results_shown(count)`` fires each time a list of hits is shown."""

    results_shown = Signal(int)

    def __init__(
        self, search: EarlySearch, tasks: TaskRunner, box: QLineEdit, opening: QWidget
    ) -> None:
        super().__init__(opening)
        self.setObjectName("earlyResults")
        self._search, self._tasks, self._box = search, tasks, box
        self._generation = 0
        self._stopped = False
        self.list = QListWidget(opening)
        self.list.setObjectName("earlyResultsList")
        self.list.setAccessibleName(self.tr("Gevonden diensten"))
        self.list.setVisible(False)
        self.list.setAlternatingRowColors(True)  # as the search area's list: one service a band
        layout = opening.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(layout.indexOf(box) + 1, self.list, 1)
            layout.setStretch(layout.count() - 1, 0)  # the page's closing stretch: the list grows
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._run)
        box.textChanged.connect(self._typed)
        # the file opened and the synonyms read while the volunteer starts typing
        tasks.run(search.prepare, on_error=lambda _exc: None)
        if box.text().strip():
            self._timer.start()

    def stop(self) -> None:
        """The normal search takes over: no more early searches, the connection closes."""
        if self._stopped:
            return
        self._stopped = True
        self._timer.stop()
        self._box.textChanged.disconnect(self._typed)
        self._search.close()  # waits for a search still running on a worker

    def _typed(self, _text: str) -> None:
        if not self._stopped:
            self._timer.start()

    def _run(self) -> None:
        if self._stopped:
            return
        self._generation += 1
        self._tasks.run(
            partial(self._search.search, self._box.text()),
            on_done=partial(self._arrived, self._generation),
            on_error=lambda _exc: None,  # the normal path opens the folder and says what is wrong
        )

    def _arrived(self, generation: int, hits: list[EarlyHit] | None) -> None:
        if self._stopped or generation != self._generation or hits is None:
            return
        self.list.clear()
        for hit in hits:
            self.list.addItem(f"{hit.name}\n{hit.organization}" if hit.organization else hit.name)
        self.list.setVisible(True)
        self.results_shown.emit(len(hits))
