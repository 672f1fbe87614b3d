"""The referral sheet through reportlab's platypus: used only when one block (a service with
dozens of addresses) is taller than a whole page, which platypus can split over pages."""

from __future__ import annotations

import io
import itertools
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from wijkinfo.reports.fonts import register_fonts
from wijkinfo.reports.referral_data import (
    SheetData,
    SheetResult,
    SheetService,
    dutch_date,
    labelled_fields,
    logo_problem,
)
from wijkinfo.reports.referral_sheet import (
    BODY_SIZE,
    DESCRIPTION_LINES,
    FOOTER_HEIGHT,
    FRAME_PADDING,
    LOGO_MAX,
    MARGIN,
    QR_BORDER,
    QR_MAX_URL,
    QR_SIZE,
    _footer_text,
    cut_to_lines,
    qr_modules,
)


class _PlatypusStyles:
    def __init__(self) -> None:
        regular, bold = register_fonts()
        self.regular, self.bold = regular, bold
        base = dict(fontName=regular, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.3)
        self.body = ParagraphStyle("body", **base)
        self.label = ParagraphStyle("label", **{**base, "fontName": bold})
        self.point = ParagraphStyle(
            "point", **{**base, "fontName": bold, "fontSize": 17, "leading": 21}
        )
        self.title = ParagraphStyle(
            "title",
            **{
                **base,
                "fontName": bold,
                "fontSize": 20,
                "leading": 25,
                "spaceBefore": 6,
                "spaceAfter": 4,
            },
        )
        self.service = ParagraphStyle(
            "service", **{**base, "fontName": bold, "fontSize": 15, "leading": 19}
        )
        self.org = ParagraphStyle("org", **{**base, "textColor": colors.HexColor("#333333")})
        self.caption = ParagraphStyle("caption", **{**base, "alignment": 1})
        self.footer = ParagraphStyle("footer", **base)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


