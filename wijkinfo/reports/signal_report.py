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
from wijkinfo.services.signals.stats import SignalCounts

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


def _number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _table(
    rows: Sequence[tuple[str, int]], header: tuple[str, str], regular: str, bold: str
) -> Table:
    data = [list(header)] + [[label, _number(n)] for label, n in rows]
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


def _month_chart(per_month: Sequence[tuple[str, int]], regular: str) -> Drawing:
    drawing = Drawing(160 * mm, 60 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 10 * mm, 10 * mm, 145 * mm, 45 * mm
    chart.data = [[n for _m, n in per_month]]
    chart.categoryAxis.categoryNames = [month_name(m)[:3] + " " + m[:4] for m, _n in per_month]
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.valueMin = 0
    top = max([n for _m, n in per_month] + [1])
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
    story = [
        Paragraph(f"Signalen {point_name}", h1),
        Paragraph(f"Periode: {start} tot en met {end}. Gemaakt op {today:%d-%m-%Y}.", body),
        Paragraph(
            f"In deze periode zijn <b>{_number(counts.total)}</b> signalen gemeld: bewoners die "
            "niet (goed) geholpen werden. Er staan geen namen of persoonsgegevens in dit "
            f"rapport. Open signalen die te laat zijn: {_number(counts.overdue_open)}.",
            body,
        ),
    ]
    if counts.per_month:
        story += [
            Paragraph("Per maand", h2),
            _month_chart(counts.per_month, regular),
            _table(
                [(month_name(m), n) for m, n in counts.per_month],
                ("Maand", "Signalen"),
                regular,
                bold,
            ),
        ]
    if counts.per_theme:
        story += [
            Paragraph("Per thema", h2),
            _table(counts.per_theme, ("Thema", "Signalen"), regular, bold),
        ]
    if counts.per_wijk:
        story += [
            Paragraph("Per wijk", h2),
            _table(counts.per_wijk, ("Wijk", "Signalen"), regular, bold),
        ]
    if counts.per_status:
        story += [
            Paragraph("Per status", h2),
            _table(
                [(STATUS_NAMES.get(s, s), n) for s, n in counts.per_status],
                ("Status", "Signalen"),
                regular,
                bold,
            ),
        ]
    if counts.tallies_total:
        story += [
            Paragraph("Contacten aan de balie (anoniem geteld)", h2),
            Paragraph(
                f"In deze periode telden we {_number(counts.tallies_total)} contacten "
                "met bewoners.",
                body,
            ),
            _table(counts.tallies_per_channel, ("Hoe", "Contacten"), regular, bold),
            Spacer(1, 4 * mm),
        ]
        if counts.tallies_per_theme:
            story.append(
                _table(counts.tallies_per_theme, ("Onderwerp", "Contacten"), regular, bold)
            )
    if not counts.total:
        story.append(Paragraph("Er zijn in deze periode geen signalen gemeld.", body))
    doc.build(story)
    return path
