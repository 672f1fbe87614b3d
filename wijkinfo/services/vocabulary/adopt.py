"""The directory's own themes and wijken join the shared list when a directory comes in
(the demo, an HSDS or spreadsheet import), so that the tally and the signal form offer what the
search filters by. Codes stay the directory's, ids follow from them: every replica agrees."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from wijkinfo.db.models import AREA_TAXONOMY, THEME_TAXONOMY, Taxonomy, TaxonomyTerm
from wijkinfo.db.models.signals import SignalTheme
from wijkinfo.db.models.vocabulary import Area
from wijkinfo.services.vocabulary.codes import MAX_NAME, area_id, slug, theme_id

DEFAULT_RESPONSE_DAYS = 10


def _terms(session: Session, taxonomy: str) -> list[TaxonomyTerm]:
    return list(
        session.scalars(
            select(TaxonomyTerm)
            .join(Taxonomy, Taxonomy.id == TaxonomyTerm.taxonomy_id)
            .where(Taxonomy.name == taxonomy)
            .order_by(TaxonomyTerm.name)
        )
    )


def adopt_directory_terms(session: Session) -> int:
    """Add the directory's top-level themes and its wijken with their buurten that the list
    lacks (by code); a retired entry stays retired. Returns how many were added."""
    added = 0
    have = set(session.scalars(select(SignalTheme.code)))
    for term in _terms(session, THEME_TAXONOMY):
        if term.parent_id is None and term.code and term.code not in have:
            have.add(term.code)
            theme = SignalTheme(id=theme_id(term.code), code=term.code, name=term.name[:MAX_NAME])
            theme.response_days, theme.active = DEFAULT_RESPONSE_DAYS, True
            session.add(theme)
            added += 1
    terms = _terms(session, AREA_TAXONOMY)
    by_id = {t.id: t for t in terms}

    def top(t: TaxonomyTerm) -> TaxonomyTerm:
        seen: set[str] = set()
        while t.parent_id in by_id and t.id not in seen:
            seen.add(t.id)
            t = by_id[t.parent_id]
        return t

    def code_of(t: TaxonomyTerm) -> str:
        return t.code or f"wijk-{slug(t.name)}"

    places = set(session.scalars(select(Area.code)))
    for wanted_top in (True, False):  # wijken first: a buurt points to its wijk's row
        for t in terms:
            code = code_of(t)
            if (top(t) is t) != wanted_top or code in places or not slug(t.name):
                continue
            places.add(code)
            parent = None if wanted_top else area_id(code_of(top(t)))
            area = Area(id=area_id(code), code=code, name=t.name[:MAX_NAME], parent_id=parent)
            area.active = True
            session.add(area)
            added += 1
        session.flush()
    return added
