"""The status letter: tells the resident, in plain Dutch or English, what happened with their
signal.

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
from wijkinfo.reports.referral_data import ENGLISH_MONTHS
from wijkinfo.services.languages import text_in
from wijkinfo.services.messages import Message, Named

STATUS_SENTENCES = {
    "nieuw": Message(
        "We hebben uw signaal ontvangen. We gaan er zo snel mogelijk mee aan de slag."
    ),
    "in_behandeling": Message("We zijn met uw signaal bezig."),
    "doorgezet": Message(
        "We hebben uw signaal doorgegeven aan {forwarded_to}. Zij kijken wat er beter moet.",
        forwarded_to="{forwarded_to}",
    ),
    "afgehandeld": Message("We hebben uw signaal afgerond. Dank u wel dat u het aan ons vertelde."),
    "geannuleerd": Message("We doen niets meer met dit signaal."),
    "heropend": Message("We hebben uw signaal opnieuw opgepakt."),
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
    #: the language the resident reads: "nl" or "en"
    language: str = "nl"
    #: the theme's English name, when a coordinator gave one
    theme_name_en: str = ""


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _date(day: date, language: str) -> str:
    if language == "en":
        return f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}"
    return day.strftime("%d-%m-%Y")


def build_status_letter(data: LetterData, path: Path) -> Path:
    language = data.language

    def said(message: Message) -> str:
        return _esc(text_in(message, language))

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
        title=text_in(Message("Statusbrief signaal"), language),
        author=data.point_name,
    )
    sender = "<br/>".join(
        _esc(x) for x in (data.point_name, data.point_address, data.point_phone) if x
    )
    forwarded_to = data.forwarded_to or text_in(Message("een andere organisatie"), language)
    template = STATUS_SENTENCES.get(data.status)
    sentence = said(Message(template.template, forwarded_to=forwarded_to)) if template else ""
    when = _date(data.signal_date, language)
    theme = text_in(Named(data.theme_name, data.theme_name_en), language).lower()
    resident = data.resident_name or text_in(Message("bewoner"), language)
    story = [
        Paragraph(sender, ParagraphStyle("sender", parent=body, fontName=bold)),
        Spacer(1, 10 * mm),
        Paragraph(_date(data.today, language), body),
        Paragraph(said(Message("Over: uw signaal van {when}", when=when)), head),
        Spacer(1, 4 * mm),
        Paragraph(said(Message("Beste {name},", name=resident)), body),
        Paragraph(
            said(
                Message(
                    "Op {when} vertelde u ons over een probleem met {theme}. U wilde horen "
                    "wat we ermee doen. Daarom krijgt u deze brief.",
                    when=when,
                    theme="\x00",  # a mark where the bold theme goes, after escaping
                )
            ).replace("\x00", f"<b>{_esc(theme)}</b>"),
            body,
        ),
        Paragraph(f"<b>{said(Message('Hoe staat het nu?'))}</b> " + sentence, body),
        Paragraph(
            said(
                Message(
                    "We gebruiken signalen om de gemeente en organisaties te laten zien waar "
                    "bewoners niet goed geholpen worden. Uw naam geven we daarbij niet door."
                )
            ),
            body,
        ),
    ]
    story.append(Paragraph(said(Message("Heeft u vragen? Kom langs of bel ons.")), body))
    if data.point_hours:
        story.append(
            Paragraph(said(Message("Wij zijn open: {hours}", hours=data.point_hours)), body)
        )
    story += [
        Spacer(1, 6 * mm),
        Paragraph(said(Message("Met vriendelijke groet,")), body),
        Paragraph(_esc(data.point_name), body),
        Spacer(1, 12 * mm),
        Paragraph(
            said(
                Message(
                    "Uw contactgegevens bewaren we alleen om u op de hoogte te houden. We wissen "
                    "ze uiterlijk {days} dagen nadat het signaal is afgerond.",
                    days=data.anonymise_days,
                )
            ),
            small,
        ),
    ]
    doc.build(story)
    return path
