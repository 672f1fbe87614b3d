"""Plain text laid out in rows on pages, drawn straight onto a reportlab canvas.

Platypus parses every cell as mark-up and wraps it several times per build, which was most of
the time of the referral sheet's preview. A sheet needs less: paragraphs of one font, rows of
cells, and a page break between rows — or, in a row taller than a whole page (a service with
sixty addresses), between the lines of the row. Lines are broken by reportlab's public
``simpleSplit``; a word wider than its line (a long web address) is cut into pieces that fill
the line, so nothing is ever drawn past the edge of its cell.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

#: a reportlab Canvas (reportlab has no type hints)
PdfCanvas = Any
#: draws something at (x, y): the left edge and the top or bottom named by the caller
Painter = Callable[[PdfCanvas, float, float], None]
FUZZ = 1e-6


@dataclass(frozen=True)
class Style:
    font: str
    size: float
    leading: float
    color: Any = colors.black
    centred: bool = False
    space_before: float = 0
    space_after: float = 0


@functools.lru_cache(maxsize=16384)
def text_width(text: str, font: str, size: float) -> float:
    return float(stringWidth(text, font, size))


def _cut_word(word: str, font: str, size: float, width: float) -> list[str]:
    """A word too wide for its line in pieces that each fill a line (the last one: the rest)."""
    pieces: list[str] = []
    piece, used = "", 0.0
    for char in word:
        char_width = text_width(char, font, size)
        if piece and used + char_width > width + FUZZ:
            pieces.append(piece)
            piece, used = "", 0.0
        piece += char
        used += char_width
    pieces.append(piece)
    return pieces


@functools.lru_cache(maxsize=2048)
def wrap_lines(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """The lines of ``text`` at this width: broken at spaces by ``simpleSplit`` (a newline is
    a line break), a word wider than the line cut by characters. Remembered: the preview
    rebuilds the same sheet while the volunteer types."""
    lines: list[str] = []
    for line in simpleSplit(text, font, size, width):
        if text_width(line, font, size) <= width + FUZZ:
            lines.append(line)
        else:  # simpleSplit leaves such a word whole, alone on its line
            lines.extend(_cut_word(line, font, size, width))
    return tuple(lines)


@dataclass(frozen=True)
class Para:
    """Lines of one style, ready to draw; split between lines where a page ends."""

    lines: tuple[str, ...]
    style: Style
    width: float

    @classmethod
    def of(cls, text: str, style: Style, width: float) -> Para:
        return cls(wrap_lines(text.strip(), style.font, style.size, width), style, width)

    @property
    def height(self) -> float:
        return len(self.lines) * self.style.leading

    def split(self, height: float) -> tuple[Para, Para]:
        """The lines that fit in ``height``, and the rest."""
        count = max(int((height + FUZZ) // self.style.leading), 0)
        return replace(self, lines=self.lines[:count]), replace(self, lines=self.lines[count:])

    def draw(self, canvas: PdfCanvas, x: float, top: float) -> None:
        """Draws with the top of the first line's leading box at ``top``."""
        st = self.style
        canvas.setFillColor(st.color)
        y = top - st.size
        text = canvas.beginText(x, y)
        text.setFont(st.font, st.size, st.leading)
        for line in self.lines:
            if st.centred:
                text.setTextOrigin(x + (self.width - text_width(line, st.font, st.size)) / 2, y)
                text.textOut(line)
                y -= st.leading
            else:
                text.textLine(line)
        canvas.drawText(text)


@dataclass(frozen=True)
class Cell:
    x: float  # from the left edge of the row
    para: Para
    #: shown again in full where its row goes on over a page break (a label)
    repeat: bool = False


@dataclass(frozen=True)
class Row:
    """Cells side by side, tops aligned, with padding above and below."""

    cells: tuple[Cell, ...] = ()
    top: float = 0
    bottom: float = 0
    #: the content height of a row without cells (an empty row below a short table)
    empty: float = 0

    @property
    def height(self) -> float:
        content = max((c.para.height for c in self.cells), default=self.empty)
        return self.top + content + self.bottom

    def split(self, height: float) -> tuple[Row, Row] | None:
        """The lines that fit in ``height`` and the rest, or None when no line fits."""
        room = height - self.top - self.bottom
        parts = [cell.para.split(room) for cell in self.cells]
        first = tuple(replace(c, para=p[0]) for c, p in zip(self.cells, parts, strict=True))
        rest = tuple(
            c if c.repeat else replace(c, para=p[1]) for c, p in zip(self.cells, parts, strict=True)
        )
        if not any(c.para.lines for c in first) or not any(
            p[1].lines for c, p in zip(self.cells, parts, strict=True) if not c.repeat
        ):
            return None
        return replace(self, cells=first), replace(self, cells=rest, top=self.bottom)

    def draw(self, canvas: PdfCanvas, x: float, top: float) -> None:
        for cell in self.cells:
            cell.para.draw(canvas, x + cell.x, top - self.top)


