"""The referral sheet: what the resident takes home (A4, plain Dutch, large type, QR codes).

Input is plain data (``SheetData``); the service layer fills it from the directory. Nothing here
reads the database, so the sheet can be built on a worker thread and tested on its own. The
layout is drawn straight onto the canvas (``page_flow``): a letterhead, a few paragraphs, one
table per service — split between its rows, or a row between its lines, where a service is
taller than a page — and a footer with the page number on every page.
"""

from __future__ import annotations

import functools
import io
import itertools
import re

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen.canvas import Canvas

from wijkinfo.reports.fonts import register_fonts
from wijkinfo.reports.page_flow import (
    Cell,
    Fixed,
    Frame,
    Para,
    PdfCanvas,
    Row,
    Style,
    Table,
    paginate,
    text_width,
    wrap_lines,
)
from wijkinfo.reports.referral_data import (
    MONTHS,
    WEEKDAYS,
    Letterhead,
    SheetData,
    SheetResult,
    SheetService,
    dutch_date,
    labelled_fields,
    logo_problem,
    resident_date,
)
from wijkinfo.services.languages import text_in as said
from wijkinfo.services.messages import Message

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "Letterhead",
    "SheetData",
    "SheetResult",
    "SheetService",
    "build_sheet",
    "cut_to_lines",
    "dutch_date",
    "qr_modules",
]

BODY_SIZE = 12  # the minimum for body type; nothing on the sheet is smaller
MARGIN = 1.8 * cm
FRAME_PADDING = 6  # the room between the margin and the text, as platypus's frame had
FOOTER_HEIGHT = 2.6 * cm
FOOTER_LINES = 2
QR_SIZE = 3.2 * cm
QR_BORDER = 4  # the quiet zone scanners need, in modules
LOGO_MAX = (4.5 * cm, 2.4 * cm)
#: a QR code for a longer address would need modules too small to scan at this size
QR_MAX_URL = 300
DESCRIPTION_LINES = 2
LABEL_WIDTH = 4.2 * cm
CELL_PADDING = 2
#: the height of an empty table row below a short service, so that its QR code has room
EMPTY_ROW = 12
CONTINUED = Message(" (vervolg)")
GREY_TEXT = colors.HexColor("#333333")
FRAME = Frame(top=A4[1] - MARGIN - FRAME_PADDING, bottom=FOOTER_HEIGHT + 0.6 * cm + FRAME_PADDING)
FRAME_X = MARGIN + FRAME_PADDING
FRAME_WIDTH = A4[0] - 2 * MARGIN - 2 * FRAME_PADDING


def _fits(text: str, font: str, size: float, width: float, lines: int) -> bool:
    split = simpleSplit(text, font, size, width)
    # simpleSplit keeps an over-long word whole; such a line does not fit either
    return len(split) <= lines and all(text_width(s, font, size) <= width for s in split)


@functools.lru_cache(maxsize=256)
def cut_to_lines(text: str, font: str, size: float, width: float, lines: int) -> str:
    """At most ``lines`` lines of ``text`` at this width: whole sentences when they fit,
    otherwise whole words followed by an ellipsis. Never cuts inside a word (unless it is one
    enormous word). Remembered: the preview cuts the same descriptions on every rebuild."""
    text = " ".join(text.split())
    if not text or _fits(text, font, size, width, lines):
        return text
    kept = ""
    for sentence in re.findall(r"[^.!?]+[.!?]+(?:\s|$)|[^.!?]+$", text):
        candidate = (kept + sentence).strip()
        if not _fits(candidate, font, size, width, lines):
            break
        kept = candidate + " "
    if kept.strip():
        return kept.strip()
    words = text.split(" ")
    low, high = 0, len(words)
    while low < high:  # the most words that still fit with the ellipsis
        mid = (low + high + 1) // 2
        if _fits(" ".join(words[:mid]) + " …", font, size, width, lines):
            low = mid
        else:
            high = mid - 1
    if low == 0:  # one enormous word: the most characters that fit, by halving
        word, low, high = words[0], 1, len(words[0])
        while low < high:
            mid = (low + high + 1) // 2
            if len(wrap_lines(word[:mid] + "…", font, size, width)) <= lines:
                low = mid
            else:
                high = mid - 1
        return word[:low] + "…"
    return " ".join(words[:low]).rstrip(",;:–-") + " …"


class _Styles:
    def __init__(self) -> None:
        regular, bold = register_fonts()
        self.regular, self.bold = regular, bold
        lead = BODY_SIZE * 1.3
        self.body = Style(regular, BODY_SIZE, lead)
        self.label = Style(bold, BODY_SIZE, lead)
        self.point = Style(bold, 17, 21)
        self.title = Style(bold, 20, 25, space_before=6, space_after=4)
        self.service = Style(bold, 15, 19)
        self.org = Style(regular, BODY_SIZE, lead, color=GREY_TEXT)
        self.caption = Style(regular, BODY_SIZE, lead, centred=True)


