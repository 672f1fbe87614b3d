"""Files in a sync folder: their names, their sealed headers, and writing them safely.

Layout::

    FOLDER/wijkinfo-sleutel.json             the wrapped folder key (keys.py)
    FOLDER/wijkinfo-sync/<replica>/c-<first>-<last>.wks   log positions first..last of <replica>
    FOLDER/wijkinfo-sync/<replica>/s-<position>.wks       a snapshot at that position
    FOLDER/wijkinfo-sync/<replica>/desk.wks               name and last sync of that desk

Only names that match exactly are read: temp files (``.…tmp``) and the duplicates cloud clients
make ("c-…-… (conflicted copy).wks", "c-…-… (1).wks") are skipped. The header repeats what the
name says and is bound to the payload, so a renamed file is rejected, not misread.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import re
import uuid
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wijkinfo.sync import envelope
from wijkinfo.sync.keys import FolderKey

SYNC_DIR = "wijkinfo-sync"
FORMAT = "wijkinfo-sync"
FORMAT_VERSION = 1
_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
REPLICA_RE = re.compile(rf"^{_UUID}$")
CHANGES_RE = re.compile(r"^c-(\d{12})-(\d{12})\.wks$")
SNAPSHOT_RE = re.compile(r"^s-(\d{12})\.wks$")
DESK_FILE = "desk.wks"
CHANGES, SNAPSHOT, DESK = "changes", "snapshot", "desk"


@dataclass(frozen=True)
class FolderFile:
    """One file found in a replica's directory, known only by its name until it is opened."""

    path: Path
    replica: str
    kind: str
    first: int
    last: int


class FileRejected(Exception):
    """This file cannot be used now; ``retry`` says whether a later run may succeed."""

    def __init__(self, path: Path, why: str, *, retry: bool) -> None:
        super().__init__(f"{path.name}: {why}")
        self.path = path
        self.why = why
        self.retry = retry


def changes_name(first: int, last: int) -> str:
    return f"c-{first:012d}-{last:012d}.wks"


def snapshot_name(position: int) -> str:
    return f"s-{position:012d}.wks"


def replica_dirs(folder: Path) -> list[Path]:
    base = folder / SYNC_DIR
    if not base.is_dir():
        return []
    return sorted(p for p in base.iterdir() if p.is_dir() and REPLICA_RE.match(p.name))


def list_files(replica_dir: Path) -> list[FolderFile]:
    """Change and snapshot files in one replica's directory, by position."""
    found = []
    try:
        names = os.listdir(replica_dir)
    except OSError:
        return []
    for name in names:
        path = replica_dir / name
        if m := CHANGES_RE.match(name):
            first, last = int(m[1]), int(m[2])
            if first <= last:
                found.append(FolderFile(path, replica_dir.name, CHANGES, first, last))
        elif m := SNAPSHOT_RE.match(name):
            pos = int(m[1])
            found.append(FolderFile(path, replica_dir.name, SNAPSHOT, pos, pos))
    return sorted(found, key=lambda f: (f.first, -f.last, f.kind))


def header_for(f: FolderFile, *, folder_id: str, schema: str, count: int) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "kind": f.kind,
        "folder": folder_id,
        "replica": f.replica,
        "first": f.first,
        "last": f.last,
        "count": count,
        "schema": schema,
    }


def write_sealed(
    key: FolderKey,
    f: FolderFile,
    header: dict[str, Any],
    payload: Any,
    *,
    checkpoint: Any = None,
) -> None:
    """Seal ``payload`` (JSON) into ``f.path``: temp name, fsync, rename, fsync the directory."""
    raw = zlib.compress(json.dumps(payload, ensure_ascii=False).encode("utf-8"), 6)
    header = {**header, "checksum": _checksum(key, raw)}
    blob = envelope.seal(key.key, json.dumps(header, sort_keys=True).encode(), raw)
    f.path.parent.mkdir(parents=True, exist_ok=True)
    tmp = f.path.with_name(f".{f.path.name}.{uuid.uuid4().hex[:8]}.tmp")
    with open(tmp, "wb") as out:
        out.write(blob)
        out.flush()
        os.fsync(out.fileno())
    if checkpoint:
        checkpoint("after_temp_write")
        checkpoint("before_rename")
    os.replace(tmp, f.path)
    _fsync_dir(f.path.parent)


def read_sealed(key: FolderKey, f: FolderFile) -> tuple[dict[str, Any], Any]:
    """Open one file: the authenticated header (checked against its name) and the payload."""
    try:
        blob = f.path.read_bytes()
    except FileNotFoundError:
        raise FileRejected(f.path, "verdwenen", retry=True) from None
    except OSError as exc:
        raise FileRejected(f.path, f"niet te lezen ({exc.strerror})", retry=True) from None
    if len(blob) < len(envelope.MAGIC) and envelope.MAGIC.startswith(blob):
        # Empty or a few bytes: a cloud client's placeholder, not downloaded yet.
        raise FileRejected(f.path, "leeg of nog niet gedownload", retry=True)
    try:
        head, raw = envelope.unseal(key.key, blob)
    except envelope.WrongKey:
        raise FileRejected(f.path, "met een andere sleutel versleuteld", retry=False) from None
    except envelope.NotSealed:
        raise FileRejected(f.path, "geen syncbestand", retry=False) from None
    except envelope.SealTooNew:
        raise
    except envelope.SealError:
        # A cloud client may still be downloading it: try again next time.
        raise FileRejected(f.path, "onvolledig of beschadigd", retry=True) from None
    header = json.loads(head)
    expected = header_for(f, folder_id=key.folder_id, schema=header.get("schema", ""), count=0)
    for name in ("format", "kind", "folder", "replica", "first", "last"):
        if header.get(name) != expected[name]:
            raise FileRejected(f.path, "hernoemd of uit een andere map", retry=False)
    if not hmac.compare_digest(str(header.get("checksum", "")), _checksum(key, raw)):
        raise FileRejected(f.path, "controlegetal klopt niet", retry=True)
    try:
        payload = json.loads(zlib.decompress(raw))
    except (zlib.error, ValueError):
        raise FileRejected(f.path, "onleesbare inhoud", retry=False) from None
    return header, payload


def remove_own(path: Path) -> None:
    """Delete one of this replica's own files (never another replica's)."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def clean_own_temp_files(replica_dir: Path) -> None:
    """Temp files left by an interrupted run of this replica."""
    if replica_dir.is_dir():
        for p in replica_dir.glob(".*.tmp"):
            remove_own(p)


def _checksum(key: FolderKey, raw: bytes) -> str:
    # Keyed, so that the readable header says nothing about the content.
    return hmac.new(key.key, raw, hashlib.sha256).hexdigest()[:32]


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory; its rename is durable enough
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
