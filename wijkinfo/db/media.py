"""Whether a data folder lies on removable media (a USB stick, an SD card).

The search reads through a memory map (``PRAGMA mmap_size``, db/engine.py). When the stick is
pulled out, a read from the map is not an error SQLite can report but a signal (SIGBUS on Linux,
an in-page exception on Windows) that ends the program. On removable media the map stays off and
SQLite reads with read() calls, which fail with an I/O error the desk can show in one line.

When it cannot be told, the answer is "removable": slower, never killed.
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

#: GetDriveTypeW's answers for a fixed disk and a RAM disk; anything else (removable, network,
#: CD-ROM, unknown) counts as removable.
_WINDOWS_FIXED = {3, 6}


def is_removable(path: Path, *, sys_root: Path = Path("/sys")) -> bool:
    try:
        if sys.platform == "win32":
            return _windows_removable(path)
        if sys.platform.startswith("linux"):
            return _linux_removable(path, sys_root)
    except (OSError, ValueError, AttributeError):
        return True
    # macOS and others: external volumes are mounted under /Volumes
    return str(path.resolve()).startswith("/Volumes/")


def _windows_removable(path: Path) -> bool:
    drive = os.path.splitdrive(str(path.resolve()))[0]
    if not drive or drive.startswith("\\\\"):
        return True  # a network share
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    return int(kernel32.GetDriveTypeW(drive + "\\")) not in _WINDOWS_FIXED


def _linux_removable(path: Path, sys_root: Path) -> bool:
    existing = path
    while not existing.exists():
        existing = existing.parent
    dev = existing.stat().st_dev
    block = sys_root / "dev" / "block" / f"{os.major(dev)}:{os.minor(dev)}"
    if not block.exists():
        # tmpfs, overlay, a network file system: no block device, nothing to pull out
        return False
    device = block.resolve()
    # a partition (sdb1) has no "removable" of its own; its disk (sdb) one level up has
    for candidate in (device, device.parent):
        flag = candidate / "removable"
        if flag.is_file():
            return flag.read_text().strip() == "1"
    return False
