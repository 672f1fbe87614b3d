"""This machine's sync settings: the folder, automatic sync, and the folder keys it remembers.

They live in the ``setting`` table, which never syncs: another desk's folder may be mounted
elsewhere (``E:\\`` here, ``/media/usb`` there). The unwrapped folder key is remembered here so
that automatic sync needs no passphrase; it protects the copy in the cloud or on the stick,
while this computer's database holds the same data readable anyway.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.settings import get_setting, set_setting

FOLDER = "sync_folder"
AUTO = "sync_auto"
INTERVAL = "sync_interval_minutes"
DESK_NAME = "sync_desk_name"
FOLDER_IDS = "sync_folder_ids"  # {path: folder id}: a different folder at that path is refused
KEYS = "sync_folder_keys"  # {folder id: key hex}
LAST = "sync_last"  # {"at": ISO time, "summary": line, "ok": bool}


@dataclass(frozen=True)
class SyncSettings:
    folder: str | None
    auto: bool
    interval_minutes: int
    desk_name: str
    last_sync_at: str | None
    last_summary: str
    last_ok: bool
    knows_key: bool  # a folder key for the chosen folder is remembered on this machine


def read_settings(store: Store) -> SyncSettings:
    with store.unit_of_work() as session:
        folder = get_setting(session, FOLDER)
        last: dict[str, Any] = get_setting(session, LAST) or {}
        ids: dict[str, str] = get_setting(session, FOLDER_IDS) or {}
        keys: dict[str, str] = get_setting(session, KEYS) or {}
        return SyncSettings(
            folder=folder,
            auto=bool(get_setting(session, AUTO) or False),
            interval_minutes=int(get_setting(session, INTERVAL) or 15),
            desk_name=str(get_setting(session, DESK_NAME) or ""),
            last_sync_at=last.get("at"),
            last_summary=str(last.get("summary", "")),
            last_ok=bool(last.get("ok", True)),
            knows_key=bool(folder and ids.get(folder) in keys),
        )


def save_settings(
    store: Store,
    *,
    actor: Actor,
    folder: str | None,
    auto: bool,
    interval_minutes: int,
    desk_name: str,
) -> SyncSettings:
    """Coordinators choose the folder and automatic sync for this machine."""
    require(actor, "settings.edit")
    if not 1 <= interval_minutes <= 24 * 60:
        raise UserError("Kies elke 1 tot 1440 minuten. Er is niets veranderd.")
    if folder and not folder.startswith(("postgresql://", "postgres://")):  # else: a hub
        folder = str(Path(folder).expanduser().absolute())
    with store.unit_of_work() as session:
        set_setting(session, FOLDER, folder or None)
        set_setting(session, AUTO, auto)
        set_setting(session, INTERVAL, interval_minutes)
        set_setting(session, DESK_NAME, desk_name.strip()[:80])
    return read_settings(store)


def remembered_folder_id(store: Store, folder: Path) -> str | None:
    with store.unit_of_work() as session:
        return (get_setting(session, FOLDER_IDS) or {}).get(str(folder))


def remembered_key(store: Store, folder_id: str) -> bytes | None:
    with store.unit_of_work() as session:
        hexkey = (get_setting(session, KEYS) or {}).get(folder_id)
    return bytes.fromhex(hexkey) if hexkey else None


def remember(store: Store, *, folder: Path, folder_id: str, key: bytes) -> None:
    with store.unit_of_work() as session:
        ids = dict(get_setting(session, FOLDER_IDS) or {})
        ids[str(folder)] = folder_id
        set_setting(session, FOLDER_IDS, ids)
        keys = dict(get_setting(session, KEYS) or {})
        keys[folder_id] = key.hex()
        set_setting(session, KEYS, keys)


def forget_folder(store: Store, *, folder: Path) -> None:
    """Let this path hold another sync folder next time (a coordinator chose it)."""
    with store.unit_of_work() as session:
        ids = dict(get_setting(session, FOLDER_IDS) or {})
        ids.pop(str(folder), None)
        set_setting(session, FOLDER_IDS, ids)


def record_last(store: Store, *, summary: str, ok: bool, now: datetime | None = None) -> None:
    at = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    with store.unit_of_work() as session:
        set_setting(session, LAST, {"at": at, "summary": summary, "ok": ok})
