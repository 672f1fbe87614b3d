"""Several services' saves as one transaction (Bestand › Instellingen saves three pages at once):
all of it is kept, or, when any part is refused or the program fails half-way, none of it; and
nobody is told of a change that was never kept."""

from __future__ import annotations

import pytest

from wijkinfo.services.desk.point_settings import load_point_settings, save_point_settings
from wijkinfo.services.directory.staleness import save_stale_after_months, stale_after_months
from wijkinfo.services.errors import UserError
from wijkinfo.services.signals import retention


def _saves(store, actor, *, name, months, delete_days):
    save_stale_after_months(store, actor=actor, months=months)
    save_point_settings(store, actor=actor, name=name, address="", phone="", hours="", logo="")
    retention.set_retention(store, actor=actor, anonymise_days=30, delete_days=delete_days)


def test_all_of_it_is_kept_and_then_announced(store, people):
    kees = people[0]
    heard = []
    store.events.subscribe(heard.append)
    with store.one_transaction():
        _saves(store, kees, name="Wijkpunt Öz", months=7, delete_days=90)
        assert heard == []  # not yet committed: nobody is told
    assert load_point_settings(store).name == "Wijkpunt Öz"
    assert stale_after_months(store) == 7
    assert retention.get_retention(store).delete_days == 90
    assert {c.topic for c in heard} >= {"settings"}


@pytest.mark.parametrize("failure", ["refused", "crash"])
def test_a_refusal_or_a_crash_half_way_keeps_none_of_it(store, people, failure):
    kees = people[0]
    name_before, months_before = load_point_settings(store).name, stale_after_months(store)
    heard = []
    store.events.subscribe(heard.append)
    with pytest.raises((UserError, RuntimeError)), store.one_transaction():
        save_stale_after_months(store, actor=kees, months=months_before + 3)
        save_point_settings(store, actor=kees, name="Łódź", address="", phone="", hours="", logo="")
        if failure == "crash":
            raise RuntimeError("the power went")
        retention.set_retention(store, actor=kees, anonymise_days=90, delete_days=30)
    assert load_point_settings(store).name == name_before
    assert stale_after_months(store) == months_before
    assert heard == []


def test_outside_the_block_each_save_is_its_own_transaction_again(store, people):
    kees = people[0]
    with pytest.raises(UserError):
        _saves(store, kees, name="Apart", months=5, delete_days=0)
    assert load_point_settings(store).name == "Apart"  # saved before the refusal, as before
    assert stale_after_months(store) == 5
