"""Benchmark: building a 3-service referral sheet (QR codes, embedded font) against a bare
reportlab one-page document (heading, three paragraphs, a five-row table), in the same run.

Also times the whole service call (directory lookups + sheet) on the demo in a temp folder.
"ratio" is a rebuild (the preview while the volunteer types: QR codes already encoded);
"first_build_ratio" encodes the three QR codes too. Prints one JSON object on the last line.
Target: ratio <= 3.
"""

from __future__ import annotations

import io
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from wijkinfo.reports.referral_sheet import (
    Letterhead,
    SheetData,
    SheetService,
    build_sheet,
    qr_modules,
)

ROUNDS = 40


def bare_document() -> bytes:
    styles = getSampleStyleSheet()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4)
    text = "Wij helpen u met schulden en geldzorgen. Samen maken we een plan. " * 3
    story = [Paragraph("Verwijsbrief", styles["Heading1"])]
    story += [Paragraph(text, styles["Normal"]) for _ in range(3)]
    story.append(Table([[f"Rij {i}", "030 123 4567", "maandag 09:00–17:00"] for i in range(5)]))
    doc.build(story)
    return buf.getvalue()


def fonts_only() -> bytes:
    """A page with two words in the embedded font: what embedding alone costs."""
    from reportlab.pdfgen.canvas import Canvas

    from wijkinfo.reports.fonts import register_fonts

    regular, bold = register_fonts()
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4)
    canvas.setFont(regular, 12)
    canvas.drawString(72, 720, "Ayşe Doğan € 2,50")
    canvas.setFont(bold, 12)
    canvas.drawString(72, 700, "Łukasz Żółć")
    canvas.save()
    return buf.getvalue()


def sheet_data() -> SheetData:
    services = tuple(
        SheetService(
            name=f"Schuldhulp Ayşe Doğan {i}",
            organization="Stichting Łukasz Żółć & Chloë",
            description="Wij helpen u met schulden en geldzorgen. Samen maken we een plan. " * 4,
            phones=(f"030 271 44{i:02d} (Assistente)",),
            addresses=("Buurthuis De Linde, Poortstraat 8, 3532 CT Lindestad",),
            hours=("maandag t/m vrijdag: 09:00–17:00", "zaterdag en zondag: gesloten"),
            documents=("Legitimatie", "Brieven van schuldeisers"),
            fees="€ 2,50",
            url=f"https://www.geldfit.example.nl/hulp/{i}",
        )
        for i in range(3)
    )
    point = Letterhead("Wijkinformatiepunt Lindestad", "Marktplein 1", "030 123 4567", "ma–vr")
    return SheetData(point, date(2026, 11, 23), services, question="Ik heb schulden")


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def service_timing() -> float:
    from wijkinfo.services.datafolder.files import DataPaths
    from wijkinfo.services.datafolder.store import open_store
    from wijkinfo.services.desk.referrals import ReferralSheets
    from wijkinfo.services.directory.demo import load_demo
    from wijkinfo.services.people.auth import CLI_ACTOR

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(DataPaths(Path(tmp) / "data"))
        try:
            load_demo(store)
            data = json.loads(
                (
                    Path(__file__).resolve().parent.parent
                    / "resources"
                    / "demo"
                    / "sociale_kaart_demo.json"
                ).read_text(encoding="utf-8")
            )
            ids = [s["id"] for s in data["services"] if s.get("url")][:3]
            sheets = ReferralSheets(store)
            sheets.build(actor=CLI_ACTOR, service_ids=ids)  # warm-up
            times = [
                timed(lambda: sheets.build(actor=CLI_ACTOR, service_ids=ids))
                for _ in range(ROUNDS // 2)
            ]
        finally:
            store.close()
    return statistics.median(times)


def main() -> None:
    data = sheet_data()
    build_sheet(data)  # warm-up: font registration and imports happen once per program
    bare_document()
    sheet_ms, cold_ms, bare_ms, fonts_ms = [], [], [], []
    for _ in range(ROUNDS):  # interleaved, so that machine noise hits all alike
        sheet_ms.append(timed(lambda: build_sheet(data)))
        bare_ms.append(timed(bare_document))
        qr_modules.cache_clear()  # a first build: the QR codes are encoded too
        cold_ms.append(timed(lambda: build_sheet(data)))
        fonts_ms.append(timed(fonts_only))
    sheet, bare = statistics.median(sheet_ms), statistics.median(bare_ms)
    cold = statistics.median(cold_ms)
    result = {
        "benchmark": "referral_sheet",
        "rounds": ROUNDS,
        "sheet_3_services_ms": round(sheet, 2),
        "bare_reportlab_page_ms": round(bare, 2),
        "ratio": round(sheet / bare, 2),
        "sheet_first_build_ms": round(cold, 2),
        "first_build_ratio": round(cold / bare, 2),
        "target_ratio": 3.0,
        "embedded_font_only_ms": round(statistics.median(fonts_ms), 2),
        "service_build_3_services_ms": round(service_timing(), 2),
    }
    print(f"3-service sheet {sheet:.1f} ms, bare page {bare:.1f} ms, ratio {sheet / bare:.2f}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
