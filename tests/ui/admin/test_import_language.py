"""Import problems in the coordinator's language: the checks' reasons are translated, not Dutch.

The service layer describes every refused record as a Dutch template plus values; the UI
translates the template, then fills in the values. The CLI keeps the Dutch text.
"""

from __future__ import annotations

import json
import re
import sys

import pytest
from PySide6.QtCore import Qt

from tests.services.exchange.test_import_bad_input import (
    RECORD_CASES,
    SERVICES_CSV,
    _package,
    base,
    u,
)
from wijkinfo.resources import resources_dir
from wijkinfo.services.exchange.hsds_import import import_hsds
from wijkinfo.services.exchange.spreadsheet_import import import_table
from wijkinfo.services.people.auth import CLI_ACTOR, COORDINATOR, Actor
from wijkinfo.ui.admin.exchange_view import ExchangeView
from wijkinfo.ui.main_window import MainWindow
from wijkinfo.ui.user_messages import message_text

# Dutch words of the import's own texts; none may be left in the English UI.
DUTCH = re.compile(
    r"\b(moet|veld|rij|ontbreekt|geen|kies|ligt|tussen|tekst|lijst|getal|leeg|schrijf|"
    r"staat|verwijst|hoort|niet|lang|tekens|hoogstens|afgewezen|Afgewezen|ingelezen|reden|"
    r"zelfde|naam|adres|Let op|Mogelijk|kolom|cellen|onwaar|hoger|dag|datum|tijd)\b"
)


def dutch_words(text: str) -> list[str]:
    """Dutch words outside the quoted values (‘…’ is the file's own content)."""
    return DUTCH.findall(re.sub(r"‘[^’]*’", "", text))


def test_extractor_collects_the_import_templates():
    sys.path.insert(0, str(resources_dir() / "translations"))
    try:
        import extract_messages
    finally:
        sys.path.pop(0)
    found = extract_messages.collect()
    for template in (
        "moet een object zijn, maar is {kind}",
        "een lijst",
        "tekst",
        "{file}, record {record}, veld {field}: {reason}",
        "{file}, rij {record}, veld {field}: {reason}",
        "de naam van de dienst is leeg",
        "zelfde naam en telefoonnummer",
    ):
        assert template in found
    # An f-string as a template would silently stay Dutch in the English UI.
    assert extract_messages.not_literal() == []


def _bad_json_records(tmp_path):
    """Each bad-record case on its own as record 2 of a small file."""
    for i, (case, change, _field) in enumerate(RECORD_CASES):
        second = base(1)
        if change is None:
            second = "Koffieochtend"
        else:
            change(second)
        path = tmp_path / f"in{i}.json"
        path.write_text(json.dumps([base(0), second]), encoding="utf-8")
        yield case, path


TABLE_ROWS = [
    "Naam;Telefoon\n;030-2714400\n",
    "Naam;Adres;Plaats\nKoffie;Kerkstraat 1;\n",
    "Naam;Plaats\nKoffie;Lindestad\n",
    "Naam;Postcode\nKoffie;12345\n",
    "Naam;E-mail\nKoffie;koffie-at-buurt\n",
    "Naam;Id\nKoffie;nummer-1\n",
    "Naam;Telefoon\nKoffie;030-2714400\nTaal;1;2;3\n",
    "Naam;Thema;Wijk\nBreiclub;Handwerk;Achterland\n",
    "Naam;Telefoon\nKoffie;12\n",
]


def _findings(store, tmp_path):
    """(case, rejection or warning) for every bad JSON record and spreadsheet row."""
    for case, path in _bad_json_records(tmp_path):
        result = import_hsds(store, actor=CLI_ACTOR, path=path, dry_run=True)
        assert result.rejected, case
        for r in result.rejected + result.warnings:
            yield case, r
    package = _package(
        tmp_path,
        {  # a phone row of a service the package does not have
            "services.csv": SERVICES_CSV,
            "phones.csv": f"id,service_id,number\n{u(3)},{u(77)},030-2714400\n".encode(),
        },
    )
    result = import_hsds(store, actor=CLI_ACTOR, path=package, dry_run=True)
    assert result.rejected
    for r in result.rejected:
        yield "package", r
    for i, text in enumerate(TABLE_ROWS):
        path = tmp_path / f"lijst{i}.csv"
        path.write_text(text, encoding="utf-8")
        result = import_table(store, actor=CLI_ACTOR, path=path, dry_run=True)
        assert result.rejected or result.warnings, text
        for r in result.rejected + result.warnings:
            yield text, r


