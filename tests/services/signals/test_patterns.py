"""Patterns: earlier signals like this one (same service or organisation, theme, words), the
count this quarter, and the recurring organisation × theme combinations with their trend."""

from __future__ import annotations

from datetime import date

import pytest

from tests.services.signals.dossier_helpers import org_and_service
from tests.services.signals.signal_helpers import log, make_people
from wijkinfo.services.errors import PermissionDenied
from wijkinfo.services.signals.patterns import recurring, similar_signals


def test_the_fifth_waiting_list_signal_about_a_service_shows_the_four_before(demo_store):
    kees, _f, ans = make_people(demo_store)
    org_id, org_name, service_id = org_and_service(demo_store)
    earlier = [
        log(
            demo_store,
            ans,
            signal_date=date(2026, 10, 1 + i),
            service_ids=[service_id],
            description=f"Lange wachtlijst bij de schuldhulp, al {i + 3} weken niets gehoord.",
        ).id
        for i in range(4)
    ]
    unrelated = log(
        demo_store, ans, signal_date=date(2026, 10, 9), theme_code="wonen", description="Lekkage."
    ).id
    fifth = log(
        demo_store,
        ans,
        signal_date=date(2026, 11, 2),
        service_ids=[service_id],
        description="Weer de WACHTLIJST: niemand belt terug.",
    ).id
    found = similar_signals(demo_store, actor=kees, signal_id=fifth)
    assert [s.id for s in found.signals][:4] == sorted(
        earlier, key=lambda i: earlier.index(i), reverse=True
    )
    assert unrelated not in [s.id for s in found.signals]
    assert all(s.same_service and s.same_theme for s in found.signals[:4])
    assert "wachtlijst" in found.signals[0].words
    assert found.this_quarter == 4  # the four before, in the same quarter
    with pytest.raises(PermissionDenied):
        similar_signals(demo_store, actor=ans, signal_id=fifth)


def test_recurring_combinations_per_quarter_with_their_trend(demo_store):
    kees, _f, ans = make_people(demo_store)
    org_id, org_name, _service = org_and_service(demo_store)
    for day in (date(2026, 8, 3), date(2026, 10, 5), date(2026, 10, 6), date(2026, 11, 2)):
        log(demo_store, ans, signal_date=day, organization_ids=[org_id])
    log(
        demo_store,
        ans,
        signal_date=date(2026, 11, 2),
        theme_code="wonen",
        organization_ids=[org_id],
    )
    rows = recurring(demo_store, actor=kees, today=date(2026, 11, 23))
    assert len(rows) == 1  # wonen came once: not recurring
    row = rows[0]
    assert row.organisation == org_name and row.theme == "Geldzorgen & schulden"
    assert row.per_quarter[-2:] == (("2026-K3", 1), ("2026-K4", 3))
    assert row.trend == "meer"
