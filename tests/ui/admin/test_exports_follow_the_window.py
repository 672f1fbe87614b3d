"""A CSV saved from the window speaks the window's language: the tally and the signals CSV
from an English window have English headings and words; from a Dutch one, Dutch."""

from __future__ import annotations

import csv
from datetime import datetime

import pytest

from tests.services.signals.signal_helpers import log, make_people
from wijkinfo.services.desk.tallies import Tallies
from wijkinfo.ui.admin.tally_report_view import TallyReportView
from wijkinfo.ui.signals.signal_reports_view import SignalReportsView
from wijkinfo.ui.tasks import TaskRunner


def _cells(path, delimiter):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=delimiter))


@pytest.mark.parametrize(
    ("code", "delimiter", "header", "channel"),
    [
        ("nl", ";", ["maand", "thema", "wijk", "kanaal", "aantal"], "Telefoon"),
        ("en", ",", ["month", "theme", "district", "channel", "count"], "Phone"),
    ],
)
def test_the_tally_csv_follows_the_window(
    qtbot, store, tmp_path, language, code, delimiter, header, channel
):
    kees, _f, ans = make_people(store)
    Tallies(store).record(actor=ans, channel="telefoon", themes=["wonen"], now=datetime.now())
    language(code)
    tasks = TaskRunner()
    view = TallyReportView(Tallies(store), tasks, lambda: kees)
    qtbot.addWidget(view)
    out = tmp_path / "telling.csv"
    view.export_to(out)
    qtbot.waitUntil(lambda: str(out) in view.summary.text(), timeout=10000)
    rows = _cells(out, delimiter)
    assert rows[0] == header and rows[1][3] == channel
    tasks.wait()


def test_the_signals_csv_from_the_english_window(qtbot, store, tmp_path, language):
    kees, _f, ans = make_people(store)
    log(store, ans)
    language("en")
    tasks = TaskRunner()
    reports = SignalReportsView(store, tasks, lambda: kees)
    qtbot.addWidget(reports)
    out = tmp_path / "signals.csv"
    reports.run_export(out)
    qtbot.waitUntil(lambda: str(out) in reports.summary.text(), timeout=10000)
    tasks.wait()
    rows = _cells(out, ",")
    assert rows[0][:3] == ["id", "date", "theme"] and rows[1][2] == "Money worries & debt"
    assert rows[1][1] == "2026-11-20"
