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
