"""The municipality report (PDF) follows the language it is made in — the window's, or
WIJKINFO_LANG on the command line — and is Dutch by default."""

from __future__ import annotations

from tests.reports.pdf_checks import pdf_text, render_pages
from tests.services.signals.test_small_numbers_everywhere import PERIOD, TODAY, world  # noqa: F401
from wijkinfo.services.signals.documents import make_signal_report


def test_the_report_in_english_and_in_dutch_by_default(world, tmp_path):  # noqa: F811
    store, kees, _org = world
    nl = make_signal_report(store, actor=kees, path=tmp_path / "nl.pdf", today=TODAY, **PERIOD)
    en = make_signal_report(
        store, actor=kees, path=tmp_path / "en.pdf", today=TODAY, language="en", **PERIOD
    )
    dutch, english = pdf_text(nl.read_bytes()), pdf_text(en.read_bytes())
    assert "Per maand" in dutch and "Periode: 01-10-2026 tot en met 30-11-2026" in dutch
    assert "Period: 2026-10-01 up to and including 2026-11-30" in english
    assert "Per month" in english and "Per theme" in english and "Housing" in english
    assert "Oost, other neighbourhoods 7" in english and "Youth & family < 5" in english
    assert "October 2026" in english and "Desk" in english
    for dutch_word in ("Per maand", "signalen", "Wonen", "overige", "Balie", "oktober"):
        assert dutch_word not in english, dutch_word
    assert render_pages(en.read_bytes(), tmp_path, dpi=60)[0].stat().st_size > 3000


def test_the_recovery_sheet_in_the_coordinators_language(store, tmp_path):
    from wijkinfo.services.privacy.recovery_sheet import write_recovery_sheet

    code = "ABCDE-FGHIJ-KLMNO"
    nl = write_recovery_sheet(store, code=code, path=tmp_path / "nl.pdf", today=TODAY)
    en = write_recovery_sheet(
        store, code=code, path=tmp_path / "en.pdf", today=TODAY, language="en"
    )
    dutch, english = pdf_text(nl.read_bytes()), pdf_text(en.read_bytes())
    assert "Herstelcode:" in dutch and "Gemaakt op 23-11-2026" in dutch
    assert "Recovery code:" in english and "Made on 2026-11-23" in english
    assert code in dutch and code in english  # printed on purpose, in either language
    assert "How to use the code" in english and "wijkinfo recover NAME" in english
    assert "Herstel" not in english and "coördinator" not in english


def test_the_meeting_note_in_english_and_in_dutch_by_default(world, tmp_path):  # noqa: F811
    from wijkinfo.services.signals.dossier import find_subject
    from wijkinfo.services.signals.dossier_files import write_dossier

    store, kees, org_id = world
    subject = find_subject(store, actor=kees, text=org_id)
    for language in ("nl", "en"):
        out = tmp_path / f"{language}.pdf"
        write_dossier(
            store, actor=kees, subject=subject, path=out, today=TODAY, language=language, **PERIOD
        )
    dutch = pdf_text((tmp_path / "nl.pdf").read_bytes())
    english = pdf_text((tmp_path / "en.pdf").read_bytes())
    assert "Gespreksnotitie: signalen over" in dutch and "Om te bespreken" in dutch
    assert "Meeting note: signals about" in english and "To discuss" in english
    assert "the organisation" in english and "Signal 1 · October 2026 · Housing" in english
    assert "(new)" in english and "Youth & family < 5" in english
    assert "Gezin wacht op jeugdhulp." in english  # the resident's words, as written
    for dutch_word in ("signalen", "Wonen", "oktober", "Thema"):
        assert dutch_word not in english, dutch_word
