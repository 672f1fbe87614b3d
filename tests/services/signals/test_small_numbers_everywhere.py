"""One buurt with one signal: no output that leaves wijkinfo shows that count or that buurt —
the municipality report (PDF and CSV, window and command line), the signals CSV, the
dossier (PDF and CSV) and the tally CSV."""

from __future__ import annotations

import csv
import re
from datetime import date, datetime

import pytest

from tests.cli.coordinator import coordinator_args
from tests.reports.pdf_checks import pdf_text
from tests.services.signals.dossier_helpers import org_and_service
from tests.services.signals.signal_helpers import TODAY, log, make_people
from wijkinfo.cli import main
from wijkinfo.services.desk.tallies import Tallies
from wijkinfo.services.signals.documents import make_signal_report
from wijkinfo.services.signals.dossier import find_subject
from wijkinfo.services.signals.dossier_files import write_dossier
from wijkinfo.services.signals.export import export_csv
from wijkinfo.services.signals.report_csv import write_report

SMALL = "Klein Hofje"
PERIOD = {"start": date(2026, 10, 1), "end": date(2026, 11, 30)}
SMALL_CELL = re.compile(r"^[1-4]$")


@pytest.fixture
def world(demo_store):
    kees, _f, ans = make_people(demo_store)
    org_id, org_name, _service = org_and_service(demo_store)
    for i in range(12):  # two ordinary buurten of six signals each
        log(
            demo_store,
            ans,
            signal_date=date(2026, 10, 5 + i),
            buurt="Bloemenbuurt" if i % 2 else "Vogelbuurt",
            theme_code="wonen",
            organization_ids=[org_id],
        )
    log(  # the one family: jeugd & gezin, in a small buurt, one month
        demo_store,
        ans,
        signal_date=date(2026, 11, 3),
        buurt=SMALL,
        theme_code="jeugd_gezin",
        organization_ids=[org_id],
        description="Gezin wacht op jeugdhulp.",
    )
    Tallies(demo_store).record(
        actor=ans, channel="balie", themes=["gezondheid-zorg"], now=datetime(2026, 11, 3, 10)
    )
    return demo_store, kees, org_id


def _csv_cells(path) -> list[list[str]]:
    return list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))


def test_the_municipality_report_hides_the_small_buurt_and_count(world, tmp_path):
    store, kees, _org = world
    pdf = make_signal_report(store, actor=kees, path=tmp_path / "r.pdf", today=TODAY, **PERIOD)
    text = pdf_text(pdf.read_bytes())
    assert SMALL not in text
    assert "Jeugd & gezin < 5" in text or "Jeugd en gezin < 5" in text
    # the small buurt's one signal went into its wijk, taking the next buurt along
    assert "Oost, overige buurten 7" in text and "Oost, Vogelbuurt 6" in text
    rows = _csv_cells(write_report(store, actor=kees, path=tmp_path / "r.csv", **PERIOD))
    assert all(not SMALL_CELL.match(r[2]) for r in rows[1:]), rows
    assert all(SMALL not in r[1] for r in rows)
    assert any(r[2] == "< 5" for r in rows)


def test_the_signals_csv_leaves_out_the_small_buurt(world, tmp_path):
    store, kees, _org = world
    out = tmp_path / "s.csv"
    export_csv(store, actor=kees, path=out, **PERIOD)
    raw = out.read_text(encoding="utf-8-sig")
    assert SMALL not in raw and "Bloemenbuurt" in raw
    row = next(r for r in _csv_cells(out) if "jeugdhulp" in r[-1])
    assert row[3] == "Oost" and row[4] == ""  # merged into its wijk


@pytest.mark.parametrize("suffix", [".pdf", ".csv"])
def test_the_dossier_hides_the_small_count(world, tmp_path, suffix):
    store, kees, org_id = world
    out = tmp_path / f"d{suffix}"
    subject = find_subject(store, actor=kees, text=org_id)
    write_dossier(store, actor=kees, subject=subject, path=out, today=TODAY, **PERIOD)
    if suffix == ".pdf":
        text = pdf_text(out.read_bytes())
        assert SMALL not in text and "Jeugd & gezin < 5" in text
        assert "november 2026 < 5" in text
    else:
        rows = _csv_cells(out)
        counted = [r for r in rows if r[0] in ("totaal", "stand", "thema", "maand", "uitkomst")]
        assert all(not SMALL_CELL.match(r[2]) for r in counted), counted
        assert SMALL not in out.read_text(encoding="utf-8-sig")


def test_the_tally_csv_and_the_command_line_follow_the_same_rule(world, tmp_path):
    store, kees, org_id = world
    tally = tmp_path / "t.csv"
    Tallies(store).export_csv(actor=kees, path=tally)
    assert all(not SMALL_CELL.match(r[-1]) for r in _csv_cells(tally)[1:])
    root = str(store.paths.root)
    store.close()
    who = coordinator_args(root)  # Kees: the command line asks who you are
    for args, out in (
        (["signals", "report"], tmp_path / "cli-r.csv"),
        (["signals", "dossier", org_id], tmp_path / "cli-d.csv"),
        (["signals", "report"], tmp_path / "cli-r.pdf"),
    ):
        assert (
            main(["--data-dir", root, *who, *args, "--from", "2026-10-01", "--out", str(out)]) == 0
        )
        if out.suffix == ".csv":
            counted = [r for r in _csv_cells(out)[1:] if r[0] != "beschrijving"]
            assert all(not SMALL_CELL.match(r[2]) for r in counted)
        else:
            assert SMALL not in pdf_text(out.read_bytes())
