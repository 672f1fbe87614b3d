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

from sqlalchemy.orm import Session

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.settings import get_setting, set_setting

FOLDER = "sync_folder"
AUTO = "sync_auto"  # every N minutes; before the start and close choices, also at start
AUTO_START = "sync_auto_start"
AUTO_CLOSE = "sync_auto_close"
INTERVAL = "sync_interval_minutes"
DESK_NAME = "sync_desk_name"
FOLDER_IDS = "sync_folder_ids"  # {path: folder id}: a different folder at that path is refused
KEYS = "sync_folder_keys"  # {folder id: key hex}
LAST = "sync_last"  # {"at": ISO time, "summary": line, "ok": bool}


@dataclass(frozen=True)
class AutoSync:
    """When this machine syncs without a click. Off until a coordinator switches it on."""

    at_start: bool = False
    on_close: bool = False
    every: bool = False
    interval_minutes: int = 15


@dataclass(frozen=True)
class SyncSettings:
    folder: str | None
    auto: bool  # every ``interval_minutes``
    interval_minutes: int
    desk_name: str
    last_sync_at: str | None
    last_summary: str
    last_ok: bool
    knows_key: bool  # a folder key for the chosen folder is remembered on this machine
    auto_start: bool = False
    auto_close: bool = False

    @property
    def automatic(self) -> AutoSync:
        return AutoSync(self.auto_start, self.auto_close, self.auto, self.interval_minutes)


def read_settings(store: Store) -> SyncSettings:
    with store.unit_of_work() as session:
        folder = get_setting(session, FOLDER)
        last: dict[str, Any] = get_setting(session, LAST) or {}
        ids: dict[str, str] = get_setting(session, FOLDER_IDS) or {}
        keys: dict[str, str] = get_setting(session, KEYS) or {}
        every = bool(get_setting(session, AUTO) or False)
        at_start = get_setting(session, AUTO_START)
        return SyncSettings(
            folder=folder,
            auto=every,
            auto_start=every if at_start is None else bool(at_start),
            auto_close=bool(get_setting(session, AUTO_CLOSE) or False),
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
    auto_start: bool | None = None,
    auto_close: bool | None = None,
) -> SyncSettings:
    """Coordinators choose the folder and automatic sync for this machine (``auto`` is every
    ``interval_minutes``; a start or close choice not given stays as it is)."""
    require(actor, "settings.edit")
    _check_interval(interval_minutes)
    if folder and not folder.startswith(("postgresql://", "postgres://")):  # else: a hub
        folder = str(Path(folder).expanduser().absolute())
    with store.unit_of_work() as session:
        set_setting(session, FOLDER, folder or None)
        set_setting(session, AUTO, auto)
        set_setting(session, INTERVAL, interval_minutes)
        set_setting(session, DESK_NAME, desk_name.strip()[:80])
        _set_start_and_close(session, auto_start, auto_close)
    return read_settings(store)


def save_auto_sync(store: Store, *, actor: Actor, choice: AutoSync) -> SyncSettings:
    """Coordinators choose when this machine syncs by itself; the target stays as it is."""
    require(actor, "settings.edit")
    _check_interval(choice.interval_minutes)
    with store.unit_of_work() as session:
        set_setting(session, AUTO, choice.every)
        set_setting(session, INTERVAL, choice.interval_minutes)
        _set_start_and_close(session, choice.at_start, choice.on_close)
    return read_settings(store)


def _check_interval(minutes: int) -> None:
    if not 1 <= minutes <= 24 * 60:
        raise UserError("Kies elke 1 tot 1440 minuten. Er is niets veranderd.")


def _set_start_and_close(session: Session, at_start: bool | None, on_close: bool | None) -> None:
    if at_start is not None:
        set_setting(session, AUTO_START, at_start)
    if on_close is not None:
        set_setting(session, AUTO_CLOSE, on_close)


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
