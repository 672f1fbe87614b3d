"""Run one folder sync in a child process and kill it (os._exit) at a named step.

Usage: python -m tests.sync.crash_child DB FOLDER KEYHEX FOLDER_ID STEP
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tests.sync.log_engine import SCHEMA, LogEngine
from wijkinfo.sync.folder import FolderTransport
from wijkinfo.sync.keys import FolderKey


def main() -> None:
    db, folder, key_hex, folder_id, step = sys.argv[1:6]

    def die(point: str) -> None:
        if point == step:
            os._exit(9)  # no cleanup, no rollback by Python: like a pulled plug

    engine = LogEngine(Path(db), fault=die)
    t = FolderTransport(
        Path(folder),
        FolderKey(folder_id, bytes.fromhex(key_hex)),
        engine,
        known_schemas={SCHEMA},
        checkpoint=die,
    )
    t.apply(t.pull())
    t.push()


if __name__ == "__main__":
    main()
