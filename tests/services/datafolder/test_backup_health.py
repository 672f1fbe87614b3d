"""A damaged database is never backed up, counted or kept as a backup, and the advice after
damage names the newest backup that passes SQLite's check."""

from __future__ import annotations

import os
import shutil
from datetime import date, timedelta

import pytest

from tests.services.datafolder.damage import checkpoint, damage_data_page
from wijkinfo.cli import main
from wijkinfo.services.datafolder import files as storage
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.services.directory.demo import is_demo, load_demo
from wijkinfo.services.errors import DatabaseDamaged, UserError

DAY1 = date(2026, 3, 1)


def _dailies(paths) -> list[str]:
    return sorted(p.name for p in paths.backups.glob("dagelijks-*.sqlite"))


def _fourteen_good_days(paths) -> None:
    store = open_store(paths, today=DAY1 - timedelta(days=1))
    load_demo(store)
    store.close()
    for i in range(14):
        open_store(paths, today=DAY1 + timedelta(days=i)).close()


def test_data_page_damage_is_found_and_never_copied_into_the_backups(data_paths):
    _fourteen_good_days(data_paths)
    good = _dailies(data_paths)
    assert len(good) == 14
    damage_data_page(data_paths.db)
    assert storage.probe_database(data_paths.db) is None  # the cheap probe cannot see it
    for i in range(14, 40):  # a month of starts on the damaged file
        with pytest.raises(DatabaseDamaged) as exc:
            open_store(data_paths, today=DAY1 + timedelta(days=i))
    assert _dailies(data_paths) == good
    assert all(storage.quick_problems(data_paths.backups / n) == [] for n in good)
    newest = data_paths.backups / good[-1]
    assert exc.value.newest_backup == newest
    assert f"wijkinfo restore {newest}" in str(exc.value)
    storage.restore_backup(data_paths, newest)
    store = open_store(data_paths, today=DAY1 + timedelta(days=40))
    try:
        assert is_demo(store)
    finally:
        store.close()


def test_damaged_daily_backups_are_not_counted_nor_kept(data_paths):
    _fourteen_good_days(data_paths)
    before = _dailies(data_paths)
    for name in before[-3:]:  # the three newest rot on the disk
        damage_data_page(data_paths.backups / name)
    made = storage.daily_backup(data_paths, DAY1 + timedelta(days=14))
    after = _dailies(data_paths)
    # the damaged ones are gone, and they did not push the oldest healthy one out
    assert after == [*before[:-3], made.name]
    assert all(storage.quick_problems(data_paths.backups / n) == [] for n in after)


def test_the_advice_skips_a_damaged_newest_backup(demo_store, data_paths):
    demo_store.close()
    older = storage.make_backup(data_paths, label="oud")
    newer = storage.make_backup(data_paths, label="nieuw")
    os.utime(older, (1, 1))
    damage_data_page(newer)
    with open(data_paths.db, "r+b") as fh:
        fh.write(b"\x00" * 100)
    with pytest.raises(DatabaseDamaged) as exc:
        open_store(data_paths)
    assert exc.value.newest_backup == older


def test_a_damaged_database_gives_no_backup_and_no_leftovers(demo_store, data_paths, capsys):
    demo_store.close()
    damage_data_page(data_paths.db)
    listing = sorted(p.name for p in data_paths.root.rglob("*"))
    with pytest.raises(DatabaseDamaged):
        storage.make_backup(data_paths, label="handmatig")
    code = main(["--data-dir", str(data_paths.root), "backup"])
    err = capsys.readouterr().err
    assert code == 1 and "beschadigd" in err and len(err.strip().splitlines()) == 1
    code = main(["--data-dir", str(data_paths.root), "check"])
    assert code == 1 and "beschadigd" in capsys.readouterr().err
    assert sorted(p.name for p in data_paths.root.rglob("*")) == listing


def test_a_backup_that_fails_its_check_after_writing_is_not_kept(demo_store, data_paths, tmp_path):
    """copy_database checks what it wrote: a damaged source gives no file at the target."""
    demo_store.close()
    source = tmp_path / "bron.sqlite"
    shutil.copyfile(data_paths.db, source)
    checkpoint(source)
    damage_data_page(source)
    target = tmp_path / "kopie.sqlite"
    with pytest.raises(UserError, match="geen back-up"):
        storage.copy_database(source, target)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("kopie")) == []
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".wijkinfo-tmp")] == []


def test_prune_never_removes_the_last_healthy_backup(data_paths):
    _fourteen_good_days(data_paths)
    for name in _dailies(data_paths):
        damage_data_page(data_paths.backups / name)
    made = storage.daily_backup(data_paths, DAY1 + timedelta(days=30))
    assert made is not None and _dailies(data_paths) == [made.name]
    assert storage.newest_backup(data_paths) == made
