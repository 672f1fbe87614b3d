"""Where this computer puts the backups of a data folder, and how many daily ones it keeps.

A setting of the machine, not of the information point: one desk backs up to its USB stick,
another to a network drive, and sync never carries a path that only exists on one laptop.
The folder is checked before anything is stored, so a wrong choice changes nothing.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import replace
from pathlib import Path

from wijkinfo.services.datafolder.machine_settings import (
    MachineSettings,
    check_backup_count,
    check_text_size,
    config_dir,
    read_machine_settings,
    write_machine_settings,
)
from wijkinfo.services.datafolder.paths import TEMP_PREFIX, DataPaths, with_machine_backups
from wijkinfo.services.errors import UserError


def check_backup_folder(text: str) -> Path | None:
    """The folder as chosen (None: the data folder's own), or a UserError saying what to do."""
    text = (text or "").strip()
    if not text:
        return None
    folder = Path(text).expanduser()
    if not folder.is_absolute():
        raise UserError(
            "Kies de back-upmap met de knop Kies…, of typ het hele pad (zoals {example}).",
            example=str(Path.home() / "back-ups"),
        )
    if folder.exists() and not folder.is_dir():
        raise UserError("{folder} is een bestand, geen map. Kies een map.", folder=folder)
    if not folder.is_dir():
        raise UserError("De map {folder} bestaat niet. Kies een bestaande map.", folder=folder)
    try:
        fd, probe = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError:
        raise UserError(
            "wijkinfo mag niet schrijven in {folder}. Kies een map waar u mag schrijven.",
            folder=folder,
        ) from None
    return folder


def save_machine_choices(
    paths: DataPaths,
    *,
    backup_folder: str,
    backup_count: object,
    text_size: object = None,
    language: str | None = None,
    config: Path | None = None,
) -> tuple[MachineSettings, DataPaths]:
    """Check everything, then write this computer's settings at once; returns them and
    ``paths`` as they are now. A wrong value raises UserError and nothing is written.

    The next backup (the day's, or *Back-up maken…*) goes to the new folder; the backups made
    so far stay where they are."""
    chosen = check_backup_folder(backup_folder)
    keep = check_backup_count(backup_count)
    current = read_machine_settings(config)
    changes: dict[str, object] = {"backup_count": keep}
    if text_size is not None:
        changes["text_size"] = check_text_size(text_size)
    if language is not None:
        if language not in ("", "nl", "en"):
            raise UserError("Kies Nederlands of English.")
        changes["language"] = language
    folders = dict(current.backup_folders)
    folders.pop(str(paths.root), None)
    if chosen is not None and chosen != paths.own_backups:
        folders[str(paths.root)] = str(chosen)
    changes["backup_folders"] = tuple(sorted(folders.items()))
    updated: MachineSettings = replace(current, **changes)  # type: ignore[arg-type]
    try:
        write_machine_settings(updated, config)
    except OSError:
        raise UserError(
            "De instellingen van deze computer kunnen niet worden bewaard in {folder}. "
            "Vraag de beheerder om schrijfrechten.",
            folder=config or config_dir(),
        ) from None
    return updated, with_machine_backups(paths, updated)
