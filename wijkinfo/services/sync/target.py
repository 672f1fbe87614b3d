"""One sync with this machine's chosen target: the organisation's hub when the setting holds a
``postgresql://`` address, else the sync folder. The window and ``wijkinfo sync`` call this."""

from __future__ import annotations

from pathlib import Path

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.people.auth import Actor
from wijkinfo.services.privacy.key_status import settle_provisional_key
from wijkinfo.services.progress import Progress
from wijkinfo.services.sync import folder_sync, hub_sync
from wijkinfo.services.sync import sync_settings as cfg
from wijkinfo.services.sync.folder_sync import SyncSummary
from wijkinfo.services.sync.hub_settings import is_hub_target


def sync_once(
    store: Store,
    *,
    actor: Actor,
    folder: Path | None = None,
    passphrase: str | None = None,
    progress: Progress | None = None,
    allow_large_delete: bool = False,
) -> SyncSummary:
    """Sync with ``folder``, or with the chosen folder or hub; the same summary either way.

    Key holders may have arrived: a provisional contact key waiting here is sealed to them."""
    summary = _sync(
        store,
        actor=actor,
        folder=folder,
        passphrase=passphrase,
        progress=progress,
        allow_large_delete=allow_large_delete,
    )
    settle_provisional_key(store)
    return summary


def _sync(
    store: Store,
    *,
    actor: Actor,
    folder: Path | None,
    passphrase: str | None,
    progress: Progress | None,
    allow_large_delete: bool,
) -> SyncSummary:
    if folder is None:
        chosen = cfg.read_settings(store).folder
        if is_hub_target(chosen):
            assert chosen is not None
            return hub_sync.sync_hub_once(
                store,
                actor=actor,
                address=chosen,
                passphrase=passphrase,
                allow_large_delete=allow_large_delete,
            )
    return folder_sync.sync_once(
        store,
        actor=actor,
        folder=folder,
        passphrase=passphrase,
        progress=progress,
        allow_large_delete=allow_large_delete,
    )
