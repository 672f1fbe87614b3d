"""signals: outcome, agreement and follow-up; links to services; queue indexes

Revision ID: 0009
Revises: 0006
Create Date: 2026-12-01

A forwarded signal keeps what was agreed and when to ask how it went; a closed one what came of
it. A signal can concern services of the sociale kaart, and a service can carry a coordinator's
public note. The review queue gets indexes for its order and filters. The capture triggers of
the altered and new synced tables are made again from the models (wijkinfo.sync.capture).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("signal", "signal_service", "service_public_note")
NEW_COLUMNS = ("agreement", "follow_up_on", "outcome")
QUEUE_INDEXES = {
    "ix_signal_queue_order": ["signal_date", "created_at"],
    "ix_signal_status_date": ["status", "signal_date"],
    "ix_signal_theme_status_date": ["theme_id", "status", "signal_date"],
    "ix_signal_assigned_status": ["assigned_to", "status", "signal_date"],
    "ix_signal_wijk_buurt": ["wijk", "buurt", "status"],
    "ix_signal_status_outcome": ["status", "outcome"],
}


def _drop_triggers(conn: sa.engine.Connection, table: str) -> None:
    from wijkinfo.sync import capture

    for kind in ("ins", "upd", "del"):
        conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{capture.PREFIX}{kind}_{table}"')


def _install_triggers(conn: sa.engine.Connection) -> None:
    from wijkinfo.sync import capture
    from wijkinfo.sync.tables import synced

    for table in TABLES:
        _drop_triggers(conn, table)
        for statement in capture.trigger_sql(synced()[table]):
            conn.exec_driver_sql(statement)


def _install_signal_triggers(conn: sa.engine.Connection, *, without: tuple[str, ...]) -> None:
    """The signal table's triggers for its columns as they were before this revision."""
    import dataclasses

    from wijkinfo.sync import capture
    from wijkinfo.sync.tables import synced

    spec = synced()["signal"]
    older = dataclasses.replace(spec, columns=tuple(c for c in spec.columns if c not in without))
    _drop_triggers(conn, "signal")
    for statement in capture.trigger_sql(older):
        conn.exec_driver_sql(statement)


def upgrade() -> None:
    conn = op.get_bind()
    # Plain ALTER TABLE, never a copy: dropping the old table under foreign keys would cascade
    # into the history, notes and contacts.
    with op.batch_alter_table("signal", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("agreement", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("follow_up_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("outcome", sa.String(length=20), nullable=True))
        batch_op.create_index(batch_op.f("ix_signal_follow_up_on"), ["follow_up_on"], unique=False)
        for name, columns in QUEUE_INDEXES.items():
            batch_op.create_index(name, columns, unique=False)
    op.create_table(
        "signal_service",
        sa.Column("signal_id", sa.String(length=36), nullable=False),
        sa.Column("service_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["service.id"],
            name=op.f("fk_signal_service_service_id_service"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["signal_id"],
            ["signal.id"],
            name=op.f("fk_signal_service_signal_id_signal"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("signal_id", "service_id", name=op.f("pk_signal_service")),
    )
    with op.batch_alter_table("signal_service", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_signal_service_service_id"), ["service_id"], unique=False
        )
    op.create_table(
        "service_public_note",
        sa.Column("service_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("author_name", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["service.id"],
            name=op.f("fk_service_public_note_service_id_service"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["updated_by"],
            ["user.id"],
            name=op.f("fk_service_public_note_updated_by_user"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("service_id", name=op.f("pk_service_public_note")),
    )
    _install_triggers(conn)


def downgrade() -> None:
    conn = op.get_bind()
    for table in TABLES:
        _drop_triggers(conn, table)
    op.drop_table("service_public_note")
    with op.batch_alter_table("signal_service", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signal_service_service_id"))
    op.drop_table("signal_service")
    for name in (*QUEUE_INDEXES, "ix_signal_follow_up_on"):
        op.drop_index(name, table_name="signal")
    for column in NEW_COLUMNS:  # SQLite 3.35+ drops a column in place (no copy, no cascade)
        op.execute(f'ALTER TABLE "signal" DROP COLUMN "{column}"')
    _install_signal_triggers(conn, without=NEW_COLUMNS)
