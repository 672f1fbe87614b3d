"""How old a service's last check may be before the desk is warned that it may be out of date."""

from __future__ import annotations

from sqlalchemy.orm import Session

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import SETTINGS, Change
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.settings import get_setting, set_setting

MOST_MONTHS = 120


def stale_months_in(session: Session) -> int:
    """The term as stored (12 months unless a coordinator changed it)."""
    return int(get_setting(session, "stale_after_months"))


def stale_after_months(store: Store) -> int:
    with store.sessions() as session:
        return stale_months_in(session)


def save_stale_after_months(store: Store, *, actor: Actor, months: object) -> int:
    """Warn at the desk when a service was last checked more than ``months`` months ago."""
    require(actor, "settings.edit")
    if isinstance(months, bool) or not isinstance(months, int):
        text = str(months).strip()
        if not text.isdigit():
            raise UserError("Vul een aantal maanden in als getal, bijvoorbeeld 12.")
        months = int(text) if len(text) <= 4 else MOST_MONTHS + 1
    if not 1 <= months <= MOST_MONTHS:
        raise UserError("Kies een aantal maanden van 1 tot en met {most}.", most=MOST_MONTHS)
    with store.unit_of_work() as session:
        set_setting(session, "stale_after_months", months)
    store.events.publish(Change(SETTINGS, ("stale_after_months",)))
    return months
