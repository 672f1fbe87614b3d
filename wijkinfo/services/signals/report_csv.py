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
from wijkinfo.services.languages import check_language, csv_delimiter, text_in
from wijkinfo.services.messages import Message
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.signals.stats import SignalCounts, signal_counts
from wijkinfo.services.signals.suppression import count_text, merge_buurten, publish
from wijkinfo.services.signals.words import CHANNEL_WORDS, OUTCOME_WORDS, STATUS_WORDS, word


def report_rows(counts: SignalCounts, language: str = "nl") -> list[list[str]]:
    """Rows of (part, label, count) as they may leave the app, in ``language``."""
    k = counts.threshold

    def said(value: object) -> str:
        return text_in(value, language)

    def count(n: int) -> str:
        return count_text(n, k, language)

    total, signals = said(Message("totaal")), said(Message("signalen"))
    rows = [
        [said(Message("onderdeel")), said(Message("omschrijving")), said(Message("aantal"))],
        [total, signals, count(counts.total)],
        [total, said(Message("open en te laat")), count(counts.overdue_open)],
    ]
    parts: list[tuple[Message, list[tuple[str, int]], bool]] = [
        (Message("maand"), list(counts.per_month), True),
        (Message("thema"), list(counts.per_theme), True),
        (Message("wijk"), list(counts.per_wijk), True),
        (Message("buurt"), list(merge_buurten(counts.per_buurt, k)), True),
        (Message("status"), [(word(STATUS_WORDS, s), n) for s, n in counts.per_status], True),
        (Message("uitkomst"), [(word(OUTCOME_WORDS, o), n) for o, n in counts.per_outcome], True),
        (
            Message("contacten per kanaal"),
            [(word(CHANNEL_WORDS, c), n) for c, n in counts.tallies_per_channel],
            True,
        ),
        (Message("contacten per onderwerp"), list(counts.tallies_per_theme), False),
    ]
    for part, cells, total_shown in parts:
        published = publish(cells, k, total_shown=total_shown, language=language)
        rows += [[said(part), said(c.label), c.text] for c in published]
    return rows


def write_report(
    store: Store,
    *,
    actor: Actor,
    path: Path,
    start: date | None = None,
    end: date | None = None,
    today: date | None = None,
    language: str = "nl",
) -> Path:
    """The municipality report to ``path``: a PDF, or CSV when the name ends in .csv; its
    words, dates and numbers in ``language``."""
    require(actor, "report.view")
    check_language(language)
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".csv"):
        raise UserError("Kies een bestand dat eindigt op .pdf of .csv.")
    if not path.parent.is_dir():
        raise UserError("De map {folder} bestaat niet. Kies een andere plek.", folder=path.parent)
    if suffix == ".pdf":
        from wijkinfo.services.signals.documents import make_signal_report

        return make_signal_report(
            store, actor=actor, path=path, start=start, end=end, today=today, language=language
        )
    counts = signal_counts(store, actor=actor, start=start, end=end, today=today)
    tmp = path.with_name(path.name + ".tmp")
    try:
        with tmp.open("w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh, delimiter=csv_delimiter(language))
            for row in report_rows(counts, language):
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
