"""Joining the organisation's sync folder from a new desk, and what the first sync settles."""

from __future__ import annotations

import pytest

from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.services.errors import PermissionDenied, UserError
from wijkinfo.services.people import users
from wijkinfo.services.people.auth import ANONYMOUS_DESK
from wijkinfo.services.privacy.key_status import key_status
from wijkinfo.services.sync import folder_sync
from wijkinfo.services.sync.join import join_sync_folder
from wijkinfo.services.sync.sync_settings import read_settings

PASS = "lindeboom-42"


@pytest.fixture
def folder(tmp_path):
    """A coordinator's desk that set up the organisation's sync folder and synced once."""
    folder = tmp_path / "syncmap"
    folder.mkdir()
    other = open_store(DataPaths(tmp_path / "coordinator-desk"))
    try:
        users.create_first_coordinator(other, name="Kees", password="geheim-123")
        kees = users.sign_in(other, name="Kees", password="geheim-123")
        folder_sync.set_up_folder(other, actor=kees, folder=folder, passphrase=PASS)
        folder_sync.sync_once(other, actor=kees, folder=folder)
    finally:
        other.close()
    return folder


def test_a_new_desk_joins_and_keeps_the_folder(store, folder):
    summary = join_sync_folder(store, actor=None, folder=folder, passphrase=PASS)
    assert summary.ok
    assert read_settings(store).folder == str(folder.absolute())
    assert users.active_user_names(store) == ["Kees"]
    assert key_status(store).coordinator_keys  # the public keys came along: it can seal


@pytest.mark.parametrize(
    "passphrase, where, message",
    [
        ("verkeerd", None, ""),
        ("", None, "wachtwoord van de syncmap"),
        (PASS, "nergens", "is er niet"),
    ],
)
def test_a_wrong_folder_or_passphrase_chooses_nothing(store, folder, passphrase, where, message):
    target = folder.parent / where if where else folder
    with pytest.raises(UserError, match=message or None) as caught:
        join_sync_folder(store, actor=None, folder=target, passphrase=passphrase)
    assert "\n" not in str(caught.value)
    assert read_settings(store).folder is None and not users.has_users(store)


def test_once_someone_exists_only_a_coordinator_may_join(store, folder):
    users.create_first_coordinator(store, name="Ans", password="geheim-123")
    with pytest.raises(PermissionDenied):
        join_sync_folder(store, actor=ANONYMOUS_DESK, folder=folder, passphrase=PASS)
    assert read_settings(store).folder is None


def test_a_provisional_key_goes_when_a_sync_brings_a_key_holder(store, folder):
    """A desk migrated through 0007 without any coordinator key keeps its provisional key only
    until the first sync brings a coordinator's public key."""
    from tests.services.privacy.test_contact_access import _provisional_key_as_0007_left_it

    _provisional_key_as_0007_left_it(store)
    assert key_status(store).provisional_key
    join_sync_folder(store, actor=None, folder=folder, passphrase=PASS)
    assert not key_status(store).provisional_key
