"""A sync killed at each step (a real process, os._exit) resumes with nothing lost or doubled."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.sync.log_engine import SCHEMA, LogEngine
from tests.sync.test_folder import desk, make_folder, sync
from wijkinfo.sync.folder import FolderTransport
from wijkinfo.sync.folder_files import SYNC_DIR

ROOT = Path(__file__).resolve().parents[2]


def run_child(db: Path, folder: Path, key, step: str) -> int:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.sync.crash_child",
            str(db),
            str(folder),
            key.key.hex(),
            key.folder_id,
            step,
        ],
        cwd=ROOT,
        check=False,
    ).returncode


@pytest.mark.parametrize("step", ["after_temp_write", "before_rename"])
def test_killed_while_writing(tmp_path, step):
    folder = tmp_path / "map"
    key = make_folder(folder)
    a, b = desk(tmp_path, "a"), desk(tmp_path, "b")
    for n in range(3):
        a.write("service", f"s{n}", {"name": f"dienst {n}"})
    assert run_child(tmp_path / "a.sqlite", folder, key, step) == 9
    own = folder / SYNC_DIR / a.replica_id()
    assert [p.name for p in own.iterdir() if not p.name.startswith(".")] == []
    _, nothing, _ = sync(b, folder, key)  # a reader skips the temp file
    assert nothing.applied == 0
    a.write("service", "s3", {"name": "dienst 3"})
    sync(a, folder, key)  # the next run writes it again and cleans the temp file
    assert not list(own.glob(".*.tmp"))
    _, got, _ = sync(b, folder, key)
    assert got.applied == 4 and b.rows() == a.rows()
    assert len(b.log_keys()) == len(set(b.log_keys()))


def test_killed_mid_apply(tmp_path):
    folder = tmp_path / "map"
    key = make_folder(folder)
    a, b = desk(tmp_path, "a"), desk(tmp_path, "b")
    for n in range(6):
        a.write("service", f"s{n}", {"name": f"dienst {n}"})
    sync(a, folder, key)
    b.db.close()
    assert run_child(tmp_path / "b.sqlite", folder, key, "mid_apply") == 9
    b = LogEngine(tmp_path / "b.sqlite")
    assert b.rows() == {} and b.cursor(source=a.replica_id(), transport="folder") is None
    _, got, _ = sync(b, folder, key)
    assert got.applied == 6 and b.rows() == a.rows()
    assert FolderTransport(folder, key, b, known_schemas={SCHEMA}).pull().incoming == ()
