"""Where this computer keeps a data folder's backups, and how many daily ones: checked before
anything is written, kept in machine.json per data folder, used by the day's backup."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wijkinfo.services.datafolder import files as storage
from wijkinfo.services.datafolder.backup_place import check_backup_folder, save_machine_choices
from wijkinfo.services.datafolder.machine_settings import (
    CONFIG_NAME,
    DEFAULT_BACKUP_COUNT,
    MachineSettings,
    read_machine_settings,
)
from wijkinfo.services.datafolder.paths import DataPaths, resolve_data_dir
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.services.errors import UserError

DAY1 = date(2026, 3, 1)


def _dailies(folder) -> list[str]:
    return sorted(p.name for p in folder.glob("dagelijks-*.sqlite"))


def test_the_default_is_the_data_folders_own_backups_folder(data_paths):
    assert check_backup_folder("  ") is None
    paths = resolve_data_dir(data_paths.root)
    assert paths.backups == data_paths.root / "backups"
    assert paths.keep_daily == DEFAULT_BACKUP_COUNT == 14


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda tmp: (tmp / "f.txt").write_text("x") and str(tmp / "f.txt"), "is een bestand"),
        (lambda tmp: str(tmp / "er-niet"), "bestaat niet"),
        (lambda _tmp: "/proc", "mag niet schrijven"),
        (lambda _tmp: "back-ups", "hele pad"),
    ],
    ids=["a file", "missing", "not writable", "relative"],
)
def test_a_bad_folder_is_one_line_and_nothing_is_written(data_paths, tmp_path, make, says):
    if not os.path.isdir("/proc") and says == "mag niet schrijven":
        pytest.skip("no /proc here")
    config = tmp_path / "cfg"
    with pytest.raises(UserError, match=says) as caught:
        save_machine_choices(
            data_paths, backup_folder=make(tmp_path), backup_count=3, config=config
        )
    assert "\n" not in str(caught.value)
    assert not (config / CONFIG_NAME).exists()
    assert [p for p in tmp_path.rglob(".wijkinfo-tmp*")] == []  # the probe left nothing


@pytest.mark.parametrize("count", [0, -1, 366, "veel", None])
def test_a_bad_count_changes_nothing(data_paths, tmp_path, count):
    config = tmp_path / "cfg"
    with pytest.raises(UserError, match="1 tot 365"):
        save_machine_choices(data_paths, backup_folder="", backup_count=count, config=config)
    assert not (config / CONFIG_NAME).exists()


def test_each_data_folder_keeps_its_own_backup_folder_on_this_computer(tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    a, b = DataPaths(tmp_path / "a"), DataPaths(tmp_path / "b")
    _settings, now = save_machine_choices(a, backup_folder=str(stick), backup_count=5)
    assert now.backups == stick and now.keep_daily == 5
    assert resolve_data_dir(a.root).backups == stick
    assert resolve_data_dir(b.root).backups == b.root / "backups"  # never mixed with a's
    _settings, back = save_machine_choices(now, backup_folder="", backup_count=5)
    assert back.backups == a.root / "backups"
    assert read_machine_settings().backup_folders == ()


def test_the_days_backup_goes_to_the_chosen_folder_and_keeps_the_chosen_count(data_paths, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    open_store(data_paths, today=DAY1 - timedelta(days=1)).close()
    paths = replace(data_paths, backup_dir=stick, keep_daily=3)
    for i in range(5):
        open_store(paths, today=DAY1 + timedelta(days=i)).close()
    assert _dailies(stick) == [f"dagelijks-{DAY1 + timedelta(days=i)}.sqlite" for i in (2, 3, 4)]
    assert storage.newest_backup(paths) == stick / f"dagelijks-{DAY1 + timedelta(days=4)}.sqlite"


def test_a_stick_that_is_not_in_costs_neither_the_backup_nor_the_start(data_paths, tmp_path):
    open_store(data_paths, today=DAY1 - timedelta(days=1)).close()
    paths = replace(data_paths, backup_dir=tmp_path / "usb-stick-not-in")
    store = open_store(paths, today=DAY1)  # no error
    store.close()
    assert _dailies(data_paths.own_backups)[-1] == f"dagelijks-{DAY1}.sqlite"
    assert not (tmp_path / "usb-stick-not-in").exists()  # not made on the laptop's disk
    made = storage.make_backup(paths)  # the same for a backup made by hand
    assert made.parent == data_paths.own_backups


@settings(deadline=None, max_examples=60)
@given(
    st.dictionaries(
        st.sampled_from(["backup_folders", "backup_count", "text_size", "language", "x"]),
        st.one_of(
            st.integers(-5, 500),
            st.text(max_size=8),
            st.none(),
            st.dictionaries(st.text(max_size=4), st.one_of(st.text(max_size=4), st.integers())),
        ),
    )
)
def test_whatever_the_file_says_reading_it_gives_settings_and_never_an_error(tmp_path_factory, raw):
    folder = tmp_path_factory.mktemp("cfg")
    (folder / CONFIG_NAME).write_text(json.dumps(raw), encoding="utf-8")
    got = read_machine_settings(folder)
    assert isinstance(got, MachineSettings)
    assert 1 <= got.backup_count <= 365
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in got.backup_folders)


def test_retention_removes_only_wijkinfos_own_old_backups_from_a_chosen_folder(
    data_paths, tmp_path
):
    """A backup folder the user chose (Documents, a stick) may hold other programs' databases:
    the contact-details term removes old wijkinfo backups there, never another program's file."""
    import sqlite3

    from wijkinfo.services.datafolder.backup_retention import remove_expired_backups

    chosen = tmp_path / "Documenten"
    chosen.mkdir()
    paths = replace(data_paths, backup_dir=chosen)
    open_store(paths).close()
    own = storage.make_backup(paths)  # handmatig-….sqlite
    renamed = own.with_name("mijn kopie.sqlite")  # a manual backup the coordinator renamed
    renamed.write_bytes(own.read_bytes())
    foreign = chosen / "fotoboek.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE foto (naam TEXT)")
    year_ago = 1_000_000_000
    for file in (own, renamed, foreign):
        os.utime(file, (year_ago, year_ago))

    removed = remove_expired_backups(paths, days=30)

    assert sorted(p.name for p in removed) == sorted([own.name, "mijn kopie.sqlite"])
    assert foreign.exists() and not own.exists() and not renamed.exists()
