"""Users with roles, the audit log, and the information point's settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from wijkinfo.db.base import Base, UUIDPk, utcnow

ROLES = ("volunteer", "coordinator")


class User(UUIDPk, Base):
    __tablename__ = "user"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    #: the name as compared at sign-in: case-folded and NFC (services/people/users.py)
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[str] = mapped_column(String(20), default="volunteer")
    password_hash: Mapped[str | None] = mapped_column(String(500))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    #: when the lockout began on the monotonic clock (survives wall-clock changes)
    locked_at_uptime: Mapped[float | None] = mapped_column(Float)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AuditLog(UUIDPk, Base):
    """Who did or saw what, when. Append-only."""

    __tablename__ = "audit_log"

    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user_id: Mapped[str | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str | None] = mapped_column(String(50))
    entity_id: Mapped[str | None] = mapped_column(String(36))
    detail: Mapped[str | None] = mapped_column(Text)


class Setting(Base):
    """One setting as JSON text: the information point's name, address, hours, logo, limits."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)
