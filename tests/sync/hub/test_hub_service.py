"""The hub as a sync target of the service layer: key remembered per machine, one summary line,
and the folder's fail-safes."""

from __future__ import annotations

import pytest

from tests.sync.hub.memory_engine import MemoryEngine
from wijkinfo.services.people.auth import CLI_ACTOR
from wijkinfo.services.sync.folder_sync import PassphraseNeeded
from wijkinfo.services.sync.hub_sync import sync_hub_once
from wijkinfo.services.sync.sync_settings import read_settings
from wijkinfo.sync.hub.connection import parse_address
from wijkinfo.sync.hub.schema import init_hub
from wijkinfo.sync.keys import KdfProfile

FAST = KdfProfile(time_cost=1, memory_kib=8 * 1024, parallelism=1)


def test_a_desk_syncs_by_address_and_remembers_the_key(store, pg_server, hub_db, monkeypatch):
    from wijkinfo.db import migrate

    monkeypatch.setattr(migrate, "known_revisions", lambda: {"memory-1"})
    url = pg_server.url(hub_db)
    init_hub(parse_address(url))
    desk = MemoryEngine("desk-1")
    desk.write("signal", "s1", text="hallo")

    def once(**kw):
        return sync_hub_once(
            store, actor=CLI_ACTOR, address=url, engine_factory=lambda _s: desk, profile=FAST, **kw
        )

    with pytest.raises(PassphraseNeeded):
        once()
    first = once(passphrase="lindestad-2026")
    assert first.sent == 1 and first.line().startswith("Gesynchroniseerd met test@")
    desk.write("signal", "s2", text="nog een")
    again = once()  # no passphrase: the key is remembered on this machine
    assert again.sent == 1 and again.ok
    assert read_settings(store).last_summary == again.line()
    with pytest.raises(Exception, match="klopt niet"):
        once(passphrase="a-wrong-one")
