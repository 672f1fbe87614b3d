"""Killing wijkinfo in the middle of writing loses nothing that was committed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from sqlalchemy import func, select

from wijkinfo.db.models import Organization
from wijkinfo.services.datafolder import files as storage
from wijkinfo.services.datafolder.store import open_store

WRITER = textwrap.dedent(
    """
    import sys
    from wijkinfo.db.models import Organization
    from wijkinfo.services.datafolder.files import DataPaths
    from wijkinfo.services.datafolder.store import open_store
    store = open_store(DataPaths(sys.argv[1]))
    i = 0
    while True:
        with store.unit_of_work() as s:
            s.add(Organization(name=f"Org {i}", description="x" * 2000))
        i += 1
        print(i, flush=True)
    """
)


def test_kill_mid_write_keeps_every_committed_row(data_paths):
    open_store(data_paths).close()
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_paths.root)],
        stdout=subprocess.PIPE,
        text=True,
    )
    committed = 0
    for line in proc.stdout:
        committed = int(line)
        if committed >= 40:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert storage.integrity_problems(data_paths.db) == []
    store = open_store(data_paths)
    try:
        with store.sessions() as s:
            count = s.scalar(select(func.count()).select_from(Organization))
    finally:
        store.close()
    assert count >= committed
