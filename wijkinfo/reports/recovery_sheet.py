"""The recovery sheet: the code that restores access to residents' contact details, on paper.

Plain Dutch (or English) for whoever finds it in the safe years later: what it is, when to use it, how.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from wijkinfo.reports.fonts import register_fonts
from wijkinfo.services.languages import date_text, text_in
from wijkinfo.services.messages import Message

STEPS = (
    Message(
        "Start wijkinfo. Kies bij <b>Aanmelden</b> de knop <b>Herstelcode gebruiken…</b>. Of "
        "typ op de opdrachtregel: <font face='Courier'>wijkinfo recover NAAM</font>."
    ),
    Message("Typ de naam van een coördinator, de code hierboven en een nieuw wachtwoord."),
    Message(
        "Die coördinator kan weer aanmelden en ziet de contactgegevens weer. Geef daarna andere "
        "coördinatoren weer toegang in <b>Beheer › Gebruikers en privacy</b>."
    ),
    Message(
        "Maak meteen een nieuw herstelblad en vernietig dit blad: wie het leest, kan de "
        "contactgegevens van bewoners openen."
    ),
)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_recovery_sheet(
    path: Path, *, code: str, point_name: str, today: date, language: str = "nl"
) -> Path:
    """The sheet in ``language`` (the UI's); its texts hold their own markup (bold, Courier)."""

    def said(message: Message) -> str:
        return text_in(message, language)

    regular, bold = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=12, leading=17, spaceAfter=8)
    head = ParagraphStyle("head", parent=body, fontName=bold, fontSize=17, leading=22)
    code_style = ParagraphStyle(
        "code", parent=body, fontName="Courier-Bold", fontSize=22, leading=30, spaceBefore=6
    )
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=said(Message("Herstelblad wijkinfo")),
        author=point_name,
    )
    made = Message(
        "Gemaakt op {day}. Bewaar dit blad op een veilige plek, bijvoorbeeld in een kluis. Niet "
        "bij de laptop.",
        day=date_text(today, language),
    )
    story = [
        Paragraph(said(Message("Herstelblad wijkinfo: {point}", point=_esc(point_name))), head),
        Paragraph(said(made), body),
        Spacer(1, 4 * mm),
        Paragraph(said(Message("Herstelcode:")), body),
        Paragraph(_esc(code), code_style),
        Spacer(1, 6 * mm),
        Paragraph(said(Message("<b>Waarvoor is dit blad?</b>")), body),
        Paragraph(
            said(
                Message(
                    "wijkinfo versleutelt de telefoonnummers, e-mailadressen en namen van "
                    "bewoners. Alleen coördinatoren kunnen ze lezen, met hun eigen wachtwoord. "
                    "Zijn alle coördinatoren hun wachtwoord kwijt? Dan geeft deze code weer "
                    "toegang."
                )
            ),
            body,
        ),
        Paragraph(
            said(
                Message(
                    "<b>Zonder dit blad en zonder wachtwoord zijn de contactgegevens voor altijd "
                    "weg.</b> Niemand kan ze dan nog openen, ook de maker van wijkinfo niet."
                )
            ),
            body,
        ),
        Paragraph(said(Message("<b>Zo gebruikt u de code</b>")), body),
    ]
    for n, step in enumerate(STEPS, start=1):
        story.append(Paragraph(f"{n}. {said(step)}", body))
    story.append(Spacer(1, 6 * mm))
    story.append(
        Paragraph(
            said(
                Message("Is er later een nieuw herstelblad gemaakt? Dan werkt deze code niet meer.")
            ),
            body,
        )
    )
    doc.build(story)
    return path
