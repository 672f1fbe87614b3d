"""The data folder in one import: paths, the lock, backups, integrity and restore.

Each part has its own module (paths, lock, health, backups, restore); this one names them
together for the callers that use several.
"""

from __future__ import annotations

from wijkinfo.services.datafolder.backups import (
    copy_database,
    daily_backup,
    damaged,
    list_backups,
    make_backup,
    newest_backup,
    prune_dailies,
)
from wijkinfo.services.datafolder.health import (
    integrity_problems,
    probe_database,
    quick_problems,
    wal_lost,
)
from wijkinfo.services.datafolder.lock import DataDirLock
from wijkinfo.services.datafolder.paths import (
    BACKUP_DIR,
    DAILY_PREFIX,
    DB_NAME,
    KEEP_DAILY,
    LOCK_NAME,
    DataPaths,
    default_data_dir,
    ensure_writable,
    portable_data_dir,
    resolve_data_dir,
)
from wijkinfo.services.datafolder.restore import check_restorable, restore_backup
from wijkinfo.services.errors import UserError

__all__ = [
    "BACKUP_DIR",
    "DAILY_PREFIX",
    "DB_NAME",
    "KEEP_DAILY",
    "LOCK_NAME",
    "DataDirLock",
    "DataPaths",
    "UserError",
    "check_restorable",
    "copy_database",
    "daily_backup",
    "damaged",
    "default_data_dir",
    "ensure_writable",
    "integrity_problems",
    "list_backups",
    "make_backup",
    "newest_backup",
    "portable_data_dir",
    "probe_database",
    "prune_dailies",
    "quick_problems",
    "resolve_data_dir",
    "restore_backup",
    "wal_lost",
]
