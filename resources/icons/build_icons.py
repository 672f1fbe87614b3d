"""Renders wijkinfo.svg into the PNG sizes (Linux desktop, window icon) and a Windows .ico.

    .venv/bin/python resources/icons/build_icons.py

Uses Qt's SVG renderer (PySide6, already installed) and Pillow for the .ico; commit the results.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256)


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt needs it for painting
    renderer = QSvgRenderer(str(HERE / "wijkinfo.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(HERE / f"wijkinfo-{size}.png"))
    big = Image.open(HERE / "wijkinfo-256.png")
    big.save(HERE / "wijkinfo.ico", sizes=[(s, s) for s in SIZES])
    print(f"{len(SIZES)} PNG sizes and wijkinfo.ico in {HERE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
