"""Two data folders through one sync folder agree on the list of themes and wijken."""

from __future__ import annotations

import pytest

from tests.sync.conftest import COORDINATORS, VOLUNTEER
from wijkinfo.services.errors import PermissionDenied
from wijkinfo.services.people.auth import ANONYMOUS_DESK, CLI_ACTOR, Actor
from wijkinfo.services.sync import folder_sync
from wijkinfo.services.vocabulary import places, themes
from wijkinfo.sync import sanity
from wijkinfo.sync.keys import KdfProfile

FAST = KdfProfile(time_cost=1, memory_kib=8 * 1024, parallelism=1)
PASS = "de linde bloeit"
KEES = Actor(user_id=COORDINATORS[0], name="coordinator 0", role="coordinator")
FATIMA = Actor(user_id=COORDINATORS[1], name="coordinator 1", role="coordinator")
ANS = Actor(user_id=VOLUNTEER, name="vrijwilliger", role="volunteer")


def sync(engine, folder):
    result = folder_sync.sync_once(
        engine.store, actor=ANONYMOUS_DESK, folder=folder, engine_factory=lambda s: engine
    )
    assert result.ok
    return result


@pytest.fixture
def desks(make_replica, tmp_path):
    coordinator, desk = make_replica("coordinator"), make_replica("desk")
    folder = tmp_path / "Nextcloud" / "wijkinfo"
    folder.mkdir(parents=True)
    folder_sync.set_up_folder(
        coordinator.store, actor=CLI_ACTOR, folder=folder, passphrase=PASS, profile=FAST
    )
    folder_sync.unlock_folder(desk.store, folder=folder, passphrase=PASS)
    return coordinator, desk, folder


def _lists(store):
    return themes.list_themes(store, retired=True), places.list_places(store, retired=True)


def test_both_desks_agree_on_the_list_and_one_wijk_added_twice_is_one(desks):
    coordinator, desk, folder = desks
    oost = places.add_place(coordinator.store, actor=KEES, name="Overvecht")
    places.add_place(coordinator.store, actor=KEES, name="Vogelenbuurt", wijk_code=oost.code)
    themes.rename_theme(
        coordinator.store, actor=KEES, code="wonen", name="Wonen", name_en="Housing"
    )
    themes.set_theme_active(coordinator.store, actor=KEES, code="anders", active=False)
    themes.add_theme(coordinator.store, actor=KEES, name="Taal", response_days=5)
    # meanwhile a second coordinator, offline at the desk, adds the same wijk
    places.add_place(desk.store, actor=FATIMA, name="overvecht ")
    with pytest.raises(PermissionDenied):
        places.add_place(desk.store, actor=ANS, name="Zuilen")

    sync(coordinator, folder)
    sync(desk, folder)
    sync(coordinator, folder)

    assert _lists(coordinator.store) == _lists(desk.store)
    listed = places.list_places(desk.store)
    assert [p.name for p in listed if p.code == "wijk-overvecht"] in (["Overvecht"], ["overvecht"])
    assert len([p for p in listed if p.code == "wijk-overvecht"]) == 1
    assert [p.wijk_code for p in listed if p.name == "Vogelenbuurt"] == ["wijk-overvecht"]
    by_code = {t.code: t for t in themes.list_themes(desk.store, retired=True)}
    assert by_code["wonen"].name_en == "Housing"
    assert not by_code["anders"].active and by_code["taal"].response_days == 5
    assert sanity.figures(coordinator.store.engine) == sanity.figures(desk.store.engine)
