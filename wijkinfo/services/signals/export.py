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
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.signals.followup import OUTCOME_LABELS
from wijkinfo.services.signals.stats import check_period
from wijkinfo.services.signals.suppression import place_labels, threshold_of
from wijkinfo.services.vocabulary.places import place_names

HEADER = [
    "id",
    "datum",
    "thema",
    "wijk",
    "buurt",
    "urgentie",
    "status",
    "doorgezet_naar",
    "afgesloten",
    "uitkomst",
    "beschrijving",
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
) -> int:
    """Write signals dated in the period to ``path`` (UTF-8 with BOM for Excel); returns count."""
    require(actor, "report.view")
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
                writer = csv.writer(fh, delimiter=";")
                writer.writerow(HEADER)
                for s, (wijk, buurt) in zip(signals, places, strict=True):
                    writer.writerow(
                        [
                            safe_cell(v)
                            for v in (
                                s.id,
                                s.signal_date.strftime("%d-%m-%Y"),
                                s.theme.name,
                                wijk,
                                buurt,
                                s.urgency,
                                s.status,
                                s.forwarded_to,
                                s.closed_at.strftime("%d-%m-%Y") if s.closed_at else "",
                                OUTCOME_LABELS.get(s.outcome or "", ""),
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