@functools.lru_cache(maxsize=128)
def qr_modules(url: str) -> tuple[tuple[bool, ...], ...]:
    """The QR matrix from reportlab's own QR widget, encoded once per address: the preview
    rebuilds the sheet while the volunteer types, with the same websites every time."""
    qr = QrCodeWidget(url, barLevel="M").qr
    qr.make()
    return tuple(tuple(bool(cell) for cell in row) for row in qr.modules)


@functools.lru_cache(maxsize=128)
def _qr_path(modules: tuple[tuple[bool, ...], ...]) -> tuple[int, str]:
    """The dark modules as one path in module units, a rectangle per run in a row: the
    content-stream text is made once per QR code and the page scales it into place (the
    widget's Drawing builds a Python shape per module, which is slow to render)."""
    count = len(modules)
    ops = []
    for r, row in enumerate(modules):
        y = count + QR_BORDER - r - 1
        c = QR_BORDER
        for dark, run in itertools.groupby(row):
            length = sum(1 for _ in run)
            if dark:
                ops.append(f"{c} {y} {length} 1 re")
            c += length
    return count + 2 * QR_BORDER, "\n".join(ops)


def _draw_qr(canvas: PdfCanvas, url: str, x: float, y: float) -> None:
    units, path = _qr_path(qr_modules(url))
    box = QR_SIZE / units
    canvas.saveState()
    canvas.setFillColor(colors.black)
    canvas.transform(box, 0, 0, box, x, y)
    canvas.addLiteral(f"n {path} f")
    canvas.restoreState()


def _rule(thickness: float, color: colors.Color, space: float) -> Fixed:
    """A line across the frame with round caps, at the bottom of its (thickness-high) box."""

    def draw(canvas: PdfCanvas, x: float, y: float) -> None:
        canvas.saveState()
        canvas.setLineWidth(thickness)
        canvas.setLineCap(1)
        canvas.setStrokeColor(color)
        canvas.line(x, y, x + FRAME_WIDTH, y)
        canvas.restoreState()

    return Fixed(thickness, draw, space, space)


def _paragraph(text: str, style: Style) -> Table:
    para = Para.of(text, style, FRAME_WIDTH)
    return Table((Row((Cell(0, para),)),), style.space_before, style.space_after)


def _letterhead(lh: Letterhead, st: _Styles, logo: str | None, language: str) -> Table:
    """The logo on the left, the point's name and its address, phone and hours beside it,
    with 3 pt above and below."""
    text_x = 0.0
    decorate, min_height = None, 0.0
    if logo:
        img_w, img_h = ImageReader(logo).getSize()
        scale = min(LOGO_MAX[0] / img_w, LOGO_MAX[1] / img_h)
        img_w, img_h = img_w * scale, img_h * scale
        text_x = LOGO_MAX[0] + 0.4 * cm
        min_height = img_h + 6

        def decorate(canvas: PdfCanvas, x: float, top: float) -> None:
            canvas.drawImage(logo, x, top - 3 - img_h, img_w, img_h, mask="auto")

    width = FRAME_WIDTH - text_x
    texts = [(lh.name, st.point)] + [
        (value, st.body)
        for value in (
            lh.address,
            lh.phone and said(Message("Telefoon: {phone}", phone=lh.phone), language),
            lh.hours and said(Message("Open: {hours}", hours=lh.hours), language),
        )
        if value
    ]
    rows = [Row((Cell(text_x, Para.of(text, style, width)),)) for text, style in texts]
    rows[0] = Row(rows[0].cells, top=3)
    rows[-1] = Row(rows[-1].cells, top=rows[-1].top, bottom=3)
    return Table(tuple(rows), min_height=min_height, decorate=decorate)


