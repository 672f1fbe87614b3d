"""Saved queue filters per coordinator, and response-time targets per theme."""

from __future__ import annotations

from datetime import date

import pytest

from tests.services.signals.signal_helpers import TODAY, log
from wijkinfo.services.errors import PermissionDenied, UserError
from wijkinfo.services.signals import filters as signal_filters
from wijkinfo.services.signals import intake as signals
from wijkinfo.services.signals import review


def test_saved_filters_belong_to_their_coordinator(store, people):
    kees, fatima, _ans = people
    saved = signal_filters.save_filter(
        store,
        actor=kees,
        name="Oost te laat",
        criteria={"wijk": "Oost", "overdue": True, "junk": 1},
    )
    assert saved.criteria == {"wijk": "Oost", "overdue": True}
    signal_filters.save_filter(store, actor=kees, name="Oost te laat", criteria={"wijk": "West"})
    assert [f.criteria for f in signal_filters.list_filters(store, actor=kees)] == [
        {"wijk": "West"}
    ]
    assert signal_filters.list_filters(store, actor=fatima) == []
    signal_filters.delete_filter(store, actor=fatima, filter_id=saved.id)  # not hers: kept
    assert len(signal_filters.list_filters(store, actor=kees)) == 1
    signal_filters.delete_filter(store, actor=kees, filter_id=saved.id)
    assert signal_filters.list_filters(store, actor=kees) == []


@pytest.mark.parametrize("name", ["", "   ", "x" * 300])
def test_a_filter_needs_a_sensible_name(store, people, name):
    with pytest.raises(UserError):
        signal_filters.save_filter(store, actor=people[0], name=name, criteria={})
    assert signal_filters.list_filters(store, actor=people[0]) == []


def test_response_days_decide_what_is_overdue(store, people):
    kees, _f, ans = people
    log(store, ans, signal_date=date(2026, 11, 13), theme_code="wonen")  # 10 working days
    assert not review.list_signals(store, actor=kees, overdue=True, today=TODAY)
    signal_filters.set_response_days(store, actor=kees, theme_code="wonen", days=3)
    assert len(review.list_signals(store, actor=kees, overdue=True, today=TODAY)) == 1
    assert {t.code: t.response_days for t in signals.list_themes(store)}["wonen"] == 3


@pytest.mark.parametrize(
    ("code", "days"), [("wonen", 0), ("wonen", 999), ("wonen", "5"), ("ufo", 5)]
)
def test_bad_response_days_are_refused(store, people, code, days):
    with pytest.raises(UserError):
        signal_filters.set_response_days(store, actor=people[0], theme_code=code, days=days)
    assert {t.code: t.response_days for t in signals.list_themes(store)}["wonen"] == 10


def test_volunteers_cannot_use_filters_or_targets(store, people):
    ans = people[2]
    for call in (
        lambda: signal_filters.save_filter(store, actor=ans, name="x", criteria={}),
        lambda: signal_filters.list_filters(store, actor=ans),
        lambda: signal_filters.delete_filter(store, actor=ans, filter_id="x"),
        lambda: signal_filters.set_response_days(store, actor=ans, theme_code="wonen", days=2),
    ):
        with pytest.raises(PermissionDenied):
            call()
