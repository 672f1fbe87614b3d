"""The status letter in the resident's language: Dutch by default, English when chosen in the
detail pane. Names, the organisation it went to and the point's details are data."""

from __future__ import annotations

from datetime import date

from tests.reports.pdf_checks import pdf_text, render_pages
from tests.services.signals.signal_helpers import TODAY, log, make_people
from wijkinfo.services.signals import intake, review
from wijkinfo.services.signals.documents import make_status_letter


def _forwarded(store):
    kees, _f, ans = make_people(store)
    contact = intake.ContactInput(name="Jan Jansen", phone="0612", consent=True)
    sid = log(store, ans, contact=contact).id
    review.change_status(
        store, actor=kees, signal_id=sid, to_status="in_behandeling", expected_version=1
    )
    review.change_status(
        store,
        actor=kees,
        signal_id=sid,
        to_status="doorgezet",
        expected_version=2,
        forwarded_to="Gemeente Lindestad",
    )
    return kees, sid


def test_the_letter_in_english_and_in_dutch_by_default(store, tmp_path):
    kees, sid = _forwarded(store)
    nl = make_status_letter(store, actor=kees, signal_id=sid, path=tmp_path / "nl.pdf", today=TODAY)
    en = make_status_letter(
        store, actor=kees, signal_id=sid, path=tmp_path / "en.pdf", today=TODAY, language="en"
    )
    dutch, english = pdf_text(nl.read_bytes()), pdf_text(en.read_bytes())
    assert "Beste Jan Jansen" in dutch and "Over: uw signaal van 20-11-2026" in dutch
    assert "Dear Jan Jansen," in english and "About: your report of 20 November 2026" in english
    assert "money worries & debt" in english and "Gemeente Lindestad" in english
    assert "Kind regards," in english and "Met vriendelijke groet" not in english
    assert not {"Beste", "signaal", "bewoner", "Hoe staat"} & set(english.replace(",", " ").split())
    page = render_pages(en.read_bytes(), tmp_path, dpi=60)[0]
    assert page.stat().st_size > 3000
    assert date(2026, 11, 20).strftime("%d-%m-%Y") not in english  # never 20-11 in English


def test_the_detail_pane_saves_the_letter_in_the_chosen_language(
    qtbot, store, tmp_path, monkeypatch
):
    from wijkinfo.ui.main_window import MainWindow

    kees, sid = _forwarded(store)
    out = tmp_path / "statusbrief.pdf"
    monkeypatch.setattr(  # the save dialog answers with this file
        "wijkinfo.ui.signals.status_letter_action.save_file_name", lambda *args: out
    )
    w = MainWindow(store, actor=kees)
    qtbot.addWidget(w)
    pane = w.signals_area.review.detail
    choice = pane.letter_language
    assert choice.currentData() == "nl" and choice.accessibleName()
    choice.setCurrentIndex(choice.findData("en"))
    pane.letter_requested.emit(sid)  # what the button says when this signal is shown
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 0, timeout=15000)
    w.tasks.wait()
    assert "Dear Jan Jansen," in pdf_text(out.read_bytes())
