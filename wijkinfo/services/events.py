"""What changed, announced by the services after they commit, so views refresh themselves.

Plain Python: subscribers may be called from a worker thread; the UI bridges to Qt signals
(``wijkinfo.ui.change_relay``) so that widgets are only touched on the UI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

DIRECTORY = "directory"
SIGNALS = "signals"
TALLIES = "tallies"
REFERRALS = "referrals"
SETTINGS = "settings"
USERS = "users"
CORRECTIONS = "corrections"
VOCABULARY = "vocabulary"  # the shared themes and wijken


@dataclass(frozen=True)
class Change:
    topic: str
    ids: tuple[str, ...] = ()


class EventBus:
    def __init__(self) -> None:
        self._subscribers: list[Callable[[Change], None]] = []
        self._lock = threading.Lock()

    def subscribe(self, fn: Callable[[Change], None]) -> Callable[[], None]:
        """Call ``fn`` for every change; returns a function that unsubscribes."""
        with self._lock:
            self._subscribers.append(fn)

        def unsubscribe() -> None:
            with self._lock:
                if fn in self._subscribers:
                    self._subscribers.remove(fn)

        return unsubscribe

    def publish(self, change: Change) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        for fn in subscribers:
            fn(change)
