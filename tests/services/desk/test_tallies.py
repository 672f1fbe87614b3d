"""The contact tally: one click, undo, desk totals, coordinator totals and CSV."""

from __future__ import annotations

import csv
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from wijkinfo.db.models import ContactTally
from wijkinfo.services.desk.referrals import ReferralSheets
from wijkinfo.services.desk.tallies import Tallies, csv_safe
from wijkinfo.services.errors import PermissionDenied, UserError
from wijkinfo.services.events import TALLIES
from wijkinfo.services.people.auth import COORDINATOR, VOLUNTEER, Actor

ANS = Actor("v", "Ans", VOLUNTEER)
KEES = Actor("c", "Kees", COORDINATOR)
MONDAY = datetime(2026, 11, 23, 10, 0)


def _rows(store) -> int:
    with store.sessions() as session:
        return session.scalar(select(func.count()).select_from(ContactTally))


def test_themes_and_wijken_come_from_the_taxonomies(demo_store):
    tallies = Tallies(demo_store)
    assert "gezondheid-zorg" in {t.code for t in tallies.themes()}
    assert "wijk-oost" in {w.code for w in tallies.wijken()}
    assert "buurt-oostpoort" not in {w.code for w in tallies.wijken()}


def test_clicks_count_today_and_this_week_and_undo_takes_one_back(demo_store):
    tallies = Tallies(demo_store)
    seen = []
    demo_store.events.subscribe(seen.append)
    tallies.record(
        actor=ANS, channel="balie", themes=["gezondheid-zorg"], now=datetime(2026, 11, 20, 9)
    )  # last week's Friday
    tallies.record(
        actor=ANS, channel="telefoon", themes=["gezondheid-zorg"], now=datetime(2026, 11, 22, 9)
    )  # the Sunday before this week
    tallies.record(
        actor=ANS, channel="balie", themes=["gezondheid-zorg"], now=datetime(2026, 11, 24, 9)
    )
    last = tallies.record(
        actor=ANS,
        channel="e-mail",
        themes=["gezondheid-zorg", "wijk-gemeentezaken"],
        wijk="wijk-oost",
        now=datetime(2026, 11, 25, 9),
    )
    totals = tallies.desk_totals(today=date(2026, 11, 25))
    assert (totals.today, totals.week) == (1, 2)
    tallies.undo(actor=ANS, tally_id=last.id)
    totals = tallies.desk_totals(today=date(2026, 11, 25))
    assert (totals.today, totals.week) == (0, 1)
    with pytest.raises(UserError, match="al ongedaan"):
        tallies.undo(actor=ANS, tally_id=last.id)
    assert [c.topic for c in seen] == [TALLIES] * 5


@pytest.mark.parametrize(
    "kwargs, message",
    [
        (dict(channel="fax"), "Onbekend kanaal"),
        (dict(channel=""), "Onbekend kanaal"),
        (dict(themes=[]), "minstens één thema"),
        (dict(themes=["bestaat-niet"]), "Onbekend thema"),
        (dict(themes=["x" * 10_000]), "Onbekend thema"),
        (dict(wijk="Atlantis"), "Onbekende wijk"),
    ],
)
def test_bad_clicks_are_refused_and_nothing_is_counted(demo_store, kwargs, message):
    args = dict(channel="balie", themes=["gezondheid-zorg"]) | kwargs
    with pytest.raises(UserError, match=message):
        Tallies(demo_store).record(actor=ANS, **args)
    assert _rows(demo_store) == 0


def test_permissions(demo_store, tmp_path):
    tallies = Tallies(demo_store)
    with pytest.raises(PermissionDenied):
        tallies.record(actor=None, channel="balie", themes=["gezondheid-zorg"])
    recorded = tallies.record(actor=ANS, channel="balie", themes=["gezondheid-zorg"])
    with pytest.raises(PermissionDenied):
        tallies.undo(actor=Actor("g", "Gast", "gast"), tally_id=recorded.id)
    with pytest.raises(PermissionDenied):
        tallies.totals(actor=ANS)
    with pytest.raises(PermissionDenied):
        tallies.export_csv(actor=ANS, path=tmp_path / "t.csv")
    assert not (tmp_path / "t.csv").exists()
    assert len(tallies.totals(actor=KEES)) == 1


def test_coordinator_totals_per_month_theme_wijk_and_csv(demo_store, tmp_path, demo_data):
    tallies = Tallies(demo_store)
    for day in (3, 4):
        tallies.record(
            actor=ANS,
            channel="balie",
            themes=["gezondheid-zorg"],
            wijk="wijk-oost",
            now=datetime(2026, 10, day, 9),
        )
    tallies.record(
        actor=ANS, channel="telefoon", themes=["gezondheid-zorg", "leefstijl-sporten"], now=MONDAY
    )
    undone = tallies.record(actor=ANS, channel="balie", themes=["gezondheid-zorg"], now=MONDAY)
    tallies.undo(actor=ANS, tally_id=undone.id)
    service = demo_data["services"][0]["id"]
    ReferralSheets(demo_store).record(actor=ANS, service_ids=[service], day=MONDAY.date())
    rows = {(r.month, r.theme, r.wijk, r.channel): r.contacts for r in tallies.totals(actor=KEES)}
    assert rows == {
        ("2026-10", "Gezondheid & zorg", "Oost", "Balie"): 2,
        ("2026-11", "Gezondheid & zorg", "onbekend", "Telefoon"): 1,
        ("2026-11", "Leefstijl & sporten", "onbekend", "Telefoon"): 1,
        ("2026-11", "Gezondheid & zorg", "", "Verwijsbrief"): 1,
    }
    november = tallies.totals(actor=KEES, date_from=date(2026, 11, 1))
    assert {r.month for r in november} == {"2026-11"}
    out = tmp_path / "telling.csv"
    assert tallies.export_csv(actor=KEES, path=out) == 4
    with out.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    assert lines[0] == ["maand", "thema", "wijk", "kanaal", "aantal"]
    assert ["2026-10", "Gezondheid & zorg", "Oost", "Balie", "< 5"] in lines  # small: hidden


def test_reversed_dates_and_missing_folder_are_refused(demo_store, tmp_path):
    tallies = Tallies(demo_store)
    with pytest.raises(UserError, match="begindatum"):
        tallies.totals(actor=KEES, date_from=date(2026, 12, 1), date_to=date(2026, 1, 1))
    with pytest.raises(UserError, match="bestaat niet"):
        tallies.export_csv(actor=KEES, path=tmp_path / "nee" / "t.csv")


@pytest.mark.parametrize(
    "value, expected",
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+31", "'+31"),
        ("-2", "-2"),  # a plain number stays a number (the shared rule, csv_cells.py)
        ("-2x", "'-2x"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("Oost", "Oost"),
        (None, ""),
        (3, "3"),
    ],
)
def test_formula_like_cells_are_escaped(value, expected):
    assert csv_safe(value) == expected
