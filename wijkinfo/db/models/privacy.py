"""Keys that seal residents' contact details: key holders, organisation keys and their grants.

Only public keys and wrapped or sealed private keys are stored, so these rows travel with sync
and sit in backups as they are (see services/privacy/sealing.py for the cryptography).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from wijkinfo.db.base import Base, UUIDPk, utcnow

HOLDER_KINDS = ("coordinator", "recovery")


class KeyHolder(UUIDPk, Base):
    """An X25519 key pair: a coordinator's (wrapped by the password) or the recovery sheet's
    (wrapped by the printed code)."""

    __tablename__ = "key_holder"

    user_id: Mapped[str | None] = mapped_column(
        ForeignKey("user.id", ondelete="CASCADE"), unique=True
    )
    kind: Mapped[str] = mapped_column(String(20), default="coordinator")
    public_key: Mapped[str] = mapped_column(String(100))
    wrapped_key: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class OrgKey(UUIDPk, Base):
    """The organisation's contact key pair. The newest one not retired seals new details."""

    __tablename__ = "org_key"

    public_key: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    retired_at: Mapped[datetime | None] = mapped_column(DateTime)


class OrgKeyGrant(UUIDPk, Base):
    """An organisation private key sealed to one key holder: that holder's access."""

    __tablename__ = "org_key_grant"

    org_key_id: Mapped[str] = mapped_column(
        ForeignKey("org_key.id", ondelete="CASCADE"), index=True
    )
    holder_id: Mapped[str] = mapped_column(
        ForeignKey("key_holder.id", ondelete="CASCADE"), index=True
    )
    sealed_key: Mapped[str] = mapped_column(Text)
    granted_by: Mapped[str | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
