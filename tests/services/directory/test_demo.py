"""The demo: loaded once, marked as demo, never mixed into a real directory."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from wijkinfo.db.models import Organization, Service
from wijkinfo.services.directory.demo import is_demo, load_demo
from wijkinfo.services.errors import UserError

THEMES = {
    "Gezondheid & zorg",
    "Hulpvragen & initiatieven",
    "Leefstijl & sporten",
    "Ontmoeten & samen doen",
    "Wijk & gemeentezaken",
}


def test_demo_has_sixty_services_across_the_five_themes(demo_store):
    from wijkinfo.services.search.lookup import SearchService

    search = SearchService(demo_store)
    hits = search.search("", limit=1000)
    assert len(hits) >= 60
    themes = {t for h in hits for t in search.detail(h.id).themes}
    assert themes >= THEMES
    assert is_demo(demo_store)


def test_loading_the_demo_twice_adds_nothing(demo_store):
    again = load_demo(demo_store)
    assert again.already_loaded
    with demo_store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Service)) == again.services


def test_demo_is_refused_on_a_real_directory_and_changes_nothing(store):
    with store.unit_of_work() as s:
        s.add(Organization(name="Echte organisatie", description=""))
        s.flush()
        s.add(
            Service(name="Echte dienst", organization_id=s.scalars(select(Organization.id)).one())
        )
    with pytest.raises(UserError, match="al 1 diensten"):
        load_demo(store)
    with store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Service)) == 1
    assert not is_demo(store)
