"""The shared wijken and their buurten: the tally's wijk, the signal form's pickers, the search
filter and every report per wijk read this list.

Signals and tallies store a place's code, so that a rename does not split a report and
"Overvecht " and "overvecht" are one wijk. Text that named no place when the list came in
(migration 0010) stays as written; :func:`unlisted_places` shows it to the coordinator.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wijkinfo.db.models import ContactTally, Signal
from wijkinfo.db.models.vocabulary import Area
from wijkinfo.services.audit import write_audit
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import VOCABULARY, Change
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.vocabulary.codes import area_id, clean_name, key, slug


@dataclass(frozen=True)
class PlaceEntry:
    """A wijk (``wijk_code`` empty) or a buurt of the wijk ``wijk_code``."""

    code: str
    name: str
    wijk_code: str
    active: bool

    @property
    def is_wijk(self) -> bool:
        return not self.wijk_code


@dataclass(frozen=True)
class Unlisted:
    """Text in stored signals or tallies that names no place of the list."""

    field: str  # "wijk" or "buurt"
    text: str
    count: int


def read_places(session: Session, *, retired: bool = False) -> list[PlaceEntry]:
    """Wijken in name order, each followed by its buurten in name order."""
    rows = session.scalars(select(Area).order_by(Area.name)).all()
    codes = {a.id: a.code for a in rows}
    out: list[PlaceEntry] = []
    for wijk in rows:
        if wijk.parent_id is not None or not (retired or wijk.active):
            continue
        out.append(PlaceEntry(wijk.code, wijk.name, "", wijk.active))
        out += [
            PlaceEntry(b.code, b.name, wijk.code, b.active)
            for b in rows
            if b.parent_id == wijk.id and (retired or b.active)
        ]
    # a buurt whose wijk is gone from this replica (sync in between) still shows
    placed = {p.code for p in out}
    out += [
        PlaceEntry(b.code, b.name, codes.get(b.parent_id or "", ""), b.active)
        for b in rows
        if b.parent_id is not None and b.code not in placed and (retired or b.active)
    ]
    return out


def list_places(store: Store, *, retired: bool = False) -> list[PlaceEntry]:
    with store.sessions() as session:
        return read_places(session, retired=retired)


def list_wijken(store: Store) -> list[PlaceEntry]:
    return [p for p in list_places(store) if p.is_wijk]


def place_names(session: Session) -> dict[str, str]:
    """Every place's name by code, retired ones too (reports name what old rows say)."""
    return dict(session.execute(select(Area.code, Area.name)).all())


def resolve_place(
    session: Session, *, wijk: str | None, buurt: str | None
) -> tuple[str | None, str | None]:
    """(wijk code, buurt code) for a wijk and a buurt given by code or name; a buurt alone
    brings its wijk. Unknown or retired text raises UserError: pick from the list."""
    rows = session.scalars(select(Area).where(Area.active)).all()
    by_id = {a.id: a for a in rows}

    def find(text: str, *, buurt: bool, parent: str | None) -> Area | None:
        wanted = key(text)
        for a in rows:
            if (a.parent_id is not None) != buurt:
                continue
            owner = by_id.get(a.parent_id or "")
            if parent is not None and (owner is None or owner.code != parent):
                continue
            if text == a.code or wanted == key(a.name):
                return a
        return None

    wijk_code: str | None = None
    if wijk is not None and wijk.strip():
        found = find(wijk.strip(), buurt=False, parent=None)
        if found is None:
            raise UserError(
                "‘{value}’ staat niet in de lijst van wijken. Kies een wijk uit de lijst.",
                value=wijk.strip()[:50],
            )
        wijk_code = found.code
    if buurt is None or not buurt.strip():
        return wijk_code, None
    found = find(buurt.strip(), buurt=True, parent=wijk_code)
    if found is None:
        raise UserError(
            "‘{value}’ staat niet in de lijst van buurten van deze wijk. Kies een buurt uit de "
            "lijst.",
            value=buurt.strip()[:50],
        )
    parent = by_id.get(found.parent_id or "")
    return (wijk_code or (parent.code if parent else None)), found.code


def _get(session: Session, code: str) -> Area:
    area = session.scalar(select(Area).where(Area.code == code))
    if area is None:
        raise UserError("De wijk of buurt {code} bestaat niet (meer).", code=code)
    return area


def _clash(session: Session, name: str, parent_id: str | None, besides: str = "") -> Area | None:
    """A place of the same name at the same level (wijken, or the buurten of one wijk)."""
    wanted = key(name)
    level = Area.parent_id.is_(None) if parent_id is None else Area.parent_id == parent_id
    for a in session.scalars(select(Area).where(level)):
        if a.code != besides and key(a.name) == wanted:
            return a
    return None


