"""What came of it: agreement and follow-up date on forwarding, the overdue list, the outcome at
closing (counted in the report), services linked to signals, and retention of all of it."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from tests.services.signals.dossier_helpers import close, org_and_service
from tests.services.signals.signal_helpers import TODAY, count, log, make_people
from wijkinfo.db.models import ServicePublicNote, Signal, SignalService
from wijkinfo.services.errors import PermissionDenied, UserError
from wijkinfo.services.signals import followup, links, review
from wijkinfo.services.signals.queue import queue_page
from wijkinfo.services.signals.retention import run_retention
from wijkinfo.services.signals.stats import signal_counts

NOW = datetime(2026, 11, 23, 10)


@pytest.fixture
def people(demo_store):
    return make_people(demo_store)


def _forward(store, kees, sid, **kw):
    version = review.get_signal(store, actor=kees, signal_id=sid).row.version
    review.change_status(
        store,
        actor=kees,
        signal_id=sid,
        to_status="in_behandeling",
        expected_version=version,
        now=NOW,
    )
    review.change_status(
        store,
        actor=kees,
        signal_id=sid,
        to_status="doorgezet",
        expected_version=version + 1,
        forwarded_to="Geldfit",
        now=NOW,
        **kw,
    )


def test_forwarding_keeps_the_agreement_and_the_follow_up_comes_due(demo_store, people):
    kees, _f, ans = people
    sid = log(demo_store, ans).id
    other = log(demo_store, ans).id
    _forward(
        demo_store,
        kees,
        sid,
        agreement="Geldfit belt binnen twee weken terug",
        follow_up_on=date(2026, 12, 1),
    )
    _forward(demo_store, kees, other, follow_up_on=date(2026, 12, 20))
    detail = review.get_signal(demo_store, actor=kees, signal_id=sid)
    assert detail.agreement == "Geldfit belt binnen twee weken terug"
    assert detail.follow_up_on == date(2026, 12, 1)
    assert followup.overdue_follow_ups(demo_store, actor=kees, today=date(2026, 11, 30)) == []
    due = followup.overdue_follow_ups(demo_store, actor=kees, today=date(2026, 12, 3))
    assert [(f.signal_id, f.days_late) for f in due] == [(sid, 2)]
    followup.set_follow_up(
        demo_store,
        actor=kees,
        signal_id=sid,
        expected_version=detail.row.version,
        follow_up_on=date(2026, 12, 10),
        today=date(2026, 12, 3),
    )
    assert followup.overdue_follow_ups(demo_store, actor=kees, today=date(2026, 12, 3)) == []
    with pytest.raises(PermissionDenied):
        followup.overdue_follow_ups(demo_store, actor=ans)


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"follow_up_on": date(2026, 11, 1)}, "verleden"),
        ({"follow_up_on": date(2028, 1, 1)}, "een jaar"),
        ({"agreement": "x" * 2001}, "te lang"),
    ],
)
def test_bad_follow_up_changes_nothing(demo_store, people, kw, message):
    kees, _f, ans = people
    sid = log(demo_store, ans).id
    with pytest.raises(UserError, match=message):
        _forward(demo_store, kees, sid, **kw)
    assert review.get_signal(demo_store, actor=kees, signal_id=sid).row.status == "in_behandeling"
    assert review.get_signal(demo_store, actor=kees, signal_id=sid).follow_up_on is None


def test_the_outcome_is_kept_at_closing_and_counted(demo_store, people):
    kees, _f, ans = people
    ids = [log(demo_store, ans).id for _ in range(3)]
    close(demo_store, kees, ids[0], forwarded_on=date(2026, 11, 2), closed_on=date(2026, 11, 3))
    close(
        demo_store,
        kees,
        ids[1],
        forwarded_on=date(2026, 11, 2),
        closed_on=date(2026, 11, 3),
        outcome="niet_opgelost",
    )
    version = review.get_signal(demo_store, actor=kees, signal_id=ids[2]).row.version
    review.change_status(
        demo_store,
        actor=kees,
        signal_id=ids[2],
        to_status="in_behandeling",
        expected_version=version,
    )
    with pytest.raises(UserError, match="opleverde"):
        review.change_status(
            demo_store,
            actor=kees,
            signal_id=ids[2],
            to_status="afgehandeld",
            expected_version=version + 1,
            outcome="misschien",
        )
    review.change_status(
        demo_store,
        actor=kees,
        signal_id=ids[2],
        to_status="afgehandeld",
        expected_version=version + 1,
    )
    counts = signal_counts(demo_store, actor=kees, today=TODAY)
    assert dict(counts.per_outcome) == {"opgelost": 1, "niet_opgelost": 1, "onbekend": 1}
    # reopening forgets the outcome: it is decided again at the next closing
    closed = review.get_signal(demo_store, actor=kees, signal_id=ids[0])
    review.change_status(
        demo_store,
        actor=kees,
        signal_id=ids[0],
        to_status="heropend",
        expected_version=closed.row.version,
    )
    assert review.get_signal(demo_store, actor=kees, signal_id=ids[0]).outcome is None


def test_signals_name_services_and_volunteers_see_only_the_public_note(demo_store, people):
    kees, _f, ans = people
    _org, _name, service_id = org_and_service(demo_store)
    choices = links.find_services(demo_store, text="schuld")
    assert choices and all(c.name for c in choices)
    log(demo_store, ans, service_ids=[service_id])
    log(demo_store, ans, service_ids=[service_id])
    with pytest.raises(UserError, match="dienst"):
        log(demo_store, ans, service_ids=["bestaat-niet"])
    assert count(demo_store, Signal) == 2
    seen = links.service_signals(demo_store, actor=kees, service_id=service_id)
    assert seen.open_count == 2 and seen.public_note is None
    links.set_public_note(
        demo_store, actor=kees, service_id=service_id, text="  lange wachttijd,   gemeld "
    )
    volunteer = links.service_signals(demo_store, actor=ans, service_id=service_id)
    assert volunteer.open_count == 0 and volunteer.public_note == "lange wachttijd, gemeld"
    with pytest.raises(PermissionDenied):
        links.set_public_note(demo_store, actor=ans, service_id=service_id, text="nee")
    links.set_public_note(demo_store, actor=kees, service_id=service_id, text="")
    assert count(demo_store, ServicePublicNote) == 0
    detail = review.get_signal(
        demo_store, actor=kees, signal_id=queue_page(demo_store, actor=kees).rows[0].id
    )
    assert len(detail.services) == 1


def test_retention_deletes_agreements_outcomes_and_service_links_with_the_signal(
    demo_store, people
):
    kees, _f, ans = people
    _org, _name, service_id = org_and_service(demo_store)
    sid = log(demo_store, ans, service_ids=[service_id]).id
    _forward(demo_store, kees, sid, agreement="terugbellen", follow_up_on=NOW.date())
    version = review.get_signal(demo_store, actor=kees, signal_id=sid).row.version
    review.change_status(
        demo_store,
        actor=kees,
        signal_id=sid,
        to_status="afgehandeld",
        expected_version=version,
        outcome="deels",
        now=NOW,
    )
    run_retention(demo_store, actor=kees, now=NOW + timedelta(days=800))
    assert count(demo_store, Signal) == 0 and count(demo_store, SignalService) == 0
    with demo_store.sessions() as s:
        assert s.scalars(select(Signal.agreement)).all() == []
