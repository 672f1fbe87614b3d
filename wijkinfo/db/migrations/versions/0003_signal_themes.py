"""default signal themes

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-23

Data only: the default Dutch theme tree for signals, each with a response-time target in
working days (a coordinator can change them). No schema change.
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (code, name, response-time target in working days)
DEFAULT_THEMES = [
    ("geldzorgen", "Geldzorgen & schulden", 5),
    ("zorg", "Zorg & ondersteuning", 5),
    ("wonen", "Wonen", 10),
    ("werk_inkomen", "Werk & inkomen", 10),
    ("eenzaamheid", "Eenzaamheid", 10),
    ("veiligheid", "Veiligheid", 3),
    ("jeugd_gezin", "Jeugd & gezin", 5),
    ("digitale_overheid", "Digitale overheid", 10),
    ("anders", "Anders", 10),
]

_theme = sa.table(
    "signal_theme",
    sa.column("id", sa.String),
    sa.column("code", sa.String),
    sa.column("name", sa.String),
    sa.column("parent_id", sa.String),
    sa.column("response_days", sa.Integer),
    sa.column("active", sa.Boolean),
)


def upgrade() -> None:
    conn = op.get_bind()
    existing = {row[0] for row in conn.execute(sa.select(_theme.c.code))}
    rows = [
        {
            "id": str(uuid.uuid4()),
            "code": code,
            "name": name,
            "parent_id": None,
            "response_days": days,
            "active": True,
        }
        for code, name, days in DEFAULT_THEMES
        if code not in existing
    ]
    if rows:
        op.bulk_insert(_theme, rows)


def downgrade() -> None:
    op.execute(_theme.delete().where(_theme.c.code.in_([code for code, _n, _d in DEFAULT_THEMES])))
