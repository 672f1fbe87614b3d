"""One sync with a PostgreSQL hub, with the same fail-safes and summary as a sync with the folder.

The hub, the login and the hub's version are checked and the data key is unlocked before the
desk's database is touched; every change read from the hub is checked before any is applied (a
batch deleting much of the directory waits for a coordinator; a backup before a large batch).
The unwrapped key is remembered on this machine like a folder key, under the hub's id.
"""

from __future__ import annotations

from collections.abc import Sequence

from wijkinfo.services.datafolder import files as storage
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.sync import folder_sync
from wijkinfo.services.sync import sync_settings as cfg
from wijkinfo.services.sync.folder_sync import (
    EngineFactory,
    PassphraseNeeded,
    SyncSummary,
    default_engine,
)
from wijkinfo.services.sync.hub_settings import stored_password, unlock_and_remember
from wijkinfo.sync import keys
from wijkinfo.sync.api import Change
from wijkinfo.sync.hub.connection import connect, parse_address, password_of
from wijkinfo.sync.hub.schema import check_hub
from wijkinfo.sync.hub.transport import sync_hub


def sync_hub_once(
    store: Store,
    *,
    actor: Actor,
    address: str,
    passphrase: str | None = None,
    allow_large_delete: bool = False,
    engine_factory: EngineFactory = default_engine,
    profile: keys.KdfProfile = keys.DEFAULT_PROFILE,
) -> SyncSummary:
    """Push this desk's log to the hub and apply what it has not seen; one summary line."""
    if allow_large_delete:
        require(actor, "settings.edit")
    hub = parse_address(address)
    if not password_of(hub):
        hub = parse_address(address, password=stored_password(address))
    with connect(hub, autocommit=True) as conn:
        info = check_hub(conn, hub)
        key = cfg.remembered_key(store, info.hub_id)
        if passphrase is not None or key is None:
            if passphrase is None:
                raise PassphraseNeeded(
                    "Deze computer kent het wachtwoord van de gegevens op de server nog niet. "
                    "Voer het in (of: wijkinfo sync ADRES --passphrase-file BESTAND)."
                )
            key = unlock_and_remember(store, conn, hub, info, passphrase, profile=profile)
    backups: list[str] = []

    def before_apply(changes: Sequence[Change]) -> None:
        if not allow_large_delete:
            folder_sync._guard_deletes(store, list(changes))
        if len(changes) >= folder_sync.LARGE_BATCH and not backups:
            backups.append(str(storage.make_backup(store.paths, label="voor-sync")))

    def before_load() -> None:
        backups.append(str(storage.make_backup(store.paths, label="voor-snapshot")))

    result = sync_hub(
        engine_factory(store), hub, key, before_apply=before_apply, before_load=before_load
    )
    summary = SyncSummary(
        folder=result.hub,
        received=result.applied,
        sent=result.new_on_hub,
        already_known=result.already_known,
        held_back=result.held_back,
        conflicts=result.conflicts,
        refused=result.refused,
        skipped=(),
        retry_later=0,
        backup=backups[0] if backups else None,
        joined_from_snapshot=result.joined_from_snapshot,
    )
    cfg.record_last(store, summary=summary.line(), ok=summary.ok)
    return summary
