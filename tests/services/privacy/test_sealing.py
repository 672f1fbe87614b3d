"""The sealing primitives: round trips, and any changed or foreign bytes give one clear error."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wijkinfo.services.privacy import sealing

KEY = sealing.new_private_key()
INFO = b"wijkinfo contact v1|signal|key"
SEALED = sealing.seal(KEY.public_key(), b'{"phone": "0612345678"}', info=INFO)


def test_a_sealed_value_opens_with_its_key_and_place_only():
    assert sealing.open_sealed(KEY, SEALED, info=INFO) == b'{"phone": "0612345678"}'
    assert "0612345678" not in SEALED
    # the same details sealed twice look unrelated (an ephemeral key each time)
    assert sealing.seal(KEY.public_key(), b"x", info=INFO) != sealing.seal(
        KEY.public_key(), b"x", info=INFO
    )
    with pytest.raises(sealing.Damaged, match="beschadigd of veranderd"):
        sealing.open_sealed(sealing.new_private_key(), SEALED, info=INFO)
    with pytest.raises(sealing.Damaged):
        sealing.open_sealed(KEY, SEALED, info=b"wijkinfo contact v1|other signal|key")


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0), st.integers(min_value=1, max_value=255))
def test_any_changed_byte_is_refused(position, flip):
    raw = bytearray(sealing.parse_sealed(SEALED))
    raw[position % len(raw)] ^= flip
    text = sealing.SEALED_PREFIX + base64.urlsafe_b64encode(bytes(raw)).decode()
    with pytest.raises(sealing.Damaged):
        sealing.open_sealed(KEY, text, info=INFO)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(max_size=300),
        st.text(max_size=300).map(lambda t: sealing.SEALED_PREFIX + t),
        st.binary(max_size=200).map(
            lambda b: sealing.SEALED_PREFIX + base64.urlsafe_b64encode(b).decode()
        ),
        st.integers(),
        st.none(),
    )
)
def test_parsing_foreign_text_only_ever_says_damaged(text):
    with pytest.raises(sealing.Damaged):
        sealing.open_sealed(KEY, text, info=INFO)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_unwrapping_foreign_text_only_says_damaged_or_wrong_secret(text):
    with pytest.raises(sealing.SealedError):
        sealing.unwrap(text, "geheim12", context="holder|x")


def test_a_wrapped_key_opens_with_its_password_only():
    wrapped = sealing.wrap(KEY, "geheim12", context="holder|a")
    assert sealing.unwrap(wrapped, "geheim12", context="holder|a").private_bytes_raw() == (
        KEY.private_bytes_raw()
    )
    with pytest.raises(sealing.WrongSecret):
        sealing.unwrap(wrapped, "geheim13", context="holder|a")
    with pytest.raises(sealing.WrongSecret):
        sealing.unwrap(wrapped, "geheim12", context="holder|b")  # moved to another holder


def test_the_default_profile_is_rfc_9106_low_memory():
    profile = sealing.KdfProfile()
    assert (profile.time_cost, profile.memory_kib, profile.parallelism) == (3, 65536, 4)


@pytest.mark.parametrize(
    "typed",
    ["abcde-fghjk-mnpqr-stvwx-yz012", "ABCDE FGHJK MNPQR STVWX YZ012", "abcdefghjkmnpqrstvwxyzo12"],
)
def test_a_recovery_code_survives_case_spaces_and_look_alikes(typed):
    assert sealing.normalise_recovery_code(typed) == "ABCDE-FGHJK-MNPQR-STVWX-YZ012"


def test_a_recovery_code_with_a_missing_symbol_gets_one_clear_line():
    with pytest.raises(sealing.UserError, match="25 letters en cijfers"):
        sealing.normalise_recovery_code("ABCDE-FGHJK")
    code = sealing.new_recovery_code()
    assert sealing.normalise_recovery_code(code) == code and len(code) == 29
