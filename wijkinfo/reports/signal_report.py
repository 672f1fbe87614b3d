"""The report for the municipality: signals per month, theme, wijk and status, and the desk's
anonymous contact tallies when there are any. No descriptions, no names."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from wijkinfo.reports.fonts import register_fonts
from wijkinfo.reports.referral_data import ENGLISH_MONTHS
from wijkinfo.services.languages import date_text, text_in
from wijkinfo.services.messages import Message
from wijkinfo.services.signals.stats import SignalCounts
from wijkinfo.services.signals.suppression import Cell, count_text, merge_buurten, publish
from wijkinfo.services.signals.words import CHANNEL_WORDS, OUTCOME_WORDS, STATUS_WORDS, word

MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
STATUS_NAMES = {"in_behandeling": "in behandeling"}


def month_name(key: str, language: str = "nl") -> str:
    """``november 2026``, or ``November 2026``; a label that is no month stays as it is."""
    try:
        year, month = key.split("-")
        names = ENGLISH_MONTHS if language == "en" else MONTHS
        return f"{names[int(month) - 1]} {year}"
    except (ValueError, IndexError):
        return key


def small_note(threshold: int, language: str = "nl") -> str:
    note = Message(
        "< {k} betekent: minder dan {k}. Kleine aantallen tonen we niet precies, zodat niemand "
        "herkenbaar is; kleine buurten tellen mee in hun wijk.",
        k=threshold,
    )
    return escape(text_in(note, language))


def _date(day: date, language: str) -> str:
    return date_text(day, language)


def table(cells: Sequence[Cell], header: tuple[str, str], regular: str, bold: str) -> Table:
    """A two-column table of published counts (hidden ones as "< 5")."""
    data = [list(header)] + [[c.label, c.text] for c in cells]
    table = Table(data, colWidths=[110 * mm, 30 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), regular, 11),
                ("FONT", (0, 0), (-1, 0), bold, 11),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f0f0f0")]),
            ]
        )
    )
    return table


def month_chart(per_month: Sequence[Cell], regular: str, language: str = "nl") -> Drawing:
    """Bars per month; a hidden count gets no bar, only its "< 5" under the month."""
    drawing = Drawing(160 * mm, 60 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 10 * mm, 10 * mm, 145 * mm, 45 * mm
    chart.data = [[c.count or 0 for c in per_month]]
    chart.categoryAxis.categoryNames = [
        month_name(c.label, language)[:3]
        + " "
        + c.label[2:4]
        + (f" ({c.text})" if c.hidden else "")
        for c in per_month
    ]
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.valueMin = 0
    top = max([c.count or 0 for c in per_month] + [1])
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = max(1, -(-top // 5))  # whole numbers only
    chart.bars[0].fillColor = colors.HexColor("#2f6690")
    drawing.add(chart)
    return drawing


def build_signal_report(
    counts: SignalCounts, path: Path, *, point_name: str, today: date, language: str = "nl"
) -> Path:
    """The report as PDF, its words, dates and numbers in ``language`` (the UI's)."""

    def said(message: Message) -> str:
        return escape(text_in(message, language))

    def count(n: int) -> str:
        return count_text(n, k, language)

    def label(value: object) -> str:
        return text_in(value, language)

    regular, bold = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=11, leading=15, spaceAfter=6)
    h1 = ParagraphStyle("h1", parent=body, fontName=bold, fontSize=18, leading=24)
    h2 = ParagraphStyle("h2", parent=body, fontName=bold, fontSize=13, leading=18, spaceBefore=8)
    start = _date(counts.start, language) if counts.start else said(Message("het begin"))
    end = _date(counts.end or today, language)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=text_in(Message("Signalen-rapportage"), language),
        author=point_name,
    )
    k = counts.threshold
    story = [
        Paragraph(said(Message("Signalen {point}", point=point_name)), h1),
        Paragraph(
            said(
                Message(
                    "Periode: {start} tot en met {end}. Gemaakt op {today}.",
                    start=start,
                    end=end,
                    today=_date(today, language),
                )
            ),
            body,
        ),
        Paragraph(
            said(
                Message(
                    "In deze periode zijn {total} signalen gemeld: bewoners die niet (goed) "
                    "geholpen werden. Er staan geen namen of persoonsgegevens in dit rapport. "
                    "Open signalen die te laat zijn: {late}.",
                    total=count(counts.total),
                    late=count(counts.overdue_open),
                )
            ),
            body,
        ),
        Paragraph(small_note(k, language), body),
    ]
    signals = text_in(Message("Signalen"), language)  # a table cell: plain text
    if counts.per_month:
        months = publish(counts.per_month, k, language=language)
        story += [
            Paragraph(said(Message("Per maand")), h2),
            month_chart(months, regular, language),
            table(
                [Cell(month_name(c.label, language), c.count, c.text) for c in months],
                (said(Message("Maand")), signals),
                regular,
                bold,
            ),
        ]
    sections: list[tuple[Message, Message, Sequence[tuple[str, int]]]] = [
        (Message("Per thema"), Message("Thema"), counts.per_theme),
        (Message("Per wijk"), Message("Wijk"), counts.per_wijk),
        (Message("Per buurt"), Message("Wijk, buurt"), merge_buurten(counts.per_buurt, k)),
        (
            Message("Per status"),
            Message("Status"),
            [(word(STATUS_WORDS, s), n) for s, n in counts.per_status],
        ),
        (
            Message("Wat kwam ervan (afgehandelde signalen)"),
            Message("Uitkomst"),
            [(word(OUTCOME_WORDS, o), n) for o, n in counts.per_outcome],
        ),
    ]
    for title, header, rows in sections:
        if rows:
            cells = [
                Cell(label(c.label), c.count, c.text) for c in publish(rows, k, language=language)
            ]
            story += [
                Paragraph(said(title), h2),
                table(cells, (text_in(header, language), signals), regular, bold),
            ]
    contacts = text_in(Message("Contacten"), language)
    if counts.tallies_total:
        channels = [(word(CHANNEL_WORDS, c), n) for c, n in counts.tallies_per_channel]
        story += [
            Paragraph(said(Message("Contacten aan de balie (anoniem geteld)")), h2),
            Paragraph(
                said(
                    Message(
                        "In deze periode telden we {count} contacten met bewoners.",
                        count=count(counts.tallies_total),
                    )
                ),
                body,
            ),
            table(
                [
                    Cell(label(c.label), c.count, c.text)
                    for c in publish(channels, k, language=language)
                ],
                (text_in(Message("Hoe"), language), contacts),
                regular,
                bold,
            ),
            Spacer(1, 4 * mm),
        ]
        if counts.tallies_per_theme:
            published = publish(counts.tallies_per_theme, k, total_shown=False, language=language)
            story.append(
                table(
                    [Cell(label(c.label), c.count, c.text) for c in published],
                    (text_in(Message("Onderwerp"), language), contacts),
                    regular,
                    bold,
                )
            )
    if not counts.total:
        story.append(
            Paragraph(said(Message("Er zijn in deze periode geen signalen gemeld.")), body)
        )
    doc.build(story)
    return path
