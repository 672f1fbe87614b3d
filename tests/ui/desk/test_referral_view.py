"""A volunteer builds a basket of three services, previews, prints (to PDF) and hands it out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from tests.reports.pdf_checks import page_count, pdf_text, qr_codes, render_pages
from wijkinfo.db.models import Referral
from wijkinfo.services.people.auth import COORDINATOR, Actor
from wijkinfo.services.search.lookup import SearchService
from wijkinfo.services.settings import set_setting
from wijkinfo.ui.main_window import MainWindow


def _referrals(store) -> int:
    with store.sessions() as session:
        return session.scalar(select(func.count()).select_from(Referral))


def _fill_basket(window, qtbot, query="schuld", count=3):
    view = window.search_view
    qtbot.keyClicks(view.box, query)
    qtbot.waitUntil(lambda: view.model.rowCount() >= count, timeout=15000)
    areas = window.referrals
    added = 0
    for row in range(view.model.rowCount()):
        hit = view.model.hit(row)
        if not hit.referable:
            continue
        view.results.setFocus()
        view.results.setCurrentIndex(view.model.index(row))
        qtbot.waitUntil(lambda h=hit: view.current_service_id() == h.id, timeout=15000)
        qtbot.keyClick(view.results, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        added += 1
        assert len(areas.basket) == added
        if added == count:
            break
    return areas


def test_basket_preview_print_save_copy_counts_once(window, qtbot, tmp_path):
    areas = _fill_basket(window, qtbot)
    assert window.nav.item(1).text() == "Verwijzen (3)"
    names = [item.name for item in areas.basket.items()]
    view = areas.view
    window.nav.setCurrentRow(1)
    assert view.list.count() == 3 and names[0] in view.list.item(0).text()
    with qtbot.waitSignal(view.sheet_ready, timeout=10000):
        qtbot.keyClicks(view.question, "Ik heb schulden, waar kan ik heen?")
    qtbot.waitUntil(lambda: view.preview_doc.pageCount() >= 1, timeout=15000)
    assert view.print_button.isEnabled()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    with qtbot.waitSignal(view.counted, timeout=15000):
        assert view.print_to(printer)
    sheet = view.sheet()
    assert page_count(printed.read_bytes()) == sheet.pages
    # what came out of the printer carries the same QR codes as the sheet
    scanned = {
        code for page in render_pages(printed.read_bytes(), tmp_path) for code in qr_codes(page)
    }
    search = SearchService(window.store)
    websites = {search.detail(sid).url for sid in areas.basket.ids()} - {None}
    assert websites and scanned == websites

    saved = tmp_path / "brief.pdf"
    assert view.save_to(saved)
    text = pdf_text(saved.read_bytes())
    assert all(name in text for name in names)
    assert "Ik heb schulden, waar kan ik heen?" in text
    view.copy_text()
    assert names[0] in QApplication.clipboard().text()
    window.tasks.wait()
    assert _referrals(window.store) == 1  # one basket handed out, counted once

    view.remove_button.click()
    assert view.list.count() == 2
    view.new_sheet()
    assert (
        view.list.count() == 0 and view.question.text() == "" and not view.print_button.isEnabled()
    )


def test_reordering_changes_the_sheet(window, qtbot):
    areas = _fill_basket(window, qtbot, count=2)
    view = areas.view
    first, second = (item.name for item in areas.basket.items())
    view.list.setCurrentRow(1)
    with qtbot.waitSignal(view.sheet_ready, timeout=10000):
        view.up_button.click()
    assert [i.name for i in areas.basket.items()] == [second, first]
    text = pdf_text(view.sheet().pdf)
    assert text.index(second) < text.index(first)


def test_broken_logo_prints_without_logo_and_says_so(window, qtbot, tmp_path):
    broken = tmp_path / "logo.png"
    broken.write_text("geen plaatje")
    with window.store.unit_of_work() as session:
        set_setting(session, "point_logo", str(broken))
    areas = _fill_basket(window, qtbot, count=1)
    qtbot.waitUntil(lambda: areas.view.sheet() is not None, timeout=10000)
    assert "zonder logo" in areas.view.status.text()


def test_a_do_not_refer_service_stays_off_the_sheet(window, qtbot):
    view = window.search_view
    qtbot.keyClicks(view.box, "schuld")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=15000)
    hits = [view.model.hit(r) for r in range(view.model.rowCount())]
    blocked = [i for i, h in enumerate(hits) if not h.referable]
    assert blocked, "the demo has a debt service marked niet doorverwijzen"
    view.results.setCurrentIndex(view.model.index(blocked[0]))
    qtbot.waitUntil(lambda: view.current_service_id() == hits[blocked[0]].id, timeout=15000)
    window.referrals.add_action.trigger()
    assert len(window.referrals.basket) == 0 and "Niet op de brief" in view.detail.status.text()


def test_tally_bar_counts_undoes_and_shows_totals(window, qtbot):
    bar = window.referrals.tally_bar
    qtbot.waitUntil(lambda: "Vandaag: 0" in bar.totals.text(), timeout=15000)
    assert bar.channel() == "balie"
    button = bar.theme_buttons["gezondheid-zorg"]
    with qtbot.waitSignal(
        bar.totals_shown, timeout=15000, check_params_cb=lambda t, w: (t, w) == (1, 1)
    ):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    bar.channel_buttons["telefoon"].click()
    with qtbot.waitSignal(
        bar.totals_shown, timeout=15000, check_params_cb=lambda t, w: (t, w) == (2, 2)
    ):
        bar.theme_buttons["leefstijl-sporten"].click()
    assert bar.totals.text() == "Vandaag: 2 · Deze week: 2"
    with qtbot.waitSignal(
        bar.totals_shown, timeout=15000, check_params_cb=lambda t, w: (t, w) == (1, 1)
    ):
        bar.undo_button.click()


def test_coordinator_sees_totals_and_exports_csv(qtbot, demo_store, tmp_path):
    window = MainWindow(demo_store, actor=Actor("c", "Kees", COORDINATOR))
    qtbot.addWidget(window)
    window.show()
    areas = window.referrals
    bar = areas.tally_bar
    bar.wijk.setCurrentIndex(bar.wijk.findData("wijk-oost"))
    with qtbot.waitSignal(bar.totals_shown, timeout=15000):
        bar.channel_buttons["e-mail"].click()
        bar.theme_buttons["gezondheid-zorg"].click()
    with qtbot.waitSignal(areas.report.refreshed, timeout=15000):
        areas.report.refresh()
    model = areas.report.model
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    assert [row[1:] for row in rows] == [["Gezondheid & zorg", "Oost", "E-mail", 1]]
    out = tmp_path / "telling.csv"
    areas.report.export_to(out)
    qtbot.waitUntil(lambda: "opgeslagen" in areas.report.summary.text(), timeout=15000)
    assert "Gezondheid & zorg;Oost;E-mail;< 5" in out.read_text(encoding="utf-8-sig")
    window.tasks.wait()


def test_settings_tab_checks_the_phone_and_updates_the_letterhead(qtbot, demo_store):
    window = MainWindow(demo_store, actor=Actor("c", "Kees", COORDINATOR))
    qtbot.addWidget(window)
    settings = window.referrals.settings
    settings.phone.setText("12")
    settings.save()
    qtbot.waitUntil(lambda: "geen geldig telefoonnummer" in settings.message.text(), timeout=15000)
    settings.phone.setText("0301234567")
    settings.address.setText("Marktplein 1, Lindestad")
    with qtbot.waitSignal(settings.saved, timeout=15000):
        settings.save()
    assert settings.phone.text() == "030 123 4567"
    sheet = window.referrals.view._sheets.letterhead()
    assert sheet.phone == "030 123 4567" and sheet.address == "Marktplein 1, Lindestad"
    window.tasks.wait()


def test_coordinator_shortens_the_check_term_and_the_desk_warns(qtbot, demo_store):
    from datetime import date, timedelta

    from sqlalchemy import update

    from wijkinfo.db.models import Service
    from wijkinfo.services.search.lookup import SearchService

    hit = SearchService(demo_store).search("geldlijn")[0]
    eight_months_ago = date.today() - timedelta(days=245)  # between 6 and 12 months
    with demo_store.unit_of_work() as session:
        session.execute(
            update(Service).where(Service.id == hit.id).values(assured_date=eight_months_ago)
        )
    window = MainWindow(demo_store, actor=Actor("c", "Kees", COORDINATOR))
    qtbot.addWidget(window)
    settings = window.referrals.settings
    assert settings.stale_months.value() == 12
    settings.stale_months.setValue(6)
    settings.stale_save.click()
    qtbot.waitUntil(lambda: "6 maand" in settings.stale_message.text(), timeout=15000)
    view = window.search_view
    qtbot.keyClicks(view.box, "geldlijn")
    qtbot.waitUntil(lambda: view.current_service_id() == hit.id, timeout=15000)
    qtbot.waitUntil(
        lambda: "langer dan 6 maanden" in view.detail.browser.toPlainText(), timeout=15000
    )
    window.tasks.wait()
