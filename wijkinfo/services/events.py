"""What changed, announced by the services after they commit, so views refresh themselves.

Plain Python: subscribers may be called from a worker thread; the UI bridges to Qt signals
(``wijkinfo.ui.change_relay``) so that widgets are only touched on the UI thread.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from contextvars import ContextVar
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
        # changes announced inside ``held()`` in this thread, not yet delivered
        self._held: ContextVar[list[Change] | None] = ContextVar(f"held_{id(self)}", default=None)

    @contextlib.contextmanager
    def held(self) -> Iterator[list[Change]]:
        """Keep what is announced in this block (this thread only); the caller delivers it
        with ``deliver`` once the block's work is committed, or drops it."""
        held: list[Change] = []
        token = self._held.set(held)
        try:
            yield held
        finally:
            self._held.reset(token)

    def deliver(self, changes: list[Change]) -> None:
        for change in dict.fromkeys(changes):  # each once, in order
            self.publish(change)

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
        held = self._held.get()
        if held is not None:
            held.append(change)
            return
        with self._lock:
            subscribers = list(self._subscribers)
        for fn in subscribers:
            fn(change)
