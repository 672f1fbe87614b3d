"""The referral sheet a resident takes home: every field readable, QR codes scannable."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from PIL import Image as PILImage
from pypdf import PdfReader
from reportlab.lib.utils import simpleSplit

from tests.reports.pdf_checks import folded, page_count, pdf_text, qr_codes, render_pages
from wijkinfo.reports.fonts import register_fonts
from wijkinfo.reports.page_flow import wrap_lines
from wijkinfo.reports.referral_sheet import (
    Letterhead,
    SheetData,
    SheetService,
    build_sheet,
    cut_to_lines,
    dutch_date,
)

POINT = Letterhead(
    name="Wijkinformatiepunt Lindestad",
    address="Marktplein 1, 3511 AA Lindestad",
    phone="030 123 4567",
    hours="maandag t/m vrijdag 10:00–16:00",
)


def _service(i: int, **changes) -> SheetService:
    values = dict(
        name=f"Schuldhulp Ayşe Doğan {i}",
        organization=f"Stichting Łukasz Żółć & Chloë {i}",
        description="Wij helpen u met schulden en geldzorgen. Samen maken we een plan.",
        phones=(f"030 271 44{i:02d} (Assistente)", "06 12345678"),
        addresses=(f"Buurthuis De Linde, Poortstraat {i}, 3532 CT Lindestad",),
        hours=("maandag t/m vrijdag: 09:00–17:00", "zaterdag en zondag: gesloten"),
        documents=("Legitimatie", f"Brieven van schuldeisers {i}"),
        fees="€ 2,50 per keer",
        email=f"info{i}@geldfit.example.nl",
        url=f"https://www.geldfit.example.nl/hulp/{i}",
    )
    values.update(changes)
    return SheetService(**values)


def _sheet(services, **changes) -> SheetData:
    values = dict(
        letterhead=POINT,
        day=date(2026, 11, 23),
        services=tuple(services),
        question="Ik heb schulden en weet niet waar ik moet beginnen",
        note="Bel eerst Geldfit, zij weten de weg.",
        resident_name="Fatıma Yılmaz",
    )
    values.update(changes)
    return SheetData(**values)


def test_every_field_of_every_service_is_on_the_sheet():
    services = [_service(i) for i in range(3)]
    result = build_sheet(_sheet(services))
    text = pdf_text(result.pdf)
    for expected in (
        POINT.name,
        POINT.address,
        POINT.phone,
        POINT.hours,
        "maandag 23 november 2026",
        "Fatıma Yılmaz",
        "Ik heb schulden en weet niet waar ik moet beginnen",
        "Bel eerst Geldfit, zij weten de weg.",
    ):
        assert expected in text
    for svc in services:
        for expected in (
            svc.name,
            svc.organization,
            svc.description,
            *svc.phones,
            *svc.addresses,
            *svc.hours,
            *svc.documents,
            svc.fees,
            svc.email,
            svc.url,
        ):
            assert folded(expected) in text, expected
    assert "ş" in text and "ğ" in text and "ł" in text and "ë" in text and "€ 2,50" in text
    assert result.warnings == ()


def test_qr_code_on_the_rendered_page_is_the_website(tmp_path):
    result = build_sheet(_sheet([_service(1), _service(2)]))
    pages = render_pages(result.pdf, tmp_path)
    found = [code for page in pages for code in qr_codes(page)]
    assert sorted(found) == [
        "https://www.geldfit.example.nl/hulp/1",
        "https://www.geldfit.example.nl/hulp/2",
    ]


def test_many_services_flow_onto_numbered_pages():
    result = build_sheet(_sheet([_service(i) for i in range(8)]))
    pages = page_count(result.pdf)
    assert pages >= 3 and result.pages == pages
    text = pdf_text(result.pdf)
    for n in range(1, pages + 1):
        assert f"pagina {n} van {pages}" in text
    assert all(f"Schuldhulp Ayşe Doğan {i}" in text for i in range(8))


def test_missing_fields_leave_no_empty_labels():
    bare = SheetService(name="Reparatiecafé", organization="Buurthuis Oost")
    result = build_sheet(_sheet([bare], question="", note="", resident_name=""))
    text = pdf_text(result.pdf)
    assert "Reparatiecafé" in text and "Buurthuis Oost" in text
    for label in (
        "Telefoon:",
        "Adres",
        "Open deze week",
        "Neem mee",
        "Kosten",
        "Website",
        "E-mail",
        "Uw vraag",
        "Voor:",
        "Scan voor de website",
    ):
        assert label not in text.replace(f"Telefoon: {POINT.phone}", "")


def test_a_2000_character_description_is_cut_at_a_sentence_or_word():
    long = (
        "De schuldhulp van Lindestad helpt bij rekeningen, aanmaningen en deurwaarders. "
        + "Wij kijken samen naar uw inkomen en uitgaven en maken een plan " * 40
    )[:2000]
    result = build_sheet(_sheet([_service(1, description=long)]))
    text = pdf_text(result.pdf)
    assert "De schuldhulp van Lindestad helpt bij rekeningen, aanmaningen en deurwaarders." in text
    assert long[1500:1560] not in text
    assert page_count(result.pdf) == 1


@pytest.mark.parametrize(
    "text, expect_end",
    [
        ("Kort.", "Kort."),
        ("Eerste zin. " + "tweede zin is heel lang " * 30, "Eerste zin."),
        ("woord " * 400, "…"),
        ("x" * 2000, "…"),
    ],
)
def test_cut_to_two_lines(text, expect_end):
    regular, _ = register_fonts()
    cut = cut_to_lines(text, regular, 12, 400, 2)
    assert cut.endswith(expect_end)
    assert len(simpleSplit(cut, regular, 12, 400)) <= 2
    assert len(wrap_lines(cut, regular, 12, 400)) <= 2  # as the sheet draws it


@pytest.mark.parametrize("logo_kind", ["missing", "broken"])
def test_missing_or_broken_logo_prints_without_logo_and_says_so(tmp_path, logo_kind):
    logo = tmp_path / "logo.png"
    if logo_kind == "broken":
        logo.write_bytes(b"this is not a picture")
    result = build_sheet(_sheet([_service(1)], letterhead=Letterhead(POINT.name, logo=str(logo))))
    assert page_count(result.pdf) == 1 and POINT.name in pdf_text(result.pdf)
    assert len(result.warnings) == 1 and "zonder logo" in result.warnings[0]


def test_a_good_logo_is_printed(tmp_path):
    logo = tmp_path / "logo.png"
    PILImage.new("RGB", (300, 120), (200, 30, 30)).save(logo)
    result = build_sheet(_sheet([_service(1)], letterhead=Letterhead(POINT.name, logo=str(logo))))
    assert result.warnings == ()
    assert b"/Subtype /Image" in result.pdf


def test_a_very_long_website_wraps_and_gets_no_unscannable_qr():
    url = "https://www.example.nl/" + "pad/" * 150
    result = build_sheet(_sheet([_service(1, url=url)]))
    text = pdf_text(result.pdf).replace(" ", "")
    assert url[:80] in text and "Scanvoordewebsite" not in text


def test_dates_in_dutch():
    assert dutch_date(date(2026, 11, 23)) == "maandag 23 november 2026"
    assert dutch_date(date(2027, 1, 1)) == "vrijdag 1 januari 2027"


def test_body_type_is_at_least_12_points():
    result = build_sheet(_sheet([_service(1)]))
    content = PdfReader(io.BytesIO(result.pdf)).pages[0].get_contents().get_data().decode("latin-1")
    # only text blocks that show text; reportlab also emits empty ones that just set state
    blocks = [b for b in re.findall(r"BT(.*?)ET", content, re.S) if "Tj" in b]
    sizes = [float(s) for b in blocks for s in re.findall(r" ([\d.]+) Tf", b)]
    assert sizes and min(sizes) >= 12
