"""sealed contact details: key tables, existing contact details sealed, plain columns dropped

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

Residents' name, phone and e-mail become one value sealed to the organisation key (HPKE,
services/privacy/sealing.py). No coordinator's password is known here, so the details are sealed
to a *provisional* organisation key whose private half waits in a per-machine setting; the first
coordinator who signs in takes it over and the setting is wiped (services/privacy/keys.py).
The old plain columns are dropped and the plain values are removed from the change log and the
conflict log too; with ``PRAGMA secure_delete`` (db/engine.py) their pages are overwritten.
The app makes a backup before every migration; that backup still holds the plain text, and the
coordinator is asked to scrub it (services/datafolder/plain_backups.py).
"""

import base64
import json
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As they were when this migration was written (services/privacy may move on).
SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
PROVISIONAL_SETTING = "contact_key_provisional"
PLAIN = ("name", "phone", "email")


def _create_tables() -> None:
    op.create_table(
        "key_holder",
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("public_key", sa.String(length=100), nullable=False),
        sa.Column("wrapped_key", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user.id"], name=op.f("fk_key_holder_user_id_user"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_holder")),
        sa.UniqueConstraint("user_id", name=op.f("uq_key_holder_user_id")),
    )
    op.create_table(
        "org_key",
        sa.Column("public_key", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_org_key")),
    )
    op.create_table(
        "org_key_grant",
        sa.Column("org_key_id", sa.String(length=36), nullable=False),
        sa.Column("holder_id", sa.String(length=36), nullable=False),
        sa.Column("sealed_key", sa.Text(), nullable=False),
        sa.Column("granted_by", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["org_key_id"],
            ["org_key.id"],
            name=op.f("fk_org_key_grant_org_key_id_org_key"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["holder_id"],
            ["key_holder.id"],
            name=op.f("fk_org_key_grant_holder_id_key_holder"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["granted_by"],
            ["user.id"],
            name=op.f("fk_org_key_grant_granted_by_user"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_org_key_grant")),
    )
    with op.batch_alter_table("org_key_grant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_org_key_grant_org_key_id"), ["org_key_id"])
        batch_op.create_index(batch_op.f("ix_org_key_grant_holder_id"), ["holder_id"])


def _seal_all(
    conn: sa.Connection, plain: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    private = X25519PrivateKey.generate()
    org_key_id = str(uuid.uuid4())
    now = datetime.now(UTC).replace(tzinfo=None)
    public = base64.b64encode(private.public_key().public_bytes_raw()).decode()
    conn.execute(
        sa.text("INSERT INTO org_key (id, public_key, created_at) VALUES (:i, :p, :t)"),
        {"i": org_key_id, "p": public, "t": now},
    )
    secret = base64.b64encode(private.private_bytes_raw()).decode()
    conn.execute(
        sa.text("INSERT INTO setting (key, value_json) VALUES (:k, :v)"),
        {"k": PROVISIONAL_SETTING, "v": json.dumps({"org_key_id": org_key_id, "private": secret})},
    )
    for signal_id, name, phone, email in plain:
        payload = json.dumps(
            {"name": name, "phone": phone, "email": email}, ensure_ascii=False
        ).encode("utf-8")
        info = f"wijkinfo contact v1|{signal_id}|{org_key_id}".encode()
        blob = SUITE.encrypt(payload, private.public_key(), info=info)
        conn.execute(
            sa.text("UPDATE signal_contact SET sealed = :s, org_key_id = :k WHERE signal_id = :i"),
            {
                "s": "wks1." + base64.urlsafe_b64encode(blob).decode(),
                "k": org_key_id,
                "i": signal_id,
            },
        )


def _scrub_logs(conn: sa.Connection) -> None:
    """The change log and the conflict log copied the plain values: take them out."""
    paths = ", ".join(f"'$.{c}'" for c in PLAIN)
    conn.exec_driver_sql(
        f"UPDATE outbox_change SET payload_json = json_remove(payload_json, {paths}) "
        "WHERE table_name = 'signal_contact' AND json_valid(payload_json)"
    )
    conn.exec_driver_sql(
        "UPDATE sync_conflict SET losing_payload_json = "
        f"json_remove(losing_payload_json, {paths}) "
        "WHERE table_name = 'signal_contact' AND json_valid(losing_payload_json)"
    )


def upgrade() -> None:
    from wijkinfo.sync import capture

    conn = op.get_bind()
    capture.drop(conn)
    _create_tables()
    plain = conn.execute(
        sa.text(
            "SELECT signal_id, name, phone, email FROM signal_contact "
            "WHERE name IS NOT NULL OR phone IS NOT NULL OR email IS NOT NULL"
        )
    ).all()
    with op.batch_alter_table("signal_contact", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sealed", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("org_key_id", sa.String(length=36), nullable=True))
        for column in PLAIN:
            batch_op.drop_column(column)
    # Triggers back first, so that the sealed values travel to the other desks as changes.
    capture.install(conn)
    if plain:
        _seal_all(conn, [(r[0], r[1], r[2], r[3]) for r in plain])
    _scrub_logs(conn)


def downgrade() -> None:
    from wijkinfo.sync import capture

    conn = op.get_bind()
    capture.drop(conn)
    # Sealed details cannot be opened here (no password): going back keeps them wiped.
    with op.batch_alter_table("signal_contact", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name", sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column("phone", sa.String(length=50), nullable=True))
        batch_op.add_column(sa.Column("email", sa.String(length=320), nullable=True))
        batch_op.drop_column("org_key_id")
        batch_op.drop_column("sealed")
    op.drop_table("org_key_grant")
    op.drop_table("org_key")
    op.drop_table("key_holder")
    conn.execute(sa.text("DELETE FROM setting WHERE key = :k"), {"k": PROVISIONAL_SETTING})
