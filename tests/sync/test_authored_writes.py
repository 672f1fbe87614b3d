"""A directory change made through a service travels when the actor is a coordinator with a
user id (a signed-in coordinator, or the command line with ``--user NAME``), and is refused at
the other desk when it has no author."""

from __future__ import annotations

from sqlalchemy import text

from tests.sync.conftest import COORDINATORS
from wijkinfo.services.directory.demo import load_demo
from wijkinfo.services.people.auth import COORDINATOR, Actor


def _services(engine) -> int:
    with engine.store.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM service")).scalar())


def _send(src, dst):
    batch = src.outgoing(0, 100_000)
    return dst.apply(
        batch.changes, source=src.replica_id(), transport="t", position=str(batch.last_position)
    )


def test_a_bulk_load_by_a_coordinator_reaches_the_other_desk(make_replica):
    a, b = make_replica("a"), make_replica("b")
    coordinator = Actor(user_id=COORDINATORS[0], name="coordinator 0", role=COORDINATOR)
    loaded = load_demo(a.store, actor=coordinator)
    result = _send(a, b)
    assert result.refused == 0 and result.held_back == 0
    assert _services(b) == loaded.services == _services(a)
    with a.store.engine.connect() as conn:
        authors = conn.execute(text("SELECT DISTINCT author FROM outbox_change")).scalars().all()
    assert authors == [COORDINATORS[0]]


def test_a_write_without_author_stays_on_its_desk(make_replica):
    a, b = make_replica("a"), make_replica("b")
    load_demo(a.store)
    result = _send(a, b)
    assert result.refused > 0
    assert _services(b) == 0
