"""A data folder on a USB stick is read without a memory map, so that pulling the stick out
gives an I/O error the desk can say in one line instead of ending the program."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import text

from wijkinfo.db.engine import MAP_BYTES, make_engine
from wijkinfo.db.media import is_removable

linux_only = pytest.mark.skipif(os.uname().sysname != "Linux", reason="sysfs is Linux's")


def _fake_sysfs(root: Path, folder: Path, *, removable: str | None, partition: bool) -> None:
    """A /sys tree in which ``folder``'s device is a disk (or a partition of one)."""
    dev = folder.stat().st_dev
    disk = root / "devices" / "pci0000:00" / "usb1" / "block" / "sdb"
    device = disk / "sdb1" if partition else disk
    device.mkdir(parents=True)
    if removable is not None:
        (disk / "removable").write_text(removable + "\n")
    (root / "dev" / "block").mkdir(parents=True)
    (root / "dev" / "block" / f"{os.major(dev)}:{os.minor(dev)}").symlink_to(device)


@linux_only
@pytest.mark.parametrize("partition", [False, True])
@pytest.mark.parametrize(("flag", "expected"), [("1", True), ("0", False)])
def test_a_usb_disk_or_its_partition_counts_as_removable(
    tmp_path: Path, partition: bool, flag: str, expected: bool
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    _fake_sysfs(tmp_path / "sys", folder, removable=flag, partition=partition)
    assert is_removable(folder, sys_root=tmp_path / "sys") is expected


@linux_only
def test_a_folder_not_made_yet_is_judged_by_the_folder_it_will_be_in(tmp_path: Path) -> None:
    _fake_sysfs(tmp_path / "sys", tmp_path, removable="1", partition=True)
    assert is_removable(tmp_path / "nog" / "niet" / "gemaakt", sys_root=tmp_path / "sys")


@linux_only
def test_a_file_system_without_a_block_device_is_not_removable(tmp_path: Path) -> None:
    (tmp_path / "sys" / "dev" / "block").mkdir(parents=True)
    assert not is_removable(tmp_path, sys_root=tmp_path / "sys")


@linux_only
def test_a_disk_without_a_removable_flag_is_a_fixed_one(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    _fake_sysfs(tmp_path / "sys", folder, removable=None, partition=True)
    assert is_removable(folder, sys_root=tmp_path / "sys") is False


def _mmap_size(db: Path) -> int:
    engine = make_engine(db)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("PRAGMA mmap_size")).scalar_one())
    finally:
        engine.dispose()


def test_the_data_folder_on_this_disk_is_read_through_the_map(tmp_path: Path) -> None:
    assert _mmap_size(tmp_path / "wijkinfo.db") == (0 if is_removable(tmp_path) else MAP_BYTES)