@dataclass(frozen=True)
class Part:
    """The rows of a table that go on one page; drawn from its bottom edge."""

    rows: tuple[Row, ...]
    #: the least height (the room a logo or QR code beside the rows needs) ...
    min_height: float = 0
    #: ... and what draws it, at the part's top left
    decorate: Painter | None = None

    @property
    def height(self) -> float:
        return max(sum(r.height for r in self.rows), self.min_height)

    def draw(self, canvas: PdfCanvas, x: float, bottom: float) -> None:
        top = bottom + self.height
        if self.decorate is not None:
            self.decorate(canvas, x, top)
        # rows share out the room a decoration needs, as beside a cell spanning all rows
        extra = (self.height - sum(r.height for r in self.rows)) / max(len(self.rows), 1)
        for row in self.rows:
            row.draw(canvas, x, top)
            top -= row.height + extra


@dataclass(frozen=True)
class Table:
    """Rows kept on one page when they fit on one; otherwise split over pages."""

    rows: tuple[Row, ...]
    space_before: float = 0
    space_after: float = 0
    #: rows that do not start a page's part on their own (a name above its details)
    heading_rows: int = 0
    #: rows repeated at the top of every later part (the name, "(vervolg)")
    continued: tuple[Row, ...] = ()
    #: for the first part only
    min_height: float = 0
    decorate: Painter | None = None


@dataclass(frozen=True)
class Fixed:
    """Something that is never split (a rule, a spacer); drawn from its bottom edge."""

    height: float
    draw: Painter
    space_before: float = 0
    space_after: float = 0


@dataclass(frozen=True)
class Frame:
    """Where the flow goes on each page (PDF points from the bottom)."""

    top: float
    bottom: float

    @property
    def height(self) -> float:
        return self.top - self.bottom


Placed = tuple[Part | Fixed, float]  # with its bottom edge


def _fill(
    table: Table, rows: tuple[Row, ...], room: float, first: bool, frame: Frame, at_top: bool
) -> tuple[Part, tuple[Row, ...]] | None:
    """The part of a table too tall for a page that fills ``room``, and the rows left over;
    None when the table should start on the next page instead."""
    head = () if first else table.continued
    taken, used = list(head), sum(r.height for r in head)
    continued = sum(r.height for r in table.continued)
    rest: tuple[Row, ...] = ()
    for i, row in enumerate(rows):
        if used + row.height <= room + FUZZ:
            taken.append(row)
            used += row.height
            continue
        # between rows when the row fits on the next page, else between its lines
        split = None if i and continued + row.height <= frame.height else row.split(room - used)
        if split is None:
            rest = rows[i:]
        else:
            taken.append(split[0])
            rest = (split[1], *rows[i + 1 :])
        break
    own = len(taken) - len(head)
    part = Part(tuple(taken), table.min_height if first else 0, table.decorate if first else None)
    if own == 0 or part.height > room + FUZZ:
        return None
    if first and not at_top and own <= table.heading_rows:
        return None  # a name alone at the foot of a page: start on the next one
    return part, rest


def paginate(story: Sequence[Table | Fixed], frame: Frame) -> list[list[Placed]]:
    """Blocks into pages, as platypus fills frames: the space before a block is dropped at
    the top of a page and overlaps the space after the block above; a block that does not fit
    starts a new page; a table taller than a page fills the rest of this one and goes on."""
    pages: list[list[Placed]] = [[]]
    y, at_top, prev_after = frame.top, True, 0.0

    def new_page() -> None:
        nonlocal y, at_top, prev_after
        pages.append([])
        y, at_top, prev_after = frame.top, True, 0.0

    def place(item: Part | Fixed, space: float, after: float) -> None:
        nonlocal y, at_top, prev_after
        bottom = y - space - item.height
        pages[-1].append((item, bottom))
        y, at_top, prev_after = bottom - after, False, after

    for block in story:
        if isinstance(block, Fixed):
            space = 0.0 if at_top else max(block.space_before - prev_after, 0.0)
            if not at_top and y - space - block.height < frame.bottom - FUZZ:
                new_page()
                space = 0.0
            place(block, space, block.space_after)
            continue
        rows, first = block.rows, True
        while True:
            space = 0.0 if at_top else max(block.space_before - prev_after, 0.0)
            room = y - space - frame.bottom
            head = () if first else block.continued
            whole = Part(
                head + rows,
                block.min_height if first else 0,
                block.decorate if first else None,
            )
            if whole.height <= room + FUZZ:
                place(whole, space, block.space_after)
                break
            if not at_top and whole.height <= frame.height + FUZZ:
                new_page()
                continue
            filled = _fill(block, rows, room, first, frame, at_top)
            if filled is None:
                if at_top:  # only a line taller than a page could get here
                    raise ValueError("A line of the document is taller than a page.")
                new_page()
                continue
            part, rows = filled
            place(part, space, 0.0)
            new_page()
            first = False
    if not pages[-1] and len(pages) > 1:
        pages.pop()
    return pages
