"""One sync with the folder: check the folder, unlock its key, read, check, apply, write.

Everything that could make a sync do harm stops it before anything is applied, with one line
saying what to do: a missing, empty or other folder (a USB stick not plugged in, a cloud client
that has not downloaded yet), a wrong passphrase, a file of a newer wijkinfo, or a batch that
would delete more than a share of the directory (a coordinator must say yes). A backup of the
database is taken before a large batch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wijkinfo.db.migrate import known_revisions
from wijkinfo.services.datafolder import files as storage
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import CORRECTIONS, DIRECTORY, REFERRALS, SIGNALS, TALLIES, USERS
from wijkinfo.services.events import Change as Event
from wijkinfo.services.messages import Message
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.progress import Progress
from wijkinfo.services.sync import sync_settings as cfg
from wijkinfo.sync import keys
from wijkinfo.sync.api import DELETE, Change, SyncEngine
from wijkinfo.sync.folder import DeskSeen, FolderTransport, Pulled
from wijkinfo.sync.keys import FolderKey, KdfProfile

#: Share of the directory a batch may delete before a coordinator must agree.
DELETE_SHARE = 0.10
#: Fewer deletes than this never stop a sync (a small directory loses 10% quickly).
DELETE_MINIMUM = 10
#: A batch of at least this many changes gets a backup first.
LARGE_BATCH = 500
#: Own log positions between two snapshots written to the folder.
SNAPSHOT_EVERY = 5000


class LargeDelete(UserError):
    """The batch would delete much of the directory; a coordinator must say yes first."""

    def __init__(self, *, deletes: int, rows: int) -> None:
        super().__init__(
            "Deze sync zou {deletes} van de {rows} gegevens van de sociale kaart verwijderen. "
            "Er is niets veranderd. Een coördinator moet dit eerst goedkeuren.",
            deletes=deletes,
            rows=rows,
        )
        self.deletes = deletes
        self.rows = rows


class FolderUnreachable(UserError):
    """The folder is not there or still empty (a stick not plugged in, a cloud still loading):
    an automatic sync says so quietly and tries again later."""


class PassphraseNeeded(UserError):
    """This machine does not know the folder key yet: ask for the passphrase once."""


@dataclass(frozen=True)
class SyncSummary:
    folder: str
    received: int
    sent: int
    already_known: int
    held_back: int
    conflicts: int
    refused: int
    skipped: tuple[str, ...]
    retry_later: int
    backup: str | None
    joined_from_snapshot: bool = False

    @property
    def ok(self) -> bool:
        """Nothing that needs a person's attention (exit code 0 in the CLI)."""
        return not (self.skipped or self.refused)

    def line(self) -> Message:
        """One line for the user; each part its own template, so each translates whole."""
        text = Message(
            "Gesynchroniseerd met {folder}: {received} binnengekomen, {sent} verstuurd",
            folder=self.folder,
            received=self.received,
            sent=self.sent,
        )
        if self.held_back:
            text = Message(
                "{text}, {count} wachten op eerdere wijzigingen", text=text, count=self.held_back
            )
        if self.conflicts:
            text = Message(
                "{text}, {count} conflicten (zie Beheer › Synchroniseren)",
                text=text,
                count=self.conflicts,
            )
        if self.refused:
            text = Message(
                "{text}, {count} geweigerd (geen coördinator)", text=text, count=self.refused
            )
        if self.skipped and self.retry_later:
            text = Message(
                "{text}, {count} bestanden overgeslagen (volgende keer opnieuw)",
                text=text,
                count=len(self.skipped),
            )
        elif self.skipped:
            text = Message(
                "{text}, {count} bestanden overgeslagen", text=text, count=len(self.skipped)
            )
        if self.joined_from_snapshot:
            text = Message("{text} (begonnen vanaf een momentopname)", text=text)
        return Message("{text}.", text=text)


EngineFactory = Callable[[Store], SyncEngine]


def default_engine(store: Store) -> SyncEngine:
    from wijkinfo.sync.engine import Engine

    return Engine(store)


