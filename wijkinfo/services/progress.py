"""Progress and cancellation for long work, without any Qt: the UI passes callbacks in."""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """The user cancelled; everything the work did was rolled back."""


class Progress:
    """Handed to a long service call: report how far it is, and ask whether to stop."""

    def __init__(self, report: Callable[[int, int], None] | None = None) -> None:
        self._report = report
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def step(self, done: int, total: int) -> None:
        """Report progress; raises Cancelled when the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()
        if self._report:
            self._report(done, total)
