"""A new desk joins the organisation's existing sync folder (the first-run assistant).

The passphrase opens the folder key; the first sync brings the directory, the people and
their public keys; only then does this machine keep the folder as its own. A coordinator may
do this, and so may whoever sets up a desk that has no users yet.
"""

from __future__ import annotations

from pathlib import Path

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.people.auth import ANONYMOUS_DESK, Actor
from wijkinfo.services.people.first_run import require_or_set_up
from wijkinfo.services.progress import Progress
from wijkinfo.services.settings import set_setting
from wijkinfo.services.sync import folder_sync, target
from wijkinfo.services.sync import sync_settings as cfg
from wijkinfo.services.sync.folder_sync import SyncSummary


def join_sync_folder(
    store: Store,
    *,
    actor: Actor | None,
    folder: Path,
    passphrase: str,
    progress: Progress | None = None,
) -> SyncSummary:
    """Unlock ``folder`` with ``passphrase``, sync once, then choose it for this machine.

    A wrong folder or passphrase gives one line and chooses nothing."""
    with store.sessions() as session:
        require_or_set_up(session, actor, "settings.edit")
    if not str(folder).strip():
        raise UserError("Kies de syncmap van uw organisatie.")
    if not passphrase:
        raise UserError("Typ het wachtwoord van de syncmap. U krijgt het van een coördinator.")
    folder = Path(folder).expanduser().absolute()
    folder_sync.unlock_folder(store, folder=folder, passphrase=passphrase)
    summary = target.sync_once(
        store, actor=actor or ANONYMOUS_DESK, folder=folder, progress=progress
    )
    with store.unit_of_work() as session:
        set_setting(session, cfg.FOLDER, str(folder))
    return summary
