"""Desks syncing through a real hub: convergence, lost connections, a restored desk, and what the
server's operator can see."""

from __future__ import annotations

import os

import psycopg
import pytest

from tests.sync.hub.memory_engine import SCHEMA, MemoryEngine
from wijkinfo.sync.hub.connection import HubUnavailable, connect, parse_address
from wijkinfo.sync.hub.schema import init_hub
from wijkinfo.sync.hub.transport import sync_hub

KEY = os.urandom(32)
NAME, PHONE = "Mevrouw Jansen-de Vries", "06-12345678"


def known(revision: str) -> bool:
    return revision == SCHEMA


@pytest.fixture
def hub(hub_admin):
    address = parse_address(hub_admin)
    init_hub(address)
    return address


def sync(engine, address, **kw):
    return sync_hub(engine, address, KEY, schema_known=known, **kw)


def test_ten_desks_converge_through_one_hub(hub):
    desks = [MemoryEngine(f"desk-{i:02d}") for i in range(10)]
    for i, desk in enumerate(desks):
        for n in range(5):
            desk.write("signal", f"s-{i}-{n}", text=f"signaal {i}.{n}")
        desk.write("service", "shared", name=f"versie van {i}")  # everyone edits one row
    for _ in range(2):  # a second round brings the last desks' changes to the first ones
        for desk in desks:
            sync(desk, hub)
    states = [d.state() for d in desks]
    assert all(s == states[0] for s in states)
    assert len(states[0]) == 10 * 5 + 1
    assert all(len(d.log) == 60 for d in desks)  # every change once, no duplicate
    with connect(hub, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM changes").fetchone()[0] == 60


def test_pulled_changes_do_not_travel_back(hub):
    a, b = MemoryEngine("a"), MemoryEngine("b")
    for n in range(20):
        a.write("signal", f"s{n}", n=n)
    first = sync(a, hub)
    assert (first.new_on_hub, first.pulled) == (20, 0)  # its own pushes are not pulled back
    sync(b, hub)
    again = sync(b, hub)  # b's log now holds a's 20 changes; the hub has them already
    assert (again.sent, again.pulled) == (0, 0)


def test_a_connection_lost_mid_pull_resumes_without_loss_or_duplicate(hub, pg_server):
    a, b = MemoryEngine("a"), MemoryEngine("b")
    for n in range(50):
        a.write("signal", f"s{n}", n=n)
    sync(a, hub, page=10)

    class CutAfterTwoPages(MemoryEngine):
        pages = 0

        def apply(self, changes, **kw):
            result = super().apply(changes, **kw)
            self.pages += 1
            if self.pages == 2:
                pg_server.restart()  # the server goes away between two pages
            return result

    b = CutAfterTwoPages("b")
    with pytest.raises(HubUnavailable) as exc:
        sync(b, hub, page=10, read_ahead=10)
    assert "viel weg" in str(exc.value)
    assert len(b.log) == 20  # two pages made it, with their cursor
    result = sync(b, hub, page=10, read_ahead=10)
    assert result.pulled == 30 and result.already_known == 0
    assert b.state() == a.state() and len(b.log) == 50


def test_a_connection_lost_mid_push_resumes_without_loss_or_duplicate(hub, pg_server):
    class CutDuringThirdPage(MemoryEngine):
        calls = 0

        def outgoing(self, after_position, limit):
            self.calls += 1
            if self.calls == 4:  # three pages pushed, then the server goes away
                pg_server.restart()
            return super().outgoing(after_position, limit)

    a = CutDuringThirdPage("a")
    for n in range(50):
        a.write("signal", f"s{n}", n=n)
    with pytest.raises(HubUnavailable):
        sync(a, hub, page=10)
    with connect(hub, autocommit=True) as conn:
        halfway = conn.execute("SELECT count(*) FROM changes").fetchone()[0]
    assert 0 < halfway < 50
    a.calls = 100  # no more cuts
    sync(a, hub, page=10)
    with connect(hub, autocommit=True) as conn:
        rows = conn.execute("SELECT origin_replica, origin_seq FROM changes").fetchall()
    assert sorted(rows) == [("a", s) for s in range(1, 51)]
    b = MemoryEngine("b")
    sync(b, hub)
    assert b.state() == a.state()


def test_a_desk_restored_from_a_backup_pushes_again_what_the_hub_lacks(hub):
    a = MemoryEngine("a")
    for n in range(5):
        a.write("signal", f"s{n}", n=n)
    sync(a, hub)
    # The desk goes back to a backup without its changes, and a new one is made there: other
    # content at the log position the hub remembers.
    restored = MemoryEngine("a2")
    for n in range(3):
        restored.write("signal", f"r{n}", n=n)
    restored.replica = "a"
    sync(restored, hub)
    b = MemoryEngine("b")
    sync(b, hub)
    assert {k[1] for k in b.state()} >= {"s0", "s4"}


def test_the_operator_sees_ids_numbers_and_sizes_never_a_name_or_phone(hub, hub_admin):
    a = MemoryEngine("desk-noord")
    a.write("signal", "s1", description=f"{NAME} belt over huur", phone=PHONE)
    sync(a, hub)
    with psycopg.connect(hub_admin) as conn:
        dump = []
        for (table,) in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        ).fetchall():
            for row in conn.execute(f'SELECT * FROM "{table}"').fetchall():
                dump.append(repr(row))
    text = "\n".join(dump)
    assert "desk-noord" in text
    for secret in (NAME, "Jansen", PHONE, "12345678", "huur", "signal"):
        assert secret not in text
        assert secret.encode() not in text.encode("latin-1", "replace")


