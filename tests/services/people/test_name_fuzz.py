"""Any text as a name or a PIN: a clear refusal or a name that signs in the same way again."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from wijkinfo.services.errors import UserError
from wijkinfo.services.people.users import _check_password, _clean_name, name_key


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_name_is_refused_clearly_or_stored_clean_with_a_stable_key(text):
    try:
        clean = _clean_name(text)
    except UserError as exc:
        assert str(exc)
        return
    assert clean == clean.strip() and "  " not in clean
    assert all(unicodedata.category(c)[0] != "C" or c in "\u200c\u200d" for c in clean)
    # the key of what is stored is the key of what was typed, and typing it again finds it
    assert name_key(clean) == name_key(text) == name_key(name_key(clean))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=12))
def test_any_pin_is_refused_clearly_or_kept_as_typed(text):
    try:
        assert _check_password(text) == text
    except UserError as exc:
        assert str(exc)
