"""Opening hours: weekly spans, past midnight, and closures such as Kerst."""

from __future__ import annotations

from datetime import date, datetime, time

from wijkinfo.services.directory.hours import ScheduleRule, is_open_at, parse_byday, week_overview

WEEKDAYS = ScheduleRule(byday=parse_byday("MO,TU,WE,TH,FR"), opens_at=time(9), closes_at=time(17))
NIGHT = ScheduleRule(byday=parse_byday("FR,SA"), opens_at=time(22), closes_at=time(2))
KERST = ScheduleRule(
    valid_from=date(2026, 12, 25),
    valid_to=date(2026, 12, 26),
    is_closed=True,
    description="Gesloten met Kerst",
)


def test_open_on_a_weekday_afternoon_and_closed_at_night():
    rules = [WEEKDAYS]
    assert is_open_at(rules, datetime(2026, 11, 23, 14, 0))  # a Monday
    assert not is_open_at(rules, datetime(2026, 11, 23, 17, 0))
    assert not is_open_at(rules, datetime(2026, 11, 22, 14, 0))  # a Sunday


def test_open_past_midnight_counts_for_the_next_morning():
    rules = [NIGHT]
    assert is_open_at(rules, datetime(2026, 11, 27, 23, 30))  # Friday night
    assert is_open_at(rules, datetime(2026, 11, 28, 1, 30))  # Saturday 01:30, still Friday's
    assert not is_open_at(rules, datetime(2026, 11, 28, 2, 0))
    assert is_open_at(rules, datetime(2026, 11, 29, 1, 0))  # Sunday 01:00, Saturday's night
    assert not is_open_at(rules, datetime(2026, 11, 30, 1, 0))  # Monday 01:00: no Sunday night


def test_a_holiday_closure_wins_over_weekly_hours():
    rules = [WEEKDAYS, KERST]
    assert not is_open_at(rules, datetime(2026, 12, 25, 11, 0))  # Friday, Eerste Kerstdag
    assert is_open_at(rules, datetime(2026, 12, 24, 11, 0))
    week = week_overview(rules, date(2026, 12, 23))
    assert week[4].closed_note == "Gesloten met Kerst" and week[4].spans == ()
    assert week[3].spans == ("09:00–17:00",)


def test_closing_at_2359_means_until_midnight():
    always = ScheduleRule(
        byday=parse_byday("MO,TU,WE,TH,FR,SA,SU"), opens_at=time(0), closes_at=time(23, 59)
    )
    assert is_open_at([always], datetime(2026, 11, 23, 23, 59, 30))
    assert is_open_at([always], datetime(2026, 11, 24, 0, 0))
