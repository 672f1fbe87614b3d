"""The hub's tables on a real server: init, versions, idempotent push, and a pull that never skips
a change that committed late."""

from __future__ import annotations

import threading

import psycopg
import pytest

from tests.sync.hub.waiting import wait_for
from wijkinfo.sync.hub.connection import HubUnavailable, connect, parse_address
from wijkinfo.sync.hub.schema import HUB_SCHEMA, check_hub, init_hub
from wijkinfo.sync.hub.store import DeskPosition, Envelope, desk_position, pull, push


@pytest.fixture
def hub(hub_admin):
    """An initialised hub and an autocommit connection to it, as a desk has one."""
    address = parse_address(hub_admin)
    init_hub(address)
    conn = connect(address, autocommit=True)
    yield address, conn
    conn.close()


def _mark(position: int) -> DeskPosition:
    return DeskPosition(epoch="e", position=position, change=f"x:{position}")


def _envelopes(origin: str, seqs: range) -> list[Envelope]:
    return [Envelope(origin, s, f"sealed {origin} {s}".encode()) for s in seqs]


def test_init_twice_keeps_the_hub_and_its_id(hub_admin):
    address = parse_address(hub_admin)
    first = init_hub(address)
    again = init_hub(address)
    assert (first.from_schema, first.to_schema) == (0, HUB_SCHEMA)
    assert (again.from_schema, again.hub_id) == (HUB_SCHEMA, first.hub_id)


def test_a_database_without_hub_tables_says_to_run_hub_init(hub_admin):
    address = parse_address(hub_admin)
    with connect(address, autocommit=True) as conn, pytest.raises(HubUnavailable) as exc:
        check_hub(conn, address)
    assert "hub init" in str(exc.value)


def test_a_newer_desk_refuses_an_older_hub_and_the_other_way_round(hub):
    address, conn = hub
    with pytest.raises(HubUnavailable) as older:
        check_hub(conn, address, want=HUB_SCHEMA + 1)  # a desk one hub version ahead
    assert "oudere inrichting" in str(older.value) and "hub init" in str(older.value)
    conn.execute("UPDATE hub_meta SET value = %s WHERE key = 'schema'", (str(HUB_SCHEMA + 1),))
    with pytest.raises(HubUnavailable) as newer:
        check_hub(conn, address)
    assert "nieuwere wijkinfo" in str(newer.value) and "Werk wijkinfo bij" in str(newer.value)
    with pytest.raises(HubUnavailable):
        init_hub(address)  # init does not downgrade a newer hub either
    assert conn.execute("SELECT value FROM hub_meta WHERE key='schema'").fetchone()[0] == str(
        HUB_SCHEMA + 1
    )


def test_a_repeated_push_adds_nothing_twice(hub):
    _, conn = hub
    batch = _envelopes("desk-a", range(1, 6))
    assert len(push(conn, batch, replica_id="desk-a", mark=_mark(5))) == 5
    # The same push again, as after a connection lost before the answer arrived, plus one more.
    again = push(
        conn, [*batch, *_envelopes("desk-a", range(6, 7))], replica_id="desk-a", mark=_mark(6)
    )
    assert len(again) == 1
    rows = pull(conn, after=0, limit=100)
    assert [(r.origin_replica, r.origin_seq) for r in rows] == [("desk-a", s) for s in range(1, 7)]
    assert desk_position(conn, "desk-a") == _mark(6)


def test_pull_pages_in_sequence_order(hub):
    _, conn = hub
    push(conn, _envelopes("a", range(1, 4)), replica_id="a", mark=_mark(3))
    push(conn, _envelopes("b", range(1, 4)), replica_id="b", mark=_mark(3))
    first = pull(conn, after=0, limit=4)
    rest = pull(conn, after=first[-1].seq, limit=4)
    assert len(first) == 4 and len(rest) == 2
    seqs = [r.seq for r in first + rest]
    assert seqs == sorted(seqs)
    assert {(r.origin_replica, r.origin_seq) for r in first + rest} == {
        (o, s) for o in "ab" for s in range(1, 4)
    }


def _reverse_commit_order(address, *, serialise: bool) -> tuple[set, set]:
    """Desk A takes its sequence numbers first but commits last; desk B pushes in between.

    A is held open by a row lock on its own ``desks`` row (taken by a third connection), so it
    stops after inserting its changes and before it commits. Returns what a reader that pulls
    "after the last sequence I saw" collected, and everything the hub holds at the end.
    """
    reader = connect(address, autocommit=True)
    holder = connect(address)
    a, b = connect(address, autocommit=True), connect(address, autocommit=True)
    push(a, [], replica_id="A", mark=_mark(0))
    holder.execute("SELECT 1 FROM desks WHERE replica_id = 'A' FOR UPDATE")
    errors: list[BaseException] = []

    def run(conn, origin):
        try:
            push(
                conn,
                _envelopes(origin, range(1, 3)),
                replica_id=origin,
                mark=_mark(2),
                serialise=serialise,
            )
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            errors.append(exc)

    thread_a = threading.Thread(target=run, args=(a, "A"))
    thread_a.start()
    wait_for(
        lambda: _waiting(reader, a) == "desks row"
    )  # A has its sequence numbers, not committed
    thread_b = threading.Thread(target=run, args=(b, "B"))
    thread_b.start()
    if serialise:
        wait_for(lambda: _waiting(reader, b) == "push lock")
    else:
        thread_b.join()
    seen: set = set()
    cursor = 0
    for _ in range(2):  # a reader pulls while A is still open, then again after it committed
        for row in pull(reader, after=cursor, limit=100):
            seen.add((row.origin_replica, row.origin_seq))
            cursor = row.seq
        if holder.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
            holder.rollback()  # let A commit
            thread_a.join()
            thread_b.join()
    held = {(r.origin_replica, r.origin_seq) for r in pull(reader, after=0, limit=100)}
    for conn in (reader, holder, a, b):
        conn.close()
    assert not errors
    return seen, held


def _waiting(reader, conn) -> str | None:
    row = reader.execute(
        "SELECT wait_event_type, wait_event FROM pg_stat_activity WHERE pid = %s",
        (conn.info.backend_pid,),
    ).fetchone()
    if not row or row[0] != "Lock":
        return None
    return "push lock" if row[1] == "advisory" else "desks row"


def test_pull_never_skips_a_push_that_commits_after_a_later_one(hub):
    address, _ = hub
    seen, held = _reverse_commit_order(address, serialise=True)
    assert held == {(o, s) for o in "AB" for s in (1, 2)}
    assert seen == held


def test_without_the_push_lock_the_same_reader_would_miss_a_change(hub):
    """Why the lock is there: B commits sequence numbers above A's first, the reader moves past
    them, and A's changes, committed later below the cursor, are never pulled."""
    address, _ = hub
    seen, held = _reverse_commit_order(address, serialise=False)
    assert held == {(o, s) for o in "AB" for s in (1, 2)}
    assert seen == {("B", 1), ("B", 2)}
