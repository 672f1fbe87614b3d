"""Opening the data folder for the desk, all of it off the UI thread: the store, the retention
run that the AVG terms ask for at every start (before the day's backup, and reaching the old
backups too), and the few facts the start-up dialogs need."""

from __future__ import annotations

from dataclasses import dataclass

from wijkinfo.services.datafolder import backups as backup_files
from wijkinfo.services.datafolder.backup_retention import remove_expired_backups
from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.datafolder.store import Store, open_store
from wijkinfo.services.directory.demo import directory_is_empty, is_demo
from wijkinfo.services.people import users
from wijkinfo.services.privacy.key_status import settle_provisional_key
from wijkinfo.services.settings import get_setting
from wijkinfo.services.signals.retention import STARTUP_ACTOR, get_retention, run_retention


@dataclass(frozen=True)
class OpenedDesk:
    store: Store
    #: False on the very first run: then the first coordinator is made
    has_users: bool
    demo: bool
    point_name: str
    #: the directory is empty and the demo was never offered: ask once
    ask_demo: bool


def open_desk(paths: DataPaths) -> OpenedDesk:
    """Open the store (checks, lock, backups, migrations) and apply the retention terms.

    Raises what ``open_store`` raises (DatabaseDamaged, UserError); nothing stays open then.
    """
    store = open_store(paths, daily=False)
    try:
        settle_provisional_key(store)  # a coordinator key arrived: no private key in the open
        run_retention(store, actor=STARTUP_ACTOR)  # AVG terms apply even if nobody asks
        # Then the day's backup, so that it never holds what retention just wiped, and the
        # backups older than the term for contact details go (every kind of backup).
        made = backup_files.daily_backup(paths)
        if made:
            store.notes.append(f"dagelijkse back-up: {made}")
        remove_expired_backups(paths, days=get_retention(store).anonymise_days)
        with store.sessions() as session:
            point_name = get_setting(session, "point_name") or ""
            offered = bool(get_setting(session, "demo_offered"))
        demo = is_demo(store)
        return OpenedDesk(
            store=store,
            has_users=users.has_users(store),
            demo=demo,
            point_name=point_name,
            ask_demo=not offered and not demo and directory_is_empty(store),
        )
    except BaseException:
        store.close()
        raise
