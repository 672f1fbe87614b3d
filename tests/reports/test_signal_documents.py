"""Status letter and municipality report: real PDFs, read back with pypdf."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from pypdf import PdfReader

from tests.cli.coordinator import coordinator_args
from tests.services.signals.signal_helpers import TODAY, log, make_people
from wijkinfo.cli import main
from wijkinfo.db.models import ContactTally, ContactTallyTheme
from wijkinfo.services.errors import PermissionDenied, UserError
from wijkinfo.services.signals import intake as signals
from wijkinfo.services.signals import review
from wijkinfo.services.signals.documents import make_signal_report, make_status_letter
from wijkinfo.services.signals.export import export_csv, safe_cell
from wijkinfo.services.signals.stats import signal_counts


def _text(path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return " ".join(text.split())  # line breaks fall anywhere


@pytest.fixture
def people(store):
    return make_people(store)


def test_status_letter_in_plain_dutch_without_internal_notes(store, people, tmp_path):
    kees, _f, ans = people
    sid = log(
        store, ans, contact=signals.ContactInput(name="Jan Jansen", phone="0612", consent=True)
    ).id
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
    review.add_note(store, actor=kees, signal_id=sid, text="GEHEIM intern")
    out = make_status_letter(
        store, actor=kees, signal_id=sid, path=tmp_path / "brief.pdf", today=TODAY
    )
    text = _text(out)
    assert "Beste Jan Jansen" in text and "20-11-2026" in text
    assert "Gemeente Lindestad" in text and "geldzorgen" in text
    assert "GEHEIM" not in text and "drie maanden" not in text


def test_volunteer_cannot_print_letters_reports_or_exports(store, people, tmp_path):
    _k, _f, ans = people
    sid = log(store, ans).id
    for call in (
        lambda: make_status_letter(store, actor=ans, signal_id=sid, path=tmp_path / "b.pdf"),
        lambda: make_signal_report(store, actor=ans, path=tmp_path / "r.pdf"),
        lambda: export_csv(store, actor=ans, path=tmp_path / "s.csv"),
        lambda: signal_counts(store, actor=ans),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert [p.name for p in tmp_path.iterdir()] == ["data"]  # only the database folder


def test_report_counts_per_month_theme_wijk_and_tallies(store, people, tmp_path):
    kees, _f, ans = people
    log(store, ans, signal_date=date(2026, 10, 5), theme_code="wonen", wijk="West")
    log(store, ans, signal_date=date(2026, 11, 2), theme_code="wonen", wijk="Oost")
    log(store, ans, signal_date=date(2026, 11, 3), theme_code="eenzaamheid", wijk="Oost")
    with store.unit_of_work() as s:
        tally = ContactTally(day=date(2026, 11, 3), channel="balie")
        tally.themes = [ContactTallyTheme(theme_code="wonen")]
        s.add(tally)
    counts = signal_counts(store, actor=kees, start=date(2026, 10, 1), end=TODAY, today=TODAY)
    assert counts.total == 3
    assert counts.per_month == (("2026-10", 1), ("2026-11", 2))
    assert counts.per_theme[0] == ("Wonen", 2)
    assert dict(counts.per_wijk) == {"Oost": 2, "West": 1}
    assert counts.tallies_total == 1
    out = make_signal_report(
        store, actor=kees, path=tmp_path / "r.pdf", start=date(2026, 10, 1), end=TODAY, today=TODAY
    )
    text = _text(out)
    assert "november 2026" in text and "oktober 2026" in text
    assert "Eenzaamheid" in text and "Oost" in text
    assert "Contacten aan de balie" in text
    assert "Bewoner kreeg" not in text  # no descriptions in the report


def test_report_period_must_run_forward(store, people, tmp_path):
    kees = people[0]
    with pytest.raises(UserError, match="begindatum"):
        make_signal_report(
            store,
            actor=kees,
            path=tmp_path / "r.pdf",
            start=date(2026, 11, 1),
            end=date(2026, 10, 1),
        )
    assert not (tmp_path / "r.pdf").exists()


@pytest.mark.parametrize("cell", ["=SUM(A1)", "+31", "-1+1", "@cmd", "\tx"])
def test_formula_like_cells_are_escaped(cell):
    assert safe_cell(cell).startswith("'")
    assert safe_cell("gewoon") == "gewoon"
    assert safe_cell("-1") == "-1"  # a plain number stays a number (the shared rule)


def test_csv_export_without_contact_details(store, people, tmp_path):
    kees, _f, ans = people
    log(
        store,
        ans,
        description='=HYPERLINK("x") wachttijd',
        contact=signals.ContactInput(phone="0612345678", consent=True),
    )
    log(store, ans, signal_date=date(2026, 1, 5))
    assert export_csv(store, actor=kees, path=tmp_path / "s.csv", start=date(2026, 11, 1)) == 1
    raw = (tmp_path / "s.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(raw.splitlines(), delimiter=";"))
    assert rows[0][:3] == ["id", "datum", "thema"]
    assert rows[1][1] == "20-11-2026" and rows[1][-1].startswith("'=HYPERLINK")
    assert "0612345678" not in raw


def test_cli_export(store, people, tmp_path, capsys):
    _k, _f, ans = people
    log(store, ans)
    root = str(store.paths.root)
    store.close()
    out = tmp_path / "uit.csv"
    assert (
        main(
            [
                "--data-dir",
                root,
                *coordinator_args(root),
                "signals",
                "export",
                "--csv",
                str(out),
                "--from",
                "2026-11-01",
                "--to",
                "2026-11-30",
            ]
        )
        == 0
    )
    assert "1 signalen" in capsys.readouterr().out
    assert (
        main(["--data-dir", root, "signals", "export", "--csv", str(out), "--from", "2026-02-31"])
        == 2
    )
    assert "geen goede datum" in capsys.readouterr().err
