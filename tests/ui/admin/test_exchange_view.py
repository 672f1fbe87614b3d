"""Beheer › Importeren en exporteren, driven as a coordinator would."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from wijkinfo.services.people.auth import COORDINATOR, Actor
from wijkinfo.services.search.lookup import SearchService
from wijkinfo.ui.admin.exchange_view import ExchangeView


def view_of(window) -> ExchangeView:
    window.set_actor(Actor(None, "coördinator", COORDINATOR))
    view = window.findChild(ExchangeView)
    window.show_admin_tab(view)
    assert window.admin_tabs.currentWidget().isAncestorOf(view)
    return view


def test_beheer_tab_hidden_for_volunteers(window):
    assert window.nav.item(window._admin_row).isHidden()
    view_of(window)
    assert not window.nav.item(window._admin_row).isHidden()
    titles = [window.admin_tabs.tabText(i) for i in range(window.admin_tabs.count())]
    assert "Importeren en exporteren" in titles


def test_spreadsheet_with_mapping_preview_and_import(window, qtbot, tmp_path):
    view = view_of(window)
    sheet = tmp_path / "lijst.csv"
    sheet.write_text(
        "Activiteit;Telefoon;Plaats\nKoffieochtend Lindepark;030-2714400;\n"
        "Taalcafé Noord;030-2714400;\n",
        encoding="utf-8",
    )
    view.choose_path(sheet)
    assert view.mapping_table.isVisible()
    assert view.mapping()["Telefoon"] == "telefoon" and view.mapping()["Activiteit"] is None
    view.set_field("Activiteit", "naam")
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.result is not None)
    assert "Nieuw: 2" in view.summary.text()
    assert view.import_button.isEnabled()
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Ingelezen" in view.status.text())
    assert SearchService(window.store).search("Taalcafé Noord")


def test_rejected_rows_are_listed_and_block_import(window, qtbot, tmp_path, demo_data):
    view = view_of(window)
    services = json.loads(json.dumps(demo_data["services"][:2]))
    services[1]["status"] = "open"
    path = tmp_path / "in.json"
    path.write_text(json.dumps({**demo_data, "services": services}))
    view.choose_path(path)
    assert not view.mapping_table.isVisible()
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.result is not None)
    assert "Afgewezen: 1" in view.summary.text()
    assert "in.json, record 2, veld status" in view.problems.item(0).text()
    assert not view.import_button.isEnabled()


def test_export_to_folder(window, qtbot, tmp_path):
    view = view_of(window)
    view.format_combo.setCurrentIndex(1)
    view.export_to(tmp_path / "uit")
    qtbot.waitUntil(lambda: "weggeschreven" in view.status.text())
    assert (tmp_path / "uit" / "datapackage.json").exists()


def test_cancel_leaves_everything_as_it_was(window, qtbot, tmp_path):
    view = view_of(window)
    sheet = tmp_path / "lijst.csv"
    sheet.write_text("Naam;Telefoon\nBreiclub Quaxwijk;030-2714400\n", encoding="utf-8")
    view.choose_path(sheet)
    view.run_import()
    assert view.cancel_button.isVisible()
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Geannuleerd" in view.status.text())
    names = [hit.name for hit in SearchService(window.store).search("Breiclub Quaxwijk")]
    assert "Breiclub Quaxwijk" not in names


def test_workbook_with_several_sheets_offers_a_choice(window, qtbot, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Diensten"
    book.active.append(["Naam", "Telefoon"])
    book.active.append(["Breiclub", "030-2714400"])
    other = book.create_sheet("Archief")
    other.append(["Dienst", "E-mail"])
    other.append(["Oud", "oud@voorbeeld.nl"])
    book.save(tmp_path / "lijst.xlsx")
    view = view_of(window)
    view.choose_path(tmp_path / "lijst.xlsx")
    assert view.sheet_combo.isVisible()
    assert [view.sheet_combo.itemText(i) for i in range(2)] == ["Diensten", "Archief"]
    assert view.mapping()["Naam"] == "naam"
    view.sheet_combo.setCurrentText("Archief")
    assert view.mapping() == {"Dienst": "naam", "E-mail": "email"}


def test_incomplete_package_shows_what_goes_and_needs_confirmation(window, qtbot, tmp_path):
    import shutil

    from sqlalchemy import func, select

    from wijkinfo.db.models import Phone
    from wijkinfo.services.exchange.hsds_export import export_hsds
    from wijkinfo.services.people.auth import CLI_ACTOR

    view = view_of(window)
    export_hsds(window.store, actor=CLI_ACTOR, folder=tmp_path / "full", fmt="csv")
    pkg = tmp_path / "pakket"
    pkg.mkdir()
    for name in ("datapackage.json", "services.csv", "organizations.csv"):
        shutil.copy(tmp_path / "full" / name, pkg / name)
    view.choose_path(pkg)
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.result is not None)
    lines = [view.problems.item(i).text() for i in range(view.problems.count())]
    assert any("verwijdert" in line and "telefoonnummers" in line for line in lines)
    assert view.replace_missing.isVisible() and not view.import_button.isEnabled()
    view.replace_missing.setChecked(True)
    view.result = None
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.result is not None)
    assert view.import_button.isEnabled()
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Ingelezen" in view.status.text())
    with window.store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Phone)) == 0
