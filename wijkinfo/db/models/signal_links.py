"""Signals tied to services of the sociale kaart, and a coordinator's public note on a service."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from wijkinfo.db.base import Base, utcnow


class SignalService(Base):
    """A service a signal concerns (besides or instead of its organisation)."""

    __tablename__ = "signal_service"

    signal_id: Mapped[str] = mapped_column(
        ForeignKey("signal.id", ondelete="CASCADE"), primary_key=True
    )
    service_id: Mapped[str] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ServicePublicNote(Base):
    """What volunteers may see of the signals about a service ("lange wachttijd, gemeld")."""

    __tablename__ = "service_public_note"

    service_id: Mapped[str] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), primary_key=True
    )
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    author_name: Mapped[str | None] = mapped_column(String(200))
