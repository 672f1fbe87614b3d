"""Whatever a hostile or broken hub puts in a row, opening it either gives the envelope that
belongs there or one of the three refusals, a line each: never a traceback, never the wrong row."""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wijkinfo.services.errors import UserError
from wijkinfo.sync import envelope
from wijkinfo.sync.hub.sealed_rows import Refusals, unseal_in_place

KEY = os.urandom(32)
EXPECTED = {"kind": "change", "origin": "desk-a", "seq": 7}
REFUSALS = Refusals(
    wrong_key=UserError("ander wachtwoord"),
    misplaced=UserError("hoort niet bij zijn plek"),
    newer=UserError("nieuwere wijkinfo"),
)


def _open(sealed: bytes, *, key: bytes = KEY, known: str = "0009") -> tuple[dict, bytes]:
    return unseal_in_place(
        key,
        sealed,
        expected=EXPECTED,
        schema_known=lambda schema: schema == known,
        refusals=REFUSALS,
    )


def _seal(header: object, payload: bytes = b"inhoud", key: bytes = KEY) -> bytes:
    return envelope.seal(key, json.dumps(header).encode(), payload)


def test_the_envelope_that_belongs_here_opens() -> None:
    header, payload = _open(_seal({**EXPECTED, "schema": "0009"}))
    assert payload == b"inhoud" and header["seq"] == 7


def test_another_key_is_told_apart_from_a_misplaced_envelope() -> None:
    with pytest.raises(UserError) as caught:
        _open(_seal({**EXPECTED, "schema": "0009"}, key=os.urandom(32)))
    assert caught.value is REFUSALS.wrong_key


@pytest.mark.parametrize(
    "change", [{"seq": 8}, {"origin": "desk-b"}, {"kind": "snapshot"}, {"seq": "7"}]
)
def test_an_envelope_swapped_from_another_row_is_refused(change: dict) -> None:
    with pytest.raises(UserError) as caught:
        _open(_seal({**EXPECTED, "schema": "0009", **change}))
    assert caught.value is REFUSALS.misplaced


def test_a_newer_schema_says_update() -> None:
    with pytest.raises(UserError) as caught:
        _open(_seal({**EXPECTED, "schema": "0099"}))
    assert caught.value is REFUSALS.newer


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=10,
)


@settings(max_examples=300, deadline=None)
@given(header=JSON)
def test_any_sealed_header_opens_only_when_it_names_this_row(header: object) -> None:
    try:
        got, _payload = _open(_seal(header))
    except UserError as exc:
        assert exc in (REFUSALS.misplaced, REFUSALS.newer)
    else:
        assert all(got[k] == v for k, v in EXPECTED.items()) and got.get("schema") == "0009"


@settings(max_examples=300, deadline=None)
@given(blob=st.binary(max_size=200), cut=st.integers(min_value=0, max_value=400))
def test_garbage_or_a_cut_envelope_is_one_line(blob: bytes, cut: int) -> None:
    whole = _seal({**EXPECTED, "schema": "0009"})
    for sealed in (blob, whole[:cut], whole[:cut] + blob):
        if sealed == whole:
            continue
        with pytest.raises(UserError) as caught:
            _open(sealed)
        assert "\n" not in str(caught.value)


def test_a_header_that_is_not_json_counts_as_misplaced() -> None:
    with pytest.raises(UserError) as caught:
        _open(envelope.seal(KEY, b"\xff{not json", b""))
    assert caught.value is REFUSALS.misplaced
