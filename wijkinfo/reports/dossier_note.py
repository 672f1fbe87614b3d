"""The gespreksnotitie: a dossier of one organisation or service as a PDF to take to the
meeting, in plain Dutch (or English). Small counts are printed as "< 5" (services/signals/suppression.py)."""

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
from wijkinfo.services.languages import date_text, text_in
from wijkinfo.services.messages import Message
from wijkinfo.services.signals.dossier import Dossier
from wijkinfo.services.signals.suppression import Cell, count_text, publish
from wijkinfo.services.signals.words import KIND_WORDS, OUTCOME_WORDS, STATUS_WORDS, word


def _days(value: float, language: str) -> str:
    whole = round(value)
    days = Message("1 dag") if whole == 1 else Message("{n} dagen", n=whole)
    return text_in(days, language)


def build_dossier_note(
    dossier: Dossier, path: Path, *, point_name: str, today: date, language: str = "nl"
) -> Path:
    """The note as PDF, its words, dates and numbers in ``language`` (the UI's); what
    residents told the volunteer stays as it was written."""

    def said(message: Message) -> str:
        return escape(text_in(message, language))

    def plain(message: object) -> str:  # a table cell: no markup
        return text_in(message, language)

    def count(n: int) -> str:
        return count_text(n, k, language)

    def cells(rows: list[tuple[str, int]] | tuple[tuple[str, int], ...]) -> list[Cell]:
        return [
            Cell(text_in(c.label, language), c.count, c.text)
            for c in publish(rows, k, language=language)
        ]

    regular, bold = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=11, leading=15, spaceAfter=6)
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=12)
    h1 = ParagraphStyle("h1", parent=body, fontName=bold, fontSize=17, leading=22)
    h2 = ParagraphStyle("h2", parent=body, fontName=bold, fontSize=13, leading=18, spaceBefore=8)
    k = dossier.threshold
    start = date_text(dossier.start, language) if dossier.start else plain(Message("het begin"))
    end = date_text(dossier.end or today, language)
    signals = plain(Message("Signalen"))
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=plain(Message("Gespreksnotitie {name}", name=dossier.name)),
        author=point_name,
    )
    kind = plain(word(KIND_WORDS, dossier.kind))
    if dossier.organisation:
        about = Message(
            "de {kind} {name} ({organisation})",
            kind=kind,
            name=dossier.name,
            organisation=dossier.organisation,
        )
    else:
        about = Message("de {kind} {name}", kind=kind, name=dossier.name)
    story: list[object] = [
        Paragraph(said(Message("Gespreksnotitie: signalen over {name}", name=dossier.name)), h1),
        Paragraph(
            said(
                Message(
                    "{point}. Periode: {start} tot en met {end}. Gemaakt op {today}.",
                    point=point_name,
                    start=start,
                    end=end,
                    today=date_text(today, language),
                )
            ),
            body,
        ),
        Paragraph(
            said(
                Message(
                    "Een signaal is een bewoner die niet (goed) geholpen werd. In deze periode "
                    "noteerden wij {total} signalen waarbij {about} betrokken was. Daarvan zijn "
                    "er {open} nog open en {closed} afgesloten.",
                    total=count(dossier.total),
                    about=about,
                    open=count(dossier.open_count),
                    closed=count(dossier.closed_count),
                )
            ),
            body,
        ),
        Paragraph(
            said(
                Message(
                    "Er staan geen namen, adressen of telefoonnummers in deze notitie, en geen "
                    "interne aantekeningen."
                )
            )
            + " "
            + small_note(k, language),
            small,
        ),
    ]
    if dossier.per_theme:
        story += [
            Paragraph(said(Message("Waar gaan de signalen over?")), h2),
            table(cells(dossier.per_theme), (plain(Message("Thema")), signals), regular, bold),
        ]
    if dossier.per_month:
        months = [
            Cell(month_name(c.label, language), c.count, c.text)
            for c in publish(dossier.per_month, k, language=language)
        ]
        story += [
            Paragraph(said(Message("Per maand")), h2),
            table(months, (plain(Message("Maand")), signals), regular, bold),
        ]
    if dossier.per_outcome:
        outcomes = [(word(OUTCOME_WORDS, o), n) for o, n in dossier.per_outcome]
        story += [
            Paragraph(said(Message("Wat kwam ervan?")), h2),
            Paragraph(said(Message("Van de afgehandelde signalen:")), body),
            table(cells(outcomes), (plain(Message("Uitkomst")), signals), regular, bold),
        ]
    story.append(Paragraph(said(Message("Hoe lang duurde het?")), h2))
    if len(dossier.durations) >= k and dossier.median_days is not None:
        took = Message(
            "Van doorzetten naar afhandelen duurde het meestal {median} (de middelste waarde "
            "van {count} signalen). Het langst duurde het {longest}.",
            median=_days(dossier.median_days, language),
            count=count(len(dossier.durations)),
            longest=_days(dossier.slowest_days or 0, language),
        )
        story.append(Paragraph(said(took), body))
    else:
        too_few = Message(
            "Te weinig signalen zijn doorgezet en afgehandeld (minder dan {k}) om hier een "
            "doorlooptijd te noemen.",
            k=k,
        )
        story.append(Paragraph(said(too_few), body))
    if dossier.items:
        story.append(Paragraph(said(Message("Wat bewoners meemaakten")), h2))
        story.append(
            Paragraph(
                said(
                    Message(
                        "In hun eigen woorden, zoals de vrijwilliger het opschreef (zonder "
                        "contactgegevens):"
                    )
                ),
                body,
            )
        )
        for i, item in enumerate(dossier.items, 1):
            status = plain(word(STATUS_WORDS, item.status))
            if item.outcome:
                status += ", " + plain(word(OUTCOME_WORDS, item.outcome))
            # "4. juli" would read as the fourth of July: the number stands apart
            heading = Message(
                "Signaal {n} · {month} · {theme}",
                n=i,
                month=month_name(item.month, language),
                theme=item.theme,
            )
            story.append(
                KeepTogether(
                    Paragraph(
                        f"<b>{said(heading)}</b> ({escape(status)})<br/>{escape(item.text)}",
                        body,
                    )
                )
            )
    else:
        story.append(
            Paragraph(said(Message("In deze periode zijn geen signalen over hen genoteerd.")), body)
        )
    story += [
        Spacer(1, 6 * mm),
        Paragraph(said(Message("Om te bespreken")), h2),
        Paragraph("• " + said(Message("Wat herkent u in deze signalen?")), body),
        Paragraph("• " + said(Message("Wat kan er anders, en wie doet wat?")), body),
        Paragraph("• " + said(Message("Wanneer kijken we samen of het beter gaat?")), body),
    ]
    doc.build(story)
    return path
