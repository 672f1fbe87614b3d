"""Logging a signal: good input is saved, bad input gives a clear message and saves nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.services.signals.signal_helpers import TODAY, count, log, make_people
from wijkinfo.db.models import Organization, Signal, SignalContact
from wijkinfo.services.errors import UserError
from wijkinfo.services.signals import intake as signals
from wijkinfo.services.signals import review


def test_default_dutch_themes_with_targets(store):
    themes = {t.code: t for t in signals.list_themes(store)}
    assert {
        "geldzorgen",
        "zorg",
        "wonen",
        "werk_inkomen",
        "eenzaamheid",
        "veiligheid",
        "jeugd_gezin",
        "digitale_overheid",
        "anders",
    } == set(themes)
    assert themes["geldzorgen"].name == "Geldzorgen & schulden"
    assert all(t.response_days > 0 for t in themes.values())


def test_volunteer_logs_a_signal_without_a_name(demo_store):
    _k, _f, ans = make_people(demo_store)
    with demo_store.sessions() as s:
        org = s.scalars(select(Organization.id)).first()
    logged = log(demo_store, ans, signal_date="20-11-2026", organization_ids=[org])
    assert logged.status == "nieuw" and not logged.has_contact
    with demo_store.sessions() as s:
        sig = s.get(Signal, logged.id)
        assert sig.signal_date == date(2026, 11, 20)
        assert [o.organization_id for o in sig.organizations] == [org]
        assert sig.created_by == ans.user_id


def test_contact_only_with_consent_and_stored_apart(store, people):
    _k, _f, ans = people
    contact = signals.ContactInput(name="J. Jansen", phone="06-12345678", consent=True)
    logged = log(store, ans, contact=contact)
    with store.sessions() as s:
        sig = s.get(Signal, logged.id)
        assert "Jansen" not in sig.description
        row = s.get(SignalContact, logged.id)
        assert row.consent_date == TODAY and "12345678" not in (row.sealed or "")
    opened = review.read_contact(store, actor=_k, signal_id=logged.id)
    assert (opened.name, opened.phone) == ("J. Jansen", "06-12345678")


def test_contact_without_consent_is_refused(store, people):
    _k, _f, ans = people
    contact = signals.ContactInput(phone="06-12345678", consent=False)
    with pytest.raises(UserError, match="toestemming"):
        log(store, ans, contact=contact)
    assert count(store, Signal) == 0 and count(store, SignalContact) == 0


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"signal_date": "31-02-2026"}, "geen bestaande datum"),
        ({"signal_date": "2026-13-01"}, "geen bestaande datum"),
        ({"signal_date": "gisteren"}, "geen bestaande datum"),
        ({"signal_date": ""}, "Vul de datum in"),
        ({"signal_date": None}, "Vul de datum in"),
        ({"signal_date": date(2026, 11, 24)}, "toekomst"),
        ({"signal_date": "01-01-1999"}, "te lang geleden"),
        ({"description": ""}, "verplicht"),
        ({"description": "   \n "}, "verplicht"),
        ({"description": None}, "verplicht"),
        ({"description": 42}, "verplicht"),
        ({"description": "x" * 10_000}, "te lang"),
        ({"theme_code": "ufo"}, "bestaat niet"),
        ({"urgency": "heel erg"}, "urgentie"),
        ({"wijk": "w" * 300}, "te lang"),
        ({"wijk": 12}, "tekst"),
        ({"organization_ids": ["no-such-org"]}, "sociale kaart"),
        ({"contact": signals.ContactInput(name="Jan", consent=True)}, "telefoonnummer"),
        ({"contact": signals.ContactInput(email="geen-mail", consent=True)}, "e-mailadres"),
    ],
)
def test_bad_input_gives_a_message_and_saves_nothing(store, people, overrides, message):
    _k, _f, ans = people
    with pytest.raises(UserError, match=message):
        log(store, ans, **overrides)
    assert count(store, Signal) == 0
    assert count(store, SignalContact) == 0


def test_working_days_skip_the_weekend():
    assert signals.add_working_days(date(2026, 11, 20), 1) == date(2026, 11, 23)  # Fri → Mon
    assert signals.add_working_days(date(2026, 11, 23), 5) == date(2026, 11, 30)


def test_draft_survives_and_never_holds_contact_details(store, people):
    _k, _f, ans = people
    signals.save_draft(store, actor=ans, draft={"description": "half af", "phone": "0612"})
    store.close()
    from wijkinfo.services.datafolder.store import open_store

    again = open_store(store.paths)
    try:
        assert signals.load_draft(again, actor=ans) == {"description": "half af"}
        signals.clear_draft(again, actor=ans)
        assert signals.load_draft(again, actor=ans) is None
    finally:
        again.close()
    store.lock = None  # already released by close(); the fixture closes again harmlessly


def test_signal_count_unchanged_by_a_failed_organisation(demo_store):
    _k, _f, ans = make_people(demo_store)
    with demo_store.sessions() as s:
        assert s.scalar(select(Organization.id)) is not None
    log(demo_store, ans)
    assert count(demo_store, Signal) == 1
