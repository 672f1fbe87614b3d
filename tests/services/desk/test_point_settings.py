"""The information point's letterhead: checked, saved, and the logo kept in the data folder."""

from __future__ import annotations

import pytest
from PIL import Image

from wijkinfo.services.desk.point_settings import load_point_settings, save_point_settings
from wijkinfo.services.errors import PermissionDenied, UserError
from wijkinfo.services.people import users
from wijkinfo.services.people.auth import ANONYMOUS_DESK, COORDINATOR, VOLUNTEER, Actor

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
    users.create_first_coordinator(store, name="Kees", password="geheim12")
    with pytest.raises(PermissionDenied):
        save_point_settings(store, actor=Actor("v", "Ans", VOLUNTEER), name="Anders")
    assert load_point_settings(store).name == "Wijkinformatiepunt"


def test_before_anyone_exists_the_person_setting_up_may_save_the_details(store):
    """The first-run assistant asks for the details before there is a coordinator."""
    saved = save_point_settings(store, actor=None, name="Wijkpunt Noord", phone="0201234567")
    assert load_point_settings(store).name == "Wijkpunt Noord" and saved.phone == "020 123 4567"
    users.create_first_coordinator(store, name="Kees", password="geheim12")
    with pytest.raises(PermissionDenied):  # from then on the ordinary rule
        save_point_settings(store, actor=ANONYMOUS_DESK, name="Anders")
    assert load_point_settings(store).name == "Wijkpunt Noord"


def _png_bomb(path):
    """A tiny PNG whose header claims 100,000 × 100,000 pixels."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    "make",
    [
        lambda p: p.write_bytes(b"MZ\x90\x00 geen plaatje" * 10),  # a program named .png
        lambda p: p.write_text("<svg onload='alert(1)'/>"),
        _png_bomb,
        lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * (6 * 1024 * 1024)),  # too big
        lambda p: p.mkdir(),
        lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n kapot"),
    ],
    ids=["program", "svg", "bomb", "huge", "folder", "broken"],
)
def test_a_hostile_logo_is_refused_in_one_line_and_the_old_logo_stays(store, tmp_path, make):
    good = tmp_path / "goed.png"
    Image.new("RGB", (40, 20), (0, 90, 160)).save(good)
    save_point_settings(store, actor=KEES, name="Wijkpunt", logo=str(good))
    before = load_point_settings(store)
    kept = (store.paths.root / "logo.png").read_bytes()
    bad = tmp_path / "logo.png"
    make(bad)
    with pytest.raises(UserError, match="kan niet worden gebruikt") as caught:
        save_point_settings(store, actor=KEES, name="Anders", logo=str(bad))
    assert "\n" not in str(caught.value)
    assert load_point_settings(store) == before
    assert (store.paths.root / "logo.png").read_bytes() == kept
    assert sorted(p.name for p in store.paths.root.glob("*logo*")) == ["logo.png"]


def test_a_jpeg_named_png_is_kept_as_what_it_is(store, tmp_path):
    photo = tmp_path / "logo.png"
    Image.new("RGB", (40, 20), (200, 0, 0)).save(photo, format="JPEG")
    saved = save_point_settings(store, actor=KEES, name="Wijkpunt", logo=str(photo))
    assert saved.logo.endswith("logo.jpg")
