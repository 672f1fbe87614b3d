"""The Privacy page says what is true on this computer: whether a coordinator holds a key,
whether there is a recovery sheet, and whether a provisional key still waits."""

from __future__ import annotations

from wijkinfo.services.people import users
from wijkinfo.services.privacy import keys
from wijkinfo.services.privacy.key_status import key_status
from wijkinfo.services.signals.retention import get_retention
from wijkinfo.ui.privacy_page import PrivacyPage, privacy_html


def _page(store) -> str:
    return privacy_html(get_retention(store), key_status(store))


def test_before_the_first_coordinator_the_page_says_nothing_can_be_kept_yet(qtbot, store):
    text = _page(store)
    assert "nog geen coördinator met een sleutel" in text and "herstelblad gemaakt" not in text


def test_after_set_up_it_says_there_is_a_recovery_sheet(qtbot, store):
    users.create_first_coordinator(store, name="Kees", password="geheim-123")
    text = _page(store)
    assert "Er is een herstelblad gemaakt" in text and "voorlopige sleutel" not in text
    page = PrivacyPage(get_retention(store), None, key_status(store))
    qtbot.addWidget(page)
    assert "Op deze computer" in page.text.toPlainText()


def test_without_a_recovery_sheet_it_says_what_is_lost(qtbot, store):
    users.create_first_coordinator(store, name="Kees", password="geheim-123")
    with store.unit_of_work() as s:
        for holder in keys.recovery_holders(s):
            keys.drop_holder(s, holder)
    assert "Er is nog geen herstelblad" in _page(store)


def test_a_waiting_provisional_key_is_named(qtbot, store):
    from tests.services.privacy.test_contact_access import (
        _drop_every_key,
        _provisional_key_as_0007_left_it,
    )

    users.create_first_coordinator(store, name="Kees", password="geheim-123")
    _drop_every_key(store)
    _provisional_key_as_0007_left_it(store)
    assert "voorlopige sleutel" in _page(store)
    users.sign_in(store, name="Kees", password="geheim-123")  # takes it over, wipes it
    assert "voorlopige sleutel" not in _page(store)
