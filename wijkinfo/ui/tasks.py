"""One helper for background work: run a function on a worker thread, get the result back
on the UI thread by signal. No widget is ever touched from a worker."""

from __future__ import annotations

import contextlib
import inspect
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, QThreadPool, Signal

from wijkinfo.services.progress import Cancelled, Progress


@dataclass
class _Callbacks:
    on_done: Callable[[Any], object] | None
    on_error: Callable[[BaseException], object] | None
    on_progress: Callable[[int, int], object] | None
    on_cancelled: Callable[[], object] | None


class TaskHandle:
    def __init__(self, task_id: int, progress: Progress) -> None:
        self.id = task_id
        self.progress = progress

    def cancel(self) -> None:
        self.progress.cancel()


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, task_id: int, fn, progress: Progress) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._runner, self._id, self._fn, self._progress = runner, task_id, fn, progress

    def run(self) -> None:
        try:
            if "progress" in inspect.signature(self._fn).parameters:
                result = self._fn(progress=self._progress)
            else:
                result = self._fn()
        except Cancelled:
            self._emit(self._runner._cancelled, self._id)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the UI to be shown
            self._emit(self._runner._failed, self._id, exc)
        else:
            self._emit(self._runner._done, self._id, result)

    @staticmethod
    def _emit(signal, *args) -> None:
        # The window that asked may have closed meanwhile: then nobody waits for this.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)


class TaskRunner(QObject):
    """Runs functions in a small thread pool; callbacks run on the UI thread.

    The signals belong to this object, which lives on the UI thread, so Qt queues every
    emission from a worker to the UI thread.
    """

    _done = Signal(int, object)
    _failed = Signal(int, object)
    _cancelled = Signal(int)
    _progress = Signal(int, int, int)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, _Callbacks] = {}
        self._done.connect(self._on_done)
        self._failed.connect(self._on_failed)
        self._cancelled.connect(self._on_cancelled)
        self._progress.connect(self._on_progress)

    def run(
        self,
        fn: Callable[..., Any],
        *,
        on_done: Callable[[Any], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        on_progress: Callable[[int, int], object] | None = None,
        on_cancelled: Callable[[], object] | None = None,
    ) -> TaskHandle:
        """Start ``fn`` (which may take ``progress=``) on a worker thread; what the callbacks
        return is ignored."""
        task_id = next(self._ids)
        progress = Progress(lambda done, total: self._progress.emit(task_id, done, total))
        self._callbacks[task_id] = _Callbacks(on_done, on_error, on_progress, on_cancelled)
        if len(self._callbacks) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(self, task_id, fn, progress))
        return TaskHandle(task_id, progress)

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)

    def settle(self, rounds: int = 5) -> None:
        """Wait for the work under way and hand its results over now, and the results of the
        work those start, for a few rounds (before a window's state is read and it goes)."""
        for _ in range(rounds):
            if not self._callbacks or not self.wait():
                return
            QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)

    def forget(self) -> None:
        """Results still on their way go nowhere: the widgets that asked are gone."""
        if self._callbacks:
            self._callbacks.clear()
            self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def _finish(self, task_id: int) -> _Callbacks | None:
        cb = self._callbacks.pop(task_id, None)
        if not self._callbacks:
            self.busy_changed.emit(False)
        return cb

    def _on_done(self, task_id: int, result: object) -> None:
        cb = self._finish(task_id)
        if cb and cb.on_done:
            cb.on_done(result)

    def _on_failed(self, task_id: int, exc: BaseException) -> None:
        cb = self._finish(task_id)
        if cb and cb.on_error:
            cb.on_error(exc)
        elif cb:
            raise exc

    def _on_cancelled(self, task_id: int) -> None:
        cb = self._finish(task_id)
        if cb and cb.on_cancelled:
            cb.on_cancelled()

    def _on_progress(self, task_id: int, done: int, total: int) -> None:
        cb = self._callbacks.get(task_id)
        if cb and cb.on_progress:
            cb.on_progress(done, total)
