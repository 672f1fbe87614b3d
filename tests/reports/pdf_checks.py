"""Reading a PDF the way a resident would: its text, and its QR codes as a phone scans them."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

from pypdf import PdfReader


def pdf_text(pdf: bytes) -> str:
    """All pages' text with whitespace folded, so wrapped lines still match."""
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def folded(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def render_pages(pdf: bytes, folder: Path, dpi: int = 150) -> list[Path]:
    """Render with poppler's pdftoppm, as a printer would see the pages."""
    source = folder / "sheet.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), str(source), str(folder / "page")], check=True
    )
    return sorted(folder.glob("page-*.png"))


def qr_codes(png: Path) -> list[str]:
    """Every QR code zbarimg finds on a rendered page."""
    result = subprocess.run(
        ["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True, check=False
    )
    return [line for line in result.stdout.splitlines() if line]


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text, whitespace folded."""
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def ink_in(png: Path, box: tuple[float, float, float, float], dpi: int) -> bool:
    """Whether anything is drawn in ``box`` (x0, y0, x1, y1 in PDF points from the bottom
    left) of a page rendered at ``dpi``."""
    from PIL import Image

    with Image.open(png) as image:
        grey = image.convert("L")
    scale = dpi / 72
    x0, y0, x1, y1 = box
    height = grey.height
    crop = grey.crop(
        (
            round(x0 * scale),
            height - round(y1 * scale),
            round(x1 * scale),
            height - round(y0 * scale),
        )
    )
    return crop.point(lambda v: 255 if v < 250 else 0).getbbox() is not None
