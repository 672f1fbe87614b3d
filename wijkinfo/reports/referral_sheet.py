"""The referral sheet: what the resident takes home (A4, plain Dutch, large type, QR codes).

Input is plain data (``SheetData``); the service layer fills it from the directory. Nothing here
reads the database, so the sheet can be built on a worker thread and tested on its own.
"""

from __future__ import annotations

import functools
import io
import itertools
import re
from dataclasses import dataclass

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from wijkinfo.reports.fonts import register_fonts
from wijkinfo.reports.referral_data import (  # noqa: F401 - re-exported for callers
    MONTHS,
    WEEKDAYS,
    Letterhead,
    SheetData,
    SheetResult,
    SheetService,
    dutch_date,
    labelled_fields,
    logo_problem,
)

BODY_SIZE = 12  # the minimum for body type; nothing on the sheet is smaller
MARGIN = 1.8 * cm
FRAME_PADDING = 6  # reportlab's default padding inside the page frame
FOOTER_HEIGHT = 2.6 * cm
QR_SIZE = 3.2 * cm
LOGO_MAX = (4.5 * cm, 2.4 * cm)
#: a QR code for a longer address would need modules too small to scan at this size
QR_MAX_URL = 300
DESCRIPTION_LINES = 2


@functools.lru_cache(maxsize=256)
def cut_to_lines(text: str, font: str, size: float, width: float, lines: int) -> str:
    """At most ``lines`` lines of ``text`` at this width: whole sentences when they fit,
    otherwise whole words followed by an ellipsis. Never cuts inside a word. Remembered:
    the preview cuts the same descriptions on every rebuild."""
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


# ---------------------------------------------------------------------------------------------
# The sheet is laid out straight onto the canvas: a handful of paragraphs, one table per
# service, a footer. Platypus parsed every cell as mark-up and wrapped it several times per
# build, which was most of the time of a preview. The geometry below is that of the platypus
# story it replaced (a frame with 6 pt padding, top-aligned table cells with 2 pt padding,
# lines broken the way Paragraph breaks them), so the sheet looks the same. A block too tall
# for a whole page (a service with dozens of addresses) still goes through platypus, which
# can split it; see ``_platypus_sheet``.
# ---------------------------------------------------------------------------------------------

GREY_TEXT = colors.HexColor("#333333")
#: an empty table cell is one line of reportlab's default cell style (10 pt on 12 pt)
EMPTY_CELL_HEIGHT = 12
CELL_PADDING = 2
FRAME_TOP = A4[1] - MARGIN - FRAME_PADDING
FRAME_BOTTOM = FOOTER_HEIGHT + 0.6 * cm + FRAME_PADDING
FRAME_X = MARGIN + FRAME_PADDING
_FUZZ = 1e-6


class _Oversize(Exception):
    """A block taller than an empty page: the platypus build splits it."""


