"""The information point's own details: the letterhead and footer of every referral sheet."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from wijkinfo.reports.referral_data import logo_problem
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.directory.phones import format_phone, parse_dutch
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import SETTINGS, Change
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.settings import get_setting, set_setting

LOGO_NAME = "logo"


@dataclass(frozen=True)
class PointSettings:
    name: str
    address: str
    phone: str
    hours: str
    logo: str


def _text(value: str | None) -> str:
    return " ".join((value or "").split())


def load_point_settings(store: Store) -> PointSettings:
    with store.sessions() as session:
        return PointSettings(
            name=get_setting(session, "point_name") or "",
            address=get_setting(session, "point_address") or "",
            phone=get_setting(session, "point_phone") or "",
            hours=get_setting(session, "point_hours") or "",
            logo=get_setting(session, "point_logo") or "",
        )


def save_point_settings(
    store: Store,
    *,
    actor: Actor,
    name: str,
    address: str = "",
    phone: str = "",
    hours: str = "",
    logo: str = "",
) -> PointSettings:
    """Check and save the letterhead. A new logo is copied into the data folder, so the sheet
    still prints when the original file (on a USB stick, in Downloads) is gone."""
    require(actor, "settings.edit")
    name, address, hours = _text(name), _text(address), _text(hours)
    if not name:
        raise UserError("Vul de naam van het informatiepunt in.")
    if len(name) > 120:
        raise UserError("De naam is te lang (meer dan {max} tekens). Maak hem korter.", max=120)
    if len(address) > 200:
        raise UserError("Het adres is te lang (meer dan {max} tekens). Maak het korter.", max=200)
    if len(hours) > 200:
        raise UserError(
            "De openingstijden zijn te lang (meer dan {max} tekens). Maak ze korter.", max=200
        )
    phone = (phone or "").strip()
    if phone:
        parse_dutch(phone)  # raises a clear message for a wrong number
        phone = format_phone(phone)
    logo = (logo or "").strip()
    current = load_point_settings(store)
    if logo and logo != current.logo:
        problem = logo_problem(logo)
        if problem:
            raise UserError(
                "Het logo {file} kan niet worden gebruikt. Kies een PNG- of JPG-bestand.",
                file=logo,
            )
        target = store.paths.root / (LOGO_NAME + Path(logo).suffix.lower())
        try:
            shutil.copyfile(logo, target)
        except OSError as exc:
            raise UserError(
                "Het logo {file} kan niet worden gekopieerd. Kies een ander bestand.", file=logo
            ) from exc
        logo = str(target)
    with store.unit_of_work() as session:
        for key, value in (
            ("point_name", name),
            ("point_address", address),
            ("point_phone", phone),
            ("point_hours", hours),
            ("point_logo", logo),
        ):
            set_setting(session, key, value)
    store.events.publish(Change(SETTINGS, ("point",)))
    return PointSettings(name, address, phone, hours, logo)
