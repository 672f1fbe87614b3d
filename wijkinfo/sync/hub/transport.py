"""One desk's sync with the hub: push what the hub lacks, then pull what this desk has not seen.

Both halves survive a connection lost at any point. A push is one transaction on the hub (the
envelopes and this desk's push mark together), and inserting a change the hub holds is a no-op;
a pull applies each page and records its position in the desk's own database in one transaction
(``SyncEngine.apply``). So the next sync picks up where the last commit left off, and doing
anything twice changes nothing.

Positions are kept together with the hub's epoch: a hub restored from a dump gets new table oids,
and desks then start over from zero rather than trust sequence numbers from before the restore.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import psycopg

from wijkinfo.services.errors import UserError
from wijkinfo.sync import envelope
from wijkinfo.sync.api import Change, SyncEngine
from wijkinfo.sync.hub import hub_snapshot, store
from wijkinfo.sync.hub.connection import HubAddress, HubUnavailable, connect, lost
from wijkinfo.sync.hub.schema import HubInfo, check_hub
from wijkinfo.sync.hub.sealed_rows import Refusals, unseal_in_place
from wijkinfo.sync.hub.store import DeskPosition, Envelope, HubRow

TRANSPORT = "hub"
PAGE = 2000
#: Changes read (and checked together) before any of them is applied.
READ_AHEAD = 50_000
BeforeApply = Callable[[Sequence[Change]], None]
HEADER_KIND = "wijkinfo-change"


@dataclass(frozen=True)
class HubSyncResult:
    hub: str  # the label (login@server/database), never the password
    sent: int  # envelopes this desk sent
    new_on_hub: int  # of those, how many the hub did not hold yet
    pulled: int
    applied: int
    already_known: int
    held_back: int
    conflicts: int
    refused: int
    joined_from_snapshot: bool = False
    wrote_snapshot: bool = False


def change_key(change: Change) -> str:
    return f"{change.origin_replica}:{change.origin_seq}"


def seal_change(key: bytes, change: Change, schema: str) -> bytes:
    header = {"kind": HEADER_KIND, "origin": change.origin_replica, "seq": change.origin_seq}
    header["schema"] = schema
    payload = {
        "origin_replica": change.origin_replica,
        "origin_seq": change.origin_seq,
        "hlc": change.hlc,
        "author": change.author,
        "table": change.table,
        "row_id": change.row_id,
        "op": change.op,
        "values": dict(change.values),
    }
    return envelope.seal(
        key,
        json.dumps(header, sort_keys=True).encode(),
        json.dumps(payload, sort_keys=True, ensure_ascii=False).encode(),
    )


def open_row(key: bytes, row: HubRow, schema_known: Callable[[str], bool]) -> Change:
    """The change inside a hub row, checked against the row it came in (the server could swap
    envelopes between rows; the header is authenticated, the columns are not)."""
    _header, raw_payload = unseal_in_place(
        key,
        row.sealed,
        expected={"kind": HEADER_KIND, "origin": row.origin_replica, "seq": row.origin_seq},
        schema_known=schema_known,
        refusals=Refusals(
            wrong_key=UserError(
                "Een wijziging op de server is met een ander wachtwoord versleuteld (van "
                "{origin}). Vraag de beheerder; er is niets van overgenomen.",
                origin=row.origin_replica,
            ),
            misplaced=UserError(
                "Een wijziging op de server (nummer {seq}) hoort niet bij zijn plek. Er is niets "
                "van overgenomen; vraag de beheerder de server na te kijken.",
                seq=row.seq,
            ),
            newer=UserError(
                "Op de server staan wijzigingen van een nieuwere wijkinfo. Werk wijkinfo bij en "
                "synchroniseer opnieuw; wat al binnen was, blijft."
            ),
        ),
    )
    data = json.loads(raw_payload)
    return Change(**data)


def _position(epoch: str, seq: int) -> str:
    return f"{epoch}|{seq}"


def _seq_after(epoch: str, position: str | None) -> int:
    if not position:
        return 0
    was, _, seq = position.rpartition("|")
    return int(seq) if was == epoch and seq.isdigit() else 0


def _push_from(conn: psycopg.Connection, engine: SyncEngine, info: HubInfo) -> int:
    """Where this desk's pushes resume: the hub's mark, if it still names the same change in
    this desk's log (a desk restored from a backup has another log there: push all again)."""
    mark = store.desk_position(conn, engine.replica_id())
    if mark is None or mark.epoch != info.epoch or mark.position <= 0:
        return 0
    probe = engine.outgoing(mark.position - 1, 1)
    same = probe.changes and probe.first_position == mark.position
    return mark.position if same and change_key(probe.changes[0]) == mark.change else 0


def _push(
    conn: psycopg.Connection, engine: SyncEngine, info: HubInfo, key: bytes, page: int
) -> tuple[int, set[int]]:
    """Returns how many envelopes were sent and the server sequence numbers of those the hub
    took: they come from this desk's log, so the pull that follows skips them."""
    sent = 0
    new: set[int] = set()
    position = _push_from(conn, engine, info)
    owner = store.bound_elsewhere(conn, engine.replica_id())
    if owner is not None:
        raise HubUnavailable(
            "Deze balie staat op de server op naam van de login {owner}, niet van deze login. "
            "Gebruik de login van deze balie, of vraag de beheerder (zie README, "
            "PostgreSQL-hub); er is niets veranderd.",
            owner=owner,
        )
    while True:
        batch = engine.outgoing(position, page)
        if not batch.changes:
            return sent, new
        missing = store.missing(conn, [(c.origin_replica, c.origin_seq) for c in batch.changes])
        envelopes = [
            Envelope(c.origin_replica, c.origin_seq, seal_change(key, c, batch.schema))
            for c in batch.changes
            if (c.origin_replica, c.origin_seq) in missing
        ]
        mark = DeskPosition(info.epoch, batch.last_position, change_key(batch.changes[-1]))
        new.update(store.push(conn, envelopes, replica_id=engine.replica_id(), mark=mark))
        sent += len(envelopes)
        position = batch.last_position


