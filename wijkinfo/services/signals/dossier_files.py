"""The dossier written to a file: a PDF gespreksnotitie, or CSV for a spreadsheet."""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from wijkinfo.services.audit import write_audit
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.exchange.csv_cells import guard_cell
from wijkinfo.services.languages import check_language, csv_delimiter, text_in
from wijkinfo.services.messages import Message
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.settings import get_setting
from wijkinfo.services.signals.dossier import Dossier, Subject, build_dossier
from wijkinfo.services.signals.suppression import count_text, publish
from wijkinfo.services.signals.words import KIND_WORDS, OUTCOME_WORDS, word


def output_kind(path: Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in (".pdf", ".csv"):
        raise UserError("Kies een bestand dat eindigt op .pdf of .csv.")
    return suffix[1:]


def _csv_rows(dossier: Dossier, language: str = "nl") -> list[list[str]]:
    k = dossier.threshold

    def said(value: object) -> str:
        return text_in(value, language)

    def count(n: int) -> str:
        return count_text(n, k, language)

    def table(part: Message, rows: Sequence[tuple[str, int]]) -> list[list[str]]:
        return [[said(part), said(c.label), c.text] for c in publish(rows, k, language=language)]

    kind = KIND_WORDS.get(dossier.kind, dossier.kind)
    state, days = said(Message("stand")), said(Message("doorlooptijd"))
    rows = [
        [
            said(Message("onderdeel")),
            said(Message("omschrijving")),
            said(Message("aantal of tekst")),
        ],
        [said(Message("dossier")), f"{said(kind)}: {dossier.name}", ""],
        [
            said(Message("periode")),
            dossier.start.isoformat() if dossier.start else "",
            dossier.end.isoformat() if dossier.end else "",
        ],
        [said(Message("totaal")), said(Message("signalen")), count(dossier.total)],
        [state, said(Message("open")), count(dossier.open_count)],
        [state, said(Message("afgesloten")), count(dossier.closed_count)],
    ]
    rows += table(Message("thema"), dossier.per_theme)
    rows += table(Message("maand"), dossier.per_month)
    rows += table(
        Message("uitkomst"), [(word(OUTCOME_WORDS, o), n) for o, n in dossier.per_outcome]
    )
    if len(dossier.durations) >= k and dossier.median_days is not None:
        rows.append([days, said(Message("mediaan (dagen)")), f"{dossier.median_days:g}"])
        rows.append([days, said(Message("langst (dagen)")), str(dossier.slowest_days)])
    for item in dossier.items:
        rows.append([said(Message("beschrijving")), f"{item.month} {said(item.theme)}", item.text])
    return rows


def write_dossier(
    store: Store,
    *,
    actor: Actor,
    subject: Subject,
    path: Path,
    start: date | None = None,
    end: date | None = None,
    today: date | None = None,
    language: str = "nl",
) -> Dossier:
    """Write the dossier of ``subject`` to ``path`` (.pdf or .csv), its words, dates and
    numbers in ``language``; the export is audited."""
    require(actor, "report.view")
    check_language(language)
    path = Path(path)
    kind = output_kind(path)
    if not path.parent.is_dir():
        raise UserError("De map {folder} bestaat niet. Kies een andere plek.", folder=path.parent)
    dossier = build_dossier(store, actor=actor, subject=subject, start=start, end=end)
    today = today or date.today()
    tmp = path.with_name(path.name + ".tmp")
    try:
        if kind == "pdf":
            from wijkinfo.reports.dossier_note import build_dossier_note  # reportlab when asked

            with store.sessions() as session:
                point = get_setting(session, "point_name") or "Wijkinformatiepunt"
            build_dossier_note(dossier, tmp, point_name=point, today=today, language=language)
        else:
            with tmp.open("w", newline="", encoding="utf-8-sig") as fh:
                writer = csv.writer(fh, delimiter=csv_delimiter(language))
                for row in _csv_rows(dossier, language):
                    writer.writerow([guard_cell(v) for v in row])
        os.replace(tmp, path)  # a half-written file never takes the real name
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(
            "Het bestand {path} kan niet worden geschreven: {reason}.",
            path=path,
            reason=exc.strerror or exc,
        ) from None
    with store.unit_of_work() as session:
        write_audit(
            session,
            actor,
            "signal.dossier",
            entity="organization" if subject.kind == "organisatie" else "service",
            entity_id=subject.id,
            detail=f"{dossier.total} signalen naar {path.name}",
        )
    return dossier
