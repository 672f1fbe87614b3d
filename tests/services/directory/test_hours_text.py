"""Opening hours typed the Dutch way, stored as HSDS day codes, shown back in Dutch."""

from __future__ import annotations

from datetime import time

import pytest

from wijkinfo.services.directory.hours_text import (
    HoursInput,
    check_hours,
    days_text,
    hours_from_text,
    parse_days,
)
from wijkinfo.services.errors import UserError

WEEKDAYS = "MO,TU,WE,TH,FR"


@pytest.mark.parametrize(
    ("typed", "codes"),
    [
        ("ma", "MO"),
        ("MA", "MO"),
        ("Maandag", "MO"),
        ("ma.", "MO"),
        ("woe", "WE"),
        ("ma,di,wo", "MO,TU,WE"),
        ("ma, di, wo", "MO,TU,WE"),
        ("di en do", "TU,TH"),
        ("ma-vr", WEEKDAYS),
        ("ma - vr", WEEKDAYS),
        ("ma t/m vr", WEEKDAYS),
        ("maandag tot en met vrijdag", WEEKDAYS),
        ("MA T/M VR", WEEKDAYS),
        ("za,zo", "SA,SU"),
        ("vr-ma", "MO,FR,SA,SU"),
        ("wo,ma", "MO,WE"),
        ("MO,TU,WE,TH,FR", WEEKDAYS),
        ("mo-fr", WEEKDAYS),
        ("SA", "SA"),
    ],
)
def test_days_in_dutch_or_as_codes(typed, codes):
    assert ",".join(parse_days(typed)) == codes


@pytest.mark.parametrize(
    ("codes", "shown"),
    [
        (WEEKDAYS, "ma-vr"),
        ("MO,WE", "ma,wo"),
        ("MO,TU", "ma,di"),
        ("MO,TU,WE,FR", "ma-wo,vr"),
        ("SA,SU", "za,zo"),
        ("MO,TU,WE,TH,FR,SA,SU", "ma-zo"),
        ("SU", "zo"),
    ],
)
def test_days_are_shown_back_in_dutch(codes, shown):
    assert days_text(codes) == shown


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("ma-vr 09:00-17:00", [(WEEKDAYS, time(9), time(17))]),
        ("ma t/m vr 9.00 tot 17.00 uur", [(WEEKDAYS, time(9), time(17))]),
        ("Di en Do van 13:30 - 16:00", [("TU,TH", time(13, 30), time(16))]),
        ("vr 22:00-02:00", [("FR", time(22), time(2))]),  # past midnight stays allowed
        ("za 10-24", [("SA", time(10), time(23, 59))]),  # until midnight
        ("ma 09:00-12:00, 13:00-17:00", [("MO", time(9), time(12)), ("MO", time(13), time(17))]),
        ("MO,TU,WE 09:00-17:00", [("MO,TU,WE", time(9), time(17))]),
    ],
)
def test_a_line_of_hours(line, expected):
    assert [check_hours(h) for h in hours_from_text(line)] == expected


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("ma 25:00-26:00", "‘25:00’ is geen tijd"),
        ("ma 09:00-17:75", "‘17:75’ is geen tijd"),
        ("elke dag", "‘elke dag’ zijn geen dagen. Schrijf de dagen zoals ma,di,wo"),
        ("elke dag 09:00-17:00", "‘elke dag’ zijn geen dagen"),
        ("09:00-17:00", "Schrijf bij elke openingstijd de dagen"),
        ("ma-di-wo 09:00-17:00", "zijn geen dagen"),
        ("ma", "Schrijf bij ‘ma’ van hoe laat tot hoe laat"),
        ("ma 09:00", "Schrijf bij ‘ma’ van hoe laat tot hoe laat"),
        ("ma 09:00-09:00", "hetzelfde tijdstip"),
        ("maandag ochtend 09:00-12:00", "zijn geen dagen"),
    ],
)
def test_nonsense_gets_a_message_in_dutch_day_names(line, message):
    with pytest.raises(UserError, match=message):
        for hours in hours_from_text(line):
            check_hours(hours)


def test_an_empty_box_means_no_hours():
    assert hours_from_text("\n  \n") == ()
    assert check_hours(HoursInput("ma-vr", "09:00", "17:00"))[0] == WEEKDAYS
