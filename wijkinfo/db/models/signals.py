"""Signals: a resident not (well) helped, with its history. Contact details live apart."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wijkinfo.db.base import Base, UUIDPk, utcnow

SIGNAL_STATUSES = (
    "nieuw",
    "in_behandeling",
    "doorgezet",
    "afgehandeld",
    "geannuleerd",
    "heropend",
)
URGENCIES = ("laag", "normaal", "hoog")
#: What came of a closed signal, as the reports and the dossier count it.
OUTCOMES = ("opgelost", "deels", "niet_opgelost", "onbekend")


class SignalTheme(UUIDPk, Base):
    """A theme of the one shared list (tally buttons, signals, search filters, reports), with
    the response-time target a coordinator sets for signals. ``name_en`` is shown in the English
    UI when a coordinator gave one. Retired (``active`` false), never deleted."""

    __tablename__ = "signal_theme"

    code: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str | None] = mapped_column(String(200))
    parent_id: Mapped[str | None] = mapped_column(
        ForeignKey("signal_theme.id", ondelete="SET NULL")
    )
    response_days: Mapped[int] = mapped_column(Integer, default=10)
    active: Mapped[bool] = mapped_column(default=True)


class Signal(UUIDPk, Base):
    __tablename__ = "signal"

    signal_date: Mapped[date] = mapped_column(Date, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    origin_replica: Mapped[str | None] = mapped_column(String(36))
    theme_id: Mapped[str] = mapped_column(ForeignKey("signal_theme.id"), index=True)
    wijk: Mapped[str | None] = mapped_column(String(200), index=True)
    buurt: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    urgency: Mapped[str] = mapped_column(String(10), default="normaal")
    status: Mapped[str] = mapped_column(String(20), default="nieuw", index=True)
    forwarded_to: Mapped[str | None] = mapped_column(String(500))
    assigned_to: Mapped[str | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    # What was agreed with whom the signal went to, and when to ask how it went.
    agreement: Mapped[str | None] = mapped_column(Text)
    follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)
    outcome: Mapped[str | None] = mapped_column(String(20))
    # Optimistic concurrency: a second coordinator's stale edit is refused, not merged silently.
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    # The review queue reads newest first, by status, theme or assignee, one page at a time.
    # The counts read these indexes alone (covering), never the rows with their long texts.
    __table_args__ = (
        Index("ix_signal_queue_order", "signal_date", "created_at"),
        Index("ix_signal_status_date", "status", "signal_date"),
        Index("ix_signal_theme_status_date", "theme_id", "status", "signal_date"),
        Index("ix_signal_assigned_status", "assigned_to", "status", "signal_date"),
        Index("ix_signal_wijk_buurt", "wijk", "buurt", "status"),
        Index("ix_signal_status_outcome", "status", "outcome"),
    )

    theme: Mapped[SignalTheme] = relationship()
    history: Mapped[list[SignalStatusChange]] = relationship(
        back_populates="signal", cascade="all, delete-orphan", order_by="SignalStatusChange.at"
    )
    notes: Mapped[list[SignalNote]] = relationship(
        back_populates="signal", cascade="all, delete-orphan", order_by="SignalNote.at"
    )
    organizations: Mapped[list[SignalOrganization]] = relationship(cascade="all, delete-orphan")


class SignalOrganization(Base):
    __tablename__ = "signal_organization"

    signal_id: Mapped[str] = mapped_column(
        ForeignKey("signal.id", ondelete="CASCADE"), primary_key=True
    )
    organization_id: Mapped[str] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), primary_key=True
    )


class SignalStatusChange(UUIDPk, Base):
    __tablename__ = "signal_status_change"

    signal_id: Mapped[str] = mapped_column(ForeignKey("signal.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    user_id: Mapped[str | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    note: Mapped[str | None] = mapped_column(Text)

    signal: Mapped[Signal] = relationship(back_populates="history")


class SignalNote(UUIDPk, Base):
    """An internal note by a coordinator; never printed for the resident."""

    __tablename__ = "signal_note"

    signal_id: Mapped[str] = mapped_column(ForeignKey("signal.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user_id: Mapped[str | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)

    signal: Mapped[Signal] = relationship(back_populates="notes")


class SignalContact(Base):
    """Contact details, only when the resident asked for feedback and consented.

    Kept apart from the signal so that access is a separate right and anonymising
    is a delete of this row's fields, not an edit of the signal. The details themselves are
    sealed: this database holds no readable name, phone number or e-mail of a resident.
    """

    __tablename__ = "signal_contact"

    signal_id: Mapped[str] = mapped_column(
        ForeignKey("signal.id", ondelete="CASCADE"), primary_key=True
    )
    #: name, phone and e-mail as JSON, sealed to the organisation key ``org_key_id``
    #: (services/privacy/contacts.py); NULL once wiped
    sealed: Mapped[str | None] = mapped_column(Text)
    org_key_id: Mapped[str | None] = mapped_column(String(36))
    consent_date: Mapped[date] = mapped_column(Date)
    anonymised_at: Mapped[datetime | None] = mapped_column(DateTime)


class SignalTrace(UUIDPk, Base):
    """What is left of a deleted signal: enough to count, nothing about the resident."""

    __tablename__ = "signal_trace"

    signal_id: Mapped[str] = mapped_column(String(36), unique=True)
    theme_code: Mapped[str] = mapped_column(String(100))
    month: Mapped[str] = mapped_column(String(7))
    deleted_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SavedSignalFilter(UUIDPk, Base):
    __tablename__ = "saved_signal_filter"

    user_id: Mapped[str | None] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    criteria_json: Mapped[str] = mapped_column(Text, default="{}")
