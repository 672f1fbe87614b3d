"""The municipality report as CSV (the same counts as the PDF, the same small-numbers rule)."""

from __future__ import annotations

import csv
import os
from datetime import date
from pathlib import Path

from wijkinfo.services.audit import write_audit
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.exchange.csv_cells import guard_cell
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.signals.followup import OUTCOME_LABELS
from wijkinfo.services.signals.stats import SignalCounts, signal_counts
from wijkinfo.services.signals.suppression import count_text, merge_buurten, publish


def report_rows(counts: SignalCounts) -> list[list[str]]:
    """Rows of (part, label, count) as they may leave the app."""
    k = counts.threshold
    rows = [
        ["onderdeel", "omschrijving", "aantal"],
        ["totaal", "signalen", count_text(counts.total, k)],
        ["totaal", "open en te laat", count_text(counts.overdue_open, k)],
    ]
    parts: list[tuple[str, list[tuple[str, int]], bool]] = [
        ("maand", list(counts.per_month), True),
        ("thema", list(counts.per_theme), True),
        ("wijk", list(counts.per_wijk), True),
        ("buurt", list(merge_buurten(counts.per_buurt, k)), True),
        ("status", list(counts.per_status), True),
        ("uitkomst", [(OUTCOME_LABELS.get(o, o), n) for o, n in counts.per_outcome], True),
        ("contacten per kanaal", list(counts.tallies_per_channel), True),
        ("contacten per onderwerp", list(counts.tallies_per_theme), False),
    ]
    for part, cells, total_shown in parts:
        rows += [[part, c.label, c.text] for c in publish(cells, k, total_shown=total_shown)]
    return rows


def write_report(
    store: Store,
    *,
    actor: Actor,
    path: Path,
    start: date | None = None,
    end: date | None = None,
    today: date | None = None,
) -> Path:
    """The municipality report to ``path``: a PDF, or CSV when the name ends in .csv."""
    require(actor, "report.view")
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".csv"):
        raise UserError("Kies een bestand dat eindigt op .pdf of .csv.")
    if not path.parent.is_dir():
        raise UserError("De map {folder} bestaat niet. Kies een andere plek.", folder=path.parent)
    if suffix == ".pdf":
        from wijkinfo.services.signals.documents import make_signal_report

        return make_signal_report(store, actor=actor, path=path, start=start, end=end, today=today)
    counts = signal_counts(store, actor=actor, start=start, end=end, today=today)
    tmp = path.with_name(path.name + ".tmp")
    try:
        with tmp.open("w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh, delimiter=";")
            for row in report_rows(counts):
                writer.writerow([guard_cell(v) for v in row])
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(
            "Het bestand {path} kan niet worden geschreven: {reason}.",
            path=path,
            reason=exc.strerror or exc,
        ) from None
    with store.unit_of_work() as session:
        write_audit(session, actor, "signal.report", detail=path.name)
    return path
