"""What the disk or the file system said, as one line a volunteer can act on.

A full disk, a folder without write rights or a read-only database file reach wijkinfo as an
OSError or an SQLite error from deep inside a library; this turns them into a UserError.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from wijkinfo.services.errors import UserError

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


def storage_fault(exc: BaseException, where: Path) -> UserError | None:
    """The one line for ``exc``, or None when it is not a disk or rights problem."""
    if isinstance(exc, OSError):
        if exc.errno in _FULL:
            return disk_full(Path(exc.filename) if exc.filename else where)
        if exc.errno in _NO_RIGHTS:
            return no_rights(Path(exc.filename) if exc.filename else where)
        return None
    error = _sqlite_error(exc)
    if error is None:
        return None
    text = str(error).lower()
    if "full" in text:
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
