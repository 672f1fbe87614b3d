"""search index in ranking order: three field levels, area tokens, rank keys as rowids

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-01

The search index becomes three FTS5 tables (names; names and labels; everything), each with
an ``area`` column (wijk/buurt and city tokens), whose rowid is the service's rank key
(referable first, then shorter names), kept in ``service_fts_key``. The search then reads the
best matches of each level in index order and stops early (see wijkinfo/db/fts.py). The index
is derived data, local to this desk, and is rebuilt here; nothing of it syncs.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The statements as they were when this migration was written (db/fts.py may change later).
UPGRADE = (
    "DROP TABLE IF EXISTS service_fts",
    "DROP TABLE IF EXISTS service_fts_names",
    "DROP TABLE IF EXISTS service_fts_labels",
    "DROP TABLE IF EXISTS service_fts_key",
    "CREATE VIRTUAL TABLE service_fts USING fts5(service_id UNINDEXED, name, alternate_name, description, organization, themes, keywords, area, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')",
    "CREATE VIRTUAL TABLE service_fts_names USING fts5(service_id UNINDEXED, name, alternate_name, area, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')",
    "CREATE VIRTUAL TABLE service_fts_labels USING fts5(service_id UNINDEXED, name, alternate_name, keywords, themes, organization, area, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')",
    "CREATE TABLE service_fts_key (service_id TEXT PRIMARY KEY, rank_key INTEGER NOT NULL)",
    "CREATE INDEX service_fts_key_rank ON service_fts_key (rank_key)",
    "DELETE FROM service_fts",
    "DELETE FROM service_fts_names",
    "DELETE FROM service_fts_labels",
    "DELETE FROM service_fts_key",
    "CREATE TEMP TABLE IF NOT EXISTS fts_rows (rank_key INTEGER PRIMARY KEY, service_id TEXT, name, alternate_name, description, organization, themes, keywords, area)",
    "DELETE FROM temp.fts_rows",
    """INSERT INTO temp.fts_rows (rank_key, service_id, name, alternate_name, description, organization, themes, keywords, area) 
SELECT (((s.status != 'active' OR coalesce(s.do_not_refer, 0)) << 50) | (min(length(s.name), 16383) << 36) | (s.rowid & 68719476735)),
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

FROM service s LEFT JOIN organization o ON o.id = s.organization_id
 """,
    "INSERT INTO service_fts_key (service_id, rank_key) SELECT service_id, rank_key FROM temp.fts_rows",
    "INSERT INTO service_fts (rowid, service_id, name, alternate_name, description, organization, themes, keywords, area) SELECT rank_key, service_id, name, alternate_name, description, organization, themes, keywords, area FROM temp.fts_rows",
    "INSERT INTO service_fts_names (rowid, service_id, name, alternate_name, area) SELECT rank_key, service_id, name, alternate_name, area FROM temp.fts_rows",
    "INSERT INTO service_fts_labels (rowid, service_id, name, alternate_name, keywords, themes, organization, area) SELECT rank_key, service_id, name, alternate_name, keywords, themes, organization, area FROM temp.fts_rows",
    "DELETE FROM temp.fts_rows",
)

OLD_INDEX = (
    "CREATE VIRTUAL TABLE service_fts USING fts5(service_id UNINDEXED, name, alternate_name, description, organization, themes, keywords, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')",
    """INSERT INTO service_fts (service_id, name, alternate_name, description, organization,
                         themes, keywords)
SELECT s.id, wijkinfo_fold(s.name), wijkinfo_fold(s.alternate_name),
       wijkinfo_fold(s.description), wijkinfo_fold(o.name),
       wijkinfo_fold((SELECT group_concat(t.name, ' ') FROM attribute a
                 JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
                 WHERE a.link_entity = 'service' AND a.link_id = s.id)),
       wijkinfo_fold((SELECT group_concat(a.value, ' ') FROM attribute a
                 WHERE a.link_entity = 'service' AND a.link_id = s.id
                   AND a.label = 'trefwoorden'))
FROM service s LEFT JOIN organization o ON o.id = s.organization_id""",
)


def upgrade() -> None:
    # The fold function is registered on every wijkinfo connection (db/engine.py).
    for statement in UPGRADE:
        op.execute(statement)


def downgrade() -> None:
    for statement in UPGRADE[:4]:  # the DROP statements
        op.execute(statement)
    for statement in OLD_INDEX:
        op.execute(statement)
