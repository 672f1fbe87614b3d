"""Damage a database the way a failing disk does: garbage inside one data page, while the
schema page (what a cheap probe reads) stays intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def checkpoint(db: Path) -> None:
    """Fold the -wal into the file, so that the bytes on disk are the whole database."""
    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def damage_data_page(db: Path, table: str = "service") -> None:
    checkpoint(db)
    conn = sqlite3.connect(db)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()[0]
    finally:
        conn.close()
    assert root > 1
    with open(db, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xff" * (page_size // 2))
