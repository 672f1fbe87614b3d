"""The full-text index over the directory, kept in step in the same transaction.

Three FTS5 tables, each holding more fields than the one before, so that the search can ask
"which services have every word in their *name*" without reading the doclists of the words in
every description (a two-letter prefix is in nearly every description):

- ``service_fts_names``: name and alternate name;
- ``service_fts_labels``: those plus keywords, themes (wijk and buurt names too), organisation;
- ``service_fts``: everything, description included (the last level, and the count).

Every table also has an ``area`` column of tokens for the service's wijk/buurt (``wk`` + term
id, with the terms above it) and city (``ct`` + folded city), so that "my wijk first" and "only
in my wijk" are an FTS5 ``AND`` that walks doclists instead of a join.

The rowid of a service in all three tables is its *rank key* (``rank_key_sql``): services that
are not referable last, then shorter names first. FTS5 returns matches in rowid order, so an
unranked query with a LIMIT gives the best matches of its level and stops early.
``service_fts_key`` remembers each service's key, so that its rows can be found again when it
changes (an UNINDEXED service id cannot be looked up without reading the whole index).

The tables are created by the migrations; this module refreshes their rows.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import event, select, text
from sqlalchemy.orm import Session, UOWTransaction

from wijkinfo.db.base import new_id

# re-exported: the index's names live where the early search can read them without SQLAlchemy
from wijkinfo.db.fts_names import FTS_TABLE as FTS_TABLE
from wijkinfo.db.fts_names import HIDDEN_KEY as HIDDEN_KEY
from wijkinfo.db.fts_names import KEY_TABLE as KEY_TABLE
from wijkinfo.db.fts_names import LABELS_TABLE as LABELS_TABLE
from wijkinfo.db.fts_names import NAME_SHIFT as _NAME_SHIFT
from wijkinfo.db.fts_names import NAMES_TABLE as NAMES_TABLE
from wijkinfo.db.fts_names import area_token_city as area_token_city
from wijkinfo.db.fts_names import area_token_wijk as area_token_wijk
from wijkinfo.db.models import Address, Attribute, Organization, Service, ServiceAtLocation

FTS_COLUMNS = (
    "name",
    "alternate_name",
    "description",
    "organization",
    "themes",
    "keywords",
    "area",
)
NAMES_COLUMNS = ("name", "alternate_name", "area")
LABELS_COLUMNS = ("name", "alternate_name", "keywords", "themes", "organization", "area")


_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'"
CREATE_SQL = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(service_id UNINDEXED, "
    f"{', '.join(FTS_COLUMNS)}, {_TOKENIZE})",
    f"CREATE VIRTUAL TABLE {NAMES_TABLE} USING fts5(service_id UNINDEXED, "
    f"{', '.join(NAMES_COLUMNS)}, {_TOKENIZE})",
    f"CREATE VIRTUAL TABLE {LABELS_TABLE} USING fts5(service_id UNINDEXED, "
    f"{', '.join(LABELS_COLUMNS)}, {_TOKENIZE})",
    f"CREATE TABLE {KEY_TABLE} (service_id TEXT PRIMARY KEY, rank_key INTEGER NOT NULL)",
    f"CREATE INDEX {KEY_TABLE}_rank ON {KEY_TABLE} (rank_key)",
)
DROP_SQL = tuple(
    f"DROP TABLE IF EXISTS {t}" for t in (FTS_TABLE, NAMES_TABLE, LABELS_TABLE, KEY_TABLE)
)


def rank_key_sql(s: str = "s") -> str:
    """The static part of the ranking as one integer (the rows' rowid): not referable last,
    then shorter names first (the general service before its special cases), then the order
    the services were added. Unique, because the service's own rowid is its last part."""
    return (
        f"((({s}.status != 'active' OR coalesce({s}.do_not_refer, 0)) << 50) "
        f"| (min(length({s}.name), 16383) << {_NAME_SHIFT}) "
        f"| ({s}.rowid & {(1 << _NAME_SHIFT) - 1}))"
    )


# The wijk/buurt terms a service is linked to and the terms above them, and the cities of its
# addresses, as tokens (see area_token_wijk / area_token_city).
_AREA_SQL = """
(SELECT group_concat(tok, ' ') FROM (
   WITH RECURSIVE up(id, parent) AS (
     SELECT t.id, t.parent_id FROM attribute a JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
      WHERE a.link_entity = 'service' AND a.link_id = s.id
     UNION
     SELECT t.id, t.parent_id FROM taxonomy_term t JOIN up ON t.id = up.parent)
   SELECT 'wk' || lower(replace(id, '-', '')) AS tok FROM up
   UNION
   SELECT 'ct' || lower(replace(replace(replace(replace(wijkinfo_fold(ad.city),
          ' ', ''), '-', ''), '''', ''), '.', ''))
     FROM service_at_location sal JOIN address ad ON ad.location_id = sal.location_id
    WHERE sal.service_id = s.id))
"""

# Every text is folded (db/text_fold.py: Ł → l, ø → o, ß → ss, ı → i …) before FTS5's own
# tokenizer sees it, so the index holds what a volunteer types on a plain keyboard.
_ROWS_SQL = f"""
SELECT {rank_key_sql()},
       s.id,
       wijkinfo_fold(s.name),
       wijkinfo_fold(s.alternate_name),
       wijkinfo_fold(s.description),
       wijkinfo_fold(o.name),
       wijkinfo_fold((SELECT group_concat(t.name, ' ') FROM attribute a
                 JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
                 WHERE a.link_entity = 'service' AND a.link_id = s.id)),
       wijkinfo_fold((SELECT group_concat(a.value, ' ') FROM attribute a
                 WHERE a.link_entity = 'service' AND a.link_id = s.id
                   AND a.label = 'trefwoorden')),
       {_AREA_SQL.strip()}
FROM service s LEFT JOIN organization o ON o.id = s.organization_id
"""

_STAGE = "temp.fts_rows"
_STAGE_SQL = (
    f"CREATE TEMP TABLE IF NOT EXISTS fts_rows (rank_key INTEGER PRIMARY KEY, service_id TEXT, "
    f"{', '.join(FTS_COLUMNS)})"
)


def _fill_from_stage() -> tuple[str, ...]:
    def insert(table: str, columns: tuple[str, ...]) -> str:
        cols = ", ".join(columns)
        return (
            f"INSERT INTO {table} (rowid, service_id, {cols}) "
            f"SELECT rank_key, service_id, {cols} FROM {_STAGE}"
        )

    # A service deleted without a flush of its own (a cascade from its organisation, a raw
    # delete) may have left rows under a key a new service now takes: they go first.
    stale = f"SELECT rank_key FROM {_STAGE}"
    return (
        *(
            f"DELETE FROM {t} WHERE rowid IN ({stale})"
            for t in (FTS_TABLE, NAMES_TABLE, LABELS_TABLE)
        ),
        f"DELETE FROM {KEY_TABLE} WHERE rank_key IN ({stale})",
        f"INSERT INTO {KEY_TABLE} (service_id, rank_key) SELECT service_id, rank_key FROM {_STAGE}",
        insert(FTS_TABLE, FTS_COLUMNS),
        insert(NAMES_TABLE, NAMES_COLUMNS),
        insert(LABELS_TABLE, LABELS_COLUMNS),
        f"DELETE FROM {_STAGE}",
    )


def _stage_insert(where: str) -> str:
    return (
        f"INSERT INTO {_STAGE} (rank_key, service_id, {', '.join(FTS_COLUMNS)}) {_ROWS_SQL} {where}"
    )


def reindex_services(session: Session, service_ids: Iterable[str]) -> None:
    """Rewrite the index rows of these services (deleted ones just disappear)."""
    ids = list(dict.fromkeys(service_ids))
    if not ids:
        return
    conn = session.connection()
    conn.execute(text(_STAGE_SQL))
    conn.execute(text("CREATE TEMP TABLE IF NOT EXISTS fts_pending (id TEXT PRIMARY KEY)"))
    conn.execute(text("DELETE FROM fts_pending"))
    conn.execute(
        text("INSERT OR IGNORE INTO fts_pending (id) VALUES (:id)"), [{"id": i} for i in ids]
    )
    old = f"SELECT rank_key FROM {KEY_TABLE} WHERE service_id IN (SELECT id FROM fts_pending)"
    for table in (FTS_TABLE, NAMES_TABLE, LABELS_TABLE):
        conn.execute(text(f"DELETE FROM {table} WHERE rowid IN ({old})"))
    conn.execute(text(f"DELETE FROM {KEY_TABLE} WHERE service_id IN (SELECT id FROM fts_pending)"))
    conn.execute(text(_stage_insert("WHERE s.id IN (SELECT id FROM fts_pending)")))
    for statement in _fill_from_stage():
        conn.execute(text(statement))
    conn.execute(text("DELETE FROM fts_pending"))


def rebuild_index_sql() -> tuple[str, ...]:
    """The statements that rebuild the whole index (also used by a migration)."""
    return (
        *(f"DELETE FROM {t}" for t in (FTS_TABLE, NAMES_TABLE, LABELS_TABLE, KEY_TABLE)),
        _STAGE_SQL,
        f"DELETE FROM {_STAGE}",
        _stage_insert(""),
        *_fill_from_stage(),
    )


def rebuild_index(session: Session) -> None:
    """Rebuild the whole index (after a bulk import)."""
    conn = session.connection()
    for statement in rebuild_index_sql():
        conn.execute(text(statement))


def _affected_service_ids(session: Session) -> set[str]:
    ids: set[str] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Service):
            if obj.id is None:
                obj.id = new_id()  # the column default comes too late for the index
            ids.add(obj.id)
        elif isinstance(obj, Organization) and obj not in session.new:
            with session.no_autoflush:
                ids.update(
                    session.scalars(select(Service.id).where(Service.organization_id == obj.id))
                )
        elif isinstance(obj, Attribute) and obj.link_entity == "service":
            ids.add(obj.link_id)
        elif isinstance(obj, ServiceAtLocation) and obj.service_id:
            ids.add(obj.service_id)  # the city of its address is an area token
        elif isinstance(obj, Address) and obj.location_id:
            with session.no_autoflush:
                ids.update(
                    session.scalars(
                        select(ServiceAtLocation.service_id).where(
                            ServiceAtLocation.location_id == obj.location_id
                        )
                    )
                )
    return ids


def install_fts_sync(session_class: type[Session] | Session) -> None:
    """Keep the index right on every flush of sessions of this class (idempotent)."""
    if event.contains(session_class, "before_flush", _before_flush):
        return
    event.listen(session_class, "before_flush", _before_flush)
    event.listen(session_class, "after_flush", _after_flush)


def _before_flush(session: Session, _ctx: UOWTransaction, _instances: object) -> None:
    pending = session.info.setdefault("fts_pending", set())
    pending.update(_affected_service_ids(session))


def _after_flush(session: Session, _ctx: UOWTransaction) -> None:
    pending = session.info.pop("fts_pending", None)
    if pending:
        reindex_services(session, pending)
