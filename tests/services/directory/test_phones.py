"""Phone numbers in every notation people write come out the same way."""

from __future__ import annotations

import pytest

from wijkinfo.services.directory.phones import dial_string, format_phone, parse_dutch
from wijkinfo.services.errors import UserError


@pytest.mark.parametrize(
    "written",
    [
        "030-1234567",
        "030 123 45 67",
        "+31 30 123 4567",
        "(030) 1234567",
        "0031301234567",
        "+31 (0)30 123 4567",
        "030-123 45 67",
    ],
)
def test_one_utrecht_number_many_notations(written):
    assert format_phone(written) == "030 123 4567"
    assert dial_string(written) == "0301234567"


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("0800-8010", "0800 8010"),
        ("06-12345678", "06 12345678"),
        ("0900-1234567", "0900 1234567"),
        ("+32 2 123 45 67", "+32 2 123 45 67"),
    ],
)
def test_free_mobile_paid_and_foreign_numbers(written, shown):
    assert format_phone(written) == shown


@pytest.mark.parametrize("bad", ["", "12", "030-12", "bel maar", "0" * 10_000, "06-123456789"])
def test_impossible_numbers_get_a_message_saying_how_to_write_them(bad):
    with pytest.raises(UserError) as exc:
        parse_dutch(bad)
    assert "telefoonnummer" in str(exc.value)
