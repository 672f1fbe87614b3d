"""The referral sheet: what the resident takes home (A4, plain Dutch, large type, QR codes).

Input is plain data (``SheetData``); the service layer fills it from the directory. Nothing here
reads the database, so the sheet can be built on a worker thread and tested on its own.
"""

from __future__ import annotations

import functools
import io
import itertools
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
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

BODY_SIZE = 12  # the minimum for body type; nothing on the sheet is smaller
MARGIN = 1.8 * cm
FRAME_PADDING = 6  # reportlab's default padding inside the page frame
FOOTER_HEIGHT = 2.6 * cm
QR_SIZE = 3.2 * cm
LOGO_MAX = (4.5 * cm, 2.4 * cm)
#: a QR code for a longer address would need modules too small to scan at this size
QR_MAX_URL = 300
DESCRIPTION_LINES = 2
MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


@dataclass(frozen=True)
class Letterhead:
    name: str
    address: str = ""
    phone: str = ""
    hours: str = ""
    logo: str = ""  # a file path; empty for none


@dataclass(frozen=True)
class SheetService:
    name: str
    organization: str = ""
    description: str = ""
    phones: tuple[str, ...] = ()  # already formatted, with their description
    addresses: tuple[str, ...] = ()
    hours: tuple[str, ...] = ()  # lines such as "maandag t/m vrijdag: 09:00–17:00"
    hours_title: str = "Open deze week"
    documents: tuple[str, ...] = ()
    fees: str = ""
    email: str = ""
    url: str = ""


@dataclass(frozen=True)
class SheetData:
    letterhead: Letterhead
    day: date
    services: tuple[SheetService, ...]
    question: str = ""
    note: str = ""
    resident_name: str = ""


@dataclass(frozen=True)
class SheetResult:
    pdf: bytes
    pages: int
    #: things the user should know, in Dutch (for example: the logo could not be used)
    warnings: tuple[str, ...] = field(default_factory=tuple)


