"""Review: queue filters, whitelisted workflow, notes, overdue, concurrent edits, contact rights."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.services.signals.signal_helpers import TODAY, log
from wijkinfo.db.models import AuditLog, Signal
from wijkinfo.services.errors import PermissionDenied, UserError
from wijkinfo.services.signals import intake as signals
from wijkinfo.services.signals import review


def test_workflow_from_new_to_closed_with_history(store, people):
    kees, _f, ans = people
    sid = log(store, ans).id
    steps = [
        ("in_behandeling", None),
        ("doorgezet", "Gemeente Lindestad"),
        ("afgehandeld", None),
        ("heropend", None),
        ("afgehandeld", None),
    ]
    for target, forwarded in steps:
        version = review.get_signal(store, actor=kees, signal_id=sid).row.version
        review.change_status(
            store,
            actor=kees,
            signal_id=sid,
            to_status=target,
            expected_version=version,
            forwarded_to=forwarded,
            note="stap",
        )
    detail = review.get_signal(store, actor=kees, signal_id=sid)
    assert detail.row.status == "afgehandeld" and detail.closed_at is not None
    assert detail.forwarded_to == "Gemeente Lindestad"
    assert [h.text.split(":")[0] for h in detail.history][:3] == [
        "nieuw",
        "nieuw → in behandeling",
        "in behandeling → doorgezet",
    ]
    assert detail.allowed == ("heropend",)


@pytest.mark.parametrize("target", ["afgehandeld", "doorgezet", "heropend", "nieuw", "weg"])
def test_transitions_outside_the_whitelist_are_refused(store, people, target):
    kees, _f, ans = people
    sid = log(store, ans).id
    with pytest.raises(UserError, match="kan niet naar"):
        review.change_status(store, actor=kees, signal_id=sid, to_status=target, expected_version=1)
    assert review.get_signal(store, actor=kees, signal_id=sid).row.status == "nieuw"


def test_forwarding_needs_a_target(store, people):
    kees, _f, ans = people
    sid = log(store, ans).id
    review.change_status(
        store, actor=kees, signal_id=sid, to_status="in_behandeling", expected_version=1
    )
    with pytest.raises(UserError, match="naar wie"):
        review.change_status(
            store, actor=kees, signal_id=sid, to_status="doorgezet", expected_version=2
        )
    assert review.get_signal(store, actor=kees, signal_id=sid).row.status == "in_behandeling"


def test_second_coordinator_sees_the_change_and_nothing_is_overwritten(store, people):
    kees, fatima, ans = people
    sid = log(store, ans).id
    seen_by_kees = review.get_signal(store, actor=kees, signal_id=sid).row.version
    seen_by_fatima = review.get_signal(store, actor=fatima, signal_id=sid).row.version
    review.change_status(
        store, actor=kees, signal_id=sid, to_status="in_behandeling", expected_version=seen_by_kees
    )
    with pytest.raises(UserError, match="Iemand anders heeft dit signaal net gewijzigd"):
        review.change_status(
            store,
            actor=fatima,
            signal_id=sid,
            to_status="geannuleerd",
            expected_version=seen_by_fatima,
        )
    with pytest.raises(UserError, match="net gewijzigd"):
        review.assign(
            store,
            actor=fatima,
            signal_id=sid,
            user_id=fatima.user_id,
            expected_version=seen_by_fatima,
        )
    detail = review.get_signal(store, actor=kees, signal_id=sid)
    assert detail.row.status == "in_behandeling" and detail.row.assigned_to is None


def test_queue_filters_and_overdue(store, people):
    kees, fatima, ans = people
    old = log(store, ans, signal_date=date(2026, 10, 1), theme_code="veiligheid", wijk="West").id
    fresh = log(store, ans, signal_date=TODAY, theme_code="wonen").id
    review.assign(store, actor=kees, signal_id=fresh, user_id=fatima.user_id, expected_version=1)

    def ids(**kw):
        return [r.id for r in review.list_signals(store, actor=kees, today=TODAY, **kw)]

    assert ids() == [fresh, old]
    assert ids(theme_code="veiligheid") == [old]
    assert ids(wijk="West") == [old]
    assert ids(assigned_to=fatima.user_id) == [fresh]
    assert ids(assigned_to="-") == [old]
    assert ids(overdue=True) == [old]
    assert ids(status="nieuw") == [fresh, old]
    assert ids(status="afgehandeld") == []
    row = review.list_signals(store, actor=kees, today=TODAY, assigned_to=fatima.user_id)[0]
    assert row.assigned_name == "Fatima" and not row.overdue


def test_notes_are_added_to_the_history(store, people):
    kees, _f, ans = people
    sid = log(store, ans).id
    review.add_note(store, actor=kees, signal_id=sid, text="Gebeld met de gemeente.")
    history = review.get_signal(store, actor=kees, signal_id=sid).history
    assert any(h.kind == "note" and h.who == "Kees" and "gemeente" in h.text for h in history)
    for bad in ["", "  ", "x" * 10_000]:
        with pytest.raises(UserError):
            review.add_note(store, actor=kees, signal_id=sid, text=bad)
    assert len(review.get_signal(store, actor=kees, signal_id=sid).history) == 2


def test_every_view_of_contact_details_is_audited(store, people):
    kees, _f, ans = people
    contact = signals.ContactInput(email="bewoner@example.nl", consent=True)
    sid = log(store, ans, contact=contact).id
    assert review.get_signal(store, actor=kees, signal_id=sid).has_contact
    for _ in range(2):
        assert review.read_contact(store, actor=kees, signal_id=sid).email == "bewoner@example.nl"
    with store.sessions() as s:
        views = s.scalars(select(AuditLog).where(AuditLog.action == "signal.contact.read")).all()
    assert len(views) == 2 and all(v.user_id == kees.user_id for v in views)


def test_a_volunteer_can_reach_no_review_function_and_no_contact_details(store, people):
    kees, _f, ans = people
    sid = log(store, ans, contact=signals.ContactInput(phone="0612345678", consent=True)).id
    calls = [
        lambda: review.read_contact(store, actor=ans, signal_id=sid),
        lambda: review.get_signal(store, actor=ans, signal_id=sid),
        lambda: review.list_signals(store, actor=ans),
        lambda: review.change_status(
            store, actor=ans, signal_id=sid, to_status="in_behandeling", expected_version=1
        ),
        lambda: review.assign(
            store, actor=ans, signal_id=sid, user_id=ans.user_id, expected_version=1
        ),
        lambda: review.add_note(store, actor=ans, signal_id=sid, text="hoi"),
        lambda: review.coordinators(store, actor=ans),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    with store.sessions() as s:
        assert s.get(Signal, sid).status == "nieuw"
        assert s.scalar(select(AuditLog).where(AuditLog.action == "signal.contact.read")) is None
    # What the volunteer does get back from logging holds no contact details either.
    logged = log(store, ans, contact=signals.ContactInput(phone="0698765432", consent=True))
    assert "0698765432" not in repr(logged)
