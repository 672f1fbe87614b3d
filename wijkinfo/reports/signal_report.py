"""The report for the municipality: signals per month, theme, wijk and status, and the desk's
anonymous contact tallies when there are any. No descriptions, no names."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from wijkinfo.reports.fonts import register_fonts
from wijkinfo.services.signals.followup import OUTCOME_LABELS
from wijkinfo.services.signals.stats import SignalCounts
from wijkinfo.services.signals.suppression import Cell, count_text, merge_buurten, publish

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


def month_name(key: str) -> str:
    year, month = key.split("-")
    return f"{MONTHS[int(month) - 1]} {year}"


def small_note(threshold: int) -> str:
    return (
        f"&lt; {threshold} betekent: minder dan {threshold}. Kleine aantallen tonen we niet "
        "precies, zodat niemand herkenbaar is; kleine buurten tellen mee in hun wijk."
    )


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


def month_chart(per_month: Sequence[Cell], regular: str) -> Drawing:
    """Bars per month; a hidden count gets no bar, only its "< 5" under the month."""
    drawing = Drawing(160 * mm, 60 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 10 * mm, 10 * mm, 145 * mm, 45 * mm
    chart.data = [[c.count or 0 for c in per_month]]
    chart.categoryAxis.categoryNames = [
        month_name(c.label)[:3] + " " + c.label[2:4] + (f" ({c.text})" if c.hidden else "")
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


def build_signal_report(counts: SignalCounts, path: Path, *, point_name: str, today: date) -> Path:
    regular, bold = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=11, leading=15, spaceAfter=6)
    h1 = ParagraphStyle("h1", parent=body, fontName=bold, fontSize=18, leading=24)
    h2 = ParagraphStyle("h2", parent=body, fontName=bold, fontSize=13, leading=18, spaceBefore=8)
    start = counts.start.strftime("%d-%m-%Y") if counts.start else "het begin"
    end = counts.end.strftime("%d-%m-%Y") if counts.end else today.strftime("%d-%m-%Y")
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title="Signalen-rapportage",
        author=point_name,
    )
    k = counts.threshold
    story = [
        Paragraph(f"Signalen {point_name}", h1),
        Paragraph(f"Periode: {start} tot en met {end}. Gemaakt op {today:%d-%m-%Y}.", body),
        Paragraph(
            f"In deze periode zijn <b>{count_text(counts.total, k)}</b> signalen gemeld: bewoners "
            "die niet (goed) geholpen werden. Er staan geen namen of persoonsgegevens in dit "
            f"rapport. Open signalen die te laat zijn: {count_text(counts.overdue_open, k)}.",
            body,
        ),
        Paragraph(small_note(k), body),
    ]
    if counts.per_month:
        months = publish(counts.per_month, k)
        story += [
            Paragraph("Per maand", h2),
            month_chart(months, regular),
            table(
                [Cell(month_name(c.label), c.count, c.text) for c in months],
                ("Maand", "Signalen"),
                regular,
                bold,
            ),
        ]
    sections: list[tuple[str, tuple[str, str], Sequence[tuple[str, int]]]] = [
        ("Per thema", ("Thema", "Signalen"), counts.per_theme),
        ("Per wijk", ("Wijk", "Signalen"), counts.per_wijk),
        ("Per buurt", ("Wijk, buurt", "Signalen"), merge_buurten(counts.per_buurt, k)),
        (
            "Per status",
            ("Status", "Signalen"),
            [(STATUS_NAMES.get(s, s), n) for s, n in counts.per_status],
        ),
        (
            "Wat kwam ervan (afgehandelde signalen)",
            ("Uitkomst", "Signalen"),
            [(OUTCOME_LABELS.get(o, o), n) for o, n in counts.per_outcome],
        ),
    ]
    for title, header, rows in sections:
        if rows:
            story += [Paragraph(title, h2), table(publish(rows, k), header, regular, bold)]
    if counts.tallies_total:
        story += [
            Paragraph("Contacten aan de balie (anoniem geteld)", h2),
            Paragraph(
                f"In deze periode telden we {count_text(counts.tallies_total, k)} contacten "
                "met bewoners.",
                body,
            ),
            table(publish(counts.tallies_per_channel, k), ("Hoe", "Contacten"), regular, bold),
            Spacer(1, 4 * mm),
        ]
        if counts.tallies_per_theme:
            story.append(
                table(
                    publish(counts.tallies_per_theme, k, total_shown=False),
                    ("Onderwerp", "Contacten"),
                    regular,
                    bold,
                )
            )
    if not counts.total:
        story.append(Paragraph("Er zijn in deze periode geen signalen gemeld.", body))
    doc.build(story)
    return path
