"""The information point's own wijk and city: the search ranks services there first.

Stored per desk (settings do not sync): a desk in Oost and one in Zuid share a directory but
not their neighbourhood.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from wijkinfo.db.fts import area_token_city, area_token_wijk
from wijkinfo.db.models.taxonomy import AREA_TAXONOMY
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import SETTINGS, Change
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.search.filters import term_ids
from wijkinfo.services.search.ranking import Locality
from wijkinfo.services.settings import get_setting, set_setting

WIJK_KEY = "desk_wijk"
CITY_KEY = "desk_city"
MAX_CITY = 100


@dataclass(frozen=True)
class DeskArea:
    """The desk's wijk (a code or name from the wijk list, "" when not set) and city."""

    wijk: str = ""
    city: str = ""


def read_desk_area(session: Session) -> DeskArea:
    return DeskArea(
        wijk=str(get_setting(session, WIJK_KEY) or ""),
        city=str(get_setting(session, CITY_KEY) or ""),
    )


def locality(session: Session, area: DeskArea) -> Locality:
    """The desk's area as index tokens (a wijk that no longer exists counts as not set)."""
    ids = term_ids(session, AREA_TAXONOMY, area.wijk) if area.wijk else []
    city = area_token_city(area.city) if area.city.strip() else None
    return Locality(
        wijk_tokens=tuple(area_token_wijk(i) for i in ids),
        city_token=city if city != "ct" else None,
    )


def load_desk_area(store: Store) -> DeskArea:
    with store.sessions() as session:
        return read_desk_area(session)


def save_desk_area(store: Store, *, actor: Actor, wijk: str, city: str) -> DeskArea:
    """Set the desk's wijk and city ("" clears one); coordinators only."""
    require(actor, "settings.edit")
    if not isinstance(wijk, str) or not isinstance(city, str):
        raise UserError("Kies een wijk uit de lijst en vul een plaatsnaam in.")
    wijk, city = wijk.strip(), " ".join(city.split())
    if len(city) > MAX_CITY:
        raise UserError("De plaatsnaam is te lang (meer dan {max} tekens).", max=MAX_CITY)
    with store.unit_of_work(author=actor.user_id) as session:
        if wijk and not term_ids(session, AREA_TAXONOMY, wijk):
            raise UserError(
                "‘{value}’ is geen bekende wijk of buurt. Kies er een uit de lijst.",
                value=wijk[:50],
            )
        set_setting(session, WIJK_KEY, wijk)
        set_setting(session, CITY_KEY, city)
    store.events.publish(Change(SETTINGS, ("desk_area",)))
    return DeskArea(wijk, city)
