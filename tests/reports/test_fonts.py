"""The embedded font prints names as people write them."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from wijkinfo.reports.fonts import _deflate, register_fonts
from wijkinfo.resources import resources_dir

NAMES = "Ayşe Doğan · Łukasz Żółć · Chloë Daniëls · Fatıma · € 2,50"


def test_names_with_turkish_polish_dutch_letters_and_euro_survive_into_the_pdf():
    regular, bold = register_fonts()
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4)
    canvas.setFont(regular, 12)
    canvas.drawString(72, 720, NAMES)
    canvas.setFont(bold, 12)
    canvas.drawString(72, 700, NAMES)
    canvas.save()
    reader = PdfReader(io.BytesIO(buf.getvalue()))
    text = reader.pages[0].extract_text()
    assert text.count("Ayşe Doğan") == 2 and "Łukasz Żółć" in text and "€ 2,50" in text
    fonts = {str(f["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()}
    assert any("DejaVuSans" in f for f in fonts)


def _page(font: str, text: str) -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, invariant=1)  # invariant: no dates or random ids
    canvas.setFont(font, 12)
    for n in range(0, len(text), 60):
        canvas.drawString(72, 760 - n // 4, text[n : n + 60])
    canvas.save()
    return buf.getvalue()


def test_the_font_cache_writes_what_reportlab_writes():
    """EmbeddedFont reaches into reportlab's embedding (the face's subsets, the document's
    font objects and streams) to make each subset once: this pins that behaviour for the
    reportlab release that pyproject allows. Several subsets: more than 256 glyphs."""
    regular, _bold = register_fonts()
    if "PlainDejaVu" not in pdfmetrics.getRegisteredFontNames():
        font_file = resources_dir() / "fonts" / "DejaVuSans.ttf"
        pdfmetrics.registerFont(TTFont("PlainDejaVu", str(font_file)))
    text = NAMES + "".join(chr(c) for c in range(0x100, 0x250))
    _deflate.cache_clear()
    first = _page(regular, text)
    again = _page(regular, text)
    assert _deflate.cache_info().hits > 0  # the second page took the subsets from the cache
    assert first == again == _page("PlainDejaVu", text)
