"""Sealed envelopes: what a reader gets from good, wrong-key, damaged and foreign bytes."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wijkinfo.sync import envelope
from wijkinfo.sync.envelope import Damaged, NotSealed, SealTooNew, WrongKey, seal, unseal

KEY = bytes(range(32))
HEADER = b'{"replica": "a", "first": 1, "last": 9}'
PAYLOAD = "Buurthuis De Linde, 030-2818100, mevrouw Doğan".encode()


def test_round_trip_and_no_plain_text_in_the_blob():
    blob = seal(KEY, HEADER, PAYLOAD)
    assert unseal(KEY, blob) == (HEADER, PAYLOAD)
    assert b"Linde" not in blob and b"2818100" not in blob
    assert envelope.read_header(blob) == HEADER


def test_two_seals_of_the_same_bytes_differ():
    assert seal(KEY, HEADER, PAYLOAD) != seal(KEY, HEADER, PAYLOAD)


def test_wrong_key_is_told_apart_from_damage():
    blob = seal(KEY, HEADER, PAYLOAD)
    with pytest.raises(WrongKey, match="ander wachtwoord"):
        unseal(os.urandom(32), blob)


def test_a_changed_header_is_rejected():
    blob = seal(KEY, HEADER, PAYLOAD)
    forged = blob.replace(b'"last": 9', b'"last": 8')
    assert forged != blob
    with pytest.raises(Damaged):
        unseal(KEY, forged)


def test_a_newer_envelope_format_asks_for_an_update():
    blob = bytearray(seal(KEY, HEADER, PAYLOAD))
    blob[4] = envelope.VERSION + 1
    with pytest.raises(SealTooNew, match="Werk wijkinfo bij"):
        unseal(KEY, bytes(blob))


@pytest.mark.parametrize("blob", [b"", b"WKS", b"PK\x03\x04 a zip file", b"hello world" * 9])
def test_empty_and_foreign_bytes(blob):
    with pytest.raises(NotSealed, match="geen syncbestand"):
        unseal(KEY, blob)


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_every_truncation_and_every_flipped_byte_is_rejected(data):
    blob = seal(KEY, HEADER, PAYLOAD)
    cut = data.draw(st.integers(0, len(blob) - 1))
    with pytest.raises((NotSealed, Damaged)):
        unseal(KEY, blob[:cut])
    where = data.draw(st.integers(0, len(blob) - 1))
    bit = data.draw(st.integers(0, 7))
    flipped = bytearray(blob)
    flipped[where] ^= 1 << bit
    with pytest.raises(envelope.SealError):
        unseal(KEY, bytes(flipped))


def test_a_key_of_the_wrong_length_is_a_programming_error():
    with pytest.raises(ValueError):
        seal(b"short", HEADER, PAYLOAD)
