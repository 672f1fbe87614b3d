"""user name key and lockout clock

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

``name_key``: the name as it is compared at sign-in (Unicode case folding + NFC), unique, so
that Özlem, ÖZLEM and özlem are one person and İlker or Łukasz can sign in; SQLite's lower()
folds ASCII only. Names that collided before get their id appended to the key: the account
made first keeps the name, the later one stays visible and can be renamed.

``locked_at_uptime``: when a lockout began, on the computer's monotonic clock, so that turning
the wall clock forward or back neither lifts a lockout nor makes it last hours.
"""

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _key(name: str) -> str:
    # kept here as it is today: a migration must not change when the service code does
    folded = unicodedata.normalize("NFD", " ".join(name.split())).casefold()
    return unicodedata.normalize("NFC", folded)


def upgrade() -> None:
    with op.batch_alter_table("user") as batch:
        batch.add_column(sa.Column("name_key", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("locked_at_uptime", sa.Float(), nullable=True))
    conn = op.get_bind()
    taken: set[str] = set()
    rows = conn.execute(sa.text('SELECT id, name FROM "user" ORDER BY created_at, id')).all()
    for user_id, name in rows:
        key = _key(str(name))
        if key in taken:
            key = f"{key}#{user_id}"
        taken.add(key)
        conn.execute(
            sa.text('UPDATE "user" SET name_key = :key WHERE id = :id'), {"key": key, "id": user_id}
        )
    with op.batch_alter_table("user") as batch:
        batch.alter_column("name_key", existing_type=sa.String(length=200), nullable=False)
        batch.create_unique_constraint(batch.f("uq_user_name_key"), ["name_key"])


def downgrade() -> None:
    with op.batch_alter_table("user") as batch:
        batch.drop_constraint(batch.f("uq_user_name_key"), type_="unique")
        batch.drop_column("locked_at_uptime")
        batch.drop_column("name_key")
