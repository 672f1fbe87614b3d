"""sync: change log, capture triggers, fixed ids for the default signal themes

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

The change log (outbox_change) and the conflict log were never written before this revision,
so they are recreated in their new form. The default signal themes get ids derived from their
code, so that every replica has the same theme rows and signals from another desk find theirs.
Then the capture triggers are installed on every synced table (wijkinfo.sync.capture).
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

THEME_NS = uuid.UUID("9c5f4e1a-7b2d-4c3e-8f6a-1d2e3f4a5b6c")
DEFAULT_CODES = (
    "geldzorgen",
    "zorg",
    "wonen",
    "werk_inkomen",
    "eenzaamheid",
    "veiligheid",
    "jeugd_gezin",
    "digitale_overheid",
    "anders",
)


def theme_id(code: str) -> str:
    return str(uuid.uuid5(THEME_NS, f"signal_theme/{code}"))


def _fixed_theme_ids(conn) -> None:
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    for code in DEFAULT_CODES:
        old = conn.execute(
            sa.text("SELECT id FROM signal_theme WHERE code = :c"), {"c": code}
        ).scalar()
        new = theme_id(code)
        if old is None or old == new:
            continue
        params = {"old": old, "new": new}
        conn.execute(sa.text("UPDATE signal SET theme_id = :new WHERE theme_id = :old"), params)
        conn.execute(
            sa.text("UPDATE signal_theme SET parent_id = :new WHERE parent_id = :old"), params
        )
        conn.execute(sa.text("UPDATE signal_theme SET id = :new WHERE id = :old"), params)


def upgrade() -> None:
    op.drop_table("outbox_change")
    op.create_table(
        "outbox_change",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("origin_replica", sa.String(length=36), nullable=False),
        sa.Column("origin_seq", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("author", sa.String(length=36), nullable=True),
        sa.Column("table_name", sa.String(length=50), nullable=False),
        sa.Column("row_id", sa.String(length=200), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("payload_json", sa.Text(), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_change")),
        sa.UniqueConstraint(
            "origin_replica", "origin_seq", name=op.f("uq_outbox_change_origin_replica")
        ),
    )
    with op.batch_alter_table("outbox_change", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_change_row", ["table_name", "row_id"], unique=False)
        batch_op.create_index(
            "ix_outbox_change_waiting",
            ["state", "hlc"],
            unique=False,
            sqlite_where=sa.text("state IN ('held', 'quarantined')"),
        )

    op.drop_table("sync_conflict")
    op.create_table(
        "sync_conflict",
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("table_name", sa.String(length=50), nullable=False),
        sa.Column("row_id", sa.String(length=100), nullable=False),
        sa.Column("losing_replica", sa.String(length=36), nullable=False),
        sa.Column("losing_hlc", sa.String(length=80), nullable=False),
        sa.Column("losing_payload_json", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("winning_hlc", sa.String(length=80), nullable=True),
        sa.Column("author", sa.String(length=36), nullable=True),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_table(
        "sync_origin",
        sa.Column("origin_replica", sa.String(length=36), nullable=False),
        sa.Column("contiguous_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("origin_replica", name=op.f("pk_sync_origin")),
    )
    with op.batch_alter_table("sync_cursor", schema=None) as batch_op:
        batch_op.add_column(sa.Column("position", sa.Text(), nullable=True))
    with op.batch_alter_table("replica", schema=None) as batch_op:
        batch_op.add_column(sa.Column("compacted_before", sa.String(length=80), nullable=True))

    conn = op.get_bind()
    _fixed_theme_ids(conn)

    from wijkinfo.sync import capture

    capture.install(conn)


def downgrade() -> None:
    from wijkinfo.sync import capture

    conn = op.get_bind()
    capture.drop(conn)
    with op.batch_alter_table("replica", schema=None) as batch_op:
        batch_op.drop_column("compacted_before")
    with op.batch_alter_table("sync_cursor", schema=None) as batch_op:
        batch_op.drop_column("position")
    op.drop_table("sync_origin")
    op.drop_table("sync_conflict")
    op.create_table(
        "sync_conflict",
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("table_name", sa.String(length=50), nullable=False),
        sa.Column("row_id", sa.String(length=100), nullable=False),
        sa.Column("losing_replica", sa.String(length=36), nullable=False),
        sa.Column("losing_hlc", sa.String(length=40), nullable=False),
        sa.Column("losing_payload_json", sa.Text(), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.drop_table("outbox_change")
    op.create_table(
        "outbox_change",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("origin_replica", sa.String(length=36), nullable=False),
        sa.Column("origin_seq", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.String(length=40), nullable=False),
        sa.Column("table_name", sa.String(length=50), nullable=False),
        sa.Column("row_id", sa.String(length=100), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("payload_json", sa.Text(), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_change")),
        sa.UniqueConstraint(
            "origin_replica", "origin_seq", name=op.f("uq_outbox_change_origin_replica")
        ),
    )
    with op.batch_alter_table("outbox_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_change_hlc"), ["hlc"], unique=False)
