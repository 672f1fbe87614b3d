"""Filters combine with the query: theme tree, wijk/buurt, open now, language, age, free."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from wijkinfo.db.models import Language, Organization, Schedule, Service
from wijkinfo.services.errors import UserError
from wijkinfo.services.search.filters import SearchFilters
from wijkinfo.services.search.lookup import SearchService


def _names(store, query="", **filters) -> list[str]:
    now = filters.pop("now", None)
    hits = SearchService(store).search(query, limit=500, filters=SearchFilters(**filters), now=now)
    return [h.name for h in hits]


def test_theme_filter_includes_everything_under_the_theme(demo_store, demo_data):
    wanted = {
        s["name"]
        for s in demo_data["services"]
        if any(a.get("value") == "hulpvragen-initiatieven" for a in s.get("attributes", []))
    }
    assert set(_names(demo_store, theme="hulpvragen-initiatieven")) == wanted
    assert set(_names(demo_store, theme="Hulpvragen & initiatieven")) == wanted


def test_a_wijk_includes_its_buurten(demo_store):
    in_oost = set(_names(demo_store, wijk="wijk-oost"))
    in_oostpoort = set(_names(demo_store, wijk="buurt-oostpoort"))
    assert in_oostpoort and in_oostpoort <= in_oost


def test_filters_combine_with_the_query(demo_store):
    both = _names(demo_store, "huisarts", wijk="Oostpoort")
    assert both and all(n in _names(demo_store, "huisarts") for n in both)
    assert "Huisarts Oostpoort" in both


def test_language_age_and_free(demo_store):
    turkish = _names(demo_store, language="tr")
    assert "Huisarts Oostpoort" in turkish
    assert set(_names(demo_store, language="Turks")) == set(turkish)
    assert len(_names(demo_store, age=10)) < len(_names(demo_store))
    assert "Huisarts Oostpoort" in _names(demo_store, free=True)


@pytest.fixture
def hours_store(store):
    with store.unit_of_work() as session:
        org = Organization(name="Testorganisatie")
        day = Service(organization=org, name="Dagloket")
        night = Service(organization=org, name="Nachtlijn")
        always = Service(organization=org, name="Altijd Bereikbaar")
        session.add_all([day, night, always])
        day.schedules = [
            Schedule(byday="MO,TU,WE,TH,FR", opens_at=time(9), closes_at=time(17)),
            Schedule(
                valid_from=date(2026, 12, 25),
                valid_to=date(2026, 12, 26),
                is_closed=True,
                description="Kerst",
            ),
        ]
        night.schedules = [Schedule(byday="FR,SA", opens_at=time(22), closes_at=time(2))]
        always.schedules = [
            Schedule(byday="MO,TU,WE,TH,FR,SA,SU", opens_at=time(0), closes_at=time(23, 59))
        ]
    return store


@pytest.mark.parametrize(
    ("moment", "open_ones"),
    [
        (datetime(2026, 11, 23, 10, 0), {"Dagloket", "Altijd Bereikbaar"}),  # Monday morning
        (datetime(2026, 12, 25, 10, 0), {"Altijd Bereikbaar"}),  # Friday, Eerste Kerstdag
        (datetime(2026, 11, 28, 1, 30), {"Nachtlijn", "Altijd Bereikbaar"}),  # Friday's night
        (datetime(2026, 11, 30, 1, 30), {"Altijd Bereikbaar"}),  # no Sunday night
        (datetime(2026, 11, 23, 23, 59, 30), {"Altijd Bereikbaar"}),  # 23:59 means midnight
    ],
)
def test_open_now_with_holidays_and_past_midnight(hours_store, moment, open_ones):
    assert set(_names(hours_store, open_now=True, now=moment)) == open_ones
    query_hits = set(_names(hours_store, "nacht", open_now=True, now=moment))
    assert query_hits == open_ones & {"Nachtlijn"}


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"theme": "bestaatniet"}, "geen bekend thema"),
        ({"theme": ""}, "Kies een thema"),
        ({"wijk": "x" * 10_000}, "geen bekende wijk"),
        ({"language": ""}, "Kies een taal"),
        ({"age": -1}, "leeftijd"),
        ({"age": 500}, "leeftijd"),
        ({"age": "tien"}, "leeftijd"),
    ],
)
def test_bad_filters_get_a_clear_message(demo_store, filters, message):
    with pytest.raises(UserError, match=message):
        SearchService(demo_store).search("", filters=SearchFilters(**filters))


def test_languages_of_services_are_not_mixed_up(store):
    with store.unit_of_work() as session:
        s = Service(name="Taalmaatje", organization=Organization(name="Org"))
        s.languages = [Language(code="ar", name="Arabisch")]
        session.add(s)
    assert _names(store, language="ar") == ["Taalmaatje"]
    assert _names(store, language="pl") == []