@functools.lru_cache(maxsize=16384)
def _width(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


class _Piece(str):
    """Part of a word too wide for a line (reportlab's _SplitWord)."""


class _PieceEnd(_Piece):
    """The last part of such a word: what follows may share its line."""


def _split_long_word(
    word: str, line_width: float, max_width: float, font: str, size: float
) -> list[_Piece]:
    pieces: list[_Piece] = []
    piece = ""
    for char in word:
        char_width = _width(char, font, size)
        new_width = line_width + char_width
        if new_width > max_width and (piece or char_width <= max_width):
            pieces.append(_Piece(piece))
            new_width = char_width
            piece = ""
        piece += char
        line_width = new_width
    pieces.append(_PieceEnd(piece))
    return pieces


@functools.lru_cache(maxsize=1024)
def wrap_lines(
    text: str, font: str, size: float, max_width: float
) -> tuple[tuple[str, float], ...]:
    """The lines of ``text`` with their widths, broken as reportlab's Paragraph breaks them
    (greedy; spaces may shrink 5 %; words wider than the line are cut); a newline is a line
    break."""
    if not text:
        return ()
    space = _width(" ", font, size)
    shrink = 0.05 * space
    lines: list[tuple[str, float]] = []
    for segment in text.split("\n"):
        words: list[str] = segment.split()
        if not words:  # an empty line between two line breaks
            lines.append(("", 0.0))
            continue
        line: list[str] = []
        current = -space
        forced = False
        while words:
            word = words.pop(0)
            if not word and isinstance(word, _Piece):
                forced = True
            word_width = _width(word, font, size)
            new_width = current + space + word_width
            limit = max_width + shrink * len(line)
            if (
                new_width > limit
                and not forced
                and not isinstance(word, _Piece)
                and word_width > max_width
            ):
                words[0:0] = _split_long_word(word, current + space, max_width, font, size)
                forced = True
                continue
            if new_width <= limit or not line or forced:
                if word:
                    line.append(word)
                if forced:
                    forced = False
                    lines.append((" ".join(line), new_width))
                    line, current = [], -space
                else:
                    current = new_width
            else:
                lines.append((" ".join(line), current))
                line, current = [word], word_width
        if line:
            lines.append((" ".join(line), current))
    return tuple(lines)


@dataclass(frozen=True)
class _Style:
    font: str
    size: float
    leading: float
    color: colors.Color = colors.black
    centred: bool = False
    space_before: float = 0
    space_after: float = 0


class _Styles:
    def __init__(self) -> None:
        regular, bold = register_fonts()
        self.regular, self.bold = regular, bold
        lead = BODY_SIZE * 1.3
        self.body = _Style(regular, BODY_SIZE, lead)
        self.label = _Style(bold, BODY_SIZE, lead)
        self.point = _Style(bold, 17, 21)
        self.title = _Style(bold, 20, 25, space_before=6, space_after=4)
        self.service = _Style(bold, 15, 19)
        self.org = _Style(regular, BODY_SIZE, lead, color=GREY_TEXT)
        self.caption = _Style(regular, BODY_SIZE, lead, centred=True)
        self.footer = self.body


class _Para:
    """A paragraph of one font: wrapped once, drawn with one text object."""

    __slots__ = ("style", "width", "lines", "height")

    def __init__(self, text: str, style: _Style, width: float) -> None:
        self.style, self.width = style, width
        self.lines = wrap_lines(text.strip(), style.font, style.size, width)
        self.height = len(self.lines) * style.leading

    def draw(self, canvas: Canvas, x: float, top: float) -> None:
        """Draws with the top of the first line's leading box at ``top``."""
        st = self.style
        canvas.setFillColor(st.color)
        y = top - st.size
        text = canvas.beginText(x, y)
        text.setFont(st.font, st.size, st.leading)
        for line, line_width in self.lines:  # left-aligned lines go down with T*
            extra = self.width - line_width
            if st.centred:
                text.setTextOrigin(x + 0.5 * extra, y)
                text._textOut(line)
                y -= st.leading
            elif extra < -1e-8 and " " in line:  # shrunk spaces, as Paragraph does
                text.setWordSpace(extra / line.count(" "))
                text._textOut(line, 1)
                text.setWordSpace(0)
            else:
                text._textOut(line, 1)
        canvas.drawText(text)


@functools.lru_cache(maxsize=128)
def qr_modules(url: str) -> tuple[tuple[bool, ...], ...]:
    """The QR matrix from reportlab's own QR widget, encoded once per address: the preview
    rebuilds the sheet while the volunteer types, with the same websites every time."""
    qr = QrCodeWidget(url, barLevel="M").qr
    qr.make()
    return tuple(tuple(bool(cell) for cell in row) for row in qr.modules)


QR_BORDER = 4  # the quiet zone scanners need, in modules


@functools.lru_cache(maxsize=128)
def _qr_path(modules: tuple[tuple[bool, ...], ...]) -> tuple[int, str]:
    """The dark modules as one path in module units, a rectangle per run in a row: the
    content-stream text is made once per QR code and the page scales it into place."""
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


def _draw_qr(canvas: Canvas, url: str, x: float, y: float, size: float = QR_SIZE) -> None:
    units, path = _qr_path(qr_modules(url))
    box = size / units
    canvas.saveState()
    canvas.setFillColor(colors.black)
    canvas.transform(box, 0, 0, box, x, y)
    canvas.addLiteral(f"n {path} f")
    canvas.restoreState()


def _draw_rule(
    canvas: Canvas, x: float, y: float, width: float, thickness: float, color: colors.Color
) -> None:
    """HRFlowable's line: round caps, at the bottom of its (thickness-high) box."""
    canvas.saveState()
    canvas.setLineWidth(thickness)
    canvas.setLineCap(1)
    canvas.setStrokeColor(color)
    canvas.line(x, y, x + width, y)
    canvas.restoreState()


class _Block:
    """Something placed in the page frame: its height, the space around it, how to draw it."""

    __slots__ = ("height", "space_before", "space_after", "draw")

    def __init__(
        self, height: float, draw, space_before: float = 0, space_after: float = 0
    ) -> None:
        self.height, self.draw = height, draw
        self.space_before, self.space_after = space_before, space_after


def _para_block(text: str, style: _Style, width: float) -> _Block:
    para = _Para(text, style, width)
    return _Block(
        para.height,
        lambda c, x, y: para.draw(c, x, y + para.height),
        style.space_before,
        style.space_after,
    )


def _rule_block(width: float, thickness: float, color: colors.Color, space: float) -> _Block:
    return _Block(
        thickness, lambda c, x, y: _draw_rule(c, x, y, width, thickness, color), space, space
    )


def _letterhead_block(lh: Letterhead, st: _Styles, width: float, logo: str | None) -> _Block:
    """A one-row table (3 pt top and bottom padding): the logo, then the point's name and
    its address, phone and hours below each other."""
    text_x = 0.0
    if logo:
        img_w, img_h = ImageReader(logo).getSize()
        scale = min(LOGO_MAX[0] / img_w, LOGO_MAX[1] / img_h)
        img_w, img_h = img_w * scale, img_h * scale
        text_x = LOGO_MAX[0] + 0.4 * cm
    paras = [_Para(lh.name, st.point, width - text_x)]
    for value in (
        lh.address,
        lh.phone and f"Telefoon: {lh.phone}",
        lh.hours and f"Open: {lh.hours}",
    ):
        if value:
            paras.append(_Para(value, st.body, width - text_x))
    content = sum(p.height for p in paras)
    if logo:
        content = max(content, img_h)
    height = content + 6

    def draw(canvas: Canvas, x: float, y: float) -> None:
        top = y + height - 3
        if logo:
            canvas.drawImage(logo, x, top - img_h, img_w, img_h, mask="auto")
        for para in paras:
            para.draw(canvas, x + text_x, top)
            top -= para.height

    return _Block(height, draw)


def _service_table(svc: SheetService, st: _Styles, width: float) -> _Block:
    """The table of one service: name, organisation and description across, then a label and
    its value per row, the QR code and its caption on the right across all rows."""
    show_qr = bool(svc.url) and len(svc.url) <= QR_MAX_URL
    qr_width = QR_SIZE + 0.4 * cm if show_qr else 0
    label_width = 4.2 * cm
    value_width = width - label_width - qr_width
    across = label_width + value_width
    rows: list[tuple[_Para | None, _Para | None]] = [(_Para(svc.name, st.service, across), None)]
    if svc.organization and svc.organization != svc.name:
        rows.append((_Para(svc.organization, st.org, across), None))
    if svc.description:
        cut = cut_to_lines(svc.description, st.regular, BODY_SIZE, across - 6, DESCRIPTION_LINES)
        rows.append((_Para(cut, st.body, across), None))
    heading_rows = len(rows)
    for label, values in labelled_fields(svc):
        rows.append(
            (_Para(label, st.label, label_width), _Para("\n".join(values), st.body, value_width))
        )
    tops = [CELL_PADDING] * len(rows)
    if heading_rows < len(rows):
        tops[heading_rows] = 6  # a little air between the description and the details
    if show_qr and len(rows) < 4:  # room for the QR code and its caption
        rows += [(None, None)] * (4 - len(rows))
        tops += [CELL_PADDING] * (4 - len(tops))
    heights = []
    for (first, second), top in zip(rows, tops, strict=True):
        if first is None:
            content = EMPTY_CELL_HEIGHT
        else:
            content = max(first.height, second.height if second else 0)
        heights.append(content + top + CELL_PADDING)
    caption = None
    if show_qr:
        caption = _Para("Scan voor de website", st.caption, QR_SIZE)
        needed = QR_SIZE + caption.height + 2 * CELL_PADDING
        if sum(heights) < needed - _FUZZ:  # the QR cell spans all rows: share out the rest
            extra = (needed - sum(heights)) / len(heights)
            heights = [h + extra for h in heights]
    total = sum(heights)

    def draw(canvas: Canvas, x: float, y: float) -> None:
        top = y + total
        if show_qr:
            qr_x = x + across + 0.4 * cm
            _draw_qr(canvas, svc.url, qr_x, top - CELL_PADDING - QR_SIZE)
            caption.draw(canvas, qr_x, top - CELL_PADDING - QR_SIZE)
        for (first, second), pad, height in zip(rows, tops, heights, strict=True):
            if first is not None:
                first.draw(canvas, x, top - pad)
                if second is not None:
                    second.draw(canvas, x + label_width, top - pad)
            top -= height

    return _Block(total, draw)


def _story(data: SheetData, st: _Styles, width: float, logo: str | None) -> list[_Block]:
    story = [
        _letterhead_block(data.letterhead, st, width, logo),
        _rule_block(width, 1.2, colors.black, 6),
    ]
    story.append(_para_block(f"Datum: {dutch_date(data.day)}", st.body, width))
    if data.resident_name:
        story.append(_para_block(f"Voor: {data.resident_name}", st.body, width))
    if data.question:
        story.append(_para_block(f"Uw vraag: {data.question}", st.body, width))
    if data.note:
        story.append(_Block(4, lambda c, x, y: None))  # a spacer
        story.append(_para_block(data.note, st.body, width))
    story.append(_para_block("Hier kunt u terecht", st.title, width))
    for svc in data.services:
        story.append(_service_table(svc, st, width))
        story.append(_rule_block(width, 0.6, colors.grey, 8))
    return story


def _paginate(story: list[_Block]) -> list[list[tuple[_Block, float]]]:
    """Frames as platypus fills them: space before a block is dropped at the top of a page and
    overlaps the space after the block above; a block that does not fit starts a new page."""
    pages: list[list[tuple[_Block, float]]] = [[]]
    y, at_top, prev_after = FRAME_TOP, True, 0.0
    for block in story:
        while True:
            space = 0.0 if at_top else max(block.space_before - prev_after, 0)
            bottom = y - space - block.height
            if bottom >= FRAME_BOTTOM - _FUZZ:
                pages[-1].append((block, bottom))
                y = bottom - block.space_after
                prev_after = block.space_after
                at_top = False
                break
            if at_top:
                raise _Oversize
            pages.append([])
            y, at_top, prev_after = FRAME_TOP, True, 0.0
    return pages


def _draw_footer(canvas: Canvas, text: str, st: _Styles, number: int, total: int) -> None:
    """A grey rule, the point's name and address on the left, "pagina X van Y" on the right."""
    canvas.setStrokeColor(colors.grey)
    canvas.line(MARGIN, FOOTER_HEIGHT + 2, A4[0] - MARGIN, FOOTER_HEIGHT + 2)
    page = f"pagina {number} van {total}"
    page_width = _width(page, st.regular, BODY_SIZE)
    footer = _Para(text, st.footer, A4[0] - 2 * MARGIN - page_width - 0.6 * cm)
    footer.draw(canvas, MARGIN, FOOTER_HEIGHT - 4)  # hangs from 4 pt below the rule's band
    canvas.setFont(st.regular, BODY_SIZE)
    canvas.setFillColor(colors.black)
    canvas.drawRightString(A4[0] - MARGIN, FOOTER_HEIGHT - 4 - BODY_SIZE, page)


def _footer_text(lh: Letterhead) -> str:
    # the hours are in the letterhead; the footer stays short enough for two lines
    return " · ".join(
        part for part in (lh.name, lh.address, lh.phone and f"tel. {lh.phone}") if part
    )


def build_sheet(data: SheetData) -> SheetResult:
    """The referral sheet as PDF bytes, with the number of pages and any warnings."""
    styles = _Styles()
    width = A4[0] - 2 * MARGIN - 2 * FRAME_PADDING
    problem = logo_problem(data.letterhead.logo)
    logo = data.letterhead.logo if data.letterhead.logo and not problem else None
    try:
        pages = _paginate(_story(data, styles, width, logo))
    except _Oversize:
        from wijkinfo.reports.referral_sheet_platypus import _platypus_sheet

        return _platypus_sheet(data)
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4)
    canvas.setTitle("Verwijsbrief")
    canvas.setAuthor(data.letterhead.name)
    canvas.setSubject("Waar kunt u terecht?")
    canvas.setCreator("(unspecified)")  # what platypus wrote before
    footer = _footer_text(data.letterhead)
    for number, page in enumerate(pages, start=1):
        for block, bottom in page:
            block.draw(canvas, FRAME_X, bottom)
        _draw_footer(canvas, footer, styles, number, len(pages))
        canvas.showPage()
    canvas.save()
    return SheetResult(buf.getvalue(), len(pages), (problem,) if problem else ())
