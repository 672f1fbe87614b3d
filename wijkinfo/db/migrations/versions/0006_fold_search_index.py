"""search index holds folded text

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01

The index rows are now written folded (Ł → l, ø → o, ß → ss, ı → i …, see db/text_fold.py), so
that a plain-keyboard query finds them; existing rows are rewritten once. No schema change.
"""

from collections.abc import Sequence

from alembic import op

# The statements as they were when this migration was written (db/fts.py may change later).
REBUILD = (
    "DELETE FROM service_fts",
    """INSERT INTO service_fts (service_id, name, alternate_name, description, organization,
                         themes, keywords)
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
FROM service s LEFT JOIN organization o ON o.id = s.organization_id""",
)

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The fold function is registered on every wijkinfo connection (db/engine.py).
    for statement in REBUILD:
        op.execute(statement)


def downgrade() -> None:
    # Folded rows still find everything the unfolded ones did; nothing to undo.
    pass
