"""Bridges the service layer's EventBus to a Qt signal delivered on the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from wijkinfo.services.events import Change, EventBus


class ChangeRelay(QObject):
    """``changed`` fires on the UI thread for every Change, whichever thread published it."""

    changed = Signal(object)

    def __init__(self, bus: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = bus.subscribe(self._forward)

    def _forward(self, change: Change) -> None:
        # Emitting from a worker thread: the receiver lives on the UI thread, so Qt queues it.
        try:
            self.changed.emit(change)
        except RuntimeError:  # the window is gone: stop listening
            self._unsubscribe()
