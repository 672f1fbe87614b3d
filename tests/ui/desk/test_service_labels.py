"""One service reads the same everywhere: the detail pane, the referral sheet and its text
name its fields with the same words, in the same order."""

from __future__ import annotations

from datetime import datetime

from tests.reports.pdf_checks import pdf_text
from wijkinfo.db.models import RequiredDocument
from wijkinfo.reports.service_fields import FIELDS, SHEET_FIELDS
from wijkinfo.services.desk.referrals import ReferralSheets
from wijkinfo.services.people.auth import VOLUNTEER, Actor
from wijkinfo.services.search.lookup import SearchService, ServiceDetail
from wijkinfo.ui.desk.service_detail_view import ServiceDetailView

NOW = datetime(2026, 11, 23, 10, 0)
LABELS = {str(f.label) for f in FIELDS}


def _on_sheet(d: ServiceDetail) -> list[str]:
    present = {
        "phones": bool(d.phones),
        "addresses": bool(d.addresses),
        "hours": any(day.spans or day.closed_note for day in d.week),
        "documents": bool(d.required_documents),
        "fees": bool(d.fees),
        "email": bool(d.email),
        "url": bool(d.url),
    }
    return [str(f.label) for f in SHEET_FIELDS if present[f.key]]


def test_sheet_text_and_detail_pane_name_the_fields_alike(qtbot, demo_store, demo_data):
    geldfit = next(
        s["id"] for s in demo_data["services"] if s["name"] == "Schuldhulpverlening Geldfit"
    )
    with demo_store.unit_of_work() as session:  # the demo lists no documents to bring
        session.add(RequiredDocument(service_id=geldfit, document="Brieven van schuldeisers"))
    search = SearchService(demo_store)
    details = [search.detail(s["id"], now=NOW) for s in demo_data["services"]]
    full = [d for d in details if len(_on_sheet(d)) == len(SHEET_FIELDS)]
    assert full, "the demo should hold a service with every field of the sheet"
    d = full[0]
    expected = _on_sheet(d)

    sheet = ReferralSheets(demo_store, search).build(
        actor=Actor("v", "Ans", VOLUNTEER), service_ids=[d.id], now=NOW
    )
    text_labels = [
        line.split(": ", 1)[0]
        for line in sheet.text.splitlines()
        if line.split(": ", 1)[0] in LABELS
    ]
    assert text_labels == expected

    printed = pdf_text(sheet.pdf)
    at = printed.index(d.name)
    for label in expected:  # each label after the one before it
        at = printed.index(label, at + 1)

    view = ServiceDetailView()
    qtbot.addWidget(view)
    view.show_detail(d)
    pane = [line for line in view.browser.toPlainText().splitlines() if line.strip() in LABELS]
    pane = [line.strip() for line in pane]
    assert [label for label in pane if label in expected] == expected
    assert pane == [str(f.label) for f in FIELDS if str(f.label) in pane]  # the one order
    assert "Meenemen" not in view.browser.toPlainText()
