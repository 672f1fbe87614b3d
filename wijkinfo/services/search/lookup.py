"""Looking up services: the desk's search (a service's detail is read in ``detail``)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from wijkinfo.db.models import SearchSynonym
from wijkinfo.db.models.taxonomy import AREA_TAXONOMY, THEME_TAXONOMY
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import DIRECTORY, SETTINGS, Change
from wijkinfo.services.search import ranking
from wijkinfo.services.search.desk_area import locality, read_desk_area
from wijkinfo.services.search.detail import PhoneView, read_detail

# re-exported: the desk's detail pane and the referral sheet take a detail from the lookup
from wijkinfo.services.search.detail import ServiceDetail as ServiceDetail
from wijkinfo.services.search.filters import (
    SearchFilters,
    TermChoice,
    filter_sql,
    known_languages,
    listed_choices,
    open_now_ids,
)
from wijkinfo.services.search.phone_lookup import (
    PhoneEntry,
    phone_digits,
    read_phone_index,
    services_with_number,
)
from wijkinfo.services.search.terms import (
    Vocabulary,
    WordPlan,
    completed,
    fts_expression,
    merged_synonyms,
    repaired,
    synonym_plans,
    typed_words,
    words,
)

# re-exported: bench/search.py and the tests plan queries as the desk does
_typed_words = typed_words

MAX_QUERY_LENGTH = 200
# A search result before it is read: (service id, score); higher scores first.
Ranked = tuple[str, float]
MAX_LIMIT = 10_000
#: With "open now", matches are read in ranking order in growing batches from this size,
#: because the schedules filter in Python; phone matches are read up to this many.
OPEN_NOW_CANDIDATES = 3000


@dataclass(frozen=True)
class ServiceHit:
    id: str
    name: str
    organization: str
    phones: tuple[PhoneView, ...]
    status: str
    do_not_refer: bool
    score: float

    @property
    def referable(self) -> bool:
        return self.status == "active" and not self.do_not_refer


@dataclass(frozen=True)
class MatchCount:
    """How many services match: ``total``, or more than that when ``more`` (the count stops
    at ranking.COUNT_CAP: "meer dan 10.000" is as useful as the exact number and cheaper)."""

    total: int
    more: bool = False


@dataclass(frozen=True)
class FilterChoices:
    """What the desk's filter lists offer."""

    themes: tuple[TermChoice, ...]
    areas: tuple[TermChoice, ...]
    languages: tuple[tuple[str, str], ...]


def _raw(session: Session) -> sqlite3.Connection:
    """The session's own sqlite3 connection (same transaction), for the per-keystroke queries.

    SQLAlchemy's row and statement layers cost ~20 µs a row, more than SQLite itself here;
    sqlite3 takes the same ``:name`` parameters.
    """
    conn = session.connection().connection.driver_connection
    if not isinstance(conn, sqlite3.Connection):
        raise TypeError("the desk's search runs on SQLite's own connection")
    return conn


def fts_query(user_text: str) -> str | None:
    """Every word must match, each as a prefix; None when there is nothing to search for."""
    return fts_expression([WordPlan(w) for w in words(user_text)])


