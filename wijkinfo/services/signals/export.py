"""Signals to CSV for coordinators' spreadsheets and scripts. Never contact details or notes.

Places follow the small-numbers rule (suppression.py): a buurt with fewer signals in the file
than the threshold is left out (the row keeps its wijk), a wijk with fewer becomes "overige
wijken", so no row can be traced to one household by where it came from.
"""

from __future__ import annotations

import csv
import os
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from wijkinfo.db.models import Signal
from wijkinfo.services.audit import write_audit
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.exchange.csv_cells import guard_cell
from wijkinfo.services.languages import check_language, csv_delimiter, date_text, text_in
from wijkinfo.services.messages import Message, Named
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.signals.stats import check_period
from wijkinfo.services.signals.suppression import place_labels, threshold_of
from wijkinfo.services.signals.words import OUTCOME_WORDS, STATUS_WORDS, URGENCY_WORDS, word
from wijkinfo.services.vocabulary.places import place_names

HEADER = [
    Message("id"),
    Message("datum"),
    Message("thema"),
    Message("wijk"),
    Message("buurt"),
    Message("urgentie"),
    Message("status"),
    Message("doorgezet_naar"),
    Message("afgesloten"),
    Message("uitkomst"),
    Message("beschrijving"),
]


def safe_cell(value: object) -> str:
    """Text a spreadsheet will not run as a formula (CSV injection): the one shared rule."""
    return guard_cell(value)


def export_csv(
    store: Store,
    *,
    actor: Actor,
    path: Path,
    start: date | None = None,
    end: date | None = None,
    language: str = "nl",
) -> int:
    """Write signals dated in the period to ``path`` (UTF-8 with BOM for Excel); returns count.

    Headings, dates and fixed words (theme, urgency, status, outcome) in ``language``; what
    people typed (description, forwarded to) and place names as they are."""
    require(actor, "report.view")
    check_language(language)
    check_period(start, end)
    path = Path(path)
    if not path.parent.is_dir():
        raise UserError("De map {folder} bestaat niet. Kies een andere plek.", folder=path.parent)
    tmp = path.with_name(path.name + ".tmp")
    count = 0
    with store.unit_of_work() as session:
        query = select(Signal).options(selectinload(Signal.theme)).order_by(Signal.signal_date)
        if start:
            query = query.where(Signal.signal_date >= start)
        if end:
            query = query.where(Signal.signal_date <= end)
        signals = session.scalars(query).all()
        names = place_names(session)
        places = place_labels(
            [(names.get(s.wijk or "", s.wijk), names.get(s.buurt or "", s.buurt)) for s in signals],
            threshold_of(session),
        )
        try:
            with tmp.open("w", newline="", encoding="utf-8-sig") as fh:
                writer = csv.writer(fh, delimiter=csv_delimiter(language))
                writer.writerow([text_in(h, language) for h in HEADER])
                for s, (wijk, buurt) in zip(signals, places, strict=True):
                    writer.writerow(
                        [
                            safe_cell(v)
                            for v in (
                                s.id,
                                date_text(s.signal_date, language),
                                text_in(Named(s.theme.name, s.theme.name_en or ""), language),
                                text_in(wijk, language),
                                buurt,
                                text_in(word(URGENCY_WORDS, s.urgency), language),
                                text_in(word(STATUS_WORDS, s.status), language),
                                s.forwarded_to,
                                date_text(s.closed_at, language),
                                text_in(word(OUTCOME_WORDS, s.outcome), language),
                                s.description,
                            )
                        ]
                    )
                    count += 1
            os.replace(tmp, path)  # a half-written file never takes the real name
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise UserError(
                "Het bestand {path} kan niet worden geschreven: {reason}.",
                path=path,
                reason=exc.strerror or exc,
            ) from None
        write_audit(session, actor, "signal.export", detail=f"{count} signalen naar {path.name}")
    return count
