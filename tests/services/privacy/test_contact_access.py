"""Who can open residents' contact details: only a signed-in coordinator whose key was granted."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.services.signals.signal_helpers import log
from wijkinfo.db.models import AuditLog, KeyHolder, SignalContact
from wijkinfo.services.errors import PermissionDenied, UserError
from wijkinfo.services.people import accounts, users
from wijkinfo.services.people.auth import CLI_ACTOR
from wijkinfo.services.privacy import access, keys, sealing
from wijkinfo.services.signals import intake as signals
from wijkinfo.services.signals import review

PHONE, EMAIL = "06-87654321", "bewoner@example.nl"


def _contact():
    return signals.ContactInput(name="Ayşe Doğan", phone=PHONE, email=EMAIL, consent=True)


def _read(store, actor, sid):
    return review.read_contact(store, actor=actor, signal_id=sid)


def test_the_first_coordinator_reads_what_a_volunteer_saved(store, people):
    kees, _fatima, ans = people
    sid = log(store, ans, contact=_contact()).id
    got = _read(store, kees, sid)
    assert (got.name, got.phone, got.email) == ("Ayşe Doğan", PHONE, EMAIL)
    with store.sessions() as s:
        row = s.get(SignalContact, sid)
        assert row.sealed.startswith("wks1.") and PHONE not in row.sealed
        assert s.scalars(select(AuditLog.action).where(AuditLog.user_id == kees.user_id)).all()


@pytest.mark.parametrize("who", ["volunteer", "cli", "not granted", "signed in elsewhere"])
def test_nobody_else_can_open_them(store, people, who):
    kees, fatima, ans = people  # Fatima was made without access
    sid = log(store, ans, contact=_contact()).id
    actor = {
        "volunteer": ans,
        "cli": CLI_ACTOR,
        "not granted": fatima,
        # the right person but no key in memory (a role without the password)
        "signed in elsewhere": type(kees)(kees.user_id, kees.name, kees.role),
    }[who]
    with pytest.raises(PermissionDenied):
        _read(store, actor, sid)


def test_a_grant_gives_access_and_is_audited(store, people):
    kees, fatima, ans = people
    sid = log(store, ans, contact=_contact()).id
    with pytest.raises(PermissionDenied):  # a coordinator without access cannot grant either
        access.grant_access(store, actor=fatima, user_id=fatima.user_id)
    access.grant_access(store, actor=kees, user_id=fatima.user_id)
    fatima = users.sign_in(store, name="Fatima", password="geheim12")
    assert _read(store, fatima, sid).phone == PHONE
    listed = {u.name: u.contact_access for u in users.list_users(store, actor=kees)}
    assert listed == {"Ans": False, "Fatima": True, "Kees": True}


def test_a_tampered_ciphertext_is_refused_with_one_line(store, people):
    kees, _f, ans = people
    sid = log(store, ans, contact=_contact()).id
    other = log(store, ans, contact=signals.ContactInput(phone="0611111111", consent=True)).id
    with store.unit_of_work() as s:
        row = s.get(SignalContact, sid)
        # a value copied from another signal does not open here either
        row.sealed = s.get(SignalContact, other).sealed
    with pytest.raises(UserError, match="beschadigd of veranderd") as caught:
        _read(store, kees, sid)
    assert "\n" not in str(caught.value)
    assert _read(store, kees, other).phone == "0611111111"


def test_a_removed_coordinators_old_key_cannot_open_later_details(store, people):
    kees, fatima, ans = people
    access.grant_access(store, actor=kees, user_id=fatima.user_id)
    fatima = users.sign_in(store, name="Fatima", password="geheim12")
    before = log(store, ans, contact=_contact()).id
    old_key = fatima.keys  # what she could have copied while she still had access
    assert _read(store, fatima, before).phone == PHONE
    accounts.set_active(store, actor=kees, user_id=fatima.user_id, active=False)
    after = log(store, ans, contact=signals.ContactInput(phone="0622222222", consent=True)).id
    with store.sessions() as s:
        row = s.get(SignalContact, after)
        old = keys.open_org_key(
            s, sealing.Unlocked(old_key.holder_id, old_key.private_key), row.org_key_id
        )
        assert old is None  # nothing sealed to her for the new key
        for key in old_key.org_keys.values():  # and the organisation key she did open
            with pytest.raises(sealing.Damaged):
                sealing.open_sealed(
                    key, row.sealed, info=f"wijkinfo contact v1|{after}|{row.org_key_id}".encode()
                )
    assert _read(store, kees, after).phone == "0622222222"
    assert _read(store, kees, before).phone == PHONE  # the remaining coordinator reads both
    with pytest.raises(UserError, match="klopt niet"):
        users.sign_in(store, name="Fatima", password="geheim12")


def test_the_last_active_coordinator_stays(store, people):
    kees, fatima, _ans = people
    accounts.set_active(store, actor=kees, user_id=fatima.user_id, active=False)
    with pytest.raises(UserError, match="laatste actieve coördinator"):
        accounts.set_active(store, actor=kees, user_id=kees.user_id, active=False)
    accounts.set_active(store, actor=kees, user_id=fatima.user_id, active=True)
    fatima = users.sign_in(store, name="Fatima", password="geheim12")
    assert fatima.keys is not None  # a fresh key pair, waiting for a grant
    access.grant_access(store, actor=kees, user_id=fatima.user_id)


def test_a_changed_password_rewraps_the_same_key(store, people):
    kees, _f, ans = people
    sid = log(store, ans, contact=_contact()).id
    accounts.change_own_password(
        store, actor=kees, old_password="geheim12", new_password="nieuw-geheim"
    )
    again = users.sign_in(store, name="Kees", password="nieuw-geheim")
    assert again.keys.holder_id == kees.keys.holder_id
    assert _read(store, again, sid).phone == PHONE


def test_a_reset_password_gives_a_new_key_and_access_again(store, people):
    kees, fatima, ans = people
    access.grant_access(store, actor=kees, user_id=fatima.user_id)
    sid = log(store, ans, contact=_contact()).id
    users.set_password(store, actor=kees, user_id=fatima.user_id, password="vergeten-123")
    fatima = users.sign_in(store, name="Fatima", password="vergeten-123")
    assert _read(store, fatima, sid).phone == PHONE
    with pytest.raises(UserError, match="minstens 8 tekens"):
        users.set_password(store, actor=kees, user_id=fatima.user_id, password="2468")


def test_the_recovery_sheet_restores_access_when_every_password_is_lost(store):
    info = users.create_first_coordinator(store, name="Kees", password="geheim12")
    code = info.recovery_code
    assert code and len(code) == 29
    kees = users.sign_in(store, name="Kees", password="geheim12")
    users.create_user(store, actor=kees, name="Ans", password="2580")
    ans = users.sign_in(store, name="Ans", password="2580")
    sid = log(store, ans, contact=_contact()).id
    with pytest.raises(UserError, match="past niet"):
        access.recover_with_code(
            store, code=sealing.new_recovery_code(), name="Kees", new_password="weer-binnen-1"
        )
    access.recover_with_code(store, code=code.lower(), name="kees", new_password="weer-binnen-1")
    kees = users.sign_in(store, name="Kees", password="weer-binnen-1")
    assert _read(store, kees, sid).phone == PHONE
    # a new sheet replaces the old one
    newer = access.new_recovery_sheet(store, actor=kees)
    with pytest.raises(UserError, match="past niet"):
        access.recover_with_code(store, code=code, name="Kees", new_password="nog-een-keer")
    access.recover_with_code(store, code=newer, name="Kees", new_password="nog-een-keer")


def test_keys_in_the_database_are_public_or_wrapped(store, people):
    kees, _f, _a = people
    with store.sessions() as s:
        for holder in s.scalars(select(KeyHolder)):
            assert "geheim12" not in holder.wrapped_key
            assert kees.keys.private_key.private_bytes_raw().hex() not in holder.wrapped_key
    assert "private_key" not in repr(kees) and "Unlocked" not in repr(kees)


def _drop_every_key(store) -> None:
    """As a database from before the keys: coordinators, but no key pair and no org key."""
    with store.unit_of_work() as s:
        for holder in s.scalars(select(KeyHolder)).all():
            keys.drop_holder(s, holder)
        for k in s.scalars(select(keys.OrgKey)).all():
            s.delete(k)


def _private_keys_in_the_open(store) -> list[str]:
    """Settings (the per-machine table) that hold key material."""
    from wijkinfo.db.models import Setting

    with store.sessions() as s:
        return [r.key for r in s.scalars(select(Setting)) if "private" in r.value_json]


def test_without_any_coordinator_key_contact_details_are_refused_not_kept_openable(store):
    from wijkinfo.db.models import Signal
    from wijkinfo.services.people.auth import COORDINATOR, Actor

    users.create_first_coordinator(store, name="Kees", password="geheim12")
    _drop_every_key(store)
    with pytest.raises(UserError, match="nog geen coördinator met een sleutel") as caught:
        log(store, Actor(None, "x", COORDINATOR), contact=_contact())
    assert "\n" not in str(caught.value)
    with store.sessions() as s:  # nothing was saved, and no key waits on this desk
        assert s.scalar(select(Signal.id)) is None and not keys.has_provisional_key(s)
        assert s.scalar(select(keys.OrgKey.id)) is None
    assert _private_keys_in_the_open(store) == []


def test_a_first_org_key_is_sealed_to_the_key_holders_at_once(store):
    """A coordinator signed in once (a key pair) but there is no org key yet: the new one is
    sealed to them straight away, and its private half is kept nowhere on the desk."""
    users.create_first_coordinator(store, name="Kees", password="geheim12")
    _drop_every_key(store)
    kees = users.sign_in(store, name="Kees", password="geheim12")
    users.create_user(store, actor=kees, name="Ans", password="2580")
    volunteer = users.sign_in(store, name="Ans", password="2580")
    sid = log(store, volunteer, contact=_contact()).id
    assert _private_keys_in_the_open(store) == []
    kees = users.sign_in(store, name="Kees", password="geheim12")
    assert _read(store, kees, sid).phone == PHONE


def _provisional_key_as_0007_left_it(store) -> str:
    """The setting migration 0007 writes when it seals older details without any password."""
    import base64
    import json

    from wijkinfo.db.models import Setting
    from wijkinfo.services.privacy.sealing import new_private_key, private_bytes

    private = new_private_key()
    with store.unit_of_work() as s:
        row, private = keys.new_org_key(s)
        secret = base64.b64encode(private_bytes(private)).decode()
        s.add(
            Setting(
                key=keys.PROVISIONAL_SETTING,
                value_json=json.dumps({"org_key_id": row.id, "private": secret}),
            )
        )
        return row.id


def test_a_provisional_key_goes_as_soon_as_a_key_holder_is_on_the_desk(store, data_paths):
    from wijkinfo.services.datafolder.desk_start import open_desk
    from wijkinfo.services.people.auth import COORDINATOR, Actor
    from wijkinfo.services.privacy.key_status import key_status, settle_provisional_key

    users.create_first_coordinator(store, name="Kees", password="geheim12")
    _drop_every_key(store)
    _provisional_key_as_0007_left_it(store)
    sid = log(store, Actor(None, "x", COORDINATOR), contact=_contact()).id
    assert not settle_provisional_key(store)  # nobody to seal it to: it waits, and says so
    assert key_status(store).provisional_key
    # Kees's key pair arrives (here: made by signing in on another desk and synced; the row
    # is the same); no one signs in on this desk, yet the next start wipes the key
    with store.unit_of_work() as s:
        user = s.scalar(select(keys.User).where(keys.User.name == "Kees"))
        keys.new_holder(s, secret="geheim12", user_id=user.id)
    store.close()
    opened = open_desk(data_paths)
    try:
        assert not key_status(opened.store).provisional_key
        assert _private_keys_in_the_open(opened.store) == []
        kees = users.sign_in(opened.store, name="Kees", password="geheim12")
        assert _read(opened.store, kees, sid).phone == PHONE
    finally:
        opened.store.close()


def test_a_wipe_also_leaves_the_change_log_but_still_travels(store, people):
    from sqlalchemy import text

    from wijkinfo.services.privacy import residents

    kees, _f, ans = people
    sid = log(store, ans, contact=_contact()).id
    assert residents.find_contacts(store, actor=kees, query="06 87 65 43 21")[0].signal_id == sid
    assert residents.wipe_contact(store, actor=kees, signal_id=sid)
    with store.sessions() as s:
        payloads = (
            s.execute(
                text("SELECT payload_json FROM outbox_change WHERE table_name = 'signal_contact'")
            )
            .scalars()
            .all()
        )
    assert payloads and not any('"sealed":"wks1.' in p for p in payloads)
    assert any('"sealed":null' in p for p in payloads)  # the wipe itself is sent
    assert residents.find_contacts(store, actor=kees, query=EMAIL) == []
