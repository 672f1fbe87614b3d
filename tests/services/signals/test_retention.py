"""Retention with a moved clock: contact details wiped after N days, signals deleted after M."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from tests.cli.coordinator import coordinator_args
from tests.services.signals.signal_helpers import count, log, make_people
from wijkinfo.cli import main
from wijkinfo.db.models import Signal, SignalContact, SignalTrace
from wijkinfo.services.errors import PermissionDenied, UserError
from wijkinfo.services.people import users
from wijkinfo.services.signals import intake as signals
from wijkinfo.services.signals import retention, review

CLOSED_AT = datetime(2026, 11, 23, 10, 0)


@pytest.fixture
def closed_signal(store):
    """A closed signal with contact details, closed on CLOSED_AT."""
    kees, _f, ans = make_people(store)
    sid = log(
        store, ans, contact=signals.ContactInput(name="J. Jansen", phone="0612345678", consent=True)
    ).id
    review.change_status(
        store,
        actor=kees,
        signal_id=sid,
        to_status="in_behandeling",
        expected_version=1,
        now=CLOSED_AT,
    )
    review.change_status(
        store, actor=kees, signal_id=sid, to_status="afgehandeld", expected_version=2, now=CLOSED_AT
    )
    open_sid = log(store, ans, contact=signals.ContactInput(phone="0687654321", consent=True)).id
    return kees, ans, sid, open_sid


def _contact(store, sid):
    """(sealed value, phone as a coordinator opens it, wiped at)."""
    kees = users.sign_in(store, name="Kees", password="geheim12")
    with store.sessions() as s:
        c = s.get(SignalContact, sid)
        if c is None:
            return None
        sealed, at = c.sealed, c.anonymised_at
    phone = review.read_contact(store, actor=kees, signal_id=sid).phone
    return (sealed, phone, at)


def test_nothing_happens_before_the_terms(store, closed_signal):
    kees, _ans, sid, _open = closed_signal
    result = retention.run_retention(store, actor=kees, now=CLOSED_AT + timedelta(days=364))
    assert result.anonymised == () and result.deleted == ()
    assert _contact(store, sid)[1] == "0612345678"


def test_contact_details_are_wiped_after_365_days(store, closed_signal):
    kees, _ans, sid, open_sid = closed_signal
    later = CLOSED_AT + timedelta(days=366)
    dry = retention.run_retention(store, actor=kees, dry_run=True, now=later)
    assert dry.anonymised == (sid,) and "contactgegevens wissen" in dry.lines[0]
    assert _contact(store, sid)[1] == "0612345678"  # a dry run changes nothing
    result = retention.run_retention(store, actor=kees, now=later)
    assert result.anonymised == (sid,)
    assert _contact(store, sid) == (None, None, later)  # the sealed value itself is gone
    assert _contact(store, open_sid)[1] == "0687654321"  # open signals keep their contact
    assert review.read_contact(store, actor=kees, signal_id=sid).anonymised


def test_closed_signals_are_deleted_after_730_days_leaving_a_trace(store, closed_signal):
    kees, _ans, sid, open_sid = closed_signal
    later = CLOSED_AT + timedelta(days=731)
    result = retention.run_retention(store, actor=kees, now=later)
    assert result.deleted == (sid,)
    with store.sessions() as s:
        assert s.get(Signal, sid) is None and s.get(SignalContact, sid) is None
        trace = s.scalars(select(SignalTrace)).one()
        assert (trace.signal_id, trace.theme_code, trace.month) == (sid, "geldzorgen", "2026-11")
    assert count(store, Signal) == 1
    # Running again is harmless.
    assert retention.run_retention(store, actor=kees, now=later).deleted == ()


def test_shorter_terms_from_the_settings(store, closed_signal):
    kees, _ans, sid, _open = closed_signal
    retention.set_retention(store, actor=kees, anonymise_days=30, delete_days=60)
    assert retention.run_retention(
        store, actor=kees, now=CLOSED_AT + timedelta(days=31)
    ).anonymised == (sid,)


@pytest.mark.parametrize(
    ("anonymise", "delete", "message"),
    [
        (0, 730, "1 tot"),
        (365, 100_000, "1 tot"),
        (365, 100, "niet eerder"),
        ("a", 730, "1 tot"),
        (True, 730, "1 tot"),
    ],
)
def test_bad_terms_are_refused(store, closed_signal, anonymise, delete, message):
    kees = closed_signal[0]
    with pytest.raises(UserError, match=message):
        retention.set_retention(store, actor=kees, anonymise_days=anonymise, delete_days=delete)
    assert retention.get_retention(store) == retention.RetentionSettings(365, 730)


def test_a_volunteer_cannot_run_or_change_retention(store, closed_signal):
    _kees, ans, _sid, _open = closed_signal
    with pytest.raises(PermissionDenied):
        retention.run_retention(store, actor=ans)
    with pytest.raises(PermissionDenied):
        retention.set_retention(store, actor=ans, anonymise_days=1, delete_days=2)


def test_cli_dry_run_prints_what_would_change(store, closed_signal, capsys, monkeypatch):
    _k, _a, sid, _open = closed_signal
    monkeypatch.setattr(
        "wijkinfo.services.signals.retention.utcnow", lambda: CLOSED_AT + timedelta(days=800)
    )
    root = str(store.paths.root)
    store.close()
    who = coordinator_args(root)
    assert main(["--data-dir", root, *who, "retention", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Zou signalen verwijderen: 1" in out and "niets veranderd" in out
    assert main(["--data-dir", root, *who, "retention"]) == 0
    assert "signalen verwijderen: 1" in capsys.readouterr().out
