"""Retention reaches the backups: the day's backup comes after retention, old backups go, and
backups from before sealing lose their plain contact details once a coordinator agrees."""

from __future__ import annotations

import os
import time

from tests.db.test_sealing_migration import EMAIL, PHONE, _old_database
from wijkinfo.services.datafolder import backup_retention
from wijkinfo.services.datafolder.desk_start import open_desk
from wijkinfo.services.datafolder.health import restore_refusal
from wijkinfo.services.datafolder.store import open_store


def test_backups_older_than_the_contact_term_are_removed_at_start(store, data_paths):
    store.close()
    data_paths.backups.mkdir(exist_ok=True)
    old = data_paths.backups / "handmatig-2024-01-01_120000.sqlite"
    fresh = data_paths.backups / "voor-herstel-2026-11-30_120000.sqlite"
    for path in (old, fresh):
        path.write_bytes(data_paths.db.read_bytes())
    year_and_a_day = time.time() - 366 * 86400
    os.utime(old, (year_and_a_day, year_and_a_day))
    desk = open_desk(data_paths)
    try:
        assert not old.exists() and fresh.exists()
        assert list(data_paths.backups.glob("dagelijks-*")), "the day's backup is made after"
    finally:
        desk.store.close()


def test_plain_text_in_old_backups_is_wiped_when_the_coordinator_agrees(data_paths):
    _old_database(data_paths)
    store = open_store(data_paths)  # migrates, with a backup first that holds the plain text
    store.close()
    plain = backup_retention.plain_text_backups(data_paths)
    # the day's backup and the one before the update, both from before sealing
    assert len(plain) == 2 and all(PHONE.encode() in p.read_bytes() for p in plain)
    result = backup_retention.scrub_plain_backups(data_paths)
    assert result.scrubbed == tuple(plain) and result.removed == ()
    for backup in data_paths.backups.glob("*.sqlite"):
        data = backup.read_bytes()
        assert PHONE.encode() not in data and EMAIL.encode() not in data
        assert restore_refusal(backup) is None  # still a backup that can be put back
    assert backup_retention.plain_text_backups(data_paths) == []