def test_a_wrong_data_key_applies_nothing(hub):
    a, b = MemoryEngine("a"), MemoryEngine("b")
    a.write("signal", "s1", n=1)
    sync(a, hub)
    with pytest.raises(Exception, match="ander wachtwoord"):
        sync_hub(b, hub, os.urandom(32), schema_known=known)
    assert b.log == [] and b.cursors == {}


def test_changes_from_a_newer_wijkinfo_stop_the_pull_with_one_line(hub):
    a, b = MemoryEngine("a"), MemoryEngine("b")
    a.write("signal", "s1", n=1)
    sync(a, hub)
    with pytest.raises(Exception, match="nieuwere wijkinfo"):
        sync_hub(b, hub, KEY, schema_known=lambda revision: False)
    assert b.log == []


def test_a_hub_put_back_from_a_backup_loses_nothing_the_desks_still_have(hub, hub_admin):
    """A point-in-time restore: the hub forgets the last pushes and hands their sequence numbers
    out again. After `hub init --restored` the desks read it again and push what it lacks."""
    a, b = MemoryEngine("a"), MemoryEngine("b")
    for n in range(5):
        a.write("signal", f"early{n}", n=n)
    sync(a, hub)
    sync(b, hub)
    for n in range(5):
        a.write("signal", f"late{n}", n=n)
    sync(a, hub)
    sync(b, hub)  # b has everything, its cursor is past the late pushes
    with psycopg.connect(hub_admin) as conn:  # what the backup did not hold
        conn.execute("DELETE FROM changes WHERE seq > 5")
        conn.execute("SELECT setval(pg_get_serial_sequence('changes', 'seq'), 5)")
        conn.execute("UPDATE desks SET pushed_position = 5")
    init_hub(hub, restored=True)
    c = MemoryEngine("c")
    c.write("signal", "new", n=0)
    sync(c, hub)  # takes sequence numbers b's old cursor would have skipped
    for desk in (a, b, c, a, b):
        sync(desk, hub)
    assert a.state() == b.state() == c.state()
    assert len(c.state()) == 11


def test_a_check_before_apply_that_says_no_leaves_the_desk_as_it_was(hub):
    a, b = MemoryEngine("a"), MemoryEngine("b")
    for n in range(30):
        a.write("service", f"s{n}", n=n)
    sync(a, hub)
    seen = []

    def refuse(changes):
        seen.append(len(changes))
        raise RuntimeError("too many deletes")

    with pytest.raises(RuntimeError):
        sync(b, hub, page=10, before_apply=refuse)
    assert seen == [30]  # all three pages were looked at together, none applied
    assert b.log == [] and b.cursors == {}
    assert sync(b, hub, page=10).applied == 30


def test_ten_desks_syncing_at_the_same_time_converge_without_a_gap(hub):
    """Ten desks in threads, each with its own connection, write and sync at once; the push lock
    serialises them, and every change reaches every desk."""
    import threading

    desks = [MemoryEngine(f"desk-{i:02d}") for i in range(10)]
    errors: list[BaseException] = []

    def work(desk: MemoryEngine) -> None:
        try:
            for round_ in range(3):
                for n in range(20):
                    desk.write("signal", f"{desk.replica}-{round_}-{n}", n=n)
                sync(desk, hub, page=25)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(d,)) for d in desks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for desk in desks:  # one quiet round so the last pushes reach everyone
        sync(desk, hub)
    assert all(len(d.log) == 600 for d in desks)
    assert all(d.state() == desks[0].state() for d in desks)
    with connect(hub, autocommit=True) as conn:
        assert conn.execute(
            "SELECT count(*), count(DISTINCT (origin_replica, origin_seq)) FROM changes"
        ).fetchone() == (600, 600)
