"""Printing a PDF through Qt: each page rendered by QtPdf and drawn onto a QPrinter."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

#: enough for sharp text and scannable QR codes, small enough for a modest laptop's memory
MAX_RENDER_DPI = 300


def prepare_printer(printer: QPrinter) -> None:
    """A4 portrait, the whole sheet: the PDF brings its own margins."""
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName("Verwijsbrief")


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page; returns the number of pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("de printer kan niet worden gebruikt")
    try:
        dpi = min(printer.resolution(), MAX_RENDER_DPI)
        target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(page, size)
            scale = min(target.width() / size.width(), target.height() / size.height())
            rect = QRectF(target.x(), target.y(), size.width() * scale, size.height() * scale)
            painter.drawImage(rect, image)
        return document.pageCount()
    finally:
        painter.end()
