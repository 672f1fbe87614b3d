"""A coordinator for command-line tests: the CLI asks who you are, as the window does."""

from __future__ import annotations

from pathlib import Path

from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.services.people import users

PASSWORD = "geheim12"


def coordinator_args(root: str | Path, name: str = "Kees") -> list[str]:
    """``--user NAME --password-file F`` for a coordinator of the data folder ``root`` (made as
    its first coordinator when it has no users yet)."""
    root = Path(root)
    store = open_store(DataPaths(root), backups=False)
    try:
        if not users.has_users(store):
            users.create_first_coordinator(store, name=name, password=PASSWORD)
    finally:
        store.close()
    secret = root.parent / f"{root.name}-{name}-wachtwoord.txt"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    return ["--user", name, "--password-file", str(secret)]
