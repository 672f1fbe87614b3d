"""Snapshots in the sync folder: a new desk loads one instead of every change since day one.

Every replica writes, now and then, a sealed snapshot of its data (``s-<position>.wks``, made by
the engine's ``snapshot.export``) together with how far it had read each other replica in this
folder. A desk that has never read this folder loads the newest snapshot and starts its cursors
where the snapshot's writer stood; everything after that comes from the change files as usual,
and what it gets twice is known already and changes nothing.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from wijkinfo.sync.folder import TRANSPORT, FolderTransport
from wijkinfo.sync.folder_files import (
    SNAPSHOT,
    FileRejected,
    FolderFile,
    header_for,
    list_files,
    read_sealed,
    remove_own,
    replica_dirs,
    snapshot_name,
    write_sealed,
)

#: Log positions between two snapshots of one replica.
SNAPSHOT_EVERY = 5000


def _engine_module() -> Any:
    from wijkinfo.sync import snapshot

    return snapshot


def write_snapshot_if_due(t: FolderTransport, *, every: int = SNAPSHOT_EVERY) -> bool:
    """Write our snapshot when our log has grown ``every`` positions since the last one."""
    engine: Any = t.engine
    position = int(engine.position())
    own = [f for f in list_files(t.own_dir) if f.kind == SNAPSHOT]
    last = max((f.last for f in own), default=0)
    if position <= 0 or position - last < every:
        return False
    snapshot = _engine_module()
    cursors = {
        rdir.name: t.engine.cursor(source=rdir.name, transport=TRANSPORT)
        for rdir in replica_dirs(t.folder)
        if rdir.name != t.own
    }
    # The position is read first: the export holds at least that much, so a reader that goes
    # on from it may get a change twice, never miss one.
    data = snapshot.export(engine)
    f = FolderFile(t.own_dir / snapshot_name(position), t.own, SNAPSHOT, position, position)
    rows = sum(len(v["rows"]) for v in data["tables"].values())
    header = header_for(f, folder_id=t.key.folder_id, schema=str(data["schema"]), count=rows)
    payload = {"position": position, "cursors": cursors, "snapshot": snapshot.to_bytes(data)}
    payload["snapshot"] = payload["snapshot"].decode("utf-8")
    write_sealed(t.key, f, header, payload, checkpoint=t.checkpoint)
    for old in own:
        if old.path != f.path:
            remove_own(old.path)  # only ever our own files
    return True


def join_from_snapshot(
    t: FolderTransport, *, before_load: Callable[[], object] | None = None
) -> bool:
    """Load the newest readable snapshot when this replica has never read this folder."""
    others = [r for r in replica_dirs(t.folder) if r.name != t.own]
    if any(t.engine.cursor(source=r.name, transport=TRANSPORT) is not None for r in others):
        return False
    found = [f for r in others for f in list_files(r) if f.kind == SNAPSHOT]
    found.sort(key=_mtime, reverse=True)
    for f in found:
        try:
            header, payload = read_sealed(t.key, f)
        except FileRejected:
            continue  # still downloading, or foreign: try an older one, or read the changes
        t.check_schema(str(header.get("schema", "")))
        snapshot = _engine_module()
        if before_load:
            before_load()
        snapshot.load(t.engine, snapshot.from_bytes(str(payload["snapshot"]).encode("utf-8")))
        cursors: dict[str, Any] = dict(payload.get("cursors") or {})
        cursors[f.replica] = int(payload["position"])
        for source, position in cursors.items():
            if position is not None and source != t.own:
                t.engine.apply([], source=source, transport=TRANSPORT, position=str(position))
        return True
    return False


def _mtime(f: FolderFile) -> float:
    try:
        return os.stat(f.path).st_mtime
    except OSError:
        return 0.0
