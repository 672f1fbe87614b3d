"""The small-numbers rule itself: what a count below the threshold becomes, in every shape."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.services.signals.signal_helpers import make_people
from wijkinfo.services.errors import PermissionDenied, UserError
from wijkinfo.services.signals.due import late_cutoff, working_days_after
from wijkinfo.services.signals.intake import add_working_days
from wijkinfo.services.signals.suppression import (
    OTHER_WIJKEN,
    count_text,
    get_threshold,
    merge_buurten,
    place_labels,
    publish,
    set_threshold,
)


def test_small_counts_are_shown_as_below_the_threshold():
    cells = publish([("Wonen", 12), ("Jeugd & gezin", 1), ("Zorg", 9), ("Anders", 0)], 5)
    assert [c.text for c in cells] == ["12", "< 5", "5 of meer", "0"]
    assert count_text(1, 5) == "< 5" and count_text(0, 5) == "0" and count_text(1234, 5) == "1.234"


def test_two_small_cells_need_no_extra_hiding():
    cells = publish([("a", 20), ("b", 2), ("c", 3)], 5)
    assert [c.text for c in cells] == ["20", "< 5", "< 5"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=40), min_size=1, max_size=12),
    st.integers(min_value=3, max_value=10),
)
def test_no_small_count_can_be_read_or_worked_out(counts, k):
    cells = publish([(str(i), n) for i, n in enumerate(counts)], k)
    for cell, n in zip(cells, counts, strict=True):
        assert cell.count is None or cell.count == n
        assert not (cell.count is not None and 0 < cell.count < k)
    hidden = [n for c, n in zip(cells, counts, strict=True) if c.hidden]
    # total minus what is shown is never one small cell on its own (unless the total is that
    # cell, and then the total is small and hidden as well)
    assert len(hidden) != 1 or count_text(sum(counts), k) == f"< {k}"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Oost", "West", None]),
            st.sampled_from(["Hofje", "Dorp", "Kade", None]),
            st.integers(min_value=1, max_value=12),
        ),
        max_size=10,
        unique_by=lambda t: (t[0], t[1]),
    )
)
def test_buurten_below_the_threshold_go_into_their_wijk(rows):
    merged = merge_buurten(rows, 5)
    assert sum(n for _l, n in merged) == sum(n for _w, _b, n in rows)
    for label, n in merged:
        if "," in label and "overige" not in label:
            assert n >= 5  # a named buurt is never small
    for label, n in merged:
        if "overige buurten" in label:
            assert n >= 5  # a remainder is never small either (it takes a buurt along)


def test_a_file_leaves_out_a_small_buurt_and_a_small_wijk():
    places = [("Oost", "Hofje")] + [("Oost", "Dorp")] * 5 + [("West", "Kade")]
    shown = place_labels(places, 5)
    assert shown[0] == ("Oost", "")  # one signal in Hofje: the row keeps only its wijk
    assert shown[1] == ("Oost", "Dorp")
    assert shown[-1] == (OTHER_WIJKEN, "")


def test_the_threshold_is_a_coordinators_setting(store):
    kees, _f, ans = make_people(store)
    assert get_threshold(store) == 5
    set_threshold(store, actor=kees, threshold=10)
    assert get_threshold(store) == 10
    for bad in (1, 2, 51, "7", True):
        with pytest.raises(UserError, match="drempel"):
            set_threshold(store, actor=kees, threshold=bad)
    with pytest.raises(PermissionDenied):
        set_threshold(store, actor=ans, threshold=3)
    assert get_threshold(store) == 10


@settings(max_examples=300, deadline=None)
@given(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1)),
    st.integers(min_value=0, max_value=250),
)
def test_working_days_match_the_day_by_day_count(start, days):
    assert working_days_after(start, days) == add_working_days(start, days)


@settings(max_examples=200, deadline=None)
@given(
    st.dates(min_value=date(2021, 1, 1), max_value=date(2029, 1, 1)),
    st.integers(min_value=0, max_value=60),
    st.integers(min_value=-120, max_value=5),
)
def test_late_cutoff_splits_late_from_not_late(today, days, offset):
    signal_date = today + timedelta(days=offset)
    late = today > add_working_days(signal_date, days)
    assert late == (signal_date <= late_cutoff(today, days))