def _pull(
    conn: psycopg.Connection,
    engine: SyncEngine,
    info: HubInfo,
    key: bytes,
    page: int,
    schema_known: Callable[[str], bool],
    before_apply: BeforeApply | None,
    read_ahead: int,
    ours: set[int],
) -> list[int]:
    """Read up to READ_AHEAD changes, let ``before_apply`` look at all of them (a large delete,
    a backup first), then apply them page by page, each page with its cursor."""
    totals = [0, 0, 0, 0, 0, 0]  # pulled, applied, known, held back, conflicts, refused
    after = _seq_after(info.epoch, engine.cursor(source=info.hub_id, transport=TRANSPORT))
    done = False
    while not done:
        pages: list[tuple[Sequence[Change], int]] = []
        while sum(len(p[0]) for p in pages) < read_ahead:
            skipped = after
            while after + 1 in ours:  # what this desk just pushed need not travel back
                after += 1
            if after != skipped:
                pages.append(([], after))
            rows = store.pull(conn, after=after, limit=page)
            if rows:
                opened = [open_row(key, row, schema_known) for row in rows if row.seq not in ours]
                pages.append((opened, rows[-1].seq))
                after = rows[-1].seq
            if len(rows) < page:
                done = True
                break
        if before_apply and pages:
            before_apply([c for p in pages for c in p[0]])
        for changes, last in pages:
            result = engine.apply(
                changes,
                source=info.hub_id,
                transport=TRANSPORT,
                position=_position(info.epoch, last),
            )
            counts = (len(changes), result.applied, result.already_known, result.held_back)
            for i, n in enumerate((*counts, result.conflicts, result.refused)):
                totals[i] += n
    return totals


def _known_schemas() -> Callable[[str], bool]:
    from wijkinfo.db.migrate import known_revisions

    known = known_revisions()
    return lambda revision: revision in known


def sync_hub(
    engine: SyncEngine,
    address: HubAddress,
    key: bytes,
    *,
    page: int = PAGE,
    schema_known: Callable[[str], bool] | None = None,
    before_apply: BeforeApply | None = None,
    read_ahead: int = READ_AHEAD,
    before_load: Callable[[], object] | None = None,
    snapshot_every: int = hub_snapshot.SNAPSHOT_EVERY,
) -> HubSyncResult:
    """Push, then pull; raises HubUnavailable (one line, no password) when the hub fails us.

    ``before_apply`` sees every change read ahead before any of them is applied and may stop
    the sync by raising (the folder's fail-safes: a large delete, a backup before a big batch).
    ``before_load`` runs before a snapshot replaces this desk's synced tables (a backup).
    """
    known = schema_known or _known_schemas()
    with connect(address, autocommit=True) as conn:
        try:
            info = check_hub(conn, address)
            sent, ours = _push(conn, engine, info, key, page)
            joined = _join_if_needed(conn, engine, info, key, known, before_load)
            pulled = _pull(conn, engine, info, key, page, known, before_apply, read_ahead, ours)
            upto = _seq_after(info.epoch, engine.cursor(source=info.hub_id, transport=TRANSPORT))
            wrote = hub_snapshot.write_if_due(conn, engine, key, upto=upto, every=snapshot_every)
        except psycopg.errors.InsufficientPrivilege:
            raise HubUnavailable(
                "De login {label} mist rechten op de server. Vraag de beheerder de login lid "
                "te maken van wijkinfo_desk (zie README); wat al binnen was, blijft.",
                label=address.label,
            ) from None
        except psycopg.errors.LockNotAvailable:
            raise HubUnavailable(
                "De server {label} is druk met een andere balie. Probeer het zo opnieuw; wat al "
                "binnen was, blijft.",
                label=address.label,
            ) from None
        except psycopg.OperationalError as exc:
            raise lost(exc, address) from None
    pulled_n, applied, known_n, held, conflicts, refused = pulled
    return HubSyncResult(
        address.label,
        sent,
        len(ours),
        pulled_n,
        applied,
        known_n,
        held,
        conflicts,
        refused,
        joined_from_snapshot=joined,
        wrote_snapshot=wrote,
    )


def _join_if_needed(
    conn: psycopg.Connection,
    engine: SyncEngine,
    info: HubInfo,
    key: bytes,
    known: Callable[[str], bool],
    before_load: Callable[[], object] | None,
) -> bool:
    """A desk new to this hub, or away longer than its horizon, starts from the snapshot."""
    cursor = engine.cursor(source=info.hub_id, transport=TRANSPORT)
    after = _seq_after(info.epoch, cursor)
    if not hub_snapshot.has_snapshots(engine) or not hub_snapshot.needs_snapshot(
        info, cursor, after
    ):
        return False
    mark = store.desk_position(conn, engine.replica_id())
    joined = hub_snapshot.join(conn, engine, key, known, after=after, before_load=before_load)
    if joined is None:
        return False
    found, loaded = joined
    engine.apply(
        [],
        source=info.hub_id,
        transport=TRANSPORT,
        position=_position(info.epoch, found.upto_seq),
    )
    pushed = mark.position if mark is not None and mark.epoch == info.epoch else 0
    position, last = hub_snapshot.pushed_through(engine, pushed, loaded)
    if position > pushed:
        store.push(
            conn,
            [],
            replica_id=engine.replica_id(),
            mark=DeskPosition(info.epoch, position, last),
        )
    return True
