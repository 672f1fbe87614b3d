"""The ten results a volunteer sees are the ten best of *all* matches, whatever the size of the
directory or the order services came in; the count is right and paging reaches every match."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.synthetic import FIRST, PLACES, SECOND, TOPICS, build
from wijkinfo.db.engine import register_sync_functions
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.services.search.lookup import SearchService
from wijkinfo.services.search.ranking import Locality, count, ranked
from wijkinfo.services.search.reference import full_ranking
from wijkinfo.services.search.terms import BUILTIN_SYNONYMS, synonym_plans, words

GENERATED = 2000


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """A generated directory of a few thousand services: big enough that most prefixes match
    hundreds of services, small enough for every test run."""
    return build(tmp_path_factory.mktemp("generated") / "data", GENERATED)


@pytest.fixture(scope="module")
def raw(generated):
    db = sqlite3.connect(generated.db)
    register_sync_functions(db, capture=False)
    yield db
    db.close()


def _plans(query: str):
    return synonym_plans(words(query), BUILTIN_SYNONYMS)


def _typed_prefixes(query: str) -> list[str]:
    return [query[:i] for i in range(2, len(query) + 1) if not query[:i].endswith(" ")]


QUERIES = [
    "schuldhulp",
    "voedselbank oost",
    "eenzaamheid",
    "toeslagen",
    "huur",
    "computers",
    "zorgcooperatie",
    "geld zuid",
    "taalcafe",
]


@pytest.mark.parametrize("query", QUERIES)
def test_every_prefix_shows_the_top_of_the_full_ranking(raw, query):
    for typed in _typed_prefixes(query):
        plans = _plans(typed)
        assert [r.service_id for r in ranked(raw, plans, 10)] == full_ranking(raw, plans)[:10]


@given(
    first=st.sampled_from(FIRST),
    second=st.sampled_from(SECOND + [""]),
    place=st.sampled_from(PLACES + TOPICS + [""]),
    cut=st.integers(min_value=2, max_value=30),
    need=st.integers(min_value=1, max_value=120),
)
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_typed_query_at_any_depth_matches_the_full_ranking(
    raw, first, second, place, cut, need
):
    query = f"{first}{second} {place}".lower()[:cut].strip()
    plans = _plans(query)
    if not plans:
        return
    got = [r.service_id for r in ranked(raw, plans, need)]
    assert got == full_ranking(raw, plans)[:need]


def test_the_desks_own_area_first_matches_the_full_ranking_too(raw):
    # the generated directory has no wijk; its organisations' places stand in for one
    area = Locality(wijk_tokens=("wknone",), city_token="ctnone")
    for query in ("schuld", "hulp", "ee", "taal oost"):
        plans = _plans(query)
        assert [r.service_id for r in ranked(raw, plans, 25, locality=area)] == full_ranking(
            raw, plans, locality=area
        )[:25]


def test_the_count_is_every_match_and_paging_reaches_them_all(generated, raw):
    store = open_store(generated, backups=False)
    try:
        search = SearchService(store)
        query = "schuldhulp"
        shown = search.count(query)
        every = full_ranking(raw, _plans(query))
        assert shown.total == len(every) and not shown.more
        pages = []
        for offset in range(0, len(every) + 50, 50):
            pages += [h.id for h in search.search(query, limit=50, offset=offset)]
        assert pages == every
    finally:
        store.close()


def test_a_count_past_ten_thousand_says_more(raw):
    assert count(raw, _plans("hu"), cap=100) == 101
    assert count(raw, _plans("hu"), cap=None) == len(full_ranking(raw, _plans("hu")))


def test_a_service_added_last_is_not_invisible(generated):
    """Insertion order no longer decides who is seen: a new, short-named name match of a
    common word comes first even among thousands of older ones."""
    from wijkinfo.db.models import Organization, Service

    store = open_store(generated, backups=False)
    try:
        with store.unit_of_work() as session:
            org = Organization(name="Stichting Nieuw")
            session.add(org)
            session.add(Service(organization=org, name="Schuld"))
        assert SearchService(store).search("schuld", limit=10)[0].name == "Schuld"
    finally:
        store.close()
