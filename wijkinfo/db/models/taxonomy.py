"""Taxonomies (the desk's themes, wijken and buurten) and HSDS attributes linking them."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wijkinfo.db.base import Base, UUIDPk

# Names of the taxonomies wijkinfo itself relies on.
THEME_TAXONOMY = "wijkinfo-thema"
AREA_TAXONOMY = "wijkinfo-wijk"


class Taxonomy(UUIDPk, Base):
    __tablename__ = "taxonomy"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    uri: Mapped[str | None] = mapped_column(String(2000))
    version: Mapped[str | None] = mapped_column(String(50))


class TaxonomyTerm(UUIDPk, Base):
    __tablename__ = "taxonomy_term"

    taxonomy_id: Mapped[str | None] = mapped_column(
        ForeignKey("taxonomy.id", ondelete="CASCADE"), index=True
    )
    parent_id: Mapped[str | None] = mapped_column(
        ForeignKey("taxonomy_term.id", ondelete="SET NULL"), index=True
    )
    code: Mapped[str | None] = mapped_column(String(200), index=True)
    name: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str | None] = mapped_column(String(20))
    term_uri: Mapped[str | None] = mapped_column(String(2000))

    taxonomy: Mapped[Taxonomy | None] = relationship()
    parent: Mapped[TaxonomyTerm | None] = relationship(remote_side="TaxonomyTerm.id")


class Attribute(UUIDPk, Base):
    """HSDS attribute: links any record (``link_entity``/``link_id``) to a term or a value.

    wijkinfo uses labels ``thema``, ``wijk``, ``buurt`` and ``trefwoorden`` on services.
    """

    __tablename__ = "attribute"
    __table_args__ = (Index("ix_attribute_link", "link_entity", "link_id"),)

    link_id: Mapped[str] = mapped_column(String(36))
    link_type: Mapped[str | None] = mapped_column(String(100))
    link_entity: Mapped[str] = mapped_column(String(50))
    taxonomy_term_id: Mapped[str | None] = mapped_column(
        ForeignKey("taxonomy_term.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str | None] = mapped_column(String(200))
    value: Mapped[str | None] = mapped_column(Text)

    taxonomy_term: Mapped[TaxonomyTerm | None] = relationship()