def add_place(store: Store, *, actor: Actor, name: str, wijk_code: str = "") -> PlaceEntry:
    """A new wijk, or a buurt of ``wijk_code``; at once in the tally, the form and the filters."""
    require(actor, "directory.edit")
    clean = clean_name(name, place=True)
    with store.unit_of_work(author=actor.user_id) as session:
        parent = _get(session, wijk_code) if wijk_code else None
        if parent is not None and parent.parent_id is not None:
            raise UserError("Een buurt hoort bij een wijk, niet bij een andere buurt.")
        same = _clash(session, clean, parent.id if parent else None)
        if same is not None and same.active:
            raise UserError("‘{name}’ staat al in de lijst.", name=same.name)
        if same is not None:
            same.active = True  # adding a retired place again brings it back
            area = same
        else:
            code = f"buurt-{slug(clean)}" if parent else f"wijk-{slug(clean)}"
            if session.scalar(select(Area.id).where(Area.code == code)) is not None:
                code = f"buurt-{slug(parent.name)}-{slug(clean)}" if parent else code
            if session.scalar(select(Area.id).where(Area.code == code)) is not None:
                raise UserError("‘{name}’ staat al in de lijst.", name=clean)
            area = Area(
                id=area_id(code), code=code, name=clean, parent_id=parent.id if parent else None
            )
            area.active = True
            session.add(area)
            session.flush()
        write_audit(session, actor, "area.add", entity="area", entity_id=area.code)
        entry = PlaceEntry(area.code, area.name, parent.code if parent else "", True)
    store.events.publish(Change(VOCABULARY, (entry.code,)))
    return entry


def rename_place(store: Store, *, actor: Actor, code: str, name: str) -> PlaceEntry:
    """A better spelling; the code stays, so old signals and counts follow the new name."""
    require(actor, "directory.edit")
    clean = clean_name(name, place=True)
    with store.unit_of_work(author=actor.user_id) as session:
        area = _get(session, code)
        same = _clash(session, clean, area.parent_id, besides=code)
        if same is not None:
            raise UserError("‘{name}’ staat al in de lijst.", name=same.name)
        area.name = clean
        write_audit(session, actor, "area.rename", entity="area", entity_id=code)
        parent = session.get(Area, area.parent_id) if area.parent_id else None
        entry = PlaceEntry(code, clean, parent.code if parent else "", area.active)
    store.events.publish(Change(VOCABULARY, (code,)))
    return entry


def set_place_active(store: Store, *, actor: Actor, code: str, active: bool) -> PlaceEntry:
    """Retire a place (no longer offered; old signals and counts keep it) or bring it back.
    Retiring a wijk retires its buurten; bringing back a buurt brings back its wijk."""
    require(actor, "directory.edit")
    with store.unit_of_work(author=actor.user_id) as session:
        area = _get(session, code)
        area.active = bool(active)
        if not active:
            for buurt in session.scalars(select(Area).where(Area.parent_id == area.id)):
                buurt.active = False
        parent = session.get(Area, area.parent_id) if area.parent_id else None
        if active and parent is not None:
            parent.active = True
        action = "area.restore" if active else "area.retire"
        write_audit(session, actor, action, entity="area", entity_id=code)
        entry = PlaceEntry(code, area.name, parent.code if parent else "", area.active)
    store.events.publish(Change(VOCABULARY, (code,)))
    return entry


def unlisted_places(store: Store, *, actor: Actor) -> list[Unlisted]:
    """Wijk and buurt text in signals and tallies that is no code of the list, most first:
    what the list could not place when it came in, kept as written for the coordinator."""
    require(actor, "signal.review")
    with store.sessions() as session:
        codes = select(Area.code)
        found: list[Unlisted] = []
        for field, column in (
            ("wijk", Signal.wijk),
            ("buurt", Signal.buurt),
            ("wijk", ContactTally.wijk),
        ):
            query = (
                select(column, func.count())
                .where(column.is_not(None), column != "", column.not_in(codes))
                .group_by(column)
            )
            found += [Unlisted(field, str(text), n) for text, n in session.execute(query)]
    merged: dict[tuple[str, str], int] = {}
    for u in found:
        merged[(u.field, u.text)] = merged.get((u.field, u.text), 0) + u.count
    return sorted(
        (Unlisted(f, t, n) for (f, t), n in merged.items()), key=lambda u: (-u.count, u.text)
    )
