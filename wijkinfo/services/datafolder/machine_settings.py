"""Settings of this computer, not of the information point: text size, language, the folder a
file dialog opened last, where the backups go and how many daily ones stay. They live in the platformdirs config folder (``WIJKINFO_CONFIG_DIR``
wins), not in the database, so that sync never carries one volunteer's large text to another
desk and a data folder on a USB stick keeps each laptop's own choice.

A missing or damaged file means the defaults: a setting of this kind is never worth refusing to
start over.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import platformdirs

from wijkinfo.services.errors import UserError

CONFIG_NAME = "machine.json"
TEXT_SIZES = (100, 125, 150, 175, 200)
LEAST_TEXT_SIZE, MOST_TEXT_SIZE = TEXT_SIZES[0], TEXT_SIZES[-1]
#: daily backups kept (the newest healthy ones)
DEFAULT_BACKUP_COUNT, LEAST_BACKUP_COUNT, MOST_BACKUP_COUNT = 14, 1, 365


@dataclass(frozen=True)
class MachineSettings:
    text_size: int = 100
    #: "" is Dutch; WIJKINFO_LANG, when set, wins for that start
    language: str = ""
    #: the folder each kind of file dialog ("import", "export", "pdf", …) opened last
    folders: tuple[tuple[str, str], ...] = ()
    #: data folder → the folder its backups go to on this computer ("" or absent: its own
    #: ``backups`` folder); per data folder, so two data folders never mix their backups
    backup_folders: tuple[tuple[str, str], ...] = ()
    backup_count: int = DEFAULT_BACKUP_COUNT

    def folder(self, kind: str) -> str:
        return dict(self.folders).get(kind, "")

    def backup_folder(self, data_root: Path) -> str:
        return dict(self.backup_folders).get(str(data_root), "")


def config_dir() -> Path:
    given = os.environ.get("WIJKINFO_CONFIG_DIR")
    return Path(given) if given else Path(platformdirs.user_config_dir("wijkinfo", appauthor=False))


def check_text_size(value: Any) -> int:
    """The text size in percent, or a UserError saying which sizes there are."""
    try:
        size = int(value)
    except (TypeError, ValueError, OverflowError):
        size = -1
    if not LEAST_TEXT_SIZE <= size <= MOST_TEXT_SIZE:
        raise UserError(
            "De tekstgrootte is {least} tot {most} procent, bijvoorbeeld 150.",
            least=LEAST_TEXT_SIZE,
            most=MOST_TEXT_SIZE,
        )
    return size


def check_backup_count(value: Any) -> int:
    """How many daily backups stay, or a UserError saying the range."""
    try:
        count = int(value)
    except (TypeError, ValueError, OverflowError):
        count = -1
    if not LEAST_BACKUP_COUNT <= count <= MOST_BACKUP_COUNT:
        raise UserError(
            "Bewaar {least} tot {most} dagelijkse back-ups, bijvoorbeeld 14.",
            least=LEAST_BACKUP_COUNT,
            most=MOST_BACKUP_COUNT,
        )
    return count


def _pairs(raw: object) -> tuple[tuple[str, str], ...]:
    if not isinstance(raw, dict):
        return ()
    return tuple(sorted((str(k), v) for k, v in raw.items() if isinstance(v, str)))


def read_machine_settings(folder: Path | None = None) -> MachineSettings:
    path = (folder or config_dir()) / CONFIG_NAME
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return MachineSettings()
    if not isinstance(raw, dict):
        return MachineSettings()
    settings = MachineSettings()
    with contextlib.suppress(UserError):
        settings = replace(settings, text_size=check_text_size(raw.get("text_size", 100)))
    language = raw.get("language", "")
    if language in ("", "nl", "en"):
        settings = replace(settings, language=language)
    settings = replace(
        settings,
        folders=_pairs(raw.get("folders")),
        backup_folders=_pairs(raw.get("backup_folders")),
    )
    with contextlib.suppress(UserError):
        count = raw.get("backup_count", DEFAULT_BACKUP_COUNT)
        settings = replace(settings, backup_count=check_backup_count(count))
    return settings


def write_machine_settings(settings: MachineSettings, folder: Path | None = None) -> None:
    """Write whole (temp name, then rename), so a crash never leaves half a file."""
    target = folder or config_dir()
    target.mkdir(parents=True, exist_ok=True)
    data = asdict(settings)
    data["folders"] = dict(settings.folders)
    data["backup_folders"] = dict(settings.backup_folders)
    tmp = target / (CONFIG_NAME + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, target / CONFIG_NAME)


def update_machine_settings(folder: Path | None = None, **changes: Any) -> MachineSettings:
    """Read, change and write back; returns what is stored now."""
    current = read_machine_settings(folder)
    if "text_size" in changes:
        changes["text_size"] = check_text_size(changes["text_size"])
    if "backup_count" in changes:
        changes["backup_count"] = check_backup_count(changes["backup_count"])
    updated = replace(current, **changes)
    write_machine_settings(updated, folder)
    return updated


def remember_folder(kind: str, path: str, folder: Path | None = None) -> None:
    """The folder of ``path`` (a file or a folder) becomes where ``kind`` dialogs open next."""
    chosen = Path(path)
    where = str(chosen if chosen.is_dir() else chosen.parent)
    current = read_machine_settings(folder)
    folders = dict(current.folders)
    folders[kind] = where
    # a read-only config folder costs the convenience, never the save itself
    with contextlib.suppress(OSError):
        write_machine_settings(replace(current, folders=tuple(sorted(folders.items()))), folder)