def _service_table(svc: SheetService, st: _Styles, language: str) -> Table:
    """One service: name, organisation and description across, then a label and its value
    per row, the QR code and its caption on the right beside all rows."""
    show_qr = bool(svc.url) and len(svc.url) <= QR_MAX_URL
    qr_width = QR_SIZE + 0.4 * cm if show_qr else 0
    value_width = FRAME_WIDTH - LABEL_WIDTH - qr_width
    across = LABEL_WIDTH + value_width
    pad = CELL_PADDING

    def across_row(text: str, style: Style) -> Row:
        return Row((Cell(0, Para.of(text, style, across)),), top=pad, bottom=pad)

    rows = [across_row(svc.name, st.service)]
    if svc.organization and svc.organization != svc.name:
        rows.append(across_row(svc.organization, st.org))
    if svc.description:
        rows.append(
            across_row(
                cut_to_lines(svc.description, st.regular, BODY_SIZE, across, DESCRIPTION_LINES),
                st.body,
            )
        )
    heading_rows = len(rows)
    for number, (label, values) in enumerate(labelled_fields(svc, language)):
        cells = (
            Cell(0, Para.of(label, st.label, LABEL_WIDTH), repeat=True),
            Cell(LABEL_WIDTH, Para.of("\n".join(values), st.body, value_width)),
        )
        # a little air between the description and the details
        rows.append(Row(cells, top=6 if number == 0 else pad, bottom=pad))
    more = said(CONTINUED, language)
    name_width = across - text_width(more, st.bold, st.service.size)
    continued = across_row(
        cut_to_lines(svc.name, st.bold, st.service.size, name_width, 1) + more, st.service
    )
    if not show_qr:
        return Table(tuple(rows), heading_rows=heading_rows, continued=(continued,))
    rows += [Row(top=pad, bottom=pad, empty=EMPTY_ROW)] * (4 - len(rows))
    caption = Para.of(said(Message("Scan voor de website"), language), st.caption, QR_SIZE)
    url = svc.url

    def draw_qr(canvas: PdfCanvas, x: float, top: float) -> None:
        qr_x = x + across + 0.4 * cm
        _draw_qr(canvas, url, qr_x, top - pad - QR_SIZE)
        caption.draw(canvas, qr_x, top - pad - QR_SIZE)

    return Table(
        tuple(rows),
        heading_rows=heading_rows,
        continued=(continued,),
        min_height=QR_SIZE + caption.height + 2 * pad,
        decorate=draw_qr,
    )


def _story(data: SheetData, st: _Styles, logo: str | None) -> list[Table | Fixed]:
    language = data.language
    story: list[Table | Fixed] = [
        _letterhead(data.letterhead, st, logo, language),
        _rule(1.2, colors.black, 6),
    ]
    day = resident_date(data.day, language)
    story.append(_paragraph(said(Message("Datum: {day}", day=day), language), st.body))
    if data.resident_name:
        name = Message("Voor: {name}", name=data.resident_name)
        story.append(_paragraph(said(name, language), st.body))
    if data.question:
        question = Message("Uw vraag: {question}", question=data.question)
        story.append(_paragraph(said(question, language), st.body))
    if data.note:
        story.append(Fixed(4, lambda c, x, y: None))  # a spacer
        story.append(_paragraph(data.note, st.body))
    story.append(_paragraph(said(Message("Hier kunt u terecht"), language), st.title))
    for svc in data.services:
        story.append(_service_table(svc, st, language))
        story.append(_rule(0.6, colors.grey, 8))
    return story


def _draw_footer(
    canvas: PdfCanvas, text: str, st: _Styles, number: int, total: int, language: str
) -> None:
    """A grey rule, the point's name and address on the left (at most two lines), "pagina X
    van Y" on the right."""
    canvas.setStrokeColor(colors.grey)
    canvas.line(MARGIN, FOOTER_HEIGHT + 2, A4[0] - MARGIN, FOOTER_HEIGHT + 2)
    page = said(Message("pagina {number} van {total}", number=number, total=total), language)
    width = A4[0] - 2 * MARGIN - text_width(page, st.regular, BODY_SIZE) - 0.6 * cm
    footer = cut_to_lines(text, st.regular, BODY_SIZE, width, FOOTER_LINES)
    Para.of(footer, st.body, width).draw(canvas, MARGIN, FOOTER_HEIGHT - 4)
    canvas.setFont(st.regular, BODY_SIZE)
    canvas.setFillColor(colors.black)
    canvas.drawRightString(A4[0] - MARGIN, FOOTER_HEIGHT - 4 - BODY_SIZE, page)


def _footer_text(lh: Letterhead, language: str) -> str:
    # the hours are in the letterhead; the footer stays short enough for two lines
    phone = lh.phone and said(Message("tel. {phone}", phone=lh.phone), language)
    return " · ".join(part for part in (lh.name, lh.address, phone) if part)


def build_sheet(data: SheetData) -> SheetResult:
    """The referral sheet as PDF bytes, with the number of pages and any warnings."""
    styles = _Styles()
    problem = logo_problem(data.letterhead.logo)
    logo = data.letterhead.logo if data.letterhead.logo and not problem else None
    pages = paginate(_story(data, styles, logo), FRAME)
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4)
    canvas.setTitle(said(Message("Verwijsbrief"), data.language))
    canvas.setAuthor(data.letterhead.name)
    canvas.setSubject(said(Message("Waar kunt u terecht?"), data.language))
    canvas.setCreator("(unspecified)")
    footer = _footer_text(data.letterhead, data.language)
    for number, page in enumerate(pages, start=1):
        for item, bottom in page:
            item.draw(canvas, FRAME_X, bottom)
        _draw_footer(canvas, footer, styles, number, len(pages), data.language)
        canvas.showPage()
    canvas.save()
    return SheetResult(buf.getvalue(), len(pages), (problem,) if problem else ())