def dutch_date(day: date) -> str:
    """``maandag 23 november 2026``: the way a resident reads a date."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def logo_problem(path: str) -> str | None:
    """Why this logo file cannot be printed, in Dutch; None when it can."""
    if not path:
        return None
    p = Path(path)
    if not p.is_file():
        return f"Het logo {path} is niet gevonden. Het blad is gemaakt zonder logo."
    try:
        reader = ImageReader(str(p))
        width, height = reader.getSize()
        if width <= 0 or height <= 0:
            raise ValueError("empty image")
    except Exception:  # noqa: BLE001 - any unreadable file means: print without logo
        return f"Het logo {path} is geen bruikbaar plaatje (PNG of JPG). Het blad is gemaakt zonder logo."
    return None


def cut_to_lines(text: str, font: str, size: float, width: float, lines: int) -> str:
    """At most ``lines`` lines of ``text`` at this width: whole sentences when they fit,
    otherwise whole words followed by an ellipsis. Never cuts inside a word."""
    text = " ".join(text.split())

    def fits(candidate: str) -> bool:
        split = simpleSplit(candidate, font, size, width)
        # simpleSplit keeps an over-long word whole; such a line does not fit either
        return len(split) <= lines and all(stringWidth(s, font, size) <= width for s in split)

    if not text or fits(text):
        return text

    sentences = re.findall(r"[^.!?]+[.!?]+(?:\s|$)|[^.!?]+$", text)
    kept = ""
    for sentence in sentences:
        candidate = (kept + sentence).strip()
        if not fits(candidate):
            break
        kept = candidate + " "
    if kept.strip():
        return kept.strip()
    words = text.split(" ")
    low, high = 0, len(words)
    while low < high:  # the most words that still fit with the ellipsis
        mid = (low + high + 1) // 2
        if fits(" ".join(words[:mid]) + " …"):
            low = mid
        else:
            high = mid - 1
    if low == 0:  # one enormous word: cut by characters
        chars = words[0]
        while len(chars) > 1 and stringWidth(chars + "…", font, size) > width * lines:
            chars = chars[:-1]
        return chars + "…"
    return " ".join(words[:low]).rstrip(",;:–-") + " …"


class _Styles:
    def __init__(self) -> None:
        regular, bold = register_fonts()
        self.regular, self.bold = regular, bold
        base = dict(fontName=regular, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.3)
        self.body = ParagraphStyle("body", **base)
        self.label = ParagraphStyle("label", **{**base, "fontName": bold})
        self.point = ParagraphStyle("point", **{**base, "fontName": bold, "fontSize": 17,
                                                 "leading": 21})
        self.title = ParagraphStyle("title", **{**base, "fontName": bold, "fontSize": 20,
                                                 "leading": 25, "spaceBefore": 6,
                                                 "spaceAfter": 4})
        self.service = ParagraphStyle("service", **{**base, "fontName": bold, "fontSize": 15,
                                                     "leading": 19})
        self.org = ParagraphStyle("org", **{**base, "textColor": colors.HexColor("#333333")})
        self.caption = ParagraphStyle("caption", **{**base, "alignment": 1})
        self.footer = ParagraphStyle("footer", **base)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


@functools.lru_cache(maxsize=128)
def qr_modules(url: str) -> tuple[tuple[bool, ...], ...]:
    """The QR matrix from reportlab's own QR widget, encoded once per address: the preview
    rebuilds the sheet while the volunteer types, with the same websites every time."""
    qr = QrCodeWidget(url, barLevel="M").qr
    qr.make()
    return tuple(tuple(bool(cell) for cell in row) for row in qr.modules)


class QrFlowable(Flowable):
    """A QR code drawn straight onto the page: one filled rectangle per run of dark modules
    (the widget's Drawing builds a Python shape per module, which is slow to render)."""

    BORDER = 4  # the quiet zone scanners need, in modules

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
    def __init__(self, data: SheetData, styles: _Styles, width: float) -> None:
        self.data, self.styles, self.width = data, styles, width
        self.warnings: list[str] = []

    def flowables(self) -> list[Flowable]:
        lh, st = self.data.letterhead, self.styles
        lines: list[Flowable] = [_p(lh.name, st.point)]
        for value in (lh.address, lh.phone and f"Telefoon: {lh.phone}", lh.hours and
                      f"Open: {lh.hours}"):
            if value:
                lines.append(_p(value, st.body))
        logo = self._logo()
        if logo is None:
            head: Flowable = Table([[lines]], colWidths=[self.width])
        else:
            head = Table([[logo, lines]], colWidths=[LOGO_MAX[0] + 0.4 * cm,
                                                     self.width - LOGO_MAX[0] - 0.4 * cm])
        head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return [head, HRFlowable(width="100%", thickness=1.2, color=colors.black,
                                 spaceBefore=6, spaceAfter=6)]

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


def _service_block(svc: SheetService, st: _Styles, width: float) -> list[Flowable]:
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
        cut = cut_to_lines(svc.description, st.regular, BODY_SIZE,
                           label_width + value_width - 6, DESCRIPTION_LINES)
        rows.append([_p(cut, st.body), ""] + pad)
    heading_rows = len(rows)
    for label, values in (
        ("Telefoon", svc.phones),
        ("Adres", svc.addresses),
        (svc.hours_title, svc.hours),
        ("Neem mee", svc.documents),
        ("Kosten", (svc.fees,) if svc.fees else ()),
        ("E-mail", (svc.email,) if svc.email else ()),
        ("Website", (svc.url,) if svc.url else ()),
    ):
        values = tuple(v for v in values if v and v.strip())
        if values:  # no label without something after it
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
    return [KeepTogether([table]),
            HRFlowable(width="100%", thickness=0.6, color=colors.grey, spaceBefore=8,
                       spaceAfter=8)]


def _footer_text(lh: Letterhead) -> str:
    # the hours are in the letterhead; the footer stays short enough for two lines
    return " · ".join(part for part in (lh.name, lh.address, lh.phone and f"tel. {lh.phone}")
                      if part)


def _numbered_canvas(footer: str, styles: _Styles):
    """A canvas that holds its pages until the end, to print "pagina 1 van 2" on each."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
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


def build_sheet(data: SheetData) -> SheetResult:
    """The referral sheet as PDF bytes, with the number of pages and any warnings."""
    styles = _Styles()
    width = A4[0] - 2 * MARGIN - 2 * FRAME_PADDING
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=FOOTER_HEIGHT + 0.6 * cm, title="Verwijsbrief",
        author=data.letterhead.name, subject="Waar kunt u terecht?",
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
    doc.build(story, canvasmaker=canvas_class,
              onLaterPages=lambda c, d: pages.append(d.page),
              onFirstPage=lambda c, d: pages.append(d.page))
    return SheetResult(buf.getvalue(), len(pages), tuple(letterhead.warnings))
