"""The shared list of wijken and buurten that tallies, signals, search and reports name.

Themes live in ``signal_theme`` (models/signals.py): the same list, with a response time for
signals. A wijk is an area without a parent; a buurt has its wijk as parent. Rows are retired
(``active`` false), never deleted, because old tallies and signals still name them by code.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from wijkinfo.db.base import Base, UUIDPk


class Area(UUIDPk, Base):
    __tablename__ = "area"

    code: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    parent_id: Mapped[str | None] = mapped_column(
        ForeignKey("area.id", ondelete="SET NULL"), index=True
    )
    active: Mapped[bool] = mapped_column(default=True)
