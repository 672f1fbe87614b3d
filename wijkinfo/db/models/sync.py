"""Sync bookkeeping: who this replica is, what it changed, and how far it has read others."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text, UniqueConstraint, text
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
    # Changes with a clock below this were compacted away: older ones need a snapshot.
    compacted_before: Mapped[str | None] = mapped_column(String(80))


class OutboxChange(Base):
    """The change log: every change this replica made or has seen, in the order it came.

    ``id`` is the local log position transports read from. Own changes are written by the capture
    triggers in the same transaction as the edit; others' are kept under their origin when
    applied (and relayed from here). ``state``: applied, held (waiting for an earlier change of
    its origin, a parent row or its author), refused (rights), quarantined (clock far ahead; not
    relayed).
    """

    __tablename__ = "outbox_change"
    __table_args__ = (
        UniqueConstraint("origin_replica", "origin_seq"),
        Index("ix_outbox_change_row", "table_name", "row_id"),
        # Only the few waiting changes: every captured write pays for each index on this table.
        Index(
            "ix_outbox_change_waiting",
            "state",
            "hlc",
            sqlite_where=text("state IN ('held', 'quarantined')"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    origin_replica: Mapped[str] = mapped_column(String(36))
    origin_seq: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(80))
    author: Mapped[str | None] = mapped_column(String(36))
    table_name: Mapped[str] = mapped_column(String(50))
    row_id: Mapped[str] = mapped_column(String(200))
    op: Mapped[str] = mapped_column(String(10))
    payload_json: Mapped[str] = mapped_column(Text)
    applied_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    state: Mapped[str] = mapped_column(String(12), default="applied")


class SyncOrigin(Base):
    """Per origin replica: every sequence number up to ``contiguous_seq`` is in the log."""

    __tablename__ = "sync_origin"

    origin_replica: Mapped[str] = mapped_column(String(36), primary_key=True)
    contiguous_seq: Mapped[int] = mapped_column(Integer, default=0)


class SyncCursor(Base):
    """How far we have applied another replica's changes, per transport."""

    __tablename__ = "sync_cursor"

    source_replica: Mapped[str] = mapped_column(String(36), primary_key=True)
    transport: Mapped[str] = mapped_column(String(20), primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    # The transport's own opaque position (a file range, a hub sequence).
    position: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SyncConflict(UUIDPk, Base):
    """The value that lost a last-writer-wins merge, for a coordinator to see."""

    __tablename__ = "sync_conflict"

    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    table_name: Mapped[str] = mapped_column(String(50))
    row_id: Mapped[str] = mapped_column(String(100))
    losing_replica: Mapped[str] = mapped_column(String(36))
    losing_hlc: Mapped[str] = mapped_column(String(80))
    losing_payload_json: Mapped[str] = mapped_column(Text)
    # lost (a newer value won), deleted (an edit met a delete), refused (rights),
    # parent_deleted (a row whose parent was deleted), duplicate (a unique value renamed).
    kind: Mapped[str] = mapped_column(String(20), default="lost")
    winning_hlc: Mapped[str | None] = mapped_column(String(80))
    author: Mapped[str | None] = mapped_column(String(36))
    resolved: Mapped[bool] = mapped_column(default=False)
