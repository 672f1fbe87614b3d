"""Opening the data folder: first start, second instance, damage, newer schema, backups."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from wijkinfo.services.datafolder import files as storage
from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.services.errors import AlreadyRunning, DatabaseDamaged, DataDirError, SchemaTooNew


def test_first_start_creates_a_migrated_database(data_paths):
    store = open_store(data_paths)
    try:
        assert data_paths.db.exists()
        assert len(store.replica_id()) == 36
    finally:
        store.close()


def test_a_second_writer_on_the_same_folder_is_refused(store, data_paths):
    with pytest.raises(AlreadyRunning) as exc:
        open_store(data_paths)
    assert "al geopend" in str(exc.value)


def test_the_lock_is_released_on_close(data_paths):
    open_store(data_paths).close()
    open_store(data_paths).close()


def test_a_data_dir_that_is_a_file_gets_a_clear_message(tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    with pytest.raises(DataDirError, match="geen map"):
        open_store(DataPaths(blocker))
    with pytest.raises(DataDirError, match="kan niet schrijven"):
        open_store(DataPaths(blocker / "sub"))


def test_a_file_that_is_not_a_database_is_left_untouched(data_paths):
    data_paths.root.mkdir(parents=True)
    junk = b"Dit is geen database maar een boodschappenlijstje.\n" * 200
    data_paths.db.write_bytes(junk)
    with pytest.raises(DatabaseDamaged) as exc:
        open_store(data_paths)
    assert data_paths.db.read_bytes() == junk
    assert "beschadigd" in str(exc.value)
    assert exc.value.newest_backup is None
    # the lock is not left behind
    with storage.DataDirLock(data_paths):
        pass


def test_damage_offers_the_newest_backup(demo_store, data_paths):
    demo_store.close()
    older = storage.make_backup(data_paths, label="oud")
    newer = storage.make_backup(data_paths, label="nieuw")
    import os

    os.utime(older, (1, 1))
    with open(data_paths.db, "r+b") as fh:
        fh.write(b"\x00" * 100)  # overwrite the SQLite header
    with pytest.raises(DatabaseDamaged) as exc:
        open_store(data_paths)
    assert exc.value.newest_backup == newer
    assert str(newer) in str(exc.value)


def test_a_newer_schema_stops_with_an_upgrade_message(data_paths):
    open_store(data_paths).close()
    conn = sqlite3.connect(data_paths.db)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    with pytest.raises(SchemaTooNew, match="nieuwere versie"):
        open_store(data_paths)


def test_daily_backup_once_a_day_keeping_fourteen(data_paths):
    open_store(data_paths).close()
    start = date(2026, 1, 1)
    for i in range(20):
        open_store(data_paths, today=start + timedelta(days=i)).close()
        open_store(data_paths, today=start + timedelta(days=i)).close()
    dailies = sorted(p.name for p in data_paths.backups.glob("dagelijks-*.sqlite"))
    assert len(dailies) == 14
    assert dailies[-1] == "dagelijks-2026-01-20.sqlite"
    assert dailies[0] == "dagelijks-2026-01-07.sqlite"
    assert storage.integrity_problems(data_paths.backups / dailies[-1]) == []


def test_restore_keeps_the_current_database_beside_it(demo_store, data_paths):
    demo_store.close()
    backup = storage.make_backup(data_paths)
    store = open_store(data_paths)
    with store.unit_of_work() as session:
        session.execute(__import__("sqlalchemy").text("DELETE FROM setting"))
    store.close()
    aside = storage.restore_backup(data_paths, backup)
    assert aside.exists() and aside != data_paths.db
    store = open_store(data_paths)
    from wijkinfo.services.directory.demo import is_demo

    assert is_demo(store)
    store.close()


def test_restore_refuses_a_file_that_is_no_wijkinfo_backup(store, data_paths, tmp_path):
    other = tmp_path / "ander.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE x (a)")
    conn.commit()
    conn.close()
    store.close()
    before = data_paths.db.read_bytes()
    with pytest.raises(storage.UserError, match="geen wijkinfo-back-up"):
        storage.restore_backup(data_paths, other)
    with pytest.raises(storage.UserError, match="bestaat niet"):
        storage.restore_backup(data_paths, tmp_path / "nergens.sqlite")
    assert data_paths.db.read_bytes() == before
