"""The first searches after start, before the data folder is open.

Opening the data folder (SQLAlchemy, the models, the checks, the backup) takes most of a second
on a desk's laptop; a volunteer who types at once should not wait for it. This reads the
already-migrated database with plain sqlite3, read-only, and ranks exactly as the desk's search
does (``ranking.ranked``, the same synonyms, typo repair and "my wijk first"), so that the list
does not change when the normal search takes over.

It only reads, and only a database whose schema is the one this build knows: a missing file, an
older or newer revision or a file SQLite cannot read gives ``None`` ("wait for the normal
path"), which then runs its checks (migration, damage, restore) as always. Nothing here imports
SQLAlchemy.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from wijkinfo.db.fts_names import area_token_city, area_token_wijk
from wijkinfo.db.migrate import HEAD_REVISION
from wijkinfo.services.search import ranking
from wijkinfo.services.search.phone_lookup import phone_digits
from wijkinfo.services.search.terms import (
    WordPlan,
    merged_synonyms,
    normalize,
    repaired,
    synonym_plans,
    typed_words,
)

# The same names the models use (db/models/taxonomy.py, services/search/desk_area.py); a test
# keeps them equal.
AREA_TAXONOMY = "wijkinfo-wijk"
WIJK_KEY = "desk_wijk"
CITY_KEY = "desk_city"
EARLY_LIMIT = 50


@dataclass(frozen=True)
class EarlyHit:
    """A result as the early list shows it."""

    id: str
    name: str
    organization: str


class EarlySearch:
    """Read-only searches on ``db``; ``close()`` when the normal search takes over.

    Safe to call from one worker thread at a time while the UI thread may call ``close``.
    """

    def __init__(self, db: Path) -> None:
        self.db = db
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._closed = False
        self._synonyms: dict[str, tuple[str, ...]] | None = None
        self._locality: ranking.Locality | None = None
        self._rarity: dict[str, int] = {}

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def prepare(self) -> bool:
        """Open the file and read the synonyms and the desk's area now, before anything is
        typed; False when the early search cannot be used on this database."""
        with self._lock:
            conn = self._open()
            if conn is None:
                return False
            try:
                self._read_settings(conn)
            except sqlite3.Error:
                self._give_up()
                return False
            return True

    def _read_settings(self, conn: sqlite3.Connection) -> None:
        if self._synonyms is None:
            self._synonyms = merged_synonyms(
                conn.execute("SELECT term, expands_to FROM search_synonym").fetchall()
            )
        if self._locality is None:
            self._locality = _locality(conn)

    def search(self, query: str, *, limit: int = EARLY_LIMIT) -> list[EarlyHit] | None:
        """The best ``limit`` matches of ``query``, or None when the normal search must answer
        (the database cannot be read as it is, the query is a phone number, or nothing to find).
        """
        typed = typed_words(query) if len(query) <= 200 else []
        if not typed or phone_digits(query):
            return None
        with self._lock:
            conn = self._open()
            if conn is None:
                return None
            try:
                return self._search(conn, typed, limit)
            except sqlite3.Error:
                # damaged, locked or changed under us: the normal path will say what is wrong
                self._give_up()
                return None

    def _open(self) -> sqlite3.Connection | None:
        if self._closed:
            return None
        if self._conn is not None:
            return self._conn
        if not self.db.is_file() or self.db.stat().st_size == 0:
            self._closed = True  # a new folder: the normal path creates it
            return None
        try:
            conn = sqlite3.connect(
                f"file:{quote(str(self.db))}?mode=ro", uri=True, check_same_thread=False
            )
        except sqlite3.Error:
            self._closed = True
            return None
        try:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.Error:
            revision = None
        if revision is None or revision[0] != HEAD_REVISION:
            conn.close()  # needs migrating (or is not ours): only the normal path may touch it
            self._closed = True
            return None
        self._conn = conn
        return conn

    def _give_up(self) -> None:
        self._closed = True
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _search(self, conn: sqlite3.Connection, typed: list[str], limit: int) -> list[EarlyHit]:
        self._read_settings(conn)
        assert self._synonyms is not None and self._locality is not None
        plans: list[WordPlan] = synonym_plans(typed, self._synonyms)
        if not ranking.count(conn, plans, cap=0):  # as SearchService._plans does
            plans = repaired(plans, ranking.read_vocabulary(conn))
        rows = ranking.ranked(conn, plans, limit, locality=self._locality, known=self._rarity)
        ids = [r.service_id for r in rows]
        names = {
            sid: (name, org)
            for sid, name, org in conn.execute(
                "SELECT s.id, s.name, coalesce(o.name, '') FROM service s "
                "LEFT JOIN organization o ON o.id = s.organization_id "
                "WHERE s.id IN (SELECT value FROM json_each(:ids))",
                {"ids": json.dumps(ids)},
            )
        }
        return [EarlyHit(sid, *names[sid]) for sid in ids if sid in names]


def _setting(conn: sqlite3.Connection, key: str) -> str:
    row = conn.execute("SELECT value_json FROM setting WHERE key = ?", (key,)).fetchone()
    return str(json.loads(row[0]) or "") if row else ""


def _locality(conn: sqlite3.Connection) -> ranking.Locality:
    """The desk's wijk and city as index tokens, as desk_area.locality reads them."""
    wijk, city = _setting(conn, WIJK_KEY), _setting(conn, CITY_KEY)
    ids: list[str] = []
    if wijk:
        terms = conn.execute(
            "SELECT t.id, t.parent_id, t.code, t.name FROM taxonomy_term t "
            "JOIN taxonomy x ON x.id = t.taxonomy_id WHERE x.name = ?",
            (AREA_TAXONOMY,),
        ).fetchall()
        key = normalize(wijk.strip())
        found = {t[0] for t in terms if normalize(t[2] or "") == key or normalize(t[3]) == key}
        frontier = list(found)
        while frontier:
            parent = frontier.pop()
            for t in terms:
                if t[1] == parent and t[0] not in found:
                    found.add(t[0])
                    frontier.append(t[0])
        ids = sorted(found)
    token = area_token_city(city) if city.strip() else None
    return ranking.Locality(
        wijk_tokens=tuple(area_token_wijk(i) for i in ids),
        city_token=token if token != "ct" else None,
    )