def check_folder(folder: Path) -> None:
    """The folder is there and has a key file; else one line, and nothing is changed."""
    if not folder.exists():
        raise FolderUnreachable(
            "De syncmap {folder} is er niet. Is de USB-stick ingestoken, of staat de cloudmap "
            "op een andere plek? Er is niets veranderd.",
            folder=folder,
        )
    if not folder.is_dir():
        raise UserError("{folder} is geen map. Kies de syncmap opnieuw.", folder=folder)
    if not keys.has_key_file(folder):
        if not any(folder.iterdir()):
            raise FolderUnreachable(
                "De syncmap {folder} is leeg. Is de cloudmap al helemaal gedownload? Een "
                "coördinator richt een nieuwe syncmap in via Beheer › Synchroniseren. Er is "
                "niets veranderd.",
                folder=folder,
            )
        raise UserError(
            "{folder} is geen syncmap van wijkinfo (er staat geen sleutel in). Kies de goede "
            "map. Er is niets veranderd.",
            folder=folder,
        )


def set_up_folder(
    store: Store,
    *,
    actor: Actor,
    folder: Path,
    passphrase: str,
    profile: KdfProfile = keys.DEFAULT_PROFILE,
) -> FolderKey:
    """A coordinator makes a new sync folder (an empty folder, or one without a key)."""
    require(actor, "settings.edit")
    folder = folder.expanduser().absolute()
    if not folder.is_dir():
        raise UserError("De map {folder} bestaat niet. Maak hem eerst aan.", folder=folder)
    key = keys.create_folder_key(folder, passphrase, profile=profile)
    cfg.remember(store, folder=folder, folder_id=key.folder_id, key=key.key)
    return key


def unlock_folder(store: Store, *, folder: Path, passphrase: str) -> FolderKey:
    """Test the passphrase; when it fits, this machine remembers the folder key."""
    folder = folder.expanduser().absolute()
    check_folder(folder)
    _refuse_other_folder(store, folder)
    key = keys.unlock(folder, passphrase)
    cfg.remember(store, folder=folder, folder_id=key.folder_id, key=key.key)
    return key


def change_passphrase(
    store: Store,
    *,
    actor: Actor,
    folder: Path,
    old: str,
    new: str,
    profile: KdfProfile = keys.DEFAULT_PROFILE,
) -> None:
    """Re-wrap the folder key: other desks keep working, the old passphrase no longer opens it."""
    require(actor, "settings.edit")
    folder = folder.expanduser().absolute()
    check_folder(folder)
    keys.change_passphrase(folder, old, new, profile=profile)


def sync_once(
    store: Store,
    *,
    actor: Actor,
    folder: Path | None = None,
    passphrase: str | None = None,
    progress: Progress | None = None,
    allow_large_delete: bool = False,
    engine_factory: EngineFactory = default_engine,
    checkpoint: Callable[[str], None] | None = None,
) -> SyncSummary:
    """Sync this data folder with the sync folder (the chosen one unless ``folder`` is given)."""
    if allow_large_delete:
        require(actor, "settings.edit")
    if folder is None:
        chosen = cfg.read_settings(store).folder
        if not chosen:
            raise UserError(
                "Er is nog geen syncmap gekozen. Een coördinator kiest hem in Beheer › "
                "Synchroniseren, of geef de map op: wijkinfo sync MAP."
            )
        folder = Path(chosen)
    folder = folder.expanduser().absolute()
    check_folder(folder)
    _refuse_other_folder(store, folder)
    key = _key_for(store, folder, passphrase)
    engine = engine_factory(store)
    transport = FolderTransport(
        folder, key, engine, known_schemas=known_revisions(), checkpoint=checkpoint
    )
    joined = _join_from_snapshot(store, transport)
    pulled = transport.pull()
    if not allow_large_delete:
        _guard_deletes(store, pulled.changes)
    backup = None
    if len(pulled.changes) >= LARGE_BATCH:
        backup = str(storage.make_backup(store.paths, label="voor-sync"))
    applied = transport.apply(pulled, progress)
    if applied.applied:
        for topic in (DIRECTORY, SIGNALS, TALLIES, REFERRALS, CORRECTIONS, USERS):
            store.events.publish(Event(topic))
    sent = transport.push()
    _snapshot_if_due(transport)
    transport.write_desk(cfg.read_settings(store).desk_name or _default_desk_name(engine))
    summary = _summary(folder, pulled, applied, sent, backup, joined)
    cfg.record_last(store, summary=summary.line(), ok=summary.ok)
    return summary


