"""The referral sheet in the resident's language: Dutch by default, English when asked. The
sheet's own words, dates and opening hours change; what coordinators wrote (names,
descriptions, fees) is data and stays as written."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.cli.coordinator import coordinator_args
from tests.reports.pdf_checks import pdf_text, render_pages
from wijkinfo.cli import build_parser, main
from wijkinfo.services.desk.referrals import ReferralSheets, week_lines
from wijkinfo.services.directory.hours import DayHours
from wijkinfo.services.errors import UserError
from wijkinfo.services.people.auth import VOLUNTEER, Actor

ANS = Actor("v", "Ans", VOLUNTEER)
NOW = datetime(2026, 11, 23, 10, 0)  # a Monday
DUTCH_WORDS = ("Hier kunt u terecht", "Datum:", "Uw vraag:", "pagina 1 van", "Telefoon")


def _ids(demo_data, n=3):
    with_hours = [s for s in demo_data["services"] if s.get("url") and s.get("phones")]
    return [s["id"] for s in with_hours[:n]]


def test_the_english_sheet_speaks_english_and_dutch_stays_the_default(demo_store, demo_data):
    sheets = ReferralSheets(demo_store)
    kwargs = dict(actor=ANS, service_ids=_ids(demo_data), question="Help with money", now=NOW)
    dutch = sheets.build(**kwargs)
    english = sheets.build(**kwargs, language="en")
    nl, en = pdf_text(dutch.pdf), pdf_text(english.pdf)
    assert all(word in nl for word in DUTCH_WORDS)
    assert "Date: Monday 23 November 2026" in en and "Your question: Help with money" in en
    assert "Where you can go" in en and "page 1 of" in en and "Phone" in en
    assert not [word for word in DUTCH_WORDS if word in en]
    assert "maandag" not in en.lower() and "t/m" not in en
    name = demo_data["services"][0]["name"]
    assert (name in nl) == (name in en)  # the services' names are data
    assert "Where you can go:" in english.text and "Hier kunt u terecht:" in dutch.text


def test_opening_hours_in_english():
    week = [DayHours(i, "", ("09:00–17:00",)) for i in range(5)] + [
        DayHours(5, "", (), "Kerst"),
        DayHours(6, "", ()),
    ]
    assert week_lines(week, "en") == (
        "Monday to Friday: 09:00–17:00",
        "Saturday: closed (Kerst)",
        "Sunday: closed",
    )
    assert week_lines(week)[0] == "maandag t/m vrijdag: 09:00–17:00"


def test_another_language_is_refused(demo_store, demo_data):
    with pytest.raises(UserError, match="Nederlands of English"):
        ReferralSheets(demo_store).build(actor=ANS, service_ids=_ids(demo_data), language="fr")


def test_the_english_sheet_renders_like_the_dutch_one(demo_store, demo_data, tmp_path):
    sheet = ReferralSheets(demo_store).build(
        actor=ANS, service_ids=_ids(demo_data, 2), now=NOW, language="en"
    )
    pages = render_pages(sheet.pdf, tmp_path, dpi=60)
    assert len(pages) == sheet.pages and pages[0].stat().st_size > 5000


def test_the_command_line_makes_the_english_sheet_on_request(
    demo_store, demo_data, tmp_path, capsys
):
    root = demo_store.paths.root
    demo_store.close()
    ids = _ids(demo_data, 1)
    out = tmp_path / "sheet.pdf"
    argv = ["--data-dir", str(root), "referral", *ids, "--out", str(out), "--sheet-language", "en"]
    assert main(argv) == 0
    assert "Where you can go" in pdf_text(out.read_bytes())
    assert "Verwijsbrief gemaakt" in capsys.readouterr().out  # the volunteer's words: Dutch
    coordinator_args(root)  # the data folder is still fine to use
    build_parser("nl")
