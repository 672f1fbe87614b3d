"""The full-text index over the directory, kept in step in the same transaction.

The FTS5 table is created by the migrations; this module refreshes its rows.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import event, select, text
from sqlalchemy.orm import Session, UOWTransaction

from wijkinfo.db.base import new_id
from wijkinfo.db.models import Attribute, Organization, Service

FTS_TABLE = "service_fts"
FTS_COLUMNS = ("name", "alternate_name", "description", "organization", "themes", "keywords")

CREATE_FTS_SQL = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
    "service_id UNINDEXED, name, alternate_name, description, organization, themes, keywords, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')"
)

# Every text is folded (db/text_fold.py: Ł → l, ø → o, ß → ss, ı → i …) before FTS5's own
# tokenizer sees it, so the index holds what a volunteer types on a plain keyboard.
_ROWS_SQL = """
SELECT s.id,
       wijkinfo_fold(s.name),
       wijkinfo_fold(s.alternate_name),
       wijkinfo_fold(s.description),
       wijkinfo_fold(o.name),
       wijkinfo_fold((SELECT group_concat(t.name, ' ') FROM attribute a
                 JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
                 WHERE a.link_entity = 'service' AND a.link_id = s.id)),
       wijkinfo_fold((SELECT group_concat(a.value, ' ') FROM attribute a
                 WHERE a.link_entity = 'service' AND a.link_id = s.id
                   AND a.label = 'trefwoorden'))
FROM service s LEFT JOIN organization o ON o.id = s.organization_id
"""


def reindex_services(session: Session, service_ids: Iterable[str]) -> None:
    """Rewrite the index rows of these services (deleted ones just disappear)."""
    ids = list(dict.fromkeys(service_ids))
    conn = session.connection()
    if len(ids) > 500:
        # service_id is not indexed by FTS5, so each DELETE reads the whole index: one pass for
        # a large batch (a sync, an import) instead of one per 500 services.
        conn.execute(text("CREATE TEMP TABLE IF NOT EXISTS fts_pending (id TEXT PRIMARY KEY)"))
        conn.execute(text("DELETE FROM fts_pending"))
        conn.execute(
            text("INSERT OR IGNORE INTO fts_pending (id) VALUES (:id)"), [{"id": i} for i in ids]
        )
        conn.execute(
            text(f"DELETE FROM {FTS_TABLE} WHERE service_id IN (SELECT id FROM fts_pending)")
        )
        conn.execute(
            text(
                f"INSERT INTO {FTS_TABLE} (service_id, {', '.join(FTS_COLUMNS)}) "
                f"{_ROWS_SQL} WHERE s.id IN (SELECT id FROM fts_pending)"
            )
        )
        conn.execute(text("DELETE FROM fts_pending"))
        return
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        params = {f"p{i}": sid for i, sid in enumerate(chunk)}
        marks = ", ".join(f":p{i}" for i in range(len(chunk)))
        conn.execute(text(f"DELETE FROM {FTS_TABLE} WHERE service_id IN ({marks})"), params)
        conn.execute(
            text(
                f"INSERT INTO {FTS_TABLE} (service_id, {', '.join(FTS_COLUMNS)}) "
                f"{_ROWS_SQL} WHERE s.id IN ({marks})"
            ),
            params,
        )


def rebuild_index_sql() -> tuple[str, str]:
    """The two statements that rebuild the whole index (also used by a migration)."""
    return (
        f"DELETE FROM {FTS_TABLE}",
        f"INSERT INTO {FTS_TABLE} (service_id, {', '.join(FTS_COLUMNS)}) {_ROWS_SQL}",
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
