"""What the desk counts (anonymous), and what it feeds back into the directory."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wijkinfo.db.base import Base, UUIDPk, utcnow

CHANNELS = ("balie", "telefoon", "e-mail")


class ContactTally(UUIDPk, Base):
    """One resident contact at the desk: when, how and about what. Nothing about who."""

    __tablename__ = "contact_tally"

    day: Mapped[date] = mapped_column(Date, index=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    channel: Mapped[str] = mapped_column(String(20))
    wijk: Mapped[str | None] = mapped_column(String(200))
    origin_replica: Mapped[str | None] = mapped_column(String(36))
    undone: Mapped[bool] = mapped_column(Boolean, default=False)

    themes: Mapped[list[ContactTallyTheme]] = relationship(cascade="all, delete-orphan")


class ContactTallyTheme(Base):
    __tablename__ = "contact_tally_theme"

    tally_id: Mapped[str] = mapped_column(
        ForeignKey("contact_tally.id", ondelete="CASCADE"), primary_key=True
    )
    theme_code: Mapped[str] = mapped_column(String(100), primary_key=True)


class Referral(UUIDPk, Base):
    """One printed referral sheet, counted anonymously."""

    __tablename__ = "referral"

    day: Mapped[date] = mapped_column(Date, index=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    theme_code: Mapped[str | None] = mapped_column(String(100))
    origin_replica: Mapped[str | None] = mapped_column(String(36))

    services: Mapped[list[ReferralService]] = relationship(cascade="all, delete-orphan")


class ReferralService(Base):
    __tablename__ = "referral_service"

    referral_id: Mapped[str] = mapped_column(
        ForeignKey("referral.id", ondelete="CASCADE"), primary_key=True
    )
    # No foreign key: a count must survive the service being retired or removed.
    service_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class DirectoryCorrection(UUIDPk, Base):
    """ "Klopt er iets niet?": a volunteer's report of wrong information on a service."""

    __tablename__ = "directory_correction"

    service_id: Mapped[str] = mapped_column(String(36), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    reported_by: Mapped[str | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    origin_replica: Mapped[str | None] = mapped_column(String(36))
    field: Mapped[str | None] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    resolved_by: Mapped[str | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)


class SearchSynonym(UUIDPk, Base):
    """A word residents use, and the word the directory uses (geldzorgen → schulden)."""

    __tablename__ = "search_synonym"

    term: Mapped[str] = mapped_column(String(200), index=True)
    expands_to: Mapped[str] = mapped_column(String(200))
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
