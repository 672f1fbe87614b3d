"""The first searches after start, before the data folder is open: the same results as the
desk's search, read-only, and only on a database of the schema this build knows."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys

import pytest

from wijkinfo.db.migrate import HEAD_REVISION
from wijkinfo.db.models.taxonomy import AREA_TAXONOMY
from wijkinfo.services.people.auth import COORDINATOR, Actor
from wijkinfo.services.search import desk_area, early
from wijkinfo.services.search.early import EarlySearch
from wijkinfo.services.search.lookup import SearchService

COORD = Actor(user_id=None, name="Kees", role=COORDINATOR)
QUERIES = [
    "schulden",  # many matches, names first
    "eenzaam",  # found through its synonyms
    "schuldn",  # a typo: repaired from the index's words
    "huisarts zuid",
    "taal",
    "ko",  # two letters
    "Łączy",  # folded as the index is
    "qqqxyz",  # nothing
]


def _desk_ids(store, query: str) -> list[str]:
    return [h.id for h in SearchService(store).search(query, limit=early.EARLY_LIMIT)]


@pytest.mark.parametrize("query", QUERIES)
def test_early_results_are_the_desks_results(demo_store, query):
    search = EarlySearch(demo_store.paths.db)
    try:
        hits = search.search(query)
    finally:
        search.close()
    assert hits is not None
    assert [h.id for h in hits] == _desk_ids(demo_store, query)


def test_early_results_put_my_wijk_first_as_the_desk_does(demo_store):
    desk_area.save_desk_area(demo_store, actor=COORD, wijk="wijk-zuid", city="Lindestad")
    search = EarlySearch(demo_store.paths.db)
    try:
        for query in ("eenzaam", "huisarts", "sport"):
            hits = search.search(query)
            assert hits is not None
            assert [h.id for h in hits] == _desk_ids(demo_store, query), query
    finally:
        search.close()


def test_early_results_show_name_and_organisation(demo_store):
    search = EarlySearch(demo_store.paths.db)
    hits = search.search("voedselbank")
    search.close()
    desk = SearchService(demo_store).search("voedselbank", limit=early.EARLY_LIMIT)
    assert hits and [(h.name, h.organization) for h in hits] == [
        (h.name, h.organization) for h in desk
    ]


def test_an_older_database_gives_no_early_results(demo_store):
    db = demo_store.paths.db
    demo_store.close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    search = EarlySearch(db)
    assert search.search("schulden") is None
    assert search.search("schulden") is None  # and does not try again


def test_a_newer_or_foreign_database_gives_no_early_results(tmp_path):
    db = tmp_path / "wijkinfo.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute("INSERT INTO alembic_version VALUES ('9999')")
    assert EarlySearch(db).search("schulden") is None
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE something (x)")
    assert EarlySearch(other).search("schulden") is None


@pytest.mark.parametrize(
    "content",
    [None, b"", b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 4000],
)
def test_a_missing_empty_or_damaged_file_gives_no_early_results_and_stays_as_it_was(
    tmp_path, content
):
    db = tmp_path / "wijkinfo.sqlite"
    if content is not None:
        db.write_bytes(content)
    assert EarlySearch(db).search("schulden") is None
    if content is None:
        assert not db.exists()  # never created by a read-only search
    else:
        assert db.read_bytes() == content


def test_early_search_writes_nothing(demo_store):
    db = demo_store.paths.db
    demo_store.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    search = EarlySearch(db)
    assert search.search("schulden")
    assert search.search("schuldn")  # the typo repair reads the vocabulary (a temp table)
    search.close()
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_phone_numbers_and_empty_queries_wait_for_the_desk(demo_store):
    search = EarlySearch(demo_store.paths.db)
    assert search.search("030-234 05 20") is None
    assert search.search("   ") is None
    assert search.search("!!!") is None
    assert search.search("schulden")  # still usable afterwards
    search.close()
    assert search.search("schulden") is None  # closed: the desk's search has taken over


def test_early_search_knows_the_names_the_desk_uses():
    assert early.AREA_TAXONOMY == AREA_TAXONOMY
    assert (early.WIJK_KEY, early.CITY_KEY) == (desk_area.WIJK_KEY, desk_area.CITY_KEY)
    assert HEAD_REVISION


def test_early_search_does_not_load_sqlalchemy():
    code = (
        "import sys; import wijkinfo.services.search.early, wijkinfo.ui.early_results; "
        "sys.exit('sqlalchemy' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_preparing_before_typing_changes_no_result(demo_store):
    search = EarlySearch(demo_store.paths.db)
    assert search.prepare()
    hits = search.search("eenzaam")
    search.close()
    assert hits is not None and [h.id for h in hits] == _desk_ids(demo_store, "eenzaam")


def test_preparing_an_older_database_says_no(demo_store):
    db = demo_store.paths.db
    demo_store.close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    search = EarlySearch(db)
    assert not search.prepare() and search.search("schulden") is None
