"""PDFs about signals: the status letter for a resident, the report for the municipality."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from wijkinfo.db.models import Signal, SignalContact
from wijkinfo.services.audit import write_audit
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.languages import check_language
from wijkinfo.services.people.auth import Actor, can, require
from wijkinfo.services.privacy.contacts import NoContactAccess, open_contact
from wijkinfo.services.settings import get_setting
from wijkinfo.services.signals.retention import ANONYMISE_KEY, DEFAULT_ANONYMISE_DAYS
from wijkinfo.services.signals.stats import signal_counts


def _check_target(path: Path) -> Path:
    path = Path(path)
    if not path.parent.is_dir():
        raise UserError("De map {folder} bestaat niet. Kies een andere plek.", folder=path.parent)
    return path


def make_status_letter(
    store: Store,
    *,
    actor: Actor,
    signal_id: str,
    path: Path,
    today: date | None = None,
    language: str = "nl",
) -> Path:
    """The letter for the resident, in their ``language`` ("nl" or "en"). Their name is opened
    for printing (and the use audited) when the actor is a signed-in coordinator with access;
    otherwise the letter says "Beste bewoner"."""
    require(actor, "signal.review")
    check_language(language)
    path = _check_target(path)
    with store.unit_of_work() as session:
        signal = session.get(Signal, signal_id)
        if signal is None:
            raise UserError("Dit signaal bestaat niet (meer). Vernieuw de lijst.")
        name = None
        contact = session.get(SignalContact, signal_id)
        if contact is not None and can(actor, "signal.contact.read") and actor.keys is not None:
            # opened for the letter only: the name goes onto the paper, nowhere else
            try:
                plain = open_contact(session, actor, contact)
            except NoContactAccess:
                plain = None
            name = plain.name if plain else None
            write_audit(session, actor, "signal.letter", entity="signal", entity_id=signal_id)
        from wijkinfo.reports.status_letter import LetterData  # reportlab only when printing

        data = LetterData(
            point_name=get_setting(session, "point_name") or "Wijkinformatiepunt",
            point_address=get_setting(session, "point_address") or "",
            point_phone=get_setting(session, "point_phone") or "",
            point_hours=get_setting(session, "point_hours") or "",
            resident_name=name,
            signal_date=signal.signal_date,
            theme_name=signal.theme.name,
            theme_name_en=signal.theme.name_en or "",
            status=signal.status,
            forwarded_to=signal.forwarded_to,
            today=today or date.today(),
            anonymise_days=int(get_setting(session, ANONYMISE_KEY) or DEFAULT_ANONYMISE_DAYS),
            language=language,
        )
    from wijkinfo.reports.status_letter import build_status_letter

    return build_status_letter(data, path)


def make_signal_report(
    store: Store,
    *,
    actor: Actor,
    path: Path,
    start: date | None = None,
    end: date | None = None,
    today: date | None = None,
    language: str = "nl",
) -> Path:
    """The PDF report for the municipality over a period, in ``language``."""
    require(actor, "report.view")
    check_language(language)
    path = _check_target(path)
    today = today or date.today()
    counts = signal_counts(store, actor=actor, start=start, end=end, today=today)
    with store.sessions() as session:
        point_name = get_setting(session, "point_name") or "Wijkinformatiepunt"
    from wijkinfo.reports.signal_report import build_signal_report  # reportlab when asked

    return build_signal_report(counts, path, point_name=point_name, today=today, language=language)