class SearchService:
    """The lookup the desk and ``wijkinfo search`` share."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._synonyms: dict[str, tuple[str, ...]] | None = None
        self._vocabulary: Vocabulary | None = None
        self._phones: list[PhoneEntry] | None = None
        self._locality: ranking.Locality | None = None
        #: how many services hold each alternative (ranking.rarity_order), counted once
        self._rarity: dict[str, int] = {}
        store.events.subscribe(self._forget)

    def _forget(self, change: Change) -> None:
        """The directory changed: synonyms, index words and phones are read again when needed;
        the settings changed: the desk's own area is."""
        if change.topic == DIRECTORY:
            self._synonyms = None
            self._vocabulary = None
            self._phones = None
            self._rarity = {}
        if change.topic in (DIRECTORY, SETTINGS):
            self._locality = None

    def search(
        self,
        query: str,
        *,
        limit: int = 50,
        offset: int = 0,
        filters: SearchFilters | None = None,
        now: datetime | None = None,
    ) -> list[ServiceHit]:
        """Services matching every word of ``query`` (as prefixes), best first.

        Name matches come before matches elsewhere; inactive and do-not-refer services come
        last. A word's synonyms count as the word; a word found nowhere is read as a typo of
        a word in the index. An empty query lists services by name (``offset`` pages on).
        """
        if not isinstance(query, str) or len(query) > MAX_QUERY_LENGTH:
            raise UserError(
                "De zoekvraag is te lang (meer dan {max} tekens). Gebruik een paar woorden.",
                max=MAX_QUERY_LENGTH,
            )
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
            raise UserError("Het aantal resultaten moet tussen 1 en {max} liggen.", max=MAX_LIMIT)
        if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
            raise UserError("Het aantal resultaten moet 1 of meer zijn.")
        filters = filters or SearchFilters()
        typed = typed_words(query)
        with self.store.sessions() as session:
            where, params = self._filter_sql(session, filters)
            digits = phone_digits(query)
            if digits:
                rows = self._phone_matches(session, digits, where, params, filters, now)
                if rows:
                    return self._hits(session, rows[offset : offset + limit])
            if not typed and query.strip():
                return []  # only punctuation or emoji: nothing to look for, not everything
            if not typed:
                rows = self._listing(session, where, params, limit, offset, filters, now)
            else:
                plans = self._plans(session, typed, where, params)
                rows = self._matches(session, plans, where, params, filters, now, offset + limit)
                rows = rows[offset : offset + limit]
            return self._hits(session, rows)

    def count(
        self, query: str, *, filters: SearchFilters | None = None, now: datetime | None = None
    ) -> MatchCount:
        """How many services ``search`` finds for ``query`` (all of them, page by page)."""
        if not isinstance(query, str) or len(query) > MAX_QUERY_LENGTH:
            return MatchCount(0)
        filters = filters or SearchFilters()
        typed = typed_words(query)
        cap = ranking.COUNT_CAP
        with self.store.sessions() as session:
            where, params = self._filter_sql(session, filters)
            digits = phone_digits(query)
            if digits:
                found = self._phone_matches(session, digits, where, params, filters, now)
                if found:
                    return MatchCount(len(found))
            if not typed:
                if query.strip():
                    return MatchCount(0)
                rows = self._listing(session, where, params, cap + 1, 0, filters, now)
                return MatchCount(min(len(rows), cap), len(rows) > cap)
            plans = self._plans(session, typed, where, params)
            if filters.open_now:
                candidates = ranking.ranked(
                    _raw(session), plans, cap + 1, where=where, params=params
                )
                open_ids = open_now_ids(
                    session, [r.service_id for r in candidates], now or datetime.now()
                )
                if len(candidates) > cap:  # at least this many are open; maybe more
                    return MatchCount(max(len(open_ids) - 1, 0), True)
                return MatchCount(len(open_ids))
            total = ranking.count(_raw(session), plans, where=where, params=params, cap=cap)
            return MatchCount(min(total, cap), total > cap)

    def _filter_sql(
        self, session: Session, filters: SearchFilters
    ) -> tuple[str, dict[str, object]]:
        """The filters as SQL; "only in my wijk" adds the desk's wijk to a chosen one."""
        where, params = filter_sql(session, replace(filters, only_my_wijk=False))
        if not filters.only_my_wijk:
            return where, params
        area = read_desk_area(session)
        if not area.wijk:
            raise UserError(
                "De wijk van het informatiepunt is nog niet ingesteld. Kies eerst ‘Mijn wijk’."
            )
        mine, mine_params = filter_sql(session, SearchFilters(wijk=area.wijk))
        mine = mine.replace(":wijk", ":mywijk")
        params.update({"my" + k: v for k, v in mine_params.items()})
        return f"{where} AND {mine}", params

    def _plans(
        self, session: Session, typed: list[str], where: str, params: dict[str, object]
    ) -> list[WordPlan]:
        """The typed words with their synonyms; when nothing matches, with typo repairs."""
        plans = synonym_plans(typed, self._synonyms_in(session))
        # The index's words are read once (warm(), off the UI thread); until then a query asks
        # whether anything matches, so that the first search after start waits for neither.
        fixed = self._repair(session, plans) if self._vocabulary is not None else None
        if self._vocabulary is not None and fixed == plans:
            # every word is in the index (nearly always): no query needed
            return completed(plans, self._vocabulary)
        if ranking.count(_raw(session), plans, where=where, params=params, cap=0):
            return plans  # found as typed, or a synonym finds what the word itself does not
        return fixed if fixed is not None else self._repair(session, plans)

    def _locality_in(self, session: Session) -> ranking.Locality:
        if self._locality is None:
            self._locality = locality(session, read_desk_area(session))
        return self._locality

    def filter_choices(self) -> FilterChoices:
        with self.store.sessions() as session:
            return FilterChoices(
                themes=tuple(listed_choices(session, THEME_TAXONOMY)),
                areas=tuple(listed_choices(session, AREA_TAXONOMY)),
                languages=tuple(known_languages(session)),
            )

    def warm(self) -> None:
        """Read synonyms and the index's words now (~0.2 s on 100,000 services), so the
        first typo of the day is as quick as the rest. The desk calls this off the UI thread."""
        with self.store.sessions() as session:
            synonyms = self._synonyms_in(session)
            self._repair(session, [])
            # and how rare each synonym is, so that ranking by rarity costs no query
            raw, known = _raw(session), self._rarity
            for word, alternatives in synonyms.items():
                ranking.rarity_order(raw, [WordPlan(word, alternatives)], known)

    def _synonyms_in(self, session: Session) -> dict[str, tuple[str, ...]]:
        if self._synonyms is None:
            rows = session.execute(select(SearchSynonym.term, SearchSynonym.expands_to))
            self._synonyms = merged_synonyms((term, to) for term, to in rows)
        return self._synonyms

    def _repair(self, session: Session, plans: list[WordPlan]) -> list[WordPlan]:
        """Words with no match in the index get the index words closest to them."""
        if self._vocabulary is None:
            self._vocabulary = ranking.read_vocabulary(_raw(session))
        return repaired(plans, self._vocabulary)

    def _listing(
        self,
        session: Session,
        where: str,
        params: dict[str, object],
        limit: int,
        offset: int,
        filters: SearchFilters,
        now: datetime | None,
    ) -> list[Ranked]:
        order = "(s.status != 'active' OR s.do_not_refer), s.name, s.id"
        if not filters.open_now:
            return list(
                session.execute(
                    text(
                        f"SELECT s.id, 0.0 FROM service s WHERE {where} ORDER BY {order} "
                        "LIMIT :limit OFFSET :offset"
                    ),
                    {**params, "limit": limit, "offset": offset},
                )
            )
        rows: Sequence[Ranked] = session.execute(
            text(f"SELECT s.id, 0.0 FROM service s WHERE {where} ORDER BY {order}"), params
        ).all()
        open_ids = open_now_ids(session, [r[0] for r in rows], now or datetime.now())
        return [r for r in rows if r[0] in open_ids][offset : offset + limit]

    def _phone_matches(
        self,
        session: Session,
        digits: str,
        where: str,
        params: dict[str, object],
        filters: SearchFilters,
        now: datetime | None,
    ) -> list[Ranked]:
        raw = _raw(session)
        if self._phones is None:
            self._phones = read_phone_index(raw)
        rows = services_with_number(raw, self._phones, digits, where, params, OPEN_NOW_CANDIDATES)
        if filters.open_now:
            open_ids = open_now_ids(session, [r[0] for r in rows], now or datetime.now())
            rows = [r for r in rows if r[0] in open_ids]
        return rows

    def _matches(
        self,
        session: Session,
        plans: list[WordPlan],
        where: str,
        params: dict[str, object],
        filters: SearchFilters,
        now: datetime | None,
        need: int,
    ) -> list[Ranked]:
        """The best ``need`` matches, exactly as the full ranking orders them (ranking.py)."""
        raw = _raw(session)
        area = self._locality_in(session)
        ask = max(need, 200) if filters.open_now else need
        while True:
            rows = ranking.ranked(
                raw, plans, ask, where=where, params=params, locality=area, known=self._rarity
            )
            if filters.open_now:
                open_ids = open_now_ids(
                    session, [r.service_id for r in rows], now or datetime.now()
                )
                kept = [r for r in rows if r.service_id in open_ids]
                if len(kept) < need and len(rows) == ask:
                    ask *= 4  # too few of the best are open: read further down the ranking
                    continue
                rows = kept
            top = float(ranking.level_count(plans, area))
            return [(r.service_id, top - r.quality) for r in rows[:need]]

    def _hits(self, session: Session, rows: list[Ranked]) -> list[ServiceHit]:
        """Plain rows into hits; Core queries, because this runs on every keystroke."""
        ids = [r[0] for r in rows]
        if not ids:
            return []
        params = {"ids": json.dumps(ids)}
        raw = _raw(session)
        info = {
            r[0]: r
            for r in raw.execute(
                (
                    "SELECT s.id, s.name, coalesce(o.name, ''), s.status, s.do_not_refer "
                    "FROM service s LEFT JOIN organization o ON o.id = s.organization_id "
                    "WHERE s.id IN (SELECT value FROM json_each(:ids))"
                ),
                params,
            )
        }
        phones: dict[str, list[PhoneView]] = {}
        for sid, number, description in raw.execute(
            (
                "SELECT service_id, number, description FROM phone "
                "WHERE service_id IN (SELECT value FROM json_each(:ids)) "
                "ORDER BY service_id, position"
            ),
            params,
        ):
            phones.setdefault(sid, []).append(PhoneView(number, description))
        hits = []
        for sid, rank in rows:
            row = info.get(sid)
            if row is None:
                continue
            hits.append(
                ServiceHit(
                    id=sid,
                    name=row[1],
                    organization=row[2],
                    phones=tuple(phones.get(sid, ())),
                    status=row[3],
                    do_not_refer=bool(row[4]),
                    score=round(float(rank), 2),
                )
            )
        return hits

    def detail(self, service_id: str, *, now: datetime | None = None) -> ServiceDetail:
        """Everything the desk shows about one service."""
        with self.store.sessions() as session:
            return read_detail(session, service_id, now=now or datetime.now())
