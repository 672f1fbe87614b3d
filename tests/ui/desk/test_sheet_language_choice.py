"""The volunteer picks the language of the sheet for the resident, beside the sheet's fields:
Nederlands by default, English on request, and Nederlands again for the next resident. The
English window prints a Dutch sheet unless English is chosen: the sheet is the resident's."""

from __future__ import annotations

from tests.reports.pdf_checks import pdf_text
from tests.ui.desk.test_referral_view import _fill_basket


def _saved_text(view, qtbot, path) -> str:
    qtbot.waitUntil(lambda: view.sheet() is not None, timeout=15000)
    assert view.save_to(path)
    return pdf_text(path.read_bytes())


def test_the_sheet_language_is_chosen_for_the_resident(window, qtbot, tmp_path, language):
    language("en")  # the volunteer reads English; the resident may not
    areas = _fill_basket(window, qtbot, count=2)
    view = areas.view
    window.nav.setCurrentRow(1)
    choice = view.sheet_language
    assert choice.currentText() == "Nederlands" and choice.accessibleName()
    assert "Hier kunt u terecht" in _saved_text(view, qtbot, tmp_path / "nl.pdf")
    with qtbot.waitSignal(view.sheet_ready, timeout=15000):
        choice.setCurrentIndex(choice.findData("en"))
    text = _saved_text(view, qtbot, tmp_path / "en.pdf")
    assert "Where you can go" in text and "Hier kunt u terecht" not in text
    view.new_sheet()
    assert choice.currentData() == "nl"  # the next resident starts in Dutch
    window.tasks.wait()
