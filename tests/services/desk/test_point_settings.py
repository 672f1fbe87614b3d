"""The information point's letterhead: checked, saved, and the logo kept in the data folder."""

from __future__ import annotations

import pytest
from PIL import Image

from wijkinfo.services.desk.point_settings import load_point_settings, save_point_settings
from wijkinfo.services.errors import PermissionDenied, UserError
from wijkinfo.services.people.auth import COORDINATOR, VOLUNTEER, Actor

KEES = Actor("c", "Kees", COORDINATOR)


def test_saved_settings_are_formatted_and_the_logo_is_copied(store, tmp_path):
    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 80), (0, 90, 160)).save(logo)
    saved = save_point_settings(
        store,
        actor=KEES,
        name=" Wijkpunt  Oost ",
        address="Marktplein 1, Lindestad",
        phone="0301234567",
        hours="ma–vr 10–16",
        logo=str(logo),
    )
    logo.unlink()  # the original may disappear (USB stick): the copy stays
    assert load_point_settings(store) == saved
    assert saved.name == "Wijkpunt Oost" and saved.phone == "030 123 4567"
    assert saved.logo.startswith(str(store.paths.root)) and (store.paths.root / "logo.png").exists()


@pytest.mark.parametrize(
    "kwargs, message",
    [
        (dict(name=""), "Vul de naam"),
        (dict(name="x" * 10_000), "naam is te lang"),
        (dict(address="x" * 10_000), "adres is te lang"),
        (dict(hours="x" * 10_000), "openingstijden zijn te lang"),
        (dict(phone="12"), "geen geldig telefoonnummer"),
        (dict(phone="x" * 10_000), "te lang"),
        (dict(logo="/bestaat/niet.png"), "kan niet worden gebruikt"),
    ],
)
def test_bad_settings_are_refused_and_nothing_changes(store, kwargs, message):
    before = load_point_settings(store)
    args = dict(name="Wijkpunt", phone="030-1234567") | kwargs
    with pytest.raises(UserError, match=message):
        save_point_settings(store, actor=KEES, **args)
    assert load_point_settings(store) == before


def test_a_volunteer_may_not_change_the_letterhead(store):
    with pytest.raises(PermissionDenied):
        save_point_settings(store, actor=Actor("v", "Ans", VOLUNTEER), name="Anders")
    assert load_point_settings(store).name == "Wijkinformatiepunt"
