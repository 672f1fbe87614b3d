"""A -wal file deleted while wijkinfo runs (a cleaning tool, a sync client) loses the rows in
it; the next start and ``check`` say so instead of "in orde"."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from wijkinfo.cli import main
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.services.errors import UserError

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from wijkinfo.db.models import Organization
    from wijkinfo.services.datafolder.files import DataPaths
    from wijkinfo.services.datafolder.store import open_store
    store = open_store(DataPaths(Path(sys.argv[1])), backups=False)
    i = 0
    while True:
        with store.unit_of_work() as s:
            s.add(Organization(name=f"Org {i}", description="x" * 200))
        i += 1
        print(i, flush=True)
        sys.stdin.readline()
    """
)


def _writer_loses_its_wal(data_paths) -> None:
    open_store(data_paths).close()
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_paths.root)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    for step in range(6):
        assert int(proc.stdout.readline()) == step + 1
        if step == 2:
            data_paths.wal.unlink()  # deleted under the running program
        proc.stdin.write("\n")
        proc.stdin.flush()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()


def test_a_deleted_wal_is_found_by_check_and_said_once_at_start(data_paths, capsys):
    _writer_loses_its_wal(data_paths)
    code = main(["--data-dir", str(data_paths.root), "check"])
    out, err = capsys.readouterr()
    assert code == 1 and "in orde" not in out
    assert "verdwenen" in err and len(err.strip().splitlines()) == 1
    with pytest.raises(UserError, match="verdwenen"):
        open_store(data_paths)
    # said once: the evidence is kept beside the database, and work goes on
    assert list(data_paths.root.glob("wijkinfo.sqlite-shm.wal-kwijt-*"))
    open_store(data_paths).close()
    assert main(["--data-dir", str(data_paths.root), "check"]) == 0


def test_a_killed_program_with_its_wal_intact_is_not_reported(data_paths):
    open_store(data_paths).close()
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_paths.root)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    for _ in range(3):
        proc.stdout.readline()
        proc.stdin.write("\n")
        proc.stdin.flush()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    open_store(data_paths).close()
