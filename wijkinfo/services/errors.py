"""Errors that a user can act on: a short Dutch message saying what happened and what to do.

The message is a template (Dutch, the source language); the UI translates the template and then
fills in the parameters, the CLI prints it as is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


class UserError(Exception):
    """Bad input or a situation the user can fix; nothing was changed."""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


class DataDirError(UserError):
    """The data folder cannot be used (missing rights, not a folder)."""


class AlreadyRunning(UserError):
    """Another wijkinfo already writes to this data folder."""


class DatabaseDamaged(UserError):
    """The database file is not a (healthy) database. It is left exactly as it is."""

    def __init__(
        self, template: str, *, db_path: Path, newest_backup: Path | None, **params: Any
    ) -> None:
        self.db_path = db_path
        self.newest_backup = newest_backup
        super().__init__(template, db_path=db_path, **params)


class SchemaTooNew(UserError):
    """The database was made by a newer wijkinfo."""


class PermissionDenied(UserError):
    """The signed-in user's role may not do this."""
