"""A referral sheet whose services do not fit on a page: every line still printed, in order,
inside the margins, on pages numbered right — however long the directory's texts are."""

from __future__ import annotations

import re

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm

from tests.reports.pdf_checks import ink_in, page_count, page_texts, pdf_text, render_pages
from tests.reports.test_referral_sheet import POINT, _service, _sheet
from wijkinfo.reports.referral_sheet import FOOTER_HEIGHT, FRAME, MARGIN, SheetService, build_sheet
from wijkinfo.reports.service_fields import SHEET_FIELDS

DPI = 72


def _addresses(count: int) -> tuple[str, ...]:
    return tuple(f"Poortstraat {n}, 3532 CT Lindestad-Noord" for n in range(1, count + 1))


def _assert_inside_the_margins(pdf: bytes, folder) -> None:
    """Nothing in the page margins (the footer has the bottom centimetre to itself) and
    nothing of the flow in the band above the footer's rule."""
    width, height = A4
    for png in render_pages(pdf, folder, dpi=DPI):
        assert ink_in(png, (MARGIN, FRAME.bottom, width - MARGIN, FRAME.top), DPI), png
        for name, box in {
            "left": (0, 0, MARGIN - 1, height),
            "right": (width - MARGIN + 1, 0, width, height),
            "top": (0, height - MARGIN + 1, width, height),
            "bottom": (0, 0, width, 1 * cm),
            "above the footer": (0, FOOTER_HEIGHT + 4, width, FRAME.bottom - 1),
        }.items():
            assert not ink_in(png, box, DPI), f"{png.name}: drawn in the {name} margin"


def _assert_numbered(pdf: bytes, pages: int) -> list[str]:
    texts = page_texts(pdf)
    assert len(texts) == pages == page_count(pdf)
    for number, text in enumerate(texts, start=1):
        assert re.findall(r"pagina \d+ van \d+", text) == [f"pagina {number} van {pages}"]
    return texts


def test_a_service_with_60_addresses_goes_on_over_the_next_page(tmp_path):
    long = _service(1, addresses=_addresses(60))
    result = build_sheet(_sheet([_service(0), long, _service(2)]))
    texts = _assert_numbered(result.pdf, result.pages)
    assert result.pages >= 3
    text = " ".join(texts)
    positions = [text.index(address) for address in _addresses(60)]
    assert positions == sorted(positions)  # every address, in the directory's order
    # the page the addresses go on to says whose they are, and what they are
    goes_on = [t for t in texts if "Poortstraat 60," in t][0]
    assert "Schuldhulp Ayşe Doğan 1 (vervolg)" in goes_on and "Adres" in goes_on
    assert "Poortstraat 1," not in goes_on
    for later in ("Legitimatie", "info1@geldfit.example.nl", "Schuldhulp Ayşe Doğan 2"):
        assert later in text
    _assert_inside_the_margins(result.pdf, tmp_path)


def test_a_service_that_fits_on_a_page_is_never_split(tmp_path):
    services = [_service(i, addresses=_addresses(12)) for i in range(4)]
    result = build_sheet(_sheet(services))
    texts = _assert_numbered(result.pdf, result.pages)
    assert "(vervolg)" not in " ".join(texts)
    for i in range(4):
        holding = [t for t in texts if f"Brieven van schuldeisers {i}" in t]
        assert len(holding) == 1 and f"Schuldhulp Ayşe Doğan {i}" in holding[0]
    _assert_inside_the_margins(result.pdf, tmp_path)


def _flow(texts: list[str]) -> str:
    """The pages' text as one, without what each page adds: the footer, and on a page where
    a service goes on its name with "(vervolg)" and the label of a row that goes on."""
    footer = POINT.name + " · " + POINT.address
    labels = "|".join(re.escape(f.label) for f in SHEET_FIELDS)
    flow = []
    for text in texts:
        text = text[: text.rindex(footer)]
        text = re.sub(rf"^.*? \(vervolg\) (?:(?:{labels}) )?", "", text)
        flow.append(text)
    return re.sub(r"\s+", "", "".join(flow))


def _longest(words: str, length: int) -> str:
    return (words * (length // len(words) + 1))[:length].strip()


def test_every_field_at_its_longest_prints_in_full_inside_the_margins(tmp_path):
    words = "Łukasz Öztürk şeker ğ ı € Chloë Żółć Ayşe "
    service = SheetService(
        name=_longest(words, 10_000),
        organization=_longest("Stichting Ölçü " + words, 10_000),
        description=_longest("Wij helpen ı ğ ş € " + words, 10_000),
        phones=tuple(f"030 {n:03d} 4567 ({_longest(words, 40)})" for n in range(10)),
        addresses=tuple(_longest(f"Straat {n} " + words, 500) for n in range(20)),
        hours=tuple(f"{day}: 09:00–12:00, 13:00–17:00" for day in ("maandag", "dinsdag")),
        documents=(_longest("Paspoort " + words, 5_000),),
        fees=_longest("€ 2,50 " + words, 5_000),
        email="ö" * 64 + "@" + "ş" * 250 + ".example.nl",
        url="https://www.example.nl/" + "ğ" * 1_977,  # one word of 2,000 characters
    )
    result = build_sheet(_sheet([service, _service(1)]))
    texts = _assert_numbered(result.pdf, result.pages)
    squeezed = _flow(texts)
    for value in (
        service.name,
        service.organization,
        *service.phones,
        *service.addresses,
        *service.documents,
        service.fees,
        service.email,
        service.url,
    ):
        assert re.sub(r"\s+", "", value) in squeezed, value[:40]
    assert "Wij helpen ı ğ ş €" in " ".join(texts)  # the description: its first two lines
    assert "(vervolg)" in " ".join(texts[1:])
    assert "Schuldhulp Ayşe Doğan 1" in texts[-1]
    _assert_inside_the_margins(result.pdf, tmp_path)


def test_a_long_service_does_not_leave_its_name_alone_at_the_foot_of_a_page():
    services = [_service(0, addresses=_addresses(16)), _service(1, addresses=_addresses(60))]
    texts = page_texts(build_sheet(_sheet(services)).pdf)
    for text in texts:
        if "Schuldhulp Ayşe Doğan 1" in text and "(vervolg)" not in text:
            assert "Telefoon" in text.split("Schuldhulp Ayşe Doğan 1", 1)[1]


def test_a_long_letterhead_stays_inside_its_footer(tmp_path):
    point = _sheet([]).letterhead
    long_point = type(point)(name="Wijkinformatiepunt " * 20, address="Marktplein 1 " * 30)
    result = build_sheet(_sheet([_service(1)], letterhead=long_point))
    assert "Wijkinformatiepunt" in pdf_text(result.pdf)
    _assert_numbered(result.pdf, result.pages)
    _assert_inside_the_margins(result.pdf, tmp_path)
