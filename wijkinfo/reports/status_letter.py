"""The status letter: tells the resident, in plain Dutch, what happened with their signal.

Never contains internal notes or who worked on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from wijkinfo.reports.fonts import register_fonts

STATUS_SENTENCES = {
    "nieuw": "We hebben uw signaal ontvangen. We gaan er zo snel mogelijk mee aan de slag.",
    "in_behandeling": "We zijn met uw signaal bezig.",
    "doorgezet": "We hebben uw signaal doorgegeven aan {forwarded_to}. Zij kijken wat er "
    "beter moet.",
    "afgehandeld": "We hebben uw signaal afgerond. Dank u wel dat u het aan ons vertelde.",
    "geannuleerd": "We doen niets meer met dit signaal.",
    "heropend": "We hebben uw signaal opnieuw opgepakt.",
}


@dataclass(frozen=True)
class LetterData:
    point_name: str
    point_address: str
    point_phone: str
    point_hours: str
    resident_name: str | None
    signal_date: date
    theme_name: str
    status: str
    forwarded_to: str | None
    today: date
    anonymise_days: int = 365


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_status_letter(data: LetterData, path: Path) -> Path:
    regular, bold = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=12, leading=17, spaceAfter=8)
    head = ParagraphStyle("head", parent=body, fontName=bold, fontSize=15, leading=20)
    small = ParagraphStyle("small", parent=body, fontSize=10, leading=13)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title="Statusbrief signaal",
        author=data.point_name,
    )
    sender = "<br/>".join(
        _esc(x) for x in (data.point_name, data.point_address, data.point_phone) if x
    )
    sentence = STATUS_SENTENCES.get(data.status, "").format(
        forwarded_to=_esc(data.forwarded_to or "een andere organisatie")
    )
    story = [
        Paragraph(sender, ParagraphStyle("sender", parent=body, fontName=bold)),
        Spacer(1, 10 * mm),
        Paragraph(data.today.strftime("%d-%m-%Y"), body),
        Paragraph("Over: uw signaal van " + data.signal_date.strftime("%d-%m-%Y"), head),
        Spacer(1, 4 * mm),
        Paragraph("Beste " + _esc(data.resident_name or "bewoner") + ",", body),
        Paragraph(
            f"Op {data.signal_date:%d-%m-%Y} vertelde u ons over een probleem met "
            f"<b>{_esc(data.theme_name.lower())}</b>. U wilde horen wat we ermee doen. "
            "Daarom krijgt u deze brief.",
            body,
        ),
        Paragraph("<b>Hoe staat het nu?</b> " + sentence, body),
        Paragraph(
            "We gebruiken signalen om de gemeente en organisaties te laten zien waar bewoners "
            "niet goed geholpen worden. Uw naam geven we daarbij niet door.",
            body,
        ),
        Paragraph("Heeft u vragen? Kom langs of bel ons.", body),
    ]
    if data.point_hours:
        story.append(Paragraph("Wij zijn open: " + _esc(data.point_hours), body))
    story += [
        Spacer(1, 6 * mm),
        Paragraph("Met vriendelijke groet,", body),
        Paragraph(_esc(data.point_name), body),
        Spacer(1, 12 * mm),
        Paragraph(
            "Uw contactgegevens bewaren we alleen om u op de hoogte te houden. We wissen ze "
            f"uiterlijk {data.anonymise_days} dagen nadat het signaal is afgerond.",
            small,
        ),
    ]
    doc.build(story)
    return path
