"""The embedded font prints names as people write them."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from wijkinfo.reports.fonts import register_fonts

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
