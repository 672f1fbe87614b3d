"""The folder transport: sealed change files in a shared folder (a cloud-synced folder or a USB
stick), each replica writing only its own files.

A run reads what the other replicas wrote after our cursor for each of them, checks it all
(newer schema, a large delete) before anything is applied, applies it file by file (each apply
commits its cursor with the changes), and then writes our own log after what we wrote before.
What we wrote is found from our own file names, not from local bookkeeping, so a run killed at
any point simply carries on next time: a temp file is ignored and cleaned, a file written but
not yet renamed is written again, and changes applied twice change nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from wijkinfo.services.errors import UserError
from wijkinfo.services.progress import Progress
from wijkinfo.sync import envelope
from wijkinfo.sync.api import Change, SyncEngine
from wijkinfo.sync.folder_files import (
    CHANGES,
    DESK,
    DESK_FILE,
    FORMAT_VERSION,
    SYNC_DIR,
    FileRejected,
    FolderFile,
    changes_name,
    clean_own_temp_files,
    header_for,
    list_files,
    read_sealed,
    remove_own,
    replica_dirs,
    write_sealed,
)
from wijkinfo.sync.keys import FolderKey

TRANSPORT = "folder"
#: Changes per file written in one go, and the size small files are merged up to.
BATCH_LIMIT = 2000
#: Merge our own files once there are more than this many.
MERGE_AFTER = 16

Checkpoint = Callable[[str], None]


class FolderSchemaTooNew(UserError):
    """A file in the folder was written by a newer wijkinfo: nothing is applied."""


@dataclass(frozen=True)
class Incoming:
    """One readable file of another replica, with its changes, ready to apply."""

    file: FolderFile
    changes: Sequence[Change]


@dataclass(frozen=True)
class Pulled:
    incoming: tuple[Incoming, ...]
    skipped: tuple[str, ...]  # "name: why", for files that will not be used
    retry_later: int  # files that failed now but may be whole next time (still downloading)

    @property
    def changes(self) -> list[Change]:
        return [c for i in self.incoming for c in i.changes]


@dataclass
class Applied:
    files: int = 0
    applied: int = 0
    already_known: int = 0
    held_back: int = 0
    conflicts: int = 0
    refused: int = 0
    extra: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class DeskSeen:
    replica: str
    name: str
    synced_at: str  # ISO time in UTC, as written by that desk


class FolderTransport:
    def __init__(
        self,
        folder: Path,
        key: FolderKey,
        engine: SyncEngine,
        *,
        known_schemas: Collection[str],
        checkpoint: Checkpoint | None = None,
        batch_limit: int = BATCH_LIMIT,
        merge_after: int = MERGE_AFTER,
    ) -> None:
        self.folder = folder
        self.key = key
        self.engine = engine
        self.known_schemas = set(known_schemas)
        self.checkpoint = checkpoint
        self.batch_limit = batch_limit
        self.merge_after = merge_after
        self.own = engine.replica_id()
        self.own_dir = folder / SYNC_DIR / self.own

    # -- reading ----------------------------------------------------------------------------

    def pull(self) -> Pulled:
        """Read (not apply) every file of the other replicas that we have not applied yet.

        Reading applies nothing, so one file of a newer wijkinfo stops the run before any apply.
        """
        incoming: list[Incoming] = []
        skipped: list[str] = []
        retry = 0
        for rdir in replica_dirs(self.folder):
            if rdir.name == self.own:
                continue
            cursor = int(self.engine.cursor(source=rdir.name, transport=TRANSPORT) or 0)
            got, bad, later = self._read_replica(rdir, cursor)
            incoming += got
            skipped += bad
            retry += later
        return Pulled(tuple(incoming), tuple(skipped), retry)

    def _read_replica(self, rdir: Path, cursor: int) -> tuple[list[Incoming], list[str], int]:
        """Files covering the positions after ``cursor`` without a gap, the largest that reads
        well first; a gap (a file not there yet) ends it, to be continued next time."""
        files = [f for f in list_files(rdir) if f.kind == CHANGES]
        incoming: list[Incoming] = []
        skipped: list[str] = []
        retry = 0
        at = cursor
        while True:
            covering = [f for f in files if f.first <= at + 1 and f.last > at]
            if not covering:
                return incoming, skipped, retry
            best = max(covering, key=lambda f: (f.last, -f.first))
            try:
                header, payload = read_sealed(self.key, best)
                if header.get("version", 0) > FORMAT_VERSION:
                    raise envelope.SealTooNew("")
                self._check_schema(str(header.get("schema", "")))
                changes = [_change(c) for c in payload["changes"]]
            except envelope.SealTooNew:
                raise _too_new() from None
            except FileRejected as exc:
                skipped.append(str(exc))
                retry += exc.retry
                files.remove(best)
                continue
            except (KeyError, TypeError, ValueError):
                skipped.append(f"{best.path.name}: onleesbare inhoud")
                files.remove(best)
                continue
            incoming.append(Incoming(best, changes))
            at = best.last

    def _chain(self, rdir: Path, cursor: int) -> list[FolderFile]:
        """Files covering the positions after ``cursor`` without a gap, largest first."""
        files = [f for f in list_files(rdir) if f.kind == CHANGES]
        chain: list[FolderFile] = []
        at = cursor
        while True:
            covering = [f for f in files if f.first <= at + 1 and f.last > at]
            if not covering:
                return chain
            best = max(covering, key=lambda f: (f.last, -f.first))
            chain.append(best)
            at = best.last

    def check_schema(self, schema: str) -> None:
        """Stop (FolderSchemaTooNew) unless this wijkinfo knows the schema revision."""
        self._check_schema(schema)

    def _check_schema(self, schema: str) -> None:
        if schema not in self.known_schemas:
            raise _too_new()

    def apply(self, pulled: Pulled, progress: Progress | None = None) -> Applied:
        """Apply file by file; each apply commits its cursor with its changes."""
        done = Applied()
        total = len(pulled.incoming)
        for n, item in enumerate(pulled.incoming):
            if progress:
                progress.step(n, total)
            result = self.engine.apply(
                item.changes,
                source=item.file.replica,
                transport=TRANSPORT,
                position=str(item.file.last),
            )
            done.files += 1
            done.applied += result.applied
            done.already_known += result.already_known
            done.held_back += result.held_back
            done.conflicts += result.conflicts
            done.refused += result.refused
        if progress:
            progress.step(total, total)
        return done

    # -- writing ----------------------------------------------------------------------------

    def written_up_to(self) -> int:
        files = [f for f in list_files(self.own_dir) if f.kind == CHANGES]
        return max((f.last for f in files), default=0)

    def push(self, progress: Progress | None = None) -> int:
        """Write our log (own and relayed changes) after what the folder already has of us;
        returns how many of them were made here."""
        clean_own_temp_files(self.own_dir)
        after = self.written_up_to()
        written = 0
        while True:
            batch = self.engine.outgoing(after, self.batch_limit)
            if not batch.changes or batch.last_position <= after:
                break
            f = FolderFile(
                self.own_dir / changes_name(after + 1, batch.last_position),
                self.own,
                CHANGES,
                after + 1,
                batch.last_position,
            )
            self._write_changes(f, batch.changes, batch.schema)
            written += sum(1 for c in batch.changes if c.origin_replica == self.own)
            after = batch.last_position
            if progress:
                progress.step(written, written)
        self._merge_small_files()
        return written

    def _write_changes(self, f: FolderFile, changes: Sequence[Change], schema: str) -> None:
        header = header_for(f, folder_id=self.key.folder_id, schema=schema, count=len(changes))
        payload = {"changes": [_plain(c) for c in changes]}
        write_sealed(self.key, f, header, payload, checkpoint=self.checkpoint)

    def _merge_small_files(self) -> None:
        """Merge runs of our own small files into bigger ones, so a folder stays small."""
        files = [f for f in list_files(self.own_dir) if f.kind == CHANGES]
        if len(files) <= self.merge_after:
            return
        # Our chain from the start; files left over from an earlier merge are removed after it.
        run: list[tuple[FolderFile, list[Change], str]] = []
        for f in self._chain(self.own_dir, 0):
            try:
                header, payload = read_sealed(self.key, f)
                changes = [_change(c) for c in payload["changes"]]
            except (FileRejected, KeyError, TypeError, ValueError):
                run = []  # never merge across a file we cannot read
                continue
            if run and sum(len(r[1]) for r in run) + len(changes) > self.batch_limit:
                self._write_merged(run)
                run = []
            run.append((f, changes, str(header.get("schema", ""))))
        self._write_merged(run)
        covered = self._chain(self.own_dir, 0)
        for f in files:
            if f not in covered and any(c.first <= f.first and f.last <= c.last for c in covered):
                remove_own(f.path)

    def _write_merged(self, run: list[tuple[FolderFile, list[Change], str]]) -> None:
        if len(run) < 2:
            return
        first, last = run[0][0].first, run[-1][0].last
        f = FolderFile(self.own_dir / changes_name(first, last), self.own, CHANGES, first, last)
        # The oldest schema of the parts: a reader that knows it reads the merged file too.
        self._write_changes(f, [c for r in run for c in r[1]], run[0][2])

    # -- desks ------------------------------------------------------------------------------

    def write_desk(self, name: str, now: datetime | None = None) -> None:
        when = (now or datetime.now(UTC)).isoformat(timespec="seconds")
        f = FolderFile(self.own_dir / DESK_FILE, self.own, DESK, 0, 0)
        header = header_for(f, folder_id=self.key.folder_id, schema="", count=0)
        write_sealed(self.key, f, header, {"name": name, "synced_at": when})

    def desks(self) -> list[DeskSeen]:
        seen = []
        for rdir in replica_dirs(self.folder):
            f = FolderFile(rdir / DESK_FILE, rdir.name, DESK, 0, 0)
            try:
                _header, payload = read_sealed(self.key, f)
                seen.append(DeskSeen(rdir.name, str(payload["name"]), str(payload["synced_at"])))
            except (FileRejected, KeyError, TypeError):
                continue
        return sorted(seen, key=lambda d: d.synced_at, reverse=True)


def _too_new() -> FolderSchemaTooNew:
    return FolderSchemaTooNew(
        "De syncmap bevat gegevens van een nieuwere wijkinfo. Werk wijkinfo bij en "
        "synchroniseer dan opnieuw. Er is niets veranderd."
    )


def _plain(c: Change) -> dict[str, Any]:
    return {
        "o": c.origin_replica,
        "s": c.origin_seq,
        "h": c.hlc,
        "a": c.author,
        "t": c.table,
        "r": c.row_id,
        "op": c.op,
        "v": dict(c.values),
    }


def _change(d: dict[str, Any]) -> Change:
    return Change(
        origin_replica=str(d["o"]),
        origin_seq=int(d["s"]),
        hlc=str(d["h"]),
        author=None if d["a"] is None else str(d["a"]),
        table=str(d["t"]),
        row_id=str(d["r"]),
        op=str(d["op"]),
        values=dict(d["v"]),
    )
