"""The information point's own details: the letterhead and footer of every referral sheet."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from wijkinfo.reports.referral_data import logo_problem
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.directory.phones import format_phone, parse_dutch
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import SETTINGS, Change
from wijkinfo.services.people.auth import Actor
from wijkinfo.services.people.first_run import require_or_set_up
from wijkinfo.services.settings import get_setting, set_setting

LOGO_NAME = "logo"
#: A letterhead logo is small; a bigger file is a mistake (a photo) or worse (a decompression bomb).
MAX_LOGO_BYTES = 5 * 1024 * 1024
MAX_LOGO_PIXELS = 6000 * 6000
_MAGIC = {b"\x89PNG\r\n\x1a\n": ".png", b"\xff\xd8\xff": ".jpg"}


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


def _usable_logo(path: str) -> str:
    """The suffix the copy gets (from the file's content, not its name), or one clear line."""
    refused = UserError(
        "Het logo {file} kan niet worden gebruikt. Kies een PNG- of JPG-bestand van hoogstens "
        "5 MB.",
        file=Path(path).name,
    )
    p = Path(path)
    try:
        if not p.is_file() or p.stat().st_size > MAX_LOGO_BYTES:
            raise refused
        with p.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise refused from exc
    suffix = next((s for magic, s in _MAGIC.items() if head.startswith(magic)), None)
    if suffix is None or logo_problem(path):
        raise refused
    from reportlab.lib.utils import ImageReader

    try:
        width, height = ImageReader(str(p)).getSize()
    except Exception as exc:  # any unreadable image is refused the same way
        raise refused from exc
    if width * height > MAX_LOGO_PIXELS:
        raise refused
    return suffix


def _check_allowed(store: Store, actor: Actor | None) -> None:
    """Before anything is checked or copied: a refusal leaves no logo in the data folder."""
    with store.sessions() as session:
        require_or_set_up(session, actor, "settings.edit")


def save_point_settings(
    store: Store,
    *,
    actor: Actor | None,
    name: str,
    address: str = "",
    phone: str = "",
    hours: str = "",
    logo: str = "",
) -> PointSettings:
    """Check and save the letterhead. A new logo is copied into the data folder, so the sheet
    still prints when the original file (on a USB stick, in Downloads) is gone.

    A coordinator may; so may anyone while no user exists yet (the first-run assistant)."""
    _check_allowed(store, actor)
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
    staged: Path | None = None
    target: Path | None = None
    if logo and logo != current.logo:
        suffix = _usable_logo(logo)
        target = store.paths.root / (LOGO_NAME + suffix)
        staged = target.with_name(f".{target.name}.{os.getpid()}.new")
        try:
            shutil.copyfile(logo, staged)
        except OSError as exc:
            staged.unlink(missing_ok=True)
            raise UserError(
                "Het logo {file} kan niet worden gekopieerd. Kies een ander bestand.", file=logo
            ) from exc
        logo = str(target)
    try:
        with store.unit_of_work() as session:
            require_or_set_up(session, actor, "settings.edit")
            for key, value in (
                ("point_name", name),
                ("point_address", address),
                ("point_phone", phone),
                ("point_hours", hours),
                ("point_logo", logo),
            ):
                set_setting(session, key, value)
    except BaseException:
        if staged is not None:
            staged.unlink(missing_ok=True)
        raise
    if staged is not None and target is not None:
        # Only now the old logo is replaced: a refusal above leaves the letterhead as it was.
        os.replace(staged, target)
    store.events.publish(Change(SETTINGS, ("point",)))
    return PointSettings(name, address, phone, hours, logo)
