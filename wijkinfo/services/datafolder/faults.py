"""What the disk or the file system said, as one line a volunteer can act on.

A full disk, a folder without write rights or a read-only database file reach wijkinfo as an
OSError or an SQLite error from deep inside a library; this turns them into a UserError.
"""

from __future__ import annotations

import contextlib
import errno
import shutil
import sqlite3
from pathlib import Path

from wijkinfo.services.datafolder.paths import TEMP_PREFIX
from wijkinfo.services.errors import UserError

#: Less free space than this, and an SQLite "disk I/O error" is the disk being full: SQLite
#: says so when it cannot make its -shm file, which needs 32 KB.
_NEARLY_FULL = 1024 * 1024

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_NO_RIGHTS = {errno.EACCES, errno.EPERM, errno.EROFS}


def _sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sqlite3.Error):
            return current
        orig = getattr(current, "orig", None)  # SQLAlchemy wraps the driver's error
        if isinstance(orig, sqlite3.Error):
            return orig
        current = current.__cause__ or current.__context__
    return None


def disk_full(where: Path) -> UserError:
    return UserError(
        "De schijf met {where} is vol. Maak ruimte vrij (bijvoorbeeld oude bestanden "
        "verwijderen) en probeer het opnieuw. Er is niets veranderd.",
        where=where,
    )


def no_rights(where: Path) -> UserError:
    return UserError(
        "wijkinfo mag niet schrijven in {where}. Vraag de beheerder om schrijfrechten, of "
        "kies een andere map. Er is niets veranderd.",
        where=where,
    )


def _named(exc: OSError, where: Path) -> Path:
    if not exc.filename:
        return where
    path = Path(str(exc.filename))
    # our own temp names mean nothing to a reader: name the folder they were made in
    return path.parent if path.name.startswith(TEMP_PREFIX) else path


def _nearly_full(where: Path) -> bool:
    for folder in (where, *where.parents):
        with contextlib.suppress(OSError):
            return shutil.disk_usage(folder).free < _NEARLY_FULL
    return False


def refuse_full_disk(where: Path) -> None:
    """Stop before touching anything when the disk is (nearly) full: SQLite would leave
    half-made -wal and -shm files behind, and a backup would not fit."""
    if _nearly_full(where):
        raise disk_full(where)


def storage_fault(exc: BaseException, where: Path) -> UserError | None:
    """The one line for ``exc``, or None when it is not a disk or rights problem."""
    if isinstance(exc, OSError):
        if exc.errno in _FULL:
            return disk_full(_named(exc, where))
        if exc.errno in _NO_RIGHTS:
            return no_rights(_named(exc, where))
        return None
    error = _sqlite_error(exc)
    if error is None:
        return None
    text = str(error).lower()
    if "full" in text or ("i/o error" in text and _nearly_full(where)):
        return disk_full(where)
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return no_rights(where)
    if "disk i/o error" in text:
        return UserError(
            "De schijf met {where} gaf een fout bij lezen of schrijven. Controleer of de "
            "schijf of USB-stick nog goed vastzit en er ruimte op is, en probeer het opnieuw.",
            where=where,
        )
    return None
