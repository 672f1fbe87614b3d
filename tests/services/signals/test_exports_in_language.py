"""A CSV speaks the language it is made in: the window's, or WIJKINFO_LANG on the command line.
Dutch (the default) keeps semicolons, 1.234 and dd-mm-jjjj for a Dutch spreadsheet; English
has commas, 1,234 and ISO dates (yyyy-mm-dd) for an English one. Headings, themes, statuses
and channels are translated; what people typed and place names are not."""

from __future__ import annotations

import csv
from datetime import date, datetime

import pytest

from tests.cli.coordinator import coordinator_args
from tests.services.signals.signal_helpers import log, make_people
from tests.services.signals.test_small_numbers_everywhere import PERIOD, world  # noqa: F401
from wijkinfo.cli import build_parser, main
from wijkinfo.services.desk.tallies import Tallies
from wijkinfo.services.errors import UserError
from wijkinfo.services.signals.dossier import find_subject
from wijkinfo.services.signals.dossier_files import write_dossier
from wijkinfo.services.signals.export import export_csv
from wijkinfo.services.signals.report_csv import write_report
from wijkinfo.services.signals.suppression import number_text


def cells(path, delimiter) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=delimiter))


def test_the_signals_csv_in_english_and_dutch_by_default(world, tmp_path):  # noqa: F811
    store, kees, _org = world
    export_csv(store, actor=kees, path=tmp_path / "nl.csv", **PERIOD)
    export_csv(store, actor=kees, path=tmp_path / "en.csv", language="en", **PERIOD)
    dutch, english = cells(tmp_path / "nl.csv", ";"), cells(tmp_path / "en.csv", ",")
    assert dutch[0][:4] == ["id", "datum", "thema", "wijk"]
    assert english[0] == [
        "id", "date", "theme", "district", "neighbourhood", "urgency", "status",
        "forwarded_to", "closed", "outcome", "description",
    ]  # fmt: skip
    assert dutch[1][1] == "05-10-2026" and english[1][1] == "2026-10-05"
    assert dutch[1][2] == "Wonen" and english[1][2] == "Housing"
    assert (dutch[1][5], dutch[1][6]) == ("normaal", "nieuw")
    assert (english[1][5], english[1][6]) == ("normal", "new")
    assert english[1][3] == dutch[1][3] == "Oost"  # a place name is data
    assert english[1][-1] == dutch[1][-1]  # what the volunteer typed, as typed


def test_the_municipality_report_csv_in_english(world, tmp_path):  # noqa: F811
    store, kees, _org = world
    write_report(store, actor=kees, path=tmp_path / "nl.csv", **PERIOD)
    write_report(store, actor=kees, path=tmp_path / "en.csv", language="en", **PERIOD)
    dutch, english = cells(tmp_path / "nl.csv", ";"), cells(tmp_path / "en.csv", ",")
    assert dutch[:2] == [["onderdeel", "omschrijving", "aantal"], ["totaal", "signalen", "13"]]
    assert english[:2] == [["part", "description", "count"], ["total", "signals", "13"]]
    parts = {r[0] for r in english[1:]}
    assert {"month", "theme", "district", "status", "contacts per channel"} <= parts
    assert ["status", "new", "13"] in english and ["status", "nieuw", "13"] in dutch
    assert ["contacts per channel", "Desk", "< 5"] in english
    assert ["buurt", "Oost, overige buurten", "7"] in dutch
    assert ["neighbourhood", "Oost, other neighbourhoods", "7"] in english
    assert ["theme", "Youth & family", "< 5"] in english


def test_the_dossier_csv_in_english(world, tmp_path):  # noqa: F811
    store, kees, org_id = world
    subject = find_subject(store, actor=kees, text=org_id)
    write_dossier(store, actor=kees, subject=subject, path=tmp_path / "en.csv", language="en")
    english = cells(tmp_path / "en.csv", ",")
    assert english[0] == ["part", "description", "count or text"]
    assert english[1][0] == "file" and english[1][1].startswith("organisation: ")
    assert ["state", "open", "13"] in english
    # one small count hidden, so the next smallest is too: the rule speaks English as well
    assert ["theme", "Housing", "5 or more"] in english and [
        "theme",
        "Youth & family",
        "< 5",
    ] in english
    described = [r for r in english if r[0] == "description"]
    assert described and all(" Housing" in r[1] or " Youth" in r[1] for r in described)


def test_the_tally_csv_in_english(world, tmp_path):  # noqa: F811
    store, kees, _org = world
    Tallies(store).export_csv(actor=kees, path=tmp_path / "nl.csv")
    Tallies(store).export_csv(actor=kees, path=tmp_path / "en.csv", language="en")
    dutch, english = cells(tmp_path / "nl.csv", ";"), cells(tmp_path / "en.csv", ",")
    assert dutch[0] == ["maand", "thema", "wijk", "kanaal", "aantal"]
    assert english[0] == ["month", "theme", "district", "channel", "count"]
    assert dutch[1][3] == "Balie" and english[1][3] == "Desk"
    assert english[1][0] == dutch[1][0] == "2026-11"


def test_numbers_are_written_for_the_spreadsheet_of_the_language():
    assert number_text(12345) == "12.345" and number_text(12345, "en") == "12,345"


def test_an_unknown_language_is_refused_and_writes_nothing(world, tmp_path):  # noqa: F811
    store, kees, _org = world
    with pytest.raises(UserError, match="Nederlands of English"):
        export_csv(store, actor=kees, path=tmp_path / "x.csv", language="de")
    assert not (tmp_path / "x.csv").exists()


def test_the_command_line_writes_the_csv_in_wijkinfo_lang(store, tmp_path, monkeypatch, capsys):
    _kees, _f, ans = make_people(store)
    log(store, ans, signal_date=date(2026, 11, 20))
    Tallies(store).record(actor=ans, channel="telefoon", themes=["wonen"], now=datetime.now())
    root = store.paths.root
    store.close()
    who = coordinator_args(root)
    for language in ("", "en"):
        if language:
            monkeypatch.setenv("WIJKINFO_LANG", language)
        out = tmp_path / f"s-{language or 'nl'}.csv"
        assert main(["--data-dir", str(root), *who, "signals", "export", "--csv", str(out)]) == 0
        report = tmp_path / f"r-{language or 'nl'}.csv"
        assert main(["--data-dir", str(root), *who, "signals", "report", "--out", str(report)]) == 0
    capsys.readouterr()
    build_parser("nl")
    assert cells(tmp_path / "s-nl.csv", ";")[1][1:3] == ["20-11-2026", "Geldzorgen & schulden"]
    assert cells(tmp_path / "s-en.csv", ",")[1][1:3] == ["2026-11-20", "Money worries & debt"]
    assert ["contacts per channel", "Phone", "< 5"] in cells(tmp_path / "r-en.csv", ",")
    assert ["contacten per kanaal", "Telefoon", "< 5"] in cells(tmp_path / "r-nl.csv", ";")
