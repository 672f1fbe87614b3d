"""The program's log: a small rotating file in the data folder, for a volunteer to send along
when something went wrong. It records what the program did (start-up, migrations, backups,
imports, sync runs) and every unexpected error — never a resident's contact details or the text
of a signal: the services log counts, ids and file names only.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from wijkinfo import __version__

LOG_DIR = "logs"
LOG_NAME = "wijkinfo.log"
MAX_BYTES = 1_000_000
BACKUPS = 3  # so at most 4 MB in all
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("wijkinfo")

#: Called with the formatted details of an unexpected error (the window shows a dialog).
CrashListener = Callable[[str], None]
_listeners: list[CrashListener] = []


def log_dir(data_root: Path) -> Path:
    return data_root / LOG_DIR


def setup_logging(data_root: Path) -> Path | None:
    """Log to ``<data>/logs/wijkinfo.log`` and catch every uncaught error; returns the file, or
    None when the folder cannot be written (the program then runs without a log)."""
    folder = log_dir(data_root)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    for old in [h for h in log.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        log.removeHandler(old)
        old.close()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    log.info(
        "wijkinfo %s start op %s, Python %s",
        __version__,
        platform.platform(),
        sys.version.split()[0],
    )
    return folder / LOG_NAME


def add_crash_listener(listener: CrashListener) -> None:
    _listeners.append(listener)


def remove_crash_listener(listener: CrashListener) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


def crash_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """What a helper needs to find the cause: version, platform and the traceback."""
    lines = traceback.format_exception(exc_type, exc, tb)
    return (
        f"wijkinfo {__version__}\n{platform.platform()}\nPython {sys.version.split()[0]}\n\n"
        + "".join(lines)
    )


def report_crash(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    details = crash_details(exc_type, exc, tb)
    log.error("onverwachte fout\n%s", details)
    for listener in list(_listeners):
        listener(details)


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    report_crash(exc_type, exc, tb)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None:
        return
    report_crash(args.exc_type, args.exc_value, args.exc_traceback)
