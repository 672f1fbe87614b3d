"""Logging a signal at the desk: a resident not (well) helped. No name needed.

Contact details are optional and only with the resident's explicit consent; they are stored
apart (``SignalContact``), sealed to the organisation key before anything is written.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, cast

from sqlalchemy import select

from wijkinfo.db.base import utcnow
from wijkinfo.db.models import Organization, Setting, Signal, SignalContact, SignalStatusChange
from wijkinfo.db.models.signals import URGENCIES, SignalOrganization, SignalTheme
from wijkinfo.services.audit import write_audit
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import SIGNALS, Change
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.privacy.contacts import seal_contact
from wijkinfo.services.vocabulary.places import read_places, resolve_place

MAX_DESCRIPTION = 2000
MAX_PLACE = 200
OLDEST_DATE = date(2000, 1, 1)
DESCRIPTION_HINT = "Geen namen, geen gezondheidsgegevens: beschrijf wat er misging."
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class ThemeInfo:
    id: str
    code: str
    name: str
    parent_id: str | None
    response_days: int
    name_en: str = ""  # shown in the English UI when a coordinator gave one


@dataclass(frozen=True)
class ContactInput:
    """What the resident gives when they want feedback. ``consent`` is never assumed."""

    name: str = ""
    phone: str = ""
    email: str = ""
    consent: bool = False
    consent_date: date | None = None

    def is_empty(self) -> bool:
        return not (self.name.strip() or self.phone.strip() or self.email.strip())


@dataclass(frozen=True)
class LoggedSignal:
    id: str
    signal_date: date
    theme_code: str
    status: str
    has_contact: bool
    organization_ids: tuple[str, ...] = field(default_factory=tuple)


def list_themes(store: Store) -> list[ThemeInfo]:
    with store.sessions() as session:
        rows = session.scalars(
            select(SignalTheme).where(SignalTheme.active).order_by(SignalTheme.name)
        )
        return [
            ThemeInfo(t.id, t.code, t.name, t.parent_id, t.response_days, t.name_en or "")
            for t in rows
        ]


def list_organizations(store: Store) -> list[tuple[str, str]]:
    """(id, name) of the directory's organisations, to pick the ones involved."""
    with store.sessions() as session:
        return [
            (r.id, r.name)
            for r in session.execute(
                select(Organization.id, Organization.name).order_by(Organization.name)
            )
        ]


def known_wijken(store: Store) -> list[tuple[str, str]]:
    """(code, name) of the list's wijken, retired ones too, then text that signals carry from
    before the list: every value the review queue can filter on."""
    with store.sessions() as session:
        listed = [(p.code, p.name) for p in read_places(session, retired=True) if p.is_wijk]
        codes = {code for code, _name in listed}
        stored = session.scalars(select(Signal.wijk).distinct())
        return listed + sorted((w, w) for w in stored if w and w not in codes)


def parse_date(value: date | str | None, *, today: date) -> date:
    """A signal's date: a real date, not in the future, not before 2000."""
    if isinstance(value, date):
        day = value
    elif isinstance(value, str) and value.strip():
        text = value.strip()
        parsed: date | None = None
        for parse in (_dutch_date, date.fromisoformat):
            try:
                parsed = parse(text)
                break
            except ValueError:
                continue
        if parsed is None:
            raise UserError(
                "{text} is geen bestaande datum. Schrijf de datum als dd-mm-jjjj, "
                "bijvoorbeeld 23-11-2026.",
                text=text,
            )
        day = parsed
    else:
        raise UserError("Vul de datum in (dd-mm-jjjj).")
    if day > today:
        raise UserError(
            "De datum {day} ligt in de toekomst. Een signaal gaat over iets dat al gebeurd is.",
            day=day.strftime("%d-%m-%Y"),
        )
    if day < OLDEST_DATE:
        raise UserError(
            "De datum {day} is te lang geleden. Kijk de datum na.", day=day.strftime("%d-%m-%Y")
        )
    return day


def _dutch_date(text: str) -> date:
    parts = re.split(r"[-/.]", text)
    if len(parts) != 3 or len(parts[2]) != 4:
        raise ValueError(text)
    return date(int(parts[2]), int(parts[1]), int(parts[0]))


def _check_text(description: object) -> str:
    if not isinstance(description, str) or not description.strip():
        raise UserError("Beschrijf wat er misging. Dit veld is verplicht.")
    text = description.strip()
    if len(text) > MAX_DESCRIPTION:
        raise UserError(
            "De beschrijving is te lang: {length} tekens, hoogstens {max}. Maak hem korter.",
            length=len(text),
            max=MAX_DESCRIPTION,
        )
    return text