def desks(store: Store, *, folder: Path | None = None) -> list[DeskSeen]:
    """The desks that write to the folder and when each last synced (needs the folder key)."""
    chosen = folder or Path(cfg.read_settings(store).folder or "")
    check_folder(chosen)
    key = _key_for(store, chosen, None)
    engine = default_engine(store)
    return FolderTransport(chosen, key, engine, known_schemas=known_revisions()).desks()


def _key_for(store: Store, folder: Path, passphrase: str | None) -> FolderKey:
    folder_id = keys.folder_id(folder)
    if folder_id is None:
        raise keys.NoFolderKey("In {folder} staat geen sleutel van wijkinfo.", folder=folder)
    if passphrase is not None:
        return unlock_folder(store, folder=folder, passphrase=passphrase)
    remembered = cfg.remembered_key(store, folder_id)
    if remembered is None:
        raise PassphraseNeeded(
            "Deze computer kent het wachtwoord van de syncmap nog niet. Voer het in bij "
            "Synchroniseren (of: wijkinfo sync --passphrase-file BESTAND)."
        )
    return FolderKey(folder_id, remembered)


def _refuse_other_folder(store: Store, folder: Path) -> None:
    before = cfg.remembered_folder_id(store, folder)
    now = keys.folder_id(folder)
    if before is not None and now is not None and before != now:
        raise UserError(
            "In {folder} staat nu een andere syncmap dan de vorige keer. Controleer de map; "
            "een coördinator kan hem opnieuw kiezen in Beheer › Synchroniseren. Er is niets "
            "veranderd.",
            folder=folder,
        )


def _guard_deletes(store: Store, changes: list[Change]) -> None:
    if sum(1 for c in changes if c.op == DELETE) < DELETE_MINIMUM:
        return
    from wijkinfo.sync.tables import COORDINATOR_TABLES

    directory = set(COORDINATOR_TABLES)
    deletes = len({(c.table, c.row_id) for c in changes if c.op == DELETE and c.table in directory})
    if deletes < DELETE_MINIMUM:
        return
    with store.engine.connect() as conn:
        rows = sum(
            int(conn.exec_driver_sql(f'SELECT count(*) FROM "{name}"').scalar() or 0)
            for name in COORDINATOR_TABLES
        )
    if deletes > DELETE_SHARE * max(rows, 1):
        raise LargeDelete(deletes=deletes, rows=rows)


def _default_desk_name(engine: SyncEngine) -> str:
    import platform

    return platform.node() or engine.replica_id()[:8]


def _engine_has_snapshots() -> bool:
    import importlib.util

    return importlib.util.find_spec("wijkinfo.sync.snapshot") is not None


def _join_from_snapshot(store: Store, transport: FolderTransport) -> bool:
    """A desk new to this folder starts from a snapshot (after a backup of what it has)."""
    if not _engine_has_snapshots():
        return False  # an engine without snapshots: the change files carry everything
    from wijkinfo.sync import folder_snapshot

    if not hasattr(transport.engine, "position"):
        return False
    if not any(f.kind == "snapshot" for f in _all_snapshots(transport)):
        return False
    return folder_snapshot.join_from_snapshot(
        transport, before_load=lambda: storage.make_backup(store.paths, label="voor-snapshot")
    )


def _all_snapshots(transport: FolderTransport) -> list[Any]:
    from wijkinfo.sync.folder_files import SNAPSHOT, list_files, replica_dirs

    return [
        f
        for r in replica_dirs(transport.folder)
        if r.name != transport.own
        for f in list_files(r)
        if f.kind == SNAPSHOT
    ]


def _snapshot_if_due(transport: FolderTransport) -> None:
    if not _engine_has_snapshots():
        return
    from wijkinfo.sync import folder_snapshot

    if hasattr(transport.engine, "position"):
        folder_snapshot.write_snapshot_if_due(transport, every=SNAPSHOT_EVERY)


def _summary(
    folder: Path,
    pulled: Pulled,
    applied: Any,
    sent: int,
    backup: str | None,
    joined: bool = False,
) -> SyncSummary:
    return SyncSummary(
        joined_from_snapshot=joined,
        folder=str(folder),
        received=applied.applied,
        sent=sent,
        already_known=applied.already_known,
        held_back=applied.held_back,
        conflicts=applied.conflicts,
        refused=applied.refused,
        skipped=pulled.skipped,
        retry_later=pulled.retry_later,
        backup=backup,
    )
