"""A full or nearly full disk, an unwritable backups folder, a read-only database file: one
line saying what to do, exit 2, nothing changed, no half-written or 0-byte files left."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from wijkinfo.cli import main
from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.services.directory.demo import load_demo


def _mount(*args: str) -> bool:
    done = subprocess.run(["mount", *args], capture_output=True)
    return done.returncode == 0


@contextlib.contextmanager
def small_disk(where: Path, size: str = "4m"):
    """A real, small file system (tmpfs) at ``where``, or a skip saying why there is none."""
    where.mkdir(parents=True, exist_ok=True)
    if shutil.which("mount") is None or not _mount(
        "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)
    ):
        pytest.skip("this machine does not allow mounting a small file system (needs root)")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


@contextlib.contextmanager
def read_only(path: Path):
    """``path`` (a file or folder) read-only, for root too: a read-only bind mount; for anyone
    else the rights are enough."""
    if os.geteuid() != 0:
        old = path.stat().st_mode
        os.chmod(path, 0o500 if path.is_dir() else 0o400)
        try:
            yield
        finally:
            os.chmod(path, old)
        return
    if not (_mount("--bind", str(path), str(path)) and _mount("-o", "remount,ro,bind", str(path))):
        subprocess.run(["umount", str(path)], check=False)
        pytest.skip("cannot make a read-only bind mount here")
    try:
        yield
    finally:
        subprocess.run(["umount", str(path)], check=False)


def _fill(disk: Path, leave: int = 0) -> None:
    """Fill the disk up, leaving about ``leave`` bytes free."""
    with open(disk / "vulling.bin", "wb") as fh:
        chunk = b"\0" * 65536
        try:
            while True:
                free = shutil.disk_usage(disk).free
                if free <= leave:
                    break
                fh.write(chunk[: max(1, min(len(chunk), free - leave))])
                fh.flush()
        except OSError:
            pass


def _snapshot(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()[:12]
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != "vulling.bin"
    }


def _one_line_exit_2(capsys, argv) -> str:
    code = main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert code == 2, (argv, out, err)
    assert len(err.strip().splitlines()) == 1 and err.startswith("wijkinfo:"), err
    return err


def _demo_folder(root: Path) -> DataPaths:
    paths = DataPaths(root)
    store = open_store(paths, today=date(2026, 1, 1))
    load_demo(store)
    store.close()
    return paths


@pytest.mark.parametrize("leave", [0, 200_000], ids=["full", "nearly-full"])
def test_a_full_disk_is_one_line_and_changes_nothing(tmp_path, capsys, leave):
    with small_disk(tmp_path / "schijf") as disk:
        paths = _demo_folder(disk / "data")
        _fill(disk, leave)
        before = _snapshot(paths.root)
        d = str(paths.root)
        for argv in (
            ["--data-dir", d, "retention", "--dry-run"],  # a writer: daily backup due
            ["--data-dir", d, "backup"],
            ["--data-dir", d, "referral", "x", "--out", str(disk / "brief.pdf")],
        ):
            err = _one_line_exit_2(capsys, argv)
            assert "vol" in err or "ruimte" in err, err
        # a search reads: it either works or says the same one line
        code = main(["--data-dir", d, "search", "schuld"])
        out, err = capsys.readouterr()
        assert code in (0, 2) and "Traceback" not in err
        assert _snapshot(paths.root) == before
        leftovers = [p for p in disk.rglob("*") if p.is_file() and p.stat().st_size == 0]
        assert [p.name for p in leftovers if p.name != "wijkinfo.lock"] == []


def test_an_unwritable_backups_folder_is_one_line_and_changes_nothing(tmp_path, capsys):
    paths = _demo_folder(tmp_path / "data")
    paths.backups.mkdir(exist_ok=True)
    before = _snapshot(paths.root)
    with read_only(paths.backups):
        for argv in (
            ["--data-dir", str(paths.root), "retention", "--dry-run"],
            ["--data-dir", str(paths.root), "backup"],
        ):
            err = _one_line_exit_2(capsys, argv)
            assert "schrijven" in err
    assert _snapshot(paths.root) == before


def test_a_read_only_database_file_is_one_line_and_changes_nothing(tmp_path, capsys):
    paths = _demo_folder(tmp_path / "data")
    before = _snapshot(paths.root)
    with read_only(paths.db):
        for argv in (
            ["--data-dir", str(paths.root), "retention", "--dry-run"],
            ["--data-dir", str(paths.root), "demo"],
        ):
            err = _one_line_exit_2(capsys, argv)
            assert "alleen-lezen" in err, err
        # looking up needs no writing: it works, or says the same one line
        code = main(["--data-dir", str(paths.root), "search", "schuld"])
        out, err = capsys.readouterr()
        assert (code == 0 and "Schuldhulp" in out) or (code == 2 and "alleen-lezen" in err)
    assert _snapshot(paths.root) == before


def test_a_backup_that_does_not_fit_leaves_no_temp_file(tmp_path, capsys):
    paths = _demo_folder(tmp_path / "data")
    before = _snapshot(paths.root)
    with small_disk(tmp_path / "stick", size="2m") as stick:
        _fill(stick, leave=300_000)  # room to start, not for the whole copy
        err = _one_line_exit_2(
            capsys, ["--data-dir", str(paths.root), "backup", "--out", str(stick / "b.sqlite")]
        )
        assert "vol" in err and str(stick) in err
        assert sorted(p.name for p in stick.iterdir()) == ["vulling.bin"]
    assert _snapshot(paths.root) == before