def _check_place(value: object, what: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise UserError("{what} moet tekst zijn.", what=what)
    value = value.strip()
    if len(value) > MAX_PLACE:
        raise UserError("{what} is te lang (hoogstens {max} tekens).", what=what, max=MAX_PLACE)
    return value or None


def _check_contact(contact: ContactInput | None, today: date) -> ContactInput | None:
    if contact is None or contact.is_empty():
        return None
    if contact.consent is not True:
        raise UserError(
            "Contactgegevens mogen alleen met toestemming van de bewoner. Vink de toestemming "
            "aan, of laat de contactgegevens leeg."
        )
    if not (contact.phone.strip() or contact.email.strip()):
        raise UserError("Vul een telefoonnummer of e-mailadres in, zodat we kunnen terugbellen.")
    if contact.email.strip() and not _EMAIL.match(contact.email.strip()):
        raise UserError("{email} is geen geldig e-mailadres.", email=contact.email.strip())
    if len(contact.name) > 500 or len(contact.phone) > 50 or len(contact.email) > 320:
        raise UserError("De contactgegevens zijn te lang. Kijk ze na.")
    return contact


def log_signal(
    store: Store,
    *,
    actor: Actor,
    signal_date: date | str | None,
    theme_code: str,
    description: str,
    wijk: str | None = None,
    buurt: str | None = None,
    urgency: str = "normaal",
    organization_ids: tuple[str, ...] | list[str] = (),
    contact: ContactInput | None = None,
    service_ids: tuple[str, ...] | list[str] = (),
    today: date | None = None,
) -> LoggedSignal:
    """Save a new signal (status *nieuw*). Bad input raises UserError and saves nothing."""
    require(actor, "signal.create")
    today = today or date.today()
    day = parse_date(signal_date, today=today)
    text = _check_text(description)
    wijk = _check_place(wijk, "De wijk")
    buurt = _check_place(buurt, "De buurt")
    if urgency not in URGENCIES:
        raise UserError("Kies de urgentie: laag, normaal of hoog.")
    contact = _check_contact(contact, today)
    if not theme_code:
        raise UserError("Kies een thema uit de lijst.")
    with store.unit_of_work(author=actor.user_id) as session:
        theme = session.scalar(
            select(SignalTheme).where(SignalTheme.code == theme_code, SignalTheme.active)
        )
        if theme is None:
            raise UserError(
                "Het thema {theme} bestaat niet. Kies een thema uit de lijst.", theme=theme_code
            )
        # from the shared list, stored by code: a report per wijk does not depend on spelling
        wijk, buurt = resolve_place(session, wijk=wijk, buurt=buurt)
        org_ids = tuple(dict.fromkeys(organization_ids))
        for org_id in org_ids:
            if session.get(Organization, org_id) is None:
                raise UserError("Een gekozen organisatie staat niet (meer) in de sociale kaart.")
        signal = Signal(
            signal_date=day,
            created_by=actor.user_id,
            theme_id=theme.id,
            wijk=wijk,
            buurt=buurt,
            description=text,
            urgency=urgency,
            status="nieuw",
        )
        session.add(signal)
        session.flush()
        signal.organizations = [
            SignalOrganization(signal_id=signal.id, organization_id=o) for o in org_ids
        ]
        from wijkinfo.services.signals.links import link_services

        link_services(session, signal.id, tuple(service_ids))
        session.add(
            SignalStatusChange(
                signal_id=signal.id,
                from_status=None,
                to_status="nieuw",
                user_id=actor.user_id,
                at=utcnow(),
            )
        )
        if contact is not None:
            sealed, org_key_id = seal_contact(
                session,
                signal_id=signal.id,
                name=contact.name.strip() or None,
                phone=contact.phone.strip() or None,
                email=contact.email.strip() or None,
            )
            session.add(
                SignalContact(
                    signal_id=signal.id,
                    sealed=sealed,
                    org_key_id=org_key_id,
                    consent_date=contact.consent_date or today,
                )
            )
        write_audit(session, actor, "signal.create", entity="signal", entity_id=signal.id)
        result = LoggedSignal(signal.id, day, theme.code, "nieuw", contact is not None, org_ids)
    store.events.publish(Change(SIGNALS, (result.id,)))
    return result


def add_working_days(start: date, days: int) -> date:
    """``start`` plus ``days`` working days (Monday to Friday)."""
    day = start
    left = days
    while left > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day


# Drafts: kept in a settings row per person while typing, so a crash or a closed window loses
# nothing. Contact details are never part of a draft.
DRAFT_FIELDS = (
    "signal_date",
    "theme_code",
    "wijk",
    "buurt",
    "description",
    "urgency",
    "organization_ids",
    "service_ids",
)


def _draft_key(actor: Actor) -> str:
    return f"signal_draft:{actor.user_id or actor.name}"


def save_draft(store: Store, *, actor: Actor, draft: dict[str, Any]) -> None:
    require(actor, "signal.create")
    clean = {k: draft[k] for k in DRAFT_FIELDS if k in draft}
    with store.unit_of_work() as session:
        row = session.get(Setting, _draft_key(actor))
        payload = json.dumps(clean, ensure_ascii=False)
        if row:
            row.value_json = payload
        else:
            session.add(Setting(key=_draft_key(actor), value_json=payload))


def load_draft(store: Store, *, actor: Actor) -> dict[str, Any] | None:
    require(actor, "signal.create")
    with store.sessions() as session:
        row = session.get(Setting, _draft_key(actor))
        # the draft is what save_draft wrote: a JSON object of DRAFT_FIELDS
        return cast(dict[str, Any], json.loads(row.value_json)) if row else None


def clear_draft(store: Store, *, actor: Actor) -> None:
    with store.unit_of_work() as session:
        row = session.get(Setting, _draft_key(actor))
        if row:
            session.delete(row)