class QrFlowable(Flowable):
    """A QR code drawn straight onto the page: one filled rectangle per run of dark modules
    (the widget's Drawing builds a Python shape per module, which is slow to render)."""

    BORDER = QR_BORDER

    def __init__(self, url: str, size: float = QR_SIZE) -> None:
        super().__init__()
        self.url, self.size = url, size
        self.width = self.height = size

    def wrap(self, _avail_width: float, _avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        modules = qr_modules(self.url)
        count = len(modules)
        box = self.size / (count + 2 * self.BORDER)
        canvas = self.canv
        canvas.setFillColor(colors.black)
        path = canvas.beginPath()
        for r, row in enumerate(modules):
            y = self.size - (r + self.BORDER + 1) * box
            c = 0
            for dark, run in itertools.groupby(row):
                length = len(list(run))
                if dark:
                    path.rect((c + self.BORDER) * box, y, length * box, box)
                c += length
        canvas.drawPath(path, stroke=0, fill=1)


class _Letterhead:
    def __init__(self, data: SheetData, styles: _PlatypusStyles, width: float) -> None:
        self.data, self.styles, self.width = data, styles, width
        self.warnings: list[str] = []

    def flowables(self) -> list[Flowable]:
        lh, st = self.data.letterhead, self.styles
        lines: list[Flowable] = [_p(lh.name, st.point)]
        for value in (
            lh.address,
            lh.phone and f"Telefoon: {lh.phone}",
            lh.hours and f"Open: {lh.hours}",
        ):
            if value:
                lines.append(_p(value, st.body))
        logo = self._logo()
        if logo is None:
            head: Flowable = Table([[lines]], colWidths=[self.width])
        else:
            head = Table(
                [[logo, lines]],
                colWidths=[LOGO_MAX[0] + 0.4 * cm, self.width - LOGO_MAX[0] - 0.4 * cm],
            )
        head.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return [
            head,
            HRFlowable(
                width="100%", thickness=1.2, color=colors.black, spaceBefore=6, spaceAfter=6
            ),
        ]

    def _logo(self) -> Image | None:
        path = self.data.letterhead.logo
        problem = logo_problem(path)
        if problem:
            self.warnings.append(problem)
            return None
        if not path:
            return None
        width, height = ImageReader(path).getSize()
        scale = min(LOGO_MAX[0] / width, LOGO_MAX[1] / height)
        return Image(path, width=width * scale, height=height * scale, hAlign="LEFT")


def _service_block(svc: SheetService, st: _PlatypusStyles, width: float) -> list[Flowable]:
    """One flat table per service (nested tables cost many extra wraps): name, organisation
    and description across, then a label and its value per row, the QR code on the right."""
    show_qr = bool(svc.url) and len(svc.url) <= QR_MAX_URL
    qr_width = QR_SIZE + 0.4 * cm if show_qr else 0
    label_width = 4.2 * cm
    value_width = width - label_width - qr_width
    pad = [""] if show_qr else []
    rows: list[list] = [[_p(svc.name, st.service), ""] + pad]
    if svc.organization and svc.organization != svc.name:
        rows.append([_p(svc.organization, st.org), ""] + pad)
    if svc.description:
        cut = cut_to_lines(
            svc.description, st.regular, BODY_SIZE, label_width + value_width - 6, DESCRIPTION_LINES
        )
        rows.append([_p(cut, st.body), ""] + pad)
    heading_rows = len(rows)
    for label, values in labelled_fields(svc):
        rows.append([_p(label, st.label), _p("\n".join(values), st.body)] + pad)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    style += [("SPAN", (0, r), (1, r)) for r in range(heading_rows)]
    if heading_rows < len(rows):
        style.append(("TOPPADDING", (0, heading_rows), (-1, heading_rows), 6))
    widths = [label_width, value_width]
    if show_qr:
        rows[0][2] = [QrFlowable(svc.url), _p("Scan voor de website", st.caption)]
        style += [("SPAN", (2, 0), (2, -1)), ("LEFTPADDING", (2, 0), (2, -1), 0.4 * cm)]
        widths.append(qr_width)
        if len(rows) < 4:  # leave room for the QR code and its caption
            rows += [[""] * 3 for _ in range(4 - len(rows))]
    table = Table(rows, colWidths=widths, style=style)
    return [
        KeepTogether([table]),
        HRFlowable(width="100%", thickness=0.6, color=colors.grey, spaceBefore=8, spaceAfter=8),
    ]


def _numbered_canvas(footer: str, styles: _PlatypusStyles):
    """A canvas that holds its pages until the end, to print "pagina 1 van 2" on each."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._draw_footer(number, total)
                super().showPage()
            super().save()

        def _draw_footer(self, number: int, total: int) -> None:
            width = A4[0] - 2 * MARGIN
            self.setStrokeColor(colors.grey)
            self.line(MARGIN, FOOTER_HEIGHT + 2, A4[0] - MARGIN, FOOTER_HEIGHT + 2)
            page = f"pagina {number} van {total}"
            page_width = self.stringWidth(page, styles.regular, BODY_SIZE)
            para = _p(footer, styles.footer)
            _w, h = para.wrap(width - page_width - 0.6 * cm, FOOTER_HEIGHT)
            para.drawOn(self, MARGIN, FOOTER_HEIGHT - 4 - h)
            self.setFont(styles.regular, BODY_SIZE)
            self.setFillColor(colors.black)
            self.drawRightString(A4[0] - MARGIN, FOOTER_HEIGHT - 4 - BODY_SIZE, page)

    return NumberedCanvas


def _platypus_sheet(data: SheetData) -> SheetResult:
    """The same sheet through platypus, which can split a block taller than a page."""
    styles = _PlatypusStyles()
    width = A4[0] - 2 * MARGIN - 2 * FRAME_PADDING
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=FOOTER_HEIGHT + 0.6 * cm,
        title="Verwijsbrief",
        author=data.letterhead.name,
        subject="Waar kunt u terecht?",
    )
    letterhead = _Letterhead(data, styles, width)
    story: list[Flowable] = letterhead.flowables()
    story.append(_p(f"Datum: {dutch_date(data.day)}", styles.body))
    if data.resident_name:
        story.append(_p(f"Voor: {data.resident_name}", styles.body))
    if data.question:
        story.append(_p(f"Uw vraag: {data.question}", styles.body))
    if data.note:
        story.append(Spacer(1, 4))
        story.append(_p(data.note, styles.body))
    story.append(_p("Hier kunt u terecht", styles.title))
    for svc in data.services:
        story.extend(_service_block(svc, styles, width))
    pages: list[int] = []
    canvas_class = _numbered_canvas(_footer_text(data.letterhead), styles)
    doc.build(
        story,
        canvasmaker=canvas_class,
        onLaterPages=lambda c, d: pages.append(d.page),
        onFirstPage=lambda c, d: pages.append(d.page),
    )
    return SheetResult(buf.getvalue(), len(pages), tuple(letterhead.warnings))
