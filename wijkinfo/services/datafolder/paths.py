"""Where the data folder is, and writing in it: owner-only rights, temp names, fsync, rename."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import platformdirs

from wijkinfo.services.datafolder.machine_settings import (
    DEFAULT_BACKUP_COUNT,
    MachineSettings,
    read_machine_settings,
)
from wijkinfo.services.errors import DataDirError

DB_NAME = "wijkinfo.sqlite"
LOCK_NAME = "wijkinfo.lock"
BACKUP_DIR = "backups"
DAILY_PREFIX = "dagelijks-"
KEEP_DAILY = DEFAULT_BACKUP_COUNT
#: Temp files in the data folder start with this, so that a later start can find and remove
#: what a killed program left behind.
TEMP_PREFIX = ".wijkinfo-tmp-"

# Residents' signals live in this folder: only the person who owns it may read it.
PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


@dataclass(frozen=True)
class DataPaths:
    root: Path
    #: where this computer keeps the backups of ``root`` (None: ``root/backups``)
    backup_dir: Path | None = None
    #: how many daily backups stay
    keep_daily: int = KEEP_DAILY

    @property
    def db(self) -> Path:
        return self.root / DB_NAME

    @property
    def wal(self) -> Path:
        return self.root / (DB_NAME + "-wal")

    @property
    def shm(self) -> Path:
        return self.root / (DB_NAME + "-shm")

    @property
    def lock(self) -> Path:
        return self.root / LOCK_NAME

    @property
    def backups(self) -> Path:
        return self.backup_dir or self.root / BACKUP_DIR

    @property
    def own_backups(self) -> Path:
        """The data folder's own backups folder, whatever this computer chose."""
        return self.root / BACKUP_DIR

    def holds(self, path: Path) -> bool:
        """True when ``path`` (followed through links) lies inside this data folder."""
        try:
            root = self.root.resolve()
            target = path.resolve()
        except (OSError, RuntimeError):
            return False
        return target == root or root in target.parents


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("wijkinfo", appauthor=False))


PORTABLE_DIR = "wijkinfo-data"


def portable_data_dir(program_dir: Path | None = None) -> Path | None:
    """A ``wijkinfo-data`` folder beside the installed program (a bundle on a USB stick), if
    there is one: then the data travels with the stick."""
    if program_dir is None:
        if not getattr(sys, "frozen", False):
            return None
        program_dir = Path(sys.executable).resolve().parent
    candidate = program_dir / PORTABLE_DIR
    return candidate if candidate.is_dir() else None


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> DataPaths:
    """``--data-dir`` first, then ``WIJKINFO_DATA_DIR``, then a ``wijkinfo-data`` folder beside
    the program (portable mode), then the platform's user-data folder."""
    chosen = (
        explicit or os.environ.get("WIJKINFO_DATA_DIR") or portable_data_dir() or default_data_dir()
    )
    return with_machine_backups(DataPaths(Path(chosen).expanduser().absolute()))


def with_machine_backups(paths: DataPaths, settings: MachineSettings | None = None) -> DataPaths:
    """``paths`` with this computer's backup folder and count (machine.json)."""
    settings = settings or read_machine_settings()
    folder = settings.backup_folder(paths.root)
    return replace(
        paths, backup_dir=Path(folder) if folder else None, keep_daily=settings.backup_count
    )


def make_private_dir(folder: Path) -> None:
    """Make ``folder`` (and missing parents) so that only its owner can enter it."""
    if folder.is_dir():
        return
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    if sys.platform != "win32":
        os.chmod(folder, PRIVATE_DIR)  # mkdir's mode is reduced by the umask, never raised


def tighten(path: Path, mode: int) -> None:
    """Owner-only rights on a file or folder of ours; a file system without rights is fine."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        if path.stat().st_mode & 0o777 != mode:
            os.chmod(path, mode)


def ensure_writable(paths: DataPaths) -> None:
    """Make the folder if needed (owner only) and prove that we can write there."""
    root = paths.root
    if root.exists() and not root.is_dir():
        raise DataDirError(
            "De gegevensmap {root} is geen map. Kies een andere map met --data-dir.", root=root
        )
    try:
        make_private_dir(root)
        fd, probe = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=root)
        os.close(fd)
        os.unlink(probe)
    except OSError:
        raise DataDirError(
            "wijkinfo kan niet schrijven in de gegevensmap {root}. "
            "Kies een map waar u mag schrijven (--data-dir) of vraag de beheerder om rechten.",
            root=root,
        ) from None
    tighten(root, PRIVATE_DIR)
    refuse_read_only(paths)


def refuse_read_only(paths: DataPaths) -> None:
    """Even a reader writes beside a database in WAL mode (its -shm), and a read-only file
    keeps those files for good: say so instead."""
    if paths.db.exists() and not os.access(paths.db, os.W_OK):
        raise DataDirError(
            "Het databasebestand {db} is alleen-lezen. Geef uzelf schrijfrechten op dit "
            "bestand, of vraag de beheerder om hulp. Er is niets veranderd.",
            db=paths.db,
        )


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` survive a power cut (POSIX; Windows has no directory fsync)."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


@contextlib.contextmanager
def temp_beside(target: Path) -> Iterator[Path]:
    """A new, empty, owner-only temp file in ``target``'s folder with a name of its own.

    Removed again unless the block renamed it away, so that a failure (a full disk, a refusal)
    never leaves a half-written or 0-byte file behind.
    """
    fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
    finally:
        # a database written there leaves SQLite's side files when the disk fills up
        for leftover in (tmp, *(tmp.with_name(tmp.name + s) for s in ("-journal", "-wal", "-shm"))):
            with contextlib.suppress(OSError):
                leftover.unlink()


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` all at once: temp name, fsync, rename over it."""
    with temp_beside(target) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    fsync_dir(target.parent)


def remove_stale_temps(folder: Path, *, older_than: float = 600.0) -> None:
    """Remove the temp files a killed program left (only ours: they carry our prefix).

    Only old ones: a ``wijkinfo backup`` may be writing one right now beside a running window.
    """
    now = time.time()
    with contextlib.suppress(OSError):
        for leftover in folder.glob(TEMP_PREFIX + "*"):
            with contextlib.suppress(OSError):
                if now - leftover.stat().st_mtime > older_than:
                    leftover.unlink()
