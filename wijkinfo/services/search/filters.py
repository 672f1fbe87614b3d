"""The desk's filters (theme, wijk/buurt, language, age, free of charge, open now) as SQL."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from wijkinfo.db.models import Schedule, Taxonomy, TaxonomyTerm
from wijkinfo.db.models.taxonomy import AREA_TAXONOMY, THEME_TAXONOMY
from wijkinfo.services.directory.hours import ScheduleRule, is_open_at, parse_byday
from wijkinfo.services.errors import UserError
from wijkinfo.services.search.terms import normalize

MAX_AGE = 130


@dataclass(frozen=True)
class SearchFilters:
    """Filters that combine with the query. Theme and wijk take a code or a name."""

    theme: str | None = None
    wijk: str | None = None
    language: str | None = None
    age: int | None = None
    free: bool = False
    open_now: bool = False
    #: only services in the desk's own wijk (the setting in services/search/desk_area.py)
    only_my_wijk: bool = False

    @property
    def any(self) -> bool:
        return bool(
            self.theme
            or self.wijk
            or self.language
            or self.age is not None
            or self.free
            or self.open_now
            or self.only_my_wijk
        )


@dataclass(frozen=True)
class TermChoice:
    """A theme or area for the filter lists; ``depth`` 1 for a buurt under a wijk."""

    code: str
    name: str
    depth: int
    name_en: str = ""  # a theme's English name from the shared list, when it has one


def term_choices(session: Session, taxonomy: str) -> list[TermChoice]:
    """The terms of a taxonomy as a tree, parents followed by their children."""
    rows = session.execute(
        select(TaxonomyTerm.id, TaxonomyTerm.parent_id, TaxonomyTerm.code, TaxonomyTerm.name)
        .join(Taxonomy, Taxonomy.id == TaxonomyTerm.taxonomy_id)
        .where(Taxonomy.name == taxonomy)
        .order_by(TaxonomyTerm.name)
    ).all()
    # parent id -> (id, code, name) of its children, in name order
    children: dict[str | None, list[tuple[str, str, str]]] = {}
    for row in rows:
        children.setdefault(row.parent_id, []).append((row.id, row.code or row.id, row.name))
    known = {row.id for row in rows}
    out: list[TermChoice] = []

    def walk(parent: str | None, depth: int) -> None:
        for term_id, code, name in children.get(parent, []):
            out.append(TermChoice(code, name, depth))
            walk(term_id, depth + 1)

    walk(None, 0)
    for parent in children:  # orphans whose parent is in another taxonomy
        if parent is not None and parent not in known:
            walk(parent, 0)
    return out


def listed_choices(session: Session, taxonomy: str) -> list[TermChoice]:
    """The directory's terms as the shared list names them: a retired entry is left out, a
    renamed one has its new name. Terms the list does not know stay as the directory has them."""
    from wijkinfo.services.vocabulary.places import read_places
    from wijkinfo.services.vocabulary.themes import read_themes

    if taxonomy == THEME_TAXONOMY:
        listed = {t.code: (t.name, t.name_en, t.active) for t in read_themes(session, retired=True)}
    else:
        listed = {p.code: (p.name, "", p.active) for p in read_places(session, retired=True)}
    out = []
    for choice in term_choices(session, taxonomy):
        name, name_en, active = listed.get(choice.code, (choice.name, "", True))
        if active:
            out.append(TermChoice(choice.code, name, choice.depth, name_en))
    return out


def term_ids(session: Session, taxonomy: str, wanted: str) -> list[str]:
    """The term named (by code or name) and every term below it."""
    rows = session.execute(
        select(TaxonomyTerm.id, TaxonomyTerm.parent_id, TaxonomyTerm.code, TaxonomyTerm.name)
        .join(Taxonomy, Taxonomy.id == TaxonomyTerm.taxonomy_id)
        .where(Taxonomy.name == taxonomy)
    ).all()
    key = normalize(wanted.strip())
    roots = [r.id for r in rows if normalize(r.code or "") == key or normalize(r.name) == key]
    if not roots:
        return []
    ids, frontier = set(roots), list(roots)
    while frontier:
        parent = frontier.pop()
        for r in rows:
            if r.parent_id == parent and r.id not in ids:
                ids.add(r.id)
                frontier.append(r.id)
    return sorted(ids)


def filter_sql(session: Session, filters: SearchFilters) -> tuple[str, dict[str, object]]:
    """A SQL condition on service ``s`` (``1`` when there are no filters) and its parameters.

    Open now is not here: it needs the schedules in Python (see ``open_now_ids``).
    """
    parts: list[str] = []
    params: dict[str, object] = {}
    for key, taxonomy, value in (
        ("theme", THEME_TAXONOMY, filters.theme),
        ("wijk", AREA_TAXONOMY, filters.wijk),
    ):
        if value is None:
            continue
        ids = term_ids(session, taxonomy, value) if value.strip() and len(value) <= 200 else []
        if not ids and key == "theme":
            raise UserError(
                "‘{value}’ is geen bekend thema. Kies een thema uit de lijst.", value=value[:50]
            )
        if not ids:
            raise UserError(
                "‘{value}’ is geen bekende wijk of buurt. Kies er een uit de lijst.",
                value=value[:50],
            )
        marks = ", ".join(f":{key}{i}" for i in range(len(ids)))
        params.update({f"{key}{i}": tid for i, tid in enumerate(ids)})
        parts.append(
            "s.id IN (SELECT a.link_id FROM attribute a WHERE a.link_entity = 'service' "
            f"AND a.taxonomy_term_id IN ({marks}))"
        )
    if filters.language is not None:
        language = filters.language.strip().lower()
        if not language or len(language) > 50:
            raise UserError("Kies een taal uit de lijst.")
        params["language"] = language
        parts.append(
            "EXISTS (SELECT 1 FROM language l WHERE l.service_id = s.id "
            "AND (lower(l.code) = :language OR lower(l.name) = :language))"
        )
    if filters.age is not None:
        if (
            isinstance(filters.age, bool)
            or not isinstance(filters.age, int)
            or not (0 <= filters.age <= MAX_AGE)
        ):
            raise UserError("Vul een leeftijd in van 0 tot {max} jaar.", max=MAX_AGE)
        params["age"] = filters.age
        parts.append(
            "(s.minimum_age IS NULL OR s.minimum_age <= :age) "
            "AND (s.maximum_age IS NULL OR s.maximum_age >= :age)"
        )
    if filters.free:
        # is_free is often unknown; the cost text saying "gratis" counts too.
        parts.append(
            "(s.is_free = 1 OR (s.is_free IS NULL AND lower(s.fees_description) LIKE 'gratis%'))"
        )
    return (" AND ".join(parts) or "1"), params


def schedule_rules(rows: Iterable[Schedule]) -> list[ScheduleRule]:
    return [
        ScheduleRule(
            byday=parse_byday(r.byday),
            opens_at=r.opens_at,
            closes_at=r.closes_at,
            valid_from=r.valid_from,
            valid_to=r.valid_to,
            is_closed=r.is_closed,
            description=r.description,
        )
        for r in rows
    ]


def open_now_ids(session: Session, service_ids: list[str], now: datetime) -> set[str]:
    """Which of these services are open at ``now`` (weekly hours minus closures)."""
    by_service: dict[str, list[Schedule]] = {}
    for start in range(0, len(service_ids), 500):
        chunk = service_ids[start : start + 500]
        for row in session.scalars(select(Schedule).where(Schedule.service_id.in_(chunk))):
            if row.service_id is not None:  # always, by the query; the column allows none
                by_service.setdefault(row.service_id, []).append(row)
    return {sid for sid, rows in by_service.items() if is_open_at(schedule_rules(rows), now)}


def known_languages(session: Session) -> list[tuple[str, str]]:
    """(code, name) of the languages services offer, for the filter list."""
    rows: Sequence[tuple[str, str | None]] = session.execute(
        text(
            "SELECT lower(code), min(name) FROM language WHERE service_id IS NOT NULL "
            "AND code IS NOT NULL GROUP BY lower(code) ORDER BY min(name)"
        )
    ).all()
    return [(code, name or code) for code, name in rows]