def test_every_import_finding_reads_in_english(demo_store, tmp_path, language):
    language("en")
    seen = 0
    for case, r in _findings(demo_store, tmp_path):
        shown = message_text(r.message)
        assert ", field " in shown, (case, shown)
        assert dutch_words(shown) == [], (case, shown)
        seen += 1
    assert seen > len(RECORD_CASES)


def test_in_dutch_the_ui_shows_what_the_cli_prints(demo_store, tmp_path, language):
    language("nl")
    for case, r in _findings(demo_store, tmp_path):
        assert message_text(r.message) == str(r), case
        assert ", veld " in str(r)


def _malformed(tmp_path, twin):
    """Record 1 valid, record 2 full of mistakes, record 3 a likely duplicate of the demo."""
    bad = base(1)
    bad.pop("name")
    bad.update(
        status="open",
        minimum_age="twaalf",
        email="geen-mail",
        assured_date="2026-02-30",
        languages={"code": "nl"},
    )
    bad["schedules"][0].update(opens_at="9 uur")
    odd_phone = base(2)
    odd_phone["phones"][0]["number"] = "12"
    path = tmp_path / "in.json"
    path.write_text(json.dumps([base(0), bad, odd_phone, twin]), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("code", "words", "refused"),
    [
        (
            "en",
            (
                "Rejected: in.json, record 2, field name: is missing or empty",
                "field status: ‘open’ is unknown; choose from",
                "field minimum_age: must be a whole number, but is text",
                "field email: ‘geen-mail’ is not an email address",
                "(same name and phone number)",
                "Note: in.json, record 3, field phones[1].number: ‘12’ does not look like a valid "
                "phone number",
            ),
            "Nothing was imported: 1 record(s) rejected. First reason: in.json, record 2, field ",
        ),
        (
            "nl",
            (
                "Afgewezen: in.json, record 2, veld name: ontbreekt of is leeg",
                "veld status: ‘open’ is onbekend; kies uit",
                "veld minimum_age: moet een heel getal zijn, maar is tekst",
                "veld email: ‘geen-mail’ is geen e-mailadres",
                "(zelfde naam en telefoonnummer)",
                "Let op: in.json, record 3, veld phones[1].number: ‘12’ lijkt geen geldig "
                "telefoonnummer",
            ),
            "Er is niets ingelezen: 1 record(s) afgewezen. Eerste reden: in.json, record 2, veld ",
        ),
    ],
)
def test_coordinator_sees_preview_and_refusal_in_her_language(
    qtbot, demo_store, likely_duplicate, tmp_path, language, code, words, refused
):
    language(code)
    window = MainWindow(demo_store, demo=True, point_name="Test")
    qtbot.addWidget(window)
    window.show()
    window.set_actor(Actor(None, "coördinator", COORDINATOR))
    view = window.findChild(ExchangeView)
    window.show_admin_tab(view)
    view.choose_path(_malformed(tmp_path, likely_duplicate))
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.result is not None)
    listed = "\n".join(view.problems.item(i).text() for i in range(view.problems.count()))
    for word in words:
        assert word in listed
    # Inlezen is off after a refused preview; importing anyway is refused as a whole.
    assert not view.import_button.isEnabled()
    view.result = None
    view.run_import()
    qtbot.waitUntil(lambda: view.result is not None)
    status = view.status.text()
    assert status.startswith(refused)
    if code == "en":
        assert dutch_words(listed) == [] and dutch_words(status) == [], (listed, status)
        assert "Rejected: 1" in view.summary.text()
    window.tasks.wait()
