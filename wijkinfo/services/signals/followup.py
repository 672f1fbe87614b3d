"""What came of a signal: what was agreed on forwarding, when to ask how it went, the outcome.

On *doorgezet* the coordinator writes down to whom and what was agreed, with a date to follow
up; the overdue list shows the follow-ups whose date has passed. On *afgehandeld* the outcome
(opgelost, deels, niet opgelost, onbekend) is kept, and the reports and the dossier count it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from wijkinfo.db.models import Signal
from wijkinfo.db.models.signals import OUTCOMES, SignalTheme
from wijkinfo.services.audit import write_audit
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import SIGNALS, Change
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.signals.due import CLOSED

OUTCOME_COLUMN = Signal.outcome
OUTCOME_LABELS = {
    "opgelost": "opgelost",
    "deels": "deels opgelost",
    "niet_opgelost": "niet opgelost",
    "onbekend": "onbekend",
}
MAX_AGREEMENT = 2000
MAX_FOLLOW_UP_DAYS = 366


@dataclass(frozen=True)
class FollowUp:
    signal_id: str
    signal_date: date
    theme_name: str
    forwarded_to: str | None
    agreement: str | None
    follow_up_on: date
    days_late: int
    version: int


def check_outcome(outcome: str | None) -> str:
    """The outcome of a closing; none given counts as *onbekend*."""
    outcome = outcome or "onbekend"
    if outcome not in OUTCOMES:
        raise UserError(
            "Kies wat het signaal opleverde: opgelost, deels, niet opgelost of onbekend."
        )
    return outcome


def check_agreement(text: str | None) -> str | None:
    text = (text or "").strip() or None
    if text and len(text) > MAX_AGREEMENT:
        raise UserError("De afspraak is te lang (hoogstens {max} tekens).", max=MAX_AGREEMENT)
    return text


def check_follow_up(value: date | None, *, today: date) -> date | None:
    if value is None:
        return None
    if not isinstance(value, date):
        raise UserError("Vul de datum voor navragen in als dd-mm-jjjj.")
    if value < today:
        raise UserError(
            "De datum voor navragen ({day}) ligt in het verleden. Kies vandaag of later.",
            day=value.strftime("%d-%m-%Y"),
        )
    if value > today + timedelta(days=MAX_FOLLOW_UP_DAYS):
        raise UserError("Navragen kan hoogstens een jaar vooruit. Kies een eerdere datum.")
    return value


def parse_follow_up(text: str) -> date:
    """A follow-up date as typed (dd-mm-jjjj); the range is checked when it is saved."""
    from wijkinfo.services.signals.intake import _dutch_date

    try:
        return _dutch_date(text.strip())
    except ValueError:
        raise UserError(
            "{text} is geen bestaande datum. Schrijf de datum als dd-mm-jjjj.", text=text.strip()
        ) from None


def overdue_follow_ups(store: Store, *, actor: Actor, today: date | None = None) -> list[FollowUp]:
    """Open signals whose follow-up date has come, longest waiting first."""
    require(actor, "signal.review")
    today = today or date.today()
    with store.sessions() as session:
        rows = session.execute(
            select(
                Signal.id,
                Signal.signal_date,
                SignalTheme.name,
                Signal.forwarded_to,
                Signal.agreement,
                Signal.follow_up_on,
                Signal.version,
            )
            .join(Signal.theme)
            .where(
                Signal.follow_up_on.is_not(None),
                Signal.follow_up_on <= today,
                Signal.status.not_in(CLOSED),
            )
            .order_by(Signal.follow_up_on, Signal.signal_date)
        ).all()
    return [
        FollowUp(r[0], r[1], r[2], r[3], r[4], r[5] or today, (today - (r[5] or today)).days, r[6])
        for r in rows
    ]


def set_follow_up(
    store: Store,
    *,
    actor: Actor,
    signal_id: str,
    expected_version: int,
    follow_up_on: date | None,
    agreement: str | None = None,
    today: date | None = None,
) -> None:
    """Move the follow-up date (or clear it), optionally writing down a new agreement."""
    require(actor, "signal.review")

    today = today or date.today()
    when = check_follow_up(follow_up_on, today=today)
    text = check_agreement(agreement)

    stale = UserError(
        "Iemand anders heeft dit signaal net gewijzigd. Er is niets overschreven. "
        "Bekijk de nieuwe stand en probeer het opnieuw."
    )

    def edit(session: Session) -> None:
        signal = session.get(Signal, signal_id)
        if signal is None:
            raise UserError("Dit signaal bestaat niet (meer). Vernieuw de lijst.")
        if signal.version != expected_version:
            raise stale
        if signal.status in CLOSED:
            raise UserError("Dit signaal is al afgesloten; navragen is niet meer nodig.")
        signal.follow_up_on = when
        if text:
            signal.agreement = text
        write_audit(
            session,
            actor,
            "signal.follow_up",
            entity="signal",
            entity_id=signal.id,
            detail=when.isoformat() if when else "geen",
        )

    try:
        with store.unit_of_work() as session:
            edit(session)
    except StaleDataError:  # a write slipped in between our read and our write
        raise stale from None
    store.events.publish(Change(SIGNALS, (signal_id,)))
