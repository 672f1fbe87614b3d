"""One writer at a time: an exclusive lock on the data folder that the system frees when the
holder ends, even when it is killed."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from types import TracebackType
from typing import BinaryIO

from wijkinfo.services.datafolder.paths import PRIVATE_FILE, DataPaths
from wijkinfo.services.errors import AlreadyRunning

#: How often a waiting program tries the lock again.
_POLL_SECONDS = 0.05


def _try_lock(fh: BinaryIO) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class DataDirLock:
    """An exclusive lock on the data folder, released when the process ends (even if killed)."""

    def __init__(self, paths: DataPaths) -> None:
        self.paths = paths
        self._fh: BinaryIO | None = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def acquire(self, *, wait: float = 0.0, on_wait: Callable[[], None] | None = None) -> None:
        """Take the lock, waiting up to ``wait`` seconds for another program to let go.

        ``on_wait`` is called once when the lock is busy and we are going to wait, so that the
        caller can say so; after ``wait`` seconds AlreadyRunning is raised.
        """
        fd = os.open(self.paths.lock, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
        fh = os.fdopen(fd, "r+b")
        deadline = time.monotonic() + wait
        told = False
        while not _try_lock(fh):
            if time.monotonic() >= deadline:
                fh.close()
                raise AlreadyRunning(
                    "wijkinfo is al geopend met de gegevensmap {root}. "
                    "Sluit eerst het andere wijkinfo-venster, of kies een andere map.",
                    root=self.paths.root,
                )
            if not told and on_wait is not None:
                on_wait()
                told = True
            time.sleep(_POLL_SECONDS)
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def __enter__(self) -> DataDirLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
