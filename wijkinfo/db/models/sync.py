"""Sync bookkeeping: who this replica is, what it changed, and how far it has read others."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from wijkinfo.db.base import Base, UUIDPk, utcnow


class Replica(Base):
    """This database's own identity (one row)."""

    __tablename__ = "replica"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    next_seq: Mapped[int] = mapped_column(Integer, default=1)
    # Hybrid logical clock: last physical milliseconds and logical counter handed out.
    hlc_ms: Mapped[int] = mapped_column(Integer, default=0)
    hlc_counter: Mapped[int] = mapped_column(Integer, default=0)


class OutboxChange(Base):
    """One captured change, in the same transaction as the edit it describes."""

    __tablename__ = "outbox_change"
    __table_args__ = (UniqueConstraint("origin_replica", "origin_seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    origin_replica: Mapped[str] = mapped_column(String(36))
    origin_seq: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(40), index=True)
    table_name: Mapped[str] = mapped_column(String(50))
    row_id: Mapped[str] = mapped_column(String(100))
    op: Mapped[str] = mapped_column(String(10))
    payload_json: Mapped[str] = mapped_column(Text)
    applied_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SyncCursor(Base):
    """How far we have applied another replica's changes, per transport."""

    __tablename__ = "sync_cursor"

    source_replica: Mapped[str] = mapped_column(String(36), primary_key=True)
    transport: Mapped[str] = mapped_column(String(20), primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SyncConflict(UUIDPk, Base):
    """The value that lost a last-writer-wins merge, for a coordinator to see."""

    __tablename__ = "sync_conflict"

    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    table_name: Mapped[str] = mapped_column(String(50))
    row_id: Mapped[str] = mapped_column(String(100))
    losing_replica: Mapped[str] = mapped_column(String(36))
    losing_hlc: Mapped[str] = mapped_column(String(40))
    losing_payload_json: Mapped[str] = mapped_column(Text)
    resolved: Mapped[bool] = mapped_column(default=False)
