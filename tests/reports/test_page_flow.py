"""The page flow under any mix of blocks: every line once, in order, inside the frame."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wijkinfo.reports.fonts import register_fonts
from wijkinfo.reports.page_flow import (
    Cell,
    Fixed,
    Frame,
    Para,
    Part,
    Row,
    Style,
    Table,
    paginate,
    text_width,
    wrap_lines,
)

FRAME = Frame(top=800, bottom=100)
STYLE = Style("Helvetica", 12, 15)
BIG = Style("Helvetica", 15, 19)


def _para(tag: str, count: int, style: Style = STYLE) -> Para:
    return Para(tuple(f"{tag}.{n}" for n in range(count)), style, 200)


@st.composite
def tables(draw, number: int) -> Table:
    rows = []
    for r in range(draw(st.integers(1, 6))):
        lines = draw(st.integers(1, 80))
        if draw(st.booleans()):
            rows.append(Row((Cell(0, _para(f"{number}.{r}", lines, BIG)),), top=2, bottom=2))
        else:  # a label and its value
            label = Cell(0, Para((f"label{number}.{r}",), STYLE, 100), repeat=True)
            rows.append(Row((label, Cell(100, _para(f"{number}.{r}", lines))), top=6, bottom=2))
    return Table(
        tuple(rows),
        space_before=draw(st.sampled_from([0, 6])),
        space_after=draw(st.sampled_from([0, 4])),
        heading_rows=draw(st.integers(0, 2)),
        continued=(Row((Cell(0, Para((f"cont{number}",), BIG, 200)),), top=2, bottom=2),),
        min_height=draw(st.sampled_from([0, 120])),
    )


@st.composite
def stories(draw) -> list[Table | Fixed]:
    story: list[Table | Fixed] = []
    for number in range(draw(st.integers(1, 6))):
        story.append(draw(tables(number)))
        if draw(st.booleans()):
            story.append(Fixed(1, lambda c, x, y: None, 8, 8))
    return story


def _lines(part: Part) -> list[str]:
    return [line for row in part.rows for cell in row.cells[-1:] for line in cell.para.lines]


@settings(max_examples=150, deadline=None)
@given(stories())
def test_every_line_once_in_order_inside_the_frame(story):
    pages = paginate(story, FRAME)
    assert all(pages)  # no empty page
    printed = []
    for page in pages:
        for item, bottom in page:
            assert bottom >= FRAME.bottom - 1e-6
            assert bottom + item.height <= FRAME.top + 1e-6
            if isinstance(item, Part):
                printed += [line for line in _lines(item) if not line.startswith("cont")]
    expected = [
        line
        for block in story
        if isinstance(block, Table)
        for row in block.rows
        for line in row.cells[-1].para.lines
    ]
    assert printed == expected


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=400), st.sampled_from([40.0, 90.0, 300.0]))
def test_wrapped_lines_fit_and_keep_every_character(text, width):
    regular, _ = register_fonts()
    lines = wrap_lines(text, regular, 12, width)
    assert all(text_width(line, regular, 12) <= width + 1e-6 or len(line) == 1 for line in lines)
    assert "".join("".join(lines).split()) == "".join(text.split())
