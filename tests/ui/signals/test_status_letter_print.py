"""The status letter prints straight from the signal, like the referral sheet."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from tests.services.signals.signal_helpers import log, make_people
from wijkinfo.services.datafolder.paths import TEMP_PREFIX
from wijkinfo.ui.main_window import MainWindow


def test_printing_the_letter_sends_its_pages_and_leaves_no_copy_behind(qtbot, store, tmp_path):
    kees, _f, ans = make_people(store)
    sid = log(store, ans).id
    w = MainWindow(store, actor=kees)
    qtbot.addWidget(w)
    w.show()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    w.signals_area.print_letter_now(sid, printer)
    qtbot.waitUntil(lambda: "naar de printer" in w.status_message(), timeout=15000)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) >= 1
    # the letter (it may hold the resident's name) was only a temporary file in the data folder
    assert not [p for p in store.paths.root.iterdir() if p.name.startswith(TEMP_PREFIX)]


def test_the_print_button_sits_beside_the_pdf_button(qtbot, store):
    kees, _f, _ans = make_people(store)
    w = MainWindow(store, actor=kees)
    qtbot.addWidget(w)
    pane = w.signals_area.review.detail
    assert pane.print_letter_button.text().replace("&", "") == "Statusbrief afdrukken…"
