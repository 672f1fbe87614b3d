"""The gespreksnotitie: a dossier of one organisation or service as a PDF to take to the
meeting, in plain Dutch. Small counts are printed as "< 5" (services/signals/suppression.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

from wijkinfo.reports.fonts import register_fonts
from wijkinfo.reports.signal_report import month_name, small_note, table
from wijkinfo.services.signals.dossier import Dossier
from wijkinfo.services.signals.followup import OUTCOME_LABELS
from wijkinfo.services.signals.suppression import Cell, count_text, publish

STATUS_NAMES = {"in_behandeling": "in behandeling"}


def _days(value: float) -> str:
    whole = round(value)
    return "1 dag" if whole == 1 else f"{whole} dagen"


def build_dossier_note(dossier: Dossier, path: Path, *, point_name: str, today: date) -> Path:
    regular, bold = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=11, leading=15, spaceAfter=6)
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=12)
    h1 = ParagraphStyle("h1", parent=body, fontName=bold, fontSize=17, leading=22)
    h2 = ParagraphStyle("h2", parent=body, fontName=bold, fontSize=13, leading=18, spaceBefore=8)
    k = dossier.threshold
    start = dossier.start.strftime("%d-%m-%Y") if dossier.start else "het begin"
    end = dossier.end.strftime("%d-%m-%Y") if dossier.end else today.strftime("%d-%m-%Y")
    name = escape(dossier.name)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=f"Gespreksnotitie {dossier.name}",
        author=point_name,
    )
    about = f"de {dossier.kind} <b>{name}</b>"
    if dossier.organisation:
        about += f" ({escape(dossier.organisation)})"
    story: list[object] = [
        Paragraph(f"Gespreksnotitie: signalen over {name}", h1),
        Paragraph(
            f"{escape(point_name)}. Periode: {start} tot en met {end}. "
            f"Gemaakt op {today:%d-%m-%Y}.",
            body,
        ),
        Paragraph(
            f"Een signaal is een bewoner die niet (goed) geholpen werd. In deze periode "
            f"noteerden wij <b>{count_text(dossier.total, k)}</b> signalen waarbij {about} "
            f"betrokken was. Daarvan zijn er {count_text(dossier.open_count, k)} nog open en "
            f"{count_text(dossier.closed_count, k)} afgesloten.",
            body,
        ),
        Paragraph(
            "Er staan geen namen, adressen of telefoonnummers in deze notitie, en geen "
            "interne aantekeningen. " + small_note(k),
            small,
        ),
    ]
    if dossier.per_theme:
        story += [
            Paragraph("Waar gaan de signalen over?", h2),
            table(publish(dossier.per_theme, k), ("Thema", "Signalen"), regular, bold),
        ]
    if dossier.per_month:
        cells = [Cell(month_name(c.label), c.count, c.text) for c in publish(dossier.per_month, k)]
        story += [
            Paragraph("Per maand", h2),
            table(cells, ("Maand", "Signalen"), regular, bold),
        ]
    if dossier.per_outcome:
        outcomes = [(OUTCOME_LABELS.get(o, o), n) for o, n in dossier.per_outcome]
        story += [
            Paragraph("Wat kwam ervan?", h2),
            Paragraph("Van de afgehandelde signalen:", body),
            table(publish(outcomes, k), ("Uitkomst", "Signalen"), regular, bold),
        ]
    story.append(Paragraph("Hoe lang duurde het?", h2))
    if len(dossier.durations) >= k and dossier.median_days is not None:
        story.append(
            Paragraph(
                f"Van doorzetten naar afhandelen duurde het meestal {_days(dossier.median_days)} "
                f"(de middelste waarde van {count_text(len(dossier.durations), k)} signalen). "
                f"Het langst duurde het {_days(dossier.slowest_days or 0)}.",
                body,
            )
        )
    else:
        story.append(
            Paragraph(
                f"Te weinig signalen zijn doorgezet en afgehandeld (minder dan {k}) om hier "
                "een doorlooptijd te noemen.",
                body,
            )
        )
    if dossier.items:
        story.append(Paragraph("Wat bewoners meemaakten", h2))
        story.append(
            Paragraph(
                "In hun eigen woorden, zoals de vrijwilliger het opschreef (zonder "
                "contactgegevens):",
                body,
            )
        )
        for i, item in enumerate(dossier.items, 1):
            status = STATUS_NAMES.get(item.status, item.status)
            if item.outcome:
                status += f", {OUTCOME_LABELS.get(item.outcome, item.outcome)}"
            story.append(
                KeepTogether(
                    Paragraph(
                        # "4. juli" would read as the fourth of July: the number stands apart
                        f"<b>Signaal {i} · {month_name(item.month)} · {escape(item.theme)}</b> "
                        f"({escape(status)})<br/>{escape(item.text)}",
                        body,
                    )
                )
            )
    else:
        story.append(Paragraph("In deze periode zijn geen signalen over hen genoteerd.", body))
    story += [
        Spacer(1, 6 * mm),
        Paragraph("Om te bespreken", h2),
        Paragraph("• Wat herkent u in deze signalen?", body),
        Paragraph("• Wat kan er anders, en wie doet wat?", body),
        Paragraph("• Wanneer kijken we samen of het beter gaat?", body),
    ]
    doc.build(story)
    return path
